"""Modal dialogs answered in tests: message boxes recorded instead of waiting for a click,
file dialogs that answer a path, a modal dialog acted on once it is up."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

D = TypeVar("D", bound=QWidget)
WAIT_SECONDS = 60
"""How long a test waits for a dialog: long, so that a loaded machine is not a failure (a
dialog that never comes fails the test's own assertion that it was seen)."""

_watching: list[list[bool]] = []


def forget_watches() -> None:
    """A dialog awaited by a test and never shown is not awaited in the next test (called
    after each test by tests/ui/conftest.py)."""
    for watch in _watching:
        watch[0] = False
    _watching.clear()


def when_shown(kind: type[D], act: Callable[[D], None]) -> list[D]:
    """Once a modal dialog of this kind is up, act on it as the user would; returns the
    dialogs seen (one at most). A failing act rejects the dialog: the test then fails rather
    than waiting forever."""
    seen: list[D] = []
    deadline = time.monotonic() + WAIT_SECONDS
    watch = [True]
    _watching.append(watch)

    def attempt() -> None:
        if not watch[0]:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or dialog in seen:
            if time.monotonic() < deadline:
                QTimer.singleShot(10, attempt)
            return
        seen.append(dialog)
        watch[0] = False
        try:
            act(dialog)
        except BaseException:
            dialog.reject()  # type: ignore[attr-defined]
            raise

    QTimer.singleShot(0, attempt)
    return seen


def record_boxes(
    monkeypatch: pytest.MonkeyPatch, *, yes_to_questions: bool = False
) -> list[QMessageBox]:
    """The message boxes shown, recorded instead of waiting for a click; a question is
    answered Yes when yes_to_questions, else every box is answered OK."""
    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        if yes_to_questions and box.icon() == QMessageBox.Icon.Question:
            return int(QMessageBox.StandardButton.Yes.value)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file dialogs answer path."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers path; returns the default names it was offered."""
    offered: list[str] = []

    def ask(_parent: Any, _title: str, directory: str = "", _filter: str = "", **_: Any) -> Any:
        offered.append(directory)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return offered
