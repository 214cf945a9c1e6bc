"""Alembic environment: migrations run on the connection ropa hands over (batch mode for SQLite)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import ropa.db.models  # noqa: F401 - registers every table
from ropa.db.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # command-line use by developers: alembic -x path=FILE ...
        path = context.get_x_argument(as_dictionary=True).get("path", "scratch.ropa")
        engine = create_engine(f"sqlite:///{path}")
        with engine.begin() as conn:
            context.configure(
                connection=conn, target_metadata=target_metadata, render_as_batch=True
            )
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
