"""Rules on what lies around the activities: transfers and their safeguards, the parties'
contact details and countries, the notice, and catalogue entries nobody uses. The processing
contracts with parties are rules_contracts.py's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ropa.core.checks.engine import CheckContext, activity_rule, rule
from ropa.core.checks.model import Finding, Severity
from ropa.core.snapshot import Row

# Transfer tools the CJEU struck down: Safe Harbour (C-362/14, 2015), Privacy Shield (C-311/18,
# 2020). Written anywhere in a transfer's texts, they show the transfer rests on nothing.
INVALID_SAFEGUARDS = re.compile(r"privacy[\s-]*shield|safe[\s-]*harbou?r", re.IGNORECASE)
TRANSFER_TEXTS = ("derogation", "document_reference", "copy_access", "notes")


CONTACT_FIELDS = ("email", "phone", "street")


@rule("organisation.no_contact", Severity.ERROR, "Art. 30(1)(a)")
def organisation_without_contact(ctx: CheckContext) -> Iterator[Finding]:
    """The register opens with the controller's name and contact details."""
    org = ctx.organisation
    if not any((org[name] or "").strip() for name in CONTACT_FIELDS):
        yield ctx.finding("organisation", org, "email", label=str(org["legal_name"]))


@activity_rule("transfer.no_safeguard", Severity.ERROR, "Art. 44-49")
def transfer_without_safeguard(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    for transfer in activity["transfers"]:
        if transfer["safeguard"] in (None, "", "undetermined"):
            yield ctx.finding(
                "transfer",
                transfer,
                "safeguard",
                activity=activity,
                country=transfer["country"],
            )


@activity_rule("transfer.invalid_safeguard", Severity.ERROR, "Art. 44-46; CJEU C-311/18")
def transfer_on_invalid_safeguard(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    for transfer in activity["transfers"]:
        for column in TRANSFER_TEXTS:
            match = INVALID_SAFEGUARDS.search(transfer[column] or "")
            if match:
                yield ctx.finding(
                    "transfer", transfer, column, activity=activity, name=match.group(0)
                )
                break


PARTY_CONTACT_FIELDS = ("email", "phone", "address")


@rule("party.client_without_contact", Severity.ERROR, "Art. 30(2)(a)")
def client_without_contact(ctx: CheckContext) -> Iterator[Finding]:
    """A processor's register gives the name and contact details of each controller (client)
    on whose behalf it acts. A draft's clients wait until it is active: a template names
    the client it creates, and its draft advice already says to complete it."""
    clients: set[str] = set()
    for activity in ctx.live_activities:
        if activity["role"] == "processor" and activity["status"] == "active":
            clients.update(client["party_id"] for client in activity["clients"])
    for party_id in sorted(clients):
        party = ctx.parties.get(party_id)
        if party is not None and not any(
            str(party[name] or "").strip() for name in PARTY_CONTACT_FIELDS
        ):
            yield ctx.finding("party", party, "email")


@rule("party.no_country", Severity.WARNING, "Art. 30(1)(e), 44")
def party_without_country(ctx: CheckContext) -> Iterator[Finding]:
    """Where a processor or the recipient of a transfer is established says where the data go
    (the notice derives the data's location from the processors' countries)."""
    used: set[str] = set()
    for activity in ctx.live_activities:
        for recipient in activity["recipients"]:
            party = ctx.parties.get(recipient["party_id"] or "")
            if party is not None and "processor" in (recipient["kind"], party["kind"]):
                used.add(party["id"])
        used.update(t["party_id"] for t in activity["transfers"] if t["party_id"])
    for party_id in sorted(used):
        party = ctx.parties.get(party_id)
        if party is not None and not party["country"]:
            yield ctx.finding("party", party, "country")


@rule("notice.outdated", Severity.WARNING, "Art. 12(1), 13")
def notice_outdated(ctx: CheckContext) -> Iterator[Finding]:
    """A published notice older than the register's last change may no longer say what the firm
    does (the notice page shows exactly which sections changed)."""
    if ctx.last_change_at is None:
        return
    org = ctx.organisation
    for audience, published_at in sorted(ctx.notices.items()):
        if published_at < ctx.last_change_at:
            yield ctx.finding(
                "organisation",
                org,
                None,
                label=str(org["legal_name"]),
                audience=audience,
                date=published_at.astimezone().date().isoformat(),
            )


def _catalogue_entries(activity: Row) -> frozenset[str]:
    """The catalogue entries an activity uses."""
    return frozenset(
        [link["data_category_id"] for link in activity["data_categories"]]
        + activity["data_subjects"]
        + activity["security_measures"]
        + [r["recipient_category_id"] or "" for r in activity["recipients"]]
        + [p["data_category_id"] or "" for p in activity["retention_phases"]]
    )


@rule("catalogue.unused", Severity.ADVICE, "Art. 5(1)(c)")
def unused_catalogue_entries(ctx: CheckContext) -> Iterator[Finding]:
    """Catalogue entries no activity uses: a typo, a leftover, or a processing not recorded.
    Only the organisation's own entries are reported (ropa's seeded ones are a menu)."""
    used: set[str] = set()
    for activity in ctx.activities:
        used.update(ctx.per_activity("catalogue_entries", activity, _catalogue_entries))
    tables = (
        ("data_category", ctx.data_categories),
        ("data_subject_category", ctx.data_subjects),
        ("recipient_category", ctx.recipient_categories),
        ("security_measure", ctx.security_measures),
    )
    for table, entries in tables:
        for entry in entries.values():
            if entry["id"] not in used and not entry["seed_key"]:
                yield ctx.finding(table, entry, None)
