"""Dialog validation: every problem a marketer should fix or consider, as values.

:func:`validate` never raises on a bad dialog; it returns :class:`Problem`
values (code, severity, card, sentence with the fix, JSON path) that the
command line prints and the editor shows on the canvas. Errors block export.
"""

from __future__ import annotations

from designer.model.dialog import Dialog
from designer.model.validation.directory import AgentInfo, Directory, StaticDirectory
from designer.model.validation.graph import DialogGraph
from designer.model.validation.problems import CODES, Problem, Severity, sort_problems
from designer.model.validation.rules_cards import check_cards
from designer.model.validation.rules_flow import check_flow
from designer.model.validation.rules_routing import check_routing
from designer.model.validation.rules_structure import (
    check_dead_ends,
    check_edges,
    check_ids,
    check_start,
)

__all__ = [
    "CODES",
    "AgentInfo",
    "Directory",
    "Problem",
    "Severity",
    "StaticDirectory",
    "validate",
]


def validate(dialog: Dialog, directory: Directory | None = None) -> list[Problem]:
    """All problems of ``dialog``: errors first, then in card order, then by code.

    Agent and team checks run only with a ``directory`` (the workspace), so a
    file can be checked before its agents exist. Linear in cards + edges.
    """
    g = DialogGraph.build(dialog)
    problems = [
        *check_start(g),
        *check_ids(g),
        *check_edges(g),
        *check_dead_ends(g),
        *check_cards(g),
        *check_flow(g),
        *check_routing(g, directory),
    ]
    order = {card_id: g.card_index[n] for card_id, n in g.node_of.items()}
    return sort_problems(problems, order)
