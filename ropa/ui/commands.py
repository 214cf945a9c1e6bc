"""Undoable changes to the register: QUndoCommands whose redo/undo call the core services.

Each redo and each undo runs in its own `RegisterDatabase.transaction()`, so it is on disk as
soon as it returns. A command emits no signal itself: it reports the rows it changed through
the `RegisterEvents` it was given (`entity_changed(table, id)`), and views refresh from that.

Errors: push a command with `push(stack, command)`. It runs the first redo itself; a refused
change (a RopaError: invalid value, stale version, entry in use...) is returned to the caller,
nothing is written and the command is not pushed; on success the command goes on the stack
(whose own first call to redo() then does nothing). The text naming the entity for the Edit
menu ("Undo Delete “Payroll”") is set by that first run. A later undo or redo that the register
refuses (changed by another program meanwhile) is reported through
`RegisterEvents.command_failed` and the command is dropped from the stack (made obsolete).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core import lifecycle, services, templates
from ropa.core.errors import RopaError
from ropa.core.lifecycle import EntitySnapshot
from ropa.db import models as m
from ropa.db.base import Entity
from ropa.db.session import RegisterDatabase

# What a redo or undo changed: (table, id) of each entity created, changed or deleted.
Changes = list[tuple[str, str]]

MERGE_UPDATE_ID = 0x524F01  # commands with the same id() may be merged by the stack


class RegisterEvents(QObject):
    """What the commands of one window changed, for the views to refresh."""

    entity_changed = Signal(str, str)  # table, id (created, changed or deleted)
    command_failed = Signal(object)  # the RopaError of an undo or redo the register refused

    def report(self, changes: Changes) -> None:
        for table, entity_id in changes:
            self.entity_changed.emit(table, entity_id)


def _tr(text: str, label: str) -> str:
    return text.replace("%1", label)


def push(stack: QUndoStack, command: RegisterCommand) -> RopaError | None:
    """Run the command once and put it on the stack; the error instead when it is refused."""
    try:
        command.run_first()
    except RopaError as error:
        return error
    stack.push(command)
    return None


class RegisterCommand(QUndoCommand):
    """A change run through the services; subclasses give the first run, undo and redo."""

    def __init__(self, db: RegisterDatabase, events: RegisterEvents | None = None) -> None:
        super().__init__()
        self.db = db
        self.events = events
        self.error: RopaError | None = None
        self.last_changes: Changes = []
        self._done_once = False
        self._skip_next_redo = False

    # -- the work, each in one transaction --------------------------------------------------

    def _first(self, session: Session) -> Changes:
        return self._redo(session)

    def _redo(self, session: Session) -> Changes:  # pragma: no cover - abstract
        raise NotImplementedError

    def _undo(self, session: Session) -> Changes:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- the runner ---------------------------------------------------------------------------

    def _run(self, work: Callable[[Session], Changes]) -> None:
        with self.db.transaction() as session:
            changes = work(session)
        self.last_changes = changes
        if self.events is not None:
            self.events.report(changes)

    def run_first(self) -> None:
        """The first redo, raising a RopaError when refused (see `push`)."""
        self._run(self._first)
        self._done_once = True
        self._skip_next_redo = True

    def _guarded(self, work: Callable[[Session], Changes]) -> None:
        try:
            self._run(work)
        except RopaError as error:
            self.error = error
            self.setObsolete(True)
            if self.events is not None:
                self.events.command_failed.emit(error)

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        if not self._done_once:  # pushed without push(): errors are reported, not raised
            self._done_once = True
            self._guarded(self._first)
            return
        self._guarded(self._redo)

    def undo(self) -> None:
        self._guarded(self._undo)


def _table(model: type[Any]) -> str:
    return services.table_name(model)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return list(value)
    return value


class CreateEntityCommand(RegisterCommand):
    """Create an entity; undo deletes it, redo puts the same one back (same id)."""

    def __init__(
        self,
        db: RegisterDatabase,
        model: type[Entity],
        values: dict[str, Any],
        parent_id: str | None = None,
        events: RegisterEvents | None = None,
    ) -> None:
        super().__init__(db, events)
        self.model = model
        self.values = dict(values)
        self.parent_id = parent_id
        self.entity_id: str | None = None
        self._snapshot: EntitySnapshot | None = None

    def _first(self, session: Session) -> Changes:
        obj = services.create(session, self.model, self.values, self.parent_id)
        self.entity_id = obj.id
        self.setText(_tr(QCoreApplication.translate("Commands", "Create “%1”"), obj.label()))
        return [(_table(self.model), obj.id)]

    def _undo(self, session: Session) -> Changes:
        assert self.entity_id is not None
        self._snapshot = lifecycle.take_snapshot(session, self.model, self.entity_id)
        services.delete(session, self.model, self.entity_id)
        return [(_table(self.model), self.entity_id)]

    def _redo(self, session: Session) -> Changes:
        assert self._snapshot is not None and self.entity_id is not None
        lifecycle.restore_snapshot(session, self._snapshot)
        return [(_table(self.model), self.entity_id)]


class UpdateEntityCommand(RegisterCommand):
    """Change some fields; undo puts the old values back. Consecutive edits of the same
    fields of the same entity merge into one step (typing is not one step per keystroke)."""

    def __init__(
        self,
        db: RegisterDatabase,
        model: type[Entity],
        entity_id: str,
        changes: dict[str, Any],
        expected_version: int | None = None,
        events: RegisterEvents | None = None,
    ) -> None:
        super().__init__(db, events)
        self.model = model
        self.entity_id = entity_id
        self.changes = dict(changes)
        self.old: dict[str, Any] = {}
        self.expected_version = expected_version

    def _first(self, session: Session) -> Changes:
        obj = services.get(session, self.model, self.entity_id)
        self.old = {key: _plain(getattr(obj, key)) for key in self.changes}
        services.update(session, self.model, self.entity_id, self.changes, self.expected_version)
        self.setText(_tr(QCoreApplication.translate("Commands", "Edit “%1”"), obj.label()))
        return [(_table(self.model), self.entity_id)]

    def _redo(self, session: Session) -> Changes:
        services.update(session, self.model, self.entity_id, self.changes)
        return [(_table(self.model), self.entity_id)]

    def _undo(self, session: Session) -> Changes:
        services.update(session, self.model, self.entity_id, self.old)
        return [(_table(self.model), self.entity_id)]

    def id(self) -> int:
        return MERGE_UPDATE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # Qt override
        if (
            not isinstance(other, UpdateEntityCommand)
            or other.model is not self.model
            or other.entity_id != self.entity_id
            or set(other.changes) != set(self.changes)
        ):
            return False
        self.changes = dict(other.changes)  # self.old stays: undo goes back before the typing
        return True


class DeleteEntityCommand(RegisterCommand):
    """Delete an entity and what it owns; undo restores it exactly (ids, values, links)."""

    def __init__(
        self,
        db: RegisterDatabase,
        model: type[Entity],
        entity_id: str,
        expected_version: int | None = None,
        events: RegisterEvents | None = None,
    ) -> None:
        super().__init__(db, events)
        self.model = model
        self.entity_id = entity_id
        self.expected_version = expected_version
        self.snapshot: EntitySnapshot | None = None

    def _first(self, session: Session) -> Changes:
        changes = self._delete(session, self.expected_version)
        assert self.snapshot is not None
        self.setText(
            _tr(QCoreApplication.translate("Commands", "Delete “%1”"), self.snapshot.label)
        )
        return changes

    def _delete(self, session: Session, expected_version: int | None = None) -> Changes:
        self.snapshot = lifecycle.take_snapshot(session, self.model, self.entity_id)
        services.delete(session, self.model, self.entity_id, expected_version)
        return [(_table(self.model), self.entity_id)]

    def _redo(self, session: Session) -> Changes:
        return self._delete(session)

    def _undo(self, session: Session) -> Changes:
        assert self.snapshot is not None
        lifecycle.restore_snapshot(session, self.snapshot)
        return [(_table(self.model), self.entity_id)] + [
            (table, row_id) for table, row_id, _column, _value in self.snapshot.nulled
        ]


class DuplicateActivityCommand(RegisterCommand):
    """Copy an activity with all it holds; undo deletes the copy, redo brings it back."""

    def __init__(
        self,
        db: RegisterDatabase,
        activity_id: str,
        new_reference: str | None = None,
        events: RegisterEvents | None = None,
    ) -> None:
        super().__init__(db, events)
        self.activity_id = activity_id
        self.new_reference = new_reference
        self.copy_id: str | None = None
        self._snapshot: EntitySnapshot | None = None

    def _first(self, session: Session) -> Changes:
        original = services.get(session, m.Activity, self.activity_id)
        label = original.label()
        copy = lifecycle.duplicate_activity(session, self.activity_id, self.new_reference)
        self.copy_id = copy.id
        self.setText(_tr(QCoreApplication.translate("Commands", "Duplicate “%1”"), label))
        return [("activity", copy.id)]

    def _undo(self, session: Session) -> Changes:
        assert self.copy_id is not None
        self._snapshot = lifecycle.take_snapshot(session, m.Activity, self.copy_id)
        services.delete(session, m.Activity, self.copy_id)
        return [("activity", self.copy_id)]

    def _redo(self, session: Session) -> Changes:
        assert self._snapshot is not None and self.copy_id is not None
        lifecycle.restore_snapshot(session, self._snapshot)
        return [("activity", self.copy_id)]


class AddTemplatesCommand(RegisterCommand):
    """Add templates as draft activities (ropa.core.templates), with the catalogue entries
    they had to create; undo deletes them all, redo brings back the same ids."""

    def __init__(
        self,
        db: RegisterDatabase,
        events: RegisterEvents | None,
        organisation_id: str,
        template_ids: list[str],
        lang: str | None = None,
        client_name: str | None = None,
    ) -> None:
        super().__init__(db, events)
        self.organisation_id = organisation_id
        self.template_ids = list(template_ids)
        self.lang = lang
        self.client_name = (client_name or "").strip() or None
        self.activity_ids: list[str] = []
        self.entry_ids: list[tuple[type[Entity], str]] = []  # catalogue entries, client created
        self._snapshots: list[EntitySnapshot] = []

    def _entries(self, session: Session) -> set[tuple[type[Entity], str]]:
        found: set[tuple[type[Entity], str]] = set()
        models: list[Any] = [model for _seed, model in templates.CATALOGUES.values()]
        for model in [*models, m.Party]:
            query = select(model.id).where(model.organisation_id == self.organisation_id)
            found.update((model, entry_id) for entry_id in session.scalars(query))
        return found

    def _changes(self) -> Changes:
        entries = [(_table(model), entry_id) for model, entry_id in self.entry_ids]
        return [("activity", activity_id) for activity_id in self.activity_ids] + entries

    def _first(self, session: Session) -> Changes:
        before = self._entries(session)
        added = templates.add_templates(
            session,
            self.organisation_id,
            self.template_ids,
            lang=self.lang,
            client_names=[self.client_name] if self.client_name else [],
        )
        self.activity_ids = [activity.id for activity in added]
        self.entry_ids = sorted(self._entries(session) - before, key=lambda e: e[1])
        count = len(self.activity_ids)
        self.setText(
            QCoreApplication.translate("Commands", "Add %n activities from templates", "", count)
        )
        return self._changes()

    def _undo(self, session: Session) -> Changes:
        owned = [(m.Activity, activity_id) for activity_id in self.activity_ids]
        self._snapshots = []
        for model, entity_id in owned + list(self.entry_ids):  # activities before entries
            self._snapshots.append(lifecycle.take_snapshot(session, model, entity_id))
            services.delete(session, model, entity_id)
        return self._changes()

    def _redo(self, session: Session) -> Changes:
        for snapshot in reversed(self._snapshots):  # entries before the activities using them
            lifecycle.restore_snapshot(session, snapshot)
        return self._changes()


class _ActivityStatusCommand(RegisterCommand):
    """Retire or reactivate an activity; undo puts back its former status and end date."""

    def __init__(
        self,
        db: RegisterDatabase,
        activity_id: str,
        expected_version: int | None = None,
        events: RegisterEvents | None = None,
    ) -> None:
        super().__init__(db, events)
        self.activity_id = activity_id
        self.expected_version = expected_version
        self.old: dict[str, Any] = {}

    def _text(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def _apply(self, session: Session, expected_version: int | None) -> None:
        raise NotImplementedError  # pragma: no cover - abstract

    def _first(self, session: Session) -> Changes:
        activity = services.get(session, m.Activity, self.activity_id)
        self.old = {"status": _plain(activity.status), "end_date": activity.end_date}
        self._apply(session, self.expected_version)
        self.setText(_tr(self._text(), activity.label()))
        return [("activity", self.activity_id)]

    def _redo(self, session: Session) -> Changes:
        self._apply(session, None)
        return [("activity", self.activity_id)]

    def _undo(self, session: Session) -> Changes:
        services.update(session, m.Activity, self.activity_id, self.old)
        return [("activity", self.activity_id)]


class RetireActivityCommand(_ActivityStatusCommand):
    """Retired from end_date."""

    def __init__(
        self,
        db: RegisterDatabase,
        activity_id: str,
        end_date: date,
        expected_version: int | None = None,
        events: RegisterEvents | None = None,
    ) -> None:
        super().__init__(db, activity_id, expected_version, events)
        self.end_date = end_date

    def _text(self) -> str:
        return QCoreApplication.translate("Commands", "Retire “%1”")

    def _apply(self, session: Session, expected_version: int | None) -> None:
        lifecycle.retire_activity(session, self.activity_id, self.end_date, expected_version)


class RestoreActivityCommand(_ActivityStatusCommand):
    """Back to active, end date cleared."""

    def _text(self) -> str:
        return QCoreApplication.translate("Commands", "Reactivate “%1”")

    def _apply(self, session: Session, expected_version: int | None) -> None:
        lifecycle.restore_activity(session, self.activity_id, expected_version)


class SetLinksCommand(RegisterCommand):
    """Replace an id-list link (data subjects, security measures, subprocessors)."""

    def __init__(
        self,
        db: RegisterDatabase,
        model: type[Entity],
        entity_id: str,
        key: str,
        target_ids: list[str],
        events: RegisterEvents | None = None,
    ) -> None:
        super().__init__(db, events)
        self.model = model
        self.entity_id = entity_id
        self.key = key
        self.target_ids = list(target_ids)
        self.old_ids: list[str] = []

    def _set(self, session: Session, target_ids: list[str]) -> Changes:
        owner = services.get(session, self.model, self.entity_id)
        services.set_links(session, owner, self.key, target_ids)
        return [(_table(self.model), self.entity_id)]

    def _first(self, session: Session) -> Changes:
        owner = services.get(session, self.model, self.entity_id)
        self.old_ids = [target.id for target in getattr(owner, self.key)]
        changes = self._set(session, self.target_ids)
        self.setText(
            _tr(QCoreApplication.translate("Commands", "Change links of “%1”"), owner.label())
        )
        return changes

    def _redo(self, session: Session) -> Changes:
        return self._set(session, self.target_ids)

    def _undo(self, session: Session) -> Changes:
        return self._set(session, self.old_ids)
