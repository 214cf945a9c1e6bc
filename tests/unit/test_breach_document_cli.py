"""`ropa breach-draft`: a breach's draft notification to the authority or letter to the people,
as PDF or DOCX, written beside the register under the breach's name (or where -o says), read
back with pdftotext and python-docx; what the draft still lacks listed after it, each item a
"To complete" line of the document; an unknown, shared or missing breach, a bad extension and
a folder that cannot be written are messages with exit status 1 and no file."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ropa import cli
from ropa.cli import main
from ropa.core import services
from ropa.core.i18n import tr
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.breach import FORMATS, KINDS
from tests.unit.test_breach_documents import FULL_BREACH, NOW, TODO, flat, make_register, read
from tests.unit.test_register_failures import not_writable

NBSP = "\u00a0"
TITLES = {
    ("authority", "fr"): "Notification d’une violation de données à caractère personnel",
    ("people", "fr"): "Lettre aux personnes concernées par une violation de données",
    ("authority", "nl"): "Melding van een inbreuk in verband met persoonsgegevens",
    ("people", "nl"): "Brief aan de betrokkenen bij een datalek",
}
DESCRIPTION_ITEM = {
    "authority": "une description des faits",
    "people": "ce qui s’est passé, en termes simples",
}
DEFAULT_NAMES = {
    "authority": "Fuite - projet de notification à l’autorité",
    "people": "Fuite - projet de lettre aux personnes concernées",
}


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


def register_file(tmp_path: Path, *breaches: dict[str, Any]) -> Path:
    """A register of a French-speaking Belgian firm writing in fr and nl, with these breaches."""
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
        for values in breaches:
            services.create(s, m.Breach, dict(values), org.id)
    db.close()
    return path


def listed_items(out: str) -> list[str]:
    """The items the command printed under its "still to complete" line."""
    return [line[4:] for line in out.splitlines() if line.startswith("  - ")]


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and "Error:" not in err


def test_the_kinds_and_formats_are_those_of_the_builder() -> None:
    assert (cli.BREACH_DRAFTS, cli.BREACH_FORMATS) == (KINDS, FORMATS)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_draft_is_written_beside_the_register_and_its_gaps_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, fmt: str
) -> None:
    path = register_file(
        tmp_path, {"name": "Fuite", "description": "Un <b>portable</b> & =1+1 volé."}
    )
    code, out, err = run(capsys, "breach-draft", path, "Fuite", "--to", kind, "--format", fmt)
    target = tmp_path / f"{DEFAULT_NAMES[kind]}.{fmt}"
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, target.name])
    assert err == f"{target} écrit.\n"  # in the organisation's language
    text = read(target.read_bytes(), fmt)
    assert TITLES[kind, "fr"] in text
    assert "Un <b>portable</b> & =1+1 volé." in text  # the user's text as typed
    # Each item listed is a "To complete" line of the draft, in the same words and order.
    items = listed_items(out)
    assert out.splitlines()[0] == (
        f"Reste à compléter dans le projet avant de l’envoyer ({len(items)}){NBSP}:"
    )
    assert items and DESCRIPTION_ITEM[kind] not in items  # the description is there
    where = [text.index(flat(TODO["fr"] + item)) for item in items]
    assert where == sorted(where)
    assert text.count(flat(TODO["fr"])) == len(items)


def test_the_format_follows_the_output_s_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, {"name": "Fuite"})
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = run(
        capsys, "breach-draft", path, "Fuite", "--to", "people", "-o", out_dir / "L.DOCX"
    )
    assert code == 0, err
    assert TITLES["people", "fr"] in read((out_dir / "L.DOCX").read_bytes(), "docx")
    code, _, err = run(capsys, "breach-draft", path, "Fuite", "--to", "people", "-o", out_dir / "L")
    assert code == 1
    assert err == (
        f"{out_dir / 'L'}: a draft is written as .pdf or .docx. Name a file with one of these "
        "extensions, or give --format.\n"
    )
    # Without -o nor --format: a PDF.
    code, _, err = run(capsys, "breach-draft", path, "Fuite", "--to", "authority")
    assert code == 0, err
    written = tmp_path / f"{DEFAULT_NAMES['authority']}.pdf"
    assert written.read_bytes().startswith(b"%PDF")


def test_the_document_language_and_the_interface_language_are_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, {"name": "Fuite"})
    target = tmp_path / "melding.pdf"
    code, out, err = run(
        capsys, "breach-draft", path, "Fuite", "--to", "authority", "--document-lang", "nl",
        "-o", target,
    )  # fmt: skip
    assert code == 0, err
    text = read(target.read_bytes(), "pdf")
    assert TITLES["authority", "nl"] in text
    assert TITLES["authority", "fr"] not in text
    assert out.startswith("Reste à compléter")  # the user's messages: the organisation's
    # --lang: the messages in English, the draft in the organisation's main language.
    code, out, err = run(
        capsys, "breach-draft", path, "Fuite", "--to", "people", "--lang", "en", "-o", target
    )
    assert code == 0, err
    assert TITLES["people", "fr"] in read(target.read_bytes(), "pdf")
    assert err == f"Wrote {target}.\n"
    assert out.splitlines()[0].startswith("Still to complete in the draft before sending it (")
    assert listed_items(out)[0] == "what happened, in plain words"


def test_a_complete_record_is_said_to_have_nothing_marked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, breach_id = make_register(tmp_path, dict(FULL_BREACH))
    db.close()
    target = tmp_path / "lettre.docx"
    code, out, err = run(
        capsys, "breach-draft", tmp_path / "register.ropa", breach_id, "--to", "people",
        "-o", target,
    )  # fmt: skip
    assert code == 0, err
    assert out == (
        "Rien n’est marqué comme à compléter\u00a0: relisez tout de même le projet avant de "
        "l’envoyer.\n"
    )
    text = read(target.read_bytes(), "docx")
    assert "Madame, Monsieur," in text and TODO["fr"].strip() not in text


def test_a_breach_is_found_by_its_id_or_by_its_name_in_other_capitals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, {"name": "Perte de clé USB"}, {"name": "Autre"})
    code, _, err = run(
        capsys,
        "breach-draft",
        path,
        "perte de  CLÉ usb",
        "--to",
        "people",
        "-o",
        tmp_path / "a.pdf",
    )
    assert code == 0, err
    assert "Perte de clé USB" in read((tmp_path / "a.pdf").read_bytes(), "pdf")


def test_an_unknown_or_shared_name_lists_the_breaches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(
        tmp_path, {"name": "Vol"}, {"name": "Vol"}, {"name": "Rançongiciel\x1b[31m"}
    )
    before = sorted(os.listdir(tmp_path))
    code, out, err = run(capsys, "breach-draft", path, "Phishing", "--to", "authority")
    assert (code, out) == (1, "")
    no_traceback(err)
    lines = err.splitlines()
    assert lines[0] == (
        f"Aucune violation ne s’appelle «{NBSP}Phishing{NBSP}» dans {path}. Donnez le nom ou "
        f"l’identifiant de l’une de celles-ci{NBSP}:"
    )
    # Every breach, by name and id; the escape character shown, not sent to the terminal.
    assert [line.split(" [")[0] for line in lines[1:]] == [
        "  - Rançongiciel\\u001b[31m",
        "  - Vol",
        "  - Vol",
    ]
    assert "\x1b" not in err
    code, out, err = run(capsys, "breach-draft", path, "Vol", "--to", "authority")
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[0] == (
        f"Plusieurs violations s’appellent «{NBSP}Vol{NBSP}»{NBSP}: donnez l’identifiant de "
        "celle que vous visez."
    )
    ids = [line.split(" [")[1].rstrip("]") for line in lines[1:]]
    assert len(set(ids)) == 2
    assert sorted(os.listdir(tmp_path)) == before  # nothing written
    # The id then chooses one.
    code, _, err = run(capsys, "breach-draft", path, ids[0], "--to", "authority")
    assert code == 0, err


def test_a_register_without_breaches_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path)
    code, out, err = run(capsys, "breach-draft", path, "Vol", "--to", "people")
    assert (code, out) == (1, "")
    assert err == (
        f"{path} n’enregistre aucune violation de données{NBSP}: ajoutez-la d’abord sur la "
        "page Violations de données.\n"
    )


def test_a_folder_that_cannot_be_written_leaves_the_file_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, {"name": "Fuite"})
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "notification.pdf"
    target.write_bytes(b"the user's own file")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    with not_writable(folder):
        code, out, err = run(
            capsys, "breach-draft", path, "Fuite", "--to", "authority", "-o", target
        )
    assert (code, out) == (1, "")
    no_traceback(err)
    assert err.startswith(f"{target} ne peut pas être écrit")
    assert err.endswith("Rien n’a été écrit.\n")
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    assert os.listdir(folder) == ["notification.pdf"]  # no temporary file left


def test_a_draft_is_not_written_to_the_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register_file(tmp_path, {"name": "Fuite"})
    code, out, err = run(capsys, "breach-draft", path, "Fuite", "--to", "people", "-o", "-")
    assert (code, out) == (1, "")
    assert "-o" in err and "Traceback" not in err


def test_the_help_names_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "fr", "breach-draft", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "--to {authority,people}" in out and "--document-lang LANG" in out
    assert flat(tr("fr", "cli.help.breach_to")) in flat(out)


def test_a_long_hostile_name_gives_two_drafts_in_two_safe_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The breach's name is shortened before the kind of draft is added to it, so the letter
    never replaces the notification; Word's 255-character properties hold the long name; a
    bidi override never reaches the file name."""
    name = "Fuite \u202e" + "x" * 290
    path = register_file(tmp_path, {"name": name})
    written = []
    for kind in ("authority", "people"):
        code, out, err = run(capsys, "breach-draft", path, name, "--to", kind, "--format", "docx")
        assert code == 0, err
        no_traceback(err)
        written.append(err.strip().rsplit(" ", 1)[0])
    files = sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".docx")
    assert len(files) == 2 and all("\u202e" not in f for f in files)
    assert all(len(f.encode("utf-8")) < 255 for f in files)
