"""Shared fixtures: every test gets its own data folder and fresh register files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data folder, and messages default to English."""
    monkeypatch.setenv("ROPA_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("ROPA_LANG", "en")


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "register.ropa"


@pytest.fixture
def empty_register(register_path: Path) -> Iterator[object]:
    """A new, empty register file (no organisation), opened."""
    from ropa.core.register import create_register

    db = create_register(register_path, language="en")
    yield db
    db.close()


@pytest.fixture
def demo_register(tmp_path: Path) -> Iterator[object]:
    """A register file holding the demo register, opened."""
    from ropa.core.register import create_register

    db = create_register(tmp_path / "demo.ropa", demo=True)
    yield db
    db.close()
