"""File > Export register as DPV (JSON-LD): the save dialog, the document written (read back as
RDF with rdflib) and the message when it cannot be written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import rdflib
from PySide6.QtWidgets import QMessageBox

from ropa.db.session import RegisterDatabase
from ropa.ui.main_window import MainWindow
from tests.ui.dialog_support import save_as

# rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

DEMO_NAME = "Clairbois Informatique SRL"
DPV = rdflib.Namespace("https://w3id.org/dpv#")


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


def test_the_file_menu_offers_the_dpv_export_apart_from_the_printed_documents(
    window: MainWindow,
) -> None:
    menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in menu.actions()]
    start = texts.index("Import from E&xcel…") + 1
    assert texts[start : start + 4] == [
        "Import a register from a &spreadsheet…",
        "",  # separator
        "Export register as &DPV (JSON-LD)…",
        "Export privacy &notice…",
    ]
    assert window.documents.export_dpv_action in window.documents.all_actions()
    assert window.documents.export_dpv_action.isEnabled()


def test_the_dpv_export_needs_an_organisation(qtbot: Any, empty_register: RegisterDatabase) -> None:
    empty = MainWindow(empty_register, "en")
    qtbot.addWidget(empty)
    assert not empty.documents.export_dpv_action.isEnabled()


def test_export_dpv_writes_json_ld_of_the_organisation_shown(
    window: MainWindow, demo_register: RegisterDatabase, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "out" / "register"  # typed without the suffix
    target.parent.mkdir()
    offered = save_as(monkeypatch, target)
    window.documents.export_dpv_action.trigger()

    written = target.with_name("register.jsonld")
    assert written.is_file()
    graph = rdflib.Graph()
    graph.parse(data=written.read_text(encoding="utf-8"), format="json-ld")
    processes = set(graph.subjects(rdflib.RDF.type, DPV.Process))
    assert len(set(graph.subjects(DPV.hasIdentifier, None)) & processes) > 20
    names = {str(name) for name in graph.objects(None, DPV.hasName)}
    assert DEMO_NAME in names
    today = date.today().isoformat()
    assert offered == [str(demo_register.path.parent / f"{DEMO_NAME} - register - {today}.jsonld")]
    assert str(written) in window.statusBar().currentMessage()
    assert [p.name for p in written.parent.iterdir()] == ["register.jsonld"]  # no temporary


def test_a_dpv_export_that_cannot_be_written_says_why(
    window: MainWindow, tmp_path: Path, monkeypatch: Any, shown_boxes: list[QMessageBox]
) -> None:
    target = tmp_path / "missing-folder" / "register.jsonld"
    save_as(monkeypatch, target)
    window.documents.export_dpv_action.trigger()

    assert len(shown_boxes) == 1
    assert shown_boxes[0].icon() == QMessageBox.Icon.Critical
    assert shown_boxes[0].text() == "The register was not exported."
    assert "missing-folder" in shown_boxes[0].informativeText()
    assert not target.parent.exists()
