"""The privacy notice as Markdown (CommonMark, with GFM pipe tables).

Every text of the document is plain text and must render literally, whatever it holds:

- the ASCII punctuation Markdown gives a meaning to (\\ ` * _ { } [ ] < > ( ) # + - . ! | ~
  = &) is backslash-escaped everywhere, so no emphasis, link, heading, list, HTML tag, entity
  or table cell can come out of a user's text (escaping "-", "+", "." and "=" everywhere, not
  only at the start of a line, also keeps typographers from turning "--" or "..." into
  dashes and ellipses);
- leading spaces of a line are dropped (four of them would make a code block);
- a newline in a paragraph or a list item is a hard line break (a backslash at the end of
  the line); a table cell cannot hold one, so a cell's lines are joined with "; " (or a
  space after a line that already ends with punctuation);
- no raw HTML is ever written.

A span is a link ([text](url)) only when its href is mailto:, tel:, https: or http:, as in
the HTML; strong spans are **bold**, their surrounding spaces kept outside the asterisks.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import groupby
from urllib.parse import quote

from ropa.exports.notice.model import (
    Block,
    BulletList,
    NoticeDocument,
    Paragraph,
    Span,
    Subheading,
    Table,
)
from ropa.exports.notice.render_html import clean_text, link_target, padded_table

_SPECIAL = "\\`*_{}[]<>()#+-.!|~=&"
_ESCAPES = str.maketrans({char: "\\" + char for char in _SPECIAL})
# Kept as they are in a link destination: like the HTML's, without the parentheses (which
# would end the destination) and with nothing a Markdown parser would read in it.
_URL_SAFE = ":/?#@!$&'*+,;=%~"
_CELL_LINE_END = (".", ";", ",", ":", "!", "?")
_INDENT = re.compile(r"\n[ \t]+")


def escape_markdown(text: str) -> str:
    """One line of plain text escaped so that CommonMark renders it literally."""
    return text.translate(_ESCAPES)


def _lines(text: str) -> str:
    """Plain text as inline Markdown: each line escaped, newlines made hard line breaks."""
    return "\\\n".join(escape_markdown(line) for line in text.split("\n"))


def _split_space(text: str) -> tuple[str, str, str]:
    """text as (leading blank space, the rest, trailing blank space)."""
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]


def _span(text: str, span: Span) -> str:
    """text (a span's, cleaned) as inline Markdown, a link if the span is one."""
    before, core, after = _split_space(text)
    target = link_target(span)
    if not core or target is None:
        return _lines(text)
    # "&" escaped: entities are decoded in a link's destination ("&amp;" would become "&").
    url = quote(target, safe=_URL_SAFE).replace("&", "\\&")
    return f"{_lines(before)}[{_lines(core)}]({url}){_lines(after)}"


def _spans(spans: tuple[Span, ...]) -> str:
    """A paragraph's (or a list item's) spans as inline Markdown: without blank space at
    either end (read as indentation, or as a lone backslash) nor at the start of a line
    (four spaces would make a code block); a run of strong spans is **bold**, its blank
    space at either end kept outside the asterisks."""
    if len(spans) == 1 and spans[0].href is None and not spans[0].strong:
        return _lines(_INDENT.sub("\n", clean_text(spans[0].text).strip()))
    # (text, span) pairs: the span's text cleaned, then trimmed.
    runs = [(clean_text(span.text), span) for span in spans]
    runs = [run for run in runs if run[0]]
    while runs and not runs[0][0].strip():
        runs.pop(0)
    while runs and not runs[-1][0].strip():
        runs.pop()
    if not runs:
        return ""
    runs[0] = (runs[0][0].lstrip(), runs[0][1])
    runs[-1] = (runs[-1][0].rstrip(), runs[-1][1])
    line_start = True
    for index, (text, span) in enumerate(runs):
        text = _INDENT.sub("\n", text)
        if line_start:
            text = text.lstrip(" \t")
        if text:
            line_start = text.endswith("\n")
        runs[index] = (text, span)

    # Pieces of Markdown, each marked True when it should be bold.
    pieces: list[tuple[str, bool]] = []
    for strong, run in groupby(runs, key=lambda run: run[1].strong and bool(run[0].strip())):
        group = list(run)
        if not strong:
            pieces.append(("".join(_span(text, span) for text, span in group), False))
            continue
        before, _, _ = _split_space(group[0][0])
        _, _, after = _split_space(group[-1][0])
        group[0] = (group[0][0][len(before) :], group[0][1])
        group[-1] = (group[-1][0][: len(group[-1][0]) - len(after)], group[-1][1])
        pieces.append((_lines(before), False))
        pieces.append(("".join(_span(text, span) for text, span in group), True))
        pieces.append((_lines(after), False))
    pieces = [piece for piece in pieces if piece[0]]

    out = ""
    for index, (markdown, strong) in enumerate(pieces):
        following = pieces[index + 1][0][0] if index + 1 < len(pieces) else ""
        if strong and _can_be_bold(out[-1:], markdown, following):
            markdown = f"**{markdown}**"
        out += markdown
    return out


def _can_be_bold(previous: str, markdown: str, following: str) -> bool:
    """Whether "**" around markdown, between the characters previous and following ("" at
    either end of the text), opens and closes bold text in CommonMark. When it would not (e.g.
    "a**(b**": a delimiter between a letter and a punctuation mark does not open), the text
    is left plain rather than show stray asterisks."""
    first, last = markdown[0], markdown[-1]
    opens = not _is_space(first) and (
        not _is_punctuation(first)
        or previous == ""
        or _is_space(previous)
        or _is_punctuation(previous)
    )
    closes = not _is_space(last) and (
        not _is_punctuation(last)
        or following == ""
        or _is_space(following)
        or _is_punctuation(following)
    )
    return opens and closes


def _is_space(char: str) -> bool:
    return char.isspace()


def _is_punctuation(char: str) -> bool:
    """CommonMark's punctuation: ASCII punctuation, Unicode punctuation and symbols."""
    return unicodedata.category(char)[0] in "PS"


def _text(text: str) -> str:
    """A plain text as inline Markdown (see _spans)."""
    return _spans((Span(text),))


def _cell(text: str, semicolon: str = "; ") -> str:
    """A table cell on one line: its lines joined with "; " (French: with a no-break space
    before it) and escaped (| included)."""
    out = ""
    for line in (line.strip() for line in clean_text(text).split("\n")):
        if not line:
            continue
        if out:
            out += " " if out.endswith(_CELL_LINE_END) else semicolon
        out += line
    return escape_markdown(out)


def _table(table: Table, semicolon: str = "; ") -> list[str]:
    headers, rows = padded_table(table)
    if not headers:
        return []
    blocks: list[str] = []
    if table.caption and table.caption.strip():
        blocks.append(_text(table.caption))

    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(_cell(cell, semicolon) for cell in cells) + " |"

    lines = [row(headers), "| " + " | ".join("---" for _ in headers) + " |"]
    lines.extend(row(cells) for cells in rows)
    blocks.append("\n".join(lines))
    return blocks


def _bullets(items: tuple[tuple[Span, ...], ...]) -> list[str]:
    """A list's items, the lines after the first indented under the marker."""
    if not items:
        return []
    return ["\n".join("- " + _spans(item).replace("\n", "\n  ") for item in items)]


def render_markdown(doc: NoticeDocument) -> str:
    """The notice as one Markdown document, blocks separated by blank lines: the title, the
    summary (unnumbered) when there is one, then the detail sections numbered from 1."""
    semicolon = "\u00a0; " if doc.lang == "fr" else "; "
    blocks = [f"# {_heading(doc.title)}"]
    for text in (doc.organisation_name, doc.subtitle, doc.version_line):
        if text and text.strip():
            blocks.append(_text(text))
    summary = doc.summary
    if summary is not None:
        blocks.append(f"## {_heading(summary.title)}")
        blocks.extend(_blocks(summary.blocks, semicolon))
        blocks.append("---")  # the end of the first layer
    for number, section in enumerate(doc.details, start=1):
        blocks.append(f"## {number}. {_heading(section.title)}")
        blocks.extend(_blocks(section.blocks, semicolon))
    return "\n\n".join(blocks) + "\n"


def _blocks(section_blocks: tuple[Block, ...], semicolon: str = "; ") -> list[str]:
    """A section's blocks as Markdown blocks (nothing for an empty one)."""
    blocks: list[str] = []
    for block in section_blocks:
        if isinstance(block, Paragraph):
            text = _spans(block.spans)
            if text:
                blocks.append(text)
        elif isinstance(block, Subheading):
            heading = _heading(block.text)
            if heading:
                blocks.append(f"### {heading}")
        elif isinstance(block, BulletList):
            blocks.extend(_bullets(block.items))
        else:
            blocks.extend(_table(block, semicolon))
    return blocks


_HEADING_SPACE = re.compile(r"[^\S\u00a0\u202f]+")


def _heading(text: str) -> str:
    """A heading's text on one line (a heading cannot hold a line break)."""
    # Every white space but the no-break ones: a French no-break space before "?" stays.
    return escape_markdown(" ".join(_HEADING_SPACE.split(clean_text(text).strip())))
