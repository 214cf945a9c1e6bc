"""The history page: the change log with filters (entry type, user, days, text), newest first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.core.handle import Register
from ropa.core.i18n import normalise_language, tr
from ropa.core.reads.history import MAX_ROWS, HistoryFilters, HistoryPage, load_history
from ropa.core.tree import ORGANISATION
from ropa.ui.commands import RegisterEvents
from ropa.ui.models.history_table_model import (
    COL_ENTITY,
    COL_NEW_VALUE,
    COL_OLD_VALUE,
    COL_WHEN,
    HistoryFilterProxyModel,
    HistoryTableModel,
)
from ropa.ui.views.list_pane import list_table
from ropa.ui.views.refresh import Refresher

NO_DATE = QDate(2000, 1, 1)
"""The date edits' minimum, shown as "Any": no bound on that side."""


class HistoryView(QWidget):
    """The change log. It reads through `loader` (when shown, and again after each change
    reported on `events`) and writes nothing; a double-click on a change of an activity (or of
    one of its purposes, retention phases...) asks for that activity to be opened."""

    open_activity_requested = Signal(str)

    def __init__(
        self,
        db: Register,
        events: RegisterEvents,
        language: str,
        parent: QWidget | None = None,
        loader: Callable[[Register, HistoryFilters], HistoryPage] = load_history,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._loader = loader
        self._language = normalise_language(language)
        self._loaded = 0
        self.model = HistoryTableModel(self._language, self)
        self.proxy = HistoryFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        # Every change writes history: any change set concerns this page.
        self.refresher = Refresher(self, events, lambda _changes: True, lambda _c: self.reload())
        self.refresher.stale()  # read when first shown

        self.type_combo = QComboBox(self)
        self.type_combo.setAccessibleName(self.tr("Type of entry"))
        self.type_combo.addItem(self.tr("All types"), None)
        types = [node.name for node in ORGANISATION.walk()]
        for name in sorted(types, key=lambda t: tr(self._language, f"table.{t}").casefold()):
            self.type_combo.addItem(tr(self._language, f"table.{name}"), name)
        self.user_combo = QComboBox(self)
        self.user_combo.setAccessibleName(self.tr("User"))
        self.user_combo.addItem(self.tr("All users"), None)
        self.since_edit = self._date_edit(self.tr("From"))
        self.until_edit = self._date_edit(self.tr("To"))
        self.clear_dates_button = QPushButton(self.tr("Any date"), self)
        self.clear_dates_button.setToolTip(self.tr("Show the changes of every day"))
        self.clear_dates_button.clicked.connect(self.clear_dates)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search entries, fields and values"))
        self.search_edit.setAccessibleName(self.tr("Search the history"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 8))
        self.search_edit.textChanged.connect(self.proxy.set_search_text)
        self.count_label = QLabel(self)

        for combo in (self.type_combo, self.user_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self.reload)

        self.table_view = self._build_table()
        self.table_view.activated.connect(self._open_index)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)

        # Two short rows, so the page stays as narrow as the others (the window keeps its size).
        rows = (QHBoxLayout(), QHBoxLayout())
        for row, text, widget in (
            (0, self.tr("&Type:"), self.type_combo),
            (0, self.tr("&User:"), self.user_combo),
            (1, self.tr("F&rom:"), self.since_edit),
            (1, self.tr("T&o:"), self.until_edit),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            rows[row].addWidget(caption)
            rows[row].addWidget(widget)
        rows[0].addWidget(self.search_edit, 1)
        rows[1].addWidget(self.clear_dates_button)
        rows[1].addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        for bar in rows:
            layout.addLayout(bar)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.count_label)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any"))  # shown for the minimum: no bound
        edit.setDate(NO_DATE)
        return edit

    def _build_table(self) -> QTableView:
        return list_table(
            self,
            self.proxy,
            self.tr("History"),
            COL_WHEN,
            Qt.SortOrder.DescendingOrder,
            stretch_last=False,
        )

    # -- reading -------------------------------------------------------------------------------

    def set_database(self, db: Register) -> None:
        """Show another register's history."""
        self._db = db
        self.refresh()

    def refresh(self) -> None:
        """Read again now if shown, else when next shown."""
        self.refresher.stale()

    def filters(self) -> HistoryFilters:
        return HistoryFilters(
            entity_type=self.type_combo.currentData(),
            user=self.user_combo.currentData(),
            since=_date_of(self.since_edit),
            until=_date_of(self.until_edit),
        )

    def set_date_range(self, since: date | None, until: date | None) -> None:
        """Show the changes of these days (None: no bound on that side)."""
        for edit, day in ((self.since_edit, since), (self.until_edit, until)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day) if day is not None else NO_DATE)
            edit.blockSignals(False)
        self.reload()

    def clear_dates(self) -> None:
        self.set_date_range(None, None)

    def reload(self) -> None:
        """Read the log again with the current filters, keeping the search and sort order."""
        page = self._loader(self._db, self.filters())
        self._set_users(page.users)
        self._loaded = len(page.entries)
        self.model.set_rows(page.entries, page.activities)
        self._fit_columns()
        self._update_count()

    def _set_users(self, users: list[str]) -> None:
        current = self.user_combo.currentData()
        if current is not None and current not in users:
            users = sorted([*users, current])
        combo = self.user_combo
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for user in users:
            combo.addItem(user, user)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def _fit_columns(self) -> None:
        """Short columns fit their contents; the old and new values share the rest."""
        view = self.table_view
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        view.resizeColumnsToContents()
        widest = metrics.horizontalAdvance("M" * 16)
        for column in range(self.model.columnCount()):
            if column in (COL_OLD_VALUE, COL_NEW_VALUE):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            width = header.sectionSize(column) + metrics.horizontalAdvance("M")
            header.resizeSection(column, min(width, widest) if column == COL_ENTITY else width)

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        if shown == self._loaded:
            text = self.tr("%n change(s)", "", self._loaded)
        else:
            text = self.tr("{shown} of %n change(s)", "", self._loaded).format(shown=shown)
        if self._loaded >= MAX_ROWS:
            text += " " + self.tr("(the newest {limit} only: narrow the filters)").format(
                limit=MAX_ROWS
            )
        self.count_label.setText(text)

    # -- opening -------------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        activity_id = self.proxy.activity_id(index.row())
        if activity_id is not None:
            self.open_activity_requested.emit(activity_id)


def _date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == edit.minimumDate():
        return None
    return date(value.year(), value.month(), value.day())
