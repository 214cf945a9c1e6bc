"""The time limits of the accountability file as the lists, forms and overview show them: in
the core's words (ropa.core.deadlines.words, the same as `ropa requests` / `ropa breaches`:
"due in 3 days (20 December 2026)", "notify the authority within 31 h (...)") in the
interface language, and the tone they are shown in (late: the error colour; soon: the warning
colour)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor

from ropa.core.deadlines import BreachClock, BreachState, RequestDeadline, RequestState, words
from ropa.ui.theme import error_colour, warning_colour

SOON_DAYS = 7
"""A request due within this many days is shown in the warning colour."""


class Tone(Enum):
    """How a time limit is shown: plainly, as a warning, as an error."""

    PLAIN = "plain"
    WARNING = "warning"
    ERROR = "error"


def tone_colour(tone: Tone) -> QColor | None:
    """The palette-aware colour of a tone (None: the view's own)."""
    if tone == Tone.ERROR:
        return error_colour()
    if tone == Tone.WARNING:
        return warning_colour()
    return None


def sentence(text: str) -> str:
    """A text of the core's words shown on its own: its first letter capitalised."""
    return text[:1].upper() + text[1:]


def deadline_text(lang: str, deadline: RequestDeadline) -> str:
    """Where a request stands, in words: due in n days, late by n days, answered..."""
    return words(lang, deadline)


def deadline_tone(deadline: RequestDeadline) -> Tone:
    """Late: an error; due within SOON_DAYS: a warning; anything else: plain."""
    if deadline.state == RequestState.LATE:
        return Tone.ERROR
    if deadline.state == RequestState.OPEN and (deadline.days or 0) <= SOON_DAYS:
        return Tone.WARNING
    return Tone.PLAIN


def clock_text(lang: str, clock: BreachClock) -> str:
    """Where a breach's notification stands, in words: within n h, overdue, notified..."""
    return words(lang, clock)


def clock_tone(clock: BreachClock) -> Tone:
    """Overdue: an error; the decision open within the 72 hours: a warning."""
    if clock.state == BreachState.OVERDUE:
        return Tone.ERROR
    if clock.state == BreachState.DECISION_OPEN:
        return Tone.WARNING
    return Tone.PLAIN
