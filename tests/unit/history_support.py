"""Edits of every kind on the demo register, for the tests of the history in words: every table
of the tree, every closed value, date, boolean, duration, list and reference column changed
once, entries created, and a party, a retention phase and a whole activity deleted."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, String, select

from ropa.core.attachments import AttachEdit
from ropa.core.tree import ORGANISATION
from ropa.db import enums
from ropa.db import models as m
from ropa.db.base import Base, UTCDateTime
from ropa.db.models.attachment import OWNER_COLUMNS
from ropa.db.session import RegisterDatabase

# seed_key: the key of a standard catalogue entry, never edited by a user.
SKIPPED = {"id", "created_at", "updated_at", "version", "position", "organisation_id", "seed_key"}
TEMP_PARTY = "Cabinet Temporaire SPRL"

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ENUM_VALUES = frozenset(
    member.value
    for obj in vars(enums).values()
    if isinstance(obj, type) and issubclass(obj, Enum) and obj is not Enum
    for member in obj  # type: ignore[attr-defined]
    if isinstance(member.value, str)
)
RAW_KEYS = frozenset(value for value in ENUM_VALUES if "_" in value)


def _model(table: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise KeyError(table)


def _other_value(session: Any, obj: Any, column: Any) -> Any:
    """A different valid-looking value for a column, or None to leave it."""
    current = getattr(obj, column.key)
    enum_cls = getattr(column.type, "enum_class", None) or column.info.get("enum")
    if isinstance(column.type, JSON):
        return [member.value for member in list(enum_cls)[:2]] if enum_cls else None
    if enum_cls is not None:
        return next(member for member in enum_cls if member != current)
    if column.foreign_keys:
        target = _model(next(iter(column.foreign_keys)).column.table.name)
        table = column.table
        used = select(column).where(column.isnot(None))
        if "activity_id" in table.c and column.name != "activity_id":
            used = used.where(table.c.activity_id == obj.activity_id)  # unique per activity
        others = session.scalars(
            select(target.id).where(target.id != current, target.id.not_in(used)).limit(1)
        ).all()
        return others[0] if others else None
    if isinstance(column.type, Boolean):
        return not current
    if isinstance(column.type, UTCDateTime):
        moment = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
        return moment if current != moment else datetime(2026, 4, 1, 14, 45, tzinfo=UTC)
    if isinstance(column.type, Date):
        return date(2026, 3, 1) if current != date(2026, 3, 1) else date(2026, 4, 1)
    if isinstance(column.type, Integer):
        return (current or 0) + 1
    if isinstance(column.type, String) and column.type.length == 2:
        return "NL" if current != "NL" else "DE"
    return f"{current or ''} (modifié)".strip()


def edit_everything(db: RegisterDatabase) -> None:
    """Change every column of one row of every table, then create and delete entries."""
    _accountability_entries(db)
    for node in ORGANISATION.walk():
        model = _model(node.name)
        with db.transaction() as session:
            obj = session.scalars(select(model).limit(1)).first()
            assert obj is not None, node.name
            for column in node.table.columns:
                if column.name in SKIPPED or column.name == node.parent_column:
                    continue
                if column.name in OWNER_COLUMNS and getattr(obj, column.key) is None:
                    continue  # a document belongs to one record: only that one changes
                value = _other_value(session, obj, column)
                if value is not None:
                    setattr(obj, column.key, value)
        with db.transaction() as session:  # the lists of names (many-to-many links)
            obj = session.scalars(select(model).limit(1)).first()
            for link in node.links:
                target = _model(link.target.name)
                items = session.scalars(select(target).where(target.id != obj.id).limit(3)).all()
                setattr(obj, link.key, list(items[1:]))
    _duration_edits(db)
    _deletions(db)


def _accountability_entries(db: RegisterDatabase) -> None:
    """A rights request and a breach, when the register has none yet (each is then edited
    like every other entry)."""
    with db.transaction() as session:
        org = session.scalars(select(m.Organisation).limit(1)).first()
        if session.scalars(select(m.RightsRequest).limit(1)).first() is None:
            session.add(
                m.RightsRequest(
                    organisation_id=org.id,
                    reference="DR-2026-001",
                    received_on=date(2026, 2, 1),
                    rights=["access"],
                )
            )
        if session.scalars(select(m.Breach).limit(1)).first() is None:
            session.add(
                m.Breach(
                    organisation_id=org.id,
                    name="Ordinateur portable volé",
                    discovered_at=datetime(2026, 2, 10, 8, 0, tzinfo=UTC),
                    natures=["confidentiality"],
                )
            )
    if session_has_no(db, m.Attachment):
        contract = _first_id(db, m.Contract) or ""
        edit = AttachEdit("contract", contract, "DPA signé.pdf", b"%PDF-1.4 signed")
        edit.first(db)


def session_has_no(db: RegisterDatabase, model: type[Any]) -> bool:
    with db.reader() as session:
        return session.scalars(select(model).limit(1)).first() is None


def _first_id(db: RegisterDatabase, model: type[Any]) -> str | None:
    with db.reader() as session:
        return session.scalars(select(model.id).limit(1)).first()


def _duration_edits(db: RegisterDatabase) -> None:
    with db.transaction() as session:
        phase = session.scalars(select(m.RetentionPhase).limit(1)).first()
        phase.duration_value, phase.duration_unit = 2, enums.DurationUnit.YEARS
    with db.transaction() as session:
        session.scalars(select(m.RetentionPhase).limit(1)).first().duration_value = 3
    with db.transaction() as session:
        phase = session.scalars(select(m.RetentionPhase).limit(1)).first()
        phase.duration_value, phase.duration_unit = 6, enums.DurationUnit.MONTHS
    with db.transaction() as session:
        cookie = session.scalars(select(m.Cookie).limit(1)).first()
        cookie.lifetime_value, cookie.lifetime_unit = 13, enums.LifetimeUnit.MONTHS


def _deletions(db: RegisterDatabase) -> None:
    """A party used then dropped by a source, then deleted; a retention phase; an activity."""
    with db.transaction() as session:
        org = session.scalars(select(m.Organisation).limit(1)).first()
        party = m.Party(organisation_id=org.id, name=TEMP_PARTY, kind=enums.PartyKind.PROCESSOR)
        session.add(party)
        session.flush()
        source = session.scalars(select(m.DataSource).limit(1)).first()
        previous = source.party_id
        source.party_id = party.id
    with db.transaction() as session:
        session.get(m.DataSource, source.id).party_id = previous
    with db.transaction() as session:
        session.delete(session.get(m.Party, party.id))
    with db.transaction() as session:
        session.delete(session.scalars(select(m.RetentionPhase).limit(1)).first())
    with db.transaction() as session:
        activity = session.scalars(select(m.Activity).order_by(m.Activity.reference.desc())).first()
        session.delete(activity)


def raw_values(text: str) -> list[str]:
    """What in a shown text is an id, an enum key, an ISO date or a JSON array."""
    found = []
    if UUID.search(text):
        found.append("uuid")
    if ISO_DATE.search(text):
        found.append("iso date")
    if text.startswith("[") or '["' in text or "[]" in text:
        found.append("json array")
    pieces = {text.strip(), *(part.strip() for part in re.split(r"[,;:·\n]", text))}
    if pieces & ENUM_VALUES:
        found.append(f"enum key {sorted(pieces & ENUM_VALUES)}")
    words = set(re.findall(r"[a-z0-9]+(?:_[a-z0-9]+)+", text))
    if words & RAW_KEYS:
        found.append(f"enum key {sorted(words & RAW_KEYS)}")
    return found
