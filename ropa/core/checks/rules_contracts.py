"""Rules on the processing contracts (Art. 28): a signed contract in force with each processor
the activities use and with each client the organisation processes data for; a contract whose
end date passed while it is still recorded as signed; a review date reached; the Art. 28(3)
stipulations a contract in force was checked for; the authorisation of sub-processors
(Art. 28(2)). Where a contract stands is ropa.core.contracts' (contract_state, best_state), on
the context's `today`, so the checks say what the contracts page and `ropa contracts` say."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ropa.core.checks.engine import CheckContext, rule
from ropa.core.checks.model import Finding, Severity
from ropa.core.contracts import (
    ContractState,
    best_state,
    contract_state,
    in_force,
    missing_clauses,
)
from ropa.core.snapshot import Row
from ropa.db.enums import ContractRole

NO_CONTRACT = "none"
"""The `contract_state` parameter of a party with no contract recorded (else a ContractState)."""


def _day(day: date) -> str:
    """A date as the three languages write it in figures: 20/12/2026."""
    return day.strftime("%d/%m/%Y")


def _state(ctx: CheckContext, contract: Row) -> ContractState:
    status = contract["status"]
    return contract_state(
        None if status is None else str(status),
        contract["expires_on"],
        contract["review_on"],
        ctx.today,
    )


def _party_name(ctx: CheckContext, contract: Row) -> str:
    """A contract is named after its party: what a person looks it up by."""
    party = ctx.parties.get(contract["party_id"]) or {}
    return str(party.get("name") or contract["reference"] or contract["id"])


def _contract_finding(
    ctx: CheckContext, contract: Row, field_name: str | None, **params: Any
) -> Finding:
    return ctx.finding("contract", contract, field_name, label=_party_name(ctx, contract), **params)


def _latest(contracts: Iterable[Row]) -> Row:
    """Of contracts in the same state, the one that says most: the latest to end, then the
    latest signed."""
    return max(
        contracts,
        key=lambda c: (c["expires_on"] or date.min, c["signed_on"] or date.min, str(c["id"])),
    )


def _standing(
    ctx: CheckContext, party_id: str, our_role: ContractRole
) -> tuple[Row | None, ContractState | None]:
    """The contract that speaks for a party (its best state: one in force first) among those
    where the organisation has `our_role`, or whose role is not answered; (None, None) when
    there is none."""
    contracts = [
        c
        for c in ctx.organisation["contracts"]
        if c["party_id"] == party_id and c["our_role"] in (None, our_role)
    ]
    states = {str(c["id"]): _state(ctx, c) for c in contracts}
    best = best_state(states.values())
    if best is None:
        return None, None
    return _latest(c for c in contracts if states[str(c["id"])] is best), best


def _without_contract(
    ctx: CheckContext, party_ids: Iterable[str], our_role: ContractRole
) -> Iterator[Finding]:
    """A finding for each party without a signed contract in force: on the contract that
    speaks for it (its status, or its end date when it expired), on the party when it has
    none; `contract_state` says which."""
    for party_id in sorted(set(party_ids)):
        party = ctx.parties.get(party_id)
        if party is None:
            continue
        contract, state = _standing(ctx, party_id, our_role)
        if contract is None or state is None:
            yield ctx.finding("party", party, None, contract_state=NO_CONTRACT)
        elif state is ContractState.EXPIRED:
            day = _day(contract["expires_on"])
            yield _contract_finding(ctx, contract, "expires_on", contract_state=state, date=day)
        elif not in_force(state):
            yield _contract_finding(ctx, contract, "status", contract_state=state)


@rule("contract.processor_without_contract", Severity.ERROR, "Art. 28(3), (9)")
def processor_without_contract(ctx: CheckContext) -> Iterator[Finding]:
    """A processor an activity (not retired) gives data to, as a processor, without a signed
    contract in force: none recorded, a draft, one whose status is not answered, one that
    expired or ended."""
    used: set[str] = set()
    for activity in ctx.live_activities:
        for recipient in activity["recipients"]:
            if recipient["kind"] == "processor" and recipient["party_id"]:
                used.add(recipient["party_id"])
    processors = (
        party_id
        for party_id in used
        if (ctx.parties.get(party_id) or {}).get("kind") == "processor"
    )
    yield from _without_contract(ctx, processors, ContractRole.CONTROLLER)


@rule("contract.client_without_contract", Severity.ERROR, "Art. 28(3), (9)")
def client_without_contract(ctx: CheckContext) -> Iterator[Finding]:
    """A client controller an active processor activity is carried out for, without a signed
    contract in force. A draft's clients wait until it is active, as for their contact
    details (party.client_without_contact)."""
    clients: set[str] = set()
    for activity in ctx.live_activities:
        if activity["role"] == "processor" and activity["status"] == "active":
            clients.update(client["party_id"] for client in activity["clients"])
    yield from _without_contract(ctx, clients, ContractRole.PROCESSOR)


@rule("contract.expired", Severity.WARNING, "Art. 28(3)")
def contract_expired(ctx: CheckContext) -> Iterator[Finding]:
    """A contract still recorded as signed whose end date has passed: it is no longer in
    force, whatever its status says (renewed, or to be marked as ended)."""
    for contract in ctx.organisation["contracts"]:
        if _state(ctx, contract) is ContractState.EXPIRED:
            day = _day(contract["expires_on"])
            yield _contract_finding(ctx, contract, "expires_on", date=day)


@rule("contract.review_due", Severity.WARNING, "Art. 24(1), 28(3)")
def contract_review_due(ctx: CheckContext) -> Iterator[Finding]:
    """A contract in force whose review date has come."""
    for contract in ctx.organisation["contracts"]:
        if _state(ctx, contract) is ContractState.REVIEW_DUE:
            yield _contract_finding(ctx, contract, "review_on", date=_day(contract["review_on"]))


@rule("contract.clauses_unchecked", Severity.ADVICE, "Art. 28(3)")
def clauses_unchecked(ctx: CheckContext) -> Iterator[Finding]:
    """A contract in force whose Art. 28(3) checklist was never filled in: nothing says
    which stipulations it contains."""
    for contract in ctx.organisation["contracts"]:
        if in_force(_state(ctx, contract)) and not contract["clauses"]:
            yield _contract_finding(ctx, contract, "clauses")


@rule("contract.clauses_missing", Severity.WARNING, "Art. 28(3)")
def clauses_missing(ctx: CheckContext) -> Iterator[Finding]:
    """A contract in force checked for the Art. 28(3) stipulations, some of them not ticked:
    named, in the article's order."""
    for contract in ctx.organisation["contracts"]:
        if not contract["clauses"] or not in_force(_state(ctx, contract)):
            continue
        missing = missing_clauses(contract["clauses"])
        if missing:
            codes = ",".join(clause.value for clause in missing)
            yield _contract_finding(ctx, contract, "clauses", clauses=codes)


@rule("contract.subprocessors_unanswered", Severity.WARNING, "Art. 28(2)")
def subprocessors_unanswered(ctx: CheckContext) -> Iterator[Finding]:
    """A contract in force with a processor of the organisation's that has sub-processors,
    without the authorisation it gives them (general, specific, or none)."""
    for contract in ctx.organisation["contracts"]:
        party = ctx.parties.get(contract["party_id"]) or {}
        if (
            contract["our_role"] == ContractRole.CONTROLLER
            and party.get("subprocessors")
            and contract["subprocessor_authorisation"] is None
            and in_force(_state(ctx, contract))
        ):
            yield _contract_finding(ctx, contract, "subprocessor_authorisation")
