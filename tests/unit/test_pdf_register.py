"""The PDF register, read back with real readers (poppler's pdftotext, pypdf): every filled
field is in it, its contents and bookmarks point at the right pages, user text prints
literally, nothing leaves the page, and a cancelled build stops."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from sqlalchemy import Date, DateTime, Enum, Integer, select

from ropa.core import services
from ropa.core.register import create_register
from ropa.core.snapshot import read_tree
from ropa.core.tree import ACTIVITY
from ropa.db import models as m
from ropa.db.translations import translation_columns
from ropa.exports.common import Cancelled
from ropa.exports.pdf import build_pdf
from ropa.exports.pdf.styles import MARGIN_LEFT, MARGIN_RIGHT, PAGE_WIDTH
from ropa.exports.register_view import RegisterView, load_register_view

SKIPPED_COLUMNS = {"id", "created_at", "updated_at", "position", "activity_id"}
INTERNAL_COLUMNS = {"notes"}  # the firm's own notes: never printed


# -- reading a PDF back ----------------------------------------------------------------------


def pdftotext(data: bytes, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, "-", "-"], input=data, check=True, capture_output=True
    ).stdout.decode("utf-8")


def squeeze(value: str) -> str:
    """Whitespace removed, so that line wrapping does not matter."""
    return re.sub(r"\s+", "", value)


def body_text(data: bytes) -> str:
    """The text in content order, without the two header/footer lines of each page."""
    pages = pdftotext(data, "-raw").split("\f")
    kept = [pages[0]] + ["\n".join(page.split("\n")[2:]) for page in pages[1:]]
    return "\n".join(kept)


def page_texts(data: bytes) -> list[str]:
    return pdftotext(data, "-layout").split("\f")[:-1]


def words_outside_the_frame(data: bytes) -> list[str]:
    """Words whose box goes past the left or right margin (pdftotext -bbox)."""
    xhtml = pdftotext(data, "-bbox")
    tree = ElementTree.fromstring(xhtml)
    left, right = MARGIN_LEFT - 1, PAGE_WIDTH - MARGIN_RIGHT + 1
    outside = []
    for word in tree.iter("{http://www.w3.org/1999/xhtml}word"):
        if float(word.get("xMin", 0)) < left or float(word.get("xMax", 0)) > right:
            outside.append(word.text or "")
    return outside


def outline_pages(data: bytes) -> list[tuple[str, int]]:
    """Every bookmark's title and its page number (1-based), at every level, in order."""
    reader = PdfReader(BytesIO(data))
    found: list[tuple[str, int]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return found


def view_of(db: Any, lang: str | None = None) -> RegisterView:
    with db.reader() as s:
        org_id = s.scalars(select(m.Organisation.id)).one()
        return load_register_view(s, org_id, lang, with_history=False)


# -- the demo register -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, bytes]]:
    db = create_register(tmp_path_factory.mktemp("pdf") / "demo.ropa", demo=True)
    yield db, build_pdf(db)
    db.close()


def _enum_name(enum_cls: type[StrEnum]) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", enum_cls.__name__).lower()


def expected_texts(view: RegisterView, activity: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(where, text) for every filled field of an activity and of the rows it holds, as the
    document must print it: text as typed, closed values by their label, dates formatted,
    references by the name of what they refer to."""
    names = {
        "party_id": lambda v: view.party_name(v),
        "data_category_id": lambda v: view.data_categories[v]["name"],
        "recipient_category_id": lambda v: view.recipient_categories[v]["name"],
        "purpose_id": lambda v: view.purposes[v]["description"],
    }
    for node in (ACTIVITY, *ACTIVITY.children):
        rows = [activity] if node is ACTIVITY else activity[node.key]
        for row in rows:
            translations = translation_columns(node.name)  # the document's language only
            for column in node.data_columns():
                value = row[column.name]
                where = f"{activity['reference']} {node.name}.{column.name}"
                if column.name in SKIPPED_COLUMNS | INTERNAL_COLUMNS or column.name in translations:
                    continue
                if value in (None, "", []):
                    continue
                if column.name in names:
                    yield where, names[column.name](value)
                elif isinstance(column.type, Enum) and column.type.enum_class is not None:
                    if column.name != "duration_unit":  # printed lower case in the duration
                        yield where, view.enum(_enum_name(column.type.enum_class), value)
                elif "enum" in column.info:
                    for item in value:
                        yield where, view.enum(_enum_name(column.info["enum"]), item)
                elif isinstance(column.type, Date | DateTime):
                    yield where, view.date(value)
                elif isinstance(column.type, Integer):
                    yield where, str(value)
                elif isinstance(value, str):
                    yield where, value
    for subject in activity["data_subjects"]:
        yield f"{activity['reference']} data_subjects", view.data_subjects[subject]["name"]
    for measure in activity["security_measures"]:
        name = view.security_measures[measure]["name"]
        yield f"{activity['reference']} security_measures", name


def test_every_filled_field_of_every_demo_activity_is_in_the_document(demo) -> None:
    db, data = demo
    view = view_of(db)
    text = squeeze(body_text(data))
    missing = []
    checked = 0
    for activity in view.organisation["activities"]:
        if activity["status"] == "draft":
            continue  # only named (tests/unit/test_pdf_inspector.py)
        for where, expected in expected_texts(view, activity):
            checked += 1
            if squeeze(expected) not in text:
                missing.append(f"{where}: {expected[:60]!r}")
    assert checked > 1000
    assert missing == []


def test_cover_names_the_organisation_its_authority_and_the_register_version(demo) -> None:
    db, data = demo
    cover = page_texts(data)[0]
    for expected in (
        "Registre des activités de traitement",
        "Clairbois Informatique SRL",
        "Clairbois IT",
        "0745.812.313",
        "BE0745812313",
        "Élise Verhaegen, administratrice",
        "Contact vie privée",  # no DPO designated
        "Autorité de protection des données",
        "ropa ",
    ):
        assert expected in cover
    assert "Version du registre" in squeeze(cover) or "Versiondu" in squeeze(cover)


def test_contents_bookmarks_and_page_numbers_agree(demo) -> None:
    _db, data = demo
    pages = page_texts(data)
    assert 10 < len(pages) < 200
    bookmarks = outline_pages(data)
    # Every activity has a bookmark, on the page where its section starts.
    activities = [(t, p) for t, p in bookmarks if re.match(r"(T|ST)-\d+ \u2013 ", t)]
    assert len(activities) >= 24
    for title, page in activities:
        assert squeeze(title) in squeeze(pages[page - 1]), title
    # The table of contents lists the same entries, in the same order, with the same pages.
    toc = "\n".join(p for p in pages[1:4] if "Table des matières" in p)
    entries = re.findall(r"^\s*((?:T|ST)-\d+ \u2013 .+?)[ .]*\s(\d+)$", toc, flags=re.M)
    assert len(entries) == len(activities)
    for (title, number), (bookmark, page) in zip(entries, activities, strict=True):
        assert squeeze(bookmark).startswith(squeeze(title))
        assert int(number) == page, title
    titles = [t for t, _p in bookmarks]
    for key in ("1. Aperçu des activités de traitement", "Annexe E \u2013", "Approbation"):
        assert any(t.startswith(key) for t in titles), key
    # Every page after the cover has its header and "Page X / Y".
    total = len(pages)
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page {number} / {total}" in page
        assert "Clairbois Informatique SRL" in page


def test_each_part_and_annex_is_present(demo) -> None:
    db, data = demo
    text = squeeze(body_text(data))
    for heading in (
        "2. Activités de traitement en tant que responsable du traitement (art. 30.1 RGPD)",
        "3. Activités de traitement en tant que sous-traitant (art. 30.2 RGPD)",
        "Annexe A \u2013 Sous-traitants et tiers",
        "Annexe B \u2013 Transferts hors de l\u2019EEE",
        "Annexe C \u2013 Mesures de sécurité",
        "Annexe D \u2013 Cookies et traceurs",
        "Annexe E \u2013 Activités de traitement terminées",
    ):
        assert squeeze(heading) in text, heading
    view = view_of(db)
    for party in view.organisation["parties"]:
        assert squeeze(party["name"]) in text
    for cookie in view.organisation["cookies"]:
        assert squeeze(cookie["name"]) in text
    for measure in view.organisation["security_measures"]:
        assert squeeze(measure["name"]) in text


def test_nothing_leaves_the_frame(demo) -> None:
    _db, data = demo
    assert words_outside_the_frame(data) == []


@pytest.mark.parametrize(
    ("lang", "title", "part"),
    [
        ("fr", "Registre des activités de traitement", "responsable du traitement"),
        ("nl", "Register van de verwerkingsactiviteiten", "verwerkingsverantwoordelijke"),
        ("en", "Record of processing activities", "as controller"),
    ],
)
def test_document_in_each_language(demo, lang: str, title: str, part: str) -> None:
    db, _data = demo
    data = build_pdf(db, lang=lang)
    text = pdftotext(data)
    assert title in text
    assert part in text
    reader = PdfReader(BytesIO(data))
    meta = reader.metadata
    assert meta is not None
    name = view_of(db, lang).organisation["legal_name"]  # in that language when it has one
    assert name.startswith("Clairbois Informati")
    assert meta.title == f"{title} \u2013 {name}"
    assert meta.author == name
    assert (meta.creator or "").startswith("ropa ")
    assert reader.trailer["/Root"]["/Lang"] == lang


# -- registers made for a test ---------------------------------------------------------------


def _organisation(db: Any, **extra: Any) -> str:
    with db.transaction() as s:
        org = services.create_organisation(
            s, {"legal_name": "Exemple SRL", "country": "BE", "language": "en", **extra}
        )
        return str(org.id)


def _activity(db: Any, org_id: str, **values: Any) -> str:
    with db.transaction() as s:
        act = services.create(
            s, m.Activity, {"reference": "A-1", "name": "A", "status": "active", **values}, org_id
        )
        return str(act.id)


HOSTILE = "<b>bold</b> &amp; <para> =1+1 @SUM(A1) \"'"


def _hostile_register(db: Any) -> dict[str, str]:
    """An activity with hostile text in every text field it and its rows have; returns
    {field: the value typed}."""
    typed: dict[str, str] = {}

    def value(field: str) -> str:
        typed[field] = f"{field} {HOSTILE} \u00e9\u0153\u20ac\u201c\u201d"
        return typed[field]

    org_id = _organisation(db, legal_name="<b>Org</b> & Co")
    with db.transaction() as s:
        party = services.create(
            s, m.Party, {"name": value("party.name"), "kind": "processor", "country": "US"}, org_id
        )
        category = s.scalars(
            select(m.DataCategory).where(m.DataCategory.organisation_id == org_id)
        ).first()
        assert category is not None
        long_texts = {
            c.name: value(f"activity.{c.name}")
            for c in ACTIVITY.table.columns
            if c.name not in SKIPPED_COLUMNS
            and c.name not in translation_columns("activity")
            and str(c.type).startswith("VARCHAR(20000)")
        }
        act = services.create(
            s,
            m.Activity,
            {
                "reference": "H-1",
                "status": "active",
                "name": value("activity.name"),
                "owner": value("activity.owner"),
                "department": value("activity.department"),
                "role": "joint_controller",
                "automated_decision": True,
                "start_date": date(2024, 1, 1),
                **long_texts,
            },
            org_id,
        )
        purpose_texts = {
            name: value(f"purpose.{name}")
            for name in (
                "description",
                "legitimate_interest",
                "balancing_note",
                "lia_reference",
                "legal_reference",
                "consent_collection",
                "consent_withdrawal",
                "consent_record",
                "contract_description",
                "provision_consequences",
            )
        }
        services.create(
            s, m.Purpose, {"legal_basis": "legitimate_interests", **purpose_texts}, act.id
        )
        services.create(
            s,
            m.ActivityDataCategory,
            {
                "data_category_id": category.id,
                "detail": value("data.detail"),
                "art9_condition": "a_explicit_consent",
                "art9_detail": value("data.art9_detail"),
                "art10_basis": value("data.art10_basis"),
            },
            act.id,
        )
        services.create(s, m.DataSource, {"description": value("source.description")}, act.id)
        services.create(
            s,
            m.ActivityRecipient,
            {
                "kind": "third_party",
                "recipient_name": value("recipient.name"),
                "detail": value("recipient.detail"),
            },
            act.id,
        )
        services.create(
            s,
            m.Transfer,
            {
                "country": "US",
                "party_id": party.id,
                "safeguard": "scc",
                "derogation": value("transfer.derogation"),
                "document_reference": value("transfer.document_reference"),
                "copy_access": value("transfer.copy_access"),
                "notes": value("transfer.notes"),
            },
            act.id,
        )
        services.create(
            s,
            m.RetentionPhase,
            {
                "criterion": value("retention.criterion"),
                "start_event_detail": value("retention.start_event_detail"),
                "start_event": "other",
                "legal_reference": value("retention.legal_reference"),
                "justification": value("retention.justification"),
            },
            act.id,
        )
        services.create(
            s,
            m.ActivityJointController,
            {
                "party_id": party.id,
                "responsibilities": value("joint.responsibilities"),
                "contact_point": value("joint.contact_point"),
            },
            act.id,
        )
    return typed


def test_user_text_prints_literally_and_is_never_markup(empty_register) -> None:
    typed = _hostile_register(empty_register)
    data = build_pdf(empty_register)
    text = squeeze(body_text(data))
    notes = {field for field in typed if field.rsplit(".", 1)[1] in INTERNAL_COLUMNS}
    assert notes == {"activity.notes", "transfer.notes"}
    missing = [field for field, value in typed.items() if squeeze(value) not in text]
    assert sorted(missing) == sorted(notes)  # every text but the internal notes
    assert squeeze("<b>Org</b> & Co") in squeeze(pdftotext(data))
    assert words_outside_the_frame(data) == []


def test_emoji_and_right_to_left_scripts_export(empty_register) -> None:
    org_id = _organisation(empty_register)
    hebrew, arabic = "שלום עולם", "مرحبا بالعالم"
    _activity(
        empty_register,
        org_id,
        name="Emoji \U0001f600\U0001f512 ok",
        description=f"{hebrew} / {arabic}",
        data_location="tab\there\x00\x07 nul \u2028 gone",
    )
    data = build_pdf(empty_register)
    text = pdftotext(data)
    assert "Emoji" in text and "ok" in text
    # Without a bidi library the letters are drawn in logical order; pdftotext may give
    # them back reversed: the letters are there, in one order or the other.
    for word in (*hebrew.split(), *arabic.split()):
        assert word in text or word[::-1] in text, word
    assert "tab here nul" in re.sub(r"\s+", " ", text)


def test_huge_texts_wrap_and_split_across_pages(empty_register) -> None:
    org_id = _organisation(empty_register)
    sentence = "Purpose text that goes on and on, page after page. "
    huge = (sentence * 200)[:10_000]
    word = "Unbroken" + "x" * 292
    act_id = _activity(empty_register, org_id, name=word[:200], description=word)
    with empty_register.transaction() as s:
        services.create(s, m.Purpose, {"description": huge, "legal_basis": "consent"}, act_id)
    data = build_pdf(empty_register)
    # The purpose's title row is repeated at the top of each page its table continues on.
    text = squeeze(body_text(data)).replace("Purpose1", "")
    assert squeeze(huge) in text
    assert word in text
    assert words_outside_the_frame(data) == []


def test_an_activity_with_only_its_required_fields(empty_register) -> None:
    org_id = _organisation(empty_register)
    _activity(empty_register, org_id, reference="MIN-1", name="Minimal")
    data = build_pdf(empty_register)
    text = pdftotext(data)
    assert "MIN-1 \u2013 Minimal" in text
    assert "No purpose recorded." in text
    # Nothing answered: not recorded, never "no".
    assert "Whether data are transferred outside the EEA is not recorded." in text
    assert "No transfer outside the EEA." not in text
    assert "MIN-1 \u2013 Minimal" in [t for t, _p in outline_pages(data)]


def _sections(data: bytes, references: list[str]) -> dict[str, str]:
    """The squeezed text of each activity's full description, by reference (in that order,
    the activities being the last part of the document before the annexes)."""
    text = squeeze(body_text(data))
    text = text[: text.rindex("AnnexA")]
    starts = [text.rindex(f"Reference{reference}") for reference in references]
    ends = [*starts[1:], len(text)]
    return {r: text[a:b] for r, a, b in zip(references, starts, ends, strict=True)}


def test_answers_not_recorded_print_as_such_never_as_no(empty_register) -> None:
    org_id = _organisation(empty_register)
    _activity(empty_register, org_id, reference="A-1", name="Unanswered")
    _activity(
        empty_register,
        org_id,
        reference="A-2",
        name="Answered no",
        automated_decision=False,
        profiling=True,
        transfers_outside_eea=False,
    )
    _activity(
        empty_register,
        org_id,
        reference="A-3",
        name="Answered yes",
        automated_decision=True,
        profiling=False,
        transfers_outside_eea=True,
    )
    data = build_pdf(empty_register)
    sections = _sections(data, ["A-1", "A-2", "A-3"])
    decisions = squeeze("Automated decision-making (Art. 22) {} Profiling {}")
    assert decisions.format("Notrecorded", "Notrecorded") in sections["A-1"]
    assert decisions.format("No", "Yes") in sections["A-2"]
    assert decisions.format("Yes", "No") in sections["A-3"]
    transfers = {
        "A-1": "Whether data are transferred outside the EEA is not recorded.",
        "A-2": "No transfer outside the EEA.",
        "A-3": "Data are transferred outside the EEA, but no transfer is described.",
    }
    for reference, sentence in transfers.items():
        assert squeeze(f"Transfers outside the EEA {sentence}") in sections[reference]
        others = [s for r, s in transfers.items() if r != reference]
        assert not any(squeeze(other) in sections[reference] for other in others)


def test_listed_transfers_are_printed_whatever_the_answer(empty_register) -> None:
    org_id = _organisation(empty_register)
    for reference, outside in (("A-1", None), ("A-2", False), ("A-3", True)):
        activity_id = _activity(
            empty_register, org_id, reference=reference, transfers_outside_eea=outside
        )
        with empty_register.transaction() as s:
            services.create(
                s,
                m.Transfer,
                {"country": "US", "recipient_name": f"Cloud {reference}", "safeguard": "scc"},
                activity_id,
            )
    data = build_pdf(empty_register)
    sections = _sections(data, ["A-1", "A-2", "A-3"])
    for reference, section in sections.items():
        assert squeeze(f"Cloud {reference}") in section
        assert "UnitedStates" in section
        assert "notransfer" not in section.casefold() and "notrecorded" not in section


CONTACT_TITLES = {
    True: "Data protection officer (DPO)",
    False: "Privacy contact (no DPO designated)",
    None: "Privacy contact (DPO: not recorded)",
}


@pytest.mark.parametrize("designated", [True, False, None], ids=["yes", "no", "not recorded"])
def test_the_cover_names_a_dpo_only_when_one_is_designated(
    empty_register, designated: bool | None
) -> None:
    _organisation(empty_register, dpo_designated=designated, dpo_name="Anne Dupont")
    cover_text = squeeze(pdftotext(build_pdf(empty_register), "-raw", "-l", "1"))
    assert squeeze(f"{CONTACT_TITLES[designated]} Anne Dupont") in cover_text
    for other, title in CONTACT_TITLES.items():
        if other is not designated:
            assert squeeze(title) not in cover_text


def test_a_processor_activity_says_what_it_records_of_transfers(empty_register) -> None:
    org_id = _organisation(empty_register)
    _activity(empty_register, org_id, reference="P-1", role="processor")
    _activity(
        empty_register, org_id, reference="P-2", role="processor", transfers_outside_eea=False
    )
    text = squeeze(body_text(build_pdf(empty_register)))
    # The part's table of each activity (after the contents, before the full descriptions).
    part = text[text.rindex(squeeze("3. Processing activities as processor")) :]
    part = part[: part.index(squeeze("Processor activities: full description"))]
    assert squeeze("Whether data are transferred outside the EEA is not recorded.") in part
    assert squeeze("No transfer outside the EEA.") in part


def test_an_organisation_without_activities(empty_register) -> None:
    _organisation(empty_register, legal_name="Empty Ltd", country="FR", language="fr")
    data = build_pdf(empty_register)
    pages = page_texts(data)
    assert len(pages) >= 5
    text = pdftotext(data)
    assert "Empty Ltd" in text
    assert "Commission nationale de l'informatique et des libertés" in text
    assert "Le registre ne contient aucune activité de traitement en cours." in text
    assert "Approbation" in text


def test_the_organisation_is_chosen_among_several(empty_register) -> None:
    _organisation(empty_register, legal_name="First SRL")
    second = _organisation(empty_register, legal_name="Second SRL")
    data = build_pdf(empty_register, second)
    assert "Second SRL" in pdftotext(data, "-l", "1")
    assert "First SRL" not in pdftotext(data)


def test_progress_is_reported_and_reaches_the_end(demo) -> None:
    db, _data = demo
    calls: list[tuple[int, int]] = []
    build_pdf(db, progress=lambda done, total: calls.append((done, total)))
    assert len(calls) > 50
    totals = {total for _done, total in calls}
    assert len(totals) == 1
    dones = [done for done, _total in calls]
    assert dones == sorted(dones)
    assert calls[-1][0] == calls[-1][1]


def test_cancel_from_progress_stops_the_build(demo) -> None:
    db, _data = demo
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done > total // 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        build_pdf(db, progress=progress)
    # Stopped at the first report past half-way: nothing ran after it.
    past_half = [(done, total) for done, total in seen if done > total // 2]
    assert past_half == [seen[-1]]
    assert seen[-1][0] < seen[-1][1]


def test_reads_the_register_once_and_renders_outside_the_session(demo, monkeypatch) -> None:
    db, _data = demo
    with db.reader() as s:
        organisation = read_tree(s)[0]
    assert organisation["activities"]
    sessions = []
    original = db.reader

    def counting_reader() -> Any:
        sessions.append(1)
        return original()

    monkeypatch.setattr(db, "reader", counting_reader)
    build_pdf(db)
    assert sessions == [1]


def test_fonts_are_shipped_with_their_licence() -> None:
    fonts = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    for face in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"):
        assert (fonts / f"{face}.ttf").stat().st_size > 100_000
    assert "Bitstream" in (fonts / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_the_document_is_laid_out_in_one_pass(demo, monkeypatch) -> None:
    """Page numbers of the contents and totals are filled in at the end: no second pass."""
    from reportlab.platypus.doctemplate import BaseDocTemplate

    db, _data = demo
    passes = []
    original = BaseDocTemplate.build

    def counting_build(self: BaseDocTemplate, *args: Any, **kwargs: Any) -> Any:
        passes.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(BaseDocTemplate, "build", counting_build)
    build_pdf(db)
    assert passes == [1]


# -- a register in two languages -------------------------------------------------------------


def _bilingual_register(db: Any) -> str:
    """A French register with Dutch texts for everything but one purpose's description."""
    org_id = _organisation(
        db,
        legal_name="Hainaut Informatique SRL",
        legal_name_nl="Hainaut Informatica BV",
        legal_form="SRL",
        legal_form_nl="BV",
        language="fr",
        other_languages=["nl"],
    )
    with db.transaction() as s:
        act = services.create(
            s,
            m.Activity,
            {
                "reference": "T-01",
                "status": "active",
                "name": "Gestion de la paie",
                "name_nl": "Loonadministratie",
                "public_description": "Nous calculons les salaires du personnel.",
                "public_description_nl": "Wij berekenen de lonen van het personeel.",
            },
            org_id,
        )
        services.create(
            s,
            m.Purpose,
            {
                "description": "Verser les salaires",
                "description_nl": "De lonen uitbetalen",
                "legal_basis": "contract",
            },
            act.id,
        )
        services.create(
            s,
            m.Purpose,
            {
                "description": "Déclarer le précompte professionnel",
                "legal_basis": "legal_obligation",
            },
            act.id,
        )
    return org_id


def test_a_dutch_register_prints_the_dutch_texts_and_marks_the_french_ones(
    empty_register,
) -> None:
    _bilingual_register(empty_register)
    dutch = build_pdf(empty_register, lang="nl")
    text = squeeze(pdftotext(dutch))
    cover = page_texts(dutch)[0]
    for expected in ("Hainaut Informatica BV", "Loonadministratie", "De lonen uitbetalen"):
        assert squeeze(expected) in text, expected
    assert squeeze("Wij berekenen de lonen van het personeel.") in text
    for french in ("Hainaut Informatique SRL", "Gestion de la paie", "Verser les salaires"):
        assert squeeze(french) not in text, french
    assert "BV" in cover and "SRL" not in cover  # the legal form, in Dutch too
    # The one text without Dutch is printed in French, marked, and the cover says why.
    assert squeeze("[FR]\u00a0Déclarer le précompte professionnel") in text
    assert squeeze(
        "Teksten die nog niet in het Nederlands vertaald zijn, worden in het Frans weergegeven"
        " en zijn gemarkeerd met [FR]."
    ) in squeeze(cover)
    meta = PdfReader(BytesIO(dutch)).metadata
    assert meta is not None and meta.author == "Hainaut Informatica BV"
    # The French register is as typed, with no mark and no such sentence.
    french_text = pdftotext(build_pdf(empty_register))
    assert "Gestion de la paie" in french_text and "[FR]" not in french_text
    assert "traduits" not in french_text


def test_the_sentence_about_marks_only_when_something_is_marked(empty_register) -> None:
    _bilingual_register(empty_register)
    with empty_register.transaction() as s:
        untranslated = m.Purpose.description_nl.is_(None)  # type: ignore[attr-defined]
        purpose = s.scalars(select(m.Purpose).where(untranslated)).one()
        services.update(s, m.Purpose, purpose.id, {"description_nl": "De bedrijfsvoorheffing"})
    text = pdftotext(build_pdf(empty_register, lang="nl"))
    assert "[FR]" not in text and "gemarkeerd" not in text
    assert "De bedrijfsvoorheffing" in text
    # English is no document language of this organisation: every text is marked.
    english = pdftotext(build_pdf(empty_register, lang="en"))
    assert squeeze("[FR]\u00a0Gestion de la paie") in squeeze(english)
    assert "Texts not yet translated into English are shown in French and marked [FR]." in (
        " ".join(english.split())
    )
