"""The cookies and trackers page: the searchable list, buttons to add and delete one, and the
form of the selected cookie beside it (the same generic form editor as the parties page)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.core.handle import Register
from ropa.core.i18n import value_label
from ropa.core.reads.cookies import CookiesData, load_cookies
from ropa.core.reads.organisation import shown_organisation
from ropa.db.enums import CookieCategory, LifetimeUnit
from ropa.ui.commands import CreateEntityCommand, DeleteEntityCommand, RegisterEvents, push
from ropa.ui.models.cookie_table_model import COL_NAME, CookieFilterProxyModel, CookieTableModel
from ropa.ui.views.list_pane import list_splitter, search_field
from ropa.ui.views.parties_view import ErrorHandler
from ropa.ui.views.record_editor import Field, RecordEditor
from ropa.ui.views.refresh import Refresher


def cookie_fields(lang: str) -> list[Field]:
    """The form of a cookie; the choices of party, activity and transfer are set per cookie."""
    categories = [(c.value, value_label(lang, "cookie_category", c.value)) for c in CookieCategory]
    units = [
        (None, ""),
        *((u.value, value_label(lang, "lifetime_unit", u.value)) for u in LifetimeUnit),
    ]
    return [
        Field("name", "line", required=True),
        Field("provider", "line"),
        Field("party_id", "combo", items=[(None, "")]),
        Field("first_party", "check"),
        Field("domain", "line"),
        Field("purpose", "text"),
        Field("category", "combo", required=True, items=categories),
        Field("lifetime_value", "duration", items=units, unit="lifetime_unit"),
        Field("consent_required", "check"),
        Field("activity_id", "combo", items=[(None, "")]),
        Field("transfer_id", "combo", items=[(None, "")]),
        Field("notes", "text"),
    ]


class CookiesView(QWidget):
    """The list of cookies and the editor of the selected one; changes go through commands
    on `stack`; refused actions are told through `show_error`."""

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        show_error: ErrorHandler,
        parent: QWidget | None = None,
        loader: Callable[[Register], CookiesData] = load_cookies,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._stack = stack
        self._events = events
        self._language = language
        self._show_error = show_error
        self._loader = loader
        self._data = CookiesData([], [], [], [], [])
        self._organisation_id: str | None = None  # the one shown (None: the first)
        self._reloading = False
        self.model = CookieTableModel(language, self)
        self.proxy = CookieFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = search_field(
            self,
            self.tr("Search by name or provider"),
            self.tr("Search cookies"),
            self.proxy.set_search_text,
        )
        self.table_view = self._build_table()
        self.new_button = QPushButton(self.tr("New cookie"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.new_button.clicked.connect(self.new_cookie)
        self.delete_button.clicked.connect(self.delete_cookie)
        self.splitter = list_splitter(
            self, self.search_edit, self.table_view, [self.new_button, self.delete_button]
        )
        self.editor = self._new_editor()
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.splitter)
        # The choices name parties, activities and transfers: read again when they change.
        self.refresher = Refresher(
            self,
            events,
            lambda c: c.touches("cookie", "party", "activity", "transfer", "organisation"),
            lambda _changes: self.reload(),
        )
        self.reload()
        self.table_view.resizeColumnsToContents()

    def _build_table(self) -> QTableView:
        view = QTableView(self)
        view.setAccessibleName(self.tr("Cookies and trackers"))
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        header.setStretchLastSection(True)
        view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        return view

    def _new_editor(self) -> RecordEditor:
        fields = cookie_fields(self._language)
        editor = RecordEditor(self.db, self._stack, self._events, self._language, "cookie", fields)
        editor.setAccessibleName(self.tr("Cookie editor"))
        self.splitter.addWidget(editor)
        return editor

    def set_database(self, db: Register) -> None:
        """Show another register; the editor of the previous one is replaced."""
        self.db = db
        old = self.editor
        self.editor = self._new_editor()
        old.hide()
        old.setParent(None)
        old.deleteLater()
        self.reload()

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the cookies again, keeping the search, the sort and the selected cookie."""
        selected = self.selected_cookie()
        self._data = self._loader(self.db)
        shown = self.organisation_id()
        self._reloading = True
        try:
            self.model.set_rows([c for c in self._data.cookies if c.organisation_id == shown])
        finally:
            self._reloading = False
        self.new_button.setEnabled(bool(self._data.organisation_ids))
        self.select_cookie(selected)

    def organisation_id(self) -> str | None:
        """The organisation whose cookies are shown (the chosen one, or the first)."""
        return shown_organisation(self._organisation_id, self._data.organisation_ids)

    def set_organisation(self, organisation_id: str | None) -> None:
        """Show the cookies of this organisation (None: the first of the file)."""
        if organisation_id == self._organisation_id:
            return
        shown = self.organisation_id()
        self._organisation_id = organisation_id
        if self.organisation_id() != shown:  # e.g. not when told the first one, already shown
            self.search_edit.clear()
            self.reload()

    def _organisation_of(self, cookie_id: str | None) -> str | None:
        row = None if cookie_id is None else self.model.row_of(cookie_id)
        return None if row is None else self.model.cookie_row(row).organisation_id

    def _set_choices(self, cookie_id: str | None) -> None:
        org = self._organisation_of(cookie_id)
        data = self._data
        empty: list[tuple[object, str]] = [(None, "")]
        parties = [(p.id, p.name) for p in data.parties if p.organisation_id == org]
        activities = [
            (a.id, f"{a.reference} — {a.name}") for a in data.activities if a.organisation_id == org
        ]
        transfers = [
            (t.id, f"{t.activity_reference} — {t.label}")
            for t in data.transfers
            if t.organisation_id == org
        ]
        self.editor.set_items("party_id", empty + parties)
        self.editor.set_items("activity_id", empty + activities)
        self.editor.set_items("transfer_id", empty + transfers)

    # -- selection -----------------------------------------------------------------------------

    def selected_cookie(self) -> str | None:
        selection = self.table_view.selectionModel()
        index = selection.currentIndex()
        if not index.isValid() or not selection.isRowSelected(index.row(), index.parent()):
            return None
        return self.proxy.cookie_id(index.row())

    def select_cookie(self, cookie_id: str | None) -> None:
        """Select this cookie in the list (shown in the editor); None or unknown: none."""
        row = None if cookie_id is None else self.model.row_of(cookie_id)
        selection = self.table_view.selectionModel()
        index = None if row is None else self.proxy.mapFromSource(self.model.index(row, COL_NAME))
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

    def _current_row_changed(self, *_args: object) -> None:
        if not self._reloading:
            self._selection_changed()

    def _selection_changed(self) -> None:
        cookie_id = self.selected_cookie()
        self.delete_button.setEnabled(cookie_id is not None)
        self._set_choices(cookie_id)
        if cookie_id != self.editor.entity_id:
            self.editor.load(cookie_id)
        else:
            self.editor.reload()

    # -- adding and deleting -------------------------------------------------------------------

    def new_cookie(self) -> None:
        """Add a cookie named “new_cookie” to the organisation shown, select it and put the
        cursor in its name."""
        organisation_id = self.organisation_id()
        if organisation_id is None:
            return
        values = {
            "name": self.tr("New cookie"),
            "category": CookieCategory.STRICTLY_NECESSARY.value,
        }
        command = CreateEntityCommand(self.db, "cookie", values, organisation_id, self._events)
        error = push(self._stack, command)
        if error is not None:
            self._show_error(self.tr("The cookie was not created."), error)
            return
        self.search_edit.clear()
        self.reload()
        self.select_cookie(command.entity_id)
        self.editor.rows["name"].setFocus()

    def delete_cookie(self) -> None:
        """Delete the selected cookie (undoable)."""
        cookie_id = self.selected_cookie()
        if cookie_id is None:
            return
        command = DeleteEntityCommand(self.db, "cookie", cookie_id, events=self._events)
        error = push(self._stack, command)
        if error is not None:
            self._show_error(self.tr("The cookie was not deleted."), error)
            return
        self.reload()
