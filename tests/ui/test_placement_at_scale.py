"""At 5,000 cards, making room looks at the cards around the edit, never at the whole dialog."""

from __future__ import annotations

import pytest

from designer.model.cards import MessageCard
from designer.model.dialog import Dialog, Edge
from designer.ui.canvas.placement import ROW_GAP, ScenePlacement
from designer.ui.canvas.view import DialogView
from designer.ui.controller import DocumentController

COLUMNS, ROWS = 50, 100
X_STEP, Y_STEP = 380.0, 180.0


def grid_dialog() -> Dialog:
    """5,000 messages in 50 columns; each row is a chain read left to right."""
    cards = [
        MessageCard(
            id=f"m{c}-{r}",
            title=f"Card {c}-{r}",
            text="Hi",
            position={"x": c * X_STEP, "y": r * Y_STEP},
        )
        for c in range(COLUMNS)
        for r in range(ROWS)
    ]
    edges = [
        Edge(source=f"m{c}-{r}", port="next", target=f"m{c + 1}-{r}")
        for c in range(COLUMNS - 1)
        for r in range(ROWS)
    ]
    return Dialog(start="m0-0", cards=cards, edges=edges)


@pytest.fixture(scope="module")
def big() -> Dialog:
    return grid_dialog()


@pytest.fixture
def view(qtbot, big) -> DialogView:
    controller = DocumentController()
    controller.new_document(big)
    widget = DialogView(controller)
    widget.resize(1200, 800)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.dialog_scene().ensure_items()
    return widget


class Looks:
    """Counts the cards placement measures (every card it considers goes through ``body``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        measure = ScenePlacement.body

        def counted(placement: ScenePlacement, card_id: str):
            self.count += 1
            return measure(placement, card_id)

        monkeypatch.setattr(ScenePlacement, "body", counted)


def positions(controller) -> dict[str, tuple[float, float]]:
    return {c.id: (c.position.x, c.position.y) for c in controller.document.cards()}


def test_a_keystroke_that_grows_a_card_looks_only_under_it(view, monkeypatch):
    controller, scene = view.controller, view.dialog_scene()
    before = positions(controller)
    looks = Looks(monkeypatch)
    middle = "m25-50"

    controller.update_card(middle, text="Hello " * 60)  # four lines: as tall as a summary gets

    moved = {cid for cid, xy in positions(controller).items() if xy != before[cid]}
    assert moved == {"m25-51"}  # the one below, just enough; the gap under it absorbs the rest
    grown = scene.geometry(middle).rect.height()
    assert before["m25-51"][1] < controller.document.card("m25-51").position.y
    assert controller.document.card("m25-51").position.y - (before[middle][1] + grown) >= ROW_GAP
    assert looks.count < 150  # the cards around it, of 5,000

    looks.count = 0
    controller.update_card(middle, title="Renamed")  # no taller: nothing to look at
    assert looks.count <= 2


def test_inserting_on_a_link_moves_the_rest_of_its_row_and_nothing_else(view, monkeypatch):
    controller = view.controller
    before = positions(controller)
    looks = Looks(monkeypatch)
    link = controller.document.edge("m25-50", "next")
    x, y = before["m25-50"][0] + 300, before["m25-50"][1] + 80

    new = controller.insert_on_edge("goal", link, x, y)

    moved = {
        cid for cid, xy in positions(controller).items() if cid in before and xy != before[cid]
    }
    assert moved == {f"m{c}-50" for c in range(26, COLUMNS)}  # the chain it was inserted in
    assert all(controller.document.card(c).position.x - before[c][0] == X_STEP for c in moved)
    assert controller.document.card(new).position.x == before["m26-50"][0]
    assert looks.count < 20 * len(moved)  # a few looks per moved card, not the dialog
    controller.undo_stack.undo()
    assert positions(controller) == before
