"""What the report of an impact assessment is made of: items that print a recorded value or,
when the record lacks it, a "To complete: ..." line (a `todo` span, set apart by the
renderers), and the framing the report carries (the box first, the date it was made).

The same conventions as the breach drafts (exports/breach/draft.py), with the texts of
resources/text/dpia.*.json ("dpia_doc.*"). A report is a NoticeDocument
(exports/notice/model.py), rendered by the notice's PDF and DOCX renderers: its first section,
keyed SUMMARY_KEY, is the box on a tinted ground; the others follow unnumbered (their titles
carry the GDPR's own letters). Every text in it is plain text; the renderers escape it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ropa.core.deadlines import day_text
from ropa.core.i18n import colon, language_name, tr
from ropa.exports.dpia.record import DpiaRecord
from ropa.exports.notice.model import (
    SUMMARY_KEY,
    Block,
    BulletList,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
    Subheading,
    Table,
)


@dataclass
class ReportWriter:
    """The sections of a report as they are written, and what it lacks, in words."""

    record: DpiaRecord
    sections: list[Section] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    _key: str = ""
    _title: str = ""
    _blocks: list[Block] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.record.lang

    def t(self, key: str, **params: object) -> str:
        return tr(self.lang, f"dpia_doc.{key}", **params)

    # -- sections ----------------------------------------------------------------------------

    def section(self, key: str, title: str) -> None:
        """Start a section (the one being written is closed)."""
        self.close()
        self._key, self._title, self._blocks = key, title, []

    def close(self) -> None:
        if self._key:
            self.sections.append(Section(self._key, self._title, tuple(self._blocks)))
            self._key = ""

    # -- blocks ------------------------------------------------------------------------------

    def paragraph(self, *parts: str | Span) -> None:
        self._blocks.append(Paragraph.of(*parts))

    def heading(self, text: str) -> None:
        self._blocks.append(Subheading(text))

    def table(self, headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
        self._blocks.append(Table(headers, tuple(rows)))

    def todo(self, what: str, **params: object) -> None:
        """A "To complete: <what>" line (what: a key under dpia_doc.what.)."""
        text = self.t(f"what.{what}", **params)
        self.missing.append(text)
        self._blocks.append(Paragraph((Span(self.t("todo", what=text), todo=True),)))

    def label(self, label: str) -> Span:
        return Span(label + colon(self.lang), strong=True)

    def item(
        self, label: str, value: str | None, what: str | None = None, **params: object
    ) -> None:
        """ "Label: value" on one line; without a value, the "To complete" line of `what`
        (nothing when the item is optional: `what` None)."""
        if value:
            self._blocks.append(Paragraph((self.label(label), Span(value))))
        elif what:
            self.todo(what, **params)

    def text_item(self, label: str, value: str | None, what: str, **params: object) -> None:
        """A text of several lines under its label, or the "To complete" line of `what`."""
        if value:
            self._blocks.append(Paragraph((Span(label + colon(self.lang).rstrip(), strong=True),)))
            self._blocks.append(Paragraph.of(value))
        else:
            self.todo(what, **params)

    def text(self, value: str | None, what: str) -> None:
        """A recorded text as typed, or the "To complete" line of `what`."""
        if value:
            self._blocks.append(Paragraph.of(value))
        else:
            self.todo(what)

    def list_item(self, label: str, values: tuple[str, ...], what: str) -> None:
        """A list under its label, or the "To complete" line of `what`."""
        if values:
            self._blocks.append(Paragraph((Span(label + colon(self.lang).rstrip(), strong=True),)))
            self._blocks.append(BulletList.of(*values))
        else:
            self.todo(what)

    # -- values in words ---------------------------------------------------------------------

    def day(self, value: date | None) -> str | None:
        return None if value is None else day_text(self.lang, value)

    # -- the document ------------------------------------------------------------------------

    def document(self, today: date, box: list[str]) -> NoticeDocument:
        """The report as a document: titled, dated `today`, the box first (what it says of
        every report, then `box`)."""
        self.close()
        record = self.record
        said = [self.t("box.trust")]
        if self.missing:
            said.append(self.t("box.count", count=len(self.missing)))
        else:
            said.append(self.t("box.complete"))
        if record.lang != record.main:
            said.append(self.t("box.language", language=language_name(record.lang, record.main)))
        said += box
        said.append(self.t("box.again"))
        summary = Section(
            SUMMARY_KEY, self.t("box.title"), tuple(Paragraph.of(text) for text in said)
        )
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
