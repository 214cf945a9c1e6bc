"""Date fields as people use them: typed in the forms of their language (day first, or ISO
year first), saved on Enter or on leaving the field, refused with a message when the text is
not a date, cleared to no date, picked in a calendar that opens on today when empty."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import DateField, parse_date
from ropa.ui.language import install_translators, remove_translators
from ropa.ui.views.activity_editor import ActivityEditor
from ropa.ui.views.contracts_view import ContractsView

# The offscreen platform of the tests cannot raise a popup nor give it the keyboard.
POPUP = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)

TYPED = [
    ("15/01/2026", date(2026, 1, 15)),
    ("15-1-2026", date(2026, 1, 15)),
    ("2026-01-15", date(2026, 1, 15)),
    ("15.01.2026", date(2026, 1, 15)),
    ("15/1/26", date(2026, 1, 15)),
]


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


def _activity_id(db: RegisterDatabase, reference: str = "T-01") -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


def _editor(db: RegisterDatabase, stack: QUndoStack, qtbot: Any) -> ActivityEditor:
    widget = ActivityEditor(db, stack, RegisterEvents(), "fr")
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.load(_activity_id(db))
    return widget


@pytest.fixture
def editor(demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any) -> ActivityEditor:
    return _editor(demo_register, stack, qtbot)


def _field(editor: ActivityEditor, name: str) -> DateField:
    section = editor.security if name == "dpia_date" else editor.general
    row = section.rows[name]
    assert isinstance(row, DateField)
    return row


def _stored(db: RegisterDatabase, field: str) -> Any:
    with db.reader() as s:
        activity = s.get(m.Activity, _activity_id(db))
        assert activity is not None
        return getattr(activity, field)


def _history(db: RegisterDatabase, field: str) -> list[tuple[str | None, str | None]]:
    """The (old, new) values the history holds for a field of the activity, oldest first."""
    with db.reader() as s:
        rows = s.scalars(
            select(m.Change)
            .where(m.Change.entity_id == _activity_id(db), m.Change.field == field)
            .order_by(m.Change.id)
        )
        return [(c.old_value, c.new_value) for c in rows]


def _type(qtbot: Any, row: DateField, text: str) -> None:
    row.line.setFocus()
    row.line.selectAll()
    if text:
        qtbot.keyClicks(row.line, text)
    else:
        qtbot.keyClick(row.line, Qt.Key.Key_Delete)


def _leave(qtbot: Any, row: DateField) -> None:
    """Leave the field with Tab (the keyboard focus goes to the next input)."""
    qtbot.keyClick(row.line, Qt.Key.Key_Tab)
    assert not row.line.hasFocus()


@pytest.mark.parametrize(("text", "expected"), TYPED)
@pytest.mark.parametrize("field", ["end_date", "next_review", "dpia_date"])
def test_a_typed_date_is_saved_on_enter(
    editor: ActivityEditor,
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    qtbot: Any,
    field: str,
    text: str,
    expected: date,
) -> None:
    before = _stored(demo_register, field)
    row = _field(editor, field)
    _type(qtbot, row, text)
    qtbot.keyClick(row.line, Qt.Key.Key_Return)
    assert _stored(demo_register, field) == expected
    assert _history(demo_register, field)[-1][1] == expected.isoformat()
    assert stack.count() == 1
    assert row.line.text() == "15/01/2026"
    assert not row.error_label.isVisibleTo(row)
    stack.undo()
    assert _stored(demo_register, field) == before


@pytest.mark.parametrize(("text", "expected"), TYPED)
def test_a_typed_date_is_saved_on_leaving_the_field(
    editor: ActivityEditor,
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    qtbot: Any,
    text: str,
    expected: date,
) -> None:
    row = _field(editor, "start_date")
    _type(qtbot, row, text)
    _leave(qtbot, row)
    assert _stored(demo_register, "start_date") == expected
    assert _history(demo_register, "start_date")[-1] == ("2020-02-03", expected.isoformat())
    assert stack.count() == 1
    assert row.line.text() == "15/01/2026"


@pytest.mark.parametrize("text", ["demain", "32/01/2026", "29/02/2025", "15/13/2026", "15012026"])
def test_a_text_that_is_not_a_date_is_refused_with_a_message(
    editor: ActivityEditor,
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    qtbot: Any,
    text: str,
) -> None:
    history = _history(demo_register, "next_review")
    row = _field(editor, "next_review")
    install_translators("fr")
    try:
        _type(qtbot, row, text)
        qtbot.keyClick(row.line, Qt.Key.Key_Return)
        message = row.error_label.text()
    finally:
        remove_translators()
    assert row.error_label.isVisibleTo(row)
    assert message == (
        f"«\u00a0{text}\u00a0» n’est pas une date\u00a0: tapez-la en commençant par le jour, "
        "par exemple 15/01/2026."
    )
    assert row.line.accessibleDescription() == message
    assert row.line.text() == text  # kept, to be corrected
    assert row.has_pending_edit()
    assert _stored(demo_register, "next_review") == date(2027, 3, 12)
    assert _history(demo_register, "next_review") == history
    assert stack.count() == 0
    _leave(qtbot, row)  # leaving it does not save it either
    assert _stored(demo_register, "next_review") == date(2027, 3, 12)
    assert stack.count() == 0
    # Corrected, it is saved and the message goes.
    _type(qtbot, row, "1/2/2028")
    qtbot.keyClick(row.line, Qt.Key.Key_Return)
    assert _stored(demo_register, "next_review") == date(2028, 2, 1)
    assert not row.error_label.isVisibleTo(row)
    assert stack.count() == 1


def test_the_message_is_in_english_without_translation(editor: ActivityEditor, qtbot: Any) -> None:
    row = _field(editor, "end_date")
    _type(qtbot, row, "soon")
    qtbot.keyClick(row.line, Qt.Key.Key_Return)
    assert row.error_label.text() == (
        "“soon” is not a date: type it day first, for example 15/01/2026."
    )


def test_clearing_the_text_saves_no_date(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    row = _field(editor, "last_reviewed")
    assert row.line.text() == "12/03/2026"
    _type(qtbot, row, "")
    qtbot.keyClick(row.line, Qt.Key.Key_Return)
    assert _stored(demo_register, "last_reviewed") is None
    assert _history(demo_register, "last_reviewed")[-1] == ("2026-03-12", None)
    stack.undo()
    assert _stored(demo_register, "last_reviewed") == date(2026, 3, 12)
    assert row.line.text() == "12/03/2026"


def test_the_clear_button_saves_no_date(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    row = _field(editor, "start_date")
    qtbot.mouseClick(row.clear_button, Qt.MouseButton.LeftButton)
    assert _stored(demo_register, "start_date") is None
    assert row.line.text() == ""
    assert stack.count() == 1


@POPUP
def test_the_calendar_of_an_empty_field_opens_on_today(
    editor: ActivityEditor, demo_register: RegisterDatabase, qtbot: Any
) -> None:
    row = _field(editor, "end_date")
    assert row.line.text() == ""
    qtbot.mouseClick(row.calendar_button, Qt.MouseButton.LeftButton)
    assert row.popup.isVisible()
    today = QDate.currentDate()
    calendar = row.popup.calendar
    assert calendar.selectedDate() == today
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    # A day picked in it is saved.
    day = today.addDays(3)
    calendar.setSelectedDate(day)
    calendar.activated.emit(day)
    assert not row.popup.isVisible()
    assert _stored(demo_register, "end_date") == day.toPython()
    assert row.line.text() == day.toString("dd/MM/yyyy")


@POPUP
def test_the_calendar_of_a_filled_field_opens_on_its_date(
    editor: ActivityEditor, qtbot: Any
) -> None:
    row = _field(editor, "start_date")
    qtbot.mouseClick(row.calendar_button, Qt.MouseButton.LeftButton)
    calendar = row.popup.calendar
    assert calendar.selectedDate() == QDate(2020, 2, 3)
    assert (calendar.yearShown(), calendar.monthShown()) == (2020, 2)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert not row.popup.isVisible()


def test_reopening_the_activity_shows_the_saved_date(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    first = _editor(demo_register, stack, qtbot)
    row = _field(first, "dpia_date")
    assert row.line.text() == ""
    _type(qtbot, row, "2026-01-15")
    qtbot.keyClick(row.line, Qt.Key.Key_Return)
    first.close()
    again = _editor(demo_register, stack, qtbot)
    assert _field(again, "dpia_date").line.text() == "15/01/2026"
    # ... and so does the same editor after showing another activity.
    first.load(_activity_id(demo_register, "T-02"))
    first.load(_activity_id(demo_register))
    assert _field(first, "dpia_date").line.text() == "15/01/2026"


@pytest.fixture
def contracts(demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any) -> ContractsView:
    widget = ContractsView(demo_register, stack, RegisterEvents(), "en", lambda _t, _e: None)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    return widget


def _contract(db: RegisterDatabase, party_name: str) -> m.Contract:
    """The (demo's one) contract with this party."""
    with db.reader() as s:
        contract = s.scalars(
            select(m.Contract).join(m.Party).where(m.Party.name == party_name)
        ).one()
        s.expunge(contract)
        return contract


@pytest.mark.parametrize(("text", "expected"), TYPED)
@pytest.mark.parametrize("commit", ["enter", "leave"])
def test_a_contract_date_typed_in_the_record_form_is_saved(
    contracts: ContractsView,
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    qtbot: Any,
    text: str,
    expected: date,
    commit: str,
) -> None:
    contract = _contract(demo_register, "Lettrimo Inc.")
    contracts.select_contract(contract.id)
    row = contracts.editor.rows["signed_on"]
    assert isinstance(row, DateField)
    assert row.line.text() == "10/02/2025"
    _type(qtbot, row, text)
    if commit == "enter":
        qtbot.keyClick(row.line, Qt.Key.Key_Return)
    else:
        _leave(qtbot, row)
    assert _contract(demo_register, "Lettrimo Inc.").signed_on == expected
    assert stack.count() == 1
    with demo_register.reader() as s:
        change = s.scalars(
            select(m.Change)
            .where(m.Change.entity_id == contract.id, m.Change.field == "signed_on")
            .order_by(m.Change.id.desc())
        ).first()
    assert change is not None and change.new_value == expected.isoformat()
    contracts.editor.load(None)
    contracts.select_contract(contract.id)
    assert row.line.text() == "15/01/2026"


def test_a_refused_contract_date_saves_nothing(
    contracts: ContractsView, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    contract = _contract(demo_register, "Lettrimo Inc.")
    contracts.select_contract(contract.id)
    row = contracts.editor.rows["signed_on"]
    assert isinstance(row, DateField)
    _type(qtbot, row, "next year")
    qtbot.keyClick(row.line, Qt.Key.Key_Return)
    assert row.error_label.isVisibleTo(row)
    assert "is not a date" in row.error_label.text()
    assert _contract(demo_register, "Lettrimo Inc.").signed_on == date(2025, 2, 10)
    assert stack.count() == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *TYPED,
        (" 1/2/2026 ", date(2026, 2, 1)),
        ("01.02.99", date(2099, 2, 1)),
        ("2024-02-29", date(2024, 2, 29)),
        ("", None),
        ("2026-1", None),
        ("1/2", None),
        ("15/01/226", None),
        ("2026-15-01", None),
        ("123/01/2026", None),
        ("15/01/2026 10:00", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected
