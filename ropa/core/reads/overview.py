"""What the main window shows of a register (its lists and the Overview's recent changes), read
in one snapshot. The recent changes are a HistoryPage: shown in words, as on the History page."""

from __future__ import annotations

from dataclasses import dataclass

from ropa.core.handle import Register
from ropa.core.queries import (
    ActivityRow,
    OrganisationSummary,
    history,
    list_activities,
    organisation_summaries,
    register_language,
)
from ropa.core.reads.history import HistoryPage, load_names

# How many of the latest changes the Overview lists.
RECENT_CHANGES = 20


@dataclass(frozen=True)
class RegisterOverview:
    """The register's language, activities, organisations and latest changes (with what names
    them: `changes.rows(lang)` gives them in words)."""

    language: str
    activities: list[ActivityRow]
    organisations: list[OrganisationSummary]
    changes: HistoryPage


def load_overview(db: Register, changes: int = RECENT_CHANGES) -> RegisterOverview:
    """Read the register's language, activities, organisations and latest `changes` changes
    (one read)."""
    with db.reader() as session:
        entries = history(session, limit=changes)
        return RegisterOverview(
            language=register_language(session),
            activities=list_activities(session),
            organisations=organisation_summaries(session),
            changes=HistoryPage(entries, [], load_names(session, entries)),
        )
