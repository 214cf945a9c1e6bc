"""Hostile input and output: numbers and texts an import cannot take are refused with a
message (never a traceback, the register file left byte for byte as it was); register texts
holding terminal control sequences are printed harmless by every command; the log file is
private and holds no register data."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import textwrap
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from ropa.cli import main
from ropa.core.errors import ValidationError
from ropa.core.register import create_register
from ropa.core.schema import FORMAT_VERSION
from ropa.exports.interchange import export_json, import_json
from ropa.exports.workbook import build_workbook, plan_import
from ropa.paths import resources_dir
from tests.unit.workbook_support import load, row_of, save, set_cell

# An OSC that retitles the terminal, one that clears the screen, a one-byte C1 CSI, and a
# right-to-left override that would reverse what follows.
EVIL = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202e"
SHOWN = "\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202e"  # how the commands print it
INT_RANGE = "from -2147483648 to 2147483647"


def ropa(*argv: object, cwd: Path) -> tuple[int, bytes, bytes]:
    """The command as a user runs it: its exit status and the bytes it prints."""
    done = subprocess.run(
        [sys.executable, "-m", "ropa", *(str(a) for a in argv)],
        capture_output=True,
        cwd=cwd,
        env={**os.environ, "ROPA_LANG": "en", "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )
    return done.returncode, done.stdout, done.stderr


def assert_harmless(output: bytes) -> str:
    """Bytes a terminal shows without acting on any: no ESC, no C1 control (raw or UTF-8
    encoded), no bidirectional override or isolate. Returns the text."""
    assert b"\x1b" not in output
    text = output.decode("utf-8")
    bad = [c for c in text if 0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E]
    bad += [c for c in text if 0x2066 <= ord(c) <= 0x2069 or (ord(c) < 0x20 and c not in "\t\n")]
    assert bad == []
    return text


def demo_document() -> dict[str, Any]:
    data = (resources_dir() / "demo" / "demo-register.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(data)
    return document


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "firm.ropa"
    create_register(path, language="en").close()
    return path


# -- numbers, texts and nesting an import cannot take ----------------------------------------


def refused_by_cli(tmp_path: Path, register: Path, text: str) -> str:
    """Import `text` with the command: exit status 1 and a message (main() raising would be
    the traceback), the register file unchanged to the byte. Returns what it printed."""
    source = tmp_path / "hostile.json"
    source.write_text(text, encoding="utf-8")
    before = register.read_bytes()
    with redirect_stdout(io.StringIO()) as out, redirect_stderr(io.StringIO()) as err:
        code = main(["import", str(register), str(source)])
    assert code == 1, err.getvalue()
    assert out.getvalue() == ""
    assert register.read_bytes() == before
    return err.getvalue()


def test_a_number_of_4301_digits_is_refused_where_it_is(tmp_path: Path, register: Path) -> None:
    document = demo_document()
    text = json.dumps(document).replace('"duration_value": 5', '"duration_value": 1' + "0" * 4300)
    assert "0" * 4300 in text
    err = refused_by_cli(tmp_path, register, text)
    assert "nothing was changed" in err
    assert "].retention_phases[" in err and "].duration_value: this number has 4301 digits" in err
    assert INT_RANGE in err


def test_long_numbers_anywhere_are_all_reported(tmp_path: Path, register: Path) -> None:
    document = demo_document()
    huge = "9" * 100_000
    text = json.dumps(document)
    version = f'"format_version": {FORMAT_VERSION}'
    assert version in text
    text = text.replace(version, f'"format_version": {huge}', 1)
    text = text.replace('"notes": null', f'"notes": -{huge}', 1)  # a number where text goes
    err = refused_by_cli(tmp_path, register, text)
    assert "2 problem(s) found" in err
    assert "format_version: this number has 100000 digits" in err
    assert ".notes: this number has 100000 digits" in err


def test_a_number_just_out_of_range_says_the_range(tmp_path: Path, register: Path) -> None:
    text = json.dumps(demo_document()).replace('"position": 1', '"position": 2147483648', 1)
    err = refused_by_cli(tmp_path, register, text)
    assert ".position: out of range: a whole number from -2147483648 to 2147483647" in err


def test_a_huge_text_is_refused_with_the_limit(tmp_path: Path, register: Path) -> None:
    document = demo_document()
    document["organisations"][0]["activities"][0]["description"] = "x" * 10_000_000
    document["generator"] = "g" * 1_000_000
    err = refused_by_cli(tmp_path, register, json.dumps(document))
    assert "activities[0].description: too long: 10000000 characters, at most 20000." in err
    assert "generator: too long: 1000000 characters, at most 300." in err


def test_a_huge_unknown_key_is_named_shortly(tmp_path: Path, register: Path) -> None:
    document = demo_document()
    document["organisations"][0]["k" * 1_000_000] = 1
    err = refused_by_cli(tmp_path, register, json.dumps(document))
    assert "organisations[0]." + "k" * 57 + "...: unknown field" in err
    assert len(err) < 1000


def test_a_long_text_the_editor_takes_is_imported_whole(register: Path) -> None:
    """10,000 characters (the limit of a free text is 20,000, in the window as in a file)."""
    document = demo_document()
    long_text = ("Décrit en détail, ligne après ligne. " * 300)[:10_000]
    document["organisations"][0]["activities"][0]["description"] = long_text
    db = create_register(register, overwrite=True, language="en")
    try:
        import_json(db, json.dumps(document).encode("utf-8"))
        exported = json.loads(export_json(db))
    finally:
        db.close()
    assert exported["organisations"][0]["activities"][0]["description"] == long_text


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("[" * 100_000, "]" * 100_000), ('{"a":' * 990 + "1", "}" * 990), ("[" * 990, "]" * 990)],
    ids=["100000-lists", "990-objects", "990-lists"],
)
def test_deep_nesting_is_refused(
    tmp_path: Path, register: Path, opening: str, closing: str
) -> None:
    text = json.dumps(demo_document()).replace('"notes": null', f'"notes": {opening}{closing}', 1)
    err = refused_by_cli(tmp_path, register, text)
    assert "1 problem(s) found; nothing was changed" in err
    assert "nested too deeply" in err or ".notes: expected text, found [[[[" in err


# -- the same in a workbook ------------------------------------------------------------------


def workbook_refused(db: Any, data: bytes) -> list[str]:
    before = export_json(db)
    with pytest.raises(ValidationError) as caught:
        plan_import(db, data)
    assert export_json(db) == before
    return [p.render("en") for p in caught.value.problems]


def test_a_workbook_number_typed_with_5000_digits(demo_register: Any) -> None:
    book = load(build_workbook(demo_register, lang="en"))
    ws = book["Retention"]
    row = next(r for r in range(2, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, str))
    set_cell(ws, row, "Duration", "1" + "0" * 5000)
    assert workbook_refused(demo_register, save(book)) == [
        f"Sheet “Retention”, row {row}, column “Duration”: this number has 5001 digits, "
        f"too many: the numbers of a register are whole numbers {INT_RANGE}."
    ]


def test_a_workbook_number_cell_too_long_to_read(demo_register: Any) -> None:
    """A cell stored as a number of 4,400 digits (openpyxl cannot convert it)."""
    book = load(build_workbook(demo_register, lang="en"))
    ws = book["Retention"]
    row = next(r for r in range(2, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, str))
    set_cell(ws, row, "Duration", 987654321)
    source = io.BytesIO(save(book))
    target = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            part = old.read(item.filename)
            new.writestr(item, part.replace(b"<v>987654321</v>", b"<v>1" + b"0" * 4400 + b"</v>"))
    assert b"0" * 4400 in zipfile.ZipFile(target).read("xl/worksheets/sheet11.xml")
    [problem] = workbook_refused(demo_register, target.getvalue())
    assert problem.startswith(f"Sheet “Retention”, row {row}: a cell of this row is marked as")
    assert INT_RANGE in problem


def test_a_workbook_text_longer_than_the_limit(demo_register: Any) -> None:
    book = load(build_workbook(demo_register, lang="en"))
    ws = book["Processors & third parties"]
    row = row_of(ws, "Name", "Sécurivision SRL")
    set_cell(ws, row, "Notes", "n" * 30_000)
    assert workbook_refused(demo_register, save(book)) == [
        f"Sheet “Processors & third parties”, row {row}, column “Notes”: "
        "too long: 30000 characters, at most 20000."
    ]


# -- register texts printed on a terminal ----------------------------------------------------


def import_hostile(tmp_path: Path, register: Path, legal_name: str) -> Path:
    """The demo register whose activities and parties are named with control sequences,
    imported with the command (whose output is checked too)."""
    document = demo_document()
    organisation = document["organisations"][0]
    organisation["legal_name"] = legal_name
    for entry in organisation["activities"] + organisation["parties"]:
        entry["name"] = f"{entry['name']}{EVIL}"
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = ropa("import", register, source, cwd=tmp_path)
    assert code == 0, err
    shown = legal_name.replace(EVIL, SHOWN)
    assert f"Imported {shown} (24 activities)" in assert_harmless(err)
    assert out == b""
    return register


@pytest.fixture
def hostile(tmp_path: Path, register: Path) -> Path:
    """... and whose organisation is named with them too."""
    return import_hostile(tmp_path, register, f"Evil{EVIL}Org")


def test_workbook_import_plan(tmp_path: Path, register: Path) -> None:
    from ropa.core.register import open_register

    hostile = import_hostile(tmp_path, register, "Clairbois Informatique SRL")
    db = open_register(hostile)
    try:
        book = load(build_workbook(db, lang="en"))
    finally:
        db.close()
    ws = book["Controller register"]
    set_cell(ws, row_of(ws, "Reference", "T-01"), "Owner", "New owner\x9b31m\u202e!")
    source = tmp_path / "edited.xlsx"
    source.write_bytes(save(book))
    code, out, err = ropa("import", hostile, source, "--dry-run", cwd=tmp_path)
    assert code == 0, err
    text = assert_harmless(out)
    assert f"Gestion des clients et facturation{SHOWN}" in text
    assert "New owner\\u009b31m\\u202e!" in text
    assert_harmless(err)


def test_info_shows_the_name_without_its_control_sequences(tmp_path: Path, hostile: Path) -> None:
    code, out, err = ropa("info", hostile, cwd=tmp_path)
    assert code == 0
    assert f"\nEvil{SHOWN}Org (BE)" in assert_harmless(out)
    assert_harmless(err)


def test_check_text_and_json(tmp_path: Path, hostile: Path) -> None:
    code, out, err = ropa("check", hostile, "--lang", "en", cwd=tmp_path)
    assert code == 1  # the demo register has an error-level finding
    text = assert_harmless(out)
    assert f"Error: Sécurivision SRL{SHOWN} › Status\n" in text  # its contract: a draft
    assert f"T-20 – Ateliers d'inclusion numérique pour la commune{SHOWN} › Status" in text
    assert_harmless(err)

    code, out, _err = ropa("check", hostile, "--format", "json", "--lang", "en", cwd=tmp_path)
    findings = json.loads(assert_harmless(out))  # still JSON, and every text kept exactly
    assert f"Sécurivision SRL{EVIL}" in [f["where"] for f in findings]


def test_notice_to_stdout(tmp_path: Path, hostile: Path) -> None:
    for fmt in ("html", "md"):
        code, out, err = ropa("notice", hostile, "--format", fmt, "-o", "-", cwd=tmp_path)
        assert code == 0, err
        text = assert_harmless(out)
        assert "Evil" in text and "]0;pwned" in text and "Org" in text
        assert "Gestion des clients et facturation" in text
        assert_harmless(err)


def test_json_export_to_stdout_keeps_every_character(tmp_path: Path, hostile: Path) -> None:
    code, out, _err = ropa("export", hostile, "--format", "json", cwd=tmp_path)
    assert code == 0
    document = json.loads(assert_harmless(out))
    assert document["organisations"][0]["legal_name"] == f"Evil{EVIL}Org"


def test_history_and_templates(tmp_path: Path, hostile: Path) -> None:
    code, out, _err = ropa("history", hostile, "--limit", "3", cwd=tmp_path)
    assert code == 0
    assert f"Evil{SHOWN}Org" in assert_harmless(out)
    code, out, _err = ropa("templates", cwd=tmp_path)
    assert code == 0
    assert_harmless(out)


def test_file_names_in_messages(tmp_path: Path, register: Path) -> None:
    name = f"export{EVIL}.txt"
    code, out, err = ropa("import", register, name, cwd=tmp_path)
    assert code == 1 and out == b""
    assert f"export{SHOWN}.txt" in assert_harmless(err)
    code, out, err = ropa("info", register, f"extra{EVIL}", cwd=tmp_path)  # argparse's message
    assert code == 2 and out == b""
    assert f"unrecognized arguments: extra{SHOWN}" in assert_harmless(err)


# -- the log file ----------------------------------------------------------------------------

LOG_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from ropa import app
    from ropa.core.register import open_register
    from ropa.db import models

    os.umask(0o022)
    register, log = Path(sys.argv[1]), Path(sys.argv[2])
    with app.file_logging(log) as written:
        hook = app.make_excepthook(written, show=lambda details, where: None)
        db = open_register(register)
        with db.reader() as session:
            org_id = session.query(models.Organisation.id).scalar()
        try:  # a bug: an organisation added with an id already used
            with db.transaction() as session:
                session.add(models.Organisation(id=org_id, legal_name="Secret Name SRL",
                                                country="BE", email="secret@example.com"))
        except Exception:
            hook(*sys.exc_info())
        db.close()
        handler = next(h for h in app.logging.getLogger().handlers if hasattr(h, "doRollover"))
        handler.doRollover()  # a full log file moves to ropa.log.1; a new one starts
        app.log.info("after the rotation")
    """
)


def test_the_log_file_is_private_and_holds_no_register_values(
    tmp_path: Path, demo_register: Any
) -> None:
    log = tmp_path / "logs" / "ropa.log"
    done = subprocess.run(
        [sys.executable, "-c", LOG_SCRIPT, str(demo_register.path), str(log)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    rotated = log.with_name("ropa.log.1")
    logged = rotated.read_text(encoding="utf-8")
    assert "IntegrityError" in logged and "UNIQUE constraint failed" in logged
    assert "Secret Name SRL" not in logged and "secret@example.com" not in logged
    assert "after the rotation" in log.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert stat.S_IMODE(rotated.stat().st_mode) == 0o600


def test_a_workbook_that_unzips_to_too_much(
    demo_register: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small file that would unzip to more than the limit (1 GiB; lowered here to just below
    what this workbook holds) is refused before anything is unpacked."""
    from ropa.exports.workbook import reader

    data = build_workbook(demo_register, lang="en")
    unzipped = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    monkeypatch.setattr(reader, "MAX_WORKBOOK_UNZIPPED", unzipped - 1)
    assert workbook_refused(demo_register, data) == [
        "the file: the file is too large to be a register export."
    ]
    monkeypatch.setattr(reader, "MAX_WORKBOOK_UNZIPPED", unzipped)
    assert plan_import(demo_register, data).is_empty
