"""Where an impact assessment stands on a given day, how its risks rank, and when the
supervisory authority must still be consulted (ropa.core.dpias): what the page, the checks and
the documents will all say of the same assessment."""

from __future__ import annotations

from datetime import date

import pytest

from ropa.core.dpias import (
    DpiaState,
    RiskRating,
    best_state,
    consultation_needed,
    dpia_state,
    highest,
    is_completed,
)
from ropa.db.enums import RiskLevel

TODAY = date(2026, 12, 7)
N, L, S, M = "negligible", "limited", "significant", "maximum"


@pytest.mark.parametrize(
    ("status", "review_on", "expected"),
    [
        (None, None, DpiaState.UNANSWERED),
        (None, date(2020, 1, 1), DpiaState.UNANSWERED),  # a date says nothing of the status
        ("in_progress", date(2020, 1, 1), DpiaState.IN_PROGRESS),
        ("abandoned", date(2020, 1, 1), DpiaState.ABANDONED),
        ("completed", None, DpiaState.COMPLETED),
        ("completed", date(2026, 12, 8), DpiaState.COMPLETED),
        ("completed", TODAY, DpiaState.REVIEW_DUE),  # due on the day itself
        ("completed", date(2025, 6, 30), DpiaState.REVIEW_DUE),
    ],
)
def test_state_on_a_day(status: str | None, review_on: date | None, expected: DpiaState) -> None:
    assert dpia_state(status, review_on, TODAY) is expected


def test_a_completed_assessment_speaks_for_its_activity_first() -> None:
    assert is_completed(DpiaState.REVIEW_DUE) and not is_completed(DpiaState.IN_PROGRESS)
    assert best_state([DpiaState.ABANDONED, DpiaState.REVIEW_DUE]) is DpiaState.REVIEW_DUE
    assert best_state([DpiaState.UNANSWERED, DpiaState.IN_PROGRESS]) is DpiaState.IN_PROGRESS
    assert best_state([DpiaState.IN_PROGRESS, DpiaState.COMPLETED]) is DpiaState.COMPLETED
    assert best_state([]) is None


def test_a_risk_is_high_when_both_values_reach_significant() -> None:
    assert RiskRating.of(S, S).high
    assert RiskRating.of(M, S).high
    assert not RiskRating.of(L, M).high  # unlikely though severe
    assert not RiskRating.of(M, L).high
    assert not RiskRating.of(S, None).high  # half answered: not rated, not called high
    assert not RiskRating.of(None, None).rated


def test_the_highest_risk_is_the_most_severe_then_the_most_likely() -> None:
    ratings = [
        RiskRating.of(M, L),
        RiskRating.of(N, S),
        RiskRating.of(L, S),
        RiskRating.of(S, None),
    ]
    # Severity first: "significant" outranks "limited" however likely; then likelihood.
    assert highest(ratings) == RiskRating(RiskLevel.LIMITED, RiskLevel.SIGNIFICANT)
    assert highest([RiskRating.of(None, M)]) is None  # nothing rated: not "none high"
    assert highest([]) is None


@pytest.mark.parametrize(
    ("residual_risk", "consultation", "residuals", "status", "decision", "needed"),
    [
        ("high", None, [], "completed", None, True),
        ("high", "not_required", [], "completed", None, True),  # contradicts the conclusion
        ("high", "required", [], "completed", None, True),
        ("high", "done", [], "completed", None, False),
        ("low", None, [(S, M)], "completed", None, True),  # a risk left high
        ("low", None, [(L, M), (M, L)], "completed", None, False),
        (None, None, [(S, S)], "in_progress", None, True),  # known before completion
        (None, None, [], None, None, False),
        ("high", None, [], "abandoned", None, False),  # no processing: nothing to consult on
        ("high", None, [], "completed", "do_not_proceed", False),
    ],
)
def test_when_the_authority_must_still_be_consulted(
    residual_risk: str | None,
    consultation: str | None,
    residuals: list[tuple[str, str]],
    status: str | None,
    decision: str | None,
    needed: bool,
) -> None:
    ratings = [RiskRating.of(likelihood, severity) for likelihood, severity in residuals]
    assert consultation_needed(residual_risk, consultation, ratings, status, decision) is needed
