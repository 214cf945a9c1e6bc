"""The window on a small laptop screen (1366×768, 1280×800), in French and Dutch (the longer
texts): with the editor open the list keeps its reference and name readable, every section of
the editor can be reached and nothing in it is cut on the right, tick lists wrap their texts,
the width given to the list is kept, and every dialog fits the screen it opens on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QScrollArea,
    QWidget,
)

from ropa.core.handle import Register
from ropa.core.register import create_register
from ropa.exports.notice.versions import SectionChange
from ropa.ui.dialogs.first_run_wizard import FirstRunWizard
from ropa.ui.dialogs.guide import GuideDialog
from ropa.ui.dialogs.import_preview import ImportPreviewDialog
from ropa.ui.dialogs.notice_changes import NoticeChangesDialog
from ropa.ui.dialogs.pdf_preview import PdfPreviewDialog
from ropa.ui.dialogs.preferences import PreferencesDialog
from ropa.ui.dialogs.template_dialog import TemplateDialog
from ropa.ui.geometry import fit_within
from ropa.ui.language import install_translators, remove_translators
from ropa.ui.main_window import PAGE_ACTIVITIES, MainWindow
from ropa.ui.models.activity_table_model import COL_NAME, COL_REFERENCE
from ropa.ui.settings import Settings
from ropa.ui.views.activity_editor.pickers import LinksPickerField

SCREENS = [(1366, 768), (1280, 800)]


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.fixture(params=["fr", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_translators(request.param)
    yield request.param
    remove_translators()


@pytest.fixture
def register(tmp_path: Path, language: str) -> Iterator[Register]:
    db = create_register(tmp_path / "demo.ropa", demo=True, language=language)
    yield db
    db.close()


def _window(qtbot: Any, register: Register, language: str, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(register, language)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_page(PAGE_ACTIVITIES)
    view = window.activities_view
    view.open_activity(view.model.activity_id(0))
    _settle()
    return window


@pytest.mark.parametrize("size", SCREENS)
def test_list_beside_the_editor_keeps_reference_and_name(
    qtbot: Any, register: Register, language: str, size: tuple[int, int]
) -> None:
    window = _window(qtbot, register, language, size)
    view = window.activities_view
    table = view.table_view
    header = table.horizontalHeader()
    assert view.editor.isVisible()
    for column in range(view.model.columnCount()):
        title = str(view.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title
    # Reference and name are both in sight, whole, at the left of the list.
    for column in (COL_REFERENCE, COL_NAME):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0
        assert right <= table.viewport().width()
    # The editor is inside the window: nothing of it is beyond the right edge.
    editor_box = QRect(view.editor.mapTo(window, view.editor.rect().topLeft()), view.editor.size())
    assert window.rect().contains(editor_box)


@pytest.mark.parametrize("size", SCREENS)
def test_every_section_in_sight_and_nothing_cut_on_the_right(
    qtbot: Any, register: Register, language: str, size: tuple[int, int]
) -> None:
    window = _window(qtbot, register, language, size)
    editor = window.activities_view.editor
    sections = editor.section_list
    assert sections.count() == editor.section_pages.count() == 9
    for index in range(sections.count()):  # every title is in sight: none behind an arrow
        assert sections.viewport().rect().contains(sections.visualItemRect(sections.item(index)))
    for index in range(editor.section_pages.count()):
        editor.show_section(index)
        _settle()
        area = editor.section_pages.currentWidget()
        assert isinstance(area, QScrollArea)
        assert not area.horizontalScrollBar().isVisible(), editor.section_title(index)
        content = area.widget()
        assert content is not None and content.width() <= area.viewport().width()
        for child in content.findChildren(QWidget):  # no field runs beyond the right edge
            if child.isVisible() and child.width() > 0:
                right = child.mapTo(area.viewport(), child.rect().topRight()).x()
                assert right < area.viewport().width(), (editor.section_title(index), child)


@pytest.mark.parametrize("size", SCREENS)
def test_tick_lists_wrap_their_texts(
    qtbot: Any, register: Register, language: str, size: tuple[int, int]
) -> None:
    window = _window(qtbot, register, language, size)
    editor = window.activities_view.editor
    lists = [editor.security.criteria.list, editor.notice.rows["audiences"].list]  # type: ignore[attr-defined]
    lists += [picker.list for picker in editor.findChildren(LinksPickerField)]
    for index in range(editor.section_pages.count()):
        editor.show_section(index)
        _settle()
        for tick_list in lists:
            if not tick_list.isVisible():
                continue
            assert tick_list.horizontalScrollBar().maximum() == 0
            width = tick_list.viewport().width()
            for row in range(tick_list.count()):
                assert tick_list.visualItemRect(tick_list.item(row)).width() <= width
    # The DPIA criteria are all in sight, wrapped, without a scroll bar.
    criteria = editor.security.criteria.list
    editor.show_section(5)
    _settle()
    last = criteria.visualItemRect(criteria.item(criteria.count() - 1))
    assert last.bottom() <= criteria.viewport().height()


def test_the_sections_by_keyboard(qtbot: Any, register: Register, language: str) -> None:
    window = _window(qtbot, register, language, SCREENS[0])
    editor = window.activities_view.editor
    editor.section_list.setFocus()
    seen = [editor.current_section()]
    for _ in range(editor.section_pages.count() - 1):
        qtbot.keyClick(editor.section_list, Qt.Key.Key_Right)
        seen.append(editor.current_section())
    assert seen == list(range(9))
    qtbot.keyClick(editor.section_list, Qt.Key.Key_Home)
    assert editor.current_section() == 0
    editor.step_section(-1)  # Ctrl+Shift+Tab from the first: the last
    assert editor.current_section() == 8
    editor.step_section(1)
    assert editor.current_section() == 0


def test_the_list_width_is_kept(qtbot: Any, register: Register, language: str) -> None:
    settings = Settings()
    window = _window(qtbot, register, language, SCREENS[0])
    splitter = window.activities_view.splitter
    narrowest = window.activities_view.list_pane.minimumSizeHint().width()
    assert splitter.sizes()[0] == narrowest  # first time: as narrow as reference and name allow
    splitter.moveSplitter(narrowest + 120, 1)
    _settle()
    kept = splitter.sizes()[0]
    assert kept > narrowest and settings.pane_width(PAGE_ACTIVITIES) == kept
    window.close()
    again = _window(qtbot, register, language, SCREENS[0])
    assert again.activities_view.splitter.sizes()[0] == kept


# -- dialogs -----------------------------------------------------------------------------------


def _small_pdf() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "ropa")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _dialogs(parent: QWidget, language: str) -> list[QDialog]:
    from ropa.exports.common import ImportPlan

    plan = ImportPlan(organisation_id="o", organisation_name="Clairbois", source="r.xlsx")
    change = SectionChange("purposes", "Purposes", "changed", ("old",), ("new",))
    return [
        PdfPreviewDialog(parent, _small_pdf(), "Preview", language=language),
        FirstRunWizard(language, parent),
        GuideDialog(language, parent),
        ImportPreviewDialog(parent, plan),
        NoticeChangesDialog(1, [change], parent),
        PreferencesDialog(None, parent),
        TemplateDialog(language, "BE", language, parent),
    ]


def test_every_dialog_fits_the_screen_it_opens_on(
    qtbot: Any, register: Register, language: str
) -> None:
    window = _window(qtbot, register, language, SCREENS[0])
    window.move(0, 0)
    available = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    for dialog in _dialogs(window, language):
        qtbot.addWidget(dialog)
        dialog.show()
        _settle()
        assert available.contains(dialog.frameGeometry()), (type(dialog).__name__, available)
        dialog.close()


@pytest.mark.parametrize("size", SCREENS)
def test_every_dialog_fits_a_small_laptop_screen(
    qtbot: Any, register: Register, language: str, size: tuple[int, int]
) -> None:
    """Within 1366×768 (or 1280×800) less a task bar, whatever the screen of the tests: the
    print preview (1000 pixels high before) included, its buttons in sight."""
    window = _window(qtbot, register, language, size)
    available = QRect(0, 0, size[0], size[1] - 40)
    for dialog in _dialogs(window, language):
        qtbot.addWidget(dialog)
        fit_within(dialog, dialog.width(), max(dialog.height(), 1000), available)
        dialog.move(available.topLeft())
        dialog.show()
        _settle()
        assert available.contains(dialog.frameGeometry()), type(dialog).__name__
        for button in _buttons_outside_scrolling(dialog):
            top_left = button.mapTo(dialog, button.rect().topLeft())
            inside = dialog.rect().contains(QRect(top_left, button.size()))
            assert inside, (type(dialog).__name__, button.text())
        dialog.close()


def _buttons_outside_scrolling(dialog: QDialog) -> list[QAbstractButton]:
    """The visible buttons of a dialog that are not in a scrolled area (OK, Cancel, Print...)."""
    found = []
    for button in dialog.findChildren(QAbstractButton):
        parent = button.parentWidget()
        while parent is not None and parent is not dialog:
            if isinstance(parent, QAbstractScrollArea):
                break
            parent = parent.parentWidget()
        if parent is dialog and button.isVisible():
            found.append(button)
    assert found
    return found
