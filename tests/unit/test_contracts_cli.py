"""`ropa contracts` on a real register file: one line per processing contract, by party, with
where it stands in words on this computer's date, in the user's language; --format json with
ISO dates and codes; the register's text never reaching the terminal as a control sequence."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from ropa import cli
from ropa.cli import main
from ropa.core import services
from ropa.core.register import create_register, open_register
from ropa.db import models as m
from tests.unit.checks_support import ALL_CLAUSES

NOW = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)
TODAY = NOW.date()


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


def register_file(tmp_path: Path, contracts: list[dict[str, Any]]) -> Path:
    """A register of one French-speaking organisation with these contracts; each names its
    party ("party", created as a processor unless "kind" says otherwise)."""
    path = tmp_path / "register.ropa"
    db = create_register(path)
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {"legal_name": "Exemple SRL", "country": "BE", "language": "fr", "email": "a@b.be"},
        )
        parties: dict[str, str] = {}
        for values in contracts:
            name, kind = values.pop("party"), values.pop("kind", "processor")
            if name not in parties:
                party = services.create(s, m.Party, {"name": name, "kind": kind}, org.id)
                parties[name] = str(party.id)
            services.create(s, m.Contract, {"party_id": parties[name], **values}, org.id)
    db.close()
    return path


CONTRACTS = [
    {  # in force, every stipulation
        "party": "Hébergeur SA",
        "reference": "DPA-2025-01",
        "contract_version": "v2",
        "our_role": "controller",
        "status": "signed",
        "signed_on": date(2025, 3, 10),
        "clauses": ALL_CLAUSES,
        "subprocessor_authorisation": "general",
    },
    {  # review due, two stipulations not ticked
        "party": "Paie Plus ASBL",
        "reference": "Avenant RGPD v1",
        "contract_version": "v1",
        "our_role": "controller",
        "status": "signed",
        "signed_on": date(2020, 2, 10),
        "review_on": date(2026, 9, 30),
        "clauses": [c for c in ALL_CLAUSES if c not in ("deletion_return", "audits")],
    },
    {  # expired, never checked
        "party": "Ancien Routeur SA",
        "reference": "Conditions 2023",
        "our_role": "controller",
        "status": "signed",
        "signed_on": date(2023, 1, 1),
        "expires_on": date(2025, 12, 31),
    },
    {  # a draft with a client: the organisation is the processor
        "party": "Client SA",
        "kind": "client_controller",
        "reference": "Accord de sous-traitance",
        "our_role": "processor",
        "status": "draft",
        "clauses": ALL_CLAUSES,
    },
    {  # nothing answered but its reference
        "party": "Client SA",
        "reference": "Ancien accord",
    },
]


def test_contracts_are_listed_by_party_with_where_each_stands_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, [dict(c) for c in CONTRACTS])
    code, out, err = run(capsys, "contracts", path, "--lang", "en")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Ancien Routeur SA \u00b7 Conditions 2023 \u00b7 processes data for us \u00b7 "
        "expired on 31 December 2025, still recorded as signed \u00b7 "
        "Art. 28(3) stipulations not checked",
        "Client SA \u00b7 Accord de sous-traitance \u00b7 we process data for it \u00b7 "
        "draft, not signed \u00b7 all 8 Art. 28(3) stipulations",
        "Client SA \u00b7 Ancien accord \u00b7 our side not answered \u00b7 "
        "status not answered: nothing says it is signed \u00b7 Art. 28(3) stipulations not checked",
        "Hébergeur SA \u00b7 DPA-2025-01 (v2) \u00b7 processes data for us \u00b7 "
        "in force, signed on 10 March 2025 \u00b7 all 8 Art. 28(3) stipulations",
        "Paie Plus ASBL \u00b7 Avenant RGPD v1 \u00b7 processes data for us \u00b7 "
        "in force, review due since 30 September 2026 \u00b7 "
        "Art. 28(3) stipulations not ticked: g, h",
    ]
    # In the organisation's language unless --lang says otherwise.
    _, out, _ = run(capsys, "contracts", path)
    assert "Hébergeur SA \u00b7 DPA-2025-01 (v2) \u00b7 traite des données pour nous \u00b7 " in out
    assert "en vigueur, à revoir depuis le 30 septembre 2026" in out
    assert "expiré le 31 décembre 2025, toujours enregistré comme signé" in out
    assert "clauses de l’art. 28.3 non cochées\u00a0: g, h" in out
    _, out, _ = run(capsys, "contracts", path, "--lang", "nl")
    assert "van kracht, ondertekend op 10 maart 2025" in out
    assert "ontwerp, niet ondertekend" in out


def test_contracts_as_json_give_iso_dates_codes_and_the_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, [dict(c) for c in CONTRACTS])
    code, out, err = run(capsys, "contracts", path, "--format", "json", "--lang", "en")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert [(r["party"], r["state"], r["in_force"]) for r in rows] == [
        ("Ancien Routeur SA", "expired", False),
        ("Client SA", "draft", False),
        ("Client SA", "unanswered", False),
        ("Hébergeur SA", "in_force", True),
        ("Paie Plus ASBL", "review_due", True),
    ]
    host = rows[3]
    assert {k: host[k] for k in host if k not in ("id", "organisation_id", "party_id")} == {
        "party": "Hébergeur SA",
        "party_kind": "processor",
        "reference": "DPA-2025-01",
        "contract_version": "v2",
        "our_role": "controller",
        "status": "signed",
        "signed_on": "2025-03-10",
        "expires_on": None,
        "review_on": None,
        "clauses": ALL_CLAUSES,
        "missing_clauses": [],
        "subprocessor_authorisation": "general",
        "state": "in_force",
        "in_force": True,
        "words": "in force, signed on 10 March 2025",
    }
    assert rows[4]["missing_clauses"] == ["deletion_return", "audits"]
    assert rows[4]["review_on"] == "2026-09-30"
    assert rows[0]["missing_clauses"] is None  # never checked: not "all missing"
    assert rows[0]["expires_on"] == "2025-12-31"
    assert (rows[2]["status"], rows[2]["our_role"]) == (None, None)
    # Only the words follow the language: in the organisation's unless --lang says otherwise.
    _, french, _ = run(capsys, "contracts", path, "--json")
    assert [r["words"] for r in json.loads(french)] == [
        "expiré le 31 décembre 2025, toujours enregistré comme signé",
        "projet, non signé",
        "état non renseigné\u00a0: rien n’indique qu’il est signé",
        "en vigueur, signé le 10 mars 2025",
        "en vigueur, à revoir depuis le 30 septembre 2026",
    ]
    unworded = [{**r, "words": None} for r in json.loads(french)]
    assert unworded == [{**r, "words": None} for r in rows]


def test_the_state_is_read_on_this_computers_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = register_file(tmp_path, [dict(CONTRACTS[1])])
    monkeypatch.setattr(cli, "now", lambda: datetime(2026, 9, 29, 21, 59, tzinfo=UTC))
    _, out, _ = run(capsys, "contracts", path, "--json")
    assert json.loads(out)[0]["state"] == "in_force"
    # 22:00 UTC is midnight in Brussels: 30 September there, the review is due.
    monkeypatch.setattr(cli, "now", lambda: datetime(2026, 9, 29, 22, 0, tzinfo=UTC))
    _, out, _ = run(capsys, "contracts", path, "--json")
    assert json.loads(out)[0]["state"] == "review_due"


def test_no_contract_is_said_and_is_no_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = register_file(tmp_path, [])
    assert run(capsys, "contracts", empty) == (
        0,
        "",
        "Aucun contrat de sous-traitance dans le registre.\n",
    )
    assert run(capsys, "contracts", empty, "--lang", "nl")[2] == (
        "Geen verwerkersovereenkomst in het register.\n"
    )
    assert run(capsys, "contracts", empty, "--json") == (0, "[]\n", "")


def test_control_characters_of_the_register_are_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = "DPA\x1b[2J\u202eX"
    party = "Hôte\x07\x9b31m"
    path = register_file(
        tmp_path,
        [{"party": party, "reference": reference, "contract_version": "v\r1", "status": "signed"}],
    )
    _, out, _ = run(capsys, "contracts", path, "--lang", "en")
    assert out.startswith("Hôte\\u0007\\u009b31m \u00b7 DPA\\u001b[2J\\u202eX (v\\u000d1) \u00b7 ")
    assert not any(c in out for c in "\x1b\u202e\r\x07\x9b")
    # JSON escapes them its own way, and keeps the values.
    _, out, _ = run(capsys, "contracts", path, "--json")
    assert not any(c in out for c in "\x1b\u202e\x9b")
    [row] = json.loads(out)
    assert (row["party"], row["reference"], row["contract_version"]) == (party, reference, "v\r1")


def test_a_register_of_several_organisations_lists_the_one_chosen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, [dict(CONTRACTS[0])])
    db = open_register(path)
    with db.transaction() as s:
        other = str(services.create_organisation(s, {"legal_name": "Autre SA", "country": "FR"}).id)
        party = services.create(s, m.Party, {"name": "Nuage SAS", "kind": "processor"}, other)
        values = {"party_id": party.id, "reference": "DPA Nuage", "status": "draft"}
        services.create(s, m.Contract, values, other)
    db.close()
    code, out, err = run(capsys, "contracts", path, "--lang", "en")
    assert code == 1 and out == "" and "Autre SA" in err and "Exemple SRL" in err
    code, out, _ = run(capsys, "contracts", path, "--organisation", other, "--lang", "en")
    assert code == 0
    assert out == (
        "Nuage SAS \u00b7 DPA Nuage \u00b7 our side not answered \u00b7 draft, not signed "
        "\u00b7 Art. 28(3) stipulations not checked\n"
    )


def test_the_help_says_how_contracts_are_entered(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "contracts", "--help"])
    assert exit_.value.code == 0
    out = " ".join(capsys.readouterr().out.split())  # as wrapped by argparse
    assert "ropa import" in out and "--organisation" in out and "--format {text,json}" in out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert "contracts" in capsys.readouterr().out  # listed among the commands
