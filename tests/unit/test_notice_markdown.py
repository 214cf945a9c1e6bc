"""The privacy notice as Markdown, rendered back by a real CommonMark renderer (markdown-it-py,
with GFM tables): structure, links, and every user text literal."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from ropa.exports.notice.model import BulletList, Paragraph, Section, Span, Subheading, Table
from ropa.exports.notice.render_markdown import escape_markdown, render_markdown
from tests.unit.notice_support import HOSTILE, sample_document
from tests.unit.test_notice_html import (
    Element,
    awkward_document,
    layered_document,
    only,
    parse_html,
)

LANGUAGES = ("en", "fr", "nl")
# What the notice's Markdown may become: anything else came from a user's text.
TAGS = {
    "h1", "h2", "h3", "p", "ul", "li", "a", "strong", "br", "table", "thead", "tbody", "tr",
    "th", "td", "hr",
}  # fmt: skip
# Markdown syntax, and characters that are whitespace to it, to build texts from.
ALPHABET = st.sampled_from(list("\\`*_{}[]<>()#+-.!|~=&:;\"'/?@$%^ \t\n\xa0ab1é"))


def to_html(markdown: str) -> Element:
    """The Markdown rendered by markdown-it (CommonMark + GFM tables), then parsed."""
    return parse_html(MarkdownIt("commonmark").enable("table").render(markdown))


def collapse(text: str) -> str:
    return " ".join(text.split())


def collapse_heading(text: str) -> str:
    """A heading on one line: white space collapsed, the no-break spaces kept (French "?")."""
    return " ".join(re.split(r"[^\S\u00a0\u202f]+", text.strip()))


NBSP = "\u00a0"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_markdown_structure(lang: str) -> None:
    doc = sample_document(lang)
    markdown = render_markdown(doc)
    assert markdown.startswith("# Privacy notice\n\n")
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")
    root = to_html(markdown)
    assert only(root, "h1").text() == "Privacy notice"
    assert [p.text() for p in root.iter("p")[:3]] == [
        "Clairbois Informatique SRL",
        "For our clients",
        "Version 3 \u2013 last updated 20 November 2026",
    ]
    assert [h2.text() for h2 in root.iter("h2")] == [
        "1. Who is responsible for your data",
        "2. How long we keep your data",
    ]
    assert only(root, "h3").text() == "Clients"
    assert [li.text() for li in root.iter("li")] == [
        "Enterprise number: BE 0123.456.789",
        "VAT: BE0123456789",
    ]
    assert only(root, "strong").text() == "VAT:"
    table = only(root, "table")
    assert [th.text() for th in only(table, "thead").iter("th")] == [
        "Purpose",
        "Active use",
        "Archive",
    ]
    assert [[td.text() for td in tr.iter("td")] for tr in only(table, "tbody").iter("tr")] == [
        [
            "Managing contracts",
            "Duration of the contract",
            # A cell's lines joined as the language punctuates (French: a no-break space).
            f"5 years{NBSP if lang == 'fr' else ''}; from the end of the contract",
        ],
        ["Invoicing", "1 year", "10 years"],
    ]
    # The caption is the paragraph just before the table.
    assert (
        "Retention periods\n\n| Purpose | Active use | Archive |\n| --- | --- | --- |\n" in markdown
    )
    assert {element.tag for element in root.iter()} <= TAGS


def test_the_summary_comes_first_unnumbered_then_the_details() -> None:
    markdown = render_markdown(layered_document("en"))
    root = to_html(markdown)
    assert [h2.text() for h2 in root.iter("h2")] == [
        "In short",
        "1. Who is responsible for your data",
        "2. How long we keep your data",
    ]
    assert root.iter("hr"), "a rule ends the first layer"
    summary = markdown[markdown.index("## In short") : markdown.index("## 1. ")]
    assert "Managing contracts" in summary and "privacy@clairbois\\.example" in summary
    assert summary.endswith("\n\n---\n\n")


def test_real_links_work() -> None:
    root = to_html(render_markdown(sample_document("en")))
    links = {a.text(): a.attrs["href"] for a in root.iter("a")}
    assert links == {
        "privacy@clairbois.example": "mailto:privacy@clairbois.example",
        "https://clairbois.example": "https://clairbois.example",
    }
    assert root.iter("p")[4].text() == (
        "Write to us at privacy@clairbois.example or visit https://clairbois.example."
    )


def test_hostile_texts_render_literally() -> None:
    markdown = render_markdown(sample_document("en", hostile=True))
    root = to_html(markdown)
    text = root.text()
    for hostile in HOSTILE:
        assert hostile in text, hostile
    assert [p.text() for p in root.iter("p")][:1] == [HOSTILE[0]]
    assert only(root, "h3").text() == HOSTILE[2]
    assert [td.text() for td in root.iter("td")] == [
        HOSTILE[3],
        "Duration of the contract",
        "5 years; from the end of the contract",
        HOSTILE[4],
        "1 year",
        HOSTILE[5],
    ]
    assert {element.tag for element in root.iter()} <= TAGS
    assert [s.text() for s in root.iter("strong")] == ["VAT:"]
    assert {a.attrs["href"] for a in root.iter("a")} == {
        "mailto:privacy@clairbois.example",
        "https://clairbois.example",
    }
    # No raw HTML: every "<" and "&" of the Markdown is escaped.
    assert not re.search(r"(?<!\\)[<&]", markdown)


def test_only_safe_links_are_links() -> None:
    markdown = render_markdown(awkward_document())
    root = to_html(markdown)
    links = {a.text(): a.attrs["href"] for a in root.iter("a")}
    assert links == {
        "spaced": "https://example.com/privacy%20policy?a=1&b=%222%22",
        "call": "tel:+32%2081%2000%2000%2000",
    }
    assert only(root, "strong").text() == "call"
    assert "run me data relative spaced call" in root.text()
    assert "javascript" not in markdown and "data:" not in markdown


def test_awkward_content() -> None:
    markdown = render_markdown(awkward_document())
    root = to_html(markdown)
    assert [h2.text() for h2 in root.iter("h2")] == [
        "1. Contents again",
        "2. Odd key",
        "3. Same key",
        "4. Links",
    ]
    assert root.iter("p")[3].text() == "A bell and aform feed."
    rows = only(root, "table").iter("tr")
    assert [len(tr.iter("th")) + len(tr.iter("td")) for tr in rows] == [3, 3, 3]
    assert len(root.iter("table")) == 1 and not root.iter("ul") and not root.iter("h3")


def test_lines_and_strong_runs() -> None:
    doc = replace(
        sample_document("en"),
        sections=(
            Section(
                "s",
                "Lines",
                (
                    Paragraph.of("  First line\n    - not a list\n1. not a list\n===", " "),
                    BulletList.of(
                        "one\n  # not a heading",
                        (Span("Bold ", strong=True), Span("run", strong=True), Span(" plain")),
                        (Span("a"), Span("(b)", strong=True), Span("c")),
                    ),
                    Table(("Data",), (("Name\nE-mail.\nPhone",),)),
                ),
            ),
        ),
    )
    markdown = render_markdown(doc)
    root = to_html(markdown)
    paragraph = root.iter("p")[3]
    assert paragraph.text() == "First line\n\n- not a list\n\n1. not a list\n\n==="
    assert len(paragraph.iter("br")) == 3
    items = root.iter("li")
    assert [li.text() for li in items] == ["one\n\n# not a heading", "Bold run plain", "a(b)c"]
    assert only(items[1], "strong").text() == "Bold run"
    assert not items[2].iter("strong")  # "a**\(b\)**c" would not be bold: left plain
    assert only(root, "td").text() == "Name; E-mail. Phone"


def test_escape_markdown() -> None:
    assert escape_markdown("a_b*c") == "a\\_b\\*c"
    assert escape_markdown("1. x & <y>") == "1\\. x \\& \\<y\\>"
    assert escape_markdown("é ü ß") == "é ü ß"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.text(alphabet=ALPHABET, max_size=12))
def test_any_text_renders_literally(text: str, bold: str) -> None:
    """A text, in a paragraph (with a bold run and a link), a heading, a list and a table,
    reads the same once rendered (blank space aside: Markdown, like HTML, collapses it)."""
    cell = text.replace("\n", " ")
    doc = replace(
        sample_document("en"),
        sections=(
            Section(
                "s",
                text,
                (
                    Subheading("Paragraph"),
                    Paragraph.of(
                        text, Span(bold, strong=True), Span(text, href="https://x.example/")
                    ),
                    Subheading(text),
                    BulletList.of(text, "end"),
                    Table((cell,), ((cell,),)),
                ),
            ),
        ),
    )
    root = to_html(render_markdown(doc))
    assert only(root, "h2").text() == collapse_heading(f"1. {collapse_heading(text)}")
    h3 = root.iter("h3")
    expected = [collapse_heading(text)] if text.strip() else []
    assert [h.text() for h in h3] == ["Paragraph"] + expected
    paragraphs = root.iter("p")[3:]
    if collapse(text + bold + text):
        assert collapse(paragraphs[0].text()) == collapse(text + bold + text)
    if bold.strip():
        assert len(paragraphs[0].iter("strong")) <= 1
    if text.strip():
        assert [collapse(a.text()) for a in paragraphs[0].iter("a")] == [collapse(text)]
    items = root.iter("li")
    assert [collapse(li.text()) for li in items] == [collapse(text), "end"]
    assert collapse(only(root, "th").text()) == collapse(cell)
    assert collapse(only(root, "td").text()) == collapse(cell)
    assert {element.tag for element in root.iter()} <= TAGS
