"""`ropa export --format pdf|xlsx` and `ropa import FILE INPUT.xlsx`, as a user runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from ropa.cli import main
from ropa.core.register import open_register
from ropa.exports.interchange import export_json
from tests.unit.test_cli import ORG_ONE, ORG_TWO, _document


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.ropa"
    assert run(capsys, "init", path, "--demo")[0] == 0
    return path


@pytest.fixture
def two_organisations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "firms.ropa"
    source = tmp_path / "firms.json"
    source.write_text(json.dumps(_document()), encoding="utf-8")
    assert run(capsys, "init", path)[0] == 0
    assert run(capsys, "import", path, source)[0] == 0
    return path


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_export_pdf_beside_the_register_by_default(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export", demo, "--format", "pdf")
    assert code == 0, err
    output = demo.with_suffix(".pdf")
    assert str(output) in err
    assert out == ""
    assert len(PdfReader(output).pages) > 5
    text = _pdf_text(output)
    assert "Clairbois Informatique" in text
    # The demo register is in French: so is its document.
    assert "traitement" in text.lower()
    # No temporary file left beside it.
    assert sorted(p.name for p in demo.parent.iterdir() if p.name.startswith(".")) == []


def test_export_pdf_in_another_language(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_path = tmp_path / "register-nl.pdf"
    code, _out, err = run(
        capsys, "export", demo, "--format", "pdf", "-o", out_path, "--document-lang", "nl"
    )
    assert code == 0, err
    assert "verwerking" in _pdf_text(out_path).lower()


def test_export_xlsx_then_import_it_back_unchanged(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "register.xlsx"
    code, _out, err = run(capsys, "export", demo, "--format", "xlsx", "-o", book)
    assert code == 0, err
    workbook = openpyxl.load_workbook(book)
    assert len(workbook.sheetnames) >= 8

    db = open_register(demo)
    before = export_json(db)
    db.close()
    code, out, err = run(capsys, "import", demo, book)
    assert code == 0, err
    assert "0" in out  # "…: 0 added, 0 changed, 0 removed."
    db = open_register(demo)
    assert export_json(db) == before
    db.close()


def _edit_first_register_name(book: Path, new_name: str) -> str:
    """Change the name of the first activity of the controller register sheet; return the
    old name."""
    workbook = openpyxl.load_workbook(book)
    sheet = None
    # Find the sheet and column by the header the export wrote ("Nom" in French).
    for candidate in workbook.worksheets:
        headers = [c.value for c in candidate[1]]
        if "Référence" in headers and "Nom" in headers and "Statut" in headers:
            sheet = candidate
            break
    assert sheet is not None
    headers = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=headers.index("Nom") + 1)
    old = str(cell.value)
    cell.value = new_name
    workbook.save(book)
    return old


def test_import_an_edited_workbook_prints_the_change_then_applies_it(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "register.xlsx"
    assert run(capsys, "export", demo, "--format", "xlsx", "-o", book)[0] == 0
    old = _edit_first_register_name(book, "Gestion des clients (revu par la fiduciaire)")

    code, out, err = run(capsys, "import", demo, book, "--dry-run")
    assert code == 0, err
    assert "Gestion des clients (revu par la fiduciaire)" in out
    assert old[:40] in out
    assert "--dry-run" in err
    db = open_register(demo)
    with db.reader() as session:
        from sqlalchemy import select

        from ropa.db.models import Activity

        names = set(session.scalars(select(Activity.name)))
    db.close()
    assert "Gestion des clients (revu par la fiduciaire)" not in names

    code, out, err = run(capsys, "import", demo, book)
    assert code == 0, err
    db = open_register(demo)
    with db.reader() as session:
        names = set(session.scalars(select(Activity.name)))
    db.close()
    assert "Gestion des clients (revu par la fiduciaire)" in names
    assert old not in names


def test_import_a_broken_workbook_changes_nothing(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "broken.xlsx"
    book.write_text("this is not a workbook", encoding="utf-8")
    db = open_register(demo)
    before = export_json(db)
    db.close()
    code, out, err = run(capsys, "import", demo, book)
    assert code == 1
    assert out == ""
    assert "Traceback" not in err and err.strip()
    db = open_register(demo)
    assert export_json(db) == before
    db.close()


def test_documents_need_one_organisation(
    two_organisations: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.pdf"
    code, _out, err = run(capsys, "export", two_organisations, "--format", "pdf", "-o", target)
    assert code == 1
    # The message lists the organisations to choose from, with their ids.
    assert ORG_ONE in err and ORG_TWO in err and "--organisation" in err
    assert not target.exists()

    code, _out, err = run(
        capsys, "export", two_organisations, "--format", "pdf", "-o", target,
        "--organisation", ORG_TWO,
    )  # fmt: skip
    assert code == 0, err
    text = _pdf_text(target)
    assert "Beta NV" in text and "Alpha Consulting" not in text

    code, _out, err = run(
        capsys, "export", two_organisations, "--format", "xlsx", "-o", "-",
        "--organisation", ORG_TWO,
    )  # fmt: skip
    assert code == 1 and "-o" in err


def test_export_of_a_register_without_organisation_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.ropa"
    assert run(capsys, "init", path)[0] == 0
    code, _out, err = run(capsys, "export", path, "--format", "xlsx")
    assert code == 1
    assert "no organisation" in err
    assert not path.with_suffix(".xlsx").exists()


@pytest.fixture
def bilingual(tmp_path: Path) -> Path:
    """A French register whose organisation also writes in Dutch: every text translated but
    one purpose's description."""
    from ropa.core import services
    from ropa.core.register import create_register
    from ropa.db import models as m

    path = tmp_path / "bilingue.ropa"
    db = create_register(path)
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {
                "legal_name": "Hainaut Informatique SRL",
                "legal_name_nl": "Hainaut Informatica BV",
                "country": "BE",
                "language": "fr",
                "other_languages": ["nl"],
            },
        )
        activity = services.create(
            s,
            m.Activity,
            {
                "reference": "T-01",
                "name": "Gestion de la paie",
                "name_nl": "Loonadministratie",
                "status": "active",  # a draft is only named in the PDF register
            },
            org.id,
        )
        services.create(
            s,
            m.Purpose,
            {"description": "Verser les salaires", "description_nl": "De lonen uitbetalen"},
            activity.id,
        )
        services.create(s, m.Purpose, {"description": "Déclarer le précompte"}, activity.id)
    db.close()
    return path


def test_export_in_a_document_language_uses_its_texts(
    bilingual: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "register-nl.pdf"
    args = ("export", bilingual, "--document-lang", "nl", "--lang", "en")
    code, _out, err = run(capsys, *args, "--format", "pdf", "-o", pdf)
    assert code == 0, err
    text = " ".join(_pdf_text(pdf).split())
    for dutch in ("Hainaut Informatica BV", "Loonadministratie", "De lonen uitbetalen"):
        assert dutch in text
    for french in ("Hainaut Informatique SRL", "Gestion de la paie", "Verser les salaires"):
        assert french not in text
    assert "[FR] Déclarer le précompte" in text  # the one without Dutch, marked
    assert "Texts of the register with no Dutch version yet: 1." in err
    assert "contains in French, marked [FR]" in err

    book = tmp_path / "register-nl.xlsx"
    code, _out, err = run(capsys, *args, "--format", "xlsx", "-o", book)
    assert code == 0, err
    cells = {
        str(cell)
        for sheet in openpyxl.load_workbook(book, read_only=True).worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    }
    assert {"Loonadministratie", "De lonen uitbetalen"} <= cells
    # In the main language, nothing is said.
    code, _out, err = run(capsys, "export", bilingual, "--format", "pdf", "-o", pdf)
    assert code == 0 and "[FR]" not in err and "Gestion de la paie" in _pdf_text(pdf)


def test_export_in_a_language_the_organisation_does_not_write_warns(
    bilingual: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "register-en.pdf"
    code, _out, err = run(
        capsys,
        "export",
        bilingual,
        "--format",
        "pdf",
        "-o",
        pdf,
        "--document-lang",
        "en",
        "--lang",
        "fr",
    )
    assert code == 0, err  # produced all the same
    assert err.startswith(
        "Attention\u00a0: les documents de «\u00a0Hainaut Informatique SRL\u00a0» sont en "
        "français et néerlandais, pas en anglais."
    )
    assert "marqué [FR]" in err
    text = " ".join(_pdf_text(pdf).split())
    assert "[FR] Gestion de la paie" in text and "Record of processing activities" in text
