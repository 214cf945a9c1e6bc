"""What the activity editor lets a firm say for its notice as it is, or say it does not know
yet: "To be determined" as a legal basis, a kind of recipient and a safeguard; an end of
retention not recorded or "ask for consent again"; a retention phase running from several
start events (the later or the earlier) and for one group of people. Each edit is read back
from the register file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from ropa.core.reads.activities import new_activity_values
from ropa.db import models as m
from ropa.db.enums import Role
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import CreateEntityCommand, RegisterEvents, push
from ropa.ui.forms.fields import ChoicesField, ComboField
from ropa.ui.views.activity_editor import ActivityEditor
from ropa.ui.views.activity_editor.pickers import ChoiceField

TBD = "To be determined"


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


def _activity_id(db: RegisterDatabase, reference: str = "T-01") -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


@pytest.fixture
def editor(demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any) -> ActivityEditor:
    widget = ActivityEditor(demo_register, stack, RegisterEvents(), "en")
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    widget.load(_activity_id(demo_register))
    return widget


def _show(editor: ActivityEditor, title: str) -> None:
    titles = [editor.section_title(i) for i in range(editor.section_pages.count())]
    editor.section_pages.setCurrentIndex(titles.index(title))


def _stored(db: RegisterDatabase, model: Any, row_id: str) -> Any:
    with db.reader() as s:
        row = s.get(model, row_id)
        assert row is not None
        s.expunge(row)
        return row


def _choose(row: ComboField, value: Any) -> None:
    index = row.combo.findData(value)
    assert index >= 0, (row.name, value)
    row.combo.setCurrentIndex(index)


def _texts(row: ComboField) -> list[str]:
    return [row.combo.itemText(i) for i in range(row.combo.count())]


def test_a_legal_basis_to_be_determined(
    editor: ActivityEditor, demo_register: RegisterDatabase
) -> None:
    _show(editor, "Purposes and legal bases")
    section = editor.purposes
    basis = section.basis
    assert _texts(basis)[-1] == TBD
    basis.combo.setCurrentIndex(basis.combo.findText(TBD))
    assert section.current_id is not None
    assert _stored(demo_register, m.Purpose, section.current_id).legal_basis == "undetermined"
    row = section.table.currentRow()
    assert section.table.item(row, 1).text() == TBD
    # No detail of a basis applies to an unknown one.
    assert not section.form.isRowVisible(section.row_of("legitimate_interest"))
    assert not section.form.isRowVisible(section.row_of("consent_collection"))


def test_a_recipient_and_a_safeguard_to_be_determined(
    editor: ActivityEditor, demo_register: RegisterDatabase
) -> None:
    _show(editor, "Recipients & transfers")
    recipients = editor.recipients.recipients
    assert recipients.current_id is not None
    kind = recipients.kind
    assert _texts(kind)[-1] == TBD
    _choose(kind, "undetermined")
    stored = _stored(demo_register, m.ActivityRecipient, recipients.current_id)
    assert stored.kind == "undetermined"
    # Not known yet: it may be named in any way (a party, a category, a name, a department).
    for field in ("party_id", "recipient_category_id", "recipient_name", "department"):
        assert recipients.form.isRowVisible(recipients.row_of(field)), field

    transfers = editor.recipients.transfers
    if transfers.current_id is None:
        transfers.add_button.click()
    assert transfers.current_id is not None
    assert _texts(transfers.safeguard)[-1] == TBD
    _choose(transfers.safeguard, "undetermined")
    assert _stored(demo_register, m.Transfer, transfers.current_id).safeguard == "undetermined"


def test_the_end_of_retention_may_be_not_recorded_or_a_new_consent(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    _show(editor, "Security & risk")
    end = editor.security.rows["end_action"]
    assert isinstance(end, ComboField)
    assert _texts(end)[0] == "Not recorded" and end.combo.itemData(0) is None
    assert "Ask for consent again, delete if refused" in _texts(end)
    before = _stored(demo_register, m.Activity, _activity_id(demo_register)).end_action
    _choose(end, "renew_consent")
    assert _stored(demo_register, m.Activity, _activity_id(demo_register)).end_action == (
        "renew_consent"
    )
    _choose(end, None)
    assert _stored(demo_register, m.Activity, _activity_id(demo_register)).end_action is None
    stack.undo()
    assert _stored(demo_register, m.Activity, _activity_id(demo_register)).end_action == before


def test_a_new_activity_has_no_end_of_retention_yet(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    organisation_id = _stored(
        demo_register, m.Activity, _activity_id(demo_register)
    ).organisation_id
    values = new_activity_values(demo_register, organisation_id, Role.CONTROLLER)
    command = CreateEntityCommand(demo_register, "activity", values, organisation_id)
    assert push(stack, command) is None
    assert command.entity_id is not None
    assert _stored(demo_register, m.Activity, command.entity_id).end_action is None
    editor.load(command.entity_id)
    end = editor.security.rows["end_action"]
    assert isinstance(end, ComboField)
    assert end.combo.currentText() == "Not recorded"  # never "Deletion" by default


def test_a_phase_from_several_start_events_for_one_group(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    _show(editor, "Retention periods")
    section = editor.retention
    section.add_button.click()
    phase_id = section.current_id
    assert phase_id is not None

    others = section.row_of("other_start_events")
    combination = section.row_of("start_combination")
    assert isinstance(others, ChoicesField) and isinstance(combination, ComboField)
    assert not section.form.isRowVisible(combination)  # one start event: nothing to combine
    for index in range(others.list.count()):
        item = others.list.item(index)
        if item.data(Qt.ItemDataRole.UserRole) in ("end_of_contract", "last_contact"):
            item.setCheckState(Qt.CheckState.Checked)  # what a click on its box does
    stored = _stored(demo_register, m.RetentionPhase, phase_id)
    assert set(stored.other_start_events) == {"end_of_contract", "last_contact"}
    assert section.form.isRowVisible(combination)
    assert _texts(combination) == ["Not recorded", "Whichever is later", "Whichever is earlier"]
    _choose(combination, "latest")
    assert _stored(demo_register, m.RetentionPhase, phase_id).start_combination == "latest"

    group = section.row_of("data_subject_category_id")
    assert isinstance(group, ChoiceField)
    assert group.combo.itemText(0) == "Everyone" and group.combo.itemData(0) is None
    assert group.combo.currentIndex() == 0
    assert group.combo.count() > 1
    chosen = group.combo.itemData(1)
    group.combo.setCurrentIndex(1)
    assert _stored(demo_register, m.RetentionPhase, phase_id).data_subject_category_id == chosen
    group.combo.setCurrentIndex(0)
    assert _stored(demo_register, m.RetentionPhase, phase_id).data_subject_category_id is None

    # Read again (another activity, then this one): the form shows what was saved.
    editor.load(_activity_id(demo_register, "T-02"))
    editor.load(_activity_id(demo_register))
    section.table.selectRow([c["id"] for c in section.entries].index(phase_id))
    checked = [
        others.list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(others.list.count())
        if others.list.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert set(checked) == {"end_of_contract", "last_contact"}
    assert combination.combo.currentText() == "Whichever is later"
    assert section.form.isRowVisible(combination)

    while stack.canUndo():
        stack.undo()
    assert phase_id not in [c["id"] for c in section.entries]
