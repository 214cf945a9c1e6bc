"""What the rights requests and data breaches pages (and `ropa requests` / `ropa breaches`)
show: each request with its time limit, each breach with its 72-hour clock, and what a
request or breach may refer to (activities, parties, catalogue entries), as plain values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Text, cast, select
from sqlalchemy.orm import Session

from ropa.core.deadlines import BreachClock, RequestDeadline, breach_clock, request_deadline
from ropa.core.handle import Register
from ropa.core.queries import (
    ActivityRow,
    PartyRow,
    list_activities,
    list_parties,
    organisation_summaries,
)
from ropa.db import models as m


@dataclass(frozen=True)
class RequestRow:
    id: str
    organisation_id: str
    reference: str
    received_on: date | None
    requester: str | None
    rights: tuple[str, ...]
    decision: str | None
    answered_on: date | None
    client_party_id: str | None
    deadline: RequestDeadline


@dataclass(frozen=True)
class BreachRow:
    id: str
    organisation_id: str
    name: str
    discovered_at: datetime | None
    natures: tuple[str, ...]
    risk: str | None
    authority_notified_at: datetime | None
    clock: BreachClock


@dataclass(frozen=True)
class EntryChoice:
    """A catalogue entry a breach may name."""

    id: str
    organisation_id: str
    name: str


@dataclass(frozen=True)
class AccountabilityData:
    organisation_ids: list[str]
    requests: list[RequestRow]
    breaches: list[BreachRow]
    activities: list[ActivityRow]
    parties: list[PartyRow]
    data_categories: list[EntryChoice]
    data_subject_categories: list[EntryChoice]


def _value(enum_or_none: object) -> str | None:
    return None if enum_or_none is None else str(getattr(enum_or_none, "value", enum_or_none))


def list_requests(
    session: Session, today: date, organisation_id: str | None = None
) -> list[RequestRow]:
    """Every rights request (of one organisation, or all), the latest received first."""
    # The table's columns (no ORM entity: the rows come as plain tuples) and the rights as
    # stored (JSON text), decoded once per distinct value: 10,000 requests hold a few dozen.
    r = m.RightsRequest.__table__.c
    query = select(
        r.id,
        r.organisation_id,
        r.reference,
        r.received_on,
        r.requester,
        cast(r.rights, Text),
        r.decision,
        r.answered_on,
        r.client_party_id,
        r.forwarded_on,
        r.extended,
        r.extension_told_on,
    ).order_by(r.received_on.desc().nulls_first(), r.reference, r.id)
    if organisation_id is not None:
        query = query.where(r.organisation_id == organisation_id)
    decoded: dict[str | None, tuple[str, ...]] = {None: ()}
    rows = []
    for row in session.execute(query).tuples():
        (id_, org, ref, received, requester, stored, decision, answered, client, fwd, ext, told) = (
            row
        )
        rights = decoded.get(stored)
        if rights is None:
            rights = decoded[stored] = tuple(json.loads(stored) or ())
        deadline = request_deadline(
            received,
            bool(ext),
            answered,
            today,
            for_client=client is not None,
            forwarded_on=fwd,
            extension_told_on=told,
        )
        rows.append(
            RequestRow(
                id_,
                org,
                ref,
                received,
                requester,
                rights,
                _value(decision),
                answered,
                client,
                deadline,
            )
        )
    return rows


def list_breaches(
    session: Session, now: datetime, organisation_id: str | None = None
) -> list[BreachRow]:
    """Every breach (of one organisation, or all), the latest discovered first."""
    b = m.Breach
    query = select(
        b.id,
        b.organisation_id,
        b.name,
        b.discovered_at,
        b.natures,
        b.risk,
        b.authority_notified_at,
    ).order_by(b.discovered_at.desc().nulls_first(), b.name, b.id)
    if organisation_id is not None:
        query = query.where(b.organisation_id == organisation_id)
    rows = []
    for id_, org, name, discovered, natures, risk, notified in session.execute(query).tuples():
        risk_value = _value(risk)
        clock = breach_clock(discovered, risk_value, notified, now)
        rows.append(
            BreachRow(id_, org, name, discovered, tuple(natures or ()), risk_value, notified, clock)
        )
    return rows


def _entries(session: Session, model: type) -> list[EntryChoice]:
    table = model.__table__  # type: ignore[attr-defined]
    query = select(table.c.id, table.c.organisation_id, table.c.name).order_by(
        table.c.name, table.c.id
    )
    return [EntryChoice(*row) for row in session.execute(query).tuples()]


def load_accountability(
    db: Register,
    today: date | None = None,
    now: datetime | None = None,
    *,
    requests: bool = True,
    breaches: bool = True,
) -> AccountabilityData:
    """The organisations, requests, breaches and their possible references, in one read.
    `today` (local date) and `now` (aware) default to the clock's. Each page leaves out the
    other's list (`requests` / `breaches` False: an empty list): the Breaches page of a
    register of 10,000 requests read and dated them all to drop them."""
    now = now or datetime.now(UTC)
    today = today or date.today()
    with db.reader() as session:
        return AccountabilityData(
            [org.id for org in organisation_summaries(session)],
            list_requests(session, today) if requests else [],
            list_breaches(session, now) if breaches else [],
            list_activities(session),
            list_parties(session),
            _entries(session, m.DataCategory),
            _entries(session, m.DataSubjectCategory),
        )
