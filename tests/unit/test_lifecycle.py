"""Snapshot and restore (undo delete), duplicate, retire and restore an activity."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from ropa.core import lifecycle, services
from ropa.core.errors import ConflictError, NotFoundError, RopaError, ValidationError
from ropa.db import models as m
from ropa.db.enums import ChangeAction, Status
from ropa.exports.interchange import export_document


def _activity_id(db: Any, reference: str = "T-05") -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


def _changes(db: Any, entity_id: str) -> list[m.Change]:
    with db.reader() as s:
        return list(
            s.scalars(select(m.Change).where(m.Change.entity_id == entity_id).order_by(m.Change.id))
        )


def _count(db: Any, model: Any) -> int:
    with db.reader() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def _activity(document: dict[str, Any], activity_id: str) -> dict[str, Any]:
    for org in document["organisations"]:
        for activity in org["activities"]:
            if activity["id"] == activity_id:
                return dict(activity)
    raise KeyError(activity_id)


def test_snapshot_lists_what_an_activity_owns(demo_register: Any) -> None:
    activity_id = _activity_id(demo_register)
    with demo_register.transaction() as s:
        snap = lifecycle.take_snapshot(s, m.Activity, activity_id)
        activity = s.get(m.Activity, activity_id)
        assert snap.table == "activity" and snap.label == activity.name
        assert [r["id"] for r in snap.rows["purpose"]] == [p.id for p in activity.purposes]
        assert len(snap.rows["retention_phase"]) == len(activity.retention_phases)
        assert {r["data_subject_category_id"] for r in snap.links["activity_data_subject"]} == {
            d.id for d in activity.data_subjects
        }
        assert snap.row_count() == 1 + sum(
            len(getattr(activity, key))
            for key in ("purposes", "data_categories", "sources", "recipients", "transfers")
            + ("retention_phases", "clients", "joint_controllers")
        )


def test_snapshot_delete_restore_gives_the_same_register(demo_register: Any) -> None:
    before = export_document(demo_register)
    with demo_register.reader() as s:
        activity_ids = list(s.scalars(select(m.Activity.id)))
        assessed = set(s.scalars(select(m.dpia_activity.c.activity_id)))
        # The activities the demo's rights requests and breaches concern.
        accounted = set(s.scalars(select(m.rights_request_activity.c.activity_id)))
        accounted |= set(s.scalars(select(m.breach_activity.c.activity_id)))
    assert assessed  # the demo's camera surveillance has its impact assessment
    assert accounted - assessed  # and its requests and breaches other activities
    for activity_id in activity_ids:
        if activity_id in assessed | accounted:
            # An activity an impact assessment, a request or a breach refers to is not deleted
            # under it.
            with pytest.raises(RopaError) as caught, demo_register.transaction() as s:
                services.delete(s, m.Activity, activity_id)
            assert caught.value.key == "error.in_use"
            assert export_document(demo_register) == before
            continue
        with demo_register.transaction() as s:
            snap = lifecycle.take_snapshot(s, m.Activity, activity_id)
            services.delete(s, m.Activity, activity_id)
        assert export_document(demo_register) != before
        with demo_register.transaction() as s:
            lifecycle.restore_snapshot(s, snap)
        assert export_document(demo_register) == before
    changes = _changes(demo_register, activity_ids[0])
    assert [c.action for c in changes[-2:]] == [ChangeAction.DELETE, ChangeAction.CREATE]


def test_restore_in_the_same_transaction_and_versions_kept(demo_register: Any) -> None:
    activity_id = _activity_id(demo_register)
    with demo_register.transaction() as s:
        services.update(s, m.Activity, activity_id, {"notes": "edited"})
    before = export_document(demo_register)
    with demo_register.transaction() as s:
        version = s.get(m.Activity, activity_id).version
        snap = lifecycle.take_snapshot(s, m.Activity, activity_id)
        services.delete(s, m.Activity, activity_id)
        lifecycle.restore_snapshot(s, snap)
    assert export_document(demo_register) == before
    with demo_register.reader() as s:
        assert s.get(m.Activity, activity_id).version == version == 2


def test_party_snapshot_brings_back_links_and_emptied_references(demo_register: Any) -> None:
    with demo_register.transaction() as s:
        org_id = s.scalars(select(m.Organisation.id)).one()
        party = services.create(
            s, m.Party, {"name": "Subco", "kind": "processor", "country": "BE"}, org_id
        )
        other = s.scalars(select(m.Party).where(m.Party.id != party.id)).first()
        assert other is not None
        services.set_links(
            s, other, "subprocessors", [*[p.id for p in other.subprocessors], party.id]
        )
        services.set_links(s, party, "subprocessors", [other.id])
        activity_id = _activity_id(demo_register)
        services.create(
            s, m.DataSource, {"description": "Registry", "party_id": party.id}, activity_id
        )
        cookie = s.scalars(select(m.Cookie)).first()
        assert cookie is not None
        services.update(s, m.Cookie, cookie.id, {"party_id": party.id})
        party_id = party.id
    before = export_document(demo_register)
    with demo_register.transaction() as s:
        snap = lifecycle.take_snapshot(s, m.Party, party_id)
        services.delete(s, m.Party, party_id)
    assert {len(rows) for rows in snap.links.values()} == {2}
    assert {(n[0], n[2]) for n in snap.nulled} == {
        ("data_source", "party_id"),
        ("cookie", "party_id"),
    }
    with demo_register.transaction() as s:
        lifecycle.restore_snapshot(s, snap)
    assert export_document(demo_register) == before
    actions = [c.action for c in _changes(demo_register, cookie.id)]
    assert actions[-1] == ChangeAction.UPDATE


def test_catalogue_entry_snapshot_is_its_row(empty_register: Any) -> None:
    with empty_register.transaction() as s:
        org = services.create_organisation(s, {"legal_name": "X SRL", "country": "BE"})
        entry = services.create(s, m.DataCategory, {"name": "Badge logs"}, org.id)
        entry_id = entry.id
    before = export_document(empty_register)
    with empty_register.transaction() as s:
        snap = lifecycle.take_snapshot(s, m.DataCategory, entry_id)
        services.delete(s, m.DataCategory, entry_id)
    assert list(snap.rows) == ["data_category"] and not snap.links
    with empty_register.transaction() as s:
        lifecycle.restore_snapshot(s, snap)
    assert export_document(empty_register) == before


def test_restore_refused_when_a_referred_entry_is_gone(demo_register: Any) -> None:
    activity_id = _activity_id(demo_register)
    with demo_register.transaction() as s:
        snap = lifecycle.take_snapshot(s, m.Activity, activity_id)
        services.delete(s, m.Activity, activity_id)
    category_id = snap.links["activity_data_subject"][0]["data_subject_category_id"]
    with demo_register.transaction() as s:
        # Still used by other activities: take it out of them first.
        for other in s.scalars(select(m.Activity)):
            ids = [d.id for d in other.data_subjects if d.id != category_id]
            services.set_links(s, other, "data_subjects", ids)
        services.delete(s, m.DataSubjectCategory, category_id)
    before = export_document(demo_register)
    changes = _count(demo_register, m.Change)
    with pytest.raises(NotFoundError) as info, demo_register.transaction() as s:
        lifecycle.restore_snapshot(s, snap)
    assert category_id in info.value.message("en")
    assert "no longer exists" in info.value.message("en")
    assert export_document(demo_register) == before
    assert _count(demo_register, m.Change) == changes


def test_restore_refused_when_it_exists_or_its_reference_is_taken(demo_register: Any) -> None:
    activity_id = _activity_id(demo_register)
    with demo_register.transaction() as s:
        snap = lifecycle.take_snapshot(s, m.Activity, activity_id)
    with pytest.raises(ConflictError), demo_register.transaction() as s:
        lifecycle.restore_snapshot(s, snap)
    with demo_register.transaction() as s:
        services.delete(s, m.Activity, activity_id)
        org_id = snap.rows["activity"][0]["organisation_id"]
        services.create(s, m.Activity, {"reference": "T-05", "name": "Other"}, org_id)
    with pytest.raises(ValidationError), demo_register.transaction() as s:
        lifecycle.restore_snapshot(s, snap)


def test_duplicate_is_a_full_independent_copy(demo_register: Any) -> None:
    activity_id = _activity_id(demo_register, "T-01")
    with demo_register.transaction() as s:
        copy_id = lifecycle.duplicate_activity(s, activity_id).id
    document = export_document(demo_register)
    original, copy = _activity(document, activity_id), _activity(document, copy_id)
    assert copy["reference"] == "T-01-2"
    assert copy["name"] == original["name"] + " (copie)"  # the demo organisation is French
    # ... and writes in Dutch and English too: the copy's names say so in each.
    assert copy["name_nl"] == original["name_nl"] + " (kopie)"
    assert copy["name_en"] == original["name_en"] + " (copy)"
    assert copy["status"] == "draft"
    assert copy["created_at"] > original["created_at"]

    purposes = {p["id"]: i for i, p in enumerate(original["purposes"])}
    copied_purposes = [p["id"] for p in copy["purposes"]]
    for key in ("purposes", "data_categories", "sources", "recipients", "transfers"):
        assert len(copy[key]) == len(original[key])
    for old, new in zip(original["retention_phases"], copy["retention_phases"], strict=True):
        assert new["id"] != old["id"]
        if old["purpose_id"] is not None:
            assert new["purpose_id"] == copied_purposes[purposes[old["purpose_id"]]]
    assert copy["data_subjects"] == original["data_subjects"]
    assert copy["security_measures"] == original["security_measures"]

    def content(activity: dict[str, Any]) -> Any:
        skipped = {"id", "created_at", "updated_at", "purpose_id", "reference", "status"}
        skipped |= {"name", "name_nl", "name_en"}
        if isinstance(activity, dict):
            return {k: content(v) for k, v in activity.items() if k not in skipped}
        if isinstance(activity, list):
            return [content(v) for v in activity]
        return activity

    assert content(copy) == content(original)
    old_ids = {p["id"] for key in ("purposes", "retention_phases") for p in original[key]}
    assert not old_ids & {p["id"] for key in ("purposes", "retention_phases") for p in copy[key]}

    with demo_register.transaction() as s:
        copied = s.get(m.Activity, copy_id)
        services.update(s, m.Purpose, copied.purposes[0].id, {"description": "Changed"})
        services.delete(s, m.RetentionPhase, copied.retention_phases[0].id)
    after = export_document(demo_register)
    assert _activity(after, activity_id) == original

    history = _changes(demo_register, copy_id)
    assert history[0].action == ChangeAction.CREATE
    with demo_register.transaction() as s:
        second = lifecycle.duplicate_activity(s, activity_id)
        assert second.reference == "T-01-3"
        third = lifecycle.duplicate_activity(s, copy_id)
        assert third.reference == "T-01-2-2"


def test_duplicate_with_a_chosen_reference(demo_register: Any) -> None:
    activity_id = _activity_id(demo_register, "T-01")
    with pytest.raises(ValidationError), demo_register.transaction() as s:
        lifecycle.duplicate_activity(s, activity_id, "T-02")
    with demo_register.transaction() as s:
        copy = lifecycle.duplicate_activity(s, activity_id, "NEW-1")
        assert copy.reference == "NEW-1"


def test_copy_name_in_each_language() -> None:
    assert lifecycle.copy_name("en", "Payroll") == "Payroll (copy)"
    assert lifecycle.copy_name("nl", "Loon") == "Loon (kopie)"
    assert len(lifecycle.copy_name("fr", "x" * 300)) == 300
    assert lifecycle.free_reference("R" * 40, set()) == "R" * 38 + "-2"


def test_retire_and_restore(demo_register: Any) -> None:
    activity_id = _activity_id(demo_register)
    with demo_register.transaction() as s:
        version = s.get(m.Activity, activity_id).version
        lifecycle.retire_activity(s, activity_id, date(2026, 1, 31), expected_version=version)
    with demo_register.reader() as s:
        activity = s.get(m.Activity, activity_id)
        assert (activity.status, activity.end_date) == (Status.RETIRED, date(2026, 1, 31))
    with pytest.raises(ConflictError), demo_register.transaction() as s:
        lifecycle.restore_activity(s, activity_id, expected_version=version)
    with demo_register.transaction() as s:
        lifecycle.restore_activity(s, activity_id)
    with demo_register.reader() as s:
        activity = s.get(m.Activity, activity_id)
        assert (activity.status, activity.end_date) == (Status.ACTIVE, None)
    fields = [c.field for c in _changes(demo_register, activity_id) if c.action == "update"]
    assert fields.count("status") == 2 and fields.count("end_date") == 2
    with pytest.raises(RopaError), demo_register.transaction() as s:
        lifecycle.retire_activity(s, "missing", date(2026, 1, 1))
