"""Whether an activity's data leave the EEA, above its transfers in the activity editor: yes /
no / not recorded saved and shown back; adding a transfer answers "Yes" in the same undo step;
"No" is refused, saying why, while transfers are listed; a change made elsewhere meanwhile is
reported, never overwritten. Every write read back from the register file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from ropa.core import services
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import ComboField
from ropa.ui.views.activity_editor import TAB_RECIPIENTS, ActivityEditor


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


def _activity_id(db: RegisterDatabase, reference: str) -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


def _stored(db: RegisterDatabase, reference: str) -> tuple[bool | None, int]:
    """The answer the register file holds, and how many transfers the activity lists."""
    with db.reader() as s:
        activity = s.get(m.Activity, _activity_id(db, reference))
        assert activity is not None
        return activity.transfers_outside_eea, len(activity.transfers)


def _answer(db: RegisterDatabase, reference: str, value: bool | None) -> None:
    """Record an answer as another window or program would (the editor is not told)."""
    with db.transaction() as s:
        services.update(
            s, m.Activity, _activity_id(db, reference), {"transfers_outside_eea": value}
        )


def _editor(
    db: RegisterDatabase, stack: QUndoStack, qtbot: Any, reference: str, lang: str = "en"
) -> ActivityEditor:
    widget = ActivityEditor(db, stack, RegisterEvents(), lang)
    qtbot.addWidget(widget)
    widget.show()  # a shown page reads a change at once
    widget.load(_activity_id(db, reference))
    widget.show_section(TAB_RECIPIENTS)
    return widget


def _choose(row: ComboField, value: Any) -> None:
    """Choose an entry as the user does (the combo's change signal saves it)."""
    index = row.combo.findData(value)
    assert index >= 0, value
    row.combo.setCurrentIndex(index)


def test_the_answer_is_saved_and_shown_back(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    _answer(demo_register, "T-01", None)
    editor = _editor(demo_register, stack, qtbot, "T-01")
    answer = editor.recipients.outside_eea.answer
    assert answer.label.text() == "Data transferred outside the EEA"
    assert answer.combo.currentText() == "Not recorded"
    assert "Adding a transfer below answers “Yes”." in answer.hint_text

    _choose(answer, False)  # nothing listed: "No" is taken
    assert _stored(demo_register, "T-01") == (False, 0)
    _choose(answer, True)
    _choose(answer, None)
    assert _stored(demo_register, "T-01") == (None, 0)
    assert stack.count() == 1  # consecutive choices of one field are one undo step
    _choose(answer, False)
    assert _stored(demo_register, "T-01") == (False, 0)

    # Opened again (as after restarting), in French: the answer is shown back.
    other_stack = QUndoStack()
    again = _editor(demo_register, other_stack, qtbot, "T-01", "fr")
    assert again.recipients.outside_eea.answer.combo.currentText() == "Non"
    assert again.recipients.outside_eea.answer.label.text() == "Données transférées hors EEE"


@pytest.mark.parametrize("before", [None, False], ids=["not recorded", "no"])
def test_adding_a_transfer_answers_yes_in_the_same_undo_step(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any, before: bool | None
) -> None:
    _answer(demo_register, "T-01", before)
    editor = _editor(demo_register, stack, qtbot, "T-01")
    answer = editor.recipients.outside_eea.answer
    transfers = editor.recipients.transfers
    assert answer.value() is before and transfers.table.rowCount() == 0

    transfers.add_button.click()
    assert _stored(demo_register, "T-01") == (True, 1)
    assert answer.combo.currentText() == "Yes" and transfers.table.rowCount() == 1
    assert stack.count() == 1  # one step: "Undo" takes both back
    assert stack.undoText().startswith("Create “")

    stack.undo()
    assert _stored(demo_register, "T-01") == (before, 0)
    assert answer.value() is before and transfers.table.rowCount() == 0
    stack.redo()
    assert _stored(demo_register, "T-01") == (True, 1)
    assert answer.value() is True and transfers.table.rowCount() == 1

    # Already "Yes": a second transfer is just added.
    transfers.add_button.click()
    assert _stored(demo_register, "T-01") == (True, 2)
    stack.undo()
    assert _stored(demo_register, "T-01") == (True, 1)


def test_no_is_refused_while_transfers_are_listed(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    _answer(demo_register, "ST-02", True)
    editor = _editor(demo_register, stack, qtbot, "ST-02")
    form = editor.recipients.outside_eea
    answer = form.answer
    transfers = editor.recipients.transfers
    assert transfers.table.rowCount() == 1 and answer.combo.currentText() == "Yes"

    _choose(answer, False)
    assert _stored(demo_register, "ST-02") == (True, 1)  # nothing written
    assert stack.count() == 0
    assert answer.combo.currentText() == "Yes"  # the saved answer shown again, and why
    assert not answer.error_label.isHidden()
    assert "remove them before answering “No”" in answer.error_label.text()
    assert answer.combo.accessibleDescription() == answer.error_label.text()

    _choose(answer, None)  # "Not recorded" is no contradiction: taken
    assert _stored(demo_register, "ST-02") == (None, 1)
    assert answer.error_label.isHidden()

    transfers.remove_button.click()  # nothing listed any more: "No" may be answered
    assert _stored(demo_register, "ST-02") == (None, 0)
    _choose(answer, False)
    assert _stored(demo_register, "ST-02") == (False, 0)
    assert answer.error_label.isHidden()


def test_no_beside_listed_transfers_is_pointed_out(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    """A "No" written elsewhere (an import) beside listed transfers is shown as it is, with a
    warning saying what to do."""
    _answer(demo_register, "ST-02", False)
    editor = _editor(demo_register, stack, qtbot, "ST-02")
    form = editor.recipients.outside_eea
    assert form.answer.combo.currentText() == "No"
    assert form.form.isRowVisible(form.contradiction)
    assert "answer “Yes”, or remove the transfers" in form.contradiction.text()
    _choose(form.answer, True)
    assert _stored(demo_register, "ST-02") == (True, 1)
    assert not form.form.isRowVisible(form.contradiction)


def test_a_change_made_elsewhere_is_reported_not_overwritten(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    _answer(demo_register, "T-01", None)
    editor = _editor(demo_register, stack, qtbot, "T-01")
    _answer(demo_register, "T-01", False)  # another window answers "No" meanwhile
    editor.recipients.transfers.add_button.click()
    assert _stored(demo_register, "T-01") == (False, 0)  # kept: nothing added
    assert stack.count() == 0
    assert not editor.message.isHidden()
    assert "Data transferred outside the EEA" in editor.message.text()


def test_read_only_register_shows_the_answer_without_changing_it(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    _answer(demo_register, "T-01", True)
    editor = _editor(demo_register, stack, qtbot, "T-01")
    editor.set_read_only(True)
    answer = editor.recipients.outside_eea.answer
    assert answer.combo.currentText() == "Yes"
    assert not answer.combo.isEnabled()
