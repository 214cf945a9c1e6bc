"""JSON-LD node helpers: identifiers made from ropa's row ids, and values set only when there is
something to say."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

Node = dict[str, Any]
IdRef = dict[str, str]

_ID_NAMESPACE = uuid.UUID("0b7f3c52-6a1e-4d0e-9a51-3f1c8e2d7a90")  # for ids that are not UUIDs


def node_id(row_id: str) -> str:
    """A node's IRI from ropa's row id: urn:uuid:<id>, or a UUID derived from an id that is
    not one (a hand-written JSON import may use any string), so no text reaches an IRI."""
    try:
        return f"urn:uuid:{uuid.UUID(str(row_id))}"
    except ValueError:
        return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, str(row_id))}"


def put(node: Node, key: str, value: Any) -> None:
    """Set key only when there is something to say (no empty string, list or node)."""
    if value in (None, "", [], {}):
        return
    node[key] = value


def add(node: Node, key: str, value: Any) -> None:
    """Add a value to the list of key (once)."""
    values = node.setdefault(key, [])
    if value not in values:
        values.append(value)


def unique(values: Iterable[Any]) -> list[Any]:
    """Values without repeats, in their first order."""
    seen: list[Any] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen
