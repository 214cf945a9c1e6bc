"""The list of cookies and trackers as a Qt table model, and its searching, sorting proxy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ropa.core.i18n import DEFAULT_LANGUAGE, normalise_language, value_label
from ropa.core.queries import CookieRow
from ropa.db.enums import CookieCategory, LifetimeUnit
from ropa.ui.models.activity_table_model import ActivityFilterProxyModel, natural_key, search_key

COL_NAME = 0
COL_PROVIDER = 1
COL_CATEGORY = 2
COL_LIFETIME = 3
COL_FIRST_PARTY = 4
COL_CONSENT = 5
COLUMN_COUNT = 6

CookieIdRole = Qt.ItemDataRole.UserRole + 1
"""The cookie's id (str), on every column."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""A value that sorts the column as a person expects."""
SearchRole = Qt.ItemDataRole.UserRole + 3
"""Name and provider, folded for searching; on COL_NAME."""

_CATEGORY_ORDER = {category: n for n, category in enumerate(CookieCategory)}
_UNIT_ORDER = {unit: n for n, unit in enumerate(LifetimeUnit)}
_Index = QModelIndex | QPersistentModelIndex


def header_labels() -> tuple[str, ...]:
    """The column titles in the interface language."""
    return (
        QCoreApplication.translate("CookieTableModel", "Name"),
        QCoreApplication.translate("CookieTableModel", "Provider"),
        QCoreApplication.translate("CookieTableModel", "Category"),
        QCoreApplication.translate("CookieTableModel", "Lifetime"),
        QCoreApplication.translate("CookieTableModel", "First party"),
        QCoreApplication.translate("CookieTableModel", "Consent required"),
    )


@dataclass(frozen=True)
class _Line:
    id: str
    display: tuple[str, ...]
    sort: tuple[Any, ...]
    search: str


class CookieTableModel(QAbstractTableModel):
    """Read-only rows of ropa.core.queries.list_cookies; closed values in a given language."""

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = normalise_language(language)
        self._rows: list[CookieRow] = []
        self._lines: list[_Line] = []

    def set_rows(self, rows: list[CookieRow]) -> None:
        """Replace every row (the model resets)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._lines = [self._line(row) for row in self._rows]
        self.endResetModel()

    def cookie_row(self, row: int) -> CookieRow:
        return self._rows[row]

    def row_of(self, cookie_id: str) -> int | None:
        for n, line in enumerate(self._lines):
            if line.id == cookie_id:
                return n
        return None

    def _lifetime(self, row: CookieRow) -> str:
        unit = (
            value_label(self._language, "lifetime_unit", row.lifetime_unit.value)
            if (row.lifetime_unit is not None)
            else ""
        )
        if row.lifetime_value is None:
            return unit
        return f"{row.lifetime_value} {unit}".strip()

    def _line(self, row: CookieRow) -> _Line:
        yes = QCoreApplication.translate("CookieTableModel", "Yes")
        no = QCoreApplication.translate("CookieTableModel", "No")
        provider = row.provider or ""
        lifetime_order = (
            _UNIT_ORDER.get(row.lifetime_unit, -1) if row.lifetime_unit is not None else -1,
            row.lifetime_value or 0,
        )
        display = (
            row.name,
            provider,
            value_label(self._language, "cookie_category", row.category.value),
            self._lifetime(row),
            yes if row.first_party else no,
            yes if row.consent_required else no,
        )
        sort = (
            natural_key(row.name),
            natural_key(provider),
            _CATEGORY_ORDER.get(row.category, len(_CATEGORY_ORDER)),
            f"{lifetime_order[0]:03d}{lifetime_order[1]:08d}",
            int(row.first_party),
            int(row.consent_required),
        )
        search = "\x1f".join(search_key(part) for part in (row.name, provider))
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
        if role == CookieIdRole:
            return line.id
        if role == SearchRole:
            return line.search if column == COL_NAME else None
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


class CookieFilterProxyModel(ActivityFilterProxyModel):
    """Sorts by SortRole; keeps the cookies whose name or provider hold every word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterRole(SearchRole)
        self.setFilterKeyColumn(COL_NAME)

    def cookie_id(self, proxy_row: int) -> str:
        value: str = self.index(proxy_row, COL_NAME).data(CookieIdRole)
        return value
