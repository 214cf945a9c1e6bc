"""The dashboard's panels beside the findings: the completeness and reviews tables (rows of
text over a TextRowsModel), the counts per role / status / legal basis, and the chart of
findings per severity."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ropa.core.checks.completeness import LEGAL_BASIS, ActivityCompleteness
from ropa.core.checks.model import Severity
from ropa.core.i18n import label, tr, value_label
from ropa.core.reads.dashboard import Dashboard, Review
from ropa.ui.models.dashboard_models import TextRow, TextRowsModel
from ropa.ui.views.overview_view import make_read_only

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
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.values)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        chart.setTitleBrush(text)
        for axis in (self.categories, self.values):
            axis.setLabelsBrush(text)
        self.setChart(chart)

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
