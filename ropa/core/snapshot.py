"""The whole register as nested rows: read with SQLAlchemy Core, and written back in bulk.

Used by the JSON interchange (and later by the other exporters). Reading and writing go
through the tree description in ropa.core.tree, so every table and column is covered.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, insert, select
from sqlalchemy.orm import Session

from ropa.core.tree import ACTIVITY, INSERT_ORDER, LINK_TABLES, ORGANISATION, Link, Node
from ropa.db.audit import new_batch
from ropa.db.base import utcnow
from ropa.db.enums import ChangeAction
from ropa.db.models import Change

Row = dict[str, Any]

FILES = "_files"
"""The key under which a validated organisation carries the bytes of its attachments (blob id
-> bytes) to the inserts: not a column, never in an export."""


class OrganisationIndex:
    """Look-ups by id of an organisation's parties and catalogue entries, for the readers of a
    read_tree row (the checks, the documents): call index_organisation(org) once."""

    parties: dict[str, Row]
    data_categories: dict[str, Row]
    data_subjects: dict[str, Row]
    recipient_categories: dict[str, Row]
    security_measures: dict[str, Row]

    def index_organisation(self, org: Row) -> None:
        self.parties = {p["id"]: p for p in org["parties"]}
        self.data_categories = {c["id"]: c for c in org["data_categories"]}
        self.data_subjects = {c["id"]: c for c in org["data_subject_categories"]}
        self.recipient_categories = {c["id"]: c for c in org["recipient_categories"]}
        self.security_measures = {c["id"]: c for c in org["security_measures"]}


def _order(table: Table) -> list[Any]:
    """Rows in their list's order; an empty position or time first on every engine (SQLite
    sorts NULL first, PostgreSQL last unless told)."""
    if "position" in table.c:
        return [table.c.position.nulls_first(), table.c.id]
    return [table.c.created_at.nulls_first(), table.c.id]


def _order_key(table: Table) -> Callable[[Row], tuple[Any, ...]]:
    """The Python sort key of `_order` for rows read with their data columns (None first)."""
    name = "position" if "position" in table.c else "created_at"
    return lambda row: (row[name] is not None, row[name], row["id"])


def _read_rows(
    session: Session, node: Node, where: ColumnElement[bool] | None = None
) -> dict[str, list[Row]]:
    """The node's rows (those matching `where`), grouped by their parent's id ("" at the root)."""
    columns = node.data_columns()
    if node.parent_column:
        columns.append(node.table.c[node.parent_column])
    query = select(*columns).order_by(*_order(node.table))
    if where is not None:
        query = query.where(where)
    grouped: dict[str, list[Row]] = defaultdict(list)
    parent = node.parent_column or ""
    for mapping in session.execute(query).mappings():
        row = dict(mapping)
        key = row.pop(parent) if parent else ""
        grouped[key].append(row)
    return grouped


def _read_links(
    session: Session, link: Link, owners: ColumnElement[bool] | None = None
) -> dict[str, list[str]]:
    owner, target = link.table.c[link.owner_column], link.table.c[link.target_column]
    query = select(owner, target).order_by(owner, target)
    if owners is not None:
        query = query.where(owners)
    lists: dict[str, list[str]] = defaultdict(list)
    for owner_id, target_id in session.execute(query):
        lists[owner_id].append(target_id)
    return lists


def _assemble(
    node: Node,
    rows: list[Row],
    by_parent: dict[str, dict[str, list[Row]]],
    links: dict[str, dict[str, list[str]]],
) -> list[Row]:
    for row in rows:
        for child in node.children:
            if child.name in by_parent:
                found = by_parent[child.name].get(row["id"], [])
                row[child.key] = _assemble(child, found, by_parent, links)
        for link in node.links:
            row[link.key] = links[link.table.name].get(row["id"], [])
    return rows


def read_tree(session: Session, organisation_ids: Iterable[str] | None = None) -> list[Row]:
    """Every organisation (or the given ones) with all it holds, as nested plain dicts."""
    wanted = set(organisation_ids) if organisation_ids is not None else None
    by_parent = {node.name: _read_rows(session, node) for node in INSERT_ORDER}
    # A table without rows has no links to read (most registers keep no breach, say).
    links = {
        link.table.name: _read_links(session, link) if by_parent[node.name] else {}
        for node, link in LINK_TABLES
    }
    organisations = by_parent[ORGANISATION.name].get("", [])
    if wanted is not None:
        organisations = [o for o in organisations if o["id"] in wanted]
    return _assemble(ORGANISATION, organisations, by_parent, links)


def read_organisation(
    session: Session, organisation_id: str, activity_ids: Collection[str]
) -> Row | None:
    """One organisation as read_tree gives it, but with only the named activities (the
    catalogues, parties and cookies are all there): for bringing a tree read earlier up to
    date after some activities changed. None when the organisation is gone."""
    org = ORGANISATION.table
    by_parent = {ORGANISATION.name: _read_rows(session, ORGANISATION, org.c.id == organisation_id)}
    links: dict[str, dict[str, list[str]]] = {}
    ids = list(activity_ids)
    for node in ORGANISATION.children:
        parent = node.table.c[node.parent_column or ""]
        where: ColumnElement[bool]
        if node is ACTIVITY:
            where = node.table.c.id.in_(ids) & (parent == organisation_id)
            owners: Any = ids
        else:
            where = parent == organisation_id
            owners = select(node.table.c.id).where(where)
        by_parent[node.name] = _read_rows(session, node, where)
        for link in node.links:
            links[link.table.name] = (
                _read_links(session, link, link.table.c[link.owner_column].in_(owners))
                if by_parent[node.name]
                else {}
            )
        for child in node.children:  # an activity's details, a DPIA's risks
            owner = child.table.c[child.parent_column or ""]
            by_parent[child.name] = _read_rows(session, child, owner.in_(owners))
    found = by_parent[ORGANISATION.name].get("", [])
    if not found:
        return None
    return _assemble(ORGANISATION, found, by_parent, links)[0]


def merge_activities(organisation: Row, earlier: list[Row], changed: Collection[str]) -> Row:
    """`organisation` (from read_organisation with the `changed` activity ids) given the
    unchanged activities of `earlier`, in read_tree's order; changed ids it lacks are gone."""
    fresh = organisation["activities"]
    kept = [a for a in earlier if a["id"] not in changed]
    organisation["activities"] = sorted(kept + fresh, key=_order_key(ACTIVITY.table))
    return organisation


def flatten(organisations: list[Row]) -> tuple[dict[str, list[Row]], dict[str, list[Row]]]:
    """Nested rows -> table rows (with their parent keys) and link rows, ready for inserts."""
    tables: dict[str, list[Row]] = defaultdict(list)
    link_rows: dict[str, list[Row]] = defaultdict(list)

    def walk(node: Node, rows: list[Row], parent_id: str | None) -> None:
        nested = {c.key for c in node.children} | {link.key for link in node.links}
        for row in rows:
            flat = {k: v for k, v in row.items() if k not in nested and k != FILES}
            if node.parent_column is not None:
                flat[node.parent_column] = parent_id
            flat["version"] = 1
            tables[node.name].append(flat)
            for link in node.links:
                for target in row.get(link.key, []):
                    link_rows[link.table.name].append(
                        {link.owner_column: row["id"], link.target_column: target}
                    )
            for child in node.children:
                walk(child, row.get(child.key, []), row["id"])

    walk(ORGANISATION, organisations, None)
    return tables, link_rows


def existing_ids(session: Session, tables: dict[str, list[Row]]) -> dict[str, set[str]]:
    """Which of the given rows' ids the register already holds, per table."""
    found: dict[str, set[str]] = {}
    for node in INSERT_ORDER:
        ids = [row["id"] for row in tables.get(node.name, [])]
        hits: set[str] = set()
        if ids and session.execute(select(node.table.c.id).limit(1)).first() is None:
            ids = []  # an empty table holds none of them (the common case: a new register)
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            hits.update(
                session.execute(select(node.table.c.id).where(node.table.c.id.in_(chunk))).scalars()
            )
        found[node.name] = hits
    return found


def bulk_insert(connection: Connection, table: Table, rows: list[Row]) -> None:
    """executemany of one INSERT, the rows' values passed through each column type's own
    bind processing (the same conversions SQLAlchemy applies), without per-row statement
    compilation. Every row of a table has the same keys (validation fills the defaults).
    """
    dialect = connection.dialect
    names = list(rows[0])
    processors = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]
    preparer = dialect.identifier_preparer
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        preparer.format_table(table),
        ", ".join(preparer.quote(name) for name in names),
        ", ".join(("?" if dialect.paramstyle == "qmark" else "%s") for _ in names),
    )
    pairs = list(zip(names, processors, strict=True))
    parameters = [
        tuple(
            process(row[name]) if process is not None and row[name] is not None else row[name]
            for name, process in pairs
        )
        for row in rows
    ]
    connection.exec_driver_sql(sql, parameters)


def insert_tree(
    session: Session,
    tables: dict[str, list[Row]],
    link_rows: dict[str, list[Row]],
    organisations: list[Row],
    source: str,
) -> None:
    """Insert validated rows in bulk and record one history entry per organisation."""
    connection = session.connection()
    for node in INSERT_ORDER:
        rows = tables.get(node.name)
        if rows:
            bulk_insert(connection, node.table, rows)
    for _node, link in LINK_TABLES:
        rows = link_rows.get(link.table.name)
        if rows:
            bulk_insert(connection, link.table, rows)
    batch = new_batch(session)
    user = str(session.info.get("user") or "unknown")
    history = []
    for org in organisations:
        history.append(
            {
                "at": utcnow(),
                "user": user,
                "batch": batch,
                "organisation_id": org["id"],
                "entity_type": "organisation",
                "entity_id": org["id"],
                "entity_label": org["legal_name"][:300],
                "action": ChangeAction.IMPORT,
                "field": None,
                "old_value": None,
                "new_value": source[:2000],
            }
        )
    if history:
        session.execute(insert(Change), history)
