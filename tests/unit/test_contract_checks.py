"""The checks of the processing contracts on the day they are run: a processor the activities
use, or a client the firm processes data for, without a signed contract in force (saying which
state its contract has); a contract past its end date still recorded as signed; a review date
reached; the Art. 28(3) stipulations never checked or not all ticked; the authorisation of a
processor's sub-processors not recorded. Each points to the contract (or the party without one),
so the window can open it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ropa.core import services
from ropa.core.checks.engine import load_context, run_checks
from ropa.core.checks.model import Finding
from ropa.db import models as m
from tests.unit.checks_support import ALL_CLAUSES, TODAY, Register, clean_register

CONTRACT_RULES = (
    "contract.processor_without_contract",
    "contract.client_without_contract",
    "contract.expired",
    "contract.review_due",
    "contract.clauses_unchecked",
    "contract.clauses_missing",
    "contract.subprocessors_unanswered",
)
HOST = "Hébergeur SA"


@pytest.fixture
def register(tmp_path) -> Register:
    return clean_register(tmp_path)


def findings(register: Register, today: date = TODAY, rule: str | None = None) -> list[Finding]:
    with register.db.reader() as s:
        context = load_context(s, register.org_id, today)
        return run_checks(context, [rule] if rule else CONTRACT_RULES)


def used_processor(register: Register, name: str = HOST) -> str:
    """A processor the clean activity gives data to."""
    party = register.create(m.Party, {"name": name, "kind": "processor", "country": "BE"})
    register.create(
        m.ActivityRecipient, {"kind": "processor", "party_id": party}, register.activity_id
    )
    return party


def test_a_processor_in_use_needs_a_signed_contract_in_force_and_each_state_is_said(
    register: Register,
) -> None:
    party = used_processor(register)
    [none] = findings(register)
    assert (none.rule, none.table, none.entity_id, none.field) == (
        "contract.processor_without_contract",
        "party",
        party,
        None,
    )
    assert none.label == HOST
    assert none.message("en") == (
        "This processor receives data from your activities, and no contract with it is recorded."
    )
    assert "aucun contrat avec lui n’est enregistré" in none.message("fr")
    assert "geen verwerkersovereenkomst" in none.message("nl")

    contract = register.contract(party, status="draft", signed_on=None)
    [draft] = findings(register)
    assert (draft.table, draft.entity_id, draft.field) == ("contract", contract, "status")
    assert draft.label == HOST  # a contract is named after its party
    assert "recorded as a draft, not signed" in draft.message("en")
    assert "projet, non signé" in draft.message("fr")
    assert "ontwerp, niet ondertekend" in draft.message("nl")

    register.update(m.Contract, contract, status=None)
    [unanswered] = findings(register)
    assert "does not say whether its contract is signed" in unanswered.message("en")
    assert "n’indique pas si son contrat est signé" in unanswered.message("fr")

    register.update(m.Contract, contract, status="ended")
    [ended] = findings(register)
    assert "recorded as ended" in ended.message("en")

    register.update(m.Contract, contract, status="signed")
    assert findings(register) == []


def test_a_contract_past_its_end_date_is_no_longer_in_force(register: Register) -> None:
    party = used_processor(register)
    contract = register.contract(party, expires_on=date(2026, 6, 30))
    assert findings(register, today=date(2026, 6, 30)) == []  # its last day: still in force
    found = findings(register, today=date(2026, 7, 1))
    assert [(f.rule, f.entity_id, f.field) for f in found] == [
        ("contract.processor_without_contract", contract, "expires_on"),
        ("contract.expired", contract, "expires_on"),
    ]
    processor, expired = found
    assert "its contract ended on 30/06/2026" in processor.message("en")
    assert "son contrat a pris fin le 30/06/2026" in processor.message("fr")
    assert "liep af op 30/06/2026" in processor.message("nl")
    assert expired.message("en") == (
        "The contract’s end date, 30/06/2026, has passed, and it is still recorded as signed."
    )
    # Renewed: the new contract speaks for the party; the old one is still to mark as ended.
    register.contract(party, signed_on=date(2026, 6, 25))
    found = findings(register, today=date(2026, 7, 1))
    assert [(f.rule, f.entity_id) for f in found] == [("contract.expired", contract)]
    register.update(m.Contract, contract, status="ended")
    assert findings(register, today=date(2026, 7, 1)) == []


def test_the_contract_that_speaks_for_a_party_is_the_one_furthest_along(
    register: Register,
) -> None:
    """A draft of the renewal beside an expired contract: the draft is what is said (it is
    closer to being in force); a contract where the firm is the processor does not count for
    a party it uses as its processor."""
    party = used_processor(register)
    register.contract(party, expires_on=date(2025, 12, 31))
    draft = register.contract(party, status="draft", signed_on=None)
    register.contract(party, our_role="processor")
    [finding] = findings(register, rule="contract.processor_without_contract")
    assert (finding.entity_id, finding.params["contract_state"]) == (draft, "draft")
    # Whose role is not answered counts for either side.
    register.contract(party, our_role=None)
    assert findings(register, rule="contract.processor_without_contract") == []


def test_only_processors_the_activities_use_as_processors_are_checked(
    register: Register,
) -> None:
    register.create(m.Party, {"name": "Inutilisé SA", "kind": "processor"})
    retired = register.activity("T-99", status="retired", end_date=date(2024, 12, 31))
    old = register.create(m.Party, {"name": "Ancien routeur SA", "kind": "processor"})
    register.create(m.ActivityRecipient, {"kind": "processor", "party_id": old}, retired)
    bank = register.create(m.Party, {"name": "Banque SA", "kind": "third_party"})
    register.create(
        m.ActivityRecipient, {"kind": "third_party", "party_id": bank}, register.activity_id
    )
    assert findings(register) == []


def test_a_client_needs_a_contract_once_its_processor_activity_is_active(
    register: Register,
) -> None:
    activity = register.processor_activity(contract=False)
    [finding] = findings(register)
    assert (finding.rule, finding.table, finding.label) == (
        "contract.client_without_contract",
        "party",
        "Client SA",
    )
    assert finding.message("en") == (
        "You process data for this client, and no contract with it is recorded."
    )
    assert finding.message("fr").startswith(
        "Vous traitez des données pour le compte de ce client, mais "
    )
    register.update(m.Activity, activity, status="draft")
    assert findings(register) == []  # a draft's clients wait until it is active
    register.update(m.Activity, activity, status="active")
    # A contract where the firm is the controller is not the one it processes the data under.
    client = finding.entity_id
    wrong_side = register.contract(client, our_role="controller")
    assert [f.entity_id for f in findings(register)] == [client]
    register.delete(m.Contract, wrong_side)
    register.contract(client, our_role="processor")
    assert findings(register) == []


def test_a_review_date_reached_is_raised_from_that_day(register: Register) -> None:
    party = used_processor(register)
    contract = register.contract(party, review_on=date(2026, 9, 30))
    assert findings(register, today=date(2026, 9, 29)) == []
    [due] = findings(register, today=date(2026, 9, 30))
    assert (due.rule, due.entity_id, due.field) == ("contract.review_due", contract, "review_on")
    assert due.message("en") == "The review of the contract planned for 30/09/2026 has come."
    assert due.message("fr") == "La revue du contrat prévue le 30/09/2026 est arrivée à échéance."
    assert "30/09/2026" in due.message("nl")


def test_the_stipulations_of_a_contract_in_force_are_checked_and_named(
    register: Register,
) -> None:
    party = used_processor(register)
    contract = register.contract(party, clauses=[])
    [unchecked] = findings(register)
    assert (unchecked.rule, unchecked.field) == ("contract.clauses_unchecked", "clauses")
    assert "Art. 28(3)" in unchecked.hint("en") and "check" in unchecked.hint("en").lower()
    lacking = ["audits", "instructions", "confidentiality", "subprocessors"]  # any order
    register.update(m.Contract, contract, clauses=lacking)
    [missing] = findings(register)
    assert missing.rule == "contract.clauses_missing"
    message = missing.message("en")
    named = [
        "(c) Security measures (Art. 32)",
        "(e) Help in answering people's requests",
        "(f) Help with security, breaches and DPIAs (Art. 32-36)",
        "(g) Deletion or return of the data at the end of the services",
    ]
    assert message.endswith(": " + "; ".join(named) + ".")  # in the article's order
    assert "(a)" not in message and "(h)" not in message
    assert "c) Mesures de sécurité (art. 32)" in missing.message("fr")
    assert "g) Wissen of terugbezorgen van de gegevens aan het einde" in missing.message("nl")
    # A draft's stipulations are not raised: its party's finding says it is not signed.
    register.update(m.Contract, contract, status="draft")
    assert [f.rule for f in findings(register)] == ["contract.processor_without_contract"]
    register.update(m.Contract, contract, status="signed", clauses=ALL_CLAUSES)
    assert findings(register) == []


def test_the_authorisation_of_sub_processors_is_asked_where_the_processor_has_some(
    register: Register,
) -> None:
    party = used_processor(register)
    ours = register.contract(party)
    theirs = register.create(m.Party, {"name": "Client SA", "kind": "client_controller"})
    register.contract(theirs, our_role="processor")  # our own authorisation: not asked here
    assert findings(register) == []  # no sub-processor recorded
    sub = register.create(m.Party, {"name": "Stockage SA", "kind": "processor"})
    for owner in (party, theirs):
        with register.db.transaction() as s:
            services.set_links(s, services.get(s, m.Party, owner), "subprocessors", [sub])
    [finding] = findings(register)
    assert (finding.rule, finding.entity_id, finding.field) == (
        "contract.subprocessors_unanswered",
        ours,
        "subprocessor_authorisation",
    )
    assert finding.label == HOST
    for answer in ("general", "specific", "not_allowed"):
        register.update(m.Contract, ours, subprocessor_authorisation=answer)
        assert findings(register) == [], answer


def test_an_ended_contract_raises_nothing_but_its_party(register: Register) -> None:
    """An ended contract is history: no review, stipulation or end date to raise on it."""
    party = register.create(m.Party, {"name": "Ancien SA", "kind": "processor"})
    register.contract(
        party,
        status="ended",
        clauses=[],
        expires_on=TODAY - timedelta(days=400),
        review_on=TODAY - timedelta(days=500),
    )
    assert findings(register) == []
