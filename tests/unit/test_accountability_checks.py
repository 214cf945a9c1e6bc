"""The checks of the accountability file on the day and at the moment they are run: a request
late, due within the week, extended without telling the person, not forwarded to its client; a
breach past its 72 hours, inside them (with the time left), notified late without reasons, of
high risk without telling the people, of a processor without telling its clients. Each fires
exactly from the day or the minute it should, and not before."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from ropa.core import services
from ropa.core.checks.engine import check_register, load_context, run_checks
from ropa.core.checks.model import Finding, Severity
from ropa.db import models as m
from tests.unit.checks_support import Register, clean_register

NOW = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)
REQUEST_RULES = (
    "request.late",
    "request.due_soon",
    "request.extension_not_told",
    "request.not_forwarded",
)
BREACH_RULES = (
    "breach.not_notified",
    "breach.notification_due",
    "breach.late_without_reasons",
    "breach.people_not_informed",
    "breach.clients_not_informed",
)


@pytest.fixture
def brussels(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def register(tmp_path) -> Register:
    return clean_register(tmp_path)


def found(register: Register, today: date, now: datetime = NOW) -> list[tuple[str, str]]:
    """(rule, label) of the accountability findings on `today` at `now`."""
    return [(f.rule, f.label) for f in findings(register, today, now)]


def findings(register: Register, today: date, now: datetime = NOW) -> list[Finding]:
    with register.db.reader() as s:
        context = load_context(s, register.org_id, today, now=now)
        return run_checks(context, REQUEST_RULES + BREACH_RULES)


def request(register: Register, reference: str, **values: Any) -> str:
    return register.create(m.RightsRequest, {"reference": reference, **values})


def breach(register: Register, name: str, discovered: datetime | None, **values: Any) -> str:
    return register.create(m.Breach, {"name": name, "discovered_at": discovered, **values})


# -- requests ----------------------------------------------------------------------------------


def test_a_request_is_due_soon_from_seven_days_before_and_late_the_day_after(
    register: Register,
) -> None:
    request(register, "R-01", received_on=date(2026, 10, 1))  # due on 1 November
    assert found(register, date(2026, 10, 24)) == []
    assert found(register, date(2026, 10, 25)) == [("request.due_soon", "R-01")]
    assert found(register, date(2026, 11, 1)) == [("request.due_soon", "R-01")]
    [late] = findings(register, date(2026, 11, 2))
    assert (late.rule, late.severity, late.field) == ("request.late", Severity.ERROR, "answered_on")
    assert late.message("fr") == (
        "La réponse était due le 01/11/2026 et la demande n’a toujours pas reçu de réponse."
    )


def test_an_answered_or_undated_request_raises_nothing(register: Register) -> None:
    request(register, "R-01", received_on=date(2026, 10, 1), answered_on=date(2026, 11, 20))
    request(register, "R-02")  # no date of receipt: no time limit to check
    assert found(register, date(2026, 12, 1)) == []


def test_an_extension_is_told_within_the_first_month(register: Register) -> None:
    extended = request(register, "R-01", received_on=date(2026, 9, 15), extended=True)
    assert found(register, date(2026, 10, 15)) == []
    [finding] = findings(register, date(2026, 10, 16))
    assert (finding.rule, finding.field) == ("request.extension_not_told", "extension_told_on")
    assert "(by 15/10/2026)" in finding.message("en")
    # Told on the month's last day: in time. Once answered, nothing to put right.
    register.update(m.RightsRequest, extended, extension_told_on=date(2026, 10, 15))
    assert found(register, date(2026, 10, 16)) == []
    register.update(m.RightsRequest, extended, extension_told_on=date(2026, 10, 20))
    assert found(register, date(2026, 10, 21)) == [("request.extension_not_told", "R-01")]
    register.update(m.RightsRequest, extended, answered_on=date(2026, 11, 3))
    assert found(register, date(2026, 11, 4)) == []


def test_a_request_for_a_client_is_forwarded_within_three_days(register: Register) -> None:
    client = register.create(
        m.Party, {"name": "Client SA", "kind": "client_controller", "email": "dpo@client.be"}
    )
    received = date(2026, 11, 10)
    forwarded = request(register, "R-07", received_on=received, client_party_id=client)
    assert found(register, date(2026, 11, 13)) == []
    # Not the firm's own time limit: never late nor due, only to forward.
    [finding] = findings(register, date(2026, 12, 20))
    assert (finding.rule, finding.severity) == ("request.not_forwarded", Severity.WARNING)
    assert finding.message("nl") == (
        "Dit verzoek, ontvangen op 10/11/2026, gaat over gegevens waarvoor uw klant Client SA "
        "verwerkingsverantwoordelijke is, en werd niet naar hem doorgestuurd."
    )
    register.update(m.RightsRequest, forwarded, forwarded_on=date(2026, 11, 14))
    assert found(register, date(2026, 12, 20)) == []


# -- breaches ----------------------------------------------------------------------------------


def test_a_breach_inside_its_72_hours_names_the_time_left(
    register: Register, brussels: None
) -> None:
    breach(register, "Portable volé", NOW - timedelta(hours=41), risk="risk")
    [finding] = findings(register, NOW.date())
    assert (finding.rule, finding.severity) == ("breach.notification_due", Severity.WARNING)
    assert finding.params == {"hours": "31", "minutes": "00", "day": "08/12/2026", "time": "21:00"}
    assert finding.message("fr").startswith(
        "Il reste 31\u00a0h\u00a000\u00a0min pour notifier la violation à l’autorité de contrôle "
        "(jusqu’au 08/12/2026 à 21:00)"
    )
    later = NOW + timedelta(hours=30, minutes=55)
    [finding] = findings(register, later.date(), later)
    assert (finding.params["hours"], finding.params["minutes"]) == ("0", "05")
    # At the deadline the time is up; one second later it is an error.
    deadline = NOW + timedelta(hours=31)
    assert found(register, deadline.date(), deadline) == [
        ("breach.notification_due", "Portable volé")
    ]
    past = deadline + timedelta(seconds=1)
    [error] = findings(register, past.date(), past)
    assert (error.rule, error.severity, error.field) == (
        "breach.not_notified",
        Severity.ERROR,
        "authority_notified_at",
    )
    assert "ended on 08/12/2026 at 21:00" in error.message("en")


def test_a_breach_notified_in_time_or_judged_unlikely_to_be_a_risk_raises_nothing(
    register: Register,
) -> None:
    found_at = NOW - timedelta(hours=100)
    breach(
        register, "A", found_at, risk="risk", authority_notified_at=found_at + timedelta(hours=70)
    )
    breach(register, "B", found_at, risk="unlikely")
    breach(
        register,
        "C",
        found_at,
        risk="risk",
        authority_notified_at=NOW,
        delay_reasons="L’ampleur n’a été connue qu’après l’analyse du prestataire.",
    )
    assert found(register, NOW.date()) == []


def test_a_notification_after_72_hours_gives_the_reasons_for_the_delay(
    register: Register,
) -> None:
    found_at = NOW - timedelta(hours=100)
    late = breach(register, "A", found_at, risk="high_risk", authority_notified_at=NOW)
    register.update(m.Breach, late, people_informed_on=NOW.date())
    assert found(register, NOW.date()) == [("breach.late_without_reasons", "A")]
    register.update(m.Breach, late, delay_reasons="  ")
    assert found(register, NOW.date()) == [("breach.late_without_reasons", "A")]


def test_a_high_risk_is_told_to_the_people_or_an_exception_named(register: Register) -> None:
    found_at = NOW - timedelta(hours=10)
    notified = {"authority_notified_at": NOW}
    high = breach(register, "A", found_at, risk="high_risk", **notified)
    breach(register, "B", found_at, risk="risk", **notified)  # a risk, not a high one
    assert found(register, NOW.date()) == [("breach.people_not_informed", "A")]
    register.update(m.Breach, high, inform_exception="disproportionate_effort")
    assert found(register, NOW.date()) == []
    register.update(m.Breach, high, inform_exception=None, people_informed_on=NOW.date())
    assert found(register, NOW.date()) == []


def test_a_processor_tells_its_clients_whatever_the_risk(register: Register) -> None:
    found_at = NOW - timedelta(hours=100)
    breach(register, "Ours", found_at, risk="unlikely")
    theirs = breach(register, "Hosted", found_at, risk="unlikely")
    client = register.create(
        m.Party, {"name": "Client SA", "kind": "client_controller", "email": "dpo@client.be"}
    )
    with register.db.transaction() as s:
        services.set_links(s, services.get(s, m.Breach, theirs), "clients", [client])
    [finding] = findings(register, NOW.date())
    assert (finding.rule, finding.entity_id, finding.field) == (
        "breach.clients_not_informed",
        theirs,
        "clients_informed_at",
    )
    assert finding.where("en") == "Hosted \u203a Client controllers told on"
    register.update(m.Breach, theirs, clients_informed_at=found_at + timedelta(hours=5))
    assert found(register, NOW.date()) == []


def test_only_the_organisations_own_records_are_checked(register: Register) -> None:
    with register.db.transaction() as s:
        other = str(services.create_organisation(s, {"legal_name": "Autre SA", "country": "FR"}).id)
        services.create(
            s, m.RightsRequest, {"reference": "X-1", "received_on": date(2026, 1, 5)}, other
        )
        services.create(s, m.Breach, {"name": "X", "discovered_at": NOW - timedelta(days=9)}, other)
    assert found(register, NOW.date()) == []
    with register.db.reader() as s:
        theirs = check_register(s, other, NOW.date(), now=NOW)
    assert {f.rule for f in theirs} >= {"request.late", "breach.not_notified"}


def test_without_a_moment_given_the_checks_read_the_clock(register: Register) -> None:
    breach(register, "A", datetime.now(UTC) - timedelta(hours=80), risk="risk")
    with register.db.reader() as s:
        rules = [f.rule for f in check_register(s, register.org_id)]
    assert "breach.not_notified" in rules
