"""The overview dashboard of the organisation shown: the checks' findings per severity (a
double-click goes to the entity), completeness per activity, reviews due, counts and a chart.

It reads through `loader` (one read: context, checks, completeness; see
ropa.core.reads.dashboard) when shown, and again after each change reported on `events`; it
writes nothing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from ropa.core.changes import ChangeSet
from ropa.core.checks.completeness import ActivityCompleteness
from ropa.core.checks.engine import CheckContext
from ropa.core.checks.model import Finding, Severity
from ropa.core.handle import Register
from ropa.core.i18n import normalise_language
from ropa.core.reads.dashboard import Dashboard, read_dashboard
from ropa.ui.commands import RegisterEvents
from ropa.ui.models.dashboard_models import (
    ACTIVITY_ID_ROLE,
    FindingGroup,
    FindingRow,
    FindingsModel,
    SameObjects,
    TextRow,
)
from ropa.ui.views.dashboard_panels import (
    COL_DONE_ITEMS,
    SeverityChart,
    completeness_row,
    fill_counts,
    make_counts_tree,
    make_table,
    review_rows,
    severity_label,
    show_rows,
)
from ropa.ui.views.refresh import Refresher

MOST_PENDING = 2000
"""More changes than this while hidden: read everything again rather than keep a list."""

# The pages (keys of ropa.ui.main_window) showing the entities a finding may be about.
CATALOGUE_TABLES = frozenset(
    {"data_category", "data_subject_category", "recipient_category", "security_measure"}
)
PAGE_OF_TABLE = {"party": "parties", "cookie": "cookies", "organisation": "organisation"}
PAGE_OF_TABLE.update(dict.fromkeys(CATALOGUE_TABLES, "catalogues"))


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
    a row of the completeness or reviews table asks for its activity or its page.

    It keeps the register it read in memory (a CheckContext) and the changes reported since,
    so a refresh after an edit reads only the activities edited (refresh_context)."""

    open_activity_requested = Signal(str)
    open_page_requested = Signal(str, str, str)  # the page key, the entity's table and id

    def __init__(
        self,
        db: Register,
        events: RegisterEvents,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._organisation_id: str | None = None
        self.language = normalise_language(language)
        self.dashboard: Dashboard | None = None
        self._context: CheckContext | None = None
        self._finding_rows = SameObjects(self._finding_row)
        self._completeness_rows: SameObjects[ActivityCompleteness, TextRow] = SameObjects(
            lambda done: completeness_row(done, self.language)
        )
        self._changes: list[tuple[str, str]] | None = None  # None: read everything

        self.refresher = Refresher(self, events, lambda _changes: True, self._changed)
        self.refresher.stale()  # read when first shown

        self.findings_model = FindingsModel([self.tr("Finding"), self.tr("Article")], self)
        self.findings_tree = QTreeView(self)
        self.findings_tree.setModel(self.findings_model)
        self.findings_tree.setAccessibleName(self.tr("Findings"))
        self.findings_tree.setUniformRowHeights(True)
        header = self.findings_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.findings_tree.activated.connect(self._finding_activated)

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
            number_columns=[COL_DONE_ITEMS],
        )
        self.reviews_table = make_table(
            self,
            self.tr("Reviews due"),
            [self.tr("Due"), self.tr("When"), self.tr("Activity")],
        )
        for table in (self.completeness_table, self.reviews_table):
            table.activated.connect(self._row_activated)
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

        # Findings and completeness on the left (the long texts), the chart, the counts and
        # the reviews in a narrower column on the right: at 1,280 pixels every column shows.
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.chart, 3)
        side.addWidget(self.counts_label)
        side.addWidget(self.counts_tree, 2)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.findings_label, 0, 0)
        grid.addWidget(self.findings_tree, 1, 0)
        grid.addLayout(side, 0, 1, 2, 1)
        grid.addWidget(self.completeness_label, 2, 0)
        grid.addWidget(self.completeness_table, 3, 0)
        grid.addWidget(self.reviews_label, 2, 1)
        grid.addWidget(self.reviews_table, 3, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 1)

    # -- reading -------------------------------------------------------------------------------

    def set_database(self, db: Register) -> None:
        """Show another register (its first organisation until told which)."""
        self._db = db
        self._organisation_id = None
        self.refresh()

    def set_organisation(self, organisation_id: str | None) -> None:
        """Show this organisation's dashboard."""
        if organisation_id != self._organisation_id:
            self._organisation_id = organisation_id
            self.refresh()

    def organisation_id(self) -> str | None:
        return self._organisation_id

    def refresh(self) -> None:
        """Read everything again (now if shown, else when next shown): after another register
        or organisation is shown."""
        self._context = None
        self._changes = None
        self.refresher.stale()

    def _changed(self, changes: ChangeSet) -> None:
        if changes.whole or len(changes.keys()) > MOST_PENDING:
            self._changes = None
        elif self._changes is not None:
            self._changes.extend(changes.pairs())
        self.reload()

    def reload(self) -> None:
        """Bring the dashboard up to date: the activities changed since the last read (see
        refresh_context), else the whole organisation; then show it."""
        changes, self._changes = self._changes, []
        self._context, dashboard = read_dashboard(
            self._db, self._organisation_id, self._context, changes
        )
        self.show_dashboard(dashboard)

    # -- showing -------------------------------------------------------------------------------

    def show_dashboard(self, dashboard: Dashboard) -> None:
        """Fill every panel from one computed dashboard."""
        self.dashboard = dashboard
        lang = self.language
        groups = dashboard.findings_by_severity()
        self._show_findings(groups)
        self.chart.show_counts({severity: len(found) for severity, found in groups.items()})
        show_rows(self.completeness_table, self._completeness_rows.all(dashboard.completeness))
        show_rows(self.reviews_table, review_rows(dashboard.overdue, dashboard.upcoming))
        fill_counts(self.counts_tree, dashboard, lang)

    def _finding_row(self, finding: Finding) -> FindingRow:
        lang = self.language
        text = finding_text(finding, lang)
        return FindingRow(finding, text, finding.article, f"{text}\n\n{finding.hint(lang)}")

    def _show_findings(self, groups: dict[Severity, list[Finding]]) -> None:
        lang = self.language
        rows = iter(self._finding_rows.all([f for found in groups.values() for f in found]))
        shown = [
            FindingGroup(
                severity,
                f"{severity_label(lang, severity)} ({len(findings)})",
                tuple(next(rows) for _ in findings),
            )
            for severity, findings in groups.items()
        ]
        if self.findings_model.set_groups(shown):
            for row, group in enumerate(shown):
                self.findings_tree.setExpanded(self.findings_model.index(row, 0), bool(group.rows))

    def finding_rows(self, severity: Severity) -> list[FindingRow]:
        """The findings shown under one severity (for tests and accessibility tools)."""
        for group in self.findings_model.groups():
            if group.severity == severity:
                return list(group.rows)
        return []

    def finding_index(self, severity: Severity, position: int) -> QModelIndex:
        """The index of a severity's finding shown at position."""
        return self.findings_model.index(position, 0, self.findings_model.group_index(severity))

    # -- going to an entity --------------------------------------------------------------------

    def _finding_activated(self, index: QModelIndex) -> None:
        row = self.findings_model.finding_row(index)
        if row is not None:
            self.open_finding(row.finding)

    def open_finding(self, finding: Finding) -> None:
        """Ask for the finding's activity, else for the page of its entity."""
        if finding.activity_id is not None:
            self.open_activity_requested.emit(finding.activity_id)
            return
        page = finding_page(finding)
        if page is not None:
            self.open_page_requested.emit(page, finding.table, finding.entity_id)

    def _row_activated(self, index: QModelIndex) -> None:
        activity_id = index.data(ACTIVITY_ID_ROLE)
        if activity_id:
            self.open_activity_requested.emit(str(activity_id))
