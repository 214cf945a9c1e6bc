"""Fonts, colours, paragraph and table styles of the PDF register, and `text()`: the one way
user text enters a reportlab Paragraph (escaped, control characters removed, newlines kept).

Paragraph parses a small XML markup: anything a user typed must go through `text()` so that
`<b>` or `&amp;` print literally instead of being interpreted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

from ropa.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
LABEL_WIDTH = 46 * mm

INK = colors.HexColor("#1F2933")
ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#52606D")
RULE = colors.HexColor("#C5CCD3")
LABEL_FILL = colors.HexColor("#F2F4F7")
HEADER_FILL = colors.HexColor("#DCE4EE")
GROUP_FILL = colors.HexColor("#E9EEF4")

EMPTY = "\u2014"  # em dash: a field left empty


@cache
def register_fonts() -> frozenset[str]:
    """Register DejaVu Sans (four faces) with reportlab, once; return the characters the
    regular face can draw."""
    folder = resources_dir() / "fonts"
    faces = {
        FONT: "DejaVuSans.ttf",
        FONT_BOLD: "DejaVuSans-Bold.ttf",
        FONT_ITALIC: "DejaVuSans-Oblique.ttf",
        FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    }
    for name, file in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    font: Any = pdfmetrics.getFont(FONT)
    return frozenset(chr(code) for code in font.face.charToGlyph) | {"\r", "\n"}


# -- user text -------------------------------------------------------------------------------

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_NEWLINES = re.compile(r"\r\n|\r|\n")
REPLACEMENT = "\ufffd"


def plain(value: object) -> str:
    """A value as one clean string: control characters removed, characters the font cannot
    draw (emoji, most scripts outside Latin, Greek, Cyrillic, Hebrew, Arabic) replaced by
    U+FFFD, so that nothing prints as a wrong glyph."""
    if value is None:
        return ""
    string = str(value).replace("\t", " ")
    string = _CONTROL.sub("", string)
    if not string.isascii():
        drawable = register_fonts()
        if not drawable.issuperset(string):
            string = "".join(c if c in drawable else REPLACEMENT for c in string)
    return string


def text(value: object) -> str:
    """User text as Paragraph markup: escaped (it prints literally), newlines as line breaks."""
    escaped = escape(plain(value).strip())
    if "\n" in escaped or "\r" in escaped:
        escaped = _NEWLINES.sub("<br/>", escaped)
    return escaped


# -- styles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    compact: ParagraphStyle
    compact_head: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    group: ParagraphStyle
    toc: tuple[ParagraphStyle, ...]
    page_no: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9, leading=12, textColor=INK, spaceAfter=4
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.4, leading=10.6, spaceAfter=0)
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName=FONT_BOLD,
        fontSize=15,
        leading=19,
        textColor=ACCENT,
        spaceBefore=0,
        spaceAfter=10,
        keepWithNext=1,
    )
    toc0 = ParagraphStyle(
        "toc0", parent=body, fontName=FONT_BOLD, fontSize=9.5, leading=13, spaceBefore=5
    )
    toc1 = ParagraphStyle(
        "toc1", parent=body, fontSize=8.6, leading=11.4, leftIndent=5 * mm, spaceAfter=0
    )
    toc2 = ParagraphStyle("toc2", parent=toc1, fontSize=8.2, leftIndent=10 * mm)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5),
        label=ParagraphStyle("label", parent=cell, textColor=MUTED, fontName=FONT_BOLD),
        cell=cell,
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=FONT_BOLD, textColor=INK),
        compact=ParagraphStyle("compact", parent=cell, fontSize=7.6, leading=9.6),
        compact_head=ParagraphStyle(
            "compact_head", parent=cell, fontName=FONT_BOLD, fontSize=7.6, leading=9.6
        ),
        muted=ParagraphStyle("muted", parent=body, textColor=MUTED, fontSize=8.5, leading=11),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=22,
            leading=28,
            textColor=ACCENT,
            spaceAfter=6,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=12.5, leading=17, textColor=MUTED, spaceAfter=2
        ),
        h1=h1,
        h2=ParagraphStyle(
            "h2",
            parent=h1,
            fontSize=12,
            leading=15.5,
            spaceBefore=12,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=h1,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=4,
            textColor=INK,
        ),
        group=ParagraphStyle(
            "group",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12,
            textColor=ACCENT,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        toc=(toc0, toc1, toc2),
        page_no=ParagraphStyle("page_no", parent=cell, alignment=TA_RIGHT),
    )


def table_style(*extra: tuple[Any, ...]) -> TableStyle:
    """The tables' common style (padding, rules), with `extra` commands."""
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
            *extra,
        ]
    )


FIELDS_STYLE = table_style(("BACKGROUND", (0, 0), (0, -1), LABEL_FILL))
"""A label/value table: labels in a shaded first column."""

GRID_STYLE = table_style(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
"""A table with a header row (repeated on every page it spans)."""

TITLED_FIELDS_STYLE = table_style(
    ("BACKGROUND", (0, 1), (0, -1), LABEL_FILL),
    ("BACKGROUND", (0, 0), (-1, 0), GROUP_FILL),
    ("SPAN", (0, 0), (-1, 0)),
)
"""A label/value table whose first row is a title across both columns (one purpose, one
transfer...)."""

TOC_STYLE = TableStyle(
    [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)
