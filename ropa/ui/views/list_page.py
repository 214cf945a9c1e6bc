"""The base of the list + form pages (parties, cookies, requests, breaches, contracts,
catalogues): a searchable table, New and Delete buttons, and the form of the selected row beside
it, kept across reloads. The selected row is the one the form shows (the field being edited is
saved before another row is shown); Delete names the row and asks first; the Delete key does the
same. A page may let several rows be selected: Delete then takes them all, as one undo step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QVBoxLayout, QWidget

from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.core.reads.organisation import shown_organisation
from ropa.ui.commands import (
    CreateEntityCommand,
    DeleteEntityCommand,
    RegisterCommand,
    RegisterEvents,
    push,
    push_all,
    step_text,
)
from ropa.ui.dialogs.confirm_delete import confirm_delete
from ropa.ui.forms.read_only import allow_edit
from ropa.ui.forms.record_form import Field, RecordEditor
from ropa.ui.models.table_model import RowsTableModel, SearchProxyModel
from ropa.ui.settings import Settings
from ropa.ui.views.list_pane import (
    action_button,
    commit_pending_edit,
    list_action,
    list_splitter,
    list_table,
    search_field,
    set_action_texts,
)

FIT_ROWS = 100
"""The columns are fitted to the first this many rows (those on screen among them), not to
every row: fitting asks the model for each cell measured (a second for 10,000 rows)."""

ErrorHandler = Callable[[str, RopaError], None]
"""Shows a refused action to the user: what was refused, and why."""


class DeleteManyTexts(NamedTuple):
    """What Delete says of several selected rows, in the interface language."""

    action: str  # the action, in the Edit menu: "Delete 3 contracts…"
    short: str  # the button: "Delete 3…"
    question: str  # asked first, above their names: "Delete these 3 contracts?"
    done: str  # the undo step, in the status bar: "Deleted 3 contracts"
    step: str  # the undo step, in the Edit menu: "Delete 3 contracts"


def discard(widget: QWidget) -> None:
    """Take a replaced widget off the page now and delete it later."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class ListPage(QWidget):
    """A list page: `table_view` shows `model` through `proxy` (searched with `search_edit`),
    `new_button` and `delete_button` under it, the `editor` of the selected row beside it in
    `splitter`. Changes go through commands on `stack`; refused ones are told through
    `show_error`.

    A subclass builds with `_build_list`, adds its editor (`_use_editor`), calls `_lay_out`,
    and gives `_read` (read and set the rows) and `_can_create`. The page's texts are the
    subclass's (its translation context)."""

    status_message = Signal(str)  # a short note for the window's status bar

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        show_error: ErrorHandler,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or Settings()  # "Don't ask again" before deleting
        self._going_back = False  # putting the selection back on the row the form shows
        self.db = db
        self._stack = stack
        self._events = events
        self._language = language
        self._show_error = show_error
        self._reloading = False
        self._editor: RecordEditor | None = None
        self.read_only = False  # see set_read_only
        self.text_lang: str | None = None  # see set_text_language

    # -- building ------------------------------------------------------------------------------

    def _build_list(
        self,
        model: RowsTableModel[Any],
        proxy: SearchProxyModel,
        texts: tuple[str, str, str, str, str],
        sort_column: int,
        on_new: Callable[[], None],
        on_delete: Callable[[], None],
        multi_select: bool = False,
    ) -> None:
        """The list pane, on the left of the splitter. `texts`: the search field's placeholder
        and accessible name, the table's accessible name, the New button and the Delete button
        while no row is selected (it then names the row: see _update_delete). `multi_select`:
        several rows may be selected (Ctrl, Shift), and deleted as one undo step (the form
        shows the current one; the page gives `_delete_many_texts`)."""
        placeholder, search_name, table_name, new_text, delete_text = texts
        self._delete_text = delete_text
        self._name_column = sort_column
        self.model = model
        self.proxy = proxy
        self.proxy.setSourceModel(self.model)
        self.search_edit = search_field(self, placeholder, search_name, proxy.set_search_text)
        mode = (
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi_select
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table_view = list_table(self, proxy, table_name, sort_column, selection_mode=mode)
        self.table_view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        # A click makes the row current, then selects it: the form follows both.
        selection = self.table_view.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        selection.selectionChanged.connect(self._current_row_changed)
        self.new_button = QPushButton(new_text, self)
        self.new_button.clicked.connect(on_new)
        delete_key = QKeySequence(QKeySequence.StandardKey.Delete)
        self.delete_action = list_action(self.table_view, on_delete, delete_key)
        self.delete_button = action_button(self.delete_action, self)
        self.splitter = list_splitter(
            self, self.search_edit, self.table_view, [self.new_button, self.delete_button]
        )

    def _record_editor(self, table: str, fields: list[Field], name: str) -> RecordEditor:
        """A form of `table` on this page's register."""
        editor = RecordEditor(self.db, self._stack, self._events, self._language, table, fields)
        editor.setAccessibleName(name)
        editor.set_text_language(self.text_lang)
        return editor

    def _use_editor(self, editor: RecordEditor) -> None:
        """Show this form beside the list (the one it replaces is deleted)."""
        old, self._editor = self._editor, editor
        editor.set_read_only(self.read_only)
        self.splitter.addWidget(editor)
        if old is not None:
            discard(old)

    def _lay_out(self, *above: QWidget) -> None:
        """The page: these widgets, then the splitter, which gets the height they leave (the
        list gets the larger part of its width)."""
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        for widget in above:
            layout.addWidget(widget)
        layout.addWidget(self.splitter, 1)

    def _new_editor(self) -> RecordEditor:
        """A new form of the page's rows (see _use_editor and set_database)."""
        raise NotImplementedError

    def set_database(self, db: Register) -> None:
        """Show another register; the editor of the previous one is replaced."""
        self.db = db
        self._use_editor(self._new_editor())
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        """A register opened read-only: the rows are listed, searched, selected and shown in
        the form, which lets nothing be changed; New and Delete are off, saying why."""
        self.read_only = read_only
        for editor in self._editors():
            editor.set_read_only(read_only)
        self._update_new()
        self._update_delete()

    def set_text_language(self, lang: str | None) -> None:
        """Show and edit the entries' texts in this document language (None: the main one)."""
        self.text_lang = lang
        for editor in self._editors():
            editor.set_text_language(lang)

    def _editors(self) -> list[RecordEditor]:
        """The page's forms (one; the catalogues page has one per catalogue)."""
        return [self.editor]

    @property
    def editor(self) -> RecordEditor:
        """The form of the selected row."""
        assert self._editor is not None
        return self._editor

    def fit_columns(self) -> None:
        """Columns as wide as their content (of the first FIT_ROWS rows), within bounds (long
        texts are elided)."""
        view = self.table_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        padding = metrics.horizontalAdvance("MM")
        widest = metrics.horizontalAdvance("M" * 16)
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column) + padding, widest))

    # -- reading -------------------------------------------------------------------------------

    def _read(self) -> bool:
        """Read what the page shows and set the model's rows; False when the row selected
        before is no longer to be selected."""
        raise NotImplementedError

    def _can_create(self) -> bool:
        """Whether New may add a row (there is an organisation to add it to)."""
        raise NotImplementedError

    def reload(self) -> None:
        """Read the list again, keeping the search, the sort and the selected row."""
        selected = self.selected_id()
        self._reloading = True
        try:
            if not self._read():
                selected = None
        finally:
            self._reloading = False
        self._update_new()
        self.select_id(selected)

    def _update_new(self) -> None:
        allow_edit(self.new_button, self._can_create(), self.read_only)

    # -- selection -----------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """The id of the selected row, if any."""
        selection = self.table_view.selectionModel()
        index = selection.currentIndex()
        if not index.isValid() or not selection.isRowSelected(index.row(), index.parent()):
            return None
        value: str = self.proxy.row_id(index.row())
        return value

    def select_id(self, row_id: str | None) -> None:
        """Select the row of this id (shown in the editor); None or unknown: none."""
        if not self._reloading and not self._going_back and not self._may_leave(row_id):
            return
        row = None if row_id is None else self.model.row_of(row_id)
        selection = self.table_view.selectionModel()
        index = None if row is None else self.proxy.mapFromSource(self.model.index(row, 0))
        if index is None or not index.isValid():
            selection.clear()
        else:
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table_view.scrollTo(index)
        self._selection_changed()

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, in the order shown (one at most unless the page lets
        several be selected)."""
        rows = sorted({index.row() for index in self.table_view.selectionModel().selectedRows()})
        return [self.proxy.row_id(row) for row in rows]

    def selected_label(self) -> str:
        """The name of the selected row, as the list shows it ("" when none)."""
        row_id = self.selected_id()
        return "" if row_id is None else self.row_label(row_id)

    def row_label(self, row_id: str) -> str:
        """The name of a row, as the list shows it ("" when it is not listed)."""
        row = self.model.row_of(row_id)
        if row is None:
            return ""
        return str(self.model.index(row, self._name_column).data() or "")

    def _delete_many_texts(self, count: int) -> DeleteManyTexts:
        """What Delete says of several selected rows (pages that let several be selected)."""
        raise NotImplementedError

    def list_actions(self) -> list[QAction]:
        """The actions on the selected row, for the window's Edit menu."""
        return [self.delete_action]

    def _update_delete(self) -> None:
        count = len(self.selected_ids())
        if count > 1:
            texts = self._delete_many_texts(count)
            set_action_texts(self.delete_action, texts.action, texts.short, True, self.read_only)
            return
        name = self.selected_label()
        if self.selected_id() is None:
            text = self._delete_text
            set_action_texts(self.delete_action, text, text, False, self.read_only)
            return
        metrics = self.delete_button.fontMetrics()
        short_name = metrics.elidedText(
            name, Qt.TextElideMode.ElideRight, metrics.horizontalAdvance("M" * 10)
        )
        text = QCoreApplication.translate("ListPage", "Delete “%1”…")
        set_action_texts(
            self.delete_action,
            text.replace("%1", name),
            text.replace("%1", short_name),
            True,
            self.read_only,
        )

    def _current_row_changed(self, *_args: object) -> None:
        if self._reloading or self._going_back:
            return
        if self._may_leave(self.selected_id()):
            self._selection_changed()

    def _may_leave(self, row_id: str | None) -> bool:
        """Whether the form may show `row_id` instead of its row: the field being edited is
        saved first; a value the register refused keeps its row (selected again once the
        click that chose another one is over)."""
        if row_id == self.editor.entity_id or self.editor.entity_id is None:
            return True
        if commit_pending_edit(self.editor) is None:
            return True
        QTimer.singleShot(0, self._back_to_shown_row)
        return False

    def _back_to_shown_row(self) -> None:
        """The form keeps a value the register refused: its row stays selected."""
        shown = self.editor.entity_id
        if shown is None:
            return
        self._going_back = True
        try:
            self.select_id(shown)
        finally:
            self._going_back = False
        refused = commit_pending_edit(self.editor)
        if refused is not None:
            text = QCoreApplication.translate(
                "ListPage",
                "The value of “%1” was not saved: correct it, or undo your typing, before "
                "choosing another row.",
            )
            self.status_message.emit(text.replace("%1", refused.accessible_name))

    def _prepare_editor(self, row_id: str | None) -> None:
        """Set the editor's choices for this row before it is shown (none by default)."""

    def _selection_changed(self) -> None:
        row_id = self.selected_id()
        self._update_delete()
        self._prepare_editor(row_id)
        if row_id != self.editor.entity_id:
            self.editor.load(row_id)
        else:
            self.editor.reload()

    # -- adding and deleting -------------------------------------------------------------------

    def _create(
        self, table: str | type[Any], values: dict[str, Any], organisation_id: str, refused: str
    ) -> None:
        """Add a row to the organisation, select it and put the cursor in its name; `refused`
        says so when the register refuses."""
        command = CreateEntityCommand(self.db, table, values, organisation_id, self._events)
        error = push(self._stack, command)
        if error is not None:
            self._show_error(refused, error)
            return
        self.search_edit.clear()
        self.reload()
        self.select_id(command.entity_id)
        self.editor.rows["name"].setFocus()

    def _delete_selected(
        self, table: str | type[Any], refused: Callable[[str, RopaError], str], question: str
    ) -> None:
        """Delete the selected row (or rows) once the user said yes to `question` ("Delete
        this party?", above its name; for several rows the page's `_delete_many_texts`),
        unless they asked not to be asked; `refused(id, error)` says why when the register
        refuses. Several rows are one undo step; a refusal stops there."""
        ids = self.selected_ids()
        row_id = self.selected_id()
        if len(ids) <= 1:
            ids = [row_id] if row_id is not None else ids
        if not ids:
            return
        if len(ids) > 1:
            question = self._delete_many_texts(len(ids)).question
        names = [self.row_label(i) for i in ids]
        if not confirm_delete(self, question, names, self._settings):
            return
        commands: list[RegisterCommand] = [
            DeleteEntityCommand(self.db, table, i, events=self._events) for i in ids
        ]
        done, error = push_all(self._stack, commands, self._delete_step_text)
        if error is not None:
            self._show_error(refused(ids[done], error), error)
        if done:
            self.reload()

    def _delete_step_text(self, count: int) -> str:
        """The undo step of deleting several rows ("Deleted 3 contracts" / "Delete 3
        contracts", see step_text)."""
        texts = self._delete_many_texts(count)
        return step_text(texts.done, texts.step)


class OrganisationListPage(ListPage):
    """A list page of the rows of one organisation: the chosen one, or the first of the
    register. `_read` sets `_organisation_ids` (those of the register)."""

    _organisation_ids: Sequence[str] = ()
    _organisation_id: str | None = None  # the one chosen (None: the first)

    def organisation_id(self) -> str | None:
        """The organisation whose rows are shown (the chosen one, or the first)."""
        return shown_organisation(self._organisation_id, self._organisation_ids)

    def set_organisation(self, organisation_id: str | None) -> None:
        """Show the rows of this organisation (None: the first of the register)."""
        if organisation_id == self._organisation_id:
            return
        shown = self.organisation_id()
        self._organisation_id = organisation_id
        if self.organisation_id() != shown:  # e.g. not when told the first one, already shown
            self.search_edit.clear()
            self.reload()

    def _can_create(self) -> bool:
        return bool(self._organisation_ids)
