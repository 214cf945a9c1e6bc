"""`ropa dpia-report`: an impact assessment's report as PDF or DOCX, written beside the
register under the assessment's name (or where -o says), read back with pdftotext and
python-docx; what the assessment still lacks listed after it, each item a "To complete" line
of the report; an assessment found by its id or its name; an unknown, shared or missing
assessment and a bad extension are messages with exit status 1 and no file."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from ropa import cli
from ropa.cli import main
from ropa.core import services
from ropa.core.i18n import tr
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.dpia import FORMATS
from tests.unit.test_dpia_report import FULL_DPIA, RISKS, TODO, flat, make_register, read

NBSP = "\u00a0"
NOW = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)
TITLE = {
    "fr": "Analyse d’impact relative à la protection des données (AIPD)",
    "nl": "Gegevensbeschermingseffectbeoordeling (GEB)",
}
DEFAULT_NAME = "Caméras - rapport d’analyse d’impact"


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command reads the time at NOW, on a computer in Brussels."""
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


def register_file(tmp_path: Path, *dpias: dict[str, Any]) -> Path:
    """A register of a French-speaking Belgian firm writing in fr and nl, with these
    assessments."""
    path = tmp_path / "register.ropa"
    db = create_register(path, language="fr")
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {
                "legal_name": "Exemple",
                "legal_form": "SRL",
                "country": "BE",
                "language": "fr",
                "other_languages": ["nl"],
            },
        )
        for values in dpias:
            services.create(s, m.Dpia, dict(values), org.id)
    db.close()
    return path


def listed_items(out: str) -> list[str]:
    return [line[4:] for line in out.splitlines() if line.startswith("  - ")]


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and "Error:" not in err


def test_the_formats_are_those_of_the_builder() -> None:
    assert cli.DPIA_FORMATS == FORMATS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_report_is_written_beside_the_register_and_its_gaps_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    path = register_file(
        tmp_path, {"name": "Caméras", "description": "Trois <b>caméras</b> & =1+1."}
    )
    code, out, err = run(capsys, "dpia-report", path, "Caméras", "--format", fmt)
    target = tmp_path / f"{DEFAULT_NAME}.{fmt}"
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, target.name])
    assert err == f"{target} écrit.\n"  # in the organisation's language
    text = read(target.read_bytes(), fmt)
    assert TITLE["fr"] in text
    assert "Trois <b>caméras</b> & =1+1." in text  # the user's text as typed
    items = listed_items(out)
    assert out.splitlines()[0] == f"Reste à compléter dans l’analyse ({len(items)}){NBSP}:"
    assert items and tr("fr", "dpia_doc.what.description") not in items  # it is described
    where = [text.index(flat(TODO["fr"] + item)) for item in items]
    assert where == sorted(where)
    assert text.count(flat(TODO["fr"])) == len(items)


def test_an_assessment_is_found_by_its_id_or_its_name_in_other_capitals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, dpia_id = make_register(tmp_path, FULL_DPIA, RISKS)
    db.close()
    path = tmp_path / "register.ropa"
    target = tmp_path / "rapport.docx"
    code, out, err = run(capsys, "dpia-report", path, dpia_id, "-o", target)
    assert code == 0, err
    assert out == (f"Rien n’est marqué comme à compléter{NBSP}: relisez tout de même le rapport.\n")
    assert FULL_DPIA["description"] in read(target.read_bytes(), "docx")
    code, _, err = run(capsys, "dpia-report", path, "aipd  VIDÉOSURVEILLANCE", "-o", target)
    assert code == 0, err


def test_an_unknown_or_shared_name_lists_the_assessments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, {"name": "Caméras"}, {"name": "Caméras"}, {"name": "RH\x1b[31m"})
    before = sorted(os.listdir(tmp_path))
    code, out, err = run(capsys, "dpia-report", path, "Badges")
    assert (code, out) == (1, "")
    no_traceback(err)
    lines = err.splitlines()
    assert lines[0] == (
        f"Aucune analyse d’impact ne s’appelle «{NBSP}Badges{NBSP}» dans {path}. Donnez le nom "
        f"ou l’identifiant de l’une de celles-ci{NBSP}:"
    )
    assert [line.split(" [")[0] for line in lines[1:]] == [
        "  - Caméras",
        "  - Caméras",
        "  - RH\\u001b[31m",  # the escape character shown, not sent to the terminal
    ]
    code, out, err = run(capsys, "dpia-report", path, "Caméras")
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[0] == (
        f"Plusieurs analyses d’impact s’appellent «{NBSP}Caméras{NBSP}»{NBSP}: donnez "
        "l’identifiant de celle que vous visez."
    )
    ids = [line.split(" [")[1].rstrip("]") for line in lines[1:]]
    assert sorted(os.listdir(tmp_path)) == before  # nothing written
    code, _, err = run(capsys, "dpia-report", path, ids[0])  # the id chooses one
    assert code == 0, err


def test_a_register_without_assessments_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path)
    code, out, err = run(capsys, "dpia-report", path, "Caméras", "--lang", "en")
    assert (code, out) == (1, "")
    assert err == (
        f"{path} records no impact assessment: add it on the Impact assessments page first.\n"
    )


def test_the_format_follows_the_output_s_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, {"name": "Caméras"})
    code, _, err = run(capsys, "dpia-report", path, "Caméras", "-o", tmp_path / "R.DOCX")
    assert code == 0, err
    assert TITLE["fr"] in read((tmp_path / "R.DOCX").read_bytes(), "docx")
    code, _, err = run(capsys, "dpia-report", path, "Caméras", "-o", tmp_path / "R.txt")
    assert code == 1
    # Refused before the register is read: in the computer's language.
    assert err == (
        f"{tmp_path / 'R.txt'}: a report is written as .pdf or .docx. Name a file with one of "
        "these extensions, or give --format.\n"
    )
    assert not (tmp_path / "R.txt").exists()
    code, out, err = run(capsys, "dpia-report", path, "Caméras", "-o", "-")
    assert (code, out) == (1, "")
    assert "-o" in err
    no_traceback(err)


def test_the_document_language_and_the_interface_language_are_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, {"name": "Caméras"})
    target = tmp_path / "verslag.pdf"
    code, out, err = run(
        capsys, "dpia-report", path, "Caméras", "--document-lang", "nl", "-o", target
    )
    assert code == 0, err
    text = read(target.read_bytes(), "pdf")
    assert TITLE["nl"] in text and TITLE["fr"] not in text
    assert out.startswith("Reste à compléter")  # the messages: the organisation's language
    code, out, err = run(capsys, "dpia-report", path, "Caméras", "--lang", "en", "-o", target)
    assert code == 0, err
    assert TITLE["fr"] in read(target.read_bytes(), "pdf")
    assert err == f"Wrote {target}.\n"
    assert out.splitlines()[0].startswith("Still to complete in the assessment (")
    assert listed_items(out)[0] == (
        "the status of the assessment (in progress, completed or abandoned)"
    )


def test_the_help_names_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "nl", "dpia-report", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "--format {pdf,docx}" in out and "--document-lang LANG" in out
    assert flat(tr("nl", "cli.help.dpia")) in flat(out)
