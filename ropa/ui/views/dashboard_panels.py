"""The dashboard's panels that only show numbers: completeness per activity, reviews due, the
counts per role / status / legal basis, and the chart of findings per severity."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ropa.core.checks.completeness import LEGAL_BASIS, ActivityCompleteness
from ropa.core.checks.model import Severity
from ropa.core.i18n import label, tr, value_label
from ropa.ui.views.dashboard_data import Dashboard, Review
from ropa.ui.views.overview_view import read_only_table, table_item

ACTIVITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Columns of the completeness table.
COL_DONE_REFERENCE, COL_DONE_NAME, COL_DONE_STATUS, COL_DONE_ITEMS, COL_DONE_MISSING = range(5)
# Columns of the reviews table.
COL_REVIEW_REFERENCE, COL_REVIEW_NAME, COL_REVIEW_DUE, COL_REVIEW_WHEN = range(4)


def item_label(lang: str, item: str) -> str:
    """An Art. 30 item's name: the activity's field label (a purpose's for the legal basis)."""
    return label(lang, "purpose" if item == LEGAL_BASIS else "activity", item)


def severity_label(lang: str, severity: Severity) -> str:
    return tr(lang, f"check.severity.{severity.value}")


def make_table(parent: QWidget, name: str, headers: Sequence[str]) -> QTableWidget:
    """A read-only table of single whole-row selection, its last column stretched."""
    table = read_only_table(parent, name)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    # Sized once after filling (fit_columns): ResizeToContents would measure every row again
    # after each cell set, quadratic at 1,000 activities.
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fit_columns(table: QTableWidget) -> None:
    """Fit all but the last (stretched) column to the rows shown."""
    for column in range(table.columnCount() - 1):
        table.resizeColumnToContents(column)


def _cell(text: str, activity_id: str, number: bool = False) -> QTableWidgetItem:
    item = table_item(text, number)
    item.setData(ACTIVITY_ID_ROLE, activity_id)
    return item


def fill_completeness(table: QTableWidget, rows: Sequence[ActivityCompleteness], lang: str) -> None:
    """One row per activity: reference, name, status, "n / m" present, the missing items."""
    table.setUpdatesEnabled(False)
    table.setRowCount(len(rows))
    for row, done in enumerate(rows):
        missing = ", ".join(item_label(lang, item) for item in done.missing)
        items = _cell(f"{len(done.present)} / {len(done.applicable)}", done.activity_id, True)
        items.setToolTip(f"{done.percent} %")
        cells = (
            (COL_DONE_REFERENCE, _cell(done.reference, done.activity_id)),
            (COL_DONE_NAME, _cell(done.name, done.activity_id)),
            (COL_DONE_STATUS, _cell(value_label(lang, "status", done.status), done.activity_id)),
            (COL_DONE_ITEMS, items),
            (COL_DONE_MISSING, _cell(missing, done.activity_id)),
        )
        cells[-1][1].setToolTip(missing)
        for column, item in cells:
            table.setItem(row, column, item)
    fit_columns(table)
    table.setUpdatesEnabled(True)


def fill_reviews(
    table: QTableWidget, overdue: Sequence[Review], upcoming: Sequence[Review]
) -> None:
    """The overdue reviews first, then the upcoming ones, each with how far it is."""
    reviews = list(overdue) + list(upcoming)
    table.setRowCount(len(reviews))
    for row, review in enumerate(reviews):
        if review.days < 0:
            when = QCoreApplication.translate(
                "DashboardPanels", "overdue by %n day(s)", None, -review.days
            )
        elif review.days == 0:
            when = QCoreApplication.translate("DashboardPanels", "today")
        else:
            when = QCoreApplication.translate("DashboardPanels", "in %n day(s)", None, review.days)
        cells = (
            (COL_REVIEW_REFERENCE, _cell(review.reference, review.activity_id)),
            (COL_REVIEW_NAME, _cell(review.name, review.activity_id)),
            (COL_REVIEW_DUE, _cell(review.due.isoformat(), review.activity_id)),
            (COL_REVIEW_WHEN, _cell(when, review.activity_id)),
        )
        for column, item in cells:
            table.setItem(row, column, item)
    fit_columns(table)


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
