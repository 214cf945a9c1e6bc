"""The change log: what the audit records for creates, updates, deletes, links and imports."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from ropa.core.queries import history, history_users
from ropa.core.register import create_register, open_register
from ropa.db.enums import ChangeAction, Language, Status
from ropa.db.models import (
    Activity,
    Change,
    DataSubjectCategory,
    Organisation,
    Purpose,
    SecurityMeasure,
)
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import import_json


@pytest.fixture
def db(register_path: Path) -> Iterator[RegisterDatabase]:
    create_register(register_path, language="en").close()
    database = open_register(register_path, user="alice")
    yield database
    database.close()


def _changes(db: RegisterDatabase) -> list[Change]:
    with db.reader() as session:
        return list(session.scalars(select(Change).order_by(Change.id)))


def _new_org(db: RegisterDatabase, name: str = "Acme SA") -> str:
    with db.transaction() as session:
        org = Organisation(legal_name=name, country="BE")
        session.add(org)
    return org.id


def _new_activity(db: RegisterDatabase, org_id: str, reference: str = "A1") -> str:
    with db.transaction() as session:
        activity = Activity(organisation_id=org_id, reference=reference, name="Payroll")
        session.add(activity)
    return activity.id


def test_create_records_user_entity_and_label(db: RegisterDatabase) -> None:
    org_id = _new_org(db, "Acme SA")
    [change] = _changes(db)
    assert change.action == ChangeAction.CREATE
    assert change.user == "alice"
    assert change.entity_type == "organisation"
    assert change.entity_id == org_id
    assert change.entity_label == "Acme SA"
    assert change.organisation_id == org_id
    assert change.field is None
    assert change.old_value is None and change.new_value is None
    assert change.at.tzinfo is not None


def test_user_given_to_register_database(register_path: Path) -> None:
    create_register(register_path, language="en").close()
    first = open_register(register_path)
    try:
        db = RegisterDatabase(register_path, first.engine, user="bob")
        _new_org(db)
        [change] = _changes(db)
        assert change.user == "bob"
    finally:
        first.close()


def test_update_two_fields_records_one_row_each(db: RegisterDatabase) -> None:
    org_id = _new_org(db, "Acme SA")
    with db.transaction() as session:
        org = session.get(Organisation, org_id)
        org.legal_name = "Acme NV"
        org.city = "Gent"
    updates = [c for c in _changes(db) if c.action == ChangeAction.UPDATE]
    assert {(c.field, c.old_value, c.new_value) for c in updates} == {
        ("legal_name", "Acme SA", "Acme NV"),
        ("city", None, "Gent"),
    }
    assert len(updates) == 2
    for change in updates:
        assert change.user == "alice"
        assert change.entity_id == org_id
        assert change.entity_type == "organisation"
        assert change.entity_label == "Acme NV"
        assert change.organisation_id == org_id


def test_update_values_are_text(db: RegisterDatabase) -> None:
    org_id = _new_org(db)
    activity_id = _new_activity(db, org_id)
    with db.transaction() as session:
        activity = session.get(Activity, activity_id)
        activity.status = Status.ACTIVE
        activity.start_date = date(2026, 1, 15)
        activity.in_notice = True
        activity.collected_from_subject = True  # unchanged: not recorded
        activity.automated_decision = False  # answered: was not recorded
        activity.dpia_criteria = ["sensitive_data"]
        org = session.get(Organisation, org_id)
        org.language = Language.NL
        org.dpo_designated = True
    updates = {
        (c.entity_type, c.field): (c.old_value, c.new_value)
        for c in _changes(db)
        if c.action == ChangeAction.UPDATE
    }
    assert updates == {
        ("activity", "status"): ("draft", "active"),
        ("activity", "start_date"): (None, "2026-01-15"),
        ("activity", "in_notice"): ("false", "true"),
        ("activity", "dpia_criteria"): ("[]", '["sensitive_data"]'),
        ("activity", "automated_decision"): (None, "false"),
        ("organisation", "language"): ("fr", "nl"),
        ("organisation", "dpo_designated"): (None, "true"),
    }


def test_clearing_a_date_and_bookkeeping_fields(db: RegisterDatabase) -> None:
    org_id = _new_org(db)
    activity_id = _new_activity(db, org_id)
    with db.transaction() as session:
        session.get(Activity, activity_id).next_review = date(2027, 3, 1)
    with db.transaction() as session:
        session.get(Activity, activity_id).next_review = None
    rows = [(c.field, c.old_value, c.new_value) for c in _changes(db) if c.field]
    assert rows == [("next_review", None, "2027-03-01"), ("next_review", "2027-03-01", None)]
    # version, updated_at, created_at, id never appear.
    assert not {c.field for c in _changes(db)} & {"version", "updated_at", "created_at", "id"}


def test_setting_the_same_value_records_nothing(db: RegisterDatabase) -> None:
    org_id = _new_org(db, "Acme SA")
    with db.transaction() as session:
        org = session.get(Organisation, org_id)
        org.legal_name = "Acme SA"
        org.country = "BE"
    assert [c.action for c in _changes(db)] == [ChangeAction.CREATE]


def _catalogue(db: RegisterDatabase, org_id: str) -> dict[str, str]:
    with db.transaction() as session:
        entries = [
            DataSubjectCategory(organisation_id=org_id, name="Staff"),
            DataSubjectCategory(organisation_id=org_id, name="Clients"),
            SecurityMeasure(organisation_id=org_id, name="Encryption"),
            SecurityMeasure(organisation_id=org_id, name="Backups"),
        ]
        session.add_all(entries)
    return {entry.name: entry.id for entry in entries}


def test_many_to_many_changes_record_lists_of_names(db: RegisterDatabase) -> None:
    org_id = _new_org(db)
    ids = _catalogue(db, org_id)
    activity_id = _new_activity(db, org_id)
    start = len(_changes(db))

    with db.transaction() as session:
        activity = session.get(Activity, activity_id)
        activity.data_subjects.append(session.get(DataSubjectCategory, ids["Staff"]))
    with db.transaction() as session:
        activity = session.get(Activity, activity_id)
        activity.data_subjects.append(session.get(DataSubjectCategory, ids["Clients"]))
    with db.transaction() as session:
        activity = session.get(Activity, activity_id)
        activity.data_subjects.remove(session.get(DataSubjectCategory, ids["Staff"]))
    with db.transaction() as session:
        activity = session.get(Activity, activity_id)
        # Replaced without reading the old list first.
        activity.security_measures = [
            session.get(SecurityMeasure, ids["Encryption"]),
            session.get(SecurityMeasure, ids["Backups"]),
        ]

    rows = _changes(db)[start:]
    assert [(c.action, c.entity_id, c.entity_type) for c in rows] == [
        (ChangeAction.UPDATE, activity_id, "activity")
    ] * 4
    got = [
        (
            c.field,
            json.loads(c.old_value) if c.old_value else [],
            json.loads(c.new_value) if c.new_value else [],
        )
        for c in rows
    ]
    assert got == [
        ("data_subjects", [], ["Staff"]),
        ("data_subjects", ["Staff"], ["Clients", "Staff"]),
        ("data_subjects", ["Clients", "Staff"], ["Clients"]),
        ("security_measures", [], ["Backups", "Encryption"]),
    ]
    assert all(c.organisation_id == org_id for c in rows)


def test_delete_records_delete(db: RegisterDatabase) -> None:
    org_id = _new_org(db)
    activity_id = _new_activity(db, org_id)
    with db.transaction() as session:
        session.delete(session.get(Activity, activity_id))
    last = _changes(db)[-1]
    assert last.action == ChangeAction.DELETE
    assert (last.entity_type, last.entity_id, last.entity_label) == (
        "activity",
        activity_id,
        "Payroll",
    )
    assert last.user == "alice"
    assert last.organisation_id == org_id
    with db.transaction() as session:
        session.delete(session.get(Organisation, org_id))
    last = _changes(db)[-1]
    assert (last.action, last.entity_id, last.entity_label) == (
        ChangeAction.DELETE,
        org_id,
        "Acme SA",
    )


def test_children_added_through_relationships_know_their_organisation(
    db: RegisterDatabase,
) -> None:
    """The usual ORM way (append to the parent's list, foreign key not set yet) must still
    file the change under the organisation, or history(organisation_id=...) misses it."""
    with db.transaction() as session:
        org = Organisation(legal_name="Acme SA", country="BE")
        session.add(org)
        activity = Activity(reference="A1", name="Payroll")
        org.activities.append(activity)
        activity.purposes.append(Purpose(description="Pay the staff"))
        org.data_subject_categories.append(DataSubjectCategory(name="Staff"))
    rows = _changes(db)
    assert sorted((c.entity_type, c.action) for c in rows) == sorted(
        [
            ("organisation", ChangeAction.CREATE),
            ("activity", ChangeAction.CREATE),
            ("purpose", ChangeAction.CREATE),
            ("data_subject_category", ChangeAction.CREATE),
        ]
    )
    # Today: NULL for the activity and the catalogue entry, and the text "None" for the purpose.
    by_type = {c.entity_type: c.organisation_id for c in rows}
    assert by_type == {
        "organisation": org.id,
        "activity": org.id,
        "purpose": org.id,
        "data_subject_category": org.id,
    }
    with db.reader() as session:
        assert len(history(session, organisation_id=org.id)) == 4


def test_batches_per_transaction(db: RegisterDatabase) -> None:
    with db.transaction() as session:
        first = Organisation(legal_name="One", country="BE")
        session.add(first)
        session.flush()  # two flushes, one transaction
        session.add(Organisation(legal_name="Two", country="FR"))
        first.city = "Namur"
    with db.transaction() as session:
        session.add(Organisation(legal_name="Three", country="BE"))
    with db.transaction() as session:
        session.get(Organisation, first.id).city = "Liège"
    rows = _changes(db)
    batches = [c.batch for c in rows]
    assert len(rows) == 5
    assert len(set(batches[:3])) == 1
    assert len(set(batches)) == 3
    assert batches[3] != batches[0] and batches[4] not in (batches[0], batches[3])
    for batch in batches:
        assert len(batch) == 36


def test_rolled_back_transaction_records_nothing(db: RegisterDatabase) -> None:
    org_id = _new_org(db)
    with pytest.raises(RuntimeError):
        with db.transaction() as session:
            session.get(Organisation, org_id).city = "Gent"
            session.add(Organisation(legal_name="Ghost", country="BE"))
            session.flush()
            raise RuntimeError("cancel")
    assert [c.action for c in _changes(db)] == [ChangeAction.CREATE]
    with db.reader() as session:
        assert session.get(Organisation, org_id).city is None
        assert session.scalars(select(Organisation.legal_name)).all() == ["Acme SA"]


def test_history_query_newest_first_and_filters(db: RegisterDatabase) -> None:
    one = _new_org(db, "One")
    two = _new_org(db, "Two")
    with db.transaction() as session:
        session.get(Organisation, one).city = "Gent"
    with db.transaction() as session:
        session.get(Organisation, one).city = "Brugge"
    with db.reader() as session:
        entries = history(session)
        assert [(e.entity_label, e.action, e.new_value) for e in entries] == [
            ("One", ChangeAction.UPDATE, "Brugge"),
            ("One", ChangeAction.UPDATE, "Gent"),
            ("Two", ChangeAction.CREATE, None),
            ("One", ChangeAction.CREATE, None),
        ]
        assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
        latest = history(session, limit=2)
        assert [e.new_value for e in latest] == ["Brugge", "Gent"]
        only_two = history(session, entity_id=two)
        assert [(e.entity_id, e.action) for e in only_two] == [(two, ChangeAction.CREATE)]
        one_limited = history(session, entity_id=one, limit=1)
        assert [(e.field, e.old_value, e.new_value) for e in one_limited] == [
            ("city", "Gent", "Brugge")
        ]
        assert history(session, entity_id="no-such-id") == []
        assert len(history(session, organisation_id=one)) == 3


def _document(*orgs: tuple[str, str, int]) -> bytes:
    return json.dumps(
        {
            "format": "ropa-register",
            "format_version": 1,
            "organisations": [
                {
                    "id": org_id,
                    "legal_name": name,
                    "country": "BE",
                    "activities": [
                        {"reference": f"A{i}", "name": f"Activity {i}"} for i in range(count)
                    ],
                }
                for org_id, name, count in orgs
            ],
        }
    ).encode("utf-8")


def test_import_records_one_row_per_organisation(db: RegisterDatabase) -> None:
    one = "11111111-1111-4111-8111-111111111111"
    two = "22222222-2222-4222-8222-222222222222"
    import_json(db, _document((one, "One SA", 3), (two, "Two NV", 1)), source="firms.json")
    rows = _changes(db)
    assert len(rows) == 2
    assert {(c.entity_id, c.entity_label, c.organisation_id) for c in rows} == {
        (one, "One SA", one),
        (two, "Two NV", two),
    }
    for change in rows:
        assert change.action == ChangeAction.IMPORT
        assert change.entity_type == "organisation"
        assert change.new_value == "firms.json"
        assert change.user == "alice"
        assert change.field is None
    assert len({c.batch for c in rows}) == 1

    # A later edit is a different batch.
    with db.transaction() as session:
        session.get(Organisation, one).city = "Gent"
    assert _changes(db)[-1].batch != rows[0].batch
    with db.reader() as session:
        assert [e.action for e in history(session, entity_id=one)] == [
            ChangeAction.UPDATE,
            ChangeAction.IMPORT,
        ]


def test_child_added_by_foreign_key_knows_its_organisation(db: RegisterDatabase) -> None:
    org_id = _new_org(db)
    activity_id = _new_activity(db, org_id)
    with db.transaction() as session:
        purpose = Purpose(activity_id=activity_id, description="Pay the staff")
        session.add(purpose)
    last = _changes(db)[-1]
    assert (last.entity_type, last.entity_id, last.action) == (
        "purpose",
        purpose.id,
        ChangeAction.CREATE,
    )
    assert last.organisation_id == org_id


def _set_time(db: RegisterDatabase, change_id: int, at: datetime) -> None:
    with db.transaction() as session:
        session.execute(update(Change).where(Change.id == change_id).values(at=at))


@pytest.fixture
def brussels_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's local time zone is Brussels (UTC+1 in winter)."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_history_filters_by_entity_type_and_user(register_path: Path) -> None:
    create_register(register_path, language="en").close()
    alice = open_register(register_path, user="alice")
    try:
        org_id = _new_org(alice, "One")
        activity_id = _new_activity(alice, org_id)
        bob = RegisterDatabase(register_path, alice.engine, user="bob")
        with bob.transaction() as session:
            session.get(Activity, activity_id).name = "Wages"
        with alice.reader() as session:
            activities = history(session, entity_type="activity")
            assert [(e.user, e.action) for e in activities] == [
                ("bob", ChangeAction.UPDATE),
                ("alice", ChangeAction.CREATE),
            ]
            assert [e.user for e in history(session, user="alice")] == ["alice", "alice"]
            assert [e.new_value for e in history(session, user="bob")] == ["Wages"]
            both = history(session, entity_type="organisation", user="bob")
            assert both == []
            assert len(history(session, entity_type="activity", user="bob", limit=5)) == 1
            assert history(session, user="carol") == []
            assert history_users(session) == ["alice", "bob"]
    finally:
        alice.close()


def test_history_users_empty_register(db: RegisterDatabase) -> None:
    with db.reader() as session:
        assert history_users(session) == []


def test_history_filters_by_inclusive_local_days(db: RegisterDatabase, brussels_time: None) -> None:
    for name in ("Early", "Late", "Next"):
        _new_org(db, name)
    early, late, following = (c.id for c in _changes(db))
    _set_time(db, early, datetime(2026, 2, 28, 23, 30, tzinfo=UTC))  # 1 March 00:30 local
    _set_time(db, late, datetime(2026, 3, 1, 22, 59, tzinfo=UTC))  # 1 March 23:59 local
    _set_time(db, following, datetime(2026, 3, 1, 23, 0, tzinfo=UTC))  # 2 March 00:00 local

    def labels(**filters: date) -> list[str | None]:
        with db.reader() as session:
            return [e.entity_label for e in history(session, **filters)]

    assert labels(since=date(2026, 3, 1), until=date(2026, 3, 1)) == ["Late", "Early"]
    assert labels(since=date(2026, 3, 2)) == ["Next"]
    assert labels(until=date(2026, 2, 28)) == []
    assert labels(until=date(2026, 3, 1)) == ["Late", "Early"]
    assert labels(since=date(2026, 3, 1)) == ["Next", "Late", "Early"]
    assert labels(since=date(2026, 3, 3)) == []
