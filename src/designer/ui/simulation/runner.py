"""Running a :class:`Simulator` on the GUI thread in small batches, so the window never freezes.

Why a QTimer and not an asyncio task on the qasync loop: the simulator is
plain synchronous CPU work with nothing to await, so a coroutine would only
``await asyncio.sleep(0)`` between batches, which is what a zero-interval
QTimer already is in Qt's own terms. The timer works the same whether the
app runs under qasync or (if qasync is missing) plain ``app.exec()``, needs
no event-loop fixture in tests, and stopping it is the whole of Cancel.
No thread either: the engine is not thread-safe and a batch is short.

Each timer tick runs one batch and returns to the event loop, where paints,
clicks and other timers are handled before the next batch. The batch starts
at 250 visitors and adapts so one tick takes about 20 ms, whatever the
dialog's size. Every run gets a generation number; signals carry it so the
panel drops anything from a run it has since cancelled or replaced.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from designer.engine.simulation import Simulator
from designer.errors import DesignerError

FIRST_BATCH = 250
MIN_BATCH, MAX_BATCH = 10, 5000
TARGET_SECONDS = 0.02  # one batch; well under a frame budget of 60 Hz plus paint time


class SimulationRunner(QObject):
    """Steps one simulator at a time from a zero-interval timer; cancel stops between batches."""

    started = Signal(int, int)  # generation, total
    progressed = Signal(int, int, int)  # generation, done, total
    finished = Signal(int, object)  # generation, SimulationReport
    cancelled = Signal(int, int, int)  # generation, done, total
    failed = Signal(int, str)  # generation, a sentence

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        self._simulator: Simulator | None = None
        self._generation = 0
        self._started_at = 0.0
        self.batch = FIRST_BATCH
        self.batches = 0
        self.elapsed = 0.0  # wall-clock seconds of the last finished run, events included
        self.busy = 0.0  # of which inside the simulator

    @property
    def generation(self) -> int:
        """The number of the newest run; a signal with another number is stale."""
        return self._generation

    @property
    def running(self) -> bool:
        return self._simulator is not None

    @property
    def simulator(self) -> Simulator | None:
        return self._simulator

    def start(self, simulator: Simulator) -> int:
        """Run ``simulator`` to the end in batches, replacing any run in progress."""
        if self._simulator is not None:
            self.cancel()
        self._generation += 1
        self._simulator = simulator
        self.batch = FIRST_BATCH
        self.batches = 0
        self.busy = 0.0
        self.elapsed = 0.0
        self._started_at = time.perf_counter()
        self.started.emit(self._generation, simulator.total)
        self._timer.start()
        return self._generation

    def cancel(self) -> None:
        """Stop between two batches; what ran so far is discarded with the simulator."""
        simulator = self._simulator
        if simulator is None:
            return
        self._timer.stop()
        self._simulator = None
        self.elapsed = time.perf_counter() - self._started_at
        self.cancelled.emit(self._generation, simulator.done, simulator.total)

    def _tick(self) -> None:
        simulator = self._simulator
        if simulator is None:
            self._timer.stop()
            return
        generation = self._generation
        began = time.perf_counter()
        try:
            simulator.step(self.batch)
        except Exception as exc:
            self._timer.stop()
            self._simulator = None
            sentence = (
                str(exc) if isinstance(exc, DesignerError) else f"{type(exc).__name__}: {exc}"
            )
            self.failed.emit(generation, sentence)
            if not isinstance(exc, DesignerError):
                raise  # a bug in the engine: told to the user above, logged here
            return
        spent = time.perf_counter() - began
        self.busy += spent
        self.batches += 1
        self._adapt(spent)
        self.progressed.emit(generation, simulator.done, simulator.total)
        if self._simulator is not simulator:
            return  # a progress slot cancelled or restarted the run
        if simulator.finished:
            self._timer.stop()
            self._simulator = None
            self.elapsed = time.perf_counter() - self._started_at
            self.finished.emit(generation, simulator.report)

    def _adapt(self, spent: float) -> None:
        """Aim at :data:`TARGET_SECONDS` per batch: big dialogs get smaller batches."""
        if spent < TARGET_SECONDS / 2:
            self.batch = min(MAX_BATCH, self.batch * 2)
        elif spent > TARGET_SECONDS * 2:
            self.batch = max(MIN_BATCH, self.batch // 2)
