"""The list of external parties as a Qt table model, and the proxy that searches and sorts it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from babel import Locale
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ropa.core.i18n import DEFAULT_LANGUAGE, normalise_language, value_label
from ropa.core.queries import PartyRow
from ropa.db.enums import PartyKind
from ropa.ui.models.activity_table_model import (
    ActivityFilterProxyModel,
    format_date,
    natural_key,
    search_key,
)

COL_NAME = 0
COL_KIND = 1
COL_SERVICE = 2
COL_COUNTRY = 3
COL_CONTRACT = 4
COL_CONTRACT_DATE = 5
COLUMN_COUNT = 6

PartyIdRole = Qt.ItemDataRole.UserRole + 1
"""The party's id (str), on every column."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""A value that sorts the column as a person expects."""
SearchRole = Qt.ItemDataRole.UserRole + 3
"""Name, service and country, folded for searching; on COL_NAME."""

_KIND_ORDER = {kind: n for n, kind in enumerate(PartyKind)}
_TOOLTIP_COLUMNS = frozenset({COL_NAME, COL_SERVICE})
_Index = QModelIndex | QPersistentModelIndex


def header_labels() -> tuple[str, ...]:
    """The column titles in the interface language."""
    return (
        QCoreApplication.translate("PartyTableModel", "Name"),
        QCoreApplication.translate("PartyTableModel", "Type"),
        QCoreApplication.translate("PartyTableModel", "Service"),
        QCoreApplication.translate("PartyTableModel", "Country"),
        QCoreApplication.translate("PartyTableModel", "Art. 28 contract"),
        QCoreApplication.translate("PartyTableModel", "Contract date"),
    )


@dataclass(frozen=True)
class _Line:
    id: str
    display: tuple[str, ...]
    sort: tuple[Any, ...]
    search: str


class PartyTableModel(QAbstractTableModel):
    """Read-only rows of ropa.core.queries.list_parties; closed values in a given language."""

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = normalise_language(language)
        self._countries = Locale(self._language).territories
        self._rows: list[PartyRow] = []
        self._lines: list[_Line] = []

    def set_rows(self, rows: list[PartyRow]) -> None:
        """Replace every row (the model resets)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._lines = [self._line(row) for row in self._rows]
        self.endResetModel()

    def party_row(self, row: int) -> PartyRow:
        return self._rows[row]

    def party_id(self, row: int) -> str:
        return self._lines[row].id

    def row_of(self, party_id: str) -> int | None:
        for n, line in enumerate(self._lines):
            if line.id == party_id:
                return n
        return None

    def _line(self, row: PartyRow) -> _Line:
        yes = QCoreApplication.translate("PartyTableModel", "Yes")
        no = QCoreApplication.translate("PartyTableModel", "No")
        service = row.service or ""
        country = str(self._countries.get(row.country, row.country)) if row.country else ""
        display = (
            row.name,
            value_label(self._language, "party_kind", row.kind.value),
            service.replace("\n", " "),
            country,
            yes if row.contract_signed else no,
            format_date(row.contract_date),
        )
        sort = (
            natural_key(row.name),
            _KIND_ORDER.get(row.kind, len(_KIND_ORDER)),
            natural_key(service),
            natural_key(country),
            int(row.contract_signed),
            format_date(row.contract_date),
        )
        search = "\x1f".join(search_key(part) for part in (row.name, service, country))
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
        if role == PartyIdRole:
            return line.id
        if role == SearchRole:
            return line.search if column == COL_NAME else None
        if role == Qt.ItemDataRole.ToolTipRole and column in _TOOLTIP_COLUMNS:
            return line.display[column] or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return header_labels()[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class PartyFilterProxyModel(ActivityFilterProxyModel):
    """Sorts by SortRole; keeps the parties whose name, service or country hold every word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterRole(SearchRole)
        self.setFilterKeyColumn(COL_NAME)

    def party_id(self, proxy_row: int) -> str:
        value: str = self.index(proxy_row, COL_NAME).data(PartyIdRole)
        return value
