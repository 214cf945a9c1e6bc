"""A JSON register of an earlier format version imports as the current one says the same: in
format 1, a party's processing contract was three fields of the party (contract_signed,
contract_date, contract_reference); they become contract entries as docs/interchange.md
("Format versions") says, and a wrong value among them is refused at its place in the file."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from ropa.core.errors import ValidationError
from ropa.core.register import create_register
from ropa.core.schema import FORMAT_NAME, FORMAT_VERSION
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_json, import_json, upgrade_document

FIRMS = Path(__file__).resolve().parent.parent / "fixtures" / "firms"


def version_1(*parties: dict[str, Any], **organisation: Any) -> dict[str, Any]:
    org = {"legal_name": "Exemple SRL", "country": "BE", "parties": list(parties), **organisation}
    return {"format": FORMAT_NAME, "format_version": 1, "organisations": [org]}


def fresh(tmp_path: Path, name: str = "a.ropa") -> RegisterDatabase:
    return create_register(tmp_path / name, language="en")


def imported(tmp_path: Path, document: dict[str, Any], name: str = "a.ropa") -> dict[str, Any]:
    """The document imported into a new register, exported again (the current format)."""
    db = fresh(tmp_path, name)
    try:
        import_json(db, json.dumps(document).encode("utf-8"))
        exported: dict[str, Any] = json.loads(export_json(db))
    finally:
        db.close()
    return exported


def refused(tmp_path: Path, document: dict[str, Any]) -> ValidationError:
    db = fresh(tmp_path, "refused.ropa")
    try:
        before = export_json(db)
        with pytest.raises(ValidationError) as caught:
            import_json(db, json.dumps(document).encode("utf-8"))
        assert export_json(db) == before, "a refused file changed the register"
    finally:
        db.close()
    return caught.value


PARTIES = [
    {  # ticked, dated, filed: a signed contract; the firm is the controller
        "id": "host",
        "name": "Hébergeur SA",
        "kind": "processor",
        "contract_signed": True,
        "contract_date": "2023-05-17",
        "contract_reference": "DPA-2023-01",
    },
    {  # not ticked, but a reference typed: whether it is signed is left to answer
        "id": "client",
        "name": "Client SA",
        "kind": "client_controller",
        "contract_signed": False,
        "contract_reference": "Accord de sous-traitance",
    },
    {  # ticked alone, a party of another kind: our side not answered
        "id": "bank",
        "name": "Banque SA",
        "kind": "third_party",
        "contract_signed": True,
    },
    {"id": "router", "name": "Routeur SA", "kind": "processor", "contract_signed": False},
    {"id": "plain", "name": "Assureur SA", "kind": "third_party"},
    {  # no id (nothing referred to it): the contract needs one, so it is given one
        "name": "Sans id SPRL",
        "kind": "processor",
        "contract_date": "2022-01-10",
    },
]


def test_the_party_contract_fields_of_format_1_become_contract_entries(tmp_path: Path) -> None:
    exported = imported(tmp_path, version_1(*copy.deepcopy(PARTIES)))
    assert exported["format_version"] == FORMAT_VERSION == 4
    [org] = exported["organisations"]
    for party in org["parties"]:
        assert not {"contract_signed", "contract_date", "contract_reference"} & set(party)
    ids = {party["name"]: party["id"] for party in org["parties"]}
    assert len(ids) == len(PARTIES)
    contracts = {c["party_id"]: c for c in org["contracts"]}
    assert set(contracts) == {ids["Hébergeur SA"], ids["Client SA"], ids["Banque SA"]} | {
        ids["Sans id SPRL"]
    }
    every_other_field = {
        "contract_version": None,
        "expires_on": None,
        "review_on": None,
        "clauses": [],
        "subprocessor_authorisation": None,
        "data_location": None,
        "notes": None,
    }
    expected = {
        "host": ("DPA-2023-01", "controller", "signed", "2023-05-17"),
        "client": ("Accord de sous-traitance", "processor", None, None),
        "bank": (None, None, "signed", None),
        ids["Sans id SPRL"]: (None, "controller", None, "2022-01-10"),
    }
    for party_id, (reference, role, status, signed_on) in expected.items():
        contract = contracts[party_id]
        assert {k: contract[k] for k in every_other_field} == every_other_field
        assert (
            contract["reference"],
            contract["our_role"],
            contract["status"],
            contract["signed_on"],
        ) == (reference, role, status, signed_on), party_id
    # Exported in the current format, it imports again unchanged.
    again = imported(tmp_path, exported, "b.ropa")
    assert again == {**exported, "generator": again["generator"]}


def test_the_upgrade_leaves_the_decoded_document_as_it_was() -> None:
    document = version_1(*copy.deepcopy(PARTIES))
    before = copy.deepcopy(document)
    upgraded = upgrade_document(document)
    assert document == before
    assert upgraded["format_version"] == FORMAT_VERSION
    [org] = upgraded["organisations"]
    assert len(org["contracts"]) == 4
    # A document of the current version is returned as it is.
    current = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "organisations": []}
    assert upgrade_document(current) is current


def test_a_contract_field_of_the_wrong_type_is_refused_at_its_place_in_the_file(
    tmp_path: Path,
) -> None:
    """A yes / no that is not one, a date that is not a date, a reference that is not text:
    each named where the file has it, with what is expected, along with the other problems of
    the file's rules (here an e-mail address)."""
    parties = [
        {"id": "a", "name": "A SA", "kind": "processor", "contract_signed": "yes"},
        {"id": "b", "name": "B SA", "kind": "processor"},
        {
            "id": "c",
            "name": "C SA",
            "kind": "processor",
            "contract_signed": True,
            "contract_date": "2023-02-30",
            "contract_reference": 5,
        },
    ]
    error = refused(tmp_path, version_1(*parties, email="pas une adresse"))
    assert [(p.path, p.key) for p in error.problems] == [
        ("organisations[0].parties[0].contract_signed", "problem.wrong_type"),
        ("organisations[0].parties[2].contract_date", "problem.wrong_type"),
        ("organisations[0].parties[2].contract_reference", "problem.wrong_type"),
        ("organisations[0].email", "problem.bad_email"),
    ]
    message = error.message("en")
    assert (
        '- organisations[0].parties[0].contract_signed: expected true or false, found "yes".'
        in message
    )
    assert 'contract_date: expected a date (YYYY-MM-DD), found "2023-02-30".' in message
    assert "found 5" in message
    french = error.message("fr")  # in the user's language, as every problem
    assert "parties[0].contract_signed" in french and "true ou false" in french


def test_contract_signed_alone_and_wrong_is_not_lost(tmp_path: Path) -> None:
    """An unticked box alone makes no contract; a box neither ticked nor unticked is not
    taken for unticked: it is refused."""
    error = refused(
        tmp_path, version_1({"name": "A SA", "kind": "processor", "contract_signed": 1})
    )
    [problem] = error.problems
    assert problem.path == "organisations[0].parties[0].contract_signed"


@pytest.mark.parametrize("firm", ["in2cloud", "clicknconnect", "guichet"])
def test_the_firms_of_the_fixtures_import_written_in_formats_1_and_2(
    tmp_path: Path, firm: str
) -> None:
    document = json.loads((FIRMS / f"{firm}.json").read_text(encoding="utf-8"))
    assert document["format_version"] == (1 if firm == "in2cloud" else 2)
    exported = imported(tmp_path, document)
    assert exported["format_version"] == FORMAT_VERSION
    assert [o["legal_name"] for o in exported["organisations"]] == [
        o["legal_name"] for o in document["organisations"]
    ]


@pytest.mark.parametrize("version", [2, 3])
def test_a_format_2_or_3_file_says_the_same_in_format_4(tmp_path: Path, version: int) -> None:
    """Format 3 only added the impact assessments (`dpias`), format 4 the attached documents
    (`attachments`, `files`): a format-2 or -3 file imports as it is, with none, and is
    exported in format 4."""
    contract = {"party_id": "host", "reference": "DPA v3", "status": "signed"}
    org = {
        "legal_name": "Exemple SRL",
        "country": "BE",
        "parties": [{"id": "host", "name": "Hébergeur SA", "kind": "processor"}],
        "contracts": [contract],
    }
    document = {"format": FORMAT_NAME, "format_version": version, "organisations": [org]}
    before = copy.deepcopy(document)
    upgraded = upgrade_document(document)
    assert document == before  # the decoded file is left as it was
    assert upgraded == {**before, "format_version": FORMAT_VERSION}
    exported = imported(tmp_path, document)
    assert exported["format_version"] == 4 and "files" not in exported
    [found] = exported["organisations"]
    assert found["dpias"] == [] and found["attachments"] == []
    assert [(c["reference"], c["status"]) for c in found["contracts"]] == [("DPA v3", "signed")]
