"""The processors and third parties page: list, search, form editor, new, delete, links."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from ropa.core.errors import RopaError
from ropa.core.i18n import value_label
from ropa.db import models as m
from ropa.db.enums import PartyKind
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import LineField
from ropa.ui.forms.record_form import LinksField
from ropa.ui.models.activity_table_model import natural_key
from ropa.ui.models.party_table_model import (
    COL_CONTRACT,
    COL_KIND,
    COL_NAME,
    COLUMN_COUNT,
    PartyTableModel,
)
from ropa.ui.views.parties_view import PartiesView, load_parties
from tests.ui.dialog_support import record_boxes

USED_PARTY = "Hébergement Ardenne Datacenter SA"


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


@pytest.fixture
def refusals() -> list[tuple[str, RopaError]]:
    return []


@pytest.fixture
def view(
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    refusals: list[tuple[str, RopaError]],
    qtbot: Any,
) -> PartiesView:
    widget = PartiesView(
        demo_register,
        stack,
        RegisterEvents(),
        "en",
        lambda text, error: refusals.append((text, error)),
    )
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _names(view: PartiesView) -> list[str]:
    return [view.proxy.index(r, COL_NAME).data() for r in range(view.proxy.rowCount())]


def _party_id(db: RegisterDatabase, name: str) -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Party.id).where(m.Party.name == name)).one())


def _party(db: RegisterDatabase, party_id: str) -> m.Party | None:
    with db.reader() as s:
        party = s.get(m.Party, party_id)
        if party is not None:
            s.expunge(party)
        return party


def _count(db: RegisterDatabase) -> int:
    with db.reader() as s:
        return int(s.execute(select(func.count()).select_from(m.Party)).scalar_one())


def _line(view: PartiesView, field: str) -> LineField:
    row = view.editor.rows[field]
    assert isinstance(row, LineField)
    return row


def _type(line: LineField, text: str) -> None:
    line.line.setText(text)
    line.line.editingFinished.emit()


def test_the_model_passes_the_model_tester(qtmodeltester: Any, demo_register: Any) -> None:
    model = PartyTableModel("fr")
    model.set_rows(load_parties(demo_register).parties)
    qtmodeltester.check(model)
    assert model.columnCount() == COLUMN_COUNT
    assert model.rowCount() == _count(demo_register)


def test_the_page_lists_the_demo_parties(view: PartiesView) -> None:
    names = _names(view)
    assert len(names) == _count(view.db) > 0
    assert USED_PARTY in names
    assert names == sorted(names, key=natural_key)
    row = names.index("Lettrimo Inc.")
    assert view.proxy.index(row, COL_KIND).data() == "Processor"
    assert view.proxy.index(row, COL_CONTRACT).data() == "Yes"


def test_search_narrows_the_list(view: PartiesView) -> None:
    view.search_edit.setText("ardenne")
    assert _names(view) == [USED_PARTY]
    view.search_edit.setText("")
    assert len(_names(view)) == _count(view.db)


def test_sorting_by_kind(view: PartiesView) -> None:
    view.table_view.sortByColumn(COL_KIND, Qt.SortOrder.DescendingOrder)
    last = value_label("en", "party_kind", list(PartyKind)[-1].value)
    assert view.proxy.index(0, COL_KIND).data() == last
    first = value_label("en", "party_kind", PartyKind.PROCESSOR.value)
    assert view.proxy.index(view.proxy.rowCount() - 1, COL_KIND).data() == first


def test_editing_the_name_saves_it_and_undo_restores(
    view: PartiesView, stack: QUndoStack, qtbot: Any
) -> None:
    party_id = _party_id(view.db, "Lettrimo Inc.")
    view.select_party(party_id)
    assert view.editor.entity_id == party_id
    _type(_line(view, "name"), "Lettrimo Europe")
    party = _party(view.db, party_id)
    assert party is not None and party.name == "Lettrimo Europe"
    qtbot.waitUntil(lambda: "Lettrimo Europe" in _names(view))
    stack.undo()
    party = _party(view.db, party_id)
    assert party is not None and party.name == "Lettrimo Inc."
    qtbot.waitUntil(lambda: _line(view, "name").line.text() == "Lettrimo Inc.")


def test_a_bad_email_shows_the_error_and_saves_nothing(
    view: PartiesView, stack: QUndoStack
) -> None:
    party_id = _party_id(view.db, "Lettrimo Inc.")
    view.select_party(party_id)
    before = _party(view.db, party_id)
    assert before is not None
    email = _line(view, "email")
    _type(email, "not an address")
    assert email.has_error
    assert email.error_label.isVisible()
    assert email.error_label.text()
    assert email.line.text() == "not an address"
    after = _party(view.db, party_id)
    assert after is not None and after.email == before.email and after.version == before.version
    assert stack.count() == 0


def test_a_new_party_appears_and_undo_removes_it(
    view: PartiesView, stack: QUndoStack, qtbot: Any
) -> None:
    count = _count(view.db)
    view.new_button.click()
    assert _count(view.db) == count + 1
    assert "Nouvel organisme externe" in _names(view)
    new_id = view.selected_party()
    assert new_id is not None and view.editor.entity_id == new_id
    stack.undo()
    assert _count(view.db) == count
    qtbot.waitUntil(lambda: "Nouvel organisme externe" not in _names(view))


def test_deleting_a_party_in_use_is_refused(
    view: PartiesView,
    stack: QUndoStack,
    refusals: list[tuple[str, RopaError]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record_boxes(monkeypatch, yes_to_questions=True)  # Delete asks first
    party_id = _party_id(view.db, USED_PARTY)
    count = _count(view.db)
    view.select_party(party_id)
    view.delete_button.click()
    assert len(refusals) == 1
    text, error = refusals[0]
    assert text == "The party was not deleted."
    assert error.key == "error.in_use"
    assert USED_PARTY in error.message("en")
    assert _count(view.db) == count
    assert _party(view.db, party_id) is not None
    assert stack.count() == 0
    assert USED_PARTY in _names(view)


def test_deleting_an_unused_party_and_undo(
    view: PartiesView, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_boxes(monkeypatch, yes_to_questions=True)  # Delete asks first
    view.new_button.click()
    count = _count(view.db)
    new_id = view.selected_party()
    assert new_id is not None
    view.delete_button.click()
    assert _count(view.db) == count - 1
    stack.undo()
    assert _party(view.db, new_id) is not None


def test_subprocessor_check_boxes_save_the_links(view: PartiesView, stack: QUndoStack) -> None:
    owner = _party_id(view.db, "Lettrimo Inc.")
    target = _party_id(view.db, "Metrica Analytics LLC")
    view.select_party(owner)
    links = view.editor.rows["subprocessors"]
    assert isinstance(links, LinksField)
    values = [links.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(links.list.count())]
    assert owner not in values and target in values
    links.list.item(values.index(target)).setCheckState(Qt.CheckState.Checked)
    with view.db.reader() as s:
        party = s.get(m.Party, owner)
        assert party is not None
        assert [p.id for p in party.subprocessors] == [target]
    stack.undo()
    with view.db.reader() as s:
        party = s.get(m.Party, owner)
        assert party is not None
        assert party.subprocessors == []
