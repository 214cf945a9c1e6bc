"""The processing activities page: the searchable list, and the editor of the opened activity."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.models.activity_table_model import (
    COL_NAME,
    COL_REFERENCE,
    ActivityFilterProxyModel,
    ActivityTableModel,
)
from ropa.ui.views.activity_editor import ActivityEditor

# The list's texts keep the context they had when the main window built this page, so their
# translations (and the tests that read them) stay where they are.


class ActivitiesView(QWidget):
    """The list of activities; Enter or a double-click opens one in the editor beside it.

    The editor writes through commands on the window's `stack` and refreshes on `events`.
    """

    def __init__(
        self,
        db: RegisterDatabase,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._stack = stack
        self._events = events
        self._language = language
        self.model = ActivityTableModel(parent=self)
        self.proxy = ActivityFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            QCoreApplication.translate("MainWindow", "Search by reference, name or owner")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Search activities")
        )
        self.search_edit.textChanged.connect(self.proxy.set_search_text)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search_edit.clear)

        self.table_view = self._build_table()
        self.table_view.activated.connect(self._open_index)

        list_part = QWidget(self)
        list_layout = QVBoxLayout(list_part)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.search_edit)
        list_layout.addWidget(self.table_view)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_part)
        self.editor = self._new_editor(db)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.splitter)

    def _build_table(self) -> QTableView:
        view = QTableView(self)
        view.setAccessibleName(QCoreApplication.translate("MainWindow", "Processing activities"))
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        rows = view.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        return view

    def _new_editor(self, db: RegisterDatabase) -> ActivityEditor:
        editor = ActivityEditor(db, self._stack, self._events, self._language)
        editor.setAccessibleName(self.tr("Activity editor"))
        self.splitter.addWidget(editor)
        editor.hide()
        return editor

    def set_database(self, db: RegisterDatabase) -> None:
        """Show another register: the open editor belongs to the previous one and is closed."""
        old = self.editor
        self.editor = self._new_editor(db)
        old.hide()
        old.setParent(None)
        old.deleteLater()

    def open_activity(self, activity_id: str) -> None:
        """Show this activity in the editor beside the list."""
        self.editor.load(activity_id)
        self.editor.show()

    def opened_activity(self) -> str | None:
        return self.editor.activity_id if self.editor.isVisible() else None

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        self.open_activity(self.proxy.activity_id(index.row()))

    def fit_columns(self) -> None:
        view = self.table_view
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        padding = metrics.horizontalAdvance("MM")
        narrowest = metrics.horizontalAdvance("M" * 6)
        widest = metrics.horizontalAdvance("M" * 24)
        for column in range(self.model.columnCount()):
            width = max(header.sectionSize(column) + padding, narrowest)
            header.resizeSection(column, min(width, widest))
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
