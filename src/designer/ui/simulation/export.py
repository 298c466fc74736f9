"""A simulation's results as one CSV file: a short header, then one section per table.

Spreadsheets open a single CSV, so every table goes in one file: a title row,
a column header row, the rows, and a blank row between sections. The file
starts with a UTF-8 byte-order mark so Excel shows "Léa" rather than mojibake;
it is written atomically (the old export or the new one, never half).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from designer.atomic_file import write_atomic
from designer.ui.simulation.results import PATH_JOIN, Names
from designer.ui.translations import tr as _t


def _share(n: int, total: int) -> str:
    return f"{100.0 * n / total:.1f}%" if total else ""


def sections(results: dict[str, Any], names: Names) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, column names, rows) for each table of the report, in reading order."""
    total = int(results.get("visitors", 0))

    def rows(key: str, label: Any = None) -> list[list[str]]:
        out = []
        for k, n in results.get(key, {}).items():
            first = [k, label(k)] if label else [k]
            out.append([*first, str(n), _share(int(n), total)])
        return out

    visitors, pct = _t("Visitors"), _t("Share of visitors")
    card, title = _t("Card id"), _t("Card title")
    path_rows = [
        [p.replace(PATH_JOIN, " > "), str(n), _share(int(n), total)]
        for p, n in results.get("paths", {}).items()
    ]
    order = [
        [str(i), e, names.agent(e)] for i, e in enumerate(results.get("round_robin_order", []), 1)
    ]
    return [
        (_t("Outcomes"), [_t("Outcome"), visitors, pct], rows("outcomes")),
        (
            _t("Live chats per agent"),
            [_t("Agent email"), _t("Agent"), _t("Chats"), pct],
            rows("assignments_per_agent", names.agent),
        ),
        (_t("Live chats per team"), [_t("Team"), _t("Chats"), pct], rows("assignments_per_team")),
        (_t("Custom rules matched"), [_t("Rule"), visitors, pct], rows("rule_matches")),
        (
            _t("Fallback messages by reason"),
            [_t("Reason"), visitors, pct],
            rows("fallbacks_by_reason"),
        ),
        (
            _t("Drop-offs per card"),
            [card, title, visitors, pct],
            rows("drop_offs_per_card", names.card),
        ),
        (
            _t("Dead ends per card"),
            [card, title, visitors, pct],
            rows("dead_ends_per_card", names.card),
        ),
        (_t("Card visits"), [card, title, visitors, pct], rows("card_visits", names.card)),
        (_t("Paths"), [_t("Path (card ids)"), visitors, pct], path_rows),
        (_t("Round-robin order (first chats)"), ["#", _t("Agent email"), _t("Agent")], order),
    ]


def results_csv(results: dict[str, Any], names: Names, dialog: str) -> str:
    """The whole CSV text (without the byte-order mark)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_t("Simulation"), dialog])
    writer.writerow([_t("Visitors"), results.get("visitors", 0)])
    writer.writerow([_t("Seed"), results.get("seed", "")])
    for title, columns, body in sections(results, names):
        writer.writerow([])
        writer.writerow([title])
        writer.writerow(columns)
        writer.writerows(body)
    return buffer.getvalue()


def write_results_csv(path: str | Path, results: dict[str, Any], names: Names, dialog: str) -> None:
    """Write the CSV atomically; a DesignerError says why it could not be written."""
    write_atomic(path, results_csv(results, names, dialog).encode("utf-8-sig"))
