"""The data breaches page: the discovery typed as a local date and time (Brussels, summer and
winter) saved as the right UTC instant and shown back in local time; the 72-hour countdown in
the list and the form; a date without its time refused; natures and the links of the
organisation only; delete and undo."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from ropa.core import edits
from ropa.core.errors import RopaError
from ropa.core.reads.accountability import load_accountability
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.datetime_field import DateTimeField
from ropa.ui.forms.fields import ChoicesField
from ropa.ui.forms.record_form import LinksField
from ropa.ui.models.breach_table_model import (
    COL_DISCOVERED,
    COL_NAME,
    COL_NOTIFICATION,
    COLUMN_COUNT,
    BreachTableModel,
)
from ropa.ui.theme import error_colour, warning_colour
from ropa.ui.views.breaches_view import BreachesView
from tests.ui.dialog_support import record_boxes

# 20 November 2026, 14:30 in Brussels (winter time, UTC+1).
DISCOVERED = datetime(2026, 11, 20, 13, 30, tzinfo=UTC)


def _plain(text: str) -> str:
    """A text with its no-break spaces as plain spaces (French typography)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def brussels(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock in Brussels (CET / CEST)."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _without_the_demos_breaches(db: RegisterDatabase) -> None:
    """The demo without its own two breaches: the page lists only those each test creates."""
    with db.transaction() as s:
        for breach in s.scalars(select(m.Breach)).all():
            s.delete(breach)


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


class Clock:
    """The time the page takes as now (set by the test)."""

    def __init__(self) -> None:
        self.now = DISCOVERED + timedelta(hours=41)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def view(
    brussels: None, demo_register: RegisterDatabase, stack: QUndoStack, clock: Clock, qtbot: Any
) -> BreachesView:
    _without_the_demos_breaches(demo_register)
    refusals: list[tuple[str, RopaError]] = []
    widget = BreachesView(
        demo_register,
        stack,
        RegisterEvents(),
        "fr",
        lambda text, error: refusals.append((text, error)),
        now=clock,
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _stored(db: RegisterDatabase, breach_id: str | None) -> m.Breach:
    with db.reader() as s:
        found = s.get(m.Breach, breach_id)
        assert found is not None
        s.expunge(found)
        return found


def _new(view: BreachesView) -> str:
    view.new_button.click()
    breach_id = view.selected_breach()
    assert breach_id is not None and view.editor.entity_id == breach_id
    return breach_id


def _discovered(view: BreachesView) -> DateTimeField:
    row = view.editor.rows["discovered_at"]
    assert isinstance(row, DateTimeField)
    return row


def _type(row: DateTimeField, day: str, at: str) -> None:
    row.date_line.setText(day)
    row.time_line.setText(at)
    row.time_line.returnPressed.emit()


def test_the_model_passes_the_model_tester(qtmodeltester: Any, demo_register: Any) -> None:
    _without_the_demos_breaches(demo_register)
    org = load_accountability(demo_register).organisation_ids[0]
    values = {"name": "Lost laptop", "discovered_at": DISCOVERED, "natures": ["confidentiality"]}
    edits.CreateEdit("breach", values, org).first(demo_register)
    edits.CreateEdit("breach", {"name": "Ransomware"}, org).first(demo_register)
    model = BreachTableModel("nl")
    model.set_rows(load_accountability(demo_register).breaches)
    qtmodeltester.check(model)
    assert model.columnCount() == COLUMN_COUNT
    assert model.rowCount() == 2


def test_the_demos_breaches_say_where_their_notification_stands(
    brussels: None, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    """The demo's phishing, notified the day after its discovery, and its lost encrypted USB
    key, documented only: neither counts down, both discovered at their Brussels time."""
    widget = BreachesView(
        demo_register,
        stack,
        RegisterEvents(),
        "fr",
        lambda text, error: None,
        now=lambda: datetime(2026, 12, 7, 12, 0, tzinfo=UTC),
    )
    qtbot.addWidget(widget)
    widget.show()
    rows = {widget.proxy.index(r, COL_NAME).data(): r for r in range(widget.proxy.rowCount())}
    phishing = rows["Hameçonnage d'une boîte e-mail commerciale, avril 2026"]
    usb_key = rows["Clé USB chiffrée perdue, septembre 2026"]
    assert len(rows) == 2
    for row, discovered in ((phishing, "2026-04-14 09:20"), (usb_key, "2026-09-22 09:45")):
        assert _plain(widget.proxy.index(row, COL_DISCOVERED).data()) == discovered
    notified = widget.proxy.index(phishing, COL_NOTIFICATION)
    documented = widget.proxy.index(usb_key, COL_NOTIFICATION)
    assert notified.data() == "notifiée à l’autorité"
    assert documented.data() == "pas de notification requise (risque jugé improbable)"
    for index in (notified, documented):
        assert index.data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_local_time_typed_is_saved_in_utc_and_shown_back(view: BreachesView) -> None:
    breach_id = _new(view)
    row = _discovered(view)
    _type(row, "20/11/2026", "14:30")
    assert _stored(view.db, breach_id).discovered_at == DISCOVERED
    assert not row.has_error
    line = view.model.row_of(breach_id)
    assert line is not None
    assert view.model.index(line, COL_DISCOVERED).data() == "2026-11-20 14:30"

    # Summer time: 14:30 in Brussels in July is 12:30 UTC.
    _type(row, "20/07/2026", "14h30")
    assert _stored(view.db, breach_id).discovered_at == datetime(2026, 7, 20, 12, 30, tzinfo=UTC)

    # Read again from the register: the form shows the local date and time.
    view.editor.load(None)
    view.select_breach(breach_id)
    row = _discovered(view)
    assert (row.date_line.text(), row.time_line.text()) == ("20/07/2026", "14:30")


def test_a_date_without_its_time_is_refused_and_nothing_saved(view: BreachesView) -> None:
    breach_id = _new(view)
    row = _discovered(view)
    _type(row, "20/11/2026", "")
    assert row.has_error and row.error_label.text()
    assert _stored(view.db, breach_id).discovered_at is None
    _type(row, "20/11/2026", "25:00")
    assert row.has_error and "25:00" in row.error_label.text()
    _type(row, "", "")  # both empty: no value, the problem gone
    assert not row.has_error
    assert _stored(view.db, breach_id).discovered_at is None


@pytest.mark.parametrize(
    ("day", "at"),
    [
        ("01/01/0001", "00:00"),  # before the calendar's first instant in UTC
        ("31/12/9999", "23:59"),  # after its last
        ("15/01/1899", "10:00"),  # years the register does not take
        ("15/01/3000", "10:00"),
    ],
)
def test_a_date_outside_the_register_years_is_refused_as_not_a_date(
    view: BreachesView, day: str, at: str
) -> None:
    breach_id = _new(view)
    row = _discovered(view)
    _type(row, day, at)  # no crash: refused under the input
    assert row.has_error
    assert row.error_label.text() == (
        f"“{day}” is not a date: type it day first, for example 15/01/2026."
    )
    assert _stored(view.db, breach_id).discovered_at is None


def test_a_time_the_clocks_skip_is_refused_and_the_next_one_saved(view: BreachesView) -> None:
    breach_id = _new(view)
    row = _discovered(view)
    # 29 March 2026 in Brussels: the clocks go from 02:00 straight to 03:00.
    _type(row, "29/03/2026", "02:30")
    assert row.has_error
    assert row.error_label.text() == (
        "This time does not exist on that day (the clocks move forward): check the time."
    )
    assert (row.date_line.text(), row.time_line.text()) == ("29/03/2026", "02:30")
    assert _stored(view.db, breach_id).discovered_at is None
    _type(row, "29/03/2026", "03:00")  # summer time, UTC+2
    assert not row.has_error
    assert _stored(view.db, breach_id).discovered_at == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    # Autumn: 02:30 happens twice; the first one (summer time) is taken.
    _type(row, "25/10/2026", "02:30")
    assert not row.has_error
    assert _stored(view.db, breach_id).discovered_at == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_the_countdown_is_shown_in_the_list_and_the_form(view: BreachesView, clock: Clock) -> None:
    breach_id = _new(view)
    _type(_discovered(view), "20/11/2026", "14:30")
    line = view.model.row_of(breach_id)
    assert line is not None
    cell = view.model.index(line, COL_NOTIFICATION)
    assert "d’ici 31 h" in _plain(cell.data())  # 72 - 41 hours left
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == warning_colour()
    summary = _plain(view.clock_summary.state.text())
    assert "31 h" in summary and "23 novembre 2026 à 14:30" in summary  # in local time

    clock.now = DISCOVERED + timedelta(hours=80)
    view.reload()
    cell = view.model.index(view.model.row_of(breach_id) or 0, COL_NOTIFICATION)
    assert "dépassé depuis 8 h" in _plain(cell.data())
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == error_colour()
    assert "23 novembre 2026 à 14:30" in _plain(view.clock_summary.state.text())

    # Judged unlikely to result in a risk: no notification is due.
    risk = view.editor.rows["risk"]
    risk.combo.setCurrentIndex(risk.combo.findData("unlikely"))  # type: ignore[attr-defined]
    cell = view.model.index(view.model.row_of(breach_id) or 0, COL_NOTIFICATION)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is None
    assert _plain(cell.data()).startswith("pas de notification requise")


def test_natures_and_links_of_the_organisation_are_saved(view: BreachesView) -> None:
    breach_id = _new(view)
    natures = view.editor.rows["natures"]
    assert isinstance(natures, ChoicesField)
    natures.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert _stored(view.db, breach_id).natures == ["confidentiality"]
    data = load_accountability(view.db)
    org = view.organisation_id()
    expected = {
        "activities": [a for a in data.activities if a.organisation_id == org],
        "data_categories": [e for e in data.data_categories if e.organisation_id == org],
        "data_subjects": [e for e in data.data_subject_categories if e.organisation_id == org],
        "clients": [p for p in data.parties if p.organisation_id == org],
    }
    for key, entries in expected.items():
        row = view.editor.rows[key]
        assert isinstance(row, LinksField)
        assert row.list.count() == len(entries) > 0, key
        row.list.item(0).setCheckState(Qt.CheckState.Checked)
    with view.db.reader() as s:
        breach = s.get(m.Breach, breach_id)
        assert breach is not None
        for key in expected:
            assert len(getattr(breach, key)) == 1, key


def test_delete_and_undo(
    view: BreachesView, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_boxes(monkeypatch, yes_to_questions=True)
    first = _new(view)
    second = _new(view)
    view.select_breach(first)
    view.delete_action.trigger()
    with view.db.reader() as s:
        assert list(s.scalars(select(m.Breach.id))) == [second]
    assert [view.model.breach_row(r).id for r in range(view.model.rowCount())] == [second]
    stack.undo()
    assert {view.model.breach_row(r).id for r in range(view.model.rowCount())} == {first, second}
    assert view.proxy.index(0, COL_NAME).data()


def test_tab_goes_from_the_date_to_the_time_without_a_refusal(
    view: BreachesView, qtbot: Any
) -> None:
    breach_id = _new(view)
    view.activateWindow()
    qtbot.waitExposed(view)
    row = _discovered(view)
    row.date_line.setFocus()
    qtbot.keyClicks(row.date_line, "20/11/2026")
    qtbot.keyClick(row.date_line, Qt.Key.Key_Tab)
    assert row.time_line.hasFocus()
    assert not row.has_error  # the date alone is not yet a value: nothing refused
    qtbot.keyClicks(row.time_line, "14:30")
    qtbot.keyClick(row.time_line, Qt.Key.Key_Tab)  # out of the pair: saved
    assert not row.has_error
    assert _stored(view.db, breach_id).discovered_at == DISCOVERED


def test_the_countdown_runs_in_the_list_and_the_form(view: BreachesView, clock: Clock) -> None:
    org = view.organisation_id()
    assert org is not None
    values = {"name": "Lost laptop", "discovered_at": DISCOVERED}
    edits.CreateEdit("breach", values, org).first(view.db)
    other = {"name": "Ransomware", "discovered_at": DISCOVERED - timedelta(hours=100)}
    edits.CreateEdit("breach", other, org).first(view.db)
    view.reload()
    view.table_view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    breach_id = next(
        view.model.breach_row(r).id
        for r in range(view.model.rowCount())
        if view.model.breach_row(r).name == "Lost laptop"
    )
    view.select_breach(breach_id)

    def cell() -> Any:
        return view.model.index(view.model.row_of(breach_id) or 0, COL_NOTIFICATION)

    assert "d’ici 31 h" in _plain(cell().data())

    # The timer's next minute, ten hours later (e.g. the computer was asleep).
    clock.now += timedelta(hours=10)
    view.clock.timer.timeout.emit()
    assert "d’ici 21 h" in _plain(cell().data())
    assert "21 h" in _plain(view.clock_summary.state.text())
    assert view.selected_breach() == breach_id and view.editor.entity_id == breach_id
    names = [view.proxy.index(r, COL_NAME).data() for r in range(view.proxy.rowCount())]
    assert names == ["Ransomware", "Lost laptop"]

    # Hidden meanwhile, shown again after the 72 hours: overdue.
    view.hide()
    clock.now = DISCOVERED + timedelta(hours=75)
    view.clock.read_at -= 61
    view.show()
    assert "dépassé depuis 3 h" in _plain(cell().data())
    assert cell().data(Qt.ItemDataRole.ForegroundRole) == error_colour()
    summary = _plain(view.clock_summary.state.text())
    assert "dépassé depuis 3 h" in summary and "23 novembre 2026 à 14:30" in summary
    assert view.clock_summary.state.styleSheet() == f"color: {error_colour().name()};"
    assert view.selected_breach() == breach_id


def test_the_countdown_leaves_the_time_being_typed_as_it_is(
    view: BreachesView, clock: Clock, qtbot: Any
) -> None:
    breach_id = _new(view)
    _type(_discovered(view), "20/11/2026", "14:30")
    view.activateWindow()
    qtbot.waitExposed(view)
    row = _discovered(view)
    row.time_line.setFocus()
    row.time_line.selectAll()
    qtbot.keyClicks(row.time_line, "15:4")  # half typed
    assert row.is_being_edited() and row.has_pending_edit()

    clock.now += timedelta(hours=2)
    view.clock.timer.timeout.emit()
    assert "d’ici 29 h" in _plain(view.clock_summary.state.text())
    assert (row.date_line.text(), row.time_line.text()) == ("20/11/2026", "15:4")
    assert row.time_line.hasFocus() and not row.has_error
    assert _stored(view.db, breach_id).discovered_at == DISCOVERED

    qtbot.keyClicks(row.time_line, "5")
    qtbot.keyClick(row.time_line, Qt.Key.Key_Return)
    assert _stored(view.db, breach_id).discovered_at == DISCOVERED + timedelta(minutes=75)
