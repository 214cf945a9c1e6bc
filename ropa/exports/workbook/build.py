"""The register as an Excel workbook (.xlsx), in the register's language, for a person to read
and edit in Excel or LibreOffice, then import back (importing.py).

It opens on the Register sheets (register_sheet.py), the register for reading and printing,
never imported; the data sheets of the round trip follow (layout.py), their ids folded away,
every sheet set up to print A4 landscape, one page wide (print_setup.py).

Headings and closed values are in the workbook's language; the texts are the register's as
stored, whatever that language: each text in the main document language in its column, and in
each other document language in a column of its own beside it ("Nom (néerlandais)").

Written with openpyxl in write-only mode (rows streamed to the file, so 10,000 activities cost
little more than writing the bare values); the layout is described in layout.py.
Every text a user typed is written as a text cell (never a formula, whatever it starts with).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.comments import Comment
from openpyxl.packaging.core import DocumentProperties
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation

from ropa.core.authorities import competent_authority
from ropa.core.i18n import tr
from ropa.core.reads.history import HistoryPage, HistoryRow, load_names
from ropa.core.text_languages import document_languages
from ropa.db.session import RegisterDatabase
from ropa.exports.common import Progress, report, resolve_organisation
from ropa.exports.register_view import RegisterView, load_register_view
from ropa.exports.workbook.cells import safe_text, texts
from ropa.exports.workbook.layout import (
    FORMAT_NAME,
    FORMAT_VERSION,
    META_SHEET,
    TARGET_SHEETS,
    Column,
    Kind,
    Sheet,
    enum_vocabularies,
    sheet,
    sheets,
)
from ropa.exports.workbook.print_setup import (
    DEFAULT_FONT,
    HEADER_CHARS,
    LINE_HEIGHT,
    RowHeights,
    header_text,
    hide_columns,
    print_area,
    print_setup,
    set_height,
)
from ropa.exports.workbook.register_sheet import RegisterWriter
from ropa.exports.workbook.row_xml import stream_rows
from ropa.exports.workbook.rows import Altered, SheetRows
from ropa.exports.workbook.writer import (
    GREY_FONT,
    HEADER_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    ID_FILL,
    SUMMARY_FILL,
    SUMMARY_FONT,
    TOP,
    WRAP,
    ColumnCell,
    close_sheets,
    text_cell,
)

LAST_ROW = 1_048_576
SPARE_ROWS = 500  # room for new rows in the reference lists of the validations


def build_workbook(
    db: RegisterDatabase,
    organisation_id: str | None = None,
    *,
    lang: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """One organisation's register as .xlsx bytes (nothing is written to disk here).

    `progress(done, total)` may raise Cancelled to stop; `lang` defaults to the register's.
    """
    with db.reader() as session:
        org_id = resolve_organisation(session, organisation_id)
        view = load_register_view(session, org_id, lang, localise_texts=False)
        names = load_names(session, view.history)
    changes = HistoryPage(view.history, [], names).rows(view.lang)
    return write_workbook(view, changes=changes, progress=progress)


class _Writer:
    """Writes one workbook: styles, lists and validations shared by its sheets."""

    def __init__(
        self, view: RegisterView, changes: Sequence[HistoryRow], progress: Progress | None
    ) -> None:
        self.view = view
        self.changes = changes
        self.lang = view.lang
        self.rows = SheetRows(view)
        self.sheets = sheets(self.rows.languages)
        self.progress = progress
        self.book = Workbook(write_only=True)
        # Arial 10 for every cell without a font of its own, and as the unit of column widths.
        self.book._fonts = IndexedList([DEFAULT_FONT])
        self.book._named_styles["Normal"].font = DEFAULT_FONT
        self.done = 0
        self.total = 0
        self.lists_title = tr(self.lang, "workbook.sheet.lists")
        self.vocabularies = enum_vocabularies()
        # Columns of the Lists sheet: yes/no, each vocabulary, then the activity references.
        self.list_columns = ["yes_no", *self.vocabularies, "activities"]
        self.record_counts: dict[str, int] = {}
        self.widths: dict[str, list[float]] = {}

    # -- cells ---------------------------------------------------------------------------------

    def header(self, ws: WriteOnlyWorksheet, columns: Iterable[Column]) -> list[Cell]:
        cells = []
        for column in columns:
            cell = text_cell(
                ws,
                column.title(self.lang),
                font=HEADER_FONT,
                alignment=WRAP,
                border=HEADER_BORDER,
                fill=HEADER_FILL,
            )
            if column.kind is Kind.SUMMARY:
                cell.fill = SUMMARY_FILL
                where = sheet(column.edit_on or "").title(self.lang)
                cell.comment = self.comment(tr(self.lang, "workbook.comment.summary", sheet=where))
            elif column.kind is Kind.ID:
                cell.fill = ID_FILL
                cell.comment = self.comment(tr(self.lang, "workbook.comment.id"))
            cells.append(cell)
        return cells

    def comment(self, text: str) -> Comment:
        return Comment(text, "ropa", height=90, width=260)

    def altered(self) -> Comment:
        return self.comment(tr(self.lang, "workbook.comment.altered"))

    def write_rows(self, ws: WriteOnlyWorksheet, rows: Iterable[list[Any]]) -> int:
        count = 0
        for values in rows:
            ws.append(values)
            count += 1
            if count % 500 == 0:
                self.tick(500)
        self.tick(count % 500)
        return count

    def tick(self, rows: int) -> None:
        self.done += rows
        report(self.progress, self.done, self.total)

    # -- sheets --------------------------------------------------------------------------------

    def create_sheet(self, title: str, columns: Sequence[Column] = ()) -> WriteOnlyWorksheet:
        """A new sheet whose rows are written through one cell per column, each row as tall
        as its texts (a sheet without columns: rows of one line)."""
        ws: WriteOnlyWorksheet = self.book.create_sheet(title)
        cells = [ColumnCell(ws, c) for c in columns]
        for cell, column in zip(cells, columns, strict=True):
            if column.number_format is not None:
                cell.number_format = column.number_format
        heights = RowHeights([c.width for c in columns]) if columns else None
        stream_rows(ws, cells, self.altered, heights)
        return ws

    def new_sheet(self, title: str, columns: list[Column], freeze: str) -> WriteOnlyWorksheet:
        ws = self.create_sheet(title, columns)
        for index, column in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        self.widths[ws.title] = [column.width for column in columns]
        # The ids and keys are for the import: folded away, unfolded by the "+" above them.
        hide_columns(
            ws, [get_column_letter(i) for i, c in enumerate(columns, 1) if c.kind is Kind.ID]
        )
        ws.freeze_panes = freeze
        # Printed from Excel or LibreOffice: A4 landscape, one page wide, the header row on
        # every page (print_area once the rows are counted).
        print_setup(ws, self.lang)
        ws.oddHeader.left.text = header_text(self.rows.name(self.view.organisation["legal_name"]))
        ws.oddHeader.left.size = 8
        titles = [column.title(self.lang) for column in columns]
        header = RowHeights(self.widths[ws.title], chars_per_unit=HEADER_CHARS)
        set_height(ws, 1, header.row_lines(titles) * LINE_HEIGHT)
        ws.append(self.header(ws, columns))
        return ws

    def table_sheet(self, spec: Sheet) -> None:
        columns = list(spec.columns)
        ws = self.new_sheet(spec.title(self.lang), columns, spec.freeze)
        count = self.write_rows(ws, (values for _row, values in self.rows.values(spec)))
        self.finish(ws, columns, count)

    def finish(self, ws: WriteOnlyWorksheet, columns: list[Column], count: int) -> None:
        last = get_column_letter(len(columns))
        ws.auto_filter.ref = f"A1:{last}{count + 1}"
        print_area(ws, len(columns), count + 1)
        for index, column in enumerate(columns, 1):
            validation = self.validation(column)
            if validation is not None:
                letter = get_column_letter(index)
                validation.add(f"{letter}2:{letter}{LAST_ROW}")
                ws.data_validations.append(validation)

    def organisation_sheet(self) -> None:
        spec = sheet("organisation")
        columns = list(spec.columns)
        ws = self.new_sheet(spec.title(self.lang), columns, spec.freeze)
        rows = self.rows.organisation_rows()
        number = 1  # the sheet's last row
        for title, value, key, column in rows:
            number += 1
            value_cell = ColumnCell(ws, column).hold(value) if value is not None else None
            if type(value) is Altered and value_cell is not None:
                value_cell.comment = self.altered()
            ws.append([text_cell(ws, title, font=HEADER_FONT, alignment=WRAP), value_cell, key])
            validation = self.validation(column)
            if validation is not None:
                validation.add(f"B{number}")
                ws.data_validations.append(validation)
            if key == "supervisory_authority":
                number += 1
                self.authority_row(ws, number)
        print_area(ws, len(columns), number)
        self.tick(len(rows))

    def authority_row(self, ws: WriteOnlyWorksheet, number: int) -> None:
        """The competent supervisory authority, as the PDF register names it: derived from the
        country unless the row above names another. Read-only: the import does not know its
        key, so it ignores the row."""
        org, lang = self.view.organisation, self.lang
        authority = competent_authority(org["country"], org["supervisory_authority"])
        value = None
        if authority is not None:
            parts = [authority.name(lang), authority.address, authority.website_in(lang)]
            value = "\n".join(p for p in parts if p)
        title = tr(lang, "pdf.cover.authority")
        cell = None
        if value is not None:
            cell = text_cell(ws, value, font=SUMMARY_FONT, alignment=WRAP, fill=SUMMARY_FILL)
            cell.comment = self.comment(tr(lang, "workbook.comment.authority"))
        key = text_cell(ws, "competent_authority", font=GREY_FONT, alignment=TOP)
        ws.append([text_cell(ws, title, font=HEADER_FONT, alignment=WRAP), cell, key])

    def history_sheet(self) -> None:
        spec = sheet("history")
        columns = list(spec.columns)
        ws = self.new_sheet(spec.title(self.lang), columns, spec.freeze)
        count = self.write_rows(ws, self.rows.history_rows(self.changes))
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
        print_area(ws, len(columns), count + 1)

    def lists_sheet(self) -> None:
        ws = self.create_sheet(self.lists_title)
        ws.sheet_state = "hidden"
        columns = self.list_values()
        ws.append(self.text_cells(ws, self.list_columns))
        for i in range(max(len(values) for values in columns)):
            ws.append(self.text_cells(ws, [v[i] if i < len(v) else None for v in columns]))

    def meta_sheet(self) -> None:
        ws = self.create_sheet(META_SHEET)
        ws.sheet_state = "veryHidden"
        org = self.view.organisation
        for key, value in meta_values(self.view, org["id"], org["legal_name"]):
            ws.append(self.text_cells(ws, [key, safe_text(value, self.lang)]))

    def text_cells(self, ws: WriteOnlyWorksheet, values: Sequence[str | None]) -> list[Cell | None]:
        return [None if v is None else text_cell(ws, v) for v in values]

    # -- validation lists ----------------------------------------------------------------------

    def list_values(self) -> list[list[str]]:
        words = texts(self.lang)
        columns = [[words.yes, words.no]]
        columns += [list(words.labels[name].values()) for name in self.vocabularies]
        columns.append([r for r in self.rows.names["activity"].values() if r])
        return columns

    def list_range(self, name: str, length: int) -> str:
        letter = get_column_letter(self.list_columns.index(name) + 1)
        return f"{quote_sheetname(self.lists_title)}!${letter}$2:${letter}${max(length, 1) + 1}"

    def validation(self, column: Column) -> DataValidation | None:
        kind = column.kind
        if kind is Kind.BOOL:
            formula, strict = self.list_range("yes_no", 2), True
        elif kind is Kind.ENUM:
            name = column.enum or ""
            formula, strict = self.list_range(name, len(self.vocabularies[name])), True
        elif kind in (Kind.PARENT, Kind.REF) and column.target == "activity":
            count = len(self.rows.names["activity"]) + SPARE_ROWS
            formula, strict = self.list_range("activities", count), False
        elif (
            kind in (Kind.REF, Kind.PARENT)
            and column.target in TARGET_SHEETS
            and column.target not in ("purpose", "transfer")
        ):
            target = sheet(TARGET_SHEETS[column.target or ""])
            count = self.record_counts.get(target.key, 0) + SPARE_ROWS
            title = quote_sheetname(target.title(self.lang))
            formula, strict = f"{title}!$A$2:$A${count + 1}", False
        else:
            return None
        validation = DataValidation(type="list", formula1=formula, allow_blank=True)
        validation.showErrorMessage = True
        validation.errorStyle = "stop" if strict else "warning"
        validation.errorTitle = column.title(self.lang)[:32]
        validation.error = tr(
            self.lang, "workbook.validation.error" if strict else "workbook.validation.warning"
        )
        return validation

    # -- the whole book ------------------------------------------------------------------------

    def write(self) -> bytes:
        try:
            return self.write_all()
        except BaseException:
            self.discard()
            raise

    def write_all(self) -> bytes:
        table_sheets = [s for s in self.sheets if s.importable and s.key != "organisation"]
        for spec in table_sheets:
            self.record_counts[spec.key] = self.rows.count(spec)
        self.total = (
            len(self.rows.activities)  # the Register sheets
            + sum(self.record_counts.values())
            + len(self.rows.organisation_rows())
            + len(self.changes)
        )
        report(self.progress, 0, self.total)
        RegisterWriter(self.book, self.rows, self.tick, self.altered).write()
        for spec in self.sheets:
            if spec.key == "organisation":
                self.organisation_sheet()
            elif spec.key == "history":
                self.history_sheet()
            else:
                self.table_sheet(spec)
        self.lists_sheet()
        self.meta_sheet()
        self.book.properties = self.properties()
        buffer = io.BytesIO()
        self.book.save(buffer)
        report(self.progress, self.total, self.total)
        return buffer.getvalue()

    def discard(self) -> None:
        """Close the sheets of an abandoned workbook and remove their temporary files."""
        close_sheets(self.book)

    def properties(self) -> DocumentProperties:
        org, lang = self.view.organisation, self.lang
        now = self.view.generated_at.astimezone(UTC).replace(tzinfo=None, microsecond=0)
        return DocumentProperties(
            title=safe_text(tr(self.lang, "workbook.title", name=org["legal_name"]), lang)[:255],
            creator=safe_text(str(org["legal_name"]), lang)[:255],
            lastModifiedBy=self.view.generator,
            created=now,
            modified=now,
            language=self.lang,
            identifier=org["id"],
        )


def meta_values(view: RegisterView, organisation_id: str, name: str) -> Iterator[tuple[str, str]]:
    """What the hidden _ropa sheet holds: which format, which organisation, when, by what."""
    yield "format", FORMAT_NAME
    yield "format_version", str(FORMAT_VERSION)
    yield "organisation_id", organisation_id
    yield "organisation_name", name
    yield "language", view.lang
    yield "text_languages", " ".join(document_languages(view.organisation))
    yield "generator", view.generator
    yield "exported_at", view.generated_at.astimezone(UTC).isoformat(timespec="seconds")


def write_workbook(
    view: RegisterView,
    *,
    changes: Sequence[HistoryRow] | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The workbook of a register view, as .xlsx bytes. `changes`: the view's history in words
    in its language (build_workbook reads what names them with the view); None: named from
    what the log recorded only."""
    if changes is None:
        changes = HistoryPage(view.history, []).rows(view.lang)
    return _Writer(view, changes, progress).write()
