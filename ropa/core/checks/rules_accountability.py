"""Rules on the accountability file: the rights requests' time limits (Art. 12(3)) and the
breaches' 72-hour clock, the communication to the people and, for a processor, to its clients
(Art. 33, 34). The time limits are computed by ropa.core.deadlines, on the context's `today`
(requests) and `now` (breaches)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from ropa.core.checks.engine import CheckContext, rule
from ropa.core.checks.model import Finding, Severity
from ropa.core.deadlines import (
    BreachClock,
    BreachState,
    RequestDeadline,
    RequestState,
    add_months,
    breach_clock,
    request_deadline,
)
from ropa.core.snapshot import Row

DUE_SOON_DAYS = 7
"""A request due within this many days (today included) is raised as a warning."""
FORWARD_WITHIN_DAYS = 3
"""A request received for a client and not forwarded after this many days is raised."""


def _day(day: date) -> str:
    """A date as the three languages write it in figures: 20/12/2026."""
    return day.strftime("%d/%m/%Y")


def _local(at: datetime) -> tuple[str, str]:
    """A moment (stored in UTC) in this computer's time zone: ("09/12/2026", "09:00")."""
    local = at.astimezone()
    return _day(local.date()), local.strftime("%H:%M")


def _deadline(ctx: CheckContext, request: Row) -> RequestDeadline:
    return request_deadline(
        request["received_on"],
        bool(request["extended"]),
        request["answered_on"],
        ctx.today,
        for_client=request["client_party_id"] is not None,
        forwarded_on=request["forwarded_on"],
        extension_told_on=request["extension_told_on"],
    )


def _clock(ctx: CheckContext, breach: Row) -> BreachClock:
    return breach_clock(
        breach["discovered_at"], breach["risk"], breach["authority_notified_at"], ctx.now
    )


# -- rights requests ---------------------------------------------------------------------------


@rule("request.late", Severity.ERROR, "Art. 12(3)")
def request_late(ctx: CheckContext) -> Iterator[Finding]:
    """A request not answered by the end of its time limit."""
    for request in ctx.organisation["rights_requests"]:
        deadline = _deadline(ctx, request)
        if deadline.state is RequestState.LATE and deadline.due is not None:
            yield ctx.finding("rights_request", request, "answered_on", due=_day(deadline.due))


@rule("request.due_soon", Severity.WARNING, "Art. 12(3)")
def request_due_soon(ctx: CheckContext) -> Iterator[Finding]:
    """A request to answer within the week."""
    for request in ctx.organisation["rights_requests"]:
        deadline = _deadline(ctx, request)
        if (
            deadline.state is RequestState.OPEN
            and deadline.due is not None
            and deadline.days is not None
            and deadline.days <= DUE_SOON_DAYS
        ):
            yield ctx.finding("rights_request", request, "answered_on", due=_day(deadline.due))


@rule("request.extension_not_told", Severity.WARNING, "Art. 12(3)")
def extension_not_told(ctx: CheckContext) -> Iterator[Finding]:
    """An extension is told to the person, with its reasons, within the first month: raised
    while the request is still open (an answered one can no longer be put right)."""
    for request in ctx.organisation["rights_requests"]:
        deadline = _deadline(ctx, request)
        if deadline.extension_told_late and request["answered_on"] is None:
            first_month = add_months(request["received_on"], 1)
            yield ctx.finding(
                "rights_request", request, "extension_told_on", date=_day(first_month)
            )


@rule("request.not_forwarded", Severity.WARNING, "Art. 28(3)(e)")
def request_not_forwarded(ctx: CheckContext) -> Iterator[Finding]:
    """A request the firm received as a processor, about its client's data: forwarded to the
    client (who answers it) within a few days."""
    for request in ctx.organisation["rights_requests"]:
        received = request["received_on"]
        if (
            request["client_party_id"] is not None
            and request["forwarded_on"] is None
            and received is not None
            and (ctx.today - received).days > FORWARD_WITHIN_DAYS
        ):
            client = ctx.parties.get(request["client_party_id"]) or {}
            yield ctx.finding(
                "rights_request",
                request,
                "forwarded_on",
                client=client.get("name", ""),
                received=_day(received),
            )


# -- breaches ----------------------------------------------------------------------------------


@rule("breach.not_notified", Severity.ERROR, "Art. 33(1)")
def breach_not_notified(ctx: CheckContext) -> Iterator[Finding]:
    """72 hours after its discovery, a breach not judged unlikely to result in a risk and not
    notified."""
    for breach in ctx.organisation["breaches"]:
        clock = _clock(ctx, breach)
        if clock.state is BreachState.OVERDUE and clock.deadline is not None:
            day, time = _local(clock.deadline)
            yield ctx.finding("breach", breach, "authority_notified_at", day=day, time=time)


@rule("breach.notification_due", Severity.WARNING, "Art. 33(1)")
def breach_notification_due(ctx: CheckContext) -> Iterator[Finding]:
    """A breach inside its 72 hours, the notification decision open: the time left."""
    for breach in ctx.organisation["breaches"]:
        clock = _clock(ctx, breach)
        if (
            clock.state is BreachState.DECISION_OPEN
            and clock.deadline is not None
            and clock.left is not None
        ):
            minutes = int(clock.left.total_seconds() // 60)
            day, time = _local(clock.deadline)
            yield ctx.finding(
                "breach",
                breach,
                "authority_notified_at",
                hours=minutes // 60,
                minutes=f"{minutes % 60:02d}",
                day=day,
                time=time,
            )


@rule("breach.late_without_reasons", Severity.WARNING, "Art. 33(1)")
def late_without_reasons(ctx: CheckContext) -> Iterator[Finding]:
    """A notification made after 72 hours is accompanied by the reasons for the delay."""
    for breach in ctx.organisation["breaches"]:
        clock = _clock(ctx, breach)
        if clock.state is BreachState.NOTIFIED_LATE and not (breach["delay_reasons"] or "").strip():
            yield ctx.finding("breach", breach, "delay_reasons")


@rule("breach.people_not_informed", Severity.WARNING, "Art. 34(1), (3)")
def people_not_informed(ctx: CheckContext) -> Iterator[Finding]:
    """A breach likely to result in a high risk is communicated to the people, unless one of
    the Art. 34(3) exceptions applies, which the register then names."""
    for breach in ctx.organisation["breaches"]:
        if (
            breach["risk"] == "high_risk"
            and breach["people_informed_on"] is None
            and not breach["inform_exception"]
        ):
            yield ctx.finding("breach", breach, "people_informed_on")


@rule("breach.clients_not_informed", Severity.WARNING, "Art. 33(2)")
def clients_not_informed(ctx: CheckContext) -> Iterator[Finding]:
    """A processor's breach is told to its client controllers without undue delay, whatever
    the risk: they assess it and notify it themselves."""
    for breach in ctx.organisation["breaches"]:
        if breach["clients"] and breach["clients_informed_at"] is None:
            yield ctx.finding("breach", breach, "clients_informed_at")
