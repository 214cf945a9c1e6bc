"""The privacy notice as a PDF document (reportlab platypus, A4, DejaVu Sans).

    pdf_bytes = render_pdf(doc)

A title block (title, organisation, audience, version line), the summary (the first layer,
unnumbered, on a tinted background) when the notice has one, an optional contents list of the
details, then the numbered detail sections; each section is a bookmark of the PDF outline.
Every page carries a footer ("organisation – title" and "Page X / Y"). The page machinery is
the register's
(pdf.layout.RegisterDocTemplate: bookmarks from headings, page totals as forms filled when the
last page is known), with a single page template instead of a cover and body pages.

Every text of the document is user text: it enters reportlab through pdf.styles.text() or
plain(), so that `<b>` or `&amp;` print literally. Links (mailto:, tel:, http:, https: only)
are clickable and their target stays readable on paper.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Indenter, PageTemplate, Spacer
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.flowables import FrameBG, HRFlowable, KeepTogether, _listWrapOn
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from ropa import __version__
from ropa.core.i18n import language_tag, tr
from ropa.exports.notice.model import (
    BulletList,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
    Subheading,
    Table,
    breakable,
    safe_href,
    shows_target,
    visible_target,
)
from ropa.exports.pdf.layout import (
    FormTableOfContents,
    Outline,
    RegisterDocTemplate,
    _fit,
    canvas_maker,
    page_form,
)
from ropa.exports.pdf.styles import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    GRID_STYLE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MUTED,
    PAGE_WIDTH,
    RULE,
    plain,
    styles,
    text,
)

CONTENTS_MIN_SECTIONS = 4
"""A contents list is worth its space from this many sections on."""

CELL_PADDING = 8.0  # left + right padding of a table cell (GRID_STYLE: 4 + 4)
WORD_SLACK = 0.5
"""Room beyond a column's widest word, lest rounding make reportlab cut it."""
FOOTER_SIZE = 7.5
START_HEIGHT = 30 * mm
"""A heading stays with this much of what follows it (a few rows of a table)."""
LINK_COLOUR = "#" + ACCENT.hexval()[2:]
SUMMARY_FILL = HexColor("#F3F7FC")
SUMMARY_RULE = HexColor("#B6CAE0")
TODO_COLOUR = "#7A3E00"
TODO_FILL = "#FFF0B3"


def render_pdf(doc: NoticeDocument) -> bytes:
    """The notice as PDF bytes, in the document's language."""
    lang = doc.lang
    outline = Outline()
    story: list[Flowable] = title_block(doc)
    summary = doc.summary
    if summary is not None:
        heading = outline.heading(text(summary.title), styles().h2, summary.title, 0, in_toc=False)
        story.extend(summary_flowables(heading, summary))
    details = doc.details
    numbers = [f"{number}. " if doc.numbered else "" for number in range(1, len(details) + 1)]
    headings = [
        outline.heading(f"{n}{text(s.title)}", styles().h2, f"{n}{s.title}", 0)
        for n, s in zip(numbers, details, strict=True)
    ]
    toc_entries = outline.toc_entries()
    if doc.numbered and len(details) >= CONTENTS_MIN_SECTIONS:
        story.append(PdfParagraph(text(tr(lang, "notice.render.contents")), styles().h3))
        contents = FormTableOfContents(toc_entries)
        contents.dotsMinLevel = 0  # dot leaders to the page numbers
        story.append(contents)
        story.append(Spacer(0, 4 * mm))
    for heading, section in zip(headings, details, strict=True):
        story.append(heading)
        story.extend(section_flowables(section))

    buffer = io.BytesIO()
    template = NoticeDocTemplate(
        buffer,
        footer=f"{plain(doc.organisation_name)} \u2013 {plain(doc.title)}",
        # The register's canvas fills "page X / Y" with format(page=, total=).
        page_label=tr(lang, "notice.render.page", page="{page}", pages="{total}"),
        title=plain(doc.title),
        author=plain(doc.organisation_name),
        subject=plain(doc.subtitle),
        creator=f"ropa {__version__}",
        lang=language_tag(lang),
    )
    template.toc_keys = [entry[3] for entry in toc_entries]
    template.build(story, canvasmaker=canvas_maker(template))
    return buffer.getvalue()


class NoticeDocTemplate(RegisterDocTemplate):
    """The register's page machinery with one page template for every page: no cover, no
    header, a footer with the organisation, the title and "Page X / Y"."""

    pageTemplates: list[PageTemplate]  # noqa: N815 (reportlab's name)

    def __init__(self, target: Any, *, footer: str, page_label: str, **meta: Any) -> None:
        super().__init__(
            target,
            header_left="",
            header_right="",
            footer_left="",
            page_label=page_label,
            on_heading=_ignore,
            on_page=_ignore,
            **meta,
        )
        self.keepTogetherClass = KeepWithStart
        self.footer = _fit(footer, FONT, FOOTER_SIZE, FRAME_WIDTH * 0.7)
        body = next(t for t in self.pageTemplates if t.id == "body")
        self.pageTemplates = [PageTemplate("notice", body.frames, onPage=self._draw_notice_page)]

    def _draw_notice_page(self, canvas: Canvas, doc: Any) -> None:
        right = PAGE_WIDTH - MARGIN_RIGHT
        bottom = MARGIN_BOTTOM - 10 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, bottom + 3.5 * mm, right, bottom + 3.5 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, FOOTER_SIZE)
        canvas.drawString(MARGIN_LEFT, bottom, self.footer)
        canvas.translate(right, bottom)
        canvas.doForm(page_form(canvas.getPageNumber()))
        canvas.restoreState()


class KeepWithStart(KeepTogether):
    """What keepWithNext makes of headings and the flowable after them: they move to the next
    page together when the headings and the start of that flowable do not fit (not when all
    of it does not: a long table would leave a page nearly empty)."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803
        # KeepTogether.wrap, but with the last flowable counted up to START_HEIGHT only.
        dims: list[tuple[float, float]] = []
        width, height = _listWrapOn(self._content, aW, self.canv, dims=dims)
        last = dims[-1][1] if len(dims) > 1 else 0.0
        self._H = height - last + min(last, START_HEIGHT)
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = aW, aH
        return width, 0xFFFFFF  # as KeepTogether: always asked to split


def _ignore(_value: object) -> None:
    """A hook the notice does not need (the register reports progress with it)."""


# -- blocks ----------------------------------------------------------------------------------


@cache
def notice_styles() -> dict[str, ParagraphStyle]:
    """The notice's own styles, derived once from the register's."""
    st = styles()
    return {
        "organisation": ParagraphStyle(
            "notice_org", parent=st.subtitle, fontName=FONT_BOLD, textColor=ACCENT
        ),
        "version": ParagraphStyle("notice_version", parent=st.muted, spaceBefore=4),
        "body": ParagraphStyle("notice_body", parent=st.body, fontSize=9.5, leading=13.2),
        # A paragraph that introduces what follows ("Data:"): kept with its start.
        "lead": ParagraphStyle(
            "notice_lead", parent=st.body, fontSize=9.5, leading=13.2, keepWithNext=1
        ),
        "bullet": ParagraphStyle(
            "notice_bullet",
            parent=st.body,
            fontSize=9.5,
            leading=13.2,
            leftIndent=5 * mm,
            bulletIndent=1.5 * mm,
            spaceAfter=2,
        ),
        "caption": ParagraphStyle(
            "notice_caption", parent=st.group, textColor=MUTED, spaceBefore=4
        ),
    }


def title_block(doc: NoticeDocument) -> list[Flowable]:
    st = styles()
    own = notice_styles()
    block: list[Flowable] = [PdfParagraph(text(doc.title), st.title)]
    block.append(PdfParagraph(text(doc.organisation_name), own["organisation"]))
    if doc.subtitle:
        block.append(PdfParagraph(text(doc.subtitle), st.subtitle))
    if doc.version_line:
        block.append(PdfParagraph(text(doc.version_line), own["version"]))
    block.append(Spacer(0, 2 * mm))
    block.append(HRFlowable(width="100%", thickness=0.6, color=RULE, spaceAfter=3 * mm))
    return block


SUMMARY_PADDING = 4 * mm


def summary_flowables(heading: Flowable, summary: Section) -> list[Flowable]:
    """The first layer on a tinted, framed background that follows it over a page break:
    its heading (unnumbered) and its blocks, indented from the frame's edges."""
    return [
        FrameBG(color=SUMMARY_FILL, strokeColor=SUMMARY_RULE, strokeWidth=0.6),
        Spacer(0, 1 * mm),
        Indenter(SUMMARY_PADDING, SUMMARY_PADDING),
        heading,
        *section_flowables(summary),
        Indenter(-SUMMARY_PADDING, -SUMMARY_PADDING),
        Spacer(0, 2 * mm),
        FrameBG(start=False),
        Spacer(0, 5 * mm),
    ]


def section_flowables(section: Section) -> list[Flowable]:
    """A section's blocks (its heading is made by the caller, for the outline)."""
    own = notice_styles()
    out: list[Flowable] = []
    last = len(section.blocks) - 1
    for index, block in enumerate(section.blocks):
        if isinstance(block, Paragraph):
            if block.spans:
                lead = index < last and introduces(block)
                style = own["lead"] if lead else own["body"]
                out.append(PdfParagraph(spans_markup(block.spans), style))
        elif isinstance(block, Subheading):
            out.append(PdfParagraph(text(block.text), styles().h3))
        elif isinstance(block, BulletList):
            out.extend(
                PdfParagraph(spans_markup(item), own["bullet"], bulletText="\u2022")
                for item in block.items
            )
        else:
            out.extend(table_flowables(block))
    return out


def introduces(paragraph: Paragraph) -> bool:
    """Whether a paragraph introduces the block after it (it ends with a colon): a page
    must not end with it."""
    return paragraph.text().rstrip().endswith(":")


def spans_markup(spans: Iterable[Span]) -> str:
    """Spans as Paragraph markup: every text escaped, bold runs, links to safe targets."""
    return "".join(span_markup(span) for span in spans)


def span_markup(span: Span) -> str:
    # Not text(): it strips, and the spaces between spans matter.
    markup = escape(plain(span.text)).replace("\r\n", "\n").replace("\r", "\n")
    markup = markup.replace("\n", "<br/>")
    target = safe_href(span.href)
    if target is not None:
        if not shows_target(plain(span.text), target):
            markup += f" ({escape(visible_target(target))})"
        href = escape(target, {'"': "&quot;"})
        markup = f'<a href="{href}" color="{LINK_COLOUR}">{markup}</a>'
    if span.strong:
        markup = f"<b>{markup}</b>"
    if span.todo:  # what a draft lacks: italic on a yellow ground
        markup = f'<font color="{TODO_COLOUR}" backColor="{TODO_FILL}"><i>{markup}</i></font>'
    return markup


def table_flowables(table: Table) -> list[Flowable]:
    """A table with its caption: a header row repeated on every page it spans, cells that
    wrap, columns sized to their content within the frame."""
    st = styles()
    out: list[Flowable] = []
    if table.caption:
        out.append(PdfParagraph(text(table.caption), notice_styles()["caption"]))
    columns = len(table.headers)
    if columns == 0:
        return out
    cell, head = st.cell, st.cell_head
    data: list[list[Any]] = [[cell_paragraph(h, head) for h in table.headers]]
    for row in table.rows:
        cells = list(row[:columns]) + [""] * (columns - len(row))
        data.append([cell_paragraph(value, cell) for value in cells])
    widths = column_widths(table.headers, table.rows, FRAME_WIDTH)
    out.append(
        PdfTable(
            data, colWidths=widths, repeatRows=1, style=GRID_STYLE, hAlign="LEFT", spaceAfter=6
        )
    )
    return out


class CellParagraph(PdfParagraph):
    """A table cell's paragraph that breaks its lines once per width. A long table is wrapped
    again each time it splits at the end of a page, and once more when drawn: without this,
    a table of n rows over p pages would break about n * p paragraphs into lines."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            return self._wrapped[1]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def cell_paragraph(value: str, style: ParagraphStyle) -> CellParagraph:
    """A cell's paragraph made without reportlab's markup parser, which takes most of the
    time spent on a long table: the fragments the parser would make of text(value) (the
    text in the style, a line break for each newline), and no markup can ever slip in."""
    text_fragment, break_fragment = _fragments(style)
    fragments = []
    for number, line in enumerate(_LINE_ENDS.split(plain(value).strip())):
        if number:
            fragments.append(break_fragment.clone())
        if line:
            fragments.append(text_fragment.clone(text=line))
    return CellParagraph(text(value), style, frags=fragments)


_LINE_ENDS = re.compile(r"\r\n|\r|\n")


@cache
def _fragments(style: ParagraphStyle) -> tuple[ParaFrag, ParaFrag]:
    """A text fragment and a line break fragment in the style, as the parser makes them."""
    _, fragments, _ = ParaParser().parse("x<br/>x", style)
    return fragments[0], fragments[1]


_WORDS = re.compile(r"\S+")


def column_widths(
    headers: Sequence[str], rows: Sequence[Sequence[str]], available: float
) -> list[float]:
    """Column widths filling `available` (the automatic layout of HTML tables): each column
    at least as wide as its longest word, so that no word is ever cut (only a long address or
    name may be, when the words of every column leave too little room for it); the rest is
    shared in proportion to how much more each column's longest line needs."""
    st = styles()
    size = st.cell.fontSize
    count = len(headers)
    longest_line = [stringWidth(plain(h), FONT_BOLD, size) for h in headers]
    words = [  # the widest word that must stay whole, the widest that may be cut
        [max((stringWidth(w, FONT_BOLD, size) for w in _WORDS.findall(plain(h))), default=0.0), 0.0]
        for h in headers
    ]
    for row in rows:
        for index, value in enumerate(row[:count]):
            if not value:
                continue
            clean = plain(value)
            for line in clean.splitlines():
                longest_line[index] = max(longest_line[index], stringWidth(line, FONT, size))
            for word in set(_WORDS.findall(clean)):
                width = stringWidth(word, FONT, size)
                kind = 1 if breakable(word) else 0
                words[index][kind] = max(words[index][kind], width)
    whole = [min(w, available / 2) + CELL_PADDING + WORD_SLACK for w, _ in words]
    # A long name or address asks for no more than an equal share of the width: it may be
    # cut, the other columns' words may not.
    minimum = [
        max(low, min(cut, available / count) + CELL_PADDING)
        for low, (_, cut) in zip(whole, words, strict=True)
    ]
    natural = [
        max(line + CELL_PADDING, low) for line, low in zip(longest_line, minimum, strict=True)
    ]
    if sum(whole) >= available:  # not even the words fit: narrower than they are, evenly
        return [available * w / sum(whole) for w in whole]
    if sum(minimum) > available:  # the words fit, the long names and addresses are cut
        room = available - sum(whole)
        wants = [m - w for m, w in zip(minimum, whole, strict=True)]
        return [w + room * want / sum(wants) for w, want in zip(whole, wants, strict=True)]
    if sum(natural) <= available:
        extra = available - sum(natural)
        return [n + extra * n / sum(natural) for n in natural]
    room = available - sum(minimum)
    wants = [n - m for n, m in zip(natural, minimum, strict=True)]
    return [m + room * w / sum(wants) for m, w in zip(minimum, wants, strict=True)]
