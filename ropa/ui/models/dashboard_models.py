"""The dashboard's long lists as Qt models: the findings per severity (a two-level tree, those
that block publishing the privacy notice marked) and the rows of text of the completeness and
reviews tables.

Models, not item widgets, so that a refresh after an edit costs the rows on screen rather than
one item per cell (about 7,000 at 1,000 activities), and costs nothing when the rows are the
same as before (the view keeps its selection and scroll position)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon

from ropa.core.checks.model import Finding, Severity
from ropa.ui.icons import icon

ACTIVITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's activity id (str)."""
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2
"""A findings group's severity value ("error", "warning", "advice")."""

# Columns of the findings tree: the finding, its article, whether it blocks the notice.
COL_FINDING, COL_FINDING_ARTICLE, COL_FINDING_BLOCKS = range(3)

ModelIndex = QModelIndex | QPersistentModelIndex
K = TypeVar("K")
V = TypeVar("V")


class SameObjects(Generic[K, V]):
    """Values computed from objects, kept for as long as the very same objects come back: the
    checks hand back the same Finding and completeness objects for the activities a refresh did
    not read again, so their rows are not formatted again."""

    def __init__(self, compute: Callable[[K], V]) -> None:
        self._compute = compute
        self._entries: dict[int, tuple[K, V]] = {}

    def all(self, objects: Sequence[K]) -> list[V]:
        """compute(each object), reusing the values of the objects given last time."""
        previous, self._entries = self._entries, {}
        values: list[V] = []
        for obj in objects:
            entry = previous.get(id(obj))
            value = entry[1] if entry is not None and entry[0] is obj else self._compute(obj)
            self._entries[id(obj)] = (obj, value)
            values.append(value)
        return values


class SameKeys(Generic[K, V]):
    """Values computed from objects, kept for as long as objects of the same key come back:
    the privacy notice's gaps are found anew after each change, mostly equal to the last
    ones, so their rows are not formatted again."""

    def __init__(self, compute: Callable[[K], V], key: Callable[[K], Hashable]) -> None:
        self._compute = compute
        self._key = key
        self._entries: dict[Hashable, V] = {}

    def all(self, objects: Sequence[K]) -> list[V]:
        """compute(each object), reusing the values of the keys given last time."""
        previous, self._entries = self._entries, {}
        values: list[V] = []
        for obj in objects:
            key = self._key(obj)
            value = self._entries.get(key)
            if value is None:
                value = previous.get(key)
            if value is None:
                value = self._compute(obj)
            self._entries[key] = value
            values.append(value)
        return values


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class TextRow:
    """A table row: its cells' texts, its activity, and the cells' tooltips ("" for none)."""

    cells: tuple[str, ...]
    activity_id: str
    tips: tuple[str, ...] = ()


class TextRowsModel(QAbstractTableModel):
    """Rows of plain text, each about one activity; read only."""

    def __init__(
        self,
        headers: Sequence[str],
        number_columns: Sequence[int] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._numbers = frozenset(number_columns)
        self._rows: list[TextRow] = []

    def set_rows(self, rows: list[TextRow]) -> bool:
        """Show these rows; False (and nothing redrawn) when they are the ones shown."""
        if rows == self._rows:
            return False
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        return True

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tips[column] or None if column < len(row.tips) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._numbers:
            return RIGHT
        if role == ACTIVITY_ID_ROLE:
            return row.activity_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


@dataclass(frozen=True)
class FindingRow:
    """A finding as shown: its text, its article and its tooltip (the whole text, then how to
    fix it)."""

    finding: Finding
    text: str
    article: str
    tooltip: str


@dataclass(frozen=True)
class FindingGroup:
    severity: Severity
    title: str
    rows: tuple[FindingRow, ...]


# internalId of an index: 0 for a group row, the group's row + 1 for a finding under it.
_GROUP = 0


class FindingsModel(QAbstractItemModel):
    """The findings under one group row per severity; three columns: finding, article, and
    `blocks_text` with the warning icon (as the notice page marks its blocking gaps) for a
    finding that blocks publishing the privacy notice, `blocks_tip` its tooltip."""

    def __init__(
        self,
        headers: Sequence[str],
        parent: QObject | None = None,
        *,
        blocks_text: str = "",
        blocks_tip: str = "",
        blocks_header_tip: str = "",
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._groups: list[FindingGroup] = []
        self._blocks_text = blocks_text
        self._blocks_tip = blocks_tip
        self._blocks_header_tip = blocks_header_tip
        self._blocks_icon: QIcon | None = None  # drawn once per palette (see palette_changed)

    def set_groups(self, groups: list[FindingGroup]) -> bool:
        """Show these groups; False (and nothing redrawn) when they are the ones shown."""
        if groups == self._groups:
            return False
        self.beginResetModel()
        self._groups = groups
        self.endResetModel()
        return True

    def palette_changed(self) -> None:
        """Draw the icon again in the new palette's colours (e.g. the system turned dark)."""
        self._blocks_icon = None

    def groups(self) -> list[FindingGroup]:
        return list(self._groups)

    def group_index(self, severity: Severity) -> QModelIndex:
        for row, group in enumerate(self._groups):
            if group.severity == severity:
                return self.index(row, 0)
        return QModelIndex()

    def finding_row(self, index: ModelIndex) -> FindingRow | None:
        """The finding shown at index (None on a group row)."""
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1].rows[index.row()]

    # -- QAbstractItemModel --------------------------------------------------------------------

    def index(
        self,
        row: int,
        column: int,
        parent: ModelIndex = QModelIndex(),  # noqa: B008 - Qt override
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: ModelIndex | None = None) -> Any:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() == _GROUP:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return group.title
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == SEVERITY_ROLE:
                return group.severity.value
            return None
        row = self._groups[index.internalId() - 1].rows[index.row()]
        if column == COL_FINDING_BLOCKS:
            if not row.finding.blocks_publication:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._blocks_text
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._blocks_tip
            if role == Qt.ItemDataRole.DecorationRole:
                if self._blocks_icon is None:
                    self._blocks_icon = icon("warning")
                return self._blocks_icon
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text if column == COL_FINDING else row.article
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip if column == COL_FINDING else row.article
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_FINDING_BLOCKS:
            return self._blocks_header_tip or None
        return None
