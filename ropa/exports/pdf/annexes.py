"""The annexes of the PDF register (processors and third parties, transfers outside the EEA,
security measures, cookies, retired activities, processing contracts) and the approval block
that closes it. Like the rest of the register, they leave out the internal notes (of parties,
transfers, cookies and contracts) and the draft activities the document does not describe.

Annexes F (processing contracts), G (the breach register, Art. 33(5)), H (the rights
requests, counted: no personal detail) and I (the impact assessments: dpias.py) come after the
retired activities (annex E and their sections), so that the letters the other texts name stay
as they were."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ropa.core.i18n import colon, duration_text
from ropa.core.snapshot import Row
from ropa.exports.pdf.activity import Context
from ropa.exports.pdf.blocks import Value, fields, grid, is_empty, joined, note, raw_cell
from ropa.exports.pdf.styles import FRAME_WIDTH, LABEL_FILL, LABEL_WIDTH, RULE, styles, text
from ropa.exports.register_view import RegisterView, natural_order


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


def _labelled(v: RegisterView, label: str, value: object) -> str:
    """ "Label: value" (the colon as the language writes it), "" without a value."""
    return text(f"{label}{colon(v.lang)}{value}") if value not in (None, "", []) else ""


def _parties(ctx: Context) -> list[Flowable]:
    """A. Processors, third parties, authorities, joint controllers (clients are in part 3):
    one label / value block per party (six columns do not fit the page's width)."""
    v = ctx.view
    story = _start(ctx, "a")
    story.append(note(text(v.t("pdf.annex.a.intro"))))
    parties = [p for p in v.organisation["parties"] if p["kind"] != "client_controller"]
    parties.sort(key=lambda p: (PARTY_KINDS.index(p["kind"]), p["name"].lower()))
    if not parties:
        return [*story, _none(v)]
    for party in parties:
        # The title says what the party is and where: "Backvault BV – Processor, Netherlands".
        what = joined([v.enum("party_kind", party["kind"]), v.country(party["country"])])
        title = f"{_bold(party['name'])} \u2013 {text(what)}"
        table = fields(_party_rows(v, party), title=title)
        if table is not None:
            story += [Spacer(1, 5), table]
    return story


def _party_rows(v: RegisterView, p: Row) -> list[tuple[str, Value]]:
    """A party's rows: its service, its contacts and, for a processor, its contract (Art.
    28(3)), its sub-processors and its DPO, even when missing; the rest only when recorded."""
    f = v.field
    processor = p["kind"] == "processor"
    rows: list[tuple[str, Value]] = [
        (f("party", "enterprise_number"), p["enterprise_number"]),
        (f("party", "service"), p["service"]),
        (
            v.t("pdf.cover.contact"),
            [p["contact_name"], p["email"], p["phone"], p["website"], p["address"]],
        ),
    ]
    # What the contracts hold (annex F in full); a processor without one: none recorded.
    contract = v.t("table.contract")
    rows.append((contract, v.party_contract_lines(p["id"])))
    rows += [
        (f("party", "subprocessors"), [v.party_name(s) for s in p["subprocessors"]]),
        (v.t("pdf.client.dpo"), [p["dpo_name"], p["dpo_contact"]]),
        (f("party", "representative"), p["representative"]),
    ]
    always = {f("party", "service"), v.t("pdf.cover.contact")}
    if processor:
        always |= {
            contract,
            f("party", "subprocessors"),
            v.t("pdf.client.dpo"),
        }
    return [(label, value) for label, value in rows if label in always or not is_empty(value)]


def contracts_annex(ctx: Context) -> list[Flowable]:
    """F. Every processing contract (Art. 28), one row per contract: the party and the
    contract's reference, our side, where it stands, its version and dates, the Art. 28(3)
    stipulations not checked, the sub-processors' authorisation and where the data are kept.
    Too wide for the words of the page, the table is stacked, each contract a block
    (blocks.grid); the notes are never printed."""
    v = ctx.view
    f = v.field
    story = _start(ctx, "f")
    story.append(note(text(v.t("pdf.annex.f.intro"))))
    contracts = v.contracts
    if not contracts:
        return [*story, _none(v)]
    rows = []
    for c in contracts:
        party = _lines(_bold(v.party_name(c["party_id"])), text(c["reference"]))
        rows.append(
            [
                small(party),
                v.enum("contract_role", c["our_role"]),
                v.contract_state_text(c),
                c["contract_version"],
                v.date(c["signed_on"]),
                v.date(c["expires_on"]),
                v.date(c["review_on"]),
                v.clauses_not_checked(c),
                v.enum("subprocessor_authorisation", c["subprocessor_authorisation"]),
                c["data_location"],
            ]
        )
    header = (
        f("contract", "party_id"),
        f("contract", "our_role"),
        v.t("pdf.annex.f.state"),
        f("contract", "contract_version"),
        f("contract", "signed_on"),
        f("contract", "expires_on"),
        f("contract", "review_on"),
        v.t("pdf.annex.f.missing"),
        f("contract", "subprocessor_authorisation"),
        f("contract", "data_location"),
    )
    widths = (3, 2.2, 2.2, 1.4, 1.6, 1.6, 1.6, 3, 1.8, 2)
    story.append(grid(header, rows, widths, compact=True))
    return story


def _transfers(ctx: Context) -> list[Flowable]:
    """B. Every transfer outside the EEA, of every activity described (Art. 30(1)(e)): who
    receives the data, where, on which safeguard and its documents. How a person obtains a
    copy of the safeguards is in each activity's section."""
    v = ctx.view
    f = v.field
    story = _start(ctx, "b")
    story.append(note(text(v.t("pdf.annex.b.intro"))))
    rows = []
    for a in ctx.printed(v.all_activities):
        label = ctx.label(a)
        if a["status"] == "retired":
            label += f" ({v.enum('status', 'retired')})"
        for t in sorted(a["transfers"], key=lambda t: t["position"]):
            documents = _lines(
                text(t["document_reference"]),
                _labelled(v, f("transfer", "derogation"), t["derogation"]),
            )
            rows.append(
                [
                    label,
                    v.party_name(t["party_id"]) or t["recipient_name"],
                    v.country(t["country"]),
                    v.enum("safeguard", t["safeguard"]),
                    small(documents),
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
    )
    story.append(grid(header, rows, (3, 2.6, 2, 3, 5.4), compact=True))
    return story


def _measures(ctx: Context) -> list[Flowable]:
    """C. The security measures catalogue and which activities use each measure."""
    v = ctx.view
    f = v.field
    story = _start(ctx, "c")
    used_by: dict[str, list[str]] = {}
    for a in ctx.printed(v.all_activities):
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
    """ "13 mois", "1 an", "Session" ("" when not recorded)."""
    if c["lifetime_unit"] == "session":
        return v.enum("lifetime_unit", "session")
    return duration_text(v.lang, c["lifetime_value"], c["lifetime_unit"])


def _cookies(ctx: Context) -> list[Flowable]:
    """D. Cookies and similar trackers."""
    v = ctx.view
    f = v.field
    story = _start(ctx, "d")
    cookies = sorted(v.organisation["cookies"], key=lambda c: (c["category"], c["name"].lower()))
    if not cookies:
        return [*story, _none(v)]
    printed = {a["id"]: a for a in ctx.printed(v.all_activities)}
    printed_transfers = {t["id"]: t for a in printed.values() for t in a["transfers"]}
    rows = []
    for c in cookies:
        activity = printed.get(c["activity_id"] or "")
        transfer = printed_transfers.get(c["transfer_id"] or "")
        consent = v.yes_no(c["consent_required"])
        cookie = _lines(
            _bold(c["name"]),
            text(c["domain"]),
            _labelled(v, f("cookie", "first_party"), v.yes_no(c["first_party"])),
        )
        provider = _lines(
            text(joined(dict.fromkeys([c["provider"], v.party_name(c["party_id"])]), " / ")),
            text(f"\u2192 {v.country(transfer['country'])}" if transfer else ""),
        )
        rows.append(
            [
                small(cookie),
                small(provider),
                small(
                    _lines(
                        text(v.enum("cookie_category", c["category"])),
                        _labelled(v, f("cookie", "consent_required"), consent),
                    )
                ),
                small(text(c["purpose"])),
                _cookie_lifetime(v, c),
                activity["reference"] if activity else "",
            ]
        )
    header = (
        f("cookie", "name"),
        f("cookie", "provider"),
        f("cookie", "category"),
        f("cookie", "purpose"),
        f("cookie", "lifetime_value"),
        v.t("pdf.column.activity"),  # short: its cells hold a reference
    )
    story.append(grid(header, rows, (3.2, 3, 2.8, 4.6, 1.6, 1.6), compact=True))
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


def breaches_annex(ctx: Context) -> list[Flowable]:
    """G. The breach register (Art. 33(5)): every breach recorded, notified or not, a label /
    value block each, the latest discovered first: the facts, their effects, the remedial
    action, then what was notified and told and where the notification stands on the day the
    document was generated. The Art. 33(3) items print even when empty (an em dash: the
    inspector sees what the record lacks); the rest only when recorded. Notes never print."""
    from ropa.core.deadlines import breach_clock, moment_text, words

    v = ctx.view
    f = v.field
    story = _start(ctx, "g")
    story.append(note(text(v.t("pdf.annex.g.intro"))))
    breaches = sorted(
        v.organisation.get("breaches", []),
        key=lambda b: (b["discovered_at"] is not None, b["discovered_at"], b["name"]),
        reverse=True,
    )
    if not breaches:
        return [*story, _none(v)]

    def moment(value: object) -> str:
        return moment_text(v.lang, value) if value is not None else ""  # type: ignore[arg-type]

    def entries(ids: list[str], index: dict[str, Row]) -> list[str]:
        """Catalogue entries in their catalogue's order (the ids come in no useful order)."""
        rows = sorted(
            (index[i] for i in ids if i in index), key=lambda e: (e["position"], e["name"])
        )
        return [str(row["name"]) for row in rows]

    def counted(names: list[str], count: int | None, what: str) -> list[str]:
        lines = list(names)
        if count is not None:
            lines.append(_labelled(v, f("breach", what), v.number(count)))
        return lines

    for b in breaches:
        clock = breach_clock(
            b["discovered_at"], b["risk"], b["authority_notified_at"], v.generated_at
        )
        covered = [v.activities[i] for i in b["activities"] if i in v.activities]
        covered.sort(key=lambda a: natural_order(a["reference"]))
        activities = [v.activity_label(a) for a in covered]
        always: list[tuple[str, Value]] = [
            (f("breach", "discovered_at"), moment(b["discovered_at"])),
            (f("breach", "description"), b["description"]),
            (f("breach", "natures"), [v.enum("breach_nature", n) for n in b["natures"] or []]),
            (
                f("breach", "data_subjects"),
                counted(
                    entries(b["data_subjects"], v.data_subjects), b["people_count"], "people_count"
                ),
            ),
            (
                f("breach", "data_categories"),
                counted(
                    entries(b["data_categories"], v.data_categories),
                    b["records_count"],
                    "records_count",
                ),
            ),
            (f("breach", "consequences"), b["consequences"]),
            (f("breach", "risk"), [v.enum("breach_risk", b["risk"]), b["risk_reasoning"]]),
            (f("breach", "measures_taken"), b["measures_taken"]),
            (v.t("pdf.annex.g.notification"), _sentence(words(v.lang, clock))),
        ]
        optional: list[tuple[str, Value]] = [
            (f("breach", "occurred_on"), v.date(b["occurred_on"])),
            (f("breach", "how_discovered"), b["how_discovered"]),
            (f("breach", "activities"), activities),
            (f("breach", "measures_proposed"), b["measures_proposed"]),
            (f("breach", "authority_notified_at"), moment(b["authority_notified_at"])),
            (f("breach", "authority_reference"), b["authority_reference"]),
            (f("breach", "delay_reasons"), b["delay_reasons"]),
            (f("breach", "people_informed_on"), v.date(b["people_informed_on"])),
            (f("breach", "people_informed_how"), b["people_informed_how"]),
            (f("breach", "inform_exception"), v.enum("inform_exception", b["inform_exception"])),
            (f("breach", "clients"), [v.party_name(p) for p in b["clients"]]),
            (f("breach", "clients_informed_at"), moment(b["clients_informed_at"])),
        ]
        rows = always + [(label, value) for label, value in optional if not is_empty(value)]
        table = fields(rows, title=_bold(b["name"]))
        if table is not None:
            story += [Spacer(1, 5), table]
    return story


def _sentence(words_: str) -> str:
    return words_[:1].upper() + words_[1:]


def requests_annex(ctx: Context) -> list[Flowable]:
    """H. The rights requests as a statistical summary, with no personal detail: per year of
    receipt, how many were received, answered within the time limit or late, still open
    within it or past it, and received for a client controller; then how often each right was
    exercised and each decision taken. States as on the day the document was generated."""
    from ropa.core.deadlines import RequestState, request_deadline

    v = ctx.view
    story = _start(ctx, "h")
    story.append(note(text(v.t("pdf.annex.h.intro"))))
    requests = v.organisation.get("rights_requests", [])
    if not requests:
        return [*story, _none(v)]
    today = v.generated_at.astimezone().date()
    columns = ("received", "on_time", "late_answer", "open", "late", "for_client", "extended")
    years: dict[int | None, dict[str, int]] = {}
    rights: dict[str, int] = {}
    decisions: dict[str | None, int] = {}
    for r in requests:
        deadline = request_deadline(
            r["received_on"],
            bool(r["extended"]),
            r["answered_on"],
            today,
            for_client=r["client_party_id"] is not None,
            forwarded_on=r["forwarded_on"],
            extension_told_on=r["extension_told_on"],
        )
        year = r["received_on"].year if r["received_on"] is not None else None
        counts = years.setdefault(year, dict.fromkeys(columns, 0))
        counts["received"] += 1
        state = deadline.state
        if state in (RequestState.TO_FORWARD, RequestState.FORWARDED):
            counts["for_client"] += 1
        elif state is RequestState.ANSWERED:
            counts["on_time"] += 1
        elif state is RequestState.ANSWERED_LATE:
            counts["late_answer"] += 1
        elif state is RequestState.LATE:
            counts["late"] += 1
        else:  # open within its time limit, or no date of receipt to count it from
            counts["open"] += 1
        if r["extended"]:
            counts["extended"] += 1
        for right in r["rights"] or []:
            rights[right] = rights.get(right, 0) + 1
        if r["client_party_id"] is None:
            decisions[r["decision"]] = decisions.get(r["decision"], 0) + 1
    order = sorted(years, key=lambda y: (y is None, -(y or 0)))
    rows = [
        [str(y) if y is not None else v.t("pdf.annex.h.no_date")]
        + [v.number(years[y][c]) for c in columns]
        for y in order
    ]
    header = (v.t("pdf.annex.h.year"), *(v.t(f"pdf.annex.h.{c}") for c in columns))
    story.append(grid(header, rows, (2, 1.6, 1.8, 1.8, 1.6, 1.6, 1.8, 1.6), compact=True))
    story.append(Spacer(1, 6))
    right_rows = [
        [v.enum("request_right", right), v.number(count)]
        for right, count in sorted(rights.items(), key=lambda item: (-item[1], item[0]))
    ]
    if right_rows:
        header = (v.t("pdf.annex.h.right"), v.t("pdf.annex.h.requests"))
        story.append(grid(header, right_rows, (6, 2)))
        story.append(Spacer(1, 6))
    decision_rows = [
        [v.enum("request_decision", d) if d else v.t("pdf.annex.h.undecided"), v.number(n)]
        for d, n in sorted(decisions.items(), key=lambda item: (item[0] is None, -item[1]))
    ]
    if decision_rows:
        header = (v.field("rights_request", "decision"), v.t("pdf.annex.h.requests"))
        story.append(grid(header, decision_rows, (6, 2)))
    return story
