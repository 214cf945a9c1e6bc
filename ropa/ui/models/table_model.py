"""The base of the list pages' table models (read-only rows, one precomputed line per row) and
of their searching, sorting proxy; the text keys they sort and search on."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)

from ropa.core.i18n import DEFAULT_LANGUAGE, normalise_language

IdRole = Qt.ItemDataRole.UserRole + 1
"""The row's id, on every column."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""A value that sorts the column as a person expects (natural text order, dates, enum order)."""
SearchRole = Qt.ItemDataRole.UserRole + 3
"""Everything the search looks in, folded (see search_key); on the model's search column."""

Index = QModelIndex | QPersistentModelIndex

_DIGITS = re.compile(r"\d+")
# The combining marks NFKD splits off accented letters ("é" -> "e" + U+0301).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_ROW_SEPARATOR = "\x1e"

RowT = TypeVar("RowT")


# -- text keys ---------------------------------------------------------------------------------


def search_key(text: str) -> str:
    """Text folded for searching: case and accents ignored ("Employés" -> "employes")."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _COMBINING.sub("", unicodedata.normalize("NFKD", folded))


def search_keys(texts: Sequence[str]) -> list[str]:
    """search_key of many texts at once: one fold of the joined texts (C speed), then split."""
    keys = search_key(_ROW_SEPARATOR.join(texts)).split(_ROW_SEPARATOR)
    if len(keys) != len(texts):  # a text held the separator itself
        keys = [search_key(text) for text in texts]
    return keys if texts else []


def natural_key(text: str) -> str:
    """Folded text whose numbers sort by value ("T-2" before "T-10")."""
    return _DIGITS.sub(lambda m: m.group().zfill(12), search_key(text))


def format_date(value: date | None) -> str:
    # ISO dates: unambiguous in the register's three languages, and what the exports write.
    return value.isoformat() if value is not None else ""


def format_timestamp(value: datetime) -> str:
    """A stored UTC timestamp in the computer's local time, to the minute."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


# -- models ------------------------------------------------------------------------------------


class ReadOnlyTableModel(QAbstractTableModel):
    """A flat, read-only, selectable table of `column_count` columns titled by
    `header_labels()`; subclasses give rowCount and data."""

    column_count = 0

    def header_labels(self) -> tuple[str, ...]:
        """The column titles in the interface language (translated when asked)."""
        raise NotImplementedError

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.column_count
        ):
            return self.header_labels()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


@dataclass(frozen=True)
class Line:
    """What the view needs of one row, computed once when the rows are set."""

    id: Any
    display: tuple[str, ...]
    sort: tuple[Any, ...]
    search: str
    tooltip: tuple[str | None, ...] = ()  # per column; () to use `tooltip_columns`


class RowsTableModel(ReadOnlyTableModel, Generic[RowT]):
    """Read-only rows of plain values, each shown through the Line that `make_line` makes of
    it: display texts, sort keys (SortRole), search text (SearchRole, on `search_column`) and
    the row's id (IdRole). `set_rows` replaces every row (the model resets)."""

    search_column = 0
    tooltip_columns: frozenset[int] = frozenset()
    """Columns whose text is also their tooltip (where the view elides it)."""

    # No rows until set_rows(), also for a view that asks while Qt tears a window down: a
    # window replaced by Preferences is deleted later, and its views may query the model after
    # PySide has released the model's instance attributes (seen in CI as AttributeError).
    _lines: Sequence[Line] = ()

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = normalise_language(language)
        self._rows: list[RowT] = []
        self._lines = []
        self._row_of: dict[Any, int] = {}

    @property
    def language(self) -> str:
        return self._language

    def make_lines(self, rows: list[RowT]) -> list[Line]:
        """The lines of these rows, in their order."""
        return [self.make_line(row) for row in rows]

    def make_line(self, row: RowT) -> Line:
        raise NotImplementedError

    def set_rows(self, rows: Iterable[RowT]) -> None:
        """Replace every row (the model resets)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._lines = self.make_lines(self._rows)
        self._row_of = {}
        for n, line in enumerate(self._lines):
            self._row_of.setdefault(line.id, n)
        self.endResetModel()

    def row_at(self, row: int) -> RowT:
        """The plain row shown on a row of the model."""
        return self._rows[row]

    def row_of(self, row_id: Any) -> int | None:
        """The model row of this id, or None."""
        return self._row_of.get(row_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return line.display[column]
        if role == SortRole:
            return line.sort[column]
        if role == IdRole:
            return line.id
        if role == SearchRole:
            return line.search if column == self.search_column else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.tooltip:
                return line.tooltip[column]
            return (line.display[column] or None) if column in self.tooltip_columns else None
        return self.line_data(line, column, role)

    def line_data(self, line: Line, column: int, role: int) -> Any:
        """The data of another role (None: none)."""
        return None


class SearchProxyModel(QSortFilterProxyModel):
    """Sorts by SortRole and keeps the rows whose SearchRole (on `key_column`) holds every word
    of the search text (case and accents ignored, words in any order), in Qt's C++ code (a
    regular expression)."""

    def __init__(self, parent: QObject | None = None, key_column: int = 0) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterRole(SearchRole)
        self.setFilterKeyColumn(key_column)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search_text(self, text: str) -> None:
        words = search_key(text).split()
        # One look-ahead per word: all words, anywhere, in any order.
        pattern = "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in words)
        self.setFilterRegularExpression(
            QRegularExpression(
                f"^{pattern}" if pattern else "",
                QRegularExpression.PatternOption.DotMatchesEverythingOption,
            )
        )

    def row_id(self, proxy_row: int, role: int = IdRole) -> Any:
        """The id (or another role's value) of a row shown by the proxy."""
        return self.index(proxy_row, self.filterKeyColumn()).data(role)
