"""Pieces shared by the list pages: the search field, the table view and the list pane."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.core.reads.organisation import shown_organisation

# shown_organisation is the core's rule, kept importable from here for the window.
__all__ = ["list_splitter", "list_table", "search_field", "shown_organisation"]


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
    parent: QWidget,
    search: QWidget,
    table: QTableView,
    buttons: list[QPushButton],
    below_buttons: int = 0,
) -> QSplitter:
    """Search (a field or a bar), table and buttons on the left of a splitter; the caller adds
    the editor. `below_buttons`: the space under the buttons, in pixels."""
    row = QHBoxLayout()
    if below_buttons:
        row.setContentsMargins(0, 0, 0, below_buttons)
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


def list_table(
    parent: QWidget,
    model: QAbstractItemModel,
    accessible_name: str,
    sort_column: int,
    sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    selection_mode: QAbstractItemView.SelectionMode = (
        QAbstractItemView.SelectionMode.SingleSelection
    ),
    stretch_last: bool = True,
) -> QTableView:
    """A read-only table of whole rows, sorted by a column, with alternating rows, one line a
    row, no row header, columns the user can resize; Tab leaves it."""
    view = QTableView(parent)
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, sort_order)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection_mode)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    return view
