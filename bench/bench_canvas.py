"""The canvas against a floor of plain Qt items: build + paint, edits, pan/zoom, memory.

The reference is a QGraphicsScene of plain QGraphicsRectItem + QGraphicsSimpleTextItem
per card and a cubic QGraphicsPathItem per link, at the same positions, painted the
same way in a view of the same size: the floor any QGraphicsView editor can reach.
Each figure is the best of N runs, ours and the reference interleaved.

    python bench/bench_canvas.py [--quick]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generated_dialog, write
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from designer.model.cards import Answer, QuestionCard
from designer.model.dialog import Dialog
from designer.ui.canvas.view import DialogView
from designer.ui.controller import DocumentController

VIEW_SIZE = (1400, 900)


@dataclass
class Row:
    """One line of the summary table."""

    benchmark: str
    size: str
    ours: float  # seconds, or the unit named in ``unit``
    reference: float
    target: str
    met: bool
    unit: str = "s"

    @property
    def ratio(self) -> float:
        return self.ours / self.reference if self.reference else float("inf")


def app() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication([])


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def card_size(card_ports: int) -> tuple[float, float]:
    return 260.0, 100.0 + 20 * card_ports


# --- the reference scene ----------------------------------------------------------------


def reference_view(dialog: Dialog) -> QGraphicsView:
    """Plain items for the same cards and links, in a view like ours (antialiased)."""
    scene = QGraphicsScene()
    scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
    pen, brush = QPen(QColor("#5F6368"), 1.2), QBrush(QColor("#FFFFFF"))
    anchors: dict[str, tuple[float, float, float, list[str]]] = {}
    for card in dialog.cards:
        ports = card.port_keys()
        w, h = card_size(len(ports))
        x, y = card.position.x, card.position.y
        rect = QGraphicsRectItem(0, 0, w, h)
        rect.setPos(x, y)
        rect.setPen(pen)
        rect.setBrush(brush)
        rect.setZValue(1)
        scene.addItem(rect)
        text = QGraphicsSimpleTextItem(card.display_title(), rect)
        text.setPos(12, 8)
        anchors[card.id] = (x, y, h, ports)
    edge_pen = QPen(QColor("#7A8691"), 1.8)
    for edge in dialog.edges:
        if edge.source not in anchors or edge.target not in anchors:
            continue
        sx, sy, _h, ports = anchors[edge.source]
        tx, ty, th, _ = anchors[edge.target]
        row = ports.index(edge.port) if edge.port in ports else 0
        start = QPointF(sx + 260, sy + 60 + 20 * row)
        end = QPointF(tx, ty + th / 2)
        reach = max(60.0, abs(end.x() - start.x()) * 0.5)
        path = QPainterPath(start)
        path.cubicTo(start + QPointF(reach, 0), end - QPointF(reach, 0), end)
        item = QGraphicsPathItem(path)
        item.setPen(edge_pen)
        scene.addItem(item)
    view = QGraphicsView(scene)
    scene.setParent(view)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(*VIEW_SIZE)
    rect = scene.itemsBoundingRect().adjusted(-60, -60, 60, 60)
    view.setSceneRect(rect.adjusted(-2000, -2000, 2000, 2000))
    view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
    return view


def our_view(dialog: Dialog) -> DialogView:
    controller = DocumentController()
    view = DialogView(controller)
    controller.setParent(view)
    view.resize(*VIEW_SIZE)
    controller.new_document(dialog)  # rebuild + revalidate + zoom_to_fit (documentReset)
    view.zoom_to_fit()
    # Every item made, as the reference makes all of its items (a window opening a
    # large dialog makes only those in sight before its first frame: see "open").
    view.dialog_scene().ensure_items()
    return view


def paint(view: QGraphicsView) -> None:
    view.grab()


def dispose(view: QGraphicsView) -> None:
    view.deleteLater()
    QApplication.sendPostedEvents(None, 0)
    app().processEvents()
    gc.collect()


# --- canvas: build + one paint ----------------------------------------------------------


def bench_build(sizes: list[int], repeat: int) -> list[Row]:
    rows = []
    per_card = []
    for n in sizes:
        dialog = generated_dialog(n)
        ours = ref = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            view = our_view(dialog)
            paint(view)
            ours = min(ours, time.perf_counter() - t0)
            dispose(view)
            t0 = time.perf_counter()
            rview = reference_view(dialog)
            paint(rview)
            ref = min(ref, time.perf_counter() - t0)
            dispose(rview)
        per_card.append((len(dialog.cards), ours))
        big = n >= 2000
        rows.append(
            Row(
                "canvas build+paint",
                f"{len(dialog.cards)} cards",
                ours,
                ref,
                "<3x ref" if big else "(info)",
                ours / ref < 3 if big else True,
            )
        )
    if len(per_card) >= 2:
        (n0, t0_), (n1, t1) = per_card[0], per_card[-1]
        growth = (t1 / n1) / (t0_ / n0)
        rows.append(
            Row(
                "canvas per card (largest vs smallest)",
                f"{n1} vs {n0}",
                t1 / n1 * 1e6,
                t0_ / n0 * 1e6,
                "linear: ratio <1.5x",
                growth < 1.5,
                unit="us",
            )
        )
    return rows


# --- edit: single-card edits on a shown view -----------------------------------------------


def edit_times(dialog: Dialog, count: int) -> tuple[list[float], list[float]]:
    """(total, validation) seconds of ``count`` edits: move, rename, add an answer."""
    view = our_view(dialog)
    view.show()
    qapp = app()
    for _ in range(3):
        qapp.processEvents()
    controller = view.controller
    questions = [c.id for c in dialog.cards if isinstance(c, QuestionCard)]
    others = [c.id for c in dialog.cards]
    view.set_zoom(1.0)  # edits happen at a readable zoom, the touched card in view
    totals, checks = [], []
    for i in range(count):
        kind = i % 3
        if kind == 2:
            cid = questions[(i * 31) % len(questions)]
        else:
            cid = others[(i * (7919 if kind == 0 else 104729)) % len(others)]
        view.centerOn(view.dialog_scene().card_item(cid))  # type: ignore[arg-type]
        qapp.processEvents()
        view.viewport().repaint()  # the scroll's own frame, not the edit's: paint it now
        t0 = time.perf_counter()
        if kind == 0:
            pos = controller.document.card(cid).position
            controller.move_cards({cid: (pos.x + 20, pos.y + 20)})
        elif kind == 1:
            controller.update_card(cid, title=f"Renamed {i}")
        else:
            qid = cid
            card = controller.document.card(qid)
            answers = [*card.answers, Answer(id=f"x{i}", label=f"Extra {i}")]  # type: ignore[attr-defined]
            controller.update_card(qid, answers=answers)
        t1 = time.perf_counter()
        controller.revalidate()
        t2 = time.perf_counter()
        qapp.processEvents()  # the scene reports its changes (queued)...
        qapp.processEvents()  # ...and the view repaints the touched region
        t3 = time.perf_counter()
        totals.append(t3 - t0)
        checks.append(t2 - t1)
    dispose(view)
    return totals, checks


def bench_edit(n: int, small: int, count: int) -> list[Row]:
    big_total, big_check = edit_times(generated_dialog(n), count)
    small_total, small_check = edit_times(generated_dialog(small), count)
    med = statistics.median(big_total)
    med_check = statistics.median(big_check)
    small_med_check = statistics.median(small_check)
    return [
        Row(
            "edit (median, vs same edits at small size)",
            f"{n} vs {small}",
            med,
            statistics.median(small_total),
            "<16 ms",
            med < 0.016,
        ),
        Row(
            "  of which validation",
            f"{n} vs {small}",
            med_check,
            small_med_check,
            f"{med_check / med:.0%} of edit; ~flat (<2x)",
            med_check < 2 * small_med_check,
        ),
    ]


# --- pan/zoom frames per second ----------------------------------------------------------


def frames(view: QGraphicsView, steps: int) -> float:
    """Seconds for ``steps`` pan or zoom steps, each followed by a synchronous repaint."""
    hbar, vbar = view.horizontalScrollBar(), view.verticalScrollBar()
    t0 = time.perf_counter()
    for i in range(steps):
        phase = i % 4
        if phase == 0:
            hbar.setValue(hbar.value() + 60)
        elif phase == 1:
            vbar.setValue(vbar.value() + 40)
        elif phase == 2:
            view.scale(1.1, 1.1)
        else:
            view.scale(1 / 1.1, 1 / 1.1)
        view.viewport().repaint()
    return time.perf_counter() - t0


def bench_pan_zoom(n: int, steps: int, repeat: int) -> list[Row]:
    dialog = generated_dialog(n)
    rows = []
    ours_view, ref_view = our_view(dialog), reference_view(dialog)
    for v in (ours_view, ref_view):
        v.show()
    app().processEvents()
    for label in ("fit", "100%"):
        for v in (ours_view, ref_view):
            if isinstance(v, DialogView):
                v.zoom_to_fit()
            else:
                v.fitInView(v.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
            if label == "100%":
                v.resetTransform()
                v.centerOn(v.scene().itemsBoundingRect().center())
            paint(v)  # fill the item caches: we time steady panning, not the first frame
        ours = ref = float("inf")
        for _ in range(repeat):
            ours = min(ours, frames(ours_view, steps))
            ref = min(ref, frames(ref_view, steps))
        fps, ref_fps = steps / ours, steps / ref
        rows.append(
            Row(
                f"pan/zoom at {label}",
                f"{len(dialog.cards)} cards",
                fps,
                ref_fps,
                ">=60 fps",
                fps >= 60,
                unit="fps",
            )
        )
    dispose(ours_view)
    dispose(ref_view)
    return rows


# --- memory: RSS per card, each side in a fresh process -------------------------------------


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def rss_child(kind: str, path: str) -> None:
    """In a fresh process: RSS growth from a loaded dialog to its painted scene."""
    from designer.model.codec import load_dialog

    app()
    dialog = load_dialog(path)
    warm = reference_view(Dialog()) if kind == "ref" else our_view(Dialog())
    paint(warm)
    gc.collect()
    before = rss_bytes()
    view = reference_view(dialog) if kind == "ref" else our_view(dialog)
    paint(view)
    gc.collect()
    print(rss_bytes() - before, len(dialog.cards))


def bench_memory(n: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        path = str(write(n, Path(tmp) / "big.json"))
        out = {}
        for kind in ("ours", "ref"):
            done = subprocess.run(
                [sys.executable, __file__, "--rss", kind, path],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            delta, cards = map(int, done.stdout.split())
            out[kind] = delta / cards / 1024
    return [
        Row(
            "memory RSS per card",
            f"{cards} cards",
            out["ours"],
            out["ref"],
            "(info) <3x ref",
            out["ours"] < 3 * out["ref"],
            unit="KiB",
        )
    ]


# --- all of it -----------------------------------------------------------------------------


def run(quick: bool) -> list[Row]:
    app()
    sizes = [100, 500, 1000] if quick else [100, 1000, 2000, 5000]
    big = sizes[-1]
    rows = bench_build(sizes, repeat=1 if quick else 2)
    rows += bench_edit(big, 100, count=15 if quick else 50)
    rows += bench_pan_zoom(big, steps=30, repeat=1 if quick else 2)
    rows += bench_memory(big)
    return rows


def print_rows(rows: list[Row]) -> None:
    head = f"{'benchmark':<44}{'size':>18}{'ours':>12}{'reference':>12}{'ratio':>8}  target"
    print(head)
    for r in rows:
        print(
            f"{r.benchmark:<44}{r.size:>18}{fmt(r.ours, r.unit):>12}{fmt(r.reference, r.unit):>12}"
            f"{r.ratio:>7.1f}x  {r.target} {'yes' if r.met else 'NO'}"
        )


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:,.1f} ms" if value < 10 else f"{value:,.1f} s"
    return f"{value:,.1f} {unit}"


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--rss":
        rss_child(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, one run each")
    args = parser.parse_args()
    print_rows(run(args.quick))


if __name__ == "__main__":
    main()
