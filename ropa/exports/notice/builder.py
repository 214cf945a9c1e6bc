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

from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core.i18n import LOCALES, tr
from ropa.core.snapshot import Row
from ropa.db.enums import Audience
from ropa.db.models import NoticeVersion
from ropa.db.models.notice import ALL_AUDIENCES
from ropa.db.session import RegisterDatabase
from ropa.exports.common import resolve_organisation
from ropa.exports.notice import sections_rights, sections_share, sections_use, sections_who
from ropa.exports.notice.context import NoticeContext, lower_first
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
    "summary.rights_label": LABEL,
    "summary.rights": law("GDPR 13(2)(b)", "GDPR 13(2)(d)"),
    "summary.contact": LABEL,
}

SUMMARY_WORDS = 150
"""The first layer fits one screen: at most about this many words. Each activity's purposes
are shortened (fewer, then none) until it does."""
LINE_CHARS = 110
"""An activity's line in the first layer: at most about one line of a page."""
# How many purposes each activity's line may name and in how many characters, tried in order
# until the layer fits.
_SHORTENINGS: tuple[tuple[int, int], ...] = (
    (99, LINE_CHARS),
    (2, LINE_CHARS),
    (1, LINE_CHARS),
    (1, 70),
    (0, 0),
)
# Where a purpose's first clause ends (an enumeration after a comma is kept).
_CLAUSE_END = re.compile(r"\s*[:;(\u2013\u2014]|\.(?:\s|$)|\s+-\s")
_SHORT_WORD = 3
"""A text cut after a short word ("et", "de", "to") drops it: the cut falls after a full word."""


def summary(ctx: NoticeContext) -> Section | None:
    """The first layer (EDPB transparency guidelines, WP260 rev.01): who we are, what we do
    with the data and why (one line per activity of the notice), the rights in one sentence,
    how to contact us. The details follow in the other sections."""
    org = ctx.organisation
    name = str(org["legal_name"])
    if org["trade_name"] and org["trade_name"] != org["legal_name"]:
        name = f"{org['trade_name']} ({name})"
    blocks: list[Paragraph | BulletList] = [Paragraph.of(ctx.t("summary.who", name=name))]
    # Objection to direct marketing is one of the objection rights: named once here.
    rights = [r for r in sections_rights.right_names(ctx) if r != "marketing"]
    titles = ctx.join([lower_first(ctx.t(f"right.{name}.title")) for name in rights])
    tail: list[Paragraph] = [
        ctx.labelled(
            ctx.t("summary.rights_label"),
            ctx.t("summary.rights", rights=titles, section=ctx.t("section.rights")),
        )
    ]
    email = ctx.contact_email()
    if email:
        tail.append(ctx.labelled(ctx.t("summary.contact"), ctx.email(email)))
    if ctx.activities:
        title_words = len(ctx.t("section.summary").split())
        # The words only grow with the detail: when the names alone do not fit, no richer
        # line will, and a big register goes straight to them.
        names = [Paragraph.of(Span(ctx.activity_name(a), strong=True)) for a in ctx.activities]
        what: list[Paragraph | BulletList] = [
            Paragraph.of(ctx.t("summary.what")),
            BulletList.of(*names),
        ]
        fits = title_words + _words([*blocks, *what, *tail]) <= SUMMARY_WORDS
        for most, chars in _SHORTENINGS[:-1] if fits else ():
            lines = [_activity_line(ctx, a, most, chars) for a in ctx.activities]
            richer: list[Paragraph | BulletList] = [
                Paragraph.of(ctx.t("summary.what")),
                BulletList.of(*lines),
            ]
            if title_words + _words([*blocks, *richer, *tail]) <= SUMMARY_WORDS:
                what = richer
                break
        blocks += what
    blocks += tail
    return Section(SUMMARY_KEY, ctx.t("section.summary"), tuple(blocks))


def _activity_line(ctx: NoticeContext, activity: Row, most: int, chars: int) -> Paragraph:
    """ "Recrutement : examiner les candidatures ; garder le dossier…": the activity's name,
    then the first clause of each of its first `most` purposes, as many as fit in `chars`
    characters; else the first one cut to fit; else the name alone."""
    heads = [_head(str(p["description"] or "")) for p in activity["purposes"]]
    heads = [h for h in heads if h]
    name = Span(ctx.activity_name(activity), strong=True)
    if most == 0 or not heads:
        return Paragraph.of(name)

    def line(parts: list[str], more: bool) -> Paragraph:
        text = ctx.semicolon().join(lower_first(h) for h in parts)
        if not text.endswith("\u2026"):
            text += "\u2026" if more else "."
        return Paragraph.of(name, ctx.colon(), text)

    for shown in range(min(most, len(heads)), 0, -1):
        candidate = line(heads[:shown], len(heads) > shown)
        if len(candidate.text()) <= chars:
            return candidate
    words = heads[0].split()
    while len(words) > 2:
        words = _trim(words[:-1])
        candidate = line([" ".join(words).rstrip(",") + "\u2026"], True)
        if len(candidate.text()) <= chars:
            return candidate
    return Paragraph.of(name)


def _head(description: str) -> str:
    """A purpose's first clause: "Facturer, tenir la comptabilité (TVA)" -> "Facturer, tenir
    la comptabilité"."""
    return _CLAUSE_END.split(description.strip(), maxsplit=1)[0].strip().rstrip(",")


def _trim(words: list[str]) -> list[str]:
    while len(words) > 1 and len(words[-1].strip(",'\u2019")) <= _SHORT_WORD:
        words = words[:-1]
    return words


def _words(blocks: list[Paragraph | BulletList]) -> int:
    count = 0
    for block in blocks:
        items = block.items if isinstance(block, BulletList) else (block.spans,)
        count += sum(len("".join(s.text for s in item).split()) for item in items)
    return count


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
    when = format_date(own_date or updated, format="long", locale=LOCALES[lang])
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
