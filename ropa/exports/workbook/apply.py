"""Applying an import plan: the differences between the register's tree and the workbook's,
written through ropa.core.services (create / update / delete / set_links), so the change log
records each change as if it had been made by hand.

Order: the organisation, then new and changed rows parents first (catalogues and parties, then
activities, their children, cookies), then id-list links, then deletions children first. A
unique key (an activity's reference, a catalogue entry's name) passed from one row to another
is first moved out of the way, so that renaming A to B and adding a new A works.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ropa.core import services
from ropa.core.snapshot import Row
from ropa.core.tree import INSERT_ORDER, LINK_TABLES, ORGANISATION, Node, parent_node
from ropa.db import models as m
from ropa.db.base import Base
from ropa.db.models import Change

SKIPPED = frozenset({"id", "created_at", "updated_at"})
UNIQUE = {
    "activity": "reference",
    "data_category": "name",
    "data_subject_category": "name",
    "recipient_category": "name",
    "security_measure": "name",
}

Rows = dict[str, dict[str, tuple[Row, str | None]]]  # table -> id -> (row, parent id)
Links = dict[str, dict[str, list[str]]]  # "table.key" -> owner id -> target ids


def fingerprint(session: Session, organisation_id: str) -> tuple[int, int]:
    """The state of an organisation's register: its last change and how many it has had."""
    last, count = session.execute(
        select(func.max(Change.id), func.count(Change.id)).where(
            Change.organisation_id == organisation_id
        )
    ).one()
    return int(last or 0), int(count or 0)


def _model(node: Node) -> type[Any]:
    for mapper in Base.registry.mappers:
        if mapper.local_table is node.table:
            return mapper.class_
    raise KeyError(node.name)  # pragma: no cover


def index(organisation: Row) -> tuple[Rows, Links]:
    """Every row of a tree by table and id (with its parent), and every id-list link."""
    rows: Rows = defaultdict(dict)
    links: Links = defaultdict(dict)

    def walk(node: Node, items: list[Row], parent: str | None) -> None:
        nested = {c.key for c in node.children} | {link.key for link in node.links}
        for row in items:
            rows[node.name][row["id"]] = ({k: v for k, v in row.items() if k not in nested}, parent)
            for link in node.links:
                links[f"{node.name}.{link.key}"][row["id"]] = list(row.get(link.key, []))
            for child in node.children:
                walk(child, row.get(child.key, []), row["id"])

    walk(ORGANISATION, [organisation], None)
    return rows, links


def changed_fields(node: Node, old: Row, new: Row) -> dict[str, Any]:
    return {
        c.name: new[c.name]
        for c in node.data_columns()
        if c.name not in SKIPPED and old.get(c.name) != new.get(c.name)
    }


def apply_changes(session: Session, current: Row, new: Row) -> None:
    """Write the differences between two trees of one organisation (in the caller's
    transaction; any error rolls everything back)."""
    old_rows, old_links = index(current)
    new_rows, new_links = index(new)
    org_changes = changed_fields(ORGANISATION, current, new)
    if org_changes:
        services.update(session, m.Organisation, new["id"], org_changes)
    _free_unique_keys(session, old_rows, new_rows)
    for node in INSERT_ORDER[1:]:
        model = _model(node)
        before = old_rows.get(node.name, {})
        for row_id, (row, parent) in new_rows.get(node.name, {}).items():
            if row_id not in before:
                values = {k: v for k, v in row.items() if k not in SKIPPED or k == "id"}
                services.create(session, model, values, parent_id=parent)
                continue
            changes = changed_fields(node, before[row_id][0], row)
            if changes:
                services.update(session, model, row_id, changes)
    for node, link in LINK_TABLES:
        key = f"{node.name}.{link.key}"
        model = _model(node)
        for owner_id, targets in new_links.get(key, {}).items():
            if set(targets) != set(old_links.get(key, {}).get(owner_id, [])):
                owner = session.get(model, owner_id)
                assert owner is not None  # created above, or already there
                services.set_links(session, owner, link.key, targets)
    deleted = {
        node.name: set(old_rows.get(node.name, {})) - set(new_rows.get(node.name, {}))
        for node in INSERT_ORDER
    }
    for node in reversed(INSERT_ORDER[1:]):
        model = _model(node)
        owner = parent_node(node)
        for row_id, (_row, parent) in old_rows.get(node.name, {}).items():
            if row_id not in deleted[node.name]:
                continue
            if owner is not None and owner.parent_column and parent in deleted[owner.name]:
                continue  # deleted with its activity (or its other owner)
            services.delete(session, model, row_id)


def _free_unique_keys(session: Session, old_rows: Rows, new_rows: Rows) -> None:
    """Give a temporary key to a row whose unique key another row takes over."""
    for table, field in UNIQUE.items():
        holders = {row[field]: row_id for row_id, (row, _p) in new_rows.get(table, {}).items()}
        node = next(n for n in INSERT_ORDER if n.name == table)
        for row_id, (row, _parent) in old_rows.get(table, {}).items():
            taker = holders.get(row[field])
            if taker is not None and taker != row_id:
                services.update(session, _model(node), row_id, {field: f"~{row_id}"})
