"""The overview dashboard: the checks' findings (the same as `ropa check`'s, the privacy
notice's gaps included: see test_dashboard_notice.py; a double-click goes to the entity),
completeness per activity, reviews due, counts, and the chart."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView
from sqlalchemy import select

from ropa.core import services
from ropa.core.checks.engine import check_register
from ropa.core.checks.model import Severity
from ropa.core.reads.dashboard import load_dashboard
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.notice.findings import check_with_notice
from ropa.ui.commands import UpdateEntityCommand, push
from ropa.ui.main_window import (
    PAGE_ACTIVITIES,
    PAGE_CATALOGUES,
    PAGE_CONTRACTS,
    PAGE_COOKIES,
    PAGE_OVERVIEW,
    MainWindow,
)
from ropa.ui.models.dashboard_models import SEVERITY_ROLE, FindingRow
from ropa.ui.views.dashboard_panels import (
    COL_DONE_ITEMS,
    COL_DONE_REFERENCE,
    COL_REVIEW_ACTIVITY,
    COL_REVIEW_DUE,
    COL_REVIEW_WHEN,
    rows_model,
)
from ropa.ui.views.dashboard_view import DashboardView

T11 = "T-11"
SECURIVISION = "Sécurivision SRL"


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    """The demo in French and Dutch (complete): the findings below are those of its content;
    its partial English is looked at in test_untranslated_texts_are_findings_per_activity."""
    with demo_register.transaction() as s:
        services.update(
            s, m.Organisation, organisation_id(demo_register), {"other_languages": ["nl"]}
        )
    return _window(qtbot, demo_register)


def _window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    assert main_window.current_page() == PAGE_OVERVIEW
    qtbot.waitUntil(main_window.dashboard_view.notice_checked)  # the notice's gaps too
    return main_window


def organisation_id(db: RegisterDatabase) -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Organisation.id)).one())


def activity_id(db: RegisterDatabase, reference: str) -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


def engine_counts(db: RegisterDatabase) -> dict[Severity, int]:
    """The findings per severity of `ropa check` (the notice's gaps included)."""
    with db.reader() as s:
        findings = check_with_notice(s, organisation_id(db))
    return {severity: sum(f.severity == severity for f in findings) for severity in Severity}


def shown_counts(window: MainWindow) -> dict[Severity, int]:
    view = window.dashboard_view
    return {severity: len(view.finding_rows(severity)) for severity in Severity}


def double_click(view: QAbstractItemView, index: QModelIndex, qtbot: Any) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    # A real double-click starts with a press (QTest's double-click event alone does not).
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def finding_labelled(view: DashboardView, severity: Severity, text: str) -> FindingRow:
    [row] = [r for r in view.finding_rows(severity) if text in r.text]
    return row


def index_labelled(view: DashboardView, severity: Severity, text: str) -> QModelIndex:
    rows = view.finding_rows(severity)
    [position] = [n for n, r in enumerate(rows) if text in r.text]
    index = view.finding_index(severity, position)
    assert index.data() == rows[position].text  # what the tree shows
    return index


def review_rows(view: DashboardView) -> list[FindingRow]:
    """The warnings of an activity review overdue (T-11's in the demo)."""
    warnings = view.finding_rows(Severity.WARNING)
    return [r for r in warnings if r.finding.rule == "activity.review_overdue"]


def table_texts(table: QAbstractItemView, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_findings_are_the_engines_grouped_by_severity(window: MainWindow) -> None:
    db, view = window.db, window.dashboard_view
    assert shown_counts(window) == engine_counts(window.db)
    # The errors: Sécurivision's unsigned contract and the demo's late request DR-2026-003.
    assert shown_counts(window) == {Severity.ERROR: 2, Severity.WARNING: 3, Severity.ADVICE: 3}
    model = view.findings_model
    titles = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert titles == ["Error (2)", "Warning (3)", "Advice (3)"]
    assert [model.index(i, 0).data(SEVERITY_ROLE) for i in range(3)] == [
        "error",
        "warning",
        "advice",
    ]
    assert all(view.findings_tree.isExpanded(model.index(row, 0)) for row in range(3))

    index = index_labelled(view, Severity.ERROR, SECURIVISION)
    shown, article = index.data(), index.siblingAtColumn(1).data()
    assert shown.startswith(f"{SECURIVISION} › ")
    assert " — " in shown
    assert article == "Art. 28(3), (9)"
    with db.reader() as s:
        findings = check_register(s, organisation_id(db))
        [finding] = [
            f for f in findings if f.severity == Severity.ERROR and f.rule.startswith("contract.")
        ]
    assert index.data(Qt.ItemDataRole.ToolTipRole) == f"{shown}\n\n{finding.hint('en')}"
    assert finding.message("en") in shown
    assert finding.field_label("en") in shown

    assert index_labelled(view, Severity.ERROR, "DR-2026-003").data().startswith("DR-2026-003")

    # The chart shows the same numbers.
    assert view.chart.counts() == [2, 3, 3]
    assert view.chart.categories.categories() == ["Error", "Warning", "Advice"]


def test_double_clicking_a_contract_finding_shows_the_contract(
    qtbot: Any, window: MainWindow
) -> None:
    view = window.dashboard_view
    double_click(view.findings_tree, index_labelled(view, Severity.ERROR, SECURIVISION), qtbot)
    assert window.current_page() == PAGE_CONTRACTS
    contract = window.contracts_view.selected_contract()
    assert contract is not None and window.contracts_view.editor.entity_id == contract
    with window.db.reader() as s:
        stored = s.get(m.Contract, contract)
        assert stored is not None and stored.party.name == SECURIVISION


def test_double_clicking_an_activity_finding_opens_it(qtbot: Any, window: MainWindow) -> None:
    view = window.dashboard_view
    double_click(view.findings_tree, index_labelled(view, Severity.WARNING, T11), qtbot)
    assert window.current_page() == PAGE_ACTIVITIES
    assert window.activities_view.opened_activity() == activity_id(window.db, T11)


def test_enter_on_a_finding_opens_it_too(qtbot: Any, window: MainWindow) -> None:
    view = window.dashboard_view
    tree = view.findings_tree
    tree.setFocus()
    tree.setCurrentIndex(index_labelled(view, Severity.WARNING, T11))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.activities_view.opened_activity() == activity_id(window.db, T11)


def test_an_edit_clears_the_overdue_review_and_undo_brings_it_back(
    qtbot: Any, window: MainWindow
) -> None:
    db, view = window.db, window.dashboard_view
    t11 = activity_id(db, T11)
    assert [r.reference for r in view.dashboard.overdue] == [T11]
    assert table_texts(view.reviews_table, COL_REVIEW_ACTIVITY)[0].startswith(f"{T11} – ")
    assert "overdue" in table_texts(view.reviews_table, COL_REVIEW_WHEN)[0]

    later = date.today() + timedelta(days=365)
    push(
        window.undo_stack,
        UpdateEntityCommand(db, m.Activity, t11, {"next_review": later}, events=window.events),
    )
    with db.reader() as s:
        assert s.get(m.Activity, t11).next_review == later
    qtbot.waitUntil(lambda: not review_rows(view) and view.notice_checked())
    assert shown_counts(window) == engine_counts(db)
    assert view.chart.counts() == [2, 2, 3]  # the errors: Sécurivision, DR-2026-003
    assert T11 not in [r.reference for r in view.dashboard.overdue]

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(review_rows(view)) == 1 and view.notice_checked())
    assert shown_counts(window) == engine_counts(db)
    assert view.chart.counts() == [2, 3, 3]
    assert [r.reference for r in view.dashboard.overdue] == [T11]

    window.redo_action.trigger()
    qtbot.waitUntil(lambda: not review_rows(view))


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
    shown = [text.split(" – ")[0] for text in table_texts(view.reviews_table, COL_REVIEW_ACTIVITY)]
    assert shown[0] == T11 and "T-01" in shown  # overdue first
    row = shown.index("T-01")
    assert table_texts(view.reviews_table, COL_REVIEW_WHEN)[row] == "in 10 day(s)"
    assert table_texts(view.reviews_table, COL_REVIEW_DUE)[row] == soon.isoformat()


def test_completeness_and_counts_match_the_register(window: MainWindow) -> None:
    db, view = window.db, window.dashboard_view
    with db.reader() as s:
        activities = s.scalars(select(m.Activity)).all()
        roles = {a.role.value for a in activities}
        statuses = {a.status.value for a in activities}
    references = table_texts(view.completeness_table, COL_DONE_REFERENCE)
    assert len(references) == len(activities) == 24
    assert set(references) == {a.reference for a in activities}
    for items in table_texts(view.completeness_table, COL_DONE_ITEMS):
        present, applicable = items.split(" / ")
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
    row = table_texts(table, COL_DONE_REFERENCE).index(T11)
    double_click(table, rows_model(table).index(row, COL_DONE_REFERENCE), qtbot)
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
    assert len(review_rows(view)) == 1  # not read while hidden
    window.show_page(PAGE_OVERVIEW)
    assert not review_rows(view)


def test_load_dashboard_computes_every_panel(demo_register: RegisterDatabase) -> None:
    org = organisation_id(demo_register)
    dashboard = load_dashboard(demo_register, org)
    with demo_register.reader() as s:
        assert dashboard.findings == check_register(s, org)  # the rules' (no notice built)
    assert len(dashboard.completeness) == 24
    empty = load_dashboard(demo_register, None)
    assert empty.findings == [] and empty.organisation_id is None


def test_an_edit_reads_only_the_activity_edited(qtbot: Any, window: MainWindow) -> None:
    """After an edit the dashboard keeps the other activities it read (refresh_context) and
    shows what a whole new read would show."""
    db, view = window.db, window.dashboard_view
    earlier = view._context
    assert earlier is not None
    t11 = activity_id(db, T11)
    later = date.today() + timedelta(days=365)
    push(
        window.undo_stack,
        UpdateEntityCommand(db, m.Activity, t11, {"next_review": later}, events=window.events),
    )
    qtbot.waitUntil(lambda: view._context is not earlier)
    context = view._context
    assert context is not None
    kept = [a for a in context.activities if a["id"] != t11]
    assert len(kept) == 23
    assert all(any(a is b for b in earlier.activities) for a in kept)
    assert context.activity_by_id[t11]["next_review"] == later
    assert view.dashboard is not None
    assert view.dashboard.rule_findings == load_dashboard(db, organisation_id(db)).findings


def test_changes_no_event_reports_are_shown_after_read_everything(
    qtbot: Any, window: MainWindow
) -> None:
    """An import (or a change made elsewhere) is reported as a whole change: read_everything, which
    both imports call, reads the dashboard again."""
    db, view = window.db, window.dashboard_view
    t11 = activity_id(db, T11)
    with db.transaction() as s:
        services.update(s, m.Activity, t11, {"next_review": date.today() + timedelta(days=365)})
    qtbot.wait(10)
    assert len(review_rows(view)) == 1  # not reported: still shown
    window.read_everything()
    qtbot.waitUntil(lambda: not review_rows(view) and view.notice_checked())
    assert shown_counts(window) == engine_counts(db)


@pytest.mark.parametrize("kind", ["cookie", "security_measure"])
def test_a_cookie_or_catalogue_finding_selects_its_row(
    qtbot: Any, window: MainWindow, kind: str
) -> None:
    db, view = window.db, window.dashboard_view
    org = organisation_id(db)
    with db.transaction() as s:
        if kind == "cookie":  # consent needed, but no activity in the notice explains it
            values = {"name": "_pk_id", "category": "analytics", "consent_required": True}
            values |= {"purpose": "Audience", "lifetime_value": 13, "lifetime_unit": "months"}
            entity = services.create(s, m.Cookie, values, org).id
            severity, page = Severity.WARNING, PAGE_COOKIES
        else:  # an entry of the organisation's own that no activity uses
            entity = services.create(s, m.SecurityMeasure, {"name": "Coffre-fort"}, org).id
            severity, page = Severity.ADVICE, PAGE_CATALOGUES
    window.read_everything()
    qtbot.waitUntil(lambda: any(r.finding.entity_id == entity for r in view.finding_rows(severity)))
    [position] = [
        n
        for n, r in enumerate(view.finding_rows(severity))
        if r.finding.entity_id == entity and not r.finding.rule.startswith("translation.")
    ]
    double_click(view.findings_tree, view.finding_index(severity, position), qtbot)
    assert window.current_page() == page
    if kind == "cookie":
        assert window.cookies_view.selected_cookie() == entity
    else:
        assert window.catalogues_view.catalogue is m.SecurityMeasure
        assert window.catalogues_view.selected_entry() == entity


def test_untranslated_texts_are_findings_per_activity(
    qtbot: Any, demo_register: RegisterDatabase
) -> None:
    """The demo's English is partial: each activity in the notice without its English texts
    is one error naming it; the texts only the register prints are advice."""
    window = _window(qtbot, demo_register)
    view = window.dashboard_view
    errors = [r.finding for r in view.finding_rows(Severity.ERROR)]
    untranslated = [f for f in errors if f.rule == "translation.notice"]
    assert untranslated, "the partial English shows as errors"
    assert all(f.message("en").startswith("No English text") for f in untranslated)
    labels = [f.label for f in untranslated]
    assert len(labels) == len(set(labels))  # one per activity
    assert any(label.startswith("T-05") for label in labels)
    assert shown_counts(window) == engine_counts(demo_register)
