"""The history page: the change log in words with filters (entry type, user, days, text), newest
first; a detail pane with the whole old and new values of the selected change; and the export
of what is shown as a PDF or an Excel document (ropa.exports.history)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.core.errors import RopaError
from ropa.core.files import write_atomic
from ropa.core.handle import Register
from ropa.core.i18n import colon, normalise_language, tr
from ropa.core.reads.history import (
    MAX_ROWS,
    HistoryFilters,
    HistoryPage,
    HistoryRow,
    load_history,
)
from ropa.core.tree import ORGANISATION
from ropa.ui.commands import RegisterEvents
from ropa.ui.document_actions import chosen_target
from ropa.ui.models.history_table_model import (
    COL_ACTION,
    COL_ENTITY,
    COL_ENTITY_TYPE,
    COL_FIELD,
    COL_NEW_VALUE,
    COL_OLD_VALUE,
    COL_USER,
    COL_WHEN,
    HistoryFilterProxyModel,
    HistoryTableModel,
)
from ropa.ui.views.list_pane import list_table
from ropa.ui.views.refresh import Refresher

NO_DATE = QDate(2000, 1, 1)
"""The date edits' minimum, shown as "Any": no bound on that side."""

# The widest a short column gets, in "M"s of the table's font; the old and new values share
# what is left (never less than VALUE_MIN each: the table scrolls sideways instead).
COLUMN_CAPS = {COL_USER: 10, COL_ACTION: 9, COL_ENTITY_TYPE: 10, COL_ENTITY: 20, COL_FIELD: 12}
VALUE_MIN = 12


class HistoryView(QWidget):
    """The change log. It reads through `loader` (when shown, and again after each change
    reported on `events`) and writes nothing; a double-click on a change of an activity (or of
    one of its purposes, retention phases...) asks for that activity to be opened. Selecting a
    change shows it whole in the detail pane below the table."""

    open_activity_requested = Signal(str)
    exported = Signal(str)
    """The path of a history document just written."""

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
        self._loaded = 0  # the changes read (a duration's number and unit count as one)
        self._limited = False  # the read stopped at MAX_ROWS
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

        self.export_pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.export_pdf_button.setToolTip(self.tr("Save the changes shown as a PDF document"))
        self.export_pdf_button.clicked.connect(lambda: self.export_dialog("pdf"))
        self.export_excel_button = QPushButton(self.tr("Export Excel…"), self)
        self.export_excel_button.setToolTip(self.tr("Save the changes shown as an Excel workbook"))
        self.export_excel_button.clicked.connect(lambda: self.export_dialog("xlsx"))

        self.table_view = self._build_table()
        self.table_view.activated.connect(self._open_index)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The selected change"))
        self.detail.setPlaceholderText(self.tr("Select a change to read it whole here."))
        self.table_view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.proxy.modelReset.connect(self._show_detail)
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
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table_view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        for bar in rows:
            layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        # The count and the exports of what is counted, under the table.
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.export_pdf_button)
        footer.addWidget(self.export_excel_button)
        layout.addLayout(footer)

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
        self._limited = len(page.entries) >= MAX_ROWS
        self.model.set_page(page)
        self._loaded = self.model.rowCount()
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
        """Short columns fit their contents up to a cap; the old and new values share the
        rest, each at least VALUE_MIN wide (the detail pane shows any value whole)."""
        view = self.table_view
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        em = metrics.horizontalAdvance("M")
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnsToContents()
        used = 0
        for column in range(self.model.columnCount()):
            if column in (COL_OLD_VALUE, COL_NEW_VALUE):
                continue
            width = header.sectionSize(column) + em
            cap = COLUMN_CAPS.get(column)
            width = min(width, cap * em) if cap is not None else width
            header.resizeSection(column, width)
            used += width
        # The width inside the frame, less a vertical scroll bar (there may be none yet).
        scroll_bar = view.verticalScrollBar().sizeHint().width()
        room = view.width() - 2 * view.frameWidth() - scroll_bar - used - 2
        for column in (COL_OLD_VALUE, COL_NEW_VALUE):
            header.resizeSection(column, max(room // 2, VALUE_MIN * em))

    def resizeEvent(self, event: object) -> None:  # Qt override: the values share the width
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.model.rowCount():
            self._fit_columns()

    # -- the detail pane -----------------------------------------------------------------------

    def selected_row(self) -> HistoryRow | None:
        index = self.table_view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _show_detail(self, *_args: object) -> None:
        row = self.selected_row()
        self.detail.setPlainText("" if row is None else detail_text(row, self._language))

    # -- export ----------------------------------------------------------------------------------

    def shown_rows(self) -> list[HistoryRow]:
        """The changes the table shows, in its order (filters and search applied)."""
        proxy = self.proxy
        return [
            self.model.row_at(proxy.mapToSource(proxy.index(n, 0)).row())
            for n in range(proxy.rowCount())
        ]

    def export_dialog(self, fmt: str) -> bool:
        """Ask where to save the changes shown, then save them as PDF or Excel."""
        suffix = f".{fmt}"
        name = self.tr("history - {date}").format(date=date.today().isoformat()) + suffix
        file_filter = (
            self.tr("PDF documents (*.pdf)")
            if fmt == "pdf"
            else self.tr("Excel workbooks (*.xlsx)")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the history"), str(self._db.path.parent / name), file_filter
        )
        target = chosen_target(self, chosen, suffix) if chosen else None
        if target is None:
            return False
        return self.export(target, fmt)

    def export(self, target: Path, fmt: str) -> bool:
        """Write the changes shown (as filtered and searched) to target, in the interface's
        language; a failure is told in a message and leaves no file."""
        from ropa.exports.common import Cancelled, Progress
        from ropa.exports.history import build_history, history_document
        from ropa.ui.dialogs.progress_runner import run_with_progress

        db, lang, filters = self._db, self._language, self.filters()
        rows, search, limited = self.shown_rows(), self.search_edit.text(), self._limited

        def build(progress: Progress) -> bytes:  # in a worker thread
            document = history_document(db, lang, filters, rows, search, limited)
            return build_history(document, fmt, progress)

        try:
            data = run_with_progress(
                self, self.tr("Export"), self.tr("Writing the history…"), build
            )
            write_atomic(target, data)
        except Cancelled:
            return False
        except RopaError as error:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                self.tr("History"),
                self.tr("The history was not exported."),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setInformativeText(error.message(self._language))
            box.exec()
            return False
        self.exported.emit(str(target))
        return True

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        if shown == self._loaded:
            text = self.tr("%n change(s)", "", self._loaded)
        else:
            text = self.tr("{shown} of %n change(s)", "", self._loaded).format(shown=shown)
        if self._limited:
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


def detail_text(row: HistoryRow, lang: str) -> str:
    """A change whole, for the detail pane: what, who and when, then the old and new values."""
    sep = colon(lang)
    what = f"{row.entity} \u203a {row.field}" if row.field else row.entity
    lines = [what, f"{row.action_text} \u00b7 {row.kind} \u00b7 {row.when} \u00b7 {row.user}"]
    old_title = tr(lang, "history.column.old")
    new_title = tr(lang, "history.column.new")
    if row.old:
        lines += ["", f"{old_title}{sep}", row.old]
    if row.new:
        lines += ["", f"{new_title}{sep}", row.new]
    return "\n".join(lines)


def _date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == edit.minimumDate():
        return None
    return date(value.year(), value.month(), value.day())
