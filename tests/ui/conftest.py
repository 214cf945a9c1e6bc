"""Fixtures of the UI tests."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.dialog_support import forget_watches, record_boxes


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """The message boxes shown, recorded instead of waiting for a click."""
    return record_boxes(monkeypatch)


@pytest.fixture(autouse=True)
def _forget_awaited_dialogs() -> Iterator[None]:
    """A dialog a test awaited (dialog_support.when_shown) is not awaited in the next test."""
    yield
    forget_watches()


@pytest.fixture(autouse=True)
def _no_unexpected_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box a test did not expect fails it at once instead of waiting forever for a
    click (tests that expect boxes record them with `shown_boxes` / `record_boxes`)."""

    def unexpected(box: QMessageBox) -> int:
        raise AssertionError(f"unexpected message box: {box.text()} {box.informativeText()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)


@pytest.fixture(autouse=True)
def _windows_deleted_after_each_test() -> Iterator[None]:
    """The widgets a test made are really deleted when it ends: qtbot closes them and asks
    for deleteLater, but outside an event loop Qt runs a deferred delete only when told to.
    Without this every window of every test stayed alive with its register (about 100 MB
    each): the whole suite grew past 22 GB and was killed by the kernel."""
    yield
    if QApplication.instance() is None:
        return
    for _ in range(3):  # a deletion may post others (children, their deferred jobs)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.processEvents()
    gc.collect()
