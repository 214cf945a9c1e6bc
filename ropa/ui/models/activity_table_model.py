"""The activity list as a Qt table model, and the proxy that searches and sorts it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
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

from ropa.core.i18n import DEFAULT_LANGUAGE, normalise_language, value_label
from ropa.core.queries import ActivityRow
from ropa.db.enums import Role, Status

COL_REFERENCE = 0
COL_NAME = 1
COL_ROLE = 2
COL_STATUS = 3
COL_OWNER = 4
COL_NEXT_REVIEW = 5
COL_UPDATED = 6
COLUMN_COUNT = 7

ActivityIdRole = Qt.ItemDataRole.UserRole + 1
"""The activity's id (str), on every column."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""A value that sorts the column as a person expects (natural text order, dates, enum order)."""
SearchRole = Qt.ItemDataRole.UserRole + 3
"""Reference, name and owner, folded for searching (see search_key); on COL_REFERENCE."""

_TOOLTIP_COLUMNS = frozenset({COL_NAME, COL_ROLE, COL_OWNER})
_ROLE_ORDER = {role: n for n, role in enumerate(Role)}
_STATUS_ORDER = {status: n for n, status in enumerate(Status)}
_DIGITS = re.compile(r"\d+")
_FIELD_SEPARATOR = "\x1f"

_Index = QModelIndex | QPersistentModelIndex


def search_key(text: str) -> str:
    """Text folded for searching: case and accents ignored ("Employés" -> "employes")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def natural_key(text: str) -> str:
    """Folded text whose numbers sort by value ("T-2" before "T-10")."""
    return _DIGITS.sub(lambda m: m.group().zfill(12), search_key(text))


def format_date(value: date | None) -> str:
    # ISO dates: unambiguous in the register's three languages, and what the exports write.
    return value.isoformat() if value is not None else ""


def format_timestamp(value: datetime) -> str:
    """A stored UTC timestamp in the computer's local time, to the minute."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def header_labels() -> tuple[str, ...]:
    """The column titles in the interface language (translated when asked, not at import)."""
    return (
        QCoreApplication.translate("ActivityTableModel", "Reference"),
        QCoreApplication.translate("ActivityTableModel", "Name"),
        QCoreApplication.translate("ActivityTableModel", "Role"),
        QCoreApplication.translate("ActivityTableModel", "Status"),
        QCoreApplication.translate("ActivityTableModel", "Owner"),
        QCoreApplication.translate("ActivityTableModel", "Next review"),
        QCoreApplication.translate("ActivityTableModel", "Updated"),
    )


@dataclass(frozen=True)
class _Line:
    """What the view needs of one activity, computed once when the rows are set."""

    id: str
    display: tuple[str, ...]
    sort: tuple[Any, ...]
    search: str


class ActivityTableModel(QAbstractTableModel):
    """Read-only rows of ropa.core.queries.list_activities; role and status in a given language.

    The language is the register's (the language of its documents), not the interface's.
    """

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = normalise_language(language)
        self._rows: list[ActivityRow] = []
        self._lines: list[_Line] = []

    # -- content ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        """Show role and status labels in another language."""
        language = normalise_language(language)
        if language == self._language:
            return
        self._language = language
        self.set_rows(self._rows)

    def set_rows(self, rows: list[ActivityRow]) -> None:
        """Replace every row (the model resets; views and proxies start afresh)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._lines = [self._line(row) for row in self._rows]
        self.endResetModel()

    def activity_row(self, row: int) -> ActivityRow:
        return self._rows[row]

    def activity_id(self, row: int) -> str:
        return self._lines[row].id

    def row_of(self, activity_id: str) -> int | None:
        """The row showing an activity, or None."""
        for n, line in enumerate(self._lines):
            if line.id == activity_id:
                return n
        return None

    def _line(self, row: ActivityRow) -> _Line:
        lang = self._language
        owner = row.owner or ""
        display = (
            row.reference,
            row.name,
            value_label(lang, "role", row.role.value),
            value_label(lang, "status", row.status.value),
            owner,
            format_date(row.next_review),
            format_timestamp(row.updated_at),
        )
        sort = (
            natural_key(row.reference),
            natural_key(row.name),
            _ROLE_ORDER.get(row.role, len(_ROLE_ORDER)),
            _STATUS_ORDER.get(row.status, len(_STATUS_ORDER)),
            natural_key(owner),
            format_date(row.next_review),
            row.updated_at.isoformat(),
        )
        search = _FIELD_SEPARATOR.join(
            search_key(part) for part in (row.reference, row.name, owner)
        )
        return _Line(row.id, display, sort, search)

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
        if role == ActivityIdRole:
            return line.id
        if role == SearchRole:
            return line.search if column == COL_REFERENCE else None
        if role == Qt.ItemDataRole.ToolTipRole and column in _TOOLTIP_COLUMNS:
            return line.display[column] or None  # the whole text, where the view elides it
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


class ActivityFilterProxyModel(QSortFilterProxyModel):
    """Sorts by SortRole and keeps the rows whose reference, name or owner hold every word
    of the search text (case and accents ignored, words in any order).

    Filtering and sorting run in Qt's C++ code (a regular expression on SearchRole), so they
    stay fast on a large register.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search_text = ""
        self.setSortRole(SortRole)
        self.setFilterRole(SearchRole)
        self.setFilterKeyColumn(COL_REFERENCE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def search_text(self) -> str:
        return self._search_text

    def set_search_text(self, text: str) -> None:
        self._search_text = text
        words = search_key(text).split()
        # One look-ahead per word: all words, anywhere, in any order.
        pattern = "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in words)
        self.setFilterRegularExpression(
            QRegularExpression(
                f"^{pattern}" if pattern else "",
                QRegularExpression.PatternOption.DotMatchesEverythingOption,
            )
        )

    def activity_id(self, proxy_row: int) -> str:
        value: str = self.index(proxy_row, COL_REFERENCE).data(ActivityIdRole)
        return value
