"""Modal dialogs answered in tests: message boxes recorded instead of waiting for a click,
file dialogs that answer a path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


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
