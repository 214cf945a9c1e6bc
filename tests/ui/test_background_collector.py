"""A job that pauses the garbage collector has it turned back on in the GUI thread: turned on
in the worker, its next pass ran there and collected Qt objects outside their thread (a
segmentation fault in the tests)."""

from __future__ import annotations

import gc
import threading
from typing import Any

import pytest
from PySide6.QtCore import QObject

from ropa.ui import background


def test_the_collector_resumes_in_the_gui_thread(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    resumed_in: list[str] = []
    original = background.resume_collector

    def recording() -> None:
        resumed_in.append(threading.current_thread().name)
        original()

    monkeypatch.setattr(background, "resume_collector", recording)
    owner = QObject()
    job = background.BackgroundJob(owner, pause_collector=True)
    seen_during: list[bool] = []
    results: list[object] = []
    job.finished.connect(results.append)
    assert gc.isenabled()
    job.request(lambda: seen_during.append(gc.isenabled()) or 42)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    qtbot.waitUntil(lambda: bool(resumed_in), timeout=5000)
    assert seen_during == [False]  # off while the job ran
    assert resumed_in == [threading.main_thread().name]
    assert gc.isenabled()
