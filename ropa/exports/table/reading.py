"""Reading a spreadsheet as text cells: xlsx, xls and ods through python-calamine (a Rust
reader, faster than openpyxl, which reads ods too), csv through the standard csv module.

What a cell becomes: a text as typed (line breaks "\\n", stripped); a date as ISO text
(2025-03-01, "2025-03-01 14:30" with a time); a whole number without ".0"; TRUE / FALSE for a
logical cell; a formula's last computed value (none when the file kept none). A merged cell's
value is repeated over the cells it covers: calamine gives the merged ranges of xlsx and xls;
for ods they are read from the file's content.xml (table:number-rows-spanned /
number-columns-spanned). Hidden sheets are left out; leading empty columns are dropped,
leading empty rows kept (row numbers stay those of the sheet).

A csv file is read as UTF-8 (with or without BOM), then as Windows-1252; UTF-16 when it starts
with a UTF-16 BOM (Excel's "Unicode text"). Its delimiter is the one of ",", ";" and tab that
cuts the first lines into the most regular rows.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any, Literal
from xml.etree.ElementTree import ParseError, iterparse

from ropa.core.errors import RopaError
from ropa.exports.table import TableBook, TableSheet
from ropa.exports.workbook.layout import FORMAT_NAME, META_SHEET
from ropa.exports.workbook.reader import MAX_WORKBOOK_BYTES, MAX_WORKBOOK_UNZIPPED

Kind = Literal["xlsx", "xls", "ods", "csv"]
MAX_CELLS = 5_000_000  # far beyond any register; short of exhausting the memory
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an .xls (Excel 97-2003) file
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DELIMITERS = (",", ";", "\t")


def _refuse(key: str, filename: str) -> RopaError:
    return RopaError(key, name=filename)


def read_table(data: bytes, filename: str) -> TableBook:
    """The file's sheets as text; RopaError (what is wrong, what to do) on a file that
    cannot be read."""
    if len(data) > MAX_WORKBOOK_BYTES:
        raise _refuse("table_import.problem.too_large", filename)
    kind = _kind(data, filename)
    if kind == "csv":
        sheets: tuple[TableSheet, ...] = (_read_csv(data, filename),)
    else:
        sheets = _read_book(data, filename, kind)
    if not any(any(any(cell for cell in row) for row in sheet.rows) for sheet in sheets):
        raise _refuse("table_import.problem.empty", filename)
    return TableBook(filename=filename, kind=kind, sheets=sheets)


def _kind(data: bytes, filename: str) -> Kind:
    """The kind the content shows (a zip is an xlsx or an ods, an OLE2 file an xls), else the
    name's extension for a text file."""
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if data.startswith(_OLE2):
        return "xls"
    if data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
                if sum(item.file_size for item in archive.infolist()) > MAX_WORKBOOK_UNZIPPED:
                    raise _refuse("table_import.problem.too_large", filename)
                if "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIME:
                    return "ods"
                if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                    return "xlsx"
        except (zipfile.BadZipFile, OSError, ValueError, KeyError):
            raise _refuse("table_import.problem.unreadable", filename) from None
        raise _refuse("table_import.problem.unknown_kind", filename)
    if suffix in ("xlsx", "xlsm", "ods", "xls"):
        raise _refuse("table_import.problem.unreadable", filename)
    if suffix in ("csv", "txt", "tsv", "tab") or _looks_like_text(data):
        return "csv"
    raise _refuse("table_import.problem.unknown_kind", filename)


def _is_ropa_workbook(book: Any) -> bool:
    """A workbook ropa exported (its hidden _ropa sheet names the format): the Excel import
    reads it back whole, ids included; read as a table it would lose them and match its
    columns one language at a time."""
    names = {str(meta.name) for meta in book.sheets_metadata}
    if META_SHEET not in names:
        return False
    try:
        rows = book.get_sheet_by_name(META_SHEET).to_python()
    except Exception:  # a damaged meta sheet: read the rest as any table
        return False
    return any(FORMAT_NAME in (str(cell) for cell in row) for row in rows[:20])


def _looks_like_text(data: bytes) -> bool:
    sample = data[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return b"\x00" not in sample


# -- xlsx, xls, ods ------------------------------------------------------------------------------


def _read_book(data: bytes, filename: str, kind: Kind) -> tuple[TableSheet, ...]:
    import python_calamine as calamine

    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except calamine.PasswordError:
        raise _refuse("table_import.problem.password", filename) from None
    except Exception:  # calamine raises many kinds for a damaged or foreign file
        raise _refuse("table_import.problem.unreadable", filename) from None
    if _is_ropa_workbook(book):
        raise _refuse("table_import.problem.ropa_workbook", filename)
    spans = _ods_spans(data) if kind == "ods" else {}
    sheets = []
    cells = 0
    try:
        for meta in book.sheets_metadata:
            if str(meta.visible).rsplit(".", 1)[-1].lower() != "visible":
                continue
            if str(meta.typ).rsplit(".", 1)[-1].lower() != "worksheet":
                continue
            sheet = book.get_sheet_by_name(meta.name)
            cells += sheet.height * sheet.width
            if cells > MAX_CELLS:
                raise _refuse("table_import.problem.too_large", filename)
            merged = spans.get(meta.name) if kind == "ods" else sheet.merged_cell_ranges
            rows = _sheet_rows(sheet.to_python(), sheet.start, merged or [])
            sheets.append(TableSheet(name=str(meta.name), rows=rows))
    except RopaError:
        raise
    except Exception:
        raise _refuse("table_import.problem.unreadable", filename) from None
    finally:
        book.close()
    if not sheets:
        raise _refuse("table_import.problem.empty", filename)
    return tuple(sheets)


Span = tuple[tuple[int, int], tuple[int, int]]  # ((first row, first col), (last row, last col))


def _sheet_rows(
    values: list[list[Any]], start: tuple[int, int] | None, merged: list[Span]
) -> tuple[tuple[str, ...], ...]:
    """The used range as text rows, from the sheet's row 1 (empty rows above kept), its first
    used column first; merged values repeated over their range."""
    top, left = start if start else (0, 0)
    grid = [[text_of(value) for value in row] for row in values]
    width = max((len(row) for row in grid), default=0)
    for (r1, c1), (_r2, c2) in merged:  # a merged range may reach beyond the used cells
        if 0 <= r1 - top < len(grid) and 0 <= c1 - left < width:
            width = max(width, min(c2 - left + 1, width + 1000))
    for row in grid:
        row.extend([""] * (width - len(row)))
    for (r1, c1), (r2, c2) in merged:
        r1, r2, c1, c2 = r1 - top, r2 - top, c1 - left, c2 - left
        if not (0 <= r1 < len(grid) and 0 <= c1 < width):
            continue
        value = grid[r1][c1]
        if not value:
            continue
        for r in range(r1, min(r2, len(grid) - 1) + 1):
            for c in range(c1, min(c2, width - 1) + 1):
                if not grid[r][c]:
                    grid[r][c] = value
    blank = ("",) * width
    return tuple([blank] * top + [tuple(row) for row in grid])


def text_of(value: Any) -> str:
    """A cell as text (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if (value.hour, value.minute, value.second) == (0, 0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


def _ods_spans(data: bytes) -> dict[str, list[Span]]:
    """The merged cells of each sheet of an ods file, from its content.xml (calamine does not
    give them for ods). A file it cannot read this way is read without them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            with archive.open("content.xml") as content:
                head = content.read()
        if b"spanned" not in head:
            return {}
        return _spans_in(io.BytesIO(head))
    except (KeyError, OSError, zipfile.BadZipFile, ParseError, ValueError):
        return {}


def _spans_in(content: io.BytesIO) -> dict[str, list[Span]]:
    spans: dict[str, list[Span]] = {}
    sheet: str | None = None
    depth = 0  # tables inside a table (rare) are not counted
    row = col = 0
    for event, element in iterparse(content, events=("start", "end")):
        tag = element.tag
        if tag == f"{_TABLE}table":
            if event == "start":
                depth += 1
                if depth == 1:
                    sheet = element.get(f"{_TABLE}name") or ""
                    row = 0
            else:
                depth -= 1
                element.clear()
            continue
        if depth != 1:
            continue
        if tag == f"{_TABLE}table-row":
            if event == "start":
                col = 0
            else:
                row += int(element.get(f"{_TABLE}number-rows-repeated") or 1)
                element.clear()
        elif tag in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell") and event == "end":
            rows = int(element.get(f"{_TABLE}number-rows-spanned") or 1)
            cols = int(element.get(f"{_TABLE}number-columns-spanned") or 1)
            if (rows > 1 or cols > 1) and sheet is not None:
                spans.setdefault(sheet, []).append(((row, col), (row + rows - 1, col + cols - 1)))
            col += int(element.get(f"{_TABLE}number-columns-repeated") or 1)
    return spans


# -- csv --------------------------------------------------------------------------------------


def _decode(data: bytes, filename: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _refuse("table_import.problem.encoding", filename) from None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _refuse("table_import.problem.encoding", filename)


def _read_csv(data: bytes, filename: str) -> TableSheet:
    text = _decode(data, filename)
    if "\x00" in text:
        raise _refuse("table_import.problem.unknown_kind", filename)
    delimiter = sniff_delimiter(text)
    try:
        rows = [
            tuple(text_of(cell) for cell in row)
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error:
        raise _refuse("table_import.problem.unreadable", filename) from None
    width = max((len(row) for row in rows), default=0)
    if width * len(rows) > MAX_CELLS:
        raise _refuse("table_import.problem.too_large", filename)
    padded = tuple(row + ("",) * (width - len(row)) for row in rows)
    name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].rsplit(".", 1)[0] or "csv"
    return TableSheet(name=name, rows=padded)


def sniff_delimiter(text: str) -> str:
    """Of ",", ";" and tab, the one that cuts the first lines into the most regular rows of
    more than one cell (the most cells when as regular)."""
    sample = "\n".join(_first_lines(text, 30))
    best, best_score = ",", (-1.0, 0)
    for delimiter in _DELIMITERS:
        try:
            counts = [
                len(row)
                for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
                if any(cell.strip() for cell in row)
            ]
        except csv.Error:
            continue
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        regular = counts.count(common) / len(counts)
        score = (regular, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _first_lines(text: str, count: int) -> Iterator[str]:
    start = 0
    for _ in range(count):
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1
