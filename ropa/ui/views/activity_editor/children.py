"""The activity editor's child tables (purposes, retention phases, recipients...) with a form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa.core.reads.placeholders import placeholder_name
from ropa.core.text_languages import row_in_language
from ropa.ui.forms.committer import Committer
from ropa.ui.forms.fields import FieldRow, set_text_language
from ropa.ui.forms.read_only import allow_edit


class ChildSection(QWidget):
    """An activity's children (purposes, retention phases) as a table; the selected one's
    fields in a form below; buttons to add and remove."""

    model: str

    def __init__(
        self, committer: Committer, headers: list[str], add_text: str, remove_text: str
    ) -> None:
        super().__init__()
        self.committer = committer
        self.lang = committer.lang
        self.activity_id: str | None = None
        self.entries: list[dict[str, Any]] = []
        self.current_id: str | None = None
        self.rows: list[FieldRow] = []
        self.read_only = False  # see set_read_only
        self.text_lang = ""  # the language of the texts shown ("": the main one)
        self.main_lang = ""

        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(190)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.column_weights: list[int] = []
        self.table.viewport().installEventFilter(self)  # the columns follow the table's width
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(remove_text)
        self.add_button.clicked.connect(self.add_child)
        self.remove_button.clicked.connect(self.remove_child)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        self.detail = QWidget()
        self.form = QFormLayout(self.detail)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Narrow: a field goes under its label rather than being cut.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    # -- to give by subclasses ----------------------------------------------------------------

    def row_texts(self, child: dict[str, Any]) -> list[str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def new_values(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def detail_shown(self) -> None:
        """Called after the detail form shows the current child (e.g. to hide rows)."""

    def placeholder(self) -> str:
        """The name a new child starts with, in the document language of the activity's
        organisation (not the interface's): see ropa.core.reads.placeholders."""
        assert self.activity_id is not None
        return placeholder_name(self.committer.db, self.model, self.activity_id)

    # -- building -----------------------------------------------------------------------------

    def set_column_weights(self, *weights: int) -> None:
        """Share the table's width between its columns in these proportions (the columns not
        named get an equal share of the rest); no column narrower than its header's title."""
        self.column_weights = list(weights)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        count = self.table.columnCount()
        if not self.column_weights or count == 0:
            return
        weights = self.column_weights[:count]
        rest = max(1, min(weights)) if weights else 1
        weights += [rest] * (count - len(weights))
        space = self.table.viewport().width()
        metrics = self.table.horizontalHeader().fontMetrics()
        for column in range(count - 1):  # the last one stretches
            title = self.table.horizontalHeaderItem(column)
            narrowest = metrics.horizontalAdvance(title.text() if title else "") + 24
            width = space * weights[column] // sum(weights)
            self.table.setColumnWidth(column, max(width, narrowest))

    def set_read_only(self, read_only: bool) -> None:
        """Add and Remove off while the register is read-only (the rows are still chosen
        and shown; their inputs are made read-only by the editor: ActivityEditor)."""
        self.read_only = read_only
        allow_edit(self.add_button, True, read_only)
        allow_edit(self.remove_button, self.current() is not None, read_only)

    def set_text_language(self, lang: str, main: str) -> None:
        """Show and edit the translatable texts in `lang` (the main language `main`, or
        another): the table's cells show them (a missing one: the main text, marked "[FR]"),
        the form edits them."""
        changed = (lang, main) != (self.text_lang, self.main_lang)
        self.text_lang, self.main_lang = lang, main
        set_text_language(self.rows, self.model, lang, main, self.lang)
        if changed and self.activity_id is not None:
            self._fill_table()
            for row in self.rows:
                row.show_stored(self.current() or {}, force=True)
            self.detail_shown()

    def in_text_language(self, child: dict[str, Any]) -> dict[str, Any]:
        """The child's values with its texts in the language shown (a missing one: the main
        text preceded by its language, "[FR] …")."""
        lang, main = self.text_lang, self.main_lang
        if not lang or not main:
            return child
        return row_in_language(child, self.model, lang, main)

    def row_of(self, field: str) -> FieldRow:
        """The form's input of `field`."""
        return next(row for row in self.rows if row.name == field)

    def add_row(self, row: FieldRow) -> None:
        self.form.addRow(row.label, row)
        row.edited.connect(lambda r=row: self._commit(r))
        self.rows.append(row)

    def _commit(self, row: FieldRow) -> None:
        current = self.current()
        if current is not None:
            self.committer.update(self.model, current["id"], row, current.get("version"))
            self.detail_shown()

    # -- showing ------------------------------------------------------------------------------

    def current(self) -> dict[str, Any] | None:
        return next((c for c in self.entries if c["id"] == self.current_id), None)

    def show_children(self, activity_id: str, children: list[dict[str, Any]]) -> None:
        """Show the children; the same one stays selected (or its neighbour if it is gone)."""
        same_activity = activity_id == self.activity_id
        self.activity_id = activity_id
        old_ids = [c["id"] for c in self.entries]
        self.entries = children
        ids = [c["id"] for c in children]
        keep = self.current_id if same_activity else None
        if keep is not None and keep not in ids and keep in old_ids:
            index = min(old_ids.index(keep), len(ids) - 1)
            keep = ids[index] if index >= 0 else None
        elif keep not in ids:
            keep = ids[0] if ids else None
        self._fill_table()
        self._select(keep, force=keep != self.current_id)

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.entries))
        for row_index, child in enumerate(self.entries):
            for column, text in enumerate(self.row_texts(self.in_text_language(child))):
                item = QTableWidgetItem(text.replace("\n", " "))
                item.setToolTip(text)
                self.table.setItem(row_index, column, item)
        self.table.blockSignals(False)

    def _select(self, child_id: str | None, force: bool) -> None:
        self.current_id = child_id
        self.table.blockSignals(True)
        if child_id is None:
            self.table.clearSelection()
        else:
            self.table.selectRow([c["id"] for c in self.entries].index(child_id))
        self.table.blockSignals(False)
        child = self.current()
        self.detail.setEnabled(child is not None)
        allow_edit(self.remove_button, child is not None, self.read_only)
        for row in self.rows:
            row.show_stored(child or {}, force=force or child is None)
        self.detail_shown()

    def _selection_changed(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self._select(self.entries[selected[0].row()]["id"], force=True)

    # -- adding and removing ------------------------------------------------------------------

    def add_child(self) -> None:
        if self.activity_id is None or self.read_only:
            return
        values = self.new_values()
        values["position"] = max((c.get("position") or 0 for c in self.entries), default=-1) + 1
        new_id = self.create_child(values)
        if new_id is not None and new_id in [c["id"] for c in self.entries]:
            self._select(new_id, force=True)
            if self.rows:
                self.rows[0].setFocus()

    def create_child(self, values: dict[str, Any]) -> str | None:
        """Create a child of the activity with these values, as one undo step; its id, or None
        when refused (the reason reported)."""
        assert self.activity_id is not None
        return self.committer.create(self.model, values, self.activity_id)

    def remove_child(self) -> None:
        current = self.current()
        if current is not None and not self.read_only:
            self.committer.delete(self.model, current["id"], current.get("version"))
