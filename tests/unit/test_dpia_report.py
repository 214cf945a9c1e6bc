"""The report of an impact assessment (DPIA), read back as a person would read it (pdftotext,
python-docx): every part of Art. 35(7) in order with what the register records, the risks'
severity and likelihood in words (never one number), a visible "To complete" line for each
empty field and no claim the record does not make, the prior consultation as core/dpias.py
judges it, French typography, and the user's text printed literally."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from pypdf import PdfReader

from ropa.core import services
from ropa.core.attachments import AttachEdit
from ropa.core.errors import NotFoundError
from ropa.core.handle import Register
from ropa.core.i18n import tr
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.dpia import build_dpia_report, missing_items
from tests.unit.test_french_typography import typography_faults

TODAY = date(2026, 12, 7)
LANGS = ("fr", "nl", "en")
FORMATS = ("pdf", "docx")
TODO = {"fr": "À compléter\u00a0: ", "nl": "Aan te vullen: ", "en": "To complete: "}
HOSTILE = "<b>x</b> & =1+1"

FULL_DPIA: dict[str, Any] = {
    "name": "AIPD vidéosurveillance",
    "status": "completed",
    "started_on": date(2025, 1, 20),
    "completed_on": date(2025, 2, 20),
    "review_on": date(2027, 2, 20),
    "description": "Trois caméras filment l’entrée et le parking.",
    "necessity": "Les vols de matériel justifient la surveillance des accès.",
    "measures": "Enregistreur dans une salle fermée à clé.",
    "residual_risk": "low",
    "dpo_advice": "Avis favorable sous réserve du registre des consultations.",
    "dpo_advice_on": date(2025, 2, 14),
    "people_views": "Personnel consulté en réunion d’équipe.",
    "decision": "proceed_with_measures",
    "decision_by": "Élise Verhaegen, administratrice",
    "decision_on": date(2025, 2, 20),
    "prior_consultation": "not_required",
}
RISKS: list[dict[str, Any]] = [
    {
        "source": "Cambrioleur qui emporte l’enregistreur",
        "impact": "Images du personnel diffusées",
        "likelihood": "significant",
        "severity": "significant",
        "measures": "Salle serveurs fermée",
        "likelihood_after": "limited",
        "severity_after": "limited",
    },
    {
        "source": "Panne de disque",
        "impact": "Preuve d’un incident perdue",
        "likelihood": "limited",
        "severity": "maximum",
        "measures": "Onduleur et alertes",
        "likelihood_after": "negligible",
        "severity_after": "significant",
    },
]


def make_register(
    tmp_path: Path,
    dpia: dict[str, Any],
    risks: list[dict[str, Any]] | None = None,
    *,
    linked: bool = True,
    dpo_designated: bool | None = True,
) -> tuple[Register, str]:
    """A French-speaking Belgian firm writing in fr, nl and en, with one assessment."""
    db = create_register(tmp_path / "register.ropa")
    org_values: dict[str, Any] = {
        "legal_name": "Clairbois",
        "legal_form": "SRL",
        "legal_form_nl": "BV",
        "country": "BE",
        "language": "fr",
        "other_languages": ["nl", "en"],
        "dpo_designated": dpo_designated,
    }
    with db.transaction() as s:
        org = services.create_organisation(s, org_values)
        created = services.create(s, m.Dpia, dict(dpia), org.id)
        for position, risk in enumerate(risks or []):
            services.create(s, m.DpiaRisk, dict(risk) | {"position": position}, created.id)
        if linked:
            activity = services.create(
                s,
                m.Activity,
                {"reference": "T-09", "name": "Vidéosurveillance", "name_nl": "Camerabewaking"},
                org.id,
            )
            services.set_links(s, created, "activities", [activity.id])
        dpia_id = created.id
    return db, dpia_id


@pytest.fixture
def full(tmp_path: Path) -> Iterator[tuple[Register, str]]:
    db, dpia_id = make_register(tmp_path, FULL_DPIA, RISKS)
    yield db, dpia_id
    db.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[tuple[Register, str]]:
    db, dpia_id = make_register(
        tmp_path, {"name": "Nouvelle AIPD"}, linked=False, dpo_designated=None
    )
    yield db, dpia_id
    db.close()


def build(db: Register, dpia_id: str, lang: str, fmt: str) -> bytes:
    return build_dpia_report(db, dpia_id, lang, fmt, today=TODAY)


def missing(db: Register, dpia_id: str, lang: str) -> list[str]:
    return missing_items(db, dpia_id, lang, today=TODAY)


def pdf_text(data: bytes) -> str:
    """The PDF's text as pdftotext reads it (pypdf when poppler is absent)."""
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
        )
        return done.stdout.decode("utf-8")
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def docx_paragraphs(data: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(data)).paragraphs]


def docx_cells(data: bytes) -> list[list[str]]:
    """The rows of the report's table (the risks' ratings)."""
    [table] = Document(io.BytesIO(data)).tables
    return [[cell.text for cell in row.cells] for row in table.rows]


def docx_text(data: bytes) -> str:
    """The paragraphs and the table's cells in the order Word shows them."""
    document = Document(io.BytesIO(data))
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            lines.append(DocxParagraph(element, document).text)
        elif element.tag == qn("w:tbl"):
            table = DocxTable(element, document)
            lines.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(lines)


def read(data: bytes, fmt: str) -> str:
    """The document's text with runs of spaces (and line breaks) as one space: a sentence
    the PDF wraps over two lines reads as one."""
    raw = pdf_text(data) if fmt == "pdf" else docx_text(data)
    return re.sub(r"[\s\u00a0\u202f]+", " ", raw.replace("\u00ad", ""))


def flat(text: str) -> str:
    """A text as read() gives it: one space for each run of spaces, no soft hyphen."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text.replace("\u00ad", ""))


def in_order(text: str, parts: list[str]) -> bool:
    where = [text.find(flat(part)) for part in parts]
    return -1 not in where and where == sorted(where)


# -- a complete assessment -------------------------------------------------------------------

ACTIVITY = {"fr": "T-09 – Vidéosurveillance", "nl": "T-09 – Camerabewaking"}
ACTIVITY["en"] = "T-09 – [FR] Vidéosurveillance"
RATINGS = {
    "fr": [
        "Gravité importante, vraisemblance importante",
        "Gravité limitée, vraisemblance limitée",
    ],
    "nl": [
        "Ernst aanzienlijk, waarschijnlijkheid aanzienlijk",
        "Ernst beperkt, waarschijnlijkheid beperkt",
    ],
    "en": ["Severity significant, likelihood significant", "Severity limited, likelihood limited"],
}
STATE = {
    "fr": "Terminée le 20 février 2025",
    "nl": "Afgerond op 20 februari 2025",
    "en": "Completed on 20 February 2025",
}
DAYS = {
    "fr": ["20 janvier 2025", "14 février 2025", "20 février 2027"],
    "nl": ["20 januari 2025", "14 februari 2025", "20 februari 2027"],
    "en": ["20 January 2025", "14 February 2025", "20 February 2027"],
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_report_holds_every_part_in_the_order_of_article_35(
    full: tuple[Register, str], lang: str, fmt: str
) -> None:
    db, dpia_id = full
    text = read(build(db, dpia_id, lang, fmt), fmt)
    # The title, the organisation, the assessment and where it stands.
    assert flat(tr(lang, "dpia_doc.title")) in text
    assert ("Clairbois BV" if lang == "nl" else "Clairbois SRL") in text
    assert FULL_DPIA["name"] in text
    assert STATE[lang] in text
    assert ACTIVITY[lang] in text
    for day in DAYS[lang]:
        assert day in text, (lang, fmt, day)
    # Each part in the order of Art. 35(7), then the DPO, the people, the decision, Art. 36
    # and the review.
    titles = [
        "assessment.title",
        "description.title",
        "necessity.title",
        "risks.title",
        "measures.title",
        "residual.title",
        "dpo.title",
        "views.title",
        "decision.title",
        "consultation.title",
        "review.title",
    ]
    assert in_order(text, [tr(lang, f"dpia_doc.{key}") for key in titles]), lang
    # The record's own texts as typed, in the part they answer.
    assert in_order(
        text,
        [
            FULL_DPIA["description"],
            FULL_DPIA["necessity"],
            RISKS[0]["source"],
            RISKS[0]["impact"],
            RISKS[0]["measures"],
            RISKS[1]["impact"],
            FULL_DPIA["measures"],
            FULL_DPIA["dpo_advice"],
            FULL_DPIA["people_views"],
            FULL_DPIA["decision_by"],
        ],
    )
    for rating in RATINGS[lang]:
        assert flat(rating) in text, (lang, fmt, rating)
    for key in (
        "enum.dpia_residual_risk.low",
        "enum.dpia_decision.proceed_with_measures",
        "enum.prior_consultation.not_required",
    ):
        assert flat(tr(lang, key)) in text, key
    assert missing(db, dpia_id, lang) == []
    assert flat(tr(lang, "dpia_doc.box.complete")) in text
    assert TODO[lang].strip() not in text.replace(f"“{TODO[lang].rstrip(': ')}”", "")
    assert "dpia_doc." not in text and "enum." not in text  # no key printed
    # Nothing says the authority must be consulted: the register says the risk is low.
    assert flat(tr(lang, "dpia_doc.consultation.needed_high")) not in text
    assert flat(tr(lang, "dpia_doc.box.consult").split("(")[0]) not in text


def test_the_risks_are_rated_in_words_never_as_one_number(full: tuple[Register, str]) -> None:
    db, dpia_id = full
    rows = docx_cells(build(db, dpia_id, "en", "docx"))
    assert rows == [
        ["Risk", "Before the measures", "After the measures"],
        [
            "1. Cambrioleur qui emporte l’enregistreur",
            "Severity significant, likelihood significant",
            "Severity limited, likelihood limited",
        ],
        [
            "2. Panne de disque",
            "Severity maximum, likelihood limited",
            "Severity significant, likelihood negligible",
        ],
    ]
    text = read(build(db, dpia_id, "en", "pdf"), "pdf")
    # The highest risk the measures leave: severity first (CNIL), its two values kept apart.
    assert "Highest risk left by the measures: Severity significant, likelihood negligible" in text
    body = re.sub(r"Page \d+ / \d+", "", text)
    assert not re.search(r"\b\d+ ?(/|x|×|\*) ?\d+\b|score", body, re.I)


# -- an empty assessment ---------------------------------------------------------------------

EMPTY_EN = [
    "the status of the assessment (in progress, completed or abandoned)",
    "the date the assessment started",
    "the processing activities the assessment covers",
    "the systematic description of the processing and its purposes, including the legitimate"
    " interest pursued where it applies (Art. 35(7)(a) GDPR)",
    "the assessment of the necessity and proportionality of the processing in relation to its"
    " purposes (Art. 35(7)(b) GDPR)",
    "the risks to the rights and freedoms of the people concerned, with their severity and"
    " likelihood (Art. 35(7)(c) GDPR)",
    "the measures envisaged to address the risks, including safeguards and security measures"
    " (Art. 35(7)(d) GDPR)",
    "the residual risk the assessment concludes to (low, medium or high)",
    "the advice of the data protection officer (Art. 35(2) GDPR)",
    "the date of the data protection officer’s advice",
    "the views of the people concerned or their representatives, or why they were not sought"
    " (Art. 35(9) GDPR)",
    "the decision taken at the end of the assessment",
    "who took the decision",
    "the date of the decision",
    "whether the supervisory authority must be consulted before the processing (Art. 36 GDPR)",
    "the date of the next review of the assessment",
]

# What an empty record does not say, so the report must not.
CLAIMS = [
    "enum.dpia_record_status.completed",
    "enum.dpia_record_status.in_progress",
    "enum.dpia_residual_risk.low",
    "enum.dpia_residual_risk.medium",
    "enum.dpia_residual_risk.high",
    "enum.dpia_decision.proceed",
    "enum.dpia_decision.do_not_proceed",
    "enum.prior_consultation.not_required",
    "enum.prior_consultation.done",
    "dpia_doc.consultation.needed_high",
    "dpia_doc.consultation.needed_recorded",
    "dpia_doc.dpo.none",
    "dpia_doc.risks.high_after",
    "dpia_doc.residual.highest",
    "dpia_doc.box.complete",
]


def test_an_empty_assessment_lists_each_item_to_complete(empty: tuple[Register, str]) -> None:
    db, dpia_id = empty
    assert missing(db, dpia_id, "en") == EMPTY_EN


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_empty_field_is_a_visible_line_to_complete_and_nothing_is_claimed(
    empty: tuple[Register, str], lang: str, fmt: str
) -> None:
    db, dpia_id = empty
    items = missing(db, dpia_id, lang)
    text = read(build(db, dpia_id, lang, fmt), fmt)
    assert in_order(text, [TODO[lang] + what for what in items]), (lang, fmt)
    assert text.count(flat(TODO[lang])) == len(items)
    assert flat(tr(lang, "dpia_doc.box.count", count=len(items))) in text
    for key in CLAIMS:
        claim = tr(lang, key).split("{")[0].split("(")[0].strip()
        assert flat(claim) not in text, (lang, fmt, key, claim)
    # Statements of law are there, as law.
    assert flat(tr(lang, "dpia_doc.consultation.law")) in text
    assert "dpia_doc." not in text


def test_the_lines_to_complete_are_highlighted_in_word(empty: tuple[Register, str]) -> None:
    db, dpia_id = empty
    document = Document(io.BytesIO(build(db, dpia_id, "fr", "docx")))
    todo = [run for p in document.paragraphs for run in p.runs if run.text.startswith(TODO["fr"])]
    assert len(todo) == len(missing(db, dpia_id, "fr"))
    assert all(run.font.highlight_color == WD_COLOR_INDEX.YELLOW for run in todo)


def test_a_risk_half_rated_is_said_as_recorded_and_asked_for(tmp_path: Path) -> None:
    risk = {"source": "Accès", "likelihood": "significant"}
    db, dpia_id = make_register(tmp_path, FULL_DPIA, [risk])
    try:
        text = read(build(db, dpia_id, "en", "pdf"), "pdf")
        assert "Before the measures: Severity not answered, likelihood significant" in text
        assert missing(db, dpia_id, "en") == [
            "the impact on the people of risk 1",
            "the severity and likelihood of risk 1 before its measures",
            "the measures against risk 1",
            "the severity and likelihood of risk 1 once its measures are in place",
        ]
    finally:
        db.close()


# -- Art. 35(2), 36 and 35(11) ---------------------------------------------------------------


def test_without_a_dpo_the_report_says_so_instead_of_asking_for_the_advice(
    tmp_path: Path,
) -> None:
    dpia = FULL_DPIA | {"dpo_advice": None, "dpo_advice_on": None}
    db, dpia_id = make_register(tmp_path, dpia, RISKS, dpo_designated=False)
    try:
        text = read(build(db, dpia_id, "fr", "docx"), "docx")
        assert flat(tr("fr", "dpia_doc.dpo.none")) in text
        assert missing(db, dpia_id, "fr") == []
    finally:
        db.close()


def test_a_high_residual_risk_calls_for_the_authority(tmp_path: Path) -> None:
    risks = [RISKS[0] | {"likelihood_after": "significant", "severity_after": "maximum"}]
    dpia = FULL_DPIA | {"residual_risk": "high", "prior_consultation": None}
    db, dpia_id = make_register(tmp_path, dpia, risks)
    try:
        text = read(build(db, dpia_id, "fr", "pdf"), "pdf")
        assert flat(tr("fr", "dpia_doc.consultation.needed_high")) in text
        assert flat(tr("fr", "dpia_doc.box.consult")) in text  # in the box, first
        assert text.index(flat(tr("fr", "dpia_doc.box.consult"))) < text.index(
            flat(tr("fr", "dpia_doc.description.title"))
        )
        assert flat(tr("fr", "dpia_doc.risks.high_after")) in text
        assert "Autorité de contrôle : Autorité de protection des données (APD)" in text
        assert flat(TODO["fr"] + tr("fr", "dpia_doc.what.prior_consultation")) in text
    finally:
        db.close()


def test_a_consultation_done_without_reply_gives_the_authority_s_time_limit(
    tmp_path: Path,
) -> None:
    dpia = FULL_DPIA | {
        "residual_risk": "high",
        "prior_consultation": "done",
        "consulted_on": date(2026, 11, 2),
    }
    db, dpia_id = make_register(tmp_path, dpia, RISKS)
    try:
        text = read(build(db, dpia_id, "en", "docx"), "docx")
        assert "Date of the consultation: 2 November 2026" in text
        assert tr("en", "dpia_doc.consultation.delay_law") in text
        assert tr("en", "dpia_doc.consultation.needed_high") not in text  # done
        assert missing(db, dpia_id, "en") == [
            "the supervisory authority’s reply, or that it has not answered yet"
        ]
    finally:
        db.close()


def test_a_consultation_recorded_as_required_is_said_to_be_still_due(tmp_path: Path) -> None:
    dpia = FULL_DPIA | {"prior_consultation": "required"}
    db, dpia_id = make_register(tmp_path, dpia, RISKS)
    try:
        text = read(build(db, dpia_id, "nl", "pdf"), "pdf")
        assert flat(tr("nl", "dpia_doc.consultation.needed_recorded")) in text
        assert "Gegevensbeschermingsautoriteit (GBA)" in text
    finally:
        db.close()


def test_a_review_date_passed_is_said_to_be_due(tmp_path: Path) -> None:
    dpia = FULL_DPIA | {"review_on": date(2026, 11, 30)}
    db, dpia_id = make_register(tmp_path, dpia, RISKS)
    try:
        text = read(build(db, dpia_id, "en", "pdf"), "pdf")
        assert "Next review: 30 November 2026" in text
        assert tr("en", "dpia_doc.review.passed") in text
        assert "Where it stands: Completed, review due since 30 November 2026" in text
    finally:
        db.close()


# -- languages and the user's text -----------------------------------------------------------


def test_a_report_in_another_language_says_the_assessment_is_untranslated(
    full: tuple[Register, str],
) -> None:
    db, dpia_id = full
    dutch = read(build(db, dpia_id, "nl", "pdf"), "pdf")
    assert flat(tr("nl", "dpia_doc.box.language", language="Frans")) in dutch
    assert "Gegevensbeschermingseffectbeoordeling (GEB)" in dutch
    assert FULL_DPIA["description"] in dutch  # printed as typed, never translated
    french = read(build(db, dpia_id, "fr", "pdf"), "pdf")
    assert "sans traduction" not in french


def test_the_french_report_follows_french_typography(empty: tuple[Register, str]) -> None:
    db, dpia_id = empty
    paragraphs = docx_paragraphs(build(db, dpia_id, "fr", "docx"))
    faults = [f for p in paragraphs for f in typography_faults(p)]
    assert not faults, faults


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_and_very_long_texts_print_literally(tmp_path: Path, fmt: str) -> None:
    long_text = " ".join(f"mot{n}" for n in range(1700))  # about 10,000 characters
    dpia = FULL_DPIA | {
        "name": f"AIPD {HOSTILE}",
        "description": f"{HOSTILE}\n{long_text}",
        "decision_by": '=HYPERLINK("http://x")\u0007 <i>',
    }
    risks = [RISKS[0] | {"source": f"{HOSTILE} " + "très long " * 30}]
    db, dpia_id = make_register(tmp_path, dpia, risks)
    try:
        data = build(db, dpia_id, "fr", fmt)
        text = read(data, fmt)
        assert f"AIPD {HOSTILE}" in text
        assert text.count(HOSTILE) >= 4  # name, description, the risk in the table and in full
        assert "mot1699" in text
        assert '=HYPERLINK("http://x") <i>' in text
        if fmt == "pdf":
            assert len(PdfReader(io.BytesIO(data)).pages) >= 3
    finally:
        db.close()


def test_an_unknown_assessment_is_a_message_not_a_crash(full: tuple[Register, str]) -> None:
    db, _ = full
    with pytest.raises(NotFoundError) as raised:
        build(db, "no-such-id", "fr", "pdf")
    assert "no-such-id" in raised.value.message("fr")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_documents_kept_with_the_assessment_are_named_not_claimed(
    full: tuple[Register, str], fmt: str
) -> None:
    """A document attached to the assessment is listed by name and what it is; without any,
    the report has no such section (nothing to complete: documents are optional)."""
    db, dpia_id = full
    assert "Documents kept" not in flat(read(build(db, dpia_id, "en", fmt), fmt))
    asked = missing(db, dpia_id, "en")
    attach = AttachEdit("dpia", dpia_id, "DPO advice <signed>.pdf", b"%PDF-1.4", "=signed")
    attach.first(db)
    text = flat(read(build(db, dpia_id, "fr", fmt), fmt))
    assert "Documents conservés avec l’analyse" in text
    assert "DPO advice <signed>.pdf (=signed)" in text
    assert missing(db, dpia_id, "en") == asked  # documents are never asked for
