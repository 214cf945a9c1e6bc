"""Impact assessments (DPIAs) in words, in a language: where one stands ("completed on 20
February 2025", "completed, review due since 20 February 2027"), a risk's rating ("severity
significant, likelihood limited": the CNIL's two scales, never one number), the three risks
the CNIL's method starts from, and the systematic description of the processing drawn from the
activities an assessment covers (Art. 35(7)(a)), as plain text the user then edits.

The same words on the page, and for whatever else says where an assessment stands (messages
"dpia.*" of resources/text/messages.*.json)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ropa.core.dpias import DpiaState, RiskRating
from ropa.core.i18n import colon, label, tr, value_label
from ropa.db.enums import RiskLevel


def dpia_words(
    lang: str,
    state: DpiaState,
    started_on: date | None = None,
    completed_on: date | None = None,
    review_on: date | None = None,
) -> str:
    """Where an assessment stands, said in `lang` with the day that says why: "in progress
    since 20 January 2025", "completed on 20 February 2025", "completed, review due since 20
    February 2027", "abandoned", "status not answered: nothing says the assessment is done"."""
    from ropa.core.deadlines import day_text

    if state is DpiaState.IN_PROGRESS and started_on is not None:
        return tr(lang, "dpia.state.in_progress_started", date=day_text(lang, started_on))
    if state is DpiaState.COMPLETED and completed_on is not None:
        return tr(lang, "dpia.state.completed_on", date=day_text(lang, completed_on))
    if state is DpiaState.REVIEW_DUE and review_on is not None:
        return tr(lang, "dpia.state.review_due", date=day_text(lang, review_on))
    return tr(lang, f"dpia.state.{state.value}")


def level_words(lang: str, level: RiskLevel | None) -> str:
    """One step of the CNIL's scale as it reads inside a sentence ("significant", "limitée"),
    or "not answered"."""
    if level is None:
        return tr(lang, "dpia.level.unanswered")
    text = value_label(lang, "risk_level", level.value)
    return text[:1].lower() + text[1:]


def rating_words(lang: str, rating: RiskRating) -> str:
    """A risk's severity and likelihood, severity first (the CNIL's method lowers it first):
    "severity significant, likelihood limited"."""
    return tr(
        lang,
        "dpia.rating",
        severity=level_words(lang, rating.severity),
        likelihood=level_words(lang, rating.likelihood),
    )


USUAL_RISKS = ("illegitimate_access", "unwanted_modification", "disappearance")
"""The three feared events the CNIL's PIA method assesses for any processing."""


def usual_risk_sources(lang: str) -> list[str]:
    """The three usual risks in `lang`: illegitimate access to data, unwanted modification of
    data, disappearance of data."""
    texts = {
        "illegitimate_access": tr(lang, "dpia.usual_risk.illegitimate_access"),
        "unwanted_modification": tr(lang, "dpia.usual_risk.unwanted_modification"),
        "disappearance": tr(lang, "dpia.usual_risk.disappearance"),
    }
    return [texts[key] for key in USUAL_RISKS]


@dataclass(frozen=True)
class ActivityFacts:
    """What the systematic description takes from one activity, its texts already in the
    language of the description (an empty tuple: the register records none)."""

    reference: str
    name: str
    purposes: tuple[str, ...] = ()
    data_categories: tuple[str, ...] = ()
    data_subjects: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    retention: tuple[str, ...] = ()


def activities_description(lang: str, activities: Sequence[ActivityFacts]) -> str:
    """The processing described from the activities covered, in `lang`, one block per
    activity: its reference and name, then its purposes, data categories, data subjects,
    recipients and retention periods, one per line ("to complete" where it records none)."""
    blocks = []
    for facts in activities:
        lines = [f"{facts.reference} \u2013 {facts.name}"]
        for field, values in (
            ("purposes", facts.purposes),
            ("data_categories", facts.data_categories),
            ("data_subjects", facts.data_subjects),
            ("recipients", facts.recipients),
            ("retention_phases", facts.retention),
        ):
            title = label(lang, "activity", field) + colon(lang).rstrip()
            if not values:
                lines.append(f"{title} {tr(lang, 'dpia.fill.to_complete')}")
                continue
            lines.append(title)
            lines.extend(f"- {value}" for value in values)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
