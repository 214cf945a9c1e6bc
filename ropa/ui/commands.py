"""Undoable changes to the register: QUndoCommands around the core's edits (ropa.core.edits).

Each redo and each undo is one transaction of the core, so it is on disk as soon as it
returns, and each returns one change set, which the command reports once through the
`RegisterEvents` it was given (`changed(ChangeSet)`); views refresh from that.

Every edit carries what it was based on (the entry's version, the values the user saw): a
change made elsewhere in between is never overwritten, the edit is refused with a
ConflictError that says who changed what.

Errors: push a command with `push(stack, command)`. It runs the first redo itself; a refused
change (a RopaError: invalid value, conflict, entry in use...) is returned to the caller,
nothing is written and the command is not pushed; on success the command goes on the stack
(whose own first call to redo() then does nothing). The text naming the entity for the Edit
menu ("Undo Delete “Payroll”") is set by that first run. A later undo or redo that the register
refuses (changed by someone else meanwhile) is reported through `RegisterEvents.command_failed`
and the command is dropped from the stack (made obsolete): it is never applied blindly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ropa.core import edits
from ropa.core.changes import ChangeSet
from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.core.i18n import DEFAULT_LANGUAGE
from ropa.ui.language import current_language

MERGE_UPDATE_ID = 0x524F01  # commands with the same id() may be merged by the stack


class RegisterEvents(QObject):
    """What changed in the register shown by one window, once per operation."""

    changed = Signal(object)  # a ChangeSet: one per command, undo, redo or change seen elsewhere
    command_failed = Signal(object)  # the RopaError of an undo or redo the register refused

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Looks for changes made elsewhere and reports them (set by the window that watches
        # the file; see MainWindow.look_for_external_changes). True when it found some.
        self.catch_up: Callable[[], bool] = lambda: False

    def report(self, changes: ChangeSet) -> None:
        if changes:
            self.changed.emit(changes)


def _tr(text: str, label: str) -> str:
    return text.replace("%1", label)


def step_text(done: str, menu: str) -> str:
    """The text of an undo step: what it did, for the status bar ("Deleted “Payroll”"), and
    its name in the Edit menu ("Delete “Payroll”"); Qt keeps them as text() and actionText()
    (the part before and after the line break)."""
    return f"{done}\n{menu}" if done else menu


def done_text(command: QUndoCommand) -> str | None:
    """What an undo step did ("Deleted “Payroll”"); for a step of several commands without a
    text of its own, what its first command did. None when it does not say."""
    if command.text() != command.actionText():
        return command.text()
    for index in range(command.childCount()):
        child = command.child(index)
        if child.text() != child.actionText():
            return child.text()
    return None


def push(stack: QUndoStack, command: RegisterCommand) -> RopaError | None:
    """Run the command once and put it on the stack; the error instead when it is refused."""
    try:
        command.run_first()
    except RopaError as error:
        return error
    stack.push(command)
    return None


def push_all(
    stack: QUndoStack, commands: list[RegisterCommand], macro_text: Callable[[int], str]
) -> tuple[int, RopaError | None]:
    """Run the commands as ONE undo step named `macro_text(count)` (see step_text; a single
    command is its own step), stopping at the first refusal: how many ran, and the refusal.
    Nothing reaches the stack when the first one is refused; the step says how many ran."""
    if not commands:
        return 0, None
    first, rest = commands[0], commands[1:]
    try:
        first.run_first()  # what `push` does: only a first success opens the undo step
    except RopaError as error:
        return 0, error
    if rest:
        stack.beginMacro(macro_text(len(commands)))
    done, refusal = 0, None
    try:
        stack.push(first)
        done = 1
        for command in rest:
            refusal = push(stack, command)
            if refusal is not None:
                break
            done += 1
        if rest and done < len(commands):  # the step says what it did
            stack.command(stack.count() - 1).setText(macro_text(done))
    finally:
        if rest:
            stack.endMacro()
    return done, refusal


class RegisterCommand(QUndoCommand):
    """A core edit on the undo stack."""

    def __init__(
        self, db: Register, edit: edits.Edit, events: RegisterEvents | None = None
    ) -> None:
        super().__init__()
        self.db = db
        self.edit = edit
        edit.label_lang = current_language() or DEFAULT_LANGUAGE  # how the entry is named
        self.events = events
        self.error: RopaError | None = None
        self.last_changes: ChangeSet = ChangeSet()
        self._done_once = False
        self._skip_next_redo = False

    def menu_text(self) -> str:  # the Edit menu's name of the command, once it ran
        return ""

    def done_text(self) -> str:  # what it did, for the status bar, once it ran
        return ""

    def _run(self, work: Callable[[Register], ChangeSet]) -> None:
        changes = work(self.db)
        self.last_changes = changes
        if self.events is not None:
            self.events.report(changes)

    def run_first(self) -> None:
        """The first redo, raising a RopaError when refused (see `push`)."""
        self._run(self.edit.first)
        self.setText(step_text(self.done_text(), self.menu_text()))
        self._done_once = True
        self._skip_next_redo = True

    def _guarded(self, work: Callable[[Register], ChangeSet]) -> None:
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
            self._guarded(self.edit.first)
            self.setText(step_text(self.done_text(), self.menu_text()))
            return
        self._guarded(self.edit.redo)

    def undo(self) -> None:
        self._guarded(self.edit.undo)


class CreateEntityCommand(RegisterCommand):
    """Create an entity; undo deletes it, redo puts the same one back (same id)."""

    def __init__(
        self,
        db: Register,
        model: str | type[Any],
        values: dict[str, Any],
        parent_id: str | None = None,
        events: RegisterEvents | None = None,
    ) -> None:
        self.create = edits.CreateEdit(model, values, parent_id)
        super().__init__(db, self.create, events)

    @property
    def entity_id(self) -> str | None:
        return self.create.entity_id

    def menu_text(self) -> str:
        return _tr(QCoreApplication.translate("Commands", "Create “%1”"), self.create.label)

    def done_text(self) -> str:
        return _tr(QCoreApplication.translate("Commands", "Created “%1”"), self.create.label)


class UpdateEntityCommand(RegisterCommand):
    """Change some fields; undo puts the old values back. `expected_version` and `seen` (the
    values the user saw in those fields) are what the edit is based on. Consecutive edits of
    the same fields of the same entity merge into one step (typing is not one step per
    keystroke)."""

    def __init__(
        self,
        db: Register,
        model: str | type[Any],
        entity_id: str,
        changes: dict[str, Any],
        expected_version: int | None = None,
        events: RegisterEvents | None = None,
        seen: dict[str, Any] | None = None,
        force: bool = False,
    ) -> None:
        self.update = edits.UpdateEdit(model, entity_id, changes, expected_version, seen, force)
        super().__init__(db, self.update, events)

    @property
    def entity_id(self) -> str:
        return self.update.entity_id

    @property
    def changes(self) -> dict[str, Any]:
        return self.update.changes

    def menu_text(self) -> str:
        return _tr(QCoreApplication.translate("Commands", "Edit “%1”"), self.update.label)

    def done_text(self) -> str:
        text = QCoreApplication.translate("Commands", "Saved the change to “%1”")
        return _tr(text, self.update.label)

    def id(self) -> int:
        return MERGE_UPDATE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # Qt override
        return isinstance(other, UpdateEntityCommand) and self.update.merge(other.update)


class DeleteEntityCommand(RegisterCommand):
    """Delete an entity and what it owns; undo restores it exactly (ids, values, links)."""

    def __init__(
        self,
        db: Register,
        model: str | type[Any],
        entity_id: str,
        expected_version: int | None = None,
        events: RegisterEvents | None = None,
    ) -> None:
        self.delete = edits.DeleteEdit(model, entity_id, expected_version)
        super().__init__(db, self.delete, events)

    @property
    def snapshot(self) -> Any:
        return self.delete.snapshot

    def menu_text(self) -> str:
        return _tr(QCoreApplication.translate("Commands", "Delete “%1”"), self.delete.label)

    def done_text(self) -> str:
        return _tr(QCoreApplication.translate("Commands", "Deleted “%1”"), self.delete.label)


class DuplicateActivityCommand(RegisterCommand):
    """Copy an activity with all it holds; undo deletes the copy, redo brings it back."""

    def __init__(
        self,
        db: Register,
        activity_id: str,
        new_reference: str | None = None,
        events: RegisterEvents | None = None,
    ) -> None:
        self.duplicate = edits.DuplicateActivityEdit(activity_id, new_reference)
        super().__init__(db, self.duplicate, events)

    @property
    def copy_id(self) -> str | None:
        return self.duplicate.copy_id

    def menu_text(self) -> str:
        return _tr(QCoreApplication.translate("Commands", "Duplicate “%1”"), self.duplicate.label)

    def done_text(self) -> str:
        text = QCoreApplication.translate("Commands", "Duplicated “%1”")
        return _tr(text, self.duplicate.label)


class AddTemplatesCommand(RegisterCommand):
    """Add templates as draft activities (ropa.core.templates), with the catalogue entries
    they had to create; undo deletes them all, redo brings back the same ids."""

    def __init__(
        self,
        db: Register,
        events: RegisterEvents | None,
        organisation_id: str,
        template_ids: list[str],
        lang: str | None = None,
        client_name: str | None = None,
    ) -> None:
        self.templates = edits.AddTemplatesEdit(organisation_id, template_ids, lang, client_name)
        super().__init__(db, self.templates, events)

    @property
    def activity_ids(self) -> list[str]:
        return self.templates.activity_ids

    @property
    def entry_ids(self) -> list[tuple[type[Any], str]]:
        return self.templates.entry_ids

    def menu_text(self) -> str:
        count = len(self.templates.activity_ids)
        return QCoreApplication.translate("Commands", "Add %n activities from templates", "", count)

    def done_text(self) -> str:
        count = len(self.templates.activity_ids)
        return QCoreApplication.translate(
            "Commands", "Added %n activities from templates", "", count
        )


class RetireActivityCommand(RegisterCommand):
    """Retired from end_date; undo puts back its former status and end date."""

    def __init__(
        self,
        db: Register,
        activity_id: str,
        end_date: date,
        expected_version: int | None = None,
        events: RegisterEvents | None = None,
    ) -> None:
        self.update = edits.retire(activity_id, end_date, expected_version)
        super().__init__(db, self.update, events)

    def menu_text(self) -> str:
        return _tr(QCoreApplication.translate("Commands", "Retire “%1”"), self.update.label)

    def done_text(self) -> str:
        return _tr(QCoreApplication.translate("Commands", "Retired “%1”"), self.update.label)


class RestoreActivityCommand(RegisterCommand):
    """Back to active, end date cleared."""

    def __init__(
        self,
        db: Register,
        activity_id: str,
        expected_version: int | None = None,
        events: RegisterEvents | None = None,
    ) -> None:
        self.update = edits.reactivate(activity_id, expected_version)
        super().__init__(db, self.update, events)

    def menu_text(self) -> str:
        return _tr(QCoreApplication.translate("Commands", "Reactivate “%1”"), self.update.label)

    def done_text(self) -> str:
        text = QCoreApplication.translate("Commands", "Reactivated “%1”")
        return _tr(text, self.update.label)


class SetLinksCommand(RegisterCommand):
    """Change an id-list link (data subjects, security measures, subprocessors) from the list
    the user saw (`seen_ids`) to the one they made: applied as what they added and removed,
    so links added elsewhere meanwhile are kept."""

    def __init__(
        self,
        db: Register,
        model: str | type[Any],
        entity_id: str,
        key: str,
        target_ids: list[str],
        events: RegisterEvents | None = None,
        seen_ids: list[str] | None = None,
    ) -> None:
        self.target_ids = list(target_ids)
        self.seen_ids = None if seen_ids is None else list(seen_ids)
        self.links = edits.LinksEdit(model, entity_id, key)
        super().__init__(db, self.links, events)

    def run_first(self) -> None:
        if self.seen_ids is None:  # the caller does not know what the user saw: what is there
            self.seen_ids = edits.current_links(self.db, self.links)
        delta = edits.LinksEdit.between(
            self.links.model, self.links.entity_id, self.links.key, self.seen_ids, self.target_ids
        )
        self.links.added, self.links.removed = delta.added, delta.removed
        super().run_first()

    def menu_text(self) -> str:
        return _tr(QCoreApplication.translate("Commands", "Change links of “%1”"), self.links.label)

    def done_text(self) -> str:
        text = QCoreApplication.translate("Commands", "Changed the links of “%1”")
        return _tr(text, self.links.label)
