"""The history in words: entries named by their labels, values in the reader's language,
references by name (also to rows deleted since), lists as what was added and removed; the user
name a person chose; the history printed (PDF, Excel) and from the command line."""

from __future__ import annotations

import io
import json
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ropa.cli import main
from ropa.core import services
from ropa.core.errors import RopaError
from ropa.core.reads.history import HistoryFilters, HistoryRow, load_history
from ropa.core.register import create_register, open_register
from ropa.core.users import set_user_name, stored_user_name
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.history import build_history_pdf, build_history_workbook, history_document
from tests.unit.history_support import TEMP_PARTY, edit_everything, raw_values

NBSP = "\u00a0"


@pytest.fixture
def demo(tmp_path: Path) -> Any:
    db = create_register(tmp_path / "demo.ropa", demo=True, language="fr")
    yield db
    db.close()


def _recruitment_phase(db: RegisterDatabase) -> str:
    with db.reader() as session:
        activity = session.scalars(select(m.Activity).where(m.Activity.reference == "T-04")).one()
        phase = next(p for p in activity.retention_phases if p.duration_value == 2)
        return phase.id


def _rows(db: RegisterDatabase, lang: str, **filters: Any) -> list[HistoryRow]:
    return load_history(db, HistoryFilters(**filters)).rows(lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", f"Durée{NBSP}: 2 ans \u2192 3 ans"),
        ("nl", "Duur: 2 jaar \u2192 3 jaar"),
        ("en", "Duration: 2 years \u2192 3 years"),
    ],
)
def test_a_retention_change_reads_as_a_sentence(demo: Any, lang: str, expected: str) -> None:
    phase_id = _recruitment_phase(demo)
    with demo.transaction() as session:
        services.update(session, m.RetentionPhase, phase_id, {"duration_value": 3})
    [row] = _rows(demo, lang, entity_type="retention_phase")
    line = row.line(lang).replace(NBSP + "ans", " ans")  # Babel may tie number and unit
    assert line.startswith("T-04 Recrutement \u203a ")
    assert line.endswith(expected.replace(NBSP + "ans", " ans"))
    assert row.activity_id is not None


def test_the_demo_and_every_kind_of_edit_read_without_internal_values(demo: Any) -> None:
    for lang in ("fr", "nl", "en"):
        for row in _rows(demo, lang):
            texts = (row.when, row.user, row.action_text, row.kind, row.entity, row.field)
            for text in (*texts, row.old, row.new, row.line(lang)):
                assert not raw_values(text), (lang, text)
    edit_everything(demo)
    for lang in ("fr", "nl", "en"):
        rows = _rows(demo, lang)
        assert len(rows) > 150
        for row in rows:
            texts = (row.when, row.user, row.action_text, row.kind, row.entity, row.field)
            for text in (*texts, row.old, row.new, row.line(lang)):
                assert not raw_values(text), (lang, text)


def test_references_name_rows_deleted_since_and_deletions_say_what_was_there(demo: Any) -> None:
    edit_everything(demo)
    rows = _rows(demo, "fr")
    source = [r for r in rows if r.entity_type == "data_source" and r.field == "Organisme source"]
    assert TEMP_PARTY in {source[0].old, source[1].new}  # the party is deleted now
    gone = next(r for r in rows if r.action == "delete" and r.entity_type == "party")
    assert gone.entity == TEMP_PARTY
    assert f"Type d'organisme{NBSP}: Sous-traitant" in gone.old.splitlines()
    phase = next(r for r in rows if r.action == "delete" and r.entity_type == "retention_phase")
    assert " \u203a " in phase.entity  # still under its activity, from the history
    assert phase.activity_id is not None  # its activity is still there: it opens
    activity = next(r for r in rows if r.action == "delete" and r.entity_type == "activity")
    assert activity.entity.startswith("T-21 ") and activity.activity_id is None


def test_lists_read_as_added_and_removed(demo: Any) -> None:
    with demo.transaction() as session:
        activity = session.scalars(select(m.Activity).where(m.Activity.reference == "T-04")).one()
        audiences = list(activity.audiences)
        activity.audiences = [*audiences, "prospects"] if "prospects" not in audiences else []
        names = [s.name for s in activity.data_subjects]
        activity.data_subjects = activity.data_subjects[1:]
    rows = {r.field: r for r in _rows(demo, "en")}
    assert rows["Data subjects"].new == f"removed: {names[0]}"
    assert rows["Data subjects"].old == ", ".join(sorted(names))
    assert "Prospects" in rows["Notice audiences"].new


# -- the name in the history ------------------------------------------------------------------


def test_a_chosen_name_is_recorded_from_then_on(demo: Any, tmp_path: Path) -> None:
    phase_id = _recruitment_phase(demo)
    with demo.transaction() as session:
        services.update(session, m.RetentionPhase, phase_id, {"duration_value": 3})
    login = demo.login
    assert set_user_name(demo, "  Élise   Verhaegen ") == "Élise Verhaegen"
    assert stored_user_name(demo) == "Élise Verhaegen"
    with demo.transaction() as session:
        services.update(session, m.RetentionPhase, phase_id, {"duration_value": 4})
    users = [r.user for r in _rows(demo, "fr", entity_type="retention_phase")]
    assert users == ["Élise Verhaegen", login]  # newest first; the old entry keeps its name
    # The name belongs to the register and this login: another opening finds it.
    again = open_register(demo.path)
    try:
        assert again.user == "Élise Verhaegen"
    finally:
        again.close()
    set_user_name(demo, "")
    assert demo.user == login and stored_user_name(demo) == ""
    with pytest.raises(RopaError):
        set_user_name(demo, "bad\x1bname")


def test_a_published_notice_version_names_who_published_it(demo: Any) -> None:
    from ropa.exports.notice.versions import list_versions, publish_notice

    set_user_name(demo, "Julien Marchal")
    publish_notice(demo)
    assert [v.published_by for v in list_versions(demo)] == ["Julien Marchal"]


# -- documents ---------------------------------------------------------------------------------


def _edited_with_user_text(db: RegisterDatabase) -> None:
    with db.transaction() as session:
        activity = session.scalars(select(m.Activity).where(m.Activity.reference == "T-04")).one()
        services.update(session, m.Activity, activity.id, {"owner": "=1+1 <b>Zoë</b>"})


def test_the_pdf_is_headed_and_prints_the_changes(demo: Any) -> None:
    _edited_with_user_text(demo)
    today = date.today()
    document = history_document(demo, "fr", HistoryFilters(since=today))
    data = build_history_pdf(document)
    pages = PdfReader(io.BytesIO(data)).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())  # cells wrap
    for expected in (
        "Historique des modifications du registre",
        "Clairbois Informatique SRL",
        "Période",
        "Document généré le",
        "=1+1 <b>Zoë</b>",
        "T-04 Recrutement",
        "Responsable opérationnel",
        "Page 1 / 1",
    ):
        assert expected in text, expected
    assert "à partir du" in text
    poppler = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "Zoë" in poppler and "Recrutement" in poppler


def test_the_workbook_has_the_heading_and_text_cells(demo: Any) -> None:
    _edited_with_user_text(demo)
    document = history_document(demo, "nl", HistoryFilters(entity_type="activity"))
    book = openpyxl.load_workbook(io.BytesIO(build_history_workbook(document)))
    sheet = book.active
    assert sheet.title == "Geschiedenis"
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "Geschiedenis van de wijzigingen in het register"
    assert ["Organisatie", "Clairbois Informatique SRL"] == rows[1][:2]
    assert ["Soort item", "Verwerkingsactiviteit"] == rows[4][:2] or any(
        row[:1] == ["Soort item"] for row in rows[:8]
    )
    header = next(n for n, row in enumerate(rows) if row[0] == "Datum")
    change = rows[header + 1]
    assert change[7] == "=1+1 <b>Zoë</b>"
    cell = sheet.cell(row=header + 2, column=8)
    assert cell.data_type == "s"  # a text, never a formula
    assert change[4] == "T-04 Recrutement"


# -- the command line --------------------------------------------------------------------------


def test_cli_history_text_pdf_xlsx_and_user(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "reg.ropa"
    assert main(["init", str(path), "--demo", "--lang", "fr", "--user", "Chloé Lambert"]) == 0
    capsys.readouterr()
    assert main(["history", str(path)]) == 0
    [line] = capsys.readouterr().out.splitlines()  # one line per change
    assert line.endswith(
        "  Chloé Lambert  Import  Clairbois Informatique SRL (registre de démonstration)"
    )
    target = tmp_path / "h.txt"
    assert main(["history", str(path), "--format", "text", "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith(
        "Historique des modifications du registre\nOrganisation\u00a0: Clairbois"
    )
    assert "Période\u00a0: toutes les dates" in text and text.endswith(line + "\n")
    for fmt in ("pdf", "xlsx"):
        target = tmp_path / f"h.{fmt}"
        args = ["history", str(path), "--format", fmt, "-o", str(target), "--lang", "en"]
        assert main([*args, "--since", date.today().isoformat()]) == 0
        assert target.stat().st_size > 1000
    assert "History of the changes" in PdfReader(tmp_path / "h.pdf").pages[0].extract_text()
    sheet = openpyxl.load_workbook(tmp_path / "h.xlsx").active
    assert sheet["A1"].value == "History of the changes to the register"
    assert main(["history", str(path), "--since", "2026-02-30"]) == 1
    assert "AAAA-MM-JJ" in capsys.readouterr().err
    assert main(["history", str(path), "--type", "nothing"]) == 1
    assert "retention_phase" in capsys.readouterr().err
    assert main(["history", str(path), "--by", "nobody"]) == 0
    assert capsys.readouterr().out == ""


def test_cli_user_records_the_name_given(tmp_path: Path) -> None:
    path = tmp_path / "reg.ropa"
    create_register(path, language="en").close()
    document = tmp_path / "org.json"
    demo = create_register(tmp_path / "demo.ropa", demo=True)
    try:
        from ropa.exports.interchange import export_json

        document.write_text(export_json(demo, None), encoding="utf-8")
    finally:
        demo.close()
    assert main(["import", str(path), str(document), "--user", "Inspecteur Test"]) == 0
    db = open_register(path)
    try:
        [row] = _rows(db, "en")
        assert (row.user, row.new) == ("Inspecteur Test", "org.json")
    finally:
        db.close()
    assert json.loads(document.read_text(encoding="utf-8"))
