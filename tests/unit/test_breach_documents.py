"""The drafts of a breach's notification to the authority and of its letter to the people,
read back as a person would read them (pdftotext, python-docx): every recorded fact is there,
every empty field is a visible "To complete" line, nothing is claimed that the record does
not say, the user's text prints literally, and each draft says it is one, with its date."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from pypdf import PdfReader

from ropa.core import services
from ropa.core.errors import NotFoundError
from ropa.core.handle import Register
from ropa.core.i18n import tr
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.breach import build_breach_document, missing_items
from tests.unit.test_french_typography import typography_faults

TODAY = date(2026, 12, 7)
NOW = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)
LANGS = ("fr", "nl", "en")
KINDS = ("authority", "people")
FORMATS = ("pdf", "docx")
TODO = {"fr": "À compléter\u00a0: ", "nl": "Aan te vullen: ", "en": "To complete: "}
HOSTILE = "<b>x</b> & =1+1"

FULL_BREACH: dict[str, Any] = {
    "name": "Hameçonnage comptabilité",
    "discovered_at": datetime(2026, 12, 5, 8, 30, tzinfo=UTC),  # 09:30 in Brussels
    "occurred_on": date(2026, 12, 4),
    "how_discovered": "Alerte du fournisseur de messagerie",
    "description": "Un courriel d’hameçonnage a permis l’accès à la boîte de la comptabilité.",
    "natures": ["confidentiality", "availability"],
    "people_count": 1250,
    "records_count": 4800,
    "consequences": "Risque d’hameçonnage ciblé des clients.",
    "risk": "high_risk",
    "risk_reasoning": "Coordonnées bancaires exposées.",
    "measures_taken": "Mot de passe changé, sessions fermées.",
    "measures_proposed": "Méfiez-vous des courriels demandant un paiement.",
    "authority_notified_at": datetime(2026, 12, 6, 10, 0, tzinfo=UTC),
    "authority_reference": "DBN-2026-0042",
    "people_informed_on": date(2026, 12, 7),
    "people_informed_how": "Par courriel individuel",
    "clients_informed_at": datetime(2026, 12, 5, 12, 0, tzinfo=UTC),
}


@pytest.fixture(autouse=True)
def brussels(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Moments are printed in the computer's time zone: Brussels here."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def make_register(
    tmp_path: Path, breach: dict[str, Any], *, linked: bool = True, full_org: bool = True
) -> tuple[Register, str]:
    """A French-speaking Belgian firm writing in fr, nl and en, with one breach."""
    db = create_register(tmp_path / "register.ropa")
    org_values: dict[str, Any] = {
        "legal_name": "Clairbois",
        "legal_form": "SRL",
        "legal_form_nl": "BV",
        "country": "BE",
        "language": "fr",
        "other_languages": ["nl", "en"],
    }
    if full_org:
        org_values |= {
            "enterprise_number": "0403.170.701",
            "street": "Rue Haute 12",
            "postcode": "1000",
            "city": "Bruxelles",
            "email": "info@clairbois.be",
            "phone": "+32 2 000 14 20",
            "dpo_designated": True,
            "dpo_name": "Sophie Leclercq",
            "dpo_email": "dpo@clairbois.be",
            "dpo_phone": "+32 2 000 14 21",
            "legal_representative": "Anne Martin, gérante",
        }
    with db.transaction() as s:
        org = services.create_organisation(s, org_values)
        created = services.create(s, m.Breach, dict(breach), org.id)
        if linked:
            activity = services.create(
                s,
                m.Activity,
                {"reference": "T-03", "name": "Facturation", "name_nl": "Facturatie"},
                org.id,
            )
            identity = services.create(
                s,
                m.DataCategory,
                {
                    "name": "Identité des clients",
                    "name_nl": "Identiteit van klanten",
                    "name_en": "Customer identity",
                },
                org.id,
            )
            health = services.create(
                s, m.DataCategory, {"name": "Certificats médicaux", "is_special": True}, org.id
            )
            clients = services.create(
                s,
                m.DataSubjectCategory,
                {
                    "name": "Clients de la boutique",
                    "name_nl": "Klanten van de webwinkel",
                    "name_en": "Shop customers",
                },
                org.id,
            )
            party = services.create(
                s, m.Party, {"name": "Client SA", "kind": "client_controller"}, org.id
            )
            services.set_links(s, created, "activities", [activity.id])
            services.set_links(s, created, "data_categories", [identity.id, health.id])
            services.set_links(s, created, "data_subjects", [clients.id])
            services.set_links(s, created, "clients", [party.id])
        breach_id = created.id
    return db, breach_id


@pytest.fixture
def full(tmp_path: Path) -> Iterator[tuple[Register, str]]:
    db, breach_id = make_register(tmp_path, FULL_BREACH)
    yield db, breach_id
    db.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[tuple[Register, str]]:
    db, breach_id = make_register(tmp_path, {"name": "Incident"}, linked=False, full_org=False)
    yield db, breach_id
    db.close()


def build(db: Register, breach_id: str, kind: str, lang: str, fmt: str) -> bytes:
    return build_breach_document(db, breach_id, kind, lang, fmt, today=TODAY, now=NOW)


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


def read(data: bytes, fmt: str) -> str:
    """The document's text with runs of spaces (and line breaks) as one space: a sentence
    the PDF wraps over two lines reads as one."""
    raw = pdf_text(data) if fmt == "pdf" else "\n".join(docx_paragraphs(data))
    return re.sub(r"[\s\u00a0\u202f]+", " ", raw.replace("\u00ad", ""))


def flat(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


# -- a complete record -----------------------------------------------------------------------

NUMBERS = {"fr": ("1 250", "4 800"), "nl": ("1.250", "4.800"), "en": ("1,250", "4,800")}
ACTIVITY = {"fr": "T-03 – Facturation", "nl": "T-03 – Facturatie", "en": "T-03 – [FR] Facturation"}
SUBJECTS = {
    "fr": "Clients de la boutique",
    "nl": "Klanten van de webwinkel",
    "en": "Shop customers",
}
IDENTITY = {"fr": "Identité des clients", "nl": "Identiteit van klanten", "en": "Customer identity"}
AUTHORITY = {
    "fr": "Autorité de protection des données (APD)",
    "nl": "Gegevensbeschermingsautoriteit (GBA)",
    "en": "Data Protection Authority (Belgium)",
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_notification_holds_every_item_of_the_record(
    full: tuple[Register, str], lang: str, fmt: str
) -> None:
    db, breach_id = full
    text = read(build(db, breach_id, "authority", lang, fmt), fmt)
    people, records = NUMBERS[lang]
    expected = [
        "Clairbois SRL" if lang != "nl" else "Clairbois BV",
        "0403.170.701",
        "Rue Haute 12, 1000 Bruxelles",
        "Sophie Leclercq",  # Art. 33(3)(b)
        "dpo@clairbois.be",
        AUTHORITY[lang],
        FULL_BREACH["description"],  # the record's texts as typed, whatever the language
        FULL_BREACH["how_discovered"],
        FULL_BREACH["consequences"],  # Art. 33(3)(c)
        FULL_BREACH["risk_reasoning"],
        FULL_BREACH["measures_taken"],  # Art. 33(3)(d)
        FULL_BREACH["measures_proposed"],
        FULL_BREACH["people_informed_how"],  # Art. 34
        "DBN-2026-0042",
        people,
        records,
        ACTIVITY[lang],
        SUBJECTS[lang],
        IDENTITY[lang],
        "Client SA",  # Art. 33(2)
        tr(lang, "enum.breach_nature.confidentiality"),
        tr(lang, "enum.breach_nature.availability"),
        tr(lang, "enum.breach_risk.high_risk"),
        tr(lang, "breach_doc.authority.in_time"),
        tr(lang, "breach_doc.box.phases"),  # Art. 33(4), stated as law
        tr(lang, "breach_doc.draft.subtitle"),
        {"fr": "7 décembre 2026", "nl": "7 december 2026", "en": "7 December 2026"}[lang],
        {"fr": "5 décembre 2026 à 09:30", "nl": "5 december 2026 om 09:30", "en": "09:30"}[lang],
    ]
    for fact in expected:
        assert flat(fact) in text, (lang, fmt, fact)
    assert TODO[lang].strip() not in text.replace(f"“{TODO[lang].rstrip(': ')}”", "")
    assert missing_items(db, breach_id, "authority", lang) == []
    assert "breach_doc." not in text  # no key printed for a missing text


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_letter_tells_the_people_what_the_record_says(
    full: tuple[Register, str], lang: str, fmt: str
) -> None:
    db, breach_id = full
    text = read(build(db, breach_id, "people", lang, fmt), fmt)
    expected = [
        tr(lang, "breach_doc.letter.salutation"),
        tr(lang, "breach_doc.letter.closing"),
        FULL_BREACH["description"],
        FULL_BREACH["consequences"],
        FULL_BREACH["measures_taken"],
        FULL_BREACH["measures_proposed"],  # what the person can do, as the record says it
        IDENTITY[lang],
        "Certificats médicaux" if lang == "fr" else "[FR] Certificats médicaux",
        "Sophie Leclercq",
        "dpo@clairbois.be",
        "+32 2 000 14 21",
        AUTHORITY[lang],
        "Anne Martin, gérante",
        tr(lang, "breach_doc.draft.subtitle"),
    ]
    for fact in expected:
        assert flat(fact) in text, (lang, fmt, fact)
    assert missing_items(db, breach_id, "people", lang) == []
    # Plain words: no article numbers or legal terms in the letter itself (the draft's box,
    # for the sender, cites the law).
    letter = text.split(tr(lang, "breach_doc.letter.subject").split(":")[0].strip())[-1]
    assert not re.search(r"\b[Aa]rt\. ?\d", letter), letter
    for jargon in (
        "RGPD",
        "GDPR",
        "AVG",
        "responsable du traitement",
        "verwerkingsverantwoordelijke",
    ):
        assert jargon not in letter


# -- an empty record -------------------------------------------------------------------------

EMPTY_AUTHORITY_EN = [
    "the enterprise number",
    "the organisation’s postal address (street, postcode and town)",
    "the name of the data protection officer or other contact point (Art. 33(3)(b) GDPR)",
    "the e-mail address or phone number of the data protection officer or contact point",
    "when the breach occurred, or that this is not known",
    "when the organisation became aware of the breach (date and time)",
    "how the breach was discovered",
    "a description of what happened",
    "the nature of the breach: confidentiality, integrity or availability, or several of these",
    "the categories of people concerned",
    "the approximate number of people concerned",
    "the categories of personal data concerned",
    "the approximate number of records concerned",
    "the processing activities concerned",
    "the likely consequences for the people concerned",
    "the assessment of the risk to the people: unlikely, a risk or a high risk",
    "the reasons for this risk assessment",
    "the measures taken to address the breach and mitigate its effects",
    "the measures proposed, or that there are none",
    "whether and how the people were or will be informed, or the exception of Art. 34(3) GDPR"
    " relied on",
]

# Sentences that would claim what an empty record does not say.
CLAIMS = {
    "authority": [
        "breach_doc.authority.in_time",
        "breach_doc.authority.late",
        "breach_doc.authority.informed_on",
        "breach_doc.authority.notified",
        "breach_doc.authority.high_risk_law",
        "enum.breach_risk.unlikely",
        "enum.breach_risk.risk",
        "enum.breach_risk.high_risk",
        "enum.breach_nature.confidentiality",
        "enum.breach_nature.integrity",
        "enum.breach_nature.availability",
        "breach_doc.authority.clients",
    ],
    "people": [
        "breach_doc.letter.contact_dpo",
        "breach_doc.letter.data_intro",
        "breach_doc.letter.occurred",
        "breach_doc.box.risk",
    ],
}


def test_an_empty_notification_lists_each_item_to_complete(empty: tuple[Register, str]) -> None:
    db, breach_id = empty
    assert missing_items(db, breach_id, "authority", "en") == EMPTY_AUTHORITY_EN


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_empty_field_is_a_visible_line_to_complete_and_nothing_is_claimed(
    empty: tuple[Register, str], kind: str, lang: str, fmt: str
) -> None:
    db, breach_id = empty
    missing = missing_items(db, breach_id, kind, lang)
    assert missing
    text = read(build(db, breach_id, kind, lang, fmt), fmt)
    for what in missing:
        assert flat(TODO[lang] + what) in text, (kind, lang, fmt, what)
    assert flat(tr(lang, "breach_doc.box.count", count=len(missing))) in text
    for key in CLAIMS[kind]:
        claim = tr(lang, key).split("{")[0].split("(")[0].strip()
        assert flat(claim) not in text, (kind, lang, fmt, claim)
    assert tr(lang, "breach_doc.draft.subtitle") in text
    assert "breach_doc." not in text


def test_a_late_notification_asks_for_the_reasons_of_the_delay(tmp_path: Path) -> None:
    breach = FULL_BREACH | {"authority_notified_at": datetime(2026, 12, 9, 9, 0, tzinfo=UTC)}
    db, breach_id = make_register(tmp_path, breach)
    try:
        text = read(build(db, breach_id, "authority", "fr", "pdf"), "pdf")
        assert flat(tr("fr", "breach_doc.authority.late")) in text
        assert flat(TODO["fr"] + "les motifs du retard (art. 33.1 RGPD)") in text
        assert flat(tr("fr", "breach_doc.authority.in_time")) not in text
    finally:
        db.close()


def test_an_unnotified_breach_past_72_hours_says_so_without_claiming_a_notification(
    tmp_path: Path,
) -> None:
    breach = FULL_BREACH | {
        "discovered_at": datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
        "occurred_on": date(2026, 11, 30),
        "authority_notified_at": None,
        "authority_reference": None,
    }
    db, breach_id = make_register(tmp_path, breach)
    try:
        text = read(build(db, breach_id, "authority", "en", "docx"), "docx")
        ended = "The 72 hours from becoming aware of the breach ended on 4 December 2026 at 09:30"
        assert ended in text
        assert tr("en", "breach_doc.authority.overdue") in text
        assert "To complete: the reasons for the delay (Art. 33(1) GDPR)" in text
        assert tr("en", "breach_doc.authority.notified") not in text
    finally:
        db.close()


def test_an_exception_to_informing_the_people_is_named_with_its_point(tmp_path: Path) -> None:
    breach = FULL_BREACH | {
        "people_informed_on": None,
        "people_informed_how": None,
        "inform_exception": "unintelligible",
    }
    db, breach_id = make_register(tmp_path, breach)
    try:
        text = read(build(db, breach_id, "authority", "nl", "pdf"), "pdf")
        assert flat("Ingeroepen uitzondering (art. 34.3.a AVG): ") in text
        assert flat(tr("nl", "enum.inform_exception.unintelligible")) in text
        assert "Betrokkenen ingelicht op" not in text
        assert missing_items(db, breach_id, "authority", "nl") == []
    finally:
        db.close()


# -- languages -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_draft_in_another_language_says_the_records_texts_are_untranslated(
    full: tuple[Register, str], kind: str
) -> None:
    db, breach_id = full
    dutch = read(build(db, breach_id, kind, "nl", "pdf"), "pdf")
    assert flat(tr("nl", "breach_doc.box.language", language="Frans")) in dutch
    assert FULL_BREACH["description"] in dutch  # printed as typed, never translated
    french = read(build(db, breach_id, kind, "fr", "pdf"), "pdf")
    assert "néerlandais" not in french and "sans traduction" not in french
    if kind == "people":
        assert tr("nl", "breach_doc.box.translate") in dutch


@pytest.mark.parametrize("kind", KINDS)
def test_the_french_drafts_follow_french_typography(full: tuple[Register, str], kind: str) -> None:
    db, breach_id = full
    paragraphs = docx_paragraphs(build(db, breach_id, kind, "fr", "docx"))
    faults = [f for p in paragraphs for f in typography_faults(p)]
    assert not faults, faults


# -- the user's text -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
def test_hostile_and_very_long_texts_print_literally(tmp_path: Path, kind: str, fmt: str) -> None:
    long_text = " ".join(f"mot{n}" for n in range(1700))  # about 10,000 characters
    assert len(long_text) >= 10_000
    breach = FULL_BREACH | {
        "description": f"{HOSTILE}\n{long_text}",
        "consequences": HOSTILE,
        "measures_proposed": '=HYPERLINK("http://x")\u0007 <i>',
    }
    db, breach_id = make_register(tmp_path, breach)
    try:
        data = build(db, breach_id, kind, "fr", fmt)
        text = read(data, fmt)
        assert HOSTILE in text
        assert "mot1699" in text
        assert '=HYPERLINK("http://x") <i>' in text
        if fmt == "pdf":
            assert len(PdfReader(io.BytesIO(data)).pages) >= 3
    finally:
        db.close()


def test_the_lines_to_complete_are_highlighted_in_word(empty: tuple[Register, str]) -> None:
    db, breach_id = empty
    document = Document(io.BytesIO(build(db, breach_id, "authority", "fr", "docx")))
    todo = [run for p in document.paragraphs for run in p.runs if run.text.startswith(TODO["fr"])]
    assert len(todo) == len(missing_items(db, breach_id, "authority", "fr"))
    assert all(run.font.highlight_color == WD_COLOR_INDEX.YELLOW for run in todo)
    others = [
        run
        for p in document.paragraphs
        for run in p.runs
        if run.text and not run.text.startswith(TODO["fr"])
    ]
    assert others
    assert all(run.font.highlight_color is None for run in others)


def test_an_unknown_breach_is_a_message_not_a_crash(full: tuple[Register, str]) -> None:
    db, _ = full
    with pytest.raises(NotFoundError) as raised:
        build(db, "no-such-id", "authority", "fr", "pdf")
    assert "no-such-id" in raised.value.message("fr")
