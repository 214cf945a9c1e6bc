"""The notice's opening sections: about this notice (with the national law applied and the
firm's declarations), who the controller is, whom to contact."""

from __future__ import annotations

from ropa.core import organisation_profile
from ropa.exports.notice import sections_use
from ropa.exports.notice.context import NoticeContext, paragraphs, sentence
from ropa.exports.notice.model import Block, BulletList, Paragraph, Section, Span
from ropa.exports.notice.phrases import LABEL, Phrase, law, practice

IDENTIFIERS = ("enterprise_number", "siren", "siret", "rcs", "vat_number")
# The national data-protection law, derived from the organisation's country (a statement of
# law: a firm established there applies it); other countries only by the organisation's text.
MAJORITY = 18
"""An age threshold of 18 or more is said "minors"; a lower one "children under {age}"."""

PHRASES: dict[str, Phrase] = {
    "section.introduction": LABEL,
    "section.controller": LABEL,
    "section.contact": LABEL,
    "intro.scope": law("GDPR 13", "GDPR 14"),
    "intro.law": law("GDPR 13", "BE Act 30 July 2018", "FR loi 78-17"),
    "national_law.BE": law("BE Act 30 July 2018"),
    "national_law.FR": law("FR loi 78-17"),
    # Printed when the firm has processor activities the notice does not describe.
    "intro.processor": practice("activity.in_notice", False),
    "decl.no_sale": practice("organisation.sells_data", False),
    "decl.sale": practice("organisation.sells_data", True),
    "decl.special": practice("organisation.processes_special_data", True),
    "decl.no_special": practice("organisation.processes_special_data", False),
    "decl.minors": practice("organisation.processes_minors_data", True),
    "decl.no_minors": practice("organisation.processes_minors_data", False),
    # Fragments of the two above (whom the declaration is about): no claim of their own.
    "decl.who_under": LABEL,
    "decl.who_minors": LABEL,
    "decl.location": practice("party.country", "BE"),
    "decl.location_own": practice(
        "organisation.data_location", "Nos serveurs sont situés en Belgique."
    ),
    "controller.is": law("GDPR 13(1)(a)"),
    "controller.trading_as": LABEL,
    "controller.legal_representative": LABEL,
    "controller.representative": law("GDPR 27", "GDPR 13(1)(a)"),
    "controller.joint_intro": law("GDPR 26"),
    "controller.joint_with": LABEL,
    "controller.joint_contact": LABEL,
    "contact.address": LABEL,
    "contact.email": LABEL,
    "contact.phone": LABEL,
    "contact.post": LABEL,
    "contact.website": LABEL,
    "contact.dpo": practice("organisation.dpo_designated", True),
    "contact.no_dpo": practice("organisation.dpo_designated", False),
    "contact.person": practice("organisation.dpo_name", "Julie Martin"),
    "contact.ask": LABEL,
    **{f"identifier.{column}": LABEL for column in IDENTIFIERS},
}


def introduction(ctx: NoticeContext) -> Section:
    org = ctx.organisation
    blocks: list[Block] = list(paragraphs(org["notice_introduction"]))
    # Named, so that it reads the same after the firm's own introduction or without one.
    blocks.append(Paragraph.of(ctx.t("intro.scope", name=ctx.name())))
    national = national_law(ctx)
    if national:
        blocks.append(Paragraph.of(ctx.t("intro.law", law=national)))
    # The firm also acts as a processor: say whose notice applies then, unless the notice has
    # its own part on it (sections_use.processor).
    if not sections_use.processor_activities(ctx) and any(
        a["role"] == "processor" and a["status"] == "active" for a in ctx.view.all_activities
    ):
        blocks.append(Paragraph.of(ctx.t("intro.processor")))
    facts = declarations(ctx)
    if len(facts) == 1:  # one fact is a paragraph, not a list of one
        [fact] = facts
        blocks.append(fact if isinstance(fact, Paragraph) else Paragraph.of(fact))
    elif facts:
        blocks.append(BulletList.of(*facts))
    return Section("introduction", ctx.t("section.introduction"), tuple(blocks))


def national_law(ctx: NoticeContext) -> str:
    """The national law the firm applies: its own text, else the law of its country (Belgium,
    France), else "" (nothing is said)."""
    own = ctx.organisation["national_law"]
    if own and str(own).strip():
        return str(own).strip().rstrip(".")  # as typed: a law's name keeps its capitals
    # One list of the laws, shared with the Organisation page's placeholder.
    return organisation_profile.national_law(ctx.organisation["country"], ctx.lang) or ""


def declarations(ctx: NoticeContext) -> list[str | Paragraph]:
    """The firm's declarations, each only as recorded (an unknown one is a gap): sale of
    data, special-category data (derived from the register when an activity uses them),
    minors, and where the data are."""
    org = ctx.organisation
    facts: list[str | Paragraph] = []

    sells = org["sells_data"]
    if sells is None:
        ctx.gap("sells_data_unknown", table="organisation", column="sells_data")
    elif sells:
        facts.append(ctx.t("decl.sale", section=ctx.t("section.recipients")))
        third = any(r["kind"] == "third_party" for a in ctx.activities for r in a["recipients"])
        if not third:
            ctx.gap("sale_without_third_party", table="organisation", column="sells_data")
    else:
        facts.append(ctx.t("decl.no_sale"))

    declared = org["processes_special_data"]
    used = uses_special_data(ctx)
    if used or declared:
        facts.append(ctx.t("decl.special"))
        if declared is False:
            ctx.gap(
                "special_data_contradiction", table="organisation", column="processes_special_data"
            )
    elif declared is False:
        facts.append(ctx.t("decl.no_special"))
    else:
        ctx.gap("special_data_unknown", table="organisation", column="processes_special_data")

    minors = org["processes_minors_data"]
    if minors is None:
        ctx.gap("minors_unknown", table="organisation", column="processes_minors_data")
    else:
        age = org["minors_age"]
        under = age is not None and 0 < int(age) < MAJORITY
        who = ctx.t("decl.who_under", age=age) if under else ctx.t("decl.who_minors")
        facts.append(ctx.t("decl.minors" if minors else "decl.no_minors", who=who))

    location = org["data_location"]
    if location and str(location).strip():
        facts.append(ctx.labelled(ctx.t("decl.location_own"), sentence(ctx.after_colon(location))))
    else:
        countries = processor_countries(ctx)
        if countries:
            facts.append(ctx.t("decl.location", countries=ctx.join(countries)))
    return facts


def uses_special_data(ctx: NoticeContext) -> bool:
    """Whether an activity of the notice uses a special category of data (Art. 9)."""
    for activity in ctx.activities:
        for link in activity["data_categories"]:
            category = ctx.view.data_categories.get(link["data_category_id"])
            if category is not None and category["is_special"]:
                return True
    return False


def processor_countries(ctx: NoticeContext) -> list[str]:
    """The countries of the processors among the notice's recipients, by name; [] when one
    of them has no country (a gap names it: the list would be incomplete) or there is none."""
    countries: set[str] = set()
    unknown = False
    seen: set[str] = set()
    for activity in ctx.activities:
        for recipient in activity["recipients"]:
            if recipient["kind"] != "processor" or not recipient["party_id"]:
                continue
            party = ctx.view.parties.get(recipient["party_id"])
            if party is None or party["id"] in seen:
                continue
            seen.add(party["id"])
            if party["country"]:
                countries.add(ctx.country_name(party["country"]))
            else:
                unknown = True
                ctx.gap("processor_no_country", table="party", column="country", name=party["name"])
    if unknown:
        return []
    return sorted(countries, key=str.casefold)


def controller(ctx: NoticeContext) -> Section:
    org = ctx.organisation
    name = str(org["legal_name"])
    if org["legal_form"] and org["legal_form"] not in name:
        # "Clairbois SRL", but "Guichet du Numérique, société coopérative".
        form = str(org["legal_form"])
        name = f"{name}, {form}" if " " in form.strip() else f"{name} {form}"
    if org["trade_name"] and org["trade_name"] != org["legal_name"]:
        name = ctx.t("controller.trading_as", name=name, trade_name=org["trade_name"])
    blocks: list[Block] = [Paragraph.of(ctx.t("controller.is", name=name))]

    details: list[tuple[Span, ...]] = []
    address = ctx.postal_address()
    if address:
        details.append(_item(ctx, ctx.t("contact.address"), Span(address)))
    else:
        ctx.gap("no_address", table="organisation", column="street")
    for column in IDENTIFIERS:
        if org[column]:
            details.append(_item(ctx, ctx.t(f"identifier.{column}"), Span(str(org[column]))))
    if org["legal_representative"]:
        details.append(
            _item(
                ctx,
                ctx.t("controller.legal_representative"),
                Span(str(org["legal_representative"])),
            )
        )
    if org["email"]:
        details.append(_item(ctx, ctx.t("contact.email"), ctx.email(str(org["email"]))))
    if org["phone"]:
        details.append(_item(ctx, ctx.t("contact.phone"), ctx.phone(str(org["phone"]))))
    if org["website"]:
        details.append(_item(ctx, ctx.t("contact.website"), ctx.web(str(org["website"]))))
    if details:
        blocks.append(BulletList(tuple(details)))
    if not org["email"] and not org["dpo_email"]:
        ctx.gap("no_contact", blocking=True, table="organisation", column="email")

    if org["eu_representative_name"]:
        blocks.append(
            Paragraph.of(
                ctx.t("controller.representative", name=org["eu_representative_name"]),
                " ",
                sentence(org["eu_representative_contact"]),
            )
        )

    joint = [(a, j) for a in ctx.activities for j in a["joint_controllers"]]
    if joint:
        blocks.append(Paragraph.of(ctx.t("controller.joint_intro")))
        items = []
        for activity, link in joint:
            party = ctx.view.parties.get(link["party_id"]) or {}
            parts: list[str | Span] = [
                Span(ctx.activity_name(activity), strong=True),
                ctx.colon(),
                ctx.t("controller.joint_with", party=party.get("name", "")),
            ]
            if link["responsibilities"]:
                parts += [" ", sentence(link["responsibilities"])]
            if link["contact_point"]:
                parts += [
                    " ",
                    ctx.t(
                        "controller.joint_contact", contact=str(link["contact_point"]).rstrip(". ")
                    ),
                ]
            items.append(Paragraph.of(*parts))
        blocks.append(BulletList.of(*items))
    return Section("controller", ctx.t("section.controller"), tuple(blocks))


def contact(ctx: NoticeContext) -> Section:
    """The DPO (when designated) or privacy contact, and how to reach them. Names nobody the
    register does not name."""
    org = ctx.organisation
    blocks: list[Block] = []
    name = org["dpo_name"]
    reachable = org["dpo_email"] or org["dpo_phone"] or org["dpo_address"]
    designated = org["dpo_designated"]
    if designated:
        blocks.append(Paragraph.of(ctx.t("contact.dpo")))
        if not reachable:
            ctx.gap("dpo_unreachable", table="organisation", column="dpo_email")
    elif designated is False:
        blocks.append(Paragraph.of(ctx.t("contact.no_dpo")))
    else:  # not recorded: neither "we have" nor "we have not" appointed one
        ctx.gap("dpo_unknown", table="organisation", column="dpo_designated")
    if not name:
        ctx.gap("no_privacy_contact", table="organisation", column="dpo_name")

    items: list[tuple[Span, ...]] = []
    email = org["dpo_email"] or org["email"]
    if email:
        items.append(_item(ctx, ctx.t("contact.email"), ctx.email(str(email))))
    phone = org["dpo_phone"] if reachable else org["phone"]
    if phone:
        items.append(_item(ctx, ctx.t("contact.phone"), ctx.phone(str(phone))))
    address = org["dpo_address"] if reachable else None
    post = str(address).replace("\n", ", ") if address else ctx.postal_address()
    if post:
        items.append(_item(ctx, ctx.t("contact.post"), Span(post)))
    if items:
        lead = ctx.t("contact.person", name=name) if name else ctx.t("contact.ask")
        blocks.append(Paragraph.of(lead))
        blocks.append(BulletList(tuple(items)))
    return Section("contact", ctx.t("section.contact"), tuple(blocks))


def _item(ctx: NoticeContext, label: str, value: Span) -> tuple[Span, ...]:
    return ctx.labelled(label, value).spans
