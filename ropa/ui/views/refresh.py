"""One refresh policy for every page: read again what the page shows once per change set that
concerns it, at once while the page is shown, else once when it is next shown (so edits made on
another page, or elsewhere, cost a hidden page nothing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from ropa.core.changes import ChangeSet
from ropa.ui.commands import RegisterEvents


class Refresher(QObject):
    """Owned by a page. `concerns(changes)` says whether a change set matters to the page;
    `reload(changes)` reads again (the union of the change sets met while hidden, or a whole
    change set after `stale()`). `reloads` counts the reads, for tests."""

    def __init__(
        self,
        page: QWidget,
        events: RegisterEvents,
        concerns: Callable[[ChangeSet], bool],
        reload: Callable[[ChangeSet], None],
        always: bool = False,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._always = always  # read at once even when hidden (the main window itself)
        self._concerns = concerns
        self._reload = reload
        self._pending: ChangeSet | None = None
        self.reloads = 0
        events.changed.connect(self.changed)
        page.installEventFilter(self)

    def changed(self, changes: ChangeSet) -> None:
        if not self._concerns(changes):
            return
        self._pending = changes if self._pending is None else self._pending | changes
        if self._always or self._page.isVisible():
            self.flush()

    def stale(self) -> None:
        """Everything may have changed (another register, an import): read all when shown."""
        self._pending = ChangeSet(whole=True)
        if self._page.isVisible():
            self.flush()

    def flush(self) -> None:
        """Read now what is pending, if anything."""
        pending, self._pending = self._pending, None
        if pending is not None:
            self.reloads += 1
            self._reload(pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self._page and event.type() == QEvent.Type.Show:
            self.flush()
        return False
