"""The notice's opening sections: about this notice, who the controller is, whom to contact."""

from __future__ import annotations

from ropa.exports.notice.context import NoticeContext, paragraphs, sentence
from ropa.exports.notice.model import Block, BulletList, Paragraph, Section, Span

IDENTIFIERS = ("enterprise_number", "siren", "siret", "rcs", "vat_number")


def introduction(ctx: NoticeContext) -> Section:
    org = ctx.organisation
    blocks: list[Block] = list(paragraphs(org["notice_introduction"]))
    if not blocks:
        blocks.append(Paragraph.of(ctx.t("intro.default", name=ctx.name())))
    blocks.append(Paragraph.of(ctx.t("intro.scope")))
    if any(a["role"] == "processor" and a["status"] == "active" for a in ctx.view.all_activities):
        blocks.append(Paragraph.of(ctx.t("intro.processor")))
    return Section("introduction", ctx.t("section.introduction"), tuple(blocks))


def controller(ctx: NoticeContext) -> Section:
    org = ctx.organisation
    name = str(org["legal_name"])
    if org["legal_form"] and org["legal_form"] not in name:
        name = f"{name} {org['legal_form']}"
    if org["trade_name"] and org["trade_name"] != org["legal_name"]:
        name = ctx.t("controller.trading_as", name=name, trade_name=org["trade_name"])
    address = ctx.postal_address()
    blocks: list[Block] = [
        Paragraph.of(
            ctx.t("controller.is", name=name, address=address)
            if address
            else ctx.t("controller.is_no_address", name=name)
        )
    ]
    if not (org["street"] and org["city"]):
        ctx.gap("no_address", table="organisation", column="street")

    details: list[tuple[Span, ...]] = []
    for column in IDENTIFIERS:
        if org[column]:
            details.append(_item(ctx, ctx.t(f"identifier.{column}"), Span(str(org[column]))))
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
    org = ctx.organisation
    blocks: list[Block] = []
    name = org["dpo_name"]
    reachable = org["dpo_email"] or org["dpo_phone"] or org["dpo_address"]
    if org["dpo_designated"]:
        blocks.append(
            Paragraph.of(ctx.t("contact.dpo", name=name) if name else ctx.t("contact.dpo_unnamed"))
        )
        if not reachable:
            ctx.gap("dpo_unreachable", table="organisation", column="dpo_email")
    elif name or reachable:
        blocks.append(
            Paragraph.of(
                ctx.t("contact.privacy", name=name) if name else ctx.t("contact.privacy_unnamed")
            )
        )
    else:
        ctx.gap("no_privacy_contact", table="organisation", column="dpo_name")
    items: list[tuple[Span, ...]] = []
    email = org["dpo_email"] or org["email"]
    if email:
        items.append(_item(ctx, ctx.t("contact.email"), ctx.email(str(email))))
    phone = org["dpo_phone"] if reachable else org["phone"]
    if phone:
        items.append(_item(ctx, ctx.t("contact.phone"), ctx.phone(str(phone))))
    address = org["dpo_address"] if reachable else None
    post = str(address) if address else ctx.postal_address()
    if post:
        items.append(_item(ctx, ctx.t("contact.post"), Span(post.replace("\n", ", "))))
    if not (org["dpo_designated"] or name or reachable):
        blocks.append(Paragraph.of(ctx.t("contact.general", name=ctx.name())))
    if items:
        blocks.append(BulletList(tuple(items)))
    blocks.append(Paragraph.of(ctx.t("contact.any_question")))
    return Section("contact", ctx.t("section.contact"), tuple(blocks))


def _item(ctx: NoticeContext, label: str, value: Span) -> tuple[Span, ...]:
    return ctx.labelled(label, value).spans
