"""A breach's drafts built from the register: the notification to the supervisory authority
and the letter to the people concerned, as PDF or DOCX, in one of the document languages."""

from __future__ import annotations

from datetime import date, datetime

from ropa.core.handle import Register
from ropa.core.i18n import LANGUAGES
from ropa.exports.breach.authority import authority_notification
from ropa.exports.breach.letter import people_letter
from ropa.exports.breach.record import load_record
from ropa.exports.notice.model import NoticeDocument
from ropa.exports.notice.render_docx import render_docx
from ropa.exports.notice.render_pdf import render_pdf

KINDS = ("authority", "people")
"""The notification to the supervisory authority (Art. 33), the letter to the people (Art. 34)."""
FORMATS = ("pdf", "docx")


def breach_draft(
    db: Register,
    breach_id: str,
    kind: str,
    lang: str,
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> tuple[NoticeDocument, list[str]]:
    """The draft of `kind` for the breach, in `lang`, dated `today` (the computer's date by
    default), and what it lacks in words. NotFoundError when the breach does not exist."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of breach document: {kind!r}")
    if lang not in LANGUAGES:
        raise ValueError(f"unknown document language: {lang!r}")
    record = load_record(db, breach_id, lang)
    today = today or date.today()
    if kind == "authority":
        return authority_notification(record, today, now)
    return people_letter(record, today)


def build_breach_document(
    db: Register,
    breach_id: str,
    kind: str,
    lang: str,
    fmt: str,
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> bytes:
    """The draft of `kind` ("authority" or "people") for the breach, in `lang` (fr, nl, en),
    as `fmt` ("pdf" or "docx") bytes."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format of breach document: {fmt!r}")
    document, _ = breach_draft(db, breach_id, kind, lang, today=today, now=now)
    return render_pdf(document) if fmt == "pdf" else render_docx(document)


def missing_items(db: Register, breach_id: str, kind: str, lang: str) -> list[str]:
    """What the draft of `kind` lacks, in words in `lang` ("the approximate number of people
    concerned"): each is a "To complete" line of the document."""
    return breach_draft(db, breach_id, kind, lang)[1]
