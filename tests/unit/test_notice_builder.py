"""The privacy notice as a structured document: every item Articles 13 and 14 GDPR require is in
it, for the demo register, in each language; audiences; what the register lacks (gaps)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

from ropa.core import services
from ropa.core.authorities import competent_authority
from ropa.core.i18n import tr
from ropa.core.register import create_register
from ropa.core.snapshot import read_tree
from ropa.core.text_languages import localise
from ropa.db import models as m
from ropa.exports.notice import sections_rights
from ropa.exports.notice.builder import SCREEN_HEIGHT, build_notice, phone_height, purpose_head
from ropa.exports.notice.context import NoticeContext
from ropa.exports.notice.model import (
    BulletList,
    NoticeDocument,
    Paragraph,
    Section,
    Subheading,
    Table,
)
from ropa.exports.register_view import load_register_view

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
            # After "Activity:" the description goes on the sentence ("Gérer…" -> "gérer…").
            description = purpose["description"].strip(". ")
            said = (description, description[0].lower() + description[1:])
            matches = [h for text, h in placed.items() if any(d in text for d in said)]
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
    # access ... objection, objection to direct marketing, portability, withdrawal; no French
    # rule in BE
    assert len(items.items) == 8
    rights_text = text_of(rights)
    assert tree["dpo_email"] in rights_text
    authority = competent_authority(tree["country"], tree["supervisory_authority"])
    assert authority is not None
    complaint = text_of(doc.section("complaint"))
    website = authority.website_in(lang)
    for value in (authority.name(lang), authority.address, authority.email, website):
        assert value and value in complaint
    # A Belgian reader is sent to the authority's pages in the notice's language.
    assert (authority.complaint_url_in(lang) or "") in complaint
    if lang == "nl":
        assert "gegevensbeschermingsautoriteit.be" in complaint
        assert "autoriteprotectiondonnees.be" not in complaint

    # Art. 13(2)(e), (f): whether data must be given; automated decisions with their logic.
    assert doc.section("provision") is not None
    automated = text_of(doc.section("automated"))
    for activity in activities:
        if activity["automated_decision"] or activity["profiling"]:
            assert activity["name"] in automated
            # After its label, inside the sentence: "Fonctionnement : le CRM attribue…".
            assert flat(activity["automated_logic"])[1:80] in flat(automated)

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
    # A processor's activities belong to its clients' notices: the notice says so, in its own
    # part when it describes them, else in the introduction.
    processor = doc.section("processor")
    if processor is not None:
        assert "clients" in text_of(processor)
        assert "processor" not in text_of(doc.section("introduction"))
    else:
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
    for code in ("no_interest", "no_data_categories"):
        assert code in gaps, code
        assert not gaps[code][0].blocking
    # Without a retention period, the activity still shows, as to be determined: blocking.
    assert gaps["no_retention"][0].blocking
    retention = doc.section("retention")
    assert retention is not None
    [table] = [b for b in retention.blocks if isinstance(b, Table)]
    assert [row[1] for row in table.rows] == ["To be determined"]
    # A transfer without a safeguard cannot be published (shown in the preview, named).
    assert gaps["no_safeguard"][0].blocking
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


# -- the first layer, the version line ---------------------------------------------------------


def _words(section: Section) -> int:
    """Words a reader sees (the list marks of Section.lines() are not words)."""
    lines = [line.removeprefix("- ") for line in section.lines()]
    return len(section.title.split()) + sum(len(line.split()) for line in lines)


def _first_layer_line(activity: dict[str, Any], lines: list[str]) -> str:
    """The first layer's line about an activity: the one naming it, else (its only or first
    purpose says its name) the one starting with one of its purposes."""
    heads = [purpose_head(p["description"] or "") for p in activity["purposes"]]
    for line in lines:
        if line.startswith(f"{activity['name']}\u00a0:") or line.startswith(f"{activity['name']}:"):
            return line
    return next(line for line in lines if any(h and line.startswith(h) for h in heads))


def _says_or_counts(lang: str, activity: dict[str, Any], line: str) -> None:
    """An activity's line says what and why: at least one of its purposes, each whole (its
    first clause, never cut), and counts the others ("et 2 autres finalités")."""
    heads = list(
        dict.fromkeys(
            h for p in activity["purposes"] if (h := purpose_head(p["description"] or ""))
        )
    )
    said = [h for h in heads if h in line or h[0].lower() + h[1:] in line]
    assert said, (activity["name"], line)
    assert "\u2026" not in line and "..." not in line  # nothing cut
    more = [
        n
        for n in range(1, len(heads))
        if tr(lang, f"notice.summary.more.{'one' if n == 1 else 'other'}", count=n) in line
    ]
    assert len(said) + sum(more[-1:]) == len(heads), (activity["name"], line, said, more)


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_layer_comes_first_and_says_what_and_why(demo, tree, lang: str) -> None:
    tree = in_language(tree, lang)
    for audience in (None, "clients", "candidates", "website_visitors"):
        doc = build_notice(demo, lang=lang, audience=audience)
        summary = doc.sections[0]
        assert summary.key == "summary" and doc.summary == summary
        assert summary.title == {"fr": "En bref", "nl": "In het kort", "en": "In short"}[lang]
        text = text_of(summary)
        # Who we are, what we do and why (each activity of the notice), the rights, a contact.
        assert tree["legal_name"] in text and tree["dpo_email"] in text
        [items] = [b for b in summary.blocks if isinstance(b, BulletList)]
        lines = ["".join(s.text for s in item) for item in items.items]
        activities = public(tree, audience)
        assert len(lines) == len(activities)
        for activity in activities:
            _says_or_counts(lang, activity, _first_layer_line(activity, lines))
        for activity in tree["activities"]:
            if activity["role"] == "processor":
                assert f"- {activity['name']}" not in text
        assert {"fr": "rectification", "nl": "rectificatie", "en": "rectification"}[lang] in text
        complaint = {"fr": "réclamation", "nl": "klacht", "en": "complaint"}[lang]
        assert complaint in text
        # A few activities fit one phone screen, each purpose still whole.
        if len(activities) <= 3:
            assert phone_height(list(summary.blocks)) <= SCREEN_HEIGHT, audience


FIRMS = Path(__file__).resolve().parent.parent / "fixtures" / "firms"


@pytest.mark.parametrize("firm", ["in2cloud", "clicknconnect", "guichet"])
def test_a_small_firms_first_layer_fits_a_phone_and_cuts_no_purpose(tmp_path, firm: str) -> None:
    """The firms' notices (tests/fixtures/firms): their first layer fits one phone screen
    (844 px high, as the builder estimates it; test_notice_html measures it in Chromium), and
    says each activity's purposes whole, or counts those it leaves to the details."""
    from ropa.exports.interchange import import_json_file

    db = create_register(tmp_path / f"{firm}.ropa")
    try:
        import_json_file(db, FIRMS / f"{firm}.json")
        doc = build_notice(db, lang="fr")
        with db.reader() as s:
            org_id = s.query(m.Organisation.id).scalar()
            [org] = read_tree(s, [org_id])
    finally:
        db.close()
    summary = doc.summary
    assert summary is not None
    assert phone_height(list(summary.blocks)) <= SCREEN_HEIGHT
    [items] = [b for b in summary.blocks if isinstance(b, BulletList)]
    lines = ["".join(s.text for s in item) for item in items.items]
    for activity in public(org):
        _says_or_counts("fr", activity, _first_layer_line(activity, lines))


@pytest.mark.parametrize(
    ("description", "head"),
    [
        # A bracket inside the clause is left out, not where the clause ends.
        (
            "Gérer les inscriptions, l'accueil (badges nominatifs) et l'envoi des supports",
            "Gérer les inscriptions, l'accueil et l'envoi des supports",
        ),
        ("Traiter les commandes : compte client, paiement, livraison", "Traiter les commandes"),
        ("Calculer la paie ; faire les déclarations sociales", "Calculer la paie"),
        # Examples after a comma are left out; an enumeration is kept.
        (
            "Communiquer vos données lorsque la loi l'exige, notamment pour un jugement",
            "Communiquer vos données lorsque la loi l'exige",
        ),
        (
            "Protéger nos droits et nos biens, ou ceux de nos clients, lorsqu'ils sont menacés",
            "Protéger nos droits et nos biens, ou ceux de nos clients, lorsqu'ils sont menacés",
        ),
        # An abbreviation's full stop ends nothing; a sentence's does.
        ("Respecter l'art. 5 du code. Puis archiver", "Respecter l'art. 5 du code"),
        ("Gérer les contacts, notamment : nom, e-mail", "Gérer les contacts"),
    ],
)
def test_a_purposes_first_clause_is_whole(description: str, head: str) -> None:
    assert purpose_head(description) == head


def test_a_long_purpose_is_said_whole_or_counted_never_cut(tmp_path) -> None:
    db, org_id = _register(tmp_path, email="info@exemple.be")
    long = (
        "Protéger nos droits et nos biens, ou ceux de nos partenaires, fournisseurs, clients ou "
        "d'autres personnes, lorsqu'ils sont menacés par une fraude, un litige ou une attaque"
    )
    for index in range(1, 9):
        activity = _public_activity(
            db, org_id, reference=f"T-{index}", name=f"Relations avec les partenaires {index}"
        )
        with db.transaction() as s:
            for description in (long, "Traiter vos achats", "Mener des enquêtes de satisfaction"):
                services.create(
                    s,
                    m.Purpose,
                    {"description": description, "legal_basis": "legitimate_interests"},
                    activity,
                )
    doc = build_notice(db, lang="fr")
    with db.reader() as s:
        [org] = read_tree(s, [org_id])
    db.close()
    assert doc.summary is not None
    [items] = [b for b in doc.summary.blocks if isinstance(b, BulletList)]
    lines = ["".join(s.text for s in item) for item in items.items]
    for activity in public(org):
        line = _first_layer_line(activity, lines)
        _says_or_counts("fr", activity, line)
    # Too long for one screen with every purpose: the shortest is said, the others counted.
    assert lines[0] == (
        "Relations avec les partenaires 1\u00a0: traiter vos achats\u00a0; "
        "et 2\u00a0autres finalités."
    )


def test_the_firms_own_version_label_and_date_replace_the_number(tmp_path) -> None:
    from datetime import date

    db, org_id = _register(tmp_path, email="info@exemple.be")
    _public_activity(db, org_id)
    doc = build_notice(db, lang="fr")
    assert doc.version_line.startswith("Version 1 ")
    with db.transaction() as s:
        services.update(
            s,
            m.Organisation,
            org_id,
            {"notice_version_label": "2.3", "notice_version_date": date(2025, 3, 14)},
        )
    doc = build_notice(db, lang="fr")
    assert doc.version_line == "Version 2.3 \u2013 mise à jour le 14 mars 2025"
    assert doc.version == 1  # publishing still numbers the versions
    assert "14 March 2025" in build_notice(db, lang="en").version_line
    db.close()


# -- who we are ------------------------------------------------------------------------------


def test_a_custom_introduction_is_followed_by_a_sentence_that_names_the_notice(tmp_path) -> None:
    db, org_id = _register(
        tmp_path, email="info@exemple.be", notice_introduction="Nous réparons des ordinateurs."
    )
    _public_activity(db, org_id)
    intro = text_of(build_notice(db, lang="fr").section("introduction")).split("\n")
    assert intro[0] == "Nous réparons des ordinateurs."
    assert intro[1].startswith("Cette politique explique comment Exemple SRL traite")
    assert not any(line.startswith(("Elle ", "Ze ", "It ")) for line in intro)
    db.close()


@pytest.mark.parametrize(
    ("country", "own", "expected"),
    [
        ("BE", None, "la loi du 30 juillet 2018 relative à la protection des personnes physiques"),
        ("FR", None, "la loi n°\u00a078-17 du 6 janvier 1978 relative à l'informatique"),
        ("DE", None, None),
        (
            "DE",
            "Bundesdatenschutzgesetz (BDSG)",
            "Nous appliquons le RGPD et Bundesdatenschutzgesetz",
        ),
        (
            "BE",
            "la loi du 30 juillet 2018 (titre 1er).",
            "le RGPD et la loi du 30 juillet 2018 (titre 1er).",
        ),
    ],
)
def test_the_national_law_is_derived_from_the_country_or_the_firms_own(
    tmp_path, country: str, own: str | None, expected: str | None
) -> None:
    db, org_id = _register(tmp_path, email="info@exemple.be", country=country, national_law=own)
    _public_activity(db, org_id)
    intro = text_of(build_notice(db, lang="fr").section("introduction"))
    if expected is None:
        assert "Nous appliquons" not in intro
    else:
        assert expected in intro
    db.close()


def test_a_partial_address_is_never_printed_as_if_complete(tmp_path) -> None:
    db, org_id = _register(tmp_path, email="info@exemple.be", postcode="5000", city="Namur")
    _public_activity(db, org_id)
    doc = build_notice(db, lang="fr")
    for key in ("controller", "contact", "rights"):
        text = text_of(doc.section(key))
        assert "Namur" not in text and "Belgique" not in text and "Adresse" not in text
    assert ("organisation", "street") in {(g.table, g.column) for g in doc.gaps}
    with db.transaction() as s:
        services.update(s, m.Organisation, org_id, {"street": "Rue de Fer 1"})
    controller = text_of(build_notice(db, lang="fr").section("controller"))
    assert "Adresse\u00a0: Rue de Fer 1, 5000 Namur, Belgique" in controller
    db.close()


def test_the_legal_representative_and_the_privacy_contact_are_printed_as_recorded(
    tmp_path,
) -> None:
    db, org_id = _register(
        tmp_path,
        email="info@exemple.be",
        legal_representative="Anne Lenoir, gérante",
        dpo_name="Anne Lenoir",
        dpo_designated=False,
    )
    _public_activity(db, org_id)
    doc = build_notice(db, lang="fr")
    assert "Représentant légal\u00a0: Anne Lenoir, gérante" in text_of(doc.section("controller"))
    contact = text_of(doc.section("contact"))
    assert "adressez-vous à Anne Lenoir\u00a0:" in contact and "interlocuteur" not in contact
    assert "Nous n'avons pas désigné de délégué" in contact
    db.close()


def _declared(tmp_path: Any, **org: Any) -> tuple[NoticeDocument, str]:
    db, org_id = _register(tmp_path, email="info@exemple.be", **org)
    _public_activity(db, org_id)
    doc = build_notice(db, lang="en")
    db.close()
    return doc, text_of(doc.section("introduction"))


def test_declarations_are_said_only_as_recorded(tmp_path) -> None:
    doc, intro = _declared(tmp_path / "unknown")
    assert "sell" not in intro and "special categor" not in intro and "minors" not in intro
    gaps = {(g.code, g.column) for g in doc.gaps}
    assert {
        ("sells_data_unknown", "sells_data"),
        ("special_data_unknown", "processes_special_data"),
        ("minors_unknown", "processes_minors_data"),
    } <= gaps

    doc, intro = _declared(
        tmp_path / "no",
        sells_data=False,
        processes_special_data=False,
        processes_minors_data=False,
        minors_age=13,
    )
    assert "We do not sell your data." in intro
    assert "We do not process special categories of personal data" in intro
    assert "We do not process data about children under 13." in intro

    # Selling data is said as it is, and the notice needs the third parties who get them.
    doc, intro = _declared(tmp_path / "yes", sells_data=True, processes_minors_data=True)
    assert "We sell or pass on personal data to third parties" in intro
    assert "Some of the data we process concern minors." in intro
    assert "sale_without_third_party" in {g.code for g in doc.gaps}


def test_special_category_data_are_derived_from_the_activities(tmp_path) -> None:
    db, org_id = _register(tmp_path, email="info@exemple.be", processes_special_data=False)
    activity = _public_activity(db, org_id)
    with db.transaction() as s:
        health = services.create(s, m.DataCategory, {"name": "Santé", "is_special": True}, org_id)
        services.create(s, m.ActivityDataCategory, {"data_category_id": health.id}, activity)
    doc = build_notice(db, lang="fr")
    intro = text_of(doc.section("introduction"))
    assert "Nous traitons des catégories particulières" in intro
    assert "ne traitons pas de catégories" not in intro
    assert "special_data_contradiction" in {g.code for g in doc.gaps}
    db.close()


def test_where_data_are_is_derived_from_the_processors_countries(tmp_path) -> None:
    db, org_id = _register(tmp_path, email="info@exemple.be")
    activity = _public_activity(db, org_id)
    with db.transaction() as s:
        for name, country in (("Hébergeur SA", "BE"), ("Mailer Inc.", "US"), ("Sans pays", None)):
            party = services.create(
                s, m.Party, {"name": name, "kind": "processor", "country": country}, org_id
            )
            services.create(
                s, m.ActivityRecipient, {"kind": "processor", "party_id": party.id}, activity
            )
    doc = build_notice(db, lang="fr")
    # One processor without a country: the list would be incomplete, so it is not said.
    assert "Pays d'établissement" not in text_of(doc.section("introduction"))
    [gap] = [g for g in doc.gaps if g.code == "processor_no_country"]
    assert (gap.table, gap.column) == ("party", "country") and "Sans pays" in gap.message("fr")
    with db.transaction() as s:
        party_id = s.query(m.Party.id).filter(m.Party.name == "Sans pays").scalar()
        services.update(s, m.Party, party_id, {"country": "DE"})
    intro = text_of(build_notice(db, lang="fr").section("introduction"))
    assert "prestataires qui traitent vos données pour notre compte\u00a0: " in intro
    assert "Allemagne, Belgique et États-Unis." in intro
    with db.transaction() as s:
        services.update(s, m.Organisation, org_id, {"data_location": "En Belgique uniquement"})
    intro = text_of(build_notice(db, lang="fr").section("introduction"))
    assert "Où se trouvent vos données\u00a0: En Belgique uniquement." in intro
    assert "Pays d'établissement" not in intro
    db.close()


# -- rights, cookies, security, changes --------------------------------------------------------


def test_how_to_exercise_rights_says_only_what_the_firm_recorded(tmp_path) -> None:
    db, org_id = _register(tmp_path, email="info@exemple.be", street="Rue de Fer 1", city="Namur")
    _public_activity(db, org_id)
    rights = text_of(build_notice(db, lang="fr").section("rights"))
    # Nothing recorded: no channel, no identity sentence, no own answer time; the law stays.
    assert "Pour exercer vos droits" not in rights and "identité" not in rights
    assert "sans retard injustifié" in rights and "un mois" in rights and "gratuit" in rights
    with db.transaction() as s:
        services.update(
            s,
            m.Organisation,
            org_id,
            {"rights_channels": ["email", "form"], "identity_proof": "always", "response_days": 10},
        )
    doc = build_notice(db, lang="fr")
    rights = text_of(doc.section("rights"))
    assert "Par e-mail\u00a0: info@exemple.be" in rights
    assert "Par courrier" not in rights  # not a channel the firm recorded
    assert "Nous vous demandons de justifier de votre identité" in rights
    assert "nous nous efforçons de répondre dans les 10\u00a0jours" in rights.replace(
        " jours", "\u00a0jours"
    )
    # The form has no address yet: left out, and named.
    assert "formulaire" not in rights
    assert any(g.code == "rights_channel_incomplete" for g in doc.gaps)
    db.close()


def test_an_answer_time_beyond_the_legal_month_is_not_printed(tmp_path) -> None:
    db, org_id = _register(tmp_path, email="info@exemple.be", response_days=45)
    _public_activity(db, org_id)
    doc = build_notice(db, lang="en")
    assert "45" not in text_of(doc.section("rights"))
    assert any(g.code == "response_days_too_long" for g in doc.gaps)
    db.close()


def _cookie(db: Any, org_id: str, name: str, category: str, consent: bool, **values: Any) -> None:
    with db.transaction() as s:
        base = {
            "name": name,
            "category": category,
            "consent_required": consent,
            "purpose": f"Purpose of {name}",
            "lifetime_value": 1,
            "lifetime_unit": "years",
        }
        base.update(values)
        services.create(s, m.Cookie, base, org_id)


def _cookie_blocks(doc: NoticeDocument) -> dict[str, list[Any]]:
    cookies = doc.section("cookies")
    assert cookies is not None
    found: dict[str, list[Any]] = {}
    heading = ""
    for block in cookies.blocks:
        if isinstance(block, Subheading):
            heading = block.text
            found[heading] = []
        elif heading and not any(isinstance(b, Table) for b in found[heading]):
            found[heading].append(block)  # a category's blocks: its sentence, its table
    return found


def test_a_french_firm_may_rely_on_an_exemption_it_records(tmp_path) -> None:
    db, org_id = _register(tmp_path, email="info@exemple.fr", language="en", country="FR")
    _public_activity(db, org_id)
    _cookie(db, org_id, "stat", "analytics", False, exemption_conditions="CNIL 2020-091")
    doc = build_notice(db, lang="en")
    assert not [g for g in doc.gaps if g.code.startswith("cookie_")]
    # The exemption is said with the conditions the firm recorded, nothing more.
    assert "because they are exempt from it: CNIL 2020-091." in text_of(doc.section("cookies"))


def test_a_cookie_categorys_consent_wording_follows_its_cookies(tmp_path) -> None:
    db, org_id = _register(tmp_path, email="info@exemple.be", language="en")
    _public_activity(db, org_id)
    _cookie(db, org_id, "sess", "strictly_necessary", False)
    _cookie(db, org_id, "pref", "functional", True)
    _cookie(db, org_id, "lang", "functional", False, exemption_conditions="CNIL 2020-091")
    _cookie(db, org_id, "stat", "analytics", False, exemption_conditions="CNIL 2020-091")
    _cookie(db, org_id, "ads", "marketing", False)
    doc = build_notice(db, lang="en")
    blocks = _cookie_blocks(doc)
    said = {
        heading: " ".join(b.text() for b in found if isinstance(b, Paragraph))
        for heading, found in blocks.items()
    }
    necessary, functional, analytics, marketing = (said[h] for h in blocks)
    assert "are essential to provide you" in necessary and "do not need your consent" in necessary
    assert functional == ""  # mixed: each row says it
    assert analytics == ""  # Belgian: no exemption to state (each is a blocking gap below)
    assert marketing == ""
    # A marketing cookie without consent nor exemption conditions blocks publication.
    [gap] = [g for g in doc.gaps if g.code == "cookie_no_exemption"]
    assert gap.blocking and gap.column == "exemption_conditions" and "ads" in gap.message("en")
    # This firm is Belgian: no exemption applies there beyond strictly necessary cookies, so
    # each cookie relying on one blocks publication too, named.
    belgian = [g for g in doc.gaps if g.code == "cookie_exemption_in_belgium"]
    assert {g.params["name"] for g in belgian} == {"lang", "stat"}
    assert all(g.blocking and g.column == "consent_required" for g in belgian)
    # Each row says whether consent is asked, as recorded.
    tables = [b for found in blocks.values() for b in found if isinstance(b, Table)]
    consent = {row[0]: row[4] for t in tables for row in t.rows}
    assert consent == {"sess": "No", "pref": "Yes", "lang": "No", "stat": "No", "ads": "No"}
    text = text_of(doc.section("cookies"))
    # Nothing the register does not say: how the choice is made, what refusing changes.
    assert "as easily as" not in text and "prevent" not in text
    assert "How we ask for your choice" not in text
    assert {"no_cookie_consent_method", "no_cookie_refusal_effect"} <= {g.code for g in doc.gaps}
    db.close()


def test_a_cookie_policy_page_replaces_the_cookie_tables(tmp_path) -> None:
    db, org_id = _register(
        tmp_path, email="info@exemple.be", cookie_policy_url="https://exemple.be/cookies"
    )
    _public_activity(db, org_id)
    _cookie(db, org_id, "sess", "strictly_necessary", False, purpose=None)
    cookies = build_notice(db, lang="fr").section("cookies")
    assert cookies is not None and len(cookies.blocks) == 1
    [paragraph] = cookies.blocks
    assert isinstance(paragraph, Paragraph)
    assert paragraph.spans[-1].href == "https://exemple.be/cookies"
    db.close()


def test_a_cookie_without_purpose_or_lifetime_is_named(tmp_path) -> None:
    db, org_id = _register(tmp_path, email="info@exemple.be")
    _public_activity(db, org_id)
    _cookie(
        db,
        org_id,
        "mystery",
        "strictly_necessary",
        False,
        purpose=None,
        lifetime_value=None,
        lifetime_unit=None,
    )
    doc = build_notice(db, lang="fr")
    gaps = {g.code: g for g in doc.gaps}
    assert gaps["cookie_no_purpose"].blocking and "mystery" in gaps["cookie_no_purpose"].message(
        "fr"
    )
    assert gaps["cookie_no_lifetime"].column == "lifetime_value"
    assert gaps["cookie_no_lifetime"].blocking  # "to be determined" is never published
    [table] = [b for b in doc.section("cookies").blocks if isinstance(b, Table)]  # type: ignore[union-attr]
    assert table.rows[0][2] == table.rows[0][3] == "À déterminer"
    db.close()


def test_security_and_changes_say_no_more_than_the_register(tmp_path) -> None:
    db, org_id = _register(tmp_path, email="info@exemple.be")
    activity = _public_activity(db, org_id)
    doc = build_notice(db, lang="fr")
    # No measure recorded: no section (the breach sentence alone would not say how the data
    # are protected), and the user is told what to record.
    assert doc.section("security") is None
    assert "no_security" in _gaps(doc)
    changes = text_of(doc.section("changes"))
    assert "directement" not in changes and "version" in changes
    with db.transaction() as s:
        measure = services.create(
            s, m.SecurityMeasure, {"name": "Coffre-fort numérique", "kind": "technical"}, org_id
        )
        owner = services.get(s, m.Activity, activity)
        services.set_links(s, owner, "security_measures", [str(measure.id)])
    security = text_of(build_notice(db, lang="fr").section("security"))
    assert "Coffre-fort numérique" in security and "Mesures organisationnelles" not in security
    # Art. 34: only a breach likely to result in a high risk, save the cases of Art. 34(3).
    assert flat(security).endswith(
        "Si une violation de données vous concernant est susceptible d'engendrer un risque "
        "élevé pour vos droits et libertés, nous vous en informons dans les meilleurs délais, "
        "sauf dans les cas prévus à l'article 34.3 du RGPD."
    )
    db.close()


# -- cookie headings and rows agree, whatever the cookies ----------------------------------------

_COOKIES = st.lists(
    st.fixed_dictionaries(
        {
            "category": st.sampled_from(
                ("strictly_necessary", "functional", "analytics", "marketing")
            ),
            "consent_required": st.booleans(),
            "exemption_conditions": st.sampled_from((None, "", "CNIL 2020-091")),
        }
    ),
    min_size=1,
    max_size=8,
)


@pytest.fixture(scope="module")
def view_en(demo) -> Any:
    with demo.reader() as s:
        org_id = s.query(m.Organisation.id).scalar()
        return load_register_view(s, org_id, "en", with_history=False)


@settings(max_examples=150, deadline=None)
@given(cookies=_COOKIES)
def test_a_cookie_headings_sentence_is_true_of_every_row_under_it(view_en, cookies) -> None:
    rows = []
    for i, values in enumerate(cookies):
        row = {
            "id": f"c{i}",
            "name": f"cookie{i}",
            "provider": "Example",
            "party_id": None,
            "first_party": True,
            "purpose": "A purpose",
            "lifetime_value": 1,
            "lifetime_unit": "years",
            **values,
        }
        rows.append(row)
    # A French firm: an exemption may be stated there (a Belgian one states none).
    organisation = dict(view_en.organisation, cookies=rows, cookie_policy_url=None, country="FR")
    ctx = NoticeContext(
        view=replace(view_en, organisation=organisation), audience=None, activities=[]
    )
    section = sections_rights.cookies(ctx)
    assert section is not None
    said = {
        "consent": ctx.t("cookies.consent_all"),
        "necessary": ctx.t("cookies.necessary"),
        "exempt": ctx.t("cookies.exempt", conditions="CNIL 2020-091"),
    }
    yes, no = ctx.view.yes_no(True), ctx.view.yes_no(False)
    heading: str | None = None
    sentence: str | None = None
    seen: set[str] = set()
    for block in section.blocks:
        if isinstance(block, Subheading):
            heading, sentence = block.text, None
        elif isinstance(block, Paragraph) and heading is not None and sentence is None:
            sentence = block.text()
        elif isinstance(block, Table):
            consent = [row[4] for row in block.rows]
            seen.update(row[0] for row in block.rows)
            wanted = {r["name"]: r for r in rows}
            under = [wanted[row[0]] for row in block.rows]
            if sentence == said["consent"]:
                assert set(consent) == {yes}
            elif sentence == said["necessary"]:
                assert set(consent) == {no}
                assert {r["category"] for r in under} == {"strictly_necessary"}
            elif sentence == said["exempt"]:
                assert set(consent) == {no} and all(r["exemption_conditions"] for r in under)
            else:  # no sentence: the rows differ, or some lack what a sentence would need
                assert sentence is None or sentence not in said.values()
                assert len(set(consent)) > 1 or not all(r["consent_required"] for r in under)
            heading = None
    assert seen == {r["name"] for r in rows}
    # A cookie neither strictly necessary, nor placed with consent, nor exempt: blocking, named.
    unfounded = {
        r["name"]
        for r in rows
        if r["category"] != "strictly_necessary"
        and not r["consent_required"]
        and not r["exemption_conditions"]
    }
    named = {g.params["name"] for g in ctx.gaps if g.code == "cookie_no_exemption" and g.blocking}
    assert named == unfounded
