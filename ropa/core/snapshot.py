"""The whole register as nested rows: read with SQLAlchemy Core, and written back in bulk.

Used by the JSON interchange (and later by the other exporters). Reading and writing go
through the tree description in ropa.core.tree, so every table and column is covered.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.orm import Session

from ropa.core.tree import INSERT_ORDER, LINK_TABLES, ORGANISATION, Node
from ropa.db.audit import new_batch
from ropa.db.base import utcnow
from ropa.db.enums import ChangeAction
from ropa.db.models import Change

Row = dict[str, Any]


def _order(table: Table) -> list[Any]:
    if "position" in table.c:
        return [table.c.position, table.c.id]
    return [table.c.created_at, table.c.id]


def read_tree(session: Session, organisation_ids: Iterable[str] | None = None) -> list[Row]:
    """Every organisation (or the given ones) with all it holds, as nested plain dicts."""
    wanted = set(organisation_ids) if organisation_ids is not None else None
    by_parent: dict[str, dict[str, list[Row]]] = {}
    for node in INSERT_ORDER:
        columns = node.data_columns()
        if node.parent_column:
            columns.append(node.table.c[node.parent_column])
        rows = session.execute(select(*columns).order_by(*_order(node.table))).mappings()
        grouped: dict[str, list[Row]] = defaultdict(list)
        parent = node.parent_column or ""
        for mapping in rows:
            row = dict(mapping)
            key = row.pop(parent) if parent else ""
            grouped[key].append(row)
        by_parent[node.name] = grouped
    links: dict[str, dict[str, list[str]]] = {}
    for _node, link in LINK_TABLES:
        owner, target = link.table.c[link.owner_column], link.table.c[link.target_column]
        lists: dict[str, list[str]] = defaultdict(list)
        for owner_id, target_id in session.execute(select(owner, target).order_by(owner, target)):
            lists[owner_id].append(target_id)
        links[link.table.name] = lists

    def assemble(node: Node, rows: list[Row]) -> list[Row]:
        for row in rows:
            for child in node.children:
                row[child.key] = assemble(child, by_parent[child.name].get(row["id"], []))
            for link in node.links:
                row[link.key] = links[link.table.name].get(row["id"], [])
        return rows

    organisations = by_parent[ORGANISATION.name].get("", [])
    if wanted is not None:
        organisations = [o for o in organisations if o["id"] in wanted]
    return assemble(ORGANISATION, organisations)


def flatten(organisations: list[Row]) -> tuple[dict[str, list[Row]], dict[str, list[Row]]]:
    """Nested rows -> table rows (with their parent keys) and link rows, ready for inserts."""
    tables: dict[str, list[Row]] = defaultdict(list)
    link_rows: dict[str, list[Row]] = defaultdict(list)

    def walk(node: Node, rows: list[Row], parent_id: str | None) -> None:
        nested = {c.key for c in node.children} | {link.key for link in node.links}
        for row in rows:
            flat = {k: v for k, v in row.items() if k not in nested}
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
        ", ".join("?" for _ in names),
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
