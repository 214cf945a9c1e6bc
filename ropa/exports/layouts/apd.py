"""The register in the layout of the Belgian Data Protection Authority's (APD/GBA) model
register: an identification sheet, the controller's register (one row per activity) and the
processor's register (one row per activity and client controller). The columns and their
sources are listed in docs/authority-layouts.md.

Retired activities stay in the controller's and processor's sheets with their status and end
date, as the APD's model keeps a stopped processing (its "status" columns); drafts only when
asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook

from ropa.core.snapshot import Row
from ropa.exports.common import Progress, report
from ropa.exports.layouts.activity import ActivityValues
from ropa.exports.layouts.reading import LayoutRegister
from ropa.exports.layouts.sheets import SheetWriter, saved, sheet_title, write_only_book


@dataclass(frozen=True)
class Column:
    key: str
    """Its title is the text layouts.column.<key>."""
    width: float
    value: Callable[[ActivityValues, Row], Any]


CONTROLLER_COLUMNS = (
    Column("department", 22, lambda v, a: v.text(a["department"])),
    Column("owner", 20, lambda v, a: v.text(a["owner"])),
    Column("reference", 11, lambda v, a: a["reference"]),
    Column("name", 28, lambda v, a: v.text(a["name"])),
    Column("description", 40, lambda v, a: v.text(a["description"])),
    Column("purposes", 45, lambda v, a: v.numbered([p for p, _ in v.purposes(a)])),
    Column("legal_bases", 35, lambda v, a: v.numbered([b for _, b in v.purposes(a)])),
    Column("data_subjects", 28, lambda v, a: v.lines(v.data_subjects(a))),
    Column("data_categories", 40, lambda v, a: v.data_category_lines(a)),
    Column("special_categories", 30, lambda v, a: v.special_lines(a)),
    Column("sources", 28, lambda v, a: v.sources(a)),
    Column("recipients", 35, lambda v, a: v.recipient_lines(a)),
    Column("processors", 35, lambda v, a: v.processors(a)),
    Column("joint_controllers", 30, lambda v, a: v.joint_controller_lines(a)),
    Column("transfers", 40, lambda v, a: v.transfer_lines(a)),
    Column("retention", 40, lambda v, a: v.retention(a)),
    Column("security", 35, lambda v, a: v.security(a)),
    Column("automated", 28, lambda v, a: v.automated(a)),
    Column("dpia", 22, lambda v, a: v.dpia(a)),
    Column("status", 12, lambda v, a: v.status(a)),
    Column("start_date", 13, lambda v, a: a["start_date"] or v.not_recorded),
    Column("end_date", 13, lambda v, a: v.end_date(a)),
)


@dataclass(frozen=True)
class ClientColumn:
    """A column of the processor's sheet, whose row is about one activity and one of its
    clients (None: no client recorded)."""

    key: str
    width: float
    value: Callable[[ActivityValues, Row, Row | None], Any]


def _client(v: ActivityValues, client: Row | None, field: str) -> str:
    return v.not_recorded if client is None else v.text(client[field])


PROCESSOR_COLUMNS = (
    ClientColumn("reference", 11, lambda v, a, c: a["reference"]),
    ClientColumn("name", 28, lambda v, a, c: v.text(a["name"])),
    ClientColumn("client", 35, lambda v, a, c: v.party_contact(c["party_id"] if c else None)),
    ClientColumn("client_dpo", 28, lambda v, a, c: v.party_dpo(c["party_id"] if c else None)),
    ClientColumn("contract", 25, lambda v, a, c: _client(v, c, "contract_reference")),
    ClientColumn(
        "processing_categories", 45, lambda v, a, c: _client(v, c, "processing_categories")
    ),
    ClientColumn("subprocessors", 30, lambda v, a, c: v.subprocessors(a)),
    ClientColumn("transfers", 40, lambda v, a, c: v.transfer_lines(a)),
    ClientColumn("security", 35, lambda v, a, c: v.security(a)),
    ClientColumn("status", 12, lambda v, a, c: v.status(a)),
    ClientColumn("start_date", 13, lambda v, a, c: a["start_date"] or v.not_recorded),
    ClientColumn("end_date", 13, lambda v, a, c: v.end_date(a)),
)


def build_apd(register: LayoutRegister, progress: Progress | None = None) -> bytes:
    """The register as .xlsx bytes in the APD/GBA model's layout."""
    values = ActivityValues(register)
    controller = register.controller_activities(retired=True)
    processor = register.processor_activities(retired=True)
    total = len(controller) + len(processor)
    taken: set[str] = set()
    with write_only_book() as book:
        _identification(book, values, taken)
        sheet = _table(book, values, "layouts.apd.sheet.controller", CONTROLLER_COLUMNS, taken)
        for done, activity in enumerate(controller, start=1):
            sheet.row([c.value(values, activity) for c in CONTROLLER_COLUMNS])
            report(progress, done, total)
        sheet.filter_table(len(CONTROLLER_COLUMNS))

        sheet = _table(book, values, "layouts.apd.sheet.processor", PROCESSOR_COLUMNS, taken)
        for done, activity in enumerate(processor, start=len(controller) + 1):
            for client in activity["clients"] or [None]:
                sheet.row([c.value(values, activity, client) for c in PROCESSOR_COLUMNS])
            report(progress, done, total)
        sheet.filter_table(len(PROCESSOR_COLUMNS))
        return saved(book)


def _table(
    book: Workbook,
    values: ActivityValues,
    title: str,
    columns: Sequence[Column | ClientColumn],
    taken: set[str],
) -> SheetWriter:
    """A register sheet with its header row written."""
    sheet = SheetWriter(
        book, sheet_title(values.t(title), taken), values.lang, [c.width for c in columns]
    )
    sheet.table_setup()
    sheet.header([values.t(f"layouts.column.{c.key}") for c in columns])
    return sheet


def _identification(book: Workbook, values: ActivityValues, taken: set[str]) -> None:
    """The organisation that keeps the register, and what this document is."""
    v = values.view
    sheet = SheetWriter(
        book,
        sheet_title(values.t("layouts.apd.sheet.identification"), taken),
        values.lang,
        [45, 70],
    )
    sheet.form_setup()
    sheet.title(values.t("layouts.apd.identification_title"))
    sheet.blank()
    for label, value in values.organisation_rows():
        sheet.field(label, value)
    sheet.blank()
    sheet.section(values.t("pdf.cover.document"))
    sheet.field(values.t("layouts.label.layout"), values.t("layouts.apd.about"))
    sheet.field(values.t("pdf.cover.last_change"), v.datetime(v.last_change) or values.not_recorded)
    sheet.field(values.t("pdf.cover.generated"), v.datetime(v.generated_at))
    sheet.field(values.t("pdf.cover.generator"), v.generator)
    if values.register.include_drafts:
        sheet.field(values.t("layouts.label.drafts"), values.t("layouts.value.drafts_included"))
    note = values.untranslated_note()
    if note:
        sheet.field(values.t("layouts.label.untranslated"), note)
