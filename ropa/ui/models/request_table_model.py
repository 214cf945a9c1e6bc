"""The list of rights requests as a Qt table model: each with its time limit in words ("due in
3 days", "late by 2 days"), the late ones in the error colour, those due within a week in the
warning colour; and its searching, sorting proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ropa.core.deadlines import RequestDeadline, RequestState
from ropa.core.i18n import DEFAULT_LANGUAGE, value_label
from ropa.core.reads.accountability import RequestRow
from ropa.db.enums import RequestDecision
from ropa.ui.models.deadline_texts import deadline_text, deadline_tone, tone_colour
from ropa.ui.models.table_model import (
    Line,
    RowsTableModel,
    SearchProxyModel,
    format_date,
    natural_key,
    natural_key_of_folded,
    search_key,
    search_keys,
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

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        # The texts of closed values and time limits repeat from row to row: each is made once
        # per read (10,000 requests have a few dozen sets of rights, fewer decisions, and a
        # time limit for each due date at most).
        self._rights_texts: dict[tuple[str, ...], tuple[str, str]] = {}
        self._decision_texts: dict[str, str] = {}
        self._deadline_texts: dict[RequestDeadline, str] = {}

    def header_labels(self) -> tuple[str, ...]:
        return header_labels()

    def request_row(self, row: int) -> RequestRow:
        return self.row_at(row)

    def make_lines(self, rows: list[RequestRow]) -> list[Line]:
        # References and people folded at once (see search_keys).
        references = search_keys([row.reference for row in rows])
        people = search_keys([row.requester or "" for row in rows])
        try:
            return [
                self._line(row, reference, person)
                for row, reference, person in zip(rows, references, people, strict=True)
            ]
        finally:  # made again at the next read (the interface's translations may change)
            self._rights_texts, self._decision_texts, self._deadline_texts = {}, {}, {}

    def _rights_text(self, rights: tuple[str, ...]) -> tuple[str, str]:
        """The rights in words, and their sort key."""
        known = self._rights_texts.get(rights)
        if known is None:
            lang = self._language
            text = ", ".join(value_label(lang, "request_right", right) for right in rights)
            known = self._rights_texts[rights] = (text, natural_key(text))
        return known

    def _deadline_text(self, deadline: RequestDeadline) -> str:
        text = self._deadline_texts.get(deadline)
        if text is None:
            text = self._deadline_texts[deadline] = deadline_text(self._language, deadline)
        return text

    def make_line(self, row: RequestRow) -> Line:
        return self._line(row, search_key(row.reference), search_key(row.requester or ""))

    def _line(self, row: RequestRow, reference_key: str, person_key: str) -> Line:
        """The line of a request whose reference and person are folded (search_key)."""
        lang = self._language
        rights, rights_key = self._rights_text(row.rights)
        decision = ""
        if row.decision:
            decision = self._decision_texts.get(row.decision, "")
            if not decision:
                decision = value_label(lang, "request_decision", row.decision)
                self._decision_texts[row.decision] = decision
        person = row.requester or ""
        deadline = row.deadline
        received = format_date(row.received_on)
        display = (
            row.reference,
            self._deadline_text(deadline),
            received,
            person,
            rights,
            decision,
        )
        due = deadline.due.isoformat() if deadline.due else "9999"
        sort = (
            natural_key_of_folded(reference_key),
            f"{_STATE_ORDER[deadline.state]}{due}",
            received or "0000",
            natural_key_of_folded(person_key),
            rights_key,
            _DECISION_ORDER.get(row.decision or "", -1),
        )
        return Line(row.id, display, sort, f"{reference_key}\x1f{person_key}")

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
