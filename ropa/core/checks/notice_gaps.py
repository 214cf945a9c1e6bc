"""The privacy notice's gaps as findings of the checks: one list of what is missing.

The notice (ropa/exports/notice) records a gap wherever the register lacks what a sentence
needs; the exporters turn the gaps of an organisation's notice into findings here, so that
`ropa check` lists them with the rules' own. Where a rule already says the same thing for the
same place (GAP_RULES), the rule's finding is kept, marked as blocking publication when the
gap blocks it, and the gap adds nothing; any other gap becomes a finding of its own, rule
"notice.<code>", with the notice's words for where and what. The core never imports the
exporters: a gap is anything shaped like NoticeGap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Protocol

from ropa.core.checks.model import SEVERITY_ORDER, Finding, Severity
from ropa.core.text_languages import MissingText

GAP_RULE_PREFIX = "notice."
GAP_ARTICLE = "Art. 12(1), 13, 14"

# Gap code -> the rules that say the same thing (ropa/exports/notice/*.py records the gaps). A
# gap is covered by a finding of one of them about the same activity (or about none), and, when
# the gap names a cookie or a party, about that one. The other gaps have no rule of their own:
# they are findings as the notice words them.
GAP_RULES: dict[str, tuple[str, ...]] = {
    "no_contact": ("organisation.no_contact",),
    "dpo_unreachable": ("organisation.dpo_unreachable",),
    "dpo_unknown": ("organisation.dpo_unknown",),
    "no_identity_proof": ("organisation.identity_proof_unknown",),
    "no_rights_channels": ("organisation.no_rights_channels",),
    "response_days_too_long": ("organisation.response_too_long",),
    "sells_data_unknown": ("organisation.sells_data_unknown",),
    "special_data_unknown": ("organisation.special_data_unknown",),
    "draft_left_out": ("activity.draft",),
    "no_purpose": ("activity.no_purpose",),
    "no_data_categories": ("activity.no_data_categories",),
    "no_recipients": ("activity.no_recipients",),
    "no_retention": ("activity.no_retention",),
    "no_end_action": ("activity.no_end_action",),
    "automated_unknown": ("activity.automated_unknown",),
    "transfers_unknown": ("activity.transfers_unknown",),
    "transfers_unlisted": ("activity.transfers_unlisted",),
    "undetermined_basis": ("purpose.no_legal_basis",),
    "no_interest": ("purpose.no_interest",),
    "no_legal_reference": ("purpose.no_legal_reference",),
    "no_consent_withdrawal": ("purpose.no_consent_withdrawal",),
    "undetermined_recipient": ("recipient.undetermined",),
    "no_safeguard": ("transfer.no_safeguard",),
    "retention_incomplete": ("retention.no_duration",),
    "no_start_combination": ("retention.no_start_combination",),
    "processor_no_country": ("party.no_country",),
    "cookie_no_purpose": ("cookie.no_purpose",),
    "cookie_no_lifetime": ("cookie.no_lifetime",),
    "cookie_no_exemption": ("cookie.no_exemption",),
    "cookie_exemption_in_belgium": ("cookie.exemption_in_belgium",),
    "untranslated": ("translation.notice",),
}
NAMED_TABLES = frozenset({"cookie", "party"})
"""Tables whose gaps name their row (params["name"]) rather than an activity."""


class NoticeGap(Protocol):
    """What the checks read of a gap of the notice (ropa.exports.notice.model.Gap)."""

    @property
    def code(self) -> str: ...

    @property
    def blocking(self) -> bool: ...

    @property
    def organisation_id(self) -> str | None: ...

    @property
    def activity_id(self) -> str | None: ...

    @property
    def reference(self) -> str: ...

    @property
    def table(self) -> str | None: ...

    @property
    def column(self) -> str | None: ...

    @property
    def missing(self) -> MissingText | None: ...

    @property
    def params(self) -> dict[str, str]: ...

    def where(self, lang: str) -> str: ...

    def message(self, lang: str) -> str: ...


# Gaps that say the notice is not in use yet rather than wrong: a register whose firm does
# not (yet) publish its notice from ropa is not in error for it. Still marked as blocking.
NOT_IN_USE = frozenset({"no_activity", "no_activity_for_audience"})


def gap_finding(gap: NoticeGap) -> Finding:
    """A gap of the notice as a finding: an error when it blocks publication, else a
    warning (advice for a notice not in use yet); where and what in the notice's own
    words."""
    table = gap.table or "organisation"
    # A gap names an activity or the organisation, not the row inside (a purpose, a cookie).
    entity = {"activity": gap.activity_id, "organisation": gap.organisation_id}.get(table)
    return Finding(
        rule=GAP_RULE_PREFIX + gap.code,
        severity=(
            Severity.ADVICE
            if gap.code in NOT_IN_USE
            else Severity.ERROR
            if gap.blocking
            else Severity.WARNING
        ),
        article=GAP_ARTICLE,
        table=table,
        entity_id=entity or "",
        field=gap.column,
        label=gap.reference,
        activity_id=gap.activity_id,
        blocks_publication=gap.blocking,
        described_by=gap,
    )


def covers(finding: Finding, gap: NoticeGap) -> bool:
    """Whether a rule's finding says what the gap says, at the same place."""
    if finding.rule not in GAP_RULES.get(gap.code, ()):
        return False
    if finding.activity_id != gap.activity_id:
        return False
    name = gap.params.get("name")
    if gap.table in NAMED_TABLES and name is not None and finding.label != name:
        return False
    missing = gap.missing
    if missing is not None:
        return any(
            (t.table, t.row_id, t.field, t.lang)
            == (missing.table, missing.row_id, missing.field, missing.lang)
            for t in finding.texts
        )
    return True


def with_notice_gaps(findings: Sequence[Finding], gaps: Iterable[NoticeGap]) -> list[Finding]:
    """The rules' findings and the notice's gaps as one list, each thing said once: a finding
    that covers a blocking gap is marked as blocking publication; a gap no finding covers is
    added as a finding of its own. Errors first, then by place."""
    merged = list(findings)
    by_place: dict[tuple[str, str | None], list[int]] = {}
    for i, finding in enumerate(merged):
        by_place.setdefault((finding.rule, finding.activity_id), []).append(i)
    blocking: set[int] = set()
    for gap in gaps:
        covering = [
            i
            for rule_id in GAP_RULES.get(gap.code, ())
            for i in by_place.get((rule_id, gap.activity_id), ())
            if covers(merged[i], gap)
        ]
        if not covering:
            merged.append(gap_finding(gap))
        elif gap.blocking:
            blocking.update(covering)
    merged = [
        replace(f, blocks_publication=True) if i in blocking else f for i, f in enumerate(merged)
    ]
    merged.sort(key=sort_key)
    return merged


def sort_key(finding: Finding) -> tuple[int, str, str]:
    """Errors first, then by place, then by rule (as run_checks orders its findings)."""
    return (SEVERITY_ORDER[finding.severity], finding.label.casefold(), finding.rule)
