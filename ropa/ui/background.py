"""Work a page computes beside the window: one job at a time in a worker thread, its result
handed back to the GUI thread, only the latest request's result kept.

For what takes long but needs no database (building a document from values already read):
the work gets plain values, never a session or a widget, so the window keeps answering while
it runs. Requests are gathered for `delay_ms` (a burst of edits makes one job); a request
made while a job runs waits for it, replacing any request waiting before it, so no more than
one job runs and a stale one never starts. A result is delivered (`finished`) only when no
newer request was made since; the work's exception is raised again in the GUI thread (a bug:
the crash dialog, like any other).

The worker shares the interpreter's lock with the GUI thread. Python's cyclic garbage collector
runs in whichever thread allocates, holding that lock for a whole pass over the heap (0.3 s and
more once a large register is read): a job that allocates millions of objects triggers such
passes and stalls the window. `pause_collector` turns the collector off while the job runs
(reference counting still frees almost everything it allocates); one short pass follows.
The collector is turned back on from the GUI thread, once the job's result is on its way:
turned on in the worker, its next allocation started that pass in the worker, collecting Qt
objects outside their thread (a crash seen in the tests).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

_collector_lock = threading.Lock()
_collector_pauses = 0
_collector_was_enabled = False


def pause_collector() -> None:
    """Python's cyclic garbage collector off (in every thread) until as many
    resume_collector() calls as pauses."""
    global _collector_pauses, _collector_was_enabled
    with _collector_lock:
        if _collector_pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_pauses += 1


def resume_collector() -> None:
    """The collector back as it was once the last pause ends (call it in the GUI thread)."""
    global _collector_pauses
    with _collector_lock:
        _collector_pauses -= 1
        if _collector_pauses == 0 and _collector_was_enabled:
            gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off while the block runs (a block of the GUI thread)."""
    pause_collector()
    try:
        yield
    finally:
        resume_collector()


class _Resumer(QObject):
    """Lives in the GUI thread: a worker's `resume` is queued to it, so that the collector is
    turned on, and its next pass runs, in the GUI thread."""

    resume = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.resume.connect(self._resume)

    @Slot()
    def _resume(self) -> None:
        resume_collector()


_resumer: _Resumer | None = None


def _gui_resumer() -> _Resumer:
    global _resumer
    if _resumer is None:  # made by the first job, in the GUI thread
        _resumer = _Resumer()
    return _resumer


class BackgroundJob(QObject):
    """Runs `request(work)`'s latest work in a worker thread; `finished(result)` in the GUI
    thread. `busy()` until the latest request's result is delivered (or `cancel()`)."""

    finished = Signal(object)
    _done = Signal(int, object, object)  # the request's number, its result, its exception

    def __init__(self, parent: QObject, delay_ms: int = 0, pause_collector: bool = False) -> None:
        super().__init__(parent)
        self._pause_collector = pause_collector
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._done.connect(self._delivered)  # queued: emitted from the worker thread
        self._requested = 0  # the number of the latest request
        self._waiting: Callable[[], Any] | None = None
        self._running = False
        self.runs = 0  # jobs started, for tests and the bench

    def request(self, work: Callable[[], Any], delay_ms: int | None = None) -> None:
        """Compute work() off the GUI thread: after the delay (restarted by each request),
        once any job running finishes. The results of earlier requests are dropped."""
        self._requested += 1
        self._waiting = work
        if delay_ms is not None:
            self._timer.setInterval(delay_ms)
        self._timer.start()

    def cancel(self) -> None:
        """Drop the waiting request and any result to come (another register is shown)."""
        self._requested += 1
        self._waiting = None
        self._timer.stop()

    def busy(self) -> bool:
        """Whether a requested result is still to come."""
        return self._waiting is not None or self._running

    def _start(self) -> None:
        if self._running or self._waiting is None:
            return  # started again when the running job is done
        work, self._waiting = self._waiting, None
        self._running = True
        self.runs += 1
        number = self._requested
        done = self._done
        resumer = _gui_resumer() if self._pause_collector else None
        if resumer is not None:
            pause_collector()

        def run() -> None:
            result: Any = None
            error: BaseException | None = None
            try:
                result = work()
            except BaseException as raised:  # raised again in the GUI thread
                error = raised
            finally:
                if resumer is not None:
                    try:
                        resumer.resume.emit()  # queued: the collector resumes in the GUI thread
                    except RuntimeError:  # the application is closing: it stays paused
                        pass
            try:
                done.emit(number, result, error)
            except RuntimeError:  # the page was deleted meanwhile: nobody waits for it
                pass

        threading.Thread(target=run, name="ropa-background", daemon=True).start()

    def _delivered(self, number: int, result: object, error: object) -> None:
        self._running = False
        if self._waiting is not None and not self._timer.isActive():
            self._start()  # requested while this one ran, its delay already over
        if isinstance(error, BaseException):
            raise error  # even for a stale request: a bug, not a state of the register
        if number == self._requested:  # else a newer request's result will follow
            self.finished.emit(result)
