"""An interchange document read as well as it can be, for a file the validation models refused:
every entry kept at its place in its list (so a problem found on it names the right JSON path),
each value of the right type kept, each wrong one counted as left out.

The import runs the rules and reference checks (ropa.core.validation) on this reading, so that
one run reports a wrong closed value and a broken reference together instead of one after
the other.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import ConfigDict, TypeAdapter
from pydantic import ValidationError as PydanticError

from ropa.core.schema import field_type
from ropa.core.tree import ORGANISATION, Node
from ropa.db.base import new_id

Row = dict[str, Any]
_STRICT = ConfigDict(strict=True)


@cache
def _adapters(table: str) -> dict[str, TypeAdapter[Any]]:
    """Each column's validator, None allowed (a value missing is checked by the models)."""
    node = next(n for n in ORGANISATION.walk() if n.name == table)
    return {
        column.name: TypeAdapter(field_type(column) | None, config=_STRICT)
        for column in node.data_columns()
    }


def _value(adapter: TypeAdapter[Any], raw: Any) -> Any:
    try:
        return adapter.validate_python(raw)
    except (PydanticError, RecursionError, TypeError):
        return None


def _row(node: Node, raw: Any) -> Row:
    item = raw if isinstance(raw, dict) else {}
    row: Row = {}
    for name, adapter in _adapters(node.name).items():
        row[name] = _value(adapter, item[name]) if name in item else None
    if not isinstance(row.get("id"), str) or not row["id"]:
        row["id"] = new_id()  # an entry without a usable id is referred to by nothing
    for child in node.children:
        row[child.key] = _rows(child, item.get(child.key))
    for link in node.links:
        ids = item.get(link.key)
        row[link.key] = (
            [i if isinstance(i, str) else None for i in ids] if isinstance(ids, list) else []
        )
    return row


def _rows(node: Node, raw: Any) -> list[Row]:
    if not isinstance(raw, list):
        return []
    return [_row(node, item) for item in raw]


def lenient_organisations(document: Any) -> list[Row]:
    """The organisations of a decoded JSON document, read leniently (see the module's doc)."""
    if not isinstance(document, dict):
        return []
    return _rows(ORGANISATION, document.get("organisations"))
