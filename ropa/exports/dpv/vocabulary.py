"""The DPV terms the export may use and ropa's closed values mapped to them.

Every DPV, eu-gdpr, pd and loc term written goes through `term` (or `country`), which refuses a
term missing from resources/dpv/terms.json, where each one is listed with the vocabulary file it
was checked in. A value is mapped to a specific term only where the meaning is the same; anything
else gets the generic class and the register's own words (docs/dpv.md lists every mapping).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from ropa.paths import resources_dir

IdRef = dict[str, str]
"""A JSON-LD reference to a node or a vocabulary term: {"@id": "dpv:Process"}."""

GDPR_ELI = "http://data.europa.eu/eli/reg/2016/679/oj"
"""The GDPR's European Legislation Identifier (the applicable law of every process)."""


@cache
def _terms_file() -> dict[str, Any]:
    path = resources_dir() / "dpv" / "terms.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def context() -> dict[str, Any]:
    """The JSON-LD context shipped in resources/dpv/context.jsonld (embedded in each export, so
    that reading one needs no network)."""
    path = resources_dir() / "dpv" / "context.jsonld"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["@context"]
    return data


def known_terms() -> dict[str, str]:
    """Compact IRI ("dpv:Process") -> the source it was checked in (a key of `sources`)."""
    terms: dict[str, str] = _terms_file()["terms"]
    return terms


@cache
def _countries() -> frozenset[str]:
    return frozenset(_terms_file()["countries"]["codes"])


def term(name: str) -> str:
    """A vocabulary term as a compact IRI, after checking that the shipped list has it."""
    if name not in known_terms():
        raise KeyError(f"{name} is not in resources/dpv/terms.json")  # a developer's mistake
    return name


def ref(name: str) -> IdRef:
    """A reference to a vocabulary term, checked like `term`."""
    return {"@id": term(name)}


def country(code: str | None) -> IdRef | dict[str, Any] | None:
    """A country: DPV's loc concept for its ISO code, else (a code loc lacks, such as XK) a
    dpv:Country node labelled with the code."""
    if not code:
        return None
    if code in _countries():
        return {"@id": f"loc:{code}"}
    return {"@type": term("dpv:Country"), "rdfs:label": code}


# -- ropa's closed values ----------------------------------------------------------------------

LEGAL_BASES = {
    "consent": "eu-gdpr:A6-1-a",
    "contract": "eu-gdpr:A6-1-b",
    "legal_obligation": "eu-gdpr:A6-1-c",
    "vital_interests": "eu-gdpr:A6-1-d",
    "public_task": "eu-gdpr:A6-1-e",
    "legitimate_interests": "eu-gdpr:A6-1-f",
    # "undetermined" is no basis: nothing is written.
}

ART9_CONDITIONS = {
    "a_explicit_consent": "eu-gdpr:A9-2-a",
    "b_employment_social_security": "eu-gdpr:A9-2-b",
    "c_vital_interests": "eu-gdpr:A9-2-c",
    "d_not_for_profit_body": "eu-gdpr:A9-2-d",
    "e_made_public": "eu-gdpr:A9-2-e",
    "f_legal_claims": "eu-gdpr:A9-2-f",
    "g_substantial_public_interest": "eu-gdpr:A9-2-g",
    "h_health_social_care": "eu-gdpr:A9-2-h",
    "i_public_health": "eu-gdpr:A9-2-i",
    "j_archiving_research": "eu-gdpr:A9-2-j",
}

TRANSFER_SAFEGUARDS: dict[str, tuple[str | None, str | None]] = {
    # safeguard: (legal basis of the transfer, transfer tool)
    "adequacy": ("eu-gdpr:A45-3", None),
    # The EU-U.S. Data Privacy Framework is an adequacy decision (2023/1795) under Art. 45(3).
    "eu_us_dpf": ("eu-gdpr:A45-3", None),
    # Commission's (46(2)(c)) or an authority's (46(2)(d)) clauses: ropa does not record which.
    "scc": (None, "eu-gdpr:StandardContractualClauses"),
    "bcr": ("eu-gdpr:A46-2-b", "eu-gdpr:BindingCorporateRules"),
    "code_of_conduct": ("eu-gdpr:A46-2-e", "eu-gdpr:CodesOfConductForDataTransfers"),
    "certification": ("eu-gdpr:A46-2-f", "eu-gdpr:CertificationMechanismsForDataTransfers"),
    "ad_hoc_clauses": ("eu-gdpr:A46-3-a", "eu-gdpr:AdHocContractualClauses"),
    # "derogation_art49": which point of Art. 49(1) is free text: a dpv:DataTransferLegalBasis
    # with that text. "undetermined": nothing.
}

PERSONAL_DATA_BY_SEED = {
    # A data category ropa seeded, while it keeps a name ropa gave it: the pd concept that
    # means the same (the seed's description in resources/catalogues/seed.json).
    "contact": "pd:Contact",
    "images": "pd:Picture",
    "professional_life": "pd:Professional",
    "economic_financial": "pd:Financial",
    "location": "pd:Location",
    "national_id": "pd:OfficialID",
    "health": "pd:MedicalHealth",
    "racial_ethnic_origin": "pd:Ethnicity",
    "political_opinions": "pd:PoliticalOpinion",
    "trade_union": "pd:TradeUnionMembership",
    "genetic": "pd:Genetic",
    "biometric": "pd:Biometric",
    "sex_life": "pd:Sexual",
    "criminal": "pd:Criminal",
    "technical_device": "pd:DeviceBased",
    "communications": "pd:Communication",
}

DATA_SUBJECTS_BY_SEED = {
    "clients": "dpv:Customer",
    "employees": "dpv:Employee",
    "candidates": "dpv:JobApplicant",
    "newsletter_subscribers": "dpv:Subscriber",
    "premises_visitors": "dpv:Visitor",
}

PARTY_KINDS = {
    "processor": "dpv:DataProcessor",
    "third_party": "dpv:ThirdParty",
    "public_authority": "dpv:GovernmentalOrganisation",
    "joint_controller": "dpv:DataController",
    "client_controller": "dpv:DataController",
}

RECIPIENT_KINDS = {
    # kind: (property of the process, class of the recipient)
    "internal": ("dpv:hasRecipient", "dpv:OrganisationalUnit"),
    "processor": ("dpv:hasDataProcessor", "dpv:DataProcessor"),
    "third_party": ("dpv:hasRecipientThirdParty", "dpv:ThirdParty"),
    "public_authority": ("dpv:hasRecipient", "dpv:GovernmentalOrganisation"),
    "joint_controller": ("dpv:hasRecipientDataController", "dpv:DataController"),
    "undetermined": ("dpv:hasRecipient", "dpv:Recipient"),
}

ACTIVITY_STATUS = {"active": "dpv:ActivityOngoing", "retired": "dpv:ActivityHalted"}

MEASURE_KINDS = {
    "technical": ("dpv:hasTechnicalMeasure", "dpv:TechnicalMeasure"),
    "organisational": ("dpv:hasOrganisationalMeasure", "dpv:OrganisationalMeasure"),
}

DURATION_UNITS = {"days": "D", "months": "M", "years": "Y"}
"""xsd:duration designators (P5Y, P6M, P30D)."""


def rights(bases: set[str], automated_decision: bool | None) -> list[str]:
    """The data subject's rights (GDPR Art. 7(3), 15 to 22) of a controller's activity, from
    what the register records: those of every processing, portability where consent or a
    contract is a basis (Art. 20(1)(a), as the privacy notice says it), objection where
    legitimate interests or a public task is one (Art. 21(1)), withdrawal where consent is
    (Art. 7(3)), and Art. 22 where automated decisions are recorded as made."""
    names = ["A15", "A16", "A17", "A18", "A19"]
    if bases & {"consent", "contract"}:
        names.append("A20")
    if bases & {"legitimate_interests", "public_task"}:
        names.append("A21")
    if automated_decision is True:
        names.append("A22")
    if "consent" in bases:
        names.append("A7-3")
    return [term(f"eu-gdpr:{name}") for name in names]
