"""One register entry as a generic form shows it: its columns, its links and its label."""

from __future__ import annotations

from typing import Any

from ropa.core.handle import Register
from ropa.core.reads.rows import row_values
from ropa.core.services import model_of
from ropa.core.text_languages import document_languages
from ropa.db import models as m
from ropa.db.audit import organisation_of
from ropa.db.base import Entity


def load_record(
    db: Register, table: str | type[Entity], entity_id: str, links: tuple[str, ...] = ()
) -> dict[str, Any] | None:
    """The entry's column values (enums as their values), its links as lists of ids and its
    label under "_label", its organisation's document languages (the main one first) under
    "_languages"; None when it does not exist (any more)."""
    with db.reader() as session:
        obj = session.get(model_of(table), entity_id)
        if obj is None:
            return None
        values = row_values(obj)
        for key in links:
            values[key] = [target.id for target in getattr(obj, key)]
        values["_label"] = obj.label()
        if isinstance(obj, m.Organisation):
            organisation: m.Organisation | None = obj
        else:  # its own organisation, or its parents' (a purpose's, a DPIA risk's)
            org_id = organisation_of(session, obj)
            organisation = session.get(m.Organisation, org_id) if org_id else None
        values["_languages"] = (
            document_languages(row_values(organisation)) if organisation is not None else []
        )
        return values


def organisation_languages(db: Register, organisation_id: str | None) -> list[str]:
    """The organisation's document languages, the main one first ([] when it does not exist)."""
    if organisation_id is None:
        return []
    with db.reader() as session:
        organisation = session.get(m.Organisation, organisation_id)
        return document_languages(row_values(organisation)) if organisation is not None else []
