"""Rules on the texts of each document language: a text typed in the organisation's main
language that has no value in one of its other document languages.

What the public notice prints is an error: the notice in that language would show the
main-language text instead (marked "[FR]") and cannot be published until it is translated.
The rest is advice: only the register's own documents (the PDF register, the workbook) show
it, with the same mark. Findings are grouped: one per activity (or per organisation, catalogue
entry, party or cookie), per language and per severity, naming each text in its message.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ropa.core.checks.engine import CheckContext, rule
from ropa.core.checks.model import Finding, Severity
from ropa.core.snapshot import Row
from ropa.core.text_languages import MissingText, document_languages, missing_texts
from ropa.core.tree import ACTIVITY

NOTICE_RULE = "translation.notice"
REGISTER_RULE = "translation.register"

# The purpose texts the notice adds to its description for each legal basis.
BASIS_TEXTS = {
    "legitimate_interests": ("legitimate_interest",),
    "legal_obligation": ("legal_reference",),
    "public_task": ("legal_reference",),
    "contract": ("contract_description",),
    "consent": ("consent_collection", "consent_withdrawal"),
}
# Safeguards for which the notice does not take the firm's general answer on copies: none is
# needed (an Art. 49 derogation), or none is chosen yet.
NO_FIRM_COPY = ("derogation_art49", "undetermined", None, "")


def in_notice(activity: Row) -> bool:
    """Whether the privacy notice describes the activity (see exports/notice/builder.py:
    active, marked for the notice, not carried out as processor)."""
    return bool(
        activity["in_notice"] and activity["status"] == "active" and activity["role"] != "processor"
    )


def in_processor_part(activity: Row) -> bool:
    """Whether the notice names the activity in its part on what the firm does as a processor
    for its customers (exports/notice/sections_use.processor): active, marked for the notice."""
    return bool(
        activity["in_notice"] and activity["status"] == "active" and activity["role"] == "processor"
    )


def notice_prints(ctx: CheckContext, activity: Row, table: str, row: Row, field: str) -> bool:
    """Whether the notice prints this text of an activity it describes (exports/notice/
    sections_*.py, mirrored here; tests/unit/test_checks_translation.py compares the two):

    - the activity's name and public description; its automated logic and consequences when it
      takes automated decisions or profiles;
    - each purpose's description; the texts its legal basis adds (legitimate interest; the
      legal reference of a legal obligation or public task; the contract; how consent is
      collected and withdrawn); the consequences of not providing data when a requirement is
      set and the data come from the person;
    - the detail of each data category; each source's description;
    - each recipient's name (its own, else its department, when neither a party nor a
      category names it) and its detail (unless the party's service describes it);
    - each transfer's copy access, its recipient's name when no party names it, and the
      derogation of a transfer under Art. 49;
    - each retention phase's criterion and legal reference, and the start event's detail when
      the phase has a duration (of the phases the notice shows: with a duration or criterion);
    - each joint controller's responsibilities and contact point.

    Of an activity carried out as processor, in the notice's part on it: its name and public
    description only.

    Not printed (advice): the activity's department, balancing notes, consent records,
    special-data and criminal-data details, security notes, the activity's data location,
    retention justifications, processing categories of clients.
    """
    if activity["role"] == "processor":
        return table == "activity" and field in ("name", "public_description")
    if table == "activity":
        if field in ("automated_logic", "automated_consequences"):
            return bool(activity["automated_decision"] or activity["profiling"])
        return field in ("name", "public_description")
    if table == "purpose":
        if field == "description":
            return True
        if field == "provision_consequences":
            return bool(row["provision_requirement"]) and (
                activity["collected_from_subject"] is not False
            )
        return field in BASIS_TEXTS.get(row["legal_basis"] or "", ())
    if table == "activity_data_category":
        return field == "detail"
    if table == "data_source":
        return field == "description"
    if table == "activity_recipient":
        return field in _recipient_texts(ctx, row)
    if table == "transfer":
        if field == "recipient_name":
            return (row["party_id"] or "") not in ctx.parties
        if field == "derogation":
            return row["safeguard"] == "derogation_art49"
        return field == "copy_access"
    if table == "retention_phase":
        if row["duration_value"] is None and not str(row["criterion"] or "").strip():
            return False  # the notice leaves the phase out (and says what it lacks)
        if field == "start_event_detail":
            return row["duration_value"] is not None
        return field in ("criterion", "legal_reference")
    if table == "activity_joint_controller":
        return field in ("responsibilities", "contact_point")
    return False


def _recipient_texts(ctx: CheckContext, recipient: Row) -> tuple[str, ...]:
    party = ctx.parties.get(recipient["party_id"] or "")
    if party is not None:
        return () if party["service"] else ("detail",)
    if (recipient["recipient_category_id"] or "") in ctx.recipient_categories:
        return ("detail",)
    if recipient["recipient_name"]:
        return ("recipient_name", "detail")
    if recipient["department"]:
        return ("department", "detail")
    return ()


EntryText = tuple[str, str, str]
"""(table, id, field) of a catalogue entry's or a party's text."""


def _notice_entries(ctx: CheckContext, activity: Row) -> frozenset[EntryText]:
    """The texts of the catalogue entries and parties the notice prints for this activity
    (none when the notice does not describe it): their names, a party's service, a data
    category's description where the activity gives no detail of its own."""
    if not in_notice(activity):
        return frozenset()
    used: set[EntryText] = set()
    used.update(("data_subject_category", s, "name") for s in activity["data_subjects"])
    used.update(("security_measure", s, "name") for s in activity["security_measures"])
    for link in activity["data_categories"]:
        category = link["data_category_id"]
        used.add(("data_category", category, "name"))
        if not str(link["detail"] or "").strip():
            used.add(("data_category", category, "description"))
    for phase in activity["retention_phases"]:
        if phase["data_category_id"]:
            used.add(("data_category", phase["data_category_id"], "name"))
        if phase["data_subject_category_id"]:
            used.add(("data_subject_category", phase["data_subject_category_id"], "name"))
    for recipient in activity["recipients"]:
        if recipient["party_id"] in ctx.parties:
            used.add(("party", recipient["party_id"], "service"))
        elif recipient["recipient_category_id"]:
            used.add(("recipient_category", recipient["recipient_category_id"], "name"))
    return frozenset(used)


def _needs_firm_copy(activity: Row) -> bool:
    """Whether the notice takes, for a transfer of this activity, the firm's general answer on
    how to get a copy of the safeguards (the transfer has no answer of its own)."""
    return in_notice(activity) and any(
        not str(t["copy_access"] or "").strip() and t["safeguard"] not in NO_FIRM_COPY
        for t in activity["transfers"]
    )


# The organisation's texts the notice prints whenever they are set.
ORGANISATION_TEXTS = (
    "legal_name",
    "trade_name",
    "legal_form",
    "legal_representative",
    "notice_introduction",
    "notice_closing",
    "national_law",
    "data_location",
    "cookie_policy_url",
)


def _organisation_texts(ctx: CheckContext, firm_copy: bool) -> frozenset[str]:
    """The organisation's texts the notice prints: those of ORGANISATION_TEXTS, the form's
    address when requests may be sent through it, how cookie consent is managed and what
    refusing changes when a cookie needs consent (and no cookie policy of the firm's replaces
    the section), and the firm's answer on copies of safeguards when a transfer relies on it."""
    org = ctx.organisation
    texts = set(ORGANISATION_TEXTS)
    if "form" in (org["rights_channels"] or []):
        texts.add("rights_form_url")
    own_policy = bool(str(org["cookie_policy_url"] or "").strip())
    if not own_policy and any(c["consent_required"] for c in org["cookies"]):
        texts.update(("cookie_consent_method", "cookie_refusal_effect"))
    if firm_copy:
        texts.add("safeguards_copy")
    return frozenset(texts)


Sorted = dict[tuple[bool, str], list[MissingText]]
"""(printed by the notice, language) -> the texts missing there."""


@dataclass(frozen=True)
class _ActivityTexts:
    missing: Sorted
    """The activity's texts missing in each other language, sorted."""
    in_notice: bool
    entries: frozenset[EntryText]
    """The texts of catalogue entries and parties the notice prints for it."""
    firm_copy: bool
    """The notice takes the firm's answer on copies of safeguards for one of its transfers."""


def _activity_texts(ctx: CheckContext, activity: Row) -> _ActivityTexts:
    org = ctx.organisation
    languages = document_languages(org)
    rows = {(ACTIVITY.name, str(activity["id"])): activity}
    for child in ACTIVITY.children:
        rows.update(((child.name, str(row["id"])), row) for row in activity[child.key])
    public = in_notice(activity) or in_processor_part(activity)
    # missing_texts over an organisation holding this activity alone.
    alone = {"id": org["id"], "language": languages[0], "activities": [activity]}
    found: Sorted = {}
    for lang in languages[1:]:
        for text in missing_texts(alone, lang):
            row = rows[(text.table, text.row_id)]
            needed = public and notice_prints(ctx, activity, text.table, row, text.field)
            found.setdefault((needed, lang), []).append(text)
    return _ActivityTexts(
        found, in_notice(activity), _notice_entries(ctx, activity), _needs_firm_copy(activity)
    )


def _outside(
    ctx: CheckContext, languages: list[str], activities: list[_ActivityTexts]
) -> dict[tuple[bool, str, str, str], list[MissingText]]:
    """The texts missing beyond the activities (organisation, catalogues, parties, cookies):
    (printed by the notice, table, id, language) -> texts."""
    org = ctx.organisation
    has_notice = any(a.in_notice for a in activities)
    used = frozenset().union(*(a.entries for a in activities))
    organisation = _organisation_texts(ctx, any(a.firm_copy for a in activities))
    own_policy = bool(str(org["cookie_policy_url"] or "").strip())
    outside = {k: v for k, v in org.items() if k != "activities"}
    found: dict[tuple[bool, str, str, str], list[MissingText]] = {}
    for lang in languages[1:]:
        for text in missing_texts(outside, lang):
            if text.table == "organisation":
                printed = has_notice and text.field in organisation
            elif text.table == "cookie":
                printed = has_notice and not own_policy and text.field == "purpose"
            else:
                printed = (text.table, text.row_id, text.field) in used
            found.setdefault((printed, text.table, text.row_id, lang), []).append(text)
    return found


def _findings(ctx: CheckContext, needed: bool) -> Iterator[Finding]:
    org = ctx.organisation
    languages = document_languages(org)
    if len(languages) < 2:
        return
    key = f"translation:{','.join(languages)}"
    live = ctx.live_activities
    texts_of = [ctx.per_activity(key, a, lambda a: _activity_texts(ctx, a)) for a in live]
    for activity, texts in zip(live, texts_of, strict=True):

        def grouped(a: Row, missing: Sorted = texts.missing) -> list[Finding]:
            return [
                _finding(ctx, "activity", a, found, lang, activity=a)
                for lang in languages[1:]
                if (found := missing.get((needed, lang)))
            ]

        yield from ctx.per_activity(f"{key}:{needed}", activity, grouped)

    # Beyond the activities: the organisation, the catalogues, parties and cookies (found once
    # for both rules: remembered with the organisation's row, which a new read replaces).
    outside = ctx.per_activity(key, org, lambda _org: _outside(ctx, languages, texts_of))
    rows = _entity_rows(org)
    for (printed, table, row_id, lang), found in outside.items():
        if printed == needed:
            yield _finding(ctx, table, rows[(table, row_id)], found, lang)


def _entity_rows(org: Row) -> dict[tuple[str, str], Row]:
    rows = {("organisation", str(org["id"])): org}
    for key, table in (
        ("data_categories", "data_category"),
        ("data_subject_categories", "data_subject_category"),
        ("recipient_categories", "recipient_category"),
        ("security_measures", "security_measure"),
        ("parties", "party"),
        ("cookies", "cookie"),
    ):
        rows.update(((table, str(row["id"])), row) for row in org[key])
    return rows


def _finding(
    ctx: CheckContext,
    table: str,
    entity: Row,
    texts: list[MissingText],
    lang: str,
    activity: Row | None = None,
) -> Finding:
    return ctx.finding(table, entity, None, activity=activity, texts=tuple(texts), language=lang)


@rule(NOTICE_RULE, Severity.ERROR, "Art. 12(1), 13, 14")
def untranslated_notice_texts(ctx: CheckContext) -> Iterator[Finding]:
    """A text the privacy notice prints (see notice_prints; of the organisation — legal name,
    trade name, legal form, the notice's introduction and closing —, of the catalogue entries
    and parties its activities use — names, a party's service —, and the cookies' purposes,
    when some activity is in the notice) with no value in one of the organisation's other
    document languages: the notice in that language cannot say it in that language."""
    return _findings(ctx, needed=True)


@rule(REGISTER_RULE, Severity.ADVICE, "Art. 30(3), (4)")
def untranslated_register_texts(ctx: CheckContext) -> Iterator[Finding]:
    """Every other translatable text with no value in one of the other document languages:
    the register's documents in that language show the main-language text, marked."""
    return _findings(ctx, needed=False)
