"""The rights requests page: a new request numbered after the others with no date, the date
of receipt typed day first and saved, the time limit shown (and moved by an extension) in the
list and the form, late and soon ones coloured, the choices of the organisation only, delete
and undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from ropa.core import edits
from ropa.core.errors import RopaError
from ropa.core.i18n import value_label
from ropa.core.reads.accountability import load_accountability
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import CheckField, ChoicesField, ComboField, DateField, LineField
from ropa.ui.forms.record_form import LinksField
from ropa.ui.models.request_table_model import (
    COL_DECISION,
    COL_RECEIVED,
    COL_REFERENCE,
    COL_RIGHTS,
    COL_TIME_LIMIT,
    COLUMN_COUNT,
    RequestTableModel,
)
from ropa.ui.theme import error_colour, warning_colour
from ropa.ui.views.requests_view import RequestsView
from tests.ui.dialog_support import record_boxes

TODAY = date(2026, 12, 7)


def _plain(text: str) -> str:
    """A text with its no-break spaces as plain spaces (French typography)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _without_the_demos_requests(db: RegisterDatabase) -> None:
    """The demo without its own requests (DR-2026-001 to 004): the page lists only those each
    test creates, numbered from R-001."""
    with db.transaction() as s:
        for request in s.scalars(select(m.RightsRequest)).all():
            s.delete(request)


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
) -> RequestsView:
    _without_the_demos_requests(demo_register)
    widget = RequestsView(
        demo_register,
        stack,
        RegisterEvents(),
        "fr",
        lambda text, error: refusals.append((text, error)),
        today=lambda: TODAY,
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _stored(db: RegisterDatabase, reference: str) -> m.RightsRequest | None:
    with db.reader() as s:
        found = s.scalars(
            select(m.RightsRequest).where(m.RightsRequest.reference == reference)
        ).one_or_none()
        if found is not None:
            s.expunge(found)
        return found


def _count(db: RegisterDatabase) -> int:
    with db.reader() as s:
        return int(s.execute(select(func.count()).select_from(m.RightsRequest)).scalar_one())


def _cells(view: RequestsView, column: int) -> list[str]:
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def _row(view: RequestsView, reference: str) -> int:
    return _cells(view, COL_REFERENCE).index(reference)


def _type_date(row: Any, text: str) -> None:
    assert isinstance(row, DateField)
    row.line.setText(text)
    row.line.editingFinished.emit()


def _new(view: RequestsView) -> str:
    view.new_button.click()
    request_id = view.selected_request()
    assert request_id is not None and view.editor.entity_id == request_id
    return request_id


def test_the_model_passes_the_model_tester(qtmodeltester: Any, demo_register: Any) -> None:
    _without_the_demos_requests(demo_register)
    org = load_accountability(demo_register).organisation_ids[0]
    for reference in ("R-001", "R-002"):
        edits.CreateEdit("rights_request", {"reference": reference}, org).first(demo_register)
    model = RequestTableModel("nl")
    model.set_rows(load_accountability(demo_register).requests)
    qtmodeltester.check(model)
    assert model.columnCount() == COLUMN_COUNT
    assert model.rowCount() == 2


def test_a_new_request_is_numbered_without_a_date_and_the_typed_date_is_saved(
    view: RequestsView,
) -> None:
    _new(view)
    assert _cells(view, COL_REFERENCE) == ["R-001"]
    stored = _stored(view.db, "R-001")
    assert stored is not None and stored.received_on is None  # never a date by default
    received = view.editor.rows["received_on"]
    assert isinstance(received, DateField) and received.line.text() == ""
    assert received.line.hasFocus() or received.isAncestorOf(view.focusWidget())

    _type_date(received, "20/11/2026")  # day first, as typed in French
    stored = _stored(view.db, "R-001")
    assert stored is not None and stored.received_on == date(2026, 11, 20)
    row = _row(view, "R-001")
    assert view.proxy.index(row, COL_RECEIVED).data() == "2026-11-20"
    # One month from receipt: 20 December, 13 days after TODAY.
    limit = _plain(view.proxy.index(row, COL_TIME_LIMIT).data())
    assert limit.startswith("échéance dans 13 jours")
    summary = _plain(view.deadline_summary.state.text())
    assert summary == "Échéance dans 13 jours (20 décembre 2026)"
    assert view.editor.isAncestorOf(view.deadline_summary)

    _new(view)
    assert sorted(_cells(view, COL_REFERENCE)) == ["R-001", "R-002"]


def test_the_demos_requests_are_listed_and_a_new_one_follows_their_numbering(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    """The demo's own four requests: the late objection in the error colour, the request
    received for a client forwarded, the others answered in time; the next one DR-2026-005."""
    widget = RequestsView(
        demo_register, stack, RegisterEvents(), "fr", lambda text, error: None, today=lambda: TODAY
    )
    qtbot.addWidget(widget)
    widget.show()
    assert sorted(_cells(widget, COL_REFERENCE)) == [f"DR-2026-00{n}" for n in range(1, 5)]
    late = widget.proxy.index(_row(widget, "DR-2026-003"), COL_TIME_LIMIT)
    assert _plain(late.data()).startswith("en retard de 32 jours")  # due 5 November
    assert late.data(Qt.ItemDataRole.ForegroundRole) == error_colour()
    for answered in ("DR-2026-001", "DR-2026-002"):
        index = widget.proxy.index(_row(widget, answered), COL_TIME_LIMIT)
        assert index.data() == "réponse dans le délai"
    _new(widget)
    assert _stored(demo_register, "DR-2026-005") is not None


def test_the_next_reference_follows_the_organisation_numbering(view: RequestsView) -> None:
    org = view.organisation_id()
    assert org is not None
    edits.CreateEdit("rights_request", {"reference": "R-009"}, org).first(view.db)
    view.reload()
    _new(view)
    assert _stored(view.db, "R-010") is not None


def test_an_extension_moves_the_due_date_by_two_months(view: RequestsView) -> None:
    _new(view)
    _type_date(view.editor.rows["received_on"], "20/11/2026")
    extended = view.editor.rows["extended"]
    assert isinstance(extended, CheckField)
    extended.check.setChecked(True)
    stored = _stored(view.db, "R-001")
    assert stored is not None and stored.extended
    assert "20 février 2027" in _plain(view.deadline_summary.state.text())
    # 20 February 2027 is 75 days after TODAY.
    assert "75 jours" in _plain(view.proxy.index(_row(view, "R-001"), COL_TIME_LIMIT).data())


def test_late_and_soon_requests_are_coloured_and_answered_ones_are_not(
    view: RequestsView,
) -> None:
    org = view.organisation_id()
    assert org is not None
    for reference, received, answered in (
        ("R-001", date(2026, 10, 1), None),  # due 1 November: late by 36 days
        ("R-002", date(2026, 11, 10), None),  # due 10 December: in 3 days
        ("R-003", date(2026, 11, 30), None),  # due 30 December: in 23 days
        ("R-004", date(2026, 10, 1), date(2026, 10, 20)),  # answered in time
    ):
        values = {"reference": reference, "received_on": received, "answered_on": answered}
        edits.CreateEdit("rights_request", values, org).first(view.db)
    view.reload()

    def cell(reference: str) -> tuple[str, Any]:
        index = view.proxy.index(_row(view, reference), COL_TIME_LIMIT)
        return _plain(index.data()), index.data(Qt.ItemDataRole.ForegroundRole)

    text, colour = cell("R-001")
    assert text.startswith("en retard de 36 jours") and colour == error_colour()
    text, colour = cell("R-002")
    assert text.startswith("échéance dans 3 jours") and colour == warning_colour()
    text, colour = cell("R-003")
    assert text.startswith("échéance dans 23 jours") and colour is None
    text, colour = cell("R-004")
    assert text == "réponse dans le délai" and colour is None


def test_rights_decision_and_choices_are_saved_and_listed(view: RequestsView) -> None:
    _new(view)
    rights = view.editor.rows["rights"]
    assert isinstance(rights, ChoicesField)
    rights.list.item(0).setCheckState(Qt.CheckState.Checked)  # access
    decision = view.editor.rows["decision"]
    assert isinstance(decision, ComboField) and decision.combo.currentData() is None
    decision.combo.setCurrentIndex(decision.combo.findData("granted"))
    stored = _stored(view.db, "R-001")
    assert stored is not None and stored.rights == ["access"]
    assert stored.decision is not None and stored.decision.value == "granted"
    row = _row(view, "R-001")
    assert view.proxy.index(row, COL_RIGHTS).data() == value_label("fr", "request_right", "access")
    assert view.proxy.index(row, COL_DECISION).data() == value_label(
        "fr", "request_decision", "granted"
    )

    # The activities and the client party: those of the organisation only.
    data = load_accountability(view.db)
    org = view.organisation_id()
    activities = view.editor.rows["activities"]
    assert isinstance(activities, LinksField)
    assert activities.list.count() == len([a for a in data.activities if a.organisation_id == org])
    activities.list.item(0).setCheckState(Qt.CheckState.Checked)
    with view.db.reader() as s:
        request = s.get(m.RightsRequest, view.selected_request())
        assert request is not None and len(request.activities) == 1
    client = view.editor.rows["client_party_id"]
    assert isinstance(client, ComboField)
    parties = [p for p in data.parties if p.organisation_id == org]
    assert client.combo.count() == len(parties) + 1 and client.combo.itemData(0) is None


def test_the_selected_request_is_deleted_and_undo_of_a_creation_removes_it(
    view: RequestsView, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_boxes(monkeypatch, yes_to_questions=True)  # Delete asks first
    first, second, third = _new(view), _new(view), _new(view)
    assert _count(view.db) == 3
    view.select_request(second)
    view.delete_action.trigger()
    assert sorted(_cells(view, COL_REFERENCE)) == ["R-001", "R-003"]
    assert _stored(view.db, "R-002") is None
    assert _stored(view.db, "R-001") is not None and _stored(view.db, "R-003") is not None

    stack.undo()  # the deletion
    assert _stored(view.db, "R-002") is not None
    stack.undo()  # the creation of R-003
    assert _stored(view.db, "R-003") is None
    assert sorted(_cells(view, COL_REFERENCE)) == ["R-001", "R-002"]
    assert {first, second} == {view.model.request_row(r).id for r in range(2)}
    assert third not in {view.model.request_row(r).id for r in range(2)}


class Today:
    """The day the page takes as today (set by the test)."""

    def __init__(self) -> None:
        self.day = TODAY

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def today() -> Today:
    return Today()


@pytest.fixture
def clocked_view(
    demo_register: RegisterDatabase, stack: QUndoStack, today: Today, qtbot: Any
) -> RequestsView:
    """The page with a clock the test moves, and three requests: R-001 due tomorrow (8
    December), R-002 due in a month, R-003 late."""
    _without_the_demos_requests(demo_register)
    org = load_accountability(demo_register).organisation_ids[0]
    for reference, received in (
        ("R-001", date(2026, 11, 8)),
        ("R-002", date(2026, 12, 1)),
        ("R-003", date(2026, 10, 1)),
    ):
        values = {"reference": reference, "received_on": received}
        edits.CreateEdit("rights_request", values, org).first(demo_register)
    refusals: list[tuple[str, RopaError]] = []
    widget = RequestsView(
        demo_register,
        stack,
        RegisterEvents(),
        "fr",
        lambda text, error: refusals.append((text, error)),
        today=today,
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _limit(view: RequestsView, reference: str) -> str:
    return _plain(view.proxy.index(_row(view, reference), COL_TIME_LIMIT).data())


def test_the_time_limits_follow_the_clock_keeping_the_selection_and_the_sort(
    clocked_view: RequestsView, today: Today
) -> None:
    view = clocked_view
    view.table_view.sortByColumn(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    view.search_edit.setText("R-00")
    request_id = view.model.request_row(_source_row(view, "R-001")).id
    view.select_request(request_id)
    assert _limit(view, "R-001").startswith("échéance dans 1 jour")
    assert _plain(view.deadline_summary.state.text()).startswith("Échéance dans 1 jour")

    # Midnight: the timer's next minute says it is due today.
    today.day = date(2026, 12, 8)
    view.clock.timer.timeout.emit()
    assert _limit(view, "R-001") == "échéance aujourd’hui (8 décembre 2026)"
    assert _plain(view.deadline_summary.state.text()) == "Échéance aujourd’hui (8 décembre 2026)"
    assert view.selected_request() == request_id and view.editor.entity_id == request_id
    assert _cells(view, COL_REFERENCE) == ["R-003", "R-002", "R-001"]
    assert view.search_edit.text() == "R-00"

    # Hidden meanwhile, shown again the next day (more than a minute after the last read).
    view.hide()
    today.day = date(2026, 12, 9)
    view.clock.timer.timeout.emit()  # hidden: nothing is read
    assert _limit(view, "R-001").startswith("échéance aujourd’hui")
    view.clock.read_at -= 61
    view.show()
    index = view.proxy.index(_row(view, "R-001"), COL_TIME_LIMIT)
    assert _plain(index.data()).startswith("en retard de 1 jour")
    assert index.data(Qt.ItemDataRole.ForegroundRole) == error_colour()
    assert _plain(view.deadline_summary.state.text()).startswith("En retard de 1 jour")
    assert view.selected_request() == request_id


def test_the_clock_leaves_the_field_being_typed_in_as_it_is(
    clocked_view: RequestsView, today: Today, qtbot: Any
) -> None:
    view = clocked_view
    request_id = view.model.request_row(_source_row(view, "R-001")).id
    view.select_request(request_id)
    view.activateWindow()
    qtbot.waitExposed(view)
    requester = view.editor.rows["requester"]
    assert isinstance(requester, LineField)
    line = requester.line
    line.setFocus()
    qtbot.keyClicks(line, "Jan Peeters")
    assert requester.is_being_edited() and requester.has_pending_edit()

    today.day = date(2026, 12, 8)
    view.clock.timer.timeout.emit()
    assert _limit(view, "R-001").startswith("échéance aujourd’hui")  # the list follows
    assert _plain(view.deadline_summary.state.text()).startswith("Échéance aujourd’hui")
    # The typing is still there, in the field that has the cursor, not saved yet.
    assert line.text() == "Jan Peeters" and line.hasFocus()
    assert requester.has_pending_edit()
    assert view.selected_request() == request_id
    stored = _stored(view.db, "R-001")
    assert stored is not None and stored.requester is None

    qtbot.keyClick(line, Qt.Key.Key_Return)  # then saved as usual
    stored = _stored(view.db, "R-001")
    assert stored is not None and stored.requester == "Jan Peeters"


def _source_row(view: RequestsView, reference: str) -> int:
    rows = [view.model.request_row(r) for r in range(view.model.rowCount())]
    return next(n for n, row in enumerate(rows) if row.reference == reference)


def test_an_extension_not_told_after_the_first_month_says_so(view: RequestsView) -> None:
    org = view.organisation_id()
    assert org is not None
    values = {"reference": "R-001", "received_on": date(2026, 10, 20), "extended": True}
    edits.CreateEdit("rights_request", values, org).first(view.db)
    view.reload()
    request_id = view.model.request_row(_source_row(view, "R-001")).id
    view.select_request(request_id)
    # The first month ended on 20 November; nothing says the person was told.
    lines = _plain(view.deadline_summary.state.text()).splitlines()
    assert lines[1:] == [
        "The person has not been told of the extension; this had to be done by "
        "20 novembre 2026 (the end of the first month)."
    ]
    # Told, but after the first month.
    told = view.editor.rows["extension_told_on"]
    _type_date(told, "25/11/2026")
    lines = _plain(view.deadline_summary.state.text()).splitlines()
    assert lines[1:] == ["The person was told of the extension after the first month."]
