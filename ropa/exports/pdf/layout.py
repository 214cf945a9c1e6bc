"""The page machinery of the PDF register: page templates (cover, body with header and
footer), headings that feed the table of contents and the PDF outline, and page numbers.

The document is laid out in one pass. Numbers that are only known at the end (the total in
"page X / Y", the page of each table-of-contents entry) are drawn as PDF form XObjects that
pages refer to by name and that the canvas defines just before it saves the file. The table of
contents (a platypus TableOfContents) knows its entries, and so its height, before the build:
one layout pass is enough (a multiBuild would be satisfied after its first pass).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ropa.exports.pdf.styles import (
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TOC_STYLE,
    plain,
    styles,
)

PageHook = Callable[[int], None]


class Heading(Paragraph):
    """A heading: a bookmark, an outline entry at `level` and, when `in_toc`, a line of the
    table of contents. `title` is the plain text (the paragraph holds escaped markup)."""

    def __init__(
        self, markup: str, style: Any, *, title: str, key: str, level: int, in_toc: bool = True
    ) -> None:
        super().__init__(markup, style)
        self.title = title
        self.key = key
        self.level = level
        self.in_toc = in_toc
        self.progress_step: int | None = None


@dataclass
class Outline:
    """The headings of the document, in order, collected while the story is built."""

    headings: list[Heading] = field(default_factory=list)
    counter: int = 0

    def heading(
        self, markup: str, style: Any, title: str, level: int, *, in_toc: bool = True
    ) -> Heading:
        self.counter += 1
        heading = Heading(
            markup, style, title=title, key=f"h{self.counter}", level=level, in_toc=in_toc
        )
        self.headings.append(heading)
        return heading

    def toc_entries(self) -> list[tuple[int, str, int, str]]:
        return [(h.level, h.text, 0, h.key) for h in self.headings if h.in_toc]


class FormTableOfContents(TableOfContents):
    """A platypus TableOfContents whose page numbers are forms defined at the end, so that
    its layout never depends on them."""

    def __init__(self, entries: list[tuple[int, str, int, str]]) -> None:
        st = styles()
        super().__init__(levelStyles=list(st.toc), tableStyle=TOC_STYLE, dotsMinLevel=1)
        self._entries = list(entries)
        self._lastEntries = list(entries)
        self._number_width = stringWidth("00000", FONT, st.toc[1].fontSize)

    def addEntry(self, level: int, text: str, pageNum: int, key: str | None = None) -> None:  # noqa: N802, N803
        # Page numbers are drawn from forms: the entry itself does not depend on them.
        self._entries.append((level, text, 0, key or ""))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        width = availWidth
        number_width = self._number_width

        def draw_entry_end(canvas: Canvas, kind: str, label: str) -> None:
            level_text, key = label.split(":", 1)
            level = int(level_text)
            style = self.getLevelStyle(level)
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            if level >= self.dotsMinLevel:
                dot = " . "
                dot_width = stringWidth(dot, style.fontName, style.fontSize)
                count = int((width - number_width - x) / dot_width)
                if count > 0:
                    canvas.setFont(style.fontName, style.fontSize)
                    canvas.setFillColor(RULE)
                    canvas.drawString(width - number_width - count * dot_width, y, dot * count)
            canvas.saveState()
            canvas.setFillColor(style.textColor)
            canvas.translate(width, y)
            canvas.doForm(toc_form(key))
            canvas.restoreState()
            canvas.linkRect(
                "", key, (width - number_width, y, width, y + style.leading), relative=1
            )

        self.canv.setNamedCB("drawTOCEntryEnd", draw_entry_end)
        rows = []
        for level, markup, _page, key in self._lastEntries:
            style = self.getLevelStyle(level)
            end = f'<onDraw name="drawTOCEntryEnd" label="{level}:{key}"/>'
            para = Paragraph(f'<a href="#{key}">{markup}</a>{end}', style)
            para.style = style
            rows.append([para])
        if not rows:
            rows.append([Paragraph("", styles().body)])
        self._table = Table(
            rows,
            colWidths=(availWidth - number_width - 2 * mm,),
            style=self.tableStyle,
            hAlign="LEFT",
        )
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


def toc_form(key: str) -> str:
    return f"toc-{key}"


def page_form(page: int) -> str:
    return f"page-{page}"


class RegisterDocTemplate(BaseDocTemplate):
    """A4, a cover template without decorations and a body template with the organisation
    and the document's title in the header, the generation date and "page X / Y" below."""

    def __init__(
        self,
        target: Any,
        *,
        header_left: str,
        header_right: str,
        footer_left: str,
        page_label: str,
        on_heading: Callable[[Heading], None],
        on_page: PageHook,
        **meta: Any,
    ) -> None:
        super().__init__(
            target,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **meta,
        )
        self.header_left = _fit(plain(header_left), FONT_BOLD, 7.5, FRAME_WIDTH * 0.55)
        self.header_right = _fit(plain(header_right), FONT, 7.5, FRAME_WIDTH * 0.43)
        self.footer_left = plain(footer_left)
        self.page_label = page_label
        self.on_heading = on_heading
        self.on_page = on_page
        self.page_of: dict[str, int] = {}
        self.toc_keys: list[str] = []
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        cover_frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE_HEIGHT - MARGIN_BOTTOM - 30 * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="cover",
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [cover_frame], onPage=self._draw_cover_page),
                PageTemplate("body", [frame], onPage=self._draw_body_page),
            ]
        )

    # -- the story's hooks -------------------------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        if isinstance(flowable, Heading):
            canvas = self.canv
            canvas.bookmarkPage(flowable.key)
            canvas.addOutlineEntry(plain(flowable.title), flowable.key, level=flowable.level)
            self.page_of[flowable.key] = self.page
            if flowable.in_toc:
                self.notify("TOCEntry", (flowable.level, flowable.text, self.page, flowable.key))
            self.on_heading(flowable)

    # -- page decorations --------------------------------------------------------------------

    def _draw_cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(styles().h1.textColor)
        canvas.rect(0, PAGE_HEIGHT - 12 * mm, PAGE_WIDTH, 12 * mm, stroke=0, fill=1)
        canvas.restoreState()
        self.on_page(canvas.getPageNumber())

    def _draw_body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        page = canvas.getPageNumber()
        right = PAGE_WIDTH - MARGIN_RIGHT
        top = PAGE_HEIGHT - MARGIN_TOP + 9 * mm
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.drawString(MARGIN_LEFT, top, self.header_left)
        canvas.setFont(FONT, 7.5)
        canvas.drawRightString(right, top, self.header_right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, top - 2.5 * mm, right, top - 2.5 * mm)
        bottom = MARGIN_BOTTOM - 10 * mm
        canvas.line(MARGIN_LEFT, bottom + 3.5 * mm, right, bottom + 3.5 * mm)
        canvas.drawString(MARGIN_LEFT, bottom, self.footer_left)
        canvas.translate(right, bottom)
        canvas.doForm(page_form(page))
        canvas.restoreState()
        self.on_page(page)


def _fit(value: str, font: str, size: float, width: float) -> str:
    """A header text shortened with an ellipsis to fit the width."""
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "\u2026", font, size) > width:
        value = value[: max(len(value) - max(len(value) // 10, 1), 0)]
    return value + "\u2026"


class RegisterCanvas(Canvas):
    """A canvas that defines the forms the pages refer to (page totals, table-of-contents
    page numbers) just before saving, once every page is known."""

    def __init__(self, *args: Any, doc: RegisterDocTemplate, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._register_doc = doc

    def save(self) -> None:
        doc = self._register_doc
        total = self.getPageNumber() - 1
        label = doc.page_label
        for page in range(1, total + 1):
            self.beginForm(page_form(page), lowerx=-PAGE_WIDTH / 2, lowery=-3, upperx=0, uppery=10)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(0, 0, label.format(page=page, total=total))
            self.endForm()
        toc_style = styles().toc[1]
        for key in dict.fromkeys([*doc.toc_keys, *doc.page_of]):
            found = doc.page_of.get(key)
            self.beginForm(toc_form(key), lowerx=-40 * mm, lowery=-3, upperx=0, uppery=14)
            self.setFont(toc_style.fontName, toc_style.fontSize)
            self.drawRightString(0, 0, str(found) if found is not None else "?")
            self.endForm()
        super().save()


def canvas_maker(doc: RegisterDocTemplate) -> Callable[..., Canvas]:
    def make(*args: Any, **kwargs: Any) -> Canvas:
        return RegisterCanvas(*args, doc=doc, **kwargs)

    return make
