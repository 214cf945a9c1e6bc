"""The DPIA report's writer: the items, "To complete" lines and opening box of every record
document (exports/record_document.RecordWriter) with the texts "dpia_doc.*"
(resources/text/dpia.*.json), and the framing the report carries (its title, the assessment's
name, the date it was made)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from ropa.core.deadlines import day_text
from ropa.exports.dpia.record import DpiaRecord
from ropa.exports.notice.model import NoticeDocument
from ropa.exports.record_document import RecordWriter


@dataclass
class ReportWriter(RecordWriter):
    """The sections of a report as they are written, and what it lacks, in words."""

    PREFIX: ClassVar[str] = "dpia_doc"
    record: DpiaRecord

    # -- the document ------------------------------------------------------------------------

    def document(self, today: date, box: list[str]) -> NoticeDocument:
        """The report as a document: titled, dated `today`, the box first (what it says of
        every report, then `box`)."""
        record = self.record
        summary = self.summary(box, "again")
        return NoticeDocument(
            lang=self.lang,
            audience=None,
            organisation_id=record.organisation_id,
            organisation_name=record.organisation_name,
            title=self.t("title"),
            subtitle=record.name,
            version=1,
            published=False,
            updated=today,
            version_line=self.t("generated", date=day_text(self.lang, today)),
            sections=(summary, *self.sections),
            numbered=False,
        )
