"""Operations beyond plain CRUD: snapshot and restore (undo delete), duplicate, retire, restore.

Each works inside the caller's Session (a `RegisterDatabase.transaction()`); the tables and
columns come from the tree description (ropa.core.tree) and the foreign keys of the metadata,
so a new column or child table is covered without touching this module.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from ropa.core import services
from ropa.core.errors import ConflictError, NotFoundError, Problem, Term, ValidationError
from ropa.core.i18n import normalise_language, tr
from ropa.core.snapshot import bulk_insert
from ropa.core.tree import ACTIVITY, INSERT_ORDER, LINK_TABLES
from ropa.db import models as m
from ropa.db.audit import format_value, new_batch, organisation_of
from ropa.db.base import Base, Entity, new_id, utcnow
from ropa.db.enums import ChangeAction, Role, Status
from ropa.db.translations import LANGUAGES, translated

Row = dict[str, Any]

# The message key of a copy's name ("{name} (copy)").
COPY_NAME_KEY = "activity.copy_name"
REFERENCE_LENGTH = 40
NAME_LENGTH = 300


@dataclass(frozen=True)
class EntitySnapshot:
    """An entity and every row deleted with it, as plain dicts of all their columns.

    `rows` maps a table name to its rows (tables in insert order), `links` a link table name
    to its rows, and `nulled` lists the references other rows lose when the entity is deleted
    (ON DELETE SET NULL): (table, row id, column, value).
    """

    table: str
    entity_id: str
    label: str
    rows: dict[str, list[Row]] = field(default_factory=dict)
    links: dict[str, list[Row]] = field(default_factory=dict)
    nulled: list[tuple[str, str, str, str]] = field(default_factory=list)

    def row_count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())


@cache
def _models() -> dict[str, type[Any]]:
    return {
        str(mapper.persist_selectable.description): mapper.class_
        for mapper in Base.registry.mappers
    }


def _node_tables() -> dict[str, Table]:
    return {node.name: node.table for node in INSERT_ORDER}


def _link_tables() -> dict[str, Table]:
    return {link.table.name: link.table for _node, link in LINK_TABLES}


# -- snapshot ---------------------------------------------------------------------------------


def take_snapshot(session: Session, model: type[Entity], entity_id: str) -> EntitySnapshot:
    """The entity with everything its deletion would remove (or empty) in other rows."""
    obj = services.get(session, model, entity_id)
    root = services.node_for(model).table
    nodes, links = _node_tables(), _link_tables()
    found: dict[str, dict[str, Row]] = {name: {} for name in nodes}
    link_rows: dict[str, set[tuple[Any, ...]]] = {name: set() for name in links}
    nulls: set[tuple[str, str, str, str]] = set()

    first = session.execute(select(root).where(root.c.id == entity_id)).mappings().one()
    found[root.name][entity_id] = dict(first)
    pending: list[tuple[Table, list[str]]] = [(root, [entity_id])]
    while pending:
        table, ids = pending.pop()
        for other in Base.metadata.sorted_tables:
            for fk in other.foreign_keys:
                if fk.column.table is not table or fk.ondelete not in ("CASCADE", "SET NULL"):
                    continue
                if other.name in links:
                    if fk.ondelete == "CASCADE":
                        for link in session.execute(select(other).where(fk.parent.in_(ids))):
                            link_rows[other.name].add(tuple(link))
                    continue
                if other.name not in nodes:
                    continue  # pragma: no cover - every entity table is in the tree
                hits = session.execute(select(other).where(fk.parent.in_(ids))).mappings().all()
                if fk.ondelete == "SET NULL":
                    nulls.update(
                        (other.name, r["id"], fk.parent.name, r[fk.parent.name]) for r in hits
                    )
                    continue
                new = [dict(r) for r in hits if r["id"] not in found[other.name]]
                for row in new:
                    found[other.name][row["id"]] = row
                if new:
                    pending.append((other, [row["id"] for row in new]))

    ordered = {
        name: sorted(rows.values(), key=lambda r: (r.get("position", 0), r["id"]))
        for name, rows in found.items()
        if rows
    }
    return EntitySnapshot(
        table=root.name,
        entity_id=entity_id,
        label=obj.label(),
        rows=ordered,
        links={
            name: [dict(zip(links[name].c.keys(), values, strict=True)) for values in sorted(rows)]
            for name, rows in link_rows.items()
            if rows
        },
        nulled=sorted(n for n in nulls if n[1] not in found[n[0]]),
    )


def restore_snapshot(session: Session, snapshot: EntitySnapshot) -> None:
    """Put a deleted entity back exactly as it was (same ids, values and timestamps).

    Refused, with nothing written, when it still exists, when something it refers to is gone,
    or when another entry now holds one of its unique values.
    """
    nodes = _node_tables()
    restored = {(name, row["id"]) for name, rows in snapshot.rows.items() for row in rows}
    for name, rows in snapshot.rows.items():
        table = nodes[name]
        ids = [row["id"] for row in rows]
        clash = session.execute(select(table.c.id).where(table.c.id.in_(ids))).first()
        if clash is not None:
            raise ConflictError(entity=Term(f"table.{snapshot.table}"), label=snapshot.label)
        for row in rows:
            _check_references(session, table, row, restored)
            _check_unique(session, name, row)
    links = _link_tables()
    for name, rows in snapshot.links.items():
        for row in rows:
            _check_references(session, links[name], row, restored)

    connection = session.connection()
    for node in INSERT_ORDER:
        node_rows = snapshot.rows.get(node.name)
        if node_rows:
            bulk_insert(connection, node.table, node_rows)
    for name, rows in snapshot.links.items():
        bulk_insert(connection, links[name], rows)
    history: list[Row] = []
    for node in INSERT_ORDER:
        for row in snapshot.rows.get(node.name, []):
            history.append(_history(session, node.name, row["id"], ChangeAction.CREATE))
    for name, row_id, column, value in snapshot.nulled:
        table = nodes[name]
        result = session.execute(
            update(table)
            .where(table.c.id == row_id, table.c[column].is_(None))
            # The database emptied it without touching updated_at; neither does this.
            .values({column: value, "updated_at": table.c.updated_at})
        )
        if result.rowcount:  # type: ignore[attr-defined]
            history.append(
                _history(session, name, row_id, ChangeAction.UPDATE, field=column, new_value=value)
            )
    if history:
        session.execute(insert(m.Change), history)


def _check_references(session: Session, table: Table, row: Row, restored: set[Any]) -> None:
    for fk in table.foreign_keys:
        value = row.get(fk.parent.name)
        target = fk.column.table
        if value is None or (target.name, value) in restored:
            continue
        found = session.execute(select(target.c.id).where(target.c.id == value)).first()
        if found is None:
            raise NotFoundError(entity=Term(f"table.{target.name}"), id=value)


def _check_unique(session: Session, name: str, row: Row) -> None:
    table = _node_tables()[name]
    for column in services.UNIQUE_FIELDS.get(name, ()):
        taken = session.execute(
            select(func.count()).where(
                table.c[column] == row[column],
                table.c.organisation_id == row["organisation_id"],
                table.c.id != row["id"],
            )
        ).scalar_one()
        if taken:
            raise ValidationError(
                [
                    Problem(
                        column,
                        "problem.duplicate_value",
                        {"value": row[column], "other": Term(f"tables.{name}")},
                    )
                ]
            )


def _history(
    session: Session,
    table: str,
    entity_id: str,
    action: ChangeAction,
    field: str | None = None,
    new_value: Any = None,
) -> Row:
    obj = session.get(_models()[table], entity_id)
    return {
        "at": utcnow(),
        "user": str(session.info.get("user") or "unknown"),
        "batch": new_batch(session),
        "organisation_id": organisation_of(session, obj),
        "entity_type": table,
        "entity_id": entity_id,
        "entity_label": (obj.label() if obj is not None else "")[:300],
        "action": action,
        "field": field,
        "old_value": None,
        "new_value": format_value(new_value),
    }


# -- duplicate --------------------------------------------------------------------------------


def duplicate_activity(
    session: Session, activity_id: str, new_reference: str | None = None
) -> m.Activity:
    """A deep copy of an activity with new ids everywhere, a free reference, a draft status."""
    original = services.get(session, m.Activity, activity_id)
    org_id = original.organisation_id
    taken = set(
        session.scalars(
            select(m.Activity.reference).where(m.Activity.organisation_id == org_id)
        ).all()
    )
    if new_reference is not None:
        reference = new_reference.strip()
        if not reference or len(reference) > REFERENCE_LENGTH:
            raise ValidationError([Problem("reference", "problem.required")])
        if reference in taken:
            raise ValidationError(
                [
                    Problem(
                        "reference",
                        "problem.duplicate_value",
                        {"value": reference, "other": Term("tables.activity")},
                    )
                ]
            )
    else:
        reference = free_reference(original.reference, taken)
    organisation = services.get(session, m.Organisation, org_id)
    lang = normalise_language(organisation.language.value)

    table = ACTIVITY.table
    row = dict(session.execute(select(table).where(table.c.id == activity_id)).mappings().one())
    copy_id = new_id()
    values = _copied(row)
    values.update(
        id=copy_id,
        reference=reference,
        name=copy_name(lang, row["name"]),
        status=Status.DRAFT,
        end_date=None,
    )
    for other in LANGUAGES:  # its name in each other language says it is a copy too
        if row.get(translated("name", other)):
            values[translated("name", other)] = copy_name(other, row[translated("name", other)])
    copy = m.Activity(**values)
    for link in ACTIVITY.links:
        target_model = _models()[link.target.name]
        target_ids = session.scalars(
            select(link.table.c[link.target_column])
            .where(link.table.c[link.owner_column] == activity_id)
            .order_by(link.table.c[link.target_column])
        ).all()
        setattr(copy, link.key, [session.get(target_model, t) for t in target_ids])
    session.add(copy)

    new_ids: dict[str, str] = {}
    children: list[tuple[type[Any], Row]] = []
    for child in ACTIVITY.children:
        assert child.parent_column is not None
        query = select(child.table).where(child.table.c[child.parent_column] == activity_id)
        for found in session.execute(query.order_by(child.table.c.id)).mappings():
            new_ids[found["id"]] = new_id()
            children.append((_models()[child.name], dict(found)))
    for child_model, child_row in children:
        values = _copied(child_row)
        values["id"] = new_ids[child_row["id"]]
        values["activity_id"] = copy_id
        if values.get("purpose_id") is not None:
            values["purpose_id"] = new_ids[values["purpose_id"]]
        session.add(child_model(**values))
    session.flush()
    return copy


def _copied(row: Row) -> Row:
    skipped = {"id", "created_at", "updated_at", "version"}
    return {k: (list(v) if isinstance(v, list) else v) for k, v in row.items() if k not in skipped}


_NUMBERED = re.compile(r"(.*?)(\d+)")


def next_reference(references: Iterable[str], taken: set[str], default_prefix: str) -> str:
    """A free reference following the most used numbering of `references` ("T-07" after
    "T-06"), else default_prefix + "01"."""
    numbered = [match for ref in references if (match := _NUMBERED.fullmatch(ref))]
    prefixes = Counter(match[1] for match in numbered)
    prefix = prefixes.most_common(1)[0][0] if prefixes else default_prefix
    same = [match for match in numbered if match[1] == prefix]
    width = max((len(match[2]) for match in same), default=2)
    number = max((int(match[2]) for match in same), default=0) + 1
    while f"{prefix}{number:0{width}d}" in taken:
        number += 1
    return f"{prefix}{number:0{width}d}"


def new_reference(session: Session, organisation_id: str, role: Role) -> str:
    """The reference a new activity of `role` gets in the organisation: the next one of the
    numbering its kind (processor, or controller and joint controller) uses most ("P-01" /
    "T-01" to begin), free among all the organisation's activities."""
    rows = session.execute(
        select(m.Activity.reference, m.Activity.role)
        .where(m.Activity.organisation_id == organisation_id)
        .order_by(m.Activity.reference, m.Activity.id)
    ).all()
    processor = role == Role.PROCESSOR
    same_kind = [ref for ref, other in rows if (other == Role.PROCESSOR) == processor]
    return next_reference(same_kind, {ref for ref, _ in rows}, "P-" if processor else "T-")


def free_reference(reference: str, taken: set[str]) -> str:
    """The first of "T-01-2", "T-01-3"... that no activity of the organisation uses."""
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = reference[: REFERENCE_LENGTH - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        number += 1


def copy_name(lang: str, name: str) -> str:
    """The name of a copy in the organisation's language, e.g. "Payroll (copy)"."""
    text = tr(lang, COPY_NAME_KEY, name=name)
    if len(text) > NAME_LENGTH:
        extra = len(text) - len(name)
        text = copy_name(lang, name[: NAME_LENGTH - extra])
    return text


# -- retire / restore -------------------------------------------------------------------------


def retired_values(end_date: date) -> dict[str, Any]:
    """What retiring an activity changes: retired, from end_date."""
    return {"status": Status.RETIRED.value, "end_date": end_date}


def active_values() -> dict[str, Any]:
    """What reactivating an activity changes: active again, without an end date."""
    return {"status": Status.ACTIVE.value, "end_date": None}


def retire_activity(
    session: Session, activity_id: str, end_date: date, expected_version: int | None = None
) -> m.Activity:
    """Mark an activity retired from end_date (it stays in the register and its history)."""
    return services.update(
        session,
        m.Activity,
        activity_id,
        retired_values(end_date),
        expected_version,
    )


def restore_activity(
    session: Session, activity_id: str, expected_version: int | None = None
) -> m.Activity:
    """Bring a retired activity back: active again, without an end date."""
    return services.update(
        session,
        m.Activity,
        activity_id,
        active_values(),
        expected_version,
    )
