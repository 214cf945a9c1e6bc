"""A JSON register written by hand: the minimal example of docs/ imports and round-trips, what a
file leaves out is completed as documented (ids, times, positions, catalogues), the schema
describes every field and agrees with the import on closed values, and every problem of a file
is reported in one run, at its JSON path, in the user's language."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from ropa.core.authorities import authorities
from ropa.core.errors import ValidationError
from ropa.core.register import create_register
from ropa.core.schema import FORMAT_NAME, FORMAT_VERSION, json_schema
from ropa.core.schema_docs import (
    COMMON,
    FIELDS,
    NOTICE,
    REFERENCE_END,
    REFERENCE_START,
    reference_markdown,
)
from ropa.core.services import SEED_TABLES, seed_catalogues
from ropa.core.tree import ORGANISATION
from ropa.db.session import RegisterDatabase
from ropa.db.translations import translation_columns
from ropa.exports.interchange import export_json, import_json
from ropa.exports.workbook import build_workbook, plan_import

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "minimal-register.json"
DOCS = ROOT / "docs" / "interchange.md"
SCHEMA = ROOT / "resources" / "schema" / f"register-v{FORMAT_VERSION}.schema.json"


def fresh(path: Path) -> RegisterDatabase:
    return create_register(path, language="en")


def imported(tmp_path: Path, data: bytes, name: str = "a.ropa") -> dict[str, Any]:
    """data imported into a new register: its organisations as exported again."""
    db = fresh(tmp_path / name)
    try:
        import_json(db, data)
        exported: dict[str, Any] = json.loads(export_json(db))
    finally:
        db.close()
    return exported


def document(**organisation: Any) -> dict[str, Any]:
    org = {"legal_name": "Exemple SRL", "country": "BE", **organisation}
    return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "organisations": [org]}


def encode(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def refused(tmp_path: Path, value: Any) -> ValidationError:
    db = fresh(tmp_path / "refused.ropa")
    try:
        before = export_json(db)
        with pytest.raises(ValidationError) as caught:
            import_json(db, encode(value))
        assert export_json(db) == before, "a refused file changed the register"
    finally:
        db.close()
    return caught.value


# -- the minimal example of docs/ ----------------------------------------------------------------


def test_the_minimal_example_imports_with_its_order_references_and_the_standard_catalogues(
    tmp_path: Path,
) -> None:
    [org] = imported(tmp_path, EXAMPLE.read_bytes())["organisations"]
    assert org["legal_name"] == "Atelier Numérique SRL"
    assert [a["reference"] for a in org["activities"]] == ["T-01", "T-02"]
    first = org["activities"][0]
    [purpose] = first["purposes"]
    assert purpose["legal_basis"] == "legal_obligation" and purpose["position"] == 0
    [phase] = first["retention_phases"]
    assert phase["purpose_id"] == purpose["id"] == "facturation"
    assert (phase["duration_value"], phase["duration_unit"]) == (10, "years")
    [recipient] = first["recipients"]
    assert recipient["recipient_name"] == "Fiduciaire Dupont (comptable externe)"
    # Left out of the file: the catalogues a new organisation gets, in its language.
    seed = seed_catalogues()
    for key in SEED_TABLES:
        assert [row["seed_key"] for row in org[key]] == [e["seed_key"] for e in seed[key]]
    assert org["data_categories"][0]["name"] == seed["data_categories"][0]["name"]["fr"]


def test_the_minimal_example_follows_the_committed_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(json.loads(EXAMPLE.read_text("utf-8")))


def test_the_minimal_example_round_trips_through_json(tmp_path: Path) -> None:
    first = imported(tmp_path, EXAMPLE.read_bytes(), "a.ropa")
    again = imported(tmp_path, encode(first), "b.ropa")
    assert again == {**first, "generator": again["generator"]}


def test_a_workbook_of_the_minimal_example_imports_back_without_any_change(
    tmp_path: Path,
) -> None:
    """No position in the file: re-importing the register's workbook shows no phantom change
    (before, every entry had position 0 and the workbook numbered them anew)."""
    value = json.loads(EXAMPLE.read_text("utf-8"))
    activity = value["organisations"][0]["activities"][0]
    activity["purposes"] += [
        {"description": "Relancer les factures impayées", "legal_basis": "contract"},
        {"description": "Répondre aux contrôles fiscaux", "legal_basis": "legal_obligation"},
    ]
    activity["retention_phases"].append(
        {"phase": "intermediate_archive", "criterion": "Jusqu'à la fin d'un litige"}
    )
    db = fresh(tmp_path / "a.ropa")
    try:
        import_json(db, encode(value))
        for lang in ("fr", "nl", "en"):
            plan = plan_import(db, build_workbook(db, lang=lang), source="register.xlsx")
            assert plan.is_empty, [(s.sheet, s.changes) for s in plan.sheets if s.changes]
    finally:
        db.close()


# -- what a file leaves out ----------------------------------------------------------------------


def test_lists_keep_the_order_of_the_file_without_positions_or_times(tmp_path: Path) -> None:
    names = ["Zèbre", "Alpha", "Milieu", "Bêta"]
    value = document(
        data_categories=[{"name": n} for n in names],
        parties=[{"name": n, "kind": "processor"} for n in names],
        activities=[
            {"reference": f"R-{n}", "name": n, "purposes": [{"description": d} for d in names]}
            for n in names
        ],
        cookies=[{"name": n} for n in names],
    )
    [org] = imported(tmp_path, encode(value))["organisations"]
    assert [row["name"] for row in org["data_categories"]] == names
    assert [row["position"] for row in org["data_categories"]] == [0, 1, 2, 3]
    assert [row["name"] for row in org["parties"]] == names
    assert [row["name"] for row in org["activities"]] == names
    assert [row["name"] for row in org["cookies"]] == names
    assert [p["description"] for p in org["activities"][0]["purposes"]] == names
    for row in org["activities"]:
        assert row["updated_at"] == row["created_at"]


def test_positions_given_are_kept(tmp_path: Path) -> None:
    value = document(
        activities=[
            {
                "reference": "R",
                "name": "n",
                "purposes": [
                    {"description": "second", "position": 5},
                    {"description": "first", "position": 1},
                ],
            }
        ]
    )
    [org] = imported(tmp_path, encode(value))["organisations"]
    purposes = org["activities"][0]["purposes"]
    assert [(p["description"], p["position"]) for p in purposes] == [("first", 1), ("second", 5)]


def test_a_catalogue_left_out_gets_the_standard_entries_an_empty_one_stays_empty(
    tmp_path: Path,
) -> None:
    value = document(
        language="nl",
        other_languages=["fr"],
        data_categories=[],
        data_subject_categories=[{"name": "Klanten"}],
    )
    [org] = imported(tmp_path, encode(value))["organisations"]
    assert org["data_categories"] == []
    assert [row["name"] for row in org["data_subject_categories"]] == ["Klanten"]
    seed = seed_catalogues()
    for key in ("recipient_categories", "security_measures"):
        rows, entries = org[key], seed[key]
        assert [r["name"] for r in rows] == [e["name"]["nl"] for e in entries]
        assert [r["name_fr"] for r in rows] == [e["name"]["fr"] for e in entries]
        assert all("name_en" not in r for r in rows)  # not a language of the organisation
        assert [r["position"] for r in rows] == list(range(len(entries)))


# -- the schema and the reference --------------------------------------------------------------


def test_every_entry_and_field_of_the_schema_is_titled_and_described() -> None:
    schema = json_schema()
    for key, prop in schema["properties"].items():
        assert prop.get("title") and prop.get("description"), key
    for node in ORGANISATION.walk():
        definition = schema["$defs"][node.name]
        assert definition.get("title") and definition.get("description"), node.name
        for key, prop in definition["properties"].items():
            assert prop.get("title"), f"{node.name}.{key} has no title"
            assert len(prop.get("description", "")) > len(prop["title"]), f"{node.name}.{key}"
            assert not prop["title"].startswith(("field.", "table.")), f"{node.name}.{key}"


def test_the_written_descriptions_name_real_fields() -> None:
    """A description left behind by a renamed or removed column fails here."""
    nodes = {node.name: node for node in ORGANISATION.walk()}
    for table, fields in [*FIELDS.items(), *NOTICE.items()]:
        node = nodes[table]
        keys = {c.name for c in node.data_columns()}
        keys |= {c.key for c in node.children} | {link.key for link in node.links}
        assert set(fields) <= keys, (table, set(fields) - keys)
    common = {c.name for node in nodes.values() for c in node.data_columns()}
    assert set(COMMON) <= common


def test_closed_values_are_listed_with_their_meaning_and_null_says_not_recorded() -> None:
    defs = json_schema()["$defs"]
    basis = defs["purpose"]["properties"]["legal_basis"]["description"]
    assert "`consent`: Consent (Art. 6(1)(a))" in basis
    assert "`undetermined`: To be determined" in basis
    for table, field in (
        ("organisation", "dpo_designated"),
        ("activity", "automated_decision"),
        ("activity", "profiling"),
        ("activity", "transfers_outside_eea"),
        ("data_source", "is_public"),
    ):
        prop = defs[table]["properties"][field]
        assert {"type": "null"} in prop["anyOf"], (table, field)
        assert "not recorded" in prop["description"], (table, field)
    assert "Reaches the privacy notice." in defs["activity"]["properties"]["name"]["description"]
    notes = defs["activity"]["properties"]["notes"]["description"]
    assert "Reaches the privacy notice" not in notes and "never printed" in notes
    position = defs["purpose"]["properties"]["position"]
    assert "default" not in position and "left out" in position["description"]


def test_the_reference_in_the_docs_is_the_one_the_code_writes() -> None:
    text = DOCS.read_text(encoding="utf-8")
    start, end = text.index(REFERENCE_START), text.index(REFERENCE_END) + len(REFERENCE_END)
    assert text[start:end] == reference_markdown(), (
        "docs/interchange.md is out of date: run `python -m ropa.core.schema`"
    )
    for node in ORGANISATION.walk():  # every entry and field has its row, organisation too
        for column in node.data_columns():
            if column.name not in translation_columns(node.name):
                assert f"| `{column.name}` |" in text, (node.name, column.name)
    assert "#### supervisory_authority" in text and "| `BE-APD` |" in text


def test_the_schema_and_the_import_agree_on_the_supervisory_authorities(tmp_path: Path) -> None:
    prop = json_schema()["$defs"]["organisation"]["properties"]["supervisory_authority"]
    [codes] = [branch["enum"] for branch in prop["anyOf"] if "enum" in branch]
    assert codes == sorted(authorities())
    validator = jsonschema.Draft202012Validator(json_schema())
    good = document(supervisory_authority="FR-CNIL")
    validator.validate(good)
    assert imported(tmp_path, encode(good))["organisations"][0]["supervisory_authority"] == (
        "FR-CNIL"
    )
    bad = document(supervisory_authority="CNIL")
    assert not validator.is_valid(bad)
    error = refused(tmp_path, bad)
    assert [(p.path, p.key) for p in error.problems] == [
        ("organisations[0].supervisory_authority", "problem.unknown_value")
    ]


def test_country_codes_are_capitals_in_the_schema_as_at_import(tmp_path: Path) -> None:
    bad = document(country="be")
    assert not jsonschema.Draft202012Validator(json_schema()).is_valid(bad)
    assert [p.key for p in refused(tmp_path, bad).problems] == ["problem.bad_country"]


# -- every problem in one run --------------------------------------------------------------------


def broken() -> dict[str, Any]:
    """A file with wrong closed values and types and broken references, in several places."""
    return document(
        data_categories=[{"id": "dc", "name": "Identité"}],
        activities=[
            {
                "reference": "T-01",
                "name": "Clients",
                "role": "boss",  # not a role
                "data_subjects": ["nobody"],  # no such category
                "purposes": [{"id": "p1", "description": "Facturer", "legal_basis": "lawful"}],
                "data_categories": [{"data_category_id": "missing"}],
                "retention_phases": [
                    {"purpose_id": "p-other", "duration_value": "7", "duration_unit": "years"}
                ],
            },
            {"reference": "T-01", "name": "Twice"},  # the same reference again
        ],
    )


def test_wrong_values_and_broken_references_are_reported_together(tmp_path: Path) -> None:
    error = refused(tmp_path, broken())
    found = {(p.path, p.key) for p in error.problems}
    activity = "organisations[0].activities[0]"
    assert found == {
        (f"{activity}.role", "problem.unknown_value"),
        (f"{activity}.purposes[0].legal_basis", "problem.unknown_value"),
        (f"{activity}.retention_phases[0].duration_value", "problem.wrong_type"),
        (f"{activity}.data_subjects[0]", "problem.dangling"),
        (f"{activity}.data_categories[0].data_category_id", "problem.dangling"),
        (f"{activity}.retention_phases[0].purpose_id", "problem.dangling"),
        ("organisations[0].activities[1].reference", "problem.duplicate_value"),
    }
    # Values first (in the order of the file), then the rules and references.
    assert error.problems[0].key == "problem.unknown_value"


def test_the_problems_are_said_in_the_users_language(tmp_path: Path) -> None:
    error = refused(tmp_path, broken())
    french = error.message("fr")
    assert french.startswith("Problèmes trouvés\u00a0: 7\u00a0; rien n’a été modifié")
    assert 'organisations[0].activities[0].role\u00a0: "boss" ne fait pas partie' in french
    assert "renvoie à «\u00a0missing\u00a0», qui n’existe pas dans cette organisation" in french
    dutch = error.message("nl")
    assert "organisations[0].activities[0].data_subjects[0]" in dutch
    assert "refers to" not in dutch and "renvoie" not in dutch


def test_a_wrong_value_is_not_reported_again_as_its_consequences(tmp_path: Path) -> None:
    value = document(
        activities=[
            # retired needs an end date: the date is wrong, which is the one problem
            {"reference": "A", "name": "a", "status": "retired", "end_date": "tomorrow"},
            # an entry that is not an object: nothing inside it is checked further
            {"reference": "B", "name": "b", "recipients": ["the accountant"]},
        ]
    )
    error = refused(tmp_path, value)
    assert [(p.path, p.key) for p in error.problems] == [
        ("organisations[0].activities[0].end_date", "problem.wrong_type"),
        ("organisations[0].activities[1].recipients[0]", "problem.wrong_type"),
    ]


def test_an_id_the_register_already_holds_is_reported_with_the_wrong_values(
    tmp_path: Path,
) -> None:
    value = document(id="org-1", activities=[{"reference": "A", "name": "a"}])
    db = fresh(tmp_path / "r.ropa")
    try:
        import_json(db, encode(value))
        again = copy.deepcopy(value)
        again["organisations"][0]["activities"][0]["status"] = "finished"
        with pytest.raises(ValidationError) as caught:
            import_json(db, encode(again))
    finally:
        db.close()
    assert {(p.path, p.key) for p in caught.value.problems} == {
        ("organisations[0].activities[0].status", "problem.unknown_value"),
        ("organisations[0].id", "problem.id_exists"),
    }
