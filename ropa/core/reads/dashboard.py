"""What the overview dashboard shows of one organisation, computed in one read of the register:
the checks' findings, each activity's Art. 30 completeness, the reviews due, and the counts per
role, status and legal basis (plain values, measured and tested without widgets).

The privacy notice's gaps are findings too (one list of what is missing, as `ropa check`
lists it), but finding them builds the notice in each document language (ropa.exports, which
the core does not import): the interface computes them apart, off its thread, from the
context read here (`notice_tree`), and merges them with `Dashboard.with_notice_gaps`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from ropa.core.checks.completeness import ActivityCompleteness, completeness
from ropa.core.checks.engine import CheckContext, load_context, refresh_context, run_checks
from ropa.core.checks.model import Finding, Severity
from ropa.core.checks.notice_gaps import NoticeGap, with_notice_gaps
from ropa.core.handle import Register
from ropa.core.snapshot import Row

UPCOMING_DAYS = 60
"""A review is "upcoming" when due within this many days from today (today included)."""


@dataclass(frozen=True)
class Review:
    """An activity's next review date, and how far it is from today (negative: overdue)."""

    activity_id: str
    reference: str
    name: str
    due: date
    days: int


@dataclass(frozen=True)
class Dashboard:
    """One organisation's dashboard (organisation_id None: the file holds no organisation)."""

    organisation_id: str | None
    today: date
    findings: list[Finding] = field(default_factory=list)
    """What is shown: the rules' findings, with the privacy notice's gaps once merged in
    (with_notice_gaps), as `ropa check` lists them."""
    completeness: list[ActivityCompleteness] = field(default_factory=list)
    overdue: list[Review] = field(default_factory=list)
    upcoming: list[Review] = field(default_factory=list)
    by_role: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    by_legal_basis: dict[str, int] = field(default_factory=dict)
    """Purposes of the live (not retired) activities per legal basis ("" for none recorded)."""
    rule_findings: list[Finding] = field(default_factory=list)
    """The rules' findings alone (run_checks without the notice's gaps)."""
    notice_checked: bool = False
    """Whether `findings` hold the gaps of the notice of this very state of the register
    (False: not yet computed, or those of an earlier state while they are computed again)."""

    def with_notice_gaps(self, gaps: Iterable[NoticeGap], current: bool = True) -> Dashboard:
        """This dashboard with the notice's gaps among its findings: the findings
        run_checks(ctx, notice_gaps=gaps) gives, in its order (a rule's finding that says
        what a blocking gap says is marked as blocking publication). `current`: the gaps
        are those of this state of the register, not an earlier one's shown meanwhile."""
        found = list(gaps)
        if self.organisation_id is None:
            return replace(self, notice_checked=current)
        findings = with_notice_gaps(self.rule_findings, found) if found else self.rule_findings
        return replace(self, findings=findings, notice_checked=current)

    def findings_by_severity(self) -> dict[Severity, list[Finding]]:
        """The findings grouped per severity, every severity present (errors first)."""
        groups: dict[Severity, list[Finding]] = {severity: [] for severity in Severity}
        for finding in self.findings:
            groups[finding.severity].append(finding)
        return groups


def _reviews(ctx: CheckContext, today: date) -> tuple[list[Review], list[Review]]:
    """Overdue reviews (due before today, as the checks say) and those due within
    UPCOMING_DAYS, of the live activities, soonest first."""
    overdue: list[Review] = []
    upcoming: list[Review] = []
    horizon = today + timedelta(days=UPCOMING_DAYS)
    for activity in ctx.live_activities:
        due = activity["next_review"]
        if due is None or due > horizon:
            continue
        review = Review(
            activity_id=str(activity["id"]),
            reference=str(activity["reference"]),
            name=str(activity["name"]),
            due=due,
            days=(due - today).days,
        )
        (overdue if due < today else upcoming).append(review)
    overdue.sort(key=lambda r: (r.due, r.reference))
    upcoming.sort(key=lambda r: (r.due, r.reference))
    return overdue, upcoming


def build_dashboard(ctx: CheckContext, findings: list[Finding]) -> Dashboard:
    """The dashboard of a context already read and checked."""
    overdue, upcoming = _reviews(ctx, ctx.today)
    activities = ctx.activities
    bases = Counter(
        str(purpose["legal_basis"] or "")
        for activity in ctx.live_activities
        if activity["role"] != "processor"
        for purpose in activity["purposes"]
    )
    return Dashboard(
        organisation_id=str(ctx.organisation["id"]),
        today=ctx.today,
        findings=findings,
        rule_findings=findings,
        completeness=completeness(ctx),
        overdue=overdue,
        upcoming=upcoming,
        by_role=dict(Counter(str(a["role"]) for a in activities)),
        by_status=dict(Counter(str(a["status"]) for a in activities)),
        by_legal_basis=dict(bases),
    )


def notice_tree(ctx: CheckContext) -> tuple[Row, date]:
    """What finding the notice's gaps reads (ropa.exports.notice.findings.notice_gaps): the
    organisation's tree as the checks read it, and their day. Plain values that no later read
    changes (a refresh_context makes a new tree, keeping the unchanged activities' rows as
    they are), so another thread may build the notice from them."""
    return ctx.organisation, ctx.today


def earlier_gaps(ctx: CheckContext, gaps: Iterable[NoticeGap]) -> list[NoticeGap]:
    """The gaps found on an earlier state of the register that may still be shown while the
    current ones are computed: those of the same organisation, about no activity or one it
    still holds (a deleted activity's gap would lead nowhere)."""
    organisation_id = str(ctx.organisation["id"])
    held = ctx.activity_by_id
    return [
        gap
        for gap in gaps
        if gap.organisation_id in (None, organisation_id)
        and (gap.activity_id is None or gap.activity_id in held)
    ]


# The tree's list of the rows of a table a gap of the notice names by their name.
NAMED_ROWS = {"cookie": "cookies", "party": "parties"}


def finding_place(ctx: CheckContext | None, finding: Finding) -> tuple[str, str]:
    """Where a finding about no activity is fixed, as (table, id): its entity. A gap of the
    notice that no rule covers names a cookie or a party by its name, or the text it lacks
    (a cookie's, a catalogue entry's...): that row, found in `ctx` (the id is "" when it
    names none, e.g. "no activity in the notice")."""
    gap = finding.described_by
    if gap is None or finding.entity_id:
        return finding.table, finding.entity_id
    missing = getattr(gap, "missing", None)
    if missing is not None:
        return missing.table, missing.row_id
    name = (getattr(gap, "params", None) or {}).get("name")
    rows = NAMED_ROWS.get(finding.table)
    if ctx is not None and rows is not None and name is not None:
        for row in ctx.organisation[rows]:
            if row["name"] == name:
                return finding.table, str(row["id"])
    return finding.table, ""


def load_dashboard(
    db: Register, organisation_id: str | None, today: date | None = None
) -> Dashboard:
    """Read the organisation once and compute its whole dashboard (checks included)."""
    return read_dashboard(db, organisation_id, today=today)[1]


def read_dashboard(
    db: Register,
    organisation_id: str | None,
    earlier: CheckContext | None = None,
    changes: Collection[tuple[str, str]] | None = None,
    today: date | None = None,
) -> tuple[CheckContext | None, Dashboard]:
    """The organisation's context and dashboard. Given the context read `earlier` and the
    `changes` made since (None: unknown), only the changed activities are read again when
    refresh_context can (see there); otherwise the whole organisation is read."""
    if organisation_id is None:
        return None, Dashboard(organisation_id=None, today=today or date.today())
    with db.reader() as session:
        ctx = None
        if (
            earlier is not None
            and changes is not None
            and earlier.organisation["id"] == organisation_id
        ):
            ctx = refresh_context(session, earlier, changes, today)
        if ctx is None:
            ctx = load_context(session, organisation_id, today)
    return ctx, build_dashboard(ctx, run_checks(ctx))


def redated_dashboard(ctx: CheckContext, now: datetime) -> Dashboard:
    """The dashboard of a context already read, checked again at another moment (a breach's
    72 hours run): nothing is read from the register, the activities' findings remembered."""
    ctx.now = now
    return build_dashboard(ctx, run_checks(ctx))


def counts_hours(dashboard: Dashboard) -> bool:
    """Whether its findings count a breach's hours left (the last one may be overdue since)."""
    return any(f.rule == "breach.notification_due" for f in dashboard.rule_findings)
