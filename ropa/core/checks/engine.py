"""The checks engine: a registry of rules, the context they read, and `run_checks`.

A rule is a function of a CheckContext yielding Findings, registered with `@rule(id, severity,
article)`. Rules read plain dicts (ropa.core.snapshot.read_tree), never the ORM, so all of them
run over one read of the register. Their texts are `check.<id>.message` and `check.<id>.hint`
in resources/text/checks.<lang>.json.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ropa.core.checks.model import SEVERITY_ORDER, Finding, Severity
from ropa.core.snapshot import Row, read_tree
from ropa.db.models import Change, NoticeVersion

RuleFunction = Callable[["CheckContext"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    article: str
    function: RuleFunction


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity, article: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule. Its function yields findings made with `ctx.finding(...)`."""

    def register(function: RuleFunction) -> RuleFunction:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        RULES[rule_id] = Rule(rule_id, severity, article, function)
        return function

    return register


@dataclass
class CheckContext:
    """One organisation's register, read once, with look-ups by id."""

    organisation: Row
    today: date
    last_change_at: datetime | None = None
    """The last change recorded in the history for this organisation."""
    notices: dict[str, datetime] = field(default_factory=dict)
    """The last publication time of the notice, per audience key ("all", "clients", ...)."""
    _rule: Rule | None = None

    def __post_init__(self) -> None:
        org = self.organisation
        self.parties = {p["id"]: p for p in org["parties"]}
        self.data_categories = {c["id"]: c for c in org["data_categories"]}
        self.data_subjects = {c["id"]: c for c in org["data_subject_categories"]}
        self.recipient_categories = {c["id"]: c for c in org["recipient_categories"]}
        self.security_measures = {c["id"]: c for c in org["security_measures"]}
        self.activities: list[Row] = list(org["activities"])
        self.activity_by_id = {a["id"]: a for a in self.activities}

    @property
    def live_activities(self) -> list[Row]:
        """The activities a finding is worth raising for: all but retired ones."""
        return [a for a in self.activities if a["status"] != "retired"]

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
        **params: Any,
    ) -> Finding:
        """A finding of the rule being run, on entity (a row of table)."""
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
        )


def _name(entity: Row) -> str:
    for key in ("legal_name", "name", "reference", "description"):
        if entity.get(key):
            return str(entity[key])
    return str(entity["id"])


def _load_rules() -> None:
    # The rule modules register themselves on import.
    from ropa.core.checks import rules_activity, rules_parties  # noqa: F401


def run_checks(context: CheckContext, rules: Iterable[str] | None = None) -> list[Finding]:
    """Every finding of the register (or of the named rules), errors first, then by place."""
    _load_rules()
    wanted = set(rules) if rules is not None else None
    findings: list[Finding] = []
    for found in RULES.values():
        if wanted is not None and found.id not in wanted:
            continue
        context._rule = found
        findings.extend(found.function(context))
    context._rule = None
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.label.casefold(), f.rule))
    return findings


def load_context(session: Session, organisation_id: str, today: date | None = None) -> CheckContext:
    """One organisation's register and the facts beside it (history, published notices)."""
    [organisation] = read_tree(session, [organisation_id])
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
    )


def check_register(
    session: Session, organisation_id: str, today: date | None = None
) -> list[Finding]:
    return run_checks(load_context(session, organisation_id, today))


def iter_purposes(ctx: CheckContext) -> Iterator[tuple[Row, Row]]:
    for activity in ctx.live_activities:
        for purpose in activity["purposes"]:
            yield activity, purpose
