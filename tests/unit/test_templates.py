"""The template library: every template is well-formed data, lists in each language, and adds
to a fresh register as a valid draft activity that exports and passes the error-level checks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ropa.core import services, templates
from ropa.core.checks.engine import check_register
from ropa.core.checks.model import Severity
from ropa.core.errors import RopaError
from ropa.core.register import create_register
from ropa.db import enums
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.db.translations import TRANSLATABLE
from ropa.exports.interchange import export_json
from ropa.paths import resources_dir

LANGS = ("fr", "nl", "en")
ALL = templates.all_templates()
IDS = [t["id"] for t in ALL]
SEED = services.seed_catalogues()
SEED_KEYS = {name: {e["seed_key"] for e in entries} for name, entries in SEED.items()}


def texts_in(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every {fr, nl, en} text of a template, with where it is."""
    if isinstance(value, dict):
        if set(value) == set(LANGS):
            yield path, value
            return
        for key, child in value.items():
            yield from texts_in(child, f"{path}.{key}")
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from texts_in(child, f"{path}[{i}]")


def enum_values(enum: type[Any]) -> set[str]:
    return {member.value for member in enum}


# -- the data ---------------------------------------------------------------------------------


def test_library_has_enough_unique_templates() -> None:
    assert len(IDS) >= 25
    assert len(set(IDS)) == len(IDS)


def test_every_file_is_valid_json_with_references() -> None:
    files = sorted(Path(resources_dir(), "templates").glob("*.json"))
    assert files
    reference_ids = {r["id"] for r in templates.template_references()}
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["format"] == "ropa-templates"
        for ref in document["references"]:
            assert ref["text"].strip()
            assert ref["url"] is None or ref["url"].startswith("https://")
    for template in ALL:
        assert template["references"], template["id"]
        assert set(template["references"]) <= reference_ids, template["id"]


@pytest.mark.parametrize("template", ALL, ids=IDS)
def test_template_is_well_formed(template: dict[str, Any]) -> None:
    activity = template["activity"]
    assert template["country"] in (None, "BE", "FR")
    for key in ("title", "summary"):
        assert set(template[key]) == set(LANGS)
    for where, text in texts_in(template):
        for lang in LANGS:
            assert isinstance(text[lang], str) and text[lang].strip(), f"{where}.{lang}"
    for key in ("name", "description", "public_description"):
        assert set(activity[key]) == set(LANGS), key
    assert activity["role"] in enum_values(enums.Role)
    assert activity["end_action"] in enum_values(enums.EndAction)
    assert set(activity["audiences"]) <= enum_values(enums.Audience)
    assert set(activity["dpia_criteria"]) <= enum_values(enums.DpiaCriterion)
    assert activity["purposes"] and activity["data_subjects"] and activity["data_categories"]
    assert activity["retention_phases"] and activity["security_measures"]
    for purpose in activity["purposes"]:
        basis = purpose.get("legal_basis")
        if activity["role"] == "processor":
            assert basis is None
            continue
        assert basis in enum_values(enums.LegalBasis)
        if basis == "legal_obligation":
            assert purpose["legal_reference"].strip()
        if basis == "legitimate_interests":
            assert purpose["legitimate_interest"]
        if basis == "consent":
            assert purpose["consent_withdrawal"]
        if basis == "contract":
            assert purpose["contract_description"]
        requirement = purpose.get("provision_requirement")
        assert requirement is None or requirement in enum_values(enums.ProvisionRequirement)
    assert set(activity["data_subjects"]) <= SEED_KEYS["data_subject_categories"]
    assert set(activity["security_measures"]) <= SEED_KEYS["security_measures"]
    special = {e["seed_key"] for e in SEED["data_categories"] if e["is_special"]}
    criminal = {e["seed_key"] for e in SEED["data_categories"] if e["is_criminal"]}
    for item in activity["data_categories"]:
        assert item["seed_key"] in SEED_KEYS["data_categories"]
        if item["seed_key"] in special and activity["role"] != "processor":
            assert item["art9_condition"] in enum_values(enums.Art9Condition)
        if item["seed_key"] in criminal and activity["role"] != "processor":
            assert item["art10_basis"]
    for item in activity["recipients"]:
        assert item["kind"] in enum_values(enums.RecipientKind)
        named = [k for k in ("recipient_category", "department", "recipient_name") if k in item]
        assert len(named) == 1
        if "recipient_category" in item:
            assert item["recipient_category"] in SEED_KEYS["recipient_categories"]
    for phase in activity["retention_phases"]:
        assert phase["phase"] in enum_values(enums.RetentionPhaseKind)
        assert phase["start_event"] in enum_values(enums.StartEvent)
        if "duration_value" in phase:
            assert phase["duration_value"] > 0
            assert phase["duration_unit"] in enum_values(enums.DurationUnit)
        else:
            assert phase["criterion"]
    if not activity["collected_from_subject"]:
        assert activity["sources"]
    if activity["role"] == "processor":
        assert activity["end_action"] == "return_then_delete"


@pytest.mark.parametrize("topic", ["payroll", "accounting", "video-surveillance", "recruitment"])
def test_belgian_and_french_variants(topic: str) -> None:
    be = templates.get_template(f"be-{topic}")
    fr = templates.get_template(f"fr-{topic}")
    assert (be["country"], fr["country"]) == ("BE", "FR")
    assert be["activity"]["retention_phases"] != fr["activity"]["retention_phases"]


def test_processor_templates_for_support_and_hosting() -> None:
    for template_id in ("processor-support", "processor-hosting"):
        activity = templates.get_template(template_id)["activity"]
        assert activity["role"] == "processor"
        assert all("legal_basis" not in p for p in activity["purposes"])


def test_list_templates_in_each_language_and_country() -> None:
    everything = templates.list_templates(lang="fr")
    assert len(everything) == len(IDS)
    titles = [info.title for info in everything]
    assert titles == sorted(titles, key=str.casefold)
    belgian = {info.id for info in templates.list_templates("BE", lang="nl")}
    assert "be-payroll" in belgian and "fr-payroll" not in belgian and "customers" in belgian
    french = templates.list_templates("fr", lang="en")
    assert {info.country for info in french} == {None, "FR"}
    payroll = next(info for info in french if info.id == "fr-payroll")
    assert payroll.title == "Payroll and staff administration (France)"
    assert payroll.summary


def test_unknown_template_is_refused_in_french() -> None:
    with pytest.raises(RopaError) as caught:
        templates.get_template("no-such-template")
    assert caught.value.message("fr") == "Modèle inconnu\u00a0: no-such-template."


# -- adding to a register ---------------------------------------------------------------------


def _register(path: Path, lang: str = "fr", others: tuple[str, ...] = ()) -> tuple[Any, str]:
    db = create_register(path, language="en")
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {
                "legal_name": "Atelier Numérique SRL",
                "country": "BE",
                "language": lang,
                "other_languages": list(others),
                "email": "privacy@atelier.example",
            },
        )
        org_id = org.id
    return db, org_id


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[RegisterDatabase, str]]:
    db, org_id = _register(tmp_path / "templates.ropa")
    yield db, org_id
    db.close()


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_imports_exports_and_passes_error_checks(tmp_path: Path, lang: str) -> None:
    """Every template goes into an empty register of each main language (the processor ones
    with their client, as the application and `ropa add-template --client` ask) without an
    error-level finding."""
    db, org_id = _register(tmp_path / "templates.ropa", lang)
    added: dict[str, str] = {}
    with db.transaction() as s:
        client = templates.client_party(s, org_id, "Client Alpha SA")
    for template_id in IDS:
        with db.transaction() as s:
            activity = templates.add_template(s, org_id, template_id, clients=[client])
            added[template_id] = activity.id
    with db.reader() as s:
        for template_id, activity_id in added.items():
            spec = templates.get_template(template_id)["activity"]
            activity = s.get(m.Activity, activity_id)
            assert activity is not None
            assert activity.status == enums.Status.DRAFT
            assert activity.name == spec["name"][lang]
            assert activity.role.value == spec["role"]
            assert len(activity.purposes) == len(spec["purposes"])
            assert len(activity.retention_phases) == len(spec["retention_phases"])
            assert len(activity.data_categories) == len(spec["data_categories"])
            assert len(activity.recipients) == len(spec["recipients"])
            assert {c.seed_key for c in activity.data_subjects} == set(spec["data_subjects"])
            assert {c.seed_key for c in activity.security_measures} == set(
                spec["security_measures"]
            )
            first = activity.purposes[0]
            assert first.description == spec["purposes"][0]["description"][lang]
            processor = activity.role == enums.Role.PROCESSOR
            assert [c.party_id for c in activity.clients] == ([client] if processor else [])
        findings = check_register(s, org_id)
    assert [f for f in findings if f.severity == Severity.ERROR] == []
    # What remains is to adapt each draft and mark it active.
    assert {(f.rule, f.activity_id) for f in findings} == {
        ("activity.draft", activity_id) for activity_id in added.values()
    }
    document = json.loads(export_json(db, [org_id]))
    [org] = document["organisations"]
    assert len(org["activities"]) == len(IDS)
    assert all(a["purposes"] and a["retention_phases"] for a in org["activities"])
    db.close()


def _translatable_texts(row: Any, table: str) -> Iterator[tuple[str, str, Any]]:
    for name in TRANSLATABLE.get(table, ()):
        if getattr(row, name):
            yield table, name, row


def test_templates_fill_every_document_language_at_once(tmp_path: Path) -> None:
    """An organisation in French, Dutch and English adds every template: each text the
    library gives in three languages is in the register in three languages, each in its own
    column, for the activity, its rows and the catalogue entries it creates."""
    db, org_id = _register(tmp_path / "three.ropa", "fr", ("nl", "en"))
    with db.transaction() as s:
        for model in (m.DataCategory, m.DataSubjectCategory, m.SecurityMeasure):
            for entry in s.query(model).filter_by(organisation_id=org_id):
                services.delete(s, model, entry.id)  # the templates create them again
        client = templates.client_party(s, org_id, "Client Alpha SA")
    added = {}
    for template_id in IDS:
        with db.transaction() as s:
            added[template_id] = templates.add_template(s, org_id, template_id, clients=[client]).id
    untranslated: list[str] = []
    checked = 0
    with db.reader() as s:
        for template_id, activity_id in added.items():
            activity = s.get(m.Activity, activity_id)
            assert activity is not None
            rows = [(activity, "activity")]
            for key, table in (
                ("purposes", "purpose"),
                ("data_categories", "activity_data_category"),
                ("recipients", "activity_recipient"),
                ("retention_phases", "retention_phase"),
                ("sources", "data_source"),
            ):
                rows += [(row, table) for row in getattr(activity, key)]
            rows += [(c, "data_subject_category") for c in activity.data_subjects]
            rows += [(c, "security_measure") for c in activity.security_measures]
            rows += [(link.data_category, "data_category") for link in activity.data_categories]
            for row, table in rows:
                for _table, name, _row in _translatable_texts(row, table):
                    checked += 1
                    texts = (
                        getattr(row, name),
                        getattr(row, f"{name}_nl"),
                        getattr(row, f"{name}_en"),
                    )
                    assert getattr(row, f"{name}_fr") is None  # the main language's own column
                    if not all(texts):
                        untranslated.append(f"{template_id} {table}.{name}")
                    else:
                        assert len(set(texts)) > 1 or len(texts[0]) < 25, (table, name, texts)
        spec = templates.get_template("customers")["activity"]
        customers = s.get(m.Activity, added["customers"])
        assert customers is not None
        assert (customers.name, customers.name_nl, customers.name_en) == (  # type: ignore[attr-defined]
            spec["name"]["fr"],
            spec["name"]["nl"],
            spec["name"]["en"],
        )
    assert checked > 500
    # Only the legal references, which the library cites in French alone, wait for a
    # translation (and the checks say so).
    assert untranslated and all(".legal_reference" in where for where in untranslated)
    with db.reader() as s:
        findings = check_register(s, org_id)
    said = {
        (t.table, t.field)
        for f in findings
        if f.rule.startswith("translation.") and f.table != "organisation"  # its own name
        for t in f.texts
    }
    assert said == {("purpose", "legal_reference"), ("retention_phase", "legal_reference")}
    db.close()


def test_a_processor_template_without_client_is_added_and_flagged(
    fresh: tuple[RegisterDatabase, str],
) -> None:
    db, org_id = fresh
    with db.transaction() as s:
        activity_id = templates.add_template(s, org_id, "processor-support").id
    with db.reader() as s:
        errors = [f for f in check_register(s, org_id) if f.severity == Severity.ERROR]
    assert [(f.rule, f.activity_id) for f in errors] == [
        ("activity.processor_without_client", activity_id)
    ]


def test_the_client_is_found_by_name_or_created(fresh: tuple[RegisterDatabase, str]) -> None:
    db, org_id = fresh
    with db.transaction() as s:
        first = templates.client_party(s, org_id, "  Client   Alpha SA ")
        again = templates.client_party(s, org_id, "client alpha sa")
        party = s.get(m.Party, first)
        assert party is not None
        assert (party.name, party.kind) == ("Client Alpha SA", enums.PartyKind.CLIENT_CONTROLLER)
    assert again == first
    with pytest.raises(RopaError), db.transaction() as s:
        templates.client_party(s, org_id, "   ")


def test_the_texts_are_in_the_organisations_main_language(tmp_path: Path) -> None:
    db, org_id = _register(tmp_path / "nl.ropa", "nl")
    with db.transaction() as s:
        activity = templates.add_template(s, org_id, "be-payroll")
        names = templates.get_template("be-payroll")["activity"]["name"]
        assert activity.name == names["nl"] != names["fr"]
        assert activity.name_fr is None and activity.name_en is None  # type: ignore[attr-defined]
        assert activity.purposes[0].legal_reference.startswith("Loi du 12 avril 1965")
    db.close()


def test_same_template_twice_gets_two_references(fresh: tuple[RegisterDatabase, str]) -> None:
    db, org_id = fresh
    with db.transaction() as s:
        services.create(s, m.Activity, {"reference": "T-24", "name": "Existing"}, org_id)
    with db.transaction() as s:
        first = templates.add_template(s, org_id, "customers").reference
    with db.transaction() as s:
        second = templates.add_template(s, org_id, "customers").reference
        third = templates.add_template(s, org_id, "processor-hosting").reference
        chosen = templates.add_template(s, org_id, "newsletter", reference="NL-1").reference
    assert (first, second, third, chosen) == ("T-25", "T-26", "P-01", "NL-1")
    with db.reader() as s:
        assert s.query(m.Activity).filter_by(organisation_id=org_id).count() == 5


def test_missing_catalogue_entry_is_recreated(fresh: tuple[RegisterDatabase, str]) -> None:
    db, org_id = fresh
    with db.transaction() as s:
        health = s.query(m.DataCategory).filter_by(organisation_id=org_id, seed_key="health").one()
        services.delete(s, m.DataCategory, health.id)
    with db.transaction() as s:
        services.update(s, m.Organisation, org_id, {"other_languages": ["nl"]})
    with db.transaction() as s:
        activity = templates.add_template(s, org_id, "fr-payroll")
        keys = [link.data_category.seed_key for link in activity.data_categories]
        assert "health" in keys
    with db.reader() as s:
        [recreated] = s.query(m.DataCategory).filter_by(organisation_id=org_id, seed_key="health")
        assert recreated.name == "Données de santé"
        assert recreated.name_nl == "Gezondheidsgegevens"  # type: ignore[attr-defined]
        assert recreated.is_special


def test_unknown_template_adds_nothing(fresh: tuple[RegisterDatabase, str]) -> None:
    db, org_id = fresh
    with pytest.raises(RopaError) as caught, db.transaction() as s:
        templates.add_template(s, org_id, "nope")
    assert caught.value.key == "error.unknown_template"
    with db.reader() as s:
        assert s.query(m.Activity).count() == 0
