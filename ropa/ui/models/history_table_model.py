"""The change log as a Qt table model, and the proxy that searches and sorts it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)

from ropa.core.i18n import DEFAULT_LANGUAGE, label, normalise_language, tr, value_label
from ropa.core.queries import HistoryEntry
from ropa.ui.models.activity_table_model import format_timestamp, natural_key, search_key

COL_WHEN = 0
COL_USER = 1
COL_ACTION = 2
COL_ENTITY_TYPE = 3
COL_ENTITY = 4
COL_FIELD = 5
COL_OLD_VALUE = 6
COL_NEW_VALUE = 7
COLUMN_COUNT = 8

EntityRole = Qt.ItemDataRole.UserRole + 1
"""(entity_type, entity_id) of the changed entity, on every column."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""A value that sorts the column as a person expects (time then log order, natural text)."""
SearchRole = Qt.ItemDataRole.UserRole + 3
"""Entity label, field and values, folded for searching (see search_key); on COL_WHEN."""
ActivityIdRole = Qt.ItemDataRole.UserRole + 4
"""The id of the activity the change belongs to (itself or its parent), or None."""

DISPLAY_LIMIT = 200
"""Longer values are cut in the cell (the whole text is in the tooltip)."""

_TOOLTIP_COLUMNS = frozenset({COL_ENTITY, COL_OLD_VALUE, COL_NEW_VALUE})
_FIELD_SEPARATOR = "\x1f"

_Index = QModelIndex | QPersistentModelIndex


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
class _Line:
    """What the view needs of one change, computed once when the rows are set."""

    entity: tuple[str, str]
    activity_id: str | None
    display: tuple[str, ...]
    tooltip: tuple[str | None, ...]
    sort: tuple[str, ...]
    search: str


class HistoryTableModel(QAbstractTableModel):
    """Read-only rows of ropa.core.queries.history (newest first), labelled in a language.

    The language is the interface's: the log is shown to the person using the application.
    """

    # No rows until set_rows(), also for a view that asks while Qt tears a window down: a
    # window replaced by Preferences is deleted later, and its views may query the model after
    # PySide has released the model's instance attributes (seen in CI as AttributeError).
    _lines: Sequence[_Line] = ()

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = normalise_language(language)
        self._entries: list[HistoryEntry] = []
        self._activities: dict[str, str] = {}
        self._lines = []

    @property
    def language(self) -> str:
        return self._language

    def set_rows(
        self, entries: Sequence[HistoryEntry], activities: Mapping[str, str] | None = None
    ) -> None:
        """Replace every row. `activities` maps an entity id to the id of its activity (an
        activity to itself, a purpose to its activity...) for the entities that still exist."""
        self.beginResetModel()
        self._entries = list(entries)
        self._activities = dict(activities or {})
        count = len(self._entries)
        self._lines = [self._line(n, count, e) for n, e in enumerate(self._entries)]
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry:
        return self._entries[row]

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
            (entry.entity_type, entry.entity_id), activity_id, display, tooltip, sort, search
        )

    # -- Qt overrides ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return line.display[column]
        if role == SortRole:
            return line.sort[column]
        if role == EntityRole:
            return line.entity
        if role == ActivityIdRole:
            return line.activity_id
        if role == SearchRole:
            return line.search if column == COL_WHEN else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.tooltip[column]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return header_labels()[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class HistoryFilterProxyModel(QSortFilterProxyModel):
    """Sorts by SortRole and keeps the changes whose entry label, field or values hold every
    word of the search text (case and accents ignored, words in any order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterRole(SearchRole)
        self.setFilterKeyColumn(COL_WHEN)

    def set_search_text(self, text: str) -> None:
        words = search_key(text).split()
        pattern = "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in words)
        self.setFilterRegularExpression(
            QRegularExpression(
                f"^{pattern}" if pattern else "",
                QRegularExpression.PatternOption.DotMatchesEverythingOption,
            )
        )

    def activity_id(self, proxy_row: int) -> str | None:
        value: str | None = self.index(proxy_row, COL_WHEN).data(ActivityIdRole)
        return value
