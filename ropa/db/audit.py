"""Records every create, update and delete made through a Session into the change log."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import MANYTOONE, Session, sessionmaker
from sqlalchemy.orm.attributes import get_history

from ropa.db.base import Entity, new_id, utcnow
from ropa.db.enums import ChangeAction
from ropa.db.models import Change

# Bookkeeping columns: their changes are not the user's.
SKIPPED_FIELDS = frozenset({"id", "created_at", "updated_at", "version"})
_BATCH_KEY = "ropa_batch"


def format_value(value: Any) -> str | None:
    """How a value is written in the change log (and shown to the user)."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _labels(items: Any) -> str | None:
    if not items:
        return None
    return json.dumps(sorted(item.label() for item in items), ensure_ascii=False)


def organisation_of(session: Session, obj: Any) -> str | None:
    """The organisation an entity belongs to (itself for an organisation).

    Works before the flush too, when a new child is only attached through a relationship.
    """
    if type(obj).__tablename__ == "organisation":
        return str(obj.id)
    org_id = getattr(obj, "organisation_id", None)
    if org_id is None:
        organisation = getattr(obj, "organisation", None)
        org_id = organisation.id if organisation is not None else None
    if org_id is not None:
        return str(org_id)
    parent = _owner(session, obj)
    if parent is not None and parent is not obj:
        return organisation_of(session, parent)
    return None


def _owner(session: Session, obj: Any) -> Any:
    """The row that owns a child row (a purpose's activity, a DPIA risk's DPIA): the one its
    ON DELETE CASCADE many-to-one relationship points to, attached or named by its id."""
    for rel in inspect(obj).mapper.relationships:
        if rel.direction is not MANYTOONE or len(rel.local_columns) != 1:
            continue
        [column] = rel.local_columns
        if not any(fk.ondelete == "CASCADE" for fk in column.foreign_keys):
            continue
        parent = getattr(obj, rel.key, None)
        parent_id = getattr(obj, column.key, None)
        if parent is None and parent_id is not None:
            parent = session.get(rel.mapper.class_, parent_id)
        if parent is not None:
            return parent
    return None


def _change(session: Session, obj: Any, action: ChangeAction, **values: Any) -> Change:
    batch = session.info.setdefault(_BATCH_KEY, str(uuid.uuid4()))
    return Change(
        at=utcnow(),
        user=str(session.info.get("user") or "unknown"),
        batch=batch,
        organisation_id=organisation_of(session, obj),
        entity_type=type(obj).__tablename__,
        entity_id=obj.id,
        entity_label=(obj.label() or "")[:300],
        action=action,
        **values,
    )


def recorded_values(obj: Any) -> str | None:
    """What a deleted entry held, as a JSON object of its fields (as the log writes values,
    empty ones left out), so the history can still say what it was and where it belonged."""
    values = {}
    for attr in inspect(obj).mapper.column_attrs:
        if attr.key in SKIPPED_FIELDS:
            continue
        value = format_value(getattr(obj, attr.key, None))
        if value not in (None, "", "[]"):
            values[attr.key] = value
    return json.dumps(values, ensure_ascii=False) if values else None


def _updates(session: Session, obj: Any) -> list[Change]:
    changes = []
    state = inspect(obj)
    mapper = state.mapper
    for attr in mapper.column_attrs:
        if attr.key in SKIPPED_FIELDS:
            continue
        hist = get_history(obj, attr.key)
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if not hist.deleted and hist.unchanged:
            old = hist.unchanged[0]
        if format_value(old) == format_value(new):
            continue
        changes.append(
            _change(
                session,
                obj,
                ChangeAction.UPDATE,
                field=attr.key,
                old_value=format_value(old),
                new_value=format_value(new),
            )
        )
    for rel in mapper.relationships:
        if rel.secondary is None:
            continue
        hist = get_history(obj, rel.key)
        if not hist.has_changes():
            continue
        before = list(hist.unchanged) + list(hist.deleted)
        after = list(hist.unchanged) + list(hist.added)
        changes.append(
            _change(
                session,
                obj,
                ChangeAction.UPDATE,
                field=rel.key,
                old_value=_labels(before),
                new_value=_labels(after),
            )
        )
    return changes


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    records: list[Change] = []
    # Ids first: a new child's record names its new parent's organisation.
    for obj in session.new:
        if isinstance(obj, Entity) and obj.id is None:
            obj.id = new_id()
    for obj in session.new:
        if isinstance(obj, Entity):
            records.append(_change(session, obj, ChangeAction.CREATE))
    for obj in session.dirty:
        if isinstance(obj, Entity) and session.is_modified(obj, include_collections=True):
            records.extend(_updates(session, obj))
    for obj in session.deleted:
        if isinstance(obj, Entity):
            records.append(
                _change(session, obj, ChangeAction.DELETE, old_value=recorded_values(obj))
            )
    session.add_all(records)


def _end_transaction(session: Session, *_args: Any) -> None:
    session.info.pop(_BATCH_KEY, None)


def install_audit(factory: sessionmaker[Session]) -> None:
    """Make every session of this factory record its changes."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_commit", _end_transaction)
    event.listen(factory, "after_rollback", _end_transaction)


def current_batch(session: Session) -> str | None:
    """The batch id of the session's current transaction, if it wrote any history yet."""
    batch = session.info.get(_BATCH_KEY)
    return str(batch) if batch is not None else None


def new_batch(session: Session) -> str:
    """The batch id of the session's current transaction."""
    return str(session.info.setdefault(_BATCH_KEY, str(uuid.uuid4())))
