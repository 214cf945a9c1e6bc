"""The PDF register as the supervisory authority reads it, read back with poppler: the firm's
internal notes are never printed, draft activities are only named as "in preparation" (unless
asked for, then described and marked), and no word is cut inside: lines break at spaces and
after "@", "/" or "-" only, so names, countries and e-mail addresses stay whole."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ropa.cli import main
from ropa.core import services
from ropa.core.i18n import label
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.pdf import build_pdf
from ropa.exports.pdf.wrapping import cut_word, fitted_widths
from ropa.paths import resources_dir
from tests.unit.test_pdf_register import outline_pages, pdftotext, squeeze, words_outside_the_frame

NOTES = {
    "organisation": "NOTEORGANISATION revue interne en mars",
    "activity": "À vérifier\u00a0: NOTEACTIVITE relancer le sous-traitant",
    "transfer": "NOTETRANSFERT clauses à faire signer",
    "cookie": "NOTECOOKIE durée à revoir",
    "party": "NOTEPARTIE avenant à revoir",
    "contract": "NOTECONTRAT annexe 2 à renégocier",
}
DRAFT_DETAILS = ("DETAILBROUILLON", "FINALITEBROUILLON", "TRANSFERTBROUILLON")

LONG_PROCESSOR = "Gegevensverwerkingsdienstverlening Rechenzentrum Oberösterreich GmbH"
LONG_THIRD_PARTY = "Internationale Verzekeringsmaatschappij Noord-Brabant en Omstreken NV"
CLOUD = "Transatlantic Cloudinfrastructure Services LLC"
EMAILS = (
    "datenschutzbeauftragter@gegevensverwerkingsdienstverlening-rechenzentrum.example",
    "functionaris.gegevensbescherming@verzekeringsmaatschappij-noord-brabant.example",
    "privacy-office@transatlantic-cloudinfrastructure.example",
)
COOKIE = "_verwerkingsvoorkeur_sessie_id"


def _register(db: Any) -> None:
    """An organisation with notes everywhere, long names and e-mail addresses, one active
    activity and two drafts (one with a transfer, a cookie and a security measure)."""
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {
                "legal_name": "Exemple Informatique SRL",
                "country": "BE",
                "language": "fr",
                "other_languages": ["nl", "en"],
                "notes": NOTES["organisation"],
            },
        )
        org_id = str(org.id)
        processor = services.create(
            s,
            m.Party,
            {
                "name": LONG_PROCESSOR,
                "kind": "processor",
                "country": "DE",
                "email": EMAILS[0],
                "website": "https://www.gegevensverwerkingsdienstverlening-rechenzentrum.example/",
                "dpo_name": "Functionaris voor gegevensbescherming",
                "notes": NOTES["party"],
            },
            org_id,
        )
        services.create(
            s,
            m.Contract,
            {
                "party_id": processor.id,
                "reference": "Verwerkersovereenkomst VO-2025-03",
                "our_role": "controller",
                "status": "signed",
                "contract_version": "v2",
                "signed_on": date(2025, 3, 10),
                "clauses": ["instructions", "confidentiality", "security"],
                "subprocessor_authorisation": "general",
                "data_location": "Rechenzentrum Frankfurt-am-Main",
                "notes": NOTES["contract"],
            },
            org_id,
        )
        third = services.create(
            s,
            m.Party,
            {
                "name": LONG_THIRD_PARTY,
                "kind": "third_party",
                "country": "GB",
                "email": EMAILS[1],
            },
            org_id,
        )
        cloud = services.create(
            s,
            m.Party,
            {"name": CLOUD, "kind": "processor", "country": "US", "email": EMAILS[2]},
            org_id,
        )
        services.set_links(s, processor, "subprocessors", [cloud.id])
        measure = s.scalars(
            select(m.SecurityMeasure).where(m.SecurityMeasure.organisation_id == org_id)
        ).first()
        assert measure is not None
        active = services.create(
            s,
            m.Activity,
            {
                "reference": "A-1",
                "name": "Gestion des clients",
                "status": "active",
                "description": "Suivi des contrats des clients.",
                "notes": NOTES["activity"],
            },
            org_id,
        )
        services.set_links(s, active, "security_measures", [measure.id])
        for party, country in ((cloud, "US"), (third, "GB")):
            services.create(
                s,
                m.Transfer,
                {
                    "party_id": party.id,
                    "country": country,
                    "safeguard": "scc",
                    "document_reference": "Clauses contractuelles types 2021/914, module 2",
                    "notes": NOTES["transfer"],
                },
                active.id,
            )
        draft = services.create(
            s,
            m.Activity,
            {
                "reference": "A-12",
                "name": "Recrutement",
                "name_nl": "Aanwerving",
                "name_en": "Recruitment",
                "description": DRAFT_DETAILS[0],
            },
            org_id,
        )
        services.set_links(s, draft, "security_measures", [measure.id])
        services.create(
            s,
            m.Purpose,
            {"description": DRAFT_DETAILS[1], "legal_basis": "contract"},
            draft.id,
        )
        services.create(
            s,
            m.Transfer,
            {
                "party_id": cloud.id,
                "country": "IN",
                "safeguard": "scc",
                "document_reference": DRAFT_DETAILS[2],
            },
            draft.id,
        )
        services.create(
            s,
            m.Activity,
            {
                "reference": "A-13",
                "name": "Télétravail",
                "name_nl": "Telewerk",
                "name_en": "Remote work",
            },
            org_id,
        )
        services.create(
            s,
            m.Cookie,
            {
                "name": COOKIE,
                "provider": LONG_PROCESSOR,
                "domain": "consent.gegevensverwerkingsdienstverlening-rechenzentrum.example",
                "category": "functional",
                "purpose": "Retient les choix de langue.",
                "consent_required": True,
                "activity_id": active.id,
                "notes": NOTES["cookie"],
            },
            org_id,
        )
        services.create(
            s,
            m.Cookie,
            {
                "name": "_draft_cookie",
                "category": "analytics",
                "purpose": "Mesure les visites COOKIEDUSITE.",
                "consent_required": True,
                "activity_id": draft.id,
            },
            org_id,
        )


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    db = create_register(tmp_path_factory.mktemp("inspector") / "firm.ropa")
    _register(db)
    yield db
    db.close()


def every_reading(data: bytes) -> str:
    """The document's text as poppler gives it in each mode (content order, reading order,
    layout), one after the other."""
    return "\n".join(pdftotext(data, *options) for options in (("-raw",), (), ("-layout",)))


IN_PREPARATION = {
    "fr": "2 activités en préparation, qui ne font pas encore partie du registre\u00a0: "
    "A-12 – Recrutement et A-13 – Télétravail.",
    "nl": "2 activiteiten in voorbereiding, die nog geen deel uitmaken van dit register: "
    "A-12 – Aanwerving en A-13 – Telewerk.",
    "en": "2 activities in preparation, not yet part of this register: "
    "A-12 – Recruitment and A-13 – Remote work.",
}


# -- what is printed -------------------------------------------------------------------------


@pytest.mark.parametrize("include_drafts", [False, True])
def test_internal_notes_are_never_printed(register: Any, include_drafts: bool) -> None:
    for lang in ("fr", "nl", "en"):
        text = every_reading(build_pdf(register, lang=lang, include_drafts=include_drafts))
        for where, note in NOTES.items():
            first_word = next(w for w in note.split() if w.isupper() and len(w) > 8)
            assert first_word not in text, (lang, where)
        assert "vérifier" not in text


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_drafts_are_only_named_as_in_preparation(register: Any, lang: str) -> None:
    data = build_pdf(register, lang=lang)
    text = pdftotext(data)
    for detail in DRAFT_DETAILS:
        assert detail not in text
    # One line names them; nowhere else does "A-12" or "A-13" appear (summary, contents,
    # transfers, the measures' "used by", the cookies' activity).
    assert squeeze(IN_PREPARATION[lang]) in squeeze(text)
    assert squeeze(text).count("A-12") == 1
    assert squeeze(text).count("A-13") == 1
    assert "(IN)" not in text  # the draft's transfer to India
    # A cookie of the site is in the register all the same, without its draft activity.
    assert "_draft_cookie" in text and "COOKIEDUSITE" in text
    titles = [title for title, _page in outline_pages(data)]
    assert any(t.startswith("A-1 – ") for t in titles)
    assert not any(t.startswith(("A-12", "A-13")) for t in titles)
    # The summary counts the active activity only.
    summary = next(p for p in text.split("\f") if "A-1 – " not in p and "A-1\n" in p)
    assert summary.count("\nA-1") == 1


def test_drafts_are_described_and_marked_when_asked(register: Any) -> None:
    data = build_pdf(register, lang="fr", include_drafts=True)
    text = pdftotext(data)
    for detail in DRAFT_DETAILS:
        assert detail in text
    assert squeeze(IN_PREPARATION["fr"]) not in squeeze(text)
    assert squeeze("Brouillon\u00a0: activité en préparation") in squeeze(text)
    titles = [title for title, _page in outline_pages(data)]
    assert "A-12 – Recrutement (brouillon)" in titles
    assert "A-13 – Télétravail (brouillon)" in titles
    assert "Inde (IN)" in text  # the draft's transfer, in annex B too
    assert squeeze("A-12 – Recrutement (brouillon)") in squeeze(text.split("Annexe B")[-1])


def test_the_command_line_leaves_drafts_out_unless_asked(
    register: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = Path(register.path)
    plain, drafts = tmp_path / "plain.pdf", tmp_path / "drafts.pdf"
    assert main(["export", str(source), "--format", "pdf", "-o", str(plain)]) == 0
    assert (
        main(["export", str(source), "--format", "pdf", "--include-drafts", "-o", str(drafts)]) == 0
    )
    capsys.readouterr()
    assert DRAFT_DETAILS[0] not in pdftotext(plain.read_bytes())
    assert DRAFT_DETAILS[0] in pdftotext(drafts.read_bytes())


# -- no word cut inside ----------------------------------------------------------------------

BREAKS_AFTER = "@/-"
PUNCTUATION = ",.;:()«»\u00a0"


def split_forms(word: str) -> Iterator[re.Pattern[str]]:
    """The word cut at each place it must not be cut, as poppler gives a cut word: its two
    pieces at the end of a line and the start of the next."""
    for i in range(1, len(word)):
        if word[i - 1] not in BREAKS_AFTER:
            head, tail = re.escape(word[:i]), re.escape(word[i:])
            yield re.compile(rf"(?<!\w){head}\n{tail}(?!\w)")


def words_cut_inside(text: str, words: set[str]) -> list[str]:
    """The expected words that the text shows cut where no line may break, or not at all.
    (In reading order, poppler joins a word broken after a hyphen and drops the hyphen:
    hyphens are left out of the comparison.)"""
    lines = re.sub(r"[ \t]+\n", "\n", text)
    allowed_joined = re.sub(r"(?<=[@/-])\n", "", lines)
    tokens = {t.strip(PUNCTUATION).replace("-", "") for t in allowed_joined.split()}
    wrong = [w for w in words if w.replace("-", "") not in tokens]
    wrong += [w for w in words for form in split_forms(w) if form.search(lines)]
    return sorted(set(wrong))


def fragments_in_layout(text: str, words: set[str], own: frozenset[str] = frozenset()) -> list[str]:
    """Tokens of the layout text that are the tail of an expected word cut where no line may
    break (a line starting with a partial word). `own`: words ropa itself prints (its labels),
    which are words of their own even when a name ends with one ("dienstverlening")."""
    tokens = {t.strip(PUNCTUATION) for t in text.split()} - own
    tails = {
        word[i:]: word
        for word in words
        for i in range(1, len(word) - 2)
        if word[i - 1] not in BREAKS_AFTER and word[i - 1].isalnum() and word[i].isalnum()
    }
    return sorted(f"{tail} (of {tails[tail]})" for tail in tokens & tails.keys())


def _annex_pages(data: bytes, mode: tuple[str, ...]) -> str:
    """The annexes' pages (from annex A to the approval) in one poppler mode."""
    outline = outline_pages(data)
    first = next(page for title, page in outline if re.match(r"(Annexe?|Bijlage) A", title))
    last = outline[-1][1]
    return pdftotext(data, *mode, "-f", str(first), "-l", str(last))


# The column labels of the annexes (not the first: a table too wide is stacked, each row
# under its first cell as a title, the others' labels beside their values).
HEADERS = {
    "transfer": ("party_id", "country", "safeguard", "document_reference"),
    "cookie": ("provider", "category", "purpose", "lifetime_value"),
    "party": ("service", "subprocessors"),
    "contract": (
        "our_role",
        "contract_version",
        "signed_on",
        "expires_on",
        "review_on",
        "subprocessor_authorisation",
        "data_location",
    ),
}


def _annex_words(lang: str) -> set[str]:
    """The names, e-mail addresses, countries and column labels of the annexes."""
    names = {LONG_PROCESSOR, LONG_THIRD_PARTY, CLOUD, COOKIE, *EMAILS}
    countries = {
        "fr": "Allemagne Royaume-Uni États-Unis",
        "nl": "Duitsland Verenigd Koninkrijk Verenigde Staten",
        "en": "Germany United Kingdom United States",
    }[lang]
    labels = {
        label(lang, table, column) for table, columns in HEADERS.items() for column in columns
    }
    return {w.strip(PUNCTUATION) for text in (*names, countries, *labels) for w in text.split()}


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_no_word_of_the_annexes_is_cut_inside(register: Any, lang: str) -> None:
    data = build_pdf(register, lang=lang, include_drafts=True)
    words = _annex_words(lang)
    for mode in (("-raw",), ()):
        assert words_cut_inside(_annex_pages(data, mode), words) == [], mode
    # The tails of the names and addresses are no words of their own: none starts a line.
    names = {w for text in (LONG_PROCESSOR, LONG_THIRD_PARTY, CLOUD, *EMAILS) for w in text.split()}
    own = _own_words(lang)
    assert fragments_in_layout(_annex_pages(data, ("-layout",)), names, own) == []
    assert words_outside_the_frame(data) == []


def _own_words(lang: str) -> frozenset[str]:
    """Every word of ropa's own labels and document texts in a language."""
    texts: list[str] = []
    for catalogue in ("labels", "pdf"):
        path = resources_dir() / "text" / f"{catalogue}.{lang}.json"
        texts.extend(v for v in json.loads(path.read_text(encoding="utf-8")).values())
    return frozenset(w.strip(PUNCTUATION) for text in texts for w in str(text).split())


def test_no_word_of_the_demo_annexes_is_cut_inside(tmp_path: Path) -> None:
    """The demo's annexes in reading and content order (its parties' words' tails are often
    French words of their own, so the layout is checked on the register above only)."""
    db = create_register(tmp_path / "demo.ropa", demo=True)
    try:
        with db.reader() as s:
            parties = s.scalars(select(m.Party).where(m.Party.kind != "client_controller"))
            texts = [
                text
                for p in parties
                for text in (p.name, p.email, p.contact_name, p.dpo_name, p.dpo_contact)
                if text
            ]
        data = build_pdf(db)
    finally:
        db.close()
    words = {w.strip(PUNCTUATION) for text in texts for w in text.split()} - {""}
    assert len(words) > 100
    for mode in (("-raw",), ()):
        assert words_cut_inside(_annex_pages(data, mode), words) == [], mode


# -- where a line may break ------------------------------------------------------------------


def test_an_address_too_wide_breaks_after_at_slash_or_hyphen_only() -> None:
    font, size = "DejaVuSans", 8.0
    address = "functionaris.gegevensbescherming@verzekeringsmaatschappij-noord-brabant.example"
    pieces = cut_word(address, font, size, 200)
    assert "".join(pieces) == address
    assert pieces[0].endswith("@")
    assert all(p[-1] in "@/-" for p in pieces[:-1])
    # An ordinary word is never cut here (reportlab alone would, to stay in the frame).
    assert cut_word("Gegevensverwerkingsdienstverlening", font, size, 40) == [
        "Gegevensverwerkingsdienstverlening"
    ]


def test_columns_are_widened_for_their_words() -> None:
    from reportlab.platypus import Paragraph

    from ropa.exports.pdf.styles import styles

    st = styles()
    rows = [
        [Paragraph("Pays de destination", st.cell), Paragraph("a b c", st.cell)],
        [Paragraph("x", st.cell), Paragraph("y", st.cell)],
    ]
    widths = fitted_widths(rows, (1, 9), 400)
    assert sum(widths) == pytest.approx(400)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert widths[0] >= stringWidth("destination", st.cell.fontName, st.cell.fontSize) + 8


def test_a_table_whose_words_cannot_fit_side_by_side_is_stacked() -> None:
    from ropa.exports.pdf.blocks import grid

    long_words = ["Gegevensverwerkingsdienstverlening"] * 6
    table = grid(["Naam", *(f"Kolom{i}" for i in range(5))], [long_words], [1] * 6)
    assert len(table._colWidths) == 2  # a label / value block: title, then one line per column
    assert len(table._cellvalues) == 6
    assert [row[0].text for row in table._cellvalues[1:]] == [f"Kolom{i}" for i in range(5)]
