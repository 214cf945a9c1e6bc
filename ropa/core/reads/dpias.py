"""What the impact assessments page (DPIAs) shows: each assessment with the activities it
covers, where it stands, the highest risk its measures leave and whether the authority must
still be consulted; and, for each covered activity, the state of the assessment that speaks
for it. Three queries whatever the number of assessments (never one per assessment)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core.dpias import (
    DpiaState,
    RiskRating,
    best_state,
    consultation_needed,
    dpia_state,
    highest,
)
from ropa.core.handle import Register
from ropa.core.queries import ActivityRow, list_activities, organisation_summaries
from ropa.db import models as m


@dataclass(frozen=True)
class DpiaRow:
    id: str
    organisation_id: str
    name: str
    status: str | None
    started_on: date | None
    completed_on: date | None
    review_on: date | None
    residual_risk: str | None
    decision: str | None
    decision_on: date | None
    prior_consultation: str | None
    consulted_on: date | None
    activity_ids: tuple[str, ...]
    """The activities covered, by reference."""
    activity_references: tuple[str, ...]
    risk_count: int
    unrated_risks: int
    """Risks whose likelihood or severity after the measures is not answered."""
    highest_residual: RiskRating | None
    """The risk its measures leave highest (severity, then likelihood); None: none rated."""
    consultation_needed: bool
    state: DpiaState


@dataclass(frozen=True)
class DpiasData:
    organisation_ids: list[str]
    dpias: list[DpiaRow]
    activities: list[ActivityRow]


def _value(enum_or_none: object) -> str | None:
    return None if enum_or_none is None else str(getattr(enum_or_none, "value", enum_or_none))


def _covered(session: Session, organisation_id: str | None) -> dict[str, list[tuple[str, str]]]:
    """Per assessment, its activities as (id, reference), by reference."""
    link, a = m.dpia_activity, m.Activity
    query = (
        select(link.c.dpia_id, a.id, a.reference)
        .join(a, a.id == link.c.activity_id)
        .order_by(a.reference, a.id)
    )
    if organisation_id is not None:
        query = query.where(a.organisation_id == organisation_id)
    found: dict[str, list[tuple[str, str]]] = {}
    for dpia_id, activity_id, reference in session.execute(query).tuples():
        found.setdefault(dpia_id, []).append((activity_id, reference))
    return found


def _residuals(session: Session, organisation_id: str | None) -> dict[str, list[RiskRating]]:
    """Per assessment, its risks' ratings after their measures, in their order."""
    r = m.DpiaRisk
    query = select(r.dpia_id, r.likelihood_after, r.severity_after).order_by(
        r.dpia_id, r.position, r.id
    )
    if organisation_id is not None:
        query = query.join(m.Dpia, m.Dpia.id == r.dpia_id).where(
            m.Dpia.organisation_id == organisation_id
        )
    found: dict[str, list[RiskRating]] = {}
    for dpia_id, likelihood, severity in session.execute(query).tuples():
        rating = RiskRating.of(_value(likelihood), _value(severity))
        found.setdefault(dpia_id, []).append(rating)
    return found


def list_dpias(
    session: Session,
    today: date,
    organisation_id: str | None = None,
    activity_id: str | None = None,
) -> list[DpiaRow]:
    """Every assessment (of one organisation, or covering one activity, or all), the latest
    started first (those without a start date first: still to be dated)."""
    d = m.Dpia
    query = select(
        d.id,
        d.organisation_id,
        d.name,
        d.status,
        d.started_on,
        d.completed_on,
        d.review_on,
        d.residual_risk,
        d.decision,
        d.decision_on,
        d.prior_consultation,
        d.consulted_on,
    ).order_by(d.started_on.desc().nulls_first(), d.name, d.id)
    if organisation_id is not None:
        query = query.where(d.organisation_id == organisation_id)
    covered = _covered(session, organisation_id)
    residuals = _residuals(session, organisation_id)
    rows = []
    for row in session.execute(query).tuples():
        (id_, org, name, status, started, completed, review, residual, decision) = row[:9]
        decision_on, consultation, consulted_on = row[9:]
        activities = covered.get(id_, [])
        if activity_id is not None and activity_id not in {a for a, _ref in activities}:
            continue
        ratings = residuals.get(id_, [])
        status_value, decision_value = _value(status), _value(decision)
        rows.append(
            DpiaRow(
                id=id_,
                organisation_id=org,
                name=name,
                status=status_value,
                started_on=started,
                completed_on=completed,
                review_on=review,
                residual_risk=_value(residual),
                decision=decision_value,
                decision_on=decision_on,
                prior_consultation=_value(consultation),
                consulted_on=consulted_on,
                activity_ids=tuple(a for a, _ref in activities),
                activity_references=tuple(ref for _a, ref in activities),
                risk_count=len(ratings),
                unrated_risks=sum(1 for rating in ratings if not rating.rated),
                highest_residual=highest(ratings),
                consultation_needed=consultation_needed(
                    _value(residual), _value(consultation), ratings, status_value, decision_value
                ),
                state=dpia_state(status_value, review, today),
            )
        )
    return rows


def activity_dpia_states(
    session: Session, today: date, organisation_id: str | None = None
) -> dict[str, DpiaState]:
    """For each activity covered by at least one assessment, the state that speaks for it."""
    d, link = m.Dpia, m.dpia_activity
    query = select(link.c.activity_id, d.status, d.review_on).join(d, d.id == link.c.dpia_id)
    if organisation_id is not None:
        query = query.where(d.organisation_id == organisation_id)
    states: dict[str, list[DpiaState]] = {}
    for activity_id, status, review in session.execute(query).tuples():
        states.setdefault(activity_id, []).append(dpia_state(_value(status), review, today))
    return {activity: state for activity, found in states.items() if (state := best_state(found))}


def load_dpias(db: Register, today: date | None = None) -> DpiasData:
    """The organisations, assessments and activities they may cover, in one read."""
    today = today or date.today()
    with db.reader() as session:
        return DpiasData(
            [org.id for org in organisation_summaries(session)],
            list_dpias(session, today),
            list_activities(session),
        )
