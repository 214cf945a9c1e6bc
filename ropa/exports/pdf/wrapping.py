"""Where the PDF register's lines may break: at spaces, and inside a word only after "@", "/"
or "-" (an e-mail address, a web address, a compound), never between two letters.

reportlab cuts a word wider than its column at any letter ("Pays de d / estination"). So the
register's paragraphs are `BreakingParagraph`s: when laid out in a width, a word wider than
the width is cut first after "@", "/" or "-", then (only where that is not enough) after a "."
or "_" of an address, each piece on its own line; reportlab's cut at any letter remains only
for a word that has none of these, as a last resort against leaving the page. And the tables'
columns are made wide enough for their ordinary words (`fitted_widths`), so that the cuts
after "." and at any letter do not happen in practice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

BREAK_AFTER = frozenset("@/-")
"""The characters a word may break after."""
BREAK_AFTER_IN_ADDRESSES = frozenset("._")
"""Where an address (a word with "@", "/" or ":") still too wide may break, as a last resort."""
CELL_PADDING = 8.0
"""A table cell's left and right padding together (styles.table_style)."""
SLACK = 1.0

_SPACES = re.compile(r"(\s+)")


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


WIDEST_GLYPH = 1.05
"""No glyph of the font is wider than this many ems: a word of n letters is at most
n * size * WIDEST_GLYPH wide (what spares measuring most words)."""


def _may_exceed(word: str, size: float, width: float) -> bool:
    return len(word) * size * WIDEST_GLYPH > width


def _cuts(word: str, chars: frozenset[str]) -> list[int]:
    """The positions a word may break at: after one of chars, with something before and
    after it that is not itself a break character."""
    return [
        i
        for i in range(2, len(word))
        if word[i - 1] in chars and word[i - 2] not in chars and word[i] not in chars
    ]


def _is_address(word: str) -> bool:
    return "@" in word or "/" in word or ":" in word


def cut_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word as pieces no wider than width where it can be: cut as late as possible after
    "@", "/" or "-", else (an address) after "." or "_". A piece with no such place is left
    whole (reportlab cuts it, a last resort)."""
    pieces: list[str] = []
    rest = word
    while _width(rest, font, size) > width:
        cut = _last_fitting(rest, _cuts(rest, BREAK_AFTER), font, size, width)
        if cut is None and _is_address(word):
            cut = _last_fitting(rest, _cuts(rest, BREAK_AFTER_IN_ADDRESSES), font, size, width)
        if cut is None:
            break
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def _last_fitting(word: str, cuts: list[int], font: str, size: float, width: float) -> int | None:
    fitting = [i for i in cuts if _width(word[:i], font, size) <= width]
    return fitting[-1] if fitting else None


def units(word: str) -> list[str]:
    """The parts of a word that must stay whole: the word cut after every "@", "/" and "-"."""
    cuts = _cuts(word, BREAK_AFTER)
    return [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]


def _text_fragments(paragraph: Paragraph) -> Iterator[Any]:
    """The paragraph's fragments holding text (not line breaks, nor the words of a
    paragraph already split across pages)."""
    for fragment in paragraph.frags:
        text = getattr(fragment, "text", None)
        if text and not getattr(fragment, "lineBreak", False) and not hasattr(fragment, "words"):
            yield fragment


def broken_fragments(fragments: Sequence[Any], width: float) -> list[Any]:
    """The fragments with each word wider than width cut into pieces, a line break between
    two pieces."""
    result: list[Any] = []
    for fragment in fragments:
        text = getattr(fragment, "text", None)
        if not text or getattr(fragment, "lineBreak", False) or hasattr(fragment, "words"):
            result.append(fragment)
            continue
        font, size = fragment.fontName, fragment.fontSize
        parts = _SPACES.split(text)
        if not any(
            _may_exceed(p, size, width) and _width(p, font, size) > width for p in parts[::2]
        ):
            result.append(fragment)
            continue
        current = ""
        for index, part in enumerate(parts):
            pieces = [part] if index % 2 else cut_word(part, font, size, width)
            current += pieces[0]
            for piece in pieces[1:]:
                result.append(fragment.clone(text=current))
                line_break = fragment.clone(text="", lineBreak=True)
                line_break.__tag__ = "br"
                result.append(line_break)
                current = piece
        if current:
            result.append(fragment.clone(text=current))
    return result


class BreakingParagraph(Paragraph):
    """A Paragraph whose words wider than its width break only where `cut_word` allows."""

    frags: list[Any]

    def __init__(self, text: str | None, style: Any, **options: Any) -> None:
        super().__init__(text, style, **options)
        self._source_frags = list(self.frags)
        self._broken_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        style = self.style
        width = availWidth - style.leftIndent - style.rightIndent - max(style.firstLineIndent, 0)
        if width != self._broken_for:
            self.frags = broken_fragments(self._source_frags, width)
            self._broken_for = width
        return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]


def word_widths(flowable: Flowable | str | None) -> tuple[set[float], float]:
    """The widths of a cell's words, and of its widest part of a word that must stay on one
    line (a word cut after every "@", "/" and "-")."""
    if not isinstance(flowable, Paragraph):
        return set(), 0.0
    words: set[float] = set()
    unit_width = 0.0
    for fragment in _text_fragments(flowable):
        font, size = fragment.fontName, fragment.fontSize
        for word in fragment.text.split():
            word_width = _width(word, font, size)
            words.add(word_width)
            if any(c in BREAK_AFTER for c in word):
                word_width = max(_width(unit, font, size) for unit in units(word))
            unit_width = max(unit_width, word_width)
    return words, unit_width


WHOLE_WORD_SHARE = 0.25
"""A column widens to keep its widest word (an address) whole if it takes no more than this
share of the table."""


def fitted_widths(
    rows: Sequence[Sequence[Flowable | str | None]], shares: Sequence[float], total: float
) -> list[float] | None:
    """Column widths filling total, in proportion to shares, but each column at least as wide
    as the widest word of its cells (an address, when no wider than WHOLE_WORD_SHARE of the
    table) where the table has room for it, else as its widest part of a word; the columns
    with room to spare give it, in proportion to their shares. None when the columns' words
    do not fit side by side (blocks.grid then stacks the rows)."""
    count = len(shares)
    words: list[set[float]] = [set() for _ in range(count)]
    parts = [0.0] * count
    for row in rows:
        for index, value in enumerate(row[:count]):
            widths_of_words, unit = word_widths(value)
            words[index] |= widths_of_words
            parts[index] = max(parts[index], unit)
    pad = CELL_PADDING + SLACK
    hard = [u + pad if u else 0.0 for u in parts]
    cap = total * WHOLE_WORD_SHARE
    soft = [
        max([h, *(w + pad for w in column if w + pad <= cap)])
        for column, h in zip(words, hard, strict=True)
    ]
    minimum = soft if sum(soft) < total else hard
    if sum(minimum) > total:
        return None
    widths = [total * s / sum(shares) for s in shares]
    fixed = [False] * count
    while True:
        short = [i for i in range(count) if not fixed[i] and widths[i] < minimum[i]]
        if not short:
            break
        for i in short:
            widths[i] = minimum[i]
            fixed[i] = True
        free = [i for i in range(count) if not fixed[i]]
        room = total - sum(widths[i] for i in range(count) if fixed[i])
        share = sum(shares[i] for i in free)
        for i in free:
            widths[i] = room * shares[i] / share
    spare = total - sum(widths)  # every column at its minimum: the rest in proportion
    return [w + spare * s / sum(shares) for w, s in zip(widths, shares, strict=True)]
