"""The overview dashboard: the checks' findings (the same as the engine's, a double-click goes
to the entity), completeness per activity, reviews due, counts, and the chart."""

from __future__ import annotations

import time
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from sqlalchemy import select

from ropa.core.checks.engine import check_register
from ropa.core.checks.model import Severity
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import UpdateEntityCommand, push
from ropa.ui.main_window import (
    PAGE_ACTIVITIES,
    PAGE_OVERVIEW,
    PAGE_PARTIES,
    MainWindow,
)
from ropa.ui.views.dashboard_data import load_dashboard
from ropa.ui.views.dashboard_panels import COL_DONE_ITEMS, COL_DONE_REFERENCE

T11 = "T-11"
SECURIVISION = "Sécurivision SRL"


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    assert main_window.current_page() == PAGE_OVERVIEW
    qtbot.waitUntil(lambda: main_window.dashboard_view.dashboard is not None)
    return main_window


def organisation_id(db: RegisterDatabase) -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Organisation.id)).one())


def activity_id(db: RegisterDatabase, reference: str) -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


def engine_counts(db: RegisterDatabase) -> dict[Severity, int]:
    with db.reader() as s:
        findings = check_register(s, organisation_id(db))
    return {severity: sum(f.severity == severity for f in findings) for severity in Severity}


def shown_counts(window: MainWindow) -> dict[Severity, int]:
    view = window.dashboard_view
    return {severity: len(view.finding_items(severity)) for severity in Severity}


def double_click(tree: QTreeWidget, item: QTreeWidgetItem, qtbot: Any) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    # A real double-click starts with a press (QTest's double-click event alone does not).
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def item_labelled(window: MainWindow, severity: Severity, text: str) -> QTreeWidgetItem:
    [item] = [i for i in window.dashboard_view.finding_items(severity) if text in i.text(0)]
    return item


def test_the_findings_are_the_engines_grouped_by_severity(window: MainWindow) -> None:
    db, view = window.db, window.dashboard_view
    assert shown_counts(window) == engine_counts(window.db)
    assert shown_counts(window) == {Severity.ERROR: 1, Severity.WARNING: 1, Severity.ADVICE: 0}
    tree = view.findings_tree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert titles == ["Error (1)", "Warning (1)", "Advice (0)"]

    error = item_labelled(window, Severity.ERROR, SECURIVISION)
    assert error.text(0).startswith(f"{SECURIVISION} › ")
    assert " — " in error.text(0)
    assert error.text(1) == "Art. 28(3)"
    with db.reader() as s:
        [finding] = [f for f in check_register(s, organisation_id(db)) if f.table == "party"]
    assert error.toolTip(0) == finding.hint("en")
    assert finding.message("en") in error.text(0)
    assert finding.field_label("en") in error.text(0)

    # The chart shows the same numbers.
    assert view.chart.counts() == [1, 1, 0]
    assert view.chart.categories.categories() == ["Error", "Warning", "Advice"]


def test_double_clicking_a_party_finding_shows_the_party(qtbot: Any, window: MainWindow) -> None:
    tree = window.dashboard_view.findings_tree
    double_click(tree, item_labelled(window, Severity.ERROR, SECURIVISION), qtbot)
    assert window.current_page() == PAGE_PARTIES
    party = window.parties_view.selected_party()
    with window.db.reader() as s:
        assert s.get(m.Party, party).name == SECURIVISION


def test_double_clicking_an_activity_finding_opens_it(qtbot: Any, window: MainWindow) -> None:
    tree = window.dashboard_view.findings_tree
    double_click(tree, item_labelled(window, Severity.WARNING, T11), qtbot)
    assert window.current_page() == PAGE_ACTIVITIES
    assert window.activities_view.opened_activity() == activity_id(window.db, T11)


def test_enter_on_a_finding_opens_it_too(qtbot: Any, window: MainWindow) -> None:
    tree = window.dashboard_view.findings_tree
    tree.setFocus()
    tree.setCurrentItem(item_labelled(window, Severity.WARNING, T11))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.activities_view.opened_activity() == activity_id(window.db, T11)


def test_an_edit_clears_the_overdue_review_and_undo_brings_it_back(
    qtbot: Any, window: MainWindow
) -> None:
    db, view = window.db, window.dashboard_view
    t11 = activity_id(db, T11)
    assert [r.reference for r in view.dashboard.overdue] == [T11]
    assert view.reviews_table.item(0, 0).text() == T11
    assert "overdue" in view.reviews_table.item(0, 3).text()

    later = date.today() + timedelta(days=365)
    push(
        window.undo_stack,
        UpdateEntityCommand(db, m.Activity, t11, {"next_review": later}, events=window.events),
    )
    with db.reader() as s:
        assert s.get(m.Activity, t11).next_review == later
    qtbot.waitUntil(lambda: not view.finding_items(Severity.WARNING))
    assert shown_counts(window) == engine_counts(db)
    assert view.chart.counts() == [1, 0, 0]
    assert T11 not in [r.reference for r in view.dashboard.overdue]

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(view.finding_items(Severity.WARNING)) == 1)
    assert shown_counts(window) == engine_counts(db)
    assert view.chart.counts() == [1, 1, 0]
    assert [r.reference for r in view.dashboard.overdue] == [T11]

    window.redo_action.trigger()
    qtbot.waitUntil(lambda: not view.finding_items(Severity.WARNING))


def test_upcoming_reviews_are_those_of_the_next_sixty_days(qtbot: Any, window: MainWindow) -> None:
    db, view = window.db, window.dashboard_view
    t01 = activity_id(db, "T-01")
    soon = date.today() + timedelta(days=10)
    push(
        window.undo_stack,
        UpdateEntityCommand(db, m.Activity, t01, {"next_review": soon}, events=window.events),
    )
    qtbot.waitUntil(lambda: "T-01" in [r.reference for r in view.dashboard.upcoming])
    [review] = [r for r in view.dashboard.upcoming if r.reference == "T-01"]
    assert (review.due, review.days) == (soon, 10)
    shown = [view.reviews_table.item(r, 0).text() for r in range(view.reviews_table.rowCount())]
    assert shown[0] == T11 and "T-01" in shown  # overdue first
    row = shown.index("T-01")
    assert view.reviews_table.item(row, 3).text() == "in 10 day(s)"


def test_completeness_and_counts_match_the_register(window: MainWindow) -> None:
    db, view = window.db, window.dashboard_view
    with db.reader() as s:
        activities = s.scalars(select(m.Activity)).all()
        roles = {a.role.value for a in activities}
        statuses = {a.status.value for a in activities}
    table = view.completeness_table
    assert table.rowCount() == len(activities) == 24
    references = {table.item(row, COL_DONE_REFERENCE).text() for row in range(table.rowCount())}
    assert references == {a.reference for a in activities}
    for row in range(table.rowCount()):
        present, applicable = table.item(row, COL_DONE_ITEMS).text().split(" / ")
        assert 0 <= int(present) <= int(applicable) <= 7

    dashboard = view.dashboard
    assert sum(dashboard.by_role.values()) == sum(dashboard.by_status.values()) == 24
    assert set(dashboard.by_role) == roles and set(dashboard.by_status) == statuses
    counts = view.counts_tree
    groups = [counts.topLevelItem(i) for i in range(counts.topLevelItemCount())]
    assert [g.text(0) for g in groups] == ["Role", "Status", "Legal basis"]
    assert groups[0].text(1) == "24"
    shown_roles = {
        groups[0].child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(groups[0].childCount())
    }
    assert shown_roles == roles


def test_double_clicking_a_completeness_row_opens_the_activity(
    qtbot: Any, window: MainWindow
) -> None:
    table = window.dashboard_view.completeness_table
    row = next(
        r for r in range(table.rowCount()) if table.item(r, COL_DONE_REFERENCE).text() == T11
    )
    item = table.item(row, COL_DONE_REFERENCE)
    table.scrollToItem(item)
    rect = table.visualItemRect(item)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.activities_view.opened_activity() == activity_id(window.db, T11)


def test_the_dashboard_is_read_when_shown_not_after_every_edit_elsewhere(
    qtbot: Any, window: MainWindow
) -> None:
    db, view = window.db, window.dashboard_view
    window.show_page(PAGE_ACTIVITIES)
    t11 = activity_id(db, T11)
    later = date.today() + timedelta(days=365)
    push(
        window.undo_stack,
        UpdateEntityCommand(db, m.Activity, t11, {"next_review": later}, events=window.events),
    )
    qtbot.wait(10)
    assert len(view.finding_items(Severity.WARNING)) == 1  # not read while hidden
    window.show_page(PAGE_OVERVIEW)
    assert not view.finding_items(Severity.WARNING)


def test_load_dashboard_is_one_quick_read(demo_register: RegisterDatabase) -> None:
    org = organisation_id(demo_register)
    start = time.perf_counter()
    dashboard = load_dashboard(demo_register, org)
    elapsed = time.perf_counter() - start
    assert len(dashboard.findings) == sum(engine_counts(demo_register).values())
    assert len(dashboard.completeness) == 24
    assert elapsed < 2  # generous: the 1,000-activity figure is measured in bench/
    empty = load_dashboard(demo_register, None)
    assert empty.findings == [] and empty.organisation_id is None
