"""The demo register: what a new user sees first, and the fixture of many tests.

These tests pin what the demo promises (a complete, realistic Belgian IT firm that uses every
part of the model) and that the committed file is in canonical form (ropa's own export).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from stdnum.be import vat as be_vat
from stdnum.eu import vat as eu_vat

from ropa.core.checks.engine import check_register
from ropa.core.deadlines import (
    BreachState,
    RequestState,
    add_months,
    breach_clock,
    request_deadline,
)
from ropa.core.register import DEMO_ORGANISATION_ID, demo_path, is_demo_organisation, shows_demo
from ropa.db.enums import CookieCategory, LegalBasis
from ropa.exports.interchange import export_document, export_json, import_json
from ropa.exports.pdf.register import build_pdf

Row = dict[str, Any]


@pytest.fixture
def org(demo_register: Any) -> Row:
    document = export_document(demo_register)
    assert len(document["organisations"]) == 1
    organisation: Row = document["organisations"][0]
    return organisation


def purposes(org: Row) -> Iterator[Row]:
    for activity in org["activities"]:
        yield from activity["purposes"]


def transfers(org: Row) -> Iterator[Row]:
    for activity in org["activities"]:
        yield from activity["transfers"]


def test_committed_file_is_the_canonical_export(demo_register: Any) -> None:
    exported = export_json(demo_register).encode("utf-8")
    committed = demo_path().read_bytes()
    assert exported == committed, (
        "resources/demo/demo-register.json is not in canonical form: replace it with "
        "`ropa init x.ropa --demo && ropa export x.ropa --format json` (check the diff first)"
    )


def test_organisation_is_a_belgian_firm_with_valid_identifiers(org: Row) -> None:
    assert org["country"] == "BE"
    assert org["language"] == "fr"
    assert be_vat.is_valid(org["enterprise_number"])
    assert eu_vat.is_valid(org["vat_number"])
    assert be_vat.compact(org["enterprise_number"]) == eu_vat.compact(org["vat_number"])[2:]
    assert org["supervisory_authority"] is None  # derived from the country
    assert org["notice_introduction"] and org["notice_closing"]


def test_privacy_contact_instead_of_a_dpo(org: Row) -> None:
    assert org["dpo_designated"] is False
    assert org["dpo_name"]
    assert org["dpo_email"]


def test_enough_activities_as_controller_and_processor(org: Row) -> None:
    activities = org["activities"]
    assert len(activities) >= 15
    roles = {a["role"] for a in activities}
    assert {"controller", "processor"} <= roles
    references = [a["reference"] for a in activities]
    assert len(references) == len(set(references))


def test_every_activity_is_filled_in(org: Row) -> None:
    for activity in org["activities"]:
        ref = activity["reference"]
        assert activity["name"], ref
        assert activity["public_description"], ref
        assert activity["owner"] and activity["department"], ref
        assert activity["purposes"], ref
        assert activity["data_categories"], ref
        assert activity["data_subjects"], ref
        assert activity["security_measures"], ref
        assert activity["retention_phases"], ref


def test_processor_activities_name_their_client_controllers(org: Row) -> None:
    kinds = {p["id"]: p["kind"] for p in org["parties"]}
    processor_activities = [a for a in org["activities"] if a["role"] == "processor"]
    assert len(processor_activities) >= 3
    for activity in processor_activities:
        assert activity["clients"], activity["reference"]
        for client in activity["clients"]:
            assert kinds[client["party_id"]] == "client_controller"
            assert client["processing_categories"]


def test_every_legal_basis_is_used(org: Row) -> None:
    used = {p["legal_basis"] for p in purposes(org)}
    assert {basis.value for basis in LegalBasis if basis != LegalBasis.UNDETERMINED} <= used


def test_nothing_is_left_to_be_determined(org: Row) -> None:
    """The demo is a finished register: no legal basis, recipient kind or safeguard is
    "undetermined", no activity of the notice lacks its end action. (A processor's purposes
    have no basis of their own: it is its client's.)"""
    for activity in org["activities"]:
        if activity["role"] != "processor":
            assert all(p["legal_basis"] not in (None, "undetermined") for p in activity["purposes"])
        assert all(r["kind"] != "undetermined" for r in activity["recipients"])
        assert all(t["safeguard"] not in (None, "undetermined") for t in activity["transfers"])
        if activity["in_notice"]:
            assert activity["end_action"] is not None, activity["reference"]


def test_how_rights_are_exercised(org: Row) -> None:
    assert set(org["rights_channels"]) == {"email", "post"}
    assert org["identity_proof"] == "reasonable_doubt"
    assert 0 < org["response_days"] <= 30


def test_declarations_match_the_register(org: Row) -> None:
    """What the notice declares agrees with what the activities of the notice record."""
    assert org["sells_data"] is False
    categories = {c["id"]: c for c in org["data_categories"]}
    subjects = {s["id"]: s for s in org["data_subject_categories"]}
    public = [a for a in org["activities"] if a["in_notice"] and a["status"] == "active"]
    special = any(
        categories[link["data_category_id"]]["is_special"]
        for a in public
        for link in a["data_categories"]
    )
    assert org["processes_special_data"] is special
    # Payroll knows the children of the staff (tax and family allowances): minors' data.
    minors = any(subjects[s]["is_minors"] for a in public for s in a["data_subjects"])
    assert org["processes_minors_data"] is minors
    assert org["minors_age"] == 18


def test_cookie_choices_and_copies_of_safeguards_in_every_language(org: Row) -> None:
    for field in ("safeguards_copy", "cookie_consent_method", "cookie_refusal_effect"):
        assert org[field], field
        assert org[f"{field}_nl"] and org[f"{field}_en"], field
    assert org["cookie_policy_url"] is None  # the cookies are listed in the notice itself


def test_a_retention_runs_from_the_later_of_two_events(org: Row) -> None:
    combined = [
        p
        for a in org["activities"]
        for p in a["retention_phases"]
        if p["other_start_events"] and p["start_combination"] == "latest"
    ]
    assert combined


def test_a_legitimate_interest_is_stated_and_balanced(org: Row) -> None:
    stated = [
        p
        for p in purposes(org)
        if p["legal_basis"] == "legitimate_interests"
        and p["legitimate_interest"]
        and p["balancing_note"]
    ]
    assert stated


def test_a_consent_purpose_says_how_to_withdraw(org: Row) -> None:
    consents = [
        p
        for p in purposes(org)
        if p["legal_basis"] == "consent" and p["consent_collection"] and p["consent_withdrawal"]
    ]
    assert consents


def test_transfers_under_dpf_and_scc(org: Row) -> None:
    safeguards = {t["safeguard"] for t in transfers(org)}
    assert {"eu_us_dpf", "scc", "adequacy"} <= safeguards
    for transfer in transfers(org):
        if transfer["safeguard"] == "scc":
            assert transfer["document_reference"]
            assert transfer["copy_access"]


def test_cookies_of_every_category_with_consent_where_required(org: Row) -> None:
    cookies = org["cookies"]
    assert {c["category"] for c in cookies} == {category.value for category in CookieCategory}
    for cookie in cookies:
        needs_consent = cookie["category"] != "strictly_necessary"
        assert cookie["consent_required"] is needs_consent, cookie["name"]
        assert cookie["exemption_conditions"] is None, cookie["name"]
    assert {c["first_party"] for c in cookies} == {True, False}
    dpf = {t["id"] for t in transfers(org) if t["safeguard"] == "eu_us_dpf"}
    analytics = [c for c in cookies if c["category"] == "analytics"]
    assert analytics
    assert all(c["transfer_id"] in dpf for c in analytics)


def test_a_two_phase_retention_with_start_events(org: Row) -> None:
    def two_phase(activity: Row) -> bool:
        phases = activity["retention_phases"]
        active = [p for p in phases if p["phase"] == "active" and p["start_event"]]
        archive = [p for p in phases if p["phase"] == "intermediate_archive" and p["start_event"]]
        return bool(active and archive)

    assert any(two_phase(a) for a in org["activities"])
    events = {p["start_event"] for a in org["activities"] for p in a["retention_phases"]}
    assert "end_of_previous_phase" in events


def test_statuses_include_drafts_and_a_retired_activity_with_end_date(org: Row) -> None:
    statuses = [a["status"] for a in org["activities"]]
    assert statuses.count("draft") >= 2
    retired = [a for a in org["activities"] if a["status"] == "retired"]
    assert retired
    assert all(a["end_date"] is not None for a in retired)


def test_one_processor_has_only_a_draft_contract(org: Row) -> None:
    """Every processor and client controller has its contract, Sécurivision only a draft not
    signed yet (what the checks show); a joint controllers' arrangement is no Art. 28 contract."""
    by_party: dict[str, list[Row]] = {}
    for contract in org["contracts"]:
        by_party.setdefault(contract["party_id"], []).append(contract)
    parties = {p["id"]: p for p in org["parties"]}
    kinds = {parties[party_id]["kind"] for party_id in by_party}
    assert kinds == {"processor", "client_controller"}
    unsigned = [
        parties[party_id]["name"]
        for party_id, contracts in by_party.items()
        if not any(c["status"] == "signed" for c in contracts)
    ]
    assert unsigned == ["Sécurivision SRL"]
    [draft] = [c for c in org["contracts"] if parties[c["party_id"]]["name"] in unsigned]
    assert draft["status"] == "draft" and draft["signed_on"] is None
    for party in org["parties"]:
        if party["kind"] in ("processor", "client_controller"):
            assert party["id"] in by_party, party["name"]


def test_the_contracts_say_what_a_real_file_holds(org: Row) -> None:
    """Versions where the reference names one, the stipulations checked for most (one without
    two of them, one only known from an extract), the authorisation of sub-processors, where the
    data are kept, a review date passed, and contracts where the firm is the processor."""
    contracts = org["contracts"]
    parties = {p["id"]: p for p in org["parties"]}
    for contract in contracts:
        version = contract["contract_version"]
        if version and contract["status"] == "signed":
            assert version in contract["reference"], contract["reference"]
        assert contract["our_role"] == (
            "processor"
            if parties[contract["party_id"]]["kind"] == "client_controller"
            else "controller"
        )
    assert sum(1 for c in contracts if c["contract_version"]) >= 6
    complete = [c for c in contracts if len(c["clauses"]) == 8]
    assert len(complete) >= len(contracts) - 2
    [partial] = [c for c in contracts if 0 < len(c["clauses"]) < 8]
    assert set(partial["clauses"]) | {"deletion_return", "audits"} == set(complete[0]["clauses"])
    assert [parties[c["party_id"]]["name"] for c in contracts if not c["clauses"]] == [
        "Nordlager Rechenzentrum GmbH"
    ]
    with_subprocessors = [p["id"] for p in org["parties"] if p["subprocessors"]]
    assert with_subprocessors
    for contract in contracts:
        if contract["party_id"] in with_subprocessors:
            assert contract["subprocessor_authorisation"] == "general"
    for country in ("US", "NL", "CH"):  # the cloud services abroad say where the data are
        assert all(
            c["data_location"] for c in contracts if parties[c["party_id"]]["country"] == country
        ), country
    [review] = [c for c in contracts if c["review_on"]]
    assert review["review_on"] < date(2026, 11, 23) and review["status"] == "signed"
    assert sum(1 for c in contracts if c["our_role"] == "processor") == 3


def test_the_notice_tells_what_the_firm_does_as_a_processor(org: Row) -> None:
    shown = [a for a in org["activities"] if a["role"] == "processor" and a["in_notice"]]
    assert shown
    for activity in shown:
        assert activity["public_description"] and activity["public_description_nl"]
        assert activity["end_action"] is not None
    assert any(a["end_action"] == "return_then_delete" for a in shown)


# -- the legal review of December 2026 (issue 21): the demo follows the corrected templates ----


def activity(org: Row, reference: str) -> Row:
    found: Row = next(a for a in org["activities"] if a["reference"] == reference)
    return found


@pytest.mark.parametrize("reference", ["T-01", "T-08", "T-11", "T-14"])
def test_the_contract_basis_covers_only_people_party_to_the_contract(
    org: Row, reference: str
) -> None:
    """EDPB Guidelines 2/2019: Art. 6(1)(b) only for a contract with the person. Contacts and
    users at corporate clients and suppliers, and trainees sent by their employer, are under
    legitimate interests, with the interest stated in French and Dutch."""
    purposes_ = activity(org, reference)["purposes"]
    contracts = [p for p in purposes_ if p["legal_basis"] == "contract"]
    assert contracts
    for purpose in contracts:
        text = f"{purpose['description']} {purpose['contract_description']}"
        assert "employeur" not in text and "sociétés" not in text, text
    interests = [
        p
        for p in purposes_
        if p["legal_basis"] == "legitimate_interests"
        and any(word in p["description"] for word in ("sociétés", "employeur"))
    ]
    assert len(interests) == 1
    (interest,) = interests
    assert interest["legitimate_interest"] and interest["legitimate_interest_nl"]
    assert interest["balancing_note"] and interest["balancing_note_nl"]
    assert interest["provision_requirement"] in ("contractual", "voluntary")
    assert interest["provision_consequences"] and interest["provision_consequences_nl"]


def test_b2b_e_mails_go_only_to_generic_addresses_and_existing_clients(org: Row) -> None:
    """CDE art. XII.13 and the royal decree of 4 April 2003, art. 1: a named business address
    needs consent; the demo's rented file of named addresses gets no e-mail."""
    prospecting = activity(org, "T-02")
    (mailing,) = [p for p in prospecting["purposes"] if "e-mail" in p["description"]]
    assert "génériques" in mailing["description"] and "clients existants" in mailing["description"]
    assert "algemene adressen" in mailing["description_nl"]
    assert "4 avril 2003" in mailing["balancing_note"]
    assert "4 april 2003" in mailing["balancing_note_nl"]
    assert "adresses génériques" in prospecting["public_description"]
    rented = next(s for s in prospecting["sources"] if s["party_id"])
    assert "générique" in rented["description"]


def test_a_prospect_is_kept_from_collection_or_their_own_last_contact(org: Row) -> None:
    phase = activity(org, "T-02")["retention_phases"][0]
    assert {phase["start_event"], *phase["other_start_events"]} == {"collection", "last_contact"}
    assert phase["start_combination"] == "latest"
    assert "émanant du prospect" in phase["start_event_detail"]
    assert "ouverture d'un e-mail ne compte pas" in phase["start_event_detail"]
    assert "2021-131" in phase["justification"] and "2021-131" in phase["justification_nl"]
    assert "ne s'applique pas en Belgique" in phase["justification"]


def test_payroll_keeps_no_identity_card_copy_and_the_personnel_file_five_years(org: Row) -> None:
    payroll = activity(org, "T-05")
    details = " ".join(c["detail"] + c["detail_nl"] for c in payroll["data_categories"])
    assert "carte d'identité" not in details and "identiteitskaart" not in details
    assert "titre de séjour" in details and "verblijfsvergunning" in details
    (personnel_file,) = [
        p for p in payroll["retention_phases"] if p["start_event"] == "end_of_employment"
    ]
    assert (personnel_file["duration_value"], personnel_file["duration_unit"]) == (5, "years")
    assert "À vérifier" in payroll["notes"]
    references = [p["legal_reference"] or "" for p in payroll["retention_phases"]]
    assert any("arrêté royal n° 5 du 23 octobre 1978" in r.lower() for r in references)


def test_benchmarks_are_called_benchmarks(org: Row) -> None:
    analytics = activity(org, "T-06")["retention_phases"][0]
    assert (
        "repère" in analytics["legal_reference"] and "suivies" not in analytics["legal_reference"]
    )
    assert "richtwaarde" in analytics["legal_reference_nl"]
    logs = activity(org, "T-07")["retention_phases"][0]
    assert "par analogie" in logs["justification"] and "naar analogie" in logs["justification_nl"]


def test_camera_act_breach_register_and_vat_references(org: Row) -> None:
    camera = activity(org, "T-09")["retention_phases"][0]
    assert "art. 6, § 3, ou 7, § 3, selon le lieu" in camera["legal_reference"]
    assert "art. 6, § 3, of 7, § 3" in camera["legal_reference_nl"]
    breaches = activity(org, "T-13")["purposes"][0]
    assert "33.5" in breaches["legal_reference"] and "33.5" in breaches["legal_reference_nl"]
    archive = activity(org, "T-16")["retention_phases"][0]
    assert "date de la pièce" in archive["start_event_detail"]
    assert "datum van het stuk" in archive["start_event_detail_nl"]


def test_the_e_shop_dpia_was_done_before_the_shop_opened(org: Row) -> None:
    shop = activity(org, "T-15")
    assert shop["status"] == "active"
    assert shop["dpia_status"] == "done"
    assert shop["dpia_date"] < shop["start_date"]
    (guarantee,) = [
        p for p in shop["retention_phases"] if "1649quater" in (p["legal_reference"] or "")
    ]
    assert (guarantee["duration_value"], guarantee["duration_unit"]) == (3, "years")


def test_the_camera_dpia_is_on_file_with_its_three_risks(org: Row) -> None:
    [dpia] = org["dpias"]
    cameras = activity(org, "T-09")
    assert dpia["activities"] == [cameras["id"]]
    # The activity's own fields say what the assessment says: its code, its date.
    code = dpia["name"].split()[0]
    assert cameras["dpia_status"] == "done" and cameras["dpia_reference"].startswith(code)
    assert cameras["dpia_date"] == dpia["completed_on"] == dpia["decision_on"]
    assert dpia["status"] == "completed" and dpia["review_on"].year == 2027
    assert dpia["dpo_advice"] and dpia["dpo_advice_on"] <= dpia["decision_on"]
    assert dpia["decision"] == "proceed_with_measures" and dpia["decision_by"]
    assert (dpia["residual_risk"], dpia["prior_consultation"]) == ("low", "not_required")
    levels = ["negligible", "limited", "significant", "maximum"]
    sources = [risk["source"].split("\u00a0:")[0] for risk in dpia["risks"]]
    assert sources == [
        "Accès illégitime aux images",
        "Modification non désirée des images",
        "Disparition des images",
    ]
    for risk in dpia["risks"]:
        for before, after in (("likelihood", "likelihood_after"), ("severity", "severity_after")):
            assert levels.index(risk[after]) <= levels.index(risk[before]), risk["source"]
        assert risk["impact"] and risk["measures"]
    # Every risk lowered by its measures, none left high: no prior consultation is due.
    assert all(
        levels.index(r["likelihood_after"]) < 2 or levels.index(r["severity_after"]) < 2
        for r in dpia["risks"]
    )


# -- the accountability file: the requests and breaches a small firm meets (issue 18) ---------


def _requests(org: Row) -> dict[str, Row]:
    return {r["reference"]: r for r in org["rights_requests"]}


def _references(org: Row, ids: list[str]) -> list[str]:
    by_id = {a["id"]: a["reference"] for a in org["activities"]}
    return sorted(by_id[i] for i in ids)


def test_the_requests_answered_in_time_one_of_them_partly(org: Row) -> None:
    """An access request granted within the month; an erasure partly refused (the invoices
    the law keeps), its reasons given and the recipients told of the erasure (Art. 19)."""
    requests = _requests(org)
    assert len(requests) == len(org["rights_requests"]) == 4
    access = requests["DR-2026-001"]
    assert (access["rights"], access["decision"]) == (["access"], "granted")
    assert access["identity_check"] == "not_needed"
    assert access["received_on"].year == 2026
    assert access["answered_on"] <= add_months(access["received_on"], 1)
    assert _references(org, access["activities"]) == ["T-01", "T-03", "T-08"]

    erasure = requests["DR-2026-002"]
    assert (erasure["rights"], erasure["decision"]) == (["erasure"], "partly_granted")
    assert "factures" in erasure["decision_reasons"]
    assert "réclamation" in erasure["decision_reasons"]  # the person is told they may complain
    assert erasure["recipients_notified"]
    assert erasure["received_on"] <= erasure["recipients_notified_on"] <= erasure["answered_on"]
    assert erasure["answered_on"] <= add_months(erasure["received_on"], 1)
    assert erasure["identity_asked_on"] <= erasure["identity_received_on"]
    assert "T-16" in _references(org, erasure["activities"])  # the accounting archive keeps them


def test_a_late_request_stays_late_on_every_later_day(org: Row) -> None:
    late = _requests(org)["DR-2026-003"]
    assert late["received_on"] == date(2026, 10, 5)
    assert late["rights"] == ["objection"] and _references(org, late["activities"]) == ["T-02"]
    assert late["answered_on"] is None and late["decision"] is None and not late["extended"]
    for today in (date(2026, 11, 6), date(2026, 11, 23), date(2031, 1, 1)):
        deadline = request_deadline(late["received_on"], False, None, today)
        assert deadline.state is RequestState.LATE and deadline.due == date(2026, 11, 5)


def test_a_request_received_as_a_processor_was_forwarded_to_the_client(org: Row) -> None:
    forwarded = _requests(org)["DR-2026-004"]
    parties = {p["id"]: p for p in org["parties"]}
    client = parties[forwarded["client_party_id"]]
    assert client["kind"] == "client_controller"
    assert 0 < (forwarded["forwarded_on"] - forwarded["received_on"]).days <= 3
    assert forwarded["decision"] is None and forwarded["answered_on"] is None  # the client's
    for activity_id in forwarded["activities"]:
        [activity] = [a for a in org["activities"] if a["id"] == activity_id]
        assert activity["role"] == "processor"
        assert client["id"] in [c["party_id"] for c in activity["clients"]]


def test_requesters_are_kept_minimal(org: Row) -> None:
    for request in org["rights_requests"]:
        requester = request["requester"]
        assert requester and len(requester) <= 40 and "@" not in requester, requester
        assert request["channel"] and request["rights"] and request["activities"]


def test_one_breach_notified_within_72_hours_and_one_documented_only(org: Row) -> None:
    breaches = {b["risk"]: b for b in org["breaches"]}
    assert len(breaches) == len(org["breaches"]) == 2
    categories = {c["id"] for c in org["data_categories"]}
    subjects = {s["id"] for s in org["data_subject_categories"]}
    for breach in breaches.values():
        assert breach["occurred_on"] <= breach["discovered_at"].date(), breach["name"]
        assert breach["description"] and breach["how_discovered"], breach["name"]
        assert breach["risk_reasoning"] and breach["measures_taken"], breach["name"]
        assert breach["measures_proposed"] and breach["consequences"], breach["name"]
        assert breach["natures"] == ["confidentiality"], breach["name"]
        assert breach["people_count"] and breach["records_count"], breach["name"]
        assert breach["data_categories"] and set(breach["data_categories"]) <= categories
        assert breach["data_subjects"] and set(breach["data_subjects"]) <= subjects
        assert breach["activities"], breach["name"]
        # Neither is high-risk: nobody had to be told, and no exception is relied on.
        assert breach["people_informed_on"] is None and breach["inform_exception"] is None
        assert breach["clients"] == [] and breach["clients_informed_at"] is None

    notified = breaches["risk"]
    assert notified["discovered_at"] == datetime(2026, 4, 14, 7, 20, tzinfo=UTC)
    clock = breach_clock(notified["discovered_at"], "risk", notified["authority_notified_at"])
    assert clock.state is BreachState.NOTIFIED
    assert notified["authority_reference"] and notified["delay_reasons"] is None
    assert _references(org, notified["activities"]) == ["T-01", "T-02"]

    documented = breaches["unlikely"]
    assert documented["authority_notified_at"] is None
    clock = breach_clock(documented["discovered_at"], "unlikely", None)
    assert clock.state is BreachState.NOT_REQUIRED
    assert "chiffr" in documented["risk_reasoning"]  # why the risk is unlikely
    # The breach register's own activity tells the same story.
    assert "une seule notifiée" in activity(org, "T-13")["notes"]


def test_the_accountability_file_raises_only_the_late_request_whatever_the_day(
    demo_register: Any,
) -> None:
    """No time limit of the demo's requests and breaches runs out on a later day: the one
    finding about them is the late request, today as in five years."""
    with demo_register.reader() as s:
        for today in (date(2026, 11, 23), date(2031, 6, 1)):
            now = datetime.combine(today, time(12), tzinfo=UTC)
            findings = check_register(s, DEMO_ORGANISATION_ID, today, now=now)
            about = [f for f in findings if f.table in ("rights_request", "breach")]
            assert [(f.rule, f.label) for f in about] == [("request.late", "DR-2026-003")]


def test_no_invented_authority_recommendation(org: Row) -> None:
    assert "recommande l'APD" not in (activity(org, "T-17")["notes"] or "")


# -- the demo's numbers are fictional, and the cover and the About box say so ---------------


def test_the_demo_organisation_is_recognised_by_its_id_and_its_number(org: Row) -> None:
    assert org["id"] == DEMO_ORGANISATION_ID
    assert is_demo_organisation(org["id"], org["enterprise_number"])
    assert is_demo_organisation(org["id"], "BE 0745 812 313")
    assert not is_demo_organisation(org["id"], "0403.199.702")
    assert not is_demo_organisation("another-id", org["enterprise_number"])


def _cover(data: bytes) -> str:
    text = subprocess.run(
        ["pdftotext", "-l", "1", "-", "-"], input=data, check=True, capture_output=True
    ).stdout.decode("utf-8")
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("lang", "mention"),
    [
        ("fr", "Démonstration\u00a0: organisation, personnes et numéros fictifs"),
        ("nl", "Demonstratie: fictieve organisatie, personen en nummers"),
        ("en", "Demonstration: fictional organisation, people and numbers"),
    ],
)
def test_the_demo_cover_says_it_is_fictional(demo_register: Any, lang: str, mention: str) -> None:
    assert " ".join(mention.split()) in _cover(build_pdf(demo_register, lang=lang))


def test_a_firm_that_enters_its_own_number_loses_the_mention(
    empty_register: Any,
) -> None:
    document = json.loads(demo_path().read_text("utf-8"))
    document["organisations"][0]["enterprise_number"] = "0403.199.702"
    document["organisations"][0]["vat_number"] = "BE0403199702"
    import_json(empty_register, json.dumps(document).encode("utf-8"))
    assert not shows_demo(empty_register, DEMO_ORGANISATION_ID)
    cover = _cover(build_pdf(empty_register, lang="fr"))
    assert "Clairbois" in cover and "fictifs" not in cover
