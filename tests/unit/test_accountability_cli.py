"""`ropa requests` and `ropa breaches` on a real register file: one line per record, latest
first, with its state in words in the user's language; --open, --json; the register's text
never reaching the terminal as a control sequence."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ropa import cli
from ropa.cli import main
from ropa.core import services
from ropa.core.register import create_register
from ropa.db import models as m

NOW = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)  # 14:00 in Brussels
TODAY = NOW.date()
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The commands read the time at NOW, on a computer in Brussels."""
    monkeypatch.setattr(cli, "now", lambda: NOW)
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def register_file(
    tmp_path: Path, requests: list[dict[str, Any]], breaches: list[dict[str, Any]]
) -> Path:
    """A register of one French-speaking organisation with these requests and breaches; a
    request's or breach's "clients" (names) become client parties."""
    path = tmp_path / "register.ropa"
    db = create_register(path)
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {"legal_name": "Exemple SRL", "country": "BE", "language": "fr", "email": "a@b.be"},
        )
        client = services.create(
            s, m.Party, {"name": "Client SA", "kind": "client_controller"}, org.id
        )
        for values in requests:
            if values.pop("for_client", False):
                values["client_party_id"] = client.id
            services.create(s, m.RightsRequest, values, org.id)
        for values in breaches:
            for_client = values.pop("for_client", False)
            created = services.create(s, m.Breach, values, org.id)
            if for_client:
                services.set_links(s, created, "clients", [client.id])
    db.close()
    return path


REQUESTS = [
    {"reference": "R-01", "received_on": date(2026, 10, 1), "rights": ["access"]},  # late
    {  # answered on time
        "reference": "R-02",
        "received_on": date(2026, 9, 1),
        "answered_on": date(2026, 9, 20),
        "decision": "granted",
    },
    {"reference": "R-03", "received_on": date(2026, 12, 4), "rights": ["erasure", "objection"]},
    {"reference": "R-04", "received_on": date(2026, 11, 30), "for_client": True},
    {"reference": "R-05", "requester": "Anne Dupont"},  # no date of receipt
    {  # forwarded
        "reference": "R-06",
        "received_on": date(2026, 8, 3),
        "for_client": True,
        "forwarded_on": date(2026, 8, 4),
    },
]


def test_requests_are_listed_latest_first_with_their_time_limit_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, [dict(r) for r in REQUESTS], [])
    code, out, err = run(capsys, "requests", path)  # in the organisation's language
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"R-05 (Anne Dupont) \u00b7 pas de date de réception{NBSP}: "
        "ajoutez-la pour connaître le délai",
        f"R-03 \u00b7 reçue le 4 décembre 2026 \u00b7 Effacement, Opposition \u00b7 "
        f"échéance dans 28{NBSP}jours (4 janvier 2027)",
        "R-04 \u00b7 reçue le 30 novembre 2026 \u00b7 pour Client SA \u00b7 "
        "à transmettre au client",
        f"R-01 \u00b7 reçue le 1er octobre 2026 \u00b7 Accès \u00b7 en retard de 36{NBSP}jours "
        "(échéance le 1er novembre 2026)",
        "R-02 \u00b7 reçue le 1er septembre 2026 \u00b7 réponse dans le délai",
        "R-06 \u00b7 reçue le 3 août 2026 \u00b7 pour Client SA \u00b7 "
        "transmise au client le 4 août 2026",
    ]
    code, out, _ = run(capsys, "requests", path, "--lang", "nl")
    assert out.splitlines()[3] == (
        "R-01 \u00b7 ontvangen op 1 oktober 2026 \u00b7 Inzage \u00b7 36 dagen te laat "
        "(de termijn liep af op 1 november 2026)"
    )
    code, out, _ = run(capsys, "requests", path, "--lang", "en")
    assert out.splitlines()[1] == (
        "R-03 \u00b7 received on 4 December 2026 \u00b7 Erasure, Objection \u00b7 "
        "due in 28 days (4 January 2027)"
    )


def test_open_requests_are_those_still_to_answer_or_forward(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, [dict(r) for r in REQUESTS], [])
    code, out, _ = run(capsys, "requests", path, "--open", "--lang", "en")
    assert code == 0
    assert [line.split(" ")[0] for line in out.splitlines()] == ["R-05", "R-03", "R-04", "R-01"]


def test_requests_as_json_give_iso_dates_state_codes_and_due_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, [dict(r) for r in REQUESTS], [])
    code, out, err = run(capsys, "requests", path, "--json", "--lang", "en")
    assert (code, err) == (0, "")
    listed = json.loads(out)
    by_reference = {r["reference"]: r for r in listed}
    assert [r["reference"] for r in listed] == ["R-05", "R-03", "R-04", "R-01", "R-02", "R-06"]
    late = by_reference["R-01"]
    assert {k: late[k] for k in ("received_on", "state", "due", "days_left", "days_late")} == {
        "received_on": "2026-10-01",
        "state": "late",
        "due": "2026-11-01",
        "days_left": None,
        "days_late": 36,
    }
    assert late["rights"] == ["access"] and late["words"] == "late by 36 days (due 1 November 2026)"
    assert (by_reference["R-03"]["state"], by_reference["R-03"]["days_left"]) == ("open", 28)
    assert by_reference["R-02"]["answered_on"] == "2026-09-20"
    assert by_reference["R-02"]["decision"] == "granted"
    forwarded = by_reference["R-06"]
    assert (forwarded["state"], forwarded["forwarded_on"], forwarded["client"]) == (
        "forwarded",
        "2026-08-04",
        "Client SA",
    )
    assert by_reference["R-05"]["state"] == "no_date"
    # --format json is the same.
    assert run(capsys, "requests", path, "--format", "json", "--lang", "en")[1] == out


BREACHES = [
    {  # inside its 72 hours: 31 h left
        "name": "Portable volé",
        "discovered_at": NOW - timedelta(hours=41),
        "natures": ["confidentiality"],
        "risk": "risk",
    },
    {  # past them, not notified
        "name": "Rançongiciel",
        "discovered_at": NOW - timedelta(hours=77),
        "risk": "high_risk",
        "for_client": True,
    },
    {  # notified in time
        "name": "Courriel mal adressé",
        "discovered_at": NOW - timedelta(days=20),
        "risk": "risk",
        "authority_notified_at": NOW - timedelta(days=19),
    },
    {"name": "Clé USB perdue", "discovered_at": NOW - timedelta(days=30), "risk": "unlikely"},
    {"name": "Signalement sans date", "risk": "risk"},
]


def test_breaches_are_listed_latest_first_with_their_72_hour_clock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, [], [dict(b) for b in BREACHES])
    code, out, err = run(capsys, "breaches", path, "--lang", "en")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Signalement sans date \u00b7 Risk, but not high \u00b7 "
        "discovery date and time to complete",
        "Portable volé \u00b7 discovered on 5 December 2026 at 21:00 \u00b7 "
        "Confidentiality (disclosure or access) \u00b7 Risk, but not high \u00b7 "
        "notify the authority within 31 h (by 8 December 2026 at 21:00)",
        "Rançongiciel \u00b7 discovered on 4 December 2026 at 09:00 \u00b7 High risk \u00b7 "
        "72 hours passed 5 h ago: notify now, with the reasons for the delay",
        "Courriel mal adressé \u00b7 discovered on 17 November 2026 at 14:00 \u00b7 "
        "Risk, but not high \u00b7 "
        "notified",
        "Clé USB perdue \u00b7 discovered on 7 November 2026 at 14:00 \u00b7 "
        "Unlikely to result in a risk \u00b7 no notification needed (risk judged unlikely)",
    ]
    code, out, _ = run(capsys, "breaches", path)
    assert out.splitlines()[2] == (
        f"Rançongiciel \u00b7 découverte le 4 décembre 2026 à 09:00 \u00b7 Risque élevé "
        f"\u00b7 délai de 72{NBSP}heures dépassé depuis 5{NBSP}h{NBSP}: notifier sans attendre, "
        "en motivant le retard"
    )


def test_open_breaches_are_those_whose_notification_decision_is_open_or_overdue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, [], [dict(b) for b in BREACHES])
    code, out, _ = run(capsys, "breaches", path, "--open", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [(b["name"], b["state"]) for b in listed] == [
        ("Signalement sans date", "no_date"),
        ("Portable volé", "decision_open"),
        ("Rançongiciel", "overdue"),
    ]
    _, opened, overdue = listed
    assert opened["discovered_at"] == "2026-12-05T20:00:00+00:00"
    assert opened["deadline"] == "2026-12-08T20:00:00+00:00"
    assert opened["seconds_left"] == 31 * 3600
    assert (opened["natures"], opened["risk"]) == (["confidentiality"], "risk")
    assert overdue["seconds_left"] == -5 * 3600
    assert overdue["authority_notified_at"] is None
    assert listed[0]["deadline"] is None and listed[0]["seconds_left"] is None


def test_nothing_to_list_is_said_and_is_no_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, [dict(REQUESTS[1])], [dict(BREACHES[3])])
    assert run(capsys, "requests", path, "--open", "--lang", "en") == (
        0,
        "",
        "No request needs action.\n",
    )
    assert run(capsys, "breaches", path, "--open", "--lang", "nl") == (
        0,
        "",
        "Geen datalek waarvoor de beslissing om te melden nog openstaat.\n",
    )
    empty = register_file(tmp_path / "empty", [], [])
    assert run(capsys, "breaches", empty)[2] == "Aucune violation de données dans le registre.\n"
    assert run(capsys, "requests", empty, "--json") == (0, "[]\n", "")


def test_control_characters_of_the_register_are_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = "R-\x1b[2J\u202eX"
    name = "Fuite\x07\x9b31m"
    path = register_file(
        tmp_path,
        [{"reference": reference, "received_on": TODAY, "requester": "Eve\r\x1b]0;pwned\x07"}],
        [{"name": name, "risk": "unlikely"}],
    )
    _, out, _ = run(capsys, "requests", path, "--lang", "en")
    assert out.startswith("R-\\u001b[2J\\u202eX (Eve\\u000d\\u001b]0;pwned\\u0007) \u00b7 ")
    assert not any(c in out for c in "\x1b\u202e\r\x07")
    _, out, _ = run(capsys, "breaches", path, "--lang", "en")
    assert out.startswith("Fuite\\u0007\\u009b31m \u00b7 ")
    # JSON escapes them its own way, and keeps the values.
    _, out, _ = run(capsys, "requests", path, "--json")
    assert "\x1b" not in out and "\u202e" not in out
    assert json.loads(out)[0]["reference"] == reference
    _, out, _ = run(capsys, "breaches", path, "--json")
    assert "\x9b" not in out and json.loads(out)[0]["name"] == name


def test_a_register_of_several_organisations_lists_the_one_chosen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, [dict(REQUESTS[0])], [])
    from ropa.core.register import open_register

    db = open_register(path)
    with db.transaction() as s:
        other = str(services.create_organisation(s, {"legal_name": "Autre SA", "country": "FR"}).id)
        services.create(s, m.RightsRequest, {"reference": "A-01", "received_on": TODAY}, other)
    db.close()
    code, out, err = run(capsys, "requests", path, "--lang", "en")
    assert code == 1 and out == "" and "Autre SA" in err and "Exemple SRL" in err
    code, out, _ = run(capsys, "requests", path, "--organisation", other, "--lang", "en")
    assert code == 0
    assert out == "A-01 \u00b7 received on 7 December 2026 \u00b7 due in 31 days (7 January 2027)\n"


def test_the_help_says_how_requests_and_breaches_are_entered(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in ("requests", "breaches"):
        with pytest.raises(SystemExit) as exit_:
            main(["--lang", "en", command, "--help"])
        assert exit_.value.code == 0
        out = " ".join(capsys.readouterr().out.split())  # as wrapped by argparse
        assert "ropa import" in out and "--open" in out and "--json" in out
