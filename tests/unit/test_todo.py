"""The To do (core/todo.py) and `ropa todo`: what runs out across the accountability file —
requests, breaches, activity reviews, contracts — the breaches' 72 hours first, then what is
late, then the soonest; in words in the user's language; exit code 1 when something is late so
that a scheduled task can warn the firm."""

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
from ropa.core.register import create_register, open_register
from ropa.core.todo import TodoKind, load_todo
from ropa.db import models as m

NOW = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)
TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command reads the date at NOW, on a computer in Brussels."""
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


def _activity(s: Any, org: str, reference: str, name: str, **values: Any) -> None:
    services.create(s, m.Activity, {"reference": reference, "name": name, **values}, org)


def _contract(s: Any, org: str, party: str, **values: Any) -> None:
    found = services.create(s, m.Party, {"name": party, "kind": "processor"}, org)
    services.create(s, m.Contract, {"party_id": found.id, "status": "signed", **values}, org)


def register_file(tmp_path: Path, *, late: bool = True) -> Path:
    """One French-speaking organisation with something of every kind, late or soon (only what
    is not late when `late` is False), and what must stay off the list."""
    path = tmp_path / "register.ropa"
    db = create_register(path)
    with db.transaction() as s:
        values = {"legal_name": "Exemple SRL", "country": "BE", "language": "fr"}
        org = str(services.create_organisation(s, values).id)
        # Requests: due in 5 days (on), due in 20 days (off), answered (off).
        requests = [("R-1", TODAY - timedelta(days=25), None), ("R-2", TODAY, None)]
        requests.append(("R-3", date(2026, 9, 1), date(2026, 9, 10)))
        if late:  # received on 1 October: one month ended on 1 November
            requests.append(("R-4", date(2026, 10, 1), None))
        for reference, received, answered in requests:
            services.create(
                s,
                m.RightsRequest,
                {"reference": reference, "received_on": received, "answered_on": answered},
                org,
            )
        # Breaches: 10 hours into the 72 (on); notified (off); judged unlikely (off).
        breach = {"name": "Portable perdu", "discovered_at": NOW - timedelta(hours=10)}
        services.create(s, m.Breach, breach, org)
        notified = NOW - timedelta(hours=1)
        notified_breach = {"discovered_at": NOW - timedelta(hours=5)}
        notified_breach |= {"authority_notified_at": notified, "name": "Courriel"}
        services.create(s, m.Breach, notified_breach, org)
        unlikely = {
            "name": "Coquille",
            "discovered_at": NOW - timedelta(hours=2),
            "risk": "unlikely",
        }
        services.create(s, m.Breach, unlikely, org)
        # Activity reviews: in 12 days (on), in 45 days (off), retired and overdue (off).
        _activity(s, org, "T-02", "Paie", next_review=TODAY + timedelta(days=12))
        _activity(s, org, "T-03", "Clients", next_review=TODAY + timedelta(days=45))
        _activity(
            s,
            org,
            "T-04",
            "Ancien",
            next_review=date(2025, 1, 1),
            status="retired",
            end_date=date(2025, 6, 1),
        )
        # Contracts: ending in 40 days (on), ending in 90 days (off), a draft (off).
        _contract(s, org, "Hôte SA", reference="DPA-1", expires_on=TODAY + timedelta(days=40))
        _contract(s, org, "Nuage SAS", expires_on=TODAY + timedelta(days=90))
        _contract(s, org, "Brouillon SA", status="draft", review_on=date(2025, 1, 1))
        if late:
            _activity(s, org, "T-01", "Fournisseurs", next_review=date(2026, 11, 30))
            _contract(s, org, "Routeur SA", expires_on=date(2026, 12, 1))
            _contract(s, org, "Paie Plus", reference="Avenant", review_on=date(2026, 12, 7))
    db.close()
    return path


def test_every_kind_is_listed_breaches_first_then_late_then_soonest(tmp_path: Path) -> None:
    db = open_register(register_file(tmp_path))
    try:
        data = load_todo(db, today=TODAY, now=NOW)
    finally:
        db.close()
    listed = [(item.kind, item.entry, item.late) for item in data.items]
    assert listed == [
        (TodoKind.BREACH, "Portable perdu", False),
        (TodoKind.REQUEST, "R-4", True),
        (TodoKind.REVIEW, "T-01 \u2013 Fournisseurs", True),
        (TodoKind.CONTRACT, "Routeur SA", True),
        (TodoKind.CONTRACT, "Paie Plus \u2013 Avenant", False),  # due today: not late yet
        (TodoKind.REQUEST, "R-1", False),
        (TodoKind.REVIEW, "T-02 \u2013 Paie", False),
        (TodoKind.CONTRACT, "Hôte SA \u2013 DPA-1", False),
    ]
    words = {item.entry: item.words("en") for item in data.items}
    assert words["R-4"] == "late by 36 days (due 1 November 2026)"
    assert words["T-01 \u2013 Fournisseurs"] == "review overdue by 7 days (due 30 November 2026)"
    assert words["Routeur SA"] == "expired on 1 December 2026, still recorded as signed"
    assert words["Paie Plus \u2013 Avenant"] == "review due today (7 December 2026)"
    assert words["T-02 \u2013 Paie"] == "review due in 12 days (19 December 2026)"
    assert words["Hôte SA \u2013 DPA-1"] == (
        "ends in 40 days (16 January 2027): renew or replace it"
    )
    assert words["Portable perdu"].startswith("notify the authority within 62 h")
    french = {item.entry: item.words("fr") for item in data.items}
    assert french["T-01 \u2013 Fournisseurs"] == (
        "revue en retard de 7\u00a0jours (prévue le 30 novembre 2026)"
    )
    assert french["Hôte SA \u2013 DPA-1"] == (
        "prend fin dans 40\u00a0jours (16 janvier 2027)\u00a0: à renouveler ou à remplacer"
    )
    dutch = {item.entry: item.words("nl") for item in data.items}
    assert dutch["T-02 \u2013 Paie"] == "binnen 12 dagen te herzien (19 december 2026)"


def test_ropa_todo_lists_in_the_organisations_language_and_exits_1_when_late(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path)
    code, out, err = run(capsys, "todo", path)
    lines = out.splitlines()
    assert code == 1
    assert lines[0].startswith("Violation de données \u00b7 Portable perdu \u00b7 à notifier")
    assert lines[1] == (
        "Demande d’exercice de droits \u00b7 R-4 \u00b7 en retard de 36\u00a0jours "
        "(échéance le 1er novembre 2026)"
    )
    assert len(lines) == 8
    assert err == "3 points sont en retard.\n"
    code, out, err = run(capsys, "todo", path, "--lang", "nl")
    assert code == 1 and out.splitlines()[2] == (
        "Herziening van een activiteit \u00b7 T-01 \u2013 Fournisseurs \u00b7 "
        "herziening 7 dagen te laat (gepland op 30 november 2026)"
    )
    assert err == "3 punten zijn te laat.\n"


def test_nothing_late_exits_0_and_nothing_at_all_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, late=False)
    code, out, err = run(capsys, "todo", path, "--lang", "en")
    assert code == 0 and len(out.splitlines()) == 4 and err == ""
    empty = tmp_path / "empty" / "register.ropa"
    empty.parent.mkdir()
    db = create_register(empty)
    with db.transaction() as s:
        services.create_organisation(s, {"legal_name": "Vide SA", "country": "FR"})
    db.close()
    assert run(capsys, "todo", empty, "--lang", "en") == (
        0,
        "",
        "Nothing to do: no time limit runs out in the coming days.\n",
    )
    assert run(capsys, "todo", empty, "--json") == (0, "[]\n", "")


def test_json_gives_codes_iso_dates_and_the_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "todo", register_file(tmp_path), "--format", "json", "--lang", "en")
    items = json.loads(out)
    assert code == 1
    breach, request = items[0], items[1]
    assert breach["kind"] == "breach" and breach["table"] == "breach"
    assert breach["state"] == "decision_open" and breach["late"] is False
    assert breach["due_at"] == "2026-12-10T03:00:00+00:00" and breach["due"] is None
    assert request == {
        **request,
        "kind": "request",
        "table": "rights_request",
        "organisation": "Exemple SRL",
        "entry": "R-4",
        "late": True,
        "state": "late",
        "due": "2026-11-01",
        "due_at": None,
        "words": "late by 36 days (due 1 November 2026)",
    }
    states = {item["entry"]: item["state"] for item in items}
    assert states["Routeur SA"] == "expired"
    assert states["Paie Plus \u2013 Avenant"] == "review_due"
    assert states["Hôte SA \u2013 DPA-1"] == "expires"
    assert states["T-02 \u2013 Paie"] == "review"


def test_several_organisations_are_named_and_one_can_be_chosen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, late=False)
    db = open_register(path)
    with db.transaction() as s:
        values = {"legal_name": "Autre\x1b[2J SA", "country": "FR", "language": "en"}
        other = str(services.create_organisation(s, values).id)
        _activity(s, other, "A-1", "Payroll", next_review=date(2026, 12, 1))
    db.close()
    code, out, _ = run(capsys, "todo", path, "--lang", "en")
    lines = out.splitlines()
    assert code == 1 and len(lines) == 5
    # The breach's 72 hours, then the late review, each with its organisation (a control
    # sequence of the register shown escaped).
    assert lines[0].startswith("Exemple SRL \u00b7 Data breach \u00b7 ")
    assert lines[1] == (
        "Autre\\u001b[2J SA \u00b7 Activity review \u00b7 A-1 \u2013 Payroll \u00b7 "
        "review overdue by 6 days (due 1 December 2026)"
    )
    assert all(line.startswith("Exemple SRL \u00b7 ") for line in lines[2:])
    code, out, _ = run(capsys, "todo", path, "--organisation", other)
    assert code == 1 and out == (
        "Activity review \u00b7 A-1 \u2013 Payroll \u00b7 "
        "review overdue by 6 days (due 1 December 2026)\n"
    )
    code, out, err = run(capsys, "todo", path, "--organisation", "nope", "--lang", "en")
    assert code == 1 and out == "" and "nope" in err


def test_the_help_says_what_is_listed_and_the_exit_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "todo", "--help"])
    assert exit_.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "Exits with 1 when something is late" in text
    assert "contracts expired, due for review or ending within 60 days" in text


def test_a_completed_dpia_to_review_is_listed_not_one_in_progress_or_abandoned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, late=False)
    db = open_register(path)
    with db.transaction() as s:
        org = s.query(m.Organisation.id).scalar()
        for name, status, review in (
            ("AIPD caméras", "completed", date(2026, 11, 27)),
            ("AIPD badges", "in_progress", date(2026, 11, 1)),
            ("AIPD abandonnée", "abandoned", date(2026, 11, 1)),
            ("AIPD lointaine", "completed", date(2027, 6, 1)),
        ):
            services.create(s, m.Dpia, {"name": name, "status": status, "review_on": review}, org)
    db.close()
    code, out, _ = run(capsys, "todo", path, "--lang", "en", "--json")
    items = json.loads(out)
    dpias = [item for item in items if item["kind"] == "dpia"]
    assert code == 1 and [d["entry"] for d in dpias] == ["AIPD caméras"]
    assert dpias[0]["table"] == "dpia" and dpias[0]["late"] is True
    assert dpias[0]["words"] == "review overdue by 10 days (due 27 November 2026)"
    _, out, _ = run(capsys, "todo", path, "--lang", "fr")
    assert "AIPD \u00b7 AIPD caméras \u00b7 revue en retard de 10\u00a0jours" in out
