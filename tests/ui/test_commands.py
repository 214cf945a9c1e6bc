"""Undoable commands: each redo/undo calls the services in its own transaction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from ropa.core.errors import RopaError, ValidationError
from ropa.core.register import open_register
from ropa.db import models as m
from ropa.db.enums import Status
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_document
from ropa.ui.commands import (
    CreateEntityCommand,
    DeleteEntityCommand,
    DuplicateActivityCommand,
    RegisterEvents,
    RestoreActivityCommand,
    RetireActivityCommand,
    SetLinksCommand,
    UpdateEntityCommand,
    push,
)


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


@pytest.fixture
def events(qapp: Any) -> RegisterEvents:
    return RegisterEvents()


def _org_id(db: RegisterDatabase) -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Organisation.id)).one())


def _activity_id(db: RegisterDatabase, reference: str = "T-05") -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


def _read(path: Path, model: Any, entity_id: str, field: str) -> Any:
    """A value as another program opening the file sees it."""
    other = open_register(path)
    try:
        with other.reader() as s:
            obj = s.get(model, entity_id)
            return None if obj is None else getattr(obj, field)
    finally:
        other.close()


def _count(db: RegisterDatabase, model: Any) -> int:
    with db.reader() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_create_undo_redo(demo_register: RegisterDatabase, stack: QUndoStack, events: Any) -> None:
    seen: list[tuple[str, str]] = []
    events.changed.connect(lambda changes: seen.extend(changes.pairs()))
    command = CreateEntityCommand(
        demo_register,
        m.Activity,
        {"reference": "N-1", "name": "Payroll"},
        _org_id(demo_register),
        events=events,
    )
    assert push(stack, command) is None
    new_id = command.entity_id
    assert new_id is not None
    assert seen == [("activity", new_id)]
    assert stack.count() == 1 and stack.undoText() == "Create “Payroll”"
    assert _read(demo_register.path, m.Activity, new_id, "name") == "Payroll"
    stack.undo()
    assert _read(demo_register.path, m.Activity, new_id, "name") is None
    stack.redo()
    assert _read(demo_register.path, m.Activity, new_id, "name") == "Payroll"
    assert seen == [("activity", new_id)] * 3


def test_update_undo_restores_old_values(
    demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    activity_id = _activity_id(demo_register)
    before = export_document(demo_register)
    old_name = _read(demo_register.path, m.Activity, activity_id, "name")
    command = UpdateEntityCommand(
        demo_register, m.Activity, activity_id, {"name": "Payroll", "role": "processor"}
    )
    assert push(stack, command) is None
    assert stack.undoText() == "Edit “Payroll”"
    assert _read(demo_register.path, m.Activity, activity_id, "name") == "Payroll"
    stack.undo()
    assert _read(demo_register.path, m.Activity, activity_id, "name") == old_name
    after = export_document(demo_register)
    for document in (before, after):
        for activity in document["organisations"][0]["activities"]:
            activity.pop("updated_at")
    assert after == before
    stack.redo()
    assert _read(demo_register.path, m.Activity, activity_id, "role").value == "processor"


def test_typing_in_one_field_is_one_undo_step(
    demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    activity_id = _activity_id(demo_register)
    old_notes = _read(demo_register.path, m.Activity, activity_id, "notes")
    for text in ("P", "Pa", "Pay"):
        assert (
            push(
                stack, UpdateEntityCommand(demo_register, m.Activity, activity_id, {"notes": text})
            )
            is None
        )
    assert stack.count() == 1
    assert _read(demo_register.path, m.Activity, activity_id, "notes") == "Pay"
    # Another field, or another entity, is a new step.
    push(stack, UpdateEntityCommand(demo_register, m.Activity, activity_id, {"owner": "HR"}))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert _read(demo_register.path, m.Activity, activity_id, "notes") == old_notes
    stack.redo()
    assert _read(demo_register.path, m.Activity, activity_id, "notes") == "Pay"


def test_delete_undo_brings_everything_back(
    demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    activity_id = _activity_id(demo_register)
    before = export_document(demo_register)
    with demo_register.reader() as s:
        name = s.get(m.Activity, activity_id).name
    purposes = _count(demo_register, m.Purpose)
    assert push(stack, DeleteEntityCommand(demo_register, m.Activity, activity_id)) is None
    assert stack.undoText() == f"Delete “{name}”"
    assert _read(demo_register.path, m.Activity, activity_id, "name") is None
    assert _count(demo_register, m.Purpose) < purposes
    stack.undo()
    assert export_document(demo_register) == before
    assert _read(demo_register.path, m.Activity, activity_id, "name") == name
    stack.redo()
    assert _read(demo_register.path, m.Activity, activity_id, "name") is None
    stack.undo()
    assert export_document(demo_register) == before


def test_delete_refused_while_in_use_is_not_pushed(
    demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    with demo_register.reader() as s:
        used = s.scalars(select(m.ActivityDataCategory.data_category_id)).first()
    assert used is not None
    error = push(stack, DeleteEntityCommand(demo_register, m.DataCategory, used))
    assert isinstance(error, RopaError) and error.key == "error.in_use"
    assert stack.count() == 0


def test_duplicate_undo_removes_the_copy(
    demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    before = export_document(demo_register)
    command = DuplicateActivityCommand(demo_register, _activity_id(demo_register, "T-01"))
    assert push(stack, command) is None
    assert command.copy_id is not None
    assert _read(demo_register.path, m.Activity, command.copy_id, "reference") == "T-01-2"
    stack.undo()
    assert _read(demo_register.path, m.Activity, command.copy_id, "reference") is None
    assert export_document(demo_register) == before
    stack.redo()
    assert _read(demo_register.path, m.Activity, command.copy_id, "reference") == "T-01-2"


def test_refused_update_is_not_pushed_and_changes_nothing(
    demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    before = export_document(demo_register)
    changes = _count(demo_register, m.Change)
    command = UpdateEntityCommand(
        demo_register, m.Activity, _activity_id(demo_register), {"role": "emperor"}
    )
    error = push(stack, command)
    assert isinstance(error, ValidationError)
    assert stack.count() == 0
    assert export_document(demo_register) == before
    assert _count(demo_register, m.Change) == changes


def test_retire_and_reactivate(demo_register: RegisterDatabase, stack: QUndoStack) -> None:
    activity_id = _activity_id(demo_register)
    path = demo_register.path
    old_status = _read(path, m.Activity, activity_id, "status")
    assert push(stack, RetireActivityCommand(demo_register, activity_id, date(2026, 3, 31))) is None
    assert stack.undoText().startswith("Retire “")
    assert _read(path, m.Activity, activity_id, "status") == Status.RETIRED
    assert push(stack, RestoreActivityCommand(demo_register, activity_id)) is None
    assert _read(path, m.Activity, activity_id, "end_date") is None
    stack.undo()
    assert _read(path, m.Activity, activity_id, "end_date") == date(2026, 3, 31)
    stack.undo()
    assert _read(path, m.Activity, activity_id, "status") == old_status
    assert _read(path, m.Activity, activity_id, "end_date") is None


def test_set_links_undo(demo_register: RegisterDatabase, stack: QUndoStack) -> None:
    activity_id = _activity_id(demo_register)
    with demo_register.reader() as s:
        old = [d.id for d in s.get(m.Activity, activity_id).data_subjects]
        every = list(s.scalars(select(m.DataSubjectCategory.id)))
    command = SetLinksCommand(demo_register, m.Activity, activity_id, "data_subjects", every)
    assert push(stack, command) is None

    def linked() -> set[str]:
        with demo_register.reader() as s:
            return {d.id for d in s.get(m.Activity, activity_id).data_subjects}

    assert linked() == set(every)
    stack.undo()
    assert linked() == set(old)
    bad = SetLinksCommand(demo_register, m.Activity, activity_id, "data_subjects", ["nope"])
    assert isinstance(push(stack, bad), ValidationError)
    assert linked() == set(old)


def test_a_refused_undo_is_reported_and_dropped(
    demo_register: RegisterDatabase, stack: QUndoStack, events: Any
) -> None:
    failures: list[RopaError] = []
    events.command_failed.connect(failures.append)
    activity_id = _activity_id(demo_register)
    command = DeleteEntityCommand(demo_register, m.Activity, activity_id, events=events)
    assert push(stack, command) is None
    assert command.snapshot is not None
    org_id = command.snapshot.rows["activity"][0]["organisation_id"]
    # Another program takes the reference meanwhile.
    other = open_register(demo_register.path)
    try:
        with other.transaction() as s:
            from ropa.core import services

            services.create(s, m.Activity, {"reference": "T-05", "name": "Other"}, org_id)
    finally:
        other.close()
    stack.undo()
    assert len(failures) == 1 and isinstance(failures[0], ValidationError)
    assert stack.count() == 0
    assert _read(demo_register.path, m.Activity, activity_id, "name") is None
