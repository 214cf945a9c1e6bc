"""The Register sheets, first in the workbook: the register for reading and printing.

One row per activity with the columns of the official register templates (CNIL, APD), in the
workbook's language, names rather than ids; the controller's activities on one sheet (Art.
30(1)), those carried out for clients on another (Art. 30(2), only when there are some). Above
the table: the organisation's name, what the register is and as of when, and who to contact.
Printed A4 landscape, one page wide, the header row on every page.

Never imported: importing.py reads only the sheets of layout.sheets(), which come after these;
an edit made here is ignored (the title's comment says so).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from ropa.core.authorities import competent_authority
from ropa.core.i18n import label, tr
from ropa.core.snapshot import Row
from ropa.exports.register_view import RegisterView
from ropa.exports.workbook.layout import Column, Kind
from ropa.exports.workbook.print_setup import (
    HEADER_CHARS,
    RowHeights,
    header_text,
    print_area,
    print_setup,
    set_height,
)
from ropa.exports.workbook.register_texts import RegisterTexts
from ropa.exports.workbook.row_xml import stream_rows
from ropa.exports.workbook.rows import SheetRows
from ropa.exports.workbook.writer import (
    HEADER_BORDER,
    HEADER_FILL,
    WRAP,
    ColumnCell,
    text_cell,
)

BODY_FONT = Font(name="Arial", size=9)
HEADER_FONT = Font(name="Arial", size=9, bold=True)
NAME_FONT = Font(name="Arial", size=13, bold=True)
HEADING_FONT = Font(name="Arial", size=10, bold=True)
IDENTITY_FONT = Font(name="Arial", size=9)
TOP_LEFT = Alignment(vertical="top", wrap_text=True)
TAB_COLOR = "1F4E79"
BODY_LINE = 11.0  # points per line of the 9 pt body font (Excel: 12 for one line with its padding)
CHARS_PER_UNIT = 1.25  # characters of the 9 pt font per unit of column width
MAX_LINES = 37  # Excel's tallest row (409 points); a longer text is cut on paper
TABLE_ROW = 5  # the first activity's row: name, heading, identity, header above it
DPO_LABELS = {
    True: "pdf.cover.dpo",
    False: "pdf.cover.privacy_contact",
    None: "pdf.cover.privacy_contact_unknown",
}


@dataclass(frozen=True)
class RegisterColumn:
    key: str  # the RegisterTexts method that writes its cells
    width: float

    def title(self, lang: str) -> str:
        return tr(lang, f"workbook.register.col.{self.key}")


def _columns(spec: str) -> tuple[RegisterColumn, ...]:
    """Columns written "key:width key:width"."""
    return tuple(
        RegisterColumn(key, float(width))
        for key, width in (item.split(":") for item in spec.split())
    )


CONTROLLER_COLUMNS = _columns(
    "reference:7 activity:18 purposes:30 data_subjects:14 data_categories:30 recipients:24 "
    "transfers:18 retention:28 security:20 dpia:11 status:14"
)
PROCESSOR_COLUMNS = _columns(
    "reference:7 activity:18 clients:22 processing_categories:26 data_subjects:14 "
    "data_categories:26 subprocessors:22 transfers:18 retention:22 security:20 status:14"
)


@dataclass(frozen=True)
class RegisterSheet:
    key: str  # workbook.sheet.<key>; workbook.register.heading.<key>
    columns: tuple[RegisterColumn, ...]

    def title(self, lang: str) -> str:
        return tr(lang, f"workbook.sheet.{self.key}")


CONTROLLER_REGISTER = RegisterSheet("register", CONTROLLER_COLUMNS)
PROCESSOR_REGISTER = RegisterSheet("register_processor", PROCESSOR_COLUMNS)


class RegisterWriter:
    """Writes the Register sheets of one workbook (write-only, rows streamed)."""

    def __init__(
        self,
        book: Workbook,
        rows: SheetRows,
        tick: Callable[[int], None],
        altered: Callable[[], Comment],
    ) -> None:
        self.book = book
        self.rows = rows
        self.view = rows.summary_view()  # texts in the workbook's language
        self.lang = self.view.lang
        self.texts = RegisterTexts(self.view)
        self.tick = tick
        self.altered = altered

    def activities(self, spec: RegisterSheet) -> list[Row]:
        """The sheet's activities, in reference order, in the workbook's language."""
        by_id = self.view.activities
        processing = spec is PROCESSOR_REGISTER
        return [
            by_id[a["id"]] for a in self.rows.activities if (a["role"] == "processor") is processing
        ]

    def write(self) -> None:
        self.write_sheet(CONTROLLER_REGISTER, self.activities(CONTROLLER_REGISTER))
        processing = self.activities(PROCESSOR_REGISTER)
        if processing:
            self.write_sheet(PROCESSOR_REGISTER, processing)

    def write_sheet(self, spec: RegisterSheet, activities: list[Row]) -> None:
        lang, columns = self.lang, spec.columns
        ws: WriteOnlyWorksheet = self.book.create_sheet(spec.title(lang))
        ws.sheet_properties.tabColor = TAB_COLOR
        widths = [c.width for c in columns]
        for index, column in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.freeze_panes = f"C{TABLE_ROW}"
        print_setup(ws, lang)
        ws.oddHeader.left.text = header_text(self.rows.name(self.view.organisation["legal_name"]))
        ws.oddHeader.right.text = header_text(tr(lang, f"workbook.register.heading.{spec.key}"))
        ws.oddHeader.left.size = ws.oddHeader.right.size = 8
        templates = [self.template(ws) for _ in columns]
        heights = RowHeights(
            widths,
            chars_per_unit=CHARS_PER_UNIT,
            line_height=BODY_LINE,
            padding=3,
            max_lines=MAX_LINES,
        )
        stream_rows(ws, templates, self.altered, heights)
        self.write_top(ws, spec, widths)
        header = TABLE_ROW - 1
        titles = [c.title(lang) for c in columns]
        bold = RowHeights(widths, chars_per_unit=HEADER_CHARS * 1.1)
        set_height(ws, header, bold.row_lines(titles) * BODY_LINE + 3)
        ws.append([self.header_cell(ws, title) for title in titles])
        makers = [getattr(self.texts, c.key) for c in columns]
        text = self.rows.text
        for count, activity in enumerate(activities, 1):
            ws.append([text(make(activity)) or None for make in makers])
            if count % 500 == 0:
                self.tick(500)
        self.tick(len(activities) % 500)
        last_row = header + len(activities)
        ws.auto_filter.ref = f"A{header}:{get_column_letter(len(columns))}{last_row}"
        print_area(ws, len(columns), last_row, header)

    # -- cells -------------------------------------------------------------------------------

    def template(self, ws: WriteOnlyWorksheet) -> ColumnCell:
        cell = ColumnCell(ws, Column("text", Kind.TEXT, "workbook.col.value"))
        cell.font = BODY_FONT
        cell.alignment = WRAP
        return cell

    def header_cell(self, ws: WriteOnlyWorksheet, title: str) -> Cell:
        return text_cell(
            ws, title, font=HEADER_FONT, alignment=WRAP, border=HEADER_BORDER, fill=HEADER_FILL
        )

    def write_top(
        self, ws: WriteOnlyWorksheet, spec: RegisterSheet, widths: Sequence[float]
    ) -> None:
        """The organisation's name, what the register is and as of when, who to contact."""
        lang = self.lang
        last = get_column_letter(len(widths))
        name_cell = text_cell(ws, self.rows.name(self.view.organisation["legal_name"]))
        name_cell.font = NAME_FONT
        name_cell.comment = Comment(tr(lang, "workbook.register.comment"), "ropa", 90, 260)
        heading = tr(
            lang,
            "workbook.register.as_of",
            heading=tr(lang, f"workbook.register.heading.{spec.key}"),
            date=self.texts.date(self.view.generated_at.astimezone().date()),
        )
        identity = self.rows.text(identity_text(self.view)) or ""
        set_height(ws, 1, 20)
        ws.append([name_cell])
        set_height(ws, 2, 15)
        ws.append([text_cell(ws, heading, font=HEADING_FONT)])
        lines = RowHeights([sum(widths)], chars_per_unit=CHARS_PER_UNIT).row_lines([identity])
        set_height(ws, 3, lines * BODY_LINE + 4)
        ws.append([text_cell(ws, identity, font=IDENTITY_FONT, alignment=TOP_LEFT)])
        for row in (1, 2, 3):
            ws.merged_cells.add(f"A{row}:{last}{row}")


def identity_text(view: RegisterView) -> str:
    """Who keeps the register (Art. 30(1)(a), 30(2)(a)): address, identifiers, contact,
    representative, DPO or privacy contact, and the competent supervisory authority."""
    org, lang = view.organisation, view.lang

    def field(name: str, value: str | None) -> str:
        return tr(lang, "workbook.register.field", label=name, value=value) if value else ""

    def joined(values: Sequence[str | None], separator: str = ", ") -> str:
        return separator.join(str(v) for v in values if v)

    place = joined([org["postcode"], org["city"]], " ")
    parts = [joined([org["street"], place, view.country(org["country"])])]
    for key in ("enterprise_number", "siren", "siret", "rcs", "vat_number"):
        parts.append(field(label(lang, "organisation", key), org[key]))
    parts.append(joined([org["email"], org["phone"], org["website"]]))
    representative = label(lang, "organisation", "legal_representative")
    parts.append(field(representative, org["legal_representative"]))
    contact = joined([org["dpo_name"], org["dpo_email"], org["dpo_phone"]])
    parts.append(field(tr(lang, DPO_LABELS[org["dpo_designated"]]), contact))
    in_eu = joined([org["eu_representative_name"], org["eu_representative_contact"]])
    parts.append(field(label(lang, "organisation", "eu_representative_name"), in_eu))
    authority = competent_authority(org["country"], org["supervisory_authority"])
    shown = authority.name(lang) if authority is not None else org["supervisory_authority"]
    parts.append(field(tr(lang, "pdf.cover.authority"), shown))
    return joined(parts, " \u00b7 ")
