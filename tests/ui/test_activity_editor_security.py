"""The "Security & risk" tab of the activity editor: security measures picked (or created
inline) and linked, the DPIA with the EDPB criteria hint, and automated decisions; each edit
saved in the register file as one undoable step."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QScrollArea
from sqlalchemy import select

from ropa.core import services
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import ComboField, LineField, TextField
from ropa.ui.views.activity_editor import ActivityEditor
from ropa.ui.views.activity_editor.security import SecuritySection


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


@pytest.fixture
def editor(demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any) -> ActivityEditor:
    widget = ActivityEditor(demo_register, stack, RegisterEvents(), "en")
    qtbot.addWidget(widget)
    widget.show()  # a shown page reads a change at once (a hidden one when shown)
    widget.load(_activity_id(demo_register))
    for index in range(widget.section_pages.count()):
        area = widget.section_pages.widget(index)
        if isinstance(area, QScrollArea) and area.widget() is widget.security:
            widget.section_pages.setCurrentIndex(index)
    return widget


def _activity_id(db: RegisterDatabase, reference: str = "T-01") -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


def _activity(db: RegisterDatabase, reference: str = "T-01") -> m.Activity:
    with db.reader() as s:
        activity = s.get(m.Activity, _activity_id(db, reference))
        assert activity is not None
        activity.security_measures  # noqa: B018 - loaded before leaving the session
        s.expunge(activity)
        return activity


def _measure_names(db: RegisterDatabase) -> set[str]:
    return {measure.name for measure in _activity(db).security_measures}


def _section(editor: ActivityEditor) -> SecuritySection:
    return editor.security


def test_tab_title_and_fields(editor: ActivityEditor) -> None:
    assert editor.section_title(editor.current_section()) == "Security & risk"
    section = _section(editor)
    assert len(section.measures.checked_ids()) == 6
    assert section.criteria.list.count() == 9


def test_link_security_measure_and_undo(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    picker = _section(editor).measures
    before = _measure_names(demo_register)
    assert len(before) == 6
    assert {item.text() for item in picker.items()[:6]} == before  # the chosen ones first
    free = picker.items()[6]
    name = free.text()
    qtbot.keyClicks(picker.filter, name[:12])
    assert not free.isHidden()
    free.setCheckState(Qt.CheckState.Checked)
    assert _measure_names(demo_register) == before | {name}
    assert picker.count.text() == "7 chosen"

    first = picker.items()[0]
    first.setCheckState(Qt.CheckState.Unchecked)
    assert _measure_names(demo_register) == (before | {name}) - {first.text()}
    assert stack.count() == 2

    stack.undo()
    stack.undo()
    assert _measure_names(demo_register) == before
    assert len(picker.checked_ids()) == 6
    stack.redo()
    assert _measure_names(demo_register) == before | {name}


def test_new_security_measure_inline(
    editor: ActivityEditor,
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    picker = _section(editor).measures
    before = _measure_names(demo_register)
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *args, **kwargs: ("Coffre-fort des clés", True)
    )
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    assert _measure_names(demo_register) == before | {"Coffre-fort des clés"}
    assert stack.count() == 1
    item = next(i for i in picker.items() if i.text() == "Coffre-fort des clés")
    assert item.checkState() == Qt.CheckState.Checked

    stack.undo()
    assert _measure_names(demo_register) == before
    with demo_register.reader() as s:
        found = s.scalars(
            select(m.SecurityMeasure).where(m.SecurityMeasure.name == "Coffre-fort des clés")
        )
        assert found.first() is None

    # Cancelling the dialog creates nothing.
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", False))
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    assert stack.index() == 0 and _measure_names(demo_register) == before


def test_security_texts_and_end_action(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    section = _section(editor)
    notes = section.rows["security_notes"]
    assert isinstance(notes, TextField)
    notes.text_edit.setPlainText("Chiffrement des sauvegardes")
    notes.text_edit.editing_finished.emit()  # what leaving the field does
    end = section.rows["end_action"]
    assert isinstance(end, ComboField)
    end.combo.setCurrentIndex(end.combo.findData("anonymise"))
    activity = _activity(demo_register)
    assert activity.security_notes == "Chiffrement des sauvegardes"
    assert activity.end_action == "anonymise"
    stack.undo()
    assert _activity(demo_register).end_action == "delete"
    assert end.combo.currentData() == "delete"


def test_dpia_criteria_hint(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    section = _section(editor)
    criteria = section.criteria.list
    assert not section.form.isRowVisible(section.dpia_hint)

    criteria.item(0).setCheckState(Qt.CheckState.Checked)
    assert _activity(demo_register).dpia_criteria == ["evaluation_scoring"]
    assert not section.form.isRowVisible(section.dpia_hint)  # one criterion: no hint

    criteria.item(3).setCheckState(Qt.CheckState.Checked)
    assert _activity(demo_register).dpia_criteria == ["evaluation_scoring", "sensitive_data"]
    assert section.form.isRowVisible(section.dpia_hint)
    assert "2 of the 9" in section.dpia_hint.text() and "DPIA" in section.dpia_hint.text()

    status = section.rows["dpia_status"]
    assert isinstance(status, ComboField)
    status.combo.setCurrentIndex(status.combo.findData("in_progress"))
    reference = section.rows["dpia_reference"]
    assert isinstance(reference, LineField)
    qtbot.keyClicks(reference.line, "AIPD-2026-01")
    qtbot.keyClick(reference.line, Qt.Key.Key_Return)
    activity = _activity(demo_register)
    assert activity.dpia_status == "in_progress" and activity.dpia_reference == "AIPD-2026-01"

    while stack.canUndo():
        stack.undo()
    activity = _activity(demo_register)
    assert activity.dpia_criteria == [] and activity.dpia_status == "not_assessed"
    assert section.criteria.changes() == {"dpia_criteria": []}
    assert not section.form.isRowVisible(section.dpia_hint)


def _choose(row: ComboField, value: Any) -> None:
    """Choose an entry as the user does (the combo's change signal saves it)."""
    index = row.combo.findData(value)
    assert index >= 0, value
    row.combo.setCurrentIndex(index)


def test_automated_decision_fields_visibility(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    section = _section(editor)
    # The demo answers "No" to both: shown as such, and nothing more is asked.
    assert section.automated.combo.currentText() == "No"
    assert section.profiling.combo.currentText() == "No"
    assert not section.form.isRowVisible(section.logic)
    assert not section.form.isRowVisible(section.consequences)

    _choose(section.profiling, True)
    assert _activity(demo_register).profiling is True
    assert section.form.isRowVisible(section.logic)
    assert section.form.isRowVisible(section.consequences)
    section.logic.text_edit.setPlainText("Score selon les achats récents")
    section.logic.text_edit.editing_finished.emit()
    assert _activity(demo_register).automated_logic == "Score selon les achats récents"

    _choose(section.automated, True)
    _choose(section.profiling, None)  # "Not recorded": stored as unknown, never as "No"
    assert section.profiling.combo.currentText() == "Not recorded"
    assert section.form.isRowVisible(section.logic)  # still an automated decision
    _choose(section.automated, None)
    assert not section.form.isRowVisible(section.logic)  # unknown is not a yes
    activity = _activity(demo_register)
    assert activity.automated_decision is None and activity.profiling is None

    for _ in range(3):
        stack.undo()
    activity = _activity(demo_register)
    assert activity.profiling is True and activity.automated_decision is False
    assert section.profiling.value() is True and section.automated.value() is False
    assert section.form.isRowVisible(section.logic)


def test_a_new_activity_has_not_recorded_automated_decisions(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    with demo_register.transaction() as s:
        org_id = s.scalars(select(m.Organisation.id)).first()
        assert org_id is not None
        new_id = services.create(
            s, m.Activity, {"reference": "T-99", "name": "Nouvelle"}, org_id
        ).id
    editor = ActivityEditor(demo_register, stack, RegisterEvents(), "en")
    qtbot.addWidget(editor)
    editor.show()
    editor.load(new_id)
    section = _section(editor)
    assert section.automated.combo.currentText() == "Not recorded"
    assert section.profiling.combo.currentText() == "Not recorded"
    assert not section.form.isRowVisible(section.logic)

    _choose(section.automated, False)
    _choose(section.profiling, True)
    activity = _activity(demo_register, "T-99")
    assert (activity.automated_decision, activity.profiling) == (False, True)

    # Opened again (another editor, as after restarting): the answers are shown back.
    other_stack = QUndoStack()
    again = ActivityEditor(demo_register, other_stack, RegisterEvents(), "fr")
    qtbot.addWidget(again)
    again.load(new_id)
    assert again.security.automated.combo.currentText() == "Non"
    assert again.security.profiling.combo.currentText() == "Oui"
    assert again.security.form.isRowVisible(again.security.logic)


def test_fields_follow_the_activity(
    editor: ActivityEditor, demo_register: RegisterDatabase
) -> None:
    editor.load(_activity_id(demo_register, "T-15"))
    section = _section(editor)
    assert section.automated.value() is True and section.form.isRowVisible(section.logic)
    assert section.form.isRowVisible(section.dpia_hint)
    assert "3 of the 9" in section.dpia_hint.text()
    assert len(section.measures.checked_ids()) == 6
    assert {i.text() for i in section.measures.items()[:6]} == {
        measure.name for measure in _activity(demo_register, "T-15").security_measures
    }
