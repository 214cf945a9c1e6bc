"""Rules on the organisation's own facts: how people reach its data protection officer and
exercise their rights, and the declarations its privacy notice makes only when they are
recorded (a sale of data, special-category data)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ropa.core.checks.engine import CheckContext, rule
from ropa.core.checks.model import Finding, Severity
from ropa.core.snapshot import Row

LEGAL_MONTH_DAYS = 30
"""Art. 12(3): a request is answered within one month of its receipt; the firm's own answer
time may be shorter, never longer (an extension is decided case by case, not announced)."""
DPO_CONTACT_FIELDS = ("dpo_email", "dpo_phone", "dpo_address")


def _finding(ctx: CheckContext, field_name: str, **params: Any) -> Finding:
    org = ctx.organisation
    return ctx.finding("organisation", org, field_name, label=str(org["legal_name"]), **params)


def has_notice(ctx: CheckContext) -> bool:
    """Whether the organisation publishes a privacy notice: an active activity is in it."""
    return any(a["in_notice"] and a["status"] == "active" for a in ctx.activities)


@rule("organisation.dpo_unreachable", Severity.ERROR, "Art. 37(7), 13(1)(b)")
def dpo_unreachable(ctx: CheckContext) -> Iterator[Finding]:
    """A designated DPO is published with contact details people can use."""
    org = ctx.organisation
    if org["dpo_designated"] and not any(
        str(org[name] or "").strip() for name in DPO_CONTACT_FIELDS
    ):
        yield _finding(ctx, "dpo_email")


@rule("organisation.dpo_unknown", Severity.ADVICE, "Art. 30(1)(a), 37, 13(1)(b)")
def dpo_unknown(ctx: CheckContext) -> Iterator[Finding]:
    """Whether a DPO is designated is answered, so that the register and the notice say it
    (neither says "no DPO" for a firm that never answered)."""
    if ctx.organisation["dpo_designated"] is None:
        yield _finding(ctx, "dpo_designated")


@rule("organisation.identity_proof_always", Severity.WARNING, "Art. 12(2), (6)")
def identity_proof_always(ctx: CheckContext) -> Iterator[Finding]:
    """A copy of an identity document asked of everyone is disproportionate: Art. 12(6) allows
    asking for more information only when there is reasonable doubt about who asks (EDPB
    Guidelines 01/2022 on the right of access)."""
    if ctx.organisation["identity_proof"] == "always":
        yield _finding(ctx, "identity_proof")


@rule("organisation.response_too_long", Severity.ERROR, "Art. 12(3)")
def response_too_long(ctx: CheckContext) -> Iterator[Finding]:
    days = ctx.organisation["response_days"]
    if days is not None and days > LEGAL_MONTH_DAYS:
        yield _finding(ctx, "response_days", days=days)


@rule("organisation.no_rights_channels", Severity.WARNING, "Art. 12(2), 13(2)(b)")
def no_rights_channels(ctx: CheckContext) -> Iterator[Finding]:
    """The notice says how people exercise their rights only as the firm recorded it."""
    if has_notice(ctx) and not ctx.organisation["rights_channels"]:
        yield _finding(ctx, "rights_channels")


@rule("organisation.identity_proof_unknown", Severity.ADVICE, "Art. 12(2), (6)")
def identity_proof_unknown(ctx: CheckContext) -> Iterator[Finding]:
    if has_notice(ctx) and ctx.organisation["identity_proof"] is None:
        yield _finding(ctx, "identity_proof")


@rule("organisation.sells_data_unknown", Severity.ADVICE, "Art. 13(1)(e)")
def sells_data_unknown(ctx: CheckContext) -> Iterator[Finding]:
    """A notice says "we do not sell your data" only when the register says so."""
    if has_notice(ctx) and ctx.organisation["sells_data"] is None:
        yield _finding(ctx, "sells_data")


def _uses_special_data(ctx: CheckContext, activity: Row) -> bool:
    return any(
        (ctx.data_categories.get(link["data_category_id"]) or {}).get("is_special")
        for link in activity["data_categories"]
    )


@rule("organisation.special_data_unknown", Severity.ADVICE, "Art. 9(1), 13(1)(c)")
def special_data_unknown(ctx: CheckContext) -> Iterator[Finding]:
    """When an activity uses special-category data the notice derives it; when none does,
    "we process no special-category data" is said only when the register says so."""
    if not has_notice(ctx) or ctx.organisation["processes_special_data"] is not None:
        return
    if not any(_uses_special_data(ctx, a) for a in ctx.live_activities):
        yield _finding(ctx, "processes_special_data")
