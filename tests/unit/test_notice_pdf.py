"""The privacy notice's PDF, read back with poppler's pdftotext and with pypdf: every text
prints literally, sections are bookmarks, links are links, every page has its footer and a
long table repeats its header row on each page it spans."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from dataclasses import replace
from io import BytesIO
from typing import Any
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from ropa import __version__
from ropa.core.i18n import tr
from ropa.core.register import create_register
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.model import (
    BulletList,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
    Table,
    breakable,
)
from ropa.exports.notice.render_pdf import render_pdf
from ropa.exports.pdf.styles import MARGIN_LEFT, MARGIN_RIGHT, PAGE_WIDTH
from tests.unit.notice_support import HOSTILE, sample_document
from tests.unit.test_notice_browser import long_cookie_register
from tests.unit.test_notice_html import summary_section

# -- documents -------------------------------------------------------------------------------


def long_document(rows: int = 260, lang: str = "en") -> NoticeDocument:
    """The sample notice whose retention table has `rows` rows (Row-0001...), some of them
    with line breaks, followed by a last section."""
    doc = sample_document(lang, hostile=True)
    retention = doc.sections[1]
    blocks = tuple(
        replace(
            block,
            rows=tuple(
                (f"Row-{n:04d} purpose", f"{n} months", "5 years\nafter the end" if n % 7 else "")
                for n in range(1, rows + 1)
            ),
        )
        if isinstance(block, Table)
        else block
        for block in retention.blocks
    )
    last = Section("rights", "Your rights", (Paragraph.of("You may ask us for a copy."),))
    return replace(doc, sections=(doc.sections[0], replace(retention, blocks=blocks), last))


def many_sections(count: int = 6, lines: int = 1) -> NoticeDocument:
    doc = sample_document("en")
    sections = tuple(
        Section(
            f"s{n}",
            f"Section title {n}",
            tuple(Paragraph.of(f"Line {k} of section {n}.") for k in range(lines)),
        )
        for n in range(1, count + 1)
    )
    return replace(doc, sections=sections)


# -- reading a PDF back ----------------------------------------------------------------------


def pdftotext(data: bytes, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, "-", "-"], input=data, check=True, capture_output=True
    ).stdout.decode("utf-8")


def squeeze(value: str) -> str:
    """Whitespace removed, so that line wrapping does not matter."""
    return re.sub(r"\s+", "", value)


def page_texts(data: bytes) -> list[str]:
    return pdftotext(data, "-layout").split("\f")[:-1]


def outline_titles(reader: PdfReader) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return found


def link_targets(reader: PdfReader) -> list[str]:
    targets = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                targets.append(str(action["/URI"]))
    return targets


def every_text(doc: NoticeDocument) -> list[str]:
    """Every text of the document a reader must find in the PDF."""
    texts = [doc.title, doc.organisation_name, doc.subtitle, doc.version_line]
    titled = [(section.title, section) for section in doc.sections if section.key == "summary"]
    titled += [(f"{n}. {section.title}", section) for n, section in enumerate(doc.details, 1)]
    for title, section in titled:
        texts.append(title)
        texts.extend(line for line in section.lines() if " | " not in line)
        for block in section.blocks:
            if isinstance(block, Table):
                texts.extend(block.headers)
                texts.extend(cell for row in block.rows for cell in row if cell)
    return [t.removeprefix("## ").removeprefix("- ") for t in texts]


@pytest.fixture(scope="module")
def hostile_pdf() -> bytes:
    return render_pdf(sample_document("en", hostile=True))


# -- content ---------------------------------------------------------------------------------


def test_every_text_prints_literally(hostile_pdf: bytes) -> None:
    doc = sample_document("en", hostile=True)
    poppler = squeeze(pdftotext(hostile_pdf, "-raw"))
    reader = PdfReader(BytesIO(hostile_pdf))
    extracted = squeeze("\n".join(page.extract_text() for page in reader.pages))
    for value in [*every_text(doc), *HOSTILE]:
        assert squeeze(value) in poppler, value
        assert squeeze(value) in extracted, value
    # Markup in a text is text: no bold "bold?", no "&" from "&amp;".
    assert "<b>bold?</b>" in pdftotext(hostile_pdf, "-raw")
    assert "Dupont & Fils &amp; Cie" in pdftotext(hostile_pdf, "-raw")


def test_plain_document_reads_in_order() -> None:
    data = render_pdf(sample_document("en"))
    footer, text = pdftotext(data, "-raw").split("\n", 1)  # the footer is drawn first
    assert footer == "Clairbois Informatique SRL – Privacy notice Page 1 / 1"
    order = [
        "Privacy notice",
        "Clairbois Informatique SRL",
        "For our clients",
        "Version 3 – last updated 20 November 2026",
        "1. Who is responsible for your data",
        "Write to us at privacy@clairbois.example or visit https://clairbois.example.",
        "Enterprise number: BE 0123.456.789",
        "2. How long we keep your data",
        "Clients",
        "Retention periods",
        "Purpose",
        "Managing contracts",
        "Then we delete them.",
    ]
    positions = [text.index(value) for value in order]
    assert positions == sorted(positions)
    # A newline in a cell is a line break.
    assert "5 years\nfrom the end of the contract" in text


def test_metadata_outline_footer_and_links(hostile_pdf: bytes) -> None:
    doc = sample_document("en", hostile=True)
    reader = PdfReader(BytesIO(hostile_pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Privacy notice"
    assert meta.author == HOSTILE[0]
    assert meta.subject == "For our clients"
    assert meta.creator == f"ropa {__version__}"
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert outline_titles(reader) == [
        ("1. Who is responsible for your data", 1),
        ("2. How long we keep your data", 1),
    ]
    assert link_targets(reader) == ["mailto:privacy@clairbois.example", "https://clairbois.example"]
    pages = page_texts(hostile_pdf)
    assert len(pages) == len(reader.pages) == 1
    footer = pages[0].strip().splitlines()[-1]
    assert f"{doc.organisation_name} – Privacy notice" in footer
    assert footer.rstrip().endswith("Page 1 / 1")


@pytest.mark.parametrize(
    ("lang", "tag", "page"), [("fr", "fr-BE", "Page"), ("nl", "nl-BE", "Pagina")]
)
def test_french_and_dutch_documents(lang: str, tag: str, page: str) -> None:
    doc = replace(
        long_document(120, lang),
        title="Politique de confidentialité" if lang == "fr" else "Privacyverklaring",
    )
    data = render_pdf(doc)
    reader = PdfReader(BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == tag
    pages = page_texts(data)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"{page} {number} / {len(pages)}" in text
    assert doc.title in pages[0]
    assert squeeze("Politique de confidentialité" if lang == "fr" else "Privacyverklaring") in (
        squeeze(pages[0])
    )


# -- long tables -----------------------------------------------------------------------------


def test_long_table_repeats_its_header_on_every_page() -> None:
    doc = long_document(260)
    data = render_pdf(doc)
    pages = page_texts(data)
    reader = PdfReader(BytesIO(data))
    assert 5 <= len(pages) == len(reader.pages) < 20
    table_pages = [text for text in pages if "Row-" in text]
    assert len(table_pages) >= 4
    header = re.compile(r"^\s*Purpose\s+Active use\s+Archive\s*$", re.MULTILINE)
    assert sum(len(header.findall(text)) for text in pages) == len(table_pages)
    for text in table_pages:
        assert header.search(text)
    # Every row once, in order; every page numbered; the last section's bookmark last.
    raw = pdftotext(data, "-raw")
    rows = re.findall(r"Row-(\d{4}) purpose", raw)
    assert rows == [f"{n:04d}" for n in range(1, 261)]
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} / {len(pages)}" in text
    assert outline_titles(reader)[-1] == ("3. Your rights", len(pages))
    # The table starts below its heading on the first page (room enough there).
    assert "2. How long we keep your data" in pages[0]
    assert "Row-0001 purpose" in pages[0]


@pytest.mark.parametrize("filler", range(40, 60, 2))
def test_a_heading_never_ends_a_page(filler: int) -> None:
    """Whatever room the first section leaves, the next heading is on the page where the
    table after it starts."""
    doc = long_document(60)
    first = replace(
        doc.sections[0], blocks=tuple(Paragraph.of(f"Filler line {n}.") for n in range(filler))
    )
    pages = page_texts(render_pdf(replace(doc, sections=(first, *doc.sections[1:]))))
    page = next(text for text in pages if "2. How long we keep your data" in text)
    assert "Row-0001 purpose" in page


@pytest.mark.parametrize("filler", range(30, 37))
def test_a_label_never_ends_a_page(filler: int) -> None:
    """ "Data:" stays on the page of the list it introduces, whatever room is left."""
    blocks = (
        *(Paragraph.of(f"Filler line {n}.") for n in range(filler)),
        Paragraph.of("Data:"),
        BulletList.of("Identity: name", "Contact details: e-mail"),
    )
    doc = replace(sample_document("en"), sections=(Section("data", "Data", blocks),))
    pages = page_texts(render_pdf(doc))
    page = next(text for text in pages if "Data:" in text)
    assert "Identity: name" in page


def test_nothing_leaves_the_page() -> None:
    long_word = "x" * 300
    url = "https://example.org/" + "very-long-path/" * 20
    table = Table(headers=("Short", "A long header that wraps"), rows=((long_word, url),) * 3)
    doc = replace(
        sample_document("en"),
        sections=(Section("k", long_word, (table, Paragraph.of(long_word, " ", url))),),
    )
    data = render_pdf(doc)
    xhtml = pdftotext(data, "-bbox")
    tree = ElementTree.fromstring(xhtml)
    left, right = MARGIN_LEFT - 1, PAGE_WIDTH - MARGIN_RIGHT + 1
    words = list(tree.iter("{http://www.w3.org/1999/xhtml}word"))
    assert words
    outside = [
        w.text for w in words if float(w.get("xMin", 0)) < left or float(w.get("xMax", 0)) > right
    ]
    assert outside == []
    # The title, three cells and the paragraph: broken across lines, never cut.
    assert squeeze(pdftotext(data, "-raw")).count(long_word) == 5


def test_contents_for_a_longer_notice() -> None:
    data = render_pdf(many_sections(6, lines=40))
    reader = PdfReader(BytesIO(data))
    outline = outline_titles(reader)
    assert [title for title, _ in outline] == [f"{n}. Section title {n}" for n in range(1, 7)]
    assert len({page for _, page in outline}) >= 3
    first = page_texts(data)[0]
    contents = first[first.index("Contents") : first.index("Line 0 of section 1.")]
    for title, page in outline:
        assert re.search(rf"{re.escape(title)}[\s.]+{page}\n", contents), title
    assert "Contents" not in page_texts(render_pdf(sample_document("en")))[0]


def test_the_summary_prints_first_then_the_contents_then_the_details() -> None:
    doc = many_sections(5, lines=3)
    doc = replace(doc, sections=(summary_section(), *doc.sections))
    data = render_pdf(doc)
    for value in every_text(doc):
        assert squeeze(value) in squeeze(pdftotext(data, "-raw")), value
    first = page_texts(data)[0]
    order = [
        "Version 3",
        "In short",  # the first layer, unnumbered
        "What we do with your data and why",
        "Managing contracts: to provide the service you ordered (contract).",
        "Contact: privacy@clairbois.example.",
        "Contents",  # the contents of the details only
        "1. Section title 1",
        "5. Section title 5",
        "Line 0 of section 1.",  # then the details
    ]
    positions = [first.index(value) for value in order]
    assert positions == sorted(positions), first
    contents = first[first.index("Contents") : first.index("Line 0 of section 1.")]
    assert "In short" not in contents
    outline = [title for title, _ in outline_titles(PdfReader(BytesIO(data)))]
    assert outline == ["In short", *(f"{n}. Section title {n}" for n in range(1, 6))]


def table_words(doc: NoticeDocument) -> Counter[str]:
    """The words of the document's table cells that must print whole (not e-mail addresses,
    URLs or cookie names, which may be cut to fit), with their count; a line may break at a
    hyphen, so each part of a hyphenated word counts as a word."""
    words: Counter[str] = Counter()
    for section in doc.sections:
        for block in section.blocks:
            if isinstance(block, Table):
                for cell in (*block.headers, *(c for row in block.rows for c in row)):
                    words.update(
                        part
                        for word in cell.split()
                        if not breakable(word)
                        for part in word_parts(word)
                    )
    words.pop("", None)
    return words


def word_parts(word: str) -> list[str]:
    return [part.strip(WORD_AROUND) for part in re.split("[-\u2013]", word)]


WORD_AROUND = "()[]{}\"'«».,;:!?\u00a0\u202f"


@pytest.fixture(scope="module")
def demo_notices(tmp_path_factory: pytest.TempPathFactory) -> list[NoticeDocument]:
    """The demo's notice in French and Dutch, and a register whose cookies have long names
    and addresses (French)."""
    folder = tmp_path_factory.mktemp("notice_pdf")
    demo = create_register(folder / "demo.ropa", demo=True)
    try:
        docs = [build_notice(demo, lang=lang) for lang in ("fr", "nl")]
    finally:
        demo.close()
    return [*docs, long_cookie_register(folder)]


def test_the_demo_notice_reads_summary_first_then_details(
    demo_notices: list[NoticeDocument],
) -> None:
    for doc in demo_notices[:2]:
        summary = doc.summary
        assert summary is not None, "the builder makes the first layer"
        text = squeeze(pdftotext(render_pdf(doc), "-raw"))  # line wrapping aside
        first_detail = squeeze(f"1. {doc.details[0].title}")
        summary_end = text.index(squeeze(summary.lines()[-1]))
        contents = text.index(squeeze(tr(doc.lang, "notice.render.contents")))
        assert text.index(squeeze(summary.title)) < summary_end < contents
        assert contents < text.index(first_detail)
        # The details follow the contents list, each after the one before.
        details = text[text.index(first_detail, contents + len(first_detail)) :]
        titles = [squeeze(f"{n}. {s.title}") for n, s in enumerate(doc.details, 1)]
        positions = [details.find(title) for title in titles]
        assert -1 not in positions and positions == sorted(positions), positions


def only_tables(doc: NoticeDocument) -> NoticeDocument:
    """The document with nothing but its tables (and a one-letter title)."""
    return replace(
        doc,
        sections=tuple(
            replace(s, blocks=tuple(b for b in s.blocks if isinstance(b, Table)))
            for s in doc.sections
        ),
        title="T",
        organisation_name="O",
        subtitle="",
        version_line="",
    )


@pytest.fixture(scope="module")
def table_notices(demo_notices: list[NoticeDocument]) -> list[NoticeDocument]:
    """Only the tables of the demo notices and of the register with long cookie names."""
    return [only_tables(doc) for doc in demo_notices]


def words_cut(doc: NoticeDocument, text: str) -> dict[str, int]:
    """The words of doc's tables that the text read back does not hold whole as often as
    the tables do."""
    printed = Counter(part for word in text.split() for part in word_parts(word))
    return {word: n for word, n in table_words(doc).items() if printed[word] < n}


def test_no_word_is_cut_in_a_table(table_notices: list[NoticeDocument]) -> None:
    for doc in table_notices:
        expected = table_words(doc)
        assert len(expected) > 50
        assert words_cut(doc, pdftotext(render_pdf(doc), "-raw")) == {}, doc.lang


# -- links and odd texts ---------------------------------------------------------------------


def test_only_safe_links_and_their_targets_stay_readable() -> None:
    spans = (
        Span("Write to us", href="mailto:dpo@example.org"),
        Span(" or call ", strong=True),
        Span("+32 81 00 00 00", href="tel:+3281000000"),  # shown: not repeated
        Span(" or "),
        Span("the desk", href="tel:+3281000001"),
        Span(" ; "),
        Span("click me", href="javascript:alert(1)"),
        Span(" ; "),
        Span("quoted", href='https://example.org/?q="x"'),
        Span(" ; "),
        Span("ftp", href="ftp://example.org/file"),
    )
    doc = replace(sample_document("en"), sections=(Section("k", "Links", (Paragraph(spans),)),))
    data = render_pdf(doc)
    reader = PdfReader(BytesIO(data))
    assert link_targets(reader) == [
        "mailto:dpo@example.org",
        "tel:+3281000000",
        "tel:+3281000001",
    ]
    text = pdftotext(data, "-raw")
    assert (
        "Write to us (dpo@example.org) or call +32 81 00 00 00 or the desk (+3281000001) ;" in text
    )
    assert squeeze("click me ; quoted ; ftp") in squeeze(text)


def test_control_characters_do_not_break_the_export() -> None:
    doc = replace(
        sample_document("en"),
        title="Privacy\x00 notice\x07",
        sections=(
            Section(
                "k",
                "Bell\x07 section",
                (
                    Paragraph.of("Null\x00 byte, escape\x1b and line\u2028separator"),
                    Table(headers=("A\x00",), rows=(("cell\x07\r\nnext",),)),
                ),
            ),
        ),
    )
    data = render_pdf(doc)
    text = pdftotext(data, "-raw")
    assert "Privacy notice" in text
    assert "1. Bell section" in text
    assert "Null byte, escape and lineseparator" in text
    assert "cell\nnext" in text
    assert PdfReader(BytesIO(data)).metadata.title == "Privacy notice"  # type: ignore[union-attr]


def test_empty_notice() -> None:
    data = render_pdf(replace(sample_document("en"), sections=(), subtitle="", version_line=""))
    pages = page_texts(data)
    assert len(pages) == 1
    assert "Privacy notice" in pages[0]
    assert "Page 1 / 1" in pages[0]
