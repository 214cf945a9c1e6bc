"""The list of cookies and trackers as a Qt table model, and its searching, sorting proxy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ropa.core.i18n import value_label
from ropa.core.queries import CookieRow
from ropa.db.enums import CookieCategory, LifetimeUnit
from ropa.ui.models.table_model import (
    Line,
    RowsTableModel,
    SearchProxyModel,
    natural_key,
    search_key,
)

COL_NAME = 0
COL_PROVIDER = 1
COL_CATEGORY = 2
COL_LIFETIME = 3
COL_FIRST_PARTY = 4
COL_CONSENT = 5
COLUMN_COUNT = 6

_CATEGORY_ORDER = {category: n for n, category in enumerate(CookieCategory)}
_UNIT_ORDER = {unit: n for n, unit in enumerate(LifetimeUnit)}


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


class CookieTableModel(RowsTableModel[CookieRow]):
    """Read-only rows of ropa.core.queries.list_cookies; closed values in a given language;
    the search text is the name and the provider."""

    column_count = COLUMN_COUNT
    search_column = COL_NAME

    def header_labels(self) -> tuple[str, ...]:
        return header_labels()

    def cookie_row(self, row: int) -> CookieRow:
        return self.row_at(row)

    def _lifetime(self, row: CookieRow) -> str:
        unit = (
            value_label(self._language, "lifetime_unit", row.lifetime_unit.value)
            if (row.lifetime_unit is not None)
            else ""
        )
        if row.lifetime_value is None:
            return unit
        return f"{row.lifetime_value} {unit}".strip()

    def make_line(self, row: CookieRow) -> Line:
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
        return Line(row.id, display, sort, search)


class CookieFilterProxyModel(SearchProxyModel):
    """Sorts by SortRole; keeps the cookies whose name or provider hold every word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, COL_NAME)

    def cookie_id(self, proxy_row: int) -> str:
        value: str = self.row_id(proxy_row)
        return value
