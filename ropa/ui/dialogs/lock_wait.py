"""While a change waits for another program's write lock on the register: a progress dialog
that says so, counts the seconds and lets the user stop waiting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget


class LockWait:
    """The RegisterDatabase.on_lock_wait of a window: shows a progress dialog over parent
    from the first wait on, until the change goes through or fails; returns False (stop
    waiting) once the user cancels. The program's own writes never wait for each other (they
    run one at a time), so what it waits for is another window or program."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.dialog: QProgressDialog | None = None
        # Calls come every few hundred ms while waiting (LOCK_STEP_MS); once they stop (the
        # change went through or failed, back in the event loop), the dialog closes.
        self._idle = QTimer(parent)
        self._idle.setSingleShot(True)
        self._idle.setInterval(700)
        self._idle.timeout.connect(self.done)

    def __call__(self, waited: float, limit: float) -> bool:
        if self.dialog is None:
            self.dialog = QProgressDialog(self.parent)
            self.dialog.setObjectName("lock_wait")
            self.dialog.setWindowTitle("ropa")
            self.dialog.setLabelText(
                QCoreApplication.translate(
                    "LockWait",
                    "Another program is writing to this register. Waiting for it to finish…",
                )
            )
            self.dialog.setCancelButtonText(QCoreApplication.translate("LockWait", "Stop waiting"))
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.setRange(0, max(1, round(limit * 10)))
            self.dialog.show()
        self.dialog.setValue(min(self.dialog.maximum(), round(waited * 10)))
        QCoreApplication.processEvents()
        self._idle.start()
        return not self.dialog.wasCanceled()

    def done(self) -> None:
        """The change went through or failed: close the dialog."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
