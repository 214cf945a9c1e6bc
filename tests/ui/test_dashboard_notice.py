"""The dashboard lists what the privacy notice lacks with the other findings, as `ropa check`
does (one list of what is missing): the same findings, those that block publishing the notice
marked; the notice is built off the GUI thread, once per burst of changes, and a notice
finding opens the page where it is fixed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from sqlalchemy import select

from ropa.core import services
from ropa.core.checks.model import Finding, Severity
from ropa.core.checks.notice_gaps import gap_finding
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.notice.findings import check_with_notice, notice_gaps
from ropa.exports.notice.model import Gap
from ropa.ui.commands import DeleteEntityCommand, UpdateEntityCommand, push
from ropa.ui.main_window import (
    PAGE_ACTIVITIES,
    PAGE_COOKIES,
    PAGE_ORGANISATION,
    PAGE_OVERVIEW,
    PAGE_PARTIES,
    MainWindow,
)
from ropa.ui.models.dashboard_models import COL_FINDING_BLOCKS
from ropa.ui.views import dashboard_view
from ropa.ui.views.dashboard_view import DashboardView
from tests.ui.test_dashboard import activity_id, double_click, organisation_id

BLOCKS = "Blocks publication"


def open_window(qtbot: Any, db: RegisterDatabase) -> MainWindow:
    window = MainWindow(db, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.current_page() == PAGE_OVERVIEW
    qtbot.waitUntil(window.dashboard_view.notice_checked)
    return window


def only_french_and_dutch(db: RegisterDatabase) -> None:
    """The demo without its partial English (whose untranslated texts block the notice)."""
    with db.transaction() as s:
        services.update(s, m.Organisation, organisation_id(db), {"other_languages": ["nl"]})


def shown(view: DashboardView) -> list[Finding]:
    """Every finding shown, group after group (errors first), each in its group's order."""
    return [row.finding for group in view.findings_model.groups() for row in group.rows]


def with_notice(db: RegisterDatabase) -> list[Finding]:
    """What `ropa check` lists."""
    with db.reader() as s:
        return check_with_notice(s, organisation_id(db))


def blocks_cell(view: DashboardView, finding: Finding) -> tuple[Any, Any]:
    """The "Notice" cell of a finding shown: its text and its tooltip (and, with a text, the
    notice page's warning icon)."""
    severity_rows = view.finding_rows(finding.severity)
    position = [row.finding for row in severity_rows].index(finding)
    index = view.finding_index(finding.severity, position).siblingAtColumn(COL_FINDING_BLOCKS)
    decoration = index.data(Qt.ItemDataRole.DecorationRole)
    assert (decoration is not None and not decoration.isNull()) == (index.data() is not None)
    return index.data(), index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_dashboard_lists_what_ropa_check_lists(
    qtbot: Any, demo_register: RegisterDatabase
) -> None:
    """The demo's partial English blocks its English notice: the same findings as `ropa check`,
    in its order, those that block publishing marked in the Notice column."""
    window = open_window(qtbot, demo_register)
    view = window.dashboard_view
    expected = with_notice(demo_register)
    assert shown(view) == expected
    assert [f.blocks_publication for f in shown(view)] == [f.blocks_publication for f in expected]
    blocking = [f for f in expected if f.blocks_publication]
    assert blocking and any(not f.blocks_publication for f in expected)
    header = view.findings_model.headerData(COL_FINDING_BLOCKS, Qt.Orientation.Horizontal)
    assert header == "Notice"
    for finding in expected:
        text, tip = blocks_cell(view, finding)
        if finding.blocks_publication:
            assert text == BLOCKS
            assert tip.startswith("Blocks publishing the privacy notice")
        else:
            assert text is None and tip is None
    # The chart counts them too.
    counts = [sum(f.severity == severity for f in expected) for severity in Severity]
    assert view.chart.counts() == counts
    assert view.notice_status.text() == ""


def test_an_undetermined_legal_basis_blocks_publication(
    qtbot: Any, demo_register: RegisterDatabase
) -> None:
    """A purpose of an active activity in the notice whose legal basis is "to be determined":
    the rule's error, marked as blocking the notice, as `ropa check` marks it."""
    only_french_and_dutch(demo_register)
    window = open_window(qtbot, demo_register)
    view = window.dashboard_view
    assert not any(f.blocks_publication for f in shown(view))
    t01 = activity_id(demo_register, "T-01")
    with demo_register.reader() as s:
        activity = s.get(m.Activity, t01)
        assert activity.in_notice and activity.status.value == "active"
        purpose = activity.purposes[0].id
    push(
        window.undo_stack,
        UpdateEntityCommand(
            demo_register,
            m.Purpose,
            purpose,
            {"legal_basis": "undetermined"},
            events=window.events,
        ),
    )

    def marked() -> list[Finding]:
        return [
            f for f in shown(view) if f.rule == "purpose.no_legal_basis" and f.activity_id == t01
        ]

    qtbot.waitUntil(lambda: view.notice_checked() and bool(marked()))
    [finding] = marked()
    assert finding.severity is Severity.ERROR and finding.blocks_publication
    assert shown(view) == with_notice(demo_register)
    text, tip = blocks_cell(view, finding)
    assert text == BLOCKS and "privacy notice" in tip
    position = [r.finding for r in view.finding_rows(Severity.ERROR)].index(finding)
    row = view.finding_rows(Severity.ERROR)[position]
    assert row.text.startswith("T-01 – ")
    assert "Blocks publishing the privacy notice." in row.tooltip

    window.undo_action.trigger()  # the basis again: nothing blocks the notice
    qtbot.waitUntil(lambda: view.notice_checked() and not marked())
    assert shown(view) == with_notice(demo_register)
    assert not any(f.blocks_publication for f in shown(view))


@pytest.fixture
def held_notice(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """The notice's gaps found only once the test lets them (and in which thread)."""
    state: dict[str, Any] = {"release": threading.Event(), "threads": []}

    def held(tree: Any, today: date) -> Any:
        state["threads"].append(threading.current_thread())
        assert state["release"].wait(10)
        return notice_gaps(tree, today)

    monkeypatch.setattr(dashboard_view, "notice_gaps", held)
    yield state
    state["release"].set()


def test_the_rules_findings_show_while_the_notice_is_built_in_another_thread(
    qtbot: Any, demo_register: RegisterDatabase, held_notice: dict[str, Any]
) -> None:
    """The window does not wait for the notice: the rules' findings are shown at once, the
    page says the notice is being checked, and its gaps come when built."""
    window = MainWindow(demo_register, "en")
    qtbot.addWidget(window)
    window.show()
    view = window.dashboard_view
    qtbot.waitUntil(lambda: view.dashboard is not None and bool(held_notice["threads"]))
    assert held_notice["threads"][0] is not threading.main_thread()
    assert view.notice_status.text() == "Checking the privacy notice…"
    assert not view.notice_checked()
    with demo_register.reader() as s:
        from ropa.core.checks.engine import check_register

        rules_only = check_register(s, organisation_id(demo_register))
    assert shown(view) == rules_only  # not marked yet
    qtbot.wait(50)
    assert window.isVisible() and not view.notice_checked()  # the window answers meanwhile

    held_notice["release"].set()
    qtbot.waitUntil(view.notice_checked)
    assert view.notice_status.text() == ""
    assert shown(view) == with_notice(demo_register)
    assert shown(view) != rules_only


def test_a_window_closed_while_the_notice_is_built_is_left_alone(
    qtbot: Any, demo_register: RegisterDatabase, held_notice: dict[str, Any]
) -> None:
    """Closing the window (or changing its language, which rebuilds it) while the notice is
    built: the gaps found afterwards go nowhere, and nothing fails."""
    window = MainWindow(demo_register, "en")
    qtbot.addWidget(window)
    window.show()
    view = window.dashboard_view
    qtbot.waitUntil(lambda: bool(held_notice["threads"]))
    worker = held_notice["threads"][0]
    window.close()
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    held_notice["release"].set()
    worker.join(10)
    assert not worker.is_alive()
    qtbot.wait(10)  # a result delivered to nobody


def test_a_burst_of_edits_builds_the_notice_once(
    qtbot: Any, demo_register: RegisterDatabase
) -> None:
    """Each edit shows the rules' findings at once (with the gaps found before, the page
    saying they are checked again); the notice is built again once the edits stop."""
    only_french_and_dutch(demo_register)
    window = open_window(qtbot, demo_register)
    view = window.dashboard_view
    runs = view.notice_job.runs
    t11 = activity_id(demo_register, "T-11")
    for days in range(1, 4):
        later = date.today() + timedelta(days=365 + days)
        push(
            window.undo_stack,
            UpdateEntityCommand(
                demo_register, m.Activity, t11, {"next_review": later}, events=window.events
            ),
        )
        warnings = view.finding_rows(Severity.WARNING)
        overdue = [r for r in warnings if r.finding.rule == "activity.review_overdue"]
        assert not overdue  # the overdue review: gone at once
        assert not view.notice_checked()
    qtbot.waitUntil(view.notice_checked)
    assert view.notice_job.runs == runs + 1
    assert shown(view) == with_notice(demo_register)


def test_edits_while_the_dashboard_is_hidden_build_no_notice(
    qtbot: Any, demo_register: RegisterDatabase
) -> None:
    window = open_window(qtbot, demo_register)
    view = window.dashboard_view
    runs = view.notice_job.runs
    window.show_page(PAGE_ACTIVITIES)
    t11 = activity_id(demo_register, "T-11")
    for days in range(1, 3):
        later = date.today() + timedelta(days=365 + days)
        push(
            window.undo_stack,
            UpdateEntityCommand(
                demo_register, m.Activity, t11, {"next_review": later}, events=window.events
            ),
        )
    qtbot.wait(dashboard_view.NOTICE_DELAY_MS + 100)
    assert view.notice_job.runs == runs
    window.show_page(PAGE_OVERVIEW)
    qtbot.waitUntil(view.notice_checked)
    assert view.notice_job.runs == runs + 1
    assert shown(view) == with_notice(demo_register)


def test_while_the_notice_is_built_again_the_gaps_found_before_stay(
    qtbot: Any, demo_register: RegisterDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an edit the list does not lose the notice's findings while they are found
    again, but those of an activity just deleted go at once (they would lead nowhere)."""
    only_french_and_dutch(demo_register)
    db = demo_register
    org = organisation_id(db)
    with db.transaction() as s:
        services.update(s, m.Organisation, org, {"street": None})
    t05 = activity_id(db, "T-05")
    release = threading.Event()
    calls: list[int] = []

    def gaps(tree: Any, today: date) -> list[Gap]:
        calls.append(1)
        if len(calls) > 1:
            assert release.wait(10)
        found = notice_gaps(tree, today)
        if any(a["id"] == t05 for a in tree["activities"]):  # as a new code of the notice
            found.append(Gap("no_sources", organisation_id=org, activity_id=t05, table="activity"))
        return found

    monkeypatch.setattr(dashboard_view, "notice_gaps", gaps)
    try:
        window = open_window(qtbot, db)
        view = window.dashboard_view
        rules = {f.rule for f in shown(view)}
        assert {"notice.no_address", "notice.no_sources"} <= rules
        push(window.undo_stack, DeleteEntityCommand(db, m.Activity, t05, events=window.events))
        qtbot.waitUntil(lambda: len(calls) == 2)  # built again, held
        assert not view.notice_checked()
        assert view.notice_status.text() == "Checking the privacy notice…"
        rules = {f.rule for f in shown(view)}
        assert "notice.no_address" in rules  # still listed meanwhile
        assert "notice.no_sources" not in rules  # T-05 is gone
        assert not any(f.activity_id == t05 for f in shown(view))
    finally:
        release.set()
    qtbot.waitUntil(view.notice_checked)
    assert shown(view) == with_notice(db)


def test_an_organisation_gap_opens_the_organisation_page(
    qtbot: Any, demo_register: RegisterDatabase
) -> None:
    """The notice cannot print an incomplete address: a finding of its own (no rule says
    it), in the notice page's words; activating it shows the Organisation page."""
    only_french_and_dutch(demo_register)
    with demo_register.transaction() as s:
        services.update(s, m.Organisation, organisation_id(demo_register), {"street": None})
    window = open_window(qtbot, demo_register)
    view = window.dashboard_view
    assert shown(view) == with_notice(demo_register)
    [finding] = [f for f in shown(view) if f.rule == "notice.no_address"]
    assert finding.activity_id is None and finding.table == "organisation"
    position = [r.finding for r in view.finding_rows(finding.severity)].index(finding)
    index = view.finding_index(finding.severity, position)
    assert index.data().startswith(finding.where("en") + " — ")
    double_click(view.findings_tree, index, qtbot)
    assert window.current_page() == PAGE_ORGANISATION


def _extra_gap(monkeypatch: pytest.MonkeyPatch, gap: Gap) -> None:
    """The notice's gaps, and one more no rule covers (as a new code of the notice would be)."""
    monkeypatch.setattr(
        dashboard_view, "notice_gaps", lambda tree, today: [*notice_gaps(tree, today), gap]
    )


@pytest.mark.parametrize("kind", ["activity", "cookie", "party", "no_activity"])
def test_a_notice_finding_opens_where_it_is_fixed(
    qtbot: Any, demo_register: RegisterDatabase, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """A gap naming an activity opens it; one naming a cookie or a party by its name shows
    that row on its page; "no activity in the notice" shows the activities."""
    only_french_and_dutch(demo_register)
    db = demo_register
    org = organisation_id(db)
    with db.reader() as s:
        cookie = s.scalars(select(m.Cookie).order_by(m.Cookie.name)).first()
        party = s.scalars(select(m.Party).order_by(m.Party.name)).first()
        assert cookie is not None and party is not None
        names = {"cookie": (cookie.id, cookie.name), "party": (party.id, party.name)}
    t05 = activity_id(db, "T-05")
    gap = {
        "activity": Gap(
            "no_sources",
            organisation_id=org,
            activity_id=t05,
            reference="T-05 – Paie",
            table="activity",
            column="sources",
        ),
        "cookie": Gap(
            "cookie_no_lifetime",
            organisation_id=org,
            reference="Exemple",
            table="cookie",
            column="lifetime_unit",
            params={"name": names["cookie"][1]},
        ),
        "party": Gap(
            "processor_no_country",
            organisation_id=org,
            reference="Exemple",
            table="party",
            column="country",
            params={"name": names["party"][1]},
        ),
        "no_activity": Gap(
            "no_activity", blocking=True, organisation_id=org, table="activity", column="in_notice"
        ),
    }[kind]
    _extra_gap(monkeypatch, gap)
    window = open_window(qtbot, db)
    view = window.dashboard_view
    expected = gap_finding(gap)
    rows = view.finding_rows(expected.severity)
    [position] = [n for n, r in enumerate(rows) if r.finding.rule == expected.rule]
    assert rows[position].finding == expected
    double_click(view.findings_tree, view.finding_index(expected.severity, position), qtbot)
    if kind == "activity":
        assert window.activities_view.opened_activity() == t05
    elif kind == "cookie":
        assert window.current_page() == PAGE_COOKIES
        assert window.cookies_view.selected_cookie() == names["cookie"][0]
    elif kind == "party":
        assert window.current_page() == PAGE_PARTIES
        assert window.parties_view.selected_party() == names["party"][0]
    else:
        assert window.current_page() == PAGE_ACTIVITIES
