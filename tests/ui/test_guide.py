"""Help > User guide: the guide opens in the window's language, names every sidebar page as the
window shows it, and its links lead somewhere; the three guides have the same sections."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMenu

from ropa import app
from ropa.db.session import RegisterDatabase
from ropa.paths import resources_dir
from ropa.ui.dialogs.guide import GuideDialog, guide_path
from ropa.ui.main_window import MainWindow

LANGUAGES = ("en", "fr", "nl")

# The sidebar titles as each guide names them, by page key. The window's own titles win; these
# stand in for a title the interface does not translate yet (the window then shows English).
EXPECTED_TITLES: dict[str, dict[str, str]] = {
    "en": {
        "overview": "Overview",
        "activities": "Processing activities",
        "processor_activities": "Processor activities",
        "parties": "Processors & third parties",
        "cookies": "Cookies & trackers",
        "requests": "Rights requests",
        "breaches": "Data breaches",
        "contracts": "Processing contracts",
        "dpias": "Impact assessments (DPIAs)",
        "notice": "Privacy notice",
        "catalogues": "Catalogues",
        "organisation": "Organisation",
        "history": "History",
    },
    "fr": {
        "overview": "Vue d’ensemble",
        "activities": "Activités de traitement",
        "processor_activities": "Activités de sous-traitance",
        "parties": "Sous-traitants et tiers",
        "cookies": "Cookies et traceurs",
        "requests": "Demandes d’exercice de droits",
        "breaches": "Violations de données",
        "contracts": "Contrats de sous-traitance",
        "dpias": "Analyses d’impact (AIPD)",
        "notice": "Politique de confidentialité",
        "catalogues": "Catalogues",
        "organisation": "Organisation",
        "history": "Historique",
    },
    "nl": {
        "overview": "Overzicht",
        "activities": "Verwerkingsactiviteiten",
        "processor_activities": "Verwerkersactiviteiten",
        "parties": "Verwerkers en derden",
        "cookies": "Cookies en trackers",
        "requests": "Verzoeken van betrokkenen",
        "breaches": "Datalekken",
        "contracts": "Verwerkersovereenkomsten",
        "dpias": "Effectbeoordelingen (GEB)",
        "notice": "Privacyverklaring",
        "catalogues": "Catalogi",
        "organisation": "Organisatie",
        "history": "Geschiedenis",
    },
}

# A level-2 heading that only the guide of that language has.
SECTION_HEADINGS = {
    "en": "4. Recording an activity, step by step",
    "fr": "4. Enregistrer une activité, étape par étape",
    "nl": "4. Een activiteit registreren, stap voor stap",
}

HELP_MENU = {"en": "&Help", "fr": "&Aide", "nl": "&Help"}

ANCHOR_TAG = re.compile(r'<a name="([^"]+)">')
ZERO_WIDTH_SPACE = "\u200b"  # the text of a heading's anchor (an empty anchor is dropped)

# The offscreen platform of the tests cannot raise a window (the dialog is raised when shown).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def interface(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The parametrized interface language, with ropa's and Qt's translators installed."""
    language: str = request.param
    with app.translators(language):
        yield language


def build_window(qtbot: Any, db: RegisterDatabase, language: str) -> MainWindow:
    window = MainWindow(db, language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def rendered(language: str) -> QTextDocument:
    """The guide of this language as the dialog renders it."""
    document = QTextDocument()
    document.setMarkdown(guide_path(language).read_text(encoding="utf-8"))
    return document


def links_and_anchors(document: QTextDocument) -> tuple[list[str], set[str]]:
    """The link targets and the anchor names of a rendered document."""
    links: list[str] = []
    anchors: set[str] = set()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            text_format = fragments.fragment().charFormat()
            if text_format.isAnchor() and text_format.anchorHref():
                links.append(text_format.anchorHref())
            anchors.update(text_format.anchorNames())
            fragments += 1
        block = block.next()
    return links, anchors


def level_two_headings(document: QTextDocument) -> list[str]:
    headings: list[str] = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            headings.append(block.text().replace(ZERO_WIDTH_SPACE, "").strip())
        block = block.next()
    return headings


def sidebar_titles(window: MainWindow) -> dict[str, str]:
    """The title of each sidebar page, by page key (the page shown when its row is chosen)."""
    titles: dict[str, str] = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        titles[window.current_page()] = window.sidebar.item(row).text()
    return titles


def shown_guide(window: MainWindow) -> GuideDialog:
    dialogs = [dialog for dialog in window.findChildren(GuideDialog) if dialog.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


# -- the guide in the window --------------------------------------------------------------------


@pytest.mark.parametrize("interface", ["fr", "nl"], indirect=True)
def test_help_user_guide_opens_the_guide_in_the_window_language(
    qtbot: Any, interface: str, demo_register: RegisterDatabase
) -> None:
    window = build_window(qtbot, demo_register, interface)
    menus = window.menuBar().findChildren(QMenu)
    help_menu = next(menu for menu in menus if window.guide_action in menu.actions())
    assert help_menu.title() == HELP_MENU[interface]
    window.guide_action.trigger()
    dialog = shown_guide(window)
    text = dialog.browser.toPlainText()
    assert SECTION_HEADINGS[interface] in text
    others = [SECTION_HEADINGS[lang] for lang in LANGUAGES if lang != interface]
    assert not any(heading in text for heading in others)
    window.guide_action.trigger()  # asked again: the same dialog comes to the front
    assert shown_guide(window) is dialog


def test_f1_opens_the_english_guide(qtbot: Any, demo_register: RegisterDatabase) -> None:
    window = build_window(qtbot, demo_register, "en")
    # The offscreen platform activates no window, so the key itself cannot reach the shortcut.
    assert window.guide_action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    window.guide_action.trigger()
    text = shown_guide(window).browser.toPlainText()
    assert text.startswith("ropa user guide")
    assert SECTION_HEADINGS["en"] in text


def test_a_link_of_the_contents_scrolls_to_its_section(
    qtbot: Any, demo_register: RegisterDatabase
) -> None:
    window = build_window(qtbot, demo_register, "en")
    window.guide_action.trigger()
    browser = shown_guide(window).browser
    qtbot.waitExposed(browser)
    heading = QTextCursor(browser.document().find("8. Retention periods"))
    assert not browser.viewport().rect().contains(browser.cursorRect(heading))
    link = browser.document().find("Retention periods")  # its entry in the contents
    assert link.charFormat().anchorHref() == "#retention"
    cursor = QTextCursor(link)
    cursor.setPosition(link.selectionStart() + 1)
    centre = browser.cursorRect(cursor).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: browser.verticalScrollBar().value() > 0)
    shown = browser.cursorRect(heading)
    assert browser.viewport().rect().contains(shown)
    assert shown.top() < browser.viewport().height() // 4  # the section starts at the top
    assert SECTION_HEADINGS["en"] in browser.toPlainText()  # the guide is still shown


# -- the sidebar pages ----------------------------------------------------------------------


@pytest.mark.parametrize("interface", LANGUAGES, indirect=True)
def test_the_guide_names_every_sidebar_page_as_the_window_shows_it(
    qtbot: Any, interface: str, demo_register: RegisterDatabase
) -> None:
    window = build_window(qtbot, demo_register, interface)
    expected = EXPECTED_TITLES[interface]
    titles = sidebar_titles(window)
    assert set(titles) <= set(expected), "a new sidebar page: describe it in the guides"
    window.guide_action.trigger()
    text = shown_guide(window).browser.toPlainText()
    for key, title in titles.items():
        assert title == expected[key], f"{interface}: the sidebar and the guide name it apart"
        assert title in text, f"{interface}: the guide does not name the page {title!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_guide_names_all_the_pages_of_the_sidebar(language: str) -> None:
    text = rendered(language).toPlainText()
    missing = [title for title in EXPECTED_TITLES[language].values() if title not in text]
    assert missing == []


# -- links and sections --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_of_the_guide_resolves(language: str) -> None:
    path = guide_path(language)
    assert path == resources_dir() / "guide" / f"user-guide.{language}.md"
    links, anchors = links_and_anchors(rendered(language))
    internal = [link for link in links if link.startswith("#")]
    assert len(internal) >= 15  # the contents, at least
    assert [link for link in internal if link[1:] not in anchors] == []
    for link in links:
        if not link.startswith(("#", "https://", "mailto:")):
            assert (path.parent / link.split("#")[0]).is_file(), link
    # Each anchor written in the Markdown survives the rendering (none is silently dropped).
    written = set(ANCHOR_TAG.findall(path.read_text(encoding="utf-8")))
    assert written == anchors


def test_the_three_guides_have_the_same_sections() -> None:
    headings = {language: level_two_headings(rendered(language)) for language in LANGUAGES}
    counts = {language: len(found) for language, found in headings.items()}
    assert len(set(counts.values())) == 1, counts
    assert counts["en"] >= 15
    anchors = {language: links_and_anchors(rendered(language))[1] for language in LANGUAGES}
    assert anchors["fr"] == anchors["en"] == anchors["nl"]
    for language, found in headings.items():
        assert SECTION_HEADINGS[language] in found


def test_the_developer_page_points_to_the_three_guides() -> None:
    page = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"
    text = page.read_text(encoding="utf-8")
    for language in LANGUAGES:
        assert f"resources/guide/user-guide.{language}.md" in text
