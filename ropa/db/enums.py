"""The closed vocabularies of the register (stored as their lowercase string values)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CONTROLLER = "controller"
    JOINT_CONTROLLER = "joint_controller"
    PROCESSOR = "processor"


class Status(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class LegalBasis(StrEnum):
    """Art. 6(1)(a)-(f)."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTERESTS = "legitimate_interests"
    # Chosen explicitly while the firm finds out: a gap that blocks the notice, never a basis.
    UNDETERMINED = "undetermined"


class ProvisionRequirement(StrEnum):
    """Art. 13(2)(e): whether giving the data is required."""

    STATUTORY = "statutory"
    CONTRACTUAL = "contractual"
    CONTRACT_PREREQUISITE = "contract_prerequisite"
    VOLUNTARY = "voluntary"


class Art9Condition(StrEnum):
    """Art. 9(2)(a)-(j)."""

    EXPLICIT_CONSENT = "a_explicit_consent"
    EMPLOYMENT_SOCIAL_SECURITY = "b_employment_social_security"
    VITAL_INTERESTS = "c_vital_interests"
    NOT_FOR_PROFIT_BODY = "d_not_for_profit_body"
    MADE_PUBLIC = "e_made_public"
    LEGAL_CLAIMS = "f_legal_claims"
    SUBSTANTIAL_PUBLIC_INTEREST = "g_substantial_public_interest"
    HEALTH_SOCIAL_CARE = "h_health_social_care"
    PUBLIC_HEALTH = "i_public_health"
    ARCHIVING_RESEARCH = "j_archiving_research"


class RecipientKind(StrEnum):
    INTERNAL = "internal"
    PROCESSOR = "processor"
    THIRD_PARTY = "third_party"
    PUBLIC_AUTHORITY = "public_authority"
    JOINT_CONTROLLER = "joint_controller"
    UNDETERMINED = "undetermined"  # not known yet: a gap that blocks the notice


class PartyKind(StrEnum):
    PROCESSOR = "processor"
    THIRD_PARTY = "third_party"
    PUBLIC_AUTHORITY = "public_authority"
    JOINT_CONTROLLER = "joint_controller"
    CLIENT_CONTROLLER = "client_controller"


class Safeguard(StrEnum):
    """Chapter V transfer tools. "Privacy Shield" is deliberately absent (invalid since 2020)."""

    ADEQUACY = "adequacy"
    EU_US_DPF = "eu_us_dpf"
    SCC = "scc"
    BCR = "bcr"
    CODE_OF_CONDUCT = "code_of_conduct"
    CERTIFICATION = "certification"
    AD_HOC_CLAUSES = "ad_hoc_clauses"
    DEROGATION_ART49 = "derogation_art49"
    UNDETERMINED = "undetermined"  # not known yet: a gap that blocks the notice


class RetentionPhaseKind(StrEnum):
    ACTIVE = "active"
    INTERMEDIATE_ARCHIVE = "intermediate_archive"


class DurationUnit(StrEnum):
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


class StartEvent(StrEnum):
    COLLECTION = "collection"
    LAST_CONTACT = "last_contact"
    END_OF_CONTRACT = "end_of_contract"
    ACCOUNT_CLOSURE = "account_closure"
    END_OF_RELATIONSHIP = "end_of_relationship"
    END_OF_FISCAL_YEAR = "end_of_fiscal_year"
    END_OF_EMPLOYMENT = "end_of_employment"
    CONSENT_WITHDRAWAL = "consent_withdrawal"
    REQUEST_CLOSED = "request_closed"
    EVENT_DATE = "event_date"
    END_OF_PREVIOUS_PHASE = "end_of_previous_phase"
    OTHER = "other"


class EndAction(StrEnum):
    DELETE = "delete"
    ANONYMISE = "anonymise"
    RETURN_THEN_DELETE = "return_then_delete"  # a processor's end of contract (Art. 28(3)(g))
    RENEW_CONSENT = "renew_consent"  # ask the person's consent again, delete if refused


class StartCombination(StrEnum):
    """How a retention period with several start events runs: from the later or the earlier."""

    LATEST = "latest"
    EARLIEST = "earliest"


class IdentityProof(StrEnum):
    """When the firm asks a person exercising a right to prove their identity (Art. 12(6))."""

    NONE = "none"
    REASONABLE_DOUBT = "reasonable_doubt"
    ALWAYS = "always"


class RightsChannel(StrEnum):
    """How a person can send a request to exercise their rights."""

    EMAIL = "email"
    POST = "post"
    FORM = "form"
    PHONE = "phone"
    IN_PERSON = "in_person"


class DpiaStatus(StrEnum):
    NOT_ASSESSED = "not_assessed"
    NOT_REQUIRED = "not_required"
    REQUIRED = "required"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class DpiaCriterion(StrEnum):
    """The nine EDPB (WP248) criteria."""

    EVALUATION_SCORING = "evaluation_scoring"
    AUTOMATED_DECISION = "automated_decision"
    SYSTEMATIC_MONITORING = "systematic_monitoring"
    SENSITIVE_DATA = "sensitive_data"
    LARGE_SCALE = "large_scale"
    MATCHING_DATASETS = "matching_datasets"
    VULNERABLE_SUBJECTS = "vulnerable_subjects"
    INNOVATIVE_TECHNOLOGY = "innovative_technology"
    PREVENTS_RIGHT_OR_SERVICE = "prevents_right_or_service"


class Audience(StrEnum):
    CLIENTS = "clients"
    PROSPECTS = "prospects"
    WEBSITE_VISITORS = "website_visitors"
    CANDIDATES = "candidates"
    EMPLOYEES = "employees"
    SUPPLIERS = "suppliers"
    EVENT_PARTICIPANTS = "event_participants"
    PREMISES_VISITORS = "premises_visitors"


class MeasureKind(StrEnum):
    TECHNICAL = "technical"
    ORGANISATIONAL = "organisational"


class CookieCategory(StrEnum):
    STRICTLY_NECESSARY = "strictly_necessary"
    FUNCTIONAL = "functional"
    ANALYTICS = "analytics"
    MARKETING = "marketing"


class LifetimeUnit(StrEnum):
    SESSION = "session"
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


class Language(StrEnum):
    FR = "fr"
    NL = "nl"
    EN = "en"


class ChangeAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"


class RequestRight(StrEnum):
    """The rights a person exercises in a request (Art. 7(3), 15-18, 20-22; in France also
    directives on their data after death, loi 78-17 art. 85)."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    CONSENT_WITHDRAWAL = "consent_withdrawal"
    AUTOMATED_DECISION = "automated_decision"
    DIRECTIVES_AFTER_DEATH = "directives_after_death"


class IdentityCheck(StrEnum):
    """Whether the firm asked the person for more to confirm who they are (Art. 12(6))."""

    NOT_NEEDED = "not_needed"
    ASKED = "asked"
    RECEIVED = "received"


class RequestDecision(StrEnum):
    """What the firm decided on a request (Art. 12(3)-(5))."""

    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    REFUSED = "refused"
    UNFOUNDED_OR_EXCESSIVE = "unfounded_or_excessive"


class BreachNature(StrEnum):
    """What a breach affected (EDPB Guidelines 9/2022)."""

    CONFIDENTIALITY = "confidentiality"
    INTEGRITY = "integrity"
    AVAILABILITY = "availability"


class BreachRisk(StrEnum):
    """The risk to the people concerned, as the firm assessed it (Art. 33(1), 34(1))."""

    UNLIKELY = "unlikely"
    RISK = "risk"
    HIGH_RISK = "high_risk"


class InformException(StrEnum):
    """Why the people were not told of a high-risk breach (Art. 34(3)(a)-(c))."""

    UNINTELLIGIBLE = "unintelligible"
    RISK_NO_LONGER_LIKELY = "risk_no_longer_likely"
    DISPROPORTIONATE_EFFORT = "disproportionate_effort"


class ContractRole(StrEnum):
    """The organisation's side of an Art. 28 contract with a party."""

    CONTROLLER = "controller"  # the party processes data on the organisation's behalf
    PROCESSOR = "processor"  # the organisation processes data on the party's behalf


class ContractStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    ENDED = "ended"


class Art28Clause(StrEnum):
    """The eight stipulations of Art. 28(3)(a)-(h) a processing contract must contain."""

    INSTRUCTIONS = "instructions"  # (a) only on documented instructions
    CONFIDENTIALITY = "confidentiality"  # (b) persons committed to confidentiality
    SECURITY = "security"  # (c) the measures of Art. 32
    SUBPROCESSORS = "subprocessors"  # (d) conditions for engaging another processor
    RIGHTS_ASSISTANCE = "rights_assistance"  # (e) assistance with people's requests
    COMPLIANCE_ASSISTANCE = "compliance_assistance"  # (f) assistance with Art. 32-36
    DELETION_RETURN = "deletion_return"  # (g) deletion or return at the end
    AUDITS = "audits"  # (h) information and audits


class SubprocessorAuthorisation(StrEnum):
    """Art. 28(2): the controller's prior written authorisation to engage sub-processors."""

    GENERAL = "general"
    SPECIFIC = "specific"
    NOT_ALLOWED = "not_allowed"


class DpiaRecordStatus(StrEnum):
    """Where a data protection impact assessment (Art. 35) stands as a piece of work."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ABANDONED = "abandoned"  # the processing was dropped, or the assessment replaced


class DpiaResidualRisk(StrEnum):
    """The risk left once the measures are in place, as the assessment concludes it."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"  # Art. 36(1): prior consultation of the supervisory authority


class DpiaDecision(StrEnum):
    """What the controller decided at the end of the assessment."""

    PROCEED = "proceed"
    PROCEED_WITH_MEASURES = "proceed_with_measures"
    DO_NOT_PROCEED = "do_not_proceed"


class PriorConsultation(StrEnum):
    """Art. 36: consulting the supervisory authority before processing, when the residual
    risk stays high."""

    NOT_REQUIRED = "not_required"
    REQUIRED = "required"
    DONE = "done"


class RiskLevel(StrEnum):
    """The CNIL's four-step scale of a risk's likelihood and of its severity (PIA method)."""

    NEGLIGIBLE = "negligible"
    LIMITED = "limited"
    SIGNIFICANT = "significant"
    MAXIMUM = "maximum"
