"""Deleting asks first, naming what goes; Cancel deletes nothing, Delete exactly those; "Don't
ask again" is kept and Preferences asks again; the status bar says what was done and that
Ctrl+Z undoes it, and Ctrl+Z does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.dialogs.confirm_delete import MAX_NAMED, confirm_delete
from ropa.ui.dialogs.preferences import PreferencesDialog
from ropa.ui.main_window import PAGE_ACTIVITIES, PAGE_PARTIES, MainWindow
from ropa.ui.models.activity_table_model import COL_NAME, COL_REFERENCE
from ropa.ui.settings import Settings
from ropa.ui.views.activities_view import ActivitiesView
from tests.ui.dialog_support import record_boxes


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.show_page(PAGE_ACTIVITIES)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    return main_window


def references(db: RegisterDatabase) -> set[str]:
    with db.reader() as session:
        return set(session.scalars(select(m.Activity.reference)))


def names(db: RegisterDatabase) -> dict[str, str]:
    with db.reader() as session:
        return {a.reference: a.name for a in session.scalars(select(m.Activity))}


def select_rows(qtbot: Any, view: ActivitiesView, refs: list[str]) -> None:
    """Click the first row, Ctrl+click the others."""
    proxy, table = view.proxy, view.table_view
    shown = [proxy.index(r, COL_REFERENCE).data() for r in range(proxy.rowCount())]
    for n, reference in enumerate(refs):
        index = proxy.index(shown.index(reference), COL_NAME)
        table.scrollTo(index)
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        pos = table.visualRect(index).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, pos)


def answer_dont_ask_again(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Questions answered Delete with "Don't ask again" ticked."""
    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        check = box.checkBox()
        assert check is not None
        check.setChecked(True)
        return int(QMessageBox.StandardButton.Yes.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_delete_names_the_row_and_cancel_deletes_nothing(
    qtbot: Any,
    window: MainWindow,
    demo_register: RegisterDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes = record_boxes(monkeypatch)  # every question answered Cancel
    view = window.activities_view
    before = references(demo_register)
    select_rows(qtbot, view, ["T-02"])
    steps = window.undo_stack.count()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)

    assert len(boxes) == 1
    box = boxes[0]
    assert box.text() == "Delete this activity?"  # (the English plural forms: i18n/ropa_en.ts)
    assert f"• T-02 {names(demo_register)['T-02']}" in box.informativeText()
    assert "Ctrl+Z (Edit ▸ Undo)" in box.informativeText()
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Delete"
    assert box.checkBox() is not None and box.checkBox().text() == "Don't ask again"
    assert references(demo_register) == before
    assert window.undo_stack.count() == steps


def test_the_delete_key_asks_and_deletes_exactly_those_then_ctrl_z(
    qtbot: Any,
    window: MainWindow,
    demo_register: RegisterDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes = record_boxes(monkeypatch, yes_to_questions=True)  # "Delete"
    view = window.activities_view
    before = references(demo_register)
    stored = names(demo_register)
    # (Not T-09 nor T-02: the demo's impact assessment covers T-09, its rights requests and its
    # phishing breach refer to T-02, so they cannot be deleted.)
    select_rows(qtbot, view, ["T-17", "T-05", "T-10"])
    view.table_view.setFocus()
    qtbot.keyClick(view.table_view, Qt.Key.Key_Delete)

    assert [box.text() for box in boxes] == ["Delete these 3 activities?"]
    listed = boxes[0].informativeText()
    for reference in ("T-17", "T-05", "T-10"):
        assert f"• {reference} {stored[reference]}" in listed
    assert references(demo_register) == before - {"T-17", "T-05", "T-10"}
    message = window.statusBar().currentMessage()
    assert message == "Deleted 3 activities. Ctrl+Z to undo."

    qtbot.keyClick(view.table_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert references(demo_register) == before
    assert window.statusBar().currentMessage() == ""


def test_deleting_one_says_its_name_in_the_status_bar(
    qtbot: Any,
    window: MainWindow,
    demo_register: RegisterDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record_boxes(monkeypatch, yes_to_questions=True)
    view = window.activities_view
    name = names(demo_register)["T-04"]
    select_rows(qtbot, view, ["T-04"])
    assert view.editor.isVisible()
    view.delete_action.trigger()  # as the Edit menu does
    assert "T-04" not in references(demo_register)
    assert window.statusBar().currentMessage() == f"Deleted “{name}”. Ctrl+Z to undo."
    assert view.editor.isHidden()  # no deleted activity left open
    window.undo_action.trigger()
    assert "T-04" in references(demo_register)


def test_dont_ask_again_is_kept_and_preferences_ask_again(
    qtbot: Any,
    window: MainWindow,
    demo_register: RegisterDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes = answer_dont_ask_again(monkeypatch)
    view = window.activities_view
    select_rows(qtbot, view, ["T-17"])  # (T-02 cannot be deleted: see above)
    view.delete_selected()
    assert len(boxes) == 1 and "T-17" not in references(demo_register)
    assert not window.settings.confirm_deletes()
    assert not Settings().confirm_deletes()  # kept in the settings file

    select_rows(qtbot, view, ["T-05"])
    assert view.delete_selected() == 1  # no question this time
    assert len(boxes) == 1 and "T-05" not in references(demo_register)

    # Edit > Preferences shows it unticked; ticking it asks again.
    def accept(dialog: PreferencesDialog) -> int:
        assert not dialog.confirm_deletes.isChecked()
        dialog.confirm_deletes.setChecked(True)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    window.preferences_dialog()
    assert window.settings.confirm_deletes()
    select_rows(qtbot, view, ["T-10"])
    view.delete_selected()
    assert len(boxes) == 2


def test_a_long_list_is_cut_with_how_many_more(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    boxes = record_boxes(monkeypatch)
    listed = [f"T-{n:02} <b>Activity</b> {n}" for n in range(1, MAX_NAMED + 4)]
    assert not confirm_delete(None, "Delete these 11 activities?", listed, Settings())
    text = boxes[0].informativeText()
    assert "• T-01 <b>Activity</b> 1" in text  # shown as typed, not as markup
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert f"• T-{MAX_NAMED:02}" in text and f"T-{MAX_NAMED + 1:02}" not in text
    assert "and 3 more" in text


def test_a_party_delete_names_it_and_cancel_keeps_it(
    qtbot: Any,
    window: MainWindow,
    demo_register: RegisterDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes = record_boxes(monkeypatch)  # Cancel
    window.show_page(PAGE_PARTIES)
    page = window.parties_view
    page.table_view.selectionModel().setCurrentIndex(
        page.proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    name = page.selected_label()
    assert page.delete_action.text() == f"Delete “{name}”…"
    with demo_register.reader() as session:
        count = len(list(session.scalars(select(m.Party.id))))
    page.table_view.setFocus()
    qtbot.keyClick(page.table_view, Qt.Key.Key_Delete)
    assert [box.text() for box in boxes] == ["Delete this party?"]
    assert f"• {name}" in boxes[0].informativeText()
    with demo_register.reader() as session:
        assert len(list(session.scalars(select(m.Party.id)))) == count
