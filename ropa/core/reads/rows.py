"""One ORM row as a dict of plain values: every column, enums as their values, lists copied."""

from __future__ import annotations

from enum import Enum
from typing import Any

from ropa.db.base import Base, Entity


def plain(value: Any) -> Any:
    """A column value as the interface holds it: an enum's value, a copy of a list."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return list(value)
    return value


def row_values(obj: Base | Entity) -> dict[str, Any]:
    """Every column of the row (bookkeeping ones such as `version` included), as plain values."""
    columns = obj.__table__.columns  # type: ignore[union-attr]
    return {column.key: plain(getattr(obj, column.key)) for column in columns}
