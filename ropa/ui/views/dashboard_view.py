"""The overview dashboard of the organisation shown: the checks' findings per severity (a
double-click goes to the entity), completeness per activity, reviews due, counts and a chart.

It reads through `loader` (one read: context, checks, completeness; see dashboard_data) when
shown, and again after each change reported on `events`; it writes nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ropa.core.checks.model import Finding, Severity
from ropa.core.i18n import normalise_language
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.views.dashboard_data import Dashboard, load_dashboard
from ropa.ui.views.dashboard_panels import (
    ACTIVITY_ID_ROLE,
    SeverityChart,
    fill_completeness,
    fill_counts,
    fill_reviews,
    make_counts_tree,
    make_table,
    severity_label,
)
from ropa.ui.views.reload_when_shown import ReloadWhenShown

FINDING_ROLE = Qt.ItemDataRole.UserRole + 2

# The pages (keys of ropa.ui.main_window) showing the entities a finding may be about.
CATALOGUE_TABLES = frozenset(
    {"data_category", "data_subject_category", "recipient_category", "security_measure"}
)
PAGE_OF_TABLE = {"party": "parties", "cookie": "cookies", "organisation": "organisation"}
PAGE_OF_TABLE.update(dict.fromkeys(CATALOGUE_TABLES, "catalogues"))

DashboardLoader = Callable[[RegisterDatabase, "str | None"], Dashboard]


def finding_page(finding: Finding) -> str | None:
    """The page showing the entity of a finding that belongs to no activity."""
    if finding.rule.startswith("notice."):
        return "notice"
    return PAGE_OF_TABLE.get(finding.table)


def finding_text(finding: Finding, lang: str) -> str:
    """ "label › field — message" (without the field when the finding names none)."""
    field = finding.field_label(lang)
    where = f"{finding.label} \u203a {field}" if field else finding.label
    return f"{where} \u2014 {finding.message(lang)}"


def _bold(widget: QLabel) -> QLabel:
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget


class DashboardView(QWidget):
    """The dashboard of the organisation shown. Activating a finding (double-click, Enter) or
    a row of the completeness or reviews table asks for its activity or its page."""

    open_activity_requested = Signal(str)
    open_page_requested = Signal(str, str)  # the page key, the entity's id

    def __init__(
        self,
        db: RegisterDatabase,
        events: RegisterEvents,
        language: str,
        parent: QWidget | None = None,
        loader: DashboardLoader = load_dashboard,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._loader = loader
        self._organisation_id: str | None = None
        self.language = normalise_language(language)
        self.dashboard: Dashboard | None = None
        self._shown_findings: list[Finding] = []  # a row's FINDING_ROLE is its index here

        self._reloads = ReloadWhenShown(self, self.reload)
        events.entity_changed.connect(self._reloads.changed)

        self.findings_tree = QTreeWidget(self)
        self.findings_tree.setAccessibleName(self.tr("Findings"))
        self.findings_tree.setColumnCount(2)
        self.findings_tree.setHeaderLabels([self.tr("Finding"), self.tr("Article")])
        self.findings_tree.setUniformRowHeights(True)
        self.findings_tree.setColumnWidth(0, 520)
        self.findings_tree.itemActivated.connect(self._finding_activated)

        self.completeness_table = make_table(
            self,
            self.tr("Completeness per activity"),
            [
                self.tr("Reference"),
                self.tr("Name"),
                self.tr("Status"),
                self.tr("Art. 30 items"),
                self.tr("Missing"),
            ],
        )
        self.reviews_table = make_table(
            self,
            self.tr("Reviews due"),
            [self.tr("Reference"), self.tr("Name"), self.tr("Next review"), self.tr("When")],
        )
        for table in (self.completeness_table, self.reviews_table):
            table.itemActivated.connect(self._row_activated)
        self.counts_tree = make_counts_tree(self)
        self.chart = SeverityChart(self.language, self)

        self.findings_label = _bold(QLabel(self.tr("Findings"), self))
        self.completeness_label = _bold(QLabel(self.tr("Completeness per activity"), self))
        self.reviews_label = _bold(QLabel(self.tr("Reviews: overdue and next 60 days"), self))
        self.counts_label = _bold(QLabel(self.tr("Counts"), self))
        for label_widget, buddy in (
            (self.findings_label, self.findings_tree),
            (self.completeness_label, self.completeness_table),
            (self.reviews_label, self.reviews_table),
            (self.counts_label, self.counts_tree),
        ):
            label_widget.setBuddy(buddy)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.findings_label, 0, 0)
        grid.addWidget(self.findings_tree, 1, 0)
        grid.addWidget(self.chart, 0, 1, 2, 1)
        grid.addWidget(self.counts_label, 0, 2)
        grid.addWidget(self.counts_tree, 1, 2)
        grid.addWidget(self.completeness_label, 2, 0)
        grid.addWidget(self.completeness_table, 3, 0)
        grid.addWidget(self.reviews_label, 2, 1, 1, 2)
        grid.addWidget(self.reviews_table, 3, 1, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 1)

    # -- reading -------------------------------------------------------------------------------

    def set_database(self, db: RegisterDatabase) -> None:
        """Show another register (its first organisation until told which)."""
        self._db = db
        self._organisation_id = None
        self._reloads.changed()

    def set_organisation(self, organisation_id: str | None) -> None:
        """Show this organisation's dashboard."""
        if organisation_id != self._organisation_id:
            self._organisation_id = organisation_id
            self._reloads.changed()

    def organisation_id(self) -> str | None:
        return self._organisation_id

    def refresh(self) -> None:
        """Read again soon if shown, else when next shown."""
        self._reloads.changed()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        self._reloads.shown()

    def reload(self) -> None:
        """Read the organisation once (checks included) and show it."""
        self._reloads.done()
        self.show_dashboard(self._loader(self._db, self._organisation_id))

    # -- showing -------------------------------------------------------------------------------

    def show_dashboard(self, dashboard: Dashboard) -> None:
        """Fill every panel from one computed dashboard."""
        self.dashboard = dashboard
        lang = self.language
        groups = dashboard.findings_by_severity()
        self._fill_findings(groups)
        self.chart.show_counts({severity: len(found) for severity, found in groups.items()})
        fill_completeness(self.completeness_table, dashboard.completeness, lang)
        fill_reviews(self.reviews_table, dashboard.overdue, dashboard.upcoming)
        fill_counts(self.counts_tree, dashboard, lang)

    def _fill_findings(self, groups: dict[Severity, list[Finding]]) -> None:
        tree, lang = self.findings_tree, self.language
        tree.setUpdatesEnabled(False)
        try:
            tree.clear()
            self._shown_findings = []
            for severity, findings in groups.items():
                title = f"{severity_label(lang, severity)} ({len(findings)})"
                group = QTreeWidgetItem(tree, [title])
                group.setData(0, Qt.ItemDataRole.UserRole, severity.value)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                for finding in findings:
                    item = QTreeWidgetItem(group, [finding_text(finding, lang), finding.article])
                    item.setToolTip(0, finding.hint(lang))
                    item.setToolTip(1, finding.article)
                    item.setData(0, FINDING_ROLE, len(self._shown_findings))
                    self._shown_findings.append(finding)
                group.setExpanded(bool(findings))
        finally:
            tree.setUpdatesEnabled(True)

    def finding_items(self, severity: Severity) -> list[QTreeWidgetItem]:
        """The rows of one severity's group (for tests and accessibility tools)."""
        for index in range(self.findings_tree.topLevelItemCount()):
            group = self.findings_tree.topLevelItem(index)
            if group is not None and group.data(0, Qt.ItemDataRole.UserRole) == severity.value:
                children = (group.child(row) for row in range(group.childCount()))
                return [child for child in children if child is not None]
        return []

    # -- going to an entity --------------------------------------------------------------------

    def _finding_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, FINDING_ROLE)
        if isinstance(index, int) and 0 <= index < len(self._shown_findings):
            self.open_finding(self._shown_findings[index])

    def open_finding(self, finding: Finding) -> None:
        """Ask for the finding's activity, else for the page of its entity."""
        if finding.activity_id is not None:
            self.open_activity_requested.emit(finding.activity_id)
            return
        page = finding_page(finding)
        if page is not None:
            self.open_page_requested.emit(page, finding.entity_id)

    def _row_activated(self, item: QTableWidgetItem) -> None:
        activity_id = item.data(ACTIVITY_ID_ROLE)
        if activity_id:
            self.open_activity_requested.emit(str(activity_id))
