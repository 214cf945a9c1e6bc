"""The one "To do" list of a register: what has a date that runs out, across the whole
accountability file: the breaches' 72 hours first, then what is late, then the soonest.

- rights requests late, due within REQUEST_SOON_DAYS, or to forward to a client controller;
- breaches whose notification decision is open (inside the 72 hours) or overdue;
- activity reviews (`next_review`) passed or within REVIEW_SOON_DAYS, retired activities left
  out;
- processing contracts: an end date passed while still recorded as signed, a review date
  reached, or an end date within CONTRACT_SOON_DAYS (Art. 28 must hold without a gap);
- DPIAs whose review date is passed or within REVIEW_SOON_DAYS (Art. 35(11)).

An item is *late* when the date has passed: `ropa todo` exits with 1 then, so that a scheduled
task can raise the alarm. Each item names the table and id of its record (the window opens it
on a double-click) and says where it stands in words in any of the three languages, with the
same words as the pages and `ropa requests|breaches|contracts`.

Plain values only: the Overview's panel and the command line read the same list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core.contracts import ContractState, contract_words
from ropa.core.deadlines import (
    BreachClock,
    BreachState,
    RequestDeadline,
    RequestState,
    counted,
    day_text,
    words,
)
from ropa.core.dpias import DpiaState, dpia_state
from ropa.core.handle import Register
from ropa.core.reads.accountability import list_breaches, list_requests
from ropa.core.reads.contracts import list_contracts
from ropa.db import models as m
from ropa.db.enums import Status

REQUEST_SOON_DAYS = 7
"""A request due within this many days is on the list (as on the Requests page: a warning)."""
REVIEW_SOON_DAYS = 30
"""A review (activity, DPIA) within this many days is on the list."""
CONTRACT_SOON_DAYS = 60
"""A contract ending within this many days is on the list: time to renew or replace it."""


class TodoKind(StrEnum):
    BREACH = "breach"
    REQUEST = "request"
    REVIEW = "review"  # an activity's review
    CONTRACT = "contract"
    DPIA = "dpia"


# The table of each kind's record, as the window and the history name it.
TABLES = {
    TodoKind.BREACH: "breach",
    TodoKind.REQUEST: "rights_request",
    TodoKind.REVIEW: "activity",
    TodoKind.CONTRACT: "contract",
    TodoKind.DPIA: "dpia",
}

# The tables a change of which may change the list (a party's name names its contracts).
SOURCE_TABLES = (
    "organisation",
    "rights_request",
    "breach",
    "activity",
    "contract",
    "party",
    "dpia",
)


@dataclass(frozen=True)
class DateLimit:
    """A date an item is due on (a review, a contract's end): `days` from today to it
    (negative: passed), and which date it is: "review" (upcoming or passed), "review_due" (a
    contract's, reached), "expires" (a contract's end, upcoming), "expired" (passed)."""

    what: str
    due: date
    days: int


@dataclass(frozen=True)
class TodoItem:
    kind: TodoKind
    organisation_id: str
    id: str
    entry: str  # the record named as its page names it ("R-07 – J. Dupont", "T-01 – Payroll")
    late: bool
    # When it runs out: a day, or a moment for a breach's 72 hours (UTC); None when unknown.
    due: date | None
    due_at: datetime | None
    where: RequestDeadline | BreachClock | DateLimit

    @property
    def table(self) -> str:
        return TABLES[self.kind]

    @property
    def state(self) -> str:
        """A code for scripts: the request's or breach's state, else the date limit's kind."""
        where = self.where
        if isinstance(where, DateLimit):
            return where.what
        return where.state.value

    def words(self, lang: str) -> str:
        """Where it stands, in `lang`: "late by 2 days (due 18 December 2026)", "notify the
        authority within 31 h (...)", "review due in 12 days (19 December 2026)"..."""
        where = self.where
        if not isinstance(where, DateLimit):
            return words(lang, where)
        if where.what == "expired":
            return contract_words(lang, ContractState.EXPIRED, expires_on=where.due)
        return date_limit_words(lang, where)

    def sort_key(self) -> tuple[int, datetime, str]:
        """A breach's 72 hours first (counted in hours), then what is late, then the rest;
        within each, the soonest first (a date counts from its start), then by name."""
        if self.due_at is not None:
            moment = self.due_at
        elif self.due is not None:
            moment = datetime(self.due.year, self.due.month, self.due.day, tzinfo=UTC)
        else:
            moment = datetime.max.replace(tzinfo=UTC)
        rank = 0 if self.kind is TodoKind.BREACH else 1 if self.late else 2
        return (rank, moment, self.entry)


def date_limit_words(lang: str, limit: DateLimit) -> str:
    """A review or an end date in words: "review due in 12 days (19 December 2026)", "review
    overdue by 3 days (due 4 December 2026)", "ends in 40 days (15 January 2027)"..."""
    from ropa.core.i18n import tr

    day = day_text(lang, limit.due)
    group = "review" if limit.what in ("review", "review_due") else "ends"
    if limit.days == 0:
        return tr(lang, f"todo.{group}.today", date=day)
    if limit.days > 0:
        soon = (f"todo.{group}.soon.one", f"todo.{group}.soon.other")
        return counted(lang, soon, limit.days, date=day)
    late = (f"todo.{group}.late.one", f"todo.{group}.late.other")
    return counted(lang, late, -limit.days, date=day)


def kind_label(lang: str, kind: TodoKind) -> str:
    from ropa.core.i18n import tr

    return tr(lang, f"todo.kind.{kind.value}")


def todo_items(
    session: Session,
    today: date,
    now: datetime,
    organisation_id: str | None = None,
) -> list[TodoItem]:
    """What runs out, of one organisation or all, the late first, then the soonest."""
    items: list[TodoItem] = []
    items.extend(_requests(session, today, organisation_id))
    items.extend(_breaches(session, now, organisation_id))
    items.extend(_reviews(session, today, organisation_id))
    items.extend(_contracts(session, today, organisation_id))
    items.extend(_dpias(session, today, organisation_id))
    items.sort(key=TodoItem.sort_key)
    return items


@dataclass(frozen=True)
class TodoData:
    """The register's organisations and the To do of them all (the Overview's panel, read
    every minute while shown: only the small tables and the dates it needs)."""

    organisation_ids: list[str]
    items: list[TodoItem]


def load_todo(db: Register, today: date | None = None, now: datetime | None = None) -> TodoData:
    """The organisations and todo_items of them all, in one read (today and now: this
    computer's, unless given)."""
    from ropa.core.queries import organisation_summaries

    now = now or datetime.now(UTC)
    today = today or now.astimezone().date()
    with db.reader() as session:
        return TodoData(
            [org.id for org in organisation_summaries(session)], todo_items(session, today, now)
        )


def any_late(items: list[TodoItem]) -> bool:
    return any(item.late for item in items)


# -- each kind ---------------------------------------------------------------------------------


def _requests(session: Session, today: date, organisation_id: str | None) -> list[TodoItem]:
    items = []
    for r in list_requests(session, today, organisation_id):
        state = r.deadline.state
        soon = state is RequestState.OPEN and (r.deadline.days or 0) <= REQUEST_SOON_DAYS
        if not (soon or state in (RequestState.LATE, RequestState.TO_FORWARD)):
            continue
        entry = f"{r.reference} \u2013 {r.requester}" if r.requester else r.reference
        late = state is RequestState.LATE
        items.append(
            TodoItem(
                TodoKind.REQUEST,
                r.organisation_id,
                r.id,
                entry,
                late,
                r.deadline.due,
                None,
                r.deadline,
            )
        )
    return items


def _breaches(session: Session, now: datetime, organisation_id: str | None) -> list[TodoItem]:
    items = []
    for b in list_breaches(session, now):
        if organisation_id is not None and b.organisation_id != organisation_id:
            continue
        state = b.clock.state
        if state not in (BreachState.DECISION_OPEN, BreachState.OVERDUE):
            continue
        late = state is BreachState.OVERDUE
        items.append(
            TodoItem(
                TodoKind.BREACH,
                b.organisation_id,
                b.id,
                b.name,
                late,
                None,
                b.clock.deadline,
                b.clock,
            )
        )
    return items


def _date_item(
    kind: TodoKind, org: str, id_: str, entry: str, what: str, due: date, today: date
) -> TodoItem:
    days = (due - today).days
    return TodoItem(kind, org, id_, entry, days < 0, due, None, DateLimit(what, due, days))


def _reviews(session: Session, today: date, organisation_id: str | None) -> list[TodoItem]:
    a = m.Activity
    horizon = today + timedelta(days=REVIEW_SOON_DAYS)
    query = select(a.id, a.organisation_id, a.reference, a.name, a.next_review).where(
        a.next_review.is_not(None), a.next_review <= horizon, a.status != Status.RETIRED
    )
    if organisation_id is not None:
        query = query.where(a.organisation_id == organisation_id)
    return [
        _date_item(TodoKind.REVIEW, org, id_, f"{ref} \u2013 {name}", "review", due, today)
        for id_, org, ref, name, due in session.execute(query).tuples()
        if due is not None  # the query's condition, for the type checker
    ]


def _contracts(session: Session, today: date, organisation_id: str | None) -> list[TodoItem]:
    items = []
    horizon = today + timedelta(days=CONTRACT_SOON_DAYS)
    review_horizon = today + timedelta(days=REVIEW_SOON_DAYS)
    for c in list_contracts(session, today, organisation_id):
        entry = f"{c.party_name} \u2013 {c.reference}" if c.reference else c.party_name
        due: date
        if c.state is ContractState.EXPIRED and c.expires_on is not None:
            what, due = "expired", c.expires_on
        elif c.state is ContractState.REVIEW_DUE and c.review_on is not None:
            what, due = "review_due", c.review_on
        elif (
            c.state is ContractState.IN_FORCE
            and c.expires_on is not None
            and c.expires_on <= horizon
        ):
            what, due = "expires", c.expires_on
        elif (
            c.state is ContractState.IN_FORCE
            and c.review_on is not None
            and c.review_on <= review_horizon
        ):
            what, due = "review", c.review_on
        else:
            continue
        items.append(
            _date_item(TodoKind.CONTRACT, c.organisation_id, c.id, entry, what, due, today)
        )
    return items


def _dpias(session: Session, today: date, organisation_id: str | None) -> list[TodoItem]:
    """Completed assessments whose review date is passed or near (an assessment in progress
    or abandoned has no review to do)."""
    d = m.Dpia
    horizon = today + timedelta(days=REVIEW_SOON_DAYS)
    query = select(d.id, d.organisation_id, d.name, d.status, d.review_on).where(
        d.review_on.is_not(None), d.review_on <= horizon
    )
    if organisation_id is not None:
        query = query.where(d.organisation_id == organisation_id)
    items = []
    for id_, org, name, status, due in session.execute(query).tuples():
        state = dpia_state(None if status is None else str(status.value), due, today)
        if due is not None and state in (DpiaState.COMPLETED, DpiaState.REVIEW_DUE):
            items.append(_date_item(TodoKind.DPIA, org, id_, name, "review", due, today))
    return items
