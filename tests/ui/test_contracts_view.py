"""The processing contracts page: the demo's contracts listed with their state in words; a
contract created from the form with its party, dates and Art. 28(3) stipulations saved and
shown, those not checked said under the checklist; states that follow the day (review due,
expired) coloured; the filter by party; delete (one or several rows, one undo step), a change
made elsewhere refused as on the other pages; the parties page leading to it; and on a small
laptop screen in French and Dutch, the party and the state in sight at the left of the list, our
side in a word, and the Art. 28(3) checklist never drawn under the hint that follows it (with a
contract shown or none)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFormLayout, QWidget
from sqlalchemy import func, select

from ropa.core import edits, services
from ropa.core.contracts import ContractState
from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.core.i18n import label
from ropa.core.reads.contracts import load_contracts
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.db.enums import ContractRole
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.dialogs.party_choice import PartyChoiceDialog
from ropa.ui.forms.fields import ChoicesField, ComboField, DateField, LineField, TextField
from ropa.ui.language import install_translators, remove_translators
from ropa.ui.main_window import PAGE_BREACHES, PAGE_CONTRACTS, PAGE_PARTIES, MainWindow
from ropa.ui.models.contract_table_model import (
    COL_EXPIRES,
    COL_PARTY,
    COL_REFERENCE,
    COL_REVIEW,
    COL_ROLE,
    COL_SIGNED,
    COL_STATE,
    COLUMN_COUNT,
    ContractTableModel,
)
from ropa.ui.models.contract_texts import role_text, state_text
from ropa.ui.theme import error_colour, warning_colour
from ropa.ui.views.contracts_view import ContractsView
from tests.ui.dialog_support import record_boxes, when_shown

TODAY = date(2026, 12, 7)
BANK = "Banque du Sillon SA"  # a party of the demo without a contract
LETTRIMO = "Lettrimo Inc."  # a processor of the demo with one contract, signed 10 February 2025


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
) -> ContractsView:
    widget = ContractsView(
        demo_register,
        stack,
        RegisterEvents(),
        "en",
        lambda text, error: refusals.append((text, error)),
        today=lambda: TODAY,
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _party_id(db: RegisterDatabase, name: str) -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Party.id).where(m.Party.name == name)).one())


def _contract(db: RegisterDatabase, contract_id: str) -> m.Contract | None:
    with db.reader() as s:
        found = s.get(m.Contract, contract_id)
        if found is not None:
            s.expunge(found)
        return found


def _count(db: RegisterDatabase) -> int:
    with db.reader() as s:
        return int(s.execute(select(func.count()).select_from(m.Contract)).scalar_one())


def _cells(view: ContractsView, column: int) -> list[str]:
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def _row_of(view: ContractsView, contract_id: str) -> int:
    return [view.proxy.row_id(r) for r in range(view.proxy.rowCount())].index(contract_id)


def _cell(view: ContractsView, contract_id: str, column: int) -> Any:
    return view.proxy.index(_row_of(view, contract_id), column).data()


def _add(view: ContractsView, party: str, **values: Any) -> str:
    """A contract recorded elsewhere (the command line, another window), then read."""
    org = view.organisation_id()
    assert org is not None
    edit = edits.CreateEdit("contract", {"party_id": _party_id(view.db, party), **values}, org)
    edit.first(view.db)
    view.reload()
    assert edit.entity_id is not None
    return edit.entity_id


def _type(row: Any, text: str) -> None:
    assert isinstance(row, LineField | DateField)
    row.line.setText(text)
    row.line.editingFinished.emit()


def _choose(row: Any, value: str | None) -> None:
    assert isinstance(row, ComboField)
    row.combo.setCurrentIndex(row.combo.findData(value))


def test_the_model_passes_the_model_tester(qtmodeltester: Any, demo_register: Any) -> None:
    model = ContractTableModel("nl")
    model.set_rows(load_contracts(demo_register, TODAY).contracts)
    qtmodeltester.check(model)
    assert model.columnCount() == COLUMN_COUNT
    assert model.rowCount() == _count(demo_register) > 0


def test_the_demo_contracts_are_listed_with_their_state_in_words(view: ContractsView) -> None:
    assert len(_cells(view, COL_PARTY)) == _count(view.db)
    row = _cells(view, COL_PARTY).index(LETTRIMO)
    assert view.proxy.index(row, COL_STATE).data() == "In force"
    assert view.proxy.index(row, COL_SIGNED).data() == "2025-02-10"
    # Our side in a word, its whole label in the tooltip.
    role = view.proxy.index(row, COL_ROLE)
    assert role.data() == "Controller"
    assert role.data(Qt.ItemDataRole.ToolTipRole) == "Controller (the party processes data for us)"
    assert view.proxy.index(row, COL_REFERENCE).data().startswith("Data Processing Addendum")
    assert view.proxy.index(row, COL_EXPIRES).data() == ""  # no end date: none invented
    view.search_edit.setText("lettrimo")
    assert _cells(view, COL_PARTY) == [LETTRIMO]
    view.search_edit.setText("HAD-2024")  # a word of a reference
    assert _cells(view, COL_PARTY) == ["Hébergement Ardenne Datacenter SA"]


def test_a_contract_created_from_the_form_is_saved_and_shown(
    view: ContractsView, stack: QUndoStack
) -> None:
    bank = _party_id(view.db, BANK)
    view.show_party(bank)
    assert view.shown_party() == bank and view.proxy.rowCount() == 0
    count = _count(view.db)
    view.new_button.click()  # the list shows the bank's: the contract is the bank's
    assert _count(view.db) == count + 1
    contract_id = view.selected_contract()
    assert contract_id is not None and view.editor.entity_id == contract_id
    stored = _contract(view.db, contract_id)
    assert stored is not None and stored.party_id == bank
    assert stored.status is None and stored.our_role is None  # nothing claimed for the user
    assert stored.clauses == [] and stored.signed_on is None
    party = view.editor.rows["party_id"]
    assert isinstance(party, ComboField) and party.combo.currentData() == bank
    assert view.contract_summary.state.text() == "Status not answered: nothing says it is signed"
    assert _cell(view, contract_id, COL_STATE) == "Status not answered"

    rows = view.editor.rows
    _type(rows["reference"], "DPA Banque du Sillon 2026")
    _choose(rows["our_role"], "controller")
    _choose(rows["status"], "signed")
    _type(rows["contract_version"], "v2")
    _type(rows["signed_on"], "05/11/2026")  # day first, as typed
    _type(rows["expires_on"], "2029-11-04")
    _type(rows["review_on"], "1/11/2027")
    location = rows["data_location"]
    assert isinstance(location, TextField)
    location.text_edit.setPlainText("Belgium (Namur data centre)")
    location.text_edit.editing_finished.emit()  # what leaving the field does
    stored = _contract(view.db, contract_id)
    assert stored is not None
    assert stored.reference == "DPA Banque du Sillon 2026"
    assert stored.our_role is not None and stored.our_role.value == "controller"
    assert stored.status is not None and stored.status.value == "signed"
    assert stored.contract_version == "v2"
    assert stored.data_location == "Belgium (Namur data centre)"
    assert (stored.signed_on, stored.expires_on, stored.review_on) == (
        date(2026, 11, 5),
        date(2029, 11, 4),
        date(2027, 11, 1),
    )
    # The dates, shown in the list as saved, and in the form as typed in this language.
    assert [
        _cell(view, contract_id, c) for c in (COL_REFERENCE, COL_SIGNED, COL_EXPIRES, COL_REVIEW)
    ] == ["DPA Banque du Sillon 2026", "2026-11-05", "2029-11-04", "2027-11-01"]
    signed = rows["signed_on"]
    assert isinstance(signed, DateField) and signed.line.text() == "05/11/2026"
    assert _cell(view, contract_id, COL_STATE) == "In force"
    assert view.contract_summary.state.text() == "In force, signed on 5 November 2026"

    # The eight stipulations as tick boxes, in the article's order; those not ticked said.
    clauses = rows["clauses"]
    assert isinstance(clauses, ChoicesField) and clauses.list.count() == 8
    texts = [clauses.list.item(i).text() for i in range(8)]
    assert texts[0].startswith("(a) ") and texts[7].startswith("(h) ")
    assert view.clauses_line.text() == "The stipulations of Art. 28(3) are not checked yet."
    for index in range(8):
        if index not in (1, 7):  # all but (b) confidentiality and (h) audits
            clauses.list.item(index).setCheckState(Qt.CheckState.Checked)
    stored = _contract(view.db, contract_id)
    assert stored is not None and len(stored.clauses) == 6
    assert "confidentiality" not in stored.clauses and "audits" not in stored.clauses
    assert view.clauses_line.text().splitlines() == [
        "Not checked:",
        texts[1],
        texts[7],
    ]
    for index in (1, 7):
        clauses.list.item(index).setCheckState(Qt.CheckState.Checked)
    assert view.clauses_line.text() == "All eight stipulations of Art. 28(3) are checked."
    _choose(rows["subprocessor_authorisation"], "specific")
    stored = _contract(view.db, contract_id)
    assert stored is not None and stored.subprocessor_authorisation is not None
    assert stored.subprocessor_authorisation.value == "specific"

    # Every field, one undo step each; undo takes the contract back out at the end.
    while stack.canUndo():
        stack.undo()
    assert _contract(view.db, contract_id) is None


def test_new_without_a_party_chosen_asks_which_one(view: ContractsView, qtbot: Any) -> None:
    bank = _party_id(view.db, BANK)
    assert view.shown_party() is None
    count = _count(view.db)

    def cancel(dialog: PartyChoiceDialog) -> None:
        dialog.reject()

    asked = when_shown(PartyChoiceDialog, cancel)
    view.new_button.click()
    assert asked and _count(view.db) == count  # cancelled: nothing created

    def choose_bank(dialog: PartyChoiceDialog) -> None:
        dialog.combo.setCurrentIndex(dialog.combo.findData(bank))
        dialog.accept()

    asked = when_shown(PartyChoiceDialog, choose_bank)
    view.new_button.click()
    assert asked and _count(view.db) == count + 1
    contract_id = view.selected_contract()
    assert contract_id is not None
    stored = _contract(view.db, contract_id)
    assert stored is not None and stored.party_id == bank


def test_the_states_follow_the_dates_and_are_coloured(view: ContractsView) -> None:
    review = _add(view, BANK, reference="R", status="signed", review_on=date(2026, 12, 1))
    expired = _add(view, BANK, reference="E", status="signed", expires_on=date(2026, 12, 6))
    draft = _add(view, BANK, reference="D", status="draft")
    ended = _add(view, BANK, reference="X", status="ended")
    today_ends = _add(view, BANK, reference="T", status="signed", expires_on=TODAY)
    expected = {
        review: ("Review due", warning_colour()),
        expired: ("Expired", error_colour()),
        draft: ("Draft", None),
        ended: ("Ended", None),
        today_ends: ("In force", None),  # in force on its last day
    }
    for contract_id, (text, colour) in expected.items():
        index = view.proxy.index(_row_of(view, contract_id), COL_STATE)
        assert (index.data(), index.data(Qt.ItemDataRole.ForegroundRole)) == (text, colour)
    view.select_contract(review)
    assert view.contract_summary.state.text() == "In force, review due since 1 December 2026"
    view.select_contract(expired)
    assert (
        view.contract_summary.state.text() == "Expired on 6 December 2026, still recorded as signed"
    )
    view.select_contract(draft)
    assert view.contract_summary.state.text() == "Draft, not signed"


def test_the_filter_by_party(view: ContractsView) -> None:
    lettrimo = _party_id(view.db, LETTRIMO)
    first = _add(view, BANK, reference="First with the bank", status="draft")
    second = _add(view, BANK, reference="Second with the bank", status="signed")
    everyone = len(_cells(view, COL_PARTY))
    view.show_party(_party_id(view.db, BANK))
    assert sorted(_cells(view, COL_REFERENCE)) == ["First with the bank", "Second with the bank"]
    assert view.selected_contract() in {first, second}  # the form shows one of them
    view.party_filter.setCurrentIndex(view.party_filter.findData(lettrimo))
    assert _cells(view, COL_PARTY) == [LETTRIMO]
    assert view.selected_contract() is None  # the bank's contract is no longer listed
    view.show_party(None)
    assert len(_cells(view, COL_PARTY)) == everyone
    assert view.party_filter.currentText() == "All parties"


def test_delete_removes_the_selected_row_and_undo_brings_it_back(
    view: ContractsView, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_boxes(monkeypatch, yes_to_questions=True)  # Delete asks first
    first = _add(view, BANK, reference="A")
    second = _add(view, BANK, reference="B")
    third = _add(view, BANK, reference="C")
    view.show_party(_party_id(view.db, BANK))
    view.select_contract(second)
    assert view.delete_action.text() == f"Delete “{BANK} — B”…"
    view.delete_action.trigger()
    assert sorted(_cells(view, COL_REFERENCE)) == ["A", "C"]
    assert _contract(view.db, second) is None
    assert _contract(view.db, first) is not None and _contract(view.db, third) is not None
    stack.undo()
    assert _contract(view.db, second) is not None
    view.reload()
    assert sorted(_cells(view, COL_REFERENCE)) == ["A", "B", "C"]


def test_several_selected_rows_are_deleted_as_one_undo_step(
    view: ContractsView, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = record_boxes(monkeypatch, yes_to_questions=True)
    first = _add(view, BANK, reference="A")
    second = _add(view, BANK, reference="B")
    third = _add(view, BANK, reference="C")
    view.show_party(_party_id(view.db, BANK))
    view.select_contract(first)
    selection = view.table_view.selectionModel()
    selection.select(
        view.proxy.index(_row_of(view, third), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert sorted(view.selected_ids()) == sorted([first, third])
    assert view.delete_action.text() == "Delete 2 contracts…"
    view.delete_action.trigger()
    [box] = boxes
    assert box.text() == "Delete these 2 contracts?"
    assert f"{BANK} — A" in box.informativeText() and f"{BANK} — C" in box.informativeText()
    assert _cells(view, COL_REFERENCE) == ["B"]
    assert _contract(view.db, first) is None and _contract(view.db, third) is None
    assert _contract(view.db, second) is not None
    assert stack.count() == 1 and stack.undoText() == "Delete 2 contracts"
    stack.undo()
    assert _contract(view.db, first) is not None and _contract(view.db, third) is not None


def test_a_change_made_elsewhere_meanwhile_is_refused_not_overwritten(
    view: ContractsView, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form shows the reference read first; another program changes it meanwhile:
    saving the user's text asks first, and keeping theirs leaves their text stored and shown."""
    boxes = record_boxes(monkeypatch)  # "Keep theirs"
    contract_id = _add(view, BANK, reference="Typed first")
    view.select_contract(contract_id)
    with view.db.transaction() as s:
        services.update(s, m.Contract, contract_id, {"reference": "Changed elsewhere"})
    _type(view.editor.rows["reference"], "Typed on the page")
    [box] = boxes
    assert box.windowTitle() == "Changed elsewhere"
    assert "Changed elsewhere" in box.informativeText()
    stored = _contract(view.db, contract_id)
    assert stored is not None and stored.reference == "Changed elsewhere"
    assert stack.count() == 0


# -- in the window -----------------------------------------------------------------------------


@pytest.fixture
def window(demo_register: RegisterDatabase, qtbot: Any) -> MainWindow:
    shown = MainWindow(demo_register, "en")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_page_follows_data_breaches_in_the_sidebar(window: MainWindow) -> None:
    keys = window._page_keys
    assert keys.index(PAGE_CONTRACTS) == keys.index(PAGE_BREACHES) + 1
    item = window.sidebar.item(keys.index(PAGE_CONTRACTS))
    assert item is not None and item.text() == "Processing contracts"
    window.sidebar.setCurrentRow(keys.index(PAGE_CONTRACTS))
    assert window.pages.currentWidget() is window.contracts_view


def test_the_party_form_leads_to_its_contracts(window: MainWindow) -> None:
    parties = window.parties_view
    window.show_page(PAGE_PARTIES)
    lettrimo = _party_id(window.db, LETTRIMO)
    parties.select_party(lettrimo)
    parties.party_contracts.open_button.click()
    assert window.current_page() == PAGE_CONTRACTS
    contracts = window.contracts_view
    assert contracts.shown_party() == lettrimo
    assert contracts.party_filter.currentText() == LETTRIMO
    assert _cells(contracts, COL_PARTY) == [LETTRIMO]
    assert contracts.selected_contract() is not None  # its contract in the form

    # New contract, from the bank's form: created with the bank, shown with its contracts.
    window.show_page(PAGE_PARTIES)
    bank = _party_id(window.db, BANK)
    parties.select_party(bank)
    assert parties.party_contracts.summary.text() == "No contract recorded"
    parties.party_contracts.new_button.click()
    assert window.current_page() == PAGE_CONTRACTS
    contract_id = contracts.selected_contract()
    assert contract_id is not None and contracts.shown_party() == bank
    stored = _contract(window.db, contract_id)
    assert stored is not None and stored.party_id == bank
    # Back on the parties page, the bank's line and row say so.
    window.show_page(PAGE_PARTIES)
    assert parties.party_contracts.summary.text() == (
        "Status not answered: nothing says it is signed"
    )
    window.undo_stack.undo()
    assert _contract(window.db, contract_id) is None
    assert parties.party_contracts.summary.text() == "No contract recorded"


# -- on a small laptop screen, in French and Dutch ---------------------------------------------

SCREENS = [(1366, 740), (1280, 800)]  # 1366×740: the window on a 1366×768 screen


@pytest.fixture(params=["fr", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_translators(request.param)
    yield request.param
    remove_translators()


@pytest.fixture
def translated_register(tmp_path: Path, language: str) -> Iterator[Register]:
    db = create_register(tmp_path / "demo.ropa", demo=True, language=language)
    yield db
    db.close()


def _contracts_page(
    qtbot: Any, db: Register, language: str, size: tuple[int, int]
) -> ContractsView:
    window = MainWindow(db, language)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_page(PAGE_CONTRACTS)
    return window.contracts_view


def _settle() -> None:
    """The layouts done (and the form's, that follow the lists' heights)."""
    for _ in range(10):
        QApplication.processEvents()


def _below(widget: QWidget, form: QWidget, point: QPoint) -> int:
    return widget.mapTo(form, point).y()


def _nothing_overlaps(view: ContractsView) -> None:
    """The checklist keeps the height of its items (a text that wraps keeps its two lines),
    the hint under it starts below its last item, and no row of the form runs into the next."""
    clauses = view.editor.rows["clauses"]
    assert isinstance(clauses, ChoicesField) and clauses.hint_label is not None
    checklist, hint = clauses.list, clauses.hint_label
    form = clauses.parentWidget()
    assert form is not None
    rects = [checklist.visualItemRect(checklist.item(i)) for i in range(checklist.count())]
    for above, below in zip(rects, rects[1:], strict=False):
        assert above.bottom() < below.top()
    assert rects[-1].bottom() < checklist.viewport().height()  # all in sight, no scrolling
    metrics = checklist.fontMetrics()
    for index, rect in enumerate(rects):
        if metrics.horizontalAdvance(checklist.item(index).text()) > rect.width():
            assert rect.height() >= 2 * metrics.lineSpacing(), checklist.item(index).text()
    last_bottom = _below(checklist.viewport(), form, rects[-1].bottomLeft())
    assert _below(hint, form, QPoint(0, 0)) > last_bottom
    assert hint.height() >= hint.heightForWidth(hint.width())  # the hint itself whole
    for upper, lower in zip(_form_rows(view), _form_rows(view)[1:], strict=False):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper, lower)


def _form_rows(view: ContractsView) -> list[QWidget]:
    """The input (or heading) of each row of the form shown, from the top."""
    form = view.editor.form
    rows = []
    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            widget = None if item is None else item.widget()
            if widget is not None and widget.isVisible():
                rows.append(widget)
                break  # a heading spans the row: it is also its field
    return rows


@pytest.mark.parametrize("size", SCREENS)
def test_the_checklist_is_never_drawn_under_its_hint(
    qtbot: Any, translated_register: Register, language: str, size: tuple[int, int]
) -> None:
    view = _contracts_page(qtbot, translated_register, language, size)
    assert view.selected_contract() is None and not view.editor.isEnabled()
    _settle()
    qtbot.waitUntil(lambda: _nothing_overlaps(view))
    view.select_contract(view.proxy.row_id(0))
    assert view.editor.isEnabled()
    _settle()
    qtbot.waitUntil(lambda: _nothing_overlaps(view))
    view.select_contract(None)
    _settle()
    qtbot.waitUntil(lambda: _nothing_overlaps(view))


@pytest.mark.parametrize("size", SCREENS)
def test_the_party_and_the_state_are_in_sight(
    qtbot: Any, translated_register: Register, language: str, size: tuple[int, int]
) -> None:
    view = _contracts_page(qtbot, translated_register, language, size)
    _settle()
    table = view.table_view
    header = table.horizontalHeader()
    # The party and its state first, the dates, then the long texts.
    titles = [str(view.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(7)]
    fields = ("party_id", "signed_on", "expires_on", "review_on", "reference", "our_role")
    state = QCoreApplication.translate("ContractTableModel", "State")
    expected = [label(language, "contract", name) for name in fields]
    assert titles == [expected[0], state, *expected[1:]]

    def in_sight() -> None:
        for column in (COL_PARTY, COL_STATE):
            left = header.sectionViewportPosition(column)
            assert left >= 0 and left + header.sectionSize(column) <= table.viewport().width()

    qtbot.waitUntil(in_sight)
    # Every state in words, every side, is whole in its column (the longest included).
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(state_text(state)) for state in ContractState)
    assert header.sectionSize(COL_STATE) > widest
    widest = max(metrics.horizontalAdvance(role_text(role)) for role in ContractRole)
    assert header.sectionSize(COL_ROLE) > widest
    # Our side in a word, not the form's long choice.
    for row in range(view.proxy.rowCount()):
        side = view.proxy.index(row, COL_ROLE).data()
        whole = view.proxy.index(row, COL_ROLE).data(Qt.ItemDataRole.ToolTipRole)
        assert side in {role_text(r) for r in ContractRole} | {""}
        assert not side or len(side) < len(whole)
