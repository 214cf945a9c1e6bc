"""Attached documents through the widgets (issue 18 item 4): the activity editor's Documents
section and the panel every record form shares; a file attached, listed, opened as a copy,
saved, removed, each an undo step; a file too large refused with a message and nothing
written; a register opened read-only lets documents be opened but not attached or removed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from ropa.core import attachments as att
from ropa.core.errors import RopaError
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.attachments import AttachmentsPanel, size_text
from ropa.ui.views.activity_editor import TAB_DOCUMENTS, ActivityEditor

SIGNED = b"%PDF-1.4\n% legitimate-interest assessment\n"


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


def _activity_id(db: RegisterDatabase, reference: str = "T-01") -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


def _attachment_count(db: RegisterDatabase) -> int:
    """The documents attached to activities (the demo's are on a contract and its DPIA)."""
    query = select(func.count()).where(m.Attachment.activity_id.isnot(None))
    with db.reader() as s:
        return int(s.execute(query).scalar())


@pytest.fixture
def editor(demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any) -> ActivityEditor:
    widget = ActivityEditor(demo_register, stack, RegisterEvents(), "en")
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    widget.load(_activity_id(demo_register))
    widget.show_section(TAB_DOCUMENTS)
    return widget


def _names(panel: AttachmentsPanel) -> list[str]:
    return [panel.list.topLevelItem(i).text(0) for i in range(panel.list.topLevelItemCount())]


def test_the_documents_section_attaches_lists_and_removes_with_undo(
    editor: ActivityEditor, stack: QUndoStack, demo_register: RegisterDatabase, tmp_path: Path
) -> None:
    assert editor.section_title(TAB_DOCUMENTS) == "Documents"
    panel = editor.documents.panel
    assert panel.isVisible() and panel.attach_button.isEnabled()
    assert not panel.remove_button.isEnabled()  # nothing selected
    source = tmp_path / "LIA 2026.pdf"
    source.write_bytes(SIGNED)
    assert panel.attach_files([source]) == 1
    assert _names(panel) == ["LIA 2026.pdf"]
    assert panel.list.topLevelItem(0).text(1) == size_text(len(SIGNED), "en") == "42\u00a0bytes"
    assert stack.undoText() == "Attach “LIA 2026.pdf”"
    # Another activity shows its own documents: none.
    editor.load(_activity_id(demo_register, "T-02"))
    assert _names(panel) == []
    editor.load(_activity_id(demo_register))
    assert _names(panel) == ["LIA 2026.pdf"]
    stack.undo()
    assert _names(panel) == [] and _attachment_count(demo_register) == 0
    stack.redo()
    assert _names(panel) == ["LIA 2026.pdf"]
    # Remove with the Delete key, then undo puts it back with its content.
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert panel.remove_button.isEnabled()
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert _names(panel) == [] and _attachment_count(demo_register) == 0
    stack.undo()
    assert _names(panel) == ["LIA 2026.pdf"]
    [row] = panel._rows
    assert att.read_content(demo_register, row.id) == ("LIA 2026.pdf", SIGNED)


def test_open_hands_a_copy_to_the_system_viewer_and_save_writes_one(
    editor: ActivityEditor,
    demo_register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = editor.documents.panel
    source = tmp_path / "consent form.odt"
    source.write_bytes(SIGNED)
    panel.attach_files([source])
    panel.list.topLevelItem(0).setSelected(True)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    copy = panel.open_selected()
    assert copy is not None and copy.read_bytes() == SIGNED
    assert [u.toLocalFile() for u in opened] == [str(copy)]
    assert copy.name == "consent form.odt" and demo_register.path not in copy.parents  # type: ignore[attr-defined]
    target = tmp_path / "saved.odt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert panel.save_selected() == target and target.read_bytes() == SIGNED


def test_a_file_too_large_is_told_and_nothing_is_written(
    editor: ActivityEditor, demo_register: RegisterDatabase, tmp_path: Path
) -> None:
    panel = editor.documents.panel
    big = tmp_path / "video.mp4"
    with big.open("wb") as handle:
        handle.truncate(att.MAX_ATTACHMENT_BYTES + 1)
    small = tmp_path / "note.txt"
    small.write_bytes(b"kept")
    assert panel.attach_files([big, small]) == 1  # the other file is still attached
    message = editor.message.text()
    assert editor.message.isVisible()
    assert "not attached" in message and "video.mp4" in message and "25 MB" in message
    assert _names(panel) == ["note.txt"] and _attachment_count(demo_register) == 1


def test_a_read_only_register_opens_documents_but_changes_none(
    editor: ActivityEditor, tmp_path: Path
) -> None:
    panel = editor.documents.panel
    source = tmp_path / "LIA.pdf"
    source.write_bytes(SIGNED)
    panel.attach_files([source])
    editor.set_read_only(True)
    panel.list.topLevelItem(0).setSelected(True)
    assert not panel.attach_button.isEnabled() and not panel.remove_button.isEnabled()
    assert panel.open_button.isEnabled() and panel.save_button.isEnabled()
    assert panel.attach_files([source]) == 0 and panel.remove_selected() == 0
    assert _names(panel) == ["LIA.pdf"]


def test_the_panel_speaks_french_and_dutch_sizes() -> None:
    assert size_text(12 * 1024 + 300, "fr") == "12\u00a0Ko"
    assert size_text(3_500_000, "nl") == "3,3\u00a0MB"
    assert size_text(3_500_000, "en") == "3.3\u00a0MB"


def test_a_refusal_from_the_core_reaches_the_message_line(
    editor: ActivityEditor, demo_register: RegisterDatabase, tmp_path: Path
) -> None:
    """The activity deleted elsewhere while its form is open: attaching is refused, said."""
    panel = editor.documents.panel
    panel.owner_id = "no-such-activity"
    source = tmp_path / "x.pdf"
    source.write_bytes(SIGNED)
    assert panel.attach_files([source]) == 0
    assert "not attached" in editor.message.text()


def test_the_dpia_form_lists_the_demo_advice_and_a_refusal_is_shown(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any, tmp_path: Path
) -> None:
    """The impact assessments page's form ends with the assessment's documents: the demo's
    DPIA holds the DPO's written advice; a file too large is refused through the page's error
    handler, saying which file and the limit."""
    from ropa.ui.views.dpias_view import DpiasView

    refusals: list[tuple[str, RopaError]] = []
    page = DpiasView(
        demo_register, stack, RegisterEvents(), "en", lambda t, e: refusals.append((t, e))
    )
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with demo_register.reader() as s:
        dpia_id = str(s.scalars(select(m.Dpia.id)).one())
    page.show_dpia(dpia_id)
    panel = page.editor.attachments
    assert panel is not None and panel.owner_id == dpia_id
    assert _names(panel) == ["AIPD-2025-01-avis-DPO.pdf"]
    panel.list.topLevelItem(0).setSelected(True)
    assert panel.open_button.isEnabled() and panel.remove_button.isEnabled()
    big = tmp_path / "scan.tiff"
    with big.open("wb") as handle:
        handle.truncate(att.MAX_ATTACHMENT_BYTES + 1)
    assert panel.attach_files([big]) == 0
    [(what, error)] = refusals
    assert "not attached" in what and "scan.tiff" in error.message("en")
    assert _names(panel) == ["AIPD-2025-01-avis-DPO.pdf"]


@pytest.mark.parametrize("page_name", ["breaches", "requests"])
def test_no_row_of_the_breach_or_request_form_is_drawn_over_the_next(
    demo_register: RegisterDatabase, qtbot: Any, page_name: str
) -> None:
    """Seen on a 1280x800 screen in French: the hint under "Clients responsables du
    traitement informés le" was drawn over by the date row and cut at its foot. Every row of
    the forms (the breach's Documents list last) keeps the height its wrapped hint needs."""
    from PySide6.QtWidgets import QApplication, QFormLayout

    from ropa.ui.main_window import PAGE_BREACHES, PAGE_REQUESTS, MainWindow

    window = MainWindow(demo_register, "fr")
    qtbot.addWidget(window)
    window.resize(1280, 770)
    window.show()
    page = window.breaches_view if page_name == "breaches" else window.requests_view
    window.show_page(PAGE_BREACHES if page_name == "breaches" else PAGE_REQUESTS)
    page.table_view.selectRow(0)
    for _ in range(10):
        QApplication.processEvents()
    form = page.editor.form
    rows = []
    for index in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(index, role)
            widget = None if item is None else item.widget()
            if widget is not None and widget.isVisible():
                rows.append(widget)
                break
    if page_name == "breaches":  # its evidence (requests take no documents)
        assert page.editor.attachments is not None and rows[-1] is page.editor.attachments
    for upper, lower in zip(rows, rows[1:], strict=False):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper, lower)
    for row in page.editor.rows.values():
        if row.isVisible() and row.hasHeightForWidth():
            assert row.height() >= row.heightForWidth(row.width()), row
