"""The person's rights and how to use them, the complaint to the authority, cookies, security,
and the closing sections."""

from __future__ import annotations

from ropa.core.snapshot import Row
from ropa.db.enums import RightsChannel
from ropa.exports.notice.context import NoticeContext, lower_first, paragraphs, sentence
from ropa.exports.notice.model import Block, BulletList, Paragraph, Section, Span, Subheading, Table
from ropa.exports.notice.phrases import LABEL, Phrase, law, practice

COOKIE_ORDER = ("strictly_necessary", "functional", "analytics", "marketing")
RIGHTS = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "objection",
    "marketing",
    "portability",
    "withdrawal",
    "after_death",
)
RIGHT_ARTICLES = {
    "access": "GDPR 15",
    "rectification": "GDPR 16",
    "erasure": "GDPR 17",
    "restriction": "GDPR 18",
    "objection": "GDPR 21(1)",
    "marketing": "GDPR 21(2)",
    "portability": "GDPR 20",
    "withdrawal": "GDPR 7(3)",
    "after_death": "FR loi 78-17 art. 85",
}
CHANNELS = tuple(c.value for c in RightsChannel)
IDENTITY_PROOFS = ("none", "reasonable_doubt", "always")
LEGAL_MONTH_DAYS = 30
"""The firm's own answer time must be within the legal month (Art. 12(3)) to be printed."""

PHRASES: dict[str, Phrase] = {
    "section.rights": LABEL,
    "section.complaint": LABEL,
    "section.cookies": LABEL,
    "section.security": LABEL,
    "section.changes": LABEL,
    "section.closing": LABEL,
    "rights.intro": law("GDPR 13(2)(b)"),
    **{f"right.{name}.title": LABEL for name in RIGHTS},
    **{f"right.{name}.text": law(article) for name, article in RIGHT_ARTICLES.items()},
    "right.objection.text_public": law("GDPR 21(1)", "GDPR 6(1)(e)"),
    "rights.how.title": LABEL,
    "rights.how.channels": practice("organisation.rights_channels", ["email"]),
    "rights.channel.email": practice("organisation.rights_channels", ["email"]),
    "rights.channel.post": practice("organisation.rights_channels", ["post"]),
    "rights.channel.form": practice("organisation.rights_channels", ["form"]),
    "rights.channel.phone": practice("organisation.rights_channels", ["phone"]),
    "rights.channel.in_person": practice("organisation.rights_channels", ["in_person"]),
    **{
        f"rights.identity.{proof}": practice("organisation.identity_proof", proof)
        for proof in IDENTITY_PROOFS
    },
    "rights.how.delay": law("GDPR 12(3)"),
    "rights.how.aim": practice("organisation.response_days", 15),
    "rights.how.free": law("GDPR 12(5)", "GDPR 15(3)"),
    "complaint.first_us": law("GDPR 77"),
    "complaint.authority": law("GDPR 13(2)(d)", "GDPR 77"),
    "complaint.elsewhere": law("GDPR 77(1)"),
    "complaint.generic": law("GDPR 13(2)(d)", "GDPR 77"),
    "complaint.court": law("GDPR 79"),
    "complaint.form": LABEL,
    "cookies.policy": practice("organisation.cookie_policy_url", "https://exemple.be/cookies"),
    "cookies.intro": LABEL,
    # A category's heading: the notice's own wording, plural (the enum's label is a form's).
    **{f"cookies.category.{category}": LABEL for category in COOKIE_ORDER},
    "cookies.consent_all": practice("cookie.consent_required", True),
    "cookies.necessary": practice("cookie.consent_required", False),
    "cookies.exempt": practice(
        "cookie.exemption_conditions", "Mesure d'audience anonyme, durée de vie de 13 mois"
    ),
    "cookies.name": LABEL,
    "cookies.provider": LABEL,
    "cookies.purpose": LABEL,
    "cookies.lifetime": LABEL,
    "cookies.consent": LABEL,
    "cookies.to_be_determined": LABEL,
    "cookies.withdraw": law("GDPR 7(3)"),
    "cookies.consent_method": practice(
        "organisation.cookie_consent_method", "Un bandeau à la première visite."
    ),
    "cookies.refusal_effect": practice(
        "organisation.cookie_refusal_effect", "La vidéo de la page d’accueil ne se lance pas."
    ),
    "security.intro": LABEL,
    "security.technical": practice("security_measure.kind", "technical"),
    "security.organisational": practice("security_measure.kind", "organisational"),
    "security.breach": law("GDPR 34(1)", "GDPR 34(3)"),
    "changes.text": LABEL,
}


def right_names(ctx: NoticeContext) -> list[str]:
    """The rights the notice lists, in order: those of every processing, portability where
    consent or a contract is a basis, withdrawal where consent is, and the French directives
    after death for a French firm."""
    bases = {p["legal_basis"] for _, p in ctx.purposes()}
    names = ["access", "rectification", "erasure", "restriction", "objection", "marketing"]
    if bases & {"consent", "contract"}:
        names.append("portability")
    if "consent" in bases:
        names.append("withdrawal")
    if ctx.organisation["country"] == "FR":
        names.append("after_death")
    return names


def rights(ctx: NoticeContext) -> Section:
    public_task = any(p["legal_basis"] == "public_task" for _, p in ctx.purposes())
    items = []
    for name in right_names(ctx):
        if name == "objection" and public_task:
            text = ctx.t("right.objection.text_public")
        else:
            text = ctx.t(f"right.{name}.text")
        items.append(ctx.labelled(ctx.t(f"right.{name}.title"), text).spans)
    blocks: list[Block] = [Paragraph.of(ctx.t("rights.intro")), BulletList(tuple(items))]

    blocks.append(Subheading(ctx.t("rights.how.title")))
    channels = _channels(ctx)
    if channels:
        blocks.append(Paragraph.of(ctx.t("rights.how.channels")))
        blocks.append(BulletList(tuple(channels)))
    proof = ctx.organisation["identity_proof"]
    if proof in IDENTITY_PROOFS:
        blocks.append(Paragraph.of(ctx.t(f"rights.identity.{proof}")))
    else:
        ctx.gap("no_identity_proof", table="organisation", column="identity_proof")
    blocks.append(Paragraph.of(ctx.t("rights.how.delay")))
    days = ctx.organisation["response_days"]
    if days is not None:
        if 0 < int(days) <= LEGAL_MONTH_DAYS:
            blocks.append(
                Paragraph.of(ctx.t("rights.how.aim", duration=ctx.duration(days, "days")))
            )
        else:
            ctx.gap(
                "response_days_too_long", table="organisation", column="response_days", days=days
            )
    blocks.append(Paragraph.of(ctx.t("rights.how.free")))
    return Section("rights", ctx.t("section.rights"), tuple(blocks))


def _channels(ctx: NoticeContext) -> list[tuple[Span, ...]]:
    """How a request can be sent, as the firm recorded it: each channel with its address,
    number or link; a channel without one is left out (and named in a gap)."""
    org = ctx.organisation
    recorded = [c for c in CHANNELS if c in (org["rights_channels"] or [])]
    if not recorded:
        ctx.gap("no_rights_channels", table="organisation", column="rights_channels")
        return []
    dpo_address = org["dpo_address"]
    post = str(dpo_address).replace("\n", ", ") if dpo_address else ctx.postal_address()
    email = ctx.contact_email()
    phone = org["dpo_phone"] or org["phone"]
    form = org["rights_form_url"]
    values: dict[str, Span | None] = {
        "email": ctx.email(email) if email else None,
        "post": Span(post) if post else None,
        "form": ctx.web(str(form)) if form else None,
        "phone": ctx.phone(str(phone)) if phone else None,
        "in_person": Span(ctx.postal_address()) if ctx.postal_address() else None,
    }
    items = []
    for channel in recorded:
        value = values[channel]
        if value is None:
            ctx.gap(
                "rights_channel_incomplete",
                table="organisation",
                column="rights_channels",
                channel=ctx.t(f"rights.channel.{channel}"),
            )
            continue
        items.append(ctx.labelled(ctx.t(f"rights.channel.{channel}"), value).spans)
    return items


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
        website, complaint_url = (
            authority.website_in(ctx.lang),
            authority.complaint_url_in(ctx.lang),
        )
        if website:
            items.append(ctx.labelled(ctx.t("contact.website"), ctx.web(website)).spans)
        if complaint_url:
            items.append(ctx.labelled(ctx.t("complaint.form"), ctx.web(complaint_url)).spans)
        blocks.append(BulletList(tuple(items)))
        blocks.append(Paragraph.of(ctx.t("complaint.elsewhere")))
    blocks.append(Paragraph.of(ctx.t("complaint.court")))
    return Section("complaint", ctx.t("section.complaint"), tuple(blocks))


def cookies(ctx: NoticeContext) -> Section | None:
    """Cookies and similar trackers (for website visitors, or every audience): a link to the
    firm's cookie policy when it has one; else per category, the consent wording following
    what the register says of its cookies."""
    if ctx.audience not in (None, "website_visitors"):
        return None
    org = ctx.organisation
    found = org["cookies"]
    policy = org["cookie_policy_url"]
    if policy and str(policy).strip():
        text = Paragraph.of(ctx.t("cookies.policy"), ctx.colon(), ctx.web(str(policy).strip()))
        return Section("cookies", ctx.t("section.cookies"), (text,))
    if not found:
        if str(org["website"] or "").strip():
            # A website, but neither its cookies nor a cookie policy: nothing is said of them,
            # and the user is told (a site may set none, which the register cannot say yet).
            ctx.gap("no_cookies_recorded", table="organisation", column="cookie_policy_url")
        return None
    blocks: list[Block] = [Paragraph.of(ctx.t("cookies.intro"))]
    for category in COOKIE_ORDER:
        entries = sorted(
            (c for c in found if c["category"] == category), key=lambda c: str(c["name"]).casefold()
        )
        if not entries:
            continue
        blocks.append(Subheading(ctx.t(f"cookies.category.{category}")))
        wording = _consent_wording(ctx, category, entries)
        if wording:
            blocks.append(Paragraph.of(wording))
        blocks.append(_cookie_table(ctx, entries))
    consent = any(c["consent_required"] for c in found)
    if consent:
        blocks.append(Paragraph.of(ctx.t("cookies.withdraw")))
    # How the choice is made and what refusing changes: as the firm recorded them; unknown,
    # a gap when some cookie asks for consent.
    method, effect = org["cookie_consent_method"], org["cookie_refusal_effect"]
    if method and str(method).strip():
        method = sentence(ctx.after_colon(method))  # "…choix : à votre première visite…"
        blocks.append(ctx.labelled(ctx.t("cookies.consent_method"), method))
    elif consent:
        ctx.gap("no_cookie_consent_method", table="organisation", column="cookie_consent_method")
    if effect and str(effect).strip():
        effect = sentence(ctx.after_colon(effect))
        blocks.append(ctx.labelled(ctx.t("cookies.refusal_effect"), effect))
    elif consent:
        ctx.gap("no_cookie_refusal_effect", table="organisation", column="cookie_refusal_effect")
    return Section("cookies", ctx.t("section.cookies"), tuple(blocks))


def _consent_wording(ctx: NoticeContext, category: str, entries: list[Row]) -> str | None:
    """The sentence a category's heading may carry, true of every cookie in it; None when
    they differ (each row's consent column then says it). A cookie neither strictly
    necessary nor placed with consent needs the authority's exemption conditions recorded:
    without them it is a blocking gap."""
    for cookie in entries:
        if cookie["consent_required"] or category == "strictly_necessary":
            continue
        if not (cookie["exemption_conditions"] or "").strip():
            ctx.gap(
                "cookie_no_exemption",
                blocking=True,
                table="cookie",
                column="exemption_conditions",
                name=cookie["name"],
            )
        elif ctx.organisation["country"] == "BE":
            # The Belgian authority recognises no exemption beyond strictly necessary cookies.
            ctx.gap(
                "cookie_exemption_in_belgium",
                blocking=True,
                table="cookie",
                column="consent_required",
                name=cookie["name"],
            )
    if all(c["consent_required"] for c in entries):
        return ctx.t("cookies.consent_all")
    if any(c["consent_required"] for c in entries):
        return None
    if category == "strictly_necessary":
        return ctx.t("cookies.necessary")
    if ctx.organisation["country"] == "BE":
        return None  # no exemption to state: each is a blocking gap above
    conditions = [str(c["exemption_conditions"] or "").strip().rstrip(".") for c in entries]
    if all(conditions):
        # The conditions as recorded, each once: what makes the exemption true.
        unique = list(dict.fromkeys(lower_first(text) for text in conditions))
        return ctx.t("cookies.exempt", conditions=ctx.semicolon().join(unique))
    return None


def _cookie_table(ctx: NoticeContext, entries: list[Row]) -> Table:
    rows = []
    unknown = ctx.t("cookies.to_be_determined")
    for cookie in entries:
        provider = cookie["provider"] or ctx.view.party_name(cookie["party_id"])
        if not provider:
            provider = ctx.name() if cookie["first_party"] else ""
        if not (cookie["purpose"] or "").strip():
            ctx.gap(
                "cookie_no_purpose",
                blocking=True,
                table="cookie",
                column="purpose",
                name=cookie["name"],
            )
        lifetime = ctx.duration(cookie["lifetime_value"], cookie["lifetime_unit"])
        if not lifetime:
            ctx.gap(
                "cookie_no_lifetime",
                blocking=True,  # the table would print "to be determined"
                table="cookie",
                column="lifetime_value",
                name=cookie["name"],
            )
        rows.append(
            (
                str(cookie["name"]),
                str(provider) or unknown,
                str(cookie["purpose"] or "").strip() or unknown,
                lifetime or unknown,
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
    return Table(headers, tuple(rows))


def security(ctx: NoticeContext) -> Section | None:
    """An overview of the measures protecting the notice's processing (names only: a public
    page should not detail a firm's defences), then what the law says of a breach. Without a
    recorded measure there is no section (a gap says so): the breach sentence alone would
    not say how the data are protected, and Art. 13 does not ask for it."""
    used: dict[str, set[str]] = {"technical": set(), "organisational": set()}
    for activity in ctx.activities:
        for measure_id in activity["security_measures"]:
            measure = ctx.view.security_measures.get(measure_id)
            if measure is not None and measure["kind"] in used:
                used[measure["kind"]].add(str(measure["name"]))
    blocks: list[Block] = []
    if any(used.values()):
        blocks.append(Paragraph.of(ctx.t("security.intro")))
        for kind in ("technical", "organisational"):
            if used[kind]:
                blocks.append(Paragraph.of(ctx.t(f"security.{kind}")))
                blocks.append(BulletList.of(*sorted(used[kind], key=str.casefold)))
    else:
        ctx.gap("no_security", table="activity", column="security_measures")
        return None
    blocks.append(Paragraph.of(ctx.t("security.breach")))
    return Section("security", ctx.t("section.security"), tuple(blocks))


def closing(ctx: NoticeContext) -> Section | None:
    texts = paragraphs(ctx.organisation["notice_closing"])
    if not texts:
        return None
    return Section("closing", ctx.t("section.closing"), tuple(texts))


def changes(ctx: NoticeContext) -> Section:
    """How to tell the notice changed: the version line. Says nothing of the version itself
    (the content must stay equal from one publication to the next when nothing changed) and
    promises nothing the register does not record."""
    return Section("changes", ctx.t("section.changes"), (Paragraph.of(ctx.t("changes.text")),))
