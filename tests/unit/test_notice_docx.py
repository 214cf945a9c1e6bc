"""The privacy notice's DOCX, read back with python-docx and opened by LibreOffice: every text
is literal, headings and lists carry Word's styles, tables repeat their header row, links
are hyperlinks, the footer numbers the pages and the language is set."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn

from ropa.core.register import create_register
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.model import NoticeDocument, Paragraph, Section, Span, Table
from ropa.exports.notice.render_docx import render_docx
from tests.unit.notice_support import HOSTILE, sample_document
from tests.unit.test_notice_browser import long_cookie_register
from tests.unit.test_notice_html import layered_document
from tests.unit.test_notice_pdf import (
    every_text,
    long_document,
    only_tables,
    pdftotext,
    squeeze,
    table_words,
    words_cut,
)
from tests.unit.workbook_support import soffice_convert

W_HYPERLINK = qn("w:hyperlink")


def read(data: bytes) -> Any:
    return Document(BytesIO(data))


def body_paragraphs(document: Any) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs if p.text]


def converted(data: bytes, folder: Path, convert_to: str, suffix: str) -> Path:
    source = folder / "notice.docx"
    source.write_bytes(data)
    soffice_convert(source, folder, convert_to)
    return folder / f"notice.{suffix}"


@pytest.fixture(scope="module")
def hostile_docx() -> bytes:
    return render_docx(sample_document("en", hostile=True))


@pytest.fixture(scope="module")
def long_docx() -> bytes:
    return render_docx(long_document(200))


# -- python-docx -----------------------------------------------------------------------------


def test_structure_and_styles() -> None:
    document = read(render_docx(sample_document("en")))
    assert body_paragraphs(document) == [
        ("Title", "Privacy notice"),
        ("Normal", "Clairbois Informatique SRL"),
        ("Subtitle", "For our clients"),
        ("Normal", "Version 3 – last updated 20 November 2026"),
        ("Heading 1", "1. Who is responsible for your data"),
        ("Normal", "Clairbois Informatique SRL, Rue de la Gare 12, 5000 Namur."),
        (
            "Normal",
            "Write to us at privacy@clairbois.example or visit https://clairbois.example.",
        ),
        ("List Bullet", "Enterprise number: BE 0123.456.789"),
        ("List Bullet", "VAT: BE0123456789"),
        ("Heading 1", "2. How long we keep your data"),
        ("Heading 2", "Clients"),
        ("Caption", "Retention periods"),
        ("Normal", "Then we delete them."),
    ]
    vat = next(p for p in document.paragraphs if p.text.startswith("VAT"))
    assert [(run.text, run.bold) for run in vat.runs] == [("VAT: ", True), ("BE0123456789", None)]
    (table,) = document.tables
    assert table.style.name == "Table Grid"
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["Purpose", "Active use", "Archive"],
        ["Managing contracts", "Duration of the contract", "5 years\nfrom the end of the contract"],
        ["Invoicing", "1 year", "10 years"],
    ]
    header = table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
    for row in table.rows[1:]:  # rows never split between pages, only the first repeats
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
        assert row._tr.trPr.find(qn("w:tblHeader")) is None
    widths = [column.width for column in table.columns]
    # The columns share the text width (A4 less 2 x 20 mm), the longest texts get more.
    assert abs(sum(widths) / 36000 - 170) < 1
    assert widths[2] > widths[1] > widths[0] / 2 > 0


def test_the_summary_comes_first_in_a_box() -> None:
    document = read(render_docx(layered_document("en")))
    paragraphs = body_paragraphs(document)
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings == [
        "In short",
        "1. Who is responsible for your data",
        "2. How long we keep your data",
    ]
    texts = [text for _, text in paragraphs]
    start, end = texts.index("In short"), texts.index("1. Who is responsible for your data")
    assert texts[start + 1 : end] == [
        "Clairbois Informatique SRL looks after the IT of small firms in Namur.",
        "What we do with your data and why",
        "Managing contracts: to provide the service you ordered (contract).",
        "Invoicing: to meet our accounting obligations (legal obligation).",
        "You may see, correct or delete your data and object to its use.",
        "Contact: privacy@clairbois.example.",
    ]
    # The summary's paragraphs share one border and shading (one box); the details have none.
    boxed = [
        p.text
        for p in document.paragraphs
        if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None
    ]
    assert boxed == texts[start:end]


def test_the_demo_notice_has_its_summary_first(tmp_path: Path) -> None:
    demo = create_register(tmp_path / "demo.ropa", demo=True)
    try:
        doc = build_notice(demo, lang="nl")
    finally:
        demo.close()
    assert doc.summary is not None, "the builder makes the first layer"
    document = read(render_docx(doc))
    headings = [text for style, text in body_paragraphs(document) if style == "Heading 1"]
    assert headings == [
        doc.summary.title,
        *(f"{n}. {s.title}" for n, s in enumerate(doc.details, 1)),
    ]


def test_hostile_texts_are_literal(hostile_docx: bytes) -> None:
    document = read(hostile_docx)
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    joined = "\n".join(texts)
    doc = sample_document("en", hostile=True)
    for value in [*every_text(doc), *HOSTILE]:
        assert value in joined, value
    assert document.core_properties.author == HOSTILE[0]


def test_links_are_hyperlinks(hostile_docx: bytes) -> None:
    document = read(hostile_docx)
    links = [(link.text, link.address) for p in document.paragraphs for link in p.hyperlinks]
    assert links == [
        ("privacy@clairbois.example", "mailto:privacy@clairbois.example"),
        ("https://clairbois.example", "https://clairbois.example"),
    ]
    targets = sorted(
        rel.target_ref for rel in document.part.rels.values() if rel.reltype.endswith("/hyperlink")
    )
    assert targets == ["https://clairbois.example", "mailto:privacy@clairbois.example"]
    assert all(rel.is_external for rel in document.part.rels.values() if "hyperlink" in rel.reltype)


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
    )
    doc = replace(sample_document("en"), sections=(Section("k", "Links", (Paragraph(spans),)),))
    document = read(render_docx(doc))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Write"))
    assert [link.address for link in paragraph.hyperlinks] == [
        "mailto:dpo@example.org",
        "tel:+3281000000",
        "tel:+3281000001",
    ]
    assert paragraph.text == (
        "Write to us (dpo@example.org) or call +32 81 00 00 00 or the desk (+3281000001) ;"
        " click me ; quoted"
    )
    rels = [rel.target_ref for rel in document.part.rels.values() if "hyperlink" in rel.reltype]
    assert sorted(rels) == ["mailto:dpo@example.org", "tel:+3281000000", "tel:+3281000001"]


@pytest.mark.parametrize(
    ("lang", "tag", "page"),
    [("en", "en-GB", "Page"), ("fr", "fr-BE", "Page"), ("nl", "nl-BE", "Pagina")],
)
def test_language_properties_and_footer(lang: str, tag: str, page: str) -> None:
    document = read(render_docx(sample_document(lang)))
    props = document.core_properties
    assert (props.title, props.author, props.language) == (
        "Privacy notice",
        "Clairbois Informatique SRL",
        tag,
    )
    assert props.subject == "For our clients"
    assert props.created is not None and props.created.year >= 2025
    lang_element = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}"
    )
    assert lang_element.get(qn("w:val")) == tag
    footer = document.sections[0].footer.paragraphs[0]
    fields = [f.get(qn("w:instr")).strip() for f in footer._p.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith(f"Clairbois Informatique SRL – Privacy notice\t{page} ")
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_control_characters_do_not_break_the_export() -> None:
    doc = replace(
        sample_document("en"),
        title="Privacy\x00 notice\x07",
        organisation_name="Org\x0b\x1f SRL\ufffe",
        sections=(
            Section(
                "k",
                "Bell\x07 section",
                (
                    Paragraph.of("Null\x00 byte, escape\x1b and\ttab"),
                    Paragraph.of(Span("link\x00", href="mailto:a@b.example")),
                    Table(headers=("A\x00",), rows=(("cell\x07\r\nnext",),)),
                ),
            ),
        ),
    )
    document = read(render_docx(doc))
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == ["Privacy notice", "Org SRL"]
    assert "1. Bell section" in texts
    assert "Null byte, escape and\ttab" in texts
    assert "link (a@b.example)" in texts
    assert document.tables[0].rows[1].cells[0].text == "cell\nnext"
    assert document.core_properties.title == "Privacy notice"


def test_long_table_rows() -> None:
    document = read(render_docx(long_document(200)))
    (table,) = document.tables
    assert len(table.rows) == 201
    assert table.rows[1].cells[0].text == "Row-0001 purpose"
    assert table.rows[1].cells[2].text == "5 years\nafter the end"
    assert table.rows[7].cells[2].text == ""
    assert table.rows[200].cells[1].text == "200 months"


# -- LibreOffice -----------------------------------------------------------------------------


def test_libreoffice_reads_every_text_literally(hostile_docx: bytes, tmp_path: Path) -> None:
    text = converted(hostile_docx, tmp_path, "txt:Text", "txt").read_text(encoding="utf-8-sig")
    doc = sample_document("en", hostile=True)
    for value in HOSTILE:
        assert value in text, value
    for value in every_text(doc):
        assert squeeze(value) in squeeze(text), value
    for number, section in enumerate(doc.sections, start=1):
        assert f"{number}. {section.title}\n" in text


def test_libreoffice_reads_the_summary_first(tmp_path: Path) -> None:
    doc = layered_document("fr")
    text = converted(render_docx(doc), tmp_path, "txt:Text", "txt").read_text(encoding="utf-8-sig")
    for value in every_text(doc):
        assert squeeze(value) in squeeze(text), value
    order = ["In short\n", "Contact: privacy@clairbois.example.", "1. Who is responsible"]
    positions = [text.index(value) for value in order]
    assert positions == sorted(positions)


def test_no_word_is_cut_in_a_table(tmp_path: Path) -> None:
    """Read back through LibreOffice's PDF: the columns hold their words whole (long cookie
    names and addresses aside)."""
    doc = only_tables(long_cookie_register(tmp_path))
    assert len(table_words(doc)) > 50
    data = converted(render_docx(doc), tmp_path, "pdf", "pdf").read_bytes()
    assert words_cut(doc, pdftotext(data, "-raw")) == {}


def test_libreoffice_repeats_the_header_and_numbers_pages(long_docx: bytes, tmp_path: Path) -> None:
    pdf = converted(long_docx, tmp_path, "pdf", "pdf")
    layout = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    pages = layout.split("\f")[:-1]
    assert len(pages) >= 4
    header = re.compile(r"^\s*Purpose\s+Active use\s+Archive\s*$", re.MULTILINE)
    table_pages = [text for text in pages if "Row-" in text]
    assert len(table_pages) >= 3
    assert all(header.search(text) for text in table_pages)
    assert sum(len(header.findall(text)) for text in pages) == len(table_pages)
    for number, text in enumerate(pages, start=1):
        assert re.search(rf"– Privacy notice\s+Page {number} / {len(pages)}\s*$", text), number
    rows = re.findall(r"Row-(\d{4}) purpose", layout)
    assert rows == [f"{n:04d}" for n in range(1, 201)]


def test_every_document_kind_opens(tmp_path: Path) -> None:
    """A notice without sections, subtitle or version line still makes a valid document."""
    doc: NoticeDocument = replace(sample_document("nl"), sections=(), subtitle="", version_line="")
    document = read(render_docx(doc))
    assert body_paragraphs(document) == [
        ("Title", "Privacy notice"),
        ("Normal", "Clairbois Informatique SRL"),
    ]
