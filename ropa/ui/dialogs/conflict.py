"""The question asked when an edit ran into a change made elsewhere: who changed what, and
whether to save the user's value over it or keep the other one (the default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ropa.core.conflicts import describe
from ropa.core.errors import ConflictError


def ask_conflict(error: ConflictError, lang: str, own_value: bool) -> bool:
    """Show what changed elsewhere; True when the user chooses to save their value anyway
    (offered only when `own_value`: an edit of fields, not a delete or an undo)."""
    box = QMessageBox(QApplication.activeWindow())
    box.setWindowTitle(QCoreApplication.translate("Conflict", "Changed elsewhere"))
    box.setText(error.message(lang))
    details = describe(error, lang)
    if details:
        box.setInformativeText("\n".join(details))
    if not own_value:
        box.setIcon(QMessageBox.Icon.Information)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return False
    box.setIcon(QMessageBox.Icon.Question)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("Conflict", "Save my value")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("Conflict", "Keep theirs")
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == int(QMessageBox.StandardButton.Yes.value)
