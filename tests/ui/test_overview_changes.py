"""The Overview's latest changes, as the widget shows them: in words in the interface language,
as the History page says them (no id, enum key, ISO date or JSON array in any cell or tooltip)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ropa.core import services
from ropa.core.reads.history import HistoryFilters, load_history
from ropa.core.reads.overview import RECENT_CHANGES, load_overview
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.db.enums import PartyKind
from ropa.ui.views.overview_view import (
    COL_CHANGE_AT,
    COL_CHANGE_ENTRY,
    COL_CHANGE_TYPE,
    COL_CHANGE_USER,
    COL_CHANGE_WHAT,
    OverviewView,
)
from tests.unit.history_support import edit_everything, raw_values

NBSP = "\u00a0"


@pytest.fixture
def demo(tmp_path: Path) -> Any:
    db = create_register(tmp_path / "demo.ropa", demo=True, language="fr")
    yield db
    db.close()


def _view(qtbot: Any, lang: str) -> OverviewView:
    view = OverviewView(lang)
    qtbot.addWidget(view)
    return view


def _cells(view: OverviewView) -> list[list[tuple[str, str]]]:
    """(text, tooltip) of every cell of the changes table, row by row."""
    table = view.changes_table
    return [
        [
            (table.item(row, column).text(), table.item(row, column).toolTip())
            for column in range(table.columnCount())
        ]
        for row in range(table.rowCount())
    ]


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_every_cell_of_the_latest_changes_reads_in_words(qtbot: Any, demo: Any, lang: str) -> None:
    edit_everything(demo)
    overview = load_overview(demo, changes=10_000)  # every change, to see every kind
    view = _view(qtbot, lang)
    view.show_overview(overview.organisations, overview.changes)
    rows = _cells(view)
    assert len(rows) > 150
    for row in rows:
        for text, tooltip in row:
            assert text and not raw_values(text), (lang, text)
            assert not raw_values(tooltip), (lang, tooltip)
    # The same words as the History page, row by row.
    page = load_history(demo, HistoryFilters()).rows(lang)
    table = view.changes_table
    for number, change in enumerate(page[:40]):
        entry = table.item(number, COL_CHANGE_ENTRY)
        assert (entry.toolTip() or entry.text()) == change.entity
        assert table.item(number, COL_CHANGE_AT).text() == change.when
        assert table.item(number, COL_CHANGE_USER).text() == change.user
        assert table.item(number, COL_CHANGE_TYPE).text() == change.kind
        assert table.item(number, COL_CHANGE_WHAT).text().startswith(change.action_text)


def test_the_overview_lists_the_latest_changes_as_sentences(qtbot: Any, demo: Any) -> None:
    with demo.reader() as session:
        activity = session.scalars(select(m.Activity).where(m.Activity.reference == "T-04")).one()
        phase_id = next(p.id for p in activity.retention_phases if p.duration_value == 2)
    for value in range(3, 3 + RECENT_CHANGES + 2):
        with demo.transaction() as session:
            services.update(session, m.RetentionPhase, phase_id, {"duration_value": value})
    overview = load_overview(demo)
    expected = {
        "fr": ("Modification \u00b7 Durée\u00a0: 23 ans \u2192 24 ans", "Durée de conservation"),
        "nl": ("Gewijzigd \u00b7 Duur: 23 jaar \u2192 24 jaar", "Bewaartermijn"),
        "en": ("Modified \u00b7 Duration: 23 years \u2192 24 years", "Retention period"),
    }
    for lang, (what, kind) in expected.items():
        view = _view(qtbot, lang)
        view.show_overview(overview.organisations, overview.changes)
        table = view.changes_table
        assert table.rowCount() == RECENT_CHANGES  # the latest only
        assert table.item(0, COL_CHANGE_ENTRY).text().startswith("T-04 Recrutement \u203a ")
        assert table.item(0, COL_CHANGE_TYPE).text() == kind
        shown = re.sub(r"(\d)\u00a0", r"\1 ", table.item(0, COL_CHANGE_WHAT).text())
        assert shown == what  # (Babel may tie a number to its unit)


def test_a_deletion_tells_what_the_entry_held_in_its_tooltip(qtbot: Any, demo: Any) -> None:
    name = "Cabinet Lemaire SRL"
    with demo.transaction() as session:
        org = session.scalars(select(m.Organisation)).one()
        party = m.Party(organisation_id=org.id, name=name, kind=PartyKind.PROCESSOR)
        session.add(party)
    with demo.transaction() as session:
        services.delete(session, m.Party, party.id)
    overview = load_overview(demo)
    view = _view(qtbot, "fr")
    view.show_overview(overview.organisations, overview.changes)
    table = view.changes_table
    assert table.item(0, COL_CHANGE_ENTRY).text() == name
    what = table.item(0, COL_CHANGE_WHAT)
    assert what.text() == "Suppression"
    assert what.toolTip().startswith(f"Suppression\nNom{NBSP}: {name}\n")
