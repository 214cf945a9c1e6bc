"""Which organisation a page shows, and what the pages read of the register's organisations
(among them what making another language the main one would do to its texts)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core.catalogue_queries import first_organisation_id
from ropa.core.handle import Register
from ropa.core.snapshot import read_tree
from ropa.core.text_languages import document_languages, missing_texts
from ropa.core.tree import INSERT_ORDER
from ropa.db import models as m


def organisation_ids(db: Register) -> list[str]:
    """The register's organisations, in the order they are listed (the first created first)."""
    query = select(m.Organisation.id).order_by(m.Organisation.created_at, m.Organisation.id)
    with db.reader() as session:
        return [str(organisation_id) for organisation_id in session.scalars(query)]


def shown_organisation(wanted_id: str | None, among: Register | Sequence[str]) -> str | None:
    """The organisation a page shows: the wanted one while the register holds it, otherwise
    the register's first (None when it holds none).

    `among` is the open register, or the ids of its organisations in their order (as
    organisation_ids or organisation_summaries give them) when a page has read them already.
    """
    if not isinstance(among, Register):
        if wanted_id in among:
            return wanted_id
        return among[0] if among else None
    with among.reader() as session:
        return shown_organisation_in(session, wanted_id)


def shown_organisation_in(session: Session, wanted_id: str | None) -> str | None:
    """shown_organisation inside a read the caller has open (one snapshot with what else it
    reads)."""
    if wanted_id is not None and session.get(m.Organisation, wanted_id) is not None:
        return wanted_id
    return first_organisation_id(session)


def organisation_name(db: Register, organisation_id: str) -> str | None:
    """The organisation's legal name (None when the register does not hold it)."""
    with db.reader() as session:
        organisation = session.get(m.Organisation, organisation_id)
        return None if organisation is None else organisation.legal_name


@dataclass(frozen=True)
class MainLanguageChange:
    """What making `lang` the main document language would do (see
    ropa.core.language_switch): the texts in `lang` become the main texts and the main ones
    are kept as translations."""

    lang: str
    document_language: bool
    """Whether `lang` is one of the organisation's document languages already."""
    blocked: tuple[str, ...]
    """The required texts (names) without a text in `lang`, as they read now: while there is
    one, the change is refused."""
    untranslated: int
    """How many other texts have none in `lang`: they have no main text after the change
    until the user writes one (their present text is kept as a translation)."""


_REQUIRED = {
    node.name: {column.name for column in node.table.columns if not column.nullable}
    for node in INSERT_ORDER
}


def main_language_change(db: Register, organisation_id: str, lang: str) -> MainLanguageChange:
    """What making `lang` the main language of the organisation's documents would do."""
    with db.reader() as session:
        trees = read_tree(session, [organisation_id])
    if not trees:
        return MainLanguageChange(lang, False, (), 0)
    organisation = trees[0]
    missing = missing_texts(organisation, lang)
    blocked = [item for item in missing if item.field in _REQUIRED.get(item.table, ())]
    return MainLanguageChange(
        lang=lang,
        document_language=lang in document_languages(organisation),
        blocked=tuple(dict.fromkeys(item.main_text for item in blocked)),
        untranslated=len(missing) - len(blocked),
    )
