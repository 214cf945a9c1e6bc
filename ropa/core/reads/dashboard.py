"""What the overview dashboard shows of one organisation, computed in one read of the register:
the checks' findings, each activity's Art. 30 completeness, the reviews due, and the counts per
role, status and legal basis (plain values, measured and tested without widgets)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta

from ropa.core.checks.completeness import ActivityCompleteness, completeness
from ropa.core.checks.engine import CheckContext, load_context, refresh_context, run_checks
from ropa.core.checks.model import Finding, Severity
from ropa.core.handle import Register

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
    completeness: list[ActivityCompleteness] = field(default_factory=list)
    overdue: list[Review] = field(default_factory=list)
    upcoming: list[Review] = field(default_factory=list)
    by_role: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    by_legal_basis: dict[str, int] = field(default_factory=dict)
    """Purposes of the live (not retired) activities per legal basis ("" for none recorded)."""

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
        completeness=completeness(ctx),
        overdue=overdue,
        upcoming=upcoming,
        by_role=dict(Counter(str(a["role"]) for a in activities)),
        by_status=dict(Counter(str(a["status"]) for a in activities)),
        by_legal_basis=dict(bases),
    )


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
