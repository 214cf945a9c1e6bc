"""Where a data protection impact assessment stands (Art. 35-36): in progress, completed (its
review due or not), abandoned, or not answered, from its status and review date; how high the
risk left by its measures is; and whether the supervisory authority must still be consulted.

Plain values only, so that the pages, the checks, the documents and the command line say the
same thing about the same assessment.

How a risk is rated: as the CNIL's PIA method rates it, by its likelihood and its severity,
each on the scale negligible < limited < significant < maximum; the two are kept apart, never
multiplied or averaged into one number. A risk is *high* when both its values reach
"significant" (the part of the CNIL's risk map where a risk must be avoided or reduced, and
the WP248 sense of a high risk that remains). Of several risks, the one that ranks first is the
one with the greater severity, then the greater likelihood: the CNIL's method brings severity
down first, and a severe risk stays to be dealt with however unlikely.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ropa.db.enums import (
    DpiaDecision,
    DpiaRecordStatus,
    DpiaResidualRisk,
    PriorConsultation,
    RiskLevel,
)


class DpiaState(StrEnum):
    UNANSWERED = "unanswered"  # no status: nothing may say the assessment is done
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REVIEW_DUE = "review_due"  # completed, its review date reached
    ABANDONED = "abandoned"


# Which of an activity's assessments speaks for it: a completed one first.
_RANK = {
    DpiaState.COMPLETED: 0,
    DpiaState.REVIEW_DUE: 1,
    DpiaState.IN_PROGRESS: 2,
    DpiaState.UNANSWERED: 3,
    DpiaState.ABANDONED: 4,
}

_LEVELS = tuple(RiskLevel)


def dpia_state(status: str | None, review_on: date | None, today: date) -> DpiaState:
    if status is None:
        return DpiaState.UNANSWERED
    if status == DpiaRecordStatus.IN_PROGRESS:
        return DpiaState.IN_PROGRESS
    if status == DpiaRecordStatus.ABANDONED:
        return DpiaState.ABANDONED
    if review_on is not None and review_on <= today:
        return DpiaState.REVIEW_DUE
    return DpiaState.COMPLETED


def is_completed(state: DpiaState) -> bool:
    """A completed assessment, whether or not its review is due: the activity has one."""
    return state in (DpiaState.COMPLETED, DpiaState.REVIEW_DUE)


def best_state(states: Iterable[DpiaState]) -> DpiaState | None:
    """The state that speaks for an activity covered by these assessments (None: none)."""
    return min(states, key=_RANK.__getitem__, default=None)


def level(value: str | None) -> RiskLevel | None:
    """A stored level (its code, or None when not answered) as a RiskLevel."""
    return None if value is None else RiskLevel(value)


def rank(value: RiskLevel) -> int:
    """0 for negligible up to 3 for maximum."""
    return _LEVELS.index(value)


@dataclass(frozen=True)
class RiskRating:
    """A risk's likelihood and severity (before or after its measures); None: not answered."""

    likelihood: RiskLevel | None
    severity: RiskLevel | None

    @classmethod
    def of(cls, likelihood: str | None, severity: str | None) -> RiskRating:
        return cls(level(likelihood), level(severity))

    @property
    def rated(self) -> bool:
        return self.likelihood is not None and self.severity is not None

    @property
    def high(self) -> bool:
        """Both values at "significant" or above."""
        floor = rank(RiskLevel.SIGNIFICANT)
        return (
            self.likelihood is not None
            and self.severity is not None
            and rank(self.likelihood) >= floor
            and rank(self.severity) >= floor
        )

    def order(self) -> tuple[int, int]:
        """Severity first, then likelihood (rated ratings only)."""
        assert self.likelihood is not None and self.severity is not None
        return rank(self.severity), rank(self.likelihood)


def highest(ratings: Iterable[RiskRating]) -> RiskRating | None:
    """The rating that ranks first among the rated ones (None: none is rated)."""
    rated = [rating for rating in ratings if rating.rated]
    return max(rated, key=RiskRating.order, default=None)


def consultation_needed(
    residual_risk: str | None,
    prior_consultation: str | None,
    residuals: Iterable[RiskRating],
    status: str | None = None,
    decision: str | None = None,
) -> bool:
    """Whether the supervisory authority must still be consulted before the processing
    (Art. 36(1)): the assessment concludes to a high residual risk, or one of its risks stays
    high after its measures, or the firm itself recorded the consultation as required; and it
    is not done. Not when the processing will not take place (the assessment abandoned, or the
    decision not to carry it out)."""
    if prior_consultation == PriorConsultation.DONE:
        return False
    if status == DpiaRecordStatus.ABANDONED or decision == DpiaDecision.DO_NOT_PROCEED:
        return False
    if prior_consultation == PriorConsultation.REQUIRED:
        return True
    return residual_risk == DpiaResidualRisk.HIGH or any(r.high for r in residuals)
