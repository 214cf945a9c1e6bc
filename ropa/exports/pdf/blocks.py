"""Building blocks of the PDF register's pages: label/value tables, tables with a header
row, lists. Every cell is a BreakingParagraph (long texts wrap, words only after "@", "/" or
"-": wrapping.py), the columns are at least as wide as their words, and every table may split
across pages, between rows and inside a row, so that nothing overflows the frame."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table

from ropa.exports.pdf.styles import (
    EMPTY,
    FIELDS_STYLE,
    FRAME_WIDTH,
    GRID_STYLE,
    GROUP_FILL,
    LABEL_FILL,
    LABEL_WIDTH,
    TITLED_FIELDS_STYLE,
    styles,
    table_style,
    text,
)
from ropa.exports.pdf.wrapping import BreakingParagraph, fitted_widths

Value = object
"""A value to print: None or "" print as an em dash; lists are joined one per line."""


def markup(value: Value) -> str:
    """A value as Paragraph markup ("" when empty)."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "<br/>".join(m for m in (markup(v) for v in value) if m)
    return text(value)


def is_empty(value: Value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return all(is_empty(v) for v in value)
    return False


def cell(value: Value, *, compact: bool = False) -> Paragraph:
    st = styles()
    return BreakingParagraph(markup(value) or EMPTY, st.compact if compact else st.cell)


def raw_cell(content: str, *, compact: bool = False) -> Paragraph:
    """A cell from markup the exporter composed itself (already escaped)."""
    st = styles()
    return BreakingParagraph(content or EMPTY, st.compact if compact else st.cell)


def fields(
    rows: Iterable[tuple[str, Value]],
    *,
    title: str | None = None,
    omit_empty: bool = False,
    label_width: float = LABEL_WIDTH,
) -> Table | None:
    """A two-column table: the label (from labels.*.json) and the value.

    Empty values print as an em dash, or are left out with omit_empty (for the optional
    details of a repeated item: a purpose, a transfer). None when no row is left.
    """
    st = styles()
    data: list[list[Flowable | str]] = []
    for label, value in rows:
        if omit_empty and is_empty(value):
            continue
        data.append([BreakingParagraph(text(label), st.label), cell(value)])
    if not data:
        return None
    shares = (label_width, FRAME_WIDTH - label_width)
    widths = fitted_widths(data, shares, FRAME_WIDTH) or shares  # else reportlab cuts a word
    if title is not None:
        data.insert(0, [BreakingParagraph(title, st.cell_head), ""])
    return Table(
        data,
        colWidths=widths,
        style=TITLED_FIELDS_STYLE if title is not None else FIELDS_STYLE,
        repeatRows=1 if title is not None else 0,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )


def grid(
    header: Sequence[str],
    rows: Iterable[Sequence[Value | Paragraph]],
    widths: Sequence[float],
    *,
    compact: bool = False,
) -> Table:
    """A table with a header row repeated on every page; widths are shares of the frame,
    widened where a column's words need it (wrapping.fitted_widths). Compact tables (many
    columns) use a smaller type."""
    st = styles()
    head = st.compact_head if compact else st.cell_head
    data: list[list[Flowable]] = [[BreakingParagraph(text(h), head) for h in header]]
    for row in rows:
        data.append([v if isinstance(v, Paragraph) else cell(v, compact=compact) for v in row])
    fitted = fitted_widths(data, widths, FRAME_WIDTH)
    if fitted is None:  # the words of the columns do not fit side by side
        return stacked(header, data[1:])
    return Table(
        data,
        colWidths=fitted,
        style=GRID_STYLE,
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )


# A stacked block of at most this many characters fits on one page whatever its words (about
# half a page of label / value lines): it is moved whole to the next page rather than split.
KEPT_TOGETHER = 1200


def _characters(row: Sequence[Flowable]) -> int:
    return sum(
        len(cell.getPlainText()) if isinstance(cell, Paragraph) else len(str(cell)) for cell in row
    )


def stacked(header: Sequence[str], rows: Sequence[Sequence[Flowable]]) -> Table:
    """The rows of a table too wide for the page one under the other: each row's first cell
    as a title across the width, then a label / value line for each of its other columns."""
    st = styles()
    data: list[list[Flowable | str]] = []
    commands: list[tuple[Any, ...]] = []
    long_blocks = False
    for row in rows:
        title = len(data)
        commands += [
            ("SPAN", (0, title), (1, title)),
            ("BACKGROUND", (0, title), (1, title), GROUP_FILL),
        ]
        data.append([row[0], ""])
        for label, value in zip(header[1:], row[1:], strict=True):
            commands.append(("BACKGROUND", (0, len(data)), (0, len(data)), LABEL_FILL))
            data.append([BreakingParagraph(text(label), st.label), value])
        if _characters(row) <= KEPT_TOGETHER:
            # A block that surely fits a page is not split: its title never ends a page.
            commands.append(("NOSPLIT", (0, title), (1, len(data) - 1)))
        else:
            long_blocks = True
    shares = (LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH)
    lines = [r for r in data if r[1] != ""]
    return Table(
        data,
        colWidths=fitted_widths(lines, shares, FRAME_WIDTH) or shares,
        style=table_style(*commands),
        splitByRow=1,
        # Inside a line only when a block may be taller than a page: otherwise reportlab
        # fills the end of a page with a sliver of the next line (a title cut from its block).
        splitInRow=int(long_blocks),
        hAlign="LEFT",
    )


def note(value: str) -> Paragraph:
    """A muted sentence of the document itself (already markup)."""
    return Paragraph(value, styles().muted)


def joined(values: Iterable[object], separator: str = ", ") -> str:
    """Non-empty values as one plain string."""
    return separator.join(str(v) for v in values if not is_empty(v))
