"""One current row: the row clicked (or reached with the arrow keys) is the one the editor
shows, after the field being edited is saved on the activity it belongs to; a value the
register refused keeps its activity open; the actions name what they act on."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ropa.db import models as m
from ropa.db.enums import ChangeAction
from ropa.db.session import RegisterDatabase
from ropa.ui.forms.fields import LineField
from ropa.ui.main_window import PAGE_ACTIVITIES, PAGE_PARTIES, MainWindow
from ropa.ui.models.activity_table_model import COL_NAME, COL_REFERENCE
from ropa.ui.views.activities_view import ActivitiesView


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.resize(1366, 768)
    main_window.show()
    main_window.show_page(PAGE_ACTIVITIES)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    return main_window


def _row(view: ActivitiesView, reference: str) -> int:
    proxy = view.proxy
    rows = [proxy.index(r, COL_REFERENCE).data() for r in range(proxy.rowCount())]
    return rows.index(reference)


def click_row(
    qtbot: Any,
    view: ActivitiesView,
    reference: str,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A click on the row's name cell, as a user does (Ctrl+click: `modifier`)."""
    table = view.table_view
    index = view.proxy.index(_row(view, reference), COL_NAME)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def shown_reference(view: ActivitiesView) -> str | None:
    editor = view.editor
    if editor.isHidden() or editor.data is None:
        return None
    return str(editor.data.activity["reference"])


def stored(db: RegisterDatabase, reference: str) -> m.Activity:
    with db.reader() as session:
        activity = session.scalars(
            select(m.Activity).where(m.Activity.reference == reference)
        ).one()
        session.expunge(activity)
        return activity


def name_row(view: ActivitiesView) -> LineField:
    row = view.editor.general.rows["name"]
    assert isinstance(row, LineField)
    return row


def test_a_click_opens_the_row_in_the_editor(qtbot: Any, window: MainWindow) -> None:
    view = window.activities_view
    assert view.editor.isHidden()
    click_row(qtbot, view, "T-02")
    assert shown_reference(view) == "T-02"
    assert view.editor.isVisible()
    click_row(qtbot, view, "T-05")
    assert shown_reference(view) == "T-05"
    assert view.editor.title.text().startswith("T-05 — ")


def test_the_arrow_keys_move_the_editor_with_the_current_row(
    qtbot: Any, window: MainWindow
) -> None:
    view = window.activities_view
    click_row(qtbot, view, "T-02")
    qtbot.keyClick(view.table_view, Qt.Key.Key_Down)
    below = view.proxy.index(_row(view, "T-02") + 1, COL_REFERENCE).data()
    assert shown_reference(view) == below
    assert view.selected_ids() == [view.editor.activity_id]


def test_typing_then_clicking_another_row_saves_on_the_first(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    view = window.activities_view
    click_row(qtbot, view, "T-01")
    t01, t02 = stored(demo_register, "T-01"), stored(demo_register, "T-02")
    line = name_row(view).line
    line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line)
    line.selectAll()
    qtbot.keyClicks(line, "Recrutement des stagiaires")
    click_row(qtbot, view, "T-02")  # no Enter, no Tab: the click saves it

    assert stored(demo_register, "T-01").name == "Recrutement des stagiaires"
    assert stored(demo_register, "T-02").name == t02.name  # never written into the other one
    with demo_register.reader() as session:
        change = session.scalars(
            select(m.Change)
            .where(m.Change.entity_id == t01.id, m.Change.action == ChangeAction.UPDATE)
            .order_by(m.Change.id.desc())
        ).first()
    assert change is not None and change.field == "name"
    assert shown_reference(view) == "T-02"
    assert name_row(view).line.text() == t02.name
    assert view.selected_ids() == [t02.id]


def test_a_refused_value_keeps_its_activity_open(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    view = window.activities_view
    click_row(qtbot, view, "T-01")
    t01 = stored(demo_register, "T-01")
    row = name_row(view)
    row.line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.line)
    row.line.selectAll()
    qtbot.keyClick(row.line, Qt.Key.Key_Delete)  # the name is required: refused
    click_row(qtbot, view, "T-02")

    qtbot.waitUntil(lambda: view.selected_ids() == [t01.id])
    assert shown_reference(view) == "T-01"  # the editor never left it
    assert row.has_error and row.line.text() == ""  # the user's value and why, kept
    assert stored(demo_register, "T-01").name == t01.name
    assert "was not saved" in window.statusBar().currentMessage()

    row.line.setText("Recrutement")  # corrected: the next click saves and moves on
    click_row(qtbot, view, "T-02")
    assert stored(demo_register, "T-01").name == "Recrutement"
    assert shown_reference(view) == "T-02"


def test_several_selected_the_editor_shows_the_current_and_actions_count(
    qtbot: Any, window: MainWindow
) -> None:
    view = window.activities_view
    click_row(qtbot, view, "T-02")
    name = f"T-02 {view.model.activity_row(_row(view, 'T-02')).name}"
    assert view.delete_action.text() == f"Delete “{name}”…"
    assert view.delete_button.text() == "Delete T-02…"
    assert view.delete_button.toolTip() == f"Delete “{name}”…"
    assert view.duplicate_button.text() == "Duplicate T-02"
    assert view.retire_button.text() == "Retire T-02"

    ctrl = Qt.KeyboardModifier.ControlModifier
    click_row(qtbot, view, "T-05", modifier=ctrl)
    click_row(qtbot, view, "T-09", modifier=ctrl)
    assert len(view.selected_ids()) == 3
    assert shown_reference(view) == "T-09"  # the row last clicked
    assert view.delete_action.text() == "Delete 3 activities…"
    assert view.delete_button.text() == "Delete 3…"
    assert view.duplicate_action.text() == "Duplicate 3 activities"
    assert view.retire_action.text() == "Retire 3 activities"

    # The Edit menu names them too, for the page shown.
    window.edit_menu.aboutToShow.emit()
    texts = [action.text() for action in window.edit_menu.actions()]
    assert "Delete 3 activities…" in texts and "Duplicate 3 activities" in texts


def test_nothing_selected_the_actions_are_off(window: MainWindow) -> None:
    view = window.activities_view
    view.table_view.selectionModel().clearSelection()
    for action in view.list_actions():
        assert not action.isEnabled()
    assert not view.delete_button.isEnabled()


def test_a_click_on_a_party_shows_it_and_saves_the_one_before(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    window.show_page(PAGE_PARTIES)
    page = window.parties_view
    table = page.table_view

    def click(row: int) -> None:
        rect = table.visualRect(page.proxy.index(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click(0)
    first = page.selected_party()
    assert first is not None and page.editor.entity_id == first
    line = page.editor.rows["contact_name"].input
    line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line)
    qtbot.keyClicks(line, "Dana")
    click(1)
    second = page.selected_party()
    assert second not in (None, first) and page.editor.entity_id == second
    with demo_register.reader() as session:
        party = session.get(m.Party, first)
        assert party is not None and (party.contact_name or "").endswith("Dana")
        other = session.get(m.Party, second)
        assert other is not None and not (other.contact_name or "").endswith("Dana")
    assert page.delete_button.toolTip().startswith("Delete “")


def test_the_selection_follows_an_activity_opened_from_elsewhere(window: MainWindow) -> None:
    view = window.activities_view
    activity_id = view.model.activity_id(_row(view, "T-07"))
    window.open_activity(activity_id)  # as the dashboard or the history do
    assert view.selected_ids() == [activity_id]
    assert view.delete_button.text() == "Delete T-07…"
    view.table_view.selectionModel().select(
        view.proxy.index(_row(view, "T-07"), 0),
        QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert not view.delete_action.isEnabled()


@pytest.mark.parametrize("how", ["double-click", "from another page"])
def test_a_refused_value_is_kept_whatever_opens_another_activity(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase, how: str
) -> None:
    """A double-click, or the dashboard / History asking to open an activity, went straight to
    the editor's load: the refused text the user typed was thrown away."""
    view = window.activities_view
    click_row(qtbot, view, "T-01")
    t01, t02 = stored(demo_register, "T-01"), stored(demo_register, "T-02")
    row = name_row(view)
    row.line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.line)
    row.line.selectAll()
    qtbot.keyClick(row.line, Qt.Key.Key_Delete)  # the name is required: refused
    if how == "double-click":
        table = view.table_view
        index = view.proxy.index(_row(view, "T-02"), COL_NAME)
        center = table.visualRect(index).center()
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    else:
        window.open_activity(t02.id)

    qtbot.waitUntil(lambda: view.selected_ids() == [t01.id])  # the list agrees with it
    assert shown_reference(view) == "T-01"
    assert row.has_error and row.line.text() == ""
    assert stored(demo_register, "T-01").name == t01.name
