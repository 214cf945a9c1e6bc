"""File > New register from a file…: a workbook exported by ropa or a JSON file opened as a new
register — the same preview as an Excel import, then the register created beside the file and
shown; a failure said in the user's language, nothing left behind."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from ropa.core.register import create_register
from ropa.db.session import RegisterDatabase
from ropa.exports.workbook import build_workbook
from ropa.ui.dialogs.import_preview import ImportPreviewDialog
from ropa.ui.main_window import MainWindow
from ropa.ui.register_from_file import free_name
from tests.ui.dialog_support import record_boxes, when_shown

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "minimal-register.json"


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> MainWindow:
    db = create_register(tmp_path / "current.ropa", language="fr")
    main_window = MainWindow(db, "en")
    main_window._owns_db = True  # closed with the window
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


def answer_files(monkeypatch: pytest.MonkeyPatch, source: Path, target: Path) -> list[str]:
    """The open dialog answers source, the save dialog target; returns the names the save
    dialog proposed."""
    proposed: list[str] = []

    def save(_parent: Any, _title: str, directory: str = "", *_a: Any, **_k: Any) -> Any:
        proposed.append(directory)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return proposed


def when_preview_shown(act: Callable[[ImportPreviewDialog], None]) -> list[ImportPreviewDialog]:
    """Once the preview dialog is up (modal), act on it as the user would."""
    return when_shown(ImportPreviewDialog, act)


def files(folder: Path) -> list[str]:
    """The files of a folder, but the journal of the register the window has open (a
    temporary register left behind would show: its name starts with a dot)."""
    return sorted(name for name in os.listdir(folder) if not name.endswith(("-wal", "-shm")))


def test_the_file_menu_offers_it_after_new_register(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in menu.actions()]
    start = texts.index("&New register…")
    assert texts[start + 1] == "New register from a &file…"
    assert window.new_from_file_action.isEnabled()


def test_a_demo_workbook_becomes_a_new_register_shown_in_the_window(
    window: MainWindow,
    demo_register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    source = folder / "Clairbois.xlsx"
    source.write_bytes(build_workbook(demo_register, lang="fr"))
    target = folder / "Clairbois.ropa"
    proposed = answer_files(monkeypatch, source, target)
    looked: list[tuple[str, str, str, str | None]] = []

    def create(dialog: ImportPreviewDialog) -> None:
        assert dialog.apply_button is not None
        looked.append(
            (
                dialog.windowTitle(),
                dialog.source_label.text(),
                dialog.summary_label.text(),
                dialog.sheet_item("Organisation") and dialog.sheet_item("Organisation").text(0),
            )
        )
        assert dialog.undo_warning.isHidden()
        assert dialog.apply_button.text() == "&Create the register"
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    seen = when_preview_shown(create)
    window.new_from_file_action.trigger()

    assert seen, "the preview was not shown"
    assert proposed == [str(target)]  # beside the file, named after it
    title, source_text, summary, sheet = looked[0]
    assert title == "New register from a file"
    assert source_text == "File Clairbois.xlsx, read into the new register Clairbois.ropa"
    assert summary.endswith("0 changed, 0 removed") and sheet == "Organisation"
    assert window.db.path == target  # the window shows the new register
    assert files(folder) == ["Clairbois.ropa", "Clairbois.xlsx"]
    assert window.model.total_count() == 21 and window.processor_view.model.total_count() == 3
    assert "Clairbois Informatique SRL" in window.windowTitle()
    assert window.statusBar().currentMessage() == f"Register created: {target}"


def test_a_cancelled_preview_creates_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    before = window.db.path
    answer_files(monkeypatch, EXAMPLE, tmp_path / "atelier.ropa")

    def cancel(dialog: ImportPreviewDialog) -> None:
        tree = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
        assert tree[0] == "Organisations" and "Processing activities" in tree
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    seen = when_preview_shown(cancel)
    window.new_from_file_action.trigger()
    assert seen
    assert window.db.path == before
    assert files(tmp_path) == ["current.ropa"]
    assert window.statusBar().currentMessage() == "Nothing was created."


def test_a_file_with_problems_is_explained_in_french_and_creates_nothing(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = create_register(tmp_path / "current.ropa", language="fr")
    window = MainWindow(db, "fr")
    window._owns_db = True
    qtbot.addWidget(window)
    value = json.loads(EXAMPLE.read_text("utf-8"))
    activity = value["organisations"][0]["activities"][0]
    activity["purposes"][0]["legal_basis"] = "loi"
    activity["retention_phases"][0]["purpose_id"] = "facture"
    source = tmp_path / "registre.json"
    source.write_text(json.dumps(value), encoding="utf-8")
    answer_files(monkeypatch, source, tmp_path / "registre.ropa")
    boxes = record_boxes(monkeypatch)

    window.new_from_file_action.trigger()

    [box] = boxes
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == QCoreApplication.translate(
        "RegisterFromFile", "The register was not created."
    )
    detail = box.detailedText()  # Qt gives its no-break spaces back as spaces
    assert 'organisations[0].activities[0].purposes[0].legal_basis : "loi" ne fait pas' in detail
    assert "organisations[0].activities[0].retention_phases[0].purpose_id : renvoie" in detail
    assert box.informativeText().startswith("Problèmes trouvés\u00a0: 2")
    assert files(tmp_path) == ["current.ropa", "registre.json"]
    assert window.db.path == tmp_path / "current.ropa"


def test_an_existing_file_is_not_replaced(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = tmp_path / "taken.ropa"
    taken.write_bytes(b"someone's file")
    answer_files(monkeypatch, EXAMPLE, taken)
    boxes = record_boxes(monkeypatch)
    window.new_from_file_action.trigger()
    [box] = boxes
    assert box.text() == "The register was not created."
    assert "taken.ropa" in box.informativeText()
    assert taken.read_bytes() == b"someone's file"


def test_the_name_proposed_is_never_a_file_that_exists(tmp_path: Path) -> None:
    source = tmp_path / "register.xlsx"
    assert free_name(source) == tmp_path / "register.ropa"
    (tmp_path / "register.ropa").touch()
    (tmp_path / "register (2).ropa").touch()
    assert free_name(source) == tmp_path / "register (3).ropa"
