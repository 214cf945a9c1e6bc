"""A ropa workbook or JSON file opened as a new register: `ropa import NEW.ropa FILE` creates it
(the same preview as an import), a workbook imported into a register without organisation
creates the organisation, and every failure leaves nothing behind."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from ropa.cli import main
from ropa.core.errors import RegisterFileError, RopaError, ValidationError
from ropa.core.register import create_register, open_register
from ropa.core.tree import ORGANISATION
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_document
from ropa.exports.new_register import (
    create_new_register,
    discard_new_register,
    plan_new_register,
)
from ropa.exports.workbook import apply_import, build_workbook, plan_import
from ropa.exports.workbook.layout import WITHOUT_SHEET
from tests.unit.workbook_support import load, row_of, save, set_cell

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "minimal-register.json"


def content(db: RegisterDatabase) -> list[dict[str, Any]]:
    """The organisations without the times of creation and change, lists by id: what a
    register holds whatever order it was written in."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("created_at", "updated_at")}
        if isinstance(value, list):
            items = [strip(v) for v in value]
            if items and isinstance(items[0], dict) and "id" in items[0]:
                items.sort(key=lambda row: row["id"])
            return items
        return value

    organisations: list[dict[str, Any]] = strip(export_document(db)["organisations"])
    return organisations


def carried(db: RegisterDatabase) -> list[dict[str, Any]]:
    """`content` without the lists a workbook has no sheet for (layout.WITHOUT_SHEET)."""
    lists = {node.key for node in ORGANISATION.children if node.name in WITHOUT_SHEET}
    return [{k: v for k, v in org.items() if k not in lists} for org in content(db)]


def no_list_without_sheet(db: RegisterDatabase) -> bool:
    """A register made from a workbook holds nothing the workbook could not carry."""
    lists = {node.key for node in ORGANISATION.children if node.name in WITHOUT_SHEET}
    return all(org[key] == [] for org in content(db) for key in lists)


def folder_files(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


@pytest.fixture
def demo_workbook(demo_register: RegisterDatabase, tmp_path: Path) -> Path:
    path = tmp_path / "incoming" / "register.xlsx"
    path.parent.mkdir()
    path.write_bytes(build_workbook(demo_register, lang="fr"))
    return path


# -- a workbook into a register without organisation ---------------------------------------------


def test_a_workbook_into_an_empty_register_creates_its_organisation(
    demo_register: RegisterDatabase, empty_register: RegisterDatabase, demo_workbook: Path
) -> None:
    data = demo_workbook.read_bytes()
    plan = plan_import(empty_register, data, source="register.xlsx")
    assert plan.organisation_name == "Clairbois Informatique SRL"
    assert plan.count("changed") == plan.count("removed") == 0
    sheets = {sheet.sheet: sheet for sheet in plan.sheets}
    [organisation] = sheets["Organisation"].changes
    assert (organisation.kind, organisation.label) == ("added", "Clairbois Informatique SRL")
    assert sheets["Registre du responsable"].count("added") == 21
    apply_import(empty_register, plan)
    # Everything the workbook carries, with the same ids: the ropa register it came from (but
    # for the impact assessments, which it has no sheet for).
    assert carried(empty_register) == carried(demo_register)
    assert no_list_without_sheet(empty_register) and not no_list_without_sheet(demo_register)
    # The same workbook again changes nothing: the rows kept their ids.
    assert plan_import(empty_register, data, source="register.xlsx").is_empty


def test_a_workbook_into_a_register_that_gained_an_organisation_meanwhile_is_refused(
    empty_register: RegisterDatabase, demo_workbook: Path
) -> None:
    plan = plan_import(empty_register, demo_workbook.read_bytes())
    from ropa.core import services

    with empty_register.transaction() as session:
        services.create_organisation(session, {"legal_name": "Other", "country": "BE"})
    with pytest.raises(RopaError) as caught:
        apply_import(empty_register, plan)
    assert caught.value.key == "workbook.error.register_changed"
    assert [o["legal_name"] for o in export_document(empty_register)["organisations"]] == ["Other"]


def test_a_broken_workbook_creates_nothing_and_names_its_cells(
    empty_register: RegisterDatabase, demo_workbook: Path
) -> None:
    book = load(demo_workbook.read_bytes())
    sheet = book["Registre du responsable"]
    set_cell(sheet, row_of(sheet, "Référence", "T-02"), "Statut", "Peut-être")
    with pytest.raises(ValidationError) as caught:
        plan_import(empty_register, save(book))
    message = caught.value.message("fr")
    assert (
        "Feuille «\u00a0Registre du responsable\u00a0», ligne 3, colonne «\u00a0Statut" in message
    )
    assert export_document(empty_register)["organisations"] == []


# -- a new register file -------------------------------------------------------------------------


def test_a_new_register_from_a_workbook_holds_what_the_workbook_holds(
    demo_register: RegisterDatabase, demo_workbook: Path, tmp_path: Path
) -> None:
    target = demo_workbook.parent / "register.ropa"
    new = plan_new_register(demo_workbook, target, language="nl")
    assert not target.exists()  # planned under a temporary name
    assert new.plan.count("added") > 400 and not new.is_empty
    assert create_new_register(new) == target
    assert folder_files(target.parent) == ["register.ropa", "register.xlsx"]
    db = open_register(target)
    try:
        assert carried(db) == carried(demo_register)
        assert no_list_without_sheet(db)
        from ropa.core.queries import register_language

        with db.reader() as session:
            assert register_language(session) == "nl"
    finally:
        db.close()


def test_a_new_register_from_the_minimal_json_example(tmp_path: Path) -> None:
    target = tmp_path / "atelier.ropa"
    new = plan_new_register(EXAMPLE, target, language="fr")
    sheets = {sheet.sheet: [c.label for c in sheet.changes] for sheet in new.plan.sheets}
    assert sheets["Organisations"] == ["Atelier Numérique SRL"]
    assert sheets["Activités de traitement"] == [
        "T-01 – Gestion des clients et facturation",
        "T-02 – Recrutement",
    ]
    assert sheets["Durées de conservation"] == ["T-01\u00a0: 10 ans"]
    assert sheets["Destinataires"] == ["T-01\u00a0: Fiduciaire Dupont (comptable externe)"]
    assert len(sheets["Mesures de sécurité"]) == 34  # the standard catalogue, left out
    create_new_register(new)
    db = open_register(target)
    try:
        [org] = export_document(db)["organisations"]
    finally:
        db.close()
    assert [a["reference"] for a in org["activities"]] == ["T-01", "T-02"]


def test_a_cancelled_new_register_leaves_nothing(demo_workbook: Path) -> None:
    before = folder_files(demo_workbook.parent)
    new = plan_new_register(demo_workbook, demo_workbook.parent / "r.ropa", language="en")
    discard_new_register(new)
    assert folder_files(demo_workbook.parent) == before


@pytest.mark.parametrize(
    ("name", "data", "key"),
    [
        ("bad.json", b'{"format": "ropa-register", "format_version": 1, "organisations": [1]}',
         "error.validation"),
        ("bad.json", b"{", "error.validation"),
        ("bad.xlsx", b"not a zip", "error.validation"),
        ("notes.txt", b"hello", "error.unknown_format"),
    ],
)  # fmt: skip
def test_a_file_that_cannot_be_read_creates_nothing(
    tmp_path: Path, name: str, data: bytes, key: str
) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(RopaError) as caught:
        plan_new_register(source, tmp_path / "new.ropa", language="fr")
    assert caught.value.key == key
    assert folder_files(tmp_path) == [name]


def test_an_existing_file_is_never_replaced(tmp_path: Path, demo_workbook: Path) -> None:
    target = tmp_path / "kept.ropa"
    target.write_bytes(b"mine")
    with pytest.raises(RegisterFileError) as caught:
        plan_new_register(demo_workbook, target, language="en")
    assert caught.value.key == "error.file.exists"
    # Created by someone else between the preview and the creation: still not replaced.
    other = tmp_path / "later.ropa"
    new = plan_new_register(demo_workbook, other, language="en")
    other.write_bytes(b"theirs")
    with pytest.raises(RegisterFileError):
        create_new_register(new)
    assert target.read_bytes() == b"mine" and other.read_bytes() == b"theirs"
    assert [name for name in folder_files(tmp_path) if name.startswith(".")] == []


# -- the command line ----------------------------------------------------------------------------


def test_cli_import_into_a_new_file_creates_the_register(
    demo_workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = demo_workbook.parent / "new.ropa"
    assert main(["--lang", "fr", "import", str(target), str(demo_workbook)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Clairbois Informatique SRL\u00a0: ")
    assert "[Organisation]\n  + Clairbois Informatique SRL" in out
    assert f"Registre {target} créé à partir de register.xlsx" in err
    assert folder_files(target.parent) == ["new.ropa", "register.xlsx"]
    # Imported again into the register it made: nothing to change.
    assert main(["--lang", "en", "import", str(target), str(demo_workbook)]) == 0
    out, _err = capsys.readouterr()
    assert out.startswith("Clairbois Informatique SRL: 0 added, 0 changed, 0 removed.")


def test_cli_dry_run_into_a_new_file_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "new.ropa"
    assert main(["--lang", "en", "import", str(target), str(EXAMPLE), "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert "+ T-01 – Gestion des clients et facturation" in out
    assert "Nothing was changed (--dry-run)." in err
    assert folder_files(tmp_path) == []


def test_cli_a_file_with_problems_creates_nothing_and_lists_them_all(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    value = json.loads(EXAMPLE.read_text("utf-8"))
    activity = value["organisations"][0]["activities"][0]
    activity["purposes"][0]["legal_basis"] = "loi"
    activity["retention_phases"][0]["purpose_id"] = "facture"
    source = tmp_path / "register.json"
    source.write_text(json.dumps(value), encoding="utf-8")
    assert main(["--lang", "nl", "import", str(tmp_path / "new.ropa"), str(source)]) == 1
    _out, err = capsys.readouterr()
    assert err.startswith("Gevonden problemen: 2; er is niets gewijzigd:")
    assert 'organisations[0].activities[0].purposes[0].legal_basis: "loi"' in err
    assert "organisations[0].activities[0].retention_phases[0].purpose_id: " in err
    assert folder_files(tmp_path) == ["register.json"]


def test_cli_a_file_without_organisation_creates_no_register(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "empty.json"
    source.write_text('{"format": "ropa-register", "format_version": 1}', encoding="utf-8")
    assert main(["--lang", "en", "import", str(tmp_path / "new.ropa"), str(source)]) == 1
    _out, err = capsys.readouterr()
    assert "empty.json holds no organisation: no register was created." in err
    assert folder_files(tmp_path) == ["empty.json"]


def test_cli_json_dry_run_into_an_existing_register_checks_without_writing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "r.ropa"
    create_register(target, language="en").close()
    before = target.read_bytes()
    assert main(["--lang", "en", "import", str(target), str(EXAMPLE), "--dry-run"]) == 0
    assert "Nothing was changed (--dry-run)." in capsys.readouterr().err
    assert target.read_bytes() == before
    db = open_register(target)
    try:
        assert export_document(db)["organisations"] == []
    finally:
        db.close()
