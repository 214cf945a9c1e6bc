"""The list of external parties as a Qt table model, and the proxy that searches and sorts it."""

from __future__ import annotations

from babel import Locale
from PySide6.QtCore import QCoreApplication, QObject

from ropa.core.i18n import DEFAULT_LANGUAGE, value_label
from ropa.core.queries import PartyRow
from ropa.db.enums import PartyKind
from ropa.ui.models.table_model import (
    Line,
    RowsTableModel,
    SearchProxyModel,
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

_KIND_ORDER = {kind: n for n, kind in enumerate(PartyKind)}


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


class PartyTableModel(RowsTableModel[PartyRow]):
    """Read-only rows of ropa.core.queries.list_parties; closed values in a given language."""

    column_count = COLUMN_COUNT
    search_column = COL_NAME
    tooltip_columns = frozenset({COL_NAME, COL_SERVICE})

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self._countries = Locale(self._language).territories

    def header_labels(self) -> tuple[str, ...]:
        return header_labels()

    def party_row(self, row: int) -> PartyRow:
        return self.row_at(row)

    def make_line(self, row: PartyRow) -> Line:
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
        return Line(row.id, display, sort, search)


class PartyFilterProxyModel(SearchProxyModel):
    """Sorts by SortRole; keeps the parties whose name, service or country hold every word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, COL_NAME)

    def party_id(self, proxy_row: int) -> str:
        value: str = self.row_id(proxy_row)
        return value
