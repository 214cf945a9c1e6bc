"""The overview page: the dashboard of the organisation shown (dashboard_view.py), then per
organisation what the register holds, and the latest changes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa.core.history_text import field_change, one_line
from ropa.core.i18n import normalise_language
from ropa.core.queries import OrganisationSummary
from ropa.core.reads.history import HistoryPage, HistoryRow
from ropa.ui.models.history_table_model import DISPLAY_LIMIT

# Columns of the organisations table.
COL_ORG_NAME, COL_ORG_COUNTRY, COL_ORG_ACTIVITIES = 0, 1, 2
COL_ORG_CONTROLLER, COL_ORG_PROCESSOR, COL_ORG_RETIRED = 3, 4, 5
COL_ORG_PARTIES, COL_ORG_COOKIES = 6, 7

# Columns of the changes table.
COL_CHANGE_AT, COL_CHANGE_USER, COL_CHANGE_TYPE, COL_CHANGE_ENTRY, COL_CHANGE_WHAT = range(5)


def cell_text(text: str) -> str:
    """A text on one line, cut after DISPLAY_LIMIT characters (as the History page cuts it;
    its no-break spaces kept)."""
    line = one_line(text)
    return line if len(line) <= DISPLAY_LIMIT else line[: DISPLAY_LIMIT - 1] + "\u2026"


def describe_change(row: HistoryRow, lang: str) -> str:
    """What a change did, in words (as the History page says it): the action, and for an
    update the field and its values ("Modified · Duration: 2 years → 3 years")."""
    if row.action == "update":
        return f"{row.action_text} \u00b7 {field_change(lang, row.field, row.old, row.new)}"
    return row.action_text


def change_details(row: HistoryRow, lang: str) -> str:
    """describe_change with what it leaves out: what a deleted entry held (a field a line),
    where an import came from."""
    if row.action == "delete" and row.old:
        return f"{row.action_text}\n{row.old}"
    if row.action == "import" and row.new:
        return f"{row.action_text} ({row.new})"
    return describe_change(row, lang)


def make_read_only(table: QTableView, name: str) -> None:
    """Make a table one to read, not edit: whole rows selected, alternating colours, no row
    numbers (for a QTableWidget or a QTableView over a model)."""
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)


def read_only_table(parent: QWidget, name: str) -> QTableWidget:
    """A QTableWidget to read, not edit (make_read_only)."""
    table = QTableWidget(parent)
    make_read_only(table, name)
    return table


def table_item(text: str, number: bool = False) -> QTableWidgetItem:
    """A cell's item; a number is aligned right."""
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _fit_height(table: QTableWidget, rows: int, most: int = 8) -> None:
    """As tall as its rows (at most `most`), so the changes below get the rest."""
    header = table.verticalHeader()
    shown = min(rows, most)
    if table.rowCount() >= shown > 0:
        body = header.sectionViewportPosition(shown - 1) + header.sectionSize(shown - 1)
        body -= header.sectionViewportPosition(0)
    else:
        body = header.defaultSectionSize() * shown
    top = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(top + body + 2 * table.frameWidth())


class OverviewView(QWidget):
    """Shows what it is given (`show_overview`); it reads nothing and writes nothing. The
    dashboard, when given, sits above the tables and reads for itself (DashboardView)."""

    def __init__(
        self, language: str, parent: QWidget | None = None, dashboard: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language = normalise_language(language)
        self.dashboard = dashboard

        self.organisations_label = QLabel(self.tr("Organisations"), self)
        self.organisations_table = read_only_table(self, self.tr("Organisations"))
        self.organisations_table.setColumnCount(8)
        self.organisations_table.setHorizontalHeaderLabels(
            [
                self.tr("Organisation"),
                self.tr("Country"),
                self.tr("Activities"),
                self.tr("As controller"),
                self.tr("As processor"),
                self.tr("Retired"),
                self.tr("External parties"),
                self.tr("Cookies"),
            ]
        )
        header = self.organisations_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ORG_NAME, QHeaderView.ResizeMode.Stretch)

        self.changes_label = QLabel(self.tr("Latest changes"), self)
        self.changes_table = read_only_table(self, self.tr("Latest changes"))
        self.changes_table.setColumnCount(5)
        self.changes_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("Type"), self.tr("Entry"), self.tr("Change")]
        )
        header = self.changes_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CHANGE_WHAT, QHeaderView.ResizeMode.Stretch)

        for label_widget, table in (
            (self.organisations_label, self.organisations_table),
            (self.changes_label, self.changes_table),
        ):
            font = label_widget.font()
            font.setBold(True)
            label_widget.setFont(font)
            label_widget.setBuddy(table)

        register = QWidget(self)
        layout = QVBoxLayout(register)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.organisations_label)
        layout.addWidget(self.organisations_table)
        layout.addSpacing(8)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes_table, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 0)
        if dashboard is None:
            outer.addWidget(register)
            return
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(dashboard)
        self.splitter.addWidget(register)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        # The dashboard's panels have the heights they need (the To do, the chart's labels):
        # in a window smaller than that, the page scrolls rather than hold the window taller
        # than a 768-pixel screen.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.splitter)
        outer.addWidget(self.scroll_area)

    def set_organisation(self, organisation_id: str | None) -> None:
        """Show this organisation's dashboard (the tables show every organisation)."""
        setter = getattr(self.dashboard, "set_organisation", None)
        if setter is not None:
            setter(organisation_id)

    def show_overview(
        self, organisations: Sequence[OrganisationSummary], changes: HistoryPage
    ) -> None:
        """Fill both tables (the changes newest first, in words in the interface language)."""
        lang = self.language
        table = self.organisations_table
        table.setRowCount(len(organisations))
        for row, org in enumerate(organisations):
            table.setItem(row, COL_ORG_NAME, table_item(org.legal_name))
            table.setItem(row, COL_ORG_COUNTRY, table_item(org.country))
            counts = (
                (COL_ORG_ACTIVITIES, org.activities),
                (COL_ORG_CONTROLLER, org.controller_activities),
                (COL_ORG_PROCESSOR, org.processor_activities),
                (COL_ORG_RETIRED, org.retired_activities),
                (COL_ORG_PARTIES, org.parties),
                (COL_ORG_COOKIES, org.cookies),
            )
            for column, count in counts:
                table.setItem(row, column, table_item(str(count), number=True))
        _fit_height(table, max(len(organisations), 1))

        shown = changes.rows(lang)
        table = self.changes_table
        table.setRowCount(len(shown))
        for row, change in enumerate(shown):
            cells = (
                (COL_CHANGE_AT, change.when, change.when),
                (COL_CHANGE_USER, change.user, change.user),
                (COL_CHANGE_TYPE, change.kind, change.kind),
                (COL_CHANGE_ENTRY, change.entity, change.entity),
                (COL_CHANGE_WHAT, describe_change(change, lang), change_details(change, lang)),
            )
            for column, text, whole in cells:
                item = table_item(cell_text(text))  # one line, cut: whole in the tooltip
                if item.text() != whole:
                    item.setToolTip(whole)
                table.setItem(row, column, item)
