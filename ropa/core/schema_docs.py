"""What each entry and field of the interchange format means, in one place.

The JSON Schema's titles and descriptions and the field reference of docs/interchange.md are
both written from here (`python -m ropa.core.schema`), so they cannot say different things.
A field's title is its English label (resources/text/labels.en.json, the one the application
shows); its description is the sentence below when the label is not enough, followed by what
the field's type does not say: what null means, its closed values with their codes, whether it
reaches the privacy notice. A test fails on a field of the tree described nowhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, Enum, Integer, String

from ropa.core.i18n import label, tr
from ropa.core.tree import ORGANISATION, Node
from ropa.db.base import UTCDateTime

ENTRIES: dict[str, str] = {
    "organisation": (
        "The controller or processor whose register this is. A file may hold several; each "
        "owns its catalogues, parties, activities and cookies, and references never cross "
        "from one organisation to another."
    ),
    "data_category": (
        "An entry of the organisation's catalogue of personal data categories (identity, "
        "contact details, health...), which activities list in their `data_categories`."
    ),
    "data_subject_category": (
        "An entry of the catalogue of categories of people (clients, employees, job "
        "applicants...), which activities list in `data_subjects`."
    ),
    "recipient_category": (
        "An entry of the catalogue of categories of recipients (insurers, banks, public "
        "authorities...), which an activity's recipients may name."
    ),
    "security_measure": (
        "An entry of the catalogue of technical and organisational security measures "
        "(Art. 32), which activities list in `security_measures`."
    ),
    "party": (
        "An external organisation of the directory: a processor, a third party, a public "
        "authority, a joint controller, or a client for whom the organisation acts as "
        "processor."
    ),
    "activity": (
        "A processing activity of the register (Art. 30(1) as controller or joint controller, "
        "Art. 30(2) as processor), with everything it holds."
    ),
    "purpose": "One purpose of an activity, with its own legal basis (Art. 6(1)) and its detail.",
    "activity_data_category": (
        "A data category the activity uses (a catalogue entry), with what applies to it there."
    ),
    "data_source": "Where data come from when they are not collected from the person (Art. 14).",
    "activity_recipient": (
        "Who receives the data: an internal department, a category of recipients of the "
        "catalogue, a party of the directory, or a name typed here (Art. 30(1)(d))."
    ),
    "transfer": "A transfer of data outside the European Economic Area (Chapter V, Art. 30(1)(e)).",
    "retention_phase": (
        "One phase of the activity's retention schedule (active use, then intermediate "
        "archive): a duration or a criterion, from a starting point; for the whole activity, "
        "or only one purpose, one data category or one category of people."
    ),
    "activity_client": (
        "For an activity carried out as processor (Art. 30(2)): a client controller on whose "
        "behalf it is carried out."
    ),
    "activity_joint_controller": (
        "A joint controller of the activity and the arrangement (Art. 26)."
    ),
    "cookie": "A cookie or similar tracker set by the organisation's websites.",
    "rights_request": (
        "A request a person made to exercise their rights (Art. 15-22), and how the "
        "organisation answered it (Art. 12): kept as accountability, with as little of the "
        "person's data as the follow-up needs. Never printed in the privacy notice."
    ),
    "contract": (
        "A processing contract (Art. 28(3), in writing: Art. 28(9)) with a party of the "
        "directory: a processor of the organisation's, or a client controller it processes "
        "data for. A party may have several (versions, renewals). Never printed in the "
        "privacy notice."
    ),
    "breach": (
        "A personal data breach as the organisation documented it (Art. 33(5)): the facts, "
        "its effects, the remedial action, the notification to the supervisory authority "
        "(Art. 33) and the communication to the people (Art. 34). Never printed in the "
        "privacy notice."
    ),
    "dpia": (
        "A data protection impact assessment (Art. 35): the content Art. 35(7) asks for, "
        "the activities it covers (one assessment may cover several similar operations, "
        "Art. 35(1)), its risks, the DPO's advice, the views of the people, the decision and "
        "the prior consultation of the supervisory authority (Art. 36). An activity's own "
        "`dpia_status`, `dpia_criteria`, `dpia_reference` and `dpia_date` say whether one is "
        "needed; this entry is the assessment itself. Never printed in the privacy notice."
    ),
    "dpia_risk": (
        "One risk to the rights and freedoms of the people (Art. 35(7)(c)), rated as the "
        "CNIL's PIA method rates it: its likelihood and its severity on a four-step scale, "
        "before and after the measures taken against it."
    ),
    "attachment": (
        "A document kept inside the register and attached to one record: a signed processing "
        "contract, a DPIA report, a legitimate-interest assessment, a breach's evidence. Exactly "
        "one of `contract_id`, `dpia_id`, `breach_id` and `activity_id` names the record. The "
        "file's bytes are in the document's `files`, under `blob_id`. Never printed in the "
        "privacy notice."
    ),
}

COMMON: dict[str, str] = {
    "id": (
        "Any text up to 36 characters, unique in the file (ropa writes UUIDs). May be left "
        "out when nothing refers to the entry: ropa makes one."
    ),
    "created_at": (
        "ISO 8601 date and time with a time zone (ropa writes UTC). Left out: the time of "
        "the import."
    ),
    "updated_at": "Same format as `created_at`. Left out: the time of the import.",
    "position": (
        "The entry's place in its list (0 first). Optional: left out, the entry keeps its "
        "place in the list as written."
    ),
    "seed_key": (
        "Set by ropa on the entries it seeds into a new organisation (e.g. `identity`), so "
        "that later versions can recognise them; null for the firm's own entries. Leave it "
        "out when writing a file by hand."
    ),
    "notes": "Internal notes: never printed in the privacy notice.",
}

FIELDS: dict[str, dict[str, str]] = {
    "organisation": {
        "legal_name": "The registered name, as on official documents.",
        "trade_name": "The name the public knows, when it differs from the legal name.",
        "legal_form": "E.g. SRL, SA, ASBL, SAS.",
        "street": "Street and number of the registered office.",
        "postcode": "Postcode of the registered office.",
        "city": "City of the registered office.",
        "country": (
            "ISO 3166-1 alpha-2 code in capitals (`BE`, `FR`): the country of establishment. "
            "It decides the identifiers asked, the competent supervisory authority and the "
            "national law the notice names."
        ),
        "language": (
            "The main document language: the language of the texts in their own fields "
            "(`name`, not `name_nl`) and the first language of the privacy notice and the "
            "register. Left out: `fr`."
        ),
        "other_languages": (
            "The organisation's document languages besides its main one (`language`), neither "
            "repeated nor the main one; each translatable text has a `<field>_<language>` "
            "sibling for them."
        ),
        "enterprise_number": (
            "Belgian enterprise number (CBE/KBO), checked with its check digits; "
            "`0403.170.701` and `BE0403170701` are both accepted."
        ),
        "siren": "French SIREN number (9 digits), checked.",
        "siret": "French SIRET number (14 digits), checked.",
        "rcs": "French trade register entry (RCS), e.g. `RCS Lyon 123 456 789`.",
        "vat_number": "EU VAT number with its country prefix (`BE0403170701`), checked.",
        "email": "The general e-mail address.",
        "phone": "The general phone number.",
        "website": "The website's address.",
        "legal_representative": "The person who legally represents the organisation.",
        "dpo_designated": (
            "Whether a data protection officer is designated (Art. 37). True: the `dpo_*` "
            "fields are the DPO's details; false: they are those of the person to contact "
            "about privacy."
        ),
        "dpo_name": "Name of the DPO, or of the privacy contact when no DPO is designated.",
        "dpo_email": "E-mail address of the DPO or privacy contact.",
        "dpo_phone": "Phone number of the DPO or privacy contact.",
        "dpo_address": "Postal address of the DPO or privacy contact.",
        "eu_representative_name": (
            "For an organisation established outside the EU: its representative in the EU "
            "(Art. 27)."
        ),
        "eu_representative_contact": "The representative's contact details.",
        "supervisory_authority": (
            "The competent supervisory authority, by its code in ropa's list of EEA "
            "authorities (resources/authorities.json). Null or left out: the authority of "
            "the organisation's `country`."
        ),
        "notice_introduction": "The firm's own words opening the privacy notice.",
        "notice_closing": "The firm's own words closing the privacy notice.",
        "rights_channels": "How a person can send a request to exercise their rights.",
        "rights_form_url": (
            "The address of the online request form (with `form` among the channels)."
        ),
        "identity_proof": (
            "When a person exercising a right is asked to prove their identity (Art. 12(6))."
        ),
        "response_days": (
            "The days the firm takes to answer a request, from 1 to 31 (at most one month, "
            "Art. 12(3)). Null: the notice gives the legal time."
        ),
        "national_law": (
            "The national data protection law the notice names. Null: the law of the "
            "organisation's country."
        ),
        "cookie_policy_url": (
            "The address of a separate cookie policy: the notice then links to it instead of "
            "listing the cookies."
        ),
        "cookie_consent_method": "How visitors give or refuse their consent to cookies.",
        "cookie_refusal_effect": "What refusing cookies changes for the visitor.",
        "processes_special_data": (
            "Whether the organisation processes special categories of data (Art. 9). Null: "
            "the notice says yes when an activity it describes uses such data, else it is to "
            "be completed."
        ),
        "sells_data": "Whether the organisation sells personal data.",
        "processes_minors_data": "Whether the organisation processes data of minors.",
        "minors_age": (
            "Below this age a person is a minor for the processing (for consent to online "
            "services: 13 in Belgium, 15 in France, Art. 8), 1 to 18."
        ),
        "data_location": (
            "Where the data are stored, as the notice says it. Null: the notice names the "
            "countries of the processors."
        ),
        "safeguards_copy": (
            "How a person obtains a copy of the safeguards of transfers outside the EEA (a "
            "transfer's own `copy_access` replaces it)."
        ),
        "notice_version_label": (
            "The firm's own version label of its notice (e.g. `v2.3`), shown instead of "
            "ropa's numbering."
        ),
        "notice_version_date": "The date of the firm's own notice version (YYYY-MM-DD).",
        "notes": COMMON["notes"],
    },
    "data_category": {
        "name": "The category's name, unique in the organisation's catalogue.",
        "description": "What the category covers (e.g. surname, first name, date of birth).",
        "is_special": "A special category of data (Art. 9: health, religion, biometrics...).",
        "is_criminal": "Data relating to criminal convictions and offences (Art. 10).",
        "is_national_id": "A national identification number (Art. 87).",
        "concerns_minors": "Data that concern minors.",
    },
    "data_subject_category": {
        "name": "The category's name, unique in the organisation's catalogue.",
        "description": "Who belongs to the category.",
        "is_minors": "The category is made of minors.",
        "is_vulnerable": "The category is made of vulnerable persons.",
    },
    "recipient_category": {
        "name": "The category's name, unique in the organisation's catalogue.",
        "description": "Who belongs to the category.",
    },
    "security_measure": {
        "name": "The measure's name, unique in the organisation's catalogue.",
        "description": "What the measure consists of.",
        "kind": "Technical or organisational measure.",
        "group": "A group of measures, e.g. an ISO 27001 control group (`Access control`).",
    },
    "party": {
        "name": "The party's name.",
        "kind": "What the party is for the organisation.",
        "service": "The service it provides (e.g. `Payroll`, `E-mail hosting`).",
        "country": "ISO 3166-1 alpha-2 code in capitals of the country where it is established.",
        "address": "Postal address.",
        "contact_name": "The contact person.",
        "email": "E-mail address.",
        "phone": "Phone number.",
        "website": "Website address.",
        "enterprise_number": "Its enterprise or company number (not checked).",
        "dpo_name": "Its data protection officer's name.",
        "dpo_contact": "Its data protection officer's contact details.",
        "representative": "Its representative in the EU (Art. 27), when outside the EU.",
        "privacy_policy_url": "The address of its own privacy policy.",
        "subprocessors": (
            "Ids of other `parties` entries of the same organisation: the processors this "
            "processor engages (Art. 28(2), 28(4))."
        ),
        "notes": COMMON["notes"],
    },
    "activity": {
        "reference": (
            "A short reference, unique in the organisation (e.g. `T-01`); the workbook and "
            "the documents sort activities by it."
        ),
        "name": "The activity's name, as the privacy notice shows it.",
        "description": "Internal description: never printed in the privacy notice.",
        "public_description": "A plain-language description for the privacy notice.",
        "role": "The organisation's role in the activity.",
        "owner": "The person responsible for the activity inside the organisation.",
        "department": "The department that carries it out.",
        "status": (
            "Only active activities reach the privacy notice; a retired one needs an `end_date`."
        ),
        "start_date": "When the activity started (YYYY-MM-DD).",
        "end_date": "When it ended (YYYY-MM-DD): required when `status` is `retired`.",
        "last_reviewed": "When it was last reviewed (YYYY-MM-DD).",
        "next_review": "When it is to be reviewed next (YYYY-MM-DD).",
        "collected_from_subject": (
            "The data are collected from the person themselves. False: they come from the "
            "`sources` (Art. 14). Left out: true."
        ),
        "automated_decision": (
            "Whether the activity takes decisions based solely on automated processing with "
            "legal or similarly significant effects (Art. 22)."
        ),
        "profiling": "Whether the activity involves profiling (Art. 4(4)).",
        "automated_logic": (
            "The logic involved in automated decisions or profiling (Art. 13(2)(f)); the "
            "notice prints it when `automated_decision` or `profiling` is true."
        ),
        "automated_consequences": (
            "Their significance and envisaged consequences for the person (Art. 13(2)(f))."
        ),
        "transfers_outside_eea": (
            "Whether data leave the European Economic Area. True: the `transfers` list them; "
            "an activity with transfers listed transfers, whatever this says (false with "
            "transfers listed is refused in the application)."
        ),
        "dpia_status": "Where the data protection impact assessment stands (Art. 35).",
        "dpia_criteria": (
            "The EDPB criteria the activity meets (two or more usually call for a DPIA)."
        ),
        "dpia_reference": "Where the DPIA is filed.",
        "dpia_date": "The date of the DPIA (YYYY-MM-DD).",
        "security_notes": "Security measures beyond the catalogue's `security_measures`.",
        "data_location": "Where this activity's data are stored.",
        "end_action": "What happens to the data at the end of the retention period.",
        "in_notice": (
            "The activity is described in the privacy notice (when active; one carried out "
            "as processor only in the notice's part on the processing done for customers)."
        ),
        "audiences": (
            "The people the notice addresses about this activity; a notice can be built for "
            "one audience. Empty: every audience."
        ),
        "notes": COMMON["notes"],
        "data_subjects": "Ids of `data_subject_categories` of the same organisation.",
        "security_measures": "Ids of `security_measures` of the same organisation.",
    },
    "purpose": {
        "description": "The purpose, as the privacy notice states it.",
        "legal_basis": "The legal basis of this purpose (Art. 6(1)).",
        "legitimate_interest": (
            "With `legitimate_interests`: the interest pursued (Art. 13(1)(d)); printed in "
            "the notice."
        ),
        "balancing_note": "With `legitimate_interests`: the balancing test (internal).",
        "lia_reference": (
            "With `legitimate_interests`: where the legitimate interests assessment is filed."
        ),
        "legal_reference": (
            "With `legal_obligation` or `public_task`: the law that requires or allows it; "
            "printed in the notice."
        ),
        "consent_collection": "With `consent`: how consent is obtained; printed in the notice.",
        "consent_withdrawal": "With `consent`: how it is withdrawn; printed in the notice.",
        "consent_record": "With `consent`: where the proof of consent is kept (internal).",
        "contract_description": ("With `contract`: the contract concerned; printed in the notice."),
        "provision_requirement": (
            "Whether giving the data is required, and by what (Art. 13(2)(e))."
        ),
        "provision_consequences": (
            "The consequences of not providing the data; printed in the notice with a "
            "`provision_requirement`, when the data come from the person."
        ),
    },
    "activity_data_category": {
        "data_category_id": (
            "The id of a `data_categories` entry of the same organisation; an activity lists "
            "each category once."
        ),
        "detail": "The data items of this category the activity uses (e.g. `name, e-mail`).",
        "art9_condition": (
            "For a special category (Art. 9): the condition of Art. 9(2) that allows it."
        ),
        "art9_detail": "Details of the Art. 9 condition (internal).",
        "art10_basis": "For criminal data: the basis of Art. 10 (internal).",
    },
    "data_source": {
        "description": "Where the data come from.",
        "is_public": "Whether the source is publicly accessible (Art. 14(2)(f)).",
        "party_id": "The id of a `parties` entry that is the source (optional).",
    },
    "activity_recipient": {
        "kind": "What kind of recipient it is.",
        "party_id": "The id of a `parties` entry of the same organisation.",
        "recipient_category_id": "The id of a `recipient_categories` entry of the organisation.",
        "department": "An internal department (with kind `internal`).",
        "recipient_name": "The recipient's name when it is not in the directory.",
        "detail": "Which data are shared and why.",
    },
    "transfer": {
        "country": "ISO 3166-1 alpha-2 code in capitals of the destination country.",
        "party_id": (
            "The id of a `parties` entry that receives the data; a transfer needs either "
            "`party_id` or `recipient_name`."
        ),
        "recipient_name": "The recipient's name when it is not in the directory.",
        "safeguard": "The transfer tool of Chapter V the transfer relies on.",
        "derogation": (
            "With `derogation_art49`: the ground of Art. 49(1) and how it is documented."
        ),
        "document_reference": "Where the safeguard's documents are filed.",
        "copy_access": (
            "How a person obtains a copy of the safeguards; replaces the organisation's "
            "`safeguards_copy` for this transfer."
        ),
        "notes": COMMON["notes"],
    },
    "retention_phase": {
        "phase": (
            "Active use, or intermediate archive (kept apart with restricted access, only "
            "for a legal obligation or legal claims)."
        ),
        "purpose_id": (
            "The id of a purpose of the same activity when the phase concerns only that "
            "purpose; null: the whole activity."
        ),
        "data_category_id": (
            "The id of a `data_categories` entry when the phase concerns only that category."
        ),
        "data_subject_category_id": (
            "The id of a `data_subject_categories` entry when the phase concerns only that "
            "group of people (e.g. prospects)."
        ),
        "duration_value": (
            "The length of the phase, 0 or more, with `duration_unit`: give both or neither "
            "(then a `criterion`)."
        ),
        "duration_unit": "The unit of `duration_value` (null with it).",
        "criterion": "The criterion that sets the phase's end, when it is not a duration.",
        "start_event": "What the period runs from.",
        "start_event_detail": "Details of the starting point.",
        "other_start_events": (
            "More starting points (e.g. the end of the contract or the last contact); "
            "`start_combination` says which one counts."
        ),
        "start_combination": "With several starting points: whichever is later or earlier.",
        "legal_reference": "The law that sets the period; printed in the notice.",
        "justification": "Why this period (internal).",
    },
    "activity_client": {
        "party_id": (
            "The id of a `parties` entry (the client controller); each client once per activity."
        ),
        "processing_categories": "The categories of processing carried out for this client.",
        "contract_reference": "Where the processing contract with the client is filed.",
    },
    "activity_joint_controller": {
        "party_id": "The id of a `parties` entry; each joint controller once per activity.",
        "responsibilities": "The essence of the arrangement: who does what (Art. 26(2)).",
        "contact_point": "The contact point for the people concerned.",
    },
    "cookie": {
        "name": "The cookie's name as the browser stores it.",
        "provider": "Who sets it, when not a party of the directory.",
        "party_id": "The id of a `parties` entry that provides it.",
        "first_party": "Set by the organisation's own site (first-party cookie).",
        "domain": "The domain it is set for.",
        "purpose": "What it is for, as the notice or cookie policy says it.",
        "category": "Its category, which decides whether consent is needed.",
        "lifetime_value": "How long it lasts, with `lifetime_unit` (a session cookie: none).",
        "lifetime_unit": (
            "The unit of `lifetime_value`; `session` for a session cookie. Null: not recorded."
        ),
        "consent_required": "The visitor's consent is asked before it is set.",
        "exemption_conditions": (
            "For a cookie that is not strictly necessary yet set without consent: the "
            "conditions of the authority's exemption it meets. In Belgium no such exemption "
            "exists and `ropa check` says so."
        ),
        "activity_id": "The id of the `activities` entry it serves (optional).",
        "transfer_id": (
            "The id of a transfer (of any activity of the organisation) the cookie causes."
        ),
        "notes": COMMON["notes"],
    },
    "rights_request": {
        "reference": "The organisation's own reference for the request (e.g. `DR-2026-004`).",
        "received_on": (
            "The day the request was received: the one-month time limit to answer runs "
            "from it (Art. 12(3)). Null: not recorded (no time limit can be computed)."
        ),
        "channel": "How the request reached the organisation.",
        "requester": (
            "Who asked: a name or an internal reference, no more than the follow-up needs."
        ),
        "rights": "The rights the person exercises.",
        "client_party_id": (
            "When the organisation is a processor: the id of the `parties` entry, the client "
            "controller the request is about. The controller answers it; the processor "
            "forwards it (`forwarded_on`)."
        ),
        "forwarded_on": "The day the request was forwarded to the client controller.",
        "identity_check": (
            "Whether more was asked to confirm who the person is, on a reasonable doubt only "
            "(Art. 12(6)). Null: not recorded."
        ),
        "identity_asked_on": "The day a proof of identity was asked.",
        "identity_received_on": "The day the proof of identity was received.",
        "extended": (
            "The time limit was extended by two further months (Art. 12(3)): three months "
            "from receipt."
        ),
        "extension_reasons": "Why the time limit was extended (complexity, number of requests).",
        "extension_told_on": (
            "The day the person was told of the extension and its reasons, which Art. 12(3) "
            "asks within the first month."
        ),
        "decision": "What the organisation decided. Null: not decided yet.",
        "decision_reasons": (
            "The reasons for a refusal or a partial answer, which the person is told with "
            "the possibility of a complaint (Art. 12(4))."
        ),
        "answered_on": "The day the answer was sent. Null: not answered yet.",
        "recipients_notified": (
            "The recipients told of a rectification, erasure or restriction (Art. 19)."
        ),
        "recipients_notified_on": "The day those recipients were told.",
        "activities": "Ids of the `activities` entries the request concerns.",
        "notes": COMMON["notes"],
    },
    "breach": {
        "name": "A short name for the breach (e.g. `Stolen laptop, March 2026`).",
        "discovered_at": (
            "When the organisation became aware of the breach (ISO 8601 date and time with "
            "a time zone; ropa writes UTC): the 72 hours to notify the supervisory authority "
            "run from it (Art. 33(1)). Null: not recorded."
        ),
        "occurred_on": "The day the breach happened, when known (on or before its discovery).",
        "how_discovered": "How the organisation learnt of the breach.",
        "description": "What happened.",
        "natures": (
            "What the breach affected: confidentiality (disclosure or access), integrity "
            "(alteration), availability (loss or destruction)."
        ),
        "people_count": "The approximate number of people concerned (Art. 33(3)(a)).",
        "records_count": "The approximate number of records concerned (Art. 33(3)(a)).",
        "consequences": "The likely consequences for the people (Art. 33(3)(c)).",
        "risk": (
            "The risk to the people's rights and freedoms as assessed: unlikely (documented "
            "only), a risk (the authority is notified) or a high risk (the people are told "
            "too, Art. 34). Null: not assessed yet."
        ),
        "risk_reasoning": "Why the risk was assessed so.",
        "measures_taken": "The measures taken to address the breach (Art. 33(3)(d)).",
        "measures_proposed": "The measures proposed, still to be taken (Art. 33(3)(d)).",
        "authority_notified_at": (
            "When the supervisory authority was notified (same format as `discovered_at`). "
            "Null: not notified."
        ),
        "authority_reference": "The authority's reference for the notification.",
        "delay_reasons": (
            "Why the authority was notified later than 72 hours after the discovery (Art. 33(1))."
        ),
        "people_informed_on": "The day the people concerned were told (Art. 34).",
        "people_informed_how": "How they were told (e-mail, letter, public notice...).",
        "inform_exception": (
            "For a high-risk breach the people were not told of: the Art. 34(3) condition "
            "relied on."
        ),
        "clients_informed_at": (
            "When the organisation is a processor: when its client controllers were told "
            "(Art. 33(2); same format as `discovered_at`)."
        ),
        "activities": "Ids of the `activities` entries the breach concerns.",
        "data_categories": "Ids of the `data_categories` entries concerned (Art. 33(3)(a)).",
        "data_subjects": (
            "Ids of the `data_subject_categories` entries concerned (Art. 33(3)(a))."
        ),
        "clients": (
            "When the organisation is a processor: ids of the `parties` entries, the client "
            "controllers told of the breach (Art. 33(2))."
        ),
        "notes": COMMON["notes"],
    },
    "contract": {
        "party_id": (
            "The id of the `parties` entry the contract is with: a processor of the "
            "organisation's, or a client controller it processes data for."
        ),
        "reference": "The contract's title or where it is filed.",
        "our_role": (
            "The organisation's side: `controller` (the party processes data on its behalf) or "
            "`processor` (it processes data on the party's behalf). Null: not answered."
        ),
        "status": (
            "`draft` (not signed yet), `signed` (in force) or `ended`. Null: not answered; "
            "no document says the contract is signed."
        ),
        "contract_version": "The contract's own version or edition (e.g. `v2.1`, `2025`).",
        "signed_on": "The day it was signed (YYYY-MM-DD).",
        "expires_on": "The day it ends, when it has an end date.",
        "review_on": "The day the organisation plans to review it.",
        "clauses": (
            "The stipulations of Art. 28(3)(a)-(h) the contract contains, as the organisation "
            "checked them: `instructions`, `confidentiality`, `security`, `subprocessors`, "
            "`rights_assistance`, `compliance_assistance`, `deletion_return`, `audits`. An "
            "empty list: not checked yet."
        ),
        "subprocessor_authorisation": (
            "The authorisation to engage sub-processors (Art. 28(2)): `general` (written, "
            "with notice of changes), `specific` (each one approved) or `not_allowed`."
        ),
        "data_location": "Where the data are kept under the contract (countries, data centres).",
        "notes": COMMON["notes"],
    },
    "dpia": {
        "name": "A short name for the assessment (e.g. `DPIA-2025-01 Video surveillance`).",
        "status": (
            "`in_progress`, `completed` or `abandoned` (the processing dropped, or the "
            "assessment replaced by another). Null: not answered; no document says the "
            "assessment is done."
        ),
        "started_on": "The day the work on the assessment began (YYYY-MM-DD).",
        "completed_on": "The day the assessment was completed (not before `started_on`).",
        "review_on": (
            "The day the organisation plans to review it, at the latest (Art. 35(11): also "
            "whenever the risk changes)."
        ),
        "description": (
            "A systematic description of the processing and its purposes, including the "
            "legitimate interest pursued where it applies (Art. 35(7)(a))."
        ),
        "necessity": (
            "Why the processing is necessary and proportionate to its purposes (Art. 35(7)(b))."
        ),
        "measures": (
            "The measures planned to address the risks as a whole, with the safeguards and "
            "security measures (Art. 35(7)(d)); each risk keeps its own in `risks`."
        ),
        "residual_risk": (
            "The risk left once the measures are in place, as the assessment concludes: "
            "`low`, `medium` or `high`. A high residual risk calls for the prior "
            "consultation of the supervisory authority (Art. 36(1))."
        ),
        "dpo_advice": (
            "The advice of the data protection officer (Art. 35(2)), or of the privacy "
            "contact where no DPO is designated."
        ),
        "dpo_advice_on": "The day the advice was given.",
        "people_views": (
            "The views of the people concerned or their representatives, or why they were "
            "not sought (Art. 35(9))."
        ),
        "decision": (
            "What the controller decided: `proceed` (carry out the processing), "
            "`proceed_with_measures` (with the measures planned) or `do_not_proceed`."
        ),
        "decision_by": "Who decided (a name or a function).",
        "decision_on": "The day of the decision.",
        "prior_consultation": (
            "The prior consultation of the supervisory authority (Art. 36): `not_required`, "
            "`required` (not done yet) or `done`."
        ),
        "consulted_on": "The day the authority was consulted.",
        "authority_reply": "The authority's written advice or reply (Art. 36(2)).",
        "notes": COMMON["notes"],
        "activities": (
            "Ids of the `activities` entries the assessment covers (several similar "
            "operations may share one, Art. 35(1))."
        ),
    },
    "dpia_risk": {
        "source": (
            "Where the risk comes from: the risk sources (people inside or outside, "
            "accidents) and the threats to the data."
        ),
        "impact": "What the risk would mean for the people (physical, material, moral).",
        "likelihood": (
            "How likely the risk is, before the measures: `negligible`, `limited`, "
            "`significant` or `maximum` (the CNIL's scale)."
        ),
        "severity": (
            "How severe its impact on the people would be, before the measures, on the same scale."
        ),
        "measures": "The measures against this risk.",
        "likelihood_after": "Its likelihood once the measures are in place (residual).",
        "severity_after": "Its severity once the measures are in place (residual).",
    },
    "attachment": {
        "name": "The file's name, as attached (given to the copy a user opens or saves).",
        "description": "What the document is, when its name does not say it.",
        "media_type": (
            "The file's media type (`application/pdf`), guessed from its name; empty when unknown."
        ),
        "size": "The file's size in bytes: the length of its bytes in `files`.",
        "blob_id": (
            "The SHA-256 of the file's bytes in lower-case hexadecimal: its key in the "
            "document's `files`."
        ),
        "contract_id": "Id of the `contracts` entry the document belongs to.",
        "dpia_id": "Id of the `dpias` entry the document belongs to.",
        "breach_id": "Id of the `breaches` entry the document belongs to.",
        "activity_id": "Id of the `activities` entry the document belongs to.",
    },
}

# Fields that reach the privacy notice (exports/notice/sections_*.py), per entry. Catalogue
# entries, parties and cookies reach it through the activities and cookies it describes.
NOTICE: dict[str, frozenset[str]] = {
    "organisation": frozenset(
        {
            "legal_name",
            "trade_name",
            "legal_form",
            "street",
            "postcode",
            "city",
            "country",
            "language",
            "other_languages",
            "enterprise_number",
            "siren",
            "siret",
            "rcs",
            "vat_number",
            "email",
            "phone",
            "website",
            "legal_representative",
            "dpo_designated",
            "dpo_name",
            "dpo_email",
            "dpo_phone",
            "dpo_address",
            "eu_representative_name",
            "eu_representative_contact",
            "supervisory_authority",
            "notice_introduction",
            "notice_closing",
            "rights_channels",
            "rights_form_url",
            "identity_proof",
            "response_days",
            "national_law",
            "cookie_policy_url",
            "cookie_consent_method",
            "cookie_refusal_effect",
            "processes_special_data",
            "sells_data",
            "processes_minors_data",
            "minors_age",
            "data_location",
            "safeguards_copy",
            "notice_version_label",
            "notice_version_date",
        }
    ),  # fmt: skip
    "data_category": frozenset({"name", "description", "is_special", "is_criminal"}),
    "data_subject_category": frozenset({"name"}),
    "recipient_category": frozenset({"name"}),
    "security_measure": frozenset({"name", "kind"}),
    "party": frozenset({"name", "country", "service"}),
    "activity": frozenset(
        {
            "name",
            "public_description",
            "role",
            "status",
            "collected_from_subject",
            "automated_decision",
            "profiling",
            "automated_logic",
            "automated_consequences",
            "transfers_outside_eea",
            "end_action",
            "in_notice",
            "audiences",
            "data_subjects",
            "security_measures",
        }
    ),  # fmt: skip
    "purpose": frozenset(
        {
            "description",
            "legal_basis",
            "legitimate_interest",
            "legal_reference",
            "consent_collection",
            "consent_withdrawal",
            "contract_description",
            "provision_requirement",
            "provision_consequences",
        }
    ),  # fmt: skip
    "activity_data_category": frozenset({"data_category_id", "detail"}),
    "data_source": frozenset({"description", "is_public", "party_id"}),
    "activity_recipient": frozenset(
        {"kind", "party_id", "recipient_category_id", "department", "recipient_name", "detail"}
    ),  # fmt: skip
    "transfer": frozenset(
        {"country", "party_id", "recipient_name", "safeguard", "derogation", "copy_access"}
    ),  # fmt: skip
    "retention_phase": frozenset(
        {
            "phase",
            "purpose_id",
            "data_category_id",
            "data_subject_category_id",
            "duration_value",
            "duration_unit",
            "criterion",
            "start_event",
            "start_event_detail",
            "other_start_events",
            "start_combination",
            "legal_reference",
        }
    ),  # fmt: skip
    "activity_client": frozenset(),
    "activity_joint_controller": frozenset({"party_id", "responsibilities", "contact_point"}),
    "cookie": frozenset(
        {
            "name",
            "provider",
            "party_id",
            "first_party",
            "purpose",
            "category",
            "lifetime_value",
            "lifetime_unit",
            "consent_required",
            "exemption_conditions",
        }
    ),  # fmt: skip
}

# Booleans that may be null: yes, no, or not recorded.
TRISTATE_NULL = (
    "Null or left out: not recorded — a gap the privacy notice and `ropa check` ask to "
    "complete, never taken as false."
)


@dataclass(frozen=True)
class FieldDoc:
    """A field as the schema and the reference document it."""

    key: str
    title: str  # the English label
    kind: str  # its type in words, for the reference ("text ≤ 300", "date", "code")
    required: bool
    explanation: str  # what it means (without the closed values)
    null: str  # what null means ("" when it cannot be null, or means only "empty")
    default: str  # what a left-out field is, when the meaning does not say it ("" if nothing)
    vocabulary: str | None  # the name of its closed values, if any
    codes: tuple[tuple[str, str], ...]  # (code, English label) of its closed values
    notice: bool
    translatable: bool

    def description(self) -> str:
        """The schema's description: the meaning, null, the codes, the notice."""
        parts = [self.explanation or f"{self.title}."]
        if self.null:
            parts.append(self.null)
        if self.default:
            parts.append(f"Left out: {self.default}.")
        if self.codes:
            listed = "; ".join(f"`{code}`: {label}" for code, label in self.codes)
            parts.append(f"Codes: {listed}.")
        if self.notice:
            parts.append("Reaches the privacy notice.")
        return " ".join(parts)


def explanation(table: str, field: str) -> str:
    """The sentence written for a field ("" when its label says it all)."""
    own = FIELDS.get(table, {}).get(field)
    if own is not None:
        return own
    return COMMON.get(field, "")


def reaches_notice(table: str, field: str) -> bool:
    return field in NOTICE.get(table, frozenset())


def vocabulary_name(enum_cls: type) -> str:
    """The labels' name of an enum: LegalBasis -> legal_basis (enum.legal_basis.<code>)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", enum_cls.__name__).lower()


def authority_codes() -> list[tuple[str, str]]:
    """The supervisory authorities ropa knows: (code, English name), by code."""
    from ropa.core.authorities import authorities

    return [(code, authority.name("en")) for code, authority in sorted(authorities().items())]


def closed_values(table: str, column: Column[Any]) -> tuple[str | None, list[tuple[str, str]]]:
    """A column's closed values: the vocabulary's name and (code, English label) pairs."""
    if table == "organisation" and column.name == "supervisory_authority":
        return "supervisory_authority", authority_codes()
    enum_cls = getattr(column.type, "enum_class", None) or column.info.get("enum")
    if enum_cls is None:
        return None, []
    name = vocabulary_name(enum_cls)
    return name, [(m.value, tr("en", f"enum.{name}.{m.value}")) for m in enum_cls]


def list_key(table: str) -> str:
    """The key of the list a table's entries are written in (`data_category` ->
    `data_categories` of the organisation, `purpose` -> `purposes` of an activity)."""
    for node in ORGANISATION.walk():
        if node.name == table:
            return node.key
    return table  # pragma: no cover - every referred table is in the tree


def _kind(table: str, column: Column[Any], translatable: bool) -> str:
    col_type = column.type
    if column.foreign_keys:
        target = next(iter(column.foreign_keys)).column.table.name
        return f"id → `{list_key(target)}`"
    if column.name == "id":
        return "id"
    if column.name == "country":
        return "country code"
    if isinstance(col_type, JSON):
        return "list of codes"
    if isinstance(col_type, Enum) or column.name == "supervisory_authority":
        return "code"
    if isinstance(col_type, UTCDateTime):
        return "date and time"
    if isinstance(col_type, Date):
        return "date"
    if isinstance(col_type, Boolean):
        return "true / false / null" if column.nullable else "true / false"
    if isinstance(col_type, Integer):
        return "integer"
    kind = f"text ≤ {col_type.length:,}" if isinstance(col_type, String) else "text"
    return f"{kind}, translatable" if translatable else kind


def _null(table: str, column: Column[Any], meaning: str) -> str:
    if not column.nullable or "null" in meaning.lower():
        return ""
    if isinstance(column.type, Boolean):
        return TRISTATE_NULL
    if isinstance(column.type, Enum):
        return "Null or left out: not recorded yet."
    return ""


def _default(column: Column[Any], meaning: str) -> str:
    """The value a left-out field gets, as JSON, unless the meaning says it already."""
    default = column.default
    if default is None or "Left out" in meaning or "left out" in meaning:
        return ""
    arg = getattr(default, "arg", None)
    if callable(arg):
        return "`[]`" if isinstance(column.type, JSON) else ""
    if isinstance(arg, bool):
        return f"`{str(arg).lower()}`"
    if isinstance(arg, int):
        return f"`{arg}`"
    value = getattr(arg, "value", arg)
    return f"`{value}`" if isinstance(value, str) else ""


def field_doc(table: str, column: Column[Any]) -> FieldDoc:
    """How the schema and the reference describe one column of the tree."""
    from ropa.db.translations import TRANSLATABLE

    meaning = explanation(table, column.name)
    vocabulary, codes = closed_values(table, column)
    translatable = column.name in TRANSLATABLE.get(table, ())
    return FieldDoc(
        key=column.name,
        title=label("en", table, column.name),
        kind=_kind(table, column, translatable),
        required=column.default is None and not column.nullable,
        explanation=meaning,
        null=_null(table, column, meaning),
        default=_default(column, meaning),
        vocabulary=vocabulary,
        codes=tuple(codes),
        notice=reaches_notice(table, column.name),
        translatable=translatable,
    )


def list_doc(table: str, key: str, target: str, link: bool) -> FieldDoc:
    """A nested list (an entry's children) or an id list (a many-to-many link)."""
    if link:
        meaning = explanation(table, key) or f"Ids of `{target}` entries."
        kind = "list of ids"
    else:
        meaning = f"A list of “{tr('en', f'table.{target}')}” entries."
        kind = "list of objects"
    return FieldDoc(
        key=key,
        title=label("en", table, key),
        kind=kind,
        required=False,
        explanation=meaning,
        null="",
        default="`[]`",
        vocabulary=None,
        codes=(),
        notice=reaches_notice(table, key),
        translatable=False,
    )


def entry_fields(node: Node) -> list[FieldDoc]:
    """Every key of an entry in the order the format writes it: its fields (translations
    left out: they follow the rule of their field), then its lists and id lists."""
    from ropa.db.translations import translation_columns

    siblings = translation_columns(node.name)
    docs = [field_doc(node.name, c) for c in node.data_columns() if c.name not in siblings]
    docs += [list_doc(node.name, c.key, c.name, link=False) for c in node.children]
    docs += [list_doc(node.name, k.key, k.target.name, link=True) for k in node.links]
    return docs


# -- the field reference of docs/interchange.md ----------------------------------------------

REFERENCE_START = "<!-- field reference: start -->"
REFERENCE_END = "<!-- field reference: end -->"


def _paths(node: Node, prefix: str, found: dict[str, str]) -> None:
    here = f"{prefix}.{node.key}[]" if prefix else f"{node.key}[]"
    found[node.name] = here
    for child in node.children:
        _paths(child, here, found)


def _cell(doc: FieldDoc) -> str:
    parts = [doc.explanation or f"{doc.title}."]
    if doc.null:
        parts.append(doc.null)
    if doc.default:
        parts.append(f"Left out: {doc.default}.")
    if doc.vocabulary:
        parts.append(f"Codes: *{doc.vocabulary}* below.")
    return " ".join(parts).replace("|", "\\|")


def reference_markdown() -> str:
    """The reference of every entry and field, then of every closed value, as Markdown
    (between the markers of docs/interchange.md)."""
    paths: dict[str, str] = {}
    _paths(ORGANISATION, "", paths)
    lines = [
        REFERENCE_START,
        "<!-- Written by `python -m ropa.core.schema` from ropa/core/schema_docs.py and the",
        "     English labels; edit those, not this part (a test compares them). -->",
        "",
    ]
    vocabularies: dict[str, tuple[tuple[str, str], ...]] = {}
    for node in ORGANISATION.walk():
        title = tr("en", f"table.{node.name}")
        lines += [f"### {title} — `{paths[node.name]}`", "", ENTRIES[node.name], ""]
        lines += ["| key | type | required | meaning | notice |", "|---|---|---|---|---|"]
        for doc in entry_fields(node):
            required = "yes" if doc.required else ""
            notice = "yes" if doc.notice else ""
            lines.append(f"| `{doc.key}` | {doc.kind} | {required} | {_cell(doc)} | {notice} |")
            if doc.vocabulary:
                vocabularies.setdefault(doc.vocabulary, doc.codes)
        lines.append("")
    lines += ["### Closed values", ""]
    lines.append(
        "A closed field holds one of these codes (a list of codes for `other_languages`, "
        "`rights_channels`, `dpia_criteria`, `audiences` and `other_start_events`); the "
        "application shows each by its label in the user's language."
    )
    lines.append("")
    for name in sorted(vocabularies):
        lines += [f"#### {name}", "", "| code | meaning |", "|---|---|"]
        lines += [f"| `{code}` | {text} |" for code, text in vocabularies[name]]
        lines.append("")
    lines.append(REFERENCE_END)
    return "\n".join(lines)


def with_reference(document: str) -> str:
    """docs/interchange.md with its field reference written anew between the markers."""
    start, end = document.index(REFERENCE_START), document.index(REFERENCE_END)
    return document[:start] + reference_markdown() + document[end + len(REFERENCE_END) :]
