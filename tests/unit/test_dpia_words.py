"""Impact assessments in words (core/dpia_words.py), as the DPIAs page and anything else that
speaks of them say it: where one stands with its day, a risk's severity and likelihood (never
one number), the three usual risks and the description drawn from the activities, in each
language, French typography kept."""

from __future__ import annotations

from datetime import date

import pytest

from ropa.core.dpia_words import (
    ActivityFacts,
    activities_description,
    dpia_words,
    rating_words,
    usual_risk_sources,
)
from ropa.core.dpias import DpiaState, RiskRating

NB = "\u00a0"


@pytest.mark.parametrize(
    ("lang", "state", "expected"),
    [
        ("en", DpiaState.COMPLETED, "completed on 20 February 2025"),
        ("fr", DpiaState.COMPLETED, "terminée le 20 février 2025"),
        ("nl", DpiaState.REVIEW_DUE, "afgerond, te herzien sinds 1 maart 2027"),
        ("fr", DpiaState.REVIEW_DUE, "terminée, à revoir depuis le 1er mars 2027"),
        ("en", DpiaState.IN_PROGRESS, "in progress since 20 January 2025"),
        ("en", DpiaState.ABANDONED, "abandoned"),
        (
            "fr",
            DpiaState.UNANSWERED,
            f"état non renseigné{NB}: rien n’indique que l’analyse est faite",
        ),
    ],
)
def test_where_an_assessment_stands_with_its_day(
    lang: str, state: DpiaState, expected: str
) -> None:
    words = dpia_words(lang, state, date(2025, 1, 20), date(2025, 2, 20), date(2027, 3, 1))
    assert words == expected


def test_a_day_not_recorded_is_not_invented() -> None:
    assert dpia_words("en", DpiaState.COMPLETED) == (
        "completed (the day it was completed is not recorded)"
    )
    assert dpia_words("nl", DpiaState.IN_PROGRESS) == "lopend"


def test_a_rating_says_severity_then_likelihood_in_words() -> None:
    rating = RiskRating.of("limited", "significant")
    assert rating_words("en", rating) == "severity significant, likelihood limited"
    assert rating_words("fr", rating) == "gravité importante, vraisemblance limitée"
    assert rating_words("nl", rating) == "ernst aanzienlijk, waarschijnlijkheid beperkt"
    half = RiskRating.of(None, "maximum")
    assert rating_words("fr", half) == "gravité maximale, vraisemblance non renseignée"


def test_the_three_usual_risks_in_each_language() -> None:
    assert usual_risk_sources("en") == [
        "Illegitimate access to data",
        "Unwanted modification of data",
        "Disappearance of data",
    ]
    assert usual_risk_sources("fr")[1] == "Modification non désirée de données"
    assert usual_risk_sources("nl")[2] == "Verdwijning van gegevens"


def test_the_description_drawn_from_the_activities_says_what_is_missing() -> None:
    facts = [
        ActivityFacts(
            "T-09",
            "Vidéosurveillance",
            purposes=("Prévenir les vols",),
            data_subjects=("Personnel", "Visiteurs"),
            retention=(f"Base active{NB}: 1{NB}mois",),
        ),
        ActivityFacts("T-10", "Badges"),
    ]
    text = activities_description("fr", facts)
    blocks = text.split("\n\n")
    assert blocks[0].splitlines() == [
        "T-09 \u2013 Vidéosurveillance",
        f"Finalités{NB}:",
        "- Prévenir les vols",
        f"Catégories de données{NB}: à compléter",
        f"Personnes concernées{NB}:",
        "- Personnel",
        "- Visiteurs",
        f"Destinataires{NB}: à compléter",
        f"Durées de conservation{NB}:",
        f"- Base active{NB}: 1{NB}mois",
    ]
    assert blocks[1].startswith(f"T-10 \u2013 Badges\nFinalités{NB}: à compléter\n")
    english = activities_description("en", facts[1:])
    assert "\nRecipients: to complete\n" in english
