"""What the main window shows of a register (its lists and the Overview's recent changes), read
in one snapshot."""

from __future__ import annotations

from dataclasses import dataclass

from ropa.core.handle import Register
from ropa.core.queries import (
    ActivityRow,
    HistoryEntry,
    OrganisationSummary,
    history,
    list_activities,
    organisation_summaries,
    register_language,
)

# How many of the latest changes the Overview lists.
RECENT_CHANGES = 20


@dataclass(frozen=True)
class RegisterOverview:
    """The register's language, activities, organisations and latest changes."""

    language: str
    activities: list[ActivityRow]
    organisations: list[OrganisationSummary]
    changes: list[HistoryEntry]


def load_overview(db: Register) -> RegisterOverview:
    """Read the register's language, activities, organisations and latest changes (one read)."""
    with db.reader() as session:
        return RegisterOverview(
            language=register_language(session),
            activities=list_activities(session),
            organisations=organisation_summaries(session),
            changes=history(session, limit=RECENT_CHANGES),
        )
