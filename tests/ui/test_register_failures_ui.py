"""The window when the register file fails: a read-only file or folder opens with a banner and
the actions that would change it off, an edit is refused with a message in the user's language;
a locked file shows that it waits, then says so; a full disk and a damaged file are messages.
The window stays usable and nothing is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ropa.core.reads.overview import load_overview
from ropa.core.register import create_register, open_register
from ropa.ui.main_window import MainWindow
from tests.unit.test_register_failures import (
    activity_count,
    digest,
    disk_full,
    drop_table,
    listing,
    not_writable,
    small_disk,
)


def document(tmp_path: Path) -> Path:
    """A JSON register with one organisation, to import."""
    source = tmp_path / "in.json"
    db = create_register(tmp_path / "source.ropa", demo=True, language="fr")
    try:
        from ropa.exports.interchange import export_json

        source.write_text(export_json(db), encoding="utf-8")
    finally:
        db.close()
    (tmp_path / "source.ropa").unlink()
    return source


def make_window(qtbot: Any, path: Path, language: str) -> MainWindow:
    window = MainWindow(open_register(path), language)
    window._owns_db = True  # closed with the window
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_read_only_file_shows_a_banner_and_refuses_edits(
    qtbot: Any, tmp_path: Path, shown_boxes: list[QMessageBox], language: str
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "firm.ropa"
    create_register(path, demo=True, language="fr").close()
    before = digest(path)
    source = document(tmp_path)
    with not_writable(path):
        window = make_window(qtbot, path, language)
        banner = window.read_only_banner
        assert banner.isVisible()
        text = banner.label.text()
        expected = {
            "fr": "Le fichier est en lecture seule. Pour le modifier, rendez-le accessible",
            "nl": "Het bestand is alleen-lezen. Wilt u het wijzigen, maak het dan beschrijfbaar",
        }[language]
        assert expected in text
        assert not window.import_action.isEnabled()
        assert not window.templates_action.isEnabled()
        rows = len(load_overview(window.db).activities)
        assert rows > 0  # readable: the lists are filled

        assert not window.import_json(source)  # an edit: refused, said in the user's language
        assert len(shown_boxes) == 1
        said = shown_boxes[0].informativeText()
        refused = {"fr": "est ouvert en lecture seule", "nl": "is alleen-lezen geopend"}
        assert refused[language] in said
        # Still usable: pages show, the lists are as they were.
        window.show_page("parties")
        assert window.current_page() == "parties"
        assert len(load_overview(window.db).activities) == rows
        window.close()
        assert listing(folder) == ["firm.ropa"]
    assert digest(path) == before


def test_unwritable_folder_shows_why_in_dutch(
    qtbot: Any, tmp_path: Path, shown_boxes: list[QMessageBox]
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "firm.ropa"
    create_register(path, demo=True, language="nl").close()
    first = tmp_path / "own.ropa"
    create_register(first, language="nl").close()
    window = make_window(qtbot, first, "nl")
    assert not window.read_only_banner.isVisible()
    with not_writable(folder):
        assert window.open_file(path)  # opened, read-only
        assert window.read_only_banner.isVisible()
        text = window.read_only_banner.label.text()
        assert f"in de map {folder} kan niet worden geschreven" in text
        assert "beschadigd" not in text
        assert shown_boxes == []
        # Back to a writable register: the banner goes, the actions come back.
        assert window.open_file(first)
        assert not window.read_only_banner.isVisible()
        assert window.import_action.isEnabled()
        window.close()
        assert listing(folder) == ["firm.ropa"]


def test_locked_register_waits_with_a_dialog_then_says_so(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown_boxes: list[QMessageBox]
) -> None:
    monkeypatch.setenv("ROPA_LOCK_WAIT_MS", "800")
    path = tmp_path / "firm.ropa"
    create_register(path, language="fr").close()
    source = document(tmp_path)
    window = make_window(qtbot, path, "fr")
    count = activity_count(window.db)
    dialogs: list[str] = []
    lock_wait = window._lock_wait
    real = type(lock_wait).__call__

    def watched(self: Any, waited: float, limit: float) -> bool:
        answer = real(self, waited, limit)
        dialogs.append(self.dialog.labelText() if self.dialog is not None else "")
        return answer

    monkeypatch.setattr(type(lock_wait), "__call__", watched)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert not window.import_json(source)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert dialogs and all(dialogs)  # the progress dialog was shown while it waited
    assert len(shown_boxes) == 1
    said = shown_boxes[0].informativeText()
    assert "Un autre programme écrit dans le registre" in said
    assert "la modification n’a pas été enregistrée" in said
    qtbot.waitUntil(lambda: lock_wait.dialog is None, timeout=3000)  # closes by itself
    assert activity_count(window.db) == count
    # Usable again once the other program is done: the same import goes through.
    assert window.import_json(source)
    assert activity_count(window.db) > count
    window.close()


def test_full_disk_is_a_message_and_loses_nothing(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown_boxes: list[QMessageBox]
) -> None:
    source = document(tmp_path)
    with small_disk(tmp_path) as folder:
        path = folder / "firm.ropa"
        create_register(path, language="nl").close()
        window = make_window(qtbot, path, "nl")
        qtbot.wait(20)
        before = activity_count(window.db)
        with disk_full(folder, monkeypatch):
            window.db.engine.dispose()
            assert not window.import_json(source)
        assert len(shown_boxes) == 1
        assert "De schijf waarop" in shown_boxes[0].informativeText()
        assert "is vol: de wijziging is niet opgeslagen" in shown_boxes[0].informativeText()
        assert activity_count(window.db) == before
        qtbot.wait(20)  # what the window reads after showing, while its disk is there
        window.close()


def test_damaged_register_is_refused_and_the_window_keeps_its_register(
    qtbot: Any, tmp_path: Path, shown_boxes: list[QMessageBox]
) -> None:
    first = tmp_path / "own.ropa"
    create_register(first, demo=True, language="fr").close()
    damaged = tmp_path / "damaged.ropa"
    create_register(damaged, language="fr").close()
    drop_table(damaged, "party")
    before = digest(damaged)
    window = make_window(qtbot, first, "fr")
    assert not window.open_file(damaged)
    assert len(shown_boxes) == 1
    said = shown_boxes[0].informativeText()
    assert "est endommagé\u00a0: il lui manque la ou les tables party" in said
    assert "ropa n’a aucune sauvegarde de ce registre" in said
    assert window.db.path == first
    assert activity_count(window.db) > 0
    assert digest(damaged) == before
    window.close()
    assert [n for n in listing(tmp_path) if "ropa" in n] == ["damaged.ropa", "own.ropa"]
