"""The dashboard's panels beside the findings: the completeness and reviews tables (rows of
text over a TextRowsModel), the counts per role / status / legal basis, the chart of
findings per severity; and above them the To do (AccountabilityPanel: what runs out across the
accountability file, core/todo.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa.core.checks.completeness import LEGAL_BASIS, ActivityCompleteness
from ropa.core.checks.model import Severity
from ropa.core.deadlines import BreachClock, RequestDeadline
from ropa.core.i18n import label, tr, value_label
from ropa.core.reads.dashboard import Dashboard, Review
from ropa.core.todo import TodoItem, TodoKind, kind_label
from ropa.ui.models.dashboard_models import TextRow, TextRowsModel
from ropa.ui.models.deadline_texts import (
    SOON_DAYS,
    Tone,
    clock_tone,
    deadline_tone,
    tone_colour,
)
from ropa.ui.views.overview_view import make_read_only, read_only_table, table_item

FIT_ROWS = 50
"""Rows measured beyond those on screen when a table's columns are fitted."""
WIDEST_FITTED = 0.4
"""A fitted column takes at most this share of its table's width (a long name is elided and
shown whole in its tooltip), so the last columns stay in sight."""

# Columns of the completeness table.
COL_DONE_REFERENCE, COL_DONE_NAME, COL_DONE_STATUS, COL_DONE_ITEMS, COL_DONE_MISSING = range(5)
# Columns of the reviews table.
COL_REVIEW_DUE, COL_REVIEW_WHEN, COL_REVIEW_ACTIVITY = range(3)


def item_label(lang: str, item: str) -> str:
    """An Art. 30 item's name: the activity's field label (a purpose's for the legal basis)."""
    return label(lang, "purpose" if item == LEGAL_BASIS else "activity", item)


def severity_label(lang: str, severity: Severity) -> str:
    return tr(lang, f"check.severity.{severity.value}")


def make_table(
    parent: QWidget, name: str, headers: Sequence[str], number_columns: Sequence[int] = ()
) -> QTableView:
    """A read-only table of rows of text (a TextRowsModel), one whole row selected at a time,
    its last column stretched."""
    table = QTableView(parent)
    table.setModel(TextRowsModel(headers, number_columns, table))
    make_read_only(table, name)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)  # compact
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    # Columns fit the rows on screen and the next FIT_ROWS, not every row: fitting measures
    # each row considered, and the tables are fitted again after each edit that changes them.
    header.setResizeContentsPrecision(FIT_ROWS)
    return table


def rows_model(table: QTableView) -> TextRowsModel:
    model = table.model()
    assert isinstance(model, TextRowsModel)
    return model


def show_rows(table: QTableView, rows: list[TextRow]) -> None:
    """Show the rows; when they changed, fit all but the last (stretched) column to them."""
    if rows_model(table).set_rows(rows):
        widest = max(int(table.viewport().width() * WIDEST_FITTED), 120)
        for column in range(rows_model(table).columnCount() - 1):
            table.resizeColumnToContents(column)
            if table.columnWidth(column) > widest:
                table.setColumnWidth(column, widest)


def completeness_row(done: ActivityCompleteness, lang: str) -> TextRow:
    """An activity's row: reference, name, status, "n / m" present, the missing items."""
    missing = ", ".join(item_label(lang, item) for item in done.missing)
    cells = (
        done.reference,
        done.name,
        value_label(lang, "status", done.status),
        f"{len(done.present)} / {len(done.applicable)}",
        missing,
    )
    return TextRow(cells, done.activity_id, ("", done.name, "", f"{done.percent} %", missing))


def review_when(days: int) -> str:
    """How far a review date is: overdue by n days, today, in n days."""
    if days < 0:
        return QCoreApplication.translate("DashboardPanels", "overdue by %n day(s)", None, -days)
    if days == 0:
        return QCoreApplication.translate("DashboardPanels", "today")
    return QCoreApplication.translate("DashboardPanels", "in %n day(s)", None, days)


def review_rows(overdue: Sequence[Review], upcoming: Sequence[Review]) -> list[TextRow]:
    """The overdue reviews first, then the upcoming ones: the date, how far it is, the
    activity ("reference – name", whole in the tooltip)."""
    rows: list[TextRow] = []
    for review in list(overdue) + list(upcoming):
        activity = f"{review.reference} \u2013 {review.name}"
        cells = (review.due.isoformat(), review_when(review.days), activity)
        rows.append(TextRow(cells, review.activity_id, ("", "", activity)))
    return rows


def make_counts_tree(parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setAccessibleName(QCoreApplication.translate("DashboardPanels", "Counts"))
    tree.setColumnCount(2)
    tree.setHeaderLabels(
        [
            QCoreApplication.translate("DashboardPanels", "Activities by"),
            QCoreApplication.translate("DashboardPanels", "Number"),
        ]
    )
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def fill_counts(tree: QTreeWidget, dashboard: Dashboard, lang: str) -> None:
    """Three groups (role, status, legal basis of the purposes), each value with its count."""
    tree.clear()
    groups = (
        (label(lang, "activity", "role"), "role", dashboard.by_role),
        (label(lang, "activity", "status"), "status", dashboard.by_status),
        (label(lang, "purpose", "legal_basis"), "legal_basis", dashboard.by_legal_basis),
    )
    for title, enum_name, counts in groups:
        group = QTreeWidgetItem(tree, [title, str(sum(counts.values()))])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for value, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            name = (
                value_label(lang, enum_name, value)
                if value
                else QCoreApplication.translate("DashboardPanels", "(none)")
            )
            child = QTreeWidgetItem(group, [name, str(count)])
            child.setData(0, Qt.ItemDataRole.UserRole, value)
            child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    tree.expandAll()


class SeverityChart(QChartView):
    """A bar chart of the findings per severity (errors, warnings, advice)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(
            QCoreApplication.translate("DashboardPanels", "Findings by severity")
        )
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setTitle(QCoreApplication.translate("DashboardPanels", "Findings by severity"))
        chart.legend().hide()
        chart.setBackgroundVisible(False)
        chart.setMargins(chart.margins() * 0)
        self.bars = QBarSet(QCoreApplication.translate("DashboardPanels", "Findings"))
        for _ in Severity:
            self.bars.append(0)
        self.series = QBarSeries()
        self.series.append(self.bars)
        self.series.setLabelsVisible(True)
        chart.addSeries(self.series)
        self.categories = QBarCategoryAxis()
        self.categories.append([severity_label(lang, severity) for severity in Severity])
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.values = QValueAxis()
        self.values.setLabelFormat("%d")
        self.values.setRange(0, 1)
        # Each bar shows its count: the scale's numbers would only take the width the
        # severities' names need (squeezed, Qt elides them all to "…").
        self.values.setLabelsVisible(False)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.values)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        chart.setTitleBrush(text)
        for axis in (self.categories, self.values):
            axis.setLabelsBrush(text)
        self.setChart(chart)
        # Tall enough for its title, bars and both axes' labels: squeezed (a long To do
        # above it), Qt elides every label to "…".
        self.setMinimumHeight(max(150, 9 * self.fontMetrics().height()))

    def show_counts(self, counts: dict[Severity, int]) -> None:
        """Set the bars in place (no new series, so a refresh stays cheap)."""
        for index, severity in enumerate(Severity):
            self.bars.replace(index, counts.get(severity, 0))
        top = max(max(counts.values(), default=0), 1)
        step = -(-top // 5)  # at most five whole-number intervals
        self.values.setTickType(QValueAxis.TickType.TicksDynamic)
        self.values.setTickAnchor(0)
        self.values.setTickInterval(step)
        self.values.setRange(0, step * -(-top // step))

    def counts(self) -> list[int]:
        """The bars' values, in the order of Severity."""
        return [int(self.bars.at(index)) for index in range(self.bars.count())]


# -- the To do ---------------------------------------------------------------------------------

# Columns of the To do panel.
COL_DUE_KIND, COL_DUE_ENTRY, COL_DUE_STATE = range(3)
DUE_ROWS_SHOWN = 6
"""The panel is as tall as its lines up to this many (it scrolls beyond)."""
PAGE_REQUESTS = "requests"
PAGE_BREACHES = "breaches"
PAGE_CONTRACTS = "contracts"
PAGE_ACTIVITY = "activity"  # the activity opened in its editor, on its page
PAGE_DPIAS = "dpias"
# The page that shows each kind's record.
TODO_PAGES = {
    TodoKind.BREACH: PAGE_BREACHES,
    TodoKind.REQUEST: PAGE_REQUESTS,
    TodoKind.REVIEW: PAGE_ACTIVITY,
    TodoKind.CONTRACT: PAGE_CONTRACTS,
    TodoKind.DPIA: PAGE_DPIAS,
}


@dataclass(frozen=True)
class DueLine:
    """A line of the panel: what (a breach, a request, a review...), which one, where it
    stands in words (with its date), how pressing (the tone), and the page, table and id that
    show it."""

    kind: str
    entry: str
    state: str
    tone: Tone
    page: str
    table: str
    id: str


def todo_tone(item: TodoItem) -> Tone:
    """Late: an error; a breach inside its 72 hours, a request or date within SOON_DAYS: a
    warning; anything else (a request to forward, a date further away): plain."""
    where = item.where
    if isinstance(where, BreachClock):
        return clock_tone(where)
    if isinstance(where, RequestDeadline):
        return deadline_tone(where)
    if where.days < 0:
        return Tone.ERROR
    return Tone.WARNING if where.days <= SOON_DAYS else Tone.PLAIN


def due_lines(items: Sequence[TodoItem], organisation_id: str | None, lang: str) -> list[DueLine]:
    """The organisation's To do (core/todo.py: the late first, then the soonest), a line each:
    its kind and where it stands in `lang`."""
    return [
        DueLine(
            kind_label(lang, item.kind),
            item.entry,
            item.words(lang),
            todo_tone(item),
            TODO_PAGES[item.kind],
            item.table,
            item.id,
        )
        for item in items
        if item.organisation_id == organisation_id
    ]


class AccountabilityPanel(QWidget):
    """The To do: what runs out (core/todo.py) — each breach to notify (its 72-hour
    countdown), each request late or due within a week, the reviews of activities and DPIAs,
    the contracts ending or to review — a line each; activating a line (double-click, Enter)
    asks for its record on its page. Hidden while there is none."""

    open_requested = Signal(str, str, str)  # the page key, the entity's table and id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("To do"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table: QTableWidget = read_only_table(self, self.tr("To do"))
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Type"), self.tr("Entry"), self.tr("Where it stands")]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        # The kind and where it stands whole; the entry (a contract's long reference, an
        # activity's name) takes the rest, elided, whole in its tooltip.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_DUE_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DUE_ENTRY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DUE_STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activated)
        self.title.setBuddy(self.table)
        self.lines: list[DueLine] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.hide()

    def show_lines(self, lines: list[DueLine]) -> None:
        """Show these lines (hidden when there is none). The same lines as shown: nothing
        done (the minute's re-read usually changes only a breach's hours)."""
        table = self.table
        if lines == self.lines and table.rowCount() == len(lines):
            self.setVisible(bool(lines))
            return
        self.lines = lines
        # Columns sized to their contents measure every row at each item set: fixed while
        # filling (a shown panel of 600 lines took 12 s), measured once after.
        header = table.horizontalHeader()
        modes = [header.sectionResizeMode(c) for c in range(table.columnCount())]
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setUpdatesEnabled(False)
        try:
            table.setRowCount(0)
            table.setRowCount(len(lines))
            for row, line in enumerate(lines):
                cells = (line.kind, line.entry, line.state)
                for column, text in enumerate(cells):
                    item = table_item(text)
                    if column in (COL_DUE_ENTRY, COL_DUE_STATE):
                        item.setToolTip(text)
                    if column == COL_DUE_STATE:
                        colour = tone_colour(line.tone)
                        if colour is not None:
                            item.setForeground(colour)
                    table.setItem(row, column, item)
        finally:
            for column, mode in enumerate(modes):
                header.setSectionResizeMode(column, mode)
            table.setUpdatesEnabled(True)
        if lines:
            header = table.verticalHeader()
            shown = min(len(lines), DUE_ROWS_SHOWN)
            top = table.horizontalHeader().sizeHint().height()
            table.setFixedHeight(top + header.defaultSectionSize() * shown + 2 * table.frameWidth())
        self.setVisible(bool(lines))

    def open_line(self, row: int) -> None:
        """Ask for the record of a line, on its page."""
        line = self.lines[row]
        self.open_requested.emit(line.page, line.table, line.id)

    def _activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.lines):
            self.open_line(index.row())
