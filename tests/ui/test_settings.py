"""The interface's settings (QSettings): a temporary INI file per test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ropa.ui.settings import MAX_RECENT_FILES, Settings


def make_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for number in range(count):
        path = folder / f"r{number}.ropa"
        path.write_bytes(b"")
        files.append(path.resolve())
    return files


def test_settings_are_written_in_the_test_folder(tmp_path: Path) -> None:
    settings = Settings()
    settings.set_language("nl")
    settings.sync()
    assert Path(settings.store.fileName()).is_relative_to(tmp_path / "settings")
    assert Settings().language() == "nl"


def test_language_accepts_only_known_languages() -> None:
    settings = Settings()
    assert settings.language() is None
    settings.set_language("de")
    assert settings.language() is None
    settings.store.setValue("ui/language", "xx")
    assert settings.language() is None
    settings.set_language("fr")
    assert settings.language() == "fr"


def test_recent_files_newest_first_once_and_capped(tmp_path: Path) -> None:
    files = make_files(tmp_path / "files", MAX_RECENT_FILES + 3)
    settings = Settings()
    assert settings.recent_files() == []
    for path in files:
        settings.add_recent_file(path)
    expected = list(reversed(files))[:MAX_RECENT_FILES]
    assert settings.recent_files() == expected
    settings.add_recent_file(files[-3])  # already there: moved first, not repeated
    recent = settings.recent_files()
    assert recent[0] == files[-3]
    assert len(recent) == MAX_RECENT_FILES
    assert len(set(recent)) == MAX_RECENT_FILES
    settings.clear_recent_files()
    assert settings.recent_files() == []


def test_recent_files_skip_missing_files_and_survive_a_restart(tmp_path: Path) -> None:
    kept, gone = make_files(tmp_path / "files", 2)
    settings = Settings()
    settings.add_recent_file(kept)
    settings.add_recent_file(gone)
    gone.unlink()
    settings.sync()
    assert Settings().recent_files() == [kept]


def test_a_lone_recent_file_and_odd_values(tmp_path: Path) -> None:
    (kept,) = make_files(tmp_path / "files", 1)
    settings = Settings()
    settings.store.setValue("files/recent", str(kept))  # what INI files return for one item
    assert settings.recent_files() == [kept]
    settings.store.setValue("files/recent", 42)
    assert settings.recent_files() == []


def test_window_state_round_trips(qapp: Any) -> None:
    settings = Settings()
    assert settings.window_geometry() is None
    assert settings.window_state() is None
    assert settings.splitter_state() is None
    assert settings.current_page() is None
    settings.set_window_geometry(QByteArray(b"geometry"))
    settings.set_window_state(QByteArray(b"state"))
    settings.set_splitter_state(QByteArray(b"splitter"))
    settings.set_current_page("activities")
    settings.sync()
    again = Settings(
        QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "ropa", "ropa")
    )
    assert again.window_geometry() == QByteArray(b"geometry")
    assert again.window_state() == QByteArray(b"state")
    assert again.splitter_state() == QByteArray(b"splitter")
    assert again.current_page() == "activities"
