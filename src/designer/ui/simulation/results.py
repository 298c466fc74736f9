"""What a simulation's results say, read from the report's JSON form, and the view showing it.

Fresh runs and runs reopened from the workspace are the same thing here: the
dict of :meth:`SimulationReport.to_dict`, which is what the workspace stores.
So the charts, the heat overlay and the CSV of a kept run are exactly those
of the run when it was kept, with no second code path to drift.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from designer.ui.plural import plural
from designer.ui.simulation.charts import Bar, BarChart
from designer.ui.simulation.numbers import count, share
from designer.ui.theme import themed_style
from designer.ui.translations import tr as _t

PATH_JOIN = " → "  # how to_dict() writes a path of card ids


@dataclass(frozen=True)
class Names:
    """Readable names for the engine's keys: agent emails and card ids."""

    agents: dict[str, str] = field(default_factory=dict)
    cards: dict[str, str] = field(default_factory=dict)

    def agent(self, email: str) -> str:
        return self.agents.get(email) or email

    def card(self, card_id: str) -> str:
        return self.cards.get(card_id) or card_id

    def sentence(self, text: str) -> str:
        """An engine sentence with agent emails replaced by names ("agent Sam Rivera could…")."""
        for email, name in self.agents.items():
            if name and email in text:
                text = text.replace(email, name)
        return text[:1].upper() + text[1:]


# --- from the results dict ------------------------------------------------------------------


def heat_maps(results: dict[str, Any]) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    """Visitors per card and per (source, target) link, for ``scene.set_heat``.

    The links come from the stored paths, so a reopened run draws the same
    overlay as the run did (the report's ``edge_visits`` is not in the JSON).
    """
    links: Counter[tuple[str, str]] = Counter()
    for path, n in results.get("paths", {}).items():
        for pair in pairwise(path.split(PATH_JOIN)):
            links[pair] += int(n)
    return {k: int(v) for k, v in results.get("card_visits", {}).items()}, dict(links)


def agent_bars(results: dict[str, Any], names: Names) -> list[Bar]:
    per_agent = results.get("assignments_per_agent", {})
    return [Bar(e, names.agent(e), int(n), e) for e, n in per_agent.items()]


def team_bars(results: dict[str, Any]) -> list[Bar]:
    return [Bar(t, t, int(n)) for t, n in results.get("assignments_per_team", {}).items()]


def fallback_bars(results: dict[str, Any], names: Names) -> list[Bar]:
    reasons = results.get("fallbacks_by_reason", {})
    return [Bar(r, names.sentence(r), int(n), r) for r, n in reasons.items()]


def safety_net_bars(results: dict[str, Any], names: Names) -> list[Bar]:
    reasons = results.get("safety_net_by_reason", {})
    return [Bar(r, names.sentence(r), int(n), r) for r, n in reasons.items()]


def drop_off_bars(results: dict[str, Any], names: Names) -> list[Bar]:
    drops = results.get("drop_offs_per_card", {})
    return [Bar(c, names.card(c), int(n), _t("Card {0}").format(c)) for c, n in drops.items()]


OUTCOME_WORDS = {
    "live_chat": QT_TR_NOOP("{0} live chats ({1})"),
    "fallback": QT_TR_NOOP("{0} fallback messages ({1})"),
    "ended": QT_TR_NOOP("{0} reached an End card ({1})"),
    "dropped": QT_TR_NOOP("{0} left ({1})"),
    "dead_end": QT_TR_NOOP("{0} stuck mid-branch ({1})"),
    "loop": QT_TR_NOOP("{0} went round in Go To cards ({1})"),
}


def summary_line(results: dict[str, Any]) -> str:
    """ "10,000 visitors: 2,596 live chats (26%), 1,325 fallback messages (13%), …" """
    total = int(results.get("visitors", 0))
    outcomes = results.get("outcomes", {})
    parts = []
    for key in OUTCOME_WORDS:
        n = int(outcomes.get(key, 0))
        if n:
            parts.append(_t(OUTCOME_WORDS[key]).format(count(n), share(n, total)))
    head = plural(_t("{0} visitor(s)", "", total), total).format(count(total))
    return _t("{0}: {1}").format(head, ", ".join(parts)) if parts else head


def round_robin_line(results: dict[str, Any], names: Names, shown: int = 12) -> str:
    order = results.get("round_robin_order", [])
    if not order:
        return ""
    people = ", ".join(names.agent(e) for e in order[:shown])
    more = "…" if len(order) > shown else ""
    return _t("First chats, in order: {0}{1}").format(people, more)


# --- the view -------------------------------------------------------------------------------


class ResultsView(QWidget):
    """The summary line, the four charts and the round-robin order of one run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("simulation-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agents = BarChart(
            self.tr("Live chats per agent"), "#D9444B", self.tr("No chat reached an agent."), self
        )
        self.teams = BarChart(
            self.tr("Live chats per team"), "#C9548E", self.tr("No chat went to a team."), self
        )
        self.fallbacks = BarChart(
            self.tr("Fallback messages, by reason"), "#D48A0C", self.tr("No fallback."), self
        )
        self.safety_net = BarChart(
            self.tr("Live chats the safety net gave out, by why the card found nobody"),
            "#1F9D6F",
            "",
            self,
        )
        self.drop_offs = BarChart(
            self.tr("Visitors who left, per card"), "#5F6F80", self.tr("Nobody left."), self
        )
        for name, chart in self.charts().items():
            chart.setObjectName(f"chart-{name}")
        self.safety_net.hide()  # shown by a run whose workspace's safety net gave out chats
        self.order = QLabel(self)
        self.order.setObjectName("round-robin-order")
        self.order.setWordWrap(True)
        themed_style(self.order, "color: {muted};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.summary)
        for chart in self.charts().values():
            layout.addWidget(chart)
        layout.addWidget(self.order)
        layout.addStretch(1)

    def charts(self) -> dict[str, BarChart]:
        return {
            "agents": self.agents,
            "teams": self.teams,
            "fallbacks": self.fallbacks,
            "safety-net": self.safety_net,
            "drop-offs": self.drop_offs,
        }

    def show_results(self, results: dict[str, Any], names: Names) -> None:
        visitors = int(results.get("visitors", 0))
        outcomes = results.get("outcomes", {})
        chats, fallbacks = int(outcomes.get("live_chat", 0)), int(outcomes.get("fallback", 0))
        of_chats = self.tr("share of {0} live chats").format(count(chats))
        self.summary.setText(summary_line(results))
        self.agents.set_bars(agent_bars(results, names), chats, of_chats)
        self.teams.set_bars(team_bars(results), chats, of_chats)
        self.fallbacks.set_bars(
            fallback_bars(results, names),
            fallbacks,
            self.tr("share of {0} fallbacks").format(count(fallbacks)),
        )
        caught = safety_net_bars(results, names)  # only when the workspace's switch is on
        self.safety_net.set_bars(caught, chats, of_chats)
        self.safety_net.setVisible(bool(caught))
        self.drop_offs.set_bars(
            drop_off_bars(results, names),
            visitors,
            self.tr("share of {0} visitors").format(count(visitors)),
        )
        self.order.setText(round_robin_line(results, names))
        self.order.setVisible(bool(self.order.text()))

    def clear(self) -> None:
        self.summary.setText("")
        for chart in self.charts().values():
            chart.clear()
        self.order.setText("")
        self.order.hide()
        self.safety_net.hide()
