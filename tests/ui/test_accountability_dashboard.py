"""The overview's To do: the breaches whose notification decision is open or overdue with their
72-hour countdown, the requests late or due within a week, the reviews and contracts whose date
runs out; nothing else; hidden when there is none; a line opens its record on its page; an edit
elsewhere updates it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import update

from ropa.core import edits
from ropa.core.checks.model import Severity
from ropa.core.deadlines import add_months
from ropa.core.reads.accountability import load_accountability
from ropa.core.register import demo_path
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents, UpdateEntityCommand, push
from ropa.ui.forms.fields import DateField
from ropa.ui.main_window import (
    PAGE_ACTIVITIES,
    PAGE_BREACHES,
    PAGE_CONTRACTS,
    PAGE_OVERVIEW,
    PAGE_REQUESTS,
    MainWindow,
)
from ropa.ui.theme import error_colour, warning_colour
from ropa.ui.views import dashboard_view
from ropa.ui.views.dashboard_panels import COL_DUE_ENTRY, COL_DUE_STATE
from ropa.ui.views.dashboard_view import DashboardView


def _plain(text: str) -> str:
    """A text with its no-break spaces as plain spaces (French typography)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _create(db: RegisterDatabase, table: str, values: dict[str, Any]) -> str:
    org = load_accountability(db).organisation_ids[0]
    edit = edits.CreateEdit(table, values, org)
    edit.first(db)
    assert edit.entity_id is not None
    return edit.entity_id


def _window(qtbot: Any, db: RegisterDatabase) -> MainWindow:
    window = MainWindow(db, "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.current_page() == PAGE_OVERVIEW
    return window


def _entries(
    window: MainWindow, kinds: tuple[str, ...] = ("breach", "rights_request")
) -> list[str]:
    """The To do's entries of these tables (by default the requests and breaches: the demo's
    own reviews and contracts come and go with today's date)."""
    panel = window.dashboard_view.accountability_panel
    table = panel.table
    return [
        table.item(row, COL_DUE_ENTRY).text()
        for row, line in enumerate(panel.lines)
        if line.table in kinds
    ]


def _without_dates(db: RegisterDatabase) -> None:
    """The demo with no review or contract date and without its own requests and breaches
    (its late request DR-2026-003 would be listed): nothing of its own on the To do. The
    requests and breaches the test created are kept."""
    demo = json.loads(demo_path().read_text("utf-8"))["organisations"][0]
    with db.transaction() as session:
        session.execute(update(m.Activity).values(next_review=None))
        session.execute(update(m.Contract).values(review_on=None, expires_on=None))
        for table, key in ((m.RightsRequest, "rights_requests"), (m.Breach, "breaches")):
            for entry in demo[key]:
                session.delete(session.get_one(table, entry["id"]))


def test_the_open_breach_and_the_late_request_are_listed_and_open_their_record(
    qtbot: Any, demo_register: RegisterDatabase
) -> None:
    now = datetime.now(UTC)
    today = date.today()
    open_breach = _create(
        demo_register, "breach", {"name": "Lost laptop", "discovered_at": now - timedelta(hours=10)}
    )
    _create(  # notified: nothing left to decide
        demo_register,
        "breach",
        {
            "name": "Misdirected e-mail",
            "discovered_at": now - timedelta(hours=20),
            "authority_notified_at": now - timedelta(hours=2),
        },
    )
    _create(  # unlikely to result in a risk: documented only
        demo_register,
        "breach",
        {"name": "Typo", "discovered_at": now - timedelta(hours=5), "risk": "unlikely"},
    )
    late = _create(
        demo_register,
        "rights_request",
        {"reference": "R-001", "requester": "Jan", "received_on": add_months(today, -2)},
    )
    _create(  # answered
        demo_register,
        "rights_request",
        {"reference": "R-002", "received_on": add_months(today, -2), "answered_on": today},
    )
    _create(  # due in about a month
        demo_register, "rights_request", {"reference": "R-003", "received_on": today}
    )
    _without_dates(demo_register)
    window = _window(qtbot, demo_register)
    panel = window.dashboard_view.accountability_panel
    assert panel.isVisible()
    assert _entries(window) == ["Lost laptop", "R-001 \u2013 Jan"]
    table = panel.table
    breach_state = table.item(0, COL_DUE_STATE)
    assert _plain(breach_state.text()).startswith("notify the authority within 61 h")
    assert breach_state.foreground().color() == warning_colour()
    request_state = table.item(1, COL_DUE_STATE)
    assert _plain(request_state.text()).startswith("late by ")
    assert request_state.foreground().color() == error_colour()

    # A double-click (or Enter) on a line opens its record on its page.
    table.setCurrentCell(1, 0)
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert window.current_page() == PAGE_REQUESTS
    assert window.requests_view.editor.entity_id == late
    window.show_page(PAGE_OVERVIEW)
    panel.open_line(0)
    assert window.current_page() == PAGE_BREACHES
    assert window.breaches_view.editor.entity_id == open_breach

    # Answering the request on its page takes it off the overview.
    window.show_page(PAGE_REQUESTS)
    window.requests_view.select_request(late)
    answered = window.requests_view.editor.rows["answered_on"]
    assert isinstance(answered, DateField)
    answered.line.setText(today.strftime("%d/%m/%Y"))
    answered.line.editingFinished.emit()
    window.show_page(PAGE_OVERVIEW)
    assert _entries(window) == ["Lost laptop"]
    window.undo_stack.undo()
    assert _entries(window) == ["Lost laptop", "R-001 \u2013 Jan"]


def test_the_panel_is_hidden_when_no_time_limit_runs_out(
    qtbot: Any, demo_register: RegisterDatabase
) -> None:
    _create(
        demo_register,
        "rights_request",
        {"reference": "R-001", "received_on": date.today() - timedelta(days=2)},
    )
    _without_dates(demo_register)
    window = _window(qtbot, demo_register)
    panel = window.dashboard_view.accountability_panel
    assert not panel.isVisible() and _entries(window) == []
    # A breach recorded on its page appears once back on the overview.
    window.show_page(PAGE_BREACHES)
    window.breaches_view.new_breach()
    row = window.breaches_view.editor.rows["discovered_at"]
    local = datetime.now().astimezone() - timedelta(hours=1)
    row.date_line.setText(local.strftime("%d/%m/%Y"))  # type: ignore[attr-defined]
    row.time_line.setText(local.strftime("%H:%M"))  # type: ignore[attr-defined]
    row.time_line.returnPressed.emit()  # type: ignore[attr-defined]
    window.show_page(PAGE_OVERVIEW)
    assert panel.isVisible() and len(_entries(window)) == 1
    assert "within 70 h" in _plain(panel.table.item(0, COL_DUE_STATE).text())


def test_the_demos_late_request_is_on_the_to_do(
    qtbot: Any, demo_register: RegisterDatabase
) -> None:
    """The demo's objection to prospecting, received on 5 October 2026 and never answered: late
    on any later day; its breaches, notified or documented only, have nothing left to do."""
    window = _window(qtbot, demo_register)
    assert _entries(window) == ["DR-2026-003 \u2013 Prospect P-2291 (fichier loué)"]
    [row] = [
        n
        for n, line in enumerate(window.dashboard_view.accountability_panel.lines)
        if line.table == "rights_request"
    ]
    state = window.dashboard_view.accountability_panel.table.item(row, COL_DUE_STATE)
    assert _plain(state.text()).startswith("late by ")
    assert state.foreground().color() == error_colour()


class Clock:
    """The day and the moment the Overview takes as today and now (set by the test)."""

    def __init__(self, day: date, now: datetime) -> None:
        self.day = day
        self.now = now


def _messages(view: DashboardView, severity: Severity) -> list[str]:
    return [row.finding.message("en") for row in view.finding_rows(severity)]


def test_the_findings_follow_the_clock_without_reading_the_register_again(
    qtbot: Any, demo_register: RegisterDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    discovered = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=1)
    _create(demo_register, "breach", {"name": "Lost laptop", "discovered_at": discovered})
    _create(  # due on 15 December: within the week from 8 December
        demo_register, "rights_request", {"reference": "R-001", "received_on": date(2026, 11, 15)}
    )
    clock = Clock(date(2026, 12, 7), discovered + timedelta(hours=1))
    view = DashboardView(
        demo_register, RegisterEvents(), "en", today=lambda: clock.day, now=lambda: clock.now
    )
    qtbot.addWidget(view)
    view.set_organisation(load_accountability(demo_register).organisation_ids[0])
    view.resize(1366, 768)
    view.show()
    due = [m for m in _messages(view, Severity.WARNING) if "left to notify" in m]
    assert len(due) == 1 and due[0].startswith(("70 h", "71 h"))  # the first read's moment
    assert not any("R-001" in row.text for row in view.finding_rows(Severity.WARNING))

    reads: list[object] = []
    read_dashboard = dashboard_view.read_dashboard
    monkeypatch.setattr(
        dashboard_view,
        "read_dashboard",
        lambda *args: reads.append(args) or read_dashboard(*args),
    )
    # The timer's next minute, 29 hours later: the time left counts down.
    clock.now = discovered + timedelta(hours=30, minutes=15)
    view.clock.timer.timeout.emit()
    due = [m for m in _messages(view, Severity.WARNING) if "left to notify" in m]
    assert len(due) == 1 and due[0].startswith("41 h 45 min left")
    table = view.accountability_panel.table
    assert "within 41 h" in _plain(table.item(0, COL_DUE_STATE).text())
    assert reads == []  # the moment changed, not the register: nothing read again

    # Shown again after a while: the clocks ran meanwhile.
    view.hide()
    clock.now = discovered + timedelta(hours=51)
    view.clock.timer.timeout.emit()  # hidden: nothing computed
    view.clock.read_at -= 61
    view.show()
    due = [m for m in _messages(view, Severity.WARNING) if "left to notify" in m]
    assert len(due) == 1 and due[0].startswith("21 h 00 min left")
    assert reads == []

    # Past the 72 hours: an error, the warning gone.
    clock.now = discovered + timedelta(hours=73)
    view.clock.timer.timeout.emit()
    assert not any("left to notify" in m for m in _messages(view, Severity.WARNING))
    assert any("72 hours" in m for m in _messages(view, Severity.ERROR))
    assert reads == []

    # Midnight: read again (the requests' days moved), the request now due within the week.
    clock.day = date(2026, 12, 8)
    view.clock.timer.timeout.emit()
    assert len(reads) == 1
    assert any(
        row.finding.rule == "request.due_soon" and "15/12/2026" in row.text
        for row in view.finding_rows(Severity.WARNING)
    )


def test_reviews_and_contracts_are_on_the_to_do_and_open_their_record(
    qtbot: Any, demo_register: RegisterDatabase
) -> None:
    """The demo's review of T-11 (30 June 2026) and its payroll contract's review (30 September
    2026) are overdue on any later day: late lines, in the error colour, that open the activity
    in its editor and the contract on its page."""
    window = _window(qtbot, demo_register)
    panel = window.dashboard_view.accountability_panel
    assert panel.isVisible()
    review = next(i for i, line in enumerate(panel.lines) if line.table == "activity")
    contract = next(i for i, line in enumerate(panel.lines) if line.table == "contract")
    table = panel.table
    assert table.item(review, COL_DUE_ENTRY).text().startswith("T-11 \u2013 ")
    assert table.item(review, 0).text() == "Activity review"
    state = table.item(review, COL_DUE_STATE)
    assert _plain(state.text()).startswith("review overdue by ")
    assert "(due 30 June 2026)" in _plain(state.text())
    assert state.foreground().color() == error_colour()
    assert table.item(contract, 0).text() == "Processing contract"
    assert "(due 30 September 2026)" in _plain(table.item(contract, COL_DUE_STATE).text())

    table.setCurrentCell(review, 0)
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert window.current_page() == PAGE_ACTIVITIES
    assert window.activities_view.editor.activity_id == panel.lines[review].id
    window.show_page(PAGE_OVERVIEW)
    panel.open_line(contract)
    assert window.current_page() == PAGE_CONTRACTS
    assert window.contracts_view.editor.entity_id == panel.lines[contract].id

    # Reviewing the activity (a next review a year on) takes it off the To do; undo, back.
    activity = panel.lines[review].id
    later = date.today() + timedelta(days=365)
    db, events = demo_register, window.events
    push(
        window.undo_stack,
        UpdateEntityCommand(db, m.Activity, activity, {"next_review": later}, events=events),
    )
    window.show_page(PAGE_OVERVIEW)
    assert activity not in [line.id for line in panel.lines]
    window.undo_stack.undo()
    assert activity in [line.id for line in panel.lines]
