"""Who receives the data, transfers outside the EEA, and how long data are kept.

Every sentence is law or a fact of the register (see phrases.py): what the register does not hold
is a gap naming the activity and the field, never a default claim; what is not determined yet (a
recipient's role, a transfer's safeguard) still shows, as "to be determined", and blocks
publication."""

from __future__ import annotations

import re

from babel.lists import format_list

from ropa.core.i18n import LOCALES
from ropa.core.snapshot import Row
from ropa.db.enums import EndAction, StartCombination, StartEvent
from ropa.exports.notice.context import (
    NoticeContext,
    after_from,
    lower_first,
    names_a_date,
    sentence,
)
from ropa.exports.notice.model import Block, BulletList, Paragraph, Section, Table
from ropa.exports.notice.phrases import LABEL, Phrase, law, practice
from ropa.exports.notice.sections_use import adds_nothing, filled

RECIPIENT_ORDER = (
    "internal",
    "processor",
    "joint_controller",
    "third_party",
    "public_authority",
    "undetermined",
)
# The safeguards whose text is an act of the Commission, published in the Official Journal.
PUBLISHED = ("adequacy", "eu_us_dpf")
NO_ACTIVE = "\u2013"
# A derogation's own reference to its point of Art. 49: "Art. 49.1.f :", "article 49(1)(a),".
_ART49 = re.compile(r"art(?:icle|ikel)?\.?\s*(49[\w.()]*?)\.?\s*(?:[:,\u2013-]\s*|\s+|$)", re.I)

PHRASES: dict[str, Phrase] = {
    "section.recipients": LABEL,
    "section.transfers": LABEL,
    "section.retention": LABEL,
    "column.processing": LABEL,
    # Headings of the lists of recipients: each says what its kind of recipient is.
    "recipients.internal": LABEL,
    "recipients.processor": law("GDPR 28(3)(a)"),
    "recipients.joint_controller": LABEL,
    "recipients.third_party": LABEL,
    "recipients.public_authority": LABEL,
    "recipients.undetermined": LABEL,
    "recipients.none": practice("activity_recipient.kind", "internal"),
    "transfers.intro": LABEL,
    # Every activity's transfers_outside_eea is False (and none lists a transfer); written so
    # that the check of the phrase-book keys (test_core_texts) does not take it for a key.
    "transfers.none": practice("activity" + ".transfers_outside_eea", False),
    "transfers.recipient": LABEL,
    "transfers.country": LABEL,
    "transfers.safeguard": LABEL,
    "transfers.copy": LABEL,
    "transfers.copy_adequacy": law("GDPR 45(8)"),
    "transfers.copy_none": law("GDPR 49(1)"),
    "transfers.copy_unknown": LABEL,
    "transfers.undetermined": LABEL,
    "transfers.unnamed": LABEL,
    "retention.intro": LABEL,
    "retention.intro_how_long": LABEL,
    "retention.active": LABEL,
    "retention.archive": LABEL,
    "retention.end": LABEL,
    "retention.no_archive": LABEL,
    "retention.end_unknown": LABEL,
    "retention.undetermined": LABEL,
    **{
        f"start.{event}": practice("retention_phase.start_event", event.value)
        for event in StartEvent
        if event != StartEvent.OTHER
    },
    # "à compter {event}": the firm's own words for its starting point (context.after_from).
    "start.other": LABEL,
    "start.from": LABEL,
    **{f"start.of.{event}": LABEL for event in StartEvent},
    **{
        f"start.combination.{value}": practice("retention_phase.start_combination", value.value)
        for value in StartCombination
    },
    **{f"end_action.{value}": practice("activity.end_action", value.value) for value in EndAction},
}


# -- recipients ------------------------------------------------------------------------------


def recipients(ctx: NoticeContext) -> Section | None:
    """Recipients by category (Art. 13(1)(e)), each named once. "Nobody outside our firm"
    only when every activity records its recipients and all are internal."""
    if not ctx.activities:
        return None
    by_kind: dict[str, dict[str, str]] = {kind: {} for kind in RECIPIENT_ORDER}
    proper: set[str] = set()  # the names of organisations (never lowered in a sentence)
    only_internal = True
    for activity in ctx.activities:
        if not activity["recipients"]:
            ctx.gap("no_recipients", activity=activity, table="activity", column="recipients")
            only_internal = False
            continue
        for recipient in activity["recipients"]:
            kind = recipient["kind"] if recipient["kind"] in by_kind else "undetermined"
            only_internal = only_internal and kind == "internal"
            name, what, named = _recipient(ctx, recipient)
            if named:
                proper.add(name)
            if kind == "undetermined":
                ctx.gap(
                    "undetermined_recipient",
                    activity=activity,
                    table="activity_recipient",
                    column="kind",
                    blocking=True,
                    recipient=name or ctx.t("transfers.unnamed"),
                )
            if not name:
                ctx.gap(
                    "unnamed_recipient",
                    activity=activity,
                    table="activity_recipient",
                    column="recipient_name",
                )
                continue
            known = by_kind[kind]
            if name not in known or (what and not known[name]):
                known[name] = what
    blocks: list[Block] = []
    if only_internal:
        blocks.append(Paragraph.of(ctx.t("recipients.none")))
    for kind in RECIPIENT_ORDER:
        entries = by_kind[kind]
        if not entries:
            continue
        heading = ctx.t(f"recipients.{kind}")
        items = [
            f"{name} \u2013 {what}" if what else name
            for name, what in sorted(entries.items(), key=lambda e: e[0].casefold())
        ]
        if len(items) == 1:  # one recipient: one sentence, not a list of one
            [(name, _what)] = entries.items()
            item = items[0] if name in proper else ctx.after_colon(items[0])
            blocks.append(Paragraph.of(f"{heading} {sentence(item)}"))
        else:
            blocks.append(Paragraph.of(heading))
            blocks.append(BulletList.of(*items))
    if not blocks:
        return None
    return Section("recipients", ctx.t("section.recipients"), tuple(blocks))


def _recipient(ctx: NoticeContext, recipient: Row) -> tuple[str, str, bool]:
    """The recipient's name, what it receives (a text is read only when printed: reading
    it makes it one the notice needs in its language), and whether the name is an
    organisation's (a party, a name typed), not a category's or a department's."""

    def detail() -> str:
        return filled(recipient["detail"]).rstrip(".")

    party = ctx.view.parties.get(recipient["party_id"] or "")
    if party is not None:
        return str(party["name"]), filled(party["service"]).rstrip(".") or detail(), True
    category = ctx.view.recipient_categories.get(recipient["recipient_category_id"] or "")
    if category is not None:
        return str(category["name"]), detail(), False
    typed = filled(recipient["recipient_name"])
    name = typed or filled(recipient["department"])
    return name, detail() if name else "", bool(typed)


# -- transfers -------------------------------------------------------------------------------


def transfers(ctx: NoticeContext) -> Section | None:
    """Transfers outside the EEA (Art. 13(1)(f)): the recipient, the country, the safeguard
    and how to get a copy of it; every cell says something, or what is still missing."""
    if not ctx.activities:
        return None
    rows: list[tuple[str, ...]] = []
    unknown = False
    for activity in ctx.activities:
        listed = activity["transfers"] or []
        if not listed:
            # "We do not transfer" only for an activity whose register says so; an activity
            # that says it transfers but lists nothing must list them.
            declared = activity["transfers_outside_eea"]
            if declared is not False:
                unknown = True
                code = "transfers_unlisted" if declared else "transfers_unknown"
                ctx.gap(code, activity=activity, table="activity", column="transfers_outside_eea")
            continue
        for transfer in listed:
            row = _transfer_row(ctx, activity, transfer)
            if row not in rows:
                rows.append(row)
    if not rows:
        if unknown:
            return None
        return Section(
            "transfers", ctx.t("section.transfers"), (Paragraph.of(ctx.t("transfers.none")),)
        )
    headers = (
        ctx.t("transfers.recipient"),
        ctx.t("transfers.country"),
        ctx.t("transfers.safeguard"),
        ctx.t("transfers.copy"),
    )
    blocks: list[Block] = [Paragraph.of(ctx.t("transfers.intro")), Table(headers, tuple(rows))]
    return Section("transfers", ctx.t("section.transfers"), tuple(blocks))


def _transfer_row(ctx: NoticeContext, activity: Row, transfer: Row) -> tuple[str, ...]:
    name = ctx.view.party_name(transfer["party_id"]) or filled(transfer["recipient_name"])
    if not name:
        ctx.gap("unnamed_recipient", activity=activity, table="transfer", column="recipient_name")
        name = ctx.t("transfers.unnamed")
    country = ctx.country_name(transfer["country"])
    if not country:
        ctx.gap("not_recorded", activity=activity, table="transfer", column="country")
        country = ctx.t("transfers.undetermined")
    safeguard = transfer["safeguard"]
    if not safeguard or safeguard == "undetermined":
        ctx.gap(
            "no_safeguard",
            activity=activity,
            table="transfer",
            column="safeguard",
            blocking=True,
            recipient=name,
        )
        undetermined = ctx.t("transfers.undetermined")
        return (name, country, undetermined, undetermined)
    text = ctx.view.enum("safeguard", safeguard)
    if safeguard == "derogation_art49" and filled(transfer["derogation"]):
        text = _derogation(ctx, text, str(transfer["derogation"]))
    return (name, country, text, _copy(ctx, activity, transfer, name))


def _derogation(ctx: NoticeContext, label: str, derogation: str) -> str:
    """ "Dérogation … (art. 49)" and the firm's words, in one bracket: a derogation that
    names its point of Art. 49 ("Art. 49.1.f : transfert nécessaire…") puts it in the label's
    bracket ("… (art. 49.1.f) : transfert nécessaire…"); its other words follow a colon."""
    words = derogation.strip().rstrip(".")
    point = _ART49.match(words)
    if point is not None and label.endswith("49)"):
        label = label.removesuffix("49)") + point.group(1) + ")"
        words = words[point.end() :]
    return label + ctx.colon() + ctx.lower_first(words) if words else label


def _copy(ctx: NoticeContext, activity: Row, transfer: Row, name: str) -> str:
    """How a person gets a copy of the safeguard: the transfer's own answer, the firm's
    answer for all its transfers, or what the law makes of it; never an invented channel."""
    safeguard = transfer["safeguard"]
    own = filled(transfer["copy_access"])
    if own:
        return own
    if safeguard == "derogation_art49":
        return ctx.t("transfers.copy_none")
    firm = filled(ctx.organisation["safeguards_copy"])
    if firm:
        return firm
    if safeguard in PUBLISHED:
        return ctx.t("transfers.copy_adequacy")
    ctx.gap(
        "no_copy_access",
        activity=activity,
        table="transfer",
        column="copy_access",
        blocking=True,  # the table would print "not specified"
        recipient=name,
    )
    return ctx.t("transfers.copy_unknown")


# -- retention -------------------------------------------------------------------------------


def retention(ctx: NoticeContext) -> Section | None:
    """Retention (Art. 13(2)(a)) per activity, purpose, data category or group of people: the
    active and archive phases and what they run from, then what happens at the end. Rows that
    say the same are one row naming each of their activities."""
    rows: list[tuple[str, str, str, str, str]] = []  # activity, scope, active, archive, end
    for activity in ctx.activities:
        phases = activity["retention_phases"]
        # Art. 13(2)(a): an activity without a period is not left out of the table: it shows
        # as to be determined, and blocks publication.
        undetermined = (
            ctx.activity_name(activity),
            "",
            ctx.t("retention.undetermined"),
            "",
            "",
        )
        if not phases:
            ctx.gap(
                "no_retention",
                activity=activity,
                table="activity",
                column="retention_phases",
                blocking=True,
            )
            rows.append(undetermined)
            continue
        end = _end(ctx, activity)
        said = len(rows)
        groups: dict[tuple[str | None, str | None, str | None], list[Row]] = {}
        for phase in phases:
            if phase["duration_value"] is None and not filled(phase["criterion"]):
                ctx.gap(
                    "retention_incomplete",
                    activity=activity,
                    table="retention_phase",
                    column="duration_value",
                    blocking=True,
                )
                continue
            scope = (
                phase["purpose_id"],
                phase["data_category_id"],
                phase["data_subject_category_id"],
            )
            groups.setdefault(scope, []).append(phase)
        for scope, group in groups.items():
            active: list[str] = []
            archive: list[str] = []
            for phase in group:
                kind = phase["phase"]
                if kind is None:
                    ctx.gap(
                        "not_recorded", activity=activity, table="retention_phase", column="phase"
                    )
                    continue
                (active if kind == "active" else archive).append(_phase(ctx, activity, phase))
            if active or archive:
                rows.append(
                    (
                        ctx.activity_name(activity),
                        _scope(ctx, activity, *scope),
                        "\n".join(active) or NO_ACTIVE,
                        "\n".join(archive),
                        end,
                    )
                )
        if len(rows) == said:  # every phase lacked its period or its kind
            rows.append(undetermined)
    if not rows:
        return None
    # One row for the rows that say the same, naming each activity once, with its parts.
    merged: dict[tuple[str, str, str], dict[str, list[str]]] = {}
    for name, part, *cells in rows:
        parts = merged.setdefault((cells[0], cells[1], cells[2]), {}).setdefault(name, [])
        if part not in parts:
            parts.append(part)
    # A column only when some row has something to say in it.
    archived = any(archive for _active, archive, _end in merged)
    ended = any(end for _active, _archive, end in merged)
    headers = [ctx.t("column.processing"), ctx.t("retention.active")]
    if archived:
        headers.append(ctx.t("retention.archive"))
    if ended:
        headers.append(ctx.t("retention.end"))
    table_rows = []
    for (active_text, archive_text, end), named in merged.items():
        cells = [_names(named), active_text]
        if archived:
            cells.append(archive_text or ctx.t("retention.no_archive"))
        if ended:
            cells.append(end or ctx.t("retention.end_unknown"))
        table_rows.append(tuple(cells))
    blocks: list[Block] = [
        # "and from when" only when the table says it for each of its rows.
        Paragraph.of(ctx.t("retention.intro" if _all_started(ctx) else "retention.intro_how_long")),
        Table(tuple(headers), tuple(table_rows)),
    ]
    return Section("retention", ctx.t("section.retention"), tuple(blocks))


def _all_started(ctx: NoticeContext) -> bool:
    """Whether every phase of the notice's activities says what it runs from."""
    return all(
        phase["start_event"]
        for activity in ctx.activities
        for phase in activity["retention_phases"]
    )


def _end(ctx: NoticeContext, activity: Row) -> str:
    """What happens at the end of retention, as recorded ("" and a gap when unknown)."""
    action = activity["end_action"]
    if action is None:
        ctx.gap("no_end_action", activity=activity, table="activity", column="end_action")
        return ""
    return ctx.t(f"end_action.{action}")


def _scope(
    ctx: NoticeContext,
    activity: Row,
    purpose_id: str | None,
    category_id: str | None,
    subjects_id: str | None,
) -> str:
    """What part of the activity a period is for: its purpose (unless it says no more than
    the activity's name), data category, group of people ("" for the whole activity)."""
    scope = []
    purpose = ctx.view.purposes.get(purpose_id or "")
    if purpose is not None:
        description = str(purpose["description"] or "").strip().rstrip(".")
        if not adds_nothing(ctx.activity_name(activity), description):
            scope.append(description)
    if category_id and category_id in ctx.view.data_categories:
        scope.append(str(ctx.view.data_categories[category_id]["name"]))
    if subjects_id and subjects_id in ctx.view.data_subjects:
        scope.append(str(ctx.view.data_subjects[subjects_id]["name"]))
    return ctx.semicolon().join(scope)


def _names(named: dict[str, list[str]]) -> str:
    """The first cell: each activity on a line, its parts below it ("– Prospects"); the whole
    activity when one of its rows is for all of it."""
    lines = []
    for name, parts in named.items():
        lines.append(name)
        if "" not in parts:
            lines.extend(f"\u2013 {part}" for part in parts)
    return "\n".join(lines)


def _phase(ctx: NoticeContext, activity: Row, phase: Row) -> str:
    """ "3 years from your last contact with us": the duration and its starting point, or the
    criterion that ends the period by itself."""
    value = phase["duration_value"]
    criterion = str(phase["criterion"] or "").strip()
    how = ctx.duration(value, phase["duration_unit"]) or criterion
    if value is not None and criterion:
        how += f" ({lower_first(criterion)})"
    # A criterion says when the period ends by itself; a duration needs its starting point.
    if value is not None:
        how += _start(ctx, activity, phase)
    if filled(phase["legal_reference"]):
        how += f" [{str(phase['legal_reference']).strip().rstrip('.')}]"
    return how


def _start(ctx: NoticeContext, activity: Row, phase: Row) -> str:
    """What a duration runs from, with a leading space or comma ("" and a gap when unknown).
    Several starting points read "from A or B, whichever is later"."""

    def gap(code: str, column: str) -> None:
        ctx.gap(code, activity=activity, table="retention_phase", column=column)

    if phase["start_event"] is None:
        # The other starting points come besides the main one: without it, nothing is sure.
        gap("no_start_event", "start_event")
        return ""
    events: list[str] = []
    for event in [phase["start_event"], *(phase["other_start_events"] or [])]:
        if event and event not in events:
            events.append(event)
    detail = lower_first(phase["start_event_detail"])

    if "other" in events:
        events.remove("other")
        if detail:
            events.append("other")  # last: it reads "or the following event: ..."
        else:
            gap("no_start_detail", "start_event_detail")
    if not events:
        return ""
    # The firm's own words for the event, after "from": "à compter de la réponse négative".
    described = after_from(ctx.lang, detail)
    if len(events) == 1:
        [event] = events
        if event == "other" or event == "event_date" and detail and names_a_date(ctx.lang, detail):
            return " " + ctx.t("start.other", event=described)
        text = " " + ctx.t(f"start.{event}")
        # The detail when it adds something ("date de l'événement" twice says nothing).
        if detail and detail.casefold() not in text.casefold():
            text += f" ({detail})"
        return text
    parts = [ctx.t(f"start.of.{event}", event=described) for event in events]
    if detail and "other" not in events:
        parts[0] += f" ({detail})"  # the detail of the main starting point, right after it
    text = " " + ctx.t("start.from", event=format_list(parts, style="or", locale=LOCALES[ctx.lang]))
    combination = phase["start_combination"]
    if combination:
        text += ", " + ctx.t(f"start.combination.{combination}")
    else:
        gap("no_start_combination", "start_combination")
    return text
