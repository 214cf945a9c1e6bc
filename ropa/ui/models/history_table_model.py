"""The change log as a Qt table model, and the proxy that searches and sorts it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ropa.core.i18n import DEFAULT_LANGUAGE, label, tr, value_label
from ropa.core.queries import HistoryEntry
from ropa.ui.models.table_model import (
    IdRole,
    Line,
    RowsTableModel,
    SearchProxyModel,
    format_timestamp,
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
"""Longer values are cut in the cell (the whole text is in the tooltip)."""

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
    """A value on one line, cut at DISPLAY_LIMIT characters."""
    text = " ".join((value or "").split())
    return text if len(text) <= DISPLAY_LIMIT else text[: DISPLAY_LIMIT - 1] + "…"


@dataclass(frozen=True)
class _Line(Line):
    """A change's line; its id is (entity_type, entity_id)."""

    activity_id: str | None = None


class HistoryTableModel(RowsTableModel[HistoryEntry]):
    """Read-only rows of ropa.core.queries.history (newest first), labelled in a language;
    sorted by time then log order, natural text; searched in the entry label, the field and
    the values (SearchRole on COL_WHEN).

    The language is the interface's: the log is shown to the person using the application.
    """

    column_count = COLUMN_COUNT
    search_column = COL_WHEN

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self._activities: dict[str, str] = {}

    def header_labels(self) -> tuple[str, ...]:
        return header_labels()

    def set_rows(
        self, rows: Iterable[HistoryEntry], activities: Mapping[str, str] | None = None
    ) -> None:
        """Replace every row. `activities` maps an entity id to the id of its activity (an
        activity to itself, a purpose to its activity...) for the entities that still exist."""
        self._activities = dict(activities or {})
        super().set_rows(rows)

    def entry(self, row: int) -> HistoryEntry:
        return self.row_at(row)

    def make_lines(self, rows: list[HistoryEntry]) -> list[Line]:
        count = len(rows)
        return [self._line(n, count, entry) for n, entry in enumerate(rows)]

    def _line(self, position: int, count: int, entry: HistoryEntry) -> _Line:
        lang = self._language
        action = value_label(lang, "change_action", entry.action.value)
        kind = tr(lang, f"table.{entry.entity_type}")
        field = label(lang, entry.entity_type, entry.field) if entry.field else ""
        entity = entry.entity_label or ""
        old, new = entry.old_value or "", entry.new_value or ""
        display = (
            format_timestamp(entry.at),
            entry.user,
            action,
            kind,
            short_text(entity),
            field,
            short_text(old),
            short_text(new),
        )
        tooltip = tuple(
            (text or None) if column in _TOOLTIP_COLUMNS else None
            for column, text in enumerate(
                ("", "", "", "", entity, "", old, new),
            )
        )
        # Rows arrive newest first: among equal times, the later in the log sorts later.
        order = f"{entry.at.isoformat()}|{count - position:010d}"
        sort = (
            order,
            natural_key(entry.user),
            natural_key(action),
            natural_key(kind),
            natural_key(entity),
            natural_key(field),
            natural_key(old),
            natural_key(new),
        )
        search = _FIELD_SEPARATOR.join(search_key(part) for part in (entity, field, old, new))
        activity_id = self._activities.get(entry.entity_id)
        return _Line(
            (entry.entity_type, entry.entity_id), display, sort, search, tooltip, activity_id
        )

    def line_data(self, line: Line, column: int, role: int) -> Any:
        if role == ActivityIdRole and isinstance(line, _Line):
            return line.activity_id
        return None


class HistoryFilterProxyModel(SearchProxyModel):
    """Sorts by SortRole and keeps the changes whose entry label, field or values hold every
    word of the search text (case and accents ignored, words in any order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, COL_WHEN)

    def activity_id(self, proxy_row: int) -> str | None:
        value: str | None = self.row_id(proxy_row, ActivityIdRole)
        return value
