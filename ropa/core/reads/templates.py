"""What the template dialog needs of the organisation the templates are added to."""

from __future__ import annotations

from dataclasses import dataclass

from ropa.core import services
from ropa.core.handle import Register
from ropa.core.templates import client_names
from ropa.db import models as m


@dataclass(frozen=True)
class TemplateTarget:
    """The organisation's register language and country, and its client parties by name (who a
    processor template may be for)."""

    language: str
    country: str
    clients: list[str]


def template_target(db: Register, organisation_id: str) -> TemplateTarget:
    """What the template dialog shows for this organisation (RopaError if it does not exist)."""
    with db.reader() as session:
        organisation = services.get(session, m.Organisation, organisation_id)
        return TemplateTarget(
            organisation.language.value,
            organisation.country,
            client_names(session, organisation_id),
        )
