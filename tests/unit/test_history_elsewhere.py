"""The history in words beyond the History page: the Overview's recent changes and the register
workbook's History sheet say each change as the History page does (entries by their labels,
values in the language, no id, enum key, ISO date or JSON array), and the supervisory authority
is named, not coded."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from ropa.core import services
from ropa.core.reads.history import HistoryFilters, load_history
from ropa.core.reads.overview import RECENT_CHANGES, load_overview
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.history import column_titles
from ropa.exports.workbook import build_workbook, plan_import
from ropa.exports.workbook.layout import sheet
from tests.unit.history_support import edit_everything, raw_values

LANGUAGES = ("fr", "nl", "en")
NBSP = "\u00a0"


@pytest.fixture
def demo(tmp_path: Path) -> Any:
    db = create_register(tmp_path / "demo.ropa", demo=True, language="fr")
    yield db
    db.close()


@pytest.fixture
def edited(demo: Any) -> Any:
    edit_everything(demo)
    return demo


def _history_sheet(data: bytes, lang: str) -> Any:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return book[sheet("history").title(lang)]


def _set_authority(db: Any, code: str) -> None:
    with db.transaction() as session:
        org = session.scalars(select(m.Organisation)).one()
        services.update(session, m.Organisation, org.id, {"supervisory_authority": code})


# -- the Overview's recent changes ----------------------------------------------------------


def test_the_overview_reads_the_latest_changes_in_words(edited: Any) -> None:
    overview = load_overview(edited)
    assert len(overview.changes.entries) == RECENT_CHANGES
    for lang in LANGUAGES:
        rows = overview.changes.rows(lang)
        assert 0 < len(rows) <= RECENT_CHANGES
        for row in rows:
            for text in (row.when, row.user, row.kind, row.entity, row.field, row.old, row.new):
                assert not raw_values(text), (lang, text)
    # The newest change: the activity deleted last, by its reference and name.
    newest = overview.changes.rows("fr")[0]
    assert (newest.action_text, newest.kind) == ("Suppression", "Activité de traitement")
    assert newest.entity.startswith("T-21 ")


def test_every_change_the_overview_can_show_reads_without_internal_values(edited: Any) -> None:
    overview = load_overview(edited, changes=10_000)
    for lang in LANGUAGES:
        rows = overview.changes.rows(lang)
        assert len(rows) > 150
        for row in rows:
            for text in (row.when, row.user, row.kind, row.entity, row.field, row.old, row.new):
                assert not raw_values(text), (lang, text)


# -- the workbook's History sheet -----------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_workbook_history_sheet_reads_as_the_history_page(edited: Any, lang: str) -> None:
    ws = _history_sheet(build_workbook(edited, lang=lang), lang)
    rows = [list(row) for row in ws.iter_rows(values_only=True)]
    assert rows[0] == column_titles(lang)  # the History export's columns
    body = rows[1:]
    assert len(body) > 150
    for row in body:
        for value in row:
            if isinstance(value, str):
                assert not raw_values(value), (lang, value)
    # The same changes in the same words as the History page (one organisation: every change).
    page = load_history(edited, HistoryFilters()).rows(lang)
    assert [row[1:] for row in body] == [
        [
            change.user,
            change.action_text,
            change.kind,
            change.entity or None,
            change.field or None,
            change.old or None,
            change.new or None,
        ]
        for change in page
    ]
    # Real dates, in this computer's time, shown as the page shows them (day first).
    for number, change in enumerate(page[:20], start=2):
        cell = ws.cell(number, 1)
        assert cell.is_date and cell.number_format == "dd/mm/yyyy hh:mm"
        assert cell.value.strftime("%d/%m/%Y %H:%M") == change.when


def test_a_retention_change_in_the_workbook(demo: Any) -> None:
    with demo.reader() as session:
        activity = session.scalars(select(m.Activity).where(m.Activity.reference == "T-04")).one()
        phase_id = next(p.id for p in activity.retention_phases if p.duration_value == 2)
    with demo.transaction() as session:
        services.update(session, m.RetentionPhase, phase_id, {"duration_value": 3})
    expected = {"fr": ("Durée", "2 ans", "3 ans"), "nl": ("Duur", "2 jaar", "3 jaar")}
    for lang, (field, old, new) in expected.items():
        ws = _history_sheet(build_workbook(demo, lang=lang), lang)
        row = [cell.value for cell in ws[2]]
        assert row[4].startswith("T-04 Recrutement \u203a ")
        assert [row[5], row[6].replace(NBSP, " "), row[7].replace(NBSP, " ")] == [field, old, new]


def test_a_user_text_in_the_history_sheet_is_a_text_cell(demo: Any) -> None:
    with demo.transaction() as session:
        activity = session.scalars(select(m.Activity).where(m.Activity.reference == "T-04")).one()
        services.update(session, m.Activity, activity.id, {"owner": "=1+1 \x1b<b>"})
    ws = _history_sheet(build_workbook(demo, lang="en"), "en")
    new = ws.cell(2, 8)
    assert new.data_type == "s" and new.value.startswith("=1+1 ") and "\x1b" not in new.value
    assert new.comment is not None  # the character Excel cannot hold was replaced: said so


def test_the_workbook_imports_back_whatever_its_history_sheet_says(demo: Any) -> None:
    _set_authority(demo, "FR-CNIL")
    with demo.transaction() as session:
        activity = session.scalars(select(m.Activity).where(m.Activity.reference == "T-04")).one()
        services.update(session, m.Activity, activity.id, {"owner": "Zoë Martens"})
        services.delete(session, m.RetentionPhase, activity.retention_phases[0].id)
    data = build_workbook(demo)
    assert plan_import(demo, data).is_empty
    book = openpyxl.load_workbook(io.BytesIO(data))
    history = book[sheet("history").title("fr")]
    assert history.max_row > 3
    history["E2"] = "T-99 Modifié à la main"
    history.delete_rows(3, 1)
    changed = io.BytesIO()
    book.save(changed)
    assert plan_import(demo, changed.getvalue()).is_empty  # the history is not imported


# -- the supervisory authority ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        (
            "fr",
            "Autorité de protection des données (APD)",
            "Commission nationale de l'informatique et des libertés (CNIL)",
        ),
        (
            "nl",
            "Gegevensbeschermingsautoriteit (GBA)",
            "Franse gegevensbeschermingsautoriteit (CNIL)",
        ),
        ("en", "Data Protection Authority (Belgium)", "French Data Protection Authority (CNIL)"),
    ],
)
def test_the_supervisory_authority_is_named(demo: Any, lang: str, old: str, new: str) -> None:
    _set_authority(demo, "BE-APD")
    _set_authority(demo, "FR-CNIL")
    changes = load_overview(demo).changes.rows(lang)
    assert (changes[0].old, changes[0].new) == (old, new)
    assert changes[1].new == old
    ws = _history_sheet(build_workbook(demo, lang=lang), lang)
    assert [ws.cell(2, 7).value, ws.cell(2, 8).value] == [old, new]
    texts = " ".join(str(cell.value) for row in ws.iter_rows(max_row=3) for cell in row)
    assert "BE-APD" not in texts and "FR-CNIL" not in texts
