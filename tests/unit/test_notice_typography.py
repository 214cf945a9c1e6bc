"""Typography and layout rules on every rendered notice of the test registers (the demo in
French, Dutch and English, its notice for website visitors, and the three firms' registers in
French), read as a visitor reads them: the standalone HTML page's text, block by block.

French: a no-break space (U+00A0, or the narrow U+202F) before : ; ! ? and inside « »; Dutch
and English: no space before them. In every language: no label followed by nothing ("X :" at
the end of a block, or just before a heading), no empty list item, no empty table cell, no
full stop before a bracket (". ("). Web addresses, e-mail addresses and times are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ropa.core.register import create_register
from ropa.exports.interchange import import_json_file
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.context import lower_first
from ropa.exports.notice.model import NoticeDocument
from ropa.exports.notice.render_html import render_html
from tests.unit.test_notice_html import Element, parse_html

FIRMS = Path(__file__).resolve().parent.parent / "fixtures" / "firms"
NAMES = (
    "demo-fr",
    "demo-nl",
    "demo-en",
    "demo-visitors-fr",
    *(f"firm-{path.stem}-fr" for path in sorted(FIRMS.glob("*.json"))),
)

NBSP, NNBSP = "\u00a0", "\u202f"
# Not prose: web and e-mail addresses, times and other digit:digit pairs (9:30, 2:1).
_NOT_PROSE = re.compile(
    r"(?:https?://|mailto:|tel:|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d:\d",
    re.IGNORECASE,
)
_BLOCKS = {"h1", "h2", "h3", "p", "li", "th", "td", "caption"}
_FOLLOWERS = {"ul", "ol", "table"}  # what a line ending with a colon may introduce


@dataclass(frozen=True)
class Block:
    """A block of text of the page as a reader sees it, with where it is."""

    tag: str
    text: str
    section: str
    following: str
    """The tag of the next element beside it ("" when it is the last): ul, table, h3..."""

    def where(self) -> str:
        return f"[{self.section}] <{self.tag}> {self.text!r}"


def _blocks(element: Element, section: str, out: list[Block]) -> None:
    children = [child for child in element.children if isinstance(child, Element)]
    for index, child in enumerate(children):
        if child.tag == "section":
            heading = next(iter(child.iter("h2")), None)
            _blocks(child, heading.text() if heading else section, out)
            continue
        if child.tag in _BLOCKS:
            following = ""
            for sibling in children[index + 1 :]:
                tables = [] if sibling.tag == "table" else sibling.iter("table")
                following = "table" if tables else sibling.tag
                break
            out.append(Block(child.tag, child.text(), section, following))
        else:
            _blocks(child, section, out)


def page_blocks(doc: NoticeDocument) -> list[Block]:
    root = parse_html(render_html(doc))
    body = root.iter("body")[0]
    out: list[Block] = []
    _blocks(body, doc.title, out)
    return out


# The preview's mark on a text shown in the main language for want of the notice's ("[FR] "):
# such a notice cannot be published, and that text follows its own language's rules.
_UNTRANSLATED = re.compile(r"\[[A-Z]{2}\]\u00a0")


def prose(text: str) -> str:
    """text without its addresses and times (each replaced by a neutral word)."""
    return _NOT_PROSE.sub("x", text)


def in_language(blocks: list[Block]) -> list[Block]:
    """The blocks written in the notice's language: not those holding an untranslated text."""
    return [block for block in blocks if not _UNTRANSLATED.search(block.text)]


# -- the rules: each returns the offending places, with an excerpt ----------------------------


def _excerpt(text: str, index: int) -> str:
    return text[max(0, index - 25) : index + 10]


def french_spaces(blocks: list[Block]) -> list[str]:
    """: ; ! ? must follow a no-break space; « and » must hold no-break spaces inside."""
    found = []
    for block in blocks:
        text = prose(block.text)
        for match in re.finditer(r"[:;!?]", text):
            index = match.start()
            before = text[index - 1] if index else ""
            if before in (NBSP, NNBSP) or before in ":;!?" or index == 0:
                continue
            kind = "ordinary space" if before == " " else f"no space after {before!r}"
            found.append(
                f"{kind} before {match.group()!r}: {_excerpt(text, index)!r} {block.where()}"
            )
        for match in re.finditer("«", text):
            after = text[match.end() : match.end() + 1]
            if after not in (NBSP, NNBSP):
                found.append(f"« without no-break space: {_excerpt(text, match.start())!r}")
        for match in re.finditer("»", text):
            before = text[match.start() - 1] if match.start() else ""
            if before not in (NBSP, NNBSP):
                found.append(f"» without no-break space: {_excerpt(text, match.start())!r}")
    return found


def no_space_before_punctuation(blocks: list[Block]) -> list[str]:
    """Dutch and English: no space (of any kind) before : ; ! ?"""
    found = []
    for block in blocks:
        text = prose(block.text)
        for match in re.finditer(r"[ \u00a0\u202f\t]+[:;!?]", text):
            found.append(
                f"space before {match.group()[-1]!r}: "
                f"{_excerpt(text, match.start())!r} {block.where()}"
            )
    return found


def dangling_labels(blocks: list[Block]) -> list[str]:
    """A line ending with a colon introduces something: a list or a table right after its
    block; never nothing (a list item or a cell, the end of a section) nor a heading."""
    found = []
    for block in blocks:
        lines = [line.strip() for line in block.text.split("\n")]
        for number, line in enumerate(lines):
            if not line.endswith(":") or prose(line) != line and prose(line).endswith("x"):
                continue
            last = number == len(lines) - 1 or not any(lines[number + 1 :])
            if not last:
                continue  # the next line of the block follows it
            if block.tag in ("p", "caption") and block.following in _FOLLOWERS:
                continue
            followed = block.following or "nothing"
            found.append(f"{line!r} followed by {followed} {block.where()}")
    return found


def empty_items_and_cells(blocks: list[Block]) -> list[str]:
    return [
        block.where() for block in blocks if block.tag in ("li", "td") and not block.text.strip()
    ]


# Abbreviations a full stop may end before a bracket ("CertiPath Inc. (exam centre)").
ABBREVIATIONS = frozenset(
    "inc ltd co corp llc plc art arts etc cf no nr n p pp st sa srl bv nv".split()
)


def full_stop_before_bracket(blocks: list[Block]) -> list[str]:
    """A sentence's full stop, then a bracket ("... of the contract. (contract: ...)")."""
    found = []
    for block in blocks:
        text = prose(block.text)
        for match in re.finditer(r"(\w+)\.\s*\(", text):
            if match.group(1).casefold() not in ABBREVIATIONS:
                found.append(f"{_excerpt(text, match.end() - 2)!r} {block.where()}")
    return found


# -- the notices --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def notices(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[Block]]]:
    folder = tmp_path_factory.mktemp("typography")
    docs: dict[str, NoticeDocument] = {}
    demo = create_register(folder / "demo.ropa", demo=True)
    try:
        for lang in ("fr", "nl", "en"):
            docs[f"demo-{lang}"] = build_notice(demo, lang=lang)
        docs["demo-visitors-fr"] = build_notice(demo, lang="fr", audience="website_visitors")
    finally:
        demo.close()
    for path in sorted(FIRMS.glob("*.json")):
        db = create_register(folder / f"{path.stem}.ropa")
        try:
            import_json_file(db, path)
            docs[f"firm-{path.stem}-fr"] = build_notice(db, lang="fr")
        finally:
            db.close()
    assert sorted(docs) == sorted(NAMES)
    yield {name: page_blocks(doc) for name, doc in docs.items()}


def _report(found: list[str]) -> str:
    return f"{len(found)} found:\n" + "\n".join(found[:15])


@pytest.mark.parametrize("name", [n for n in NAMES if n.endswith("-fr")])
def test_french_no_break_spaces(notices: dict[str, list[Block]], name: str) -> None:
    found = french_spaces(in_language(notices[name]))
    assert found == [], _report(found)


@pytest.mark.parametrize("name", [n for n in NAMES if not n.endswith("-fr")])
def test_dutch_and_english_no_space_before_punctuation(
    notices: dict[str, list[Block]], name: str
) -> None:
    found = no_space_before_punctuation(in_language(notices[name]))
    assert found == [], _report(found)


@pytest.mark.parametrize("name", NAMES)
def test_no_label_followed_by_nothing(notices: dict[str, list[Block]], name: str) -> None:
    found = dangling_labels(notices[name])
    assert found == [], _report(found)


@pytest.mark.parametrize("name", NAMES)
def test_no_empty_list_item_or_table_cell(notices: dict[str, list[Block]], name: str) -> None:
    found = empty_items_and_cells(notices[name])
    assert found == [], _report(found)


@pytest.mark.parametrize("name", NAMES)
def test_no_full_stop_before_a_bracket(notices: dict[str, list[Block]], name: str) -> None:
    found = full_stop_before_bracket(notices[name])
    assert found == [], _report(found)


# -- the rules themselves, on texts made to break them --------------------------------------


def _block(text: str, tag: str = "p", following: str = "") -> Block:
    return Block(tag, text, "s", following)


def test_the_rules_catch_what_they_should_and_nothing_else() -> None:
    good_fr = [
        _block(f"Courriel{NBSP}: vie-privee@exemple.be{NNBSP}; site{NBSP}: https://x.be/a?b=1"),
        _block(f"Ouvert de 9:30 à 17:00{NNBSP}! «{NBSP}Clairbois{NBSP}»"),
        _block(f"Nous traitons{NBSP}:", following="ul"),
        _block("Adresse :\nRue de la Gare 12"),  # a colon ends a line, the next line follows
    ]
    assert french_spaces(good_fr[:3]) == []
    assert dangling_labels(good_fr) == []
    bad_fr = [_block("Courriel : a"), _block("Courriel: a"), _block("«Clairbois »")]
    assert len(french_spaces(bad_fr)) == 4
    assert no_space_before_punctuation([_block("E-mail : a"), _block(f"Tel{NBSP}? b")]) != []
    assert no_space_before_punctuation([_block("E-mail: a@b.be; https://x.be/?a=1 at 9:30")]) == []
    dangling = [
        _block(f"Courrier{NBSP}:"),  # the end of its section
        _block(f"Nous vous le disons{NBSP}:", following="h3"),
        _block("Téléphone :", tag="li"),
    ]
    assert len(dangling_labels(dangling)) == 3
    assert len(empty_items_and_cells([_block(" ", "li"), _block("", "td"), _block("", "p")])) == 2
    assert len(full_stop_before_bracket([_block("des données. (article 13)")])) == 1
    assert (
        full_stop_before_bracket([_block("voir https://x.be/a.(b) ou CertiPath Inc. (US)")]) == []
    )
    marked = [_block(f"[FR]{NBSP}Certificats médicaux{NBSP}: période"), _block("Data: x")]
    assert in_language(marked) == marked[1:]


# -- a user's text inside a sentence (C11) ------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "inside"),
    [
        ("Gérer les inscriptions.", "gérer les inscriptions"),
        ("Vous acceptez. Vous pouvez changer d'avis", "vous acceptez. Vous pouvez changer d'avis"),
        ("À votre première visite", "à votre première visite"),
        ("L'outil mesure l'audience", "l'outil mesure l'audience"),
        ("E-mail et téléphone", "e-mail et téléphone"),
        ("Le CRM attribue un score", "le CRM attribue un score"),
        ("Lien « Se désinscrire »", "lien « Se désinscrire »"),
        # Acronyms and names keep their capitals.
        ("SEPA", "SEPA"),
        ("TVA et impôt", "TVA et impôt"),
        ("Google Analytics mesure l'audience", "Google Analytics mesure l'audience"),
        ("L'Oréal", "L'Oréal"),
        ("Office365 héberge", "Office365 héberge"),
        ("Cloudy SRL héberge", "Cloudy SRL héberge"),
        ("Groupe S calcule la paie", "Groupe S calcule la paie"),
        ("À Bruxelles", "À Bruxelles"),
        # Written with its capital again further on: a name.
        ("Metrica compte ; Metrica anonymise", "Metrica compte ; Metrica anonymise"),
    ],
)  # fmt: skip
def test_a_users_text_goes_on_the_sentence_but_names_keep_their_capital(
    typed: str, inside: str
) -> None:
    assert lower_first(typed) == inside


def test_a_name_the_register_knows_keeps_its_capital() -> None:
    assert lower_first("Comptabilis tient la comptabilité") == "comptabilis tient la comptabilité"
    assert lower_first("Comptabilis tient la comptabilité", {"comptabilis"}) == (
        "Comptabilis tient la comptabilité"
    )
