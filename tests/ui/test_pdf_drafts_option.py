"""File > Include drafts in the PDF register: off by default (the PDF register and its print
preview only name the drafts as in preparation), remembered between sessions, and on it
describes them, marked as drafts."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from ropa.db.session import RegisterDatabase
from ropa.ui.document_actions import KEY_PDF_DRAFTS
from ropa.ui.main_window import MainWindow

DRAFT_HEADING = "T-20 – Ateliers d'inclusion numérique pour la commune (brouillon)"


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def squeeze(value: str) -> str:
    return "".join(value.split())


def open_window(qtbot: Any, db: RegisterDatabase) -> MainWindow:
    window = MainWindow(db, "en")
    qtbot.addWidget(window)
    window.show()
    return window


def test_drafts_are_left_out_until_the_user_includes_them(
    qtbot: Any, demo_register: RegisterDatabase, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_register)
    action = window.documents.pdf_drafts_action
    assert action.isCheckable() and not action.isChecked()
    assert action in window.file_menu.actions()

    plain = tmp_path / "plain.pdf"
    assert window.documents.export_pdf(plain)
    text = squeeze(pdf_text(plain))
    assert squeeze("2 activités en préparation, qui ne font pas encore partie du registre") in text
    assert squeeze(DRAFT_HEADING) not in text

    action.trigger()  # the user ticks it in the File menu
    assert action.isChecked()
    assert window.settings.store.value(KEY_PDF_DRAFTS, type=bool) is True
    with_drafts = tmp_path / "drafts.pdf"
    assert window.documents.export_pdf(with_drafts)
    text = squeeze(pdf_text(with_drafts))
    assert squeeze(DRAFT_HEADING) in text
    assert squeeze("en préparation, qui ne font pas encore partie du registre") not in text

    # The next window (the next session) remembers the choice.
    assert open_window(qtbot, demo_register).documents.pdf_drafts_action.isChecked()
