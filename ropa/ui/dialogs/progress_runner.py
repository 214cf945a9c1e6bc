"""Run a long export or import in a worker thread behind a modal progress dialog with Cancel.

The work receives a progress callback (ropa.exports.common.Progress); it is called from the
worker thread and raises Cancelled once the user has asked to stop. The GUI thread only waits in
an event loop, so the window keeps repainting; the worker never touches a widget (it reports
through a queued signal) and the core it calls opens its own sessions of the register.

Short jobs do not flash a dialog: it appears only after SHOW_AFTER_MS. Until then the user's
clicks and keys are held back (not lost) so nothing else starts while the job runs.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from ropa.exports.common import Cancelled, Progress

T = TypeVar("T")

SHOW_AFTER_MS = 300
"""The dialog appears when the work takes longer than this (module attribute: tests lower it)."""

REPORT_EVERY_S = 0.05
"""The worker reports progress to the dialog at most this often (plus the last step)."""


class ProgressDialog(QProgressDialog):
    """The progress dialog: Cancel, Escape and the window's close button all cancel (once); a
    job that cannot be cancelled shows no Cancel button and ignores Escape and close."""

    def __init__(self, parent: QWidget | None, cancellable: bool) -> None:
        super().__init__(parent)
        self.cancellable = cancellable
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        if not cancellable:
            self.setCancelButton(None)

    def reject(self) -> None:  # Qt override: Escape
        if self.cancellable and not self.wasCanceled():
            self.canceled.emit()  # as the Cancel button does

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        event.ignore()
        self.reject()


class _Run(QObject, Generic[T]):
    """One run of `work` in a worker thread, reporting to the dialog in the GUI thread.

    This object lives in the GUI thread: the signals the worker emits reach its slots queued.
    """

    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, dialog: ProgressDialog, work: Callable[[Progress], T]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.work = work
        self.loop = QEventLoop(self)
        self.done = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self.cancel_requested = threading.Event()
        self._last_report = 0.0
        self.progressed.connect(self._show_progress)
        self.finished.connect(self._stopped)
        dialog.canceled.connect(self._cancelled)

    # -- worker thread -------------------------------------------------------------------------

    def progress(self, done: int, total: int) -> None:
        """The callback given to the work: raises Cancelled once the user has cancelled."""
        if self.cancel_requested.is_set():
            raise Cancelled()
        now = time.monotonic()
        if done >= total or now - self._last_report >= REPORT_EVERY_S:
            self._last_report = now
            self.progressed.emit(done, total)

    def run(self) -> None:
        """The worker thread's body: keep the result or the exception for the GUI thread."""
        try:
            self.result = self.work(self.progress)
        except BaseException as error:  # raised again in the GUI thread
            self.error = error
        finally:
            self.finished.emit()

    # -- GUI thread ----------------------------------------------------------------------------

    def wait(self, flags: QEventLoop.ProcessEventsFlag) -> None:
        """Process events until the work stops (or the loop is told to quit)."""
        if not self.done:
            self.loop.exec(flags)

    def _show_progress(self, done: int, total: int) -> None:
        if self.cancel_requested.is_set():
            return
        maximum = max(total, 0)
        if self.dialog.maximum() != maximum:
            self.dialog.setRange(0, maximum)
        self.dialog.setValue(min(max(done, 0), maximum))

    def _stopped(self) -> None:
        self.done = True
        self.loop.quit()

    def _cancelled(self) -> None:
        self.cancel_requested.set()
        self.loop.quit()  # then wait for the worker with the window's input held back


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Callable[[Progress], T],
    *,
    cancellable: bool = True,
) -> T:
    """Run work(progress) in a worker thread behind a modal progress dialog; return its result.

    The worker's exception (Cancelled when the user cancelled, a RopaError, a bug) is raised
    again here, in the GUI thread. `cancellable=False` shows no Cancel button (for a write that
    must not be interrupted; it runs in one transaction anyway).
    """
    dialog = ProgressDialog(parent, cancellable)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setRange(0, 0)  # busy until the work reports a total
    run: _Run[T] = _Run(dialog, work)
    grace = QTimer(dialog)
    grace.setSingleShot(True)
    grace.timeout.connect(run.loop.quit)
    held_back = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    worker = threading.Thread(target=run.run, name="ropa-progress", daemon=True)
    try:
        worker.start()
        grace.start(SHOW_AFTER_MS)
        run.wait(held_back)  # a short job ends here: no dialog, input held back meanwhile
        grace.stop()
        if not run.done and not run.cancel_requested.is_set():
            dialog.show()
            run.wait(QEventLoop.ProcessEventsFlag.AllEvents)  # the modal dialog blocks the window
        while not run.done:  # cancelled: the work stops at its next progress call
            run.wait(held_back)
    finally:
        worker.join()
        error, result = run.error, run.result
        # Deleted now: a deleteLater waits for the event loop it was asked in, so under the
        # modal dialog the next step opens, QProgressDialog's own show timer (started when the
        # work reports its first step) would bring this one up over it, and take the keyboard.
        dialog.hide()
        shiboken6.delete(dialog)
    if error is not None:
        raise error
    # Cancelled too late (the work made no further progress call): its result stands.
    return result  # type: ignore[return-value]
