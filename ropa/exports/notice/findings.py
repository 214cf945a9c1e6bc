"""The gaps of an organisation's privacy notice, for the checks: one list of what is missing.

`notice_gaps(organisation)` builds the notice for every audience in each document language of
the organisation, from the tree the checks already read, and returns what it lacks;
`check_with_notice` runs the checks with those gaps (ropa.core.checks.notice_gaps merges
them: a rule saying the same thing keeps its words and is marked as blocking publication).
`ropa check` and the tests go through here; the core never imports the exporters.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from ropa.core.checks.engine import load_context, run_checks
from ropa.core.checks.model import Finding
from ropa.core.snapshot import Row
from ropa.core.text_languages import document_languages, localise, main_language
from ropa.exports.notice.builder import build_from_view
from ropa.exports.notice.model import Gap
from ropa.exports.register_view import RegisterView

GapKey = tuple[object, ...]


def _key(gap: Gap) -> GapKey:
    """What a gap is about, whatever the language of the notice that found it."""
    return (gap.code, gap.activity_id, gap.table, gap.column, gap.missing)


def view_of(organisation: Row, lang: str) -> RegisterView:
    """A register view of a tree already read (read_tree), in lang: texts localised as
    load_register_view localises them."""
    localised = None
    found = localise(organisation, lang)
    if found.missing or lang != main_language(organisation):
        localised = found
        organisation = found.organisation
    return RegisterView(
        lang=lang,
        organisation=organisation,
        localised=localised,
        generated_at=datetime.now(UTC),
        version=0,
        last_change=None,
    )


def notice_gaps(organisation: Row, today: date | None = None) -> list[Gap]:
    """The gaps of the organisation's notice for every audience, in each of its document
    languages: every gap of the main language's notice, then those another language's adds
    (a text it shows that has no value in that language); a gap each notice finds is given
    once."""
    found: list[Gap] = []
    seen: set[GapKey] = set()
    for lang in document_languages(organisation):
        document = build_from_view(view_of(organisation, lang), None, today=today)
        new = [gap for gap in document.gaps if _key(gap) not in seen]
        seen.update(_key(gap) for gap in new)
        found.extend(new)
    return found


def check_with_notice(
    session: Session, organisation_id: str, today: date | None = None
) -> list[Finding]:
    """Every finding of the organisation's register, with the gaps of its privacy notice."""
    context = load_context(session, organisation_id, today)
    return run_checks(context, notice_gaps=notice_gaps(context.organisation, context.today))
