"""What the activity editor shows, read in one read-only session (plain values, no ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sqlalchemy import select

from ropa.db import models as m
from ropa.db.base import Base
from ropa.db.session import RegisterDatabase

CHILD_TABLES = ("purpose", "retention_phase")


@dataclass
class ActivityData:
    """An activity's columns, and those of its purposes and retention phases, in order."""

    activity: dict[str, Any]
    purposes: list[dict[str, Any]] = field(default_factory=list)
    phases: list[dict[str, Any]] = field(default_factory=list)

    def child_ids(self) -> set[str]:
        return {row["id"] for row in self.purposes + self.phases}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return list(value)
    return value


def _row(obj: Base) -> dict[str, Any]:
    return {column.key: _plain(getattr(obj, column.key)) for column in obj.__table__.columns}


def load_activity_data(db: RegisterDatabase, activity_id: str) -> ActivityData | None:
    """The activity and its children; None when it does not exist (any more)."""
    with db.reader() as session:
        activity = session.get(m.Activity, activity_id)
        if activity is None:
            return None
        return ActivityData(
            activity=_row(activity),
            purposes=[_row(p) for p in activity.purposes],
            phases=[_row(r) for r in activity.retention_phases],
        )


def activity_of_child(db: RegisterDatabase, table: str, entity_id: str) -> str | None:
    """The activity a purpose or retention phase belongs to (None if it does not exist)."""
    if table not in CHILD_TABLES:
        return None
    child = Base.metadata.tables[table]
    with db.reader() as session:
        found = session.execute(
            select(child.c.activity_id).where(child.c.id == entity_id)
        ).scalar_one_or_none()
    return str(found) if found is not None else None
