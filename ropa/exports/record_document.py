"""What a record's document is made of (a breach's drafts, a DPIA's report): items that print a
recorded value or, when the record lacks it, a "To complete: ..." line (a `todo` span, set
apart by the renderers), and the box every such document opens with (what it is drawn from,
how many items are to complete, the language of texts not translated).

A document is a NoticeDocument (exports/notice/model.py), rendered by the notice's PDF and DOCX
renderers: its first section, keyed SUMMARY_KEY, is the box on a tinted ground; the others
follow unnumbered. Every text in it is plain text; the renderers escape it. The texts are those
under the writer's PREFIX (breach_doc.*, dpia_doc.*): each prefix has the same keys todo,
what.*, box.trust / count / complete / language / title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from ropa.core.deadlines import day_text
from ropa.core.i18n import colon, language_name, tr
from ropa.exports.notice.model import (
    SUMMARY_KEY,
    Block,
    BulletList,
    Paragraph,
    Section,
    Span,
    Subheading,
    Table,
)


@dataclass
class RecordWriter:
    """The sections of a document as they are written, and what it lacks, in words."""

    PREFIX: ClassVar[str] = ""

    record: Any  # its lang and main (language), and what the subclass's document names
    sections: list[Section] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    _key: str = ""
    _title: str = ""
    _blocks: list[Block] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return str(self.record.lang)

    def t(self, key: str, **params: object) -> str:
        return tr(self.lang, f"{self.PREFIX}.{key}", **params)

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

    def bullets(self, values: tuple[str, ...]) -> None:
        self._blocks.append(BulletList.of(*values))

    def todo(self, what: str, **params: object) -> None:
        """A "To complete: <what>" line (what: a key under <PREFIX>.what.)."""
        text = self.t(f"what.{what}", **params)
        self.missing.append(text)
        self._blocks.append(Paragraph((Span(self.t("todo", what=text), todo=True),)))

    def label(self, label: str) -> Span:
        return Span(label + colon(self.lang), strong=True)

    def _heading_label(self, label: str) -> None:
        self._blocks.append(Paragraph((Span(label + colon(self.lang).rstrip(), strong=True),)))

    def item(
        self, label: str, value: str | None, what: str | None = None, **params: object
    ) -> None:
        """ "Label: value" on one line; without a value, the "To complete" line of `what`
        (nothing when the item is optional: `what` None)."""
        if value:
            self._blocks.append(Paragraph((self.label(label), Span(value))))
        elif what:
            self.todo(what, **params)

    def text(self, value: str | None, what: str) -> None:
        """A recorded text as typed, or the "To complete" line of `what`."""
        if value:
            self._blocks.append(Paragraph.of(value))
        else:
            self.todo(what)

    def text_item(self, label: str, value: str | None, what: str, **params: object) -> None:
        """A text of several lines under its label, or the "To complete" line of `what`."""
        if value:
            self._heading_label(label)
            self._blocks.append(Paragraph.of(value))
        else:
            self.todo(what, **params)

    def list_item(self, label: str, values: tuple[str, ...], what: str) -> None:
        """A list under its label, or the "To complete" line of `what`."""
        if values:
            self._heading_label(label)
            self._blocks.append(BulletList.of(*values))
        else:
            self.todo(what)

    # -- values in words ---------------------------------------------------------------------

    def day(self, value: date | None) -> str | None:
        return None if value is None else day_text(self.lang, value)

    # -- the box -----------------------------------------------------------------------------

    def summary(self, box: list[str], last: str) -> Section:
        """The box the document opens with: what it is drawn from, how many items are to
        complete (or none), the language of the texts not translated, then `box`, then the
        sentence `last` (a key under <PREFIX>.box.)."""
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
        said.append(self.t(f"box.{last}"))
        return Section(SUMMARY_KEY, self.t("box.title"), tuple(Paragraph.of(t) for t in said))
