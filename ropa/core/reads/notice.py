"""What the privacy notice page reads besides the notice: which organisation it shows, and that
organisation's language (the notice's language when the page turns to it)."""

from __future__ import annotations

from ropa.core.handle import Register
from ropa.core.queries import organisation_summaries
from ropa.core.reads.organisation import shown_organisation


def notice_organisation(db: Register, wanted_id: str | None) -> tuple[str, str] | None:
    """The id and the language of the organisation whose notice is shown (the wanted one while
    the register holds it, else its first); None when the register holds none."""
    with db.reader() as session:
        organisations = organisation_summaries(session)
    shown = shown_organisation(wanted_id, [org.id for org in organisations])
    if shown is None:
        return None
    return shown, next(org.language for org in organisations if org.id == shown)
