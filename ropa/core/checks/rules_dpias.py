"""Rules on the data protection impact assessments (Art. 35-36): an activity whose record says
an assessment is required while none covers it; an assessment whose risk stays high without
the authority consulted (Art. 36(1)); its review date reached (Art. 35(11)); an assessment
covering no activity, holding no risk, with risks whose level after the measures is not
rated, or without the DPO's advice where a DPO is designated (Art. 35(2)). Where an assessment
stands is ropa.core.dpias' (dpia_state, consultation_needed), on the context's `today`, so the
checks say what the page and the To do say."""

from __future__ import annotations

from collections.abc import Iterator

from ropa.core.checks.engine import CheckContext, activity_rule, rule
from ropa.core.checks.model import Finding, Severity
from ropa.core.dpias import DpiaState, RiskRating, consultation_needed, dpia_state
from ropa.core.snapshot import Row


def _day(row: Row, key: str) -> str:
    """A date as the three languages write it in figures: 20/12/2026."""
    return row[key].strftime("%d/%m/%Y")


def _text(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def _state(ctx: CheckContext, dpia: Row) -> DpiaState:
    return dpia_state(_text(dpia["status"]), dpia["review_on"], ctx.today)


def _residuals(dpia: Row) -> list[RiskRating]:
    return [
        RiskRating.of(_text(r["likelihood_after"]), _text(r["severity_after"]))
        for r in dpia["risks"]
    ]


def _dpias(ctx: CheckContext) -> list[Row]:
    return list(ctx.organisation.get("dpias", []))


def covered_activities(ctx: CheckContext) -> set[str]:
    """The activities an assessment covers, abandoned ones apart."""
    return {
        str(activity_id)
        for dpia in _dpias(ctx)
        if _state(ctx, dpia) is not DpiaState.ABANDONED
        for activity_id in dpia["activities"]
    }


@activity_rule("activity.dpia_required_missing", Severity.WARNING, "Art. 35(1)")
def dpia_required_missing(ctx: CheckContext, activity: Row) -> Iterator[Finding]:
    """The activity's record says an assessment is required, and none covers it (nor does
    its record name one kept elsewhere)."""
    if activity["dpia_status"] != "required" or (activity["dpia_reference"] or "").strip():
        return
    if str(activity["id"]) not in covered_activities(ctx):
        yield ctx.finding("activity", activity, "dpia_status", activity=activity)


@rule("dpia.consultation_needed", Severity.ERROR, "Art. 36(1)")
def dpia_consultation_needed(ctx: CheckContext) -> Iterator[Finding]:
    """The assessment concludes to a high residual risk, or one of its risks stays high after
    its measures, and the authority has not been consulted: it must be, before the processing
    starts (not when the processing will not take place)."""
    for dpia in _dpias(ctx):
        if consultation_needed(
            _text(dpia["residual_risk"]),
            _text(dpia["prior_consultation"]),
            _residuals(dpia),
            _text(dpia["status"]),
            _text(dpia["decision"]),
        ):
            yield ctx.finding("dpia", dpia, "prior_consultation")


@rule("dpia.review_due", Severity.WARNING, "Art. 35(11)")
def dpia_review_due(ctx: CheckContext) -> Iterator[Finding]:
    """A completed assessment whose review date has come."""
    for dpia in _dpias(ctx):
        if _state(ctx, dpia) is DpiaState.REVIEW_DUE:
            yield ctx.finding("dpia", dpia, "review_on", date=_day(dpia, "review_on"))


@rule("dpia.no_activity", Severity.WARNING, "Art. 35(7)(a)")
def dpia_no_activity(ctx: CheckContext) -> Iterator[Finding]:
    """An assessment (not abandoned) that covers no activity of the register."""
    for dpia in _dpias(ctx):
        if not dpia["activities"] and _state(ctx, dpia) is not DpiaState.ABANDONED:
            yield ctx.finding("dpia", dpia, "activities")


@rule("dpia.no_risk", Severity.WARNING, "Art. 35(7)(c)")
def dpia_no_risk(ctx: CheckContext) -> Iterator[Finding]:
    """A completed assessment that assesses no risk."""
    for dpia in _dpias(ctx):
        done = _state(ctx, dpia) in (DpiaState.COMPLETED, DpiaState.REVIEW_DUE)
        if done and not dpia["risks"]:
            yield ctx.finding("dpia", dpia, "risks")


@rule("dpia.risks_unrated", Severity.ADVICE, "Art. 35(7)(c)")
def dpia_risks_unrated(ctx: CheckContext) -> Iterator[Finding]:
    """Risks whose likelihood or severity after the measures is not answered (the residual
    risk cannot be judged from them)."""
    for dpia in _dpias(ctx):
        if _state(ctx, dpia) is DpiaState.ABANDONED:
            continue
        unrated = sum(1 for rating in _residuals(dpia) if not rating.rated)
        if unrated:
            yield ctx.finding("dpia", dpia, "risks", count=unrated)


@rule("dpia.dpo_advice_missing", Severity.ADVICE, "Art. 35(2)")
def dpia_dpo_advice_missing(ctx: CheckContext) -> Iterator[Finding]:
    """The organisation designated a DPO, and a completed assessment records no advice of
    theirs."""
    if ctx.organisation.get("dpo_designated") is not True:
        return
    for dpia in _dpias(ctx):
        done = _state(ctx, dpia) in (DpiaState.COMPLETED, DpiaState.REVIEW_DUE)
        if done and not (dpia["dpo_advice"] or "").strip():
            yield ctx.finding("dpia", dpia, "dpo_advice")
