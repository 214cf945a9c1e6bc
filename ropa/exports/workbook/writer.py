"""Cells written fast through openpyxl's write-only sheets: one prepared, styled cell per column
carries every value of that column in turn, so a large register costs little more than writing
its bare values.

Safety: a text is always written as a text cell. openpyxl would make a formula of a text that
starts with "=" and an error value of "#N/A"; here the cell's type is set by the column (text,
number or date), never guessed from the value. Texts arrive already made safe for a cell
(cells.safe_text: characters XML cannot hold replaced, over-long texts cut).
"""

from __future__ import annotations

from contextlib import suppress
from copy import copy
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from ropa.exports.workbook.layout import Column, Kind

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TOP = Alignment(vertical="top")
WRAP = Alignment(vertical="top", wrap_text=True)
HEADER_FONT = Font(name="Arial", size=10, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
SUMMARY_FILL = PatternFill("solid", fgColor="FFF2CC")
ID_FILL = PatternFill("solid", fgColor="EDEDED")
GREY_FONT = Font(name="Arial", color="808080", size=8)
SUMMARY_FONT = Font(name="Arial", size=10, color="595959", italic=True)
HEADER_BORDER = Border(bottom=Side(style="thin", color="808080"))

# The Python type every value of a column has, and the cell type it is written as.
_TYPES: dict[Kind, tuple[type, str]] = {
    Kind.INT: (int, "n"),
    Kind.DATE: (date, "d"),
    Kind.DATETIME: (datetime, "d"),
}


class ColumnCell(Cell):
    """The cell every value of one column is written through: styled once, its style looked
    up once, its type fixed by the column."""

    def __init__(self, ws: WriteOnlyWorksheet, column: Column) -> None:
        super().__init__(ws, column=1, row=1)
        self._fixed_style_id: int | None = None
        self.expected, self.data_type = _TYPES.get(column.kind, (str, "s"))
        kind = column.kind
        if kind is Kind.ID:
            self.font = GREY_FONT
            self.alignment = TOP
        elif kind is Kind.DATE:
            self.number_format = DATE_FORMAT
            self.alignment = TOP
        elif kind is Kind.DATETIME:
            self.number_format = DATETIME_FORMAT
            self.alignment = TOP
        elif kind is Kind.SUMMARY:
            self.font = SUMMARY_FONT
            self.alignment = WRAP
        else:
            self.alignment = WRAP

    @property
    def style_id(self) -> int:
        if self._fixed_style_id is None:
            self._fixed_style_id = int(super().style_id)
        return self._fixed_style_id

    @property
    def has_style(self) -> bool:
        return True  # its font and alignment, at least

    def hold(self, value: Any) -> Cell:
        """A separate cell in this column's style, for a value of another type than the
        column's (texts still text cells)."""
        cell = WriteOnlyCell(self.parent, value)
        if isinstance(value, str):
            cell.data_type = "s"
        cell.font = copy(self.font)
        cell.alignment = copy(self.alignment)
        cell.number_format = self.number_format
        return cell


def text_cell(ws: WriteOnlyWorksheet, value: str, **style: Any) -> Cell:
    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def close_sheets(book: Workbook) -> None:
    """Close the write-only sheets of an abandoned workbook and remove their temporary files
    (a failed or cancelled export leaves nothing behind)."""
    for ws in book.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with suppress(Exception):
            if not ws.closed:
                ws.close()
        with suppress(Exception):
            writer.cleanup()
