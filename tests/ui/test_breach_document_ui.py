"""The data breaches page's drafts: the two buttons on while a breach is selected; the save
dialog offering a name after the breach beside the register and, for an organisation writing
in several languages, PDF and Word in each; the draft written (read back with pdftotext and
python-docx), with the field being typed in saved first; then a message saying where it is,
listing what is still to complete and offering to open it; a folder that cannot be written
told, the file left as it was."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ropa.core import edits
from ropa.core.errors import RopaError
from ropa.core.reads.accountability import load_accountability
from ropa.db.session import RegisterDatabase
from ropa.exports.breach import missing_items
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import LineField
from ropa.ui.views.breaches_view import BreachesView
from tests.ui.dialog_support import record_boxes, save_as
from tests.unit.test_register_failures import not_writable

DISCOVERED = datetime(2026, 11, 20, 13, 30, tzinfo=UTC)
AUTHORITY_TITLE = "Notification d’une violation de données à caractère personnel"
LETTER_TITLE_NL = "Brief aan de betrokkenen bij een datalek"


@pytest.fixture
def brussels(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


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
    brussels: None,
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    refusals: list[tuple[str, RopaError]],
    qtbot: Any,
) -> BreachesView:
    """The page in French, on the demo register (a firm writing in fr, nl and en) with one
    breach, "Vol d'un portable", described."""
    org = load_accountability(demo_register).organisation_ids[0]
    values = {
        "name": "Vol d'un portable",
        "discovered_at": DISCOVERED,
        "description": "Un portable <b>non chiffré</b> & =1+1 a été volé.",
    }
    edits.CreateEdit("breach", values, org).first(demo_register)
    widget = BreachesView(
        demo_register,
        stack,
        RegisterEvents(),
        "fr",
        lambda text, error: refusals.append((text, error)),
        now=lambda: DISCOVERED + timedelta(hours=5),
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def breach_id(view: BreachesView) -> str:
    """The id of the breach the fixture described (discovered at DISCOVERED, whatever its
    name now), wherever the list's sort puts it."""
    rows = [view.model.breach_row(i) for i in range(view.model.rowCount())]
    [described] = [row for row in rows if row.discovered_at == DISCOVERED]
    return described.id


def pdf_text(path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler's pdftotext reads the PDF back"
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())


def docx_text(path: Path) -> str:
    return " ".join(" ".join(p.text for p in Document(str(path)).paragraphs).split())


def test_the_buttons_are_on_while_a_breach_is_selected(view: BreachesView) -> None:
    buttons = [view.drafts.authority_button, view.drafts.people_button]
    assert [b.text() for b in buttons] == [
        "Draft notification to the authority…",
        "Draft letter to the people…",
    ]
    assert all(b.isVisible() for b in buttons)
    assert not any(b.isEnabled() for b in buttons)
    view.select_breach(breach_id(view))
    assert all(b.isEnabled() for b in buttons)
    view.set_read_only(True)  # a draft changes nothing in the register
    assert all(b.isEnabled() for b in buttons)
    view.select_breach(None)
    assert not any(b.isEnabled() for b in buttons)


def test_the_notification_is_saved_where_chosen_and_its_gaps_are_listed(
    view: BreachesView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "notification.pdf"
    target.parent.mkdir()
    offered = save_as(monkeypatch, target)
    boxes = record_boxes(monkeypatch)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view.select_breach(breach_id(view))
    view.drafts.authority_button.click()

    # Offered beside the register, named after the breach in the organisation's language,
    # without an extension: the file type chosen gives it.
    assert offered == [
        str(view.db.path.parent / "Vol d'un portable - projet de notification à l’autorité")
    ]
    text = pdf_text(target)
    assert AUTHORITY_TITLE in text
    assert "Un portable <b>non chiffré</b> & =1+1 a été volé." in text
    assert os.listdir(target.parent) == ["notification.pdf"]

    [box] = boxes
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text() == f"The draft notification to the authority was saved as “{target}”."
    todo = missing_items(view.db, breach_id(view), "authority", "fr")
    assert todo and "une description des faits" not in todo  # it is described
    lines = box.informativeText().splitlines()
    assert lines == ["Still to complete before sending it:", *(f"• {item}" for item in todo)]
    assert opened == []  # closed, not opened
    assert box.button(QMessageBox.StandardButton.Open) is not None


def test_a_long_name_is_shortened_so_the_offered_name_says_what_the_draft_is(
    view: BreachesView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long_name = "Vol du portable " + "très " * 40 + "long"  # 220 characters
    edits.UpdateEdit("breach", breach_id(view), {"name": long_name}).first(view.db)
    view.reload()
    offered = save_as(monkeypatch, tmp_path / "letter.pdf")
    record_boxes(monkeypatch)
    view.select_breach(breach_id(view))
    view.drafts.people_button.click()
    [path] = offered
    name = Path(path).name
    assert name == f"{long_name[:100].strip()} - projet de lettre aux personnes concernées"
    assert len(name) <= 150


def test_open_shows_the_draft_in_its_application(
    view: BreachesView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "letter.pdf"
    save_as(monkeypatch, target)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Open.value)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view.select_breach(breach_id(view))
    view.drafts.people_button.click()
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_the_file_type_chooses_the_format_and_the_language(
    view: BreachesView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []
    target = tmp_path / "brief"  # no extension typed: the file type's

    def ask(_parent: Any, _title: str, _name: str, filters: str, selectedFilter: str) -> Any:
        offered.append(filters.split(";;"))
        assert selectedFilter == "PDF document in français (*.pdf)"  # the main language's PDF
        return str(target), "Word document in néerlandais (*.docx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    boxes = record_boxes(monkeypatch)
    view.select_breach(breach_id(view))
    view.drafts.people_button.click()
    assert offered == [
        [
            "PDF document in français (*.pdf)",
            "PDF document in néerlandais (*.pdf)",
            "PDF document in anglais (*.pdf)",
            "Word document in français (*.docx)",
            "Word document in néerlandais (*.docx)",
            "Word document in anglais (*.docx)",
        ]
    ]
    written = tmp_path / "brief.docx"
    text = docx_text(written)
    assert LETTER_TITLE_NL in text
    # The breach's own text is in the main language only, printed as typed.
    assert "Un portable <b>non chiffré</b> & =1+1 a été volé." in text
    assert [b.text() for b in boxes] == [
        f"The draft letter to the people was saved as “{written}”."
    ]
    # An extension typed wins over the file type.
    target = tmp_path / "brief.pdf"
    view.drafts.people_button.click()
    assert pdf_text(target).startswith(LETTER_TITLE_NL)


def test_the_field_being_typed_in_is_saved_before_the_draft(
    view: BreachesView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    target = tmp_path / "notification.docx"
    save_as(monkeypatch, target)
    record_boxes(monkeypatch)
    view.select_breach(breach_id(view))
    row = view.editor.rows["name"]
    assert isinstance(row, LineField)
    row.line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.line)
    row.line.selectAll()
    qtbot.keyClicks(row.line, "Portable vole a Gand")
    view.drafts.draft_dialog("authority")  # the keyboard's focus still in the name
    assert "« Portable vole a Gand »" in docx_text(target).replace("\u00a0", " ")
    row_number = view.model.row_of(breach_id(view))
    assert row_number is not None
    assert view.model.breach_row(row_number).name == "Portable vole a Gand"


def test_a_folder_that_cannot_be_written_is_told_and_the_file_kept(
    view: BreachesView,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    refusals: list[tuple[str, RopaError]],
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "notification.pdf"
    target.write_bytes(b"the user's own file")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    save_as(monkeypatch, target)
    view.select_breach(breach_id(view))
    with not_writable(folder):
        assert not view.drafts.draft_dialog("authority")  # no message box: the refusal's
    [(text, error)] = refusals
    assert text == "The draft was not saved."
    assert error.message("fr").startswith(f"{target} ne peut pas être écrit")
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    assert os.listdir(folder) == ["notification.pdf"]


def test_cancelling_the_save_dialog_writes_nothing(
    view: BreachesView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    view.select_breach(breach_id(view))
    assert not view.drafts.draft_dialog("people")
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_docx_opens_in_word_terms(
    view: BreachesView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Word draft is a real .docx (python-docx opens it from bytes too)."""
    target = tmp_path / "lettre.docx"
    save_as(monkeypatch, target)
    record_boxes(monkeypatch)
    view.select_breach(breach_id(view))
    view.drafts.people_button.click()
    document = Document(io.BytesIO(target.read_bytes()))
    assert any("Madame, Monsieur," in p.text for p in document.paragraphs)
