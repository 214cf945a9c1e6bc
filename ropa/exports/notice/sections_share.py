"""Who receives the data, transfers outside the EEA, and how long data are kept."""

from __future__ import annotations

from ropa.core.snapshot import Row
from ropa.exports.notice.context import NoticeContext, lower_first
from ropa.exports.notice.model import Block, BulletList, Paragraph, Section, Table

RECIPIENT_ORDER = ("internal", "processor", "joint_controller", "third_party", "public_authority")


def recipients(ctx: NoticeContext) -> Section:
    """Recipients by category (Art. 13(1)(e)), each named once."""
    by_kind: dict[str, dict[str, str]] = {kind: {} for kind in RECIPIENT_ORDER}
    for activity in ctx.activities:
        for recipient in activity["recipients"]:
            name, what = _recipient(ctx, recipient)
            if not name:
                continue
            known = by_kind[recipient["kind"]]
            if name not in known or (what and not known[name]):
                known[name] = what
    blocks: list[Block] = [Paragraph.of(ctx.t("recipients.intro"))]
    if not any(by_kind.values()):
        blocks.append(Paragraph.of(ctx.t("recipients.none")))
    for kind in RECIPIENT_ORDER:
        entries = by_kind[kind]
        if not entries:
            continue
        blocks.append(Paragraph.of(ctx.t(f"recipients.{kind}")))
        blocks.append(
            BulletList.of(
                *(
                    f"{name} \u2013 {what}" if what else name
                    for name, what in sorted(entries.items(), key=lambda e: e[0].casefold())
                )
            )
        )
    return Section("recipients", ctx.t("section.recipients"), tuple(blocks))


def _recipient(ctx: NoticeContext, recipient: Row) -> tuple[str, str]:
    party = ctx.view.parties.get(recipient["party_id"] or "")
    if party is not None:
        return str(party["name"]), str(party["service"] or recipient["detail"] or "")
    category = ctx.view.recipient_categories.get(recipient["recipient_category_id"] or "")
    if category is not None:
        return str(category["name"]), str(recipient["detail"] or "")
    name = recipient["recipient_name"] or recipient["department"] or ""
    return str(name), str(recipient["detail"] or "")


def transfers(ctx: NoticeContext) -> Section:
    """Transfers outside the EEA (Art. 13(1)(f)): the country, the safeguard, how to get a copy."""
    rows = []
    email = ctx.contact_email() or ""
    seen: set[tuple[str, ...]] = set()
    for activity in ctx.activities:
        for transfer in activity["transfers"]:
            name = ctx.view.party_name(transfer["party_id"]) or transfer["recipient_name"] or ""
            country = ctx.view.country(transfer["country"]).split(" (")[0]
            safeguard = transfer["safeguard"]
            if not safeguard:
                ctx.gap(
                    "no_safeguard",
                    activity=activity,
                    table="transfer",
                    column="safeguard",
                    recipient=name,
                )
            text = ctx.view.enum("safeguard", safeguard)
            if safeguard == "derogation_art49" and transfer["derogation"]:
                text += f" ({transfer['derogation']})"
            if transfer["copy_access"]:
                copy = str(transfer["copy_access"])
            elif safeguard in ("adequacy", "eu_us_dpf"):
                copy = ctx.t("transfers.copy_adequacy")
            elif safeguard == "derogation_art49":
                copy = ctx.t("transfers.copy_none")
            elif safeguard:
                copy = ctx.t("transfers.copy_default", email=email)
            else:
                copy = ""
            row = (str(name), country, text, str(copy))
            if row not in seen:
                seen.add(row)
                rows.append(row)
    if not rows:
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


def retention(ctx: NoticeContext) -> Section:
    """Retention per purpose (Art. 13(2)(a)): the active and archive phases and what they run
    from, then what happens at the end."""
    rows = []
    for activity in ctx.activities:
        phases = activity["retention_phases"]
        if not phases:
            ctx.gap("no_retention", activity=activity, table="activity", column="retention_phases")
            continue
        groups: dict[tuple[str | None, str | None], list[Row]] = {}
        for phase in phases:
            if phase["duration_value"] is None and not phase["criterion"]:
                ctx.gap(
                    "retention_incomplete",
                    activity=activity,
                    table="retention_phase",
                    column="duration_value",
                )
                continue
            groups.setdefault((phase["purpose_id"], phase["data_category_id"]), []).append(phase)
        for (purpose_id, category_id), group in groups.items():
            label = ctx.activity_name(activity)
            scope = []
            if purpose_id and purpose_id in ctx.view.purposes:
                scope.append(str(ctx.view.purposes[purpose_id]["description"]))
            if category_id and category_id in ctx.view.data_categories:
                scope.append(str(ctx.view.data_categories[category_id]["name"]))
            if scope:
                label += "\n" + "; ".join(scope)
            active = [_phase(ctx, p) for p in group if p["phase"] == "active"]
            archive = [_phase(ctx, p) for p in group if p["phase"] != "active"]
            rows.append(
                (
                    label,
                    "\n".join(active) or "\u2013",
                    "\n".join(archive) or ctx.t("retention.no_archive"),
                    ctx.t(f"end_action.{activity['end_action']}"),
                )
            )
    headers = (
        ctx.t("column.processing"),
        ctx.t("retention.active"),
        ctx.t("retention.archive"),
        ctx.t("retention.end"),
    )
    blocks: list[Block] = [Paragraph.of(ctx.t("retention.intro"))]
    if rows:
        blocks.append(Table(headers, tuple(rows)))
    blocks.append(Paragraph.of(ctx.t("retention.archive_explain")))
    return Section("retention", ctx.t("section.retention"), tuple(blocks))


def _phase(ctx: NoticeContext, phase: Row) -> str:
    how = ctx.duration(phase["duration_value"], phase["duration_unit"]) or str(
        phase["criterion"] or ""
    )
    if phase["duration_value"] is not None and phase["criterion"]:
        how += f" ({phase['criterion']})"
    event = phase["start_event"]
    detail = phase["start_event_detail"]
    # A criterion says when the period ends by itself; a duration needs its starting point.
    if phase["duration_value"] is not None:
        if event == "other" and detail:
            how += " " + ctx.t("start.other", event=lower_first(detail))
        elif event:
            how += " " + ctx.t(f"start.{event}")
            if detail:
                how += f" ({detail})"
    if phase["legal_reference"]:
        how += f" [{phase['legal_reference']}]"
    return how
