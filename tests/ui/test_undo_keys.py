"""Ctrl+Z / Ctrl+Shift+Z in the main window: while a text field holds typing not yet saved,
the keys undo and redo that typing (the field's own undo); once the edit is saved (Enter, or
leaving the field), they undo and redo the register change."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.forms.fields import LineField, TextField
from ropa.ui.main_window import MainWindow
from ropa.ui.views.activity_editor import ActivityEditor

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.open_activity(_activity_id(demo_register))
    return main_window


def _activity_id(db: RegisterDatabase, reference: str = "T-01") -> str:
    with db.reader() as session:
        query = select(m.Activity.id).where(m.Activity.reference == reference)
        return str(session.scalars(query).one())


def _stored(db: RegisterDatabase, field: str) -> Any:
    with db.reader() as session:
        activity = session.get(m.Activity, _activity_id(db))
        assert activity is not None
        return getattr(activity, field)


def _editor(window: MainWindow) -> ActivityEditor:
    editor = window.activities_view.editor
    assert editor.isVisible()
    return editor


def _name(window: MainWindow) -> LineField:
    row = _editor(window).general.rows["name"]
    assert isinstance(row, LineField)
    return row


def _notes(window: MainWindow) -> TextField:
    row = _editor(window).general.rows["notes"]
    assert isinstance(row, TextField)
    return row


def _focus(qtbot: Any, widget: Any) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def _save_name(qtbot: Any, window: MainWindow, text: str) -> None:
    """Type a new name and press Enter (the edit is saved)."""
    line = _name(window).line
    _focus(qtbot, line)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert _stored(window.db, "name") == text


def test_ctrl_z_while_typing_undoes_the_typing_only(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    original = _stored(demo_register, "name")
    _save_name(qtbot, window, "Hosting")
    saved_index = window.undo_stack.index()
    line = _name(window).line

    line.end(False)
    qtbot.keyClicks(line, " and backups")
    assert line.text() == "Hosting and backups"
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert line.text() == "Hosting"  # the typing is undone ...
    assert _stored(demo_register, "name") == "Hosting"  # ... not the saved edit
    assert window.undo_stack.index() == saved_index

    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL_SHIFT)  # the field's redo brings it back
    assert line.text() == "Hosting and backups"
    assert _stored(demo_register, "name") == "Hosting"

    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert _stored(demo_register, "name") == "Hosting and backups"
    assert window.undo_stack.index() == saved_index  # edits of one field merge into one step
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)  # now saved: the register change is undone
    assert _stored(demo_register, "name") == original
    qtbot.waitUntil(lambda: line.text() == original)
    assert window.undo_stack.index() == saved_index - 1


def test_ctrl_z_after_enter_undoes_the_register_change(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    original = _stored(demo_register, "name")
    _save_name(qtbot, window, "Hosting")
    line = _name(window).line
    assert line.hasFocus()

    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert _stored(demo_register, "name") == original
    qtbot.waitUntil(lambda: line.text() == original)
    assert window.undo_stack.index() == 0

    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL_SHIFT)
    assert _stored(demo_register, "name") == "Hosting"
    qtbot.waitUntil(lambda: line.text() == "Hosting")
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(line, Qt.Key.Key_Y, CTRL)  # the other redo key
    assert _stored(demo_register, "name") == "Hosting"


def test_ctrl_z_in_a_multi_line_text(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    notes = _notes(window).text_edit
    before = _stored(demo_register, "notes")
    shown_before = notes.toPlainText()
    _focus(qtbot, notes)
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " Checked in March.")
    qtbot.keyClick(notes, Qt.Key.Key_Z, CTRL)
    assert notes.toPlainText() == shown_before  # the typing, not the register
    assert window.undo_stack.count() == 0

    qtbot.keyClicks(notes, "Checked in March.")
    _focus(qtbot, _name(window).line)  # leaving the field saves it
    assert _stored(demo_register, "notes") == shown_before + "Checked in March."
    _focus(qtbot, notes)
    qtbot.keyClick(notes, Qt.Key.Key_Z, CTRL)  # saved: the register change is undone
    assert _stored(demo_register, "notes") == before
    qtbot.waitUntil(lambda: notes.toPlainText() == shown_before)


def test_ctrl_z_outside_a_text_field_undoes_the_register_change(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    original = _stored(demo_register, "name")
    _save_name(qtbot, window, "Hosting")
    _focus(qtbot, window.table_view)
    qtbot.keyClick(window.table_view, Qt.Key.Key_Z, CTRL)
    assert _stored(demo_register, "name") == original


def test_the_search_field_keeps_its_own_undo(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    """A field that saves nothing (the search) has nothing to lose to the window's undo
    while it holds typing."""
    _save_name(qtbot, window, "Hosting")
    search = window.search_edit
    _focus(qtbot, search)
    qtbot.keyClicks(search, "pay")
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert search.text() == ""
    assert _stored(demo_register, "name") == "Hosting"


def test_redo_brings_back_undone_typing_before_a_register_change(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    original = _stored(demo_register, "name")
    _save_name(qtbot, window, "Hosting")
    line = _name(window).line
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)  # saved: the register change is undone
    qtbot.waitUntil(lambda: line.text() == original)
    assert window.redo_action.isEnabled()

    line.end(False)
    qtbot.keyClicks(line, " (draft)")
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert line.text() == original  # back to the saved value: nothing is pending ...
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL_SHIFT)  # ... yet redo is the field's own first
    assert line.text() == original + " (draft)"
    assert _stored(demo_register, "name") == original
    assert window.undo_stack.index() == 0
