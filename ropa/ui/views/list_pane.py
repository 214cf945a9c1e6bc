"""Pieces shared by the list + editor pages: the search field and the list pane."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.core.reads.organisation import shown_organisation

# shown_organisation is the core's rule, kept importable from here for the window.
__all__ = ["list_splitter", "search_field", "shown_organisation"]


def search_field(
    parent: QWidget, placeholder: str, accessible_name: str, on_changed: Callable[[str], None]
) -> QLineEdit:
    """A search box with a clear button; Esc clears it."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setAccessibleName(accessible_name)
    edit.textChanged.connect(on_changed)
    clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), edit)
    clear.setContext(Qt.ShortcutContext.WidgetShortcut)
    clear.activated.connect(edit.clear)
    return edit


def list_splitter(
    parent: QWidget, search: QLineEdit, table: QTableView, buttons: list[QPushButton]
) -> QSplitter:
    """Search, table and buttons on the left of a splitter; the caller adds the editor."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    list_part = QWidget(parent)
    list_layout = QVBoxLayout(list_part)
    list_layout.setContentsMargins(0, 0, 0, 0)
    list_layout.addWidget(search)
    list_layout.addWidget(table)
    list_layout.addLayout(row)
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(list_part)
    return splitter
