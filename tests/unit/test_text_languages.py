"""Texts in each document language: storage, migration, localised reads, the main language."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from ropa.core import services
from ropa.core.errors import RopaError, ValidationError
from ropa.core.language_switch import seed_wordings
from ropa.core.register import open_register
from ropa.core.snapshot import read_tree
from ropa.core.text_languages import document_languages, localise, missing_texts
from ropa.db import migrate
from ropa.db import models as m
from ropa.exports.register_view import load_register_view
from ropa.paths import resources_dir

RESOURCES = resources_dir()


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


def _seed_entry(catalogue: str, seed_key: str) -> dict[str, Any]:
    return next(e for e in services.seed_catalogues()[catalogue] if e["seed_key"] == seed_key)


def _seeded(s: Any, model: Any, org_id: str, seed_key: str) -> Any:
    return s.scalars(
        select(model).where(model.organisation_id == org_id, model.seed_key == seed_key)
    ).one()


def test_adding_a_language_fills_entries_seeded_with_a_former_wording(
    empty_register: Any,
) -> None:
    """A register seeded before ropa reworded its seed texts (issue 21): its entries still
    read as ropa seeded them then, and get the new language's seed text all the same."""
    org_id = _organisation(empty_register)
    # The French texts an earlier ropa seeded (one reworded, one whose spacing was corrected).
    former = {
        (m.RecipientCategory, "auditors", "name"): "Auditeurs et commissaires aux comptes",
        (m.RecipientCategory, "auditors", "description"): (
            "Commissaires aux comptes / réviseurs et auditeurs de certification ou de sécurité."
        ),
        (m.SecurityMeasure, "access_reviews", "description"): (
            "Comptes et droits revus au moins une fois par an ; comptes inutilisés désactivés."
        ),
    }
    with empty_register.transaction() as s:
        for (model, seed_key, field), text in former.items():
            entry = _seeded(s, model, org_id, seed_key)
            services.update(s, model, entry.id, {field: text})
        # The user's own wording of a seeded entry, and an entry whose name the user changed
        # but whose description is still the one ropa seeded before.
        employees = _seeded(s, m.DataSubjectCategory, org_id, "employees")
        services.update(s, m.DataSubjectCategory, employees.id, {"name": "Notre personnel"})
        services.update(
            s,
            m.DataSubjectCategory,
            employees.id,
            {"description": "Salariés et dirigeants, actuels et anciens."},
        )
    with empty_register.transaction() as s:
        services.update(s, m.Organisation, org_id, {"other_languages": ["nl", "en"]})
    with empty_register.reader() as s:
        auditors = _seeded(s, m.RecipientCategory, org_id, "auditors")
        seed = _seed_entry("recipient_categories", "auditors")
        # Still the wording the user has, in French; the other languages as ropa seeds them now.
        assert auditors.name == "Auditeurs et commissaires aux comptes"
        assert auditors.name_nl == seed["name"]["nl"] == "Bedrijfsrevisoren en auditors"
        assert auditors.name_en == seed["name"]["en"]
        assert auditors.description_nl == seed["description"]["nl"]
        reviews = _seeded(s, m.SecurityMeasure, org_id, "access_reviews")
        assert (
            reviews.description_nl
            == (_seed_entry("security_measures", "access_reviews")["description"]["nl"])
        )
        employees = _seeded(s, m.DataSubjectCategory, org_id, "employees")
        assert employees.name_nl is None and employees.name_en is None  # the user's own
        seed = _seed_entry("data_subject_categories", "employees")
        assert employees.description_nl == seed["description"]["nl"]


def test_an_entry_the_user_edited_is_never_filled_even_close_to_a_seed_wording(
    empty_register: Any,
) -> None:
    org_id = _organisation(empty_register, language="nl")
    edited = {
        "clean_desk": "Clean desk en clear screen (ook thuis)",  # a former wording, extended
        "logging_monitoring": "logging en monitoring",  # another case: the user's
    }
    with empty_register.transaction() as s:
        for seed_key, name in edited.items():
            entry = _seeded(s, m.SecurityMeasure, org_id, seed_key)
            services.update(s, m.SecurityMeasure, entry.id, {"name": name})
        kept = _seeded(s, m.SecurityMeasure, org_id, "password_manager")
        services.update(
            s, m.SecurityMeasure, kept.id, {"name": "Wachtwoordmanager en wachtwoordbeleid"}
        )
    with empty_register.transaction() as s:
        services.update(s, m.Organisation, org_id, {"other_languages": ["fr"]})
    with empty_register.reader() as s:
        for seed_key, name in edited.items():
            entry = _seeded(s, m.SecurityMeasure, org_id, seed_key)
            assert (entry.name, entry.name_fr) == (name, None)
        kept = _seeded(s, m.SecurityMeasure, org_id, "password_manager")
        assert kept.name_fr == "Gestionnaire de mots de passe et politique de mots de passe"


def test_every_former_seed_wording_belongs_to_a_seed_text_that_says_otherwise_now() -> None:
    """A former seed wording names an existing seed entry's field and is no longer its text
    (or it would be no former wording); a seed text reworded since the first version keeps
    its earlier wording."""
    labels = json.loads((RESOURCES / "former_labels.json").read_text(encoding="utf-8"))["labels"]
    found = 0
    for lang, keys in labels.items():
        for key, olds in keys.items():
            if not key.startswith("seed."):
                continue
            _, catalogue, seed_key, field = key.split(".")
            current = _seed_entry(catalogue, seed_key)[field][lang]
            assert olds and current not in olds, key
            assert seed_wordings(catalogue, seed_key, field, lang, current) == (current, *olds)
            found += 1
    assert found >= 60


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
