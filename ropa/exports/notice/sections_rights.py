"""The person's rights and how to use them, the complaint to the authority, cookies, security,
and the closing sections."""

from __future__ import annotations

from ropa.exports.notice.context import NoticeContext, paragraphs
from ropa.exports.notice.model import Block, BulletList, Paragraph, Section, Span, Subheading, Table

COOKIE_ORDER = ("strictly_necessary", "functional", "analytics", "marketing")


def rights(ctx: NoticeContext) -> Section:
    bases = {p["legal_basis"] for _, p in ctx.purposes()}
    names = ["access", "rectification", "erasure", "restriction", "objection"]
    if bases & {"consent", "contract"}:
        names.append("portability")
    if "consent" in bases:
        names.append("withdrawal")
    if ctx.organisation["country"] == "FR":
        names.append("after_death")
    items = tuple(
        ctx.labelled(ctx.t(f"right.{name}.title"), ctx.t(f"right.{name}.text")).spans
        for name in names
    )
    blocks: list[Block] = [Paragraph.of(ctx.t("rights.intro")), BulletList(items)]

    blocks.append(Subheading(ctx.t("rights.how.title")))
    email = ctx.contact_email()
    dpo_address = ctx.organisation["dpo_address"]
    address = str(dpo_address).replace("\n", ", ") if dpo_address else ctx.postal_address()
    if email and address:
        blocks.append(
            Paragraph.of(
                ctx.t("rights.how.email_or_post_before"),
                ctx.email(email),
                ctx.t("rights.how.email_or_post_after", address=address),
            )
        )
    elif email:
        blocks.append(
            Paragraph.of(
                ctx.t("rights.how.email_before"), ctx.email(email), ctx.t("rights.how.email_after")
            )
        )
    elif address:
        blocks.append(Paragraph.of(ctx.t("rights.how.post", address=address)))
    blocks.append(Paragraph.of(ctx.t("rights.how.identity")))
    blocks.append(Paragraph.of(ctx.t("rights.how.delay")))
    blocks.append(Paragraph.of(ctx.t("rights.how.free")))
    return Section("rights", ctx.t("section.rights"), tuple(blocks))


def complaint(ctx: NoticeContext) -> Section:
    authority = ctx.authority()
    blocks: list[Block] = [Paragraph.of(ctx.t("complaint.first_us"))]
    if authority is None:
        ctx.gap("no_authority", table="organisation", column="supervisory_authority")
        blocks.append(Paragraph.of(ctx.t("complaint.generic")))
    else:
        blocks.append(Paragraph.of(ctx.t("complaint.authority")))
        items: list[tuple[Span, ...]] = [(Span(authority.name(ctx.lang), strong=True),)]
        if authority.address:
            items.append(ctx.labelled(ctx.t("contact.post"), authority.address).spans)
        if authority.email:
            items.append(ctx.labelled(ctx.t("contact.email"), ctx.email(authority.email)).spans)
        if authority.phone:
            items.append(ctx.labelled(ctx.t("contact.phone"), ctx.phone(authority.phone)).spans)
        if authority.website:
            items.append(ctx.labelled(ctx.t("contact.website"), ctx.web(authority.website)).spans)
        if authority.complaint_url:
            items.append(
                ctx.labelled(ctx.t("complaint.form"), ctx.web(authority.complaint_url)).spans
            )
        blocks.append(BulletList(tuple(items)))
        blocks.append(Paragraph.of(ctx.t("complaint.elsewhere")))
    blocks.append(Paragraph.of(ctx.t("complaint.court")))
    return Section("complaint", ctx.t("section.complaint"), tuple(blocks))


def cookies(ctx: NoticeContext) -> Section | None:
    """Cookies and similar trackers, per category (for website visitors, or every audience)."""
    if ctx.audience not in (None, "website_visitors"):
        return None
    found = ctx.organisation["cookies"]
    if not found:
        return None
    blocks: list[Block] = [Paragraph.of(ctx.t("cookies.intro"))]
    for category in COOKIE_ORDER:
        entries = sorted(
            (c for c in found if c["category"] == category), key=lambda c: str(c["name"]).casefold()
        )
        if not entries:
            continue
        blocks.append(Subheading(ctx.view.enum("cookie_category", category)))
        blocks.append(Paragraph.of(ctx.t(f"cookies.{category}")))
        rows = []
        for cookie in entries:
            provider = cookie["provider"] or ctx.view.party_name(cookie["party_id"])
            if not provider:
                provider = ctx.name() if cookie["first_party"] else ""
            if not cookie["purpose"] or cookie["lifetime_unit"] is None:
                ctx.gap("cookie_incomplete", table="cookie", column="purpose", name=cookie["name"])
            rows.append(
                (
                    str(cookie["name"]),
                    str(provider),
                    str(cookie["purpose"] or ""),
                    ctx.duration(cookie["lifetime_value"], cookie["lifetime_unit"]),
                    ctx.view.yes_no(bool(cookie["consent_required"])),
                )
            )
        headers = (
            ctx.t("cookies.name"),
            ctx.t("cookies.provider"),
            ctx.t("cookies.purpose"),
            ctx.t("cookies.lifetime"),
            ctx.t("cookies.consent"),
        )
        blocks.append(Table(headers, tuple(rows)))
    if any(c["consent_required"] for c in found):
        blocks.append(Paragraph.of(ctx.t("cookies.withdraw")))
    return Section("cookies", ctx.t("section.cookies"), tuple(blocks))


def security(ctx: NoticeContext) -> Section:
    """An overview of the measures protecting the notice's processing (names only: a public
    page should not detail a firm's defences)."""
    used: dict[str, set[str]] = {"technical": set(), "organisational": set()}
    for activity in ctx.activities:
        for measure_id in activity["security_measures"]:
            measure = ctx.view.security_measures.get(measure_id)
            if measure is not None:
                used[measure["kind"]].add(str(measure["name"]))
    blocks: list[Block] = [Paragraph.of(ctx.t("security.intro"))]
    for kind in ("technical", "organisational"):
        if used[kind]:
            blocks.append(Paragraph.of(ctx.t(f"security.{kind}")))
            blocks.append(BulletList.of(*sorted(used[kind], key=str.casefold)))
    if not any(used.values()):
        ctx.gap("no_security", table="activity", column="security_measures")
    blocks.append(Paragraph.of(ctx.t("security.breach")))
    return Section("security", ctx.t("section.security"), tuple(blocks))


def closing(ctx: NoticeContext) -> Section | None:
    texts = paragraphs(ctx.organisation["notice_closing"])
    if not texts:
        return None
    return Section("closing", ctx.t("section.closing"), tuple(texts))


def changes(ctx: NoticeContext) -> Section:
    """How the notice changes. Says nothing of the version itself: the version line does, and
    the content must stay equal from one publication to the next when nothing changed."""
    return Section("changes", ctx.t("section.changes"), (Paragraph.of(ctx.t("changes.text")),))
