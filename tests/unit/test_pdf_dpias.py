"""The PDF register's impact assessments (annex I, Art. 35-36), read back with pdftotext and
pypdf: each assessment with the activities it covers, where it stands, its dates, the risk its
measures leave, the DPO's advice, the decision and the prior consultation, in the document's
language; what the register does not hold said as such, never a default claim; the activity's
page naming the assessment covering it; the texts the firm typed printed literally."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from ropa.core import services
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.pdf import build_pdf
from tests.unit.test_pdf_register import (
    body_text,
    outline_pages,
    squeeze,
    words_outside_the_frame,
)

DEMO_DPIA = "AIPD-2025-01 Vidéosurveillance des locaux"
FORMULA = "=cmd|' /C calc'!A0"
MARKUP = "<b>x</b>"


def _annex(data: bytes, title: str, end: str) -> str:
    """Annex I's text (from its heading to the approval block), whitespace removed."""
    text = squeeze(body_text(data))
    start = text.rindex(squeeze(title))
    return text[start : text.index(squeeze(end), start)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    db = create_register(tmp_path_factory.mktemp("dpias") / "demo.ropa", demo=True)
    try:
        yield db
    finally:
        db.close()


@pytest.mark.parametrize(
    ("lang", "title", "end", "expected"),
    [
        (
            "fr",
            "Annexe I \u2013 Analyses d\u2019impact relatives à la protection des données "
            "(art. 35)",
            "Approbation",
            [
                "Activités couvertesT-09 \u2013 Vidéosurveillance des locaux",
                "SituationTerminée le 20 février 2025",
                "Terminée le20 févr. 2025",
                "À revoir le20 févr. 2027",
                "Risque résiduelFaible",
                "Risque résiduel le plus élevéGravité limitée, vraisemblance limitée",
                "Avis du DPO rendu le14 févr. 2025",
                "DécisionLe mettre en œuvre avec les mesures prévues",
                "Décidée le\u00a0: 20 févr. 2025",
                "Consultation préalable (art. 36)Non requise",
            ],
        ),
        (
            "nl",
            "Bijlage I \u2013 Gegevensbeschermingseffectbeoordelingen (art. 35)",
            "Goedkeuring",
            [
                "Beoordeelde verwerkingsactiviteitenT-09 \u2013 Camerabewaking van de lokalen",
                "Stand van zakenAfgerond op 20 februari 2025",
                "Te herzien op20 feb 2027",
                "RestrisicoLaag",
                "Hoogste restrisicoErnst beperkt, waarschijnlijkheid beperkt",
                "BeslissingUitvoeren met de beoogde maatregelen",
                "Voorafgaande raadpleging (art. 36)Niet vereist",
            ],
        ),
        (
            "en",
            "Annex I \u2013 Data protection impact assessments (Art. 35)",
            "Approval",
            [
                "Where it standsCompleted on 20 February 2025",
                "Review on20 Feb 2027",
                "Highest residual riskSeverity limited, likelihood limited",
                "DecisionCarry it out with the measures planned",
                "Prior consultation (Art. 36)Not required",
            ],
        ),
    ],
)
def test_annex_i_in_each_language_with_the_demo_dpia(
    demo: Any, lang: str, title: str, end: str, expected: list[str]
) -> None:
    data = build_pdf(demo, lang=lang)
    annex = _annex(data, title, end)
    assert squeeze(DEMO_DPIA) in annex  # its name as the firm typed it (not translated)
    for line in expected:
        assert squeeze(line) in annex, line
    # In the contents and the bookmarks, after annex H.
    titles = [t for t, _page in outline_pages(data)]
    before = titles[titles.index(title) - 1]
    assert before.startswith(title.split(" \u2013 ")[0].replace(" I", " H \u2013")), before
    assert words_outside_the_frame(data) == []


def test_the_activity_page_names_the_assessment_covering_it(demo: Any) -> None:
    data = build_pdf(demo, lang="en")
    text = squeeze(body_text(data))
    line = squeeze(f"{DEMO_DPIA}: completed on 20 February 2025 (annex I)")
    assert text.count(line) == 1
    section = text[text.index(squeeze("T-09 \u2013 ")) :]
    assert squeeze("Impact assessments recorded") + line in section


# -- registers made for a test ----------------------------------------------------------------


def _register(tmp_path: Path, *dpias: tuple[dict[str, Any], list[dict[str, Any]]]) -> Any:
    db = create_register(tmp_path / "firm.ropa")
    with db.transaction() as s:
        org = services.create_organisation(
            s, {"legal_name": "Example Ltd", "country": "BE", "language": "en"}
        )
        activity = services.create(
            s, m.Activity, {"reference": "T-01", "name": "CCTV", "status": "active"}, org.id
        )
        for values, risks in dpias:
            dpia = services.create(s, m.Dpia, values, org.id)
            services.set_links(s, dpia, "activities", [activity.id])
            for position, risk in enumerate(risks):
                services.create(s, m.DpiaRisk, {"position": position, **risk}, dpia.id)
    return db


def _english_annex(db: Any) -> str:
    title = "Annex I \u2013 Data protection impact assessments (Art. 35)"
    return _annex(build_pdf(db), title, "Approval")


def test_without_assessments_the_annex_says_none(tmp_path: Path) -> None:
    db = _register(tmp_path)
    try:
        annex = _english_annex(db)
        assert annex.endswith(squeeze("None recorded."))
        assert squeeze("Impact assessments recorded") not in squeeze(body_text(build_pdf(db)))
    finally:
        db.close()


def test_what_is_not_recorded_is_never_a_default_claim(tmp_path: Path) -> None:
    """An assessment with nothing but its name: no state, no date, no risk, no decision, the
    consultation not answered: none of it printed as "not required", "low" or "done"."""
    db = _register(tmp_path, ({"name": "DPIA draft"}, []))
    try:
        annex = _english_annex(db)
        state = "Where it standsStatus not answered: nothing says the assessment is done"
        assert squeeze(state) in annex
        assert squeeze("Completed on\u2014Review on\u2014Residual risk\u2014") in annex
        assert squeeze("Highest residual riskNo risk recorded") in annex
        assert squeeze("Decision\u2014") in annex
        assert squeeze("Prior consultation (Art. 36)Not recorded") in annex
        assert squeeze("Not required") not in annex
    finally:
        db.close()


def test_a_high_residual_risk_says_the_authority_must_be_consulted(tmp_path: Path) -> None:
    high = {"likelihood_after": "significant", "severity_after": "maximum"}
    unrated = {"source": "Loss of footage", "severity_after": "limited"}
    consulted = {
        "name": "DPIA consulted",
        "status": "completed",
        "started_on": date(2025, 1, 6),
        "prior_consultation": "done",
        "consulted_on": date(2025, 6, 2),
    }
    started = date(2025, 5, 5)  # the latest started first
    db = _register(
        tmp_path,
        (
            {
                "name": "DPIA high",
                "status": "in_progress",
                "started_on": started,
                "prior_consultation": "not_required",
            },
            [high, unrated],
        ),
        (consulted, [high]),
    )
    try:
        annex = _english_annex(db)
        first = annex[annex.index(squeeze("DPIA high")) : annex.index(squeeze("DPIA consulted"))]
        assert (
            squeeze(
                "Highest residual riskSeverity maximum, likelihood significant: a high risk remains"
                "1 risk not rated once its measures are in place"
            )
            in first
        )
        assert (
            squeeze(
                "Not done: a high risk remains once the measures are in place, so the authority "
                "must be consulted before the processing starts (Art. 36(1))"
            )
            in first
        )
        second = annex[annex.index(squeeze("DPIA consulted")) :]
        assert squeeze("The authority was consulted on 2 Jun 2025") in second
    finally:
        db.close()


def test_typed_texts_print_literally(tmp_path: Path) -> None:
    db = _register(
        tmp_path,
        ({"name": FORMULA, "decision_by": MARKUP, "decision": "proceed"}, [{"source": MARKUP}]),
    )
    try:
        data = build_pdf(db)
        annex = _english_annex(db)
        assert squeeze(FORMULA) in annex
        assert squeeze(f"Decided by: {MARKUP}") in annex
        activity = squeeze(body_text(data))
        assert squeeze(f"{FORMULA}: status not answered") in activity
        raw = b"".join(page.extract_text().encode() for page in PdfReader(BytesIO(data)).pages)
        assert MARKUP.encode() in raw
    finally:
        db.close()
