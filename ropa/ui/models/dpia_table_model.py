"""The list of impact assessments (DPIAs) as a Qt table model: each with its name, where it
stands in words ("Completed", "Review due" in the warning colour...), the activities it covers
by reference, the highest risk its measures leave ("Severity limited, likelihood limited"; a
high one in the warning colour), its review date and whether the supervisory authority must
still be consulted ("To consult", in the warning colour); and its searching, sorting proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ropa.core.i18n import label
from ropa.core.reads.dpias import DpiaRow
from ropa.ui.models.deadline_texts import Tone, tone_colour
from ropa.ui.models.dpia_texts import (
    STATE_ORDER,
    consultation_text,
    rating_text,
    rating_tone,
    state_text,
    state_tone,
)
from ropa.ui.models.table_model import (
    Line,
    RowsTableModel,
    SearchProxyModel,
    format_date,
    natural_key,
    search_key,
)

COL_NAME = 0
COL_STATE = 1  # beside the name: what needs doing is seen without scrolling
COL_ACTIVITIES = 2
COL_RISK = 3
COL_REVIEW = 4
COL_CONSULTATION = 5
COLUMN_COUNT = 6

_NO_DATE = "9999"  # a missing date sorts after every date


def header_labels(lang: str) -> tuple[str, ...]:
    """The column titles in the interface language `lang`."""

    def field(name: str) -> str:
        return label(lang, "dpia", name)

    return (
        field("name"),
        QCoreApplication.translate("DpiaTableModel", "State"),
        QCoreApplication.translate("DpiaTableModel", "Activities"),
        QCoreApplication.translate("DpiaTableModel", "Highest residual risk"),
        field("review_on"),
        QCoreApplication.translate("DpiaTableModel", "Prior consultation"),
    )


class DpiaTableModel(RowsTableModel[DpiaRow]):
    """Read-only rows of ropa.core.reads.dpias.list_dpias; the search text is the name and the
    references of the activities covered; the tooltips say what a column may elide."""

    column_count = COLUMN_COUNT
    search_column = COL_NAME

    def header_labels(self) -> tuple[str, ...]:
        return header_labels(self._language)

    def dpia_row(self, row: int) -> DpiaRow:
        return self.row_at(row)

    def make_line(self, row: DpiaRow) -> Line:
        lang = self._language
        name = row.name.replace("\n", " ")
        state = state_text(row.state)
        activities = ", ".join(row.activity_references)
        risk = rating_text(lang, row.highest_residual)
        consultation = consultation_text(lang, row.consultation_needed, row.prior_consultation)
        display = (
            name,
            state,
            activities,
            risk,
            format_date(row.review_on),
            consultation,
        )
        rating = row.highest_residual
        sort = (
            natural_key(name),
            STATE_ORDER[row.state],
            natural_key(activities),
            rating.order() if rating is not None and rating.rated else (-1, -1),
            format_date(row.review_on) or _NO_DATE,
            (0 if row.consultation_needed else 1, consultation.casefold()),
        )
        search = "\x1f".join(search_key(part) for part in (name, *row.activity_references))
        consultation_tip = consultation
        if row.consultation_needed:
            consultation_tip = QCoreApplication.translate(
                "DpiaTableModel",
                "The supervisory authority must be consulted before the processing starts "
                "(Art. 36(1)).",
            )
        tooltip = (name, state, activities, risk, None, consultation_tip)
        return Line(row.id, display, sort, search, tuple(text or None for text in tooltip))

    def line_data(self, line: Line, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.ForegroundRole:
            return None
        index = self.row_of(line.id)
        if index is None:
            return None
        row = self.row_at(index)
        if column == COL_STATE:
            return tone_colour(state_tone(row.state))
        if column == COL_RISK:
            return tone_colour(rating_tone(row.highest_residual))
        if column == COL_CONSULTATION and row.consultation_needed:
            return tone_colour(Tone.WARNING)
        return None


class DpiaFilterProxyModel(SearchProxyModel):
    """Sorts by SortRole; keeps the assessments whose name or activities hold every word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, COL_NAME)
