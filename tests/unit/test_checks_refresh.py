"""refresh_context: after an edit, the dashboard reads only the activities that changed. What it
keeps in memory must equal a whole new read, or the dashboard would show stale findings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from ropa.core import lifecycle, services
from ropa.core.checks.engine import CheckContext, load_context, refresh_context, run_checks
from ropa.db import models as m
from ropa.db.session import RegisterDatabase

TODAY = date(2026, 11, 23)


def org_id(db: RegisterDatabase) -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Organisation.id)).one())


def first(db: RegisterDatabase, model: type[Any], **where: Any) -> Any:
    with db.reader() as s:
        query = select(model).filter_by(**where).order_by(model.id)
        row = s.scalars(query).first()
        assert row is not None
        s.expunge(row)
        return row


def read(db: RegisterDatabase) -> CheckContext:
    with db.reader() as s:
        return load_context(s, org_id(db), TODAY)


def refreshed(
    db: RegisterDatabase, earlier: CheckContext, changes: list[tuple[str, str]]
) -> CheckContext | None:
    with db.reader() as s:
        return refresh_context(s, earlier, changes, TODAY)


def assert_same_as_a_new_read(db: RegisterDatabase, ctx: CheckContext | None) -> None:
    assert ctx is not None
    whole = read(db)
    assert ctx.organisation == whole.organisation
    assert (ctx.last_change_at, ctx.notices) == (whole.last_change_at, whole.notices)
    assert run_checks(ctx) == run_checks(whole)


def edit(db: RegisterDatabase, work: Callable[[Any], list[tuple[str, str]]]) -> list[Any]:
    with db.transaction() as s:
        return work(s)


def test_an_activity_field_edit(demo_register: RegisterDatabase) -> None:
    db = demo_register
    earlier = read(db)
    activity = first(db, m.Activity, reference="T-11")
    changes = edit(
        db,
        lambda s: (
            services.update(s, m.Activity, activity.id, {"next_review": date(2030, 1, 1)})
            and [("activity", activity.id)]
        ),
    )
    ctx = refreshed(db, earlier, changes)
    assert_same_as_a_new_read(db, ctx)
    assert ctx is not None and ctx.activity_by_id[activity.id]["next_review"] == date(2030, 1, 1)
    # The other activities were kept, not read again.
    kept = [a for a in ctx.activities if a["id"] != activity.id]
    assert all(any(a is b for b in earlier.activities) for a in kept)


def test_rows_of_an_activity_created_changed_and_deleted(demo_register: RegisterDatabase) -> None:
    db = demo_register
    activity = first(db, m.Activity, reference="T-01")
    earlier = read(db)

    def add_purpose(s: Any) -> list[tuple[str, str]]:
        purpose = services.create(
            s,
            m.Purpose,
            {"description": "Nouvelle finalité", "legal_basis": "consent"},
            activity.id,
        )
        return [("purpose", purpose.id)]

    [(table, purpose_id)] = edit(db, add_purpose)
    ctx = refreshed(db, earlier, [(table, purpose_id)])
    assert_same_as_a_new_read(db, ctx)

    phase = first(db, m.RetentionPhase, activity_id=activity.id)
    changes = edit(
        db,
        lambda s: (
            services.update(s, m.RetentionPhase, phase.id, {"duration_value": None})
            and [("retention_phase", phase.id)]
        ),
    )
    ctx = refreshed(db, ctx, changes)
    assert_same_as_a_new_read(db, ctx)

    # A deleted row is no longer in the database: its activity is found in what was read.
    edit(db, lambda s: services.delete(s, m.Purpose, purpose_id))
    ctx = refreshed(db, ctx, [("purpose", purpose_id)])
    assert_same_as_a_new_read(db, ctx)


def test_links_new_and_deleted_activities(demo_register: RegisterDatabase) -> None:
    db = demo_register
    activity = first(db, m.Activity, reference="T-02")
    earlier = read(db)

    def no_subjects(s: Any) -> list[tuple[str, str]]:
        services.set_links(s, services.get(s, m.Activity, activity.id), "data_subjects", [])
        return [("activity", activity.id)]

    ctx = refreshed(db, earlier, edit(db, no_subjects))
    assert_same_as_a_new_read(db, ctx)
    assert ctx is not None and ctx.activity_by_id[activity.id]["data_subjects"] == []

    def new_activity(s: Any) -> list[tuple[str, str]]:
        created = services.create(s, m.Activity, {"reference": "A-00", "name": "Aaa"}, org_id(db))
        return [("activity", created.id)]

    [(_, new_id)] = edit(db, new_activity)
    ctx = refreshed(db, ctx, [("activity", new_id)])
    assert_same_as_a_new_read(db, ctx)

    # Deleting an activity a cookie names also changes the cookie (its activity is set to
    # null by the database): the cookies are read again.
    cookie = first(db, m.Cookie)
    with db.transaction() as s:
        services.update(s, m.Cookie, cookie.id, {"activity_id": new_id})
    ctx = refreshed(db, read(db), [])
    edit(db, lambda s: services.delete(s, m.Activity, new_id))
    ctx = refreshed(db, ctx, [("activity", new_id)])
    assert_same_as_a_new_read(db, ctx)
    assert ctx is not None and new_id not in ctx.activity_by_id


@pytest.mark.parametrize("table", ["party", "data_category", "organisation", "cookie"])
def test_changes_beyond_activities_ask_for_a_whole_read(
    demo_register: RegisterDatabase, table: str
) -> None:
    earlier = read(demo_register)
    assert refreshed(demo_register, earlier, [(table, "any-id")]) is None


def test_an_unknown_row_asks_for_a_whole_read(demo_register: RegisterDatabase) -> None:
    earlier = read(demo_register)
    assert refreshed(demo_register, earlier, [("purpose", "no-such-id")]) is None


def test_an_activity_deleted_and_restored_goes_back_to_its_place(
    demo_register: RegisterDatabase,
) -> None:
    """Undo restores a deleted activity with its creation time: it is read back in the middle
    of the list, where a whole read puts it."""
    db = demo_register
    activity = first(db, m.Activity, reference="T-05")
    ctx = read(db)
    with db.transaction() as s:
        snapshot = lifecycle.take_snapshot(s, m.Activity, activity.id)
        services.delete(s, m.Activity, activity.id)
    ctx = refreshed(db, ctx, [("activity", activity.id)])
    assert_same_as_a_new_read(db, ctx)
    with db.transaction() as s:
        lifecycle.restore_snapshot(s, snapshot)
    ctx = refreshed(db, ctx, [("activity", activity.id)])
    assert_same_as_a_new_read(db, ctx)
    assert ctx is not None and ctx.activities[-1]["id"] != activity.id


def test_findings_of_the_activities_kept_are_not_computed_again(
    demo_register: RegisterDatabase,
) -> None:
    db = demo_register
    t11, other = first(db, m.Activity, reference="T-11"), first(db, m.Activity, reference="T-01")
    with db.transaction() as s:  # two findings: T-11's review and T-01's are overdue
        services.update(s, m.Activity, other.id, {"next_review": date(2020, 1, 1)})
    earlier = read(db)
    before = {f.activity_id: f for f in run_checks(earlier) if f.activity_id}
    assert {t11.id, other.id} <= set(before)
    with db.transaction() as s:
        services.update(s, m.Activity, t11.id, {"name": "Renamed"})
    ctx = refreshed(db, earlier, [("activity", t11.id)])
    assert ctx is not None
    after = {f.activity_id: f for f in run_checks(ctx) if f.activity_id}
    assert after[other.id] is before[other.id]  # remembered
    assert after[t11.id] is not before[t11.id] and "Renamed" in after[t11.id].label


def test_a_new_day_checks_every_activity_again(demo_register: RegisterDatabase) -> None:
    """A review due today is overdue tomorrow: what was remembered yesterday is dropped."""
    db = demo_register
    t01 = first(db, m.Activity, reference="T-01")
    with db.transaction() as s:
        services.update(s, m.Activity, t01.id, {"next_review": TODAY})
    earlier = read(db)
    assert not [f for f in run_checks(earlier) if f.activity_id == t01.id]
    with db.reader() as s:
        tomorrow = refresh_context(s, earlier, [], date(2026, 11, 24))
    assert tomorrow is not None
    [late] = [f for f in run_checks(tomorrow) if f.activity_id == t01.id]
    assert late.rule == "activity.review_overdue"
