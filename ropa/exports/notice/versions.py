"""Publishing the notice as numbered versions, and what changed since the last one.

Publishing stores the notice's content in one language under the next number for its
audience, with the date, the user and the register's state; the version keeps the other
languages' content of the previous one as it was (what is still published in them). Each
language is compared with its own last published content only, and a language is published
only once the notice has every text it shows in that language. Publishing again when nothing
in the notice changed stores nothing: the last version still says it all.

Each language's stored content also keeps its header as it was published (under
PUBLISHED_KEY: the version line, the firm's own label and date when it had them, the
organisation's name in that language, the number), so a version shows again as people read
it ("Version v2.3 – 1 March 2026", not ropa's number; "… BV" in Dutch, not "… SRL").
The line is not part of the content's hash: a new label or date alone is not a change of
the notice and makes no new version; it is recorded with the next one. A version stored
before the line was kept shows ropa's number and the publication date, as it always did.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from ropa.core.errors import RopaError
from ropa.core.i18n import DEFAULT_LANGUAGE, colon, tr
from ropa.db.models import Change, NoticeVersion, Organisation
from ropa.db.session import RegisterDatabase
from ropa.exports.common import resolve_organisation
from ropa.exports.notice.builder import (
    audience_key,
    build_from_view,
    check_audience,
    content_hash,
    latest_version,
    version_line,
)
from ropa.exports.notice.model import NoticeDocument, Section, section_from_data
from ropa.exports.register_view import load_register_view

PUBLISHED_KEY = "published"
"""The key, in a language's stored content, of its header as published: {"line", "label",
"date", "organisation_name", "number"} (not hashed; absent from versions stored before)."""


class NotReadyError(RopaError):
    """The notice has blocking gaps (no activity for it, no contact): nothing to publish."""

    key = "notice.error.not_ready"

    def __init__(self, document: NoticeDocument) -> None:
        self.document = document
        super().__init__()

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        gaps = "\n".join(
            f"- {gap.where(lang)}{colon(lang)}{gap.message(lang)}"
            for gap in self.document.gaps
            if gap.blocking
        )
        return f"{tr(lang, self.key)}\n{gaps}"


@dataclass(frozen=True)
class PublishResult:
    number: int
    created: bool
    """False when the notice had not changed since the last version (nothing stored)."""
    published_at: datetime


@dataclass(frozen=True)
class VersionInfo:
    id: int
    number: int
    audience: str | None
    published_at: datetime
    published_by: str
    register_version: int
    label: str | None = None
    """The firm's own version label published with this version (e.g. "v2.3"), if any."""


@dataclass(frozen=True)
class SectionChange:
    key: str
    title: str
    kind: str
    """"added", "removed" or "changed"."""
    removed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoticeStatus:
    """Where the notice stands against its last published version."""

    latest: VersionInfo | None
    changes: tuple[SectionChange, ...] = field(default_factory=tuple)
    register_changed_after: bool = False
    """The register was changed after the last publication (whether or not the notice is)."""
    published_line: str | None = None
    """When the firm's own version label or date (then or now) makes the notice's version
    line differ from the one it was last published with in this language: that line. A new
    label or date alone makes no new version; it is recorded with the next one."""

    @property
    def up_to_date(self) -> bool:
        return self.latest is not None and not self.changes


def publish_notice(
    db: RegisterDatabase,
    organisation_id: str | None = None,
    *,
    audience: str | None = None,
    lang: str | None = None,
) -> PublishResult:
    """Store the notice in lang (the organisation's main document language by default) as a
    new version, unless it is the same as the last one published in lang.

    Raises NotReadyError (with the document and its gaps) when the notice is not ready in
    lang: a blocking gap, such as a text it shows that has no value in lang.
    """
    audience = check_audience(audience)
    with db.transaction() as session:
        org_id = resolve_organisation(session, organisation_id)
        latest = latest_version(session, org_id, audience)
        view = load_register_view(session, org_id, lang, with_history=False)
        document = build_from_view(view, audience, latest=latest)
        if not document.ready:
            raise NotReadyError(document)
        contents: dict[str, Any] = dict(latest.contents) if latest is not None else {}
        hashes: dict[str, str] = dict(latest.hashes) if latest is not None else {}
        content = document.content()
        hashes[view.lang] = content_hash(content)  # what the notice says, not its label
        if latest is not None and latest.hashes == hashes:
            return PublishResult(latest.number, False, latest.published_at)
        number = (latest.number + 1) if latest is not None else 1
        published_at = datetime.now(UTC)
        org = view.organisation
        label, own_date = org["notice_version_label"], org["notice_version_date"]
        line = version_line(
            view.lang, number, published_at.astimezone().date(), label=label, own_date=own_date
        )
        contents[view.lang] = {
            **content,
            PUBLISHED_KEY: {
                "line": line,
                "label": label or None,
                "date": str(own_date) if own_date else None,
                "organisation_name": document.organisation_name,
                "number": number,
            },
        }
        count, last_change = session.execute(
            select(func.count(func.distinct(Change.batch)), func.max(Change.at)).where(
                Change.organisation_id == org_id
            )
        ).one()
        version = NoticeVersion(
            organisation_id=org_id,
            audience=audience_key(audience),
            number=number,
            published_at=published_at,
            published_by=db.user,
            register_version=int(count or 0),
            register_changed_at=last_change,
            contents=contents,
            hashes=hashes,
        )
        session.add(version)
        session.flush()
        return PublishResult(version.number, True, version.published_at)


def list_versions(
    db: RegisterDatabase, organisation_id: str | None = None, *, audience: str | None = None
) -> list[VersionInfo]:
    """The published versions for one audience, newest first."""
    audience = check_audience(audience)
    with db.reader() as session:
        org_id = resolve_organisation(session, organisation_id)
        rows = session.scalars(
            select(NoticeVersion)
            .where(
                NoticeVersion.organisation_id == org_id,
                NoticeVersion.audience == audience_key(audience),
            )
            .order_by(NoticeVersion.number.desc())
        ).all()
        return [_info(row) for row in rows]


def load_version(db: RegisterDatabase, version_id: int, *, lang: str) -> NoticeDocument:
    """A published version, as the document it was in lang (in the first language it was
    published in, when not in lang)."""
    with db.reader() as session:
        row = session.get(NoticeVersion, version_id)
        if row is None:
            raise RopaError("notice.error.no_version", number=version_id)
        org = session.get(Organisation, row.organisation_id)
        if lang not in row.contents:  # not published in lang: the language it was published in
            lang = next(iter(row.contents))
        content = row.contents[lang]
        published = row.published_at.astimezone().date()
        line = published_line(content) or version_line(lang, row.number, published)
        stored = content.get(PUBLISHED_KEY) or {}
        name = stored.get("organisation_name") or (org.legal_name if org is not None else "")
        return NoticeDocument.from_content(
            content,
            lang=lang,
            audience=None if row.audience == audience_key(None) else row.audience,
            organisation_id=row.organisation_id,
            organisation_name=name,
            version=row.number,
            published=True,
            updated=published,
            version_line=line,
        )


def notice_status(
    db: RegisterDatabase,
    document: NoticeDocument,
) -> NoticeStatus:
    """The document (the notice as the register makes it now) against the last version
    published for its audience: the sections that differ, and whether the register changed
    after that publication."""
    with db.reader() as session:
        latest = latest_version(session, document.organisation_id, document.audience)
        if latest is None:
            return NoticeStatus(latest=None)
        changed_after = (
            session.execute(
                select(func.count())
                .select_from(Change)
                .where(
                    Change.organisation_id == document.organisation_id,
                    Change.at > latest.published_at,
                )
            ).scalar_one()
            > 0
        )
        old = latest.contents.get(document.lang)
        if old is None:  # never published in this language
            return NoticeStatus(latest=None)
        info = _info(latest)
    changes = diff_sections(old["sections"] if old else [], document)
    return NoticeStatus(
        latest=info,
        changes=tuple(changes),
        register_changed_after=changed_after,
        published_line=_label_changed(old, document),
    )


def _label_changed(content: dict[str, Any], document: NoticeDocument) -> str | None:
    """The line content was published with, when it differs from the document's because of
    the firm's own label or date (ropa's numbering alone, e.g. a language kept unchanged
    from an earlier version, is not reported)."""
    line = published_line(content)
    if line is None or line == document.version_line:
        return None
    stored = content.get(PUBLISHED_KEY) or {}
    own_then = bool(stored.get("label") or stored.get("date"))
    own_now = document.version_line != version_line(
        document.lang, document.version, document.updated
    )
    return line if own_then or own_now else None


def published_line(content: dict[str, Any]) -> str | None:
    """The version line a stored content was published with (None: stored before lines
    were kept)."""
    stored = content.get(PUBLISHED_KEY)
    line = stored.get("line") if isinstance(stored, dict) else None
    return line if isinstance(line, str) and line else None


def diff_sections(
    old_sections: list[dict[str, Any]], document: NoticeDocument
) -> list[SectionChange]:
    """Section by section, what differs between a stored content and a document."""
    old = {s["key"]: section_from_data(s) for s in old_sections}
    new: dict[str, Section] = {s.key: s for s in document.sections}
    changes: list[SectionChange] = []
    for key, section in new.items():
        before = old.get(key)
        if before is None:
            changes.append(SectionChange(key, section.title, "added", added=tuple(section.lines())))
            continue
        a, b = before.lines(), section.lines()
        if a == b and before.title == section.title:
            continue
        removed, added = _line_diff(a, b)
        changes.append(SectionChange(key, section.title, "changed", removed, added))
    for key, section in old.items():
        if key not in new:
            changes.append(
                SectionChange(key, section.title, "removed", removed=tuple(section.lines()))
            )
    return changes


def _line_diff(a: list[str], b: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            removed.extend(a[i1:i2])
        if tag in ("replace", "insert"):
            added.extend(b[j1:j2])
    return tuple(removed), tuple(added)


def _info(row: NoticeVersion) -> VersionInfo:
    return VersionInfo(
        id=row.id,
        number=row.number,
        audience=None if row.audience == audience_key(None) else row.audience,
        published_at=row.published_at,
        published_by=row.published_by,
        register_version=row.register_version,
        label=_label(row),
    )


def _label(row: NoticeVersion) -> str | None:
    """The firm's label published with this version: that of the language published under
    this number (the other languages' contents are those of earlier versions)."""
    for content in row.contents.values():
        stored = content.get(PUBLISHED_KEY) if isinstance(content, dict) else None
        if isinstance(stored, dict) and stored.get("number") == row.number:
            label = stored.get("label")
            return label if isinstance(label, str) and label else None
    return None
