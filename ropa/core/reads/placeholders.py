"""The names new entries start with until the user names them ("New activity", "New purpose",
...): placeholders in the document language of the organisation they belong to, since a name
left as it is shows in that organisation's register and notice; never the interface's
language. The texts are `new.<table>` in resources/text/labels.<lang>.json."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy.orm import Session

from ropa.core.handle import Register
from ropa.core.i18n import normalise_language, tr
from ropa.core.queries import register_language
from ropa.core.services import owner_organisation
from ropa.core.tree import PARENTS
from ropa.db import models as m


def document_language_in(session: Session, organisation_id: str | None) -> str:
    """The language of the organisation's documents (the register's when it is unknown)."""
    organisation = None if organisation_id is None else session.get(m.Organisation, organisation_id)
    if organisation is None:
        return register_language(session)
    return normalise_language(organisation.language.value)


def document_language(db: Register, organisation_id: str | None) -> str:
    """The language of the organisation's documents, e.g. for the names of its new entries."""
    with db.reader() as session:
        return document_language_in(session, organisation_id)


def organisation_of_parent(session: Session, table: str, parent_id: str) -> str | None:
    """The organisation an entry of `table` created under `parent_id` belongs to (the parent
    itself for an organisation's entries, the activity's organisation for its children, the
    DPIA's for its risks)."""
    parent = PARENTS.get(table)
    if parent is None or parent.name == "organisation":
        return parent_id
    organisation_id = owner_organisation(session, parent.table, parent_id)
    return None if organisation_id is None else str(organisation_id)


def placeholder_in(
    session: Session, table: str, parent_id: str, variant: str = "", taken: Collection[str] = ()
) -> str:
    """placeholder_name inside a read the caller has open."""
    lang = document_language_in(session, organisation_of_parent(session, table, parent_id))
    key = f"new.{table}.{variant}" if variant else f"new.{table}"
    base = tr(lang, key)
    name, n = base, 2
    while name in taken:
        name, n = f"{base} ({n})", n + 1
    return name


def placeholder_name(
    db: Register, table: str, parent_id: str, variant: str = "", taken: Collection[str] = ()
) -> str:
    """The name a new entry of `table` under `parent_id` (its organisation or activity)
    starts with, in the organisation's document language: e.g. "Nouvelle finalité" for a
    purpose of a French register, whatever the interface language. `variant` picks another
    text (an activity as "processor"); with `taken` (names in use where names are unique) the
    first free one of "X", "X (2)", "X (3)"..."""
    with db.reader() as session:
        return placeholder_in(session, table, parent_id, variant, taken)
