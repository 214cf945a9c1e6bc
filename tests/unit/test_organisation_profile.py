"""The rules of an organisation's profile by country (the documents' language proposed, the
identifiers asked, the website stored) and the names of new entries in the document language."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ropa.core import services
from ropa.core.organisation_profile import (
    belgian_region_language,
    identifier_fields,
    normalise_website,
    proposed_document_language,
)
from ropa.core.reads.activities import new_activity_values
from ropa.core.reads.placeholders import document_language, placeholder_name
from ropa.db import models as m
from ropa.db.enums import Role
from ropa.db.session import RegisterDatabase


@pytest.mark.parametrize(
    ("country", "ui", "postcode", "expected"),
    [
        ("BE", "fr", None, "fr"),
        ("BE", "nl", None, "nl"),
        ("BE", "nl", "5000", "nl"),  # the interface language first: a Dutch speaker in Namur
        ("BE", "en", None, "fr"),
        ("BE", "en", "1000", "fr"),  # Brussels
        ("BE", "en", "1500", "nl"),  # Halle (Flemish Brabant)
        ("BE", "en", "2000", "nl"),  # Antwerp
        ("BE", "en", "1348", "fr"),  # Louvain-la-Neuve (Walloon Brabant)
        ("BE", "en", "B-9000", "nl"),  # Gent, written the old way
        ("BE", "en", "4700", "fr"),  # Eupen: German, which ropa does not write
        ("BE", "en", "75001", "fr"),  # not a Belgian postcode
        ("FR", "nl", None, "fr"),
        ("FR", "en", None, "fr"),
        ("LU", "en", None, "fr"),
        ("NL", "fr", None, "nl"),
        ("DE", "en", None, "en"),
        ("DE", "nl", None, "nl"),
        (None, "fr", None, "fr"),
    ],
)
def test_the_proposed_document_language(
    country: str | None, ui: str, postcode: str | None, expected: str
) -> None:
    assert proposed_document_language(country, ui, postcode) == expected


def test_belgian_regions() -> None:
    assert belgian_region_language("8500") == "nl"  # Kortrijk
    assert belgian_region_language("7000") == "fr"  # Mons
    assert belgian_region_language("") is None
    assert belgian_region_language("0999") is None


def test_the_identifiers_of_each_country() -> None:
    assert identifier_fields("BE") == ("enterprise_number", "vat_number")
    assert identifier_fields("FR") == ("siren", "siret", "rcs", "vat_number")
    assert identifier_fields("LU") == ("vat_number",)
    assert identifier_fields(None) == ("vat_number",)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("example.be", "https://example.be"),
        (" www.example.be/privacy ", "https://www.example.be/privacy"),
        ("//example.be", "https://example.be"),
        ("http://example.be", "http://example.be"),
        ("HTTPS://example.be", "HTTPS://example.be"),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_the_website_as_stored(typed: str | None, stored: str | None) -> None:
    assert normalise_website(typed) == stored


def test_new_entries_are_named_in_each_organisation_s_language(
    demo_register: RegisterDatabase,
) -> None:
    with demo_register.transaction() as session:
        demo = session.scalars(select(m.Organisation.id)).one()
        flemish = services.create_organisation(
            session, {"legal_name": "Octet BV", "country": "BE", "language": "nl"}, seed=False
        ).id
    assert document_language(demo_register, demo) == "fr"
    assert document_language(demo_register, flemish) == "nl"
    assert new_activity_values(demo_register, demo, Role.CONTROLLER)["name"] == (
        "Nouvelle activité de traitement"
    )
    assert new_activity_values(demo_register, flemish, Role.PROCESSOR)["name"] == (
        "Nieuwe verwerkersactiviteit"
    )
    with demo_register.transaction() as session:
        values = {"reference": "X-1", "name": "X", "role": "controller"}
        activity_id = services.create(session, m.Activity, values, flemish).id
    assert placeholder_name(demo_register, "purpose", activity_id) == "Nieuw doeleinde"
    assert placeholder_name(demo_register, "transfer", activity_id) == "Nieuwe ontvanger"
    taken = {"Nieuwe gegevenscategorie", "Nieuwe gegevenscategorie (2)"}
    assert placeholder_name(demo_register, "data_category", flemish, taken=taken) == (
        "Nieuwe gegevenscategorie (3)"
    )
    assert placeholder_name(demo_register, "party", demo) == "Nouvel organisme externe"
