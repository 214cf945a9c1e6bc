"""The processors and third parties page: list, search, form editor, new, delete, links."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from ropa.core import edits
from ropa.core.contracts import ContractState, best_state
from ropa.core.errors import RopaError
from ropa.core.i18n import value_label
from ropa.core.reads.contracts import load_contracts
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
from ropa.ui.views.parties_view import PartiesView
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
    data = load_contracts(demo_register)
    states: dict[str, list[ContractState]] = {}
    for contract in data.contracts:
        states.setdefault(contract.party_id, []).append(contract.state)
    model = PartyTableModel("fr")
    model.set_parties(
        data.parties, {p: s for p, found in states.items() if (s := best_state(found))}
    )
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
    # Where its contract stands, not a yes / no; none is invented for a party without one.
    assert view.proxy.index(row, COL_CONTRACT).data() == "In force"
    bank = names.index("Banque du Sillon SA")
    assert view.proxy.index(bank, COL_CONTRACT).data() == "No contract"


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


# -- the party's processing contracts ----------------------------------------------------------


def _organisation_id(view: PartiesView) -> str:
    org = view.organisation_id()
    assert org is not None
    return org


def _contract_cell(view: PartiesView, name: str) -> str:
    return str(view.proxy.index(_names(view).index(name), COL_CONTRACT).data())


def test_the_form_says_where_the_party_contracts_stand(view: PartiesView, qtbot: Any) -> None:
    line = view.party_contracts
    assert view.editor.isAncestorOf(line)
    assert "contract_signed" not in view.editor.rows  # the former tick box is gone
    assert "contract_date" not in view.editor.rows
    view.select_party(_party_id(view.db, "Lettrimo Inc."))
    assert line.summary.text() == "In force, signed on 10 February 2025"
    assert line.open_button.isEnabled() and line.new_button.isEnabled()
    bank = _party_id(view.db, "Banque du Sillon SA")
    view.select_party(bank)
    assert line.summary.text() == "No contract recorded"

    # A draft with the bank, recorded elsewhere: the line and the list follow.
    values: dict[str, Any] = {"party_id": bank, "status": "draft"}
    edits.CreateEdit("contract", values, _organisation_id(view)).first(view.db)
    view.reload()
    assert line.summary.text() == "Draft, not signed"
    assert _contract_cell(view, "Banque du Sillon SA") == "Draft"
    # Then one in force: it speaks for the party, with how many there are.
    values = {"party_id": bank, "status": "signed", "signed_on": date(2026, 3, 2)}
    edits.CreateEdit("contract", values, _organisation_id(view)).first(view.db)
    view.reload()
    assert line.summary.text() == "In force, signed on 2 March 2026 \u2014 2 contracts recorded"
    assert _contract_cell(view, "Banque du Sillon SA") == "In force"


def test_an_expired_contract_is_told_not_hidden(view: PartiesView) -> None:
    lettrimo = _party_id(view.db, "Lettrimo Inc.")
    with view.db.reader() as s:
        contract_id = s.scalars(select(m.Contract.id).where(m.Contract.party_id == lettrimo)).one()
    edits.UpdateEdit("contract", contract_id, {"expires_on": date(2025, 12, 31)}).first(view.db)
    view.reload()
    view.select_party(lettrimo)
    assert view.party_contracts.summary.text() == (
        "Expired on 31 December 2025, still recorded as signed"
    )
    assert _contract_cell(view, "Lettrimo Inc.") == "Expired"


def test_sorting_by_contract_puts_the_parties_in_force_first(view: PartiesView) -> None:
    view.table_view.sortByColumn(COL_CONTRACT, Qt.SortOrder.AscendingOrder)
    cells = [view.proxy.index(r, COL_CONTRACT).data() for r in range(view.proxy.rowCount())]
    assert cells[0] == "In force" and cells[-1] == "No contract"
    assert cells == sorted(cells, key=lambda text: text == "No contract")


def test_the_contract_buttons_ask_for_the_party_contracts(view: PartiesView) -> None:
    shown: list[str] = []
    added: list[str] = []
    view.contracts_requested.connect(shown.append)
    view.new_contract_requested.connect(added.append)
    party_id = _party_id(view.db, "Lettrimo Inc.")
    view.select_party(party_id)
    view.party_contracts.open_button.click()
    view.party_contracts.new_button.click()
    assert shown == [party_id] and added == [party_id]
    view.select_party(None)
    assert not view.party_contracts.open_button.isEnabled()
    assert not view.party_contracts.new_button.isEnabled()
