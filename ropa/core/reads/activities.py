"""What an activities page shows (the list rows, what its search and filters need), and what a
new activity starts with."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from ropa.core.handle import Register
from ropa.core.lifecycle import new_reference
from ropa.core.queries import ActivityDetails, ActivityRow, activity_details, list_activities
from ropa.core.reads.placeholders import placeholder_in
from ropa.db import models as m
from ropa.db.enums import Role


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
