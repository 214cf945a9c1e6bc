"""Rules on the activities themselves: what Art. 30 asks each one to record, legal bases,
special data, retention, reviews and impact assessments."""

from __future__ import annotations

from collections.abc import Iterator

from ropa.core.checks.engine import CheckContext, activity_rule
from ropa.core.checks.model import Finding, Severity
from ropa.core.snapshot import Row

# An impact assessment is likely required from two of the nine EDPB (WP248) criteria; none is
# recorded while its status says neither "done" nor "in progress" and nothing is referenced.
DPIA_THRESHOLD = 2
DPIA_RECORDED = ("in_progress", "done")
UNDETERMINED = "undetermined"
"""The value a closed list offers while the firm finds out: recorded as not known yet."""
# The legal bases resting on a law the register should name (Art. 6(3)).
BASES_ON_LAW = ("legal_obligation", "public_task")


@activity_rule("activity.no_purpose", Severity.ERROR, "Art. 30(1)(b)")
def no_purpose(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    if not activity["purposes"]:
        yield ctx.finding("activity", activity, "purposes", activity=activity)


@activity_rule("purpose.no_legal_basis", Severity.ERROR, "Art. 6(1)")
def no_legal_basis(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    # A processor acts on its client's legal basis: none is recorded for its purposes.
    if activity["role"] == "processor":
        return
    for purpose in activity["purposes"]:
        if purpose["legal_basis"] in (None, "", UNDETERMINED):
            yield ctx.finding("purpose", purpose, "legal_basis", activity=activity)


@activity_rule("purpose.no_legal_reference", Severity.WARNING, "Art. 6(3)")
def no_legal_reference(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    """A legal obligation or a public task rests on a law: the register names it."""
    if activity["role"] == "processor":
        return
    for purpose in activity["purposes"]:
        if (
            purpose["legal_basis"] in BASES_ON_LAW
            and not (purpose["legal_reference"] or "").strip()
        ):
            yield ctx.finding("purpose", purpose, "legal_reference", activity=activity)


@activity_rule("activity.no_data_subjects", Severity.ERROR, "Art. 30(1)(c)")
def no_data_subjects(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    if not activity["data_subjects"]:
        yield ctx.finding("activity", activity, "data_subjects", activity=activity)


@activity_rule("activity.no_data_categories", Severity.ERROR, "Art. 30(1)(c)")
def no_data_categories(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    if not activity["data_categories"]:
        yield ctx.finding("activity", activity, "data_categories", activity=activity)


@activity_rule("activity.no_retention", Severity.ERROR, "Art. 30(1)(f), 5(1)(e)")
def no_retention(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    if activity["role"] != "processor" and not activity["retention_phases"]:
        yield ctx.finding("activity", activity, "retention_phases", activity=activity)


@activity_rule("retention.no_start_combination", Severity.WARNING, "Art. 13(2)(a)")
def retention_without_combination(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    """A period counted from several events runs from the later or the earlier of them: the
    notice cannot say how long the data are kept without knowing which."""
    for phase in activity["retention_phases"]:
        if phase["other_start_events"] and not phase["start_combination"]:
            yield ctx.finding("retention_phase", phase, "start_combination", activity=activity)


@activity_rule("activity.no_end_action", Severity.ADVICE, "Art. 5(1)(e), 13(2)(a)")
def no_end_action(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    """What happens to the data at the end of the retention period (deleted, anonymised,
    returned...) is said by the notice only when it is recorded."""
    if activity["in_notice"] and activity["status"] == "active" and not activity["end_action"]:
        yield ctx.finding("activity", activity, "end_action", activity=activity)


@activity_rule("activity.automated_unknown", Severity.ADVICE, "Art. 22, 13(2)(f)")
def automated_unknown(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    """Whether an activity of the notice decides automatically or profiles is answered: the
    notice says "no automated decisions" only when the register says so."""
    if activity["in_notice"] and activity["status"] == "active":
        for column in ("automated_decision", "profiling"):
            if activity[column] is None:
                yield ctx.finding("activity", activity, column, activity=activity)
                return


@activity_rule("activity.transfers_unknown", Severity.ADVICE, "Art. 30(1)(e), 13(1)(f)")
def transfers_unknown(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    """An active activity that lists no transfer says whether its data leave the EEA."""
    if (
        activity["status"] == "active"
        and not activity["transfers"]
        and activity["transfers_outside_eea"] is None
    ):
        yield ctx.finding("activity", activity, "transfers_outside_eea", activity=activity)


@activity_rule("activity.transfers_unlisted", Severity.WARNING, "Art. 30(1)(e), 13(1)(f)")
def transfers_unlisted(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    """An activity whose data leave the EEA lists each transfer (recipient, country,
    safeguard)."""
    if activity["transfers_outside_eea"] and not activity["transfers"]:
        yield ctx.finding("activity", activity, "transfers", activity=activity)


@activity_rule("activity.transfers_contradiction", Severity.WARNING, "Art. 30(1)(e)")
def transfers_contradiction(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    """An activity that says its data stay in the EEA lists no transfer outside it."""
    if activity["transfers_outside_eea"] is False and activity["transfers"]:
        yield ctx.finding("activity", activity, "transfers_outside_eea", activity=activity)


@activity_rule("activity.no_recipients", Severity.WARNING, "Art. 30(1)(d), 13(1)(e)")
def no_recipients(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    """An active activity names who receives the data, if only a department of the firm."""
    if (
        activity["status"] == "active"
        and activity["role"] != "processor"
        and not activity["recipients"]
    ):
        yield ctx.finding("activity", activity, "recipients", activity=activity)


@activity_rule("recipient.undetermined", Severity.ERROR, "Art. 30(1)(d), 13(1)(e)")
def recipient_undetermined(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    """A recipient whose kind is not known yet cannot be described (a processor acts on
    instructions, a third party for its own purposes)."""
    for recipient in activity["recipients"]:
        if recipient["kind"] == UNDETERMINED:
            yield ctx.finding("activity_recipient", recipient, "kind", activity=activity)


@activity_rule("retention.no_duration", Severity.ERROR, "Art. 30(1)(f)")
def retention_without_duration(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    for phase in activity["retention_phases"]:
        if phase["duration_value"] is None and not (phase["criterion"] or "").strip():
            yield ctx.finding("retention_phase", phase, "duration_value", activity=activity)


@activity_rule("purpose.no_interest", Severity.ERROR, "Art. 6(1)(f), 13(1)(d)")
def interest_not_stated(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    for purpose in activity["purposes"]:
        if (
            purpose["legal_basis"] == "legitimate_interests"
            and not (purpose["legitimate_interest"] or "").strip()
        ):
            yield ctx.finding("purpose", purpose, "legitimate_interest", activity=activity)


@activity_rule("purpose.no_consent_withdrawal", Severity.WARNING, "Art. 7(3)")
def consent_without_withdrawal(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    for purpose in activity["purposes"]:
        if (
            purpose["legal_basis"] == "consent"
            and not (purpose["consent_withdrawal"] or "").strip()
        ):
            yield ctx.finding("purpose", purpose, "consent_withdrawal", activity=activity)


def _controller_data(ctx: CheckContext, activity: Row) -> Iterator[tuple[Row, Row]]:
    """(data-category link, the catalogue category) of an activity but a processor's: the
    client, as controller, holds the Art. 9 condition or Art. 10 basis."""
    if activity["role"] == "processor":
        return
    for link in activity["data_categories"]:
        yield link, ctx.data_categories.get(link["data_category_id"]) or {}


@activity_rule("data.special_without_condition", Severity.ERROR, "Art. 9(2)")
def special_without_condition(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    for link, category in _controller_data(ctx, activity):
        if category.get("is_special") and not link["art9_condition"]:
            yield ctx.finding(
                "activity_data_category",
                link,
                "art9_condition",
                activity=activity,
                category=category.get("name", ""),
            )


@activity_rule("data.criminal_without_basis", Severity.ERROR, "Art. 10")
def criminal_without_basis(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    for link, category in _controller_data(ctx, activity):
        if category.get("is_criminal") and not (link["art10_basis"] or "").strip():
            yield ctx.finding(
                "activity_data_category",
                link,
                "art10_basis",
                activity=activity,
                category=category.get("name", ""),
            )


@activity_rule("activity.review_overdue", Severity.WARNING, "Art. 24(1), 5(2)")
def review_overdue(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    due = activity["next_review"]
    if due is not None and due < ctx.today:
        yield ctx.finding(
            "activity", activity, "next_review", activity=activity, date=due.isoformat()
        )


@activity_rule("activity.dpia_likely", Severity.WARNING, "Art. 35(1), (3); EDPB WP248")
def dpia_likely(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    from ropa.core.checks.rules_dpias import covered_activities

    criteria = activity["dpia_criteria"] or []
    recorded = (
        activity["dpia_status"] in DPIA_RECORDED
        or bool((activity["dpia_reference"] or "").strip())
        or str(activity["id"]) in covered_activities(ctx)
    )
    if len(criteria) >= DPIA_THRESHOLD and not recorded:
        yield ctx.finding(
            "activity", activity, "dpia_status", activity=activity, count=len(criteria)
        )


@activity_rule("activity.processor_without_client", Severity.ERROR, "Art. 30(2)(a)")
def processor_without_client(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    if activity["role"] == "processor" and not activity["clients"]:
        yield ctx.finding("activity", activity, "clients", activity=activity)


@activity_rule("activity.draft", Severity.ADVICE, "Art. 30(1), 13")
def still_a_draft(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    """Templates and copies are added as drafts, to adapt before they count: a draft stays out
    of the privacy notice."""
    if activity["status"] == "draft":
        yield ctx.finding("activity", activity, "status", activity=activity)
