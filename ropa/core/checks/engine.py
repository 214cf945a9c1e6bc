"""The checks engine: a registry of rules, the context they read, and `run_checks`.

A rule is a function yielding Findings, registered with `@rule(id, severity, article)` (a
function of the CheckContext) or `@activity_rule(...)` (a function of the context and one live
activity, whose findings depend on that activity alone and on the catalogues). Rules read plain
dicts (ropa.core.snapshot.read_tree), never the ORM, so all of them run over one read of the
register; an activity rule's findings are kept for the activities a refresh_context did not
read again. Their texts are `check.<id>.message` and `check.<id>.hint` in
resources/text/checks.<lang>.json.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ropa.core.checks.model import Finding, Severity
from ropa.core.checks.notice_gaps import NoticeGap, sort_key, with_notice_gaps
from ropa.core.snapshot import (
    OrganisationIndex,
    Row,
    merge_activities,
    read_organisation,
    read_tree,
)
from ropa.core.text_languages import MissingText
from ropa.core.tree import ACTIVITY
from ropa.db.models import Change, NoticeVersion

T = TypeVar("T")
RuleFunction = Callable[["CheckContext"], Iterable[Finding]]
ActivityRuleFunction = Callable[["CheckContext", Row], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    article: str
    function: RuleFunction | None = None
    per_activity: ActivityRuleFunction | None = None


RULES: dict[str, Rule] = {}


def _register(found: Rule) -> None:
    if found.id in RULES:
        raise ValueError(f"rule {found.id} registered twice")
    RULES[found.id] = found


def rule(rule_id: str, severity: Severity, article: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule on the whole register. Its function yields findings made with
    `ctx.finding(...)`."""

    def register(function: RuleFunction) -> RuleFunction:
        _register(Rule(rule_id, severity, article, function=function))
        return function

    return register


def activity_rule(
    rule_id: str, severity: Severity, article: str
) -> Callable[[ActivityRuleFunction], ActivityRuleFunction]:
    """Register a rule on one live (not retired) activity at a time: function(ctx, activity)
    yields its findings, reading nothing of the context but the activity, the catalogues and
    `today`."""

    def register(function: ActivityRuleFunction) -> ActivityRuleFunction:
        _register(Rule(rule_id, severity, article, per_activity=function))
        return function

    return register


@dataclass
class CheckContext(OrganisationIndex):
    """One organisation's register, read once, with look-ups by id."""

    organisation: Row
    today: date
    last_change_at: datetime | None = None
    """The last change recorded in the history for this organisation."""
    notices: dict[str, datetime] = field(default_factory=dict)
    """The last publication time of the notice, per audience key ("all", "clients", ...)."""
    now: datetime | None = None
    """The moment of the check (aware), for the breaches' 72-hour clock: the clock's when
    not given."""
    _rule: Rule | None = field(default=None, compare=False, repr=False)
    _memo: dict[tuple[str, int], tuple[Row, Any]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        if self.now is None:
            self.now = datetime.now(UTC)
        org = self.organisation
        self.index_organisation(org)
        self.activities: list[Row] = list(org["activities"])
        self.activity_by_id = {a["id"]: a for a in self.activities}

    @property
    def live_activities(self) -> list[Row]:
        """The activities a finding is worth raising for: all but retired ones."""
        return [a for a in self.activities if a["status"] != "retired"]

    def per_activity(self, key: str, activity: Row, compute: Callable[[Row], T]) -> T:
        """compute(activity), remembered under key for this very activity row: refresh_context
        hands the memory on, and keeps the rows of the activities it did not read again."""
        entry = self._memo.get((key, id(activity)))
        if entry is not None and entry[0] is activity:
            return cast(T, entry[1])
        value = compute(activity)
        self._memo[(key, id(activity))] = (activity, value)
        return value

    def keep_memory_of(self, earlier: CheckContext) -> None:
        """Take over what `earlier` remembered of the activities this context still holds (the
        same rows), unless the day changed (a review may have become overdue)."""
        if earlier.today != self.today:
            return
        current = self.activity_by_id
        self._memo = {
            key: entry
            for key, entry in earlier._memo.items()
            if current.get(entry[0]["id"]) is entry[0]
        }

    def activity_label(self, activity: Row) -> str:
        return f"{activity['reference']} \u2013 {activity['name']}"

    def finding(
        self,
        table: str,
        entity: Row,
        field_name: str | None,
        *,
        activity: Row | None = None,
        label: str | None = None,
        texts: tuple[MissingText, ...] = (),
        **params: Any,
    ) -> Finding:
        """A finding of the rule being run, on entity (a row of table); `texts`: the texts
        it is about, when it is about texts."""
        assert self._rule is not None
        if label is None:
            label = self.activity_label(activity) if activity is not None else _name(entity)
        return Finding(
            rule=self._rule.id,
            severity=self._rule.severity,
            article=self._rule.article,
            table=table,
            entity_id=str(entity["id"]),
            field=field_name,
            label=label,
            activity_id=str(activity["id"]) if activity is not None else None,
            params={k: str(v) for k, v in params.items()},
            texts=texts,
        )


def _name(entity: Row) -> str:
    for key in ("legal_name", "name", "reference", "description"):
        if entity.get(key):
            return str(entity[key])
    return str(entity["id"])


def _load_rules() -> None:
    # The rule modules register themselves on import.
    from ropa.core.checks import (  # noqa: F401
        rules_accountability,
        rules_activity,
        rules_contracts,
        rules_cookies,
        rules_dpias,
        rules_organisation,
        rules_parties,
        rules_translation,
    )


def run_checks(
    context: CheckContext,
    rules: Iterable[str] | None = None,
    *,
    notice_gaps: Iterable[NoticeGap] = (),
) -> list[Finding]:
    """Every finding of the register (or of the named rules), errors first, then by place.
    `notice_gaps`: the gaps of the organisation's privacy notice (found by the exporters, see
    ropa.exports.notice.findings), added as findings unless a rule already says the same."""
    _load_rules()
    wanted = set(rules) if rules is not None else None
    selected = [r for r in RULES.values() if wanted is None or r.id in wanted]
    findings: list[Finding] = []
    for found in selected:
        if found.function is not None:
            context._rule = found
            findings.extend(found.function(context))
    per_activity = [r for r in selected if r.per_activity is not None]
    if per_activity:
        key = "findings:" + ",".join(r.id for r in per_activity)

        def activity_findings(activity: Row) -> list[Finding]:
            found_here: list[Finding] = []
            for found in per_activity:
                assert found.per_activity is not None
                context._rule = found
                found_here.extend(found.per_activity(context, activity))
            return found_here

        for activity in context.live_activities:
            findings.extend(context.per_activity(key, activity, activity_findings))
    context._rule = None
    gaps = list(notice_gaps)
    if gaps:
        return with_notice_gaps(findings, gaps)
    findings.sort(key=sort_key)
    return findings


def load_context(
    session: Session,
    organisation_id: str,
    today: date | None = None,
    *,
    now: datetime | None = None,
) -> CheckContext:
    """One organisation's register and the facts beside it (history, published notices).
    `today` (the local date) and `now` (aware) default to the clock's."""
    [organisation] = read_tree(session, [organisation_id])
    return _context(session, organisation, today, now)


# The tables whose rows belong to one activity: a change there is read again with the activity.
ACTIVITY_CHILDREN = {child.name: child.table for child in ACTIVITY.children}
MOST_CHANGED = 500
"""More activities changed than this: read the whole register again (fewer queries)."""


def refresh_context(
    session: Session,
    earlier: CheckContext,
    changes: Iterable[tuple[str, str]],
    today: date | None = None,
    *,
    now: datetime | None = None,
) -> CheckContext | None:
    """`earlier` brought up to date after `changes` ((table, id) pairs, as the application's
    commands report them) were made to activities or their rows: the changed activities, the
    catalogues, parties and cookies are read again, the other activities kept. None when a
    change reaches beyond activities (a party, a catalogue entry, the organisation...): its
    effects on activities are not in `changes`, so the caller reads everything with
    load_context. The result equals what load_context would read."""
    organisation_id = str(earlier.organisation["id"])
    activity_ids: set[str] = set()
    owners: dict[tuple[str, str], str] | None = None
    for table, entity_id in changes:
        if table == ACTIVITY.name:
            activity_ids.add(entity_id)
            continue
        child = ACTIVITY_CHILDREN.get(table)
        if child is None:
            return None
        owner = session.execute(
            select(child.c.activity_id).where(child.c.id == entity_id)
        ).scalar_one_or_none()
        if owner is None:  # deleted: the activity that held it
            owners = owners if owners is not None else _child_owners(earlier)
            owner = owners.get((table, entity_id))
        if owner is None:
            return None
        activity_ids.add(owner)
    if len(activity_ids) > MOST_CHANGED:
        return None
    organisation = read_organisation(session, organisation_id, activity_ids)
    if organisation is None:
        return None
    merge_activities(organisation, earlier.activities, activity_ids)
    context = _context(session, organisation, today, now)
    context.keep_memory_of(earlier)
    return context


def _child_owners(ctx: CheckContext) -> dict[tuple[str, str], str]:
    """(table, id) of every row held by an activity -> the activity's id."""
    owners: dict[tuple[str, str], str] = {}
    for activity in ctx.activities:
        for child in ACTIVITY.children:
            for row in activity[child.key]:
                owners[(child.name, str(row["id"]))] = str(activity["id"])
    return owners


def _context(
    session: Session, organisation: Row, today: date | None, now: datetime | None = None
) -> CheckContext:
    organisation_id = organisation["id"]
    last_change = session.execute(
        select(func.max(Change.at)).where(Change.organisation_id == organisation_id)
    ).scalar_one()
    notices: dict[str, datetime] = dict(
        session.execute(  # type: ignore[arg-type]
            select(NoticeVersion.audience, func.max(NoticeVersion.published_at))
            .where(NoticeVersion.organisation_id == organisation_id)
            .group_by(NoticeVersion.audience)
        ).all()
    )
    return CheckContext(
        organisation=organisation,
        today=today or datetime.now(UTC).astimezone().date(),
        last_change_at=last_change,
        notices=notices,
        now=now,
    )


def check_register(
    session: Session,
    organisation_id: str,
    today: date | None = None,
    *,
    now: datetime | None = None,
) -> list[Finding]:
    return run_checks(load_context(session, organisation_id, today, now=now))
