"""Light and dark palettes: readable error texts, recoloured icons, and main pages whose labels
are not cut short at 1280×800."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory
from sqlalchemy import select

from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui import icons
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import LineField
from ropa.ui.main_window import MainWindow
from ropa.ui.screenshots import WINDOW_SIZE, dark_theme, describe, truncated_labels
from ropa.ui.settings import Settings
from ropa.ui.theme import (
    MIN_CONTRAST,
    contrast_ratio,
    dark_palette,
    error_colour,
    is_dark,
    readable,
    relative_luminance,
)
from ropa.ui.views.activity_editor import ActivityEditor


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The application in Fusion with its standard (light) palette, or with the dark one."""
    if request.param == "dark":
        with dark_theme(qapp):
            yield "dark"
        return
    style = qapp.style().name()
    palette = QPalette(qapp.palette())
    fusion = QStyleFactory.create("Fusion")
    qapp.setStyle(fusion)
    qapp.setPalette(fusion.standardPalette())
    icons.clear_cache()
    try:
        yield "light"
    finally:
        qapp.setStyle(QStyleFactory.create(style) or QStyleFactory.create("Fusion"))
        qapp.setPalette(palette)
        icons.clear_cache()


def _window_colour(qapp: QApplication) -> QColor:
    return qapp.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)


def _text_colour(label: QLabel) -> QColor:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorGroup.Active, label.foregroundRole())


# -- contrast ---------------------------------------------------------------------------------


def test_contrast_ratio_follows_wcag() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # The WCAG example: #767676 on white is the lightest grey with 4.5:1.
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    assert relative_luminance(QColor("white")) == pytest.approx(1.0)


@pytest.mark.parametrize("background", ["#ffffff", "#efefef", "#202124", "#000000", "#3c3c3c"])
def test_readable_reaches_the_minimum_contrast(background: str) -> None:
    back = QColor(background)
    for colour in ("#b3261e", "#f2b8b5", "#808080", "#ffff00", "#000080"):
        assert contrast_ratio(readable(QColor(colour), back), back) >= MIN_CONTRAST


def test_dark_palette_is_dark_and_its_texts_readable() -> None:
    palette = dark_palette()
    assert is_dark(palette)
    assert not is_dark(QStyleFactory.create("Fusion").standardPalette())
    for back, text in (
        (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
        (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
        (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText),
        (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText),
    ):
        assert contrast_ratio(palette.color(back), palette.color(text)) >= MIN_CONTRAST


def test_refused_edit_is_readable_in_the_palette(
    scheme: str, qapp: QApplication, demo_register: RegisterDatabase, qtbot: Any
) -> None:
    """An error under a field (a required reference cleared) has 4.5:1 against the window."""
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    editor = ActivityEditor(demo_register, stack, RegisterEvents(), "en")
    qtbot.addWidget(editor)
    with demo_register.reader() as session:
        activity_id = session.scalars(
            select(m.Activity.id).where(m.Activity.reference == "T-01")
        ).one()
    editor.load(activity_id)
    editor.show()
    row = editor.general.rows["reference"]
    assert isinstance(row, LineField)
    row.line.setFocus()
    row.line.selectAll()
    qtbot.keyClick(row.line, Qt.Key.Key_Delete)
    qtbot.keyClick(row.line, Qt.Key.Key_Return)
    assert row.has_error and row.error_label.isVisible()
    assert stack.count() == 0
    colour = _text_colour(row.error_label)
    window = _window_colour(qapp)
    assert is_dark(qapp.palette()) == (scheme == "dark")
    assert colour == error_colour(qapp.palette())
    assert contrast_ratio(colour, window) >= MIN_CONTRAST
    # ... and it still reads as red: more red than green and blue.
    assert colour.red() > colour.green() and colour.red() > colour.blue()
    stack.clear()


# -- icons ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*icons.NAMES, icons.APP_ICON])
def test_icon_files_are_valid_24px_svg(name: str) -> None:
    path = icons.icon_path(name)
    text = path.read_text(encoding="utf-8")
    assert 'viewBox="0 0 24 24"' in text
    assert QSvgRenderer(str(path)).isValid()
    if name != icons.APP_ICON:  # drawn in one colour, recoloured from the palette
        assert "currentColor" in text
        assert not re.search(r"#[0-9a-fA-F]{3,6}\b", text)


def test_every_icon_file_is_known_and_licensed() -> None:
    files = {path.stem for path in icons.icons_dir().glob("*.svg")}
    assert files == {*icons.NAMES, icons.APP_ICON}
    assert "GPL-3.0-or-later" in (icons.icons_dir() / "LICENSE.md").read_text(encoding="utf-8")


def _ink(qicon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The mean colour of the opaque pixels of the icon at 48 px."""
    image = qicon.pixmap(48, 48, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    red = green = blue = count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 200:
                red, green, blue, count = (
                    red + pixel.red(),
                    green + pixel.green(),
                    blue + pixel.blue(),
                    count + 1,
                )
    assert count > 20, "the icon draws nothing"
    return QColor(red // count, green // count, blue // count)


def test_icons_are_drawn_in_the_text_colour_of_the_palette(scheme: str, qapp: QApplication) -> None:
    window = _window_colour(qapp)
    for name in icons.NAMES:
        ink = _ink(icons.icon(name))
        assert contrast_ratio(ink, window) >= 3.0, name  # WCAG 1.4.11: graphics 3:1
    selected = _ink(icons.icon("history"), QIcon.Mode.Selected)
    highlight = qapp.palette().color(QPalette.ColorRole.Highlight)
    assert contrast_ratio(selected, highlight) >= 3.0
    assert icons.icon("history") is icons.icon("history")  # cached
    assert icons.icon("no-such-icon").isNull()
    assert not icons.app_icon().isNull()
    assert icons.app_icon().availableSizes()[-1].width() >= 256


def _main_window(db: RegisterDatabase, tmp_path: Path, qtbot: Any) -> MainWindow:
    from PySide6.QtCore import QSettings

    settings = Settings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, "en", settings)
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_main_window_has_page_and_action_icons(
    scheme: str, demo_register: RegisterDatabase, tmp_path: Path, qtbot: Any
) -> None:
    window = _main_window(demo_register, tmp_path, qtbot)
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        assert item is not None
        key = window._page_keys[row]
        assert item.icon().isNull() == (key not in icons.PAGE_ICONS), key
    for action in (
        window.new_action,
        window.open_action,
        window.save_copy_action,
        window.import_action,
        window.export_action,
        window.undo_action,
        window.redo_action,
        window.about_action,
    ):
        assert not action.icon().isNull(), action.text()
    # The sidebar shows every title whole, without a horizontal scroll bar.
    assert window.sidebar.horizontalScrollBar().maximum() == 0


def test_icons_follow_a_change_of_palette(
    qapp: QApplication, demo_register: RegisterDatabase, tmp_path: Path, qtbot: Any
) -> None:
    """The system switching to its dark scheme: the sidebar and menu icons are redrawn light."""
    window = _main_window(demo_register, tmp_path, qtbot)
    item = window.sidebar.item(0)
    assert item is not None
    before = relative_luminance(_ink(item.icon()))
    undo_before = relative_luminance(_ink(window.undo_action.icon()))
    with dark_theme(qapp):
        text = qapp.palette().color(QPalette.ColorRole.WindowText)
        # Qt posts the palette change to the widgets: it arrives with the next events.
        qtbot.waitUntil(lambda: relative_luminance(_ink(item.icon())) > before + 0.3)
        assert relative_luminance(_ink(window.undo_action.icon())) > undo_before + 0.3
        assert contrast_ratio(_ink(item.icon()), text) < 1.5  # drawn in the text colour
    qtbot.waitUntil(lambda: abs(relative_luminance(_ink(item.icon())) - before) < 0.05)


# -- layout at 1280×800 -----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fr"])
def test_main_pages_show_their_labels_whole_at_1280x800(
    language: str, demo_register: RegisterDatabase, tmp_path: Path, qtbot: Any
) -> None:
    """On every sidebar page, each visible label fits its width (or wraps in its height)."""
    from ropa.app import translators

    with translators(language):
        window = _main_window(demo_register, tmp_path, qtbot)
        assert window.width() == WINDOW_SIZE[0]
        cut: list[str] = []
        for row in range(window.sidebar.count()):
            qtbot.mouseClick(
                window.sidebar.viewport(),
                Qt.MouseButton.LeftButton,
                pos=window.sidebar.visualItemRect(window.sidebar.item(row)).center(),
            )
            assert window.pages.currentIndex() == row
            page = window.pages.currentWidget()
            labels = [label for label in page.findChildren(QLabel) if label.isVisible()]
            assert labels or row > 0, "the overview shows labels"
            cut += [
                f"{window.current_page()}: {describe(label)}" for label in truncated_labels(page)
            ]
        cut += [f"status bar: {describe(label)}" for label in truncated_labels(window.statusBar())]
        window.close()
    assert cut == []


def test_truncated_labels_finds_cut_texts(qtbot: Any) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    fits = QLabel("Fits")
    narrow = QLabel("A label much wider than the room it is given")
    narrow.setFixedWidth(40)
    low = QLabel("A word-wrapped label with too little height for its lines of text")
    low.setWordWrap(True)
    low.setFixedSize(80, 12)
    for label in (fits, narrow, low):
        layout.addWidget(label)
    root.show()
    qtbot.waitExposed(root)
    assert truncated_labels(root) == [narrow, low]
    assert "width" in describe(narrow) and "height" in describe(low)
