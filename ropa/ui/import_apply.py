"""What the window's imports share (the Excel workbook, a spreadsheet): the host they are
given and the last step, applying an accepted plan behind a progress dialog.

A plan is applied all or nothing; when applying fails (the register changed elsewhere since
the plan was made, a locked file…) the user is told, the register is unchanged and the
window shows what it now holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.ui.dialogs.progress_runner import run_with_progress

STATUS_MS = 5000


class ImportHost(Protocol):
    """What an import needs of its window (passed in: the import modules do not import it)."""

    db: Register
    language: str
    undo_stack: QUndoStack

    def organisation_id(self) -> str | None: ...

    def show_message(
        self, icon: QMessageBox.Icon, text: str, detail: RopaError | str | None = None
    ) -> QMessageBox: ...

    def show_status(self, text: str, timeout_ms: int) -> None: ...

    def read_everything(self) -> None: ...


def apply_plan(
    parent: QWidget, host: ImportHost, title: str, apply: Callable[[], None], unchanged: str
) -> bool:
    """Apply an accepted plan (apply writes it in one transaction); True when it was applied.
    The undo stack is cleared (earlier steps may no longer apply; an import is not undone)."""
    label = QCoreApplication.translate("ImportApply", "Applying the changes…")
    try:
        run_with_progress(parent, title, label, lambda _progress: apply(), cancellable=False)
    except RopaError as error:
        host.show_message(QMessageBox.Icon.Warning, unchanged, error)
        host.read_everything()  # the register changed elsewhere meanwhile: show it
        return False
    host.undo_stack.clear()
    host.read_everything()  # an import changes too much to list row by row
    return True
