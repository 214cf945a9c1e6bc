"""The privacy notice as HTML: a standalone page, or a fragment to paste into a website.

Both come from Jinja2 templates in resources/notice/ with autoescaping forced on for every
template: each text of the document is plain text and comes out escaped, never as markup.
Newlines become <br>; a span is a link only when its href is mailto:, tel:, https: or http:.

Both show the summary (the first layer) first in its own box, then a contents list of the
details, then the details numbered from 1. Every table cell carries its column's header
(data-label): below 40em the style sheet shows each row as a card, each value under its
header, so nothing scrolls sideways on a phone; a cell's long words (an address, a cookie's
name) are marked so that they alone may break (class ropa-notice-long, <wbr> after their
punctuation).

The standalone page carries its whole style inline (notice.css: no external resource, no
script). The fragment is one <section class="ropa-notice" lang=".."> with no <style> (a style
element is not allowed in a page's body, and the host site's own style should apply); its ids
are prefixed ("ropa-notice-") so they cannot clash with the host page's, and its tables
scroll sideways in their own box through a style attribute. stylesheet() gives the page's
CSS, scoped to .ropa-notice, for a site that wants the fragment to look like the standalone
page (cards on a phone included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from ropa import __version__
from ropa.core.i18n import tr
from ropa.exports.notice.model import (
    LINK_SCHEMES,
    SUMMARY_KEY,
    BulletList,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
    Subheading,
    Table,
)
from ropa.paths import resources_dir

FRAGMENT_ID_PREFIX = "ropa-notice-"
# The ids the templates give the table of contents and its title (after the prefix).
RESERVED_IDS = ("contents", "contents-title")

# Characters HTML forbids in a document (C0 / C1 controls but tab and newlines, DEL, lone
# surrogates and noncharacters): dropped rather than let one stray character pasted into
# the register make the page invalid.
_NONCHARACTERS = "".join(
    chr(plane * 0x10000 + low) for plane in range(17) for low in (0xFFFE, 0xFFFF)
)
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef" + _NONCHARACTERS + "]"
)
# Kept as they are in a link; anything else (spaces, quotes, <, >, non-ASCII) is %-encoded.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"
_SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")


_ALLOWED_SPACES = {ord("\n"): " ", 0x00A0: " ", 0x202F: " "}


def clean_text(text: str) -> str:
    """text with its line breaks made "\\n" and the characters HTML forbids removed."""
    if text.isprintable():  # the usual case: no control, line break or odd character
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Line breaks and no-break spaces (French) are not "printable" but allowed: the regular
    # expression only for a text that has something else.
    if text.translate(_ALLOWED_SPACES).isprintable():
        return text
    return _CONTROL.sub("", text)


def link_target(span: Span) -> str | None:
    """The URL a span links to, or None: only mailto:, tel:, https: and http: are links
    (never javascript:, data: or a relative path); the URL comes back %-encoded."""
    if not span.href or not span.href.lower().startswith(LINK_SCHEMES):
        return None
    return quote(clean_text(span.href).replace("\n", ""), safe=_URL_SAFE)


def padded_table(table: Table) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The table's headers and rows, every row as wide as the widest (empty cells added)."""
    width = max([len(table.headers), *(len(row) for row in table.rows)])
    headers = table.headers + ("",) * (width - len(table.headers))
    rows = tuple(row + ("",) * (width - len(row)) for row in table.rows)
    return headers, rows


@dataclass(frozen=True)
class SectionView:
    """A section with its number in the notice (None for the summary) and its element ids."""

    number: int | None
    anchor: str
    section: Section

    @property
    def title_id(self) -> str:
        """The id of the section's heading (the summary's box is labelled by it)."""
        return f"{self.anchor}-title"


def section_views(doc: NoticeDocument, prefix: str) -> list[SectionView]:
    """The document's sections in order, the summary unnumbered and the details numbered from
    1, each with a unique id made of prefix and its key (letters, digits and hyphens only),
    never one of the templates' own ids nor a heading's id."""
    views: list[SectionView] = []
    used = {f"{prefix}{name}" for name in RESERVED_IDS}
    number = 0
    for index, section in enumerate(doc.sections, start=1):
        summary = section.key == SUMMARY_KEY
        if not summary:
            number += 1
        slug = _SLUG_UNSAFE.sub("-", section.key.lower()).strip("-") or f"section-{index}"
        anchor, tries = f"{prefix}{slug}", 0
        while anchor in used or f"{anchor}-title" in used:
            tries += 1
            anchor = f"{prefix}{slug}-{index}" + (f"-{tries}" if tries > 1 else "")
        used.update((anchor, f"{anchor}-title"))
        views.append(SectionView(None if summary else number, anchor, section))
    return views


def _lines(text: str) -> Markup:
    """text escaped, its newlines made <br> (the one piece of markup added to a text)."""
    escaped = escape(clean_text(text))
    if "\n" not in escaped:
        return escaped
    return Markup(str.replace(escaped, "\n", "<br>"))


# A cell's word this long (a cookie's name, an address, a Dutch compound) may break where it
# must (class ropa-notice-long: overflow-wrap anywhere), and after its punctuation (<wbr>).
LONG_WORD = 16
_LONG_WORD = re.compile(rf"\S{{{LONG_WORD},}}")
_BREAK_AFTER = frozenset("/._-@?&=+:;,)]|~#")


def _cell(text: str) -> Markup:
    """A table cell's text as _lines makes it, its long words marked: a table keeps the
    ordinary words of its columns whole and breaks only those, so that it fits the page (a
    break anywhere in every word would split the words of any narrow column)."""
    out: list[str] = []
    for line in clean_text(text).split("\n"):
        pieces: list[str] = []
        end = 0
        for word in _LONG_WORD.finditer(line):
            pieces.append(escape(line[end : word.start()]))
            parts = "<wbr>".join(escape(part) for part in _split_word(word.group()))
            pieces.append(f'<span class="ropa-notice-long">{parts}</span>')
            end = word.end()
        pieces.append(escape(line[end:]))
        out.append("".join(pieces))
    return Markup("<br>".join(out))


def _split_word(word: str) -> list[str]:
    """word cut after each punctuation mark followed by a letter or a digit."""
    pieces: list[str] = []
    start = 0
    for index, char in enumerate(word[:-1]):
        if index and char in _BREAK_AFTER and word[index + 1] not in _BREAK_AFTER:
            pieces.append(word[start : index + 1])
            start = index + 1
    pieces.append(word[start:])
    return pieces


def _spans(spans: tuple[Span, ...]) -> Markup:
    """A run of spans: each text escaped, in <a href> when it is a safe link and in <strong>
    when it is strong."""
    out: list[str] = []
    for span in spans:
        html = _lines(span.text)
        target = link_target(span)
        if target is not None:
            html = Markup(f'<a href="{escape(target)}">{html}</a>')
        if span.strong:
            html = Markup(f"<strong>{html}</strong>")
        out.append(html)
    return Markup("".join(out))


_KINDS = {Paragraph: "paragraph", Subheading: "subheading", BulletList: "list", Table: "table"}


def _kind(block: object) -> str:
    """The template's name for a block's type."""
    return _KINDS[type(block)]


@cache
def _environment() -> Environment:
    """The templates' environment, made once: autoescape on for every template (whatever its
    name), undefined names are errors."""
    env = Environment(
        loader=FileSystemLoader(resources_dir() / "notice"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["lines"] = _lines
    env.filters["cell"] = _cell
    env.filters["text"] = clean_text
    env.filters["kind"] = _kind
    env.filters["spans"] = _spans
    env.filters["padded"] = padded_table
    env.filters["label"] = _label
    return env


def _label(text: str) -> Markup:
    """A column header as a data-label attribute: one line, what a phone shows beside each
    cell of the column when the table becomes a list of cards (escaped once per table, not
    once per cell)."""
    return escape(" ".join(clean_text(text).split()))


def _render(template: str, doc: NoticeDocument, prefix: str) -> str:
    views = section_views(doc, prefix)
    return (
        _environment()
        .get_template(template)
        .render(
            doc=doc,
            summary=next((view for view in views if view.number is None), None),
            sections=[view for view in views if view.number is not None],
            prefix=prefix,
            contents_label=tr(doc.lang, "notice.render.contents"),
            skip_label=tr(doc.lang, "notice.render.skip"),
            generator=f"ropa {__version__}",
        )
    )


def render_html(doc: NoticeDocument) -> str:
    """The notice as a standalone HTML5 page (inline style only, no script)."""
    return _render("page.html.j2", doc, "")


def render_fragment(doc: NoticeDocument) -> str:
    """The notice as one <section class="ropa-notice"> to paste into a web page."""
    return _render("fragment.html.j2", doc, FRAGMENT_ID_PREFIX)


def stylesheet() -> str:
    """The standalone page's CSS (every rule scoped to .ropa-notice)."""
    return (resources_dir() / "notice" / "notice.css").read_text(encoding="utf-8")
