"""The notice in each document language: the firm's own texts in that language, every text it
lacks there named as a blocking gap, publication refused until it is complete, each language
published and compared on its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ropa import cli
from ropa.core import services
from ropa.core.register import create_register, open_register
from ropa.core.snapshot import read_tree
from ropa.core.tree import ORGANISATION, Node
from ropa.db import models as m
from ropa.db.translations import TRANSLATABLE, translated
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.formats import render
from ropa.exports.notice.model import NoticeDocument
from ropa.exports.notice.versions import (
    NotReadyError,
    list_versions,
    load_version,
    notice_status,
    publish_notice,
)

MARK = "[FR]\u00a0"


@pytest.fixture
def register(tmp_path: Path) -> Iterator[tuple[Any, str]]:
    """A Brussels firm writing in French and Dutch: every text the notice shows has its Dutch
    version, except the description of the second purpose of T-04."""
    db = create_register(tmp_path / "bxl.ropa")
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {
                "legal_name": "Hainaut Informatique",
                "legal_name_nl": "Henegouwen Informatica",
                "legal_form": "SRL",
                "legal_form_nl": "BV",
                "country": "BE",
                "language": "fr",
                "other_languages": ["nl"],
                "email": "privacy@hainaut.example",
                "street": "Rue Royale 1",
                "postcode": "1000",
                "city": "Bruxelles",
                "notice_introduction": "Nous respectons votre vie privée.",
                "notice_introduction_nl": "Wij respecteren uw privacy.",
            },
        )
        org_id = str(org.id)
        category = s.scalars(
            select(m.DataCategory).where(m.DataCategory.organisation_id == org_id)
        ).first()
        assert category is not None and category.name_nl  # seeded in both languages
        activity = services.create(
            s,
            m.Activity,
            {
                "reference": "T-04",
                "name": "Recrutement",
                "name_nl": "Werving",
                "public_description": "Nous examinons les candidatures reçues.",
                "public_description_nl": "Wij bekijken de ontvangen sollicitaties.",
                "status": "active",
                "in_notice": True,
                "audiences": ["candidates"],
            },
            org_id,
        )
        services.create(
            s,
            m.ActivityDataCategory,
            {"data_category_id": category.id, "detail": "CV", "detail_nl": "cv"},
            activity.id,
        )
        # A retention period (without one the notice is not ready, whatever its language).
        services.create(
            s,
            m.RetentionPhase,
            {
                "phase": "active",
                "duration_value": 6,
                "duration_unit": "months",
                "start_event": "collection",
            },
            activity.id,
        )
        services.create(
            s,
            m.Purpose,
            {
                "description": "Choisir les candidats",
                "description_nl": "Kandidaten kiezen",
                "legal_basis": "contract",
                "position": 0,
            },
            activity.id,
        )
        services.create(
            s,
            m.Purpose,
            {
                "description": "Constituer une réserve de recrutement",
                "legal_basis": "consent",
                "position": 1,
                "consent_withdrawal": "en écrivant à privacy@hainaut.example",
                "consent_withdrawal_nl": "door te schrijven naar privacy@hainaut.example",
            },
            activity.id,
        )
    yield db, org_id
    db.close()


def _text(doc: NoticeDocument) -> str:
    """Everything the notice says, as plain text."""
    return "\n".join([doc.title, doc.subtitle, *(line for s in doc.sections for line in s.lines())])


def _untranslated(doc: NoticeDocument) -> list[Any]:
    return [gap for gap in doc.gaps if gap.code == "untranslated"]


def _fill_second_purpose(db: Any) -> None:
    with db.transaction() as s:
        purpose = s.scalars(
            select(m.Purpose).where(m.Purpose.description.like("Constituer%"))
        ).one()
        services.update(
            s, m.Purpose, purpose.id, {"description_nl": "Een wervingsreserve aanleggen"}
        )


def _french_texts(db: Any, org_id: str) -> list[str]:
    """Every French text of the register that has a Dutch version."""
    with db.reader() as session:
        [org] = read_tree(session, [org_id])
    found: list[str] = []

    def walk(node: Node, row: dict[str, Any]) -> None:
        for field in TRANSLATABLE.get(node.name, ()):
            if row.get(field) and row.get(translated(field, "nl")):
                found.append(str(row[field]))
        for child in node.children:
            for child_row in row.get(child.key, []):
                walk(child, child_row)

    walk(ORGANISATION, org)
    return found


def test_the_dutch_notice_reads_the_dutch_texts_and_names_the_missing_one(register) -> None:
    db, org_id = register
    doc = build_notice(db, lang="nl")
    text = _text(doc)
    for dutch in (
        "Henegouwen Informatica BV",
        "Wij respecteren uw privacy.",
        "Werving",
        "Wij bekijken de ontvangen sollicitaties.",
        "kandidaten kiezen",  # after "Werving:", inside the sentence
        "door te schrijven naar privacy@hainaut.example.",
        ": cv",  # the category's detail in this activity
    ):
        assert dutch in text, dutch
    # The French text shows only where the Dutch one is missing, marked as French.
    assert MARK + "Constituer une réserve de recrutement" in text
    for french in (
        "Hainaut Informatique",
        "SRL",
        "Nous respectons",
        "Recrutement",
        "Nous examinons",
        "hoisir les candidats",
        "en écrivant",
    ):
        assert french not in text, french

    [gap] = _untranslated(doc)
    assert gap.blocking and not doc.ready
    assert gap.activity_id is not None and gap.table == "purpose"
    assert gap.where("en") == "T-04 \u2013 Werving, Purpose 2"
    assert gap.message("en").startswith("No Dutch text: enter it")
    assert gap.where("fr") == "T-04 \u2013 Werving, Finalité 2"
    assert "Pas de texte en néerlandais" in gap.message("fr")
    assert "in het Nederlands" in gap.message("nl")
    # The gaps are for the user: none of their words reaches the public content.
    assert gap.message("nl") not in text


def test_publishing_in_dutch_is_refused_until_the_text_is_there(register) -> None:
    db, _org_id = register
    with pytest.raises(NotReadyError) as raised:
        publish_notice(db, lang="nl")
    message = raised.value.message("fr")
    assert "T-04 \u2013 Werving, Finalité 2" in message
    assert "Pas de texte en néerlandais" in message
    assert list_versions(db) == []

    _fill_second_purpose(db)
    doc = build_notice(db, lang="nl")
    assert doc.ready and not _untranslated(doc) and MARK not in _text(doc)
    assert "Een wervingsreserve aanleggen" in _text(doc)
    result = publish_notice(db, lang="nl")
    assert result.created and result.number == 1
    assert build_notice(db, lang="nl").published


def test_the_french_notice_has_no_gap_from_translations(register) -> None:
    db, _org_id = register
    doc = build_notice(db, lang="fr")
    assert doc.ready and not _untranslated(doc)
    text = _text(doc)
    assert "Hainaut Informatique SRL" in text and "Constituer une réserve" in text
    assert MARK not in text and "Werving" not in text and "BV" not in text


def test_the_dutch_notice_leaks_no_french_text(register) -> None:
    """Every French text with a Dutch version stays out of the Dutch notice, in every format."""
    db, org_id = register
    _fill_second_purpose(db)
    doc = build_notice(db, lang="nl")
    french = _french_texts(db, org_id)
    assert "Constituer une réserve de recrutement" in french and "Recrutement" in french
    rendered = render(doc, "md").decode("utf-8")
    for text in french:
        assert text not in _text(doc), text
        assert text not in rendered, text


def test_each_language_is_published_and_compared_on_its_own(register) -> None:
    db, _org_id = register
    assert publish_notice(db, lang="fr").number == 1
    # Dutch was never published: its status says so, not "changed since version 1".
    dutch = build_notice(db, lang="nl")
    assert not dutch.published and notice_status(db, dutch).latest is None
    _fill_second_purpose(db)
    result = publish_notice(db, lang="nl")
    assert result.created and result.number == 2
    # Version 2 still holds the French published with version 1, unchanged.
    french = build_notice(db, lang="fr")
    assert french.published and notice_status(db, french).up_to_date
    assert not publish_notice(db, lang="fr").created
    newest, first = list_versions(db)
    assert load_version(db, newest.id, lang="nl").lang == "nl"
    assert load_version(db, newest.id, lang="fr").content() == french.content()
    # Version 1 was not published in Dutch: asked for it in Dutch, it shows its French.
    assert load_version(db, first.id, lang="nl").lang == "fr"


def test_the_command_refuses_to_publish_in_dutch_and_names_the_text(
    register, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _org_id = register
    path = str(db.path)
    db.close()
    code = cli.main(["notice", path, "--lang", "nl", "--publish"])
    _out, err = capsys.readouterr()
    assert code == cli.EXIT_DATA
    assert "T-04 \u2013 Werving, Doeleinde 2: Geen tekst in het Nederlands: vul hem in" in err
    assert "Traceback" not in err
    db = open_register(Path(path))
    try:
        assert list_versions(db) == []
    finally:
        db.close()


def test_the_command_writes_the_dutch_notice_only_once_complete(
    register, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _org_id = register
    path = Path(db.path)
    written = path.with_name(f"{path.stem}-notice-all-nl.html")
    db.close()
    code = cli.main(["notice", str(path), "--lang", "nl", "--format", "html"])
    _out, err = capsys.readouterr()
    assert code == cli.EXIT_DATA and "Geen tekst in het Nederlands" in err
    assert not written.exists()  # a notice with French in it is not written for a website

    db = open_register(path)
    try:
        _fill_second_purpose(db)
    finally:
        db.close()
    code = cli.main(["notice", str(path), "--lang", "nl", "--format", "html"])
    _out, err = capsys.readouterr()
    assert code == cli.EXIT_OK, err
    html = written.read_text(encoding="utf-8")
    assert '<html lang="nl"' in html and "Een wervingsreserve aanleggen" in html
    assert "Henegouwen Informatica BV" in html and "[FR]" not in html
    assert "Recrutement" not in html and "Hainaut Informatique" not in html


def test_only_what_the_notice_shows_must_be_translated(register) -> None:
    """A draft left out of the notice is named in the gaps by its French name, which does not
    make the Dutch notice wait for its translation; nor do texts the notice never shows."""
    db, org_id = register
    _fill_second_purpose(db)
    with db.transaction() as s:
        services.create(
            s,
            m.Activity,
            {
                "reference": "T-05",
                "name": "Paie",
                "status": "draft",
                "in_notice": True,
                "audiences": ["employees"],
            },
            org_id,
        )
        purpose = s.scalars(select(m.Purpose).where(m.Purpose.legal_basis == "contract")).one()
        # Internal to the register (the balancing of interests is not in the notice).
        services.update(s, m.Purpose, purpose.id, {"balancing_note": "Note interne"})
    doc = build_notice(db, lang="nl")
    assert doc.ready and not _untranslated(doc)
    [draft] = [gap for gap in doc.gaps if gap.code == "draft_left_out"]
    assert draft.reference == "T-05 \u2013 Paie" and MARK not in draft.reference


def test_an_activity_s_own_text_is_named_with_its_activity(register) -> None:
    db, _org_id = register
    _fill_second_purpose(db)
    with db.transaction() as s:
        activity = s.scalars(select(m.Activity).where(m.Activity.reference == "T-04")).one()
        services.update(s, m.Activity, activity.id, {"public_description_nl": None})
        activity_id = activity.id
    doc = build_notice(db, lang="nl")
    [gap] = _untranslated(doc)
    assert gap.activity_id == activity_id  # the page opens the activity to complete it
    assert gap.where("en") == "T-04 \u2013 Werving, Public description"
    assert MARK + "Nous examinons les candidatures reçues." in _text(doc)
