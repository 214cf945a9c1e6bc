"""Fixtures of the UI tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.dialog_support import record_boxes


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """The message boxes shown, recorded instead of waiting for a click."""
    return record_boxes(monkeypatch)
