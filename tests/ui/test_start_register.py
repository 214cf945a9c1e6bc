"""The register the application starts on: the one used last, the default register (created
with the demo) only the very first time or when none used last can be opened, and FILE when
given. Through ropa.app.open_start_register, app.main (in this process, driven by a
ROPA_TEST_SCRIPT) and `python main.py` in a subprocess, as a user starts it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ropa import app
from ropa.core.errors import RopaError
from ropa.core.register import create_register
from ropa.paths import default_register_path
from ropa.ui.main_window import MainWindow
from ropa.ui.settings import Settings
from tests.conftest import user_data

ROOT = Path(__file__).resolve().parents[2]
MARKER = "ROPA-START-STATE "
TIMEOUT = 90.0  # seconds, for a slow CI machine

# Run inside the application (ROPA_TEST_SCRIPT), with `window` in its globals: reports what the
# window shows, then quits.
REPORT = """
import json
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
state = {{
    "path": str(window.db.path),
    "title": window.windowTitle(),
    "status": window.status_label.text(),
    "message": window.statusBar().currentMessage(),
    "boxes": [[box.text(), box.informativeText()] for box in boxes],
}}
OUTPUT = {output!r}
if OUTPUT:
    with open(OUTPUT, "w", encoding="utf-8") as stream:
        json.dump(state, stream)
else:
    print({marker!r} + json.dumps(state), flush=True)
for box in boxes:
    box.close()
QCoreApplication.quit()
"""


def make_register(path: Path, demo: bool = False) -> Path:
    create_register(path, demo=demo, language="en").close()
    return path


def start(file: Path | None = None) -> app.StartRegister:
    """What a start without (or with) FILE opens, with the settings as a new process reads
    them; the register is closed again."""
    started = app.open_start_register(file, Settings(), "en")
    started.db.close()
    return started


def run_main(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> dict[str, Any]:
    """app.main(args) in this process; what the window showed once started."""
    output = tmp_path / "state.json"
    output.unlink(missing_ok=True)
    script = tmp_path / "report.py"
    script.write_text(REPORT.format(output=str(output), marker=MARKER), encoding="utf-8")
    monkeypatch.setenv(app.TEST_SCRIPT_ENV, str(script))
    monkeypatch.delenv(app.QUIT_AFTER_ENV, raising=False)
    assert app.main([*args, "--lang", "en"]) == 0
    state: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
    return state


def run_program(tmp_path: Path, *args: str) -> dict[str, Any]:
    """`python main.py args` in a subprocess; what the window showed once started."""
    script = tmp_path / "report_subprocess.py"
    script.write_text(REPORT.format(output="", marker=MARKER), encoding="utf-8")
    env = dict(os.environ)  # ROPA_DATA_DIR: the test's data folder (conftest)
    env.update(
        {
            app.TEST_SCRIPT_ENV: str(script),
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path / "home"),  # QSettings: never the user's own
            "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
        }
    )
    env.pop(app.QUIT_AFTER_ENV, None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args, "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(MARKER)]
    assert len(lines) == 1, result.stdout + result.stderr
    state: dict[str, Any] = json.loads(lines[0][len(MARKER) :])
    return state


# -- choosing the register -------------------------------------------------------------------


def test_the_first_start_creates_and_opens_the_default_register() -> None:
    assert not default_register_path().exists()
    started = start()
    assert started.db.path == default_register_path()
    assert started.skipped == []
    assert default_register_path().exists()
    assert Settings().recent_files() == [default_register_path().resolve()]


def test_the_next_start_opens_the_register_opened_last(qtbot: Any, tmp_path: Path) -> None:
    mine = make_register(tmp_path / "mine.ropa")
    first = app.open_start_register(None, Settings(), "en")
    window = MainWindow(first.db, "en", Settings())
    qtbot.addWidget(window)
    assert window.open_file(mine)  # File > Open
    window.close()
    first.db.close()
    started = start()
    assert started.db.path == mine.resolve()
    assert started.skipped == []


def test_a_register_given_as_file_wins_and_becomes_the_last_one(tmp_path: Path) -> None:
    mine = make_register(tmp_path / "mine.ropa")
    other = make_register(tmp_path / "other.ropa")
    Settings().add_recent_file(mine)
    assert start(other).db.path == other
    assert start().db.path == other.resolve()  # and then without FILE


def test_a_missing_last_register_falls_back_to_the_default_register(tmp_path: Path) -> None:
    mine = make_register(tmp_path / "mine.ropa")
    start(mine)
    mine.unlink()
    started = start()
    assert started.db.path == default_register_path()
    assert [path for path, _error in started.skipped] == [mine.resolve()]
    assert str(mine.resolve()) in started.skipped[0][1].message("en")
    # The default register is now the one used last: no message on the start after.
    assert start().skipped == []


def test_an_older_recent_register_comes_before_the_default_one(tmp_path: Path) -> None:
    older = make_register(tmp_path / "older.ropa")
    newest = make_register(tmp_path / "newest.ropa")
    start(older)
    start(newest)
    newest.unlink()
    started = start()
    assert started.db.path == older.resolve()
    assert [path for path, _error in started.skipped] == [newest.resolve()]
    assert not default_register_path().exists()  # the demo was never needed


def test_a_last_file_that_is_no_longer_a_register_is_skipped(tmp_path: Path) -> None:
    mine = make_register(tmp_path / "mine.ropa")
    start(mine)
    mine.write_text("not a register any more\n", encoding="utf-8")
    started = start()
    assert started.db.path == default_register_path()
    assert [path for path, _error in started.skipped] == [mine.resolve()]


def test_a_file_that_cannot_be_opened_is_refused_and_not_remembered(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a register\n", encoding="utf-8")
    with pytest.raises(RopaError):
        app.open_start_register(notes, Settings(), "en")
    assert Settings().last_files() == []


# -- the real start: app.main ----------------------------------------------------------------


def test_app_main_starts_on_the_register_used_last(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run_main(tmp_path, monkeypatch)
    assert first["path"] == str(default_register_path())
    assert first["boxes"] == []
    assert "Clairbois Informatique SRL" in first["title"]  # the demo, the very first time

    mine = make_register(tmp_path / "mine.ropa")
    run_main(tmp_path, monkeypatch, str(mine))  # FILE, then no FILE: the same file
    again = run_main(tmp_path, monkeypatch)
    assert again["path"] == str(mine.resolve())
    assert again["title"] == "mine.ropa — ropa"
    assert again["status"] == "0 activities — mine.ropa"
    assert again["boxes"] == []

    other = make_register(tmp_path / "other.ropa")
    assert run_main(tmp_path, monkeypatch, str(other))["path"] == str(other)  # FILE wins


def test_app_main_names_the_missing_register_and_shows_the_default_one(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = make_register(tmp_path / "mine.ropa")
    run_main(tmp_path, monkeypatch, str(mine))
    mine.unlink()
    state = run_main(tmp_path, monkeypatch)
    assert state["path"] == str(default_register_path())
    assert state["title"] == f"Clairbois Informatique SRL — {default_register_path().name} — ropa"
    [(text, details)] = state["boxes"]
    assert text == "The register you used last could not be opened."
    assert str(mine.resolve()) in details
    assert str(default_register_path()) in details
    assert str(mine.resolve()) in state["message"]  # the status bar says it too
    log_file = user_data(tmp_path) / "logs" / "ropa.log"
    assert "cannot open the register used last" in log_file.read_text(encoding="utf-8")


def test_the_missing_register_message_does_not_block_the_start(
    qtbot: Any, tmp_path: Path, shown_boxes: list[QMessageBox]
) -> None:
    mine = make_register(tmp_path / "mine.ropa")
    start(mine)
    mine.unlink()
    started = app.open_start_register(None, Settings(), "en")
    window = MainWindow(started.db, "en", Settings())
    qtbot.addWidget(window)
    window.show()
    app.tell_about_skipped(window, started, "en")
    assert shown_boxes == []  # not exec(): opened over the window
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    boxes[0].close()
    window.close()
    started.db.close()


# -- the real start: `python main.py` --------------------------------------------------------


@pytest.mark.slow
def test_main_py_restarts_on_the_last_register_then_falls_back(tmp_path: Path) -> None:
    mine = make_register(tmp_path / "mine.ropa", demo=True)
    assert run_program(tmp_path, str(mine))["path"] == str(mine)
    restarted = run_program(tmp_path)
    assert restarted["path"] == str(mine.resolve())
    assert restarted["title"] == "Clairbois Informatique SRL — mine.ropa — ropa"
    assert restarted["status"].endswith("Clairbois Informatique SRL — mine.ropa")
    assert restarted["boxes"] == []

    mine.unlink()
    fallback = run_program(tmp_path)
    assert fallback["path"] == str(default_register_path())
    [(_text, details)] = fallback["boxes"]
    assert str(mine.resolve()) in details
