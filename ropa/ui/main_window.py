"""The main window: the register's activities in a searchable, sortable table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.core.i18n import normalise_language
from ropa.core.queries import (
    ActivityRow,
    OrganisationSummary,
    list_activities,
    organisation_summaries,
    register_language,
)
from ropa.db.session import RegisterDatabase
from ropa.ui.models.activity_table_model import (
    COL_NAME,
    COL_REFERENCE,
    ActivityFilterProxyModel,
    ActivityTableModel,
)

DEFAULT_SIZE = (1100, 700)


@dataclass(frozen=True)
class RegisterOverview:
    """What the main window shows of a register, read in one snapshot."""

    language: str
    activities: list[ActivityRow]
    organisations: list[OrganisationSummary]


def load_overview(db: RegisterDatabase) -> RegisterOverview:
    """Read the register's language, activities and organisations (one read-only session)."""
    with db.reader() as session:
        return RegisterOverview(
            language=register_language(session),
            activities=list_activities(session),
            organisations=organisation_summaries(session),
        )


class MainWindow(QMainWindow):
    """The window of one open register. It reads through `loader`; it never writes."""

    def __init__(
        self,
        db: RegisterDatabase,
        language: str,
        parent: QWidget | None = None,
        loader: Callable[[RegisterDatabase], RegisterOverview] = load_overview,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.language = normalise_language(language)
        self._loader = loader
        self._organisation_names: list[str] = []

        self.setWindowTitle(f"ropa — {db.path.name}")
        self.resize(*DEFAULT_SIZE)

        self.model = ActivityTableModel(parent=self)
        self.proxy = ActivityFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by reference, name or owner"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search activities"))
        self.search_edit.textChanged.connect(self._on_search_changed)

        self.table_view = QTableView(self)
        self.table_view.setAccessibleName(self.tr("Processing activities"))
        self.table_view.setModel(self.proxy)
        self.table_view.setSortingEnabled(True)
        self.table_view.sortByColumn(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.setTabKeyNavigation(False)
        rows = self.table_view.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.table_view.fontMetrics().height() + 10)
        header = self.table_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table_view)
        self.setCentralWidget(central)

        self.status_label = QLabel(self)
        self.status_label.setContentsMargins(4, 0, 4, 0)
        self.statusBar().addWidget(self.status_label, 1)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search_edit.clear)

        self.proxy.rowsInserted.connect(self._update_status)
        self.proxy.rowsRemoved.connect(self._update_status)
        self.proxy.modelReset.connect(self._update_status)
        self.proxy.layoutChanged.connect(self._update_status)

        self.reload()
        self._fit_columns()

    def reload(self) -> None:
        """Read the register again and show it, keeping the search and the sort order."""
        overview = self._loader(self.db)
        self._organisation_names = [org.legal_name for org in overview.organisations]
        self.model.set_language(overview.language)
        self.model.set_rows(overview.activities)
        self._update_status()

    def _fit_columns(self) -> None:
        self.table_view.resizeColumnsToContents()
        header = self.table_view.horizontalHeader()
        metrics = self.table_view.fontMetrics()
        padding = metrics.horizontalAdvance("MM")
        narrowest = metrics.horizontalAdvance("M" * 6)
        widest = metrics.horizontalAdvance("M" * 24)
        for column in range(self.model.columnCount()):
            width = max(header.sectionSize(column) + padding, narrowest)
            header.resizeSection(column, min(width, widest))
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)

    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _update_status(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            count = self.tr("%n activities", "", total)
        else:
            count = self.tr("{shown} of %n activities", "", total).format(shown=shown)
        if self._organisation_names:
            count = f"{count} — {', '.join(self._organisation_names)}"
        self.status_label.setText(count)
