"""What the parties page shows: the organisations and every party, in one read."""

from __future__ import annotations

from dataclasses import dataclass

from ropa.core.handle import Register
from ropa.core.queries import PartyRow, list_parties, organisation_summaries


@dataclass(frozen=True)
class PartiesData:
    organisation_ids: list[str]
    parties: list[PartyRow]


def load_parties(db: Register) -> PartiesData:
    """The organisations (their ids) and every party, in one read."""
    with db.reader() as session:
        return PartiesData(
            [org.id for org in organisation_summaries(session)], list_parties(session)
        )
