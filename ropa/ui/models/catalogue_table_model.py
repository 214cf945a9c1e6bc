"""The entries of one catalogue (data categories, data subject categories, recipient categories
or security measures) as a Qt table model, and the proxy that searches and sorts them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)

from ropa.core.catalogue_queries import CatalogueEntryRow
from ropa.core.i18n import DEFAULT_LANGUAGE, normalise_language, value_label
from ropa.ui.models.activity_table_model import natural_key, search_key

COL_NAME = 0
COL_DESCRIPTION = 1
COL_PROPERTIES = 2
COL_USED_BY = 3
COLUMN_COUNT = 4

EntryIdRole = Qt.ItemDataRole.UserRole + 1
"""The entry's id (str), on every column."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""A value that sorts the column as a person expects."""
SearchRole = Qt.ItemDataRole.UserRole + 3
"""Name, description and properties, folded for searching; on COL_NAME."""

_Index = QModelIndex | QPersistentModelIndex


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


@dataclass(frozen=True)
class _Line:
    id: str
    display: tuple[str, ...]
    sort: tuple[Any, ...]
    search: str


class CatalogueTableModel(QAbstractTableModel):
    """Read-only rows of ropa.core.catalogue_queries.list_catalogue for one catalogue."""

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = normalise_language(language)
        self._table = "data_category"
        self._rows: list[CatalogueEntryRow] = []
        self._lines: list[_Line] = []

    @property
    def table(self) -> str:
        """The catalogue shown (its table name)."""
        return self._table

    def set_rows(self, table: str, rows: list[CatalogueEntryRow]) -> None:
        """Show these entries of the catalogue `table` (the model resets)."""
        self.beginResetModel()
        self._table = table
        self._rows = list(rows)
        self._lines = [self._line(row) for row in self._rows]
        self.endResetModel()

    def entry_row(self, row: int) -> CatalogueEntryRow:
        return self._rows[row]

    def entry_id(self, row: int) -> str:
        return self._lines[row].id

    def row_of(self, entry_id: str) -> int | None:
        for n, line in enumerate(self._lines):
            if line.id == entry_id:
                return n
        return None

    def names(self) -> set[str]:
        """The names of the entries shown (to find a free name for a new one)."""
        return {row.name for row in self._rows}

    def _properties(self, row: CatalogueEntryRow) -> str:
        if row.kind is not None:
            kind = value_label(self._language, "measure_kind", row.kind)
            return f"{kind} · {row.group}" if row.group else kind
        labels = flag_labels()
        return ", ".join(labels[flag] for flag in row.flags)

    def _line(self, row: CatalogueEntryRow) -> _Line:
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
        return _Line(row.id, display, sort, search)

    # -- Qt overrides ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return line.display[column]
        if role == SortRole:
            return line.sort[column]
        if role == EntryIdRole:
            return line.id
        if role == SearchRole:
            return line.search if column == COL_NAME else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_NAME, COL_DESCRIPTION):
            return line.display[column] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_USED_BY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return header_labels(self._table)[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class CatalogueFilterProxyModel(QSortFilterProxyModel):
    """Sorts by SortRole; keeps the entries whose name, description or properties hold every
    word of the search text (case and accents ignored, words in any order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search_text = ""
        self.setSortRole(SortRole)
        self.setFilterRole(SearchRole)
        self.setFilterKeyColumn(COL_NAME)

    @property
    def search_text(self) -> str:
        return self._search_text

    def set_search_text(self, text: str) -> None:
        self._search_text = text
        words = search_key(text).split()
        # One look-ahead per word: all words, anywhere, in any order.
        pattern = "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in words)
        self.setFilterRegularExpression(
            QRegularExpression(
                f"^{pattern}" if pattern else "",
                QRegularExpression.PatternOption.DotMatchesEverythingOption,
            )
        )

    def entry_id(self, proxy_row: int) -> str:
        value: str = self.index(proxy_row, COL_NAME).data(EntryIdRole)
        return value
