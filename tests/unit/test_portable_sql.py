"""The register's SQL is the same on SQLite and PostgreSQL (issue 19, first step): every
statement the main reads and the export run on the demo register compiles for PostgreSQL too,
without SQLite-only functions, and the bulk insert writes the driver's placeholders. No
server is needed: a statement is compiled with SQLAlchemy's PostgreSQL dialect as SQLite runs
it; a SQLite-only construct fails here before a team register ever meets it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Table, create_engine
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement

from ropa.core import snapshot
from ropa.core.reads.accountability import load_accountability
from ropa.core.reads.activities import activity_rows, activity_search_details, texts_to_translate
from ropa.core.reads.dashboard import load_dashboard
from ropa.core.reads.dpias import load_dpias
from ropa.core.reads.overview import load_overview
from ropa.core.todo import load_todo
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_json

SQLITE_ONLY = ("group_concat", "pragma", "sqlite_master", "json_each", "ifnull(")


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Each statement run through an ORM session, compiled for PostgreSQL (as it runs)."""
    seen: list[str] = []
    run = Session.execute

    def execute(self: Session, statement: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(statement, ClauseElement):
            seen.append(str(statement.compile(dialect=postgresql.dialect())))
        return run(self, statement, *args, **kwargs)

    monkeypatch.setattr(Session, "execute", execute)
    yield seen


def test_the_reads_and_the_export_compile_for_postgresql(
    demo_register: RegisterDatabase, statements: list[str]
) -> None:
    db = demo_register
    with db.reader() as session:
        org = session.query(m.Organisation.id).scalar()
    activity_rows(db, org)
    details = activity_search_details(db, org)
    assert any(d.legal_bases for d in details.values())  # the bases still read as a set
    texts_to_translate(db, org)
    load_accountability(db, today=date(2026, 12, 7))
    load_dpias(db, today=date(2026, 12, 7))
    load_todo(db, today=date(2026, 12, 7))
    load_dashboard(db, org)
    load_overview(db)
    export_json(db)
    assert len(statements) > 30
    for sql in statements:
        lowered = sql.lower()
        assert not any(word in lowered for word in SQLITE_ONLY), sql


def test_the_legal_bases_of_each_activity_are_found_once(demo_register: RegisterDatabase) -> None:
    """The bases aggregated without group_concat(DISTINCT): each once, whatever the order."""
    with demo_register.reader() as session:
        org = session.query(m.Organisation.id).scalar()
        expected: dict[str, set[str]] = {}
        for activity_id, basis in session.query(m.Purpose.activity_id, m.Purpose.legal_basis):
            if basis is not None:
                expected.setdefault(activity_id, set()).add(str(basis))
    details = activity_search_details(demo_register, org)
    found = {a: {str(b) for b in d.legal_bases} for a, d in details.items() if d.legal_bases}
    assert found == expected


def test_the_bulk_insert_writes_the_placeholders_of_its_driver() -> None:
    """SQLite's driver takes "?", psycopg "%s": the statement follows the connection's."""
    table: Table = m.Setting.__table__  # type: ignore[assignment]
    written: list[str] = []

    class Recorder:
        def __init__(self, dialect: Any) -> None:
            self.dialect = dialect

        def exec_driver_sql(self, sql: str, parameters: Any) -> None:
            written.append(sql)

    rows = [{"key": "k", "value": "v"}]
    sqlite = create_engine("sqlite://").dialect
    snapshot.bulk_insert(Recorder(sqlite), table, rows)  # type: ignore[arg-type]
    pg = postgresql.psycopg.dialect()  # type: ignore[attr-defined]
    snapshot.bulk_insert(Recorder(pg), table, rows)  # type: ignore[arg-type]
    assert "?" in written[0] and "%s" not in written[0]
    assert "%s" in written[1] and "?" not in written[1]
