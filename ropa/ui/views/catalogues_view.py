"""The catalogues page: one organisation's data categories, data subject categories, recipient
categories and security measures, chosen with tabs; for the chosen catalogue a searchable list
(with how many activities use each entry), buttons to add and delete an entry, and the form of
the selected entry beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStackedWidget, QTabBar, QWidget

from ropa.core.catalogue_queries import CATALOGUES, CatalogueModel
from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.core.i18n import label, value_label
from ropa.core.reads.catalogues import CatalogueData, entry_usage, load_catalogue
from ropa.core.reads.placeholders import placeholder_name
from ropa.core.services import table_name
from ropa.db.enums import MeasureKind
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.record_form import Field, RecordEditor
from ropa.ui.models.catalogue_table_model import (
    COL_NAME,
    CatalogueFilterProxyModel,
    CatalogueTableModel,
)
from ropa.ui.settings import Settings
from ropa.ui.views.list_page import ErrorHandler, ListPage, discard
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


class CataloguesView(ListPage):
    """The catalogues of one organisation; changes go through commands on `stack`; refused
    deletions are told through `show_error`."""

    model: CatalogueTableModel
    proxy: CatalogueFilterProxyModel

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        show_error: ErrorHandler,
        parent: QWidget | None = None,
        loader: Callable[[Register, CatalogueModel, str | None], CatalogueData] = load_catalogue,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(db, stack, events, language, show_error, parent, settings)
        self._loader = loader
        self._requested_organisation: str | None = None
        self.organisation_id: str | None = None

        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(self.tr("Catalogue"))
        self.tabs.setExpanding(False)
        for table in CATALOGUE_TABLES:
            self.tabs.addTab(label(language, "organisation", _TITLE_FIELDS[table]))
        texts = (
            self.tr("Search by name, description or property"),
            self.tr("Search the catalogue"),
            self.tr("Catalogue entries"),
            self.tr("New entry"),
            self.tr("Delete"),
        )
        model, proxy = CatalogueTableModel(language, self), CatalogueFilterProxyModel(self)
        self._build_list(model, proxy, texts, COL_NAME, self.new_entry, self.delete_entry)
        em = self.table_view.fontMetrics().horizontalAdvance("M")
        header = self.table_view.horizontalHeader()
        for column, width in enumerate((16, 14, 11, 8)):
            header.resizeSection(column, width * em)
        self.editors_stack = QStackedWidget(self)
        self.splitter.addWidget(self.editors_stack)
        self.editors: list[RecordEditor] = []
        self._build_editors()
        self._lay_out(self.tabs)

        self.tabs.currentChanged.connect(self._catalogue_changed)
        self.refresher = Refresher(
            self,
            events,
            lambda changes: changes.touches(*CATALOGUE_TABLES, *_USAGE_TABLES),
            lambda _changes: self.reload(),
        )
        self.reload()

    def _build_editors(self) -> None:
        """One form per catalogue (their fields differ), in a stack following the tabs."""
        for old in self.editors:
            self.editors_stack.removeWidget(old)
            discard(old)
        self.editors = []
        for model in CATALOGUES:
            table = table_name(model)
            fields = catalogue_fields(table, self._language)
            editor = self._record_editor(table, fields, self.tr("Catalogue entry editor"))
            editor.set_read_only(self.read_only)
            self.editors_stack.addWidget(editor)
            self.editors.append(editor)
        self.editors_stack.setCurrentIndex(self.tabs.currentIndex())

    # -- what is shown -------------------------------------------------------------------------

    @property
    def catalogue(self) -> CatalogueModel:
        """The model of the catalogue shown."""
        return CATALOGUES[max(0, self.tabs.currentIndex())]

    def _editors(self) -> list[RecordEditor]:
        return list(self.editors)

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

    def _read(self) -> bool:
        """Read the catalogue shown; the selection goes when the organisation changes."""
        data = self._loader(self.db, self.catalogue, self._requested_organisation)
        same_organisation = data.organisation_id == self.organisation_id
        self.organisation_id = data.organisation_id
        self.model.set_rows(table_name(self.catalogue), data.entries)
        return same_organisation

    def _can_create(self) -> bool:
        return self.organisation_id is not None

    # -- selection, adding and deleting --------------------------------------------------------

    selected_entry = ListPage.selected_id
    select_entry = ListPage.select_id

    def _new_name(self, organisation_id: str) -> str:
        """A free placeholder name, in the organisation's document language."""
        table = table_name(self.catalogue)
        return placeholder_name(self.db, table, organisation_id, taken=self.model.names())

    def new_entry(self) -> None:
        """Add an entry to the catalogue shown, select it and put the cursor in its name."""
        if self.organisation_id is None:
            return
        rows = [self.model.entry_row(n) for n in range(self.model.rowCount())]
        values: dict[str, object] = {
            "name": self._new_name(self.organisation_id),
            "position": max((row.position for row in rows), default=-1) + 1,
        }
        if table_name(self.catalogue) == "security_measure":
            values["kind"] = MeasureKind.TECHNICAL.value
        refused = self.tr("The entry was not created.")
        self._create(self.catalogue, values, self.organisation_id, refused)

    def delete_entry(self) -> None:
        """Delete the selected entry; refused, saying by how many activities, while in use."""
        question = self.tr("Delete this entry?")
        self._delete_selected(self.catalogue, self._refusal, question)

    def _refusal(self, entry_id: str, error: RopaError) -> str:
        if error.key != "error.in_use":
            return self.tr("The entry was not deleted.")
        count = entry_usage(self.db, self.catalogue, entry_id)
        row = self.model.row_of(entry_id)
        name = "" if row is None else self.model.entry_row(row).name
        return self.tr(
            "“%1” was not deleted: it is used by %n processing activities. "
            "Remove it from those activities first.",
            "",
            count,
        ).replace("%1", name)
