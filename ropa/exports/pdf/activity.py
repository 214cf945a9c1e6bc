"""One processing activity of the PDF register, with every field the register holds for it
but the internal notes (`notes` of the activity and of its transfers: the firm's to-dos,
never printed: the register is the document the supervisory authority reads).

Rule for empty fields: a field of the activity itself always has its row (an em dash when
empty: the reader sees what is missing); the optional details of a repeated item (a purpose's
basis details that do not apply to its basis, a transfer's derogation...) have a row only
when filled. A yes / no the firm may not have answered prints "Not recorded" then, never "No";
"no transfer" is said only when the firm answered that no data leave the EEA. Labels come from
labels.<lang>.json, closed values from their enum labels.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.platypus import Flowable, PageBreak, Paragraph

from ropa.core.i18n import colon, duration_text
from ropa.core.snapshot import Row
from ropa.exports.pdf.blocks import Value, cell, fields, grid, is_empty, joined, note, raw_cell
from ropa.exports.pdf.dpias import activity_lines
from ropa.exports.pdf.layout import Outline
from ropa.exports.pdf.styles import styles, text
from ropa.exports.register_view import RegisterView

# The details each legal basis calls for (shown even when empty, to show what is missing).
BASIS_FIELDS: dict[str, tuple[str, ...]] = {
    "legitimate_interests": ("legitimate_interest", "balancing_note", "lia_reference"),
    "legal_obligation": ("legal_reference",),
    "public_task": ("legal_reference",),
    "consent": ("consent_collection", "consent_withdrawal", "consent_record"),
    "contract": ("contract_description",),
}
PURPOSE_DETAILS = (
    "legitimate_interest",
    "balancing_note",
    "lia_reference",
    "legal_reference",
    "consent_collection",
    "consent_withdrawal",
    "consent_record",
    "contract_description",
)


def is_draft(activity: Row) -> bool:
    return bool(activity["status"] == "draft")


@dataclass
class Context:
    """What every part of the document needs: the register, the outline being built and
    whether draft activities are printed (marked as drafts) or only named as in preparation."""

    view: RegisterView
    outline: Outline
    include_drafts: bool = False

    def printed(self, activities: Iterable[Row]) -> list[Row]:
        """The activities the document describes: drafts only when asked."""
        return [a for a in activities if self.include_drafts or not is_draft(a)]

    @property
    def drafts_left_out(self) -> list[Row]:
        """The draft activities the document only names (in reference order)."""
        return [] if self.include_drafts else [a for a in self.view.all_activities if is_draft(a)]

    def label(self, activity: Row) -> str:
        """An activity's reference and name, marked when it is a draft."""
        label = self.view.activity_label(activity)
        return self.view.t("pdf.draft.label", label=label) if is_draft(activity) else label

    def group(self, title: str) -> Paragraph:
        """A group heading inside an activity (not in the table of contents)."""
        return Paragraph(text(title), styles().group)

    def heading(self, title: str, level: int, *, in_toc: bool = True) -> Paragraph:
        st = styles()
        style = (st.h1, st.h2, st.h3)[min(level, 2)]
        return self.outline.heading(text(title), style, title, level, in_toc=in_toc)


def activity_section(
    ctx: Context, activity: Row, *, level: int = 1, new_page: bool = True
) -> list[Flowable]:
    """An activity's full description (on a new page unless told otherwise)."""
    view = ctx.view
    story: list[Flowable] = [PageBreak()] if new_page else []
    story.append(ctx.heading(ctx.label(activity), level))
    if is_draft(activity):
        story.append(note(text(view.t("pdf.draft.note"))))
    story += _general(ctx, activity)
    story += _purposes(ctx, activity)
    story += _people_and_data(ctx, activity)
    story += _recipients(ctx, activity)
    story += _transfers(ctx, activity)
    story += _retention(ctx, activity)
    story += _security(ctx, activity)
    story += _decisions_and_dpia(ctx, activity)
    story += _roles(ctx, activity)
    story += _notice(ctx, activity)
    return story


def _table(rows: Iterable[tuple[str, Value]], **options: object) -> list[Flowable]:
    table = fields(rows, **options)  # type: ignore[arg-type]
    return [table] if table is not None else []


def _general(ctx: Context, a: Row) -> list[Flowable]:
    v = ctx.view
    f = v.field
    rows: list[tuple[str, Value]] = [
        (f("activity", "reference"), a["reference"]),
        (f("activity", "name"), a["name"]),
        (f("activity", "role"), v.enum("role", a["role"])),
        (f("activity", "status"), v.enum("status", a["status"])),
        (f("activity", "owner"), a["owner"]),
        (f("activity", "department"), a["department"]),
        (f("activity", "description"), a["description"]),
        (f("activity", "public_description"), a["public_description"]),
        (f("activity", "start_date"), v.date(a["start_date"])),
        (f("activity", "end_date"), v.date(a["end_date"])),
        (f("activity", "last_reviewed"), v.date(a["last_reviewed"])),
        (f("activity", "next_review"), v.date(a["next_review"])),
        (f("activity", "updated_at"), v.date(a["updated_at"])),
    ]
    return [ctx.group(v.t("pdf.group.general")), *_table(rows)]


def _purposes(ctx: Context, a: Row) -> list[Flowable]:
    v = ctx.view
    story: list[Flowable] = [ctx.group(v.t("pdf.group.purposes"))]
    if not a["purposes"]:
        return [*story, note(text(v.t("pdf.none.purposes")))]
    for number, purpose in enumerate(a["purposes"], start=1):
        basis = purpose["legal_basis"]
        wanted = set(BASIS_FIELDS.get(basis or "", ()))
        rows: list[tuple[str, Value]] = [
            (v.field("purpose", "description"), purpose["description"]),
            (v.field("purpose", "legal_basis"), v.enum("legal_basis", basis)),
        ]
        for name in PURPOSE_DETAILS:
            if name in wanted or not is_empty(purpose[name]):
                rows.append((v.field("purpose", name), purpose[name]))
        requirement = purpose["provision_requirement"]
        if requirement or not is_empty(purpose["provision_consequences"]):
            rows.append(
                (
                    v.field("purpose", "provision_requirement"),
                    v.enum("provision_requirement", requirement),
                )
            )
            rows.append(
                (v.field("purpose", "provision_consequences"), purpose["provision_consequences"])
            )
        title = text(v.t("pdf.purpose_number", number=number))
        story += _table(rows, title=title)
    return story


def _people_and_data(ctx: Context, a: Row) -> list[Flowable]:
    v = ctx.view
    subjects = []
    for subject_id in a["data_subjects"]:
        subject = v.data_subjects.get(subject_id)
        if subject is None:
            continue
        flags = [
            v.field("data_subject_category", flag)
            for flag in ("is_minors", "is_vulnerable")
            if subject[flag]
        ]
        subjects.append(subject["name"] + (f" ({', '.join(flags)})" if flags else ""))
    story: list[Flowable] = [
        ctx.group(v.field("activity", "data_subjects")),
        Paragraph(text("; ".join(subjects)) or "\u2014", styles().body),
        ctx.group(v.field("activity", "data_categories")),
    ]
    rows = []
    for link in a["data_categories"]:
        category = v.data_categories.get(link["data_category_id"]) or {}
        marks = []
        if category.get("is_special"):
            marks.append(v.t("pdf.mark.special"))
        if category.get("is_criminal"):
            marks.append(v.t("pdf.mark.criminal"))
        if category.get("is_national_id"):
            marks.append(v.t("pdf.mark.national_id"))
        name = text(category.get("name", ""))
        if marks:
            name += f' <font color="#9B2C2C"><b>[{text(", ".join(marks))}]</b></font>'
        conditions = []
        if link["art9_condition"] or not is_empty(link["art9_detail"]):
            condition = v.enum("art9_condition", link["art9_condition"])
            conditions.append(
                f"<b>{text(v.field('activity_data_category', 'art9_condition'))}:</b> "
                + text(joined([condition, link["art9_detail"]], " \u2013 "))
            )
        if not is_empty(link["art10_basis"]):
            conditions.append(
                f"<b>{text(v.field('activity_data_category', 'art10_basis'))}:</b> "
                + text(link["art10_basis"])
            )
        rows.append([raw_cell(name), cell(link["detail"]), raw_cell("<br/>".join(conditions))])
    if rows:
        header = (
            v.field("activity_data_category", "data_category_id"),
            v.field("activity_data_category", "detail"),
            v.t("pdf.column.conditions"),
        )
        story.append(grid(header, rows, (3, 5, 4)))
    else:
        story.append(note(text(v.t("pdf.none.data_categories"))))
    story.append(ctx.group(v.field("activity", "sources")))
    story += _table(
        [(v.field("activity", "collected_from_subject"), v.yes_no(a["collected_from_subject"]))]
    )
    if a["sources"]:
        header = (
            v.field("data_source", "description"),
            v.field("data_source", "is_public"),
            v.field("data_source", "party_id"),
        )
        story.append(
            grid(
                header,
                [
                    [s["description"], answer(v, s["is_public"]), v.party_name(s["party_id"])]
                    for s in a["sources"]
                ],
                (6, 2, 4),
            )
        )
    return story


def _recipients(ctx: Context, a: Row) -> list[Flowable]:
    v = ctx.view
    story: list[Flowable] = [ctx.group(v.field("activity", "recipients"))]
    if not a["recipients"]:
        return [*story, note(text(v.t("pdf.none.recipients")))]
    header = (
        v.t("pdf.column.recipient"),
        v.field("activity_recipient", "kind"),
        v.field("activity_recipient", "detail"),
    )
    rows = [
        [
            _recipient_name(v, r),
            v.enum("recipient_kind", r["kind"]),
            r["detail"],
        ]
        for r in a["recipients"]
    ]
    story.append(grid(header, rows, (5, 3, 6)))
    return story


def _recipient_name(v: RegisterView, r: Row) -> str:
    category = (v.recipient_categories.get(r["recipient_category_id"] or "") or {}).get("name")
    return joined([v.party_name(r["party_id"]), category, r["recipient_name"], r["department"]])


def answer(v: RegisterView, value: bool | None) -> str:
    """A yes / no that may not be recorded: "Yes", "No" or "Not recorded"."""
    return v.t("pdf.value.not_recorded") if value is None else v.yes_no(value)


def no_transfer_listed(v: RegisterView, a: Row) -> str:
    """What an activity that lists no transfer says of transfers outside the EEA: none (the
    firm answered no), not recorded, or some that are not described (answered yes)."""
    outside = a["transfers_outside_eea"]
    if outside is None:
        return v.t("pdf.transfers.not_recorded")
    return v.t("pdf.transfers.undescribed" if outside else "pdf.none.transfers")


def _transfers(ctx: Context, a: Row) -> list[Flowable]:
    v = ctx.view
    story: list[Flowable] = [ctx.group(v.field("activity", "transfers"))]
    if not a["transfers"]:  # listed transfers are transfers, whatever the answer says
        return [*story, note(text(no_transfer_listed(v, a)))]
    for transfer in a["transfers"]:
        story += _table(transfer_rows(v, transfer), title=text(v.transfer_text(transfer)))
    return story


def transfer_rows(v: RegisterView, t: Row) -> list[tuple[str, Value]]:
    rows: list[tuple[str, Value]] = [
        (
            v.field("transfer", "party_id"),
            v.party_name(t["party_id"]) or t["recipient_name"],
        ),
        (v.field("transfer", "country"), v.country(t["country"])),
        (v.field("transfer", "safeguard"), v.enum("safeguard", t["safeguard"])),
        (v.field("transfer", "document_reference"), t["document_reference"]),
    ]
    for name in ("derogation", "copy_access"):  # never the internal notes
        if not is_empty(t[name]):
            rows.append((v.field("transfer", name), t[name]))
    return rows


def _retention(ctx: Context, a: Row) -> list[Flowable]:
    v = ctx.view
    story: list[Flowable] = [ctx.group(v.field("activity", "retention_phases"))]
    if a["retention_phases"]:
        header = (
            v.t("pdf.column.retention"),
            v.field("retention_phase", "legal_reference"),
            v.field("retention_phase", "justification"),
        )
        rows = [
            [retention_text(v, p), p["legal_reference"], p["justification"]]
            for p in a["retention_phases"]
        ]
        story.append(grid(header, rows, (5, 3.5, 4.5)))
    else:
        story.append(note(text(v.t("pdf.none.retention"))))
    story += _table([(v.field("activity", "end_action"), v.enum("end_action", a["end_action"]))])
    return story


def retention_text(v: RegisterView, phase: Row) -> str:
    """A retention phase in a line, as `RegisterView.retention_text` says it (which the
    workbook shares and compares), with the duration in words ("1 an", not "1 ans") and the
    colon as the document's language writes it ("Base active\u00a0: 1 an")."""
    line = v.retention_text(phase)
    kind = v.enum("retention_phase_kind", phase["phase"])
    value, unit = phase["duration_value"], phase["duration_unit"]
    typed = v.duration(value, unit)
    if typed and line.startswith(f"{kind}: {typed}"):
        return (
            kind
            + colon(v.lang)
            + duration_text(v.lang, value, unit)
            + line[len(kind) + 2 + len(typed) :]
        )
    if line.startswith(f"{kind}: "):
        return kind + colon(v.lang) + line[len(kind) + 2 :]
    return line


def measure_names(v: RegisterView, a: Row) -> list[str]:
    return [
        v.security_measures[m]["name"] for m in a["security_measures"] if m in v.security_measures
    ]


def _security(ctx: Context, a: Row) -> list[Flowable]:
    v = ctx.view
    rows: list[tuple[str, Value]] = [
        (v.field("activity", "security_measures"), measure_names(v, a)),
        (v.field("activity", "security_notes"), a["security_notes"]),
        (v.field("activity", "data_location"), a["data_location"]),
    ]
    return [ctx.group(v.t("pdf.group.security")), *_table(rows)]


def _decisions_and_dpia(ctx: Context, a: Row) -> list[Flowable]:
    v = ctx.view
    f = v.field
    decisions: list[tuple[str, Value]] = [
        (f("activity", "automated_decision"), answer(v, a["automated_decision"])),
        (f("activity", "profiling"), answer(v, a["profiling"])),
        (f("activity", "automated_logic"), a["automated_logic"]),
        (f("activity", "automated_consequences"), a["automated_consequences"]),
    ]
    dpia: list[tuple[str, Value]] = [
        (f("activity", "dpia_status"), v.enum("dpia_status", a["dpia_status"])),
        (f("activity", "dpia_criteria"), [v.enum("dpia_criterion", c) for c in a["dpia_criteria"]]),
        (f("activity", "dpia_reference"), a["dpia_reference"]),
        (f("activity", "dpia_date"), v.date(a["dpia_date"])),
    ]
    covered_by = activity_lines(v, a["id"])
    if covered_by:  # the assessments the register records for it, as annex I has them
        dpia.append((v.t("pdf.activity.dpias"), covered_by))
    return [
        ctx.group(v.t("pdf.group.automated")),
        *_table(decisions),
        ctx.group(v.t("pdf.group.dpia")),
        *_table(dpia),
    ]


def _roles(ctx: Context, a: Row) -> list[Flowable]:
    """Joint controllers (Art. 26) and, for a processor activity, its clients."""
    v = ctx.view
    story: list[Flowable] = []
    if a["joint_controllers"] or a["role"] == "joint_controller":
        story.append(ctx.group(v.field("activity", "joint_controllers")))
        for jc in a["joint_controllers"]:
            rows: list[tuple[str, Value]] = [
                (v.field("activity_joint_controller", "responsibilities"), jc["responsibilities"]),
                (v.field("activity_joint_controller", "contact_point"), jc["contact_point"]),
            ]
            story += _table(rows, title=text(v.party_name(jc["party_id"])))
        if not a["joint_controllers"]:
            story.append(note(text(v.t("pdf.none.joint_controllers"))))
    if a["clients"] or a["role"] == "processor":
        story.append(ctx.group(v.field("activity", "clients")))
        for client in a["clients"]:
            rows = [
                (
                    v.field("activity_client", "processing_categories"),
                    client["processing_categories"],
                ),
                (v.field("activity_client", "contract_reference"), client["contract_reference"]),
            ]
            story += _table(rows, title=text(v.party_name(client["party_id"])))
        if not a["clients"]:
            story.append(note(text(v.t("pdf.none.clients"))))
    return story


def _notice(ctx: Context, a: Row) -> list[Flowable]:
    """Whether the privacy notice describes the activity (never its internal notes)."""
    v = ctx.view
    rows: list[tuple[str, Value]] = [
        (v.field("activity", "in_notice"), v.yes_no(a["in_notice"])),
        (v.field("activity", "audiences"), [v.enum("audience", x) for x in a["audiences"]]),
    ]
    return [ctx.group(v.t("pdf.group.notice")), *_table(rows)]
