"""What the catalogues page shows: one catalogue's entries of the organisation shown, and how
many activities use an entry."""

from __future__ import annotations

from dataclasses import dataclass

from ropa.core.catalogue_queries import (
    CatalogueEntryRow,
    CatalogueModel,
    activities_using,
    list_catalogue,
)
from ropa.core.handle import Register
from ropa.core.reads.organisation import shown_organisation_in


@dataclass(frozen=True)
class CatalogueData:
    organisation_id: str | None
    entries: list[CatalogueEntryRow]


def load_catalogue(
    db: Register, model: CatalogueModel, organisation_id: str | None
) -> CatalogueData:
    """The organisation shown (the first one when None or gone) and its entries, in one read."""
    with db.reader() as session:
        organisation_id = shown_organisation_in(session, organisation_id)
        if organisation_id is None:
            return CatalogueData(None, [])
        return CatalogueData(organisation_id, list_catalogue(session, model, organisation_id))


def entry_usage(db: Register, model: CatalogueModel, entry_id: str) -> int:
    """How many distinct activities use this entry of the catalogue."""
    with db.reader() as session:
        return activities_using(session, model, entry_id)
