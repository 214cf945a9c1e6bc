"""What one operation changed, as one value: the change set every page refreshes from.

A change set is read from the history rows of a transaction (so it is the same whether the
change was made by this window, another window of this process, or another process), plus what
the database did by itself (references emptied by ON DELETE SET NULL), which the operation adds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core.tree import ACTIVITY
from ropa.db.base import Base
from ropa.db.models import Change

Key = tuple[str, str]  # (table, id)

# Tables whose rows belong to one activity (their activity_id column names it).
ACTIVITY_CHILD_TABLES = frozenset(child.name for child in ACTIVITY.children)


@dataclass(frozen=True)
class ChangeSet:
    """Rows created, updated and deleted by one operation, by (table, id).

    `activities`: the activities whose own row or one of whose children changed (so an
    activity editor knows it is concerned without asking the database). `whole`: something
    changed that is not listed row by row (an import, a change made elsewhere without
    history): every page reads everything again.
    """

    created: frozenset[Key] = frozenset()
    updated: frozenset[Key] = frozenset()
    deleted: frozenset[Key] = frozenset()
    activities: frozenset[str] = frozenset()
    whole: bool = False
    users: frozenset[str] = field(default=frozenset(), compare=False)

    def __bool__(self) -> bool:
        return self.whole or bool(self.created or self.updated or self.deleted)

    def keys(self) -> frozenset[Key]:
        return self.created | self.updated | self.deleted

    def tables(self) -> frozenset[str]:
        return frozenset(table for table, _id in self.keys())

    def touches(self, *tables: str) -> bool:
        """True when a row of one of these tables changed (or everything may have)."""
        return self.whole or any(table in tables for table, _id in self.keys())

    def ids(self, table: str) -> frozenset[str]:
        return frozenset(entity_id for t, entity_id in self.keys() if t == table)

    def concerns(self, table: str, entity_id: str | None) -> bool:
        """True when this row changed (or everything may have)."""
        return self.whole or (entity_id is not None and (table, entity_id) in self.keys())

    def concerns_activity(self, activity_id: str | None) -> bool:
        return self.whole or (activity_id is not None and activity_id in self.activities)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            created=self.created | other.created,
            updated=self.updated | other.updated,
            deleted=self.deleted | other.deleted,
            activities=self.activities | other.activities,
            whole=self.whole or other.whole,
            users=self.users | other.users,
        )

    def pairs(self) -> list[Key]:
        """Every (table, id), in a stable order (for the views that take them one by one)."""
        return sorted(self.keys())


EMPTY = ChangeSet()
WHOLE = ChangeSet(whole=True)


def from_history(session: Session, rows: Iterable[Any]) -> ChangeSet:
    """The change set described by history rows (Change objects or rows with its columns)."""
    created: set[Key] = set()
    updated: set[Key] = set()
    deleted: set[Key] = set()
    users: set[str] = set()
    whole = False
    for row in rows:
        users.add(str(row.user))
        action = str(getattr(row.action, "value", row.action))
        key = (str(row.entity_type), str(row.entity_id))
        if action == "create":
            created.add(key)
        elif action == "update":
            updated.add(key)
        elif action == "delete":
            deleted.add(key)
        else:  # an import: too many rows to list
            whole = True
    # A row created and deleted in one batch is only deleted; created then updated is created.
    updated -= created | deleted
    created -= deleted
    activities = {
        entity_id for table, entity_id in created | updated | deleted if table == "activity"
    }
    activities |= _activities_of_children(session, created | updated | deleted)
    return ChangeSet(
        frozenset(created),
        frozenset(updated),
        frozenset(deleted),
        frozenset(activities),
        whole,
        frozenset(users),
    )


def _activities_of_children(session: Session, keys: set[Key]) -> set[str]:
    """The activities of the child rows among keys (deleted ones are not found: the editor
    showing them knows their ids)."""
    found: set[str] = set()
    by_table: dict[str, list[str]] = {}
    for table, entity_id in keys:
        if table in ACTIVITY_CHILD_TABLES:
            by_table.setdefault(table, []).append(entity_id)
    for table, ids in by_table.items():
        child = Base.metadata.tables[table]
        for start in range(0, len(ids), 500):
            query = select(child.c.activity_id).where(child.c.id.in_(ids[start : start + 500]))
            found.update(str(a) for a in session.scalars(query) if a is not None)
    return found


def of_batch(session: Session, batch: str) -> ChangeSet:
    """What one transaction (its history batch) changed."""
    rows = session.scalars(select(Change).where(Change.batch == batch)).all()
    return from_history(session, rows)


def of_rows(
    session: Session,
    created: Iterable[Key] = (),
    updated: Iterable[Key] = (),
    deleted: Iterable[Key] = (),
) -> ChangeSet:
    """A change set for rows the database changed without history (e.g. SET NULL)."""
    keys = set(created) | set(updated) | set(deleted)
    activities = {entity_id for table, entity_id in keys if table == "activity"}
    activities |= _activities_of_children(session, keys)
    return ChangeSet(
        frozenset(created), frozenset(updated), frozenset(deleted), frozenset(activities)
    )
