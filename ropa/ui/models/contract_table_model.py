"""The list of processing contracts as a Qt table model: each with its party, where it stands
in words ("In force", "Review due", "Expired"...; expired ones in the error colour, those to
review in the warning colour), its dates, its title or reference and the organisation's side in
a word ("Controller", the whole label in its tooltip); and its searching, sorting proxy. The
party and the state come first: both are in sight in a list beside the form on a small laptop
screen, the longer texts after them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ropa.core.i18n import label, value_label
from ropa.core.reads.contracts import ContractRow
from ropa.ui.models.contract_texts import STATE_ORDER, role_text, state_text, state_tone
from ropa.ui.models.deadline_texts import tone_colour
from ropa.ui.models.table_model import (
    Line,
    RowsTableModel,
    SearchProxyModel,
    format_date,
    natural_key,
    search_key,
)

COL_PARTY = 0
COL_STATE = 1  # beside the party: what needs doing is seen without scrolling
COL_SIGNED = 2
COL_EXPIRES = 3
COL_REVIEW = 4
COL_REFERENCE = 5
COL_ROLE = 6
COLUMN_COUNT = 7

_NO_DATE = "9999"  # a missing date sorts after every date


def header_labels(lang: str) -> tuple[str, ...]:
    """The column titles in the interface language `lang`: the form's labels of the fields,
    and the state."""

    def field(name: str) -> str:
        return label(lang, "contract", name)

    return (
        field("party_id"),
        QCoreApplication.translate("ContractTableModel", "State"),
        field("signed_on"),
        field("expires_on"),
        field("review_on"),
        field("reference"),
        field("our_role"),
    )


class ContractTableModel(RowsTableModel[ContractRow]):
    """Read-only rows of ropa.core.reads.contracts.list_contracts; closed values in the
    interface language; the search text is the party's name and the reference; the tooltips
    are the texts the column may elide, and the side's whole label."""

    column_count = COLUMN_COUNT
    search_column = COL_PARTY

    def header_labels(self) -> tuple[str, ...]:
        return header_labels(self._language)

    def contract_row(self, row: int) -> ContractRow:
        return self.row_at(row)

    def make_line(self, row: ContractRow) -> Line:
        lang = self._language
        reference = (row.reference or "").replace("\n", " ")
        role = role_text(row.our_role)
        state = state_text(row.state)
        display = (
            row.party_name,
            state,
            format_date(row.signed_on),
            format_date(row.expires_on),
            format_date(row.review_on),
            reference,
            role,
        )
        sort = (
            natural_key(row.party_name),
            STATE_ORDER[row.state],
            format_date(row.signed_on) or _NO_DATE,
            format_date(row.expires_on) or _NO_DATE,
            format_date(row.review_on) or _NO_DATE,
            natural_key(reference),
            role.casefold(),
        )
        search = "\x1f".join(search_key(part) for part in (row.party_name, reference))
        # The side in a word in the list; its whole label ("Controller (the party processes
        # data for us)") in the tooltip.
        whole_role = value_label(lang, "contract_role", row.our_role) if row.our_role else ""
        tooltip = (row.party_name, state, None, None, None, reference, whole_role)
        return Line(row.id, display, sort, search, tuple(text or None for text in tooltip))

    def line_data(self, line: Line, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE:
            index = self.row_of(line.id)
            return None if index is None else tone_colour(state_tone(self.row_at(index).state))
        return None


class ContractFilterProxyModel(SearchProxyModel):
    """Sorts by SortRole; keeps the contracts whose party or reference hold every word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, COL_PARTY)
