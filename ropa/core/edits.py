"""Undoable edits of the register, without Qt: each knows its first run, its undo and its redo,
and each run is one transaction that returns one change set.

Every run carries what it was based on, so a change made elsewhere in between (another window,
another program on the same file) is never silently overwritten:
- an update carries the version of the entry and the values the user saw in the fields it
  changes; its undo expects the fields to still hold the values it wrote, its redo the values
  it replaced;
- a link edit is applied as a delta (what the user added and removed), so links added elsewhere
  are kept;
- a delete carries the version the user saw; undoing a creation (deleting what the edit made)
  expects the entry and what it holds to be as the edit left them;
- when that is not so, nothing is written and a ConflictError says who changed what.

`ropa.ui.commands` wraps these in QUndoCommands; tests and the command line use them directly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core import changes as cs
from ropa.core import lifecycle, services, templates
from ropa.core.changes import ChangeSet
from ropa.core.errors import ConflictDetail, ConflictError, NotFoundError, Term
from ropa.core.i18n import DEFAULT_LANGUAGE
from ropa.core.labels import entity_label
from ropa.core.lifecycle import EntitySnapshot
from ropa.core.reads.rows import plain
from ropa.db import models as m
from ropa.db.base import Entity
from ropa.db.session import RegisterDatabase

Work = Callable[[Session], ChangeSet | None]
# Columns the database keeps itself: not part of what a user changed.
BOOKKEEPING = frozenset({"created_at", "updated_at", "version"})


def run(db: RegisterDatabase, work: Work) -> ChangeSet:
    """Run `work` in one transaction; what it changed (from the history it wrote, plus what
    it reports itself)."""
    with db.transaction() as session:
        extra = work(session)
    found = cs.EMPTY
    if db.last_batch is not None:
        with db.reader() as session:
            found = cs.of_batch(session, db.last_batch)
    return found | extra if extra is not None else found


def state(snapshot: EntitySnapshot) -> dict[str, list[dict[str, Any]]]:
    """An entry and what it holds, without the bookkeeping columns: equal when nobody changed
    anything the user can see."""
    result: dict[str, list[dict[str, Any]]] = {}
    for table, rows in snapshot.rows.items():
        result[table] = [
            {k: services.comparable(v) for k, v in row.items() if k not in BOOKKEEPING}
            for row in rows
        ]
    for table, rows in snapshot.links.items():
        result["link:" + table] = sorted(
            ({k: services.comparable(v) for k, v in row.items()} for row in rows),
            key=lambda r: sorted((k, str(v)) for k, v in r.items()),
        )
    return result


def _expect_state(
    session: Session, model: type[Entity], entity_id: str, expected: dict[str, Any] | None
) -> EntitySnapshot:
    """The entry's snapshot, refused (ConflictError) when it is not as the edit left it."""
    existing(session, model, entity_id)
    snapshot = lifecycle.take_snapshot(session, model, entity_id)
    if expected is not None and state(snapshot) != expected:
        obj = services.get(session, model, entity_id)
        raise services.conflict(session, obj)
    return snapshot


class Edit:
    """One undoable edit. `first`, `redo` and `undo` each run in one transaction (see `run`)
    and return the change set; a refusal raises a RopaError and writes nothing."""

    label: str = ""  # the entry's name, for the Edit menu ("Undo Edit “Payroll”")
    label_lang: str = DEFAULT_LANGUAGE  # the language of that name (set by the window)

    def _first(self, session: Session) -> ChangeSet | None:
        return self._redo(session)

    def _redo(self, session: Session) -> ChangeSet | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _undo(self, session: Session) -> ChangeSet | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def first(self, db: RegisterDatabase) -> ChangeSet:
        return run(db, self._first)

    def redo(self, db: RegisterDatabase) -> ChangeSet:
        return run(db, self._redo)

    def undo(self, db: RegisterDatabase) -> ChangeSet:
        return run(db, self._undo)


class CreateEdit(Edit):
    """Create an entry; undo deletes it (if it is still as created), redo puts the same one
    back (same id)."""

    def __init__(
        self, table: str | type[Entity], values: dict[str, Any], parent_id: str | None = None
    ) -> None:
        self.model = services.model_of(table)
        self.table = services.table_name(self.model)
        self.values = dict(values)
        self.parent_id = parent_id
        self.entity_id: str | None = None
        self._snapshot: EntitySnapshot | None = None
        self._state: dict[str, Any] | None = None

    def _first(self, session: Session) -> ChangeSet | None:
        obj = services.create(session, self.model, self.values, self.parent_id)
        self.entity_id = obj.id
        self.label = entity_label(obj, self.label_lang)
        self._state = state(lifecycle.take_snapshot(session, self.model, obj.id))
        return None

    def _undo(self, session: Session) -> ChangeSet | None:
        assert self.entity_id is not None
        self._snapshot = _expect_state(session, self.model, self.entity_id, self._state)
        services.delete(session, self.model, self.entity_id)
        return _nulled(session, self._snapshot)

    def _redo(self, session: Session) -> ChangeSet | None:
        assert self._snapshot is not None
        lifecycle.restore_snapshot(session, self._snapshot)
        return None


class UpdateEdit(Edit):
    """Change some fields of an entry; undo puts back the old values. Based on the version
    and the values the user saw (`seen`: field -> value; taken from the register when not
    given, which is right only when the caller read them in the same breath)."""

    def __init__(
        self,
        table: str | type[Entity],
        entity_id: str,
        changes: dict[str, Any],
        version: int | None = None,
        seen: dict[str, Any] | None = None,
        force: bool = False,
    ) -> None:
        self.model = services.model_of(table)
        self.table = services.table_name(self.model)
        self.entity_id = entity_id
        self.changes = dict(changes)
        self.version = version
        self.seen = dict(seen) if seen is not None else None
        self.force = force
        self.old: dict[str, Any] = {}

    def _first(self, session: Session) -> ChangeSet | None:
        obj = existing(session, self.model, self.entity_id)
        self.old = {key: plain(getattr(obj, key)) for key in self.changes}
        if self.force or (self.seen is None and self.version is None):
            services.update(session, self.model, self.entity_id, self.changes)
        else:
            services.update(
                session,
                self.model,
                self.entity_id,
                self.changes,
                expected_version=self.version,
                expected=self.seen if self.seen is not None else None,
            )
        self.label = entity_label(obj, self.label_lang)  # named as it is now ("Edit “Salaries”")
        return None

    def _redo(self, session: Session) -> ChangeSet | None:
        existing(session, self.model, self.entity_id)
        services.update(session, self.model, self.entity_id, self.changes, expected=self.old)
        return None

    def _undo(self, session: Session) -> ChangeSet | None:
        existing(session, self.model, self.entity_id)
        services.update(session, self.model, self.entity_id, self.old, expected=self.changes)
        return None

    def merge(self, other: UpdateEdit) -> bool:
        """Take a following edit of the same fields of the same entry into this one (typing
        is one undo step): undo goes back to before the first."""
        if (
            other.model is not self.model
            or other.entity_id != self.entity_id
            or set(other.changes) != set(self.changes)
        ):
            return False
        self.changes = dict(other.changes)
        return True


class DeleteEdit(Edit):
    """Delete an entry and what it owns; undo restores it exactly (ids, values, links)."""

    def __init__(
        self, table: str | type[Entity], entity_id: str, version: int | None = None
    ) -> None:
        self.model = services.model_of(table)
        self.table = services.table_name(self.model)
        self.entity_id = entity_id
        self.version = version
        self.snapshot: EntitySnapshot | None = None
        self._state: dict[str, Any] | None = None

    def _delete(self, session: Session, version: int | None, expected: Any) -> ChangeSet:
        self.label = entity_label(existing(session, self.model, self.entity_id), self.label_lang)
        self.snapshot = _expect_state(session, self.model, self.entity_id, expected)
        services.delete(session, self.model, self.entity_id, version)
        self._state = state(self.snapshot)
        return _nulled(session, self.snapshot)

    def _first(self, session: Session) -> ChangeSet | None:
        return self._delete(session, self.version, None)

    def _redo(self, session: Session) -> ChangeSet | None:
        return self._delete(session, None, self._state)

    def _undo(self, session: Session) -> ChangeSet | None:
        assert self.snapshot is not None
        lifecycle.restore_snapshot(session, self.snapshot)
        return cs.of_rows(session, updated=[(t, i) for t, i, _c, _v in self.snapshot.nulled])


def _nulled(session: Session, snapshot: EntitySnapshot) -> ChangeSet:
    """The rows whose reference to a deleted entry the database emptied (no history row)."""
    return cs.of_rows(session, updated=[(t, i) for t, i, _c, _v in snapshot.nulled])


class LinksEdit(Edit):
    """Add and remove targets of an id-list link (an activity's data subjects, its security
    measures; a party's sub-processors), as a delta on the list as it is now."""

    def __init__(
        self,
        table: str | type[Entity],
        entity_id: str,
        key: str,
        added: list[str] | None = None,
        removed: list[str] | None = None,
    ) -> None:
        self.model = services.model_of(table)
        self.table = services.table_name(self.model)
        self.entity_id = entity_id
        self.key = key
        self.added = list(added or [])
        self.removed = list(removed or [])

    @classmethod
    def between(
        cls, table: str | type[Entity], entity_id: str, key: str, seen: list[str], wanted: list[str]
    ) -> LinksEdit:
        """The edit from the list the user saw to the list they made."""
        return cls(
            table,
            entity_id,
            key,
            added=[t for t in wanted if t not in seen],
            removed=[t for t in seen if t not in wanted],
        )

    def _apply(self, session: Session, added: list[str], removed: list[str]) -> None:
        owner = existing(session, self.model, self.entity_id)
        self.label = entity_label(owner, self.label_lang)
        services.change_links(session, owner, self.key, added, removed)

    def _first(self, session: Session) -> ChangeSet | None:
        owner = existing(session, self.model, self.entity_id)
        self.label = entity_label(owner, self.label_lang)
        added, removed = services.change_links(session, owner, self.key, self.added, self.removed)
        # Undo takes back only what this edit really changed.
        self.added, self.removed = added, removed
        return None

    def _redo(self, session: Session) -> ChangeSet | None:
        self._apply(session, self.added, self.removed)
        return None

    def _undo(self, session: Session) -> ChangeSet | None:
        self._apply(session, self.removed, self.added)
        return None


def current_links(db: RegisterDatabase, edit: LinksEdit) -> list[str]:
    """The link's targets as they are now (for a caller that does not know what the user saw)."""
    with db.reader() as session:
        owner = existing(session, edit.model, edit.entity_id)
        return [target.id for target in getattr(owner, edit.key)]


class DuplicateActivityEdit(Edit):
    """Copy an activity with all it holds; undo deletes the copy (if unchanged since), redo
    brings it back."""

    def __init__(self, activity_id: str, new_reference: str | None = None) -> None:
        self.activity_id = activity_id
        self.new_reference = new_reference
        self.copy_id: str | None = None
        self._snapshot: EntitySnapshot | None = None
        self._state: dict[str, Any] | None = None

    def _first(self, session: Session) -> ChangeSet | None:
        original = services.get(session, m.Activity, self.activity_id)
        self.label = entity_label(original, self.label_lang)
        copy = lifecycle.duplicate_activity(session, self.activity_id, self.new_reference)
        self.copy_id = copy.id
        self._state = state(lifecycle.take_snapshot(session, m.Activity, copy.id))
        return None

    def _undo(self, session: Session) -> ChangeSet | None:
        assert self.copy_id is not None
        self._snapshot = _expect_state(session, m.Activity, self.copy_id, self._state)
        services.delete(session, m.Activity, self.copy_id)
        return _nulled(session, self._snapshot)

    def _redo(self, session: Session) -> ChangeSet | None:
        assert self._snapshot is not None
        lifecycle.restore_snapshot(session, self._snapshot)
        return None


class AddTemplatesEdit(Edit):
    """Add templates as draft activities with the catalogue entries (and client) they had to
    create; undo deletes them all (if unchanged since), redo brings back the same ids."""

    def __init__(
        self,
        organisation_id: str,
        template_ids: list[str],
        lang: str | None = None,
        client_name: str | None = None,
    ) -> None:
        self.organisation_id = organisation_id
        self.template_ids = list(template_ids)
        self.lang = lang
        self.client_name = (client_name or "").strip() or None
        self.activity_ids: list[str] = []
        self.entry_ids: list[tuple[type[Entity], str]] = []
        self._snapshots: list[EntitySnapshot] = []
        self._states: dict[str, Any] = {}

    def _entries(self, session: Session) -> set[tuple[type[Entity], str]]:
        found: set[tuple[type[Entity], str]] = set()
        models: list[Any] = [model for _seed, model in templates.CATALOGUES.values()]
        for model in [*models, m.Party]:
            query = select(model.id).where(model.organisation_id == self.organisation_id)
            found.update((model, entry_id) for entry_id in session.scalars(query))
        return found

    def _owned(self) -> list[tuple[type[Entity], str]]:
        # Activities before the entries they use.
        return [(m.Activity, activity_id) for activity_id in self.activity_ids] + list(
            self.entry_ids
        )

    def _first(self, session: Session) -> ChangeSet | None:
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
        self._remember(session)
        return None

    def _remember(self, session: Session) -> None:
        self._states = {
            entity_id: state(lifecycle.take_snapshot(session, model, entity_id))
            for model, entity_id in self._owned()
        }

    def _undo(self, session: Session) -> ChangeSet | None:
        for model, entity_id in self._owned():
            _expect_state(session, model, entity_id, self._states.get(entity_id))
        self._snapshots = []
        result = cs.EMPTY
        for model, entity_id in self._owned():
            snapshot = lifecycle.take_snapshot(session, model, entity_id)
            self._snapshots.append(snapshot)
            services.delete(session, model, entity_id)
            result = result | _nulled(session, snapshot)
        return result

    def _redo(self, session: Session) -> ChangeSet | None:
        for snapshot in reversed(self._snapshots):  # entries before the activities using them
            lifecycle.restore_snapshot(session, snapshot)
        return None


def retire(activity_id: str, end_date: date, version: int | None = None) -> UpdateEdit:
    """Retire an activity from end_date, based on the version the user saw (retired or edited
    elsewhere meanwhile: a conflict)."""
    return UpdateEdit("activity", activity_id, lifecycle.retired_values(end_date), version)


def reactivate(activity_id: str, version: int | None = None) -> UpdateEdit:
    """Bring a retired activity back: active, without an end date."""
    return UpdateEdit("activity", activity_id, lifecycle.active_values(), version)


def existing(session: Session, model: type[Entity], entity_id: str) -> Entity:
    """The entry, or a ConflictError saying who deleted it and when (an edit made on a window
    that still showed it)."""
    obj = session.get(model, entity_id)
    if obj is not None:
        return obj
    table = services.table_name(model)
    rows = services.last_changes(session, table, entity_id)
    gone = rows.get(None)
    if gone is None or str(getattr(gone.action, "value", gone.action)) != "delete":
        raise NotFoundError(entity=Term(f"table.{table}"), id=entity_id)
    raise ConflictError(
        "error.conflict_deleted",
        details=[
            ConflictDetail(
                field=None, seen=None, current=None, user=gone.user, at=gone.at, action="delete"
            )
        ],
        table=table,
        entity_id=entity_id,
        entity=Term(f"table.{table}"),
        label=gone.entity_label or entity_id,
    )


__all__ = [
    "AddTemplatesEdit",
    "ChangeSet",
    "CreateEdit",
    "DeleteEdit",
    "DuplicateActivityEdit",
    "Edit",
    "LinksEdit",
    "UpdateEdit",
    "reactivate",
    "retire",
    "run",
]
