"""The privacy notice as a Word document (python-docx), to edit or to merge into a website.

    docx_bytes = render_docx(doc)

A4 pages; the title in the Title style, then the organisation, the audience and the version
line; each section a "Heading 1" numbered "n. Title", subheadings in "Heading 2", bullet lists
in "List Bullet", tables in "Table Grid" with a bold header row that Word and LibreOffice
repeat on every page. Links (mailto:, tel:, http:, https: only) are real hyperlinks and their
target stays readable on paper. The footer holds the organisation, the title and
"Page X / Y" (PAGE and NUMPAGES fields). The document's language (fr-BE, nl-BE, en-GB) is set
in its styles and properties, for spelling and screen readers.

python-docx escapes XML itself; characters that XML forbids (NUL, most control characters)
are removed first, since lxml refuses them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from copy import deepcopy
from datetime import UTC, datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row, CT_Tc
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt, RGBColor, Twips
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run
from lxml.etree import SubElement

from ropa import __version__
from ropa.core.i18n import language_tag, tr
from ropa.exports.notice.model import (
    Block,
    BulletList,
    NoticeDocument,
    Paragraph,
    Span,
    Subheading,
    Table,
    breakable,
    safe_href,
    shows_target,
    visible_target,
)

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN = Mm(20)
TEXT_WIDTH = Mm(210 - 2 * 20)
LINK_COLOUR = RGBColor(0x1F, 0x4E, 0x79)
MUTED_COLOUR = RGBColor(0x52, 0x60, 0x6D)
HEADER_FILL = "DCE4EE"
TABLE_TEXT = "Table Text"
HYPERLINK = "Hyperlink"

W_R, W_T, W_BR, W_TAB = qn("w:r"), qn("w:t"), qn("w:br"), qn("w:tab")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]"
)


def clean(value: str | None) -> str:
    """Text python-docx can write: characters XML forbids removed, line ends as "\\n" (a
    line break in Word), tabs kept (a tab)."""
    if not value:
        return ""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _FORBIDDEN.sub("", value)


def render_docx(doc: NoticeDocument) -> bytes:
    """The notice as DOCX bytes, in the document's language: the title, the summary (the
    first layer, unnumbered, in a shaded box) when there is one, then the detail sections
    numbered from 1."""
    document = Document()
    prepare(document, doc)
    writer = Writer(document)
    title_block(writer, doc)
    summary = doc.summary
    if summary is not None:
        writer.boxed = True
        writer.paragraph("Heading 1").add_run(clean(summary.title))
        add_blocks(writer, summary.blocks)
        writer.boxed = False
    for number, section in enumerate(doc.details, start=1):
        title = f"{number}. {section.title}" if doc.numbered else section.title
        writer.paragraph("Heading 1").add_run(clean(title))
        add_blocks(writer, section.blocks)
    footer(document, doc)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def add_blocks(writer: Writer, blocks: Sequence[Block]) -> None:
    """A section's blocks; a paragraph that introduces the next block (it ends with a colon)
    is kept on the same page as that block."""
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            if block.spans:
                paragraph = writer.paragraph()
                add_spans(paragraph, block.spans)
                if index < len(blocks) - 1 and block.text().rstrip().endswith(":"):
                    paragraph.paragraph_format.keep_with_next = True
        elif isinstance(block, Subheading):
            writer.paragraph("Heading 2").add_run(clean(block.text))
        elif isinstance(block, BulletList):
            for item in block.items:
                add_spans(writer.paragraph("List Bullet"), item)
        else:
            add_table(writer, block)


class Writer:
    """Adds paragraphs to the document's body with styles looked up once: python-docx looks a
    style given by name up again (scanning every style) for each paragraph."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self._style_ids: dict[str, str] = {}
        self.boxed = False
        """Whether new paragraphs go in the summary's box (the same border and shading on
        consecutive paragraphs: Word draws one box around them)."""
        self._box = box_properties()

    def style_id(self, name: str) -> str:
        if name not in self._style_ids:
            self._style_ids[name] = self.document.styles[name].style_id
        return self._style_ids[name]

    def paragraph(self, style: str | None = None) -> DocxParagraph:
        paragraph = self.document.add_paragraph()
        if style is not None:
            paragraph._p.style = self.style_id(style)
        if self.boxed:
            p_pr = paragraph._p.get_or_add_pPr()
            for element in self._box:
                p_pr.append(deepcopy(element))
        return paragraph


SUMMARY_FILL = "EEF3FA"
SUMMARY_BORDER = "8EA9C8"


def box_properties() -> list[BaseOxmlElement]:
    """The paragraph border and shading of the summary's box (w:pBdr, w:shd), made once and
    copied onto each of its paragraphs."""
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        border = OxmlElement(f"w:{side}")
        border.set(qn("w:val"), "single")
        border.set(qn("w:sz"), "18" if side == "left" else "4")
        border.set(qn("w:space"), "6")
        border.set(qn("w:color"), SUMMARY_BORDER)
        borders.append(border)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), SUMMARY_FILL)
    return [borders, shading]


# -- the document's settings -----------------------------------------------------------------


def prepare(document: DocxDocument, doc: NoticeDocument) -> None:
    """A4 pages, the language, the properties and the two styles the notice adds."""
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    tag = language_tag(doc.lang)
    set_language(document, tag)

    props = document.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    # Word's core properties hold at most 255 characters each (python-docx refuses more).
    props.title = clean(doc.title)[:255]
    props.author = clean(doc.organisation_name)[:255]
    props.subject = clean(doc.subtitle)[:255]
    props.comments = clean(doc.version_line)[:255]
    props.language = tag
    props.created = props.modified = now
    props.last_modified_by = f"ropa {__version__}"
    props.revision = 1
    props.version = str(doc.version)

    styles = document.styles
    table_text = styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = styles["Normal"]
    table_text.font.size = Pt(9)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0
    link = styles.add_style(HYPERLINK, WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = LINK_COLOUR
    link.font.underline = True
    caption = styles["Caption"]
    caption.paragraph_format.keep_with_next = True
    caption.paragraph_format.space_before = Pt(6)
    styles["Footer"].font.size = Pt(8)
    styles["Footer"].font.color.rgb = MUTED_COLOUR


def set_language(document: DocxDocument, tag: str) -> None:
    """The language of every run not saying otherwise (w:lang of the default run style)."""
    defaults: BaseOxmlElement | None = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:  # pragma: no cover - python-docx's template has them
        defaults = OxmlElement("w:docDefaults")
        document.styles.element.insert(0, defaults)
    r_pr_default = _child(defaults, "w:rPrDefault")
    r_pr = _child(r_pr_default, "w:rPr")
    lang = _child(r_pr, "w:lang")
    lang.set(qn("w:val"), tag)


def _child(parent: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    """parent's child element tag, added when missing."""
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


# -- blocks ----------------------------------------------------------------------------------


def title_block(writer: Writer, doc: NoticeDocument) -> None:
    writer.paragraph("Title").add_run(clean(doc.title))
    organisation = writer.paragraph().add_run(clean(doc.organisation_name))
    organisation.bold = True
    organisation.font.size = Pt(13)
    organisation.font.color.rgb = LINK_COLOUR
    if doc.subtitle:
        writer.paragraph("Subtitle").add_run(clean(doc.subtitle))
    if doc.version_line:
        version = writer.paragraph().add_run(clean(doc.version_line))
        version.italic = True
        version.font.size = Pt(9)
        version.font.color.rgb = MUTED_COLOUR


def add_spans(paragraph: DocxParagraph, spans: Iterable[Span]) -> None:
    """Runs for the spans: bold where strong, hyperlinks where the target is safe (then
    followed by the target in brackets when the text does not show it)."""
    for span in spans:
        text = clean(span.text)
        target = safe_href(span.href)
        if target is None:
            run = paragraph.add_run(text)
        else:
            run = add_hyperlink(paragraph, target, text)
            if not shows_target(text, target):
                paragraph.add_run(f" ({clean(visible_target(target))})")
        if span.strong:
            run.bold = True
        if span.todo:  # what a draft lacks: highlighted
            run.italic = True
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def add_hyperlink(paragraph: DocxParagraph, url: str, text: str) -> Run:
    """A w:hyperlink to an external URL (a relationship of the paragraph's part) holding one
    run in the Hyperlink character style; the run is returned for more formatting."""
    relationship = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relationship)
    r = OxmlElement("w:r")
    link.append(r)
    paragraph._p.append(link)
    run = Run(r, paragraph)  # type: ignore[arg-type]
    run.style = HYPERLINK
    run.text = text
    return run


def add_table(writer: Writer, table: Table) -> None:
    """A caption, then the table: header row shaded, bold and repeated on each page, cells
    with their line breaks, columns sized to their content."""
    if table.caption:
        writer.paragraph("Caption").add_run(clean(table.caption))
    columns = len(table.headers)
    if columns == 0:
        return
    grid = writer.document.add_table(rows=1, cols=columns)
    grid.style = writer.document.styles["Table Grid"]
    grid.autofit = False
    for column, width in zip(grid.columns, column_widths(table.headers, table.rows), strict=True):
        column.width = width
    text_style = writer.style_id(TABLE_TEXT)
    mark_header_row(grid)
    set_cell_margins(grid)
    for cell, title, column in zip(grid.rows[0].cells, table.headers, grid.columns, strict=True):
        cell.width = column.width
        shade(cell._tc, HEADER_FILL)
        paragraph = cell.paragraphs[0]
        paragraph._p.style = text_style
        paragraph.add_run(clean(title)).bold = True
    # Rows are copies of one empty row (cell widths, paragraph style) filled with lxml: the
    # python-docx calls per cell would take most of the time for a long table.
    template = grid.add_row()._tr
    for tc in template.tc_lst:
        tc.p_lst[0].style = text_style
    keep_rows_whole(template)
    template.getparent().remove(template)
    tbl = grid._tbl
    for values in table.rows:
        tr = deepcopy(template)
        tbl.append(tr)
        for tc, value in zip(tr.tc_lst, values, strict=False):
            if value:
                append_text(tc.p_lst[0], clean(value))
    writer.paragraph()  # room after the table (two tables in a row would otherwise merge)


def append_text(p: BaseOxmlElement, value: str) -> None:
    """A run holding value: newlines as line breaks, tabs as tabs (what Run.text does)."""
    r = SubElement(p, W_R)
    for number, line in enumerate(value.split("\n")):
        if number:
            SubElement(r, W_BR)
        for index, piece in enumerate(line.split("\t")):
            if index:
                SubElement(r, W_TAB)
            if piece:
                t = SubElement(r, W_T)
                t.text = piece
                if piece != piece.strip():
                    t.set(XML_SPACE, "preserve")


def shade(tc: CT_Tc, fill: str) -> None:
    """A cell's background colour (hex RGB)."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc.get_or_add_tcPr().append(shading)


def mark_header_row(grid: DocxTable) -> None:
    """w:tblHeader on the first row: it repeats at the top of every page the table spans."""
    tr = grid.rows[0]._tr
    keep_rows_whole(tr)
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr.get_or_add_trPr().append(header)


def keep_rows_whole(tr: CT_Row) -> None:
    """w:cantSplit: the row moves to the next page whole rather than split between two."""
    element = OxmlElement("w:cantSplit")
    element.set(qn("w:val"), "true")
    tr.get_or_add_trPr().append(element)


CELL_MARGINS = {"top": 30, "left": 85, "bottom": 45, "right": 85}  # twips


def set_cell_margins(grid: DocxTable) -> None:
    """Room around the text of every cell (w:tblCellMar, before w:tblLook in w:tblPr)."""
    margins = OxmlElement("w:tblCellMar")
    for side, twips in CELL_MARGINS.items():
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(twips))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    tbl_pr = grid._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))
    if look is None:
        tbl_pr.append(margins)
    else:
        look.addprevious(margins)


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[Twips]:
    """Widths sharing the text width: each column at least its longest word (in characters),
    so that no word is cut, save a long address or name (breakable()), which asks for no more
    than an equal share; the rest in proportion to its longest line."""
    count = len(headers)
    longest_line = [len(h) for h in headers]
    longest_word = [max((len(w) for w in h.split()), default=1) for h in headers]
    longest_cut = [0] * count
    for row in rows:
        for index, value in enumerate(row[:count]):
            for line in value.splitlines():
                longest_line[index] = max(longest_line[index], len(line))
            for word in value.split():
                if breakable(word):
                    longest_cut[index] = max(longest_cut[index], len(word))
                else:
                    longest_word[index] = max(longest_word[index], len(word))
    available = int(TEXT_WIDTH.twips)
    char = 100  # twips per character of 9 pt text, roughly, with the cell's padding
    # A word is measured wide (bold, capitals): better a column a little wide than a word cut.
    wide = 125
    whole = [min(w * wide + 2 * char, available // 2) for w in longest_word]
    minimum = [
        max(low, min(cut * char + 2 * char, available // count))
        for low, cut in zip(whole, longest_cut, strict=True)
    ]
    natural = [max(n * char + 2 * char, m) for n, m in zip(longest_line, minimum, strict=True)]
    if sum(whole) >= available:
        widths = [available * w / sum(whole) for w in whole]
    elif sum(minimum) > available:
        room = available - sum(whole)
        wants = [m - w for m, w in zip(minimum, whole, strict=True)]
        widths = [w + room * want / sum(wants) for w, want in zip(whole, wants, strict=True)]
    elif sum(natural) <= available:
        widths = [available * n / sum(natural) for n in natural]
    else:
        room = available - sum(minimum)
        wants = [n - m for n, m in zip(natural, minimum, strict=True)]
        widths = [m + room * w / sum(wants) for m, w in zip(minimum, wants, strict=True)]
    return [Twips(int(w)) for w in widths]


# -- footer ----------------------------------------------------------------------------------

_PAGE_FIELDS = {"{page}": "PAGE", "{pages}": "NUMPAGES"}


def footer(document: DocxDocument, doc: NoticeDocument) -> None:
    """The organisation and the title on the left, "Page X / Y" on the right of each page."""
    paragraph = document.sections[0].footer.paragraphs[0]
    tabs = paragraph.paragraph_format.tab_stops
    # The Footer style's own stops (centre and right, for Letter paper) would catch the tab.
    for stop in document.styles["Footer"].paragraph_format.tab_stops:
        tabs.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run(clean(f"{doc.organisation_name} \u2013 {doc.title}") + "\t")
    template = tr(doc.lang, "notice.render.page")
    for part in re.split(r"(\{page\}|\{pages\})", template):
        if part in _PAGE_FIELDS:
            add_field(paragraph, _PAGE_FIELDS[part])
        elif part:
            paragraph.add_run(clean(part))


def add_field(paragraph: DocxParagraph, instruction: str) -> None:
    """A simple field (PAGE, NUMPAGES) that the word processor computes; "1" until then."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    field.append(r)
    paragraph._p.append(field)
