"""Shared parts of the activity editor: pushing edits as undoable commands (errors shown under
the input that holds the refused value) and a section listing an activity's children."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
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

from ropa.core.conflicts import explain
from ropa.core.errors import ConflictError, ValidationError
from ropa.core.handle import Register
from ropa.core.i18n import label
from ropa.ui.commands import (
    CreateEntityCommand,
    DeleteEntityCommand,
    RegisterEvents,
    UpdateEntityCommand,
    push,
)
from ropa.ui.dialogs.conflict import ask_conflict
from ropa.ui.views.activity_editor_fields import FieldRow


def _current(error: ConflictError, seen: dict[str, Any]) -> dict[str, Any]:
    """The values the register holds now for the fields of a refused edit (from the error),
    as the base of the same edit made again."""
    now = dict(seen)
    for detail in error.details:
        if detail.field in now:
            now[detail.field] = detail.current
    return now


class Committer:
    """Pushes the editor's changes on the undo stack; reports errors other than a field's."""

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        lang: str,
        report: Callable[[str | None], None],
    ) -> None:
        self.db = db
        self.stack = stack
        self.events = events
        self.lang = lang
        self.report = report

    def update(
        self,
        model: str,
        entity_id: str,
        row: FieldRow,
        version: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> bool:
        """Save the row's value, based on the entry's `version` and the value the row showed
        when the user started (`row.seen`); `extra` are further changes made with it (one undo
        step). On a refusal keep the user's value and show why under it; when someone else
        changed the field meanwhile, ask whether to save the user's value over theirs."""
        changes = row.changes()
        if changes == row.stored and not extra:
            row.show_problem(None)
            return False
        values = {**changes, **(extra or {})}
        seen = {key: row.seen.get(key, row.stored.get(key)) for key in changes}
        command = UpdateEntityCommand(
            self.db, model, entity_id, values, version, events=self.events, seen=seen
        )
        error = push(self.stack, command)
        if isinstance(error, ConflictError) and ask_conflict(error, self.lang, own_value=True):
            # The user keeps their value: saved over the other one, as one more undo step.
            command = UpdateEntityCommand(
                self.db, model, entity_id, values, events=self.events, seen=_current(error, seen)
            )
            error = push(self.stack, command)
        if error is None:
            row.stored = changes
            row.seen = dict(changes)
            row.show_problem(None)
            self.report(None)
            return True
        if isinstance(error, ConflictError):
            self.events.catch_up()  # read what changed elsewhere ...
            row.show_stored(row.stored, force=True)  # ... and show theirs in this input
            self.report(explain(error, self.lang))
        elif isinstance(error, ValidationError):
            row.show_problem(self.problem_text(model, row, error))
        else:
            row.show_problem(error.message(self.lang))
        return False

    def problem_text(self, model: str, row: FieldRow, error: ValidationError) -> str:
        table = model
        lines = []
        for problem in error.problems:
            field = problem.path.split(".")[0].split("[")[0]
            message = problem.message(self.lang)
            if field and field not in row.fields:
                message = f"{label(self.lang, table, field)} : {message}"
            lines.append(message)
        return "\n".join(lines)

    def create(self, model: str, values: dict[str, Any], parent_id: str) -> str | None:
        command = CreateEntityCommand(self.db, model, values, parent_id, events=self.events)
        error = push(self.stack, command)
        self.report(None if error is None else error.message(self.lang))
        return command.entity_id if error is None else None

    def delete(self, model: str, entity_id: str, version: int | None = None) -> bool:
        command = DeleteEntityCommand(self.db, model, entity_id, version, events=self.events)
        error = push(self.stack, command)
        if isinstance(error, ConflictError):
            self.events.catch_up()
            self.report(explain(error, self.lang))
        else:
            self.report(None if error is None else error.message(self.lang))
        return error is None


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
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
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

    # -- building -----------------------------------------------------------------------------

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
        self.table.blockSignals(True)
        self.table.setRowCount(len(children))
        for row_index, child in enumerate(children):
            for column, text in enumerate(self.row_texts(child)):
                item = QTableWidgetItem(text.replace("\n", " "))
                item.setToolTip(text)
                self.table.setItem(row_index, column, item)
        self.table.blockSignals(False)
        self._select(keep, force=keep != self.current_id)

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
        self.remove_button.setEnabled(child is not None)
        for row in self.rows:
            row.show_stored(child or {}, force=force or child is None)
        self.detail_shown()

    def _selection_changed(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self._select(self.entries[selected[0].row()]["id"], force=True)

    # -- adding and removing ------------------------------------------------------------------

    def add_child(self) -> None:
        if self.activity_id is None:
            return
        values = self.new_values()
        values["position"] = max((c.get("position") or 0 for c in self.entries), default=-1) + 1
        new_id = self.committer.create(self.model, values, self.activity_id)
        if new_id is not None and new_id in [c["id"] for c in self.entries]:
            self._select(new_id, force=True)
            if self.rows:
                self.rows[0].setFocus()

    def remove_child(self) -> None:
        current = self.current()
        if current is not None:
            self.committer.delete(self.model, current["id"], current.get("version"))
