"""Impact assessments (DPIAs) in words, as the DPIAs page shows them: where one stands in a word
or two for the list ("Completed", "Review due"...: ropa.core.dpias.dpia_state) and in the
core's sentence for the form ("Completed on 20 February 2025": ropa.core.dpia_words), a risk's
rating ("Severity significant, likelihood limited"), the prior consultation column, and the
tone each is shown in (review due, a high risk, the authority to consult: the warning
colour)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ropa.core.dpia_words import dpia_words, rating_words
from ropa.core.dpias import DpiaState, RiskRating
from ropa.core.i18n import value_label
from ropa.ui.models.deadline_texts import Tone, sentence

STATE_ORDER = {
    state: n
    for n, state in enumerate(
        (
            DpiaState.REVIEW_DUE,
            DpiaState.IN_PROGRESS,
            DpiaState.UNANSWERED,
            DpiaState.COMPLETED,
            DpiaState.ABANDONED,
        )
    )
}
"""How the states sort: what needs doing first."""


def state_text(state: DpiaState) -> str:
    """An assessment's state in one or two words, in the interface language."""
    texts = {
        DpiaState.UNANSWERED: QCoreApplication.translate("DpiaTexts", "Status not answered"),
        DpiaState.IN_PROGRESS: QCoreApplication.translate("DpiaTexts", "In progress"),
        DpiaState.COMPLETED: QCoreApplication.translate("DpiaTexts", "Completed"),
        DpiaState.REVIEW_DUE: QCoreApplication.translate("DpiaTexts", "Review due"),
        DpiaState.ABANDONED: QCoreApplication.translate("DpiaTexts", "Abandoned"),
    }
    return texts[state]


def state_tone(state: DpiaState) -> Tone:
    """Review due: a warning (Art. 35(11)); anything else: plain."""
    return Tone.WARNING if state == DpiaState.REVIEW_DUE else Tone.PLAIN


def state_sentence(
    lang: str,
    state: DpiaState,
    started_on: date | None,
    completed_on: date | None,
    review_on: date | None,
) -> str:
    """Where an assessment stands, with the day that says why, in the core's words:
    "Completed on 20 February 2025", "Completed, review due since 20 February 2027"..."""
    return sentence(dpia_words(lang, state, started_on, completed_on, review_on))


def rating_text(lang: str, rating: RiskRating | None) -> str:
    """A risk's rating as a sentence ("Severity significant, likelihood limited"); "" when
    neither value is answered."""
    if rating is None or (rating.likelihood is None and rating.severity is None):
        return ""
    return sentence(rating_words(lang, rating))


def rating_tone(rating: RiskRating | None) -> Tone:
    """A high risk (both values at "significant" or above): a warning."""
    return Tone.WARNING if rating is not None and rating.high else Tone.PLAIN


def consultation_text(lang: str, needed: bool, prior_consultation: str | None) -> str:
    """The list's prior consultation column: "To consult" while the authority must still be
    consulted (core.dpias.consultation_needed), else the answer recorded ("" when none)."""
    if needed:
        return QCoreApplication.translate("DpiaTexts", "To consult")
    if prior_consultation is None:
        return ""
    return value_label(lang, "prior_consultation", prior_consultation)


def consultation_warning() -> str:
    """What the form says under the prior consultation while it is needed."""
    return QCoreApplication.translate(
        "DpiaTexts",
        "The risk stays high after the measures: the supervisory authority must be consulted "
        "before the processing starts (Art. 36(1)).",
    )
