"""The running clock of the pages that show time limits (the Overview's panel and findings, the
rights requests and data breaches pages): what they show is computed on the minute and the day
of their last read ("31 h left", "due today"), so they read again every CLOCK_INTERVAL_MS while
shown, and when shown again longer than that after their last read (a hidden page reads
nothing)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ropa.ui.views.list_page import ListPage

CLOCK_INTERVAL_MS = 60_000
"""While shown, the time limits are read again this often (the 72-hour clocks run)."""


class PageClock(QObject):
    """Owned by a page: `follow()` (read the time limits again) every CLOCK_INTERVAL_MS while
    the page is shown, and from the page's showEvent (`shown`) when its last read is older than
    that. The page calls `read()` whenever it reads them (after a change too). Called from
    showEvent, not from an event filter on the Show event: the page's Refresher reads first
    what changed meanwhile, which makes the time limits new."""

    def __init__(self, page: QWidget, follow: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._follow = follow
        self.read_at = 0.0  # time.monotonic() of the last read
        self.timer = QTimer(self)
        self.timer.setInterval(CLOCK_INTERVAL_MS)
        self.timer.timeout.connect(self.ticked)
        self.timer.start()

    def read(self) -> None:
        """The page read its time limits now."""
        self.read_at = time.monotonic()

    def ticked(self) -> None:
        """The timer's minute: read again while shown (when shown next, otherwise)."""
        if self._page.isVisible():
            self._follow()

    def shown(self) -> None:
        """The page is shown: read again when the clocks ran since its last read."""
        if time.monotonic() - self.read_at > CLOCK_INTERVAL_MS / 1000:
            self._follow()


def read_rows_again(page: ListPage) -> None:
    """The rows of a list page read again for the clock (their time limits computed on the new
    minute or day): the search, the sort, the selected row and the list's scrolling kept, and
    the form left as it is, whatever is being typed in it (the time changed, not the entry).
    When the selected row is gone (deleted by another program), the page reads again as after
    a change (the form then shows nothing)."""
    selected = page.selected_id()
    bar = page.table_view.verticalScrollBar()
    scrolled = bar.value()
    page._reloading = True  # the row selected again is not a row the user chose
    try:
        kept = page._read()
        row = None if selected is None else page.model.row_of(selected)
        index = None if row is None else page.proxy.mapFromSource(page.model.index(row, 0))
        if index is not None and index.isValid():
            page.table_view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
    finally:
        page._reloading = False
    bar.setValue(scrolled)
    if selected is not None and (not kept or row is None):
        page.reload()
