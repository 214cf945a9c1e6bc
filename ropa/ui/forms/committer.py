"""Saves a form row's edit as an undoable command, showing refusals and conflicts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack

from ropa.core.conflicts import explain
from ropa.core.errors import ConflictError, ValidationError
from ropa.core.handle import Register
from ropa.core.i18n import colon, label
from ropa.ui.commands import (
    CreateEntityCommand,
    DeleteEntityCommand,
    RegisterEvents,
    SetLinksCommand,
    UpdateEntityCommand,
    push,
)
from ropa.ui.dialogs.conflict import ask_conflict
from ropa.ui.forms.fields import FieldRow


def _current(error: ConflictError, seen: dict[str, Any]) -> dict[str, Any]:
    """The values the register holds now for the fields of a refused edit (from the error),
    as the base of the same edit made again."""
    now = dict(seen)
    for detail in error.details:
        if detail.field in now:
            now[detail.field] = detail.current
    return now


class Committer:
    """Pushes the editor's changes on the undo stack; reports errors other than a field's."""

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        lang: str,
        report: Callable[[str | None], None],
    ) -> None:
        self.db = db
        self.stack = stack
        self.events = events
        self.lang = lang
        self.report = report

    def update(
        self,
        model: str,
        entity_id: str,
        row: FieldRow,
        version: int | None = None,
        extra: dict[str, Any] | None = None,
        extra_seen: dict[str, Any] | None = None,
    ) -> bool:
        """Save the row's value, based on the entry's `version` and the value the row showed
        when the user started (`row.seen`); `extra` are further changes made with it (one undo
        step), based on the values in `extra_seen` (what the form showed in those fields). On
        a refusal keep the user's value and show why under it; when someone else changed the
        field meanwhile, ask whether to save the user's value over theirs."""
        changes = row.changes()
        if changes == row.stored and not extra:
            row.show_problem(None)
            return False
        values = {**changes, **(extra or {})}
        seen = {key: row.seen_value(key) for key in changes}
        seen.update({key: (extra_seen or {}).get(key) for key in extra or {}})
        command = UpdateEntityCommand(
            self.db, model, entity_id, values, version, events=self.events, seen=seen
        )
        error = push(self.stack, command)
        answered = False  # the user was asked and chose to keep the other value
        if isinstance(error, ConflictError):
            if ask_conflict(error, self.lang, own_value=True):
                # The user keeps their value: saved over the other one, as one more undo step.
                command = UpdateEntityCommand(
                    self.db,
                    model,
                    entity_id,
                    values,
                    events=self.events,
                    seen=_current(error, seen),
                )
                error = push(self.stack, command)
            else:
                answered = True
        if error is None:
            row.stored = changes
            row.seen = dict(changes)
            row.show_problem(None)
            self.report(None)
            return True
        if isinstance(error, ConflictError):
            self.events.catch_up()  # read what changed elsewhere ...
            row.show_stored(row.stored, force=True)  # ... and show theirs in this input
            self.report(None if answered else explain(error, self.lang))
        elif isinstance(error, ValidationError):
            row.show_problem(self.problem_text(model, row, error))
        else:
            row.show_problem(error.message(self.lang))
        return False

    def links(self, model: str, entity_id: str, row: FieldRow) -> bool:
        """Save an id-list link row (data subjects, security measures, sub-processors) as
        what the user added to and removed from the list they saw; a refusal is shown under
        the row."""
        key = row.fields[0]
        targets = row.changes()[key]
        if sorted(targets) == sorted(row.stored.get(key) or []):
            row.show_problem(None)
            return False
        seen = list(row.seen_value(key) or [])
        command = SetLinksCommand(
            self.db, model, entity_id, key, targets, self.events, seen_ids=seen
        )
        error = push(self.stack, command)
        if error is None:
            row.stored = {key: targets}
            row.seen = {key: list(targets)}
            row.show_problem(None)
            self.report(None)
            return True
        if isinstance(error, ValidationError):
            row.show_problem(self.problem_text(model, row, error))
        else:
            row.show_problem(error.message(self.lang))
        return False

    def problem_text(self, model: str, row: FieldRow, error: ValidationError) -> str:
        table = model
        lines = []
        for problem in error.problems:
            field = problem.path.split(".")[0].split("[")[0]
            message = problem.message(self.lang)
            if field and field not in row.fields:
                message = f"{label(self.lang, table, field)}{colon(self.lang)}{message}"
            lines.append(message)
        return "\n".join(lines)

    def create(self, model: str, values: dict[str, Any], parent_id: str) -> str | None:
        command = CreateEntityCommand(self.db, model, values, parent_id, events=self.events)
        error = push(self.stack, command)
        self.report(None if error is None else error.message(self.lang))
        return command.entity_id if error is None else None

    def delete(self, model: str, entity_id: str, version: int | None = None) -> bool:
        command = DeleteEntityCommand(self.db, model, entity_id, version, events=self.events)
        error = push(self.stack, command)
        if isinstance(error, ConflictError):
            self.events.catch_up()
            self.report(explain(error, self.lang))
        else:
            self.report(None if error is None else error.message(self.lang))
        return error is None
