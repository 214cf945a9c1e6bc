"""One register entry as a generic form shows it: its columns, its links and its label."""

from __future__ import annotations

from typing import Any

from ropa.core.handle import Register
from ropa.core.reads.rows import row_values
from ropa.core.services import model_of
from ropa.db.base import Entity


def load_record(
    db: Register, table: str | type[Entity], entity_id: str, links: tuple[str, ...] = ()
) -> dict[str, Any] | None:
    """The entry's column values (enums as their values), its links as lists of ids and its
    label under "_label"; None when it does not exist (any more)."""
    with db.reader() as session:
        obj = session.get(model_of(table), entity_id)
        if obj is None:
            return None
        values = row_values(obj)
        for key in links:
            values[key] = [target.id for target in getattr(obj, key)]
        values["_label"] = obj.label()
        return values
