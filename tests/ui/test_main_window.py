"""The main window (pages, menus, undo, files), its table model and proxy, and the bootstrap."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ropa import __version__, app
from ropa.core.queries import ActivityRow
from ropa.core.register import create_register, open_register
from ropa.db import models as m
from ropa.db.enums import Role, Status
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import import_json
from ropa.ui.commands import UpdateEntityCommand, push
from ropa.ui.dialogs.first_run_wizard import FirstRunWizard
from ropa.ui.forms.fields import LineField
from ropa.ui.main_window import PAGE_ACTIVITIES, PAGE_OVERVIEW, MainWindow, load_overview
from ropa.ui.models.activity_table_model import (
    COL_NAME,
    COL_NEXT_REVIEW,
    COL_REFERENCE,
    COL_ROLE,
    COL_STATUS,
    ActivityFilterProxyModel,
    ActivityIdRole,
    ActivityTableModel,
    natural_key,
    search_key,
)
from tests.conftest import user_data
from tests.ui.dialog_support import choose_file

ACTIVITIES = [
    # (id, reference, name, role, status, owner)
    ("a-payroll", "T-10", "Payroll", "controller", "active", "HR department"),
    ("a-recruit", "T-2", "Recruitment of candidates", "controller", "draft", "HR department"),
    ("a-website", "T-03", "Website analytics", "controller", "active", "Marketing"),
    ("a-hosting", "T-01", "Hosting for clients", "processor", "active", "IT operations"),
    ("a-old", "T-04", "Former newsletter (Élan)", "controller", "retired", None),
]
# The "Processing activities" page lists controller activities; T-01 is on the processor page.
CONTROLLER_ACTIVITIES = [a for a in ACTIVITIES if a[3] != "processor"]


def register_document() -> bytes:
    activities: list[dict[str, Any]] = []
    for activity_id, reference, name, role, status, owner in ACTIVITIES:
        activity: dict[str, Any] = {
            "id": activity_id,
            "reference": reference,
            "name": name,
            "role": role,
            "status": status,
        }
        if owner is not None:
            activity["owner"] = owner
        if status == "retired":
            activity["end_date"] = "2025-12-31"
        activities.append(activity)
    document = {
        "format": "ropa-register",
        "format_version": 1,
        "organisations": [
            {
                "id": "org-test",
                "legal_name": "Test Company SRL",
                "country": "BE",
                "activities": activities,
            }
        ],
    }
    return json.dumps(document).encode("utf-8")


@pytest.fixture
def register(tmp_path: Path) -> Iterator[RegisterDatabase]:
    db = create_register(tmp_path / "t.ropa", language="en")
    import_json(db, register_document())
    yield db
    db.close()


@pytest.fixture
def window(qtbot: Any, register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.show_page(PAGE_ACTIVITIES)
    return main_window


def activity_name(db: RegisterDatabase, activity_id: str) -> str:
    with db.reader() as session:
        activity = session.get(m.Activity, activity_id)
        assert activity is not None
        return activity.name


def shown_column(window: MainWindow, column: int) -> list[str]:
    proxy = window.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def sample_rows() -> list[ActivityRow]:
    updated = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    return [
        ActivityRow(
            "a1", "o", "R-2", "Beta", Role.PROCESSOR, Status.ACTIVE, None, None, updated, 0
        ),
        ActivityRow(
            "a2",
            "o",
            "R-10",
            "alpha",
            Role.CONTROLLER,
            Status.DRAFT,
            "Ann",
            date(2027, 1, 31),
            updated,
            2,
        ),
    ]


# -- the window --------------------------------------------------------------------------------


def test_window_lists_the_registers_activities(window: MainWindow) -> None:
    assert window.proxy.rowCount() == len(CONTROLLER_ACTIVITIES)
    assert sorted(shown_column(window, COL_NAME)) == sorted(a[2] for a in CONTROLLER_ACTIVITIES)
    assert window.windowTitle() == "Test Company SRL — t.ropa — ropa"
    assert window.table_view.isSortingEnabled()
    assert window.search_edit.isClearButtonEnabled()
    assert window.search_edit.accessibleName()
    status = window.status_label.text()
    assert status.startswith(f"{len(CONTROLLER_ACTIVITIES)} activities")
    assert "Test Company SRL" in status
    assert status.endswith(" — t.ropa")  # the file, always
    assert window.status_label.toolTip() == str(window.db.path)


def test_role_and_status_are_shown_as_labels(window: MainWindow) -> None:
    model = window.processor_view.model
    hosting = model.row_of("a-hosting")
    assert hosting is not None
    assert model.index(hosting, COL_ROLE).data() == "Processor"
    assert model.index(hosting, COL_STATUS).data() == "Active"


def test_search_filters_and_clearing_restores(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_edit, "PAY")
    assert shown_column(window, COL_NAME) == ["Payroll"]
    assert window.status_label.text().startswith("1 of 4 activities")

    window.search_edit.clear()
    assert window.proxy.rowCount() == len(CONTROLLER_ACTIVITIES)

    # Owner and reference are searched too; words in any order; accents ignored.
    window.search_edit.setText("hr")
    assert sorted(shown_column(window, COL_NAME)) == ["Payroll", "Recruitment of candidates"]
    window.search_edit.setText("candidates hr")
    assert shown_column(window, COL_NAME) == ["Recruitment of candidates"]
    window.search_edit.setText("t-03")
    assert shown_column(window, COL_NAME) == ["Website analytics"]
    window.search_edit.setText("elan")
    assert shown_column(window, COL_NAME) == ["Former newsletter (Élan)"]
    window.search_edit.setText("no such activity")
    assert window.proxy.rowCount() == 0
    window.search_edit.setText("")
    assert window.proxy.rowCount() == len(CONTROLLER_ACTIVITIES)


def test_sorting_by_reference(window: MainWindow) -> None:
    view = window.table_view
    view.sortByColumn(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    # Natural order: T-2 comes before T-10.
    assert shown_column(window, COL_REFERENCE) == ["T-2", "T-03", "T-04", "T-10"]
    view.sortByColumn(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    assert shown_column(window, COL_REFERENCE) == ["T-10", "T-04", "T-03", "T-2"]


def test_sorting_by_status_follows_the_lifecycle(window: MainWindow) -> None:
    window.table_view.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert shown_column(window, COL_STATUS) == ["Draft", "Active", "Active", "Retired"]


def _row_of(window: MainWindow, name: str) -> int:
    return shown_column(window, COL_NAME).index(name)


def test_double_click_opens_the_editor_and_edits_show_in_the_list(
    qtbot: Any, window: MainWindow, register: RegisterDatabase
) -> None:
    view = window.table_view
    editor = window.activities_view.editor
    assert not editor.isVisible()
    rect = view.visualRect(window.proxy.index(_row_of(window, "Payroll"), COL_NAME))
    # A real double-click starts with a press (QTest's double-click event alone does not).
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.isVisible()  # the row clicked is the one the editor shows
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.isVisible()
    assert window.activities_view.opened_activity() == "a-payroll"
    name = editor.general.rows["name"]
    assert isinstance(name, LineField)
    assert name.line.text() == "Payroll"
    assert editor.title.text() == "T-10 — Payroll"
    assert window.proxy.rowCount() == len(CONTROLLER_ACTIVITIES)

    name.line.setFocus()
    name.line.setText("Salaries")
    qtbot.keyClick(name.line, Qt.Key.Key_Return)
    assert activity_name(register, "a-payroll") == "Salaries"
    qtbot.waitUntil(lambda: "Salaries" in shown_column(window, COL_NAME))
    assert "Payroll" not in shown_column(window, COL_NAME)

    window.undo_action.trigger()
    assert activity_name(register, "a-payroll") == "Payroll"
    qtbot.waitUntil(lambda: "Payroll" in shown_column(window, COL_NAME))
    assert "Salaries" not in shown_column(window, COL_NAME)
    assert name.line.text() == "Payroll"


def test_enter_opens_the_current_activity(qtbot: Any, window: MainWindow) -> None:
    view = window.table_view
    view.setFocus()
    view.setCurrentIndex(window.proxy.index(_row_of(window, "Website analytics"), COL_NAME))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = window.activities_view.editor
    assert editor.isVisible()
    assert window.activities_view.opened_activity() == "a-website"
    assert editor.title.text() == "T-03 — Website analytics"


def test_the_editor_uses_the_ui_language(qtbot: Any, register: RegisterDatabase) -> None:
    main_window = MainWindow(register, "fr")
    qtbot.addWidget(main_window)
    assert main_window.activities_view.editor.lang == "fr"


def test_reload_reads_new_activities(window: MainWindow, register: RegisterDatabase) -> None:
    window.search_edit.setText("zzz")
    document = json.loads(register_document())
    organisation = document["organisations"][0]
    organisation.update(id="org-other", legal_name="Other Company BV")
    organisation["activities"] = [
        {"id": "b1", "reference": "O-1", "name": "zzz marker", "role": "controller"}
    ]
    import_json(register, json.dumps(document).encode())
    window.reload()
    assert shown_column(window, COL_NAME) == []  # the first organisation is still shown
    assert window.organisation_bar.isVisibleTo(window)
    window.set_organisation("org-other")
    assert shown_column(window, COL_NAME) == ["zzz marker"]
    assert "Other Company BV" in window.status_label.text()
    assert window.windowTitle() == "Other Company BV — t.ropa — ropa"


def test_an_empty_register(qtbot: Any, tmp_path: Path) -> None:
    db = create_register(tmp_path / "empty.ropa", language="en")
    try:
        main_window = MainWindow(db, "en")
        qtbot.addWidget(main_window)
        assert main_window.proxy.rowCount() == 0
        assert main_window.status_label.text() == "0 activities — empty.ropa"
        assert main_window.windowTitle() == "empty.ropa — ropa"  # no organisation yet
    finally:
        db.close()


def test_load_overview_reads_one_snapshot(register: RegisterDatabase) -> None:
    overview = load_overview(register)
    assert overview.language == "en"
    assert len(overview.activities) == len(ACTIVITIES)
    assert [org.legal_name for org in overview.organisations] == ["Test Company SRL"]


# -- the shell: pages, undo, files, settings ---------------------------------------------------


def test_the_sidebar_switches_pages(qtbot: Any, window: MainWindow) -> None:
    assert window.sidebar.count() == window.pages.count() == 13
    window.show_page(PAGE_OVERVIEW)
    assert window.pages.currentWidget() is window.overview_view
    item = window.sidebar.item(1)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == PAGE_ACTIVITIES
    assert window.pages.currentWidget().isAncestorOf(window.table_view)
    window.show_page(PAGE_OVERVIEW)
    assert window.current_page() == PAGE_OVERVIEW


def test_the_overview_shows_counts_and_latest_changes(window: MainWindow) -> None:
    overview = window.overview_view
    organisations = overview.organisations_table
    assert organisations.rowCount() == 1
    cells = [organisations.item(0, column).text() for column in range(6)]
    assert cells == ["Test Company SRL", "BE", "5", "4", "1", "1"]
    assert overview.changes_table.rowCount() == 1  # the import: one row per organisation
    assert overview.changes_table.item(0, 4).text() == "Imported"


def test_undo_and_redo_follow_the_stack(
    qtbot: Any, window: MainWindow, register: RegisterDatabase
) -> None:
    assert window.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert not window.undo_action.isEnabled()

    command = UpdateEntityCommand(
        register, m.Activity, "a-payroll", {"name": "Salaries"}, events=window.events
    )
    assert push(window.undo_stack, command) is None
    assert window.undo_action.isEnabled()
    assert command.actionText() == "Edit “Salaries”"
    assert window.undo_action.text() == "Undo Edit “Salaries”"
    # What was done, in the status bar, with the key that undoes it.
    assert window.statusBar().currentMessage() == (
        "Saved the change to “Salaries”. Ctrl+Z to undo."
    )
    qtbot.waitUntil(lambda: "Salaries" in shown_column(window, COL_NAME))
    assert window.overview_view.changes_table.rowCount() == 2

    window.undo_action.trigger()
    assert activity_name(register, "a-payroll") == "Payroll"
    qtbot.waitUntil(lambda: "Payroll" in shown_column(window, COL_NAME))
    assert window.redo_action.isEnabled()
    assert window.redo_action.text() == "Redo Edit “Salaries”"

    window.redo_action.trigger()
    assert activity_name(register, "a-payroll") == "Salaries"


def test_export_then_import_into_another_register(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[QMessageBox],
) -> None:
    exported = tmp_path / "out" / "register"  # the .json suffix is added
    exported.parent.mkdir()
    choose_file(monkeypatch, exported)
    window.export_action.trigger()
    exported = exported.with_suffix(".json")
    assert json.loads(exported.read_bytes())["organisations"][0]["legal_name"] == (
        "Test Company SRL"
    )

    other = create_register(tmp_path / "other.ropa", language="en")
    try:
        second = MainWindow(other, "en")
        qtbot.addWidget(second)
        assert second.proxy.rowCount() == 0
        choose_file(monkeypatch, exported)
        second.import_action.trigger()
        assert shown_boxes == []
        names = sorted(a[2] for a in CONTROLLER_ACTIVITIES)
        assert sorted(shown_column(second, COL_NAME)) == names
        assert "Test Company SRL" in second.status_label.text()
    finally:
        other.close()


def test_a_broken_import_shows_every_problem_and_changes_nothing(
    window: MainWindow,
    register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[QMessageBox],
) -> None:
    document = json.loads(register_document())
    organisation = document["organisations"][0]
    organisation.update(id="org-broken", legal_name="Broken BV")
    organisation["activities"] = [
        {"id": "x1", "reference": "X-1", "name": "one", "role": "landlord"},
        {"id": "x2", "reference": "X-2", "role": "controller"},
    ]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    before = load_overview(register)
    choose_file(monkeypatch, broken)
    window.import_action.trigger()

    assert len(shown_boxes) == 1
    box = shown_boxes[0]
    assert box.icon() == QMessageBox.Icon.Warning
    details = box.detailedText().splitlines()
    assert len(details) >= 2
    assert any("role" in line for line in details)
    assert any("name" in line for line in details)
    assert load_overview(register) == before
    assert window.proxy.rowCount() == len(CONTROLLER_ACTIVITIES)


def test_open_and_open_recent(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[QMessageBox],
) -> None:
    other_path = tmp_path / "other.ropa"
    create_register(other_path, language="en").close()
    choose_file(monkeypatch, other_path)
    window.open_action.trigger()
    assert window.db.path == other_path
    assert window.windowTitle() == "other.ropa — ropa"
    assert window.status_label.text() == "0 activities — other.ropa"
    assert window.proxy.rowCount() == 0
    assert window.activities_view.editor.db is window.db
    assert not window.activities_view.editor.isVisible()

    second = MainWindow(window.db, "en")
    qtbot.addWidget(second)
    second.recent_menu.aboutToShow.emit()
    recent = [action.data() for action in second.recent_menu.actions()]
    assert recent == [str(other_path.resolve())]
    assert second.recent_menu.isEnabled()

    not_a_register = tmp_path / "notes.ropa"
    not_a_register.write_text("no", encoding="utf-8")
    assert not window.open_file(not_a_register)
    assert len(shown_boxes) == 1
    assert "notes.ropa" in shown_boxes[0].informativeText()
    assert window.db.path == other_path
    window.close()


def test_save_a_copy(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "copy.ropa"
    choose_file(monkeypatch, copy)
    window.save_copy_action.trigger()
    db = open_register(copy)
    try:
        assert len(load_overview(db).activities) == len(ACTIVITIES)
    finally:
        db.close()
    assert not list(tmp_path.glob(".copy.ropa.*"))


def answer_wizard(
    monkeypatch: pytest.MonkeyPatch, accept: bool = True, demo: bool = False, **values: str
) -> list[FirstRunWizard]:
    """The wizard, when shown, is filled in with values (or the demo chosen) and closed."""
    shown: list[FirstRunWizard] = []

    def exec_(wizard: FirstRunWizard) -> int:
        shown.append(wizard)
        wizard.welcome_page.demo_radio.setChecked(demo)
        language = values.pop("language", None)
        if language is not None:
            combo = wizard.organisation_page.language_combo
            combo.setCurrentIndex(combo.findData(language))
        for field, value in values.items():
            wizard.organisation_page.edits[field].setText(value)
        code = QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected
        return int(code.value)

    monkeypatch.setattr(FirstRunWizard, "exec", exec_)
    return shown


def test_new_register_from_the_wizard(
    window: MainWindow,
    register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[QMessageBox],
) -> None:
    assert window.new_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    choose_file(monkeypatch, tmp_path / "octet")  # the .ropa suffix is added
    wizards = answer_wizard(monkeypatch, legal_name="Octet SRL", city="Namur", language="nl")
    window.new_action.trigger()
    assert len(wizards) == 1
    assert shown_boxes == []
    new_path = tmp_path / "octet.ropa"
    assert window.db.path == new_path
    assert window.db is not register
    assert window.windowTitle() == "Octet SRL — octet.ropa — ropa"
    assert window.status_label.text().endswith("Octet SRL — octet.ropa")
    assert window.current_page() == PAGE_OVERVIEW
    overview = load_overview(window.db)
    assert overview.language == "nl"
    assert [org.legal_name for org in overview.organisations] == ["Octet SRL"]
    assert window.overview_view.organisations_table.item(0, 0).text() == "Octet SRL"
    assert window.proxy.rowCount() == 0
    assert window.activities_view.editor.db is window.db
    assert str(new_path.resolve()) in [str(p) for p in window.settings.recent_files()]
    assert len(load_overview(register).activities) == len(ACTIVITIES)  # the old one untouched
    window.close()


def test_new_register_with_the_demo_in_the_ui_language(
    qtbot: Any,
    register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[QMessageBox],
) -> None:
    main_window = MainWindow(register, "fr")
    qtbot.addWidget(main_window)
    choose_file(monkeypatch, tmp_path / "demo.ropa")
    answer_wizard(monkeypatch, demo=True)
    main_window.new_action.trigger()
    assert shown_boxes == []
    assert main_window.db.path == tmp_path / "demo.ropa"
    overview = load_overview(main_window.db)
    assert overview.language == "fr"
    processor_rows = main_window.processor_view.proxy.rowCount()
    assert main_window.proxy.rowCount() + processor_rows == len(overview.activities) > 0
    main_window.close()


def test_new_register_cancelled_changes_nothing(
    window: MainWindow,
    register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[QMessageBox],
) -> None:
    choose_file(monkeypatch, tmp_path / "new.ropa")
    wizards = answer_wizard(monkeypatch, accept=False, legal_name="Octet SRL")
    window.new_action.trigger()
    assert len(wizards) == 1
    assert window.db is register
    assert not (tmp_path / "new.ropa").exists()
    assert shown_boxes == []

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    window.new_action.trigger()
    assert len(wizards) == 1  # no file chosen: no wizard
    assert window.db is register


def test_new_register_refuses_an_existing_file_before_the_wizard(
    window: MainWindow,
    register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[QMessageBox],
) -> None:
    existing = tmp_path / "existing.ropa"
    existing.write_bytes(b"keep me")
    choose_file(monkeypatch, existing)
    wizards = answer_wizard(monkeypatch, legal_name="Octet SRL")
    window.new_action.trigger()
    assert wizards == []
    assert len(shown_boxes) == 1
    assert "existing.ropa" in shown_boxes[0].informativeText()
    assert existing.read_bytes() == b"keep me"
    assert window.db is register


def test_new_register_with_invalid_values_leaves_no_file(
    window: MainWindow,
    register: RegisterDatabase,
    tmp_path: Path,
    shown_boxes: list[QMessageBox],
) -> None:
    target = tmp_path / "bad.ropa"
    assert not window.new_register(target, {"legal_name": "Octet SRL", "country": "XX"})
    assert len(shown_boxes) == 1
    assert shown_boxes[0].icon() == QMessageBox.Icon.Critical
    assert not target.exists()
    assert not list(tmp_path.glob("bad.ropa*"))
    assert window.db is register


def test_geometry_and_page_persist(qtbot: Any, register: RegisterDatabase) -> None:
    first = MainWindow(register, "en")
    qtbot.addWidget(first)
    assert first.current_page() == PAGE_OVERVIEW
    first.show()
    first.resize(760, 500)  # the offscreen screen is 800 × 600; the window is at least 733 wide
    first.show_page(PAGE_ACTIVITIES)
    first.close()

    second = MainWindow(register, "en")
    qtbot.addWidget(second)
    second.show()
    assert second.current_page() == PAGE_ACTIVITIES
    assert second.pages.currentWidget().isAncestorOf(second.table_view)
    assert (second.width(), second.height()) == (760, 500)


def test_about_shows_the_version(window: MainWindow, shown_boxes: list[QMessageBox]) -> None:
    window.about_action.trigger()
    assert len(shown_boxes) == 1
    text = shown_boxes[0].text()
    assert __version__ in text
    assert "GPL-3.0-or-later" in text
    assert "PySide6" in text
    assert "fictional" not in text  # not the demo


def test_about_says_the_demo_is_fictional(
    qtbot: Any, demo_register: RegisterDatabase, shown_boxes: list[QMessageBox]
) -> None:
    demo_window = MainWindow(demo_register, "en")
    qtbot.addWidget(demo_window)
    demo_window.about_action.trigger()
    assert len(shown_boxes) == 1
    assert "Demonstration: fictional organisation, people and numbers" in shown_boxes[0].text()


def test_quit_closes_the_window(window: MainWindow) -> None:
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    window.quit_action.trigger()
    assert not window.isVisible()


# -- the models without a view -----------------------------------------------------------------


def test_model_tester_on_model_and_proxy(qtmodeltester: Any, register: RegisterDatabase) -> None:
    model = ActivityTableModel("en")
    model.set_rows(load_overview(register).activities)
    qtmodeltester.check(model)
    proxy = ActivityFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_REFERENCE)
    qtmodeltester.check(proxy)
    proxy.set_search_text("hr")
    qtmodeltester.check(proxy)


def test_model_tester_on_an_empty_model(qtmodeltester: Any) -> None:
    qtmodeltester.check(ActivityTableModel())


def test_model_roles(qapp: Any) -> None:
    model = ActivityTableModel("fr")
    model.set_rows(sample_rows())
    assert model.rowCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(1, COL_REFERENCE).data(ActivityIdRole) == "a2"
    assert model.activity_id(0) == "a1"
    assert model.row_of("a2") == 1
    assert model.row_of("missing") is None
    assert model.index(1, COL_NEXT_REVIEW).data() == "2027-01-31"
    assert model.index(0, COL_NEXT_REVIEW).data() == ""
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(QModelIndex()) is None
    # Labels come from the core in the register's language (the key when not yet written).
    assert model.index(0, COL_ROLE).data() in {"Sous-traitant", "enum.role.processor"}


def test_model_reset_signals(qtbot: Any) -> None:
    model = ActivityTableModel()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(sample_rows())
    with qtbot.waitSignal(model.modelReset):
        model.set_language("nl")
    assert model.language == "nl"


def test_proxy_sorts_by_sort_role(qapp: Any) -> None:
    model = ActivityTableModel()
    model.set_rows(sample_rows())
    proxy = ActivityFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, COL_NAME).data() for r in range(2)] == ["alpha", "Beta"]
    proxy.sort(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    assert [proxy.activity_id(r) for r in range(2)] == ["a1", "a2"]
    proxy.sort(COL_NEXT_REVIEW, Qt.SortOrder.DescendingOrder)
    assert proxy.activity_id(0) == "a2"


def test_search_and_sort_keys() -> None:
    assert search_key("Employés ÉLAN") == "employes elan"
    assert natural_key("T-2") < natural_key("t-10")


# -- the bootstrap -----------------------------------------------------------------------------


def test_app_main_opens_a_register_and_quits(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "quit.ropa"
    db = create_register(path, language="en")
    import_json(db, register_document())
    db.close()
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "50")
    assert app.main([str(path), "--lang", "en"]) == 0
    log_file = user_data(tmp_path) / "logs" / "ropa.log"
    assert "opened" in log_file.read_text(encoding="utf-8")


def test_app_main_leaves_zero_delay_timers_working(
    qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """app.main() used to leave a Quit event queued (Qt 6's quit() closes the last window,
    which posts another Quit); delivered after exec() it set the "quit now" flag for good, so
    every later nested event loop returned at once and zero-delay timers never fired."""
    path = tmp_path / "loop.ropa"
    create_register(path, language="en").close()
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "50")
    assert app.main([str(path), "--lang", "en"]) == 0
    qapp.processEvents()  # delivers whatever app.main() left in the queue
    fired: list[str] = []
    QTimer.singleShot(0, lambda: fired.append("single shot"))
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(lambda: fired.append("timer"))
    timer.start()
    qtbot.waitUntil(lambda: len(fired) == 2, timeout=2000)
    assert sorted(fired) == ["single shot", "timer"]


def test_app_main_creates_the_default_register(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "0")
    assert app.main([]) == 0
    assert (user_data(tmp_path) / "register.ropa").exists()


def test_app_main_refuses_a_file_that_is_not_a_register(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a register\n", encoding="utf-8")
    calls: list[tuple[Any, ...]] = []

    def critical(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        calls.append(args)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "0")  # were the window shown, it would not block
    assert app.main([str(path)]) == 1
    assert len(calls) == 1
    message = calls[0][2]
    assert "notes.txt" in message


def test_app_main_usage_errors_return_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.main(["--lang", "de"]) == 2
    assert "--lang" in capsys.readouterr().err


def test_quit_after_ms_ignores_bad_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "soon")
    assert app.quit_after_ms() is None
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "250")
    assert app.quit_after_ms() == 250


def test_excepthook_logs_and_shows_the_crash_dialog(qapp: Any, tmp_path: Path) -> None:
    log_file = tmp_path / "crash.log"
    shown: list[tuple[str, Path | None]] = []
    with app.file_logging(log_file) as written:
        hook = app.make_excepthook(written, show=lambda text, path: shown.append((text, path)))
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as exc:
            hook(type(exc), exc, exc.__traceback__)
    assert written == log_file
    assert len(shown) == 1
    assert "RuntimeError: boom in a slot" in shown[0][0]
    assert shown[0][1] == log_file
    assert "boom in a slot" in log_file.read_text(encoding="utf-8")


def test_app_main_reports_a_bug_in_the_crash_dialog(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bug.ropa"
    create_register(path, language="en").close()
    shown: list[QMessageBox] = []

    def broken_window(*args: Any) -> None:
        raise RuntimeError("a bug in the window")

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(app, "MainWindow", broken_window)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "0")
    previous_hook = sys.excepthook
    assert app.main([str(path)]) == 1
    assert sys.excepthook is previous_hook
    assert len(shown) == 1
    assert "RuntimeError: a bug in the window" in shown[0].detailedText()
    log_file = user_data(tmp_path) / "logs" / "ropa.log"
    assert str(log_file) in shown[0].informativeText()
    assert "a bug in the window" in log_file.read_text(encoding="utf-8")


def test_core_modules_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import ropa.core.register, ropa.core.queries, ropa.exports.interchange\n"
        "import ropa.cli, ropa.db.models\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "assert 'PySide6' not in sys.modules, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
