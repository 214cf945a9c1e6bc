"""The entries of one catalogue (data categories, data subject categories, recipient categories
or security measures) as a Qt table model, and the proxy that searches and sorts them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ropa.core.catalogue_queries import CatalogueEntryRow
from ropa.core.i18n import DEFAULT_LANGUAGE, value_label
from ropa.ui.models.table_model import (
    Line,
    RowsTableModel,
    SearchProxyModel,
    natural_key,
    search_key,
)

COL_NAME = 0
COL_DESCRIPTION = 1
COL_PROPERTIES = 2
COL_USED_BY = 3
COLUMN_COUNT = 4


def header_labels(table: str) -> tuple[str, ...]:
    """The column titles in the interface language; the third depends on the catalogue."""
    properties = (
        QCoreApplication.translate("CatalogueTableModel", "Type and group")
        if table == "security_measure"
        else QCoreApplication.translate("CatalogueTableModel", "Properties")
    )
    return (
        QCoreApplication.translate("CatalogueTableModel", "Name"),
        QCoreApplication.translate("CatalogueTableModel", "Description"),
        properties,
        QCoreApplication.translate("CatalogueTableModel", "Used by (activities)"),
    )


def flag_labels() -> dict[str, str]:
    """Short names of the catalogue flags, for the list."""
    return {
        "is_special": QCoreApplication.translate(
            "CatalogueTableModel", "Special category (Art. 9)"
        ),
        "is_criminal": QCoreApplication.translate("CatalogueTableModel", "Criminal data (Art. 10)"),
        "is_national_id": QCoreApplication.translate("CatalogueTableModel", "National number"),
        "concerns_minors": QCoreApplication.translate("CatalogueTableModel", "Minors"),
        "is_minors": QCoreApplication.translate("CatalogueTableModel", "Minors"),
        "is_vulnerable": QCoreApplication.translate("CatalogueTableModel", "Vulnerable persons"),
    }


class CatalogueTableModel(RowsTableModel[CatalogueEntryRow]):
    """Read-only rows of ropa.core.catalogue_queries.list_catalogue for one catalogue; the
    search text is the name, the description and the properties."""

    column_count = COLUMN_COUNT
    search_column = COL_NAME
    tooltip_columns = frozenset({COL_NAME, COL_DESCRIPTION})

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self._table = "data_category"

    def header_labels(self) -> tuple[str, ...]:
        return header_labels(self._table)

    def set_rows(  # type: ignore[override]  # the catalogue comes first
        self, table: str, rows: Iterable[CatalogueEntryRow]
    ) -> None:
        """Show these entries of the catalogue `table` (the model resets)."""
        self._table = table
        super().set_rows(rows)

    def entry_row(self, row: int) -> CatalogueEntryRow:
        return self.row_at(row)

    def names(self) -> set[str]:
        """The names of the entries shown (to find a free name for a new one)."""
        return {row.name for row in self._rows}

    def _properties(self, row: CatalogueEntryRow) -> str:
        if row.kind is not None:
            kind = value_label(self._language, "measure_kind", row.kind)
            return f"{kind} · {row.group}" if row.group else kind
        labels = flag_labels()
        return ", ".join(labels[flag] for flag in row.flags)

    def make_line(self, row: CatalogueEntryRow) -> Line:
        description = (row.description or "").replace("\n", " ")
        properties = self._properties(row)
        display = (row.name, description, properties, str(row.used_by))
        sort = (
            natural_key(row.name),
            natural_key(description),
            natural_key(properties),
            row.used_by,
        )
        search = "\x1f".join(search_key(part) for part in (row.name, description, properties))
        return Line(row.id, display, sort, search)

    def line_data(self, line: Line, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_USED_BY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CatalogueFilterProxyModel(SearchProxyModel):
    """Sorts by SortRole; keeps the entries whose name, description or properties hold every
    word of the search text (case and accents ignored, words in any order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, COL_NAME)

    def entry_id(self, proxy_row: int) -> str:
        value: str = self.row_id(proxy_row)
        return value
