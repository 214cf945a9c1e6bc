"""The question asked before deleting from a list: it names what goes (each entry, up to a
few, then how many more), says that Undo brings it back, and offers "Don't ask again"
(kept in the settings; Edit > Preferences asks again)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from ropa.ui.settings import Settings

MAX_NAMED = 8  # entries named one per line; beyond, "and n more"


def named_list(names: Sequence[str], limit: int = MAX_NAMED) -> str:
    """One entry per line, the first `limit` of them, then "and n more"."""
    shown = [f"• {name}" for name in names[:limit]]
    if len(names) > limit:
        shown.append(
            QCoreApplication.translate("ConfirmDelete", "and %n more", "", len(names) - limit)
        )
    return "\n".join(shown)


def undo_key() -> str:
    """The Undo shortcut as this platform writes it (Ctrl+Z, ⌘Z)."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )


def confirm_delete(
    parent: QWidget | None, question: str, names: Sequence[str], settings: Settings
) -> bool:
    """Ask `question` ("Delete these 3 activities?") above the list of `names`; True when
    the user chose Delete, or asked not to be asked any more."""
    if not settings.confirm_deletes():
        return True
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("ConfirmDelete", "Delete"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed, never as markup
    box.setText(question)
    undo = QCoreApplication.translate(
        "ConfirmDelete", "{key} (Edit ▸ Undo) brings back what is deleted."
    ).format(key=undo_key())
    box.setInformativeText(f"{named_list(names)}\n\n{undo}")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("ConfirmDelete", "Delete")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    again = QCheckBox(QCoreApplication.translate("ConfirmDelete", "Don't ask again"), box)
    again.setToolTip(
        QCoreApplication.translate("ConfirmDelete", "To be asked again: Edit > Preferences.")
    )
    box.setCheckBox(again)
    confirmed = box.exec() == int(QMessageBox.StandardButton.Yes.value)
    if confirmed and again.isChecked():
        settings.set_confirm_deletes(False)
    return confirmed
