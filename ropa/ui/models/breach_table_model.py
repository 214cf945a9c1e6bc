"""The list of personal data breaches as a Qt table model: each with its notification state in
words ("31 h left" in the warning colour, overdue in the error colour, notified, not
required); and its searching, sorting proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ropa.core.deadlines import BreachState
from ropa.core.i18n import value_label
from ropa.core.reads.accountability import BreachRow
from ropa.db.enums import BreachNature, BreachRisk
from ropa.ui.models.deadline_texts import clock_text, clock_tone, tone_colour
from ropa.ui.models.table_model import (
    Line,
    RowsTableModel,
    SearchProxyModel,
    format_timestamp,
    natural_key,
    search_key,
)

COL_NAME = 0
COL_NOTIFICATION = 1  # beside the name: what needs doing is seen without scrolling
COL_DISCOVERED = 2
COL_NATURE = 3
COL_RISK = 4
COLUMN_COUNT = 5

_NATURE_ORDER = {nature.value: n for n, nature in enumerate(BreachNature)}
_RISK_ORDER = {risk.value: n for n, risk in enumerate(BreachRisk)}
# The most pressing first when sorted by notification.
_STATE_ORDER = {
    BreachState.OVERDUE: 0,
    BreachState.DECISION_OPEN: 1,
    BreachState.NO_DATE: 2,
    BreachState.NOTIFIED_LATE: 3,
    BreachState.NOTIFIED: 4,
    BreachState.NOT_REQUIRED: 5,
}


def header_labels() -> tuple[str, ...]:
    """The column titles in the interface language."""
    return (
        QCoreApplication.translate("BreachTableModel", "Name"),
        QCoreApplication.translate("BreachTableModel", "Notification"),
        QCoreApplication.translate("BreachTableModel", "Discovered"),
        QCoreApplication.translate("BreachTableModel", "Nature"),
        QCoreApplication.translate("BreachTableModel", "Risk"),
    )


class BreachTableModel(RowsTableModel[BreachRow]):
    """Read-only rows of ropa.core.reads.accountability.list_breaches; closed values in the
    interface language; discovery in the computer's local time; the search text is the
    name."""

    column_count = COLUMN_COUNT
    search_column = COL_NAME
    tooltip_columns = frozenset({COL_NAME, COL_NATURE, COL_NOTIFICATION})

    def header_labels(self) -> tuple[str, ...]:
        return header_labels()

    def breach_row(self, row: int) -> BreachRow:
        return self.row_at(row)

    def make_line(self, row: BreachRow) -> Line:
        lang = self._language
        natures = sorted(row.natures, key=lambda nature: _NATURE_ORDER.get(nature, 99))
        nature = ", ".join(value_label(lang, "breach_nature", n) for n in natures)
        risk = value_label(lang, "breach_risk", row.risk) if row.risk else ""
        discovered = format_timestamp(row.discovered_at) if row.discovered_at else ""
        clock = row.clock
        display = (row.name, clock_text(lang, clock), discovered, nature, risk)
        deadline = clock.deadline.isoformat() if clock.deadline else "9999"
        sort = (
            natural_key(row.name),
            f"{_STATE_ORDER[clock.state]}{deadline}",
            row.discovered_at.isoformat() if row.discovered_at else "0000",
            natural_key(nature),
            _RISK_ORDER.get(row.risk or "", -1),
        )
        return Line(row.id, display, sort, search_key(row.name))

    def line_data(self, line: Line, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_NOTIFICATION:
            index = self.row_of(line.id)
            return None if index is None else tone_colour(clock_tone(self.row_at(index).clock))
        return None


class BreachFilterProxyModel(SearchProxyModel):
    """Sorts by SortRole; keeps the breaches whose name holds every word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, COL_NAME)
