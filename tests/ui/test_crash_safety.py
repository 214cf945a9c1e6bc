"""Crash safety through the real application: an edit made in the window and shown as saved
survives the process being killed (SIGKILL) at once, and so does an undo.

The application runs in a subprocess (`python main.py FILE`) and is driven by a script given
in ROPA_TEST_SCRIPT (see ropa.app.schedule_test_script): the script opens an activity from the
list, types a new name and presses Enter (and, for the undo, presses Ctrl+Z), then prints a
marker once the window shows the change. The test kills the process as soon as it reads the
marker, then reads the register file: the change is there, replayed from the write-ahead log.
"""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from ropa.app import TEST_SCRIPT_ENV
from ropa.core.register import create_register, open_register
from ropa.db import models as m

ROOT = Path(__file__).resolve().parents[2]
MARKER = "ROPA-TEST-SHOWN"
REFERENCE = "T-01"
NEW_NAME = "Crash-safe name"
STARTUP_TIMEOUT = 90.0  # seconds, for a slow CI machine

# Run inside the application, with `window` (the MainWindow) in its globals.
DRIVER = '''
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from ropa.ui.models.activity_table_model import COL_NAME, COL_REFERENCE

REFERENCE, NEW_NAME, UNDO, MARKER = {reference!r}, {new_name!r}, {undo!r}, {marker!r}


def row_of(column, text):
    proxy = window.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, column).data() == text:
            return row
    return None


def shown_names():
    proxy = window.proxy
    return [proxy.index(row, COL_NAME).data() for row in range(proxy.rowCount())]


def when(condition, then):
    """Call then() once condition() holds, checking from the event loop."""
    if condition():
        then()
    else:
        QTimer.singleShot(10, lambda: when(condition, then))


def report():
    print(MARKER, flush=True)


window.show_page("activities")
window.activateWindow()
QTest.qWaitForWindowActive(window)
table = window.table_view
table.setFocus()
table.setCurrentIndex(window.proxy.index(row_of(COL_REFERENCE, REFERENCE), COL_NAME))
QTest.keyClick(table, Qt.Key.Key_Return)  # opens the activity in the editor
line = window.activities_view.editor.general.rows["name"].line
original = line.text()
line.setFocus()
line.selectAll()
QTest.keyClicks(line, NEW_NAME)
QTest.keyClick(line, Qt.Key.Key_Return)


def undo():
    QTest.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    when(lambda: original in shown_names() and line.text() == original, report)


saved = lambda: NEW_NAME in shown_names() and window.undo_action.isEnabled()
when(saved, undo if UNDO else report)
'''


def _wait_for_marker(lines: queue.Queue[str | None]) -> bool:
    """True once the application printed the marker; False when it ended, or stayed silent
    longer than STARTUP_TIMEOUT, without printing it (the caller's assert reports that)."""
    while True:
        try:
            line = lines.get(timeout=STARTUP_TIMEOUT)
        except queue.Empty:
            return False
        if line is None:
            return False
        if line.strip() == MARKER:
            return True


def _read_lines(stream: object, lines: queue.Queue[str | None]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.put(line)
    lines.put(None)


def _run_until_marker_then_kill(path: Path, tmp_path: Path, undo: bool) -> None:
    """Start the application on path, run the driver, SIGKILL it when the marker shows."""
    script = tmp_path / "driver.py"
    script.write_text(
        DRIVER.format(reference=REFERENCE, new_name=NEW_NAME, undo=undo, marker=MARKER),
        encoding="utf-8",
    )
    env = dict(os.environ)
    env.update(
        {
            TEST_SCRIPT_ENV: str(script),
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path / "home"),  # QSettings: never the user's own
            "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
        }
    )
    env.pop("ROPA_QUIT_AFTER_MS", None)
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), str(path), "--lang", "en"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_read_lines, args=(process.stdout, lines), daemon=True).start()
    try:
        seen = _wait_for_marker(lines)
        if seen:
            process.kill()  # SIGKILL (TerminateProcess on Windows): no clean-up at all
    finally:
        if process.poll() is None and not seen:
            process.kill()
        process.wait(timeout=30)
        errors = process.stderr.read() if process.stderr else ""
    assert seen, f"the application did not show the edit (exit {process.returncode}):\n{errors}"
    if sys.platform != "win32":
        assert process.returncode == -signal.SIGKILL


def _demo_register(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "crash.ropa"
    db = create_register(path, demo=True, language="en")
    with db.reader() as session:
        original = session.scalars(
            select(m.Activity.name).where(m.Activity.reference == REFERENCE)
        ).one()
    db.close()
    assert not Path(f"{path}-wal").exists()  # everything is in the main file before the run
    return path, original


def _name_in_the_file(path: Path) -> str:
    """Read the name as SQLite sees it once the write-ahead log is replayed, and check that
    the file is sound; then open it as a register and read it through the application."""
    wal = Path(f"{path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the killed run left its log behind
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (name,) = connection.execute(
            "SELECT name FROM activity WHERE reference = ?", (REFERENCE,)
        ).fetchone()
    finally:
        connection.close()
    db = open_register(path)
    try:
        with db.reader() as session:
            stored = session.scalars(
                select(m.Activity.name).where(m.Activity.reference == REFERENCE)
            ).one()
    finally:
        db.close()
    assert stored == name
    # Closed cleanly, the log is folded into the file itself: read it alone (immutable).
    assert not wal.exists() or wal.stat().st_size == 0
    immutable = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        (folded,) = immutable.execute(
            "SELECT name FROM activity WHERE reference = ?", (REFERENCE,)
        ).fetchone()
    finally:
        immutable.close()
    assert folded == name
    return str(name)


@pytest.mark.slow
def test_an_edit_shown_as_saved_survives_a_kill(tmp_path: Path) -> None:
    path, original = _demo_register(tmp_path)
    assert original != NEW_NAME
    _run_until_marker_then_kill(path, tmp_path, undo=False)
    assert _name_in_the_file(path) == NEW_NAME


@pytest.mark.slow
def test_an_undo_shown_survives_a_kill(tmp_path: Path) -> None:
    path, original = _demo_register(tmp_path)
    _run_until_marker_then_kill(path, tmp_path, undo=True)
    assert _name_in_the_file(path) == original
