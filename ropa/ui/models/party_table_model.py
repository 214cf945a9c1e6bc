"""The list of external parties as a Qt table model (each with where its Art. 28 contract
stands, in words), and the proxy that searches and sorts it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from babel import Locale
from PySide6.QtCore import QCoreApplication, QObject, Qt

from ropa.core.contracts import ContractState
from ropa.core.i18n import DEFAULT_LANGUAGE, value_label
from ropa.core.queries import PartyRow
from ropa.db.enums import PartyKind
from ropa.ui.models.contract_texts import STATE_ORDER, no_contract_text, state_text, state_tone
from ropa.ui.models.deadline_texts import tone_colour
from ropa.ui.models.table_model import (
    Line,
    RowsTableModel,
    SearchProxyModel,
    natural_key,
    search_key,
)

COL_NAME = 0
COL_KIND = 1
COL_SERVICE = 2
COL_COUNTRY = 3
COL_CONTRACT = 4
COLUMN_COUNT = 5

_KIND_ORDER = {kind: n for n, kind in enumerate(PartyKind)}


def header_labels() -> tuple[str, ...]:
    """The column titles in the interface language."""
    return (
        QCoreApplication.translate("PartyTableModel", "Name"),
        QCoreApplication.translate("PartyTableModel", "Type"),
        QCoreApplication.translate("PartyTableModel", "Service"),
        QCoreApplication.translate("PartyTableModel", "Country"),
        QCoreApplication.translate("PartyTableModel", "Art. 28 contract"),
    )


class PartyTableModel(RowsTableModel[PartyRow]):
    """Read-only rows of ropa.core.queries.list_parties; closed values in a given language;
    each party's Art. 28 contract as the state of the one that speaks for it (see
    set_parties), "No contract" when none is recorded."""

    column_count = COLUMN_COUNT
    search_column = COL_NAME
    tooltip_columns = frozenset({COL_NAME, COL_SERVICE})

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self._countries = Locale(self._language).territories
        self._contract_states: Mapping[str, ContractState] = {}

    def set_parties(self, rows: Iterable[PartyRow], states: Mapping[str, ContractState]) -> None:
        """Replace every row; `states`: the contract state of each party that has contracts
        (ropa.core.contracts.best_state of its contracts')."""
        self._contract_states = dict(states)
        self.set_rows(rows)

    def contract_state(self, party_id: str) -> ContractState | None:
        """The state of the party's contract as the list shows it (None: it has none)."""
        return self._contract_states.get(party_id)

    def header_labels(self) -> tuple[str, ...]:
        return header_labels()

    def party_row(self, row: int) -> PartyRow:
        return self.row_at(row)

    def make_line(self, row: PartyRow) -> Line:
        service = row.service or ""
        country = str(self._countries.get(row.country, row.country)) if row.country else ""
        state = self._contract_states.get(row.id)
        display = (
            row.name,
            value_label(self._language, "party_kind", row.kind.value),
            service.replace("\n", " "),
            country,
            no_contract_text() if state is None else state_text(state),
        )
        sort = (
            natural_key(row.name),
            _KIND_ORDER.get(row.kind, len(_KIND_ORDER)),
            natural_key(service),
            natural_key(country),
            len(STATE_ORDER) if state is None else STATE_ORDER[state],
        )
        search = "\x1f".join(search_key(part) for part in (row.name, service, country))
        return Line(row.id, display, sort, search)

    def line_data(self, line: Line, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_CONTRACT:
            state = self._contract_states.get(line.id)
            return None if state is None else tone_colour(state_tone(state))
        return None


class PartyFilterProxyModel(SearchProxyModel):
    """Sorts by SortRole; keeps the parties whose name, service or country hold every word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, COL_NAME)

    def party_id(self, proxy_row: int) -> str:
        value: str = self.row_id(proxy_row)
        return value
