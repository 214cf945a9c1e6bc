"""Changing the register: create, update and delete any entity, validated, in the caller's
transaction (history is recorded by the session). The UI and the CLI change data only here.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any, TypeVar, cast

from pydantic import ValidationError as PydanticError
from sqlalchemy import FromClause, Table, func, select
from sqlalchemy.orm import Session

from ropa.core.errors import (
    ConflictDetail,
    ConflictError,
    NotFoundError,
    Problem,
    RopaError,
    Term,
    ValidationError,
)
from ropa.core.i18n import normalise_language
from ropa.core.language_switch import fill_seeded_texts, switch_main_language
from ropa.core.reads.rows import plain
from ropa.core.schema import problems_from_pydantic, row_model
from ropa.core.tree import ORGANISATION, Link, Node, parent_node
from ropa.core.validation import row_problems
from ropa.db import models as m
from ropa.db.audit import format_value
from ropa.db.base import Base, Entity
from ropa.db.translations import translated
from ropa.paths import resources_dir

E = TypeVar("E", bound=Entity)

UNIQUE_FIELDS = {
    "activity": ("reference",),
    "data_category": ("name",),
    "data_subject_category": ("name",),
    "recipient_category": ("name",),
    "security_measure": ("name",),
}
# A catalogue entry or party listed once per activity (unique with activity_id in the schema).
UNIQUE_PER_ACTIVITY = {
    "activity_data_category": "data_category_id",
    "activity_client": "party_id",
    "activity_joint_controller": "party_id",
}


@cache
def _nodes() -> dict[str, Node]:
    return {node.name: node for node in ORGANISATION.walk()}


def node_for(model: type[Any]) -> Node:
    return _nodes()[table_name(model)]


def model_of(table_or_model: str | type[E]) -> type[E]:
    """The model of a table name (the interface and the edits name tables, not classes)."""
    if not isinstance(table_or_model, str):
        return table_or_model
    model: Any = _model_for(Base.metadata.tables[table_or_model])
    return cast("type[E]", model)


def table_name(model: type[Any]) -> str:
    return str(model.__tablename__)


def _model_for(table: Table) -> type[Base]:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            cls: type[Base] = mapper.class_
            return cls
    raise KeyError(table.name)  # pragma: no cover


def validate_row(node: Node, row: dict[str, Any]) -> dict[str, Any]:
    """Check one row's types and rules; the validated values (defaults filled) or an error."""
    try:
        values: dict[str, Any] = row_model(node.name).model_validate(row).model_dump()
    except PydanticError as exc:
        raise ValidationError(problems_from_pydantic(exc)) from exc
    problems = row_problems(node.name, values)
    if problems:
        raise ValidationError(problems)
    return values


def validate_table_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """`validate_row` for a table named as the interface names it ("organisation")."""
    return validate_row(_nodes()[table], row)


def organisation_id_of(session: Session, node: Node, parent_id: str | None) -> str | None:
    """The organisation a row of `node` under `parent_id` belongs to (None for an
    organisation, or when the parent does not exist)."""
    parent = parent_node(node)
    if parent is None or parent_id is None:
        return None
    if parent.parent_column is None:
        return parent_id
    return owner_organisation(session, parent.table, parent_id)


def _reference_problems(
    session: Session,
    node: Node,
    values: dict[str, Any],
    org_id: str | None,
    own_id: str | None,
    parent_id: str | None,
) -> list[Problem]:
    problems: list[Problem] = []
    for column, target in node.references.items():
        ref = values.get(column)
        if ref is None:
            continue
        target_org = owner_organisation(session, target, ref)
        if target_org is None:
            problems.append(Problem(column, "problem.dangling", {"value": ref}))
        elif target_org != org_id:
            problems.append(Problem(column, "problem.other_organisation", {"value": ref}))
    if node.name == "retention_phase" and values.get("purpose_id"):
        purpose = session.get(m.Purpose, values["purpose_id"])
        if purpose is not None and purpose.activity_id != parent_id:
            problems.append(Problem("purpose_id", "problem.other_activity"))
    for field in UNIQUE_FIELDS.get(node.name, ()):
        table = node.table
        query = select(func.count()).where(
            table.c[field] == values[field], table.c.organisation_id == org_id
        )
        if own_id is not None:
            query = query.where(table.c.id != own_id)
        if session.execute(query).scalar_one():
            problems.append(
                Problem(
                    field,
                    "problem.duplicate_value",
                    {"value": values[field], "other": Term(f"tables.{node.name}")},
                )
            )
    per_activity = UNIQUE_PER_ACTIVITY.get(node.name)
    if per_activity is not None and values.get(per_activity) is not None and parent_id:
        table = node.table
        query = select(func.count()).where(
            table.c[per_activity] == values[per_activity], table.c.activity_id == parent_id
        )
        if own_id is not None:
            query = query.where(table.c.id != own_id)
        if session.execute(query).scalar_one():
            problems.append(Problem(per_activity, "problem.duplicate_link"))
    return problems


def owner_organisation(session: Session, table: Table, ref: str) -> str | None:
    """The organisation the row `ref` of `table` belongs to, through its parents however deep
    it nests (a purpose: its activity's; a DPIA's risk: its DPIA's). None when it is gone."""
    if table.name == ORGANISATION.name:
        found = session.execute(select(table.c.id).where(table.c.id == ref)).scalar_one_or_none()
        return None if found is None else str(found)
    if "organisation_id" in table.c:
        return session.execute(
            select(table.c.organisation_id).where(table.c.id == ref)
        ).scalar_one_or_none()
    # A child row: its parents joined up to the first that names its organisation.
    joined: FromClause = table
    node = _nodes()[table.name]
    while True:
        parent = parent_node(node)
        assert parent is not None and node.parent_column is not None
        joined = joined.join(parent.table, node.table.c[node.parent_column] == parent.table.c.id)
        if "organisation_id" in parent.table.c:
            break
        node = parent
    query = select(parent.table.c.organisation_id).select_from(joined).where(table.c.id == ref)
    return session.execute(query).scalar_one_or_none()


def get(session: Session, model: type[E], entity_id: str) -> E:
    obj = session.get(model, entity_id)
    if obj is None:
        raise NotFoundError(entity=Term(f"table.{table_name(model)}"), id=entity_id)
    return obj


def create(
    session: Session, model: type[E], values: dict[str, Any], parent_id: str | None = None
) -> E:
    """Add an entity under its parent (the organisation or activity id; none for organisations)."""
    node = node_for(model)
    row = {k: v for k, v in values.items() if k not in {"created_at", "updated_at"}}
    validated = validate_row(node, row)
    if node.parent_column is not None:
        if parent_id is None:
            raise ValidationError([Problem(node.parent_column, "problem.required")])
        parent = parent_node(node)
        assert parent is not None
        if session.get(_model_for(parent.table), parent_id) is None:
            raise NotFoundError(entity=Term(f"table.{parent.name}"), id=parent_id)
        validated[node.parent_column] = parent_id
    org_id = organisation_id_of(session, node, parent_id)
    problems = _reference_problems(session, node, validated, org_id, None, parent_id)
    if problems:
        raise ValidationError(problems)
    for stamp in ("created_at", "updated_at"):
        validated.pop(stamp, None)
    obj = model(**_to_orm(node, validated))
    session.add(obj)
    session.flush()
    return obj


def update(
    session: Session,
    model: type[E],
    entity_id: str,
    changes: dict[str, Any],
    expected_version: int | None = None,
    expected: dict[str, Any] | None = None,
) -> E:
    """Change some fields of an entity, if they are still what the edit was based on.

    `expected`: the values the user saw in the fields being changed (what the edit was based
    on). The edit lands if every field it changes still holds the value seen, whatever else
    changed since (someone else's edits of other fields are kept); otherwise a ConflictError
    says who changed what, and nothing is written. Without `expected`, `expected_version` (the
    version the edit was made on) must be the entity's version. With neither, the change is
    applied as is (imports, the command line).
    """
    node = node_for(model)
    obj = get(session, model, entity_id)
    if expected is not None:
        # The values decide, not the version: the version a form shows may have been read
        # again (a change made elsewhere) while the user kept typing from an older value.
        _check_values(session, obj, {k: expected.get(k) for k in changes})
    else:
        _check_version(session, obj, expected_version)
    fixed = {"id", "created_at", "updated_at", node.parent_column}
    unknown = [k for k in changes if k in fixed]
    if unknown:
        raise ValidationError([Problem(k, "problem.read_only") for k in unknown])
    current = {c.name: getattr(obj, c.key) for c in node.data_columns()}
    old_language = plain(current.get("language"))
    current.update(changes)
    new_language = plain(current.get("language"))
    switching = node.name == "organisation" and new_language != old_language
    if switching and "other_languages" not in changes:
        # The old main language becomes another document language (its texts move there).
        others = [lang for lang in current["other_languages"] or [] if lang != new_language]
        current["other_languages"] = [old_language, *[x for x in others if x != old_language]]
    validated = validate_row(node, {key: plain(value) for key, value in current.items()})
    parent_id = getattr(obj, node.parent_column) if node.parent_column else None
    org_id = organisation_id_of(session, node, parent_id)
    problems = _reference_problems(session, node, validated, org_id, obj.id, parent_id)
    if problems:
        raise ValidationError(problems)
    converted = _to_orm(node, validated)
    if switching:
        switch_main_language(session, obj, str(old_language), str(new_language))
    added_languages = []
    if node.name == "organisation":
        before = set(getattr(obj, "other_languages", None) or [])
        added_languages = [x for x in converted["other_languages"] if x not in before]
    for key in changes:
        setattr(obj, key, converted[key])
    if switching and "other_languages" not in changes:
        obj.other_languages = converted["other_languages"]  # type: ignore[attr-defined]
    if added_languages:
        fill_seeded_texts(obj, added_languages, SEED_TABLES, seed_catalogues())
    session.flush()
    return obj


def delete(
    session: Session, model: type[E], entity_id: str, expected_version: int | None = None
) -> None:
    """Delete an entity and what it owns; refused while other entries still refer to it."""
    obj = get(session, model, entity_id)
    _check_version(session, obj, expected_version)
    users = _usage_count(session, node_for(model).table, entity_id)
    if users:
        raise RopaError(
            "error.in_use",
            entity=Term(f"table.{table_name(model)}"),
            label=obj.label(),
            count=users,
        )
    session.delete(obj)
    session.flush()


def _usage_count(session: Session, table: Table, entity_id: str) -> int:
    """Rows of other tables whose RESTRICT foreign keys point at this row."""
    total = 0
    for other in Base.metadata.tables.values():
        for fk in other.foreign_keys:
            if fk.column.table is table and fk.ondelete == "RESTRICT":
                total += session.execute(
                    select(func.count()).where(fk.parent == entity_id)
                ).scalar_one()
    return total


def set_links(session: Session, owner: Entity, key: str, target_ids: list[str]) -> None:
    """Replace an id-list link (an activity's data subjects, security measures; subprocessors)."""
    node = node_for(type(owner))
    link: Link = next(lk for lk in node.links if lk.key == key)
    target_model = _model_for(link.target)
    if node.parent_column is None:
        org_id: str | None = owner.id
    else:
        org_id = organisation_id_of(session, node, getattr(owner, node.parent_column))
    problems = []
    targets = []
    for i, target_id in enumerate(dict.fromkeys(target_ids)):
        target = session.get(target_model, target_id)
        if target is None:
            problems.append(Problem(f"{key}[{i}]", "problem.dangling", {"value": target_id}))
        elif getattr(target, "organisation_id", None) != org_id:
            problems.append(
                Problem(f"{key}[{i}]", "problem.other_organisation", {"value": target_id})
            )
        elif target is owner:
            problems.append(Problem(f"{key}[{i}]", "problem.self_reference"))
        else:
            targets.append(target)
    if problems:
        raise ValidationError(problems)
    setattr(owner, key, targets)
    session.flush()


def change_links(
    session: Session,
    owner: Entity,
    key: str,
    added: list[str] | tuple[str, ...] = (),
    removed: list[str] | tuple[str, ...] = (),
) -> tuple[list[str], list[str]]:
    """Apply what the user added to and removed from an id-list link to the list as it is now
    (so a link someone else added meanwhile is kept). Returns what really changed: the ids
    added and removed (an id already there, or already gone, is left as it is)."""
    current = [target.id for target in getattr(owner, key)]
    gone = set(removed)
    result = [target for target in current if target not in gone]
    really_added = [target for target in dict.fromkeys(added) if target not in result]
    result.extend(really_added)
    really_removed = [target for target in current if target in gone]
    if really_added or really_removed:
        set_links(session, owner, key, result)
    return really_added, really_removed


def comparable(value: Any) -> str | None:
    """A value as the history writes it, so a value seen in a form (a date, an enum's text,
    a number) and the stored one compare equal when they are the same."""
    if isinstance(value, str) and value == "":
        return None
    return format_value(value)


def last_changes(
    session: Session, table: str, entity_id: str, fields: list[str] | None = None
) -> dict[str | None, Any]:
    """The latest history row of the entity per field (None: its creation or deletion)."""
    query = (
        select(m.Change)
        .where(m.Change.entity_type == table, m.Change.entity_id == entity_id)
        .order_by(m.Change.id.desc())
        .limit(200)
    )
    found: dict[str | None, Any] = {}
    for change in session.scalars(query):
        if fields is not None and change.field is not None and change.field not in fields:
            continue
        found.setdefault(change.field, change)
    return found


def conflict(
    session: Session, obj: Entity, details: list[ConflictDetail] | None = None
) -> ConflictError:
    table = table_name(type(obj))
    return ConflictError(
        details=details or latest_details(session, table, obj.id),
        table=table,
        entity_id=obj.id,
        entity=Term(f"table.{table}"),
        label=obj.label(),
    )


def latest_details(session: Session, table: str, entity_id: str) -> list[ConflictDetail]:
    """The fields changed by the entity's last change (its last batch), as conflict details."""
    rows = last_changes(session, table, entity_id)
    if not rows:
        return []
    last_batch = max(rows.values(), key=lambda change: change.id).batch
    details = [
        ConflictDetail(
            field=change.field,
            seen=change.old_value,
            current=change.new_value,
            user=change.user,
            at=change.at,
            action=change.action.value,
        )
        for change in rows.values()
        if change.batch == last_batch and change.field is not None
    ]
    return sorted(details, key=lambda d: d.field or "")


def _check_values(session: Session, obj: Entity, expected: dict[str, Any]) -> None:
    """Refuse (ConflictError naming who changed what) when a field no longer holds the value
    the edit was based on."""
    stale = [
        key
        for key, seen in expected.items()
        if comparable(seen) != comparable(_current_value(obj, key))
    ]
    if not stale:
        return
    table = table_name(type(obj))
    history = last_changes(session, table, obj.id, stale)
    details = []
    for key in stale:
        change = history.get(key)
        details.append(
            ConflictDetail(
                field=key,
                seen=comparable(expected[key]),
                current=comparable(_current_value(obj, key)),
                user=change.user if change is not None else None,
                at=change.at if change is not None else None,
            )
        )
    raise conflict(session, obj, details)


def _current_value(obj: Entity, key: str) -> Any:
    value = getattr(obj, key)
    if isinstance(value, list) and value and isinstance(value[0], Entity):
        return sorted(target.id for target in value)
    return value


def _check_version(session: Session, obj: Entity, expected: int | None) -> None:
    if expected is not None and obj.version != expected:
        raise conflict(session, obj)


def _to_orm(node: Node, values: dict[str, Any]) -> dict[str, Any]:
    """Validated plain values -> ORM attribute values (enum columns take their members)."""
    result = dict(values)
    for column in node.table.columns:
        enum_cls = getattr(column.type, "enum_class", None)
        value = result.get(column.name)
        if enum_cls is not None and isinstance(value, str):
            result[column.name] = enum_cls(value)
    return result


# -- organisations ----------------------------------------------------------------------------

SEED_TABLES = {
    "data_categories": m.DataCategory,
    "data_subject_categories": m.DataSubjectCategory,
    "recipient_categories": m.RecipientCategory,
    "security_measures": m.SecurityMeasure,
}


@cache
def seed_catalogues() -> dict[str, list[dict[str, Any]]]:
    path = resources_dir() / "catalogues" / "seed.json"
    data: dict[str, list[dict[str, Any]]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def seed_entry_values(entry: dict[str, Any], lang: str, others: list[str]) -> dict[str, Any]:
    """One seed catalogue entry's column values: a translated text in lang (its main column)
    and in each of the other languages (their sibling columns); other values as they are."""
    values: dict[str, Any] = {}
    for field, value in entry.items():
        if not isinstance(value, dict):
            values[field] = value
            continue
        values[field] = value.get(lang)
        for other in others:
            values[translated(field, other)] = value.get(other)
    return values


def create_organisation(
    session: Session, values: dict[str, Any], *, seed: bool = True
) -> m.Organisation:
    """A new organisation, its catalogues seeded in its language."""
    org = create(session, m.Organisation, values)
    if seed:
        lang = normalise_language(org.language.value)
        others = [x for x in org.other_languages or [] if x != lang]
        for key, model in SEED_TABLES.items():
            for position, entry in enumerate(seed_catalogues().get(key, [])):
                row = seed_entry_values(entry, lang, others)
                row["position"] = position
                session.add(model(organisation_id=org.id, **row))
        session.flush()
    return org
