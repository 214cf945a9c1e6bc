"""The annexes of the PDF register (processors and third parties, transfers outside the EEA,
security measures, cookies, retired activities) and the approval block that closes it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from ropa.core.snapshot import Row
from ropa.exports.pdf.activity import Context
from ropa.exports.pdf.blocks import grid, joined, note, raw_cell
from ropa.exports.pdf.styles import FRAME_WIDTH, LABEL_FILL, LABEL_WIDTH, RULE, styles, text
from ropa.exports.register_view import RegisterView


def small(content: str) -> Paragraph:
    return raw_cell(content, compact=True)


PARTY_KINDS = ("processor", "third_party", "public_authority", "joint_controller")


def annexes(ctx: Context) -> list[Flowable]:
    return [*_parties(ctx), *_transfers(ctx), *_measures(ctx), *_cookies(ctx), *_retired(ctx)]


def _start(ctx: Context, key: str) -> list[Flowable]:
    v = ctx.view
    return [PageBreak(), ctx.heading(v.t(f"pdf.annex.{key}.title"), 0)]


def _none(v: RegisterView) -> Flowable:
    return note(text(v.t("pdf.annex.none")))


def _bold(value: object) -> str:
    return f"<b>{text(value)}</b>" if value else ""


def _lines(*parts: str) -> str:
    return "<br/>".join(p for p in parts if p)


def _labelled(label: str, value: object) -> str:
    return f"{text(label)}: {text(value)}" if value not in (None, "", []) else ""


def _parties(ctx: Context) -> list[Flowable]:
    """A. Processors, third parties, authorities, joint controllers (clients are in part 3)."""
    v = ctx.view
    f = v.field
    story = _start(ctx, "a")
    story.append(note(text(v.t("pdf.annex.a.intro"))))
    parties = [p for p in v.organisation["parties"] if p["kind"] != "client_controller"]
    parties.sort(key=lambda p: (PARTY_KINDS.index(p["kind"]), p["name"].lower()))
    if not parties:
        return [*story, _none(v)]
    rows = []
    for p in parties:
        party = _lines(
            _bold(p["name"]),
            text(v.enum("party_kind", p["kind"])),
            text(v.country(p["country"])),
            _labelled(f("party", "enterprise_number"), p["enterprise_number"]),
        )
        contact = _lines(
            text(p["contact_name"]),
            text(p["email"]),
            text(p["phone"]),
            text(p["website"]),
            text(p["address"]),
        )
        contract = ""
        if p["kind"] == "processor" or p["contract_signed"] or p["contract_reference"]:
            contract = _lines(
                text(v.yes_no(p["contract_signed"])),
                text(v.date(p["contract_date"])),
                text(p["contract_reference"]),
            )
        subprocessors = "<br/>".join(text(v.party_name(s)) for s in p["subprocessors"])
        dpo = _lines(text(p["dpo_name"]), text(p["dpo_contact"]))
        rows.append(
            [
                small(party),
                small(text(p["service"])),
                small(contact),
                small(contract),
                small(subprocessors),
                small(dpo),
            ]
        )
    header = (
        v.t("pdf.annex.a.party"),
        f("party", "service"),
        v.t("pdf.cover.contact"),
        f("party", "contract_signed"),
        f("party", "subprocessors"),
        v.t("pdf.client.dpo"),
    )
    story.append(grid(header, rows, (3.3, 3.2, 3.6, 2.8, 2.4, 2.6), compact=True))
    return story


def _transfers(ctx: Context) -> list[Flowable]:
    """B. Every transfer outside the EEA, of every activity."""
    v = ctx.view
    f = v.field
    story = _start(ctx, "b")
    rows = []
    for a in v.all_activities:
        label = v.activity_label(a)
        if a["status"] == "retired":
            label += f" ({v.enum('status', 'retired')})"
        for t in sorted(a["transfers"], key=lambda t: t["position"]):
            rows.append(
                [
                    label,
                    v.party_name(t["party_id"]) or t["recipient_name"],
                    v.country(t["country"]),
                    v.enum("safeguard", t["safeguard"]),
                    small(
                        _lines(
                            text(t["document_reference"]),
                            _labelled(f("transfer", "derogation"), t["derogation"]),
                            _labelled(f("transfer", "notes"), t["notes"]),
                        )
                    ),
                    t["copy_access"],
                ]
            )
    if not rows:
        return [*story, _none(v)]
    header = (
        f("transfer", "activity_id"),
        f("transfer", "party_id"),
        f("transfer", "country"),
        f("transfer", "safeguard"),
        f("transfer", "document_reference"),
        f("transfer", "copy_access"),
    )
    story.append(grid(header, rows, (2.8, 2.3, 1.8, 2.2, 4.6, 3.2), compact=True))
    return story


def _measures(ctx: Context) -> list[Flowable]:
    """C. The security measures catalogue and which activities use each measure."""
    v = ctx.view
    f = v.field
    story = _start(ctx, "c")
    used_by: dict[str, list[str]] = {}
    for a in v.all_activities:
        for measure_id in a["security_measures"]:
            used_by.setdefault(measure_id, []).append(a["reference"])
    measures = sorted(
        v.organisation["security_measures"],
        key=lambda m: (m["kind"], (m["group"] or "").lower(), m["position"], m["name"].lower()),
    )
    if not measures:
        return [*story, _none(v)]
    rows = [
        [
            v.enum("measure_kind", m["kind"]),
            m["group"],
            small(_lines(_bold(m["name"]), text(m["description"]))),
            ", ".join(used_by.get(m["id"], [])),
        ]
        for m in measures
    ]
    header = (
        f("security_measure", "kind"),
        f("security_measure", "group"),
        f("security_measure", "name"),
        v.t("pdf.annex.c.used_by"),
    )
    story.append(grid(header, rows, (2, 3, 7.5, 3), compact=True))
    return story


def _cookie_lifetime(v: RegisterView, c: Row) -> str:
    if c["lifetime_unit"] == "session":
        return v.enum("lifetime_unit", "session")
    if c["lifetime_value"] is None or not c["lifetime_unit"]:
        return ""
    return f"{c['lifetime_value']} {v.enum('lifetime_unit', c['lifetime_unit']).lower()}"


def _cookies(ctx: Context) -> list[Flowable]:
    """D. Cookies and similar trackers."""
    v = ctx.view
    f = v.field
    story = _start(ctx, "d")
    cookies = sorted(v.organisation["cookies"], key=lambda c: (c["category"], c["name"].lower()))
    if not cookies:
        return [*story, _none(v)]
    rows = []
    for c in cookies:
        activity = v.activities.get(c["activity_id"] or "")
        transfer = v.transfers.get(c["transfer_id"] or "")
        provider = _lines(
            text(joined([c["provider"], v.party_name(c["party_id"])], " / ")),
            text(c["domain"]),
            _labelled(f("cookie", "first_party"), v.yes_no(c["first_party"])),
        )
        link = _lines(
            text(activity["reference"] if activity else ""),
            text(f"\u2192 {v.country(transfer['country'])}" if transfer else ""),
        )
        rows.append(
            [
                small(_bold(c["name"])),
                small(provider),
                v.enum("cookie_category", c["category"]),
                small(_lines(text(c["purpose"]), _labelled(f("cookie", "notes"), c["notes"]))),
                _cookie_lifetime(v, c),
                v.yes_no(c["consent_required"]),
                small(link),
            ]
        )
    header = (
        f("cookie", "name"),
        f("cookie", "provider"),
        f("cookie", "category"),
        f("cookie", "purpose"),
        f("cookie", "lifetime_value"),
        f("cookie", "consent_required"),
        f("cookie", "activity_id"),
    )
    story.append(grid(header, rows, (2.3, 3.1, 2.2, 4.8, 1.6, 1.9, 2), compact=True))
    return story


def _retired(ctx: Context) -> list[Flowable]:
    """E. Retired activities: a table here, each activity in full after it."""
    v = ctx.view
    f = v.field
    story = _start(ctx, "e")
    story.append(note(text(v.t("pdf.annex.e.intro"))))
    retired = v.retired_activities
    if not retired:
        return [*story, _none(v)]
    header = (
        f("activity", "reference"),
        f("activity", "name"),
        f("activity", "end_date"),
        f("activity", "role"),
    )
    rows = [
        [a["reference"], a["name"], v.date(a["end_date"]), v.enum("role", a["role"])]
        for a in retired
    ]
    story.append(grid(header, rows, (2, 8, 2.5, 3), compact=True))
    return story


def approval(ctx: Context) -> list[Flowable]:
    """The approval block: lines to fill by hand."""
    v = ctx.view
    st = styles()
    labels = ("name", "role", "date", "signature")
    data = [[Paragraph(text(v.t(f"pdf.approval.{k}")), st.label), ""] for k in labels]
    table = Table(
        data,
        colWidths=(LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH),
        rowHeights=(11 * mm, 11 * mm, 11 * mm, 24 * mm),
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
            ]
        ),
    )
    return [
        PageBreak(),
        ctx.heading(v.t("pdf.approval.title"), 0),
        note(text(v.t("pdf.approval.intro"))),
        Spacer(1, 6),
        table,
    ]
