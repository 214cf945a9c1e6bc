"""The processors and third parties page: the searchable list of external parties, buttons to
add and delete one, and the form of the selected party beside it."""

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

from ropa.core.changes import ChangeSet
from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.core.i18n import value_label
from ropa.core.reads.organisation import shown_organisation
from ropa.core.reads.parties import PartiesData, load_parties
from ropa.db.enums import PartyKind
from ropa.ui.commands import CreateEntityCommand, DeleteEntityCommand, RegisterEvents, push
from ropa.ui.dialogs.first_run_wizard import country_names
from ropa.ui.models.party_table_model import (
    COL_NAME,
    PartyFilterProxyModel,
    PartyTableModel,
)
from ropa.ui.views.list_pane import list_splitter, search_field
from ropa.ui.views.record_editor import Field, RecordEditor
from ropa.ui.views.refresh import Refresher

ErrorHandler = Callable[[str, RopaError], None]
"""Shows a refused action to the user: what was refused, and why."""


def party_fields(lang: str) -> list[Field]:
    """The form of a party: every column, then its sub-processors."""
    kinds = [(k.value, value_label(lang, "party_kind", k.value)) for k in PartyKind]
    countries = [(None, ""), *country_names(lang)]
    return [
        Field("name", "line", required=True),
        Field("kind", "combo", required=True, items=kinds),
        Field("service", "text"),
        Field("country", "combo", items=countries),
        Field("address", "text"),
        Field("contact_name", "line"),
        Field("email", "line"),
        Field("phone", "line"),
        Field("website", "line"),
        Field("enterprise_number", "line"),
        Field("dpo_name", "line"),
        Field("dpo_contact", "text"),
        Field("representative", "text"),
        Field("privacy_policy_url", "line"),
        Field("contract_signed", "check"),
        Field("contract_date", "date"),
        Field("contract_reference", "line"),
        Field("notes", "text"),
        Field("subprocessors", "links"),
    ]


class PartiesView(QWidget):
    """The list of parties and the editor of the selected one; changes go through commands
    on `stack`; refused deletions are told through `show_error`."""

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        show_error: ErrorHandler,
        parent: QWidget | None = None,
        loader: Callable[[Register], PartiesData] = load_parties,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._stack = stack
        self._events = events
        self._language = language
        self._show_error = show_error
        self._loader = loader
        self._organisation_ids: list[str] = []
        self._organisation_id: str | None = None  # the one shown (None: the first)
        self._reloading = False
        self.model = PartyTableModel(language, self)
        self.proxy = PartyFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = search_field(
            self,
            self.tr("Search by name, service or country"),
            self.tr("Search parties"),
            self.proxy.set_search_text,
        )
        self.table_view = self._build_table()
        self.new_button = QPushButton(self.tr("New party"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.new_button.clicked.connect(self.new_party)
        self.delete_button.clicked.connect(self.delete_party)
        self.splitter = list_splitter(
            self, self.search_edit, self.table_view, [self.new_button, self.delete_button]
        )
        self.editor = self._new_editor()
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.splitter)

        self.refresher = Refresher(
            self, events, lambda changes: changes.touches("party", "organisation"), self._changed
        )
        self.reload()
        self.fit_columns()

    def _build_table(self) -> QTableView:
        view = QTableView(self)
        view.setAccessibleName(self.tr("Processors and third parties"))
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

    def fit_columns(self) -> None:
        """Columns as wide as their content, within bounds (long services are elided)."""
        view = self.table_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        padding = metrics.horizontalAdvance("MM")
        widest = metrics.horizontalAdvance("M" * 16)
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column) + padding, widest))

    def _new_editor(self) -> RecordEditor:
        editor = RecordEditor(
            self.db,
            self._stack,
            self._events,
            self._language,
            "party",
            party_fields(self._language),
        )
        editor.setAccessibleName(self.tr("Party editor"))
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

    def _changed(self, _changes: ChangeSet) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the parties again, keeping the search, the sort and the selected party."""
        selected = self.selected_party()
        data = self._loader(self.db)
        self._organisation_ids = data.organisation_ids
        shown = self.organisation_id()
        self._reloading = True
        try:
            self.model.set_rows([p for p in data.parties if p.organisation_id == shown])
        finally:
            self._reloading = False
        self.new_button.setEnabled(bool(self._organisation_ids))
        self.select_party(selected)

    def organisation_id(self) -> str | None:
        """The organisation whose parties are shown (the chosen one, or the first)."""
        return shown_organisation(self._organisation_id, self._organisation_ids)

    def set_organisation(self, organisation_id: str | None) -> None:
        """Show the parties of this organisation (None: the first of the file)."""
        if organisation_id == self._organisation_id:
            return
        shown = self.organisation_id()
        self._organisation_id = organisation_id
        if self.organisation_id() != shown:  # e.g. not when told the first one, already shown
            self.search_edit.clear()
            self.reload()

    def _subprocessor_items(self, party_id: str | None) -> list[tuple[object, str]]:
        if party_id is None:
            return []
        row = self.model.row_of(party_id)
        owner = None if row is None else self.model.party_row(row).organisation_id
        return [
            (self.model.party_row(n).id, self.model.party_row(n).name)
            for n in range(self.model.rowCount())
            if self.model.party_row(n).id != party_id
            and self.model.party_row(n).organisation_id == owner
        ]

    # -- selection -----------------------------------------------------------------------------

    def selected_party(self) -> str | None:
        index = self.table_view.selectionModel().currentIndex()
        if not index.isValid() or not self.table_view.selectionModel().isRowSelected(
            index.row(), index.parent()
        ):
            return None
        return self.proxy.party_id(index.row())

    def select_party(self, party_id: str | None) -> None:
        """Select this party in the list (shown in the editor); None or unknown: none."""
        row = None if party_id is None else self.model.row_of(party_id)
        selection = self.table_view.selectionModel()
        if row is None:
            selection.clear()
        else:
            index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
            if index.isValid():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table_view.scrollTo(index)
            else:
                selection.clear()
        self._selection_changed()

    def _current_row_changed(self, *_args: object) -> None:
        if not self._reloading:
            self._selection_changed()

    def _selection_changed(self) -> None:
        party_id = self.selected_party()
        self.delete_button.setEnabled(party_id is not None)
        self.editor.set_items("subprocessors", self._subprocessor_items(party_id))
        if party_id != self.editor.entity_id:
            self.editor.load(party_id)
        else:
            self.editor.reload()

    # -- adding and deleting -------------------------------------------------------------------

    def new_party(self) -> None:
        """Add a processor named “New party” to the organisation shown, select it and put the
        cursor in its name."""
        organisation_id = self.organisation_id()
        if organisation_id is None:
            return
        values = {"name": self.tr("New party"), "kind": PartyKind.PROCESSOR.value}
        command = CreateEntityCommand(self.db, "party", values, organisation_id, self._events)
        error = push(self._stack, command)
        if error is not None:
            self._show_error(self.tr("The party was not created."), error)
            return
        self.search_edit.clear()
        self.reload()
        self.select_party(command.entity_id)
        self.editor.rows["name"].setFocus()

    def delete_party(self) -> None:
        """Delete the selected party; refused (and said why) while activities refer to it."""
        party_id = self.selected_party()
        if party_id is None:
            return
        command = DeleteEntityCommand(self.db, "party", party_id, events=self._events)
        error = push(self._stack, command)
        if error is not None:
            self._show_error(self.tr("The party was not deleted."), error)
            return
        self.reload()
