"""Read-only queries on an organisation's catalogues (data categories, data subject categories,
recipient categories, security measures): their entries and how many activities use each."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, select, union_all
from sqlalchemy.orm import Session

from ropa.db import models as m
from ropa.db.base import Base

CatalogueModel = type[
    m.DataCategory | m.DataSubjectCategory | m.RecipientCategory | m.SecurityMeasure
]

CATALOGUES: tuple[CatalogueModel, ...] = (
    m.DataCategory,
    m.DataSubjectCategory,
    m.RecipientCategory,
    m.SecurityMeasure,
)
"""The four catalogues of an organisation, in the order they are shown."""

FLAG_COLUMNS: dict[str, tuple[str, ...]] = {
    "data_category": ("is_special", "is_criminal", "is_national_id", "concerns_minors"),
    "data_subject_category": ("is_minors", "is_vulnerable"),
    "recipient_category": (),
    "security_measure": (),
}
"""The yes/no columns of each catalogue (what its list shows as flags)."""


@dataclass(frozen=True)
class CatalogueEntryRow:
    """One entry of a catalogue list.

    flags: the names of the entry's yes/no columns that are set (see FLAG_COLUMNS);
    kind and group: a security measure's kind value ("technical"/"organisational") and group;
    used_by: how many activities refer to the entry (however many times each).
    """

    id: str
    organisation_id: str
    name: str
    description: str | None
    seed_key: str | None
    position: int
    used_by: int
    flags: tuple[str, ...] = field(default=())
    kind: str | None = None
    group: str | None = None


def catalogue_table(model: CatalogueModel) -> Table:
    table: Table = model.__table__  # type: ignore[assignment]
    return table


def _referring_columns(table: Table) -> Iterable[tuple[Any, Any]]:
    """(referring column, its row's activity_id) for every RESTRICT key pointing at `table`
    from a table that belongs to an activity."""
    for other in Base.metadata.sorted_tables:
        if "activity_id" not in other.c:
            continue
        for fk in other.foreign_keys:
            if fk.column.table is table and fk.ondelete == "RESTRICT":
                yield fk.parent, other.c.activity_id


def activity_usage(
    session: Session, model: CatalogueModel, entry_ids: Iterable[str] | None = None
) -> dict[str, int]:
    """How many distinct activities use each entry of the catalogue (entries used by none are
    absent); only the given entries when `entry_ids` is not None."""
    wanted = None if entry_ids is None else list(entry_ids)
    parts = []
    for column, activity_id in _referring_columns(catalogue_table(model)):
        part = select(column.label("entry_id"), activity_id.label("activity_id")).where(
            column.is_not(None)
        )
        if wanted is not None:
            part = part.where(column.in_(wanted))
        parts.append(part)
    if not parts:
        return {}
    uses = union_all(*parts).subquery()
    query = select(uses.c.entry_id, func.count(func.distinct(uses.c.activity_id))).group_by(
        uses.c.entry_id
    )
    return {entry_id: count for entry_id, count in session.execute(query).tuples()}


def activities_using(session: Session, model: CatalogueModel, entry_id: str) -> int:
    """How many distinct activities use this entry."""
    return activity_usage(session, model, [entry_id]).get(entry_id, 0)


def list_catalogue(
    session: Session, model: CatalogueModel, organisation_id: str | None = None
) -> list[CatalogueEntryRow]:
    """The entries of one catalogue (of one organisation, or all), in their order, with how
    many activities use each."""
    table = catalogue_table(model)
    query = select(table).order_by(table.c.position, table.c.name, table.c.id)
    if organisation_id is not None:
        query = query.where(table.c.organisation_id == organisation_id)
    usage = activity_usage(session, model)
    flag_names = FLAG_COLUMNS[table.name]
    rows = []
    for row in session.execute(query).mappings():
        kind = row.get("kind")
        rows.append(
            CatalogueEntryRow(
                id=row["id"],
                organisation_id=row["organisation_id"],
                name=row["name"],
                description=row["description"],
                seed_key=row["seed_key"],
                position=row["position"] or 0,
                used_by=usage.get(row["id"], 0),
                flags=tuple(name for name in flag_names if row[name]),
                kind=getattr(kind, "value", kind),
                group=row.get("group"),
            )
        )
    return rows


def first_organisation_id(session: Session) -> str | None:
    """The organisation shown when none is chosen: the first one created."""
    return session.execute(
        select(m.Organisation.id).order_by(m.Organisation.created_at, m.Organisation.id).limit(1)
    ).scalar()
