"""What the notice says about the processing itself: the data, the purposes grouped by legal
basis, the legitimate interests, the sources, whether giving data is required, automated
decisions, and what the firm does as a processor for its customers.

Every sentence is law or a fact of the register (see phrases.py): a field the register does not
hold prints nothing and records a gap naming the activity and the field."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from ropa.core.snapshot import Row
from ropa.db.enums import ProvisionRequirement
from ropa.exports.notice.context import NoticeContext, lower_first, paragraphs, sentence
from ropa.exports.notice.model import Block, BulletList, Paragraph, Section, Span, Subheading, Table
from ropa.exports.notice.phrases import LABEL, Phrase, law, practice

# The order readers expect: what we must do first, what you chose last; what is not
# determined yet (a blocking gap) at the end.
BASIS_ORDER = (
    "contract",
    "legal_obligation",
    "legitimate_interests",
    "consent",
    "vital_interests",
    "public_task",
    "undetermined",
)
BASIS_ARTICLES = {
    "contract": ("GDPR 6(1)(b)",),
    "legal_obligation": ("GDPR 6(1)(c)",),
    "legitimate_interests": ("GDPR 6(1)(f)",),
    "consent": ("GDPR 6(1)(a)", "GDPR 7(3)"),
    "vital_interests": ("GDPR 6(1)(d)", "GDPR recital 46"),
    "public_task": ("GDPR 6(1)(e)",),
}
# A citation of Art. 22(3) GDPR: "22.3", "22(3)", "22, § 3".
_ARTICLE_22_3 = re.compile(r"\b22\s*(?:\.|\(|,\s*§)\s*3\b")
# What a processor does with its customers' data at the end (Art. 28(3)(g)).
PROCESSOR_END = ("delete", "anonymise", "return_then_delete")

PHRASES: dict[str, Phrase] = {
    **{
        f"section.{key}": LABEL
        for key in (
            "data",
            "purposes",
            "legitimate_interests",
            "sources",
            "provision",
            "automated",
            "processor",
        )
    },
    "column.processing": LABEL,
    "data.intro": LABEL,
    "data.subjects": LABEL,
    "data.categories": LABEL,
    "data.special": practice("data_category.is_special", True),
    "data.criminal": practice("data_category.is_criminal", True),
    "purposes.intro": LABEL,
    **{f"basis.{b}.title": LABEL for b in BASIS_ORDER},
    **{f"basis.{b}.explain": law(*articles) for b, articles in BASIS_ARTICLES.items()},
    # Wrappers of a text the firm typed: they assert nothing of their own.
    "purposes.statute": LABEL,
    "purposes.contract": LABEL,
    "purposes.consent_how": LABEL,
    "purposes.withdraw_how": LABEL,
    "interests.intro": LABEL,
    "interests.purpose": LABEL,
    "interests.interest": LABEL,
    # The objection to direct marketing (Art. 21(2)) is said once, in the rights section.
    "interests.object": law("GDPR 21(1)"),
    "sources.intro": LABEL,
    "sources.source": LABEL,
    "sources.is_public": LABEL,
    "sources.undetermined": LABEL,
    "sources.public": LABEL,
    "sources.not_public": LABEL,
    **{
        f"provision.{value}": practice("purpose.provision_requirement", value.value)
        for value in ProvisionRequirement
    },
    # The consequence recorded as none ("Aucune."), said as a sentence.
    "provision.no_consequence": practice("purpose.provision_consequences", "Aucune."),
    "automated.none": practice("activity.automated_decision", False),
    "automated.decision": practice("activity.automated_decision", True),
    "automated.profiling": practice("activity.profiling", True),
    "automated.logic": LABEL,
    "automated.consequences": LABEL,
    "automated.your_rights": law("GDPR 22(2)(a)", "GDPR 22(2)(c)", "GDPR 22(3)"),
    "processor.intro": law("GDPR 28(3)", "GDPR 28(3)(e)"),
    **{f"processor.end.{end}": practice("activity.end_action", end) for end in PROCESSOR_END},
}


# -- shared by the sections ------------------------------------------------------------------


def filled(value: object) -> str:
    """A text of the register as the notice may print it: "" when empty or only spaces."""
    return str(value or "").strip()


def _similar(a: str, b: str) -> bool:
    """Whether two short texts are nearly the same words (difflib ratio at least 0.8), the
    cheap upper bounds first: most pairs differ in length and letters, and a full ratio of two
    long descriptions costs as much as the rest of the notice."""
    if 2 * min(len(a), len(b)) < 0.8 * (len(a) + len(b)):
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8


def repeats(name: str, text: str) -> bool:
    """Whether a purpose's description nearly says the activity's name again ("Communication
    avec le client" / "Communiquer avec le client"): then the description is printed alone."""
    a, b = name.casefold().strip(" ."), text.casefold().strip(" .")
    if not a or not b:
        return False
    return a in b or b in a or _similar(a, b)


def adds_nothing(name: str, text: str) -> bool:
    """Whether a purpose's description says no more than the activity's name (contained in
    it, or nearly the same words)."""
    a, b = name.casefold().strip(" ."), text.casefold().strip(" .")
    if not a or not b:
        return not b
    return b in a or _similar(a, b)


def purpose_label(ctx: NoticeContext, activity: Row, purpose: Row, separator: str) -> str:
    """ "Recrutement – Examiner les candidatures", "Recrutement : examiner les candidatures"
    (after a colon, inside the sentence), or the description alone when it repeats the
    activity's name (without its final full stop)."""
    name = ctx.activity_name(activity)
    description = str(purpose["description"] or "").strip().rstrip(".")
    if not description:
        return name
    if repeats(name, description):
        return description
    if separator.strip() == ctx.colon().strip():
        description = ctx.lower_first(description)
    return f"{name}{separator}{description}"


def _flag(ctx: NoticeContext, row: Row, table: str, column: str, activity: Row) -> bool | None:
    """A yes/no of the register; None (not recorded) is a gap and says nothing."""
    value = row[column]
    if value is None:
        ctx.gap("not_recorded", activity=activity, table=table, column=column)
        return None
    return bool(value)


# -- the data --------------------------------------------------------------------------------


def data(ctx: NoticeContext) -> Section | None:
    """Per activity: what it is, whose data and which data (Art. 14(1)(d))."""
    if not ctx.activities:
        return None
    blocks: list[Block] = [Paragraph.of(ctx.t("data.intro"))]
    for activity in ctx.activities:
        blocks.append(Subheading(ctx.activity_name(activity)))
        description = paragraphs(activity["public_description"])
        if not description:
            ctx.gap(
                "no_public_description",
                activity=activity,
                table="activity",
                column="public_description",
            )
        blocks.extend(description)
        subjects = [
            str(ctx.view.data_subjects[s]["name"])
            for s in activity["data_subjects"] or []
            if s in ctx.view.data_subjects
        ]
        if subjects:
            # After the label, inside the sentence: "clients et participants aux formations"
            # (a name's own capitals, such as an acronym's, are kept).
            subjects = [ctx.lower_first(s) for s in subjects]
            blocks.append(ctx.labelled(ctx.t("data.subjects"), sentence(ctx.join(subjects))))
        categories = [
            item
            for link in activity["data_categories"] or []
            if (item := _category(ctx, activity, link)) is not None
        ]
        if categories:
            label = ctx.t("data.categories") + ctx.colon().rstrip()
            blocks.append(Paragraph.of(Span(label, strong=True)))
            blocks.append(BulletList.of(*categories))
        else:
            ctx.gap(
                "no_data_categories", activity=activity, table="activity", column="data_categories"
            )
    return Section("data", ctx.t("section.data"), tuple(blocks))


def _category(ctx: NoticeContext, activity: Row, link: Row) -> Paragraph | None:
    """ "Coordonnées : adresse e-mail professionnelle": the activity's own detail, else the
    category's description (the detail is narrower: the description would say more)."""
    category = ctx.view.data_categories.get(link["data_category_id"])
    if category is None:
        return None
    text = str(category["name"])
    marks = []
    if _flag(ctx, category, "data_category", "is_special", activity):
        marks.append(ctx.t("data.special"))
    if _flag(ctx, category, "data_category", "is_criminal", activity):
        marks.append(ctx.t("data.criminal"))
    if marks:
        text += " \u2013 " + ctx.semicolon().join(marks)
    what = filled(link["detail"]) or filled(category["description"])
    if what:
        text += ctx.colon() + ctx.lower_first(what)
    return Paragraph.of(text)


# -- the purposes ----------------------------------------------------------------------------


def purposes(ctx: NoticeContext) -> Section | None:
    """Art. 13(1)(c): every purpose under its legal basis; one without a basis shows under
    "to be determined" and blocks publication."""
    by_basis: dict[str, list[Paragraph]] = {basis: [] for basis in BASIS_ORDER}
    for activity, purpose in ctx.purposes():
        basis = purpose["legal_basis"] or "undetermined"
        if basis == "undetermined":
            ctx.gap(
                "undetermined_basis",
                activity=activity,
                table="purpose",
                column="legal_basis",
                blocking=True,
                purpose=lower_first(purpose["description"]),
            )
        by_basis[basis].append(_purpose_item(ctx, activity, purpose, basis))
    for activity in ctx.activities:
        if not activity["purposes"]:
            ctx.gap("no_purpose", activity=activity, table="activity", column="purposes")
    if not any(by_basis.values()):
        return None
    blocks: list[Block] = [Paragraph.of(ctx.t("purposes.intro"))]
    for basis in BASIS_ORDER:
        if by_basis[basis]:
            blocks.append(Subheading(ctx.t(f"basis.{basis}.title")))
            if basis != "undetermined":
                blocks.append(Paragraph.of(ctx.t(f"basis.{basis}.explain")))
            blocks.append(BulletList.of(*by_basis[basis]))
    return Section("purposes", ctx.t("section.purposes"), tuple(blocks))


def _purpose_item(ctx: NoticeContext, activity: Row, purpose: Row, basis: str) -> Paragraph:
    name = ctx.activity_name(activity)
    # The description, then its statute or contract in brackets, then the full stop: never
    # "… prestations. (contrat : …)".
    description = str(purpose["description"] or "").strip()
    bracket = ""

    def missing(code: str, column: str) -> None:
        ctx.gap(
            code,
            activity=activity,
            table="purpose",
            column=column,
            purpose=lower_first(purpose["description"]),
        )

    if basis in ("legal_obligation", "public_task"):
        if filled(purpose["legal_reference"]):
            # The text that imposes it, as typed (a law's name keeps its capitals).
            reference = str(purpose["legal_reference"]).strip().rstrip(".")
            bracket = " " + ctx.t("purposes.statute", reference=reference)
        else:
            missing("no_legal_reference", "legal_reference")
    if basis == "contract" and filled(purpose["contract_description"]):
        contract = ctx.lower_first(purpose["contract_description"])
        bracket = " " + ctx.t("purposes.contract", contract=contract)
    if bracket:
        description = description.rstrip(". ") + bracket + "."
    else:
        description = sentence(description)
    # Whether the purpose says the activity's name again: its own words, not the bracket's
    # (a contract named after the activity would hide the name otherwise).
    own = str(purpose["description"] or "").strip().rstrip(".")
    parts: list[str | Span] = (
        [description]
        if repeats(name, own)
        else [Span(name + ctx.colon(), strong=True), ctx.after_colon(description)]
    )
    if basis == "consent":
        if filled(purpose["consent_collection"]):
            how = sentence(ctx.lower_first(purpose["consent_collection"]))
            parts.append(" " + ctx.t("purposes.consent_how", how=how))
        else:
            missing("no_consent_collection", "consent_collection")
        if filled(purpose["consent_withdrawal"]):
            how = sentence(ctx.lower_first(purpose["consent_withdrawal"]))
            parts.append(" " + ctx.t("purposes.withdraw_how", how=how))
        else:
            missing("no_consent_withdrawal", "consent_withdrawal")
    return Paragraph.of(*parts)


def legitimate_interests(ctx: NoticeContext) -> Section | None:
    """Art. 13(1)(d): the interests pursued, and the right to object to them (Art. 21)."""
    rows = []
    for activity, purpose in ctx.purposes():
        if purpose["legal_basis"] != "legitimate_interests":
            continue
        interest = purpose["legitimate_interest"]
        if not filled(interest):
            ctx.gap(
                "no_interest",
                activity=activity,
                table="purpose",
                column="legitimate_interest",
                purpose=lower_first(purpose["description"]),
            )
            continue
        rows.append((purpose_label(ctx, activity, purpose, ctx.colon()), str(interest)))
    if not rows:
        return None
    blocks: list[Block] = [
        Paragraph.of(ctx.t("interests.intro")),
        Table((ctx.t("interests.purpose"), ctx.t("interests.interest")), tuple(rows)),
        Paragraph.of(ctx.t("interests.object")),
    ]
    return Section("legitimate_interests", ctx.t("section.legitimate_interests"), tuple(blocks))


def sources(ctx: NoticeContext) -> Section | None:
    """Art. 14(2)(f): where data come from when not from the person, and whether the source
    is publicly accessible."""
    rows = []
    for activity in ctx.activities:
        if not activity["sources"]:
            if not activity["collected_from_subject"]:
                ctx.gap("no_sources", activity=activity, table="activity", column="sources")
            continue
        for source in activity["sources"]:
            party = ctx.view.party_name(source["party_id"])
            text = str(source["description"] or "").strip() or party
            if not text:
                continue
            if party and party not in text:
                text = f"{text} ({party})"
            public = source["is_public"]
            if public is None:
                # The source is said (Art. 14(2)(f)); whether it is public is to be answered
                # before publishing, never assumed.
                ctx.gap(
                    "source_public_unknown",
                    activity=activity,
                    table="data_source",
                    column="is_public",
                    blocking=True,
                    source=text,
                )
                answer = ctx.t("sources.undetermined")
            else:
                answer = ctx.t("sources.public") if public else ctx.t("sources.not_public")
            rows.append((ctx.activity_name(activity), text, answer))
    if not rows:
        return None
    headers = (ctx.t("column.processing"), ctx.t("sources.source"), ctx.t("sources.is_public"))
    blocks: list[Block] = [Paragraph.of(ctx.t("sources.intro")), Table(headers, tuple(rows))]
    return Section("sources", ctx.t("section.sources"), tuple(blocks))


def provision(ctx: NoticeContext) -> Section | None:
    """Art. 13(2)(e): per purpose, whether the person must give the data and what happens if
    not, as recorded; nothing is assumed (no section when nothing is recorded). Purposes that
    say the same are one item naming each of them."""
    said: dict[tuple[str, str], list[str]] = {}  # (requirement, consequence) -> purposes
    for activity in ctx.activities:
        if activity["collected_from_subject"] is False:
            continue  # Art. 14: the data do not come from the person
        for purpose in activity["purposes"]:
            requirement = purpose["provision_requirement"]
            about = lower_first(purpose["description"])
            if not requirement:
                ctx.gap(
                    "provision_unknown",
                    activity=activity,
                    table="purpose",
                    column="provision_requirement",
                    purpose=about,
                )
                continue
            consequence = ""
            if filled(purpose["provision_consequences"]):
                consequence = sentence(str(purpose["provision_consequences"]))
                rest = after_none(consequence)
                if says_none(consequence):
                    # "Aucune." after "you are free to give them or not" says nothing alone.
                    consequence = ctx.t("provision.no_consequence")
                elif rest:
                    # "Aucune : sans inscription, …": the same sentence, then the rest.
                    none = ctx.t("provision.no_consequence").rstrip(".")
                    consequence = none + ctx.colon() + rest
            elif requirement != "voluntary":
                ctx.gap(
                    "no_provision_consequences",
                    activity=activity,
                    table="purpose",
                    column="provision_consequences",
                    purpose=about,
                )
            label = purpose_label(ctx, activity, purpose, " \u2013 ")
            said.setdefault((str(requirement), consequence), []).append(label)
    if not said:
        return None
    items = []
    for (requirement, consequence), labels in said.items():
        label = ctx.semicolon().join(labels) + ctx.colon()
        text = ctx.t(f"provision.{requirement}") + (f" {consequence}" if consequence else "")
        items.append(Paragraph.of(Span(label, strong=True), text))
    return Section("provision", ctx.t("section.provision"), (BulletList.of(*items),))


# What a consequence says when it says there is none ("Aucune.", "Geen.", "None").
_NONE = frozenset(
    (
        "aucune",
        "aucun",
        "néant",
        "aucune conséquence",
        "pas de conséquence",
        "none",
        "no consequence",
        "no consequences",
        "nothing",
        "geen",
        "geen gevolg",
        "geen gevolgen",
        "niets",
        "nihil",
        "-",
        "\u2013",
        "\u2014",
    )
)


def after_none(text: str) -> str:
    """What follows a consequence's opening "none" ("Aucune : sans inscription, …" ->
    "sans inscription, …"); "" when it does not open so."""
    found = re.match(r"\s*([^\s:;.]+)\s*[:;]\s*(\S.*)", text, flags=re.DOTALL)
    if found and found.group(1).casefold() in _NONE:
        return found.group(2).strip()
    return ""


def says_none(text: str) -> bool:
    """Whether a recorded consequence only says that there is none ("Aucune.")."""
    return text.casefold().strip().rstrip(".!").strip() in _NONE


def automated(ctx: NoticeContext) -> Section | None:
    """Art. 13(2)(f): automated decisions, including profiling."""
    if not ctx.activities:
        return None
    concerned = []
    unknown = False
    for activity in ctx.activities:
        decision, profiling = activity["automated_decision"], activity["profiling"]
        if decision is None or profiling is None:
            unknown = True
            column = "automated_decision" if decision is None else "profiling"
            ctx.gap("automated_unknown", activity=activity, table="activity", column=column)
        if decision or profiling:
            concerned.append((activity, bool(decision)))
    blocks: list[Block] = []
    if not concerned and not unknown:
        blocks.append(Paragraph.of(ctx.t("automated.none")))
    for activity, decision in concerned:
        blocks.append(Subheading(ctx.activity_name(activity)))
        blocks.append(
            Paragraph.of(ctx.t("automated.decision" if decision else "automated.profiling"))
        )
        logic, consequences = activity["automated_logic"], activity["automated_consequences"]
        if filled(logic):
            blocks.append(ctx.labelled(ctx.t("automated.logic"), ctx.after_colon(logic)))
        else:
            ctx.gap(
                "no_automated_logic", activity=activity, table="activity", column="automated_logic"
            )
        if filled(consequences):
            blocks.append(
                ctx.labelled(ctx.t("automated.consequences"), ctx.after_colon(consequences))
            )
        # The rights of Art. 22(3), unless the firm's own text already states them (it cites
        # the article): said once.
        if decision and not any(_ARTICLE_22_3.search(str(t or "")) for t in (logic, consequences)):
            blocks.append(Paragraph.of(ctx.t("automated.your_rights")))
    if not blocks:
        return None
    return Section("automated", ctx.t("section.automated"), tuple(blocks))


# -- as a processor --------------------------------------------------------------------------


def processor_activities(ctx: NoticeContext) -> list[Row]:
    """The activities carried out for customers (role processor) that are active, marked for
    the notice and, for an audience, concern it."""
    return [
        a
        for a in ctx.view.all_activities
        if a["role"] == "processor"
        and a["status"] == "active"
        and a["in_notice"]
        and (ctx.audience is None or ctx.audience in (a["audiences"] or []))
    ]


def processor(ctx: NoticeContext) -> Section | None:
    """What the firm does with data on its customers' behalf (the customer's notice applies;
    Art. 28(3)), and what happens to them at the end of the contract."""
    activities = processor_activities(ctx)
    if not activities:
        return None
    blocks: list[Block] = [Paragraph.of(ctx.t("processor.intro"))]
    for activity in activities:
        blocks.append(Subheading(ctx.activity_name(activity)))
        description = paragraphs(activity["public_description"])
        if not description:
            ctx.gap(
                "no_public_description",
                activity=activity,
                table="activity",
                column="public_description",
            )
        blocks.extend(description)
        end = activity["end_action"]
        if end in PROCESSOR_END:
            blocks.append(Paragraph.of(ctx.t(f"processor.end.{end}")))
        elif end is None:
            ctx.gap("no_end_action", activity=activity, table="activity", column="end_action")
    return Section("processor", ctx.t("section.processor"), tuple(blocks))
