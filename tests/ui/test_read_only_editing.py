"""A register opened read-only looks read-only: no input, button, action or key lets the user
try a change (each one off says why in its tooltip), while reading stays as it was: rows are
selected and shown, sections switched, texts selected and copied, lists filtered, documents
exported. A writable register keeps everything editable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableView,
)

from ropa.core.reads.overview import load_overview
from ropa.core.register import create_register, open_register
from ropa.ui.forms.fields import CheckField, ComboField, LineField, TextField
from ropa.ui.forms.read_only import read_only_tip
from ropa.ui.main_window import MainWindow
from ropa.ui.views.activities_view import ActivitiesView
from ropa.ui.views.activity_editor import TAB_PEOPLE, TAB_PURPOSES
from tests.ui.dialog_support import save_as
from tests.unit.test_register_failures import digest, not_writable

CTRL = Qt.KeyboardModifier.ControlModifier


def make_window(qtbot: Any, path: Path) -> MainWindow:
    window = MainWindow(open_register(path), "en")
    window._owns_db = True  # closed with the window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "files" / "firm.ropa"
    path.parent.mkdir()
    create_register(path, demo=True, language="fr").close()
    return path


@pytest.fixture
def read_only_window(qtbot: Any, register: Path) -> Iterator[MainWindow]:
    """The demo register, its file made unwritable, in a window."""
    before = digest(register)
    with not_writable(register):
        window = make_window(qtbot, register)
        assert window.read_only_banner.isVisible()
        yield window
        window.close()
    assert digest(register) == before  # nothing was written


def click_row(qtbot: Any, table: QTableView, row: int) -> None:
    """Click a row of a list, as the user does."""
    index = table.model().index(row, 1)
    table.scrollTo(index)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def open_first(qtbot: Any, window: MainWindow) -> ActivitiesView:
    """The activities page with its first activity (by reference) opened in the editor."""
    window.show_page("activities")
    view = window.activities_view
    click_row(qtbot, view.table_view, 0)
    assert view.selected_ids() == [view.editor.activity_id]
    assert view.editor.isVisible()
    return view


def check_rect_click(qtbot: Any, items: QListWidget, item: QListWidgetItem) -> None:
    """Click where the item's check box is drawn (its left end)."""
    rect = items.visualItemRect(item)
    qtbot.mouseClick(
        items.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 8, rect.center().y())
    )


def test_the_activity_editor_shows_everything_and_changes_nothing(
    qtbot: Any, read_only_window: MainWindow, shown_boxes: list[QMessageBox]
) -> None:
    window = read_only_window
    view = open_first(qtbot, window)
    editor = view.editor
    tip = read_only_tip()
    general = editor.general.rows
    name = general["name"]
    assert isinstance(name, LineField)
    assert name.line.isReadOnly() and name.line.isEnabled()
    # The text can be selected and copied.
    name.line.setFocus()
    name.line.selectAll()
    name.line.copy()
    assert QApplication.clipboard().text() == name.line.text() != ""
    # Typing changes nothing.
    qtbot.keyClicks(name.line, "changed")
    qtbot.keyClick(name.line, Qt.Key.Key_Return)
    assert "changed" not in name.line.text()
    description = general["description"]
    assert isinstance(description, TextField) and description.text_edit.isReadOnly()
    role = general["role"]
    assert isinstance(role, ComboField)
    assert not role.combo.isEnabled() and role.combo.toolTip() == tip
    start = general["start_date"]
    assert start.line.isReadOnly()  # type: ignore[attr-defined]
    assert not start.calendar_button.isEnabled()  # type: ignore[attr-defined]

    # People & data: the picker's ticks are shown, not changeable; its filter still filters.
    editor.show_section(TAB_PEOPLE)
    picker = editor.people.subjects.subjects
    items = picker.items()
    assert items
    ticked = picker.checked_ids()
    for item in items:
        assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
        assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    check_rect_click(qtbot, picker.list, items[-1])
    assert picker.checked_ids() == ticked
    assert not picker.new_button.isEnabled() and picker.new_button.toolTip() == tip
    longest = max(items, key=lambda item: len(item.text()))
    qtbot.keyClicks(picker.filter, longest.text())
    assert [item for item in items if not item.isHidden()] == [longest]
    collected = editor.people.subjects.rows["collected_from_subject"]
    assert isinstance(collected, CheckField) and not collected.check.isEnabled()

    # A child table: its rows are chosen and shown, not added nor removed.
    editor.show_section(TAB_PURPOSES)
    purposes = editor.purposes
    assert not purposes.add_button.isEnabled() and purposes.add_button.toolTip() == tip
    assert purposes.current() is not None
    assert not purposes.remove_button.isEnabled()
    assert len(purposes.entries) > 1
    click_row(qtbot, purposes.table, 1)
    shown = purposes.rows[0]
    assert isinstance(shown, TextField)
    # The text as the field holds it (toPlainText() would show French no-break spaces as
    # plain ones).
    assert shown.changes()["description"] == purposes.entries[1]["description"]
    assert shown.text_edit.isReadOnly()
    assert not purposes.remove_button.isEnabled()

    # Another activity is still opened by selecting it, read-only too.
    first = editor.activity_id
    click_row(qtbot, view.table_view, 1)
    assert editor.activity_id != first
    reference = view.model.activity_row(view.model.row_of(editor.activity_id) or 0).reference
    assert general["reference"].line.text() == reference  # type: ignore[attr-defined]
    assert general["name"].line.isReadOnly()  # type: ignore[attr-defined]
    assert window.undo_stack.count() == 0
    assert shown_boxes == []  # nothing was tried, so nothing was refused


def test_list_actions_and_keys_are_off(
    qtbot: Any, read_only_window: MainWindow, shown_boxes: list[QMessageBox]
) -> None:
    window = read_only_window
    view = open_first(qtbot, window)
    tip = read_only_tip()
    count = len(load_overview(window.db).activities)
    shown = view.model.rowCount()
    for action in (view.duplicate_action, view.retire_action, view.delete_action):
        assert not action.isEnabled() and action.toolTip() == tip
    for button in (view.new_button, view.template_button, view.delete_button):
        assert not button.isEnabled() and button.toolTip() == tip
    assert view.delete_button.accessibleName().startswith("Delete “")  # still named
    # The keys do nothing: Ctrl+N, Delete.
    qtbot.keyClick(view.table_view, Qt.Key.Key_N, CTRL)
    qtbot.keyClick(view.table_view, Qt.Key.Key_Delete)
    assert len(load_overview(window.db).activities) == count
    # The Edit menu lists the page's actions, off, and undo / redo / templates off.
    window.edit_menu.aboutToShow.emit()
    listed = [a for a in window.edit_menu.actions() if a in view.list_actions()]
    assert listed and not any(a.isEnabled() for a in listed)
    for action in (window.undo_action, window.redo_action, window.templates_action):
        assert not action.isEnabled() and action.toolTip() == tip
    assert window.edit_menu.toolTipsVisible()
    assert not window.import_action.isEnabled()
    assert not window.documents.import_excel_action.isEnabled()
    # Searching and filtering still work.
    qtbot.keyClicks(view.search_edit, "zzz-no-such-activity")
    assert view.model.rowCount() == 0
    view.search_edit.clear()
    assert view.model.rowCount() == shown
    assert shown_boxes == []


def test_the_pages_forms_are_read_only(
    qtbot: Any, read_only_window: MainWindow, shown_boxes: list[QMessageBox]
) -> None:
    window = read_only_window
    tip = read_only_tip()
    window.show_page("parties")
    parties = window.parties_view
    assert not parties.new_button.isEnabled() and parties.new_button.toolTip() == tip
    click_row(qtbot, parties.table_view, 0)
    form = parties.editor
    assert form.entity_id is not None
    name = form.rows["name"]
    assert isinstance(name, LineField) and name.line.isReadOnly()
    assert name.line.text() != ""
    assert not form.rows["kind"].input.isEnabled()
    for index in range(form.rows["subprocessors"].list.count()):  # type: ignore[attr-defined]
        item = form.rows["subprocessors"].list.item(index)  # type: ignore[attr-defined]
        assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not parties.delete_action.isEnabled()
    # The party's contracts can be looked at, not added to.
    line = parties.party_contracts
    assert line.open_button.isEnabled()
    assert not line.new_button.isEnabled() and line.new_button.toolTip() == tip
    rows = parties.model.rowCount()
    qtbot.keyClick(parties.table_view, Qt.Key.Key_N, CTRL)  # nothing
    parties.reload()
    assert parties.model.rowCount() == rows

    window.show_page("catalogues")
    catalogues = window.catalogues_view
    click_row(qtbot, catalogues.table_view, 0)
    assert not catalogues.new_button.isEnabled()
    assert catalogues.editor.rows["name"].line.isReadOnly()  # type: ignore[attr-defined]
    catalogues.set_catalogue("security_measure")  # another catalogue's form: read-only too
    click_row(qtbot, catalogues.table_view, 0)
    assert catalogues.editor.rows["name"].line.isReadOnly()  # type: ignore[attr-defined]
    assert not catalogues.editor.rows["kind"].input.isEnabled()

    window.show_page("cookies")
    assert not window.cookies_view.new_button.isEnabled()

    window.show_page("contracts")
    contracts = window.contracts_view
    assert not contracts.new_button.isEnabled() and contracts.new_button.toolTip() == tip
    click_row(qtbot, contracts.table_view, 0)
    assert contracts.editor.entity_id is not None
    assert contracts.editor.rows["reference"].line.isReadOnly()  # type: ignore[attr-defined]
    assert not contracts.editor.rows["status"].input.isEnabled()
    clauses = contracts.editor.rows["clauses"].list  # type: ignore[attr-defined]
    assert not clauses.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not contracts.delete_action.isEnabled()

    window.show_page("organisation")
    profile = window.organisation_view.editor
    assert profile.rows["legal_name"].line.isReadOnly()  # type: ignore[attr-defined]
    assert not profile.rows["country"].input.isEnabled()
    assert not profile.rows["dpo_designated"].input.isEnabled()

    window.show_page("notice")
    notice = window.notice_view
    notice.refresh()
    assert not notice.publish_button.isEnabled() and notice.publish_button.toolTip() == tip
    assert window.undo_stack.count() == 0
    assert shown_boxes == []


def test_exports_still_work(
    read_only_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = read_only_window
    target = tmp_path / "out" / "register.pdf"
    target.parent.mkdir()
    save_as(monkeypatch, target)
    assert window.documents.export_pdf_action.isEnabled()
    window.documents.export_pdf_action.trigger()
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) > 1
    organisation = load_overview(window.db).organisations[0].legal_name
    assert organisation in " ".join(page.extract_text() for page in reader.pages)


def test_preferences_show_the_name_read_only(qtbot: Any, read_only_window: MainWindow) -> None:
    from ropa.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(
        None, read_only_window, user_name="Alice", login="alice", read_only=True
    )
    qtbot.addWidget(dialog)
    assert dialog.name_edit.isReadOnly() and dialog.name_edit.text() == "Alice"
    assert dialog.name_edit.toolTip() == read_only_tip()
    assert dialog.language.isEnabled()  # the interface language is not the register's


def test_a_writable_register_stays_editable(
    qtbot: Any, register: Path, shown_boxes: list[QMessageBox]
) -> None:
    window = make_window(qtbot, register)
    assert not window.read_only_banner.isVisible()
    view = open_first(qtbot, window)
    editor = view.editor
    assert not editor.general.rows["name"].line.isReadOnly()  # type: ignore[attr-defined]
    assert editor.general.rows["role"].input.isEnabled()
    editor.show_section(TAB_PEOPLE)
    picker = editor.people.subjects.subjects
    for item in picker.items():
        assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    ticked = picker.checked_ids()
    check_rect_click(qtbot, picker.list, picker.items()[-1])  # the same click ticks here
    assert len(picker.checked_ids()) == len(ticked) + 1
    assert window.undo_stack.count() == 1
    assert editor.purposes.add_button.isEnabled() and editor.purposes.remove_button.isEnabled()
    for action in (view.duplicate_action, view.retire_action, view.delete_action):
        assert action.isEnabled() and action.toolTip() != read_only_tip()
    assert view.new_button.isEnabled() and window.templates_action.isEnabled()
    assert not window.edit_menu.toolTipsVisible()
    count = len(load_overview(window.db).activities)
    qtbot.keyClick(view.table_view, Qt.Key.Key_N, CTRL)
    assert len(load_overview(window.db).activities) == count + 1
    window.show_page("parties")
    assert window.parties_view.new_button.isEnabled()
    window.close()


def test_opening_another_register_switches_the_state(
    qtbot: Any, tmp_path: Path, register: Path, shown_boxes: list[QMessageBox]
) -> None:
    other = tmp_path / "own.ropa"
    create_register(other, demo=True, language="fr").close()
    window = make_window(qtbot, other)
    with not_writable(register):
        assert window.open_file(register)
        view = open_first(qtbot, window)
        assert view.editor.general.rows["name"].line.isReadOnly()  # type: ignore[attr-defined]
        assert not view.new_button.isEnabled()
        assert window.parties_view.editor.read_only
        assert window.open_file(other)  # writable again: everything editable
        view = open_first(qtbot, window)
        assert not view.editor.general.rows["name"].line.isReadOnly()  # type: ignore[attr-defined]
        assert view.new_button.isEnabled() and view.delete_action.isEnabled()
        assert not window.parties_view.editor.read_only
    window.close()
