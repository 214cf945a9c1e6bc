"""The register of processing activities (Art. 30 GDPR) as a PDF document an organisation can
hand to its supervisory authority: cover, contents, summary, the controller register
(Art. 30(1)), the processor register (Art. 30(2)) grouped by client, annexes and an approval
block, in the register's language (fr, nl, en).

Draft activities are not part of the register yet: the summary names them in one line ("in
preparation"), nothing more, unless `include_drafts` asks for them (then each is described and
marked as a draft). Internal notes are never printed.

    pdf_bytes = build_pdf(db)                     # the only organisation of the file
    pdf_bytes = build_pdf(db, org_id, lang="nl", progress=callback, include_drafts=True)

The register is read in one read transaction; the document is then laid out without a
session. The caller writes the bytes (atomically: nothing is written when progress raises
Cancelled).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from babel.lists import format_list
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from ropa.core.authorities import competent_authority
from ropa.core.i18n import LOCALES, language_name
from ropa.core.register import is_demo_organisation
from ropa.core.snapshot import Row
from ropa.core.text_languages import fallback_mark
from ropa.db.session import RegisterDatabase
from ropa.exports.common import Progress, report, resolve_organisation
from ropa.exports.pdf.activity import (
    Context,
    activity_section,
    is_draft,
    measure_names,
    no_transfer_listed,
)
from ropa.exports.pdf.annexes import (
    annexes,
    approval,
    breaches_annex,
    contracts_annex,
    requests_annex,
)
from ropa.exports.pdf.blocks import Value, fields, grid, joined, note
from ropa.exports.pdf.dpias import dpias_annex
from ropa.exports.pdf.layout import (
    FormTableOfContents,
    Heading,
    Outline,
    RegisterDocTemplate,
    canvas_maker,
)
from ropa.exports.pdf.styles import styles, text
from ropa.exports.register_view import RegisterView, load_register_view

Step = Callable[[Context], list[Flowable]]


def build_pdf(
    db: RegisterDatabase,
    organisation_id: str | None = None,
    *,
    lang: str | None = None,
    progress: Progress | None = None,
    include_drafts: bool = False,
) -> bytes:
    """The organisation's register as PDF bytes, in its language unless `lang` is given;
    draft activities described (marked) only with `include_drafts`."""
    with db.reader() as session:
        org_id = resolve_organisation(session, organisation_id)
        view = load_register_view(session, org_id, lang, with_history=False)
    return render_pdf(view, progress=progress, include_drafts=include_drafts)


@dataclass
class Story:
    """The document's flowables, its outline and where progress stands."""

    flowables: list[Flowable]
    outline: Outline
    toc: FormTableOfContents
    steps: int


def build_story(
    view: RegisterView, progress: Progress | None = None, *, include_drafts: bool = False
) -> Story:
    """Every flowable of the document, table of contents included (reported once per step:
    one step per activity). The first heading of each step reports its layout later."""
    ctx = Context(view, Outline(), include_drafts=include_drafts)
    steps = story_steps(ctx)
    total = 2 * len(steps) + 1
    flowables: list[Flowable] = []
    cover_end = 0
    for number, step in enumerate(steps):
        before = len(ctx.outline.headings)
        flowables += step(ctx)
        if len(ctx.outline.headings) > before:
            ctx.outline.headings[before].progress_step = len(steps) + number + 1
        if step is cover:
            cover_end = len(flowables)
        report(progress, number + 1, total)
    toc = FormTableOfContents(ctx.outline.toc_entries())
    flowables[cover_end:cover_end] = [*untranslated_note(view), *toc_part(ctx, toc)]
    return Story(flowables, ctx.outline, toc, len(steps))


def untranslated_note(view: RegisterView) -> list[Flowable]:
    """On the cover, once the whole document is built: a sentence saying that the texts not
    yet translated into the document's language are printed in the main language, marked —
    only when the document printed some."""
    localised = view.localised
    if localised is None or not localised.used:
        return []
    sentence = view.t(
        "pdf.cover.untranslated",
        language=language_name(view.lang, localised.lang),
        main=language_name(view.lang, localised.main),
        mark=fallback_mark(localised.main).strip(),
    )
    return [Spacer(1, 10), note(text(sentence))]


def render_pdf(
    view: RegisterView, *, progress: Progress | None = None, include_drafts: bool = False
) -> bytes:
    """Lay out an already read register (no database access)."""
    story = build_story(view, progress, include_drafts=include_drafts)
    total = 2 * story.steps + 1
    done = story.steps

    def on_heading(heading: Heading) -> None:
        nonlocal done
        if heading.progress_step is not None and heading.progress_step > done:
            done = heading.progress_step
            report(progress, done, total)

    def on_page(_page: int) -> None:
        report(progress, done, total)

    buffer = io.BytesIO()
    org = view.organisation
    title = view.t("pdf.document.title")
    doc = RegisterDocTemplate(
        buffer,
        header_left=org["legal_name"],
        header_right=title,
        footer_left=view.t("pdf.footer.generated", date=view.datetime(view.generated_at)),
        page_label=view.t("pdf.footer.page"),
        on_heading=on_heading,
        on_page=on_page,
        title=f"{title} \u2013 {org['legal_name']}",
        author=org["legal_name"],
        subject=view.t("pdf.document.subject"),
        creator=view.generator,
        lang=view.lang,
        keywords=["GDPR", "Art. 30", "RGPD", "AVG"],
    )
    doc.toc_keys = [entry[3] for entry in story.outline.toc_entries()]
    # One pass: the contents already hold their entries and every number known only at the
    # end is a form (layout.py), so multiBuild would be satisfied after its first pass; but
    # it keeps every laid-out flowable alive until the end, while build consumes the list and
    # frees each part once drawn (less memory, and less time spent by the garbage collector).
    doc.build(story.flowables, canvasmaker=canvas_maker(doc))
    missing = set(doc.toc_keys) - set(doc.page_of)
    if missing:  # pragma: no cover - a heading the layout dropped would be a bug
        raise RuntimeError(f"headings not laid out: {sorted(missing)[:5]}")
    report(progress, total, total)
    return buffer.getvalue()


def story_steps(ctx: Context) -> list[Step]:
    """The document as a list of steps, one per activity for the long parts (progress)."""
    view = ctx.view
    steps: list[Step] = [cover, summary, controller_intro]
    # The first activity follows the part's heading on its page (no page nearly empty).
    controller = ctx.printed(view.controller_activities)
    steps += [_activity_step(a, 1, new_page=n > 0) for n, a in enumerate(controller)]
    steps.append(processor_register)
    processor = ctx.printed(view.processor_activities)
    steps += [_activity_step(a, 2, new_page=n > 0) for n, a in enumerate(processor)]
    steps.append(annexes)
    steps += [_activity_step(a, 1) for a in view.retired_activities]
    steps += [contracts_annex, breaches_annex, requests_annex, dpias_annex, approval]
    return steps


def _activity_step(activity: Row, level: int, *, new_page: bool = True) -> Step:
    return lambda ctx: activity_section(ctx, activity, level=level, new_page=new_page)


# -- cover and contents ----------------------------------------------------------------------

# The title of the cover's contact, by whether a DPO is designated (None: not recorded).
DPO_LABELS = {
    True: "pdf.cover.dpo",
    False: "pdf.cover.privacy_contact",
    None: "pdf.cover.privacy_contact_unknown",
}


def cover(ctx: Context) -> list[Flowable]:
    v = ctx.view
    st = styles()
    org = v.organisation
    f = v.field
    address = joined(
        [org["street"], joined([org["postcode"], org["city"]], " "), v.country(org["country"])],
        "\n",
    )
    identifiers = [
        (f("organisation", name), org[name])
        for name in ("enterprise_number", "siren", "siret", "rcs", "vat_number")
        if org[name]
    ]
    contact = joined([org["email"], org["phone"], org["website"]], "\n")
    # A DPO only when one is designated; not recorded is not "no DPO designated" either.
    dpo_label = v.t(DPO_LABELS[org["dpo_designated"]])
    dpo = joined([org["dpo_name"], org["dpo_email"], org["dpo_phone"], org["dpo_address"]], "\n")
    rows: list[tuple[str, Value]] = [
        (f("organisation", "legal_name"), org["legal_name"]),
        (f("organisation", "trade_name"), org["trade_name"]),
        (f("organisation", "legal_form"), org["legal_form"]),
        (v.t("pdf.cover.address"), address),
        *identifiers,
        (v.t("pdf.cover.contact"), contact),
        (f("organisation", "legal_representative"), org["legal_representative"]),
        (dpo_label, dpo),
    ]
    if org["eu_representative_name"] or org["eu_representative_contact"]:
        rows.append(
            (
                f("organisation", "eu_representative_name"),
                joined([org["eu_representative_name"], org["eu_representative_contact"]], "\n"),
            )
        )
    authority = competent_authority(org["country"], org["supervisory_authority"])
    if authority is not None:
        rows.append(
            (
                v.t("pdf.cover.authority"),
                joined(
                    [authority.name(v.lang), authority.address, authority.website_in(v.lang)], "\n"
                ),
            )
        )
    else:
        rows.append((v.t("pdf.cover.authority"), org["supervisory_authority"]))
    about: list[tuple[str, Value]] = [
        (v.t("pdf.cover.version"), str(v.version)),
        (v.t("pdf.cover.last_change"), v.datetime(v.last_change)),
        (v.t("pdf.cover.generated"), v.datetime(v.generated_at)),
        (v.t("pdf.cover.generator"), v.generator),
    ]
    story: list[Flowable] = [
        NextPageTemplate("body"),
        Spacer(1, 12),
        Paragraph(text(v.t("pdf.cover.title")), st.title),
        Paragraph(text(v.t("pdf.cover.subtitle")), st.subtitle),
        Spacer(1, 14),
        Paragraph(text(org["legal_name"]), st.h1),
    ]
    if org["trade_name"]:
        story.append(Paragraph(text(org["trade_name"]), st.subtitle))
    if is_demo_organisation(org["id"], org["enterprise_number"]):
        story.append(Paragraph(text(v.t("pdf.cover.demo")), st.subtitle))
    story += [Spacer(1, 8), _fields(rows), Spacer(1, 12)]
    story += [Paragraph(text(v.t("pdf.cover.document")), st.group), _fields(about)]
    return story


def _fields(rows: list[tuple[str, Value]]) -> Flowable:
    table = fields(rows)
    return table if table is not None else Spacer(1, 0)


def toc_part(ctx: Context, toc: FormTableOfContents) -> list[Flowable]:
    st = styles()
    title = ctx.view.t("pdf.toc.title")
    heading = Heading(text(title), st.h1, title=title, key="contents", level=0, in_toc=False)
    return [PageBreak(), heading, toc]


# -- summary and the two registers -----------------------------------------------------------


def summary(ctx: Context) -> list[Flowable]:
    v = ctx.view
    current = ctx.printed(v.controller_activities + v.processor_activities)
    intro = "pdf.summary.intro_drafts" if ctx.include_drafts else "pdf.summary.intro"
    story: list[Flowable] = [
        PageBreak(),
        ctx.heading(v.t("pdf.summary.title"), 0),
        note(text(v.t(intro))),
        *drafts_line(ctx),
        Spacer(1, 4),
    ]
    if not current:
        return [*story, note(text(v.t("pdf.summary.none")))]
    # No status column: every activity listed is active, but a draft (marked by its name).
    header = (
        v.field("activity", "reference"),
        v.field("activity", "name"),
        v.field("activity", "role"),
        v.t("pdf.summary.legal_bases"),
        v.field("activity", "owner"),
        v.field("activity", "next_review"),
    )
    rows = []
    for a in current:
        bases = dict.fromkeys(
            v.enum("legal_basis", p["legal_basis"]) for p in a["purposes"] if p["legal_basis"]
        )
        name = v.t("pdf.draft.label", label=a["name"]) if is_draft(a) else a["name"]
        rows.append(
            [
                a["reference"],
                name,
                v.enum("role", a["role"]),
                list(bases),
                a["owner"],
                v.date(a["next_review"]),
            ]
        )
    story.append(grid(header, rows, (2.2, 4.8, 2.5, 3.3, 2.4, 1.9), compact=True))
    return story


def drafts_line(ctx: Context) -> list[Flowable]:
    """The drafts left out, named in one line: how many, their references and names."""
    drafts = ctx.drafts_left_out
    if not drafts:
        return []
    v = ctx.view
    names = format_list([v.activity_label(a) for a in drafts], locale=LOCALES[v.lang])
    key = "pdf.summary.drafts.one" if len(drafts) == 1 else "pdf.summary.drafts.other"
    return [note(text(v.t(key, count=len(drafts), activities=names)))]


def controller_intro(ctx: Context) -> list[Flowable]:
    v = ctx.view
    story: list[Flowable] = [
        PageBreak(),
        ctx.heading(v.t("pdf.controller.title"), 0),
        note(text(v.t("pdf.controller.intro"))),
    ]
    if not v.controller_activities:
        story.append(note(text(v.t("pdf.controller.none"))))
    return story


def processor_register(ctx: Context) -> list[Flowable]:
    """Art. 30(2): one group per client controller, then each activity in full."""
    v = ctx.view
    story: list[Flowable] = [
        PageBreak(),
        ctx.heading(v.t("pdf.processor.title"), 0),
        note(text(v.t("pdf.processor.intro"))),
    ]
    activities = ctx.printed(v.processor_activities)
    if not activities:
        return [*story, note(text(v.t("pdf.processor.none")))]
    groups: dict[str, list[tuple[Row, Row | None]]] = {}
    for a in activities:
        for client in a["clients"]:
            groups.setdefault(client["party_id"], []).append((a, client))
        if not a["clients"]:
            groups.setdefault("", []).append((a, None))
    order = sorted((k for k in groups if k), key=lambda k: v.party_name(k).lower())
    for party_id in [*order, *([""] if "" in groups else [])]:
        name = v.party_name(party_id) if party_id else v.t("pdf.processor.no_client")
        story.append(ctx.heading(name, 1))
        if party_id:
            story.append(_fields(_client_rows(v, v.parties[party_id])))
        for activity, client in groups[party_id]:
            story.append(ctx.heading(ctx.label(activity), 2))
            story.append(_fields(_processing_rows(v, activity, client)))
    story += [PageBreak(), ctx.heading(v.t("pdf.processor.details"), 1)]
    story.append(note(text(v.t("pdf.processor.details_intro"))))
    return story


def _client_rows(v: RegisterView, party: Row) -> list[tuple[str, Value]]:
    f = v.field
    contact = joined(
        [party["contact_name"], party["email"], party["phone"], party["address"]], "\n"
    )
    rows: list[tuple[str, Value]] = [
        (f("party", "name"), party["name"]),
        (v.t("pdf.cover.contact"), contact),
        (v.t("pdf.client.dpo"), joined([party["dpo_name"], party["dpo_contact"]], "\n")),
        (f("party", "representative"), party["representative"]),
    ]
    contracts = v.party_contract_lines(party["id"])
    if contracts:  # the client's processing contracts, as annex F has them
        rows.append((v.t("table.contract"), contracts))
    return rows


def _processing_rows(v: RegisterView, a: Row, client: Row | None) -> list[tuple[str, Value]]:
    f = v.field
    return [
        (
            f("activity_client", "processing_categories"),
            client["processing_categories"] if client else None,
        ),
        (
            f("activity_client", "contract_reference"),
            client["contract_reference"] if client else None,
        ),
        (
            f("activity", "transfers"),
            [v.transfer_text(t) for t in a["transfers"]] or no_transfer_listed(v, a),
        ),
        (f("activity", "security_measures"), measure_names(v, a)),
        (f("activity", "security_notes"), a["security_notes"]),
        (f("activity", "data_location"), a["data_location"]),
    ]
