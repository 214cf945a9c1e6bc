"""What the activity editor shows: re-exported from the core's read (ropa.core.reads.activity)."""

from __future__ import annotations

from ropa.core.reads.activity import (
    CHILD_TABLES,
    CHILDREN,
    CHOICE_TABLES,
    LINKS,
    ActivityData,
    Choice,
    activity_of_child,
    load_activity_data,
)

CHOICES = CHOICE_TABLES
"""The tables the pickers offer (table names; the editor asks whether a change touches them)."""

__all__ = [
    "CHILDREN",
    "CHILD_TABLES",
    "CHOICES",
    "CHOICE_TABLES",
    "LINKS",
    "ActivityData",
    "Choice",
    "activity_of_child",
    "load_activity_data",
]
