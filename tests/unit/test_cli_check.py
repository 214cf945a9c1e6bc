"""`ropa check`: the findings as text or JSON, and the exit status a script can test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from ropa import cli
from ropa.core import services
from ropa.core.register import create_register, open_register
from ropa.db import models as m


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.ropa"
    create_register(path, demo=True).close()
    return path


def test_an_error_level_finding_exits_1_and_says_where_and_how(demo_file: Path, capsys) -> None:
    code = cli.main(["check", str(demo_file), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Error: Sécurivision SRL › " in out and "(Art. 28(3))" in out
    assert "→ Sign a data processing agreement" in out
    assert "1 error(s)" in err


def test_json_lists_every_finding_in_the_language_asked(demo_file: Path, capsys) -> None:
    code = cli.main(["check", str(demo_file), "--format", "json", "--lang", "nl"])
    out, _ = capsys.readouterr()
    findings = json.loads(out)
    assert code == 1
    rules = {f["rule"] for f in findings}
    assert "party.processor_without_contract" in rules
    [contract] = [f for f in findings if f["rule"] == "party.processor_without_contract"]
    assert contract["severity"] == "error" and contract["table"] == "party"
    assert (
        contract["field"] == "contract_signed" and "verwerkersovereenkomst" in contract["message"]
    )


def test_without_errors_the_exit_status_is_0(demo_file: Path, capsys) -> None:
    db = open_register(demo_file)
    with db.transaction() as s:
        party = s.scalars(select(m.Party).where(m.Party.name == "Sécurivision SRL")).one()
        services.update(s, m.Party, party.id, {"contract_signed": True})
    db.close()
    code = cli.main(["check", str(demo_file), "--lang", "fr"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "Sécurivision" not in out
    assert "Avertissement\u00a0: T-11" in out  # warnings are still shown
    assert "0 erreur(s)" in err
