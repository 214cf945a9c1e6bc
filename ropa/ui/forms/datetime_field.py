"""A date and time input: typed (or the day picked in a calendar) in the computer's local time
zone, saved as an aware UTC datetime, shown back in local time (e.g. when a breach was
discovered: its 72 hours run from that instant)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QWidget

from ropa.core.validation import FIRST_YEAR, LAST_YEAR
from ropa.ui.forms.fields import (
    CalendarPopup,
    FieldRow,
    date_buttons,
    date_line,
    format_date,
    parse_date,
)
from ropa.ui.forms.read_only import allow_edit, set_text_read_only

# A time as typed: hours and minutes (14:30, 14h30, 14.30, 9:05), or the hour alone (14).
_TIME_TEXT = re.compile(r"(\d{1,2})(?:\s*[:hH.]\s*(\d{2})?)?")


def parse_time(text: str) -> time | None:
    """The time of day a person typed (24-hour clock), or None if the text is not one."""
    match = _TIME_TEXT.fullmatch(text.strip())
    if match is None:
        return None
    hours, minutes = int(match[1]), int(match[2] or 0)
    if hours > 23 or minutes > 59:
        return None
    return time(hours, minutes)


def format_time(value: time) -> str:
    """A time as the inputs show it (HH:MM)."""
    return f"{value.hour:02d}:{value.minute:02d}"


def local_instant(day: date, at: time) -> datetime:
    """The UTC instant of a day and time on the computer's local clock (the rules of its time
    zone on that day, summer time included)."""
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def typed_instant(day: date, at: time) -> datetime | str:
    """The UTC instant of a day and time typed on the local clock, or why there is none:
    "date" for a day the register does not take (a year outside FIRST_YEAR-LAST_YEAR, as the
    core's validation; the first and last days of the calendar cannot even be converted),
    "gap" for a time the clocks skip that day (moved forward for summer time)."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        return "date"
    try:
        instant = local_instant(day, at)
    except (OverflowError, ValueError, OSError):
        return "date"
    if local_parts(instant) != (day, at):
        return "gap"
    return instant


def local_parts(value: datetime) -> tuple[date, time]:
    """An aware instant as the day and time (to the minute) of the computer's local clock."""
    try:
        local = value.astimezone()
    except (OverflowError, ValueError):  # at the calendar's end (kept from before validation)
        local = value
    return local.date(), time(local.hour, local.minute)


def format_local(value: datetime) -> str:
    """An aware instant in local time as the inputs show it (dd/mm/yyyy HH:MM)."""
    day, at = local_parts(value)
    return f"{format_date(day)} {format_time(at)}"


class DateTimeField(FieldRow):
    """An optional instant: a date (day first, or ISO year first, as the date inputs take it;
    or picked in a calendar) and a time (HH:MM) in local time, with a button to clear both.
    Saved on Enter or on leaving the pair; both empty is no value; a date without a time, a
    time without a date or a text that is not one is refused under the input."""

    def __init__(self, name: str, text: str, clear_text: str) -> None:
        super().__init__((name,), text)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.date_line = date_line()
        self.time_line = QLineEdit()
        self.time_line.setPlaceholderText(self.tr("hh:mm"))
        time_width = self.time_line.fontMetrics().horizontalAdvance("00:000") + 20
        self.time_line.setMinimumWidth(time_width)
        self.time_line.setMaximumWidth(time_width * 2)
        self.calendar_button, self.clear_button = date_buttons(
            clear_text, self.open_calendar, self.clear
        )
        self.popup = CalendarPopup(self)
        self.popup.chosen.connect(self._pick)
        row.addWidget(self.date_line)
        row.addWidget(self.calendar_button)
        row.addWidget(self.time_line)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.set_input(box)
        # Tab goes from the date to the time (the pair is one value), then to the buttons.
        QWidget.setTabOrder(self.date_line, self.time_line)
        QWidget.setTabOrder(self.time_line, self.calendar_button)
        QWidget.setTabOrder(self.calendar_button, self.clear_button)
        for line in (self.date_line, self.time_line):
            line.editingFinished.connect(self._left)
            line.returnPressed.connect(self._finish)
            line.installEventFilter(self)  # see FieldRow.eventFilter: whose undo the keys are
        self.date_line.setAccessibleName(text)
        self.time_line.setAccessibleName(self.tr("%1: time").replace("%1", text))
        self.label.setBuddy(self.date_line)
        self.setFocusProxy(self.date_line)

    def value(self) -> datetime | None | str:
        """The instant shown (aware, UTC); None when both are empty; else the text that is
        wrong (a date or time that is not one, or one of them missing, a year the register
        does not take, a time that does not exist that day)."""
        day_text, time_text = self.date_line.text().strip(), self.time_line.text().strip()
        if not day_text and not time_text:
            return None
        day, at = parse_date(day_text), parse_time(time_text)
        if day is None or at is None:
            return f"{day_text} {time_text}".strip()
        stored = self.stored.get(self.fields[0])
        if isinstance(stored, datetime) and local_parts(stored) == (day, at):
            return stored  # unchanged to the minute: its seconds are kept
        instant = typed_instant(day, at)
        return f"{day_text} {time_text}" if isinstance(instant, str) else instant

    def changes(self) -> dict[str, Any]:
        return {self.fields[0]: self.value()}

    def _display(self, values: dict[str, Any]) -> None:
        stored = values[self.fields[0]]
        if isinstance(stored, str):
            stored = datetime.fromisoformat(stored)
        if stored is None:
            self.date_line.setText("")
            self.time_line.setText("")
            return
        day, at = local_parts(stored)
        self.date_line.setText(format_date(day))
        self.time_line.setText(format_time(at))
        self.date_line.setCursorPosition(0)

    def _still_in_pair(self) -> bool:
        """Whether the keyboard focus only moved within the input: from one line of the pair to
        the other (the date typed, then Tab to the time) or into its calendar."""
        focus = QApplication.focusWidget()
        return focus is not None and (
            focus in (self.date_line, self.time_line) or self.popup.isAncestorOf(focus)
        )

    def _left(self) -> None:
        """A line's editing finished: saved when the focus left the pair (Enter saves too:
        see set_input's returnPressed)."""
        if not self._still_in_pair():
            self._finish()

    def _finish(self) -> None:
        """Save the instant, or no value; refuse a text that is not a date and time."""
        day_text, time_text = self.date_line.text().strip(), self.time_line.text().strip()
        value = self.value()
        if isinstance(value, str):
            self.show_problem(self._problem(day_text, time_text))
            return
        if value is None:
            self.date_line.setText("")
            self.time_line.setText("")
        else:
            day, at = local_parts(value)
            if self.date_line.text() != format_date(day):
                self.date_line.setText(format_date(day))
            if self.time_line.text() != format_time(at):
                self.time_line.setText(format_time(at))
        self.edited.emit()

    def _problem(self, day_text: str, time_text: str) -> str:
        day, at = parse_date(day_text), parse_time(time_text)
        refused = typed_instant(day, at) if day is not None and at is not None else None
        if (day_text and day is None) or refused == "date":
            return self.tr(
                "“%1” is not a date: type it day first, for example 15/01/2026."
            ).replace("%1", day_text)
        if time_text and at is None:
            return self.tr(
                "“%1” is not a time: type hours and minutes, for example 14:30."
            ).replace("%1", time_text)
        if refused == "gap":
            return self.tr(
                "This time does not exist on that day (the clocks move forward): check the time."
            )
        if not time_text:
            return self.tr("Type the time too, for example 14:30.")
        return self.tr("Type the date too, for example 15/01/2026.")

    def show_problem(self, message: str | None) -> None:
        super().show_problem(message)
        self.date_line.setAccessibleDescription(message or "")
        self.time_line.setAccessibleDescription(message or "")

    def _lock(self, read_only: bool) -> None:
        set_text_read_only(self.date_line, read_only)
        set_text_read_only(self.time_line, read_only)
        allow_edit(self.calendar_button, True, read_only, self.calendar_button.accessibleName())
        allow_edit(self.clear_button, True, read_only, self.clear_button.accessibleName())

    def clear(self) -> None:
        """Save no value."""
        self.date_line.setText("")
        self.time_line.setText("")
        self.clear_button.setFocus()
        self._finish()

    def open_calendar(self) -> None:
        """Show the calendar on the date shown, or on today when there is none."""
        day = parse_date(self.date_line.text())
        self.popup.open_at(QDate(day) if day else QDate.currentDate(), self.date_line)

    def _pick(self, day: QDate) -> None:
        """A day picked: shown; saved with the time when there is one, else the time is next."""
        self.date_line.setText(format_date(day.toPython()))  # type: ignore[arg-type]
        if not self.time_line.text().strip():
            self.time_line.setFocus()
            return
        self.calendar_button.setFocus()
        self._finish()
