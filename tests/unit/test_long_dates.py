"""Dates written out read as each language writes them: French says "1er" for the first."""

from datetime import date

from ropa.core.deadlines import day_text
from ropa.core.history_text import date_text
from ropa.core.i18n import long_date


def test_french_writes_the_first_of_the_month_as_an_ordinal() -> None:
    assert long_date("fr", date(2026, 4, 1)) == "1er avril 2026"
    assert long_date("fr", date(2026, 4, 11)) == "11 avril 2026"
    assert long_date("fr", date(2026, 4, 21)) == "21 avril 2026"


def test_dutch_and_english_keep_the_cardinal() -> None:
    assert long_date("nl", date(2026, 4, 1)) == "1 april 2026"
    assert long_date("en", date(2026, 4, 1)) == "1 April 2026"


def test_time_limits_and_history_say_it_the_same_way() -> None:
    assert day_text("fr", date(2026, 12, 1)) == "1er décembre 2026"
    assert date_text("fr", date(2026, 12, 1)) == "1er décembre 2026"
