"""Writing the layouts' sheets with openpyxl in write-only mode (rows streamed to the file): a
table under a header row, or a form of labels in column A and values in column B, with section
headings; the page set up to print.

Every text is written as a text cell whatever it starts with ("=", "+", "-", "@"): the cell's
type is set here, never guessed from the value, so Excel and LibreOffice never see a formula;
characters a cell cannot hold are replaced and an over-long text is cut with a marker
(workbook.cells.safe_text).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from copy import copy
from datetime import date, datetime
from typing import Any
from weakref import WeakKeyDictionary

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.hyperlink import Hyperlink

from ropa.exports.workbook.cells import safe_text
from ropa.exports.workbook.writer import close_sheets

WRAP = Alignment(vertical="top", wrap_text=True)
BOLD = Font(name="Calibri", bold=True)
TITLE_FONT = Font(name="Calibri", bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
SECTION_FILL = PatternFill("solid", fgColor="E7E6E6")
LABEL_FILL = PatternFill("solid", fgColor="F2F2F2")
LINK_FONT = Font(name="Calibri", color="0563C1", underline="single")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DATE_FORMAT = "dd/mm/yyyy"
SHEET_TITLE_MAX = 31
# Row heights (points) from the lines of text at the default font (Calibri 11): a column
# width counts '0' digits; an average character is a little narrower than one, which about
# makes up for the room lost where lines break between words.
LINE_HEIGHT = 15.0
CHARACTERS_PER_WIDTH = 1.0
MAX_ROW_HEIGHT = 409.0  # Excel's largest
_NOT_IN_SHEET_TITLES = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
A3 = 8  # openpyxl's paperSize code
STYLES: dict[str, dict[str, Any]] = {
    "text": {"alignment": WRAP, "border": BOX},
    "date": {"alignment": WRAP, "border": BOX, "number_format": DATE_FORMAT},
    "label": {"alignment": WRAP, "border": BOX, "font": BOLD, "fill": LABEL_FILL},
    "header": {"alignment": WRAP, "border": BOX, "font": BOLD, "fill": HEADER_FILL},
    "section": {"alignment": WRAP, "border": BOX, "font": BOLD, "fill": SECTION_FILL},
    "link": {"alignment": WRAP, "border": BOX, "font": LINK_FONT},
    "title": {"alignment": Alignment(vertical="top"), "font": TITLE_FONT},
}
# Each workbook's styles, made once (StyleArray: indices into the workbook's style lists).
_STYLE_ARRAYS: WeakKeyDictionary[Workbook, dict[str, Any]] = WeakKeyDictionary()


@contextmanager
def write_only_book() -> Iterator[Workbook]:
    """A write-only workbook; when writing it fails or is cancelled, its sheets are closed and
    their temporary files removed."""
    book = Workbook(write_only=True)
    try:
        yield book
    except BaseException:
        close_sheets(book)
        raise


def saved(book: Workbook) -> bytes:
    """The workbook as .xlsx bytes."""
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def sheet_title(wanted: str, taken: set[str]) -> str:
    """A sheet title Excel accepts (at most 31 characters, none of []:*?/\\, no apostrophe at
    either end), unique in the workbook whatever the case; `taken` is updated."""
    title = _NOT_IN_SHEET_TITLES.sub("_", wanted).strip().strip("'") or "_"
    title = title[:SHEET_TITLE_MAX]
    candidate, number = title, 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate = title[: SHEET_TITLE_MAX - len(suffix)] + suffix
        number += 1
    taken.add(candidate.casefold())
    return candidate


class SheetWriter:
    """One sheet being written: its cells made in one place."""

    def __init__(self, book: Workbook, title: str, lang: str, widths: Sequence[float]) -> None:
        self.book = book
        self.ws: WriteOnlyWorksheet = book.create_sheet(title)
        self.lang = lang
        self.widths = list(widths)
        for index, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = width
        self.rows = 0

    # -- cells --------------------------------------------------------------------------------

    def cell(self, value: Any, style: str = "text") -> Cell | None:
        """A cell for a value in one of STYLES: a text always as text, a date as a date, None
        as no cell."""
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, date):
            cell = WriteOnlyCell(self.ws, value)
            style = "date"
        else:
            cell = WriteOnlyCell(self.ws, safe_text(str(value), self.lang))
            cell.data_type = "s"  # never a formula, whatever the text starts with
        cell._style = copy(self.style(style))
        return cell

    def style(self, name: str) -> Any:
        """The style of STYLES[name] in this workbook, made once: setting a cell's font, fill
        and border one by one looks each up in the workbook, most of a large sheet's time."""
        made = _STYLE_ARRAYS.setdefault(self.book, {})
        if name not in made:
            model = WriteOnlyCell(self.ws)
            for attribute, setting in STYLES[name].items():
                setattr(model, attribute, setting)
            made[name] = model._style
        return made[name]

    def link(self, text: str, sheet: str) -> Cell | None:
        """A text cell that opens another sheet of the workbook."""
        cell = self.cell(text, "link")
        if cell is not None:
            quoted = sheet.replace("'", "''")
            cell.hyperlink = Hyperlink(ref="A1", location=f"'{quoted}'!A1", display=text)
        return cell

    def append(self, cells: Sequence[Cell | None]) -> None:
        height = self.height(cells)
        if height is not None:
            self.ws.row_dimensions[self.rows + 1].height = height
        self.ws.append(list(cells))
        self.rows += 1

    def height(self, cells: Sequence[Cell | None]) -> float | None:
        """The height a row of wrapped texts needs (None: one line; every cell but a title
        wraps its text). Neither Excel nor LibreOffice fits a row to its wrapped text when it
        opens a file, so the row would show one line of each text: the lines are counted here
        from the column widths."""
        lines = 1
        for index, cell in enumerate(cells):
            if cell is None or index >= len(self.widths):
                continue
            if not isinstance(cell._value, str) or not cell._value:
                continue
            per_line = max(1, int(self.widths[index] * CHARACTERS_PER_WIDTH))
            count = sum(max(1, -(-len(line) // per_line)) for line in cell._value.split("\n"))
            lines = max(lines, count)
        if lines == 1:
            return None
        return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3)

    # -- shapes of rows -----------------------------------------------------------------------

    def title(self, text: str) -> None:
        """A title on one line (not wrapped: it runs over the next columns)."""
        self.ws.append([self.cell(text, "title")])
        self.rows += 1

    def blank(self) -> None:
        self.append([])

    def header(self, titles: Sequence[str]) -> None:
        self.append([self.cell(t, "header") for t in titles])

    def row(self, values: Sequence[Any]) -> None:
        """A table's row: each value in its cell (a ready cell, e.g. a link, as it is)."""
        self.append([v if isinstance(v, Cell) else self.cell(v) for v in values])

    def section(self, text: str, columns: int = 2) -> None:
        """A section heading across the form's columns."""
        self.append(
            [self.cell(text, "section")] + [self.cell("", "section") for _ in range(columns - 1)]
        )

    def field(self, label: str, *values: Any) -> None:
        """A form's row: its label in column A, its value(s) beside it."""
        self.append(
            [
                self.cell(label, "label"),
                *(self.cell(v) for v in values),
            ]
        )

    # -- the page -----------------------------------------------------------------------------
    # openpyxl writes a write-only sheet's properties, views and page set-up with its first
    # row: these are called before it; only the filter's range is given at the end.

    def table_setup(self) -> None:
        """A table sheet: header row frozen, printed on A3 landscape, as wide as a page, the
        header repeated on each page."""
        self.ws.freeze_panes = "A2"
        self.ws.print_title_rows = "1:1"
        self._print(landscape=True, paper=A3)

    def filter_table(self, columns: int) -> None:
        """Filters on the header row of a table whose rows are written."""
        self.ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(self.rows, 1)}"

    def form_setup(self) -> None:
        """A form sheet: printed portrait, as wide as a page."""
        self._print(landscape=False, paper=None)

    def _print(self, *, landscape: bool, paper: int | None) -> None:
        setup = self.ws.page_setup
        setup.orientation = "landscape" if landscape else "portrait"
        if paper is not None:
            setup.paperSize = paper
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        setup.fitToWidth = 1
        setup.fitToHeight = 0  # as many pages as the rows need
