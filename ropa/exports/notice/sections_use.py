"""What the notice says about the processing itself: the data, the purposes grouped by legal
basis, the legitimate interests, the sources, whether giving data is required, and automated
decisions."""

from __future__ import annotations

from ropa.exports.notice.context import NoticeContext, lower_first, paragraphs, sentence
from ropa.exports.notice.model import Block, BulletList, Paragraph, Section, Span, Subheading, Table

# The order readers expect: what we must do first, what you chose last.
BASIS_ORDER = (
    "contract",
    "legal_obligation",
    "legitimate_interests",
    "consent",
    "vital_interests",
    "public_task",
)


def data(ctx: NoticeContext) -> Section:
    """Per activity: what it is, whose data and which data (Art. 14(1)(d))."""
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
        items: list[Paragraph] = []
        subjects = [
            str(ctx.view.data_subjects[s]["name"])
            for s in activity["data_subjects"]
            if s in ctx.view.data_subjects
        ]
        if subjects:
            items.append(ctx.labelled(ctx.t("data.subjects"), ", ".join(subjects)))
        categories = []
        for link in activity["data_categories"]:
            category = ctx.view.data_categories.get(link["data_category_id"])
            if category is None:
                continue
            text = str(category["name"])
            if link["detail"]:
                text += f" ({link['detail']})"
            if category["is_special"]:
                text += " \u2013 " + ctx.t("data.special")
            if category["is_criminal"]:
                text += " \u2013 " + ctx.t("data.criminal")
            categories.append(text)
        if categories:
            items.append(ctx.labelled(ctx.t("data.categories"), "; ".join(categories)))
        else:
            ctx.gap(
                "no_data_categories", activity=activity, table="activity", column="data_categories"
            )
        if items:
            blocks.append(BulletList.of(*items))
    return Section("data", ctx.t("section.data"), tuple(blocks))


def purposes(ctx: NoticeContext) -> Section:
    blocks: list[Block] = [Paragraph.of(ctx.t("purposes.intro"))]
    by_basis: dict[str, list[Paragraph]] = {basis: [] for basis in BASIS_ORDER}
    for activity, purpose in ctx.purposes():
        basis = purpose["legal_basis"]
        if not basis:
            ctx.gap("no_legal_basis", activity=activity, table="purpose", column="legal_basis")
            continue
        parts: list[str | Span] = [
            Span(ctx.activity_name(activity) + ctx.colon(), strong=True),
            sentence(purpose["description"]),
        ]
        if basis in ("legal_obligation", "public_task") and purpose["legal_reference"]:
            parts.append(" " + ctx.t("purposes.statute", reference=purpose["legal_reference"]))
        if basis == "contract" and purpose["contract_description"]:
            parts.append(" " + ctx.t("purposes.contract", contract=purpose["contract_description"]))
        if basis == "consent" and purpose["consent_withdrawal"]:
            parts.append(" " + ctx.t("purposes.withdraw_how", how=purpose["consent_withdrawal"]))
        by_basis[basis].append(Paragraph.of(*parts))
    for activity in ctx.activities:
        if not activity["purposes"]:
            ctx.gap("no_purpose", activity=activity, table="activity", column="purposes")
    for basis in BASIS_ORDER:
        if by_basis[basis]:
            blocks.append(Subheading(ctx.t(f"basis.{basis}.title")))
            blocks.append(Paragraph.of(ctx.t(f"basis.{basis}.explain")))
            blocks.append(BulletList.of(*by_basis[basis]))
    return Section("purposes", ctx.t("section.purposes"), tuple(blocks))


def legitimate_interests(ctx: NoticeContext) -> Section | None:
    rows = []
    for activity, purpose in ctx.purposes():
        if purpose["legal_basis"] != "legitimate_interests":
            continue
        interest = purpose["legitimate_interest"]
        if not interest:
            ctx.gap("no_interest", activity=activity, table="purpose", column="legitimate_interest")
            continue
        rows.append((f"{ctx.activity_name(activity)}: {purpose['description']}", str(interest)))
    if not rows:
        return None
    blocks: list[Block] = [
        Paragraph.of(ctx.t("interests.intro")),
        Table((ctx.t("interests.purpose"), ctx.t("interests.interest")), tuple(rows)),
        Paragraph.of(ctx.t("interests.object")),
    ]
    return Section("legitimate_interests", ctx.t("section.legitimate_interests"), tuple(blocks))


def sources(ctx: NoticeContext) -> Section | None:
    """Art. 14(2)(f): where data come from when not from the person."""
    rows = []
    for activity in ctx.activities:
        if activity["collected_from_subject"] and not activity["sources"]:
            continue
        if not activity["sources"]:
            ctx.gap("no_sources", activity=activity, table="activity", column="sources")
            continue
        for source in activity["sources"]:
            party = ctx.view.party_name(source["party_id"])
            text = str(source["description"])
            if party and party not in text:
                text = f"{text} ({party})"
            public = ctx.t("sources.public") if source["is_public"] else ctx.t("sources.not_public")
            rows.append((ctx.activity_name(activity), text, public))
    if not rows:
        return None
    headers = (ctx.t("column.processing"), ctx.t("sources.source"), ctx.t("sources.is_public"))
    blocks: list[Block] = [Paragraph.of(ctx.t("sources.intro")), Table(headers, tuple(rows))]
    return Section("sources", ctx.t("section.sources"), tuple(blocks))


def provision(ctx: NoticeContext) -> Section:
    """Art. 13(2)(e): whether the person must give the data, and what happens if not."""
    items = []
    for activity in ctx.activities:
        told = False
        for purpose in activity["purposes"]:
            requirement = purpose["provision_requirement"]
            if not requirement:
                continue
            told = True
            parts: list[str | Span] = [
                Span(ctx.activity_name(activity) + ctx.colon(), strong=True),
                ctx.t(f"provision.{requirement}", purpose=lower_first(purpose["description"])),
            ]
            if purpose["provision_consequences"]:
                parts.append(" " + sentence(purpose["provision_consequences"]))
            items.append(Paragraph.of(*parts))
        if not told and activity["collected_from_subject"]:
            ctx.gap(
                "no_provision", activity=activity, table="purpose", column="provision_requirement"
            )
    blocks: list[Block] = [Paragraph.of(ctx.t("provision.intro"))]
    if items:
        blocks.append(BulletList.of(*items))
    return Section("provision", ctx.t("section.provision"), tuple(blocks))


def automated(ctx: NoticeContext) -> Section:
    """Art. 13(2)(f): automated decisions, including profiling."""
    concerned = [a for a in ctx.activities if a["automated_decision"] or a["profiling"]]
    blocks: list[Block] = []
    if not concerned:
        blocks.append(Paragraph.of(ctx.t("automated.none")))
    for activity in concerned:
        blocks.append(Subheading(ctx.activity_name(activity)))
        kind = "decision" if activity["automated_decision"] else "profiling"
        blocks.append(Paragraph.of(ctx.t(f"automated.{kind}")))
        if activity["automated_logic"]:
            blocks.append(ctx.labelled(ctx.t("automated.logic"), str(activity["automated_logic"])))
        else:
            ctx.gap(
                "no_automated_logic", activity=activity, table="activity", column="automated_logic"
            )
        if activity["automated_consequences"]:
            blocks.append(
                ctx.labelled(
                    ctx.t("automated.consequences"), str(activity["automated_consequences"])
                )
            )
        if activity["automated_decision"]:
            blocks.append(Paragraph.of(ctx.t("automated.your_rights")))
    return Section("automated", ctx.t("section.automated"), tuple(blocks))
