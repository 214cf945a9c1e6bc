"""The time limits of the accountability file, computed from the register's dates.

A rights request is answered within one month of receipt, or three when the time limit was
extended (Art. 12(3)). A period in months ends on the same date of the later month, or on its
last day when that date does not exist (Regulation (EEC, Euratom) No 1182/71, Art. 3(2)(c)):
received on 31 January, due on 28 (or 29) February. The regulation moves an end falling on a
Saturday, Sunday or public holiday to the next working day (Art. 3(4)); ropa does not, since
public holidays differ by country and an earlier date is the safe one to show.

A breach is notified to the supervisory authority within 72 hours of the firm becoming aware
of it, unless it is unlikely to result in a risk (Art. 33(1)): the clock runs from
`discovered_at` while that decision is open.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

NOTIFY_WITHIN = timedelta(hours=72)


def add_months(start: date, months: int) -> date:
    """The same date `months` later, or that month's last day when it has no such date."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    if year > date.max.year:  # a year 9999 kept from before validation refused it
        return date.max
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


class RequestState(StrEnum):
    NO_DATE = "no_date"  # no date of receipt: no time limit can be computed
    OPEN = "open"  # due on `due`, not past
    LATE = "late"  # not answered and `due` is past
    ANSWERED = "answered"  # answered on or before `due`
    ANSWERED_LATE = "answered_late"
    TO_FORWARD = "to_forward"  # received for a client controller, not yet forwarded
    FORWARDED = "forwarded"


@dataclass(frozen=True)
class RequestDeadline:
    state: RequestState
    due: date | None  # the last day to answer (None without a date of receipt)
    days: int | None  # OPEN: days left (0 = due today); LATE: days late; else None
    # Extended requests: whether the person was told of the extension in the first month.
    extension_told_late: bool = False
    forwarded_on: date | None = None  # FORWARDED: when it went to the client controller


def request_deadline(
    received_on: date | None,
    extended: bool,
    answered_on: date | None,
    today: date,
    *,
    for_client: bool = False,
    forwarded_on: date | None = None,
    extension_told_on: date | None = None,
) -> RequestDeadline:
    """Where a request stands on `today`. A request received for a client controller (the firm
    is its processor) is the controller's to answer: it is forwarded, with no time limit of
    the firm's own under Art. 12(3)."""
    if for_client:
        state = RequestState.FORWARDED if forwarded_on else RequestState.TO_FORWARD
        return RequestDeadline(state, None, None, forwarded_on=forwarded_on)
    if received_on is None:
        state = RequestState.ANSWERED if answered_on else RequestState.NO_DATE
        return RequestDeadline(state, None, None)
    first_month = add_months(received_on, 1)
    due = add_months(received_on, 3) if extended else first_month
    # Not told by the end of the first month (told later, or not yet and that month is over),
    # unless the answer came within it and the extension was never needed.
    told_by = extension_told_on or (today if today > first_month else None)
    needed = answered_on is None or answered_on > first_month
    told_late = bool(extended and needed and told_by and told_by > first_month)
    if answered_on is not None:
        state = RequestState.ANSWERED if answered_on <= due else RequestState.ANSWERED_LATE
        return RequestDeadline(state, due, None, told_late)
    if today > due:
        return RequestDeadline(RequestState.LATE, due, (today - due).days, told_late)
    return RequestDeadline(RequestState.OPEN, due, (due - today).days, told_late)


class BreachState(StrEnum):
    NO_DATE = "no_date"  # not known when it was discovered
    DECISION_OPEN = "decision_open"  # within 72 hours, not notified, risk not judged unlikely
    OVERDUE = "overdue"  # past 72 hours, not notified, risk not judged unlikely
    NOTIFIED = "notified"
    NOTIFIED_LATE = "notified_late"  # after 72 hours: the reasons for the delay are due
    NOT_REQUIRED = "not_required"  # judged unlikely to result in a risk: documented only


@dataclass(frozen=True)
class BreachClock:
    state: BreachState
    deadline: datetime | None  # discovered_at + 72 h (UTC)
    left: timedelta | None  # DECISION_OPEN: time left; OVERDUE: time past the deadline


def breach_clock(
    discovered_at: datetime | None,
    risk: str | None,
    authority_notified_at: datetime | None,
    now: datetime | None = None,
) -> BreachClock:
    """The 72-hour clock of a breach at `now` (aware datetimes; UTC when not given)."""
    now = now or datetime.now(UTC)
    try:
        deadline = None if discovered_at is None else discovered_at + NOTIFY_WITHIN
    except OverflowError:  # a year 9999 typed by mistake: no deadline (validation refuses it)
        deadline = None
    if authority_notified_at is not None:
        late = deadline is not None and authority_notified_at > deadline
        return BreachClock(
            BreachState.NOTIFIED_LATE if late else BreachState.NOTIFIED, deadline, None
        )
    if risk == "unlikely":
        return BreachClock(BreachState.NOT_REQUIRED, deadline, None)
    if deadline is None:
        return BreachClock(BreachState.NO_DATE, None, None)
    if now > deadline:
        return BreachClock(BreachState.OVERDUE, deadline, now - deadline)
    return BreachClock(BreachState.DECISION_OPEN, deadline, deadline - now)


# -- in words ----------------------------------------------------------------------------------


def day_text(lang: str, day: date) -> str:
    """ "20 December 2026", "20 décembre 2026", "20 december 2026" (Babel)."""
    from ropa.core.i18n import long_date

    return long_date(lang, day)


def moment_text(lang: str, at: datetime) -> str:
    """A moment (stored in UTC) in this computer's time zone, to the minute:
    "9 December 2026 at 09:00", "9 décembre 2026 à 09:00", "9 december 2026 om 09:00"."""
    from babel.dates import format_time

    from ropa.core.i18n import LOCALES, normalise_language, tr

    local = at.astimezone()
    locale = LOCALES[normalise_language(lang)]
    time = format_time(local, "short", tzinfo=local.tzinfo, locale=locale)
    return tr(lang, "deadline.moment", date=day_text(lang, local.date()), time=time)


def counted(lang: str, keys: tuple[str, str], count: int, **params: object) -> str:
    """The text of keys (singular, plural) the language writes `count` with (French: 0 and 1
    are singular)."""
    from ropa.core.i18n import normalise_language, tr

    one = count in (0, 1) if normalise_language(lang) == "fr" else count == 1
    return tr(lang, keys[0] if one else keys[1], count=count, **params)


def span_text(lang: str, span: timedelta, *, days: bool = True) -> str:
    """A stretch of the 72-hour clock: "45 min" under an hour, "31 h" in whole hours (rounded
    down: never more time than there is), from two days on "3 days" unless `days` is False."""
    from ropa.core.i18n import tr

    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        return tr(lang, "deadline.minutes", count=max(minutes, 1))
    hours = minutes // 60
    if hours < 48 or not days:
        return tr(lang, "deadline.hours", count=hours)
    return counted(lang, ("deadline.days.one", "deadline.days.other"), hours // 24)


def request_words(lang: str, deadline: RequestDeadline) -> str:
    """Where a request stands, said in `lang`: "due in 3 days (20 December 2026)", "late by
    2 days (due 18 December 2026)", "answered on time", "to forward to the client"..."""
    from ropa.core.i18n import tr

    state = deadline.state
    if state is RequestState.OPEN and deadline.due is not None and deadline.days is not None:
        if deadline.days == 0:
            return tr(lang, "deadline.request.due_today", date=day_text(lang, deadline.due))
        due = ("deadline.request.due.one", "deadline.request.due.other")
        return counted(lang, due, deadline.days, date=day_text(lang, deadline.due))
    if state is RequestState.LATE and deadline.due is not None and deadline.days is not None:
        late = ("deadline.request.late.one", "deadline.request.late.other")
        return counted(lang, late, deadline.days, date=day_text(lang, deadline.due))
    if state is RequestState.FORWARDED and deadline.forwarded_on is not None:
        return tr(lang, "deadline.request.forwarded", date=day_text(lang, deadline.forwarded_on))
    return tr(lang, f"deadline.request.{state.value}")


def breach_words(lang: str, clock: BreachClock) -> str:
    """Where a breach's 72-hour clock stands, said in `lang`: "notify the authority within
    31 h (by 9 December 2026 at 09:00)", "72 hours passed 5 h ago: notify now...", "notified"..."""
    from ropa.core.i18n import tr

    if clock.state is BreachState.DECISION_OPEN and clock.deadline and clock.left is not None:
        return tr(
            lang,
            "deadline.breach.decision_open",
            left=span_text(lang, clock.left, days=False),
            moment=moment_text(lang, clock.deadline),
        )
    if clock.state is BreachState.OVERDUE and clock.left is not None:
        return tr(lang, "deadline.breach.overdue", ago=span_text(lang, clock.left))
    return tr(lang, f"deadline.breach.{clock.state.value}")


def words(lang: str, where: RequestDeadline | BreachClock) -> str:
    """A request's time limit or a breach's clock in words (request_words, breach_words)."""
    if isinstance(where, BreachClock):
        return breach_words(lang, where)
    return request_words(lang, where)
