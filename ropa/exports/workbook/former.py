"""A workbook of an earlier format, read as the current format says the same.

Format 1 (ropa before processing contracts had rows of their own) kept a party's Art. 28
contract in three columns of the Parties sheet: the tick-box, its date and its reference
(layout.FORMER_COLUMNS), and had no Contracts sheet. Such a workbook still imports with nothing
lost, as ropa.exports.interchange.upgrade_document upgrades a JSON document of format 1 and
migration 0007 a register file:

- a party with the box ticked, or a date or reference typed, has a contract: signed when
  ticked (else its status is left to answer), the date as its signature date, the reference
  kept; our side follows the party's kind (its processor: controller; a client controller:
  processor), else left to answer;
- the register's contracts stay (the sheet did not exist: layout.SHEETS_ADDED_LATER), but
  those of a party the workbook no longer lists, which went with the party in format 1;
- a contract the columns describe that the register already holds for that party is that
  contract, left as the register has it: same reference and signature date, and a status the
  tick-box agrees with (ticked: signed, or ended since; not ticked: not answered, or a draft).
  Migration 0007 made exactly that contract of the same columns. Any other is added beside the
  register's: nothing the register or the workbook holds is lost, nothing is overwritten by
  what an older file says.

A cell that cannot be read is a problem naming its place on the Parties sheet.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from ropa.exports.workbook.drafts import Draft, DraftReader
from ropa.exports.workbook.layout import ID, Column, Kind, Sheet, former_columns, sheet
from ropa.exports.workbook.reader import ReadSheet

CONTRACT_FORMAT = 2
"""The first workbook format with a Contracts sheet."""
# Our side of the contract, by the party's kind (migration 0007, upgrade_document).
ROLES = {"processor": "controller", "client_controller": "processor"}


def reads_party_contracts(version: int) -> bool:
    """Whether a workbook of this format keeps its contracts on the Parties sheet."""
    return version < CONTRACT_FORMAT


def keep_listed_parties(contracts: list[Draft], parties: list[Draft]) -> list[Draft]:
    """The register's contracts a workbook of format 1 keeps: those of the parties it lists
    (in format 1 a party's contract went with the party)."""
    listed = {d.id for d in parties}
    return [d for d in contracts if d.existing is None or d.existing["party_id"] in listed]


def party_contracts(
    reader: DraftReader, parties: list[Draft], contracts: list[Draft]
) -> list[Draft]:
    """The contracts the Parties sheet's former columns describe that `contracts` (the
    register's, once their party is resolved) do not hold already: new rows."""
    if not parties:
        return []
    columns = {c.key: c for c in former_columns(CONTRACT_FORMAT - 1, "parties")}
    present = [key for key in columns if key in parties[0].sheet.present]
    if not present:
        return []
    spec = _former_sheet(parties[0].spec, columns)
    held = {_key(d.values) + (_ticked(d.values.get("status")),) for d in contracts}
    found = []
    for party in parties:
        values = _read(reader, party, [columns[key] for key in present])
        signed, day, reference = (
            values.get(k) for k in ("contract_signed", "contract_date", "contract_reference")
        )
        if signed is not True and day is None and reference is None:
            continue  # an unticked box with nothing typed: no contract to keep
        contract: dict[str, Any] = {
            "party_id": party.id,
            "reference": reference,
            "our_role": ROLES.get(str(party.values.get("kind") or "")),
            "status": "signed" if signed else None,
            "signed_on": day,
            "clauses": [],
        }
        if _key(contract) + (bool(signed),) in held:
            continue
        read = ReadSheet(spec, party.sheet.title, present=party.sheet.present)
        found.append(Draft(read, party.number, str(uuid.uuid4()), None, values=contract))
    return found


def _key(values: dict[str, Any]) -> tuple[Any, ...]:
    """What a contract made of the former columns is recognised by, but its status."""
    return (
        values.get("party_id"),
        (values.get("reference") or "").strip() or None,
        values.get("signed_on"),
    )


def _ticked(status: Any) -> bool:
    """The tick-box a contract's status agrees with: signed, or ended since (it was signed)."""
    return status is not None and str(status) in ("signed", "ended")


def _read(reader: DraftReader, party: Draft, columns: list[Column]) -> dict[str, Any]:
    """The party row's former contract cells, parsed (an unreadable one is a problem)."""
    cell = Draft(party.sheet, party.number, party.id, None)
    for column in columns:
        reader.cell(cell, column, party.cells.get(column.key), None)
    return cell.values


def _former_sheet(parties: Sheet, columns: dict[str, Column]) -> Sheet:
    """The contracts of the Parties sheet as a sheet: a contract's fields under the titles of
    the columns they were read from, so that a problem found on them names that cell."""
    contracts = sheet("contracts")
    under = {
        "party_id": replace(parties.column("name"), key="party_id", kind=Kind.REF),
        "status": replace(columns["contract_signed"], key="status"),
        "signed_on": replace(columns["contract_date"], key="signed_on"),
        "reference": replace(columns["contract_reference"], key="reference"),
    }
    return replace(
        contracts,
        key=parties.key,  # where its rows are: the preview does not number them as contracts
        columns=(*under.values(), ID),
    )
