"""Pieces shared by the list pages: the search field, the table view and the list pane, the
buttons of the list's actions, and saving the form's pending edit before another row is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ropa.core.reads.organisation import shown_organisation
from ropa.ui.forms.fields import FieldRow
from ropa.ui.forms.read_only import allow_edit
from ropa.ui.geometry import FlowLayout

# shown_organisation is the core's rule, kept importable from here for the window.
__all__ = [
    "action_button",
    "commit_pending_edit",
    "lead_to_table",
    "list_action",
    "list_splitter",
    "list_table",
    "search_field",
    "shown_organisation",
]


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


def lead_to_table(edit: QLineEdit, table: QTableView) -> None:
    """From the search field: Down goes to the table, on its current row (else the first);
    Enter opens that row, as Enter in the table does (the table's `activated`)."""

    def row_to_use() -> QModelIndex | None:
        model = table.model()
        if model is None or model.rowCount() == 0:
            return None
        current = table.currentIndex()
        index = current if current.isValid() else model.index(0, 0)
        if not table.selectionModel().isRowSelected(index.row(), index.parent()):
            table.setCurrentIndex(index)  # selects the row (whole rows are selected)
        table.scrollTo(index)
        return index

    def go_down() -> None:
        if row_to_use() is not None:
            table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_row() -> None:
        index = row_to_use()
        if index is not None:
            table.activated.emit(index)

    down = QShortcut(QKeySequence(Qt.Key.Key_Down), edit)
    down.setContext(Qt.ShortcutContext.WidgetShortcut)
    down.activated.connect(go_down)
    edit.returnPressed.connect(open_row)


def list_splitter(
    parent: QWidget,
    search: QWidget,
    table: QTableView,
    buttons: list[QPushButton],
    below_buttons: int = 0,
) -> QSplitter:
    """Search (a field, or a bar with a `search_edit`), table and buttons on the left of a
    splitter; the caller adds the editor. The buttons go on more lines when the pane is narrow.
    Down and Enter in the search field lead to the table (see `lead_to_table`).
    `below_buttons`: the space under the buttons, in pixels."""
    row = FlowLayout()
    row.setContentsMargins(0, 0, 0, below_buttons)
    for button in buttons:
        row.addWidget(button)
    edit = search if isinstance(search, QLineEdit) else getattr(search, "search_edit", None)
    if isinstance(edit, QLineEdit):
        lead_to_table(edit, table)
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


# -- the list's actions ------------------------------------------------------------------------


def list_action(
    table: QTableView, slot: Callable[[], object], key: QKeySequence | None = None
) -> QAction:
    """An action on the list's selected rows (its texts set as the selection changes), with
    `key` as its shortcut while the list has the focus (e.g. Delete)."""
    action = QAction(table)
    action.triggered.connect(slot)
    if key is not None:
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(action)
    return action


def set_action_texts(
    action: QAction, full: str, short: str, enabled: bool, read_only: bool = False
) -> None:
    """Name what the action acts on: `full` in menus and the tooltip ("Delete “T-02
    Recrutement”…"), `short` on its button ("Delete T-02…"). An action that changes the
    register is off while it is read-only, its tooltip saying why (ropa.ui.forms.read_only)."""
    action.setText(full.replace("&", "&&"))
    action.setIconText(short)
    allow_edit(action, enabled, read_only, full)


def action_button(action: QAction, parent: QWidget) -> QPushButton:
    """A button that runs `action`, showing its short text, its full text as accessible name,
    its tooltip, enabled with it."""
    button = QPushButton(parent)

    def follow() -> None:
        button.setText(action.iconText().replace("&", "&&"))
        button.setToolTip(action.toolTip())
        button.setAccessibleName(action.text().replace("&&", "&"))
        button.setEnabled(action.isEnabled())

    action.changed.connect(follow)
    button.clicked.connect(action.trigger)
    follow()
    return button


# -- the form beside the list ------------------------------------------------------------------


def commit_pending_edit(form: QWidget) -> FieldRow | None:
    """Save what the user is typing in `form` (the field with the keyboard focus) before it
    shows another row. Returns the field that still holds a value the register refused (the
    reason is under it), shown and given the focus: showing another row would lose that value,
    so the caller stays on this one. None when nothing is left unsaved."""
    rows = form.findChildren(FieldRow)
    for row in rows:
        if row.is_being_edited() and row.has_pending_edit():
            row.edited.emit()
    refused = next(
        (row for row in rows if row.has_error and row.has_pending_edit() and not row.isHidden()),
        None,
    )
    if refused is not None:
        _bring_forward(refused, form)
        refused.setFocus(Qt.FocusReason.OtherFocusReason)
    return refused


def _bring_forward(widget: QWidget, form: QWidget) -> None:
    """Show the section (tab, stacked page) of `form` that holds `widget`."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not form:
        if isinstance(parent, QStackedWidget):
            owner = parent.parentWidget()
            if isinstance(owner, QTabWidget):
                owner.setCurrentWidget(child)
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
