"""Shared fixtures: every test gets its own data folder and fresh register files."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def user_data(tmp_path: Path) -> Path:
    """The user data folder (ROPA_DATA_DIR) of the test whose folder is tmp_path."""
    return tmp_path.parent / f"{tmp_path.name}-userdata"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user data folder, and messages default to English."""
    # Beside the test's folder, not in it: tests list that folder to show nothing stray is
    # left beside a register, and the user data folder holds ropa's own files (logs, cache).
    monkeypatch.setenv("ROPA_DATA_DIR", str(user_data(tmp_path)))
    monkeypatch.setenv("ROPA_LANG", "en")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """QSettings write to an INI file in the test's folder, never the user's settings.

    PySide6 is imported only for the tests that use Qt (tests/ui, or once Qt is loaded), so the
    unit tests stay Qt-free.
    """
    ui_test = "ui" in Path(str(request.node.path)).parent.parts[-1:]
    if not ui_test and "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A throw-away PostgreSQL server for the session (tests/pg_server.py): started when a
    test first needs it."""
    from tests.pg_server import server

    with server() as url:
        yield url


@pytest.fixture
def pg_engine(pg_server: str) -> Iterator[object]:
    """An engine on a new, empty PostgreSQL database of its own, dropped after the test."""
    from tests.pg_server import new_database

    with new_database(pg_server) as engine:
        yield engine


@pytest.fixture
def demo_register(tmp_path: Path) -> Iterator[object]:
    """A register file holding the demo register, opened."""
    from ropa.core.register import create_register

    db = create_register(tmp_path / "demo.ropa", demo=True)
    yield db
    db.close()


# Hypothesis: CI replays a fixed set of examples (a red CI must mean a change broke
# something, not that a new random example was drawn); local runs keep exploring.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")


@pytest.fixture(scope="session", autouse=True)
def _clipboard_released_at_the_end() -> Iterator[None]:
    """What the application does when it quits (aboutToQuit), done once the tests end: a
    QMimeData created in Python and left on the clipboard would be destroyed after the Python
    runtime and crash the process on exit."""
    yield
    if "ropa.ui.views.notice_actions" in sys.modules:
        from ropa.ui.views.notice_actions import release_clipboard

        release_clipboard()
