"""The list of rights requests as a Qt table model: each with its time limit in words ("due in
3 days", "late by 2 days"), the late ones in the error colour, those due within a week in the
warning colour; and its searching, sorting proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ropa.core.deadlines import RequestState
from ropa.core.i18n import value_label
from ropa.core.reads.accountability import RequestRow
from ropa.db.enums import RequestDecision
from ropa.ui.models.deadline_texts import deadline_text, deadline_tone, tone_colour
from ropa.ui.models.table_model import (
    Line,
    RowsTableModel,
    SearchProxyModel,
    format_date,
    natural_key,
    search_key,
)

COL_REFERENCE = 0
COL_TIME_LIMIT = 1  # beside the reference: what needs doing is seen without scrolling
COL_RECEIVED = 2
COL_PERSON = 3
COL_RIGHTS = 4
COL_DECISION = 5
COLUMN_COUNT = 6

_DECISION_ORDER = {decision.value: n for n, decision in enumerate(RequestDecision)}
# The most pressing first when sorted by time limit.
_STATE_ORDER = {
    RequestState.LATE: 0,
    RequestState.OPEN: 1,
    RequestState.TO_FORWARD: 2,
    RequestState.NO_DATE: 3,
    RequestState.ANSWERED_LATE: 4,
    RequestState.ANSWERED: 5,
    RequestState.FORWARDED: 6,
}


def header_labels() -> tuple[str, ...]:
    """The column titles in the interface language."""
    return (
        QCoreApplication.translate("RequestTableModel", "Reference"),
        QCoreApplication.translate("RequestTableModel", "Time limit"),
        QCoreApplication.translate("RequestTableModel", "Received on"),
        QCoreApplication.translate("RequestTableModel", "Person"),
        QCoreApplication.translate("RequestTableModel", "Rights"),
        QCoreApplication.translate("RequestTableModel", "Decision"),
    )


class RequestTableModel(RowsTableModel[RequestRow]):
    """Read-only rows of ropa.core.reads.accountability.list_requests; closed values in the
    interface language; the search text is the reference and the person."""

    column_count = COLUMN_COUNT
    search_column = COL_REFERENCE
    tooltip_columns = frozenset({COL_PERSON, COL_RIGHTS, COL_TIME_LIMIT})

    def header_labels(self) -> tuple[str, ...]:
        return header_labels()

    def request_row(self, row: int) -> RequestRow:
        return self.row_at(row)

    def make_line(self, row: RequestRow) -> Line:
        lang = self._language
        rights = ", ".join(value_label(lang, "request_right", right) for right in row.rights)
        decision = value_label(lang, "request_decision", row.decision) if row.decision else ""
        person = row.requester or ""
        deadline = row.deadline
        display = (
            row.reference,
            deadline_text(lang, deadline),
            format_date(row.received_on),
            person,
            rights,
            decision,
        )
        due = deadline.due.isoformat() if deadline.due else "9999"
        sort = (
            natural_key(row.reference),
            f"{_STATE_ORDER[deadline.state]}{due}",
            format_date(row.received_on) or "0000",
            natural_key(person),
            natural_key(rights),
            _DECISION_ORDER.get(row.decision or "", -1),
        )
        search = "\x1f".join(search_key(part) for part in (row.reference, person))
        return Line(row.id, display, sort, search)

    def line_data(self, line: Line, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_TIME_LIMIT:
            index = self.row_of(line.id)
            return (
                None if index is None else tone_colour(deadline_tone(self.row_at(index).deadline))
            )
        return None


class RequestFilterProxyModel(SearchProxyModel):
    """Sorts by SortRole; keeps the requests whose reference or person hold every word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, COL_REFERENCE)
