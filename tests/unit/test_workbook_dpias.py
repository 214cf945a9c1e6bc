"""Impact assessments (DPIAs) in the Excel workbook: a sheet of assessments and a sheet of their
risks (each under its assessment's name), written from the register and read back with
openpyxl; the round trip (the demo unchanged changes nothing, an edited cell exactly that cell),
risks following their renamed assessment, new ones added, the import preview counting them, a
new register made from the workbook keeping them; hostile texts stay text; the Register sheet
an accountant prints does not list them."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl.workbook.workbook import Workbook

from ropa.core import services
from ropa.core.errors import ValidationError
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.interchange import export_json
from ropa.exports.workbook import apply_import, build_workbook, plan_import
from ropa.exports.workbook.layout import Kind, sheet
from tests.unit.workbook_support import (
    append_row,
    get_cell,
    headers,
    load,
    make_organisation,
    row_of,
    save,
    set_cell,
)

DPIAS, RISKS = "Analyses d’impact (AIPD)", "Risques des AIPD"
DEMO_DPIA = "AIPD-2025-01 Vidéosurveillance des locaux"
FORMULA = "=cmd|' /C calc'!A0"
MARKUP = "<b>x</b>"


def _dpias(db: Any) -> list[dict[str, Any]]:
    document = json.loads(export_json(db))
    dpias: list[dict[str, Any]] = document["organisations"][0]["dpias"]
    return dpias


def _rows(book: Workbook, title: str) -> list[dict[str, Any]]:
    ws = book[title]
    titles = [c.value for c in ws[1]]
    return [
        dict(zip(titles, row, strict=True))
        for row in ws.iter_rows(min_row=2, values_only=True)
        if any(v is not None for v in row)
    ]


def _without_times(rows: Any) -> Any:
    """Rows without their creation and change times (a new register's are the import's)."""
    if isinstance(rows, list):
        return [_without_times(row) for row in rows]
    if isinstance(rows, dict):
        return {
            k: _without_times(v) for k, v in rows.items() if k not in ("created_at", "updated_at")
        }
    return rows


@pytest.fixture
def demo_book(demo_register: Any) -> Workbook:
    return load(build_workbook(demo_register))


def test_the_demo_workbook_has_its_dpia_and_its_risks(
    demo_register: Any, demo_book: Workbook
) -> None:
    [stored] = _dpias(demo_register)
    [dpia] = _rows(demo_book, DPIAS)
    assert dpia["Nom"] == DEMO_DPIA
    assert dpia["État"] == "Terminée"
    assert dpia["Terminée le"] == datetime(2025, 2, 20)  # a real date
    assert demo_book[DPIAS].cell(2, headers(demo_book[DPIAS])["À revoir le"]).is_date
    assert dpia["Activités couvertes"] == "T-09"
    assert dpia["Risque résiduel"] == "Faible"
    assert dpia["Décision"] == "Le mettre en œuvre avec les mesures prévues"
    assert dpia["Consultation préalable (art. 36)"] == "Non requise"
    assert dpia["Autorité consultée le"] is None
    assert dpia["Remarques"] == stored["notes"]
    assert dpia["ID"] == stored["id"]
    risks = _rows(demo_book, RISKS)
    assert [r["AIPD"] for r in risks] == [DEMO_DPIA] * 3
    assert [r["ID"] for r in risks] == [r["id"] for r in stored["risks"]]
    assert [r["Sources de risque et menaces"] for r in risks] == [
        r["source"] for r in stored["risks"]
    ]
    first = risks[0]
    assert (first["Vraisemblance"], first["Gravité"]) == ("Importante", "Importante")
    assert (first["Vraisemblance résiduelle"], first["Gravité résiduelle"]) == (
        "Limitée",
        "Limitée",
    )


def test_the_sheets_offer_their_values_and_fold_their_ids(demo_book: Workbook) -> None:
    for key in ("dpias", "dpia_risks"):
        spec = sheet(key)
        ws = demo_book[spec.title("fr")]
        [id_index] = [i for i, c in enumerate(spec.columns, 1) if c.kind is Kind.ID]
        letter = ws.cell(1, id_index).column_letter
        assert ws.column_dimensions[letter].hidden
        assert ws.page_setup.orientation == "landscape"
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    validations = {
        str(v.sqref).split(":")[0]: v.formula1
        for v in demo_book[RISKS].data_validations.dataValidation
    }
    assert "Analyses d’impact (AIPD)" in validations["A2"]  # the DPIA by name, from its sheet
    status = demo_book[DPIAS].cell(1, headers(demo_book[DPIAS])["État"]).column_letter
    assert any(
        str(v.sqref).startswith(status) for v in demo_book[DPIAS].data_validations.dataValidation
    )


def test_the_printable_register_sheets_do_not_list_the_dpias(
    demo_register: Any, demo_book: Workbook
) -> None:
    """The accountant's Register keeps the activity's own DPIA column (its status, date and
    reference); the assessments' records, their risks and decisions are not printed there."""
    [dpia] = _dpias(demo_register)
    records = [dpia["necessity"], dpia["measures"], *(r["source"] for r in dpia["risks"])]
    for title in ("Registre", "Registre – sous-traitance"):
        values = [v for row in demo_book[title].iter_rows(values_only=True) for v in row]
        text = "\n".join(str(v) for v in values if v is not None)
        assert not [r for r in records if r in text], title
        assert "Le mettre en œuvre avec les mesures prévues" not in text


def test_round_trip_unchanged_then_one_dpia_cell(demo_register: Any, demo_book: Workbook) -> None:
    assert plan_import(demo_register, save(demo_book)).is_empty
    ws = demo_book[DPIAS]
    row = row_of(ws, "Nom", DEMO_DPIA)
    set_cell(ws, row, "Risque résiduel", "Moyen")
    plan = plan_import(demo_register, save(demo_book))
    changed = [(s.sheet, c) for s in plan.sheets for c in s.changes]
    assert len(changed) == 1
    title, change = changed[0]
    assert (title, change.kind, change.label, change.row) == (DPIAS, "changed", DEMO_DPIA, row)
    assert [(f.column, f.old, f.new) for f in change.fields] == [
        ("Risque résiduel", "Faible", "Moyen")
    ]
    apply_import(demo_register, plan)
    [dpia] = _dpias(demo_register)
    assert dpia["residual_risk"] == "medium"
    assert len(dpia["risks"]) == 3
    assert plan_import(demo_register, build_workbook(demo_register)).is_empty


def test_risks_follow_their_renamed_dpia_and_new_ones_are_counted(
    demo_register: Any, demo_book: Workbook
) -> None:
    [before] = _dpias(demo_register)
    dpias, risks = demo_book[DPIAS], demo_book[RISKS]
    set_cell(dpias, row_of(dpias, "Nom", DEMO_DPIA), "Nom", "AIPD-2025-01 Caméras")
    set_cell(dpias, 2, "Activités couvertes", "T-09\nT-10")
    append_row(dpias, {"Nom": "AIPD-2026-02 Géolocalisation", "État": "En cours"})
    set_cell(risks, 3, "Gravité résiduelle", "Importante")
    append_row(risks, {"AIPD": "AIPD-2026-02 Géolocalisation", "Gravité": "Maximale"})
    plan = plan_import(demo_register, save(demo_book))
    by_sheet = {s.sheet: s for s in plan.sheets}
    assert [c.kind for c in by_sheet[DPIAS].changes] == ["changed", "added"]
    assert [c.kind for c in by_sheet[RISKS].changes] == ["changed", "added"]
    renamed = by_sheet[DPIAS].changes[0]
    assert {f.column for f in renamed.fields} == {"Nom", "Activités couvertes"}
    assert by_sheet[RISKS].changes[1].label.startswith("AIPD-2026-02 Géolocalisation: ")
    apply_import(demo_register, plan)
    after = {d["name"]: d for d in _dpias(demo_register)}
    cameras = after["AIPD-2025-01 Caméras"]
    assert cameras["id"] == before["id"]
    assert [r["id"] for r in cameras["risks"]] == [r["id"] for r in before["risks"]]
    assert cameras["risks"][1]["severity_after"] == "significant"
    assert len(cameras["activities"]) == 2
    new = after["AIPD-2026-02 Géolocalisation"]
    assert new["status"] == "in_progress"
    assert [(r["severity"], r["position"]) for r in new["risks"]] == [("maximum", 0)]


def test_a_risk_naming_no_dpia_is_refused_on_its_cell(
    demo_register: Any, demo_book: Workbook
) -> None:
    row = append_row(demo_book[RISKS], {"AIPD": "AIPD inconnue", "Gravité": "Limitée"})
    with pytest.raises(ValidationError) as caught:
        plan_import(demo_register, save(demo_book))
    [problem] = caught.value.problems
    assert problem.path == f"Feuille «\u00a0{RISKS}\u00a0», ligne {row}, colonne «\u00a0AIPD\u00a0»"
    assert problem.params["value"] == "AIPD inconnue"


def test_a_new_register_from_the_workbook_keeps_the_dpias(
    demo_register: Any, tmp_path: Path
) -> None:
    data = build_workbook(demo_register)
    target = create_register(tmp_path / "new.ropa")
    try:
        plan = plan_import(target, data)
        counted = {s.sheet: len(s.changes) for s in plan.sheets}
        assert (counted[DPIAS], counted[RISKS]) == (1, 3)
        apply_import(target, plan)
        assert _without_times(_dpias(target)) == _without_times(_dpias(demo_register))
        assert plan_import(target, build_workbook(target)).is_empty
    finally:
        target.close()


def test_hostile_texts_are_literal_cells_and_round_trip(tmp_path: Path) -> None:
    db = create_register(tmp_path / "hostile.ropa")
    try:
        org_id = make_organisation(db, language="en")
        with db.transaction() as s:
            dpia = services.create(
                s, m.Dpia, {"name": FORMULA, "notes": MARKUP, "review_on": date(2027, 1, 1)}, org_id
            )
            services.create(s, m.DpiaRisk, {"source": MARKUP, "impact": FORMULA}, dpia.id)
        book = load(build_workbook(db))
        dpias, risks = book["Impact assessments (DPIA)"], book["DPIA risks"]
        name = dpias.cell(2, headers(dpias)["Name"])
        assert (name.value, name.data_type) == (FORMULA, "s")
        assert get_cell(dpias, 2, "Notes") == MARKUP
        parent = risks.cell(2, headers(risks)["DPIA"])
        assert (parent.value, parent.data_type) == (FORMULA, "s")
        assert get_cell(risks, 2, "Risk sources and threats") == MARKUP
        impact = risks.cell(2, headers(risks)["Impact on the people"])
        assert (impact.value, impact.data_type) == (FORMULA, "s")
        assert plan_import(db, save(book)).is_empty
    finally:
        db.close()


# -- documents attached in ropa (no sheet: carried over as they are) ---------------------------


def _attach(db: Any, dpia_id: str, name: str) -> None:
    from ropa.core.attachments import store_blob

    with db.transaction() as s:
        dpia = s.get(m.Dpia, dpia_id)
        assert dpia is not None
        blob = store_blob(s, b"%PDF-1.4 advice")
        values = {"name": name, "size": 15, "blob_id": blob, "dpia_id": dpia_id}
        services.create(s, m.Attachment, values, dpia.organisation_id)


def _attachments(db: Any) -> list[dict[str, Any]]:
    document = json.loads(export_json(db))
    attachments: list[dict[str, Any]] = document["organisations"][0]["attachments"]
    return attachments


def test_documents_attached_to_a_dpia_stay_through_an_import(demo_register: Any) -> None:
    [dpia] = _dpias(demo_register)
    _attach(demo_register, dpia["id"], "AIPD signée.pdf")
    before = _attachments(demo_register)
    assert "AIPD signée.pdf" in [a["name"] for a in before]
    book = load(build_workbook(demo_register))
    assert plan_import(demo_register, save(book)).is_empty
    set_cell(book[DPIAS], 2, "Risque résiduel", "Moyen")
    apply_import(demo_register, plan_import(demo_register, save(book)))
    assert _dpias(demo_register)[0]["residual_risk"] == "medium"
    assert _attachments(demo_register) == before


def test_a_dpia_with_documents_removed_from_its_sheet_is_refused_by_name(
    demo_register: Any,
) -> None:
    [dpia] = _dpias(demo_register)
    _attach(demo_register, dpia["id"], "AIPD signée.pdf")
    book = load(build_workbook(demo_register))
    book[DPIAS].delete_rows(row_of(book[DPIAS], "Nom", DEMO_DPIA))
    book[RISKS].delete_rows(2, 3)
    with pytest.raises(ValidationError) as caught:
        plan_import(demo_register, save(book))
    [problem] = caught.value.problems
    assert problem.path == f"Feuille «\u00a0{DPIAS}\u00a0»"
    assert problem.key == "workbook.problem.attached"
    assert problem.params["name"] == DEMO_DPIA
    assert "AIPD signée.pdf" in problem.params["files"]
