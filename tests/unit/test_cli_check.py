"""`ropa check`: the findings as text or JSON, and the exit status a script can test."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from ropa import cli
from ropa.core import services
from ropa.core.i18n import label, tr
from ropa.core.register import create_register, open_register
from ropa.db import models as m
from tests.unit.checks_support import ACTIVITY, ORGANISATION, Register, clean_register


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.ropa"
    create_register(path, demo=True).close()
    return path


def test_an_error_level_finding_exits_1_and_says_where_and_how(demo_file: Path, capsys) -> None:
    code = cli.main(["check", str(demo_file), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Error: Sécurivision SRL › Status\n" in out and "(Art. 28(3), (9))" in out
    assert "its contract is recorded as a draft, not signed" in out
    assert "→ Conclude a written processing contract with it" in out
    assert f"Errors: {out.count('Error: ')}," in err


def test_json_lists_every_finding_in_the_language_asked(demo_file: Path, capsys) -> None:
    code = cli.main(["check", str(demo_file), "--format", "json", "--lang", "nl"])
    out, _ = capsys.readouterr()
    findings = json.loads(out)
    assert code == 1
    rules = {f["rule"] for f in findings}
    assert "contract.processor_without_contract" in rules
    [contract] = [f for f in findings if f["rule"] == "contract.processor_without_contract"]
    assert contract["severity"] == "error" and contract["table"] == "contract"
    assert contract["where"] == "Sécurivision SRL"  # the window opens the contract by its id
    assert contract["field"] == "status" and "als ontwerp" in contract["message"]


def test_without_errors_the_exit_status_is_0(demo_file: Path, capsys) -> None:
    db = open_register(demo_file)
    with db.transaction() as s:
        party = s.scalars(select(m.Party).where(m.Party.name == "Sécurivision SRL")).one()
        draft = s.scalars(select(m.Contract).where(m.Contract.party_id == party.id)).one()
        signed = {"status": "signed", "signed_on": date(2026, 10, 1)}
        services.update(s, m.Contract, draft.id, signed)
        # The demo's late request (DR-2026-003) answered at last, after its time limit.
        late = s.scalars(
            select(m.RightsRequest).where(m.RightsRequest.reference == "DR-2026-003")
        ).one()
        answered = {"decision": "granted", "answered_on": date(2026, 11, 20)}
        services.update(s, m.RightsRequest, late.id, answered)
        # The demo's partial translations are errors of their own (tested below).
        org = s.scalars(select(m.Organisation)).one()
        services.update(s, m.Organisation, org.id, {"other_languages": []})
    db.close()
    code = cli.main(["check", str(demo_file), "--lang", "fr"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "Sécurivision" not in out
    assert "Avertissement\u00a0: T-11" in out  # warnings are still shown
    assert "Erreurs\u00a0: 0," in err


def test_untranslated_texts_are_reported_per_activity_and_language(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bilingue.ropa"
    db = create_register(path)
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {
                "legal_name": "Hainaut IT SRL",
                "legal_name_nl": "Hainaut IT BV",
                "country": "BE",
                "language": "fr",
                "other_languages": ["nl"],
                "email": "info@hainaut-it.example",
            },
        )
        activity = services.create(
            s,
            m.Activity,
            {
                "reference": "T-04",
                "name": "Recrutement",
                "status": "active",
                "in_notice": True,
                "security_notes": "Dossiers chiffrés.",
            },
            org.id,
        )
        services.create(
            s, m.Purpose, {"description": "Choisir", "legal_basis": "contract"}, activity.id
        )
        services.create(
            s, m.Purpose, {"description": "Archiver", "legal_basis": "contract"}, activity.id
        )
    db.close()
    code = cli.main(["check", str(path), "--lang", "fr"])
    out, err = capsys.readouterr()
    assert code == 1
    assert (
        "Erreur\u00a0: T-04 \u2013 Recrutement [empêche de publier la politique]\n"
        "    Pas de texte en néerlandais pour ce que la "
        "politique de confidentialité affiche\u00a0: Nom\u00a0; Finalité 1\u00a0; Finalité 2."
        " (Art. 12(1), 13, 14)"
    ) in out
    assert "Conseil\u00a0: T-04 \u2013 Recrutement\n    Textes sans version en néerlandais" in out
    assert "Mesures de sécurité" in out or "sécurité" in out
    # One error, one advice: grouped.
    assert out.count("T-04 \u2013 Recrutement [empêche de publier la politique]\n") == 1
    assert out.count("T-04 \u2013 Recrutement\n") == 1
    assert "Hainaut IT SRL\n" not in out  # its name is translated: no finding on its texts
    # JSON names each text, for a script.
    cli.main(["check", str(path), "--format", "json", "--lang", "nl"])
    findings = json.loads(capsys.readouterr().out)
    [error] = [f for f in findings if f["rule"] == "translation.notice"]
    assert error["severity"] == "error" and error["activity_id"]
    assert [(t["table"], t["field"], t["language"]) for t in error["texts"]] == [
        ("activity", "name", "nl"),
        ("purpose", "description", "nl"),
        ("purpose", "description", "nl"),
    ]
    assert error["message"].startswith("Geen tekst in het Nederlands")


# -- the notice's gaps, the register's language ------------------------------------------------

BLOCKS = {"fr": "[empêche de publier la politique]", "en": "[blocks publication of the notice]"}


def _clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Register:
    """The checks' clean French register, in a file whose settings say English (made on an
    English system) and read on an English system."""
    monkeypatch.setenv("ROPA_LANG", "en")
    register = clean_register(tmp_path)
    with register.db.reader() as s:
        assert s.get(m.Setting, "language").value == "en"
    return register


def test_a_french_register_is_checked_in_french_unless_lang_says_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    register = _clean(tmp_path, monkeypatch)
    register.update(m.Purpose, register.purpose_id, legal_basis=None)
    register.db.close()
    path = str(register.db.path)
    assert cli.main(["check", path]) == 1
    out, err = capsys.readouterr()
    assert f"Erreur\u00a0: {ACTIVITY} › Base légale {BLOCKS['fr']}\n" in out
    assert "Une finalité n’a pas de base légale" in out
    assert "Erreurs\u00a0: 1," in err and "Errors:" not in err
    # --lang still wins.
    assert cli.main(["check", path, "--lang", "en"]) == 1
    out, err = capsys.readouterr()
    assert f"Error: {ACTIVITY} › Legal basis {BLOCKS['en']}\n" in out
    assert "Errors: 1," in err


def test_a_gap_only_the_notice_sees_is_listed_and_marked_as_blocking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    register = _clean(tmp_path, monkeypatch)
    path = str(register.db.path)
    register.update(m.Activity, register.activity_id, in_notice=False)
    register.db.close()
    # A notice not in use yet is advice, not an error, but it is marked as blocking.
    assert cli.main(["check", path]) == 0
    out, err = capsys.readouterr()
    where = f"{ORGANISATION} \u2013 {label('fr', 'activity', 'in_notice')}"
    message = tr("fr", "notice.gap.no_activity")
    assert f"Conseil\u00a0: {where} {BLOCKS['fr']}\n    {message} (Art. 12(1), 13, 14)\n" in out
    assert "Erreurs\u00a0: 0," in err
    cli.main(["check", path, "--format", "json", "--lang", "nl"])
    findings = json.loads(capsys.readouterr().out)
    [gap] = [f for f in findings if f["rule"] == "notice.no_activity"]
    assert gap["severity"] == "advice" and gap["blocks_publication"] is True
    assert (gap["table"], gap["field"]) == ("activity", "in_notice")
    assert gap["message"] == tr("nl", "notice.gap.no_activity")
    assert not [f for f in findings if f["blocks_publication"] and f is not gap]
