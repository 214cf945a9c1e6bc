"""Reading a page again after the register changed: at once (from the event loop) while the page
is shown, else once when it is next shown, so that edits made elsewhere cost nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget


class ReloadWhenShown(QObject):
    """Owned by a page; connect the register's events to `changed`, call `shown` from the
    page's showEvent and `done` at the start of its reload."""

    def __init__(self, page: QWidget, reload: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self.stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(reload)
        self._reload = reload

    def changed(self, *_args: object) -> None:
        if self._page.isVisible():
            self._timer.start()
        else:
            self.stale = True  # read when shown, not after every edit made elsewhere

    def shown(self) -> None:
        if self.stale:
            self._reload()

    def done(self) -> None:
        """The page is reading now: no reload is pending any more."""
        self._timer.stop()
        self.stale = False
