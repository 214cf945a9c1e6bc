"""Rights requests and data breaches through the register's generic machinery: the JSON
interchange, the workbook (export, edit, import), the history in words, the rules that
catch a mistyped date, and a register file from before they existed."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from ropa.core import services
from ropa.core.errors import ValidationError
from ropa.core.reads.history import HistoryFilters, load_history
from ropa.core.register import create_register, open_register
from ropa.db import migrate
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_json, import_json
from ropa.exports.new_register import create_new_register, plan_new_register
from ropa.exports.table import (
    apply_table_import,
    guess_mapping,
    plan_table_import,
    read_table,
    target_fields,
)
from ropa.exports.workbook import apply_import, build_workbook, plan_import
from tests.unit.workbook_support import append_row, get_cell, load, row_of, save, set_cell

DISCOVERED = datetime(2026, 3, 1, 8, 15, tzinfo=UTC)  # 09:15 in Brussels (winter time)


@pytest.fixture(autouse=True)
def _brussels_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's time zone, which the workbook's date-times are written in."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _firm(db: RegisterDatabase) -> dict[str, str]:
    """An organisation with an activity, a client and a request and a breach naming them."""
    with db.transaction() as s:
        org = services.create_organisation(
            s, {"legal_name": "Clairbois SRL", "country": "BE", "language": "fr"}
        )
        activity = services.create(
            s, m.Activity, {"reference": "T-01", "name": "Hébergement"}, org.id
        )
        client = services.create(
            s, m.Party, {"name": "Client SA", "kind": "client_controller"}, org.id
        )
        category = s.scalars(select(m.DataCategory).limit(1)).one()
        subjects = s.scalars(select(m.DataSubjectCategory).limit(1)).one()
        request = services.create(
            s,
            m.RightsRequest,
            {
                "reference": "DR-2026-001",
                "received_on": date(2026, 1, 31),
                "channel": "email",
                "requester": "J. Peeters",
                "rights": ["access", "erasure"],
                "client_party_id": client.id,
                "forwarded_on": date(2026, 2, 2),
                "answered_on": date(2026, 2, 27),
                "decision": "granted",
            },
            org.id,
        )
        services.set_links(s, request, "activities", [activity.id])
        breach = services.create(
            s,
            m.Breach,
            {
                "name": "Ordinateur portable volé",
                "discovered_at": DISCOVERED,
                "occurred_on": date(2026, 2, 28),
                "natures": ["confidentiality", "availability"],
                "people_count": 120,
                "risk": "risk",
                "authority_notified_at": datetime(2026, 3, 2, 16, 0, tzinfo=UTC),
            },
            org.id,
        )
        services.set_links(s, breach, "activities", [activity.id])
        services.set_links(s, breach, "data_categories", [category.id])
        services.set_links(s, breach, "data_subjects", [subjects.id])
        services.set_links(s, breach, "clients", [client.id])
        return {"org": org.id, "request": request.id, "breach": breach.id}


@pytest.fixture
def firm(tmp_path: Path) -> Iterator[tuple[RegisterDatabase, dict[str, str]]]:
    db = create_register(tmp_path / "firm.ropa", language="fr")
    try:
        yield db, _firm(db)
    finally:
        db.close()


# -- JSON ------------------------------------------------------------------------------------


def test_json_export_then_import_into_a_new_register_is_identical(
    firm: tuple[RegisterDatabase, dict[str, str]], tmp_path: Path
) -> None:
    db, ids = firm
    exported = export_json(db)
    org = json.loads(exported)["organisations"][0]
    [request] = org["rights_requests"]
    [breach] = org["breaches"]
    assert request["rights"] == ["access", "erasure"] and request["received_on"] == "2026-01-31"
    assert breach["discovered_at"] == "2026-03-01T08:15:00+00:00"
    assert breach["natures"] == ["confidentiality", "availability"]
    assert len(breach["activities"]) == len(breach["clients"]) == 1

    other = create_register(tmp_path / "other.ropa", language="fr")
    try:
        import_json(other, exported.encode("utf-8"))
        assert export_json(other) == exported
    finally:
        other.close()


def _document(db: RegisterDatabase, **changes: Any) -> bytes:
    """The register's JSON with fields of the request and the breach changed."""
    document = json.loads(export_json(db))
    org = document["organisations"][0]
    for key, value in changes.items():
        table, field = key.split("__")
        org[table][0][field] = value
    return json.dumps(document).encode("utf-8")


def test_dates_out_of_order_are_refused_naming_both_fields(
    firm: tuple[RegisterDatabase, dict[str, str]], tmp_path: Path
) -> None:
    db, _ids = firm
    data = _document(
        db,
        rights_requests__answered_on="2025-02-27",  # the year mistyped
        rights_requests__extension_told_on="2026-01-30",
        breaches__authority_notified_at="2026-03-01T08:00:00+00:00",
        breaches__occurred_on="2026-03-04",
        breaches__records_count=-5,
    )
    target = create_register(tmp_path / "other.ropa", language="fr")
    try:
        with pytest.raises(ValidationError) as caught:
            import_json(target, data)
        with target.reader() as session:
            assert session.scalars(select(m.RightsRequest)).first() is None
    finally:
        target.close()
    found = {p.path.split(".", 1)[1]: p for p in caught.value.problems}
    assert set(found) == {
        "rights_requests[0].answered_on",
        "rights_requests[0].extension_told_on",
        "breaches[0].authority_notified_at",
        "breaches[0].occurred_on",
        "breaches[0].records_count",
    }
    assert found["rights_requests[0].answered_on"].message("fr") == (
        "précède «\u00a0Reçue le\u00a0» (2026-01-31)\u00a0: vérifiez la date."
    )
    assert "“Received on”" in found["rights_requests[0].answered_on"].message("en")
    assert "‘Ontvangen op’" in found["rights_requests[0].answered_on"].message("nl")
    assert "«\u00a0Découverte le\u00a0»" in found["breaches[0].authority_notified_at"].message("fr")
    assert "“Discovered on”" in found["breaches[0].occurred_on"].message("en")
    assert found["breaches[0].records_count"].key == "problem.negative"


def test_a_breach_discovered_after_midnight_in_brussels_may_have_occurred_that_day(
    firm: tuple[RegisterDatabase, dict[str, str]], tmp_path: Path
) -> None:
    """00:30 in Brussels is still the day before in UTC: that date is no typo."""
    db, _ids = firm
    data = _document(
        db,
        breaches__discovered_at="2026-03-01T00:30:00+01:00",
        breaches__occurred_on="2026-03-01",
        breaches__authority_notified_at=None,
    )
    target = create_register(tmp_path / "other.ropa", language="fr")
    try:
        import_json(target, data)
    finally:
        target.close()


# -- workbook --------------------------------------------------------------------------------


def test_workbook_round_trip_then_one_edited_cell_is_the_only_change(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    before = export_json(db)
    data = build_workbook(db, lang="en")
    assert plan_import(db, data).is_empty

    book = load(data)
    breaches = book["Data breaches"]
    row = row_of(breaches, "Name", "Ordinateur portable volé")
    # A real date-time, in the computer's time zone.
    assert get_cell(breaches, row, "Discovered on") == datetime(2026, 3, 1, 9, 15)
    assert breaches.cell(row, 2).number_format == "yyyy-mm-dd hh:mm"
    requests = book["Rights requests"]
    row = row_of(requests, "Reference", "DR-2026-001")
    assert get_cell(requests, row, "Rights exercised") == "Access\nErasure"
    assert get_cell(requests, row, "Activities concerned") == "T-01"
    set_cell(requests, row, "Answered on", datetime(2026, 2, 26))
    edited = save(book)

    plan = plan_import(db, edited)
    changed = [(s.sheet, c) for s in plan.sheets for c in s.changes]
    assert len(changed) == 1
    sheet, change = changed[0]
    assert sheet == "Rights requests" and change.kind == "changed"
    assert [(f.column, f.old, f.new) for f in change.fields] == [
        ("Answered on", "2026-02-27", "2026-02-26")
    ]
    apply_import(db, plan)
    after = json.loads(export_json(db))["organisations"][0]
    assert after["rights_requests"][0]["answered_on"] == "2026-02-26"
    assert after["breaches"] == json.loads(before)["organisations"][0]["breaches"]
    assert plan_import(db, build_workbook(db, lang="en")).is_empty


def test_a_date_time_typed_in_the_workbook_is_local_time(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    book = load(build_workbook(db, lang="fr"))
    breaches = book["Violations de données"]
    row = row_of(breaches, "Nom", "Ordinateur portable volé")
    set_cell(breaches, row, "Découverte le", datetime(2026, 3, 2, 10, 0))
    plan = plan_import(db, save(book))
    [change] = [c for s in plan.sheets for c in s.changes]
    assert [(f.column, f.old, f.new) for f in change.fields] == [
        ("Découverte le", "2026-03-01 09:15", "2026-03-02 10:00")
    ]
    apply_import(db, plan)
    with db.reader() as session:
        breach = session.get(m.Breach, ids["breach"])
        assert breach is not None
        assert breach.discovered_at == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_a_request_typed_as_a_new_row_is_created(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    book = load(build_workbook(db, lang="en"))
    append_row(
        book["Rights requests"],
        {
            "Reference": "DR-2026-002",
            "Received on": datetime(2026, 3, 10),
            "Rights exercised": "Objection\nAccess",
            "Activities concerned": "T-01",
            "Client controller concerned": "Client SA",
        },
    )
    plan = plan_import(db, save(book))
    assert [(s.sheet, [c.kind for c in s.changes]) for s in plan.sheets if s.changes] == [
        ("Rights requests", ["added"])
    ]
    apply_import(db, plan)
    with db.reader() as session:
        request = session.scalars(
            select(m.RightsRequest).where(m.RightsRequest.reference == "DR-2026-002")
        ).one()
        assert request.received_on == date(2026, 3, 10)
        assert request.rights == ["objection", "access"]
        assert [a.reference for a in request.activities] == ["T-01"]
        assert request.client_party is not None and request.client_party.name == "Client SA"


def test_a_workbook_answer_before_receipt_is_refused_on_its_cell(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, _ids = firm
    book = load(build_workbook(db, lang="fr"))
    requests = book["Demandes d’exercice de droits"]
    row = row_of(requests, "Référence", "DR-2026-001")
    set_cell(requests, row, "Réponse envoyée le", datetime(2025, 2, 27))
    with pytest.raises(ValidationError) as caught:
        plan_import(db, save(book))
    [problem] = caught.value.problems
    assert "Demandes d’exercice de droits" in problem.path and "Réponse envoyée le" in problem.path
    assert "«\u00a0Reçue le\u00a0»" in problem.message("fr")


def test_a_workbook_from_before_the_new_sheets_keeps_the_requests_and_breaches(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, _ids = firm
    before = export_json(db)
    book = load(build_workbook(db, lang="en"))
    del book["Rights requests"]
    del book["Data breaches"]
    plan = plan_import(db, save(book))
    assert plan.is_empty
    apply_import(db, plan)
    assert export_json(db) == before


def test_a_new_register_made_from_the_workbook_holds_the_requests_and_breaches(
    firm: tuple[RegisterDatabase, dict[str, str]], tmp_path: Path
) -> None:
    db, _ids = firm
    source = tmp_path / "register.xlsx"
    source.write_bytes(build_workbook(db, lang="fr"))
    new = plan_new_register(source, tmp_path / "copy.ropa", language="fr")
    sheets = {s.sheet: [c.label for c in s.changes] for s in new.plan.sheets}
    assert sheets["Demandes d’exercice de droits"] == ["DR-2026-001"]
    assert sheets["Violations de données"] == ["Ordinateur portable volé"]
    copy = open_register(create_new_register(new))
    try:
        theirs = json.loads(export_json(copy))["organisations"][0]
    finally:
        copy.close()
    ours = json.loads(export_json(db))["organisations"][0]
    for key in ("rights_requests", "breaches"):
        for row in (*theirs[key], *ours[key]):
            del row["created_at"], row["updated_at"]
        assert theirs[key] == ours[key]


def test_the_spreadsheet_import_neither_offers_nor_loses_requests_and_breaches(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    """A register kept in a spreadsheet holds activities: its import offers no field of a
    request or a breach, and leaves those of the register as they are."""
    db, _ids = firm
    own = {c.name for t in (m.RightsRequest, m.Breach) for c in t.__table__.columns}
    own -= {c.name for c in m.Activity.__table__.columns} | {"name", "reference"}
    assert own and not own & {f.key for f in target_fields()}
    before = json.loads(export_json(db))["organisations"][0]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Référence", "Nom du traitement", "Finalité"])
    sheet.append(["T-02", "Recrutement", "Sélectionner les candidats"])
    data = save(book)
    table = read_table(data, "registre.xlsx")
    plan = plan_table_import(db, table, guess_mapping(table), source="registre.xlsx")
    apply_table_import(db, plan)
    after = json.loads(export_json(db))["organisations"][0]
    assert [a["reference"] for a in after["activities"]] == ["T-01", "T-02"]
    assert after["rights_requests"] == before["rights_requests"]
    assert after["breaches"] == before["breaches"]


# -- history ---------------------------------------------------------------------------------


def test_the_history_names_the_changes_in_words(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    with db.transaction() as s:
        services.update(s, m.RightsRequest, ids["request"], {"decision": "partly_granted"})
        services.update(
            s,
            m.Breach,
            ids["breach"],
            {"discovered_at": datetime(2026, 3, 1, 7, 45, tzinfo=UTC)},
        )
    rows = load_history(db, HistoryFilters()).rows("fr")
    changes = {(r.field, r.old, r.new) for r in rows if r.action == "update"}
    assert ("Décision", "Acceptée", "Acceptée en partie") in changes
    assert ("Découverte le", "01/03/2026 09:15", "01/03/2026 08:45") in changes
    created = {r.entity for r in rows if r.action == "create"}
    assert "DR-2026-001" in " ".join(created)


# -- a register from before the requests and breaches -----------------------------------------


def _downgrade(path: Path, revision: str) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_a_register_at_revision_0005_opens_and_upgrades_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.ropa"
    db = create_register(path, language="fr")
    with db.transaction() as s:
        org = services.create_organisation(
            s, {"legal_name": "Ancienne SRL", "country": "BE", "language": "fr"}
        )
        services.create(s, m.Activity, {"reference": "T-01", "name": "Paie"}, org.id)
    before = json.loads(export_json(db))
    db.close()
    _downgrade(path, "0005")
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        assert "rights_request" not in tables and "breach" not in tables
    finally:
        connection.close()

    db = open_register(path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert json.loads(export_json(db)) == before
        with db.transaction() as s:
            services.create(s, m.RightsRequest, {"reference": "DR-1", "rights": ["access"]}, org.id)
        with db.reader() as s:
            assert [r.reference for r in s.scalars(select(m.RightsRequest))] == ["DR-1"]
    finally:
        db.close()


def test_a_year_typed_wrong_is_refused_before_any_time_limit_overflows(
    firm: tuple[RegisterDatabase, dict[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """31/12/9999 or a year 20026: refused with the field named, never a register whose every
    reader fails when it adds a month or 72 hours; a notification shown in local time."""
    db, _ids = firm
    data = _document(
        db,
        rights_requests__received_on="9999-12-15",
        breaches__discovered_at="9999-12-30T10:00:00+00:00",
        breaches__authority_notified_at="2026-03-01T09:30:00+00:00",
    )
    target = create_register(tmp_path / "other.ropa", language="fr")
    try:
        with pytest.raises(ValidationError) as caught:
            import_json(target, data)
    finally:
        target.close()
    found = {p.path.split(".", 1)[1]: p for p in caught.value.problems}
    assert found["rights_requests[0].received_on"].message("en") == (
        "the year of 9999-12-15 is outside 1900–2999: check the date."
    )
    assert "9999-12-30 11:00" in found["breaches[0].discovered_at"].message("fr")  # Brussels
    assert "entre 1900 et 2999\u00a0: vérifiez" in found["breaches[0].discovered_at"].message("fr")
