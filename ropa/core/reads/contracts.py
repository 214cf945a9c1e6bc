"""What the processing contracts page (and `ropa contracts`) shows: each contract with its
party and where it stands, and each party's contract in one word for the parties' list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core.contracts import ContractState, best_state, contract_state
from ropa.core.handle import Register
from ropa.core.queries import PartyRow, list_parties, organisation_summaries
from ropa.db import models as m


@dataclass(frozen=True)
class ContractRow:
    id: str
    organisation_id: str
    party_id: str
    party_name: str
    party_kind: str
    reference: str | None
    our_role: str | None
    status: str | None
    contract_version: str | None
    signed_on: date | None
    expires_on: date | None
    review_on: date | None
    clauses: tuple[str, ...]
    subprocessor_authorisation: str | None
    state: ContractState


@dataclass(frozen=True)
class ContractsData:
    organisation_ids: list[str]
    contracts: list[ContractRow]
    parties: list[PartyRow]


def _value(enum_or_none: object) -> str | None:
    return None if enum_or_none is None else str(getattr(enum_or_none, "value", enum_or_none))


def list_contracts(
    session: Session,
    today: date,
    organisation_id: str | None = None,
    party_id: str | None = None,
) -> list[ContractRow]:
    """Every contract (of one organisation or party, or all), by party, the latest signed
    first."""
    c, p = m.Contract, m.Party
    query = (
        select(
            c.id,
            c.organisation_id,
            c.party_id,
            p.name,
            p.kind,
            c.reference,
            c.our_role,
            c.status,
            c.contract_version,
            c.signed_on,
            c.expires_on,
            c.review_on,
            c.clauses,
            c.subprocessor_authorisation,
        )
        .join(p, p.id == c.party_id)
        .order_by(p.name, p.id, c.signed_on.desc().nulls_first(), c.reference, c.id)
    )
    if organisation_id is not None:
        query = query.where(c.organisation_id == organisation_id)
    if party_id is not None:
        query = query.where(c.party_id == party_id)
    rows = []
    for row in session.execute(query).tuples():
        (id_, org, party, name, kind, ref, role, status, version, signed, expires, review) = row[
            :12
        ]
        clauses, authorisation = row[12:]
        status_value = _value(status)
        rows.append(
            ContractRow(
                id_,
                org,
                party,
                name,
                str(_value(kind)),
                ref,
                _value(role),
                status_value,
                version,
                signed,
                expires,
                review,
                tuple(clauses or ()),
                _value(authorisation),
                contract_state(status_value, expires, review, today),
            )
        )
    return rows


def party_contract_states(
    session: Session, today: date, organisation_id: str | None = None
) -> dict[str, ContractState]:
    """For each party with at least one contract, the state that speaks for it."""
    c = m.Contract
    query = select(c.party_id, c.status, c.expires_on, c.review_on)
    if organisation_id is not None:
        query = query.where(c.organisation_id == organisation_id)
    states: dict[str, list[ContractState]] = {}
    for party_id, status, expires, review in session.execute(query).tuples():
        states.setdefault(party_id, []).append(
            contract_state(_value(status), expires, review, today)
        )
    return {party: state for party, found in states.items() if (state := best_state(found))}


def load_contracts(db: Register, today: date | None = None) -> ContractsData:
    """The organisations, contracts and parties, in one read."""
    today = today or date.today()
    with db.reader() as session:
        return ContractsData(
            [org.id for org in organisation_summaries(session)],
            list_contracts(session, today),
            list_parties(session),
        )
