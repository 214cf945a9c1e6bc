"""What the history page shows: the newest matching changes, the users of the log, and the
activity each change belongs to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ropa.core.handle import Register
from ropa.core.queries import HistoryEntry, history, history_users
from ropa.core.tree import ACTIVITY

MAX_ROWS = 5000
"""The newest matching changes shown at most (the filters narrow what is read)."""

_ACTIVITY_CHILDREN = {node.name: node.table for node in ACTIVITY.children}


@dataclass(frozen=True)
class HistoryFilters:
    entity_type: str | None = None
    user: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class HistoryPage:
    """What the history page shows, read in one snapshot."""

    entries: list[HistoryEntry]
    users: list[str]
    # entity id -> its activity's id, for the activities and their children that still exist
    activities: dict[str, str] = field(default_factory=dict)


def load_history(db: Register, filters: HistoryFilters, limit: int = MAX_ROWS) -> HistoryPage:
    """Read the newest matching changes, the users of the log, and each entry's activity."""
    with db.reader() as session:
        entries = history(
            session,
            limit=limit,
            entity_type=filters.entity_type,
            user=filters.user,
            since=filters.since,
            until=filters.until,
        )
        wanted: dict[str, set[str]] = {}
        for entry in entries:
            if entry.entity_type == ACTIVITY.name or entry.entity_type in _ACTIVITY_CHILDREN:
                wanted.setdefault(entry.entity_type, set()).add(entry.entity_id)
        activities: dict[str, str] = {}
        for entity_type, ids in wanted.items():
            table = _ACTIVITY_CHILDREN.get(entity_type, ACTIVITY.table)
            parent = table.c.id if table is ACTIVITY.table else table.c.activity_id
            for chunk in _chunks(sorted(ids)):
                query = select(table.c.id, parent.label("activity_id")).where(table.c.id.in_(chunk))
                activities.update(
                    (str(key), str(value)) for key, value in session.execute(query).tuples()
                )
        return HistoryPage(entries, history_users(session), activities)


def _chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    return [ids[n : n + size] for n in range(0, len(ids), size)]
