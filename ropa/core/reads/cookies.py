"""What the cookies page shows: the organisations, the cookies and what a cookie refers to."""

from __future__ import annotations

from dataclasses import dataclass

from ropa.core.handle import Register
from ropa.core.queries import (
    ActivityRow,
    CookieRow,
    PartyRow,
    TransferChoice,
    list_activities,
    list_cookies,
    list_parties,
    list_transfers,
    organisation_summaries,
)


@dataclass(frozen=True)
class CookiesData:
    organisation_ids: list[str]
    cookies: list[CookieRow]
    parties: list[PartyRow]
    activities: list[ActivityRow]
    transfers: list[TransferChoice]


def load_cookies(db: Register) -> CookiesData:
    """The organisations, cookies and what a cookie may refer to, in one read."""
    with db.reader() as session:
        return CookiesData(
            [org.id for org in organisation_summaries(session)],
            list_cookies(session),
            list_parties(session),
            list_activities(session),
            list_transfers(session),
        )
