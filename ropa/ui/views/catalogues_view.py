"""The catalogues page: one organisation's data categories, data subject categories, recipient
categories and security measures, chosen with tabs; for the chosen catalogue a searchable list
(with how many activities use each entry), buttons to add and delete an entry, and the form of
the selected entry beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.core.catalogue_queries import CATALOGUES, CatalogueModel
from ropa.core.handle import Register
from ropa.core.i18n import label, value_label
from ropa.core.reads.catalogues import CatalogueData, entry_usage, load_catalogue
from ropa.core.services import table_name
from ropa.db.enums import MeasureKind
from ropa.ui.commands import CreateEntityCommand, DeleteEntityCommand, RegisterEvents, push
from ropa.ui.models.catalogue_table_model import (
    COL_NAME,
    CatalogueFilterProxyModel,
    CatalogueTableModel,
)
from ropa.ui.views.list_pane import list_splitter, search_field
from ropa.ui.views.parties_view import ErrorHandler
from ropa.ui.views.record_editor import Field, RecordEditor
from ropa.ui.views.refresh import Refresher

CATALOGUE_TABLES = tuple(table_name(model) for model in CATALOGUES)

# The organisation's field naming each catalogue (its label is the catalogue's title).
_TITLE_FIELDS = {
    "data_category": "data_categories",
    "data_subject_category": "data_subject_categories",
    "recipient_category": "recipient_categories",
    "security_measure": "security_measures",
}

# Tables whose changes may change how many activities use an entry.
_USAGE_TABLES = frozenset(
    {
        "activity",
        "activity_data_category",
        "activity_recipient",
        "retention_phase",
        "organisation",
    }
)


def catalogue_fields(table: str, lang: str) -> list[Field]:
    """The form of an entry of the catalogue `table`."""
    fields = [Field("name", "line", required=True), Field("description", "text")]
    if table == "data_category":
        flags = ("is_special", "is_criminal", "is_national_id", "concerns_minors")
        fields += [Field(flag, "check") for flag in flags]
    elif table == "data_subject_category":
        fields += [Field("is_minors", "check"), Field("is_vulnerable", "check")]
    elif table == "security_measure":
        kinds = [(k.value, value_label(lang, "measure_kind", k.value)) for k in MeasureKind]
        fields += [Field("kind", "combo", required=True, items=kinds), Field("group", "line")]
    return fields


class CataloguesView(QWidget):
    """The catalogues of one organisation; changes go through commands on `stack`; refused
    deletions are told through `show_error`."""

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        show_error: ErrorHandler,
        parent: QWidget | None = None,
        loader: Callable[[Register, CatalogueModel, str | None], CatalogueData] = load_catalogue,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._stack = stack
        self._events = events
        self._language = language
        self._show_error = show_error
        self._loader = loader
        self._requested_organisation: str | None = None
        self.organisation_id: str | None = None
        self._reloading = False
        self._stale = False
        self.model = CatalogueTableModel(language, self)
        self.proxy = CatalogueFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(self.tr("Catalogue"))
        self.tabs.setExpanding(False)
        for table in CATALOGUE_TABLES:
            self.tabs.addTab(label(language, "organisation", _TITLE_FIELDS[table]))
        self.search_edit = search_field(
            self,
            self.tr("Search by name, description or property"),
            self.tr("Search the catalogue"),
            self.proxy.set_search_text,
        )
        self.table_view = self._build_table()
        self.new_button = QPushButton(self.tr("New entry"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.new_button.clicked.connect(self.new_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.splitter = list_splitter(
            self, self.search_edit, self.table_view, [self.new_button, self.delete_button]
        )
        self.editors_stack = QStackedWidget(self)
        self.splitter.addWidget(self.editors_stack)
        self.editors: list[RecordEditor] = []
        self._build_editors()
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.splitter)

        self.tabs.currentChanged.connect(self._catalogue_changed)
        self.refresher = Refresher(
            self,
            events,
            lambda changes: changes.touches(*CATALOGUE_TABLES, *_USAGE_TABLES),
            lambda _changes: self.reload(),
        )
        self.reload()

    def _build_table(self) -> QTableView:
        view = QTableView(self)
        view.setAccessibleName(self.tr("Catalogue entries"))
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
        em = view.fontMetrics().horizontalAdvance("M")
        for column, width in enumerate((16, 14, 11, 8)):
            header.resizeSection(column, width * em)
        view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        return view

    def _build_editors(self) -> None:
        """One form per catalogue (their fields differ), in a stack following the tabs."""
        for old in self.editors:
            self.editors_stack.removeWidget(old)
            old.hide()
            old.setParent(None)
            old.deleteLater()
        self.editors = []
        for model in CATALOGUES:
            table = table_name(model)
            editor = RecordEditor(
                self.db,
                self._stack,
                self._events,
                self._language,
                table,
                catalogue_fields(table, self._language),
            )
            editor.setAccessibleName(self.tr("Catalogue entry editor"))
            self.editors_stack.addWidget(editor)
            self.editors.append(editor)
        self.editors_stack.setCurrentIndex(self.tabs.currentIndex())

    # -- what is shown -------------------------------------------------------------------------

    @property
    def catalogue(self) -> CatalogueModel:
        """The model of the catalogue shown."""
        return CATALOGUES[max(0, self.tabs.currentIndex())]

    @property
    def editor(self) -> RecordEditor:
        """The form of the catalogue shown."""
        return self.editors[max(0, self.tabs.currentIndex())]

    def set_catalogue(self, table: str) -> None:
        """Show the catalogue of this table ("data_category", ..., "security_measure")."""
        self.tabs.setCurrentIndex(CATALOGUE_TABLES.index(table))

    def set_organisation(self, organisation_id: str | None) -> None:
        """Show the catalogues of this organisation (None: the first one of the register)."""
        self._requested_organisation = organisation_id
        self.reload()

    def set_database(self, db: Register) -> None:
        """Show another register (its first organisation); the forms are replaced."""
        self.db = db
        self._requested_organisation = None
        self._build_editors()
        self.reload()

    def _catalogue_changed(self, index: int) -> None:
        self.editors_stack.setCurrentIndex(index)
        self.search_edit.clear()
        self.reload()

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the catalogue again, keeping the search, the sort and the selected entry."""
        selected = self.selected_entry()
        data = self._loader(self.db, self.catalogue, self._requested_organisation)
        if data.organisation_id != self.organisation_id:
            selected = None
        self.organisation_id = data.organisation_id
        self._reloading = True
        try:
            self.model.set_rows(table_name(self.catalogue), data.entries)
        finally:
            self._reloading = False
        self.new_button.setEnabled(self.organisation_id is not None)
        self.select_entry(selected)

    # -- selection -----------------------------------------------------------------------------

    def selected_entry(self) -> str | None:
        """The id of the selected entry of the catalogue shown, if any."""
        selection = self.table_view.selectionModel()
        index = selection.currentIndex()
        if not index.isValid() or not selection.isRowSelected(index.row(), index.parent()):
            return None
        return self.proxy.entry_id(index.row())

    def select_entry(self, entry_id: str | None) -> None:
        """Select this entry in the list (shown in the form); None or unknown: none."""
        row = None if entry_id is None else self.model.row_of(entry_id)
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

    def _current_row_changed(self, *_args: object) -> None:
        if not self._reloading:
            self._selection_changed()

    def _selection_changed(self) -> None:
        entry_id = self.selected_entry()
        self.delete_button.setEnabled(entry_id is not None)
        if entry_id != self.editor.entity_id:
            self.editor.load(entry_id)
        else:
            self.editor.reload()

    # -- adding and deleting -------------------------------------------------------------------

    def _new_name(self) -> str:
        base = {
            "data_category": self.tr("New data category"),
            "data_subject_category": self.tr("New category of data subjects"),
            "recipient_category": self.tr("New recipient category"),
            "security_measure": self.tr("New security measure"),
        }[table_name(self.catalogue)]
        taken = self.model.names()
        name, n = base, 2
        while name in taken:
            name, n = f"{base} ({n})", n + 1
        return name

    def new_entry(self) -> None:
        """Add an entry to the catalogue shown, select it and put the cursor in its name."""
        if self.organisation_id is None:
            return
        rows = [self.model.entry_row(n) for n in range(self.model.rowCount())]
        values: dict[str, object] = {
            "name": self._new_name(),
            "position": max((row.position for row in rows), default=-1) + 1,
        }
        if table_name(self.catalogue) == "security_measure":
            values["kind"] = MeasureKind.TECHNICAL.value
        command = CreateEntityCommand(
            self.db, self.catalogue, values, self.organisation_id, self._events
        )
        error = push(self._stack, command)
        if error is not None:
            self._show_error(self.tr("The entry was not created."), error)
            return
        self.search_edit.clear()
        self.reload()
        self.select_entry(command.entity_id)
        self.editor.rows["name"].setFocus()

    def delete_entry(self) -> None:
        """Delete the selected entry; refused, saying by how many activities, while in use."""
        entry_id = self.selected_entry()
        if entry_id is None:
            return
        model = self.catalogue
        command = DeleteEntityCommand(self.db, model, entry_id, events=self._events)
        error = push(self._stack, command)
        if error is None:
            self.reload()
            return
        if error.key == "error.in_use":
            count = entry_usage(self.db, model, entry_id)
            row = self.model.row_of(entry_id)
            name = "" if row is None else self.model.entry_row(row).name
            text = self.tr(
                "“%1” was not deleted: it is used by %n processing activities. "
                "Remove it from those activities first.",
                "",
                count,
            ).replace("%1", name)
            self._show_error(text, error)
            return
        self._show_error(self.tr("The entry was not deleted."), error)
