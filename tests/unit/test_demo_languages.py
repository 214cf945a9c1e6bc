"""The demo is a bilingual Brussels firm: French main, Dutch complete, English partial.

What a user of the demo notices: the Dutch notice and the Dutch PDF register read as written in
Dutch (none of the firm's French texts left in them), the French ones hold none of its Dutch
texts, and the English ones show where English texts are missing (the notice lists them as
gaps and is not ready to publish, the register marks them "[FR]").

Every translatable text of the demo is compared with the outputs as a whole value, whitespace
normalised; short values (a name like "Clients") and values the same in both languages (brand
and product names) are left out, since they may rightly appear in either language.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import pytest
from sqlalchemy import select

from ropa.core.authorities import competent_authority
from ropa.core.register import create_register
from ropa.core.snapshot import read_tree
from ropa.core.text_languages import document_languages, missing_texts, text_in
from ropa.core.tree import ORGANISATION, Node
from ropa.db import models as m
from ropa.db.translations import TRANSLATABLE, translation_columns
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.formats import render
from ropa.exports.notice.model import NoticeDocument
from ropa.exports.pdf import build_pdf

Row = dict[str, Any]

SHORTEST = 12
"""Values up to this length are not compared: too likely to occur inside other words."""

CATALOGUES = ("data_category", "data_subject_category", "recipient_category", "security_measure")


# -- the demo and its outputs, built once ----------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    db = create_register(tmp_path_factory.mktemp("languages") / "demo.ropa", demo=True)
    yield db
    db.close()


@pytest.fixture(scope="module")
def org(demo: Any) -> Row:
    with demo.reader() as session:
        org_id = session.scalars(select(m.Organisation.id)).one()
        [organisation] = read_tree(session, [org_id])
    return organisation


@pytest.fixture(scope="module")
def notices(demo: Any) -> dict[str, NoticeDocument]:
    return {lang: build_notice(demo, lang=lang) for lang in ("fr", "nl", "en")}


@pytest.fixture(scope="module")
def registers(demo: Any) -> dict[str, str]:
    """The PDF register in each language, as its text (pdftotext), drafts included (else
    they are only named)."""
    return {
        lang: pdftotext(build_pdf(demo, lang=lang, include_drafts=True))
        for lang in ("fr", "nl", "en")
    }


def pdftotext(data: bytes) -> str:
    """The text in reading order, without what a page break puts inside a text split across two
    pages: the running header and footer lines, and the repeated heading of the purpose."""
    raw = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=data, check=True, capture_output=True
    ).stdout.decode("utf-8")
    pages = raw.split("\f")
    kept = [pages[0]]
    for page in pages[1:]:
        lines = page.split("\n")[2:]
        if lines and _CONTINUED_HEADING.fullmatch(lines[0]):
            lines = lines[1:]
        kept.append("\n".join(lines))
    return "\n".join(kept)


_CONTINUED_HEADING = re.compile(r"(Finalité|Doeleinde|Purpose) \d+")


class _Text(HTMLParser):
    """The text a reader sees in an HTML page (entities decoded, markup dropped)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return " ".join(parser.parts)


def markdown_text(markdown: str) -> str:
    """Markdown with its backslash escapes removed: the text as a reader sees it."""
    return re.sub(r"\\(.)", r"\1", markdown)


def notice_texts(doc: NoticeDocument) -> dict[str, str]:
    """The notice as its HTML and Markdown readers see it."""
    return {
        "html": html_text(render(doc, "html").decode("utf-8")),
        "markdown": markdown_text(render(doc, "md").decode("utf-8")),
    }


def flat(text: str) -> str:
    return " ".join(text.split())


def squeeze(text: str) -> str:
    """Whitespace removed: a PDF wraps lines anywhere."""
    return re.sub(r"\s+", "", text)


# -- the demo's texts --------------------------------------------------------------------------


def _rows(node: Node, row: Row) -> Iterator[tuple[Node, Row]]:
    yield node, row
    for child in node.children:
        for child_row in row.get(child.key, []):
            yield from _rows(child, child_row)


def texts(org: Row, activities_only: bool = False) -> Iterator[tuple[str, Row, str]]:
    """(table, row, field) for every translatable text of the demo with a main-language value
    (of its activities only: what the PDF register prints in full)."""
    if activities_only:
        [activity] = [n for n in ORGANISATION.children if n.key == "activities"]
        found = (pair for a in org["activities"] for pair in _rows(activity, a))
    else:
        found = _rows(ORGANISATION, org)
    for node, row in found:
        for name in TRANSLATABLE.get(node.name, ()):
            if row.get(name):
                yield node.name, row, name


def untranslatable_values(org: Row) -> list[str]:
    """The texts outside the translatable fields (names of parties, addresses, notes...):
    printed as typed in every language, so a translatable value found inside one of them
    proves nothing."""
    values = []
    for node, row in _rows(ORGANISATION, org):
        translatable = set(TRANSLATABLE.get(node.name, ())) | set(translation_columns(node.name))
        for column in node.data_columns():
            value = row.get(column.name)
            if column.name not in translatable and isinstance(value, str):
                values.append(flat(value))
    return values


def differing(
    org: Row, lang: str, other: str, activities_only: bool = False
) -> list[tuple[str, str]]:
    """(where, text in lang) for every text whose value in lang differs from its value in
    other (or has none there), long enough to compare and not also the value of an
    untranslatable field."""
    main = org["language"]
    elsewhere = untranslatable_values(org)
    found = []
    for table, row, name in texts(org, activities_only):
        value, counterpart = text_in(row, name, lang, main), text_in(row, name, other, main)
        if value is None or (counterpart is not None and flat(value) == flat(counterpart)):
            continue  # nothing to look for, or the same in both languages (a brand name)
        value = flat(value)
        if len(value) <= SHORTEST or any(value in text for text in elsewhere):
            continue
        found.append((f"{table}.{name} ({row.get('reference') or row['id']})", value))
    return found


# -- the firm --------------------------------------------------------------------------------


def test_a_brussels_firm_with_french_main_and_dutch_and_english_documents(org: Row) -> None:
    assert org["country"] == "BE"
    assert 1000 <= int(org["postcode"]) <= 1210  # the Brussels-Capital Region
    assert "Bruxelles" in org["city"] and "Brussel" in org["city"]
    assert document_languages(org) == ["fr", "nl", "en"]
    authority = competent_authority(org["country"], org["supervisory_authority"])
    assert authority is not None
    assert authority.name("fr").startswith("Autorité de protection des données")
    assert authority.name("nl").startswith("Gegevensbeschermingsautoriteit")
    # The legal form in each language, the name after it.
    assert (org["legal_form"], org["legal_form_nl"]) == ("SRL", "BV")
    assert org["legal_name"].endswith(" SRL") and org["legal_name_nl"].endswith(" BV")


def test_every_text_has_its_dutch_text(org: Row) -> None:
    assert sum(1 for _ in texts(org)) > 700
    assert missing_texts(org, "nl") == []


def test_english_is_partial_the_organisation_and_catalogues_complete(org: Row) -> None:
    missing = missing_texts(org, "en")
    assert missing
    tables = {item.table for item in missing}
    assert not tables & {"organisation", "party", "cookie", *CATALOGUES}
    # About half of the activities of the notice are in English; the others have no English.
    public = [a for a in org["activities"] if a["in_notice"] and a["status"] == "active"]
    lacking = {item.activity_id for item in missing}
    complete = [a["reference"] for a in public if a["id"] not in lacking]
    assert len(public) // 3 <= len(complete) <= 2 * len(public) // 3, complete


def test_brand_and_product_names_are_filled_in_every_language(org: Row) -> None:
    """Copied from the main language, not left empty: the outputs need no fallback for them."""
    assert org["trade_name"] == org["trade_name_nl"] == org["trade_name_en"] == "Clairbois IT"


# -- the notices ------------------------------------------------------------------------------


def test_the_dutch_notice_holds_none_of_the_french_texts(org: Row, notices) -> None:
    french = differing(org, "fr", "nl")
    assert len(french) > 400
    for reader, text in notice_texts(notices["nl"]).items():
        text = flat(text)
        left = [f"{where}: {value[:60]!r}" for where, value in french if value in text]
        assert left == [], reader


def test_the_french_notice_holds_none_of_the_dutch_texts(org: Row, notices) -> None:
    dutch = differing(org, "nl", "fr")
    assert len(dutch) > 400
    for reader, text in notice_texts(notices["fr"]).items():
        text = flat(text)
        left = [f"{where}: {value[:60]!r}" for where, value in dutch if value in text]
        assert left == [], reader


def test_the_dutch_notice_shows_dutch_texts_and_has_no_translation_gap(org: Row, notices) -> None:
    doc = notices["nl"]
    assert [gap for gap in doc.gaps if gap.missing is not None] == []
    assert not any(gap.blocking for gap in doc.gaps)
    text = flat(notice_texts(doc)["html"])
    assert "[FR]" not in text
    for value in (org["legal_name_nl"], org["notice_introduction_nl"], org["notice_closing_nl"]):
        assert flat(value) in text
    assert doc.organisation_name == "Clairbois Informatique BV"


def test_the_english_notice_lists_its_missing_texts_and_is_not_ready(org: Row, notices) -> None:
    doc = notices["en"]
    untranslated = [gap for gap in doc.gaps if gap.missing is not None]
    assert untranslated and all(gap.blocking for gap in untranslated)
    assert not doc.ready
    assert all(gap.missing.lang == "en" for gap in untranslated)  # type: ignore[union-attr]
    # Each gap names where the text is and says which language it lacks.
    messages = {gap.message("en") for gap in untranslated}
    assert all("English" in message for message in messages), messages
    missing_places = {gap.missing.activity_id for gap in untranslated}  # type: ignore[union-attr]
    lacking = {item.activity_id for item in missing_texts(org, "en")}
    assert missing_places <= lacking
    # What it has in English, it shows in English.
    text = flat(notice_texts(doc)["html"])
    assert flat(org["notice_introduction_en"]) in text


# -- the PDF registers ----------------------------------------------------------------------


def test_the_dutch_register_holds_none_of_the_french_texts(org: Row, registers) -> None:
    text = squeeze(registers["nl"])
    french = differing(org, "fr", "nl")
    left = [f"{where}: {value[:60]!r}" for where, value in french if squeeze(value) in text]
    assert left == []
    assert "[FR]" not in text


def test_the_french_register_holds_none_of_the_dutch_texts(org: Row, registers) -> None:
    text = squeeze(registers["fr"])
    dutch = differing(org, "nl", "fr")
    left = [f"{where}: {value[:60]!r}" for where, value in dutch if squeeze(value) in text]
    assert left == []


def test_the_dutch_register_prints_the_dutch_texts(org: Row, registers) -> None:
    text = squeeze(registers["nl"])
    dutch = differing(org, "nl", "fr", activities_only=True)
    assert len(dutch) > 300
    absent = [f"{where}: {value[:60]!r}" for where, value in dutch if squeeze(value) not in text]
    assert absent == []


def test_the_english_register_marks_the_french_texts_it_falls_back_on(org: Row, registers) -> None:
    text = registers["en"]
    assert "[FR]" in text
    # Each marked text is the French one; the texts the demo has in English are not marked.
    missing = missing_texts(org, "en")
    activity_names = {
        item.main_text for item in missing if item.table == "activity" and item.field == "name"
    }
    assert activity_names
    for name in activity_names:
        assert squeeze(f"[FR]{name}") in squeeze(text), name
    assert squeeze(org["legal_name_en"]) in squeeze(text)
    assert squeeze(f"[FR]{org['legal_name']}") not in squeeze(text)
