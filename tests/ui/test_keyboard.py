"""The window by keyboard: Ctrl+N makes a new entry of the page shown (an activity on the
activities pages; a new register is Ctrl+Shift+N), Ctrl+F goes to the search field of the page
shown, and from the search field Down goes into the list and Enter opens the row."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import func, select

from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.main_window import (
    PAGE_ACTIVITIES,
    PAGE_COOKIES,
    PAGE_PARTIES,
    PAGE_PROCESSOR_ACTIVITIES,
    MainWindow,
)

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.resize(1366, 768)
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    return main_window


@pytest.fixture
def no_file_dialog(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The titles of the file dialogs asked for (none is shown)."""
    asked: list[str] = []

    def ask(_parent: object, title: str, *_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return asked


def _count(db: RegisterDatabase, table: type[Any]) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def _focus(qtbot: Any) -> Any:
    QApplication.processEvents()
    return QApplication.focusWidget()


@pytest.mark.parametrize("page", [PAGE_ACTIVITIES, PAGE_PROCESSOR_ACTIVITIES])
def test_ctrl_n_makes_a_new_activity(
    qtbot: Any,
    window: MainWindow,
    demo_register: RegisterDatabase,
    no_file_dialog: list[str],
    page: str,
) -> None:
    window.show_page(page)
    view = window._activities_page()[1]
    before = _count(demo_register, m.Activity)
    view.table_view.setFocus()
    qtbot.keyClick(view.table_view, Qt.Key.Key_N, CTRL)
    assert _count(demo_register, m.Activity) == before + 1
    assert no_file_dialog == []  # not a new register
    assert view.editor.isVisible()
    with demo_register.reader() as session:
        created = session.get(m.Activity, view.editor.activity_id)
        assert created is not None and created.role in view.roles
    assert window.current_page() == page


def test_ctrl_n_on_the_parties_page_adds_a_party(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase, no_file_dialog: list[str]
) -> None:
    window.show_page(PAGE_PARTIES)
    before = _count(demo_register, m.Party)
    qtbot.keyClick(window.parties_view.table_view, Qt.Key.Key_N, CTRL)
    assert _count(demo_register, m.Party) == before + 1
    assert no_file_dialog == []


def test_ctrl_shift_n_makes_a_new_register(window: MainWindow, no_file_dialog: list[str]) -> None:
    assert window.new_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    window.new_action.trigger()
    assert no_file_dialog == ["Create a new register"]


def test_down_from_the_search_goes_into_the_list(qtbot: Any, window: MainWindow) -> None:
    window.show_page(PAGE_ACTIVITIES)
    view = window.activities_view
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert _focus(qtbot) is view.search_edit
    qtbot.keyClicks(view.search_edit, "T-0")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert _focus(qtbot) is view.table_view
    current = view.table_view.currentIndex()
    assert current.isValid() and current.row() == 0
    assert view.selected_ids() == [view.model.activity_id(0)]
    qtbot.keyClick(view.table_view, Qt.Key.Key_Down)  # and on down the list
    assert view.table_view.currentIndex().row() == 1


def test_enter_in_the_search_opens_the_row(qtbot: Any, window: MainWindow) -> None:
    window.show_page(PAGE_ACTIVITIES)
    view = window.activities_view
    view.focus_search()
    qtbot.keyClicks(view.search_edit, "T-03")
    assert view.model.rowCount() >= 1
    wanted = view.model.activity_id(0)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.editor.isVisible()
    assert view.editor.activity_id == wanted
    assert view.editor.title.text().startswith("T-03")


@pytest.mark.parametrize(
    "page", [PAGE_ACTIVITIES, PAGE_PROCESSOR_ACTIVITIES, PAGE_PARTIES, PAGE_COOKIES]
)
def test_ctrl_f_goes_to_the_search_of_the_page_shown(
    qtbot: Any, window: MainWindow, page: str
) -> None:
    window.show_page(page)
    shown = window.pages.currentWidget()
    shown.table_view.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert _focus(qtbot) is shown.search_edit  # type: ignore[attr-defined]
    assert window.current_page() == page


def test_ctrl_f_elsewhere_goes_to_the_activities_search(qtbot: Any, window: MainWindow) -> None:
    window.show_page("organisation")
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.current_page() == PAGE_ACTIVITIES
    assert _focus(qtbot) is window.activities_view.search_edit


def test_down_on_the_parties_search_selects_a_party(qtbot: Any, window: MainWindow) -> None:
    window.show_page(PAGE_PARTIES)
    page = window.parties_view
    page.search_edit.setFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert _focus(qtbot) is page.table_view
    assert page.selected_id() is not None
    assert page.editor.entity_id == page.selected_id()
