"""File > Export register in the APD/GBA or the CNIL layout (Excel): the menu entries, the save
dialog, the workbook written (read back with openpyxl) and the message when it cannot be."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from ropa.db.session import RegisterDatabase
from ropa.ui.main_window import MainWindow
from tests.ui.dialog_support import save_as

DEMO_NAME = "Clairbois Informatique SRL"


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


def test_the_file_menu_offers_both_layouts_after_the_excel_export(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in menu.actions()]
    start = texts.index("Export register as Exce&l…") + 1
    assert texts[start : start + 2] == [
        "Export register in the &APD/GBA layout (Excel)…",
        "Export register in the CNIL la&yout (Excel)…",
    ]
    documents = window.documents
    for action in (documents.export_apd_action, documents.export_cnil_action):
        assert action in documents.all_actions()
        assert action.isEnabled()


def test_the_layouts_need_an_organisation(qtbot: Any, empty_register: RegisterDatabase) -> None:
    empty = MainWindow(empty_register, "en")
    qtbot.addWidget(empty)
    assert not empty.documents.export_apd_action.isEnabled()
    assert not empty.documents.export_cnil_action.isEnabled()


@pytest.mark.parametrize(
    ("layout", "sheets", "offered_name"),
    [
        ("apd", ["Identification", "Registre du responsable", "Registre du sous-traitant"], "APD"),
        ("cnil", ["Registre", "T-01"], "CNIL"),
    ],
)
def test_export_writes_the_register_of_the_organisation_shown(
    window: MainWindow,
    demo_register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: Any,
    layout: str,
    sheets: list[str],
    offered_name: str,
) -> None:
    target = tmp_path / "out" / "register"  # typed without the suffix
    target.parent.mkdir()
    offered = save_as(monkeypatch, target)
    getattr(window.documents, f"export_{layout}_action").trigger()

    written = target.with_name("register.xlsx")
    book = openpyxl.load_workbook(written)
    # The demo register is in French: so is the workbook, whatever the window's language.
    assert book.sheetnames[: len(sheets)] == sheets
    values = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert any(isinstance(v, str) and v.startswith(DEMO_NAME) for v in values)
    today = date.today().isoformat()
    name = f"{DEMO_NAME} - register ({offered_name} layout) - {today}.xlsx"
    assert offered == [str(demo_register.path.parent / name)]
    assert str(written) in window.statusBar().currentMessage()
    assert [p.name for p in written.parent.iterdir()] == ["register.xlsx"]  # no temporary


def test_a_layout_that_cannot_be_written_says_why(
    window: MainWindow, tmp_path: Path, monkeypatch: Any, shown_boxes: list[QMessageBox]
) -> None:
    target = tmp_path / "missing-folder" / "register.xlsx"
    save_as(monkeypatch, target)
    window.documents.export_cnil_action.trigger()

    assert len(shown_boxes) == 1
    assert shown_boxes[0].icon() == QMessageBox.Icon.Critical
    assert shown_boxes[0].text() == "The register was not exported."
    assert "missing-folder" in shown_boxes[0].informativeText()
    assert not target.parent.exists()
