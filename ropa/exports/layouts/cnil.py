"""The register in the structure of the CNIL's simplified register (its "registre simplifié"
spreadsheet): a first sheet with the organisation and the list of its activities, then one
sheet per activity (a "fiche"), labels in column A and values in column B, in the CNIL's
sections: description, actors, purposes, personal data categories (each with its description
and retention), sensitive data, data subjects, recipients, security measures, transfers
outside the EEA. The sections and their sources are listed in docs/authority-layouts.md.

The CNIL's template describes a controller's activities; an activity carried out as processor
gets a fiche in the same form with what Art. 30(2) asks instead (its clients, the categories of
processing carried out for each, sub-processors). Retired activities are left out, as from the
PDF register's list of current activities; drafts only when asked for. A transfer's safeguard
is the one recorded, among ropa's transfer tools, which do not include the invalidated
"Privacy Shield".
"""

from __future__ import annotations

from openpyxl import Workbook

from ropa.core.snapshot import Row
from ropa.exports.common import Progress, report
from ropa.exports.layouts.activity import ActivityValues
from ropa.exports.layouts.reading import LayoutRegister
from ropa.exports.layouts.sheets import SheetWriter, saved, sheet_title, write_only_book

SUMMARY_WIDTHS = (40, 55, 16, 16, 14)
FICHE_WIDTHS = (40, 65, 45)


def build_cnil(register: LayoutRegister, progress: Progress | None = None) -> bytes:
    """The register as .xlsx bytes in the structure of the CNIL's simplified register."""
    values = ActivityValues(register)
    controller = register.controller_activities(retired=False)
    processor = register.processor_activities(retired=False)
    taken: set[str] = set()
    summary_title = sheet_title(values.t("layouts.cnil.sheet.summary"), taken)
    # Each activity's sheet is named after its reference; the summary links to it.
    titles = {a["id"]: sheet_title(str(a["reference"]), taken) for a in controller + processor}
    total = len(controller) + len(processor)
    with write_only_book() as book:
        _summary(book, summary_title, values, controller, processor, titles)
        for done, activity in enumerate(controller + processor, start=1):
            _fiche(book, titles[activity["id"]], values, activity)
            report(progress, done, total)
        return saved(book)


def _summary(
    book: Workbook,
    title: str,
    values: ActivityValues,
    controller: list[Row],
    processor: list[Row],
    titles: dict[str, str],
) -> None:
    """The first sheet: who keeps the register, and the list of its activities."""
    v = values.view
    t = values.t
    sheet = SheetWriter(book, title, values.lang, SUMMARY_WIDTHS)
    sheet.form_setup()
    sheet.title(f"{t('pdf.cover.title')} \u2013 {v.organisation['legal_name']}")
    sheet.blank()
    sheet.section(t("layouts.cnil.organisation"))
    for label, value in values.organisation_rows():
        sheet.field(label, value)
    parts = [("layouts.cnil.activities", controller)]
    if processor:
        parts.append(("layouts.cnil.processor_activities", processor))
    for heading, activities in parts:
        sheet.blank()
        sheet.section(t(heading), columns=len(SUMMARY_WIDTHS))
        sheet.header(
            [
                t("layouts.cnil.reference"),
                t("layouts.cnil.name"),
                t("layouts.cnil.created"),
                t("layouts.cnil.updated"),
                t("layouts.cnil.fiche"),
            ]
        )
        for a in activities:
            sheet.row(
                [
                    a["reference"],
                    values.text(a["name"]),
                    a["created_at"],
                    a["updated_at"],
                    sheet.link(titles[a["id"]], titles[a["id"]]),
                ]
            )
        if not activities:
            sheet.field(values.not_recorded)
    sheet.blank()
    sheet.section(t("pdf.cover.document"))
    sheet.field(t("layouts.label.layout"), t("layouts.cnil.about"))
    sheet.field(t("pdf.cover.generated"), v.datetime(v.generated_at))
    sheet.field(t("pdf.cover.generator"), v.generator)
    if values.register.include_drafts:
        sheet.field(t("layouts.label.drafts"), t("layouts.value.drafts_included"))
    note = values.untranslated_note()
    if note:
        sheet.field(t("layouts.label.untranslated"), note)


def _fiche(book: Workbook, title: str, values: ActivityValues, a: Row) -> None:
    """One activity's sheet, in the CNIL's sections."""
    t = values.t
    sheet = SheetWriter(book, title, values.lang, FICHE_WIDTHS)
    sheet.form_setup()
    sheet.title(values.view.activity_label(a))
    sheet.blank()
    sheet.section(t("layouts.cnil.section.description"), 3)
    sheet.field(t("layouts.cnil.name"), values.text(a["name"]))
    sheet.field(t("layouts.cnil.reference"), a["reference"])
    sheet.field(t("layouts.cnil.created"), a["created_at"])
    sheet.field(t("layouts.cnil.updated"), a["updated_at"])
    sheet.field(t("layouts.column.description"), values.text(a["description"]))
    if a["status"] != "active":
        sheet.field(values.view.field("activity", "status"), values.status(a))
    if a["role"] == "processor":
        _processor_sections(sheet, values, a)
    else:
        _controller_sections(sheet, values, a)
    _security(sheet, values, a)
    _transfers(sheet, values, a)


def _actors(sheet: SheetWriter, values: ActivityValues, role: str) -> None:
    t = values.t
    sheet.section(t("layouts.cnil.section.actors"), 3)
    sheet.field(values.view.enum("role", role), values.organisation_contact())
    sheet.field(*values.dpo_row())
    sheet.field(t("layouts.label.representative"), values.representative())


def _controller_sections(sheet: SheetWriter, values: ActivityValues, a: Row) -> None:
    t = values.t
    field = values.view.field
    _actors(sheet, values, "controller")
    joint = values.joint_controllers(a)
    for who, shares in joint:
        sheet.field(field("activity_joint_controller", "party_id"), who, shares)
    if not joint:
        sheet.field(field("activity", "joint_controllers"), values.no_joint_controller(a))

    sheet.section(t("layouts.cnil.section.purposes"), 3)
    purposes = values.purposes(a)
    if purposes:
        sheet.header(["", t("layouts.cnil.purpose"), t("layouts.column.legal_bases")])
    for number, (purpose, basis) in enumerate(purposes):
        label = (
            t("layouts.cnil.main_purpose")
            if number == 0
            else t("layouts.cnil.sub_purpose", number=number)
        )
        sheet.field(label, purpose, basis)
    if not purposes:
        sheet.field(t("layouts.cnil.main_purpose"), values.not_recorded)

    sheet.section(t("layouts.cnil.section.data"), 3)
    categories = values.data_categories(a)
    if categories:
        sheet.header(
            [t("layouts.cnil.category"), t("layouts.cnil.description"), t("layouts.cnil.retention")]
        )
    for name, detail, retention in categories:
        sheet.field(name, detail, retention)
    if categories:  # a row per phase: one cell would soon be taller than a row can be
        for number, phase in enumerate(values.common_retention(a)):
            sheet.field(t("layouts.cnil.common_retention") if number == 0 else "", "", phase)
    if not categories:
        sheet.field(t("layouts.cnil.section.data"), values.not_recorded)

    sheet.section(t("layouts.cnil.section.sensitive"), 3)
    special = values.special_categories(a)
    for name, condition in special:
        sheet.field(name, condition)
    if not special:
        sheet.field(t("layouts.cnil.section.sensitive"), values.no_special_category(a))

    sheet.section(t("layouts.column.data_subjects"), 3)
    subjects = values.data_subjects(a)
    for subject in subjects:
        sheet.field(subject, "")
    if not subjects:
        sheet.field(t("layouts.column.data_subjects"), values.not_recorded)

    sheet.section(t("layouts.cnil.section.recipients"), 3)
    recipients = values.recipients(a)
    for kind, text in recipients:
        sheet.field(kind, text)
    if not recipients:
        sheet.field(t("layouts.cnil.section.recipients"), values.not_recorded)


def _processor_sections(sheet: SheetWriter, values: ActivityValues, a: Row) -> None:
    """Art. 30(2): the processor, its clients and what it does for each, its sub-processors."""
    t = values.t
    _actors(sheet, values, "processor")
    for client in a["clients"]:
        sheet.field(
            t("layouts.column.client"),
            values.party_contact(client["party_id"]),
            values.labelled(t("layouts.column.client_dpo"), values.party_dpo(client["party_id"])),
        )
    if not a["clients"]:
        sheet.field(t("layouts.column.client"), values.not_recorded)

    sheet.section(t("layouts.column.processing_categories"), 3)
    for client in a["clients"]:
        sheet.field(
            values.view.party_name(client["party_id"]) or values.not_recorded,
            values.text(client["processing_categories"]),
            values.labelled(t("layouts.column.contract"), client["contract_reference"]),
        )
    if not a["clients"]:
        sheet.field(t("layouts.column.processing_categories"), values.not_recorded)

    sheet.section(t("layouts.column.subprocessors"), 3)
    sheet.field(t("layouts.column.subprocessors"), values.subprocessors(a))


def _security(sheet: SheetWriter, values: ActivityValues, a: Row) -> None:
    t = values.t
    sheet.section(t("layouts.cnil.section.security"), 3)
    measures = values.measures(a)
    for name, description in measures:
        sheet.field(name, description)
    if a["security_notes"]:
        sheet.field(values.view.field("activity", "security_notes"), a["security_notes"])
    if not measures and not a["security_notes"]:
        sheet.field(t("layouts.cnil.section.security"), values.not_recorded)


def _transfers(sheet: SheetWriter, values: ActivityValues, a: Row) -> None:
    t = values.t
    sheet.section(t("layouts.cnil.section.transfers"), 3)
    transfers = values.transfers(a)
    for number, text in enumerate(transfers, start=1):
        sheet.field(t("layouts.cnil.transfer", number=number), text)
    if not transfers:
        sheet.field(t("layouts.cnil.section.transfers"), values.no_transfer(a))
