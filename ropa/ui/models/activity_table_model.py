"""The activity list as a Qt table model that searches, filters and sorts itself.

A QSortFilterProxyModel over a Python model calls `data()` for every row on each keystroke and
for every comparison of a sort: far too slow for a register of 10,000 activities. This model
keeps, per row, the folded search text (built once in `set_rows`) and, per column, the sort keys
(built the first time the list is sorted by that column), so a keystroke is one pass of
substring tests over plain Python strings and a sort is one `sorted()` call. The rows shown are
a list of positions in the rows set; filters and sorts rearrange it between
layoutAboutToBeChanged and layoutChanged, moving the persistent indexes (the view's selection
and current row) with their activities.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    Qt,
)

from ropa.core.i18n import DEFAULT_LANGUAGE, colon, normalise_language, value_label
from ropa.core.queries import ActivityDetails, ActivityRow
from ropa.db.enums import LegalBasis, Role, Status
from ropa.ui.models.table_model import (
    IdRole,
    Index,
    ReadOnlyTableModel,
    SearchProxyModel,
    SearchRole,
    SortRole,
    format_date,
    format_timestamp,
    natural_key,
    search_key,
    search_keys,
)

COL_REFERENCE = 0
COL_NAME = 1
COL_ROLE = 2
COL_STATUS = 3
COL_OWNER = 4
COL_NEXT_REVIEW = 5
COL_UPDATED = 6
COL_TO_TRANSLATE = 7
COLUMN_COUNT = 8

ActivityIdRole = IdRole
"""The activity's id (str), on every column."""
# SortRole and SearchRole (on COL_REFERENCE): those of every table model (table_model.py).

_TOOLTIP_COLUMNS = frozenset({COL_NAME, COL_ROLE, COL_OWNER})
_ROLE_ORDER = {role: n for n, role in enumerate(Role)}
_STATUS_ORDER = {status: n for n, status in enumerate(Status)}
_FIELD_SEPARATOR = "\x1f"
_DETAILS_MARK = "\x1d"  # between a row's own fields and its details in its search key
_NO_DETAILS: tuple[str, str, frozenset[LegalBasis]] = ("", "", frozenset())


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
        QCoreApplication.translate("ActivityTableModel", "To translate"),
    )


def to_translate_text(counts: Mapping[str, int], lang: str) -> str:
    """ "NL: 3, EN: 5": how many texts an activity lacks in each other document language."""
    return ", ".join(f"{code.upper()}{colon(lang)}{n}" for code, n in counts.items() if n)


def _sort_keys(rows: list[ActivityRow], column: int) -> list[Any]:
    if column == COL_REFERENCE:
        return [natural_key(row.reference) for row in rows]
    if column == COL_NAME:
        return [natural_key(row.name) for row in rows]
    if column == COL_ROLE:
        return [_ROLE_ORDER.get(row.role, len(_ROLE_ORDER)) for row in rows]
    if column == COL_STATUS:
        return [_STATUS_ORDER.get(row.status, len(_STATUS_ORDER)) for row in rows]
    if column == COL_OWNER:
        return [natural_key(row.owner or "") for row in rows]
    if column == COL_NEXT_REVIEW:
        return [format_date(row.next_review) for row in rows]
    return [row.updated_at.isoformat() for row in rows]


def _named_in(row: ActivityRow, lang: str) -> ActivityRow:
    for name_lang, name in row.names:
        if name_lang == lang:
            return replace(row, name=name)
    return row


class ActivityTableModel(ReadOnlyTableModel):
    """Rows of ropa.core.queries.list_activities, searched, filtered and sorted in the model.

    `roles` limits the rows kept by `set_rows` (a page of controller or of processor
    activities; None keeps all). `rowCount()` is the number of rows shown, `total_count()` the
    number of rows set. Role and status are shown in the model's language.
    """

    column_count = COLUMN_COUNT

    def __init__(
        self,
        language: str = DEFAULT_LANGUAGE,
        parent: QObject | None = None,
        roles: Iterable[Role] | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = normalise_language(language)
        self._roles = frozenset(roles) if roles is not None else None
        self._rows: list[ActivityRow] = []
        self._source_rows: list[ActivityRow] = []
        self._text_lang: str | None = None
        self._search: list[str] = []
        self._bases: list[frozenset[LegalBasis]] = []
        # Per activity id: the details' raw search text, folded, and the legal bases. Kept
        # across set_rows (refreshed by set_details), so that only changed texts are folded.
        self._details: dict[str, tuple[str, str, frozenset[LegalBasis]]] = {}
        self._has_details = False
        self._display: list[tuple[str, ...] | None] = []
        self._keys: dict[int, list[Any]] = {}
        self._position_of: dict[str, int] = {}
        self._order: list[int] = []  # every position, in the sort order
        self._shown: list[int] = []  # the positions shown, in the sort order
        self._row_of_position: dict[int, int] | None = None  # made when asked
        self._sort_column = -1  # -1: the order of the rows set
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._words: list[str] = []
        self._status: Status | None = None
        self._role: Role | None = None
        self._legal_basis: LegalBasis | None = None
        # Per activity id, per other document language: how many texts it lacks there.
        self._to_translate: dict[str, dict[str, int]] = {}
        self._untranslated_only = False

    # -- content ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    def header_labels(self) -> tuple[str, ...]:
        return header_labels()

    def set_language(self, language: str) -> None:
        """Show role and status labels in another language."""
        language = normalise_language(language)
        if language == self._language:
            return
        self._language = language
        self.set_rows(self._rows)

    def set_text_language(self, lang: str | None) -> None:
        """Show the activities' names in this document language when they have one there
        (None: the main one; a name not yet translated shows in the main language, and the
        "To translate" column says so)."""
        if lang == self._text_lang:
            return
        self._text_lang = lang
        self.set_rows(self._source_rows)

    def set_rows(self, rows: Iterable[ActivityRow]) -> None:
        """Replace every row (the model resets); the search, filters and sort order stay."""
        self.beginResetModel()
        roles = self._roles
        self._source_rows = [row for row in rows if roles is None or row.role in roles]
        lang = self._text_lang
        self._rows = (
            [_named_in(row, lang) for row in self._source_rows] if lang else self._source_rows
        )
        for row in self._rows:
            if row.search_text or row.legal_bases:
                self._details[row.id] = (row.search_text, "", row.legal_bases)
        self._fold_details()
        self._search = [
            f"{key}{_DETAILS_MARK}{self._details.get(row.id, _NO_DETAILS)[1]}"
            for key, row in zip(
                search_keys(
                    [
                        _FIELD_SEPARATOR.join((row.reference, row.name, row.owner or ""))
                        for row in self._rows
                    ]
                ),
                self._rows,
                strict=True,
            )
        ]
        self._bases = [self._details.get(row.id, _NO_DETAILS)[2] for row in self._rows]
        self._display = [None] * len(self._rows)
        self._keys = {}
        self._position_of = {row.id: n for n, row in enumerate(self._rows)}
        self._order = self._sorted_positions()
        self._shown = self._filter(self._order)
        self._row_of_position = None
        self.endResetModel()

    def set_details(self, details: Mapping[str, ActivityDetails]) -> None:
        """Add what the search and the legal-basis filter look at besides the columns
        (ropa.core.queries.activity_details); the rows shown follow."""
        known = self._details
        self._details = {
            activity_id: (
                (d.search_text, old[1], d.legal_bases)
                if (old := known.get(activity_id)) is not None and old[0] == d.search_text
                else (d.search_text, "", d.legal_bases)
            )
            for activity_id, d in details.items()
        }
        self._has_details = True
        self._fold_details()
        rows, details_of = self._rows, self._details
        self._search = [
            f"{key.partition(_DETAILS_MARK)[0]}{_DETAILS_MARK}"
            f"{details_of.get(row.id, _NO_DETAILS)[1]}"
            for key, row in zip(self._search, rows, strict=True)
        ]
        self._bases = [details_of.get(row.id, _NO_DETAILS)[2] for row in rows]
        if self._words or self._legal_basis is not None:
            self._refilter(narrowing=False)

    def set_translation_counts(self, counts: Mapping[str, Mapping[str, int]]) -> None:
        """How many texts each activity lacks in each other document language
        (ropa.core.reads.activities.texts_to_translate); shown in COL_TO_TRANSLATE."""
        copied = {key: dict(value) for key, value in counts.items()}
        if copied == self._to_translate:
            return
        self._to_translate = copied
        self._display = [None] * len(self._rows)
        self._keys.pop(COL_TO_TRANSLATE, None)
        if self._sort_column == COL_TO_TRANSLATE:
            self.sort(self._sort_column, self._sort_order)
        if self._untranslated_only:
            self._refilter(narrowing=False)
        if self._shown:
            last = len(self._shown) - 1
            self.dataChanged.emit(
                self.index(0, COL_TO_TRANSLATE), self.index(last, COL_TO_TRANSLATE)
            )

    def all_ids(self) -> list[str]:
        """The ids of every row set (shown or filtered out), in the order set."""
        return [row.id for row in self._rows]

    def translation_counts(self) -> dict[str, dict[str, int]]:
        """What set_translation_counts set (a copy)."""
        return {key: dict(value) for key, value in self._to_translate.items()}

    def to_translate(self, activity_id: str) -> dict[str, int]:
        """Per other document language, how many texts the activity lacks there."""
        return dict(self._to_translate.get(activity_id, {}))

    def set_untranslated_only(self, only: bool) -> None:
        """Show only the activities with texts still to translate (or every one)."""
        if only != self._untranslated_only:
            self._untranslated_only = only
            self._refilter(narrowing=False)

    @property
    def untranslated_only(self) -> bool:
        return self._untranslated_only

    @property
    def has_details(self) -> bool:
        """Whether set_details was called (else only reference, name and owner are searched)."""
        return self._has_details

    def _fold_details(self) -> None:
        """Fold the details' texts not folded yet (all at once: see search_keys)."""
        todo = [(k, v) for k, v in self._details.items() if v[0] and not v[1]]
        folded = search_keys([v[0] for _, v in todo])
        for (activity_id, (text, _, bases)), key in zip(todo, folded, strict=True):
            self._details[activity_id] = (text, key, bases)

    def total_count(self) -> int:
        """The number of rows set (of the model's roles), whatever the search and filters."""
        return len(self._rows)

    def activity_row(self, row: int) -> ActivityRow:
        """The activity shown on a row."""
        return self._rows[self._shown[row]]

    def activity_id(self, row: int) -> str:
        return self._rows[self._shown[row]].id

    def row_of(self, activity_id: str) -> int | None:
        """The row showing an activity, or None (not set, or hidden by the filters)."""
        position = self._position_of.get(activity_id)
        if position is None:
            return None
        if self._row_of_position is None:
            self._row_of_position = {p: row for row, p in enumerate(self._shown)}
        return self._row_of_position.get(position)

    def contains(self, activity_id: str) -> bool:
        """Whether the activity is among the rows set (shown or filtered out)."""
        return activity_id in self._position_of

    # -- search and filters ----------------------------------------------------------------

    def set_search_text(self, text: str) -> None:
        """Show the rows holding every word of text (case and accents ignored, any order) in
        their reference, name, owner, purposes, data categories or recipients."""
        words = search_key(text).split()
        if words == self._words:
            return
        # Every old word inside a new one: the new matches are among the rows shown now.
        narrowing = all(any(old in new for new in words) for old in self._words)
        self._words = words
        self._refilter(narrowing)

    def filters(self) -> tuple[Status | None, Role | None, LegalBasis | None]:
        return self._status, self._role, self._legal_basis

    def set_filters(
        self,
        status: Status | None = None,
        role: Role | None = None,
        legal_basis: LegalBasis | None = None,
    ) -> None:
        """Show only the rows of this status, role and legal basis (None: any)."""
        if (status, role, legal_basis) == self.filters():
            return
        self._status, self._role, self._legal_basis = status, role, legal_basis
        self._refilter(narrowing=False)

    def _filter(self, positions: list[int]) -> list[int]:
        rows, search = self._rows, self._search
        if self._status is not None:
            status = self._status
            positions = [p for p in positions if rows[p].status == status]
        if self._role is not None:
            role = self._role
            positions = [p for p in positions if rows[p].role == role]
        if self._legal_basis is not None:
            basis = self._legal_basis
            bases = self._bases
            positions = [p for p in positions if basis in bases[p]]
        if self._untranslated_only:
            missing = self._to_translate
            positions = [p for p in positions if rows[p].id in missing]
        for word in self._words:
            positions = [p for p in positions if word in search[p]]
        return positions

    def _refilter(self, narrowing: bool) -> None:
        self._rearrange(lambda: self._filter(self._shown if narrowing else self._order))

    # -- sorting ---------------------------------------------------------------------------

    def _column_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            if column == COL_TO_TRANSLATE:
                missing = self._to_translate
                keys = [sum(missing.get(row.id, {}).values()) for row in self._rows]
                self._keys[column] = keys
            else:
                keys = self._keys[column] = _sort_keys(self._rows, column)
        return keys

    def _sorted_positions(self) -> list[int]:
        positions = range(len(self._rows))
        if not 0 <= self._sort_column < COLUMN_COUNT:
            return list(positions)
        keys = self._column_keys(self._sort_column)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(positions, key=keys.__getitem__, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt override: sort the rows by a column (-1: the order of the rows set)."""
        self._sort_column, self._sort_order = column, order

        def arrange() -> list[int]:
            self._order = self._sorted_positions()
            shown = set(self._shown)
            return [p for p in self._order if p in shown]

        self._rearrange(arrange, QAbstractItemModel.LayoutChangeHint.VerticalSortHint)

    def _rearrange(
        self,
        arrange: Callable[[], list[int]],
        hint: QAbstractItemModel.LayoutChangeHint = (
            QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint
        ),
    ) -> None:
        """Change the rows shown, moving the persistent indexes with their activities."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._shown[index.row()] for index in persistent]
        self._shown = arrange()
        self._row_of_position = None
        if persistent:
            row_of = {position: row for row, position in enumerate(self._shown)}
            moved = []
            for index, position in zip(persistent, held, strict=True):
                row = row_of.get(position)
                moved.append(QModelIndex() if row is None else self.index(row, index.column()))
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- Qt overrides ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def display_texts(self, row: int) -> tuple[str, ...]:
        """The texts of a shown row, one per column (made when first asked, then kept)."""
        position = self._shown[row]
        texts = self._display[position]
        if texts is None:
            activity, lang = self._rows[position], self._language
            texts = self._display[position] = (
                activity.reference,
                activity.name,
                value_label(lang, "role", activity.role.value),
                value_label(lang, "status", activity.status.value),
                activity.owner or "",
                format_date(activity.next_review),
                format_timestamp(activity.updated_at),
                to_translate_text(self._to_translate.get(activity.id, {}), lang),
            )
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_texts(index.row())[column]
        if role == ActivityIdRole:
            return self._rows[self._shown[index.row()]].id
        if role == Qt.ItemDataRole.ToolTipRole and column in _TOOLTIP_COLUMNS:
            return self.display_texts(index.row())[column] or None  # where the view elides it
        if role == SortRole:
            return self._column_keys(column)[self._shown[index.row()]]
        if role == SearchRole:
            return self._search[self._shown[index.row()]] if column == COL_REFERENCE else None
        return None


class ActivityFilterProxyModel(SearchProxyModel):
    """A SearchProxyModel over an activity model (search on COL_REFERENCE). The activity pages
    do not use it: ActivityTableModel searches and sorts itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, COL_REFERENCE)

    def activity_id(self, proxy_row: int) -> str:
        value: str = self.row_id(proxy_row)
        return value


class ActivityListProxy(QIdentityProxyModel):
    """What ActivitiesView.proxy was (a sorting, filtering proxy) kept as a plain pass-through:
    its rows are the ActivityTableModel's, which searches and sorts itself."""

    def _model(self) -> ActivityTableModel:
        model = self.sourceModel()
        assert isinstance(model, ActivityTableModel)
        return model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model().sort(column, order)

    def activity_id(self, proxy_row: int) -> str:
        return self._model().activity_id(proxy_row)
