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


def test_a_job_ending_as_the_application_closes_prints_no_traceback(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The GUI thread's resumer is gone when the window closes with a job still running (the
    wheel's smoke test quitting at once): the job ends quietly, nothing printed."""
    import shiboken6

    failures: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    owner = QObject()
    job = background.BackgroundJob(owner, pause_collector=True)
    started, release = threading.Event(), threading.Event()

    def work() -> int:
        started.set()
        release.wait(5)
        return 1

    job.request(work)
    qtbot.waitUntil(started.is_set, timeout=5000)
    resumer = background._gui_resumer()
    shiboken6.delete(resumer)  # as at the application's end
    monkeypatch.setattr(background, "_resumer", None)
    release.set()
    for thread in threading.enumerate():
        if thread.name == "ropa-background":
            thread.join(5)
    assert failures == []
    background.resume_collector()  # the pause that job could not end
    assert gc.isenabled()
