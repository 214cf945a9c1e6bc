"""The activity editor: shows an activity, saves each edit as an undoable command, shows
refused edits under the field, and refreshes on undo."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QScrollArea, QTableWidget
from sqlalchemy import select

from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_document
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import ComboField, DurationField, LineField, TextField
from ropa.ui.views.activity_editor import TAB_PURPOSES, ActivityEditor


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


@pytest.fixture
def editor(demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any) -> ActivityEditor:
    widget = ActivityEditor(demo_register, stack, RegisterEvents(), "fr")
    qtbot.addWidget(widget)
    widget.show()  # a shown editor reads a change at once (a hidden one when next shown)
    widget.load(_activity_id(demo_register))
    return widget


def _activity_id(db: RegisterDatabase, reference: str = "T-01") -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


def _activity(db: RegisterDatabase) -> m.Activity:
    with db.reader() as s:
        activity = s.get(m.Activity, _activity_id(db))
        assert activity is not None
        s.expunge(activity)
        return activity


def _purposes(db: RegisterDatabase) -> list[dict[str, Any]]:
    with db.reader() as s:
        rows = s.scalars(
            select(m.Purpose)
            .where(m.Purpose.activity_id == _activity_id(db))
            .order_by(m.Purpose.position)
        )
        return [
            {"id": p.id, "basis": p.legal_basis, "interest": p.legitimate_interest} for p in rows
        ]


def _without_update_times(document: Any) -> Any:
    if isinstance(document, dict):
        return {k: _without_update_times(v) for k, v in document.items() if k != "updated_at"}
    if isinstance(document, list):
        return [_without_update_times(v) for v in document]
    return document


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _line(editor: ActivityEditor, field: str) -> LineField:
    row = editor.general.rows[field]
    assert isinstance(row, LineField)
    return row


def _type_and_enter(qtbot: Any, row: LineField, text: str) -> None:
    row.line.setFocus()
    row.line.selectAll()
    row.line.setText(text)
    qtbot.keyClick(row.line, Qt.Key.Key_Return)


def test_load_shows_the_activity(editor: ActivityEditor) -> None:
    assert _line(editor, "reference").line.text() == "T-01"
    assert _line(editor, "name").line.text() == "Gestion des clients et facturation"
    assert _line(editor, "reference").label.text() == "Référence *"
    assert _line(editor, "name").line.accessibleName() == "Nom"
    role = editor.general.rows["role"]
    assert isinstance(role, ComboField) and role.combo.currentText() == "Responsable du traitement"
    # T-01: contract with people party to it, legitimate interests for corporate contacts.
    assert editor.purposes.table.rowCount() == 4
    assert editor.retention.table.rowCount() == 6
    assert _cell(editor.retention.table, 1, 1) == "10 ans"


def test_edit_name_saves_and_undo_restores(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    _type_and_enter(qtbot, _line(editor, "name"), "Clients")
    assert _activity(demo_register).name == "Clients"
    assert stack.count() == 1
    assert editor.title.text() == "T-01 — Clients"
    stack.undo()
    assert _activity(demo_register).name == "Gestion des clients et facturation"
    assert _line(editor, "name").line.text() == "Gestion des clients et facturation"


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("name", "x" * 400, "trop long\u00a0: 400 caractères"),
        ("reference", "", "ce champ est obligatoire"),
    ],
)
def test_invalid_edit_shows_the_problem_and_saves_nothing(
    editor: ActivityEditor,
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    qtbot: Any,
    field: str,
    text: str,
    message: str,
) -> None:
    before = export_document(demo_register)
    row = _line(editor, field)
    _type_and_enter(qtbot, row, text)
    assert row.has_error and not row.error_label.isHidden()
    assert message in row.error_label.text()
    assert message in row.line.accessibleDescription()
    assert row.line.text() == text  # kept, so the user can fix it
    assert stack.count() == 0
    assert export_document(demo_register) == before
    # Another field's refresh keeps the refused text; fixing it saves and clears the error.
    _type_and_enter(qtbot, _line(editor, "owner"), "Jeanne")
    assert row.line.text() == text
    _type_and_enter(qtbot, row, "T-99" if field == "reference" else "Clients")
    assert not row.has_error and row.error_label.isHidden()
    assert row.line.accessibleDescription() == ""


def test_purposes_legal_basis_shows_its_fields(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    editor.section_pages.setCurrentIndex(TAB_PURPOSES)
    section = editor.purposes
    section.table.selectRow(0)  # a contract purpose
    interest = section.row_of("legitimate_interest")
    assert isinstance(interest, TextField)
    assert interest.isHidden() and not section.row_of("contract_description").isHidden()

    basis = section.basis
    basis.combo.setCurrentIndex(basis.combo.findData("legitimate_interests"))
    assert _purposes(demo_register)[0]["basis"] == "legitimate_interests"
    assert not interest.isHidden() and not section.row_of("lia_reference").isHidden()
    assert section.row_of("contract_description").isHidden()
    assert not section.row_of("provision_consequences").isHidden()

    interest.text_edit.setPlainText("Connaître nos clients")
    interest.text_edit.editing_finished.emit()  # what leaving the field does
    assert _purposes(demo_register)[0]["interest"] == "Connaître nos clients"
    assert editor.section_pages.currentIndex() == TAB_PURPOSES  # refreshes keep the section
    assert section.current_id == _purposes(demo_register)[0]["id"]

    stack.undo()
    stack.undo()
    assert _purposes(demo_register)[0]["basis"] == "contract"
    assert basis.combo.currentData() == "contract" and interest.isHidden()


def test_add_and_remove_purpose(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    before = export_document(demo_register)
    editor.purposes.add_button.click()
    purposes = _purposes(demo_register)
    assert len(purposes) == 5
    assert editor.purposes.table.rowCount() == 5
    assert editor.purposes.current_id == purposes[-1]["id"]
    stack.undo()
    assert len(_purposes(demo_register)) == 4
    assert editor.purposes.table.rowCount() == 4
    editor.purposes.table.selectRow(1)
    editor.purposes.remove_button.click()
    assert len(_purposes(demo_register)) == 3
    stack.undo()
    assert export_document(demo_register) == before


def test_add_retention_phase_and_undo_everything(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    before = export_document(demo_register)
    _type_and_enter(qtbot, _line(editor, "name"), "Clients")
    editor.purposes.add_button.click()

    section = editor.retention
    section.add_button.click()
    duration = section.row_of("duration_value")
    assert isinstance(duration, DurationField)
    duration.spin.setValue(3)  # no unit yet: refused, nothing saved, the problem shown
    assert duration.has_error and "unité" in duration.error_label.text()
    duration.unit.setCurrentIndex(duration.unit.findData("years"))
    assert not duration.has_error
    start = section.row_of("start_event")
    assert isinstance(start, ComboField)
    start.combo.setCurrentIndex(start.combo.findData("last_contact"))

    with demo_register.reader() as s:
        phase = s.get(m.RetentionPhase, section.current_id)
        assert phase is not None
        assert (phase.duration_value, phase.duration_unit, phase.start_event) == (
            3,
            "years",
            "last_contact",
        )
    assert section.table.rowCount() == 7
    assert _cell(section.table, 6, 1) == "3 ans"
    duration.spin.setValue(1)  # the number agrees with its unit: "1 an", not "1 ans"
    assert _cell(section.table, 6, 1) == "1\u00a0an"

    while stack.canUndo():
        stack.undo()
    # Undoing an update writes the old values back: only the time of the change differs.
    assert _without_update_times(export_document(demo_register)) == _without_update_times(before)
    assert section.table.rowCount() == 6
    assert _line(editor, "name").line.text() == "Gestion des clients et facturation"


def test_deleted_activity_disables_the_editor(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    from ropa.ui.commands import DeleteEntityCommand, push

    # (Not T-01: the demo's rights requests and its phishing breach refer to it, so it cannot
    # be deleted.)
    recruitment = _activity_id(demo_register, "T-04")
    editor.load(recruitment)
    command = DeleteEntityCommand(
        demo_register, m.Activity, recruitment, events=editor_events(editor)
    )
    assert push(stack, command) is None
    assert not editor.isEnabled()
    stack.undo()
    assert editor.isEnabled() and _line(editor, "reference").line.text() == "T-04"


def editor_events(editor: ActivityEditor) -> RegisterEvents:
    return editor.general.committer.events


def test_the_tab_constants_name_the_sections(editor: ActivityEditor) -> None:
    from ropa.ui.views import activity_editor as module

    expected = {
        module.TAB_GENERAL: editor.general,
        module.TAB_PURPOSES: editor.purposes,
        module.TAB_PEOPLE: editor.people,
        module.TAB_RECIPIENTS: editor.recipients,
        module.TAB_RETENTION: editor.retention,
        module.TAB_SECURITY: editor.security,
        module.TAB_PARTIES: editor.parties_of_activity,
        module.TAB_NOTICE: editor.notice,
        module.TAB_DOCUMENTS: editor.documents,
    }
    assert editor.section_pages.count() == len(expected)
    for index, section in expected.items():
        area = editor.section_pages.widget(index)
        assert isinstance(area, QScrollArea) and area.widget() is section


def test_leaving_a_text_with_no_break_spaces_saves_nothing(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    description = editor.general.rows["description"]
    assert isinstance(description, TextField)
    description.text_edit.setPlainText("Gestion des salaires\u00a0: paie et fiches\nLigne 2")
    description.text_edit.editing_finished.emit()
    assert (
        _activity(demo_register).description
        == "Gestion des salaires\u00a0: paie et fiches\nLigne 2"
    )
    count = stack.count()
    description.text_edit.editing_finished.emit()  # left again, untouched
    assert stack.count() == count
