"""The privacy notice as a structured document: every item Articles 13 and 14 GDPR require is in
it, for the demo register, in each language; audiences; what the register lacks (gaps)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from babel import Locale

from ropa.core import services
from ropa.core.authorities import competent_authority
from ropa.core.register import create_register
from ropa.core.snapshot import read_tree
from ropa.core.text_languages import localise
from ropa.db import models as m
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.model import (
    BulletList,
    NoticeDocument,
    Paragraph,
    Section,
    Subheading,
    Table,
)

LANGS = ("fr", "nl", "en")
LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    db = create_register(tmp_path_factory.mktemp("notice") / "demo.ropa", demo=True)
    yield db
    db.close()


@pytest.fixture(scope="module")
def tree(demo: Any) -> dict[str, Any]:
    with demo.reader() as session:
        org_id = session.query(m.Organisation.id).scalar()
        [org] = read_tree(session, [org_id])
    return org


def public(tree: dict[str, Any], audience: str | None = None) -> list[dict[str, Any]]:
    return [
        a
        for a in tree["activities"]
        if a["in_notice"]
        and a["status"] == "active"
        and a["role"] != "processor"
        and (audience is None or audience in a["audiences"])
    ]


def text_of(section: Section | None) -> str:
    assert section is not None
    return "\n".join(section.lines())


def flat(text: str) -> str:
    return " ".join(text.split())


def in_language(tree: dict[str, Any], lang: str) -> dict[str, Any]:
    """The register's texts as a notice in lang shows them: lang's, else the main language's
    marked "[FR] …" (see test_notice_languages for what that does to the notice)."""
    return localise(tree, lang).organisation


@pytest.mark.parametrize("lang", LANGS)
def test_every_article_13_and_14_item_is_in_the_demo_notice(demo, tree, lang: str) -> None:
    doc = build_notice(demo, lang=lang)
    assert doc.lang == lang
    # Complete but for the texts the demo lacks in lang, if any (never in its main language).
    blocking = {gap.code for gap in doc.gaps if gap.blocking}
    assert doc.ready if lang == tree["language"] else blocking <= {"untranslated"}
    tree = in_language(tree, lang)
    activities = public(tree)
    assert doc.activity_count == len(activities) >= 10

    # Art. 13(1)(a): identity and contact of the controller, with its enterprise identifiers.
    controller = text_of(doc.section("controller"))
    for value in (tree["legal_name"], tree["enterprise_number"], tree["vat_number"], tree["email"]):
        assert value in controller
    assert tree["street"] in controller and tree["city"] in controller
    # Art. 13(1)(b): the DPO or privacy contact.
    contact = text_of(doc.section("contact"))
    assert tree["dpo_email"] in contact and tree["dpo_name"].split(",")[0] in contact

    # Art. 13(1)(c): every purpose, under the heading of its legal basis.
    purposes = doc.section("purposes")
    assert purposes is not None
    heading = None
    placed: dict[str, str] = {}
    for block in purposes.blocks:
        if isinstance(block, Subheading):
            heading = block.text
        elif isinstance(block, BulletList):
            for item in block.items:
                placed["".join(s.text for s in item)] = heading or ""
    basis_titles: dict[str, str] = {}
    for activity in activities:
        for purpose in activity["purposes"]:
            matches = [
                h for text, h in placed.items() if purpose["description"].strip(". ") in text
            ]
            assert matches, purpose["description"]
            basis_titles.setdefault(purpose["legal_basis"], matches[0])
            assert matches[0] == basis_titles[purpose["legal_basis"]]
    assert len(set(basis_titles.values())) == len(basis_titles) >= 4  # one heading per basis

    # Art. 13(1)(d): the legitimate interests pursued.
    interests = text_of(doc.section("legitimate_interests"))
    for activity in activities:
        for purpose in activity["purposes"]:
            if purpose["legal_basis"] == "legitimate_interests":
                assert flat(purpose["legitimate_interest"]) in flat(interests)

    # Art. 14(1)(d): the categories of data; 14(2)(f): the sources.
    data = text_of(doc.section("data"))
    names = {c["id"]: c["name"] for c in tree["data_categories"]}
    for activity in activities:
        assert activity["name"] in data
        for link in activity["data_categories"]:
            assert names[link["data_category_id"]] in data
    sources = text_of(doc.section("sources"))
    for activity in activities:
        for source in activity["sources"]:
            assert flat(source["description"]) in flat(sources)

    # Art. 13(1)(e): recipients, by category.
    recipients = text_of(doc.section("recipients"))
    parties = {p["id"]: p["name"] for p in tree["parties"]}
    for activity in activities:
        for recipient in activity["recipients"]:
            if recipient["party_id"]:
                assert parties[recipient["party_id"]] in recipients

    # Art. 13(1)(f): transfers, their safeguard and how to get a copy.
    transfers = doc.section("transfers")
    assert transfers is not None
    [table] = [b for b in transfers.blocks if isinstance(b, Table)]
    assert len(table.headers) == 4
    countries = Locale.parse(LOCALES[lang]).territories
    listed = " ".join(" ".join(row) for row in table.rows)
    for activity in activities:
        for transfer in activity["transfers"]:
            assert countries[transfer["country"]] in listed
    assert all(row[2] and row[3] for row in table.rows)  # a safeguard and a way to a copy

    # Art. 13(2)(a): retention per purpose, active and archive phases, from an event.
    retention = doc.section("retention")
    assert retention is not None
    [table] = [b for b in retention.blocks if isinstance(b, Table)]
    first_column = "\n".join(row[0] for row in table.rows)
    for activity in activities:
        assert activity["name"] in first_column
    archived = [a for a in activities for p in a["retention_phases"] if p["phase"] != "active"]
    assert archived and sum(1 for row in table.rows if any(ch.isdigit() for ch in row[2])) >= 3

    # Art. 13(2)(b)-(d): the rights, how to exercise them, the answer time, the complaint.
    rights = doc.section("rights")
    assert rights is not None
    [items] = [b for b in rights.blocks if isinstance(b, BulletList)][:1]
    assert len(items.items) == 7  # access ... portability, withdrawal; no French rule in BE
    rights_text = text_of(rights)
    assert tree["dpo_email"] in rights_text
    authority = competent_authority(tree["country"], tree["supervisory_authority"])
    assert authority is not None
    complaint = text_of(doc.section("complaint"))
    for value in (authority.name(lang), authority.address, authority.email, authority.website):
        assert value and value in complaint

    # Art. 13(2)(e), (f): whether data must be given; automated decisions with their logic.
    assert doc.section("provision") is not None
    automated = text_of(doc.section("automated"))
    for activity in activities:
        if activity["automated_decision"] or activity["profiling"]:
            assert activity["name"] in automated
            assert flat(activity["automated_logic"])[:80] in flat(automated)

    # Cookies per category (name, provider, purpose, lifetime, consent), security, version.
    cookies = doc.section("cookies")
    assert cookies is not None
    tables = [b for b in cookies.blocks if isinstance(b, Table)]
    assert len(tables) == len({c["category"] for c in tree["cookies"]})
    assert all(len(t.headers) == 5 for t in tables)
    assert {row[0] for t in tables for row in t.rows} == {c["name"] for c in tree["cookies"]}
    assert doc.section("security") is not None
    assert str(doc.version) in doc.version_line and str(doc.updated.year) in doc.version_line


def test_the_sections_are_the_same_in_every_language_with_their_own_titles(demo) -> None:
    docs = {lang: build_notice(demo, lang=lang) for lang in LANGS}
    keys = {lang: [s.key for s in doc.sections] for lang, doc in docs.items()}
    assert keys["fr"] == keys["nl"] == keys["en"]
    assert docs["fr"].section("rights").title == "Vos droits"  # type: ignore[union-attr]
    assert docs["nl"].section("rights").title == "Uw rechten"  # type: ignore[union-attr]
    assert docs["en"].section("rights").title == "Your rights"  # type: ignore[union-attr]
    assert "un mois" in text_of(docs["fr"].section("rights"))
    assert "een maand" in text_of(docs["nl"].section("rights"))
    assert "one month" in text_of(docs["en"].section("rights"))
    # Durations through Babel (with our own words where its Dutch data lack them).
    assert "ans" in text_of(docs["fr"].section("retention"))
    assert "jaar" in text_of(docs["nl"].section("retention"))
    assert "duration-" not in text_of(docs["nl"].section("cookies"))


def test_an_audience_gets_only_its_activities(demo, tree) -> None:
    doc = build_notice(demo, lang="en", audience="candidates")
    tree = in_language(tree, "en")
    data = text_of(doc.section("data"))
    expected = public(tree, "candidates")
    assert doc.activity_count == len(expected) >= 2
    for activity in tree["activities"]:
        assert (activity in expected) == (f"## {activity['name']}" in data), activity["name"]
    assert doc.section("cookies") is None  # cookies are for website visitors
    assert build_notice(demo, lang="en", audience="website_visitors").section("cookies")
    assert doc.subtitle == "For job applicants"


def test_processor_draft_retired_and_unmarked_activities_stay_out(demo, tree) -> None:
    doc = build_notice(demo, lang="en")
    tree = in_language(tree, "en")
    data = text_of(doc.section("data"))
    left_out = [a for a in tree["activities"] if a not in public(tree)]
    assert {a["role"] for a in left_out} >= {"processor"}
    assert {a["status"] for a in left_out} >= {"draft", "retired"}
    for activity in left_out:
        assert f"## {activity['name']}" not in data
    # A processor's activities belong to its clients' notices: the notice says so.
    assert "processor" in text_of(doc.section("introduction"))


# -- registers made for a test ---------------------------------------------------------------


def _register(tmp_path: Any, **org: Any) -> tuple[Any, str]:
    db = create_register(tmp_path / "t.ropa")
    with db.transaction() as s:
        values = {"legal_name": "Exemple SRL", "country": "BE", "language": "fr"}
        values.update(org)
        created = services.create_organisation(s, values)
        return db, str(created.id)


def _public_activity(db: Any, org_id: str, **values: Any) -> str:
    with db.transaction() as s:
        base = {
            "reference": "T-1",
            "name": "Gestion des clients",
            "status": "active",
            "in_notice": True,
            "audiences": ["clients"],
        }
        base.update(values)
        return str(services.create(s, m.Activity, base, org_id).id)


def _gaps(doc: NoticeDocument) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for gap in doc.gaps:
        found.setdefault(gap.code, []).append(gap)
    return found


def test_an_organisation_without_activities_gets_the_not_ready_message(tmp_path) -> None:
    db, org_id = _register(tmp_path, email="info@exemple.be")
    doc = build_notice(db, lang="fr")
    assert not doc.ready
    gaps = _gaps(doc)
    assert gaps["no_activity"][0].blocking
    message = gaps["no_activity"][0].message("fr")
    assert "Inclure dans la politique de confidentialité" in message
    # A draft marked for the notice is named: it is why the notice is empty.
    _public_activity(db, org_id, status="draft")
    doc = build_notice(db, lang="nl")
    assert not doc.ready and _gaps(doc)["draft_left_out"][0].reference.startswith("T-1")
    db.close()


def test_what_the_register_lacks_is_listed_for_the_user_not_published(tmp_path) -> None:
    db, org_id = _register(tmp_path)  # no e-mail: nobody could write to the firm
    activity = _public_activity(db, org_id)
    with db.transaction() as s:
        services.create(
            s,
            m.Purpose,
            {"description": "Facturer", "legal_basis": "legitimate_interests"},
            activity,
        )
        services.create(s, m.Transfer, {"country": "US", "recipient_name": "Cloudy Inc."}, activity)
    doc = build_notice(db, lang="en")
    gaps = _gaps(doc)
    assert not doc.ready and gaps["no_contact"][0].blocking
    for code in ("no_retention", "no_safeguard", "no_interest", "no_data_categories"):
        assert code in gaps, code
        assert not gaps[code][0].blocking
    assert gaps["no_retention"][0].activity_id == activity
    assert gaps["no_safeguard"][0].table == "transfer"
    assert "Cloudy Inc." in gaps["no_safeguard"][0].message("en")
    # Nothing of this reaches the public content.
    content = str(doc.content())
    transfers = doc.section("transfers")
    assert transfers is not None and "Cloudy Inc." in text_of(transfers)
    assert all(gap.message("en") not in content for gap in doc.gaps)
    db.close()


def test_directives_after_death_are_a_right_only_for_a_french_firm(tmp_path) -> None:
    db, org_id = _register(tmp_path, country="FR", email="contact@exemple.fr")
    _public_activity(db, org_id)
    doc = build_notice(db, lang="fr")
    rights = text_of(doc.section("rights"))
    assert "après le décès" in rights.lower() or "après votre décès" in rights
    complaint = text_of(doc.section("complaint"))
    assert "CNIL" in complaint or "Commission nationale" in complaint
    db.close()


def test_texts_typed_by_the_user_are_kept_as_plain_text(tmp_path) -> None:
    db, org_id = _register(
        tmp_path, email="a@b.example", legal_name="<b>Dupont</b> & Fils", language="en"
    )
    _public_activity(db, org_id, name="<script>alert(1)</script>", public_description="**x** & y")
    doc = build_notice(db, lang="en")
    assert "<b>Dupont</b> & Fils" in text_of(doc.section("controller"))
    data = doc.section("data")
    assert data is not None
    assert Subheading("<script>alert(1)</script>") in data.blocks
    assert Paragraph.of("**x** & y") in data.blocks
    db.close()
