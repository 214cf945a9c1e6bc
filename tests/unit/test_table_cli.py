"""`ropa import FILE INPUT --from-table`: the mapping recognised, the guesses to check and the
change preview printed, then the table applied (or not, with --dry-run); the mapping saved and
given back; every failure a message and exit status 1, never a traceback; text from the file
never a control sequence on the terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ropa.cli import main
from ropa.core.reads.activities import activity_rows
from ropa.core.reads.activity import load_activity_data
from ropa.core.register import create_register, open_register

NB = "\u00a0"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def register(path: Path, language: str = "fr") -> Path:
    from ropa.core import services

    db = create_register(path, language=language)
    try:
        with db.transaction() as session:
            services.create_organisation(
                session, {"legal_name": "Exemple SRL", "country": "BE", "language": language}
            )
    finally:
        db.close()
    return path


def table(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def references(path: Path) -> dict[str, str]:
    db = open_register(path)
    try:
        return {row.reference: row.name for row in activity_rows(db)}
    finally:
        db.close()


ROWS = [
    ["Numéro", "Traitement", "Finalité(s)", "Base juridique", "Couleur"],
    ["T-01", "Paie", "Payer", "Obligation légale", "bleu"],
    ["T-02", "Newsletter", "Informer", "Loi sur la comptabilité", ""],
]


def test_dry_run_prints_the_mapping_the_guesses_and_the_preview(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register(tmp_path / "r.ropa")
    source = table(tmp_path / "registre.xlsx", ROWS)
    code, out, err = run(capsys, "import", path, source, "--from-table", "--dry-run")
    assert code == 0
    lines = out.splitlines()
    assert (
        lines[0] == f"Feuille «{NB}Sheet{NB}», titres des colonnes en ligne 1{NB}; "
        f"chaque colonne va vers{NB}:"
    )
    assert any(
        line.split() == ["Traitement", "\u2192", "Nom", "du", "traitement"] for line in lines
    )
    assert any(line.startswith("  - Couleur") and "Non importée" in line for line in lines)
    assert (
        f"  ? Base légale{NB}: «{NB}Loi sur la comptabilité{NB}» (\u00d71) \u2192 "
        "Obligation légale (art. 6.1.c)" in lines
    )
    assert f"Exemple SRL{NB}: 2 ajout(s), 0 modification(s), 0 suppression(s)." in lines
    assert "  + T-01 \u2013 Paie (ligne 2)" in lines
    assert "Rien n’a été modifié (--dry-run)." in err
    assert references(path) == {}


def test_the_table_is_applied_and_its_mapping_saved_then_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register(tmp_path / "r.ropa", "en")
    source = table(tmp_path / "registre.xlsx", ROWS)
    saved = tmp_path / "mapping.json"
    code, out, err = run(
        capsys, "import", path, source, "--from-table", "--write-mapping", saved, "--lang", "en"
    )
    assert code == 0, err
    assert f"Mapping written to {saved}" in err
    assert "Applied to" in err and "2 added" in err
    assert references(path) == {"T-01": "Paie", "T-02": "Newsletter"}

    # The user edits the saved mapping: "Couleur" becomes the notes; the guess is confirmed.
    document = json.loads(saved.read_text(encoding="utf-8"))
    assert document["columns"]["Couleur"] == ""
    document["columns"]["Couleur"] = "notes"
    document["values"] = {"legal_basis": {"Loi sur la comptabilité": "legal_obligation"}}
    saved.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    source = table(
        tmp_path / "registre.xlsx", [*ROWS, ["T-03", "CRM", "Vendre", "Contrat", "vert"]]
    )
    code, out, err = run(capsys, "import", path, source, "--from-table", "--mapping", saved)
    assert code == 0, err
    assert "? Legal basis" not in out  # confirmed in the mapping: nothing left to check
    assert "+ T-03 \u2013 CRM (row 4)" in out
    db = open_register(path)
    try:
        crm = next(r for r in activity_rows(db) if r.reference == "T-03")
        data = load_activity_data(db, crm.id)
    finally:
        db.close()
    assert data is not None and data.activity["notes"] == "vert"
    assert references(path) == {"T-01": "Paie", "T-02": "Newsletter", "T-03": "CRM"}


def test_text_from_the_file_is_never_a_control_sequence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register(tmp_path / "r.ropa", "en")
    source = tmp_path / "registre.csv"
    source.write_text(
        'Name,Purpose,Ti\x1b]0;tle\x07\n"Pay\x1b[31mroll",Pay staff,"\x9b2J wipe"\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", path, source, "--from-table", "--dry-run")
    assert code == 0, err
    assert "\x1b" not in out + err and "\x9b" not in out + err and "\x07" not in out + err
    assert "Pay\\u001b[31mroll" in out
    assert "Ti\\u001b]0;tle\\u0007" in out


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("registre.xlsx", b"PK\x03\x04broken", "cannot be read as a spreadsheet"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "is not a spreadsheet ropa can read"),
    ],
)
def test_a_broken_file_is_a_message_and_exit_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, words: str
) -> None:
    path = register(tmp_path / "r.ropa", "en")
    source = tmp_path / name
    source.write_bytes(content)
    code, out, err = run(capsys, "import", path, source, "--from-table")
    assert code == 1
    assert words in err and name in err
    assert "Traceback" not in err


def test_a_refused_table_names_its_cells_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register(tmp_path / "r.ropa", "en")
    source = table(
        tmp_path / "registre.xlsx",
        [["Name", "Purpose", "Start date"], ["Payroll", "Pay", "soon"], ["", "Sell", ""]],
    )
    code, out, err = run(capsys, "import", path, source, "--from-table")
    assert code == 1
    assert "Sheet “Sheet”, row 2, column “Start date”: “soon” is not a date" in err
    assert "Sheet “Sheet”, row 3: this activity has no name" in err
    assert references(path) == {}


def test_a_register_is_needed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = table(tmp_path / "registre.xlsx", ROWS)
    missing = tmp_path / "missing.ropa"
    code, out, err = run(capsys, "import", missing, source, "--from-table", "--lang", "en")
    assert code == 1
    assert f"{missing} does not exist" in err and "ropa init" in err
    assert not missing.exists()


def test_a_broken_mapping_file_is_refused_naming_the_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register(tmp_path / "r.ropa", "en")
    source = table(tmp_path / "registre.xlsx", ROWS)
    mapping = tmp_path / "m.json"
    mapping.write_text(
        json.dumps(
            {"format": "ropa-table-mapping", "format_version": 1, "columns": {"Numéro": "numéro"}}
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", path, source, "--from-table", "--mapping", mapping)
    assert code == 1
    assert 'columns["Numéro"]: “numéro” is not a field of ropa' in err
    assert references(path) == {}


def test_a_spreadsheet_without_from_table_is_told_how_to_import_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = register(tmp_path / "r.ropa", "en")
    source = tmp_path / "registre.ods"
    source.write_bytes(b"PK\x03\x04")
    code, out, err = run(capsys, "import", path, source)
    assert code == 1
    assert "add --from-table" in err and str(source) in err


def test_a_workbook_ropa_exported_is_sent_to_the_excel_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Read as a table, ropa's own workbook would lose its ids and match its text columns one
    language at a time; the Excel import reads it back whole."""
    path = register(tmp_path / "r.ropa", "en")
    workbook = tmp_path / "export.xlsx"
    code, _out, err = run(capsys, "export", path, "--format", "xlsx", "-o", workbook)
    assert code == 0, err
    before = references(path)
    code, out, err = run(capsys, "import", path, workbook, "--from-table", "--lang", "en")
    assert code == 1
    assert "“export.xlsx” is a workbook exported by ropa" in err
    assert "File ▸ Import from Excel…" in err and "without --from-table" in err
    assert "Traceback" not in err
    assert references(path) == before
    # Without --from-table it imports, changing nothing.
    code, out, err = run(capsys, "import", path, workbook, "--lang", "en")
    assert code == 0, err
    assert references(path) == before


def test_the_plan_speaks_the_users_language_not_the_registers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A French register imported by someone working in English: what the plan says is in
    English; the activities keep the table's French names."""
    path = register(tmp_path / "r.ropa", "fr")
    source = table(tmp_path / "registre.xlsx", ROWS)
    code, out, err = run(capsys, "import", path, source, "--from-table", "--lang", "en")
    assert code == 0, err
    assert "2 new activities are drafts" in out, out
    assert "brouillon" not in out
    assert references(path) == {"T-01": "Paie", "T-02": "Newsletter"}
