"""What the rights requests and data breaches pages share: a list page whose rows carry a time
limit that runs (its column wider than the others, the rows read again with the clock, see
clock.py), and the summary of the selected entry's time limit under its date in the form."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ropa.ui.geometry import WrappingLabel
from ropa.ui.theme import background, readable
from ropa.ui.views.clock import PageClock, read_rows_again
from ropa.ui.views.list_page import OrganisationListPage

WIDEST_STATE = 22
"""The time limit's column is at most this many "M" wide (the whole text is in its tooltip)."""


class TimeLimitSummary(QWidget):
    """The state of the entry shown (coloured as in the list) and, in grey under it, how the
    time limit is counted (`hint`, already in the interface language)."""

    def __init__(self, lang: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.state = WrappingLabel()
        self.hint = WrappingLabel(hint)
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.hint.setStyleSheet(f"color: {readable(grey, background()).name()};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.state)
        layout.addWidget(self.hint)

    def show_state(self, text: str, colour: QColor | None) -> None:
        self.state.setText(text)
        self.state.setStyleSheet("" if colour is None else f"color: {colour.name()};")


class TimeLimitsPage(OrganisationListPage):
    """A list page of entries with a running time limit in column `state_column`; the page
    sets `clock` (a PageClock calling follow_clock) and shows its form's summary in
    `show_summary`."""

    state_column: int
    clock: PageClock

    def fit_columns(self) -> None:
        """Columns as wide as their content, within bounds; the time limit's words may take
        more room than the others (the whole text is in its tooltip)."""
        super().fit_columns()
        view, column = self.table_view, self.state_column
        widest = view.fontMetrics().horizontalAdvance("M" * WIDEST_STATE)
        view.resizeColumnToContents(column)
        padding = view.fontMetrics().horizontalAdvance("MM")
        view.setColumnWidth(column, min(view.columnWidth(column) + padding, widest))

    def list_width(self) -> int:
        """The list's width when the user has not set one: its columns', within the page."""
        view = self.table_view
        columns = view.horizontalHeader().length() + 2 * view.frameWidth()
        columns += view.verticalScrollBar().sizeHint().width()
        return min(columns, int(self.width() * 0.4))

    def follow_clock(self) -> None:
        """The clocks ran: the time limits of the list and of the form read again, the form's
        inputs left as they are (see read_rows_again)."""
        read_rows_again(self)
        self.show_summary()

    def show_summary(self) -> None:
        """Show the time limit of the entry in the form (as last read)."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        """Shown again after a while: the clocks have run meanwhile."""
        super().showEvent(event)
        self.clock.shown()
