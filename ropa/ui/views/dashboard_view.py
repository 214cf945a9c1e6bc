"""The overview dashboard of the organisation shown: the checks' findings per severity, with
the privacy notice's gaps as `ropa check` lists them, those that block publishing the notice
marked (a double-click goes to where it is fixed), completeness per activity, reviews due,
counts and a chart.

It reads through ropa.core.reads.dashboard (one read: context, checks, completeness) when
shown, and again after each change reported on `events`; it writes nothing. The notice's gaps
cost a build of the notice in each document language (about 0.25 s per language at 1,000
activities): they are found in a worker thread (ui/background.py) from the context read, after
the rules' findings are shown, once per burst of changes; meanwhile the gaps found before are
shown with the new rules' findings, and the page says the notice is being checked.

Above them, the To do (AccountabilityPanel: breaches to notify, requests late or due within a
week, reviews and contracts whose date runs out), read through ropa.core.todo when one of its
tables changed, and again every minute while shown (the clocks run: see
ui/views/clock.py). The findings follow the clock too: while a breach's 72 hours run, its
findings are computed again each minute on the context read (the register did not change:
nothing is read again), and the day changing reads it again (cheaply: no activity changed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ropa.core.changes import ChangeSet
from ropa.core.checks.completeness import ActivityCompleteness
from ropa.core.checks.engine import CheckContext
from ropa.core.checks.model import Finding, Severity
from ropa.core.checks.notice_gaps import NoticeGap
from ropa.core.deadlines import BreachState
from ropa.core.handle import Register
from ropa.core.i18n import normalise_language
from ropa.core.reads.dashboard import (
    Dashboard,
    counts_hours,
    earlier_gaps,
    finding_place,
    notice_tree,
    read_dashboard,
    redated_dashboard,
)
from ropa.core.reads.organisation import shown_organisation
from ropa.core.todo import SOURCE_TABLES as TODO_TABLES
from ropa.core.todo import TodoKind, load_todo
from ropa.exports.notice.findings import notice_gaps
from ropa.ui.background import BackgroundJob
from ropa.ui.commands import RegisterEvents
from ropa.ui.models.dashboard_models import (
    ACTIVITY_ID_ROLE,
    COL_FINDING_BLOCKS,
    FindingGroup,
    FindingRow,
    FindingsModel,
    SameKeys,
    SameObjects,
    TextRow,
)
from ropa.ui.views.clock import PageClock
from ropa.ui.views.dashboard_panels import (
    COL_DONE_ITEMS,
    FIT_ROWS,
    PAGE_ACTIVITY,
    PAGE_BREACHES,
    PAGE_REQUESTS,
    AccountabilityPanel,
    SeverityChart,
    completeness_row,
    due_lines,
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
NOTICE_DELAY_MS = 250
"""After a change, the notice's gaps are found again once no other change came for this long
(as the notice page builds its preview again)."""

# The pages (keys of ropa.ui.main_window) showing the entities a finding may be about. A gap
# of the notice about activities but none in particular ("no activity in the notice") is
# fixed on the activities page.
CATALOGUE_TABLES = frozenset(
    {"data_category", "data_subject_category", "recipient_category", "security_measure"}
)
PAGE_OF_TABLE = {
    "party": "parties",
    "cookie": "cookies",
    "organisation": "organisation",
    "activity": "activities",
    "rights_request": PAGE_REQUESTS,
    "breach": PAGE_BREACHES,
    "contract": "contracts",
    "dpia": "dpias",
}
PAGE_OF_TABLE.update(dict.fromkeys(CATALOGUE_TABLES, "catalogues"))
NOTICE_PAGE = "notice"


def finding_page(finding: Finding, table: str | None = None) -> str | None:
    """The page where a finding that belongs to no activity is fixed: the page of its entity's
    `table` (its own table unless told: see finding_place), else the privacy notice's page
    for a gap of the notice."""
    page = PAGE_OF_TABLE.get(table or finding.table)
    if page is None and finding.described_by is not None:
        return NOTICE_PAGE
    return page


def finding_text(finding: Finding, lang: str) -> str:
    """ "where — message", where as `ropa check` says it: "label › field" for a rule's
    finding, the notice page's words for a gap of the notice."""
    return f"{finding.where(lang)} \u2014 {finding.message(lang)}"


def _bold(widget: QLabel) -> QLabel:
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget


class DashboardView(QWidget):
    """The dashboard of the organisation shown. Activating a finding (double-click, Enter) or
    a row of the completeness or reviews table asks for its activity or its page.

    It keeps the register it read in memory (a CheckContext) and the changes reported since,
    so a refresh after an edit reads only the activities edited (refresh_context). `today`
    (local date) and `now` (aware) are the clock's unless given (tests)."""

    open_activity_requested = Signal(str)
    open_page_requested = Signal(str, str, str)  # the page key, the entity's table and id

    def __init__(
        self,
        db: Register,
        events: RegisterEvents,
        language: str,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._now = now
        self._organisation_id: str | None = None
        self.language = normalise_language(language)
        self.dashboard: Dashboard | None = None
        self._context: CheckContext | None = None
        self._finding_rows = SameObjects(self._finding_row)
        # A gap's finding is made anew at each merge, of gaps found anew after each change:
        # its row is kept by the gap's value (a dataclass's repr names every field).
        self._gap_rows: SameKeys[Finding, FindingRow] = SameKeys(
            self._finding_row, lambda finding: repr(finding.described_by)
        )
        self._completeness_rows: SameObjects[ActivityCompleteness, TextRow] = SameObjects(
            lambda done: completeness_row(done, self.language)
        )
        self._changes: list[tuple[str, str]] | None = None  # None: read everything
        # The notice's gaps found last (for the organisation shown), merged with the rules'
        # findings of each read until those of the read are found.
        self._gaps: list[NoticeGap] | None = None
        self.notice_job = BackgroundJob(self, NOTICE_DELAY_MS, pause_collector=True)
        self.notice_job.finished.connect(self._notice_gaps_found)

        # The To do: read when one of its tables changed (core/todo.py SOURCE_TABLES).
        self.accountability_panel = AccountabilityPanel(self)
        self.accountability_panel.open_requested.connect(self._open_todo)
        self._accountability_stale = True
        # Whether a breach of the organisation shown is inside its 72 hours, not notified: its
        # findings say the time left, so they follow the clock.
        self._breach_clock_runs = False
        self.clock = PageClock(self, self.follow_clock)

        self.refresher = Refresher(self, events, lambda _changes: True, self._changed)
        self.refresher.stale()  # read when first shown

        self.findings_model = FindingsModel(
            [self.tr("Finding"), self.tr("Article"), self.tr("Notice")],
            self,
            blocks_text=self.tr("Blocks publication"),
            blocks_tip=self.tr(
                "Blocks publishing the privacy notice: it cannot be published or exported "
                "until this is fixed."
            ),
            blocks_header_tip=self.tr("Whether the finding blocks publishing the privacy notice"),
        )
        self.findings_tree = QTreeView(self)
        self.findings_tree.setModel(self.findings_model)
        self.findings_tree.setAccessibleName(self.tr("Findings"))
        self.findings_tree.setUniformRowHeights(True)
        header = self.findings_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FINDING_BLOCKS, QHeaderView.ResizeMode.ResizeToContents)
        # Fitted on the rows on screen and the next FIT_ROWS, not all of them: fitting asks the
        # model for each row considered (thousands of calls at 1,000 activities), and the
        # tree is fitted again after each edit and once more when the notice's gaps come.
        header.setResizeContentsPrecision(FIT_ROWS)
        self.findings_tree.activated.connect(self._finding_activated)
        # Says the notice's gaps are being found (empty once they are), in a room kept for
        # its text (the heading row does not move when it comes and goes).
        self._checking_text = self.tr("Checking the privacy notice…")
        self.notice_status = QLabel(self._checking_text, self)
        self.notice_status.setEnabled(False)  # greyed: a state, not content
        self.notice_status.setMinimumWidth(self.notice_status.sizeHint().width())
        self.notice_status.setText("")

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
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.findings_label)
        heading.addStretch(1)
        heading.addWidget(self.notice_status)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.chart, 3)
        side.addWidget(self.counts_label)
        side.addWidget(self.counts_tree, 2)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.accountability_panel, 0, 0, 1, 2)
        grid.addLayout(heading, 1, 0)
        grid.addWidget(self.findings_tree, 2, 0)
        grid.addLayout(side, 1, 1, 2, 1)
        grid.addWidget(self.completeness_label, 3, 0)
        grid.addWidget(self.completeness_table, 4, 0)
        grid.addWidget(self.reviews_label, 3, 1)
        grid.addWidget(self.reviews_table, 4, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(4, 1)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # e.g. the system turned dark
            self.findings_model.palette_changed()

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
        self._gaps = None
        self._accountability_stale = True
        self.notice_job.cancel()
        self.refresher.stale()

    def _changed(self, changes: ChangeSet) -> None:
        if changes.whole or changes.touches(*TODO_TABLES):
            self._accountability_stale = True
        if changes.whole or len(changes.keys()) > MOST_PENDING:
            self._changes = None
        elif self._changes is not None:
            self._changes.extend(changes.pairs())
        self.reload()

    def reload(self) -> None:
        """Bring the dashboard up to date: the activities changed since the last read (see
        refresh_context), else the whole organisation; then show it, with the notice's gaps
        found before, and find those of this read off the GUI thread."""
        if self._accountability_stale:
            self.read_time_limits()
        changes, self._changes = self._changes, []
        self._context, dashboard = read_dashboard(
            self._db, self._organisation_id, self._context, changes, self._today()
        )
        context = self._context
        if context is None:  # no organisation: no notice
            self.notice_job.cancel()
            self.show_dashboard(dashboard.with_notice_gaps(()))
            return
        if self._gaps is not None:
            dashboard = dashboard.with_notice_gaps(earlier_gaps(context, self._gaps), False)
        self.show_dashboard(dashboard)
        tree, today = notice_tree(context)
        # At once when nothing was found yet (the page was just shown), else once the
        # changes stop.
        self.notice_job.request(
            lambda: notice_gaps(tree, today), 0 if self._gaps is None else NOTICE_DELAY_MS
        )

    def read_time_limits(self) -> None:
        """Read the To do again (core/todo.py) and show the organisation's."""
        self._accountability_stale = False
        self.clock.read()
        data = load_todo(self._db, today=self._today(), now=self._now())
        organisation_id = shown_organisation(self._organisation_id, data.organisation_ids)
        self._breach_clock_runs = any(
            item.organisation_id == organisation_id
            and item.kind is TodoKind.BREACH
            and item.state == BreachState.DECISION_OPEN
            for item in data.items
        )
        self.accountability_panel.show_lines(due_lines(data.items, organisation_id, self.language))

    def follow_clock(self) -> None:
        """The clocks ran (a minute while shown, or shown again later): the time limits read
        again; the findings computed again when they depend on the time."""
        self.read_time_limits()
        context = self._context
        if context is None or self._changes is None or self.dashboard is None:
            return  # nothing read yet, or a whole read is due when next shown
        if context.today != self._today():
            # Requests due, reviews overdue: read again (no activity changed, so only the
            # organisation's small tables are; the activities' findings are computed anew).
            self.reload()
            return
        if not self._breach_clock_runs and not counts_hours(self.dashboard):
            return
        # Only the moment changed: the context read is checked again at the new one.
        dashboard = redated_dashboard(context, self._now())
        if self._gaps is not None:
            gaps = earlier_gaps(context, self._gaps)
            dashboard = dashboard.with_notice_gaps(gaps, self.dashboard.notice_checked)
        self.show_dashboard(dashboard)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        """Shown again after a while: the clocks have run meanwhile."""
        super().showEvent(event)
        self.clock.shown()

    def _notice_gaps_found(self, gaps: Sequence[NoticeGap]) -> None:
        """The gaps of the notice of the last read: shown with its rules' findings."""
        self._gaps = list(gaps)
        if self.dashboard is not None and self.dashboard.organisation_id is not None:
            self.show_dashboard(self.dashboard.with_notice_gaps(self._gaps))

    def notice_checked(self) -> bool:
        """Whether the findings shown hold the notice's gaps of the register as last read."""
        return self.dashboard is not None and self.dashboard.notice_checked

    # -- showing -------------------------------------------------------------------------------

    def show_dashboard(self, dashboard: Dashboard) -> None:
        """Fill every panel from one computed dashboard."""
        self.dashboard = dashboard
        lang = self.language
        self.notice_status.setText("" if dashboard.notice_checked else self._checking_text)
        groups = dashboard.findings_by_severity()
        self._show_findings(groups)
        self.chart.show_counts({severity: len(found) for severity, found in groups.items()})
        show_rows(self.completeness_table, self._completeness_rows.all(dashboard.completeness))
        show_rows(self.reviews_table, review_rows(dashboard.overdue, dashboard.upcoming))
        fill_counts(self.counts_tree, dashboard, lang)

    def _finding_row(self, finding: Finding) -> FindingRow:
        lang = self.language
        text = finding_text(finding, lang)
        hint = finding.hint(lang)
        if finding.blocks_publication and finding.described_by is None:
            # A gap's own hint says it; a rule's does not.
            hint = f"{self.tr('Blocks publishing the privacy notice.')}\n{hint}"
        return FindingRow(finding, text, finding.article, f"{text}\n\n{hint}")

    def _show_findings(self, groups: dict[Severity, list[Finding]]) -> None:
        lang = self.language
        findings = [f for found in groups.values() for f in found]
        rule_rows = iter(self._finding_rows.all([f for f in findings if f.described_by is None]))
        gap_rows = iter(self._gap_rows.all([f for f in findings if f.described_by is not None]))
        rows = iter([next(rule_rows if f.described_by is None else gap_rows) for f in findings])
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
        """Ask for the finding's activity, else for the page where its entity is fixed (the
        organisation's, a cookie, a party, a catalogue entry...)."""
        if finding.activity_id is not None:
            self.open_activity_requested.emit(finding.activity_id)
            return
        table, entity_id = finding_place(self._context, finding)
        page = finding_page(finding, table)
        if page is not None:
            self.open_page_requested.emit(page, table, entity_id)

    def _open_todo(self, page: str, table: str, entity_id: str) -> None:
        """A line of the To do: an activity opens in its editor, anything else on its page."""
        if page == PAGE_ACTIVITY:
            self.open_activity_requested.emit(entity_id)
        else:
            self.open_page_requested.emit(page, table, entity_id)

    def _row_activated(self, index: QModelIndex) -> None:
        activity_id = index.data(ACTIVITY_ID_ROLE)
        if activity_id:
            self.open_activity_requested.emit(str(activity_id))
