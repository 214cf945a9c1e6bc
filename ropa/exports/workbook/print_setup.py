"""How the workbook's sheets print and how tall their rows are: A4 landscape, fitted to the
page's width (as many pages down as needed), the header row on every page, the printed area
set, page numbers in the footer; row heights estimated from the texts, since neither Excel nor
LibreOffice grows a row to its wrapped text when it opens a file.

Everything here is set before a write-only sheet's first row (its columns and outline) or
written with its tail (page set-up, header and footer, print titles and area).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Font
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.page import PageMargins

from ropa.core.i18n import tr

# The workbook's default font: the one column widths are measured in. Cells in the same family
# keep the widths' proportions wherever a spreadsheet substitutes the font (LibreOffice without
# Arial takes Liberation Sans or DejaVu Sans for the columns and the texts alike).
DEFAULT_FONT = Font(name="Arial", size=10, family=2)
LINE_HEIGHT = 13.0  # points per line of the default 10 pt font (Excel: 12.75)
DATA_CHARS = 1.1  # characters of the default font per unit of column width
HEADER_CHARS = 0.95  # the same, bold
MAX_ROW_HEIGHT = 409.0  # Excel's limit
DEFAULT_WIDTH = 9.14  # a column's width when not set (8.43 characters of Arial 10 and padding)
DATA_MAX_LINES = 12  # a data sheet's row shows at most this many lines (the rest: in the cell)
# Margins in inches: narrow, as for a wide table (Excel's "Narrow" preset).
MARGINS = PageMargins(left=0.3, right=0.3, top=0.5, bottom=0.5, header=0.2, footer=0.2)


def lines_of(text: str, per_line: int) -> int:
    """The lines a text takes wrapped at `per_line` characters (each paragraph at least one)."""
    if "\n" in text:
        return sum(-(-len(part) // per_line) or 1 for part in text.split("\n"))
    return -(-len(text) // per_line)


class RowHeights:
    """How tall a sheet's rows must be for their wrapped texts to show.

    A column `w` units wide holds about `w * chars_per_unit` characters of its font per line
    (measured with LibreOffice and Liberation Sans, Arial's metrics); two are kept for the
    word that does not fit at a line's end. A row is as tall as its tallest text, up to
    `max_lines` lines (a longer text is read in the cell itself); a row of one line keeps the
    default height. The row writer (writer.py) asks while it writes each row's cells.
    """

    def __init__(
        self,
        widths: Sequence[float],
        *,
        chars_per_unit: float = DATA_CHARS,
        line_height: float = LINE_HEIGHT,
        padding: float = 0.0,
        max_lines: int = DATA_MAX_LINES,
    ) -> None:
        # Indexed by column number (1 for A): the width, and the characters of a line.
        self.widths = [0.0, *widths]
        self.per_line = [1, *(max(int(w * chars_per_unit) - 2, 1) for w in widths)]
        self.line_height = line_height
        self.padding = padding
        self.max_lines = max_lines

    def lines(self, column: int, text: str) -> int:
        """The lines of a text in a column (1 when it fits on one, or the column is unknown)."""
        if column >= len(self.widths) or (len(text) <= self.widths[column] and "\n" not in text):
            return 1
        return lines_of(text, self.per_line[column])

    def row_lines(self, values: Sequence[Any]) -> int:
        """The lines of a row's tallest text (values in column order, from A)."""
        lines = 1
        for column, value in enumerate(values, 1):
            if isinstance(value, str):
                lines = max(lines, self.lines(column, value))
        return lines

    def height(self, lines: int) -> str | None:
        """The height of a row of that many lines, as the row's attribute (None: default)."""
        lines = min(lines, self.max_lines)
        if lines <= 1:
            return None
        return f"{min(lines * self.line_height + self.padding, MAX_ROW_HEIGHT):g}"


def set_height(ws: WriteOnlyWorksheet, row: int, height: float) -> None:
    """A row's height in points, before the row is written (its texts are not measured then).

    The row's attributes as the write-only writer reads them (dims.get(row) -> mapping): a
    RowDimension object per row costs more than estimating the height.
    """
    ws.row_dimensions[row] = {"ht": f"{min(height, MAX_ROW_HEIGHT):g}", "customHeight": "1"}


def hide_columns(ws: WriteOnlyWorksheet, letters: Sequence[str]) -> None:
    """Group the given columns (ids and keys: for the import, not for reading) and fold the
    group: a "+" above the sheet unfolds them. Before the sheet's first row."""
    for letter in letters:
        dimension = ws.column_dimensions[letter]
        dimension.outline_level = 1
        dimension.hidden = True
    if letters:
        # The column after a folded group carries the "folded" mark, as Excel writes it (with
        # a width: openpyxl writes one; Excel's default for Arial 10).
        after = ws.column_dimensions[get_column_letter(column_index_from_string(letters[-1]) + 1)]
        after.collapsed = True
        after.width = DEFAULT_WIDTH


def print_setup(ws: WriteOnlyWorksheet, lang: str, *, fit_to_page: bool = True) -> None:
    """A4 landscape, fitted to one page wide, narrow margins, "Sheet – page N / M" at the foot
    of each page. Before the sheet's first row (the fit is a sheet property)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    if fit_to_page:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.page_margins = MARGINS
    ws.sheet_format.defaultRowHeight = LINE_HEIGHT
    ws.print_options.gridLines = False
    page = tr(lang, "workbook.print.page", page="&P", pages="&N")
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = page
    ws.oddFooter.left.size = ws.oddFooter.right.size = 8


def print_area(ws: WriteOnlyWorksheet, columns: int, rows: int, title_row: int = 1) -> None:
    """What prints: the sheet's columns and rows (at least its header), the header row
    repeated on every page."""
    ws.print_title_rows = f"{title_row}:{title_row}"
    ws.print_area = f"A1:{get_column_letter(max(columns, 1))}{max(rows, title_row)}"


def header_text(text: str) -> str:
    """A text as a page header shows it literally (& starts a code there), not too long."""
    return text[:120].replace("&", "&&")
