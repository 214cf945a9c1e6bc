"""The change log as a Qt table model, and the proxy that searches and sorts it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ropa.core.i18n import DEFAULT_LANGUAGE
from ropa.core.reads.history import HistoryPage, HistoryRow
from ropa.ui.models.table_model import (
    IdRole,
    Line,
    RowsTableModel,
    SearchProxyModel,
    natural_key,
    search_key,
)

COL_WHEN = 0
COL_USER = 1
COL_ACTION = 2
COL_ENTITY_TYPE = 3
COL_ENTITY = 4
COL_FIELD = 5
COL_OLD_VALUE = 6
COL_NEW_VALUE = 7
COLUMN_COUNT = 8

EntityRole = IdRole
"""(entity_type, entity_id) of the changed entity, on every column."""
ActivityIdRole = Qt.ItemDataRole.UserRole + 4
"""The id of the activity the change belongs to (itself or its parent), or None."""

DISPLAY_LIMIT = 200
"""Longer values are cut in the cell (the whole text is in the tooltip and the detail pane)."""

_TOOLTIP_COLUMNS = frozenset({COL_ENTITY, COL_OLD_VALUE, COL_NEW_VALUE})
_FIELD_SEPARATOR = "\x1f"


def header_labels() -> tuple[str, ...]:
    """The column titles in the interface language (translated when asked, not at import)."""
    return (
        QCoreApplication.translate("HistoryTableModel", "When"),
        QCoreApplication.translate("HistoryTableModel", "User"),
        QCoreApplication.translate("HistoryTableModel", "Action"),
        QCoreApplication.translate("HistoryTableModel", "Type"),
        QCoreApplication.translate("HistoryTableModel", "Entry"),
        QCoreApplication.translate("HistoryTableModel", "Field"),
        QCoreApplication.translate("HistoryTableModel", "Old value"),
        QCoreApplication.translate("HistoryTableModel", "New value"),
    )


def short_text(value: str | None) -> str:
    """A value on one line (the lines of a long value joined by " · "), cut at DISPLAY_LIMIT
    characters."""
    # Runs of ordinary white space become one space; no-break spaces (French "Durée : …") stay.
    lines = (re.sub(r"[ \t\f\v]+", " ", line).strip(" ") for line in (value or "").splitlines())
    text = " \u00b7 ".join(line for line in lines if line)
    return text if len(text) <= DISPLAY_LIMIT else text[: DISPLAY_LIMIT - 1] + "…"


@dataclass(frozen=True)
class _Line(Line):
    """A change's line; its id is (entity_type, entity_id)."""

    activity_id: str | None = None


class HistoryTableModel(RowsTableModel[HistoryRow]):
    """Read-only changes of a HistoryPage in words (ropa.core.reads.history), newest first, in
    the interface's language (the log is shown to the person using the application); sorted by
    time then log order, natural text; searched in the entry, the field and the values
    (SearchRole on COL_WHEN). A long value is cut in its cell: `row_at` has it whole.
    """

    column_count = COLUMN_COUNT
    search_column = COL_WHEN

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(language, parent)

    def header_labels(self) -> tuple[str, ...]:
        return header_labels()

    def set_page(self, page: HistoryPage) -> None:
        """Show the changes of a page, in words in the model's language (the model resets)."""
        self.set_rows(page.rows(self._language))

    def entry(self, row: int) -> HistoryRow:
        return self.row_at(row)

    def make_lines(self, rows: list[HistoryRow]) -> list[Line]:
        count = len(rows)
        return [self._line(n, count, row) for n, row in enumerate(rows)]

    def _line(self, position: int, count: int, row: HistoryRow) -> _Line:
        display = (
            row.when,
            row.user,
            row.action_text,
            row.kind,
            short_text(row.entity),
            row.field,
            short_text(row.old),
            short_text(row.new),
        )
        tooltip = tuple(
            (text if text != display[column] else None) if column in _TOOLTIP_COLUMNS else None
            for column, text in enumerate(("", "", "", "", row.entity, "", row.old, row.new))
        )
        # Rows arrive newest first: among equal times, the later in the log sorts later.
        order = f"{row.at.isoformat()}|{count - position:010d}"
        sort = (
            order,
            natural_key(row.user),
            natural_key(row.action_text),
            natural_key(row.kind),
            natural_key(row.entity),
            natural_key(row.field),
            natural_key(row.old),
            natural_key(row.new),
        )
        search = _FIELD_SEPARATOR.join(
            search_key(part) for part in (row.entity, row.field, row.old, row.new, row.user)
        )
        return _Line(
            (row.entity_type, row.entity_id), display, sort, search, tooltip, row.activity_id
        )

    def line_data(self, line: Line, column: int, role: int) -> Any:
        if role == ActivityIdRole and isinstance(line, _Line):
            return line.activity_id
        return None


class HistoryFilterProxyModel(SearchProxyModel):
    """Sorts by SortRole and keeps the changes whose entry, field, values or user hold every
    word of the search text (case and accents ignored, words in any order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, COL_WHEN)

    def activity_id(self, proxy_row: int) -> str | None:
        value: str | None = self.row_id(proxy_row, ActivityIdRole)
        return value
