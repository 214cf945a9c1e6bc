"""The privacy notice as a structured document: sections of paragraphs, lists and tables.

The builder (builder.py) turns the register into a NoticeDocument; each renderer (HTML,
Markdown, PDF, DOCX) walks the same document, so every format says the same thing. Texts in
the document are plain text, never markup: a renderer escapes them for its format.

The document's public content (title and sections) is plain data (`content()` and
`from_content()`), so a published version can be stored, compared and shown again later.
The gaps (what the register lacks) are for the user only and never part of the public content.

A notice has two layers: the section keyed SUMMARY_KEY ("In short": who we are, what we do
and why, your rights, how to contact us), first, then the detail sections. Renderers show the
summary unnumbered, apart, before a contents list of the details, which are numbered from 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ropa.core.i18n import language_name, tr
from ropa.core.text_languages import MissingText

SUMMARY_KEY = "summary"
"""The key of the notice's first layer (its summary), when it has one."""

# The only link targets a renderer makes clickable; any other href shows as plain text.
LINK_SCHEMES = ("mailto:", "tel:", "https://", "http://")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_UNSAFE_IN_HREF = re.compile(r"[\s\x00-\x1f\x7f-\x9f<>\"\\]")


def safe_href(href: str | None) -> str | None:
    """The link target if it is a mailto:, tel:, http: or https: URL without spaces or
    control characters; None otherwise (the text is then shown without a link)."""
    if not href:
        return None
    href = href.strip()
    match = _SCHEME.match(href)
    names = tuple(scheme.split(":")[0] for scheme in LINK_SCHEMES)
    if match is None or match.group(1).lower() not in names:
        return None
    if _UNSAFE_IN_HREF.search(href) or len(href) <= len(match.group(0)):
        return None
    return href


def visible_target(href: str) -> str:
    """What a reader of a printed page needs: the address without mailto: or tel:."""
    scheme, _, rest = href.partition(":")
    return rest if scheme.lower() in ("mailto", "tel") else href


def shows_target(text: str, href: str) -> bool:
    """Whether a link's text already shows where it leads, so that a printed page need not
    repeat it: the address, or for a phone number the same digits however they are spaced
    ("+32 2 000 14 20" for tel:+3220001420)."""
    shown = visible_target(href)
    if shown in text:
        return True
    if href.lower().startswith("tel:"):

        def digits(value: str) -> str:
            return "".join(c for c in value if c.isdigit() or c == "+")

        return bool(digits(shown)) and digits(shown) in digits(text)
    return False


# What surrounds a word without being part of it: brackets, quotes, punctuation.
_AROUND = "()[]{}\"'«»“”‘’.,;:!?\u00a0\u202f"
# A word that may be cut where it meets the cell's edge: a long one holding something other
# than letters, hyphens and apostrophes (an address, a cookie's name, a hash).
BREAKABLE_LENGTH = 16
_PROSE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def breakable(word: str) -> bool:
    """Whether a table cell's word may be split at any letter to fit its column (an e-mail
    address, a cookie's name, a URL): never an ordinary word, whatever its length."""
    core = word.strip(_AROUND)
    return len(core) >= BREAKABLE_LENGTH and _PROSE.fullmatch(core) is None


@dataclass(frozen=True)
class Span:
    """A run of plain text; a link when href is set (mailto:, tel: or https:). A `todo` span
    is what a draft lacks ("To complete: ..."): the PDF and DOCX renderers set it apart (the
    notice has none)."""

    text: str
    href: str | None = None
    strong: bool = False
    todo: bool = False


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...]

    @classmethod
    def of(cls, *parts: str | Span) -> Paragraph:
        return cls(tuple(Span(p) if isinstance(p, str) else p for p in parts if p != ""))

    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class Subheading:
    """A heading one level below the section's title."""

    text: str


@dataclass(frozen=True)
class BulletList:
    items: tuple[tuple[Span, ...], ...]

    @classmethod
    def of(cls, *items: str | tuple[Span, ...] | Paragraph) -> BulletList:
        out: list[tuple[Span, ...]] = []
        for item in items:
            if isinstance(item, str):
                out.append((Span(item),))
            elif isinstance(item, Paragraph):
                out.append(item.spans)
            else:
                out.append(item)
        return cls(tuple(out))


@dataclass(frozen=True)
class Table:
    """A table with a header row; each cell is plain text (newlines separate lines)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str | None = None


Block = Paragraph | Subheading | BulletList | Table


@dataclass(frozen=True)
class Section:
    """A numbered part of the notice. key is stable across languages and versions
    (e.g. "purposes", "rights"): the version diff names sections by it."""

    key: str
    title: str
    blocks: tuple[Block, ...]

    def lines(self) -> list[str]:
        """The section as lines of plain text (for a diff)."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                out.append(block.text())
            elif isinstance(block, Subheading):
                out.append(f"## {block.text}")
            elif isinstance(block, BulletList):
                out.extend("- " + "".join(s.text for s in item) for item in block.items)
            else:
                if block.caption:
                    out.append(block.caption)
                out.append(" | ".join(block.headers))
                out.extend(
                    " | ".join(cell.replace("\n", " / ") for cell in row) for row in block.rows
                )
        return out


@dataclass(frozen=True)
class Gap:
    """Something the register lacks for the notice, shown to the user (never published).

    blocking gaps make the notice not ready to publish (no activity for it, no contact, a
    text it shows that has no value in the notice's language); the others leave a hole the
    user should fill (an activity without retention...).
    """

    code: str
    blocking: bool = False
    organisation_id: str | None = None
    activity_id: str | None = None
    reference: str = ""
    """The activity's reference and name, or the organisation's name: where to look."""
    table: str | None = None
    column: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    missing: MissingText | None = None
    """For an untranslated text: the text the notice shows in the main language instead."""

    def message(self, lang: str) -> str:
        if self.missing is not None:
            return tr(
                lang,
                f"notice.gap.{self.code}",
                language=language_name(lang, self.missing.lang),
                main=language_name(lang, self.params.get("main", "")),
            )
        return tr(lang, f"notice.gap.{self.code}", **self.params)

    def where(self, lang: str) -> str:
        if self.missing is not None:
            # "T-04 – Recrutement, Finalité 2, Description": the activity, then the place
            # inside it, in the user's language.
            inside = tuple(w for w in self.missing.where if w[0] != "activity")
            place = replace(self.missing, where=inside).place(lang)
            return f"{self.reference}, {place}" if self.reference else place
        if self.table and self.column:
            return f"{self.reference} \u2013 {tr(lang, f'field.{self.table}.{self.column}')}"
        return self.reference


@dataclass(frozen=True)
class NoticeDocument:
    lang: str
    audience: str | None
    """The audience it was made for (an Audience value), or None: every public activity."""
    organisation_id: str
    organisation_name: str
    title: str
    subtitle: str
    """The audience in words, e.g. "For our clients and prospects"."""
    version: int
    """The published version whose content this is, or the number publishing would give it."""
    published: bool
    updated: date
    """The date of that published version, or today when not published yet."""
    version_line: str
    sections: tuple[Section, ...]
    gaps: tuple[Gap, ...] = ()
    activity_count: int = 0
    numbered: bool = True
    """Whether the PDF and DOCX number the detail sections and list them in a contents list
    (the notice); False: each under its title only (a draft letter or form)."""

    @property
    def ready(self) -> bool:
        """Whether there is something to publish: no blocking gap."""
        return not any(gap.blocking for gap in self.gaps)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    @property
    def summary(self) -> Section | None:
        """The first layer (the section keyed SUMMARY_KEY), or None (e.g. an older version)."""
        return self.section(SUMMARY_KEY)

    @property
    def details(self) -> tuple[Section, ...]:
        """Every section but the summary, in order: the second layer, numbered from 1."""
        return tuple(s for s in self.sections if s.key != SUMMARY_KEY)

    # -- the public content, as plain data --------------------------------------------------

    def content(self) -> dict[str, Any]:
        """Title, subtitle and sections as JSON-ready data (no version, no date, no gaps):
        two notices with equal content say the same thing."""
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "sections": [_section_data(s) for s in self.sections],
        }

    @classmethod
    def from_content(
        cls,
        content: dict[str, Any],
        *,
        lang: str,
        audience: str | None,
        organisation_id: str,
        organisation_name: str,
        version: int,
        published: bool,
        updated: date,
        version_line: str,
    ) -> NoticeDocument:
        """A stored version's content made a document again (to show or export it)."""
        return cls(
            lang=lang,
            audience=audience,
            organisation_id=organisation_id,
            organisation_name=organisation_name,
            title=content["title"],
            subtitle=content["subtitle"],
            version=version,
            published=published,
            updated=updated,
            version_line=version_line,
            sections=tuple(section_from_data(s) for s in content["sections"]),
        )


def _span_data(s: Span) -> Any:
    if s.href is None and not s.strong and not s.todo:
        return s.text
    data = {"text": s.text, "href": s.href, "strong": s.strong}
    return (data | {"todo": True}) if s.todo else data


def _spans_data(spans: tuple[Span, ...]) -> list[Any]:
    return [_span_data(s) for s in spans]


def _spans_from(data: list[Any]) -> tuple[Span, ...]:
    return tuple(
        Span(d)
        if isinstance(d, str)
        else Span(d["text"], d.get("href"), bool(d.get("strong")), bool(d.get("todo")))
        for d in data
    )


def _section_data(section: Section) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = []
    for block in section.blocks:
        if isinstance(block, Paragraph):
            blocks.append({"p": _spans_data(block.spans)})
        elif isinstance(block, Subheading):
            blocks.append({"h": block.text})
        elif isinstance(block, BulletList):
            blocks.append({"ul": [_spans_data(item) for item in block.items]})
        else:
            blocks.append(
                {
                    "table": {
                        "caption": block.caption,
                        "headers": list(block.headers),
                        "rows": [list(row) for row in block.rows],
                    }
                }
            )
    return {"key": section.key, "title": section.title, "blocks": blocks}


def section_from_data(data: dict[str, Any]) -> Section:
    """A section stored as plain data (see NoticeDocument.content) made a Section again."""
    blocks: list[Block] = []
    for block in data["blocks"]:
        if "p" in block:
            blocks.append(Paragraph(_spans_from(block["p"])))
        elif "h" in block:
            blocks.append(Subheading(block["h"]))
        elif "ul" in block:
            blocks.append(BulletList(tuple(_spans_from(item) for item in block["ul"])))
        else:
            table = block["table"]
            blocks.append(
                Table(
                    headers=tuple(table["headers"]),
                    rows=tuple(tuple(row) for row in table["rows"]),
                    caption=table.get("caption"),
                )
            )
    return Section(key=data["key"], title=data["title"], blocks=tuple(blocks))
