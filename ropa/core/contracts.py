"""Where a processing contract stands (Art. 28): in force, to review, expired, a draft, or not
answered, from its status and dates; and which Art. 28(3) stipulations it lacks.

Plain values only, so that the pages, the checks, the documents and the command line say the
same thing about the same contract."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from ropa.db.enums import Art28Clause, ContractStatus


class ContractState(StrEnum):
    UNANSWERED = "unanswered"  # no status: nothing may say it is signed
    DRAFT = "draft"
    IN_FORCE = "in_force"
    REVIEW_DUE = "review_due"  # signed, in force, its review date reached
    EXPIRED = "expired"  # signed, its end date passed
    ENDED = "ended"


# Which of a party's contracts speaks for the party: the one in force first.
_RANK = {
    ContractState.IN_FORCE: 0,
    ContractState.REVIEW_DUE: 1,
    ContractState.DRAFT: 2,
    ContractState.UNANSWERED: 3,
    ContractState.EXPIRED: 4,
    ContractState.ENDED: 5,
}


def contract_state(
    status: str | None, expires_on: date | None, review_on: date | None, today: date
) -> ContractState:
    if status is None:
        return ContractState.UNANSWERED
    if status == ContractStatus.DRAFT:
        return ContractState.DRAFT
    if status == ContractStatus.ENDED:
        return ContractState.ENDED
    if expires_on is not None and expires_on < today:
        return ContractState.EXPIRED
    if review_on is not None and review_on <= today:
        return ContractState.REVIEW_DUE
    return ContractState.IN_FORCE


def in_force(state: ContractState) -> bool:
    """A signed contract that has not ended: the party has its Art. 28 contract."""
    return state in (ContractState.IN_FORCE, ContractState.REVIEW_DUE)


def best_state(states: Iterable[ContractState]) -> ContractState | None:
    """The state that speaks for a party with these contracts (None: it has none)."""
    return min(states, key=_RANK.__getitem__, default=None)


def missing_clauses(clauses: Iterable[str]) -> list[Art28Clause]:
    """The Art. 28(3) stipulations not checked, in the article's order (all of them when the
    list was never filled in: the caller says "not checked yet" rather than "missing")."""
    present = set(clauses)
    return [clause for clause in Art28Clause if clause.value not in present]


def contract_words(
    lang: str,
    state: ContractState,
    signed_on: date | None = None,
    review_on: date | None = None,
    expires_on: date | None = None,
) -> str:
    """Where a contract stands, said in `lang` with the day that says why: "in force, signed
    on 5 November 2024", "in force, review due since 30 September 2026", "expired on 31
    December 2025, still recorded as signed", "draft, not signed", "status not answered..."."""
    from ropa.core.deadlines import day_text
    from ropa.core.i18n import tr

    if state is ContractState.IN_FORCE and signed_on is not None:
        return tr(lang, "contract.state.in_force_signed", date=day_text(lang, signed_on))
    if state is ContractState.REVIEW_DUE and review_on is not None:
        return tr(lang, "contract.state.review_due", date=day_text(lang, review_on))
    if state is ContractState.EXPIRED and expires_on is not None:
        return tr(lang, "contract.state.expired", date=day_text(lang, expires_on))
    return tr(lang, f"contract.state.{state.value}")
