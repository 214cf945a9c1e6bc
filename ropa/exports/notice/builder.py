"""The privacy notice built from the register: which activities it describes, and the sections
Articles 13 and 14 GDPR require, in the notice's language.

`build_notice(db, ...)` reads the register once; `build_from_view(view, ...)` does the work on a
register already read (the publish step builds the three languages from one read).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core.i18n import long_date, tr
from ropa.core.snapshot import Row
from ropa.db.enums import Audience
from ropa.db.models import NoticeVersion
from ropa.db.models.notice import ALL_AUDIENCES
from ropa.db.session import RegisterDatabase
from ropa.exports.common import resolve_organisation
from ropa.exports.notice import sections_rights, sections_share, sections_use, sections_who
from ropa.exports.notice.context import NoticeContext, lower_first, sentence
from ropa.exports.notice.model import (
    SUMMARY_KEY,
    BulletList,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
)
from ropa.exports.notice.phrases import LABEL, Phrase, law
from ropa.exports.register_view import RegisterView, load_register_view

SectionBuilder = Callable[[NoticeContext], Section | None]

PHRASES: dict[str, Phrase] = {
    "title": LABEL,
    **{f"audience.{a.value}": LABEL for a in Audience},
    "audience.all": LABEL,
    "version_line": LABEL,
    "section.summary": LABEL,
    "summary.who": law("GDPR 13(1)(a)"),
    "summary.what": LABEL,
    # "Your rights:" and the rights' titles (right.*.title), then the complaint among them.
    "summary.rights_label": law("GDPR 13(2)(b)"),
    "summary.complaint": law("GDPR 13(2)(d)", "GDPR 77"),
    "summary.contact": LABEL,
    # "and 3 more purposes": how many of an activity's purposes the first layer leaves to the
    # details.
    "summary.more.one": LABEL,
    "summary.more.other": LABEL,
}

LINE_CHARS = 110
"""An activity's line in the first layer: at most about three lines of a phone, unless one
whole purpose is longer (a purpose is never cut)."""
SCREEN_HEIGHT = 844
"""A phone's screen, in CSS pixels (390 x 844): the first layer fits it as far as the purposes
allow (`phone_height`)."""
# How the notice's style sheet sets the first layer on a 390 px wide screen, measured in
# headless Chromium: characters per line in a paragraph and in a list item (a bold one is a
# little wider), the height of a line, of the space after a paragraph or a list, between list
# items, and of the box with its heading.
_PARAGRAPH_CHARS, _ITEM_CHARS, _BOLD = 39, 37, 1.05
_LINE_PX, _BLOCK_PX, _ITEM_PX, _BOX_PX = 25.6, 16.0, 4.8, 46.0
_WORD = 4
"""A word of an activity's name shorter than this ("et", "de", "en") need not be said again."""
# The characters an activity's line may take, tried in order until the layer fits one phone
# screen: all its purposes, those that fit in fewer characters, then only the shortest one.
_LINE_CAPS = (10_000, 240, 160, LINE_CHARS, 80, 0)
_MAX_LINES = 12
"""More activities than this cannot fit one phone screen, one line each."""
# Words that announce examples or what follows ("…, notamment pour…", "…, par exemple lors
# de…"): the clause before them is whole without them.
_ANNOUNCING = (
    "notamment",
    "par exemple",
    "en particulier",
    "tels que",
    "telles que",
    "à savoir",
    "for example",
    "for instance",
    "in particular",
    "notably",
    "such as",
    "namely",
    "bijvoorbeeld",
    "onder meer",
    "in het bijzonder",
    "met name",
    "zoals",
    "namelijk",
)
# Where a purpose's first clause ends (an enumeration after a comma is kept): a colon (not an
# address's "https://" nor a time's "9:30"), a semicolon, a dash between spaces, the end of a
# sentence, or a comma before examples.
_CLAUSE_END = re.compile(
    r"\s*(?::(?!//|\d)|[;\u2013\u2014])|\s+-\s|\.(?=\s+\S|$)|,\s+(?:"
    + "|".join(re.escape(word) for word in _ANNOUNCING)
    + r")\b",
    re.IGNORECASE,
)
# What a purpose says in brackets (an aside, examples): left out of its first clause.
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# Abbreviations whose full stop ends no sentence ("art. 6", "n° 5", "e.g. this").
_ABBREVIATIONS = frozenset(
    ("art", "al", "cf", "etc", "ex", "p", "nr", "no", "n°", "e.g", "i.e", "bijv", "o.a", "resp")
)


def summary(ctx: NoticeContext) -> Section | None:
    """The first layer (EDPB transparency guidelines, WP260 rev.01): who we are and how to
    contact us, what we do with the data and why (one line per activity of the notice: its
    name and its purposes, each whole, those left to the details counted), the rights in one
    sentence. It fits one phone screen as far as the purposes allow: an activity's line names
    fewer of them, down to one."""
    org = ctx.organisation
    name = str(org["legal_name"])
    if org["trade_name"] and org["trade_name"] != org["legal_name"]:
        name = f"{org['trade_name']} ({name})"
    # Objection to direct marketing is one of the objection rights: named once here.
    rights = [r for r in sections_rights.right_names(ctx) if r != "marketing"]
    titles = [lower_first(ctx.t(f"right.{name}.title")) for name in rights]
    titles.append(ctx.t("summary.complaint"))
    # The rights, then where to write (the contents list right below points to the details).
    rights_line = ctx.labelled(ctx.t("summary.rights_label"), sentence(ctx.join(titles)))
    email = ctx.contact_email()
    if email:
        contact = ctx.labelled(ctx.t("summary.contact"), ctx.email(email))
        rights_line = Paragraph.of(*rights_line.spans, " ", *contact.spans)
    who = ctx.t("summary.who", name=name)
    blocks: list[Paragraph | BulletList] = [Paragraph.of(who)]
    if ctx.activities:
        blocks = [Paragraph.of(who, " ", ctx.t("summary.what"))]
        blocks.append(_activity_lines(ctx, [*blocks, rights_line]))
    blocks.append(rights_line)
    return Section(SUMMARY_KEY, ctx.t("section.summary"), tuple(blocks))


def _activity_lines(ctx: NoticeContext, around: list[Paragraph | BulletList]) -> BulletList:
    """One line per activity, as long as the layer still fits a phone screen: each activity's
    purposes in the register's order (the first is the main one); when even the first ones do
    not fit, the shortest whole purpose of each. A register too big for one screen whatever
    is cut (more activities than lines on a screen) gets the first purposes at once."""

    def lines(cap: int, shortest: bool) -> BulletList:
        return BulletList.of(*(_activity_line(ctx, a, cap, shortest) for a in ctx.activities))

    if len(ctx.activities) > _MAX_LINES:
        return lines(0, False)
    for shortest in (False, True):
        for cap in _LINE_CAPS:
            found = lines(cap, shortest)
            if phone_height([*around[:-1], found, around[-1]]) <= SCREEN_HEIGHT:
                return found
    return found


def _activity_line(
    ctx: NoticeContext, activity: Row, cap: int, shortest: bool = False
) -> Paragraph:
    """ "Recrutement : examiner les candidatures ; garder le dossier.": the activity's name,
    then the first clause of its purposes in the register's order while they fit in `cap`
    characters (at least the first), whole, and how many are left to the details ("et 2
    autres finalités"). When the first of them says the activity's name again, it stands alone."""
    name = ctx.activity_name(activity)
    heads: list[str] = []
    for purpose in activity["purposes"]:
        head = purpose_head(str(purpose["description"] or ""))
        if head and head not in heads:
            heads.append(head)
    strong = Span(name, strong=True)
    if not heads:
        return Paragraph.of(strong)

    def line(shown: list[str]) -> Paragraph:
        # The name is left out when the first purpose says it ("Tenir notre gestion
        # administrative et comptable", not "Gestion administrative et comptable : tenir…").
        alone = _says_name(name, shown[0])
        texts = [h if alone and i == 0 else ctx.lower_first(h) for i, h in enumerate(shown)]
        more = len(heads) - len(shown)
        if more:
            texts.append(ctx.t(f"summary.more.{'one' if more == 1 else 'other'}", count=more))
        text = sentence(ctx.semicolon().join(texts))
        return Paragraph.of(text) if alone else Paragraph.of(strong, ctx.colon(), text)

    # The purposes in the register's order (the first is the main one), up to the first
    # that does not fit; at least the first, never a shorter one picked out of order.
    first = min(heads, key=len) if shortest else heads[0]
    shown: list[str] = [first]
    for head in heads:
        if head == first:
            continue
        if len(line([*shown, head]).text()) > cap:
            break
        shown.append(head)
    return line(shown)


def _says_name(name: str, head: str) -> bool:
    """Whether a purpose says the activity's name again: nearly the same words, or each word
    of the name (of four letters or more, a final s aside) in it ("Formations et
    accompagnements" / "Gérer les inscriptions aux formations et aux accompagnements")."""
    if sections_use.repeats(name, head):
        return True
    words = [w.rstrip("s") for w in re.findall(r"\w+", name.casefold()) if len(w) >= _WORD]
    said = {w.rstrip("s") for w in re.findall(r"\w+", head.casefold())}
    return bool(words) and all(word in said for word in words)


def purpose_head(description: str) -> str:
    """A purpose's first clause, whole, without what it says in brackets: "Mesurer la
    fréquentation (pages vues) pour l'améliorer" -> "Mesurer la fréquentation pour
    l'améliorer"; "Traiter les commandes : compte, paiement" -> "Traiter les commandes". An
    abbreviation's full stop ("art. 6") ends nothing; examples announced after a comma
    (", notamment…", ", par exemple…") are left out."""
    text = description.strip()
    while (unbracketed := _BRACKETED.sub("", text)) != text:
        text = unbracketed
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    end = len(text)
    for match in _CLAUSE_END.finditer(text):
        if match.group().startswith(".") and _abbreviation(text[: match.start()]):
            continue
        end = match.start()
        break
    head = text[:end].strip().rstrip(",")
    folded = head.casefold()
    for word in _ANNOUNCING:  # "Gérer X, notamment : a, b" -> "Gérer X"
        if folded.endswith(" " + word):
            return head[: -len(word)].rstrip().rstrip(",")
    # An opening bracket never closed: the clause ends there.
    return head.split("(")[0].rstrip().rstrip(",")


def _abbreviation(before: str) -> bool:
    """Whether the text before a full stop ends with an abbreviation ("l'art", "n°")."""
    words = before.split()
    word = words[-1].casefold().lstrip("(").replace("\u2019", "'").split("'")[-1] if words else ""
    return word in _ABBREVIATIONS


def phone_height(blocks: list[Paragraph | BulletList]) -> float:
    """About how high the first layer's box is on a phone (390 px wide), in CSS pixels: its
    texts wrapped word by word, the space between them, its heading (within about 15 px of
    what Chromium draws for the demo's and the three firms' notices)."""
    height = _BOX_PX
    for block in blocks:
        height += _BLOCK_PX
        if isinstance(block, BulletList):
            for item in block.items:
                height += _ITEM_PX + _LINE_PX * _wrapped(item, _ITEM_CHARS)
            height += _ITEM_PX
        else:
            height += _LINE_PX * _wrapped(block.spans, _PARAGRAPH_CHARS)
    return height


def _wrapped(spans: tuple[Span, ...], width: int) -> int:
    """How many lines of `width` characters a run of spans takes, wrapped at its spaces."""
    lines, used = 1, 0.0
    for span in spans:
        for word in span.text.replace("\u00a0", "~").split():
            size = len(word) * (_BOLD if span.strong else 1.0)
            if used and used + 1 + size > width:
                lines, used = lines + 1, size
            else:
                used = used + 1 + size if used else size
    return lines


# The order of the notice: who we are, what we do and why, who sees it and for how long, then
# the person's rights and the rest.
SECTIONS: tuple[SectionBuilder, ...] = (
    summary,
    sections_who.introduction,
    sections_who.controller,
    sections_who.contact,
    sections_use.data,
    sections_use.purposes,
    sections_use.legitimate_interests,
    sections_use.sources,
    sections_share.recipients,
    sections_share.transfers,
    sections_share.retention,
    sections_use.provision,
    sections_use.automated,
    sections_use.processor,
    sections_rights.rights,
    sections_rights.complaint,
    sections_rights.cookies,
    sections_rights.security,
    sections_rights.changes,
    sections_rights.closing,
)

AUDIENCES: tuple[str, ...] = tuple(a.value for a in Audience)


def audience_key(audience: str | None) -> str:
    """How an audience is stored with a published version ("all" for every public activity)."""
    return audience or ALL_AUDIENCES


def check_audience(audience: str | None) -> str | None:
    if audience in (None, "", ALL_AUDIENCES):
        return None
    if audience not in AUDIENCES:
        raise ValueError(audience)
    return audience


def notice_activities(view: RegisterView, audience: str | None) -> list[Row]:
    """The activities the notice describes: active, marked for the notice, carried out as
    (joint) controller — a processor's activities belong in its clients' notices — and, for an
    audience, those that concern it."""
    return [
        a
        for a in view.all_activities
        if a["in_notice"]
        and a["status"] == "active"
        and a["role"] != "processor"
        and (audience is None or audience in (a["audiences"] or []))
    ]


def content_hash(content: dict[str, Any]) -> str:
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_from_view(
    view: RegisterView,
    audience: str | None = None,
    *,
    latest: NoticeVersion | None = None,
    today: date | None = None,
) -> NoticeDocument:
    """The notice in view.lang. latest is the last published version for this audience: the
    notice carries its number and date when its content is the same, else the next number."""
    audience = check_audience(audience)
    ctx = NoticeContext(view=view, audience=audience, activities=notice_activities(view, audience))
    _activity_gaps(ctx)
    sections = tuple(s for s in (build(ctx) for build in SECTIONS) if s is not None)
    ctx.untranslated_gaps()  # what the sections showed in the main language, for want of lang's
    org = view.organisation
    title = ctx.t("title")
    subtitle = ctx.t(f"audience.{audience or 'all'}")
    document = NoticeDocument(
        lang=view.lang,
        audience=audience,
        organisation_id=str(org["id"]),
        organisation_name=str(org["legal_name"]),
        title=title,
        subtitle=subtitle,
        version=1,
        published=False,
        updated=today or datetime.now(UTC).astimezone().date(),
        version_line="",
        sections=sections,
        gaps=tuple(ctx.gaps),
        activity_count=len(ctx.activities),
    )
    number, published, updated = 1, False, document.updated
    if latest is not None:
        if latest.hashes.get(view.lang) == content_hash(document.content()):
            number, published = latest.number, True
            updated = latest.published_at.astimezone().date()
        else:
            number = latest.number + 1
    document = _with_version(document, number, published, updated)
    label, own_date = org["notice_version_label"], org["notice_version_date"]
    if label or own_date:
        # The firm's own version label and date, shown instead of ropa's number and date
        # (which still number the published versions).
        line = version_line(view.lang, number, updated, label=label, own_date=own_date)
        document = replace(document, version_line=line)
    return document


def version_line(
    lang: str,
    number: int,
    updated: date,
    *,
    label: str | None = None,
    own_date: date | str | None = None,
) -> str:
    """ "Version 3 – mise à jour le 20 novembre 2026"; with the firm's own label and date
    (organisation.notice_version_label / notice_version_date), those instead."""
    if isinstance(own_date, str):
        own_date = date.fromisoformat(own_date)
    when = long_date(lang, own_date or updated)
    return tr(lang, "notice.version_line", version=label or number, date=when)


def _with_version(
    doc: NoticeDocument, number: int, published: bool, updated: date
) -> NoticeDocument:
    return replace(
        doc,
        version=number,
        published=published,
        updated=updated,
        version_line=version_line(doc.lang, number, updated),
    )


def _activity_gaps(ctx: NoticeContext) -> None:
    view = ctx.view
    marked = [a for a in view.all_activities if a["in_notice"] and a["role"] != "processor"]
    drafts = [a for a in marked if a["status"] == "draft"]
    if ctx.audience is not None:
        drafts = [a for a in drafts if ctx.audience in (a["audiences"] or [])]
    for activity in drafts:
        ctx.gap("draft_left_out", activity=activity, table="activity", column="status")
    if not ctx.activities:
        if ctx.audience is not None and marked:
            ctx.gap(
                "no_activity_for_audience",
                blocking=True,
                table="activity",
                column="audiences",
                audience=view.enum("audience", ctx.audience),
            )
        else:
            ctx.gap("no_activity", blocking=True, table="activity", column="in_notice")
    for activity in ctx.activities:
        if ctx.audience is None and not activity["audiences"]:
            ctx.gap("no_audience", activity=activity, table="activity", column="audiences")


def latest_version(
    session: Session, organisation_id: str, audience: str | None
) -> NoticeVersion | None:
    return session.scalars(
        select(NoticeVersion)
        .where(
            NoticeVersion.organisation_id == organisation_id,
            NoticeVersion.audience == audience_key(audience),
        )
        .order_by(NoticeVersion.number.desc())
        .limit(1)
    ).first()


def build_notice(
    db: RegisterDatabase,
    organisation_id: str | None = None,
    *,
    lang: str | None = None,
    audience: str | None = None,
) -> NoticeDocument:
    """The organisation's notice in lang (the register's language by default), for one
    audience or (None) every public activity."""
    audience = check_audience(audience)
    with db.reader() as session:
        org_id = resolve_organisation(session, organisation_id)
        view = load_register_view(session, org_id, lang, with_history=False)
        latest = latest_version(session, org_id, audience)
        if latest is not None:
            session.expunge(latest)
    return build_from_view(view, audience, latest=latest)
