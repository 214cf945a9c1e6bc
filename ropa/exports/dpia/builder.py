"""An impact assessment's report built from the register, as PDF or DOCX, in one of the
document languages."""

from __future__ import annotations

from datetime import date

from ropa.core.handle import Register
from ropa.core.i18n import LANGUAGES
from ropa.exports.dpia.record import load_record
from ropa.exports.dpia.report import dpia_report
from ropa.exports.notice.model import NoticeDocument
from ropa.exports.notice.render_docx import render_docx
from ropa.exports.notice.render_pdf import render_pdf

FORMATS = ("pdf", "docx")


def dpia_document(
    db: Register, dpia_id: str, lang: str, *, today: date | None = None
) -> tuple[NoticeDocument, list[str]]:
    """The report of the assessment in `lang`, dated `today` (the computer's date by
    default), and what it lacks in words. NotFoundError when the assessment does not exist."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown document language: {lang!r}")
    today = today or date.today()
    return dpia_report(load_record(db, dpia_id, lang, today), today)


def build_dpia_report(
    db: Register, dpia_id: str, lang: str, fmt: str, *, today: date | None = None
) -> bytes:
    """The report of the assessment in `lang` (fr, nl, en) as `fmt` ("pdf" or "docx") bytes."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format of DPIA report: {fmt!r}")
    document, _ = dpia_document(db, dpia_id, lang, today=today)
    return render_pdf(document) if fmt == "pdf" else render_docx(document)


def missing_items(db: Register, dpia_id: str, lang: str, *, today: date | None = None) -> list[str]:
    """What the report lacks, in words in `lang` ("the date of the decision"): each is a
    "To complete" line of the report."""
    return dpia_document(db, dpia_id, lang, today=today)[1]
