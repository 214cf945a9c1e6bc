"""Processing contracts in words, as the contracts page and the parties page show them: where a
contract stands ("In force", "Review due"...: ropa.core.contracts.contract_state), the sentence
the form and the party's line say about it (the core's contract_words, as `ropa contracts`
says it: "In force, signed on 5 November 2024"), the organisation's side in a word
("Controller", "Processor"), the stipulations of Art. 28(3) not checked,
and the tone a state is shown in (expired: the error colour; review due: the warning
colour)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from ropa.core.contracts import ContractState, best_state, contract_words, missing_clauses
from ropa.core.i18n import value_label
from ropa.core.reads.contracts import ContractRow
from ropa.db.enums import ContractRole
from ropa.ui.models.deadline_texts import Tone, sentence

STATE_ORDER = {
    state: n
    for n, state in enumerate(
        (
            ContractState.IN_FORCE,
            ContractState.REVIEW_DUE,
            ContractState.DRAFT,
            ContractState.UNANSWERED,
            ContractState.EXPIRED,
            ContractState.ENDED,
        )
    )
}
"""How the states sort: the one that speaks for a party first (see core.contracts.best_state)."""


def state_text(state: ContractState) -> str:
    """A contract's state in one or two words, in the interface language."""
    texts = {
        ContractState.IN_FORCE: QCoreApplication.translate("ContractTexts", "In force"),
        ContractState.REVIEW_DUE: QCoreApplication.translate("ContractTexts", "Review due"),
        ContractState.EXPIRED: QCoreApplication.translate("ContractTexts", "Expired"),
        ContractState.DRAFT: QCoreApplication.translate("ContractTexts", "Draft"),
        ContractState.UNANSWERED: QCoreApplication.translate(
            "ContractTexts", "Status not answered"
        ),
        ContractState.ENDED: QCoreApplication.translate("ContractTexts", "Ended"),
    }
    return texts[state]


def role_text(role: str | None) -> str:
    """The organisation's side under a contract in a word, as the list shows it ("Controller",
    "Processor"; the form's choices say it in full); empty when it is not recorded."""
    if role is None:
        return ""
    texts = {
        ContractRole.CONTROLLER: QCoreApplication.translate("ContractTexts", "Controller"),
        ContractRole.PROCESSOR: QCoreApplication.translate("ContractTexts", "Processor"),
    }
    return texts[ContractRole(role)]


def no_contract_text() -> str:
    """A party without any contract recorded, in the parties' list."""
    return QCoreApplication.translate("ContractTexts", "No contract")


def state_tone(state: ContractState) -> Tone:
    """Expired: an error (the party may still process data without a contract); review due: a
    warning; anything else: plain."""
    if state == ContractState.EXPIRED:
        return Tone.ERROR
    if state == ContractState.REVIEW_DUE:
        return Tone.WARNING
    return Tone.PLAIN


def state_sentence(
    lang: str,
    state: ContractState,
    signed_on: date | None,
    expires_on: date | None,
    review_on: date | None,
) -> str:
    """Where a contract stands, with the day that says why, in the core's words (those of
    `ropa contracts`): "In force, signed on 5 November 2024", "In force, review due since
    1 March 2026", "Expired on 31 December 2025, still recorded as signed"..."""
    return sentence(contract_words(lang, state, signed_on, review_on, expires_on))


def speaking_contract(contracts: Sequence[ContractRow]) -> ContractRow | None:
    """The contract that speaks for a party with these contracts: the best state
    (core.contracts.best_state), the latest signed among those; None when it has none."""
    state = best_state(c.state for c in contracts)
    if state is None:
        return None
    candidates = [c for c in contracts if c.state == state]
    return max(candidates, key=lambda c: c.signed_on or date.min)


def party_contracts_text(lang: str, contracts: Sequence[ContractRow]) -> str:
    """A party's contracts in one line: "No contract recorded", or where the one that speaks
    for it stands ("In force, signed on 5 November 2024"), with how many there are when
    more than one."""
    shown = speaking_contract(contracts)
    if shown is None:
        return QCoreApplication.translate("ContractTexts", "No contract recorded")
    text = state_sentence(lang, shown.state, shown.signed_on, shown.expires_on, shown.review_on)
    if len(contracts) > 1:
        text += " \u2014 " + QCoreApplication.translate(
            "ContractTexts", "%n contracts recorded", "", len(contracts)
        )
    return text


def clauses_text(lang: str, clauses: Iterable[str]) -> tuple[str, bool]:
    """What the checklist of Art. 28(3) says, and whether it is a warning: the stipulations not
    checked, one a line; "not checked yet" when none is; all eight checked."""
    checked = list(clauses)
    if not checked:
        return QCoreApplication.translate(
            "ContractTexts", "The stipulations of Art. 28(3) are not checked yet."
        ), False
    missing = missing_clauses(checked)
    if not missing:
        return QCoreApplication.translate(
            "ContractTexts", "All eight stipulations of Art. 28(3) are checked."
        ), False
    lines = [value_label(lang, "art28_clause", clause.value) for clause in missing]
    return "\n".join([QCoreApplication.translate("ContractTexts", "Not checked:"), *lines]), True
