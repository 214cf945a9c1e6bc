"""Processing contracts in the Excel workbook: a Contracts sheet of their own for the round trip
(the Parties sheet lost its three contract columns), and a workbook of format 1, whose Parties
sheet still has them, imported with nothing lost: its columns become contract rows as
ropa.exports.interchange.upgrade_document does for a JSON document of format 1. Every
workbook is a real .xlsx file, written and read back with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl.workbook.workbook import Workbook

from ropa.core import services
from ropa.core.errors import ValidationError
from ropa.core.i18n import label, tr
from ropa.core.register import create_register
from ropa.core.snapshot import Row, read_tree
from ropa.db import models as m
from ropa.exports.workbook import apply_import, build_workbook, plan_import
from ropa.exports.workbook.layout import META_SHEET, sheet
from tests.unit.workbook_support import (
    append_row,
    get_cell,
    headers,
    load,
    row_of,
    save,
    set_cell,
)

SIGNED = date(2025, 3, 10)
PROCESSOR = "Nordlicht Hosting GmbH"
TYPED = "Stillwater Mailing Ltd"  # a reference typed, the box not ticked
CLIENT = "Polyclinique Horizon ASBL"
JOINT = "Réseau Mosan ASBL"  # ticked, nothing else
THIRD = "Cabinet Tiers SRL"  # no contract
SPARE = "Ancien Prestataire SA"  # a processor the format-1 workbook may drop
FORMER = ("contract_signed", "contract_date", "contract_reference")


def _organisation(db: Any, lang: str = "en") -> str:
    with db.transaction() as s:
        org = services.create_organisation(
            s, {"legal_name": "Exemple SRL", "country": "BE", "language": lang}
        )
        org_id = str(org.id)
        kinds = {
            PROCESSOR: "processor",
            TYPED: "processor",
            CLIENT: "client_controller",
            JOINT: "joint_controller",
            THIRD: "third_party",
            SPARE: "processor",
        }
        for name, kind in kinds.items():
            services.create(s, m.Party, {"name": name, "kind": kind}, org_id)
    return org_id


def _party_ids(db: Any) -> dict[str, str]:
    with db.reader() as s:
        return {p.name: p.id for p in s.query(m.Party)}


def _add_contract(db: Any, org_id: str, party: str, **values: Any) -> None:
    with db.transaction() as s:
        services.create(s, m.Contract, {"party_id": _party_ids(db)[party], **values}, org_id)


def _tree(db: Any) -> Row:
    with db.reader() as s:
        [org_id] = [o.id for o in s.query(m.Organisation)]
        [org] = read_tree(s, [org_id])
    return org


def _contracts(db: Any) -> list[tuple[Any, ...]]:
    """(party, reference, status, signed on, our side) of each contract, sorted."""
    org = _tree(db)
    names = {p["id"]: p["name"] for p in org["parties"]}
    rows = [
        (
            names[c["party_id"]],
            c["reference"],
            None if c["status"] is None else str(c["status"]),
            c["signed_on"],
            None if c["our_role"] is None else str(c["our_role"]),
        )
        for c in org["contracts"]
    ]
    return sorted(rows, key=lambda r: (r[0], r[1] or ""))


def _changes(plan: Any) -> dict[str, tuple[int, int, int]]:
    return {
        s.sheet: (s.count("added"), s.count("changed"), s.count("removed"))
        for s in plan.sheets
        if s.changes
    }


@pytest.fixture
def db(tmp_path: Path) -> Any:
    register = create_register(tmp_path / "firm.ropa", language="en")
    yield register
    register.close()


# -- the Contracts sheet -----------------------------------------------------------------------


def test_the_contracts_sheet_holds_each_contract_and_the_parties_sheet_lost_its_columns(
    db: Any,
) -> None:
    org_id = _organisation(db)
    _add_contract(
        db,
        org_id,
        PROCESSOR,
        reference="DPA-NL-7",
        contract_version="v2",
        our_role="controller",
        status="signed",
        signed_on=SIGNED,
        clauses=["instructions", "audits"],
        subprocessor_authorisation="general",
        data_location="Frankfurt",
        notes="Renégocier l'annexe 2",
    )
    data = build_workbook(db)
    book = load(data)
    meta = {row[0].value: row[1].value for row in book[META_SHEET].iter_rows()}
    assert int(meta["format_version"]) >= 2  # the first format with a Contracts sheet
    parties = headers(book["Processors & third parties"])
    for key in FORMER:
        assert label("en", "party", key) not in parties
    contracts = book["Processing contracts"]
    titles = [c.value for c in contracts[1]]
    assert titles == [
        "Party",
        "Title or reference",
        "We act as",
        "Status",
        "Contract version",
        "Signed on",
        "Ends on",
        "Review on",
        "Art. 28(3) stipulations it contains",
        "Sub-processors (Art. 28(2))",
        "Where the data are kept",
        "Notes",
        "ID",
    ]
    row = row_of(contracts, "Party", PROCESSOR)
    assert get_cell(contracts, row, "Status") == "Signed"
    assert get_cell(contracts, row, "We act as") == tr("en", "enum.contract_role.controller")
    signed = contracts.cell(row, headers(contracts)["Signed on"])
    assert signed.is_date and signed.value == datetime(2025, 3, 10)
    assert get_cell(contracts, row, "Art. 28(3) stipulations it contains") == (
        "(a) Processing only on documented instructions\n(h) Information and audits"
    )
    # The party is chosen from the Parties sheet's names (a list, as other references).
    validations = {str(v.sqref): v.formula1 for v in contracts.data_validations.dataValidation}
    assert any("Processors & third parties" in f for f in validations.values())
    # Exported and read back unchanged: nothing to import.
    assert plan_import(db, data).is_empty


def test_contracts_added_changed_and_removed_on_their_sheet(db: Any) -> None:
    org_id = _organisation(db)
    _add_contract(db, org_id, PROCESSOR, reference="DPA-1", status="signed", signed_on=SIGNED)
    _add_contract(db, org_id, TYPED, reference="OLD-2", status="draft")
    book = load(build_workbook(db))
    contracts = book["Processing contracts"]
    set_cell(contracts, row_of(contracts, "Title or reference", "DPA-1"), "Status", "Ended")
    contracts.delete_rows(row_of(contracts, "Title or reference", "OLD-2"))
    append_row(
        contracts,
        {
            "Party": CLIENT,
            "Title or reference": "CLIENT-8",
            "We act as": tr("en", "enum.contract_role.processor"),
            "Status": "Draft, not signed",
            "Review on": datetime(2026, 1, 15),
            "Art. 28(3) stipulations it contains": "(c) Security measures (Art. 32)",
        },
    )
    plan = plan_import(db, save(book))
    assert _changes(plan) == {"Processing contracts": (1, 1, 1)}
    [sheet_changes] = [s for s in plan.sheets if s.changes]
    labels = {c.kind: c.label for c in sheet_changes.changes}
    assert labels == {
        "added": f"{CLIENT}: CLIENT-8",
        "changed": f"{PROCESSOR}: DPA-1",
        "removed": f"{TYPED}: OLD-2",
    }
    apply_import(db, plan)
    assert _contracts(db) == [
        (PROCESSOR, "DPA-1", "ended", SIGNED, None),
        (CLIENT, "CLIENT-8", "draft", None, "processor"),
    ]
    [added] = [c for c in _tree(db)["contracts"] if c["reference"] == "CLIENT-8"]
    assert added["party_id"] == _party_ids(db)[CLIENT]
    assert added["review_on"] == date(2026, 1, 15) and added["clauses"] == ["security"]


def test_a_contract_naming_no_party_of_the_workbook_is_refused_on_its_cell(db: Any) -> None:
    _organisation(db)
    book = load(build_workbook(db))
    row = append_row(book["Processing contracts"], {"Party": "Nobody Ltd", "Status": "Signed"})
    with pytest.raises(ValidationError) as caught:
        plan_import(db, save(book))
    problems = [p.render("en") for p in caught.value.problems]
    assert any(
        p.startswith(f"Sheet “Processing contracts”, row {row}, column “Party”: ")
        and "Nobody Ltd" in p
        for p in problems
    ), problems
    assert _contracts(db) == []


# -- a workbook of format 1 ----------------------------------------------------------------------

# What a party's three former columns held in the format-1 workbook: (ticked, date, reference).
FORMAT_1 = {
    PROCESSOR: (True, SIGNED, "DPA-NL-7"),
    TYPED: (False, None, "Quote 2019, not signed?"),
    CLIENT: (True, date(2024, 9, 2), "CH-2024-031"),
    JOINT: (True, None, None),
    THIRD: (False, None, None),
    SPARE: (False, None, None),
}


# The same, the joint controller's contract with a reference.
FORMAT_1_NAMED = {**FORMAT_1, JOINT: (True, None, "Art. 26 agreement")}


def _as_format_1(
    data: bytes,
    lang: str,
    values: dict[str, tuple[Any, Any, Any]],
    titles: dict[str, str] | None = None,
) -> bytes:
    """The workbook as ropa wrote it before contracts had a sheet: format 1 in its hidden
    sheet, no Contracts sheet, and the party's three contract columns after its privacy
    policy (their titles `titles`, else the current labels), holding `values`."""
    book: Workbook = load(data)
    meta = book[META_SHEET]
    assert meta.cell(2, 1).value == "format_version"
    meta.cell(2, 2).value = "1"
    del book[tr(lang, "workbook.sheet.contracts")]
    for key in ("dpias", "dpia_risks"):  # added in format 3
        del book[tr(lang, f"workbook.sheet.{key}")]
    ws = book[sheet("parties").title(lang)]
    at = headers(ws)[label(lang, "party", "privacy_policy_url")] + 1
    ws.insert_cols(at, 3)
    names = []
    for offset, key in enumerate(FORMER):
        name = (titles or {}).get(key) or label(lang, "party", key)
        ws.cell(1, at + offset).value = name
        names.append(name)
    yes, no = tr(lang, "value.yes"), tr(lang, "value.no")
    for party, (ticked, day, reference) in values.items():
        row = row_of(ws, label(lang, "party", "name"), party)
        box = ticked if isinstance(ticked, str) else (yes if ticked else no)
        cells = (box, day, reference)
        for name, value in zip(names, cells, strict=True):
            set_cell(ws, row, name, value)
    return save(book)


def test_a_format_1_workbook_creates_its_contracts_from_the_party_columns(
    db: Any, tmp_path: Path
) -> None:
    """Into an empty register: the organisation is created, each party's contract with it."""
    _organisation(db)
    old = tmp_path / "register-2025.xlsx"
    old.write_bytes(_as_format_1(build_workbook(db), "en", FORMAT_1))
    target = create_register(tmp_path / "new.ropa", language="en")
    try:
        plan = plan_import(target, old.read_bytes())
        assert _changes(plan)["Processing contracts"] == (4, 0, 0)
        apply_import(target, plan)
        assert _contracts(target) == [
            (PROCESSOR, "DPA-NL-7", "signed", SIGNED, "controller"),
            (CLIENT, "CH-2024-031", "signed", date(2024, 9, 2), "processor"),
            (JOINT, None, "signed", None, None),  # ticked: signed; no side for a joint one
            (TYPED, "Quote 2019, not signed?", None, None, "controller"),  # left to answer
        ]
        # The same file again: the contracts it describes are those the register holds.
        assert plan_import(target, old.read_bytes()).is_empty
    finally:
        target.close()


def test_a_format_1_workbook_of_a_migrated_register_changes_nothing(db: Any) -> None:
    """The register holds the contracts migration 0007 made of the same columns: the same
    contracts, nothing duplicated; a reference changed in the old file is kept as a new
    contract beside the register's (nothing lost either way)."""
    org_id = _organisation(db)
    _add_contract(
        db, org_id, PROCESSOR, reference="DPA-NL-7", status="signed", signed_on=SIGNED,
        our_role="controller",
    )  # fmt: skip
    _add_contract(db, org_id, TYPED, reference="Quote 2019, not signed?", our_role="controller")
    _add_contract(
        db, org_id, CLIENT, reference="CH-2024-031", status="signed",
        signed_on=date(2024, 9, 2), our_role="processor",
    )  # fmt: skip
    _add_contract(db, org_id, JOINT, reference="Art. 26 agreement", status="signed")
    current = build_workbook(db)
    assert plan_import(db, _as_format_1(current, "en", FORMAT_1_NAMED)).is_empty

    edited = dict(FORMAT_1_NAMED)
    edited[PROCESSOR] = (True, SIGNED, "DPA-NL-7 and its 2025 amendment")
    plan = plan_import(db, _as_format_1(current, "en", edited))
    assert _changes(plan) == {"Processing contracts": (1, 0, 0)}
    [change] = [c for s in plan.sheets for c in s.changes]
    assert change.label == f"{PROCESSOR}: DPA-NL-7 and its 2025 amendment"
    assert change.row is None  # its row is on the Parties sheet, not on a Contracts sheet
    apply_import(db, plan)
    references = [c[1] for c in _contracts(db) if c[0] == PROCESSOR]
    assert references == ["DPA-NL-7", "DPA-NL-7 and its 2025 amendment"]


def test_a_format_1_workbook_never_overwrites_what_the_register_says_since(db: Any) -> None:
    """A status only format 2 can say (ended, draft) agrees with the tick-box it came from:
    the old file leaves it as it is. A tick-box that disagrees adds a contract beside it."""
    org_id = _organisation(db)
    _add_contract(db, org_id, PROCESSOR, reference="DPA-1", status="ended", signed_on=SIGNED)
    _add_contract(db, org_id, TYPED, reference="Q-2", status="draft")
    current = build_workbook(db)
    agreeing = {PROCESSOR: (True, SIGNED, "DPA-1"), TYPED: (False, None, "Q-2")}
    assert plan_import(db, _as_format_1(current, "en", agreeing)).is_empty

    ticked = {**agreeing, TYPED: (True, None, "Q-2")}
    plan = plan_import(db, _as_format_1(current, "en", ticked))
    assert _changes(plan) == {"Processing contracts": (1, 0, 0)}
    apply_import(db, plan)
    assert _contracts(db) == [
        (PROCESSOR, "DPA-1", "ended", SIGNED, None),
        (TYPED, "Q-2", "draft", None, None),
        (TYPED, "Q-2", "signed", None, "controller"),
    ]


def test_a_party_left_out_of_a_format_1_workbook_takes_its_contract_along(db: Any) -> None:
    org_id = _organisation(db)
    _add_contract(db, org_id, SPARE, reference="GONE-1", status="ended")
    values = {name: v for name, v in FORMAT_1_NAMED.items() if name != SPARE}
    book = load(_as_format_1(build_workbook(db), "en", values))
    parties = book["Processors & third parties"]
    parties.delete_rows(row_of(parties, "Name", SPARE))
    plan = plan_import(db, save(book))
    changes = _changes(plan)
    assert changes["Processors & third parties"] == (0, 0, 1)
    assert changes["Processing contracts"] == (4, 0, 1)  # GONE-1 goes; four come
    apply_import(db, plan)
    assert [c[1] for c in _contracts(db)] == [
        "DPA-NL-7",
        "CH-2024-031",
        "Art. 26 agreement",
        "Quote 2019, not signed?",
    ]


def test_a_french_format_1_workbook_with_the_former_titles(tmp_path: Path) -> None:
    """The titles an even earlier ropa wrote ("Contrat art. 28 signé") are read too, and a
    cell that cannot be read is named on the Parties sheet, in the workbook's language."""
    db = create_register(tmp_path / "fr.ropa", language="fr")
    try:
        _organisation(db, "fr")
        current = build_workbook(db)
        titles = {"contract_signed": "Contrat art. 28 signé"}
        old = _as_format_1(current, "fr", {PROCESSOR: (True, SIGNED, "DPA-7")}, titles)
        plan = plan_import(db, old)
        assert _changes(plan) == {"Contrats de sous-traitance": (1, 0, 0)}
        apply_import(db, plan)
        assert _contracts(db) == [(PROCESSOR, "DPA-7", "signed", SIGNED, "controller")]

        bad = _as_format_1(current, "fr", {TYPED: ("Peut-être", "bientôt", "X-1")}, titles)
        with pytest.raises(ValidationError) as caught:
            plan_import(db, bad)
        problems = [p.render("fr") for p in caught.value.problems]
        ws = load(bad)["Sous-traitants et tiers"]
        row = row_of(ws, "Nom", TYPED)
        # Named as every column is, by its current title.
        where = f"Feuille «\u00a0Sous-traitants et tiers\u00a0», ligne {row}, colonne"
        signed = label("fr", "party", "contract_signed")
        assert any(p.startswith(f"{where} «\u00a0{signed}\u00a0»") for p in problems)
        assert any(p.startswith(f"{where} «\u00a0Date du contrat\u00a0»") for p in problems)
        assert any("Peut-être" in p for p in problems) and any("bientôt" in p for p in problems)
        assert _contracts(db) == [(PROCESSOR, "DPA-7", "signed", SIGNED, "controller")]
    finally:
        db.close()


def test_a_ticked_box_alone_becomes_a_contract_in_an_existing_register(db: Any) -> None:
    _organisation(db)
    old = _as_format_1(build_workbook(db), "en", {JOINT: (True, None, None)})
    plan = plan_import(db, old)
    assert _changes(plan) == {"Processing contracts": (1, 0, 0)}
    apply_import(db, plan)
    assert _contracts(db) == [(JOINT, None, "signed", None, None)]
