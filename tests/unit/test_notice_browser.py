"""The privacy notice in a real browser (headless Chromium): on a phone (390 px wide) nothing
scrolls sideways and every table is a list of cards, each value under its column's header;
on a desktop (1280 px) the tables are tables; at both widths every section heading shows.

Chromium has no driver here: one harness page holds every notice in an iframe as wide as the
screen it stands for (headless Chromium will not make its window narrower than 500 px, an
iframe is a real viewport of any width: media queries follow it), a script of the harness
measures each one when it has loaded and writes the measurements into the harness page, and
`chromium --dump-dom` prints that page.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ropa.core import services
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.model import NoticeDocument
from ropa.exports.notice.render_html import render_fragment, render_html, stylesheet
from tests.unit.test_notice_html import layered_document

PHONE, DESKTOP = 390, 1280
WIDTHS = (PHONE, DESKTOP)

# Cookies with the names, providers and addresses that overflowed a phone's screen: one word
# longer than the screen is wide, a long address, a five-column table.
LONG_COOKIES = (
    {
        "name": "_pk_ses.1f2e3d4c5b6a79881f2e3d4c5b6a7988_wp_consent_analytics_tracking",
        "provider": "Matomo Analytics Cloud Hosting (InnoCraft Ltd, Wellington, New Zealand)",
        "purpose": "Counts visits without identifying you; details at "
        "https://matomo.example.org/privacy-policy/cookies/consent-management-and-retention",
        "category": "analytics",
        "lifetime_value": 13,
        "lifetime_unit": "months",
        "consent_required": True,
    },
    {
        "name": "wordpress_logged_in_0123456789abcdef0123456789abcdef",
        "provider": "",
        "purpose": "Keeps you logged in; questions: "
        "dataprotection.officer@clairbois-informatique.example",
        "category": "strictly_necessary",
        "lifetime_unit": "session",
        "consent_required": False,
    },
    {
        "name": "__Secure-3PSIDCC",
        "provider": "Google Ireland Limited",
        "purpose": "Advertising: shows you our offers on other websites",
        "category": "marketing",
        "lifetime_value": 1,
        "lifetime_unit": "years",
        "consent_required": True,
    },
)

# Runs in the harness: measures one notice's iframe when it has loaded, writes the result as
# JSON into <pre id="m-N">.
MEASURE = r"""
function measure(frame) {
  const win = frame.contentWindow, doc = frame.contentDocument;
  const root = doc.documentElement;
  const box = (el) => { const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, width: r.width, height: r.height}; };
  const sideways = [], hidden = new Set();
  for (const el of doc.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    // Clipped to nothing (e.g. a table's header row on a phone), with what it holds.
    if (r.width <= 1 || r.height <= 1 || hidden.has(el.parentElement)) {
      hidden.add(el);
      continue;
    }
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible"
        || r.right > root.clientWidth + 0.5 || r.left < -0.5) {
      sideways.push({tag: el.tagName.toLowerCase(), cls: el.className, text:
        el.textContent.trim().slice(0, 60), right: r.right, scroll: el.scrollWidth,
        client: el.clientWidth});
    }
  }
  const headings = [...doc.querySelectorAll("h2")].map((h) => ({text: h.textContent.trim(),
    visibility: getComputedStyle(h).visibility, ...box(h)}));
  const cells = [...doc.querySelectorAll("td")].filter((td) => td.textContent.trim())
    .map((td) => ({label: td.dataset.label, shown: getComputedStyle(td, "::before").content,
      display: getComputedStyle(td).display, ...box(td)}));
  const summary = doc.querySelector(".ropa-notice-summary"), first = doc.querySelector("h2");
  document.getElementById("m-" + frame.dataset.index).textContent = JSON.stringify({
    summary: summary && {firstHeading: first.closest(".ropa-notice-summary") === summary,
      ...box(summary), top: summary.getBoundingClientRect().top},
    innerWidth: win.innerWidth, clientWidth: root.clientWidth, scrollWidth: root.scrollWidth,
    sideways: sideways.slice(0, 10), headings: headings, cells: cells});
}
"""


def chromium() -> str:
    """The Chromium program; the test fails (never skips) when it is missing."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail(
            "Chromium is not installed: the notice's phone-width test needs it. Install the "
            "Debian package `chromium` (bash .ci/system-packages installs it)."
        )
    return found


def harness(pages: list[tuple[str, int, str]]) -> str:
    """A page holding each (name, width, html) in an iframe of that width."""
    frames = "\n".join(
        f'<div><iframe data-index="{index}" title="{html.escape(name)}" width="{width}" '
        f'height="800" style="border:0;display:block" onload="measure(this)" '
        f'srcdoc="{html.escape(page, quote=True)}"></iframe><pre id="m-{index}"></pre></div>'
        for index, (name, width, page) in enumerate(pages)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Harness</title>'
        f"<script>{MEASURE}</script></head><body>\n{frames}\n</body></html>\n"
    )


def measure_in_chromium(pages: list[tuple[str, int, str]], folder: Path) -> list[dict[str, Any]]:
    """Each page's measurements, made by headless Chromium."""
    path = folder / "harness.html"
    path.write_text(harness(pages), encoding="utf-8")
    result = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",  # as on a phone: the scroll bar takes no room
            "--no-first-run",
            f"--user-data-dir={folder / 'profile'}",
            "--window-size=1400,1000",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found = {
        int(index): json.loads(html.unescape(text))
        for index, text in re.findall(r'<pre id="m-(\d+)">(.*?)</pre>', result.stdout, re.S)
        if text
    }
    assert sorted(found) == list(range(len(pages))), (
        "Chromium did not measure every notice",
        result.stderr[-3000:],
    )
    return [found[index] for index in range(len(pages))]


def long_cookie_register(folder: Path) -> NoticeDocument:
    """The demo register with cookies whose names and addresses are longer than a phone."""
    db = create_register(folder / "cookies.ropa", demo=True)
    try:
        with db.reader() as session:
            org_id = session.query(m.Organisation.id).order_by(m.Organisation.legal_name).first()
        assert org_id is not None
        with db.transaction() as session:
            for cookie in LONG_COOKIES:
                services.create(session, m.Cookie, dict(cookie), str(org_id[0]))
        return build_notice(db, str(org_id[0]), lang="fr", audience="website_visitors")
    finally:
        db.close()


def host_page(doc: NoticeDocument) -> str:
    """The fragment in a website's page that takes the notice's style sheet (stylesheet())."""
    return (
        f'<!DOCTYPE html>\n<html lang="{doc.lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Host</title><style>{stylesheet()}</style></head><body><main>"
        f"{render_fragment(doc)}</main></body></html>\n"
    )


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[tuple[str, int], Any]]:
    """Every test notice measured at each width, keyed by (name, width)."""
    folder = tmp_path_factory.mktemp("notice_browser")
    demo = create_register(folder / "demo.ropa", demo=True)
    try:
        notices = {f"demo-{lang}": build_notice(demo, lang=lang) for lang in ("fr", "nl")}
    finally:
        demo.close()
    cookies = long_cookie_register(folder)
    assert any(c["name"] in str(cookies.content()) for c in LONG_COOKIES)
    pages = {name: render_html(doc) for name, doc in notices.items()}
    pages["long-cookies"] = render_html(cookies)
    pages["layered"] = render_html(layered_document("fr"))
    pages["fragment-demo-fr"] = host_page(notices["demo-fr"])
    pages["fragment-long-cookies"] = host_page(cookies)
    plan = [(name, width, page) for name, page in pages.items() for width in WIDTHS]
    results = measure_in_chromium(plan, folder)
    yield {(name, width): result for (name, width, _), result in zip(plan, results, strict=True)}


NAMES = (
    "demo-fr",
    "demo-nl",
    "long-cookies",
    "layered",
    "fragment-demo-fr",
    "fragment-long-cookies",
)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", NAMES)
def test_nothing_scrolls_sideways(measured: dict[tuple[str, int], Any], name: str, width: int):
    result = measured[(name, width)]
    assert result["innerWidth"] == width  # the viewport really is a phone's (or a desktop's)
    assert result["clientWidth"] == width
    assert result["scrollWidth"] <= result["innerWidth"], result["sideways"]
    # Nor any part of it: no table, cell or word wider than the screen, none in a scroll box.
    assert result["sideways"] == []


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", NAMES)
def test_every_section_heading_shows(measured: dict[tuple[str, int], Any], name: str, width: int):
    headings = measured[(name, width)]["headings"]
    assert len(headings) >= 3  # the contents and at least two sections
    for heading in headings:
        assert heading["text"]
        assert heading["visibility"] == "visible", heading
        assert heading["width"] > 0 and heading["height"] > 0, heading
        assert 0 <= heading["left"] and heading["right"] <= width, heading


@pytest.mark.parametrize("name", NAMES)
def test_tables_are_cards_on_a_phone_and_tables_on_a_desktop(
    measured: dict[tuple[str, int], Any], name: str
) -> None:
    phone, desktop = measured[(name, PHONE)]["cells"], measured[(name, DESKTOP)]["cells"]
    assert phone and len(phone) == len(desktop)
    for cell in phone:
        # Each value on its own line, under its column's header (a cookie's "Finalité").
        assert cell["display"] == "block", cell
        label = json.dumps(cell["label"], ensure_ascii=False)  # as CSS gives a string
        assert cell["label"] and cell["shown"] == label, cell
        assert cell["right"] <= PHONE, cell
    for cell in desktop:
        assert cell["display"] == "table-cell", cell
        assert cell["shown"] == "none", cell


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", NAMES)
def test_the_summary_is_the_first_thing_shown(
    measured: dict[tuple[str, int], Any], name: str, width: int
) -> None:
    summary = measured[(name, width)]["summary"]
    assert summary is not None, "no summary box"
    assert summary["firstHeading"]  # before the contents and the details
    assert summary["top"] < 800  # it starts on the first screen (below the title)
    assert summary["right"] <= width


def test_the_long_cookie_names_fit_a_phone(measured: dict[tuple[str, int], Any]) -> None:
    cells = measured[("long-cookies", PHONE)]["cells"]
    labels = {cell["label"] for cell in cells}
    assert {"Nom", "Finalité"} <= labels, labels
    assert all(cell["width"] <= PHONE for cell in cells)
