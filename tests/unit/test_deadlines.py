"""The accountability file's time limits: the month rule of a request's deadline (month ends,
leap years, the extension), the 72-hour clock of a breach (time zones, a change of summer
time), and each state said in French, Dutch and English as the user reads it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from ropa.core.deadlines import (
    BreachClock,
    BreachState,
    RequestDeadline,
    RequestState,
    add_months,
    breach_clock,
    request_deadline,
    span_text,
    words,
)

NBSP = "\u00a0"


@pytest.fixture
def brussels(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer in Brussels: breach times are shown in its local time."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# -- months ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),  # no 31 February: its last day
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # a leap year
        (date(2026, 11, 30), 3, date(2027, 2, 28)),  # the extended time limit
        (date(2027, 11, 30), 3, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),  # over the year's end
        (date(2026, 2, 28), 1, date(2026, 3, 28)),  # the same date, not the month's end
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
    ],
)
def test_a_month_ends_on_the_same_date_or_the_last_day_of_a_shorter_month(
    start: date, months: int, end: date
) -> None:
    assert add_months(start, months) == end


def test_a_request_received_today_is_due_in_a_month() -> None:
    today = date(2026, 12, 7)
    assert request_deadline(today, False, None, today) == RequestDeadline(
        RequestState.OPEN, date(2027, 1, 7), 31
    )


def test_received_on_31_january_a_request_is_due_on_the_last_day_of_february() -> None:
    received = date(2026, 1, 31)
    due_today = request_deadline(received, False, None, date(2026, 2, 28))
    assert (due_today.state, due_today.due, due_today.days) == (
        RequestState.OPEN,
        date(2026, 2, 28),
        0,
    )
    late = request_deadline(received, False, None, date(2026, 3, 1))
    assert (late.state, late.days) == (RequestState.LATE, 1)
    leap = request_deadline(date(2028, 1, 31), False, None, date(2028, 2, 29))
    assert (leap.due, leap.days) == (date(2028, 2, 29), 0)


def test_an_extended_request_is_due_three_months_after_receipt() -> None:
    deadline = request_deadline(
        date(2026, 11, 30),
        True,
        None,
        date(2027, 1, 10),
        extension_told_on=date(2026, 12, 20),
    )
    assert (deadline.state, deadline.due, deadline.days) == (
        RequestState.OPEN,
        date(2027, 2, 28),
        49,
    )
    assert not deadline.extension_told_late


def test_an_answer_on_the_last_day_is_on_time_and_the_next_day_late() -> None:
    received, today = date(2026, 10, 31), date(2026, 12, 20)
    on_time = request_deadline(received, False, date(2026, 11, 30), today)
    assert (on_time.state, on_time.due, on_time.days) == (
        RequestState.ANSWERED,
        date(2026, 11, 30),
        None,
    )
    late = request_deadline(received, False, date(2026, 12, 1), today)
    assert late.state == RequestState.ANSWERED_LATE


def test_without_a_date_of_receipt_no_time_limit_is_known() -> None:
    today = date(2026, 12, 7)
    assert request_deadline(None, False, None, today).state == RequestState.NO_DATE
    assert request_deadline(None, False, today, today).state == RequestState.ANSWERED


@pytest.mark.parametrize(
    ("told_on", "answered_on", "today", "late"),
    [
        (date(2026, 10, 15), None, date(2026, 11, 20), False),  # the first month's last day
        (date(2026, 10, 16), None, date(2026, 11, 20), True),
        (None, None, date(2026, 10, 15), False),  # not told yet, still in time
        (None, None, date(2026, 10, 16), True),  # the first month is over
        (None, date(2026, 10, 10), date(2026, 12, 1), False),  # answered in the first month
        (None, date(2026, 11, 10), date(2026, 12, 1), True),
    ],
)
def test_the_person_is_told_of_an_extension_within_the_first_month(
    told_on: date | None, answered_on: date | None, today: date, late: bool
) -> None:
    deadline = request_deadline(
        date(2026, 9, 15), True, answered_on, today, extension_told_on=told_on
    )
    assert deadline.extension_told_late is late


def test_a_request_for_a_client_is_forwarded_not_answered() -> None:
    today = date(2026, 12, 7)
    received = date(2026, 10, 1)  # long past a month: not the firm's time limit
    waiting = request_deadline(received, False, None, today, for_client=True)
    assert waiting == RequestDeadline(RequestState.TO_FORWARD, None, None)
    sent = request_deadline(
        received, False, None, today, for_client=True, forwarded_on=date(2026, 10, 2)
    )
    assert (sent.state, sent.forwarded_on) == (RequestState.FORWARDED, date(2026, 10, 2))


# -- the 72 hours ------------------------------------------------------------------------------

FOUND = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)


def test_the_clock_runs_72_hours_from_discovery_while_the_decision_is_open() -> None:
    clock = breach_clock(FOUND, "risk", None, FOUND + timedelta(hours=41))
    assert clock == BreachClock(
        BreachState.DECISION_OPEN, FOUND + timedelta(hours=72), timedelta(hours=31)
    )
    past = breach_clock(FOUND, None, None, FOUND + timedelta(hours=77))
    assert (past.state, past.left) == (BreachState.OVERDUE, timedelta(hours=5))


def test_a_notification_at_72_hours_is_in_time_and_one_minute_later_late() -> None:
    deadline = FOUND + timedelta(hours=72)
    now = deadline + timedelta(days=3)
    assert breach_clock(FOUND, "risk", deadline, now).state == BreachState.NOTIFIED
    late = breach_clock(FOUND, "risk", deadline + timedelta(minutes=1), now)
    assert late.state == BreachState.NOTIFIED_LATE


def test_a_breach_judged_unlikely_to_be_a_risk_needs_no_notification() -> None:
    now = FOUND + timedelta(hours=100)
    assert breach_clock(FOUND, "unlikely", None, now).state == BreachState.NOT_REQUIRED
    assert breach_clock(None, "risk", None, now).state == BreachState.NO_DATE


def test_72_hours_are_real_hours_across_the_end_of_summer_time(brussels: None) -> None:
    # Friday 23 October 2026 at 10:00 in Brussels (summer time, UTC+2); the clocks go back
    # on Sunday 25: 72 hours later it is 09:00 local time, on Monday 26.
    found = datetime(2026, 10, 23, 8, 0, tzinfo=UTC)
    clock = breach_clock(found, "risk", None, found + timedelta(hours=1))
    assert clock.deadline == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)
    assert words("en", clock) == ("notify the authority within 71 h (by 26 October 2026 at 09:00)")


# -- in words ----------------------------------------------------------------------------------

TODAY = date(2026, 12, 17)


def _request(
    received: date | None,
    answered: date | None = None,
    *,
    for_client: bool = False,
    forwarded_on: date | None = None,
) -> RequestDeadline:
    return request_deadline(
        received, False, answered, TODAY, for_client=for_client, forwarded_on=forwarded_on
    )


REQUESTS: list[tuple[RequestDeadline, dict[str, str]]] = [
    (
        _request(date(2026, 11, 20)),
        {
            "en": "due in 3 days (20 December 2026)",
            "fr": f"échéance dans 3{NBSP}jours (20 décembre 2026)",
            "nl": "binnen 3 dagen te beantwoorden (uiterlijk 20 december 2026)",
        },
    ),
    (
        _request(date(2026, 11, 18)),
        {
            "en": "due in 1 day (18 December 2026)",
            "fr": f"échéance dans 1{NBSP}jour (18 décembre 2026)",
            "nl": "binnen 1 dag te beantwoorden (uiterlijk 18 december 2026)",
        },
    ),
    (
        _request(date(2026, 11, 17)),
        {
            "en": "due today (17 December 2026)",
            "fr": "échéance aujourd’hui (17 décembre 2026)",
            "nl": "vandaag te beantwoorden (17 december 2026)",
        },
    ),
    (
        _request(date(2026, 11, 16)),
        {
            "en": "late by 1 day (due 16 December 2026)",
            "fr": f"en retard de 1{NBSP}jour (échéance le 16 décembre 2026)",
            "nl": "1 dag te laat (de termijn liep af op 16 december 2026)",
        },
    ),
    (
        _request(date(2026, 11, 15)),
        {
            "en": "late by 2 days (due 15 December 2026)",
            "fr": f"en retard de 2{NBSP}jours (échéance le 15 décembre 2026)",
            "nl": "2 dagen te laat (de termijn liep af op 15 december 2026)",
        },
    ),
    (
        _request(date(2026, 10, 1), date(2026, 10, 20)),
        {"en": "answered on time", "fr": "réponse dans le délai", "nl": "tijdig beantwoord"},
    ),
    (
        _request(date(2026, 10, 1), date(2026, 11, 20)),
        {"en": "answered late", "fr": "réponse hors délai", "nl": "laattijdig beantwoord"},
    ),
    (
        _request(None),
        {
            "en": "no date of receipt: add it to know the time limit",
            "fr": f"pas de date de réception{NBSP}: ajoutez-la pour connaître le délai",
            "nl": "geen datum van ontvangst: vul die in om de termijn te kennen",
        },
    ),
    (
        _request(date(2026, 12, 1), for_client=True),
        {
            "en": "to forward to the client",
            "fr": "à transmettre au client",
            "nl": "door te sturen naar de klant",
        },
    ),
    (
        _request(date(2026, 12, 1), for_client=True, forwarded_on=date(2026, 12, 2)),
        {
            "en": "forwarded to the client on 2 December 2026",
            "fr": "transmise au client le 2 décembre 2026",
            "nl": "op 2 december 2026 doorgestuurd naar de klant",
        },
    ),
]


def test_every_state_of_a_request_is_said_in_each_language() -> None:
    assert {deadline.state for deadline, _ in REQUESTS} == set(RequestState)
    for deadline, texts in REQUESTS:
        for lang, expected in texts.items():
            assert words(lang, deadline) == expected, (lang, deadline)


NOW = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)


def _clock(
    hours_ago: float, risk: str | None = "risk", notified: datetime | None = None
) -> BreachClock:
    return breach_clock(NOW - timedelta(hours=hours_ago), risk, notified, NOW)


BREACHES: list[tuple[BreachClock, dict[str, str]]] = [
    (
        _clock(41),  # discovered 5 December at 20:00 UTC: due 8 December at 21:00 in Brussels
        {
            "en": "notify the authority within 31 h (by 8 December 2026 at 21:00)",
            "fr": (
                f"à notifier à l’autorité d’ici 31{NBSP}h (au plus tard le 8 décembre 2026 à 21:00)"
            ),
            "nl": "binnen 31 uur melden aan de autoriteit (uiterlijk 8 december 2026 om 21:00)",
        },
    ),
    (
        _clock(77),
        {
            "en": "72 hours passed 5 h ago: notify now, with the reasons for the delay",
            "fr": (
                f"délai de 72{NBSP}heures dépassé depuis 5{NBSP}h{NBSP}: "
                "notifier sans attendre, en motivant le retard"
            ),
            "nl": (
                "de 72 uur zijn 5 uur geleden verstreken: nu melden, "
                "met de redenen voor de vertraging"
            ),
        },
    ),
    (
        _clock(100, notified=NOW - timedelta(hours=40)),
        {"en": "notified", "fr": "notifiée à l’autorité", "nl": "gemeld aan de autoriteit"},
    ),
    (
        _clock(100, notified=NOW - timedelta(hours=10)),
        {
            "en": "notified after 72 hours",
            "fr": f"notifiée à l’autorité après 72{NBSP}heures",
            "nl": "na 72 uur gemeld aan de autoriteit",
        },
    ),
    (
        _clock(10, risk="unlikely"),
        {
            "en": "no notification needed (risk judged unlikely)",
            "fr": "pas de notification requise (risque jugé improbable)",
            "nl": "geen melding nodig (risico onwaarschijnlijk geacht)",
        },
    ),
    (
        breach_clock(None, "high_risk", None, NOW),
        {
            "en": "discovery date and time to complete",
            "fr": "date et heure de la découverte à compléter",
            "nl": "datum en uur van de ontdekking in te vullen",
        },
    ),
]


def test_every_state_of_a_breach_is_said_in_each_language_in_local_time(
    brussels: None,
) -> None:
    assert {clock.state for clock, _ in BREACHES} == set(BreachState)
    for clock, texts in BREACHES:
        for lang, expected in texts.items():
            assert words(lang, clock) == expected, (lang, clock)


def test_the_time_is_counted_down_in_hours_then_minutes_and_late_in_days() -> None:
    assert span_text("en", timedelta(minutes=45, seconds=59)) == "45 min"
    assert span_text("fr", timedelta(seconds=20)) == f"1{NBSP}min"  # never "0 min"
    assert span_text("nl", timedelta(hours=31, minutes=59)) == "31 uur"  # never more than left
    assert span_text("en", timedelta(hours=50), days=False) == "50 h"
    late = timedelta(days=3, hours=5)
    assert [span_text(lang, late) for lang in ("en", "fr", "nl")] == [
        "3 days",
        f"3{NBSP}jours",
        "3 dagen",
    ]
    one = timedelta(days=1, hours=23)
    assert span_text("nl", one) == "47 uur"
    assert span_text("fr", timedelta(hours=49)) == f"2{NBSP}jours"


def test_a_date_at_the_end_of_the_calendar_gives_no_deadline_rather_than_a_fault() -> None:
    """A year 9999 kept from a file written before validation refused it: the lists still
    show, without a time limit past the calendar."""
    late = datetime(9999, 12, 30, 10, 0, tzinfo=UTC)
    assert breach_clock(late, None, None, datetime(2026, 12, 7, tzinfo=UTC)).deadline is None
    assert add_months(date(9999, 12, 15), 1) == date.max
