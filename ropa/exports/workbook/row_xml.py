"""Rows of a write-only sheet written fast: each value through its column's cell (writer.py's
ColumnCell), each row as one piece of XML, its height set from its texts.

openpyxl's write-only sheet turns each appended row into cells (`_values_to_row`: every value
tried as a plain value first, a styled cell only after that fails, an exception and a new cell
each time) and writes each cell in an lxml element context for the row, the cell, its string and
its text, where lxml checks every tag and attribute name (raising and catching an exception
inside for each): most of a large workbook's time. Here a text value becomes XML text in its
column's style, the row is parsed once by libxml2 and handed to the same writer, so the file
holds exactly what openpyxl writes. A number or a date goes through its column's cell and
openpyxl's own cell writer; a ready cell (a header) as it is; a text that had to be altered to
fit a cell (rows.Altered) gets a cell of its own with a comment saying so.

On the way, the row's height is estimated from its texts (print_setup.RowHeights), unless it
was set before the row was written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from lxml.etree import XMLSyntaxError, fromstring, tostring
from openpyxl.cell import Cell
from openpyxl.cell._writer import etree_write_cell
from openpyxl.comments import Comment
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from ropa.exports.workbook.print_setup import RowHeights, lines_of
from ropa.exports.workbook.rows import Altered
from ropa.exports.workbook.writer import ColumnCell

RowWriter = Callable[[Any, Sequence[Any], int], None]


def stream_rows(
    ws: WriteOnlyWorksheet,
    templates: list[ColumnCell],
    altered: Callable[[], Comment],
    heights: RowHeights | None = None,
) -> None:
    """Let the sheet take rows of values (or ready cells), one column cell per value (see the
    module docstring); each row as tall as `heights` says for its texts."""
    ws._values_to_row = _as_appended  # type: ignore[method-assign]
    create_writer = ws._get_writer

    def get_writer() -> None:
        # Installed as the sheet creates its writer, at its first row: by then its columns,
        # panes and properties are set, and the column cells styled.
        new = ws._writer is None
        create_writer()
        if new and ws._writer is not None:
            ws._writer.write_row = _row_writer(ws, templates, altered, heights)

    ws._get_writer = get_writer  # type: ignore[method-assign]


def _as_appended(values: Sequence[Any], row_index: int) -> Sequence[Any]:
    return values


def escape(text: str) -> str:
    """A text as XML character data that parses back to the same text (a carriage return
    too, which a parser would make a line feed)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


class _Collected:
    """Where openpyxl's own cell writer puts the element it makes."""

    element: Any = None

    def write(self, element: Any) -> None:
        self.element = element


def _row_writer(
    ws: WriteOnlyWorksheet,
    templates: list[ColumnCell],
    altered: Callable[[], Comment],
    heights: RowHeights | None,
) -> RowWriter:
    dimensions = ws.row_dimensions
    comments = ws._comments
    widths = heights.widths if heights is not None else []
    per_line = heights.per_line if heights is not None else []
    measured = len(widths)
    # Per column: the type its cell holds, and the opening of a text cell in its style.
    expected = [template.expected for template in templates]
    opening = [f' s="{template.style_id}" t="inlineStr"><is><t' for template in templates]

    def cell_xml(cell: Cell) -> str:
        """A cell that is not a plain text of its column, as openpyxl writes it."""
        if cell._comment is not None:
            comments.append(CommentRecord.from_cell(cell))
        value = cell._value
        styled = cell.has_style
        if cell.data_type == "s" and isinstance(value, str) and value:
            style = f' s="{cell.style_id}"' if styled else ""
            return _text_xml(cell.coordinate, f'{style} t="inlineStr"><is><t', value)
        if value is None and not styled and cell._comment is None:
            return ""
        collected = _Collected()
        etree_write_cell(collected, ws, cell, styled)
        return str(tostring(collected.element, encoding="unicode"))

    def write_row(xf: Any, values: Sequence[Any], row_index: int) -> None:
        number = str(row_index)
        explicit = dimensions.get(row_index)
        measure = 0 if explicit else measured  # the columns whose texts set the height
        lines = 1
        parts: list[str] = []
        for column, value in enumerate(values, 1):
            if value is None:
                continue
            kind = type(value)
            if kind is str and value and expected[column - 1] is str:
                where = f"{get_column_letter(column)}{number}"
                parts.append(_text_xml(where, opening[column - 1], value))
            elif isinstance(value, Cell):
                value.column, value.row = column, row_index
                parts.append(cell_xml(value))
                value = value._value
            else:
                template = templates[column - 1]
                if kind is template.expected:
                    template._value = value
                    cell: Cell = template
                else:
                    cell = template.hold(value)
                    if kind is Altered:
                        cell.comment = altered()
                cell.column, cell.row = column, row_index
                parts.append(cell_xml(cell))
            if (
                column < measure
                and isinstance(value, str)
                and (len(value) > widths[column] or "\n" in value)
            ):
                count = lines_of(value, per_line[column])
                if count > lines:
                    lines = count
        if explicit:  # heights and flags ropa set itself: numbers
            head = "".join(f' {name}="{escape(str(v))}"' for name, v in dict(explicit).items())
        elif lines > 1 and heights is not None and (height := heights.height(lines)):
            head = f' ht="{height}" customHeight="1"'
        else:
            head = ""
        try:
            row = fromstring(f'<row r="{number}"{head}>{"".join(parts)}</row>')
        except XMLSyntaxError as error:  # as openpyxl says of a character XML cannot hold
            raise ValueError("All strings must be XML compatible") from error
        xf.write(row)

    return write_row


def _text_xml(where: str, opening: str, text: str) -> str:
    """A text cell: `opening` holds its style and type, up to its text element's name."""
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f'<c r="{where}"{opening}{space}>{escape(text)}</t></is></c>'
