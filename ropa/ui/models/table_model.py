"""The base of the list pages' table models (read-only rows, one precomputed line per row) and
of their searching proxy; the text keys they sort and search on.

The rows sort themselves: a QSortFilterProxyModel that sorts calls the Python model's `data()`
for every comparison (n log n calls: seconds for 10,000 rows). A RowsTableModel keeps each
row's sort keys in its Line (computed once, when the rows are set) and sorts with one
`sorted()` call, stable as the proxy's sort was (equal keys keep the order shown before: the
previous sort's, or the order the rows were read in after they are set); the proxy only
searches, and hands `sort` to it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
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
    return natural_key_of_folded(search_key(text))


def _zero_filled(match: re.Match[str]) -> str:
    return match.group().zfill(12)


def natural_key_of_folded(folded: str) -> str:
    """natural_key of a text already folded by search_key (search_keys folds many at once)."""
    return _DIGITS.sub(_zero_filled, folded)


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
    the row's id (IdRole). `set_rows` replaces every row (the model resets); `sort` orders
    them by a column's sort keys (the persistent indexes, the view's selection and current
    row, move with their rows), and the rows set later keep that order."""

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
        # The rows and their lines as set (the read's order), and shown (sorted).
        self._set_rows: list[RowT] = []
        self._set_lines: list[Line] = []
        self._rows: list[RowT] = []
        self._lines = []
        self._positions: list[int] = []  # of each row shown, its position in the rows set
        self._row_of: dict[Any, int] = {}
        self._sort_column = -1  # -1: the order the rows were set in
        self._sort_order = Qt.SortOrder.AscendingOrder

    @property
    def language(self) -> str:
        return self._language

    def make_lines(self, rows: list[RowT]) -> list[Line]:
        """The lines of these rows, in their order."""
        return [self.make_line(row) for row in rows]

    def make_line(self, row: RowT) -> Line:
        raise NotImplementedError

    def set_rows(self, rows: Iterable[RowT]) -> None:
        """Replace every row (the model resets); they are shown in the model's sort order."""
        self.beginResetModel()
        self._set_rows = list(rows)
        self._set_lines = self.make_lines(self._set_rows)
        self._arrange(self._sorted_positions(list(range(len(self._set_lines)))))
        self.endResetModel()

    def _arrange(self, positions: list[int]) -> None:
        """Show the rows set at these positions, in this order."""
        rows, lines = self._set_rows, self._set_lines
        self._positions = positions
        self._rows = [rows[p] for p in positions]
        self._lines = [lines[p] for p in positions]
        row_of: dict[Any, int] = {}
        for n, line in enumerate(self._lines):
            row_of.setdefault(line.id, n)
        self._row_of = row_of

    def _sorted_positions(self, positions: list[int]) -> list[int]:
        """These positions of rows set in the sort order (stable, descending too: equal keys
        keep their order in `positions`)."""
        column = self._sort_column
        if not 0 <= column < self.column_count or not positions:
            return positions
        keys = [line.sort[column] for line in self._set_lines]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        try:
            return sorted(positions, key=keys.__getitem__, reverse=descending)
        except TypeError:  # keys of different types in one column: grouped by type
            typed: list[tuple[str, Any]] = [(type(k).__name__, k) for k in keys]
            key: Callable[[int], Any] = typed.__getitem__
            try:
                return sorted(positions, key=key, reverse=descending)
            except TypeError:
                text = [(name, str(k)) for name, k in typed]
                return sorted(positions, key=text.__getitem__, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt override: show the rows sorted by a column's sort keys, equal ones in the order
        shown before (-1: in the order they were set in); the persistent indexes move with
        their rows."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._positions[index.row()] for index in persistent]
        if 0 <= column < self.column_count:
            self._arrange(self._sorted_positions(self._positions))
        else:  # the order the rows were set in
            self._arrange(list(range(len(self._set_lines))))
        if persistent:
            row_of_position = {position: n for n, position in enumerate(self._positions)}
            moved = [
                self.index(row_of_position[position], index.column())
                for index, position in zip(persistent, held, strict=True)
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        """The column the rows are sorted by (-1: none)."""
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

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
    """Keeps the rows whose SearchRole (on `key_column`) holds every word of the search text
    (case and accents ignored, words in any order), in Qt's C++ code (a regular expression).
    Over a RowsTableModel, `sort` is the model's (its rows sort themselves, see the module's
    docstring) and the proxy keeps its order; over another model it sorts by SortRole."""

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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt override (the view calls it when a column header is clicked)."""
        source = self.sourceModel()
        if isinstance(source, RowsTableModel):
            source.sort(column, order)  # the proxy's own sort column stays -1: no Python calls
        else:
            super().sort(column, order)

    def row_id(self, proxy_row: int, role: int = IdRole) -> Any:
        """The id (or another role's value) of a row shown by the proxy."""
        return self.index(proxy_row, self.filterKeyColumn()).data(role)
