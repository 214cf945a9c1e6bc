"""Two handles on one register (two windows, or two programs on the same file): an edit based
on what one saw never silently overwrites what the other changed since, undo included; edits
that do not collide both land; each side can see what the other changed."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ropa.core import edits
from ropa.core.changes import ChangeSet
from ropa.core.conflicts import explain
from ropa.core.errors import ConflictError
from ropa.core.register import create_register, open_register
from ropa.core.watch import ExternalChanges
from ropa.db import models as m
from ropa.db.session import RegisterDatabase


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[RegisterDatabase, RegisterDatabase]]:
    """The demo register opened twice, as by two windows or two programs."""
    path = tmp_path / "shared.ropa"
    create_register(path, demo=True).close()
    first = open_register(path, user="alice")
    second = open_register(path, user="bob")
    yield first, second
    first.close()
    second.close()


def _activity(db: RegisterDatabase, reference: str = "T-01") -> dict[str, Any]:
    with db.reader() as s:
        activity = s.scalars(select(m.Activity).where(m.Activity.reference == reference)).one()
        return {
            "id": activity.id,
            "version": activity.version,
            "name": activity.name,
            "description": activity.description,
            "security_measures": sorted(x.id for x in activity.security_measures),
            "organisation_id": activity.organisation_id,
        }


def _history_count(db: RegisterDatabase) -> int:
    with db.reader() as s:
        return len(s.scalars(select(m.Change.id)).all())


def _measures(db: RegisterDatabase, organisation_id: str) -> list[str]:
    with db.reader() as s:
        return sorted(
            s.scalars(
                select(m.SecurityMeasure.id).where(
                    m.SecurityMeasure.organisation_id == organisation_id
                )
            )
        )


def test_a_stale_field_edit_is_refused_with_who_changed_what(
    pair: tuple[RegisterDatabase, RegisterDatabase],
) -> None:
    alice, bob = pair
    seen = _activity(alice)  # both windows show the same activity
    edits.UpdateEdit(
        "activity", seen["id"], {"name": "Bob's name"}, seen["version"], {"name": seen["name"]}
    ).first(bob)
    history = _history_count(alice)
    stale = edits.UpdateEdit(
        "activity", seen["id"], {"name": "Alice's name"}, seen["version"], {"name": seen["name"]}
    )
    with pytest.raises(ConflictError) as refused:
        stale.first(alice)
    assert _activity(alice)["name"] == "Bob's name"  # nothing overwritten
    assert _history_count(alice) == history  # nothing written
    [detail] = refused.value.details
    assert (detail.field, detail.current, detail.seen, detail.user) == (
        "name",
        "Bob's name",
        seen["name"],
        "bob",
    )
    text = explain(refused.value, "fr")
    assert "Nom" in text and "bob" in text and "Bob's name" in text


def test_edits_of_different_fields_of_one_activity_both_land(
    pair: tuple[RegisterDatabase, RegisterDatabase],
) -> None:
    alice, bob = pair
    seen = _activity(alice)
    edits.UpdateEdit(
        "activity", seen["id"], {"name": "New name"}, seen["version"], {"name": seen["name"]}
    ).first(bob)
    edits.UpdateEdit(
        "activity",
        seen["id"],
        {"description": "New description"},
        seen["version"],
        {"description": seen["description"]},
    ).first(alice)
    now = _activity(alice)
    assert (now["name"], now["description"]) == ("New name", "New description")


def test_undo_of_a_field_someone_changed_since_is_refused(
    pair: tuple[RegisterDatabase, RegisterDatabase],
) -> None:
    alice, bob = pair
    seen = _activity(alice)
    mine = edits.UpdateEdit(
        "activity", seen["id"], {"name": "Mine"}, seen["version"], {"name": seen["name"]}
    )
    mine.first(alice)
    later = _activity(bob)
    edits.UpdateEdit(
        "activity", seen["id"], {"name": "Theirs"}, later["version"], {"name": "Mine"}
    ).first(bob)
    with pytest.raises(ConflictError) as refused:
        mine.undo(alice)
    assert _activity(alice)["name"] == "Theirs"
    assert refused.value.details[0].user == "bob"
    # Without the other change, undo and redo work as before.
    again = edits.UpdateEdit("activity", seen["id"], {"name": "Again"}, None, {"name": "Theirs"})
    again.first(alice)
    again.undo(alice)
    assert _activity(alice)["name"] == "Theirs"
    again.redo(alice)
    assert _activity(alice)["name"] == "Again"


def test_link_changes_from_two_windows_are_both_kept(
    pair: tuple[RegisterDatabase, RegisterDatabase],
) -> None:
    alice, bob = pair
    seen = _activity(alice)
    free = [
        x for x in _measures(alice, seen["organisation_id"]) if x not in seen["security_measures"]
    ]
    a_measure, b_measure = free[0], free[1]
    mine = edits.LinksEdit.between(
        "activity",
        seen["id"],
        "security_measures",
        seen["security_measures"],
        [*seen["security_measures"], a_measure],
    )
    edits.LinksEdit.between(
        "activity",
        seen["id"],
        "security_measures",
        seen["security_measures"],
        [*seen["security_measures"], b_measure],
    ).first(bob)
    mine.first(alice)
    assert {a_measure, b_measure} <= set(_activity(alice)["security_measures"])
    mine.undo(alice)  # takes back only what alice added
    now = set(_activity(alice)["security_measures"])
    assert b_measure in now and a_measure not in now


def test_a_child_row_and_a_delete_on_a_changed_row_are_refused(
    pair: tuple[RegisterDatabase, RegisterDatabase],
) -> None:
    alice, bob = pair
    seen = _activity(alice)
    with alice.reader() as s:
        purpose = s.scalars(
            select(m.Purpose)
            .where(m.Purpose.activity_id == seen["id"])
            .order_by(m.Purpose.position)
        ).first()
        assert purpose is not None
        purpose_seen = {
            "id": purpose.id,
            "version": purpose.version,
            "description": purpose.description,
        }
    edits.UpdateEdit(
        "purpose",
        purpose_seen["id"],
        {"description": "Bob's purpose"},
        purpose_seen["version"],
        {"description": purpose_seen["description"]},
    ).first(bob)
    with pytest.raises(ConflictError):
        edits.UpdateEdit(
            "purpose",
            purpose_seen["id"],
            {"description": "Alice's purpose"},
            purpose_seen["version"],
            {"description": purpose_seen["description"]},
        ).first(alice)
    with pytest.raises(ConflictError) as refused:
        edits.DeleteEdit("purpose", purpose_seen["id"], purpose_seen["version"]).first(alice)
    assert refused.value.details and refused.value.details[0].user == "bob"
    with alice.reader() as s:
        assert s.get(m.Purpose, purpose_seen["id"]).description == "Bob's purpose"


def test_an_edit_of_an_entry_deleted_elsewhere_says_who_deleted_it(
    pair: tuple[RegisterDatabase, RegisterDatabase],
) -> None:
    alice, bob = pair
    # (Not T-02: the demo's rights requests and its phishing breach refer to it, so it cannot
    # be deleted.)
    seen = _activity(alice, "T-17")
    edits.DeleteEdit("activity", seen["id"], seen["version"]).first(bob)
    with pytest.raises(ConflictError) as refused:
        edits.UpdateEdit(
            "activity", seen["id"], {"name": "x"}, seen["version"], {"name": seen["name"]}
        ).first(alice)
    assert refused.value.key == "error.conflict_deleted"
    assert refused.value.details[0].user == "bob"
    assert "bob" in explain(refused.value, "nl")


def test_undo_of_a_creation_someone_changed_since_is_refused(
    pair: tuple[RegisterDatabase, RegisterDatabase],
) -> None:
    alice, bob = pair
    org = _activity(alice)["organisation_id"]
    created = edits.CreateEdit("activity", {"reference": "N-1", "name": "New"}, org)
    created.first(alice)
    assert created.entity_id is not None
    # Bob adds a purpose to the new activity: undoing the creation would delete it.
    edits.CreateEdit("purpose", {"description": "Bob's"}, created.entity_id).first(bob)
    with pytest.raises(ConflictError):
        created.undo(alice)
    with alice.reader() as s:
        assert s.get(m.Activity, created.entity_id) is not None
    # Unchanged, the creation is undone and redone as before (same id).
    other = edits.CreateEdit("activity", {"reference": "N-2", "name": "Other"}, org)
    other.first(alice)
    other.undo(alice)
    other.redo(alice)
    with alice.reader() as s:
        assert s.get(m.Activity, other.entity_id) is not None


def test_each_edit_returns_one_change_set(pair: tuple[RegisterDatabase, RegisterDatabase]) -> None:
    alice, _bob = pair
    seen = _activity(alice)
    changes = edits.CreateEdit("purpose", {"description": "x"}, seen["id"]).first(alice)
    assert isinstance(changes, ChangeSet)
    [(table, purpose_id)] = changes.created
    assert table == "purpose" and not changes.updated and not changes.deleted
    assert changes.activities == {seen["id"]}
    # (Not T-03: the demo's rights requests refer to it, so it cannot be deleted.)
    deleted = edits.DeleteEdit("activity", _activity(alice, "T-17")["id"]).first(alice)
    assert ("activity", _activity(alice, "T-01")["id"]) not in deleted.keys()
    assert any(table == "activity" for table, _ in deleted.deleted)


def test_changes_written_elsewhere_are_seen_and_own_ones_are_not(
    pair: tuple[RegisterDatabase, RegisterDatabase],
) -> None:
    alice, bob = pair
    watch = ExternalChanges(alice)
    assert watch.poll() is None
    seen = _activity(alice)
    edits.UpdateEdit("activity", seen["id"], {"name": "Mine"}).first(alice)
    assert watch.poll() is None  # alice's own change
    edits.UpdateEdit("activity", seen["id"], {"name": "Bob's"}).first(bob)
    found = watch.poll()
    assert found is not None and found.updated == {("activity", seen["id"])}
    assert found.users == {"bob"}
    assert watch.poll() is None  # seen once


def _edit_in_another_process(path: str, activity_id: str, measure_id: str) -> None:
    db = open_register(Path(path), user="other-process")
    try:
        edits.LinksEdit("activity", activity_id, "security_measures", added=[measure_id]).first(db)
    finally:
        db.close()


def test_two_processes_adding_a_measure_to_one_activity_keep_both(tmp_path: Path) -> None:
    path = tmp_path / "shared.ropa"
    create_register(path, demo=True).close()
    db = open_register(path)
    try:
        watch = ExternalChanges(db)
        seen = _activity(db)
        free = [
            x for x in _measures(db, seen["organisation_id"]) if x not in seen["security_measures"]
        ]
        mine = edits.LinksEdit.between(
            "activity",
            seen["id"],
            "security_measures",
            seen["security_measures"],
            [*seen["security_measures"], free[0]],
        )
        process = multiprocessing.get_context("spawn").Process(
            target=_edit_in_another_process, args=(str(path), seen["id"], free[1])
        )
        process.start()
        process.join(60)
        assert process.exitcode == 0
        mine.first(db)
        assert {free[0], free[1]} <= set(_activity(db)["security_measures"])
        found = watch.poll()
        assert found is not None and found.concerns_activity(seen["id"])
        assert "other-process" in found.users
    finally:
        db.close()
