"""What an activities page shows (the list rows, what its search and filters need), and what a
new activity starts with."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import cache
from typing import Any

from sqlalchemy import TextClause, bindparam, select, text

from ropa.core.handle import Register
from ropa.core.lifecycle import new_reference
from ropa.core.queries import ActivityDetails, ActivityRow, activity_details, list_activities
from ropa.core.reads.activity import CHILDREN
from ropa.core.reads.placeholders import placeholder_in
from ropa.core.reads.rows import row_values
from ropa.core.text_languages import document_languages
from ropa.db import models as m
from ropa.db.enums import Role
from ropa.db.translations import TRANSLATABLE, translated


def activity_rows(db: Register, organisation_id: str | None = None) -> list[ActivityRow]:
    """Every activity (of one organisation, or all), ordered by reference."""
    with db.reader() as session:
        return list_activities(session, organisation_id)


def activity_search_details(
    db: Register, organisation_id: str | None, roles: Iterable[Role] | None = None
) -> dict[str, ActivityDetails]:
    """Per activity id: what the list's search and legal-basis filter need besides its columns
    (see queries.activity_details)."""
    with db.reader() as session:
        return activity_details(session, organisation_id, roles=roles)


def new_activity_values(db: Register, organisation_id: str, role: Role) -> dict[str, Any]:
    """What a new activity of `role` starts with in the organisation: the next free reference
    of its kind (see lifecycle.new_reference), its role, and a placeholder name in the
    organisation's document language ("Nouvelle activité" in a French register, whatever the
    interface language; see placeholders.py)."""
    variant = "processor" if role == Role.PROCESSOR else ""
    with db.reader() as session:
        reference = new_reference(session, organisation_id, role)
        name = placeholder_in(session, "activity", organisation_id, variant)
    return {"reference": reference, "role": role.value, "name": name}


def demo_activity(db: Register) -> str | None:
    """The id of the first activity as controller (by reference) that has transfers: one with
    many fields filled in; otherwise the first activity with transfers, or the first one."""
    with db.reader() as session:
        with_transfers = session.execute(
            select(m.Activity.id, m.Activity.role)
            .join(m.Transfer, m.Transfer.activity_id == m.Activity.id)
            .order_by(m.Activity.reference)
        ).all()
        for activity_id, role in with_transfers:
            if role == Role.CONTROLLER:
                return str(activity_id)
        if with_transfers:
            return str(with_transfers[0][0])
        first = session.scalars(select(m.Activity.id).order_by(m.Activity.reference)).first()
        return None if first is None else str(first)


@cache
def _count_query(table: str, langs: tuple[str, ...], some: bool) -> TextClause:
    """Per activity of :org (`some`: per activity in :ids), per language of `langs`: how many
    texts of `table`'s rows have a main-language value and none in that language. (Names are
    the schema's own, not input.)"""

    def missing(name: str, lang: str) -> str:
        other = translated(name, lang)
        # A number on every engine (PostgreSQL does not add booleans).
        return (
            f"(CASE WHEN coalesce(t.{name}, '') <> '' AND coalesce(t.{other}, '') = '' "
            "THEN 1 ELSE 0 END)"
        )

    fields = TRANSLATABLE[table]
    sums = ", ".join(
        "SUM(" + " + ".join(missing(name, lang) for name in fields) + ")" for lang in langs
    )
    owner = "t.id" if table == "activity" else "t.activity_id"
    if some:  # the activities named (of the organisation: looked up by id alone)
        sql = f"SELECT {owner}, {sums} FROM {table} t WHERE {owner} IN :ids"
    elif table == "activity":
        sql = f"SELECT t.id, {sums} FROM activity t WHERE t.organisation_id = :org"
    else:
        sql = (
            f"SELECT t.activity_id, {sums} FROM {table} t JOIN activity a ON a.id = "
            f"t.activity_id WHERE a.organisation_id = :org"
        )
    query = text(f"{sql} GROUP BY {owner}")
    return query.bindparams(bindparam("ids", expanding=True)) if some else query


def texts_to_translate(
    db: Register, organisation_id: str | None, activity_ids: Collection[str] | None = None
) -> dict[str, dict[str, int]]:
    """Per activity id of the organisation (of those in `activity_ids` if given): per other
    document language, how many of its texts (its own and its children's: purposes,
    recipients, retention phases...) have a main-language value and none in that language.
    Only activities lacking some are listed; nothing when the organisation writes in its main
    language only.

    Counted by SQLite, one aggregate query per table. All 10,000 activities of a large
    register take a while (a second or more): count them a few hundred at a time
    (`activity_ids`), and after a change only the activities it concerns
    (ChangeSet.activities)."""
    if organisation_id is None:
        return {}
    with db.reader() as session:
        organisation = session.get(m.Organisation, organisation_id)
        if organisation is None:
            return {}
        others = tuple(document_languages(row_values(organisation))[1:])
        if not others or (activity_ids is not None and not activity_ids):
            return {}
        counts: dict[str, dict[str, int]] = {}
        for table in ("activity", *CHILDREN):
            if not TRANSLATABLE.get(table):
                continue
            query = _count_query(table, others, activity_ids is not None)
            params: dict[str, Any] = {"org": organisation_id}
            if activity_ids is not None:
                params["ids"] = list(activity_ids)
            for activity_id, *numbers in session.execute(query, params):
                for lang, number in zip(others, numbers, strict=True):
                    if number:
                        per = counts.setdefault(str(activity_id), {})
                        per[lang] = per.get(lang, 0) + int(number)
        return counts
