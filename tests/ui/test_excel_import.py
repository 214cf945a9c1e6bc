"""File > Import from Excel: the preview of the changes (added / changed / removed per sheet),
applying them to the register, and the problems of a workbook that cannot be imported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMessageBox,
    QTreeWidgetItem,
)
from sqlalchemy import select

from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.common import FieldChange, ImportPlan, RowChange, SheetChanges
from ropa.exports.interchange import export_json
from ropa.ui.dialogs.import_preview import ImportPreviewDialog
from ropa.ui.main_window import PAGE_ACTIVITIES, MainWindow
from ropa.ui.models.activity_table_model import COL_NAME, COL_REFERENCE
from tests.ui.dialog_support import choose_file, when_shown

HOSTILE = "<b>bold</b> &amp; <i>x</i>"


def sample_plan() -> ImportPlan:
    return ImportPlan(
        organisation_id="org",
        organisation_name="Clairbois <Informatique>",
        source="register.xlsx",
        sheets=[
            SheetChanges(
                "Controller register",
                [
                    RowChange(
                        "changed",
                        "T-01 Payroll",
                        7,
                        (
                            FieldChange("Name", "Payroll", HOSTILE),
                            FieldChange("Owner", "", "HR"),
                        ),
                    ),
                    RowChange("added", "T-99 New one", 30),
                ],
            ),
            SheetChanges("Purposes", [RowChange("removed", "T-02 Marketing", None)]),
            SheetChanges("Cookies", []),
        ],
        notes=["Controller register, row 7, column Purposes: summary columns are not imported"],
    )


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item.child(index) for index in range(item.childCount())]


def tree_texts(dialog: ImportPreviewDialog) -> list[list[str]]:
    """The tree as rows of texts, depth first (sheet, kind, row, field)."""
    rows: list[list[str]] = []

    def walk(item: QTreeWidgetItem, depth: int) -> None:
        rows.append([" " * depth + item.text(0), item.text(1)])
        for child in children(item):
            walk(child, depth + 1)

    for index in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(index)
        assert top is not None
        walk(top, 0)
    return rows


# -- the preview dialog --------------------------------------------------------------------------


def test_the_preview_lists_every_change_by_sheet_and_kind(qtbot: Any) -> None:
    dialog = ImportPreviewDialog(None, sample_plan())
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.summary_label.text() == "1 added, 1 changed, 1 removed"
    assert "register.xlsx" in dialog.source_label.text()
    assert tree_texts(dialog) == [
        ["Controller register", ""],
        [" Added (1)", ""],
        ["  T-99 New one", "row 30"],
        [" Changed (1)", ""],
        ["  T-01 Payroll", "row 7"],
        [f"   Name: Payroll → {HOSTILE}", ""],
        ["   Owner: (empty) → HR", ""],
        ["Purposes", ""],
        [" Removed (1)", ""],
        ["  T-02 Marketing", ""],
    ]  # the sheet without changes is not listed
    assert [dialog.notes.item(i).text() for i in range(dialog.notes.count())] == sample_plan().notes
    assert dialog.notes.isVisible()
    assert "cannot be undone" in dialog.undo_warning.text()
    assert "History" in dialog.undo_warning.text()
    assert dialog.apply_button is not None and dialog.apply_button.isVisible()


def test_user_text_is_shown_literally_never_as_rich_text(qtbot: Any) -> None:
    dialog = ImportPreviewDialog(None, sample_plan())
    qtbot.addWidget(dialog)
    for label in (dialog.source_label, dialog.summary_label, dialog.undo_warning):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert "Clairbois <Informatique>" in dialog.source_label.text()
    field = dialog.tree.topLevelItem(0).child(1).child(0).child(0)  # type: ignore[union-attr]
    assert HOSTILE in field.text(0)
    assert field.toolTip(0) == ""  # a tool tip would render markup


def test_apply_and_cancel_buttons(qtbot: Any) -> None:
    dialog = ImportPreviewDialog(None, sample_plan())
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted):
        assert dialog.apply_button is not None
        dialog.apply_button.click()

    other = ImportPreviewDialog(None, sample_plan())
    qtbot.addWidget(other)
    other.show()
    cancel = other.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    with qtbot.waitSignal(other.rejected):
        cancel.click()


def test_an_empty_plan_says_so_with_only_close(qtbot: Any) -> None:
    plan = ImportPlan("org", "Clairbois", "register.xlsx", [SheetChanges("Purposes", [])])
    dialog = ImportPreviewDialog(None, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.summary_label.text() == "The workbook contains no changes."
    assert dialog.apply_button is None
    assert len(dialog.buttons.buttons()) == 1
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    assert not dialog.tree.isVisible()
    assert not dialog.notes.isVisible()


# -- File > Import from Excel on the real window -------------------------------------------------

NEW_NAME = "Invoicing <b>& clients</b> =1+1"


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.show_page(PAGE_ACTIVITIES)
    return main_window


def when_preview_shown(act: Callable[[ImportPreviewDialog], None]) -> list[ImportPreviewDialog]:
    """Once the preview dialog is up (modal), act on it as the user would."""
    return when_shown(ImportPreviewDialog, act)


def exported_workbook(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    choose_file(monkeypatch, path)
    window.documents.export_excel_action.trigger()
    assert path.is_file()
    return path


def rename_activity(path: Path, reference: str, name: str) -> tuple[str, str, str]:
    """Edit the workbook as an accountant would: the activity's name on the controller sheet
    (titles are in the register's language). Returns the sheet's title, the column's title and
    the old name."""
    from ropa.core.i18n import LANGUAGES, label
    from ropa.exports.workbook.layout import sheet

    book = openpyxl.load_workbook(path)
    lang = next(lang for lang in LANGUAGES if sheet("controller").title(lang) in book.sheetnames)
    title = sheet("controller").title(lang)
    rows = book[title]
    headers = [cell.value for cell in rows[1]]
    reference_column = headers.index(label(lang, "activity", "reference")) + 1
    name_column = headers.index(label(lang, "activity", "name")) + 1
    for row in range(2, rows.max_row + 1):
        if rows.cell(row, reference_column).value == reference:
            old = str(rows.cell(row, name_column).value)
            rows.cell(row, name_column).value = name
            rows.cell(row, name_column).data_type = "s"  # literally, not a formula
            break
    else:
        raise AssertionError(f"{reference} not on {title}")
    book.save(path)
    return title, label(lang, "activity", "name"), old


def activity_id(db: RegisterDatabase, reference: str) -> str:
    with db.reader() as session:
        return str(
            session.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one()
        )


def activity_name(db: RegisterDatabase, reference: str) -> str:
    with db.reader() as session:
        return str(
            session.scalars(select(m.Activity.name).where(m.Activity.reference == reference)).one()
        )


def shown_name(window: MainWindow, reference: str) -> str:
    proxy = window.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, COL_REFERENCE).data() == reference:
            return str(proxy.index(row, COL_NAME).data())
    raise AssertionError(f"{reference} is not listed")


def test_an_edited_workbook_is_previewed_then_applied(
    window: MainWindow,
    demo_register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    push_something_undoable(window, demo_register)
    assert window.undo_stack.count() == 1
    path = exported_workbook(window, tmp_path / "register.xlsx", monkeypatch)
    title, column, old = rename_activity(path, "T-01", NEW_NAME)
    window.open_activity(activity_id(demo_register, "T-01"))

    looked: list[tuple[str, list[list[str]]]] = []

    def check_and_apply(dialog: ImportPreviewDialog) -> None:
        looked.append((dialog.summary_label.text(), tree_texts(dialog)))
        assert dialog.apply_button is not None
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    seen = when_preview_shown(check_and_apply)
    choose_file(monkeypatch, path)
    window.documents.import_excel_action.trigger()

    assert seen, "the preview was not shown"
    summary, tree = looked[0]
    assert summary == "0 added, 1 changed, 0 removed"
    assert tree[0] == [title, ""]
    assert tree[1] == [" Changed (1)", ""]
    assert tree[2][0].lstrip().startswith("T-01")
    assert tree[3] == [f"   {column}: {old} → {NEW_NAME}", ""]
    assert len(tree) == 4

    assert activity_name(demo_register, "T-01") == NEW_NAME  # in the register file
    assert shown_name(window, "T-01") == NEW_NAME  # in the list
    editor = window.activities_view.editor
    assert editor.title.text() == f"T-01 — {NEW_NAME}"  # the open activity was read again
    assert window.undo_stack.count() == 0  # not undoable: the stack was cleared
    assert "imported" in window.statusBar().currentMessage()
    with demo_register.reader() as session:  # the history keeps the change
        changes = session.scalars(
            select(m.Change).where(m.Change.entity_id == activity_id(demo_register, "T-01"))
        ).all()
    assert any(c.field == "name" and c.new_value == NEW_NAME for c in changes)


def push_something_undoable(window: MainWindow, db: RegisterDatabase) -> None:
    """An earlier edit on the undo stack (the import must clear it)."""
    from ropa.ui.commands import UpdateEntityCommand, push

    command = UpdateEntityCommand(
        db, m.Activity, activity_id(db, "T-02"), {"owner": "Sales"}, events=window.events
    )
    assert push(window.undo_stack, command) is None


def test_a_cancelled_preview_changes_nothing(
    window: MainWindow,
    demo_register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    path = exported_workbook(window, tmp_path / "register.xlsx", monkeypatch)
    rename_activity(path, "T-01", NEW_NAME)
    before = export_json(demo_register)

    def cancel(dialog: ImportPreviewDialog) -> None:
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    seen = when_preview_shown(cancel)
    choose_file(monkeypatch, path)
    window.documents.import_excel_action.trigger()

    assert seen
    assert export_json(demo_register) == before
    assert shown_name(window, "T-01") != NEW_NAME


def test_an_unchanged_workbook_holds_no_change(
    window: MainWindow,
    demo_register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    path = exported_workbook(window, tmp_path / "register.xlsx", monkeypatch)
    before = export_json(demo_register)
    looked: list[tuple[str, bool]] = []

    def close(dialog: ImportPreviewDialog) -> None:
        looked.append((dialog.summary_label.text(), dialog.apply_button is None))
        close_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        qtbot.mouseClick(close_button, Qt.MouseButton.LeftButton)

    when_preview_shown(close)
    choose_file(monkeypatch, path)
    window.documents.import_excel_action.trigger()

    assert looked == [("The workbook contains no changes.", True)]
    assert export_json(demo_register) == before


def test_a_broken_workbook_lists_its_problems_and_changes_nothing(
    window: MainWindow,
    demo_register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[QMessageBox],
) -> None:
    broken = tmp_path / "notes.xlsx"
    broken.write_text("This is a text file, not a workbook.\n", encoding="utf-8")
    before = export_json(demo_register)
    seen = when_preview_shown(lambda dialog: dialog.reject())
    choose_file(monkeypatch, broken)
    window.documents.import_excel_action.trigger()

    assert seen == []
    assert len(shown_boxes) == 1
    box = shown_boxes[0]
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "Nothing was imported: the register is unchanged."
    assert box.detailedText().strip()  # each problem on its own line, copyable
    assert "not an Excel workbook" in box.detailedText()
    assert export_json(demo_register) == before


def test_a_workbook_with_a_bad_value_names_sheet_row_and_column(
    window: MainWindow,
    demo_register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[QMessageBox],
) -> None:
    path = exported_workbook(window, tmp_path / "register.xlsx", monkeypatch)
    title, column, _old = rename_activity(path, "T-01", "")  # the name is required
    before = export_json(demo_register)
    choose_file(monkeypatch, path)
    window.documents.import_excel_action.trigger()

    assert len(shown_boxes) == 1
    lines = shown_boxes[0].detailedText().splitlines()
    assert any(title in line and column in line for line in lines)
    assert export_json(demo_register) == before
    assert window.undo_stack.count() == 0
