"""The privacy notice built from the register: which activities it describes, and the sections
Articles 13 and 14 GDPR require, in the notice's language.

`build_notice(db, ...)` reads the register once; `build_from_view(view, ...)` does the work on a
register already read (the publish step builds the three languages from one read).
"""

from __future__ import annotations

import hashlib
import json
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
from ropa.exports.notice.context import NoticeContext
from ropa.exports.notice.model import NoticeDocument, Section
from ropa.exports.register_view import RegisterView, load_register_view

SectionBuilder = Callable[[NoticeContext], Section | None]

# The order of the notice: who we are, what we do and why, who sees it and for how long, then
# the person's rights and the rest.
SECTIONS: tuple[SectionBuilder, ...] = (
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
    return _with_version(document, number, published, updated)


def version_line(lang: str, number: int, updated: date) -> str:
    when = format_date(updated, format="long", locale=LOCALES[lang])
    return tr(lang, "notice.version_line", version=number, date=when)


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
