"""A stacked table (a table too wide for the page, one block per row) never leaves a block's
title alone at the foot of a page, and still prints a block taller than a page."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer

from ropa.exports.pdf.blocks import stacked
from ropa.exports.pdf.styles import styles
from ropa.exports.pdf.wrapping import BreakingParagraph
from tests.unit.test_pdf_register import pdftotext

HEADER = ["Party", *(f"Label{i}" for i in range(1, 10))]


def _block(title: str, value: str = "value") -> list[BreakingParagraph]:
    st = styles()
    return [BreakingParagraph(title, st.cell)] + [
        BreakingParagraph(f"{value}{i}", st.cell) for i in range(1, 10)
    ]


def _pages(story: list) -> list[str]:  # type: ignore[type-arg]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    data = out.getvalue()
    text = pdftotext(data)
    return text.split("\f")


def test_no_block_title_ends_a_page_whatever_room_is_left() -> None:
    # Shift the blocks by a few points at a time so that a page ends at every place of a block.
    for shift in range(0, 240, 12):
        rows = [_block(f"Title{n:02d}") for n in range(12)]
        pages = _pages([Spacer(1, 420 + shift), stacked(HEADER, rows)])
        for n in range(12):
            holding = [i for i, page in enumerate(pages) if f"Title{n:02d}" in page]
            assert len(holding) == 1, (shift, n)
            page = pages[holding[0]]
            # The block's nine lines are on its title's page.
            assert all(f"Label{i}" in page for i in range(1, 10)), (shift, n)
            assert page.count("value9") >= 1, (shift, n)


def test_a_block_taller_than_a_page_is_still_printed_whole() -> None:
    long_text = "word " * 4000  # a hostile 20,000-character value
    rows = [_block("Short"), _block("Long", long_text), _block("After")]
    pages = _pages([stacked(HEADER, rows)])
    text = "".join(pages)
    assert len(pages) > 3
    assert text.count("word") >= 4000 * 9 - 10  # nothing dropped (a few split at line ends)
    assert "After" in text
