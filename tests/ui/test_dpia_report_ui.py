"""The impact assessments page's report: the Report… button on while one assessment is
selected; the save dialog offering a name after the assessment beside the register and, for an
organisation writing in several languages, PDF and Word in each; the report written (read back
with pdftotext and python-docx), with the field being typed in saved first; then a message
saying where it is and listing what the assessment still lacks; a folder that cannot be
written told, the file left as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtCore import QItemSelectionModel, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ropa.core import edits
from ropa.core.errors import RopaError
from ropa.core.reads.dpias import load_dpias
from ropa.db.session import RegisterDatabase
from ropa.exports.dpia import missing_items
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import LineField
from ropa.ui.views.dpias_view import DpiasView
from tests.ui.dialog_support import record_boxes, save_as
from tests.unit.test_register_failures import not_writable

TODAY = date(2026, 12, 7)
DEMO = "AIPD-2025-01 Vidéosurveillance des locaux"  # complete: nothing to complete
NEW = "Badges <b>RH</b> & =1+1"  # nothing answered but its name
TITLE_FR = "Analyse d’impact relative à la protection des données (AIPD)"
TITLE_NL = "Gegevensbeschermingseffectbeoordeling (GEB)"


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


@pytest.fixture
def refusals() -> list[tuple[str, RopaError]]:
    return []


@pytest.fixture
def view(
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    refusals: list[tuple[str, RopaError]],
    qtbot: Any,
) -> DpiasView:
    """The page in English on the demo register (a firm writing in fr, nl and en) with its
    assessment and a new one named NEW."""
    org = load_dpias(demo_register).organisation_ids[0]
    edits.CreateEdit("dpia", {"name": NEW}, org).first(demo_register)
    widget = DpiasView(
        demo_register,
        stack,
        RegisterEvents(),
        "en",
        lambda text, error: refusals.append((text, error)),
        today=lambda: TODAY,
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def dpia_id(view: DpiasView, name: str) -> str:
    return next(d.id for d in load_dpias(view.db).dpias if d.name == name)


def pdf_text(path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler's pdftotext reads the PDF back"
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").replace("\u00ad", "").split())


def docx_text(path: Path) -> str:
    text = " ".join(p.text for p in Document(str(path)).paragraphs)
    return " ".join(text.replace("\u00ad", "").split())  # the title's soft hyphen (nl)


def test_the_button_is_on_while_one_assessment_is_selected(view: DpiasView) -> None:
    button = view.report.button
    assert button.text() == "Report…"
    assert button.isVisible()
    assert not button.isEnabled()
    view.select_dpia(dpia_id(view, DEMO))
    assert button.isEnabled()
    view.set_read_only(True)  # a report changes nothing in the register
    assert button.isEnabled()
    view.set_read_only(False)
    # Two selected: which one would the report be of? None.
    selection = view.table_view.selectionModel()
    selection.select(
        view.proxy.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert len(view.selected_ids()) == 2
    assert not button.isEnabled()
    view.select_dpia(None)
    assert not button.isEnabled()


def test_the_report_is_saved_where_chosen_and_its_gaps_are_listed(
    view: DpiasView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    offered = save_as(monkeypatch, target)
    boxes = record_boxes(monkeypatch)
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    new = dpia_id(view, NEW)
    view.select_dpia(new)
    view.report.button.click()

    # Offered beside the register, named after the assessment in the organisation's main
    # language, without an extension: the file type chosen gives it.
    [name] = offered
    assert Path(name).parent == view.db.path.parent
    assert Path(name).name.endswith(" - rapport d’analyse d’impact")
    text = pdf_text(target)
    assert text.startswith(TITLE_FR)
    assert NEW in text  # the name as typed, not as markup
    assert "À compléter : l’état de l’analyse" in text.replace("\u00a0", " ")
    assert os.listdir(target.parent) == ["report.pdf"]

    [box] = boxes
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text() == f"The impact assessment report was saved as “{target}”."
    todo = missing_items(view.db, new, "en", today=TODAY)  # in the interface's language
    assert todo[0] == "the status of the assessment (in progress, completed or abandoned)"
    lines = box.informativeText().splitlines()
    assert lines == ["Still to complete in the assessment:", *(f"• {item}" for item in todo)]
    assert opened == []  # closed, not opened


def test_a_complete_assessment_is_said_to_lack_nothing(
    view: DpiasView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    save_as(monkeypatch, target)
    boxes = record_boxes(monkeypatch)
    view.select_dpia(dpia_id(view, DEMO))
    view.report.button.click()
    assert DEMO in pdf_text(target)
    [box] = boxes
    assert box.informativeText() == (
        "Nothing is marked as to complete: read the report all the same."
    )


def test_the_file_type_chooses_the_format_and_the_language(
    view: DpiasView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []
    target = tmp_path / "verslag"  # no extension typed: the file type's

    def ask(_parent: Any, _title: str, _name: str, filters: str, selectedFilter: str) -> Any:
        offered.append(filters.split(";;"))
        assert selectedFilter == "PDF document in French (*.pdf)"  # the main language's PDF
        return str(target), "Word document in Dutch (*.docx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    record_boxes(monkeypatch)
    view.select_dpia(dpia_id(view, DEMO))
    view.report.button.click()
    assert offered == [
        [
            "PDF document in French (*.pdf)",
            "PDF document in Dutch (*.pdf)",
            "PDF document in English (*.pdf)",
            "Word document in French (*.docx)",
            "Word document in Dutch (*.docx)",
            "Word document in English (*.docx)",
        ]
    ]
    text = docx_text(tmp_path / "verslag.docx")
    assert TITLE_NL in text
    assert "Ernst beperkt, waarschijnlijkheid beperkt" in text  # levels in Dutch words


def test_the_field_being_typed_in_is_saved_before_the_report(
    view: DpiasView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    target = tmp_path / "report.docx"
    save_as(monkeypatch, target)
    record_boxes(monkeypatch)
    view.select_dpia(dpia_id(view, NEW))
    row = view.editor.rows["name"]
    assert isinstance(row, LineField)
    row.line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.line)
    row.line.selectAll()
    qtbot.keyClicks(row.line, "Badges du personnel")
    view.report.report_dialog()  # the keyboard's focus still in the name
    assert "Analyse : Badges du personnel" in docx_text(target).replace("\u00a0", " ")


def test_a_folder_that_cannot_be_written_is_told_and_the_file_kept(
    view: DpiasView,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    refusals: list[tuple[str, RopaError]],
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "report.pdf"
    target.write_bytes(b"the user's own file")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    save_as(monkeypatch, target)
    view.select_dpia(dpia_id(view, DEMO))
    with not_writable(folder):
        assert not view.report.report_dialog()
    [(text, error)] = refusals
    assert text == "The report was not saved."
    assert error.message("en").startswith(f"{target} cannot be written")
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    assert os.listdir(folder) == ["report.pdf"]


def test_cancelling_the_save_dialog_writes_nothing(
    view: DpiasView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    view.select_dpia(dpia_id(view, DEMO))
    assert not view.report.report_dialog()
    assert list(tmp_path.glob("*.pdf")) == []
