"""The rules of an organisation's profile by country (the documents' language proposed, the
identifiers asked, the website stored, the legal form and name proposed in each document
language), the names of new entries in the document language, and what making another
language the main one would do."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ropa.core import services
from ropa.core.organisation_profile import (
    belgian_legal_form,
    belgian_region_language,
    identifier_fields,
    normalise_website,
    proposed_document_language,
    proposed_translations,
)
from ropa.core.reads.activities import new_activity_values
from ropa.core.reads.organisation import main_language_change
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


# -- the legal form and legal name in each document language ------------------------------------

CLAIRBOIS = {
    "country": "BE",
    "language": "fr",
    "other_languages": [],
    "legal_form": "SRL",
    "legal_name": "Clairbois Informatique SRL",
}


@pytest.mark.parametrize(
    ("form", "nl"),
    [
        ("SRL", "BV"),
        ("SA", "NV"),
        ("SC", "CV"),
        ("SNC", "VOF"),
        ("SComm", "CommV"),
        ("ASBL", "VZW"),
        ("AISBL", "IVZW"),
        ("S.R.L.", "BV"),  # written with dots, or in lower case
        ("asbl", "VZW"),
        ("société anonyme", "naamloze vennootschap"),  # in full: in full
        ("Societe a responsabilite limitee", "besloten vennootschap"),
        ("fondation d\u2019utilité publique", "stichting van openbaar nut"),
        ("société simple", "maatschap"),
    ],
)
def test_a_belgian_legal_form_is_proposed_in_dutch(form: str, nl: str) -> None:
    organisation = {**CLAIRBOIS, "legal_form": form, "legal_name": "Octet"}
    assert proposed_translations(organisation, ["nl"]) == {"legal_form_nl": nl}


@pytest.mark.parametrize(
    ("form", "fr"),
    [
        ("BV", "SRL"),
        ("NV", "SA"),
        ("CV", "SC"),
        ("VOF", "SNC"),
        ("CommV", "SComm"),
        ("vzw", "ASBL"),
    ],
)
def test_and_in_french_for_a_dutch_register(form: str, fr: str) -> None:
    organisation = {**CLAIRBOIS, "language": "nl", "legal_form": form, "legal_name": "Octet"}
    assert proposed_translations(organisation, ["fr"]) == {"legal_form_fr": fr}


def test_a_legal_name_ending_with_its_form_gets_the_other_form() -> None:
    assert proposed_translations(CLAIRBOIS, ["nl"]) == {
        "legal_form_nl": "BV",
        "legal_name_nl": "Clairbois Informatique BV",
    }
    named = {**CLAIRBOIS, "legal_name": "Octet, S.R.L.", "legal_form": "SRL"}
    assert proposed_translations(named, ["nl"])["legal_name_nl"] == "Octet, BV"
    in_full = {**CLAIRBOIS, "legal_name": "Octet société anonyme", "legal_form": "SA"}
    assert proposed_translations(in_full, ["nl"])["legal_name_nl"] == (
        "Octet naamloze vennootschap"
    )


def test_a_legal_name_is_never_translated_otherwise() -> None:
    # The name is the firm's: without the form at its end, it is left to the user...
    plain = {**CLAIRBOIS, "legal_name": "Clairbois Informatique"}
    assert proposed_translations(plain, ["nl"]) == {"legal_form_nl": "BV"}
    # ...as when it ends with another form than the legal form field's, or a form alone.
    other = {**CLAIRBOIS, "legal_name": "Octet SA"}
    assert proposed_translations(other, ["nl"]) == {"legal_form_nl": "BV"}
    alone = {**CLAIRBOIS, "legal_name": "SRL"}
    assert proposed_translations(alone, ["nl"]) == {"legal_form_nl": "BV"}
    # Without a legal form, the name's own ending is used (and no form proposed).
    no_form = {**CLAIRBOIS, "legal_form": None, "legal_name": "Octet SA"}
    assert proposed_translations(no_form, ["nl"]) == {"legal_name_nl": "Octet NV"}


def test_in_english_a_belgian_firm_keeps_its_own_form() -> None:
    # Only French: the French form; French and Dutch: both, the main language's first.
    assert proposed_translations(CLAIRBOIS, ["en"]) == {
        "legal_form_en": "SRL",
        "legal_name_en": "Clairbois Informatique SRL",
    }
    assert proposed_translations(CLAIRBOIS, ["nl", "en"]) == {
        "legal_form_nl": "BV",
        "legal_name_nl": "Clairbois Informatique BV",
        "legal_form_en": "SRL/BV",
        "legal_name_en": "Clairbois Informatique SRL/BV",
    }
    flemish = {**CLAIRBOIS, "language": "nl", "other_languages": ["fr"], "legal_form": "NV"}
    flemish["legal_name"] = "Octet NV"
    assert proposed_translations(flemish, ["en"]) == {
        "legal_form_en": "NV/SA",
        "legal_name_en": "Octet NV/SA",
    }
    foundation = {**CLAIRBOIS, "legal_form": "fondation privée", "legal_name": "Fondation X"}
    assert proposed_translations(foundation, ["en"]) == {}  # no usual English form


def test_both_abbreviations_stay_both_the_language_s_own_first() -> None:
    both = {**CLAIRBOIS, "legal_form": "SRL/BV", "legal_name": "Octet SRL/BV"}
    assert proposed_translations(both, ["nl"]) == {
        "legal_form_nl": "BV/SRL",
        "legal_name_nl": "Octet BV/SRL",
    }
    assert belgian_legal_form("BV - SRL") == belgian_legal_form("srl/bv")


def test_only_empty_texts_of_a_belgian_firm_with_a_known_form_are_proposed() -> None:
    typed = {**CLAIRBOIS, "legal_form_nl": "B.V.", "legal_name_nl": "Clairbois IT BV"}
    assert proposed_translations(typed, ["nl"]) == {}
    assert proposed_translations({**CLAIRBOIS, "country": "FR"}, ["nl"]) == {}
    old_form = {**CLAIRBOIS, "legal_form": "SPRL", "legal_name": "Octet SPRL"}
    assert proposed_translations(old_form, ["nl"]) == {}  # abolished: not carried on
    assert proposed_translations({**CLAIRBOIS, "legal_form": "Ltd"}, ["nl"]) == {}  # unknown
    assert proposed_translations(CLAIRBOIS, ["fr"]) == {}  # the main language


# -- making another language the main one -----------------------------------------------------


def test_what_a_main_language_change_would_do(empty_register: RegisterDatabase) -> None:
    db = empty_register
    with db.transaction() as session:
        values = {"legal_name": "Octet SRL", "legal_form": "SRL", "country": "BE"}
        octet = services.create_organisation(session, {**values, "language": "fr"})
        octet_id = octet.id
        activity = {"reference": "T-01", "name": "Paie", "role": "controller"}
        activity["description"] = "Interne"  # not a document text: never counted
        activity["public_description"] = "Calcul des salaires"
        services.create(session, m.Activity, activity, octet_id)
    change = main_language_change(db, octet_id, "nl")
    assert not change.document_language
    assert {"Octet SRL", "Paie"} <= set(change.blocked)
    assert len(change.blocked) > 2  # the catalogues ropa seeded in French too
    with db.transaction() as session:  # the seeded texts get their Dutch
        services.update(session, m.Organisation, octet_id, {"other_languages": ["nl"]})
    change = main_language_change(db, octet_id, "nl")
    assert change.document_language
    assert set(change.blocked) == {"Octet SRL", "Paie"}
    with db.transaction() as session:
        services.update(session, m.Organisation, octet_id, {"legal_name_nl": "Octet BV"})
        paie = session.scalars(select(m.Activity.id)).one()
        services.update(session, m.Activity, paie, {"name_nl": "Loonberekening"})
    change = main_language_change(db, octet_id, "nl")
    assert change.blocked == ()
    assert change.untranslated == 2  # the legal form and the public description
    assert main_language_change(db, octet_id, "fr").untranslated == 0  # the main language
