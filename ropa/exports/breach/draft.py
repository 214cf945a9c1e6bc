"""The breach drafts' writer: the items, "To complete" lines and opening box of every record
document (exports/record_document.RecordWriter) with the texts "breach_doc.*", times and
numbers in words, and the framing every draft carries (its subtitle, its date, the box said
before sending)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import ClassVar

from babel.numbers import format_decimal

from ropa.core.deadlines import day_text, moment_text
from ropa.core.i18n import LOCALES
from ropa.exports.breach.record import BreachRecord
from ropa.exports.notice.model import NoticeDocument
from ropa.exports.record_document import RecordWriter


@dataclass
class Draft(RecordWriter):
    """The sections of a draft as they are written, and what it lacks, in words."""

    PREFIX: ClassVar[str] = "breach_doc"
    record: BreachRecord

    # -- values in words ---------------------------------------------------------------------

    def moment(self, value: datetime | None) -> str | None:
        return None if value is None else moment_text(self.lang, value)

    def number(self, value: int | None) -> str | None:
        return None if value is None else format_decimal(value, locale=LOCALES[self.lang])

    # -- the document ------------------------------------------------------------------------

    def document(self, title: str, today: date, box: list[str]) -> NoticeDocument:
        """The draft as a document: titled, marked a draft, dated `today`, the box first
        (its sentences `box`, after what it says of every draft)."""
        record = self.record
        summary = self.summary(box, "remove")
        return NoticeDocument(
            lang=self.lang,
            audience=None,
            organisation_id=record.organisation_id,
            organisation_name=record.organisation_name,
            title=title,
            subtitle=self.t("draft.subtitle"),
            version=1,
            published=False,
            updated=today,
            version_line=self.t("generated", date=day_text(self.lang, today), name=record.name),
            sections=(summary, *self.sections),
            numbered=False,
        )
