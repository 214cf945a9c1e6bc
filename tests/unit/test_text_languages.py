"""Texts in each document language: storage, migration, localised reads, the main language."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from ropa.core import services
from ropa.core.errors import RopaError, ValidationError
from ropa.core.register import open_register
from ropa.core.snapshot import read_tree
from ropa.core.text_languages import document_languages, localise, missing_texts
from ropa.db import migrate
from ropa.db import models as m
from ropa.exports.register_view import load_register_view


def _organisation(db: Any, **values: Any) -> str:
    with db.transaction() as s:
        org = services.create_organisation(
            s, {"legal_name": "Hainaut IT SRL", "country": "BE", "language": "fr", **values}
        )
        return str(org.id)


def _activity(db: Any, org_id: str, **values: Any) -> str:
    with db.transaction() as s:
        act = services.create(
            s, m.Activity, {"reference": "T-01", "name": "Paie", **values}, org_id
        )
        services.create(
            s,
            m.Purpose,
            {"description": "Calculer les salaires", "legal_basis": "legal_obligation"},
            act.id,
        )
        return str(act.id)


def test_a_register_of_the_previous_version_keeps_every_text_as_its_main_language(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.ropa"
    engine = create_engine(f"sqlite:///{path.as_posix()}")
    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 0x524F5041")
    now = "2026-01-01 00:00:00"
    con.execute(
        "INSERT INTO organisation (id, created_at, updated_at, version, legal_name, legal_form,"
        " country, language, dpo_designated) VALUES ('o', ?, ?, 1, 'Ancienne SRL', 'SRL', 'BE',"
        " 'fr', 0)",
        (now, now),
    )
    con.execute(
        "INSERT INTO activity (id, created_at, updated_at, version, organisation_id, reference,"
        " name, public_description, role, status, collected_from_subject, automated_decision,"
        " profiling, dpia_status, dpia_criteria, end_action, in_notice, audiences) VALUES"
        " ('a', ?, ?, 1, 'o', 'T-01', 'Gestion des clients', 'Nous gérons vos commandes.',"
        " 'controller', 'active', 1, 0, 0, 'not_assessed', '[]', 'delete', 1, '[]')",
        (now, now),
    )
    con.commit()
    con.close()

    db = open_register(path)
    try:
        with db.reader() as session:
            [org] = read_tree(session, ["o"])
        assert org["legal_name"] == "Ancienne SRL"
        assert org["other_languages"] == []
        assert org["legal_name_nl"] is None
        [activity] = org["activities"]
        assert activity["name"] == "Gestion des clients"
        assert activity["public_description"] == "Nous gérons vos commandes."
        assert activity["name_nl"] is None and activity["name_fr"] is None
        assert document_languages(org) == ["fr"]
    finally:
        db.close()


def test_a_new_organisation_gets_its_catalogues_in_each_document_language(
    empty_register: Any,
) -> None:
    org_id = _organisation(empty_register, other_languages=["nl", "en"])
    with empty_register.reader() as s:
        identity = s.scalars(
            select(m.DataCategory).where(
                m.DataCategory.organisation_id == org_id, m.DataCategory.seed_key == "identity"
            )
        ).one()
        seed = next(
            e for e in services.seed_catalogues()["data_categories"] if e["seed_key"] == "identity"
        )
        assert identity.name == seed["name"]["fr"]
        assert identity.name_nl == seed["name"]["nl"]  # type: ignore[attr-defined]
        assert identity.name_en == seed["name"]["en"]  # type: ignore[attr-defined]
        assert identity.name_fr is None  # type: ignore[attr-defined]


def test_adding_a_language_fills_the_seeded_entries_not_the_ones_the_user_renamed(
    empty_register: Any,
) -> None:
    org_id = _organisation(empty_register)
    with empty_register.transaction() as s:
        entries = s.scalars(
            select(m.DataCategory).where(m.DataCategory.organisation_id == org_id)
        ).all()
        renamed = entries[0]
        services.update(s, m.DataCategory, renamed.id, {"name": "Identité du client"})
        renamed_id, kept_id = renamed.id, entries[1].id
    with empty_register.transaction() as s:
        services.update(s, m.Organisation, org_id, {"other_languages": ["nl"]})
    with empty_register.reader() as s:
        assert s.get(m.DataCategory, renamed_id).name_nl is None  # type: ignore[union-attr]
        kept = s.get(m.DataCategory, kept_id)
        assert kept is not None and kept.name_nl  # type: ignore[attr-defined]
        assert kept.name_nl != kept.name  # type: ignore[attr-defined]


def test_the_main_language_may_not_be_repeated_among_the_others(empty_register: Any) -> None:
    org_id = _organisation(empty_register)
    with pytest.raises(ValidationError) as caught, empty_register.transaction() as s:
        services.update(s, m.Organisation, org_id, {"other_languages": ["nl", "fr"]})
    assert [p.path for p in caught.value.problems] == ["other_languages"]


def test_a_document_in_another_language_uses_its_texts_and_marks_what_is_missing(
    empty_register: Any,
) -> None:
    org_id = _organisation(empty_register, other_languages=["nl"], legal_name_nl="Hainaut IT BV")
    act_id = _activity(empty_register, org_id, name_nl="Loonadministratie")
    with empty_register.reader() as s:
        view = load_register_view(s, org_id, "nl", with_history=False)
    assert view.organisation["legal_name"] == "Hainaut IT BV"
    activity = view.activities[act_id]
    assert activity["name"] == "Loonadministratie"
    assert view.localised is not None
    missing = [(x.table, x.field) for x in view.localised.missing]
    assert ("purpose", "description") in missing
    assert ("activity", "name") not in missing
    # What a document reads of the missing texts is known, and said where it is.
    assert view.localised.used == {}
    assert activity["purposes"][0]["description"] == "[FR]\u00a0Calculer les salaires"
    [used] = view.localised.used.values()
    assert used.describe("nl") == "T-01, Doeleinde 1: geen tekst in het Nederlands"
    assert used.describe("fr") == ("T-01, Finalité 1\u00a0: pas de texte en néerlandais")
    # In the main language nothing is marked and nothing is missing.
    with empty_register.reader() as s:
        french = load_register_view(s, org_id, "fr", with_history=False)
    assert french.localised is None
    assert french.activities[act_id]["name"] == "Paie"


def test_the_main_language_changes_with_every_text_moving_to_its_language(
    empty_register: Any,
) -> None:
    org_id = _organisation(empty_register, other_languages=["nl"], legal_name_nl="Hainaut IT BV")
    act_id = _activity(empty_register, org_id)
    with pytest.raises(RopaError) as caught, empty_register.transaction() as s:
        services.update(s, m.Organisation, org_id, {"language": "nl"})
    assert caught.value.key == "error.main_language_untranslated"
    assert "Paie" in caught.value.params["names"]
    assert "Calculer les salaires" in caught.value.params["names"]

    with empty_register.transaction() as s:
        services.update(s, m.Activity, act_id, {"name_nl": "Loonadministratie"})
        purpose = s.scalars(select(m.Purpose)).one()
        services.update(s, m.Purpose, purpose.id, {"description_nl": "De lonen berekenen"})
        for entry in s.scalars(select(m.DataCategory)).all():
            if not entry.name_nl:  # type: ignore[attr-defined]
                entry.name_nl = entry.name + " (nl)"  # type: ignore[attr-defined]
        for model in (m.DataSubjectCategory, m.RecipientCategory, m.SecurityMeasure):
            for entry in s.scalars(select(model)).all():
                entry.name_nl = entry.name_nl or entry.name + " (nl)"  # type: ignore[attr-defined]
    with empty_register.transaction() as s:
        services.update(s, m.Organisation, org_id, {"language": "nl"})
    with empty_register.reader() as s:
        [org] = read_tree(s, [org_id])
    assert org["language"] == "nl" and org["other_languages"] == ["fr"]
    assert (org["legal_name"], org["legal_name_fr"], org["legal_name_nl"]) == (
        "Hainaut IT BV",
        "Hainaut IT SRL",
        None,
    )
    [activity] = org["activities"]
    assert (activity["name"], activity["name_fr"]) == ("Loonadministratie", "Paie")
    purpose = activity["purposes"][0]
    assert purpose["description"] == "De lonen berekenen"
    assert purpose["description_fr"] == "Calculer les salaires"
    assert [x.field for x in missing_texts(org, "fr")] == []
    assert localise(org, "fr").organisation["activities"][0]["name"] == "Paie"


def test_a_duplicate_is_named_a_copy_in_each_language(empty_register: Any) -> None:
    from ropa.core.lifecycle import duplicate_activity

    org_id = _organisation(empty_register, other_languages=["nl"])
    act_id = _activity(empty_register, org_id, name_nl="Loonadministratie")
    with empty_register.transaction() as s:
        copy = duplicate_activity(s, act_id)
        copy_id = copy.id
    with empty_register.reader() as s:
        duplicate = s.get(m.Activity, copy_id)
        assert duplicate is not None
        assert "Paie" in duplicate.name and duplicate.name != "Paie"
        assert "Loonadministratie" in duplicate.name_nl  # type: ignore[attr-defined]
        assert duplicate.name_nl != "Loonadministratie"  # type: ignore[attr-defined]
        [purpose] = duplicate.purposes
        assert purpose.description == "Calculer les salaires"


def test_a_text_left_only_in_the_old_main_language_is_shown_marked_never_dropped(
    empty_register: Any,
) -> None:
    org_id = _organisation(empty_register, other_languages=["nl"], legal_name_nl="Hainaut IT BV")
    act_id = _activity(
        empty_register,
        org_id,
        name_nl="Loonadministratie",
        public_description="Nous calculons votre salaire.",
    )
    with empty_register.transaction() as s:
        purpose = s.scalars(select(m.Purpose)).one()
        services.update(s, m.Purpose, purpose.id, {"description_nl": "De lonen berekenen"})
        for model in (
            m.DataCategory,
            m.DataSubjectCategory,
            m.RecipientCategory,
            m.SecurityMeasure,
        ):
            for entry in s.scalars(select(model)).all():
                entry.name_nl = entry.name_nl or entry.name + " (nl)"  # type: ignore[attr-defined]
    with empty_register.transaction() as s:
        services.update(s, m.Organisation, org_id, {"language": "nl"})
    # The public description had no Dutch text: its French one is kept in its column and
    # the Dutch (now main) documents show it marked, and say so.
    with empty_register.reader() as s:
        view = load_register_view(s, org_id, "nl", with_history=False)
    assert view.localised is not None
    assert view.activities[act_id]["public_description"] == (
        "[FR]\u00a0Nous calculons votre salaire."
    )
    [missing] = [x for x in view.localised.missing if x.table == "activity"]
    assert (missing.field, missing.lang, missing.source_lang) == ("public_description", "nl", "fr")
    with empty_register.reader() as s:
        french = load_register_view(s, org_id, "fr", with_history=False)
    assert french.activities[act_id]["public_description"] == "Nous calculons votre salaire."
    assert french.activities[act_id]["name"] == "Paie"
