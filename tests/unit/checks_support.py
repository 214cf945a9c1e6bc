"""Registers for the checks' tests: a complete, clean controller activity built through the real
services, and for each rule one way to break it (and to repair it again)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ropa.core import services
from ropa.core.checks.engine import check_register, load_context, run_checks
from ropa.core.checks.model import Finding
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.db.enums import Art28Clause
from ropa.db.session import RegisterDatabase
from ropa.exports.notice.versions import publish_notice

TODAY = date(2026, 11, 23)
ALL_CLAUSES = [clause.value for clause in Art28Clause]
"""Every Art. 28(3) stipulation ticked: a contract checked and complete."""
ORGANISATION = "Exemple SRL"
ACTIVITY = "T-01 \u2013 Gestion des clients"


@dataclass
class Register:
    """A register of one organisation and one clean activity, with the ids a test breaks."""

    db: RegisterDatabase
    org_id: str
    activity_id: str
    purpose_id: str
    subject_id: str
    category_link_id: str
    phase_id: str
    recipient_id: str

    def checks(self, today: date = TODAY, rules: Iterable[str] | None = None) -> list[Finding]:
        with self.db.reader() as s:
            if rules is None:
                return check_register(s, self.org_id, today=today)
            return run_checks(load_context(s, self.org_id, today), rules)

    def of_rule(self, rule_id: str, today: date = TODAY) -> list[Finding]:
        return self.checks(today, [rule_id])

    def create(self, model: type[Any], values: dict[str, Any], parent: str | None = None) -> str:
        with self.db.transaction() as s:
            return str(services.create(s, model, values, parent or self.org_id).id)

    def update(self, model: type[Any], entity_id: str, **changes: Any) -> None:
        with self.db.transaction() as s:
            services.update(s, model, entity_id, changes)

    def delete(self, model: type[Any], entity_id: str) -> None:
        with self.db.transaction() as s:
            services.delete(s, model, entity_id)

    def link(self, activity_id: str, key: str, ids: list[str]) -> None:
        with self.db.transaction() as s:
            services.set_links(s, services.get(s, m.Activity, activity_id), key, ids)

    def seeded(self, model: type[Any], seed_key: str) -> str:
        """The id of a catalogue entry ropa seeded in the organisation."""
        with self.db.reader() as s:
            return str(
                s.scalars(
                    select(model.id).where(
                        model.organisation_id == self.org_id, model.seed_key == seed_key
                    )
                ).one()
            )

    def activity(self, reference: str, **values: Any) -> str:
        """Another activity, empty unless values say otherwise."""
        return self.create(m.Activity, {"reference": reference, "name": reference, **values})

    def contract(self, party_id: str, our_role: str = "controller", **values: Any) -> str:
        """A processing contract with the party: signed on 1 March 2025 and checked for every
        Art. 28(3) stipulation, unless values say otherwise."""
        return self.create(
            m.Contract,
            {
                "party_id": party_id,
                "reference": "DPA-2025",
                "our_role": our_role,
                "status": "signed",
                "signed_on": date(2025, 3, 1),
                "clauses": ALL_CLAUSES,
                **values,
            },
        )

    def processor_activity(
        self, client_email: str | None = "dpo@client.be", *, contract: bool = True
    ) -> str:
        """A complete processor activity: no legal basis, no retention, its client named
        with its contact details (unless client_email is None) and a signed contract with it
        (unless contract is False)."""
        activity = self.activity(
            "S-01", role="processor", status="active", transfers_outside_eea=False
        )
        client = self.create(
            m.Party, {"name": "Client SA", "kind": "client_controller", "email": client_email}
        )
        if contract:
            self.contract(client, our_role="processor")
        self.create(m.ActivityClient, {"party_id": client}, activity)
        self.create(m.Purpose, {"description": "Hosting the client's mailboxes"}, activity)
        self.link(activity, "data_subjects", [self.subject_id])
        contact = self.seeded(m.DataCategory, "contact")
        self.create(m.ActivityDataCategory, {"data_category_id": contact}, activity)
        return activity


def clean_register(tmp_path: Path) -> Register:
    """A controller activity with all Art. 30(1) asks: purpose and basis, people, data,
    retention; in the notice, so the notice can be published."""
    db = create_register(tmp_path / "t.ropa")
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {
                "legal_name": ORGANISATION,
                "country": "BE",
                "language": "fr",
                "email": "vie.privee@exemple.be",
                # What the notice says of how rights are exercised and what the firm declares.
                "rights_channels": ["email"],
                "identity_proof": "reasonable_doubt",
                "sells_data": False,
                "processes_special_data": False,
                "dpo_designated": False,
            },
        )
        org_id = str(org.id)
        activity = services.create(
            s,
            m.Activity,
            {
                "reference": "T-01",
                "name": "Gestion des clients",
                "status": "active",
                "in_notice": True,
                "audiences": ["clients"],
                "next_review": date(2027, 6, 30),
                "end_action": "delete",
                "automated_decision": False,
                "profiling": False,
                "transfers_outside_eea": False,
            },
            org_id,
        )
        purpose = services.create(
            s,
            m.Purpose,
            {"description": "Exécuter les contrats des clients", "legal_basis": "contract"},
            activity.id,
        )

        def seeded(model: type[Any], key: str) -> str:
            return str(
                s.scalars(
                    select(model.id).where(model.organisation_id == org_id, model.seed_key == key)
                ).one()
            )

        subject = seeded(m.DataSubjectCategory, "clients")
        services.set_links(s, activity, "data_subjects", [subject])
        link = services.create(
            s,
            m.ActivityDataCategory,
            {"data_category_id": seeded(m.DataCategory, "identity")},
            activity.id,
        )
        phase = services.create(
            s,
            m.RetentionPhase,
            {
                "phase": "active",
                "duration_value": 5,
                "duration_unit": "years",
                "start_event": "end_of_contract",
            },
            activity.id,
        )
        recipient = services.create(
            s, m.ActivityRecipient, {"kind": "internal", "department": "Comptabilité"}, activity.id
        )
        return Register(
            db,
            org_id,
            str(activity.id),
            str(purpose.id),
            subject,
            str(link.id),
            str(phase.id),
            str(recipient.id),
        )


# -- one way to break each rule ----------------------------------------------------------------


@dataclass
class Case:
    """Where the finding must point, and how to repair the register."""

    table: str
    entity_id: str
    field: str | None
    label: str
    fix: Callable[[], object]
    params: dict[str, str] | None = None


def _no_purpose(r: Register) -> Case:
    r.delete(m.Purpose, r.purpose_id)
    return Case(
        "activity",
        r.activity_id,
        "purposes",
        ACTIVITY,
        lambda: r.create(
            m.Purpose, {"description": "Facturer", "legal_basis": "contract"}, r.activity_id
        ),
    )


def _no_legal_basis(r: Register) -> Case:
    r.update(m.Purpose, r.purpose_id, legal_basis=None)
    fix = lambda: r.update(m.Purpose, r.purpose_id, legal_basis="contract")  # noqa: E731
    return Case("purpose", r.purpose_id, "legal_basis", ACTIVITY, fix)


def _no_data_subjects(r: Register) -> Case:
    r.link(r.activity_id, "data_subjects", [])
    fix = lambda: r.link(r.activity_id, "data_subjects", [r.subject_id])  # noqa: E731
    return Case("activity", r.activity_id, "data_subjects", ACTIVITY, fix)


def _no_data_categories(r: Register) -> Case:
    r.delete(m.ActivityDataCategory, r.category_link_id)
    contact = r.seeded(m.DataCategory, "contact")
    fix = lambda: r.create(m.ActivityDataCategory, {"data_category_id": contact}, r.activity_id)  # noqa: E731
    return Case("activity", r.activity_id, "data_categories", ACTIVITY, fix)


def _no_retention(r: Register) -> Case:
    r.delete(m.RetentionPhase, r.phase_id)
    values = {"phase": "active", "criterion": "Jusqu'à la fin du contrat"}
    fix = lambda: r.create(m.RetentionPhase, values, r.activity_id)  # noqa: E731
    return Case("activity", r.activity_id, "retention_phases", ACTIVITY, fix)


def _no_duration(r: Register) -> Case:
    r.update(m.RetentionPhase, r.phase_id, duration_value=None, duration_unit=None, criterion="  ")
    fix = lambda: r.update(m.RetentionPhase, r.phase_id, criterion="Tant que le client est actif")  # noqa: E731
    return Case("retention_phase", r.phase_id, "duration_value", ACTIVITY, fix)


def _no_interest(r: Register) -> Case:
    r.update(m.Purpose, r.purpose_id, legal_basis="legitimate_interests", legitimate_interest=" ")
    interest = "Recouvrer les factures impayées"
    fix = lambda: r.update(m.Purpose, r.purpose_id, legitimate_interest=interest)  # noqa: E731
    return Case("purpose", r.purpose_id, "legitimate_interest", ACTIVITY, fix)


def _no_consent_withdrawal(r: Register) -> Case:
    r.update(m.Purpose, r.purpose_id, legal_basis="consent")
    how = "Un lien de désinscription dans chaque e-mail"
    fix = lambda: r.update(m.Purpose, r.purpose_id, consent_withdrawal=how)  # noqa: E731
    return Case("purpose", r.purpose_id, "consent_withdrawal", ACTIVITY, fix)


def _category_case(r: Register, seed_key: str, field: str, value: str) -> Case:
    category = r.seeded(m.DataCategory, seed_key)
    link = r.create(m.ActivityDataCategory, {"data_category_id": category}, r.activity_id)
    with r.db.reader() as s:
        name = services.get(s, m.DataCategory, category).name
    fix = lambda: r.update(m.ActivityDataCategory, link, **{field: value})  # noqa: E731
    return Case("activity_data_category", link, field, ACTIVITY, fix, {"category": name})


def _special_without_condition(r: Register) -> Case:
    return _category_case(r, "health", "art9_condition", "b_employment_social_security")


def _criminal_without_basis(r: Register) -> Case:
    return _category_case(r, "criminal", "art10_basis", "Loi du 10 avril 1990, art. 6")


def _review_overdue(r: Register) -> Case:
    r.update(m.Activity, r.activity_id, next_review=date(2026, 6, 30))
    fix = lambda: r.update(m.Activity, r.activity_id, next_review=date(2027, 6, 30))  # noqa: E731
    return Case("activity", r.activity_id, "next_review", ACTIVITY, fix, {"date": "2026-06-30"})


def _dpia_likely(r: Register) -> Case:
    criteria = ["systematic_monitoring", "large_scale"]
    r.update(m.Activity, r.activity_id, dpia_criteria=criteria, dpia_status="not_assessed")
    fix = lambda: r.update(m.Activity, r.activity_id, dpia_status="done")  # noqa: E731
    return Case("activity", r.activity_id, "dpia_status", ACTIVITY, fix, {"count": "2"})


def _processor_without_client(r: Register) -> Case:
    r.update(m.Activity, r.activity_id, role="processor")
    values = {"name": "Client SA", "kind": "client_controller", "phone": "+32 2 111 11 11"}
    client = r.create(m.Party, values)
    r.contract(client, our_role="processor")
    fix = lambda: r.create(m.ActivityClient, {"party_id": client}, r.activity_id)  # noqa: E731
    return Case("activity", r.activity_id, "clients", ACTIVITY, fix)


def _no_safeguard(r: Register) -> Case:
    r.update(m.Activity, r.activity_id, transfers_outside_eea=True)
    transfer = r.create(m.Transfer, {"country": "US", "recipient_name": "Cloudy"}, r.activity_id)
    fix = lambda: r.update(m.Transfer, transfer, safeguard="scc")  # noqa: E731
    return Case("transfer", transfer, "safeguard", ACTIVITY, fix, {"country": "US"})


def _invalid_safeguard(r: Register) -> Case:
    values = {"country": "US", "recipient_name": "Cloudy", "safeguard": "scc"}
    values["notes"] = "Le fournisseur est certifié Privacy Shield."
    r.update(m.Activity, r.activity_id, transfers_outside_eea=True)
    transfer = r.create(m.Transfer, values, r.activity_id)
    fix = lambda: r.update(m.Transfer, transfer, notes="Clauses de 2021, module 2.")  # noqa: E731
    return Case("transfer", transfer, "notes", ACTIVITY, fix, {"name": "Privacy Shield"})


def _processor_without_contract(r: Register) -> Case:
    party = r.create(m.Party, {"name": "Hébergeur SA", "kind": "processor", "country": "BE"})
    r.create(m.ActivityRecipient, {"kind": "processor", "party_id": party}, r.activity_id)
    fix = lambda: r.contract(party)  # noqa: E731
    return Case("party", party, None, "Hébergeur SA", fix, {"contract_state": "none"})


def _client_without_contract(r: Register) -> Case:
    r.processor_activity(contract=False)
    with r.db.reader() as s:
        client = str(s.scalars(select(m.Party.id).where(m.Party.name == "Client SA")).one())
    fix = lambda: r.contract(client, our_role="processor")  # noqa: E731
    return Case("party", client, None, "Client SA", fix, {"contract_state": "none"})


def _contract_case(
    r: Register, field: str, fixed: dict[str, Any], params: dict[str, str] | None, **values: Any
) -> Case:
    """A contract (signed, every stipulation checked, unless values say otherwise) with a
    processor no activity uses yet."""
    party = r.create(m.Party, {"name": "Archives Nord SA", "kind": "processor", "country": "BE"})
    contract = r.contract(party, **values)
    fix = lambda: r.update(m.Contract, contract, **fixed)  # noqa: E731
    return Case("contract", contract, field, "Archives Nord SA", fix, params)


def _contract_expired(r: Register) -> Case:
    return _contract_case(
        r,
        "expires_on",
        {"status": "ended"},
        {"date": "30/06/2026"},
        expires_on=date(2026, 6, 30),
    )


def _contract_review_due(r: Register) -> Case:
    return _contract_case(
        r,
        "review_on",
        {"review_on": date(2027, 11, 1)},
        {"date": "01/11/2026"},
        review_on=date(2026, 11, 1),
    )


def _clauses_unchecked(r: Register) -> Case:
    return _contract_case(r, "clauses", {"clauses": ALL_CLAUSES}, None, clauses=[])


def _clauses_missing(r: Register) -> Case:
    lacking = [c for c in ALL_CLAUSES if c not in ("security", "audits")]
    return _contract_case(
        r, "clauses", {"clauses": ALL_CLAUSES}, {"clauses": "security,audits"}, clauses=lacking
    )


def _subprocessors_unanswered(r: Register) -> Case:
    case = _contract_case(
        r, "subprocessor_authorisation", {"subprocessor_authorisation": "general"}, None
    )
    sub = r.create(m.Party, {"name": "Stockage Sud SA", "kind": "processor", "country": "BE"})
    with r.db.transaction() as s:
        party = services.get(s, m.Contract, case.entity_id).party
        services.set_links(s, party, "subprocessors", [sub])
    return case


def _cookie_consent_not_in_notice(r: Register) -> Case:
    values = {"name": "_ga", "category": "analytics", "consent_required": True}
    values |= {"purpose": "Mesurer l'audience", "lifetime_value": 13, "lifetime_unit": "months"}
    cookie = r.create(m.Cookie, values)
    fix = lambda: r.update(m.Cookie, cookie, activity_id=r.activity_id)  # noqa: E731
    return Case("cookie", cookie, "activity_id", "_ga", fix)


def _notice_outdated(r: Register) -> Case:
    result = publish_notice(r.db)
    assert result.created
    r.update(m.Activity, r.activity_id, name="Gestion de la clientèle")

    def fix() -> None:
        assert publish_notice(r.db).created

    return Case("organisation", r.org_id, None, ORGANISATION, fix, {"audience": "all"})


def _catalogue_unused(r: Register) -> Case:
    entry = r.create(m.DataCategory, {"name": "Journaux des badges"})
    fix = lambda: r.create(m.ActivityDataCategory, {"data_category_id": entry}, r.activity_id)  # noqa: E731
    return Case("data_category", entry, None, "Journaux des badges", fix)


def _draft(r: Register) -> Case:
    r.update(m.Activity, r.activity_id, status="draft")
    fix = lambda: r.update(m.Activity, r.activity_id, status="active")  # noqa: E731
    return Case("activity", r.activity_id, "status", ACTIVITY, fix)


def _no_contact(r: Register) -> Case:
    r.update(m.Organisation, r.org_id, email=None, phone=" ", street=None)
    fix = lambda: r.update(m.Organisation, r.org_id, phone="+32 2 000 00 00")  # noqa: E731
    return Case("organisation", r.org_id, "email", ORGANISATION, fix)


def _in_dutch_too(r: Register) -> None:
    """Dutch as a second document language, with every text the notice shows translated but
    the purpose's description (the seeded catalogue entries get theirs from ropa)."""
    r.update(m.Organisation, r.org_id, other_languages=["nl"], legal_name_nl="Voorbeeld BV")
    r.update(m.Activity, r.activity_id, name_nl="Klantenbeheer")
    r.update(m.ActivityRecipient, r.recipient_id, department_nl="Boekhouding")


def _translation_notice(r: Register) -> Case:
    _in_dutch_too(r)
    dutch = "De contracten van de klanten uitvoeren"
    fix = lambda: r.update(m.Purpose, r.purpose_id, description_nl=dutch)  # noqa: E731
    return Case("activity", r.activity_id, None, ACTIVITY, fix, {"language": "nl"})


def _translation_register(r: Register) -> Case:
    _in_dutch_too(r)
    r.update(
        m.Purpose,
        r.purpose_id,
        description_nl="De contracten van de klanten uitvoeren",
        balancing_note="Note interne : pas de mise en balance nécessaire.",
    )
    fix = lambda: r.update(m.Purpose, r.purpose_id, balancing_note_nl="Interne nota.")  # noqa: E731
    return Case("activity", r.activity_id, None, ACTIVITY, fix, {"language": "nl"})


def _organisation_case(r: Register, field: str, broken: Any, fixed: Any, **params: str) -> Case:
    r.update(m.Organisation, r.org_id, **{field: broken})
    fix = lambda: r.update(m.Organisation, r.org_id, **{field: fixed})  # noqa: E731
    return Case("organisation", r.org_id, field, ORGANISATION, fix, params or None)


def _dpo_unreachable(r: Register) -> Case:
    r.update(m.Organisation, r.org_id, dpo_designated=True, dpo_name="Anne Dupont")
    fix = lambda: r.update(m.Organisation, r.org_id, dpo_phone="+32 2 000 00 01")  # noqa: E731
    return Case("organisation", r.org_id, "dpo_email", ORGANISATION, fix)


def _identity_proof_always(r: Register) -> Case:
    return _organisation_case(r, "identity_proof", "always", "reasonable_doubt")


def _response_too_long(r: Register) -> Case:
    return _organisation_case(r, "response_days", 45, 30, days="45")


def _no_rights_channels(r: Register) -> Case:
    return _organisation_case(r, "rights_channels", [], ["email", "post"])


def _identity_proof_unknown(r: Register) -> Case:
    return _organisation_case(r, "identity_proof", None, "none")


def _sells_data_unknown(r: Register) -> Case:
    return _organisation_case(r, "sells_data", None, False)


def _special_data_unknown(r: Register) -> Case:
    return _organisation_case(r, "processes_special_data", None, False)


def _dpo_unknown(r: Register) -> Case:
    return _organisation_case(r, "dpo_designated", None, False)


def _activity_case(r: Register, field: str, broken: Any, fixed: Any) -> Case:
    r.update(m.Activity, r.activity_id, **{field: broken})
    fix = lambda: r.update(m.Activity, r.activity_id, **{field: fixed})  # noqa: E731
    return Case("activity", r.activity_id, field, ACTIVITY, fix)


def _automated_unknown(r: Register) -> Case:
    return _activity_case(r, "automated_decision", None, False)


def _transfers_unknown(r: Register) -> Case:
    return _activity_case(r, "transfers_outside_eea", None, False)


def _transfers_unlisted(r: Register) -> Case:
    case = _activity_case(r, "transfers_outside_eea", True, False)
    return replace(case, field="transfers")


def _transfers_contradiction(r: Register) -> Case:
    values = {"country": "US", "recipient_name": "Cloudy", "safeguard": "scc"}
    r.create(m.Transfer, values, r.activity_id)
    fix = lambda: r.update(m.Activity, r.activity_id, transfers_outside_eea=True)  # noqa: E731
    return Case("activity", r.activity_id, "transfers_outside_eea", ACTIVITY, fix)


SESSION_COOKIE = {"category": "strictly_necessary", "lifetime_unit": "session"}


def _cookie_case(r: Register, values: dict[str, Any], field: str, fixed: dict[str, Any]) -> Case:
    cookie = r.create(m.Cookie, {"name": "ropa_session", **values})
    fix = lambda: r.update(m.Cookie, cookie, **fixed)  # noqa: E731
    return Case("cookie", cookie, field, "ropa_session", fix)


def _cookie_no_purpose(r: Register) -> Case:
    return _cookie_case(
        r, SESSION_COOKIE, "purpose", {"purpose": "Garder la session de l'utilisateur ouverte"}
    )


def _cookie_no_lifetime(r: Register) -> Case:
    values = {"category": "strictly_necessary", "purpose": "Retenir la langue choisie"}
    return _cookie_case(
        r, values, "lifetime_value", {"lifetime_value": 13, "lifetime_unit": "months"}
    )


def _cookie_no_exemption(r: Register) -> Case:
    values = {
        "category": "analytics",
        "purpose": "Mesurer l'audience du site",
        "lifetime_value": 13,
        "lifetime_unit": "months",
    }
    # The register is Belgian: only consent makes such a cookie lawful there.
    consent = {"consent_required": True, "activity_id": r.activity_id}
    return _cookie_case(r, values, "exemption_conditions", consent)


def _cookie_exemption_in_belgium(r: Register) -> Case:
    values = {
        "category": "analytics",
        "purpose": "Mesurer l'audience du site",
        "lifetime_value": 13,
        "lifetime_unit": "months",
        "exemption_conditions": "Statistiques anonymes, sans recoupement (conditions de la CNIL).",
    }
    consent = {"consent_required": True, "activity_id": r.activity_id}
    return _cookie_case(r, values, "consent_required", consent)


def _client_without_contact(r: Register) -> Case:
    r.processor_activity(client_email=None)
    with r.db.reader() as s:
        client = str(s.scalars(select(m.Party.id).where(m.Party.name == "Client SA")).one())
    fix = lambda: r.update(m.Party, client, address="Rue du Client 1, 1000 Bruxelles")  # noqa: E731
    return Case("party", client, "email", "Client SA", fix)


def _party_no_country(r: Register) -> Case:
    party = r.create(m.Party, {"name": "Hébergeur SA", "kind": "processor"})
    r.contract(party)
    r.create(m.ActivityRecipient, {"kind": "processor", "party_id": party}, r.activity_id)
    fix = lambda: r.update(m.Party, party, country="BE")  # noqa: E731
    return Case("party", party, "country", "Hébergeur SA", fix)


def _no_legal_reference(r: Register) -> Case:
    r.update(m.Purpose, r.purpose_id, legal_basis="legal_obligation")
    law = "Code des sociétés et des associations, art. 3:17"
    fix = lambda: r.update(m.Purpose, r.purpose_id, legal_reference=law)  # noqa: E731
    return Case("purpose", r.purpose_id, "legal_reference", ACTIVITY, fix)


def _no_recipients(r: Register) -> Case:
    r.delete(m.ActivityRecipient, r.recipient_id)
    values = {"kind": "internal", "department": "Service commercial"}
    fix = lambda: r.create(m.ActivityRecipient, values, r.activity_id)  # noqa: E731
    return Case("activity", r.activity_id, "recipients", ACTIVITY, fix)


def _recipient_undetermined(r: Register) -> Case:
    r.update(m.ActivityRecipient, r.recipient_id, kind="undetermined")
    fix = lambda: r.update(m.ActivityRecipient, r.recipient_id, kind="internal")  # noqa: E731
    return Case("activity_recipient", r.recipient_id, "kind", ACTIVITY, fix)


def _no_end_action(r: Register) -> Case:
    r.update(m.Activity, r.activity_id, end_action=None)
    fix = lambda: r.update(m.Activity, r.activity_id, end_action="anonymise")  # noqa: E731
    return Case("activity", r.activity_id, "end_action", ACTIVITY, fix)


def _no_start_combination(r: Register) -> Case:
    r.update(m.RetentionPhase, r.phase_id, other_start_events=["last_contact"])
    fix = lambda: r.update(m.RetentionPhase, r.phase_id, start_combination="latest")  # noqa: E731
    return Case("retention_phase", r.phase_id, "start_combination", ACTIVITY, fix)


# -- the accountability file: requests on the day of the checks, breaches on the clock ----------


def _request_case(r: Register, values: dict[str, Any], field: str, fixed: dict[str, Any]) -> Case:
    request = r.create(m.RightsRequest, {"reference": "R-01", "rights": ["access"], **values})
    fix = lambda: r.update(m.RightsRequest, request, **fixed)  # noqa: E731
    return Case("rights_request", request, field, "R-01", fix)


def _request_late(r: Register) -> Case:
    case = _request_case(
        r, {"received_on": date(2026, 10, 1)}, "answered_on", {"answered_on": TODAY}
    )
    return replace(case, params={"due": "01/11/2026"})


def _request_due_soon(r: Register) -> Case:
    case = _request_case(
        r, {"received_on": date(2026, 10, 25)}, "answered_on", {"answered_on": TODAY}
    )
    return replace(case, params={"due": "25/11/2026"})


def _request_extension_not_told(r: Register) -> Case:
    values = {"received_on": date(2026, 9, 15), "extended": True}
    told = {"extension_told_on": date(2026, 10, 10)}
    case = _request_case(r, values, "extension_told_on", told)
    return replace(case, params={"date": "15/10/2026"})


def _request_not_forwarded(r: Register) -> Case:
    values = {"name": "Client SA", "kind": "client_controller", "email": "dpo@client.be"}
    client = r.create(m.Party, values)
    values = {"received_on": date(2026, 11, 15), "client_party_id": client}
    forwarded = {"forwarded_on": date(2026, 11, 16)}
    case = _request_case(r, values, "forwarded_on", forwarded)
    return replace(case, params={"client": "Client SA", "received": "15/11/2026"})


def _ago(hours: float) -> datetime:
    """A moment `hours` before now on the real clock, which the checks read for breaches."""
    return datetime.now(UTC) - timedelta(hours=hours)


def _breach_case(
    r: Register, hours_ago: float, field: str, fixed: dict[str, Any], **values: Any
) -> Case:
    """A breach discovered `hours_ago`, judged a risk unless values say otherwise."""
    values = {"name": "Portable volé", "discovered_at": _ago(hours_ago), "risk": "risk", **values}
    breach = r.create(m.Breach, values)
    fix = lambda: r.update(m.Breach, breach, **fixed)  # noqa: E731
    return Case("breach", breach, field, "Portable volé", fix)


def _breach_not_notified(r: Register) -> Case:
    return _breach_case(r, 100, "authority_notified_at", {"authority_notified_at": _ago(50)})


def _breach_notification_due(r: Register) -> Case:
    return _breach_case(r, 10, "authority_notified_at", {"risk": "unlikely"})


def _breach_late_without_reasons(r: Register) -> Case:
    reasons = {"delay_reasons": "L’ampleur de la fuite n’a été connue qu’après l’analyse."}
    return _breach_case(r, 100, "delay_reasons", reasons, authority_notified_at=_ago(10))


def _breach_people_not_informed(r: Register) -> Case:
    exception = {"inform_exception": "unintelligible"}
    return _breach_case(
        r,
        100,
        "people_informed_on",
        exception,
        risk="high_risk",
        authority_notified_at=_ago(90),
    )


def _breach_clients_not_informed(r: Register) -> Case:
    case = _breach_case(
        r, 100, "clients_informed_at", {"clients_informed_at": _ago(90)}, risk="unlikely"
    )
    client = r.create(
        m.Party, {"name": "Client SA", "kind": "client_controller", "email": "dpo@client.be"}
    )
    with r.db.transaction() as s:
        services.set_links(s, services.get(s, m.Breach, case.entity_id), "clients", [client])
    return case


# -- impact assessments (DPIAs) ------------------------------------------------------------------

DPIA = "AIPD vidéosurveillance"


def _dpia(r: Register, **values: Any) -> str:
    """A completed assessment of the activity, its one risk rated low after its measures, the
    DPO's advice recorded, reviewed next in 2027, unless values say otherwise."""
    dpia = r.create(
        m.Dpia,
        {
            "name": DPIA,
            "status": "completed",
            "completed_on": date(2026, 5, 4),
            "review_on": date(2027, 5, 4),
            "residual_risk": "low",
            "dpo_advice": "Favorable, sous réserve du masquage des zones privées.",
            "prior_consultation": "not_required",
            **values,
        },
    )
    with r.db.transaction() as s:
        services.set_links(s, services.get(s, m.Dpia, dpia), "activities", [r.activity_id])
    risk = {"source": "Accès illégitime aux images", "likelihood": "significant"}
    risk |= {"severity": "significant", "likelihood_after": "limited", "severity_after": "limited"}
    r.create(m.DpiaRisk, risk, dpia)
    return dpia


def _dpia_case(r: Register, field: str | None, fixed: dict[str, Any], **values: Any) -> Case:
    dpia = _dpia(r, **values)
    fix = lambda: r.update(m.Dpia, dpia, **fixed)  # noqa: E731
    return Case("dpia", dpia, field, DPIA, fix)


def _dpia_required_missing(r: Register) -> Case:
    r.update(m.Activity, r.activity_id, dpia_status="required")
    fix = lambda: _dpia(r)  # noqa: E731
    return Case("activity", r.activity_id, "dpia_status", ACTIVITY, fix)


def _dpia_consultation_needed(r: Register) -> Case:
    return _dpia_case(
        r,
        "prior_consultation",
        {"prior_consultation": "done", "consulted_on": date(2026, 6, 1)},
        residual_risk="high",
        prior_consultation="required",
    )


def _dpia_review_due(r: Register) -> Case:
    case = _dpia_case(r, "review_on", {"review_on": date(2027, 11, 1)}, review_on=date(2026, 11, 1))
    case.params = {"date": "01/11/2026"}
    return case


def _dpia_no_activity(r: Register) -> Case:
    dpia = _dpia(r)
    with r.db.transaction() as s:
        services.set_links(s, services.get(s, m.Dpia, dpia), "activities", [])

    def fix() -> None:
        with r.db.transaction() as s:
            services.set_links(s, services.get(s, m.Dpia, dpia), "activities", [r.activity_id])

    return Case("dpia", dpia, "activities", DPIA, fix)


def _dpia_no_risk(r: Register) -> Case:
    dpia = _dpia(r)
    with r.db.reader() as s:
        [risk] = s.scalars(select(m.DpiaRisk.id).where(m.DpiaRisk.dpia_id == dpia)).all()
    r.delete(m.DpiaRisk, risk)
    fix = lambda: r.update(m.Dpia, dpia, status="in_progress")  # noqa: E731
    return Case("dpia", dpia, "risks", DPIA, fix)


def _dpia_risks_unrated(r: Register) -> Case:
    dpia = _dpia(r)
    risk = r.create(
        m.DpiaRisk, {"source": "Disparition des images", "severity_after": "limited"}, dpia
    )
    fix = lambda: r.update(m.DpiaRisk, risk, likelihood_after="negligible")  # noqa: E731
    case = Case("dpia", dpia, "risks", DPIA, fix)
    case.params = {"count": "1"}
    return case


def _dpia_dpo_advice_missing(r: Register) -> Case:
    dpo = {"dpo_name": "Anne Dupont", "dpo_email": "dpo@exemple.be"}
    r.update(m.Organisation, r.org_id, dpo_designated=True, **dpo)
    return _dpia_case(r, "dpo_advice", {"dpo_advice": "Favorable."}, dpo_advice=None)


VIOLATIONS: dict[str, Callable[[Register], Case]] = {
    "activity.no_purpose": _no_purpose,
    "purpose.no_legal_basis": _no_legal_basis,
    "activity.no_data_subjects": _no_data_subjects,
    "activity.no_data_categories": _no_data_categories,
    "activity.no_retention": _no_retention,
    "retention.no_duration": _no_duration,
    "purpose.no_interest": _no_interest,
    "purpose.no_consent_withdrawal": _no_consent_withdrawal,
    "data.special_without_condition": _special_without_condition,
    "data.criminal_without_basis": _criminal_without_basis,
    "activity.review_overdue": _review_overdue,
    "activity.dpia_likely": _dpia_likely,
    "activity.processor_without_client": _processor_without_client,
    "transfer.no_safeguard": _no_safeguard,
    "transfer.invalid_safeguard": _invalid_safeguard,
    "contract.processor_without_contract": _processor_without_contract,
    "contract.client_without_contract": _client_without_contract,
    "contract.expired": _contract_expired,
    "contract.review_due": _contract_review_due,
    "contract.clauses_unchecked": _clauses_unchecked,
    "contract.clauses_missing": _clauses_missing,
    "contract.subprocessors_unanswered": _subprocessors_unanswered,
    "activity.dpia_required_missing": _dpia_required_missing,
    "dpia.consultation_needed": _dpia_consultation_needed,
    "dpia.review_due": _dpia_review_due,
    "dpia.no_activity": _dpia_no_activity,
    "dpia.no_risk": _dpia_no_risk,
    "dpia.risks_unrated": _dpia_risks_unrated,
    "dpia.dpo_advice_missing": _dpia_dpo_advice_missing,
    "cookie.consent_not_in_notice": _cookie_consent_not_in_notice,
    "notice.outdated": _notice_outdated,
    "catalogue.unused": _catalogue_unused,
    "activity.draft": _draft,
    "organisation.no_contact": _no_contact,
    "translation.notice": _translation_notice,
    "translation.register": _translation_register,
    "organisation.dpo_unreachable": _dpo_unreachable,
    "organisation.identity_proof_always": _identity_proof_always,
    "organisation.response_too_long": _response_too_long,
    "organisation.no_rights_channels": _no_rights_channels,
    "organisation.identity_proof_unknown": _identity_proof_unknown,
    "organisation.sells_data_unknown": _sells_data_unknown,
    "organisation.special_data_unknown": _special_data_unknown,
    "cookie.no_purpose": _cookie_no_purpose,
    "cookie.no_lifetime": _cookie_no_lifetime,
    "cookie.no_exemption": _cookie_no_exemption,
    "cookie.exemption_in_belgium": _cookie_exemption_in_belgium,
    "party.client_without_contact": _client_without_contact,
    "party.no_country": _party_no_country,
    "purpose.no_legal_reference": _no_legal_reference,
    "activity.no_recipients": _no_recipients,
    "recipient.undetermined": _recipient_undetermined,
    "activity.no_end_action": _no_end_action,
    "retention.no_start_combination": _no_start_combination,
    "organisation.dpo_unknown": _dpo_unknown,
    "activity.automated_unknown": _automated_unknown,
    "activity.transfers_unknown": _transfers_unknown,
    "activity.transfers_unlisted": _transfers_unlisted,
    "activity.transfers_contradiction": _transfers_contradiction,
    "request.late": _request_late,
    "request.due_soon": _request_due_soon,
    "request.extension_not_told": _request_extension_not_told,
    "request.not_forwarded": _request_not_forwarded,
    "breach.not_notified": _breach_not_notified,
    "breach.notification_due": _breach_notification_due,
    "breach.late_without_reasons": _breach_late_without_reasons,
    "breach.people_not_informed": _breach_people_not_informed,
    "breach.clients_not_informed": _breach_clients_not_informed,
}
