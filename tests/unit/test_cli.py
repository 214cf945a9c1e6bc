"""The `ropa` command line: exit codes, output streams, files written, languages."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ropa.cli import main
from ropa.core.register import open_register
from ropa.db.models import Organisation
from tests.conftest import user_data

ORG_ONE = "11111111-1111-4111-8111-111111111111"
ORG_TWO = "22222222-2222-4222-8222-222222222222"


def _document() -> dict[str, Any]:
    return {
        "format": "ropa-register",
        "format_version": 1,
        "organisations": [
            {
                "id": ORG_ONE,
                "legal_name": "Alpha Consulting SRL",
                "country": "BE",
                "parties": [{"name": "Cloud BV", "kind": "processor"}],
                "cookies": [{"name": "_session"}, {"name": "_ga"}],
                "activities": [
                    {"reference": "A1", "name": "Payroll"},
                    {"reference": "A2", "name": "Client hosting", "role": "processor"},
                    {
                        "reference": "A3",
                        "name": "Old newsletter",
                        "status": "retired",
                        "end_date": "2025-12-31",
                    },
                ],
            },
            {
                "id": ORG_TWO,
                "legal_name": "Beta NV",
                "country": "BE",
                "activities": [{"reference": "B1", "name": "Recruitment"}],
            },
        ],
    }


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(capsys: pytest.CaptureFixture[str], *argv: object) -> str:
    with pytest.raises(SystemExit) as info:
        main([str(a) for a in argv])
    assert info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


@pytest.fixture
def filled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A register holding two organisations, built with `init` and `import`."""
    path = tmp_path / "firm.ropa"
    source = tmp_path / "input" / "firms.json"
    source.parent.mkdir()
    source.write_text(json.dumps(_document()), encoding="utf-8")
    assert run(capsys, "init", path)[0] == 0
    code, out, err = run(capsys, "import", path, source)
    assert code == 0, err
    assert out == ""
    assert "Alpha Consulting SRL" in err and "Beta NV" in err
    return path


def _subprocess(*argv: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ropa", *(str(a) for a in argv)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "ROPA_LANG": "en"},
        timeout=120,
    )


# -- init ------------------------------------------------------------------------------------


def test_init_creates_refuses_then_forces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.ropa"
    code, out, err = run(capsys, "init", path)
    assert code == 0
    assert out == ""
    assert str(path) in err
    assert path.is_file()
    before = path.read_bytes()

    code, out, err = run(capsys, "init", path)
    assert code == 1
    assert out == ""
    assert "already exists" in err and str(path) in err
    assert path.read_bytes() == before

    code, out, err = run(capsys, "init", path, "--force")
    assert code == 0
    assert out == ""
    assert sorted(os.listdir(tmp_path)) == ["new.ropa"]
    db = open_register(path)
    db.close()


def test_init_force_replaces_a_filled_register(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "init", filled, "--force")[0] == 0
    code, out, _err = run(capsys, "info", filled)
    assert code == 0
    assert f"{filled}: 0 organisation(s)" in out


def test_init_where_the_folder_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A data error: exit 1 with a message, not a traceback."""
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "new.ropa"
    code, out, err = run(capsys, "init", target)
    assert code == 1
    assert out == ""
    assert str(target) in err or str(blocker) in err
    assert blocker.read_text(encoding="utf-8") == "x"


def test_init_force_on_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder.ropa"
    folder.mkdir()
    code, out, err = run(capsys, "init", folder, "--force")
    assert code == 1
    assert out == ""
    assert str(folder) in err
    assert folder.is_dir()
    assert sorted(os.listdir(tmp_path)) == ["folder.ropa"]


def test_init_demo_then_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.ropa"
    code, _out, err = run(capsys, "init", path, "--demo")
    assert code == 0, err
    code, out, err = run(capsys, "export", path, "--format", "json")
    assert code == 0, err
    document = json.loads(out)
    activities = [a for org in document["organisations"] for a in org["activities"]]
    assert len(activities) >= 15


# -- info, export, history -------------------------------------------------------------------


def test_info_lists_organisations_and_counts(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "info", filled)
    assert code == 0
    assert err == ""
    assert f"{filled}: 2 organisation(s)" in out
    alpha, beta = out.split("\nAlpha Consulting SRL (BE)")[1].split("\nBeta NV (BE)")
    assert f"[{ORG_ONE}]" in alpha
    assert "activities: 3 (2 as controller, 1 as processor, 1 retired)" in alpha
    assert "processors and third parties: 1" in alpha
    assert "cookies and trackers: 2" in alpha
    assert f"[{ORG_TWO}]" in beta
    assert "activities: 1 (1 as controller, 0 as processor, 0 retired)" in beta
    assert "processors and third parties: 0" in beta
    assert "cookies and trackers: 0" in beta


def test_export_to_stdout_is_pure_json(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "export", filled, "--format", "json")
    assert code == 0
    assert err == ""
    document = json.loads(out)
    assert document["format"] == "ropa-register"
    assert [o["legal_name"] for o in document["organisations"]] == [
        "Alpha Consulting SRL",
        "Beta NV",
    ]
    assert len(document["organisations"][0]["activities"]) == 3

    code, out, err = run(capsys, "export", filled, "--format", "json", "-o", "-")
    assert code == 0 and err == ""
    assert json.loads(out) == document

    code, out, err = run(capsys, "export", filled, "--format", "json", "--organisation", ORG_TWO)
    assert code == 0
    assert [o["id"] for o in json.loads(out)["organisations"]] == [ORG_TWO]


def test_export_to_file_is_atomic(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.json"
    target.write_text("old content", encoding="utf-8")
    code, out, err = run(capsys, "export", filled, "--format", "json", "-o", target)
    assert code == 0
    assert out == ""
    assert str(target) in err  # the message goes to stderr
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "ropa-register"
    assert sorted(os.listdir(folder)) == ["out.json"]

    missing = tmp_path / "nowhere" / "out.json"
    code, out, err = run(capsys, "export", filled, "--format", "json", "-o", missing)
    assert code == 1
    assert out == ""
    assert str(missing) in err
    assert not missing.parent.exists()


def _edit(path: Path) -> None:
    db = open_register(path, user="carol")
    try:
        with db.transaction() as session:
            org = session.get(Organisation, ORG_ONE)
            org.city = "Gent"
            org.notes = "first line\nsecond line"
        with db.transaction() as session:
            session.get(Organisation, ORG_TWO).city = "Namur"
    finally:
        db.close()


def test_history_lines_and_limit(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(filled)
    code, out, err = run(capsys, "history", filled)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 5  # 2 imports + 3 field updates, one line each
    assert "Namur" in lines[0] and "carol" in lines[0]
    assert "firms.json" in lines[-1]

    code, out, err = run(capsys, "history", filled, "--limit", "2")
    assert code == 0
    assert 0 < len(out.splitlines()) <= 2
    assert out.splitlines() == lines[:2]

    code, out, _err = run(capsys, "history", filled, "--entity", ORG_TWO)
    assert code == 0
    assert len(out.splitlines()) == 2
    assert all("Beta NV" in line for line in out.splitlines())


# -- errors ----------------------------------------------------------------------------------


def test_usage_errors_exit_2(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "frobnicate" in usage_error(capsys, "frobnicate", filled)
    usage_error(capsys)
    usage_error(capsys, "info")
    usage_error(capsys, "init")
    usage_error(capsys, "export", filled)  # --format is required
    usage_error(capsys, "export", filled, "--format", "docx")
    usage_error(capsys, "history", filled, "--limit", "0")
    usage_error(capsys, "history", filled, "--limit", "many")
    usage_error(capsys, "--lang", "de", "info", filled)


def test_info_on_a_non_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text_file = tmp_path / "notes.ropa"
    text_file.write_text("hello", encoding="utf-8")
    code, out, err = run(capsys, "info", text_file)
    assert code == 1
    assert out == ""
    assert str(text_file) in err and "not a ropa register" in err
    assert "Traceback" not in err
    assert text_file.read_text(encoding="utf-8") == "hello"

    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (a)")
    connection.commit()
    connection.close()
    code, out, err = run(capsys, "export", other, "--format", "json")
    assert (code, out) == (1, "")
    assert str(other) in err


def test_import_errors_exit_1(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "ropa-register", ', encoding="utf-8")
    code, out, err = run(capsys, "import", filled, bad)
    assert (code, out) == (1, "")
    assert "nothing was changed" in err
    csv = tmp_path / "data.csv"
    csv.write_text("a,b\n", encoding="utf-8")
    code, out, err = run(capsys, "import", filled, csv)
    assert (code, out) == (1, "")
    assert str(csv) in err
    # Importing the same organisations again is refused as a whole.
    again = tmp_path / "again.json"
    again.write_text(json.dumps(_document()), encoding="utf-8")
    code, _out, _err = run(capsys, "import", filled, again)
    assert code == 1
    code, out, _err = run(capsys, "info", filled)
    assert "2 organisation(s)" in out


# -- languages -------------------------------------------------------------------------------


def test_lang_option_french_and_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.ropa"
    code, out, err = run(capsys, "--lang", "fr", "info", missing)
    assert (code, out) == (1, "")
    assert "n’existe pas" in err and str(missing) in err
    code, out, err = run(capsys, "info", missing, "--lang", "fr")
    assert code == 1 and "n’existe pas" in err
    code, out, err = run(capsys, "info", missing, "--lang=nl")
    assert code == 1 and "bestaat niet" in err and str(missing) in err
    code, out, err = run(capsys, "info", missing)
    assert code == 1 and "does not exist" in err
    assert not missing.exists()


def test_register_language_is_used_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nl.ropa"
    code, _out, err = run(capsys, "init", path, "--lang", "nl")
    assert code == 0
    assert "Created" not in err  # the confirmation is in Dutch too
    connection = sqlite3.connect(path)
    try:
        [value] = connection.execute("SELECT value FROM setting WHERE key = 'language'").fetchone()
    finally:
        connection.close()
    assert value == "nl"

    # ROPA_LANG=en, no --lang: the register's language wins for its messages.
    code, out, err = run(capsys, "info", path)
    assert code == 0
    assert "organisatie(s)" in out

    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    code, out, err = run(capsys, "import", path, bad)
    assert (code, out) == (1, "")
    assert "er is niets gewijzigd" in err

    out_file = tmp_path / "out.json"
    code, out, err = run(capsys, "export", path, "--format", "json", "-o", out_file)
    assert code == 0 and "geschreven" in err

    # --lang still overrides the register's language.
    code, out, err = run(capsys, "info", path, "--lang", "fr")
    assert code == 0 and "organisation(s)" in out and "organisatie" not in out
    code, out, err = run(capsys, "import", path, bad, "--lang", "en")
    assert code == 1 and "nothing was changed" in err


# -- a real process --------------------------------------------------------------------------


def test_exit_codes_of_a_real_process(tmp_path: Path) -> None:
    path = tmp_path / "proc.ropa"
    result = _subprocess("init", path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert path.is_file()

    result = _subprocess("init", path, cwd=tmp_path)
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert "Traceback" not in result.stderr

    result = _subprocess("export", path, "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["organisations"] == []

    result = _subprocess("frobnicate", cwd=tmp_path)
    assert result.returncode == 2
    assert "usage:" in result.stderr

    result = _subprocess("--lang", "fr", "info", tmp_path / "missing.ropa", cwd=tmp_path)
    assert result.returncode == 1
    assert "n’existe pas" in result.stderr
    assert result.stdout == ""

    assert sorted(os.listdir(tmp_path)) == ["proc.ropa"]


def test_an_unexpected_fault_is_a_message_and_a_private_log(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A fault of ropa itself (here: an export that raises) prints what happened and where the
    details are, in the user's language, never a traceback; the traceback goes to the log."""
    import ropa.cli

    def broken(_self: Any, _args: Any) -> int:
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setattr(ropa.cli.Cli, "export", broken)
    before = filled.read_bytes()
    code, out, err = run(capsys, "--lang", "fr", "export", filled, "--format", "json")
    assert (code, out) == (1, "")
    assert "Traceback" not in err
    assert "erreur inattendue (ValueError)" in err
    log = user_data(tmp_path) / "logs" / "ropa.log"
    assert str(log) in err
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert "XML compatible" in log.read_text(encoding="utf-8")
    assert log.stat().st_mode & 0o777 == 0o600
    assert filled.read_bytes() == before


ALPHA = "11111111-1111-4111-8111-111111111111"


@pytest.mark.parametrize(
    "command",
    [
        ["history", "--format", "pdf"],
        ["export", "--format", "xlsx", "--organisation", ALPHA],
        ["export", "--format", "json"],
        ["notice", "--format", "html", "--organisation", ALPHA],
    ],
)
def test_a_document_is_never_written_over_its_register(
    filled: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    before = filled.read_bytes()
    code, _out, err = run(capsys, command[0], filled, *command[1:], "-o", filled)
    assert code == 1
    assert "is the register itself: nothing was written" in err
    assert filled.read_bytes() == before


def test_a_change_longer_than_a_page_is_printed_in_the_history_pdf(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """reportlab refused a table row taller than the page (a long description edited)."""
    from pypdf import PdfReader

    from ropa.core.edits import UpdateEdit

    db = open_register(filled)
    try:
        with db.reader() as s:
            organisation = s.scalars(select(Organisation)).first()
            assert organisation is not None
            org_id, version = organisation.id, organisation.version
        long_text = " ".join(f"mot{n}" for n in range(1500))  # about 10,000 characters
        UpdateEdit("organisation", org_id, {"notes": long_text}, version=version).first(db)
    finally:
        db.close()
    out = tmp_path / "history.pdf"
    code, _out, err = run(capsys, "history", filled, "--format", "pdf", "-o", out)
    assert code == 0, err
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "mot1499" in text.replace("\n", " ")
