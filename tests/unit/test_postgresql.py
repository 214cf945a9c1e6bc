"""The same register on a PostgreSQL server (issue 19, first steps): the Alembic migrations
build there exactly the models' schema, and the demo register imported there reads back as
the same JSON as from its SQLite file. Against a throw-away server (tests/pg_server.py)."""

from __future__ import annotations

import json
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

import ropa.db.models  # noqa: F401 - registers every table on Base.metadata
from ropa.db import migrate
from ropa.db.base import Base
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_json, import_json


def test_the_migrations_build_the_models_schema_on_postgresql(pg_engine: Engine) -> None:
    migrate.upgrade(pg_engine)
    assert migrate.current_revision(pg_engine) == migrate.head_revision()
    assert set(Base.metadata.tables) <= set(inspect(pg_engine).get_table_names())
    with pg_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_the_demo_reads_back_the_same_from_postgresql(
    demo_register: RegisterDatabase, pg_engine: Engine
) -> None:
    """Every table, link, text (accents, emoji, quotes), date, time and the attached files'
    bytes: the JSON export of the server's copy is the file's, byte for byte."""
    exported = export_json(demo_register)
    migrate.upgrade(pg_engine)
    server = RegisterDatabase(Path("postgresql"), pg_engine, user="test")
    import_json(server, exported.encode("utf-8"), source="demo")
    again = export_json(server)
    assert json.loads(again) == json.loads(exported)
    assert again == exported
