"""Edit controls of a register opened read-only (ropa.core.file_failures): every page and form
offers `set_read_only(bool)`, which the main window calls when it shows a register. Texts stay
readable, selectable and copyable (read-only inputs); buttons, actions, check boxes and
choices are off, their tooltip saying why. `allow_edit` is the one way an edit control is
turned on or off, so a control enabled by its own rule (a row selected...) stays off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QBrush, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QListWidget, QPlainTextEdit, QWidget


def read_only_tip() -> str:
    """Why an edit control is off while the register is read-only."""
    return QCoreApplication.translate(
        "ReadOnly",
        "The register is open read-only: nothing can be changed in it. The banner at the top "
        "of the window says why and what to do.",
    )


def allow_edit(control: QWidget | QAction, allowed: bool, read_only: bool, tip: str = "") -> None:
    """Turn an edit control on when its own rule `allowed` it and the register is writable;
    its tooltip is `tip`, or why it is off when the register is read-only."""
    control.setEnabled(allowed and not read_only)
    control.setToolTip(read_only_tip() if read_only else tip)


def set_text_read_only(
    edit: QLineEdit | QPlainTextEdit | QAbstractSpinBox, read_only: bool
) -> None:
    """A text input that shows its text (selectable, copyable) without letting it be typed
    in; it then does not look like a field to fill (see read_only_look)."""
    edit.setReadOnly(read_only)
    read_only_look(edit, read_only)


def set_list_read_only(items: QListWidget, read_only: bool) -> None:
    """The check boxes of a list's items on (ticked by the user) or off while the register
    is read-only (greyed, the names in the usual colour, to be read; the list still scrolls
    and its tooltip says why). Call it again after adding items."""
    flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
    text = QBrush(items.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text))
    blocked = items.blockSignals(True)  # not a change of the ticks: nothing to save
    try:
        for index in range(items.count()):
            item = items.item(index)
            item.setFlags(item.flags() & ~flags if read_only else item.flags() | flags)
            item.setData(Qt.ItemDataRole.ForegroundRole, text if read_only else None)
    finally:
        items.blockSignals(blocked)
    items.setToolTip(read_only_tip() if read_only else "")
    read_only_look(items, read_only)


def read_only_look(widget: QWidget, read_only: bool) -> None:
    """The background of a read-only input is the window's (the usual one otherwise)."""
    if read_only:
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        widget.setPalette(palette)
    else:
        widget.setPalette(QPalette())  # the inherited one again
