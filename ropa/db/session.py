"""Engines and sessions for a register file: SQLite pragmas, the file signature, transactions."""

from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# PRAGMA application_id of every register file: "ROPA" in ASCII.
APPLICATION_ID = 0x524F5041
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def default_user() -> str:
    """The name recorded in the history: ROPA_USER when set, otherwise the OS user."""
    configured = os.environ.get("ROPA_USER")
    if configured:
        return configured
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy own transactions; see the SQLAlchemy docs on pysqlite's
    # "serializable isolation / savepoints" recipe.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed change survives a killed process and a power loss.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    # A writer's IMMEDIATE takes the write lock at the start, so two writers queue
    # (busy_timeout) instead of failing half-way through with "database is locked".
    if connection.get_execution_options().get("ropa_write"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, readonly: bool = False) -> Engine:
    """An engine on a register file (which must exist)."""
    if readonly:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def read_application_id(path: Path) -> int | None:
    """The file's application_id, or None when it is not an SQLite database at all."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None
    return int.from_bytes(header[68:72], "big")


class RegisterDatabase:
    """An open register file: its engine and a factory of sessions that record history."""

    def __init__(self, path: Path, engine: Engine, user: str | None = None) -> None:
        from ropa.db.audit import install_audit

        self.path = path
        self.engine = engine
        self.user = user or default_user()
        self._writer = sessionmaker(
            bind=engine.execution_options(ropa_write=True), expire_on_commit=False
        )
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        install_audit(self._writer)
        # The history batch of the last committed transaction, and every batch this handle
        # committed (so changes seen in the file can be told apart from other programs').
        self.last_batch: str | None = None
        self.own_batches: set[str] = set()
        self.commits = 0
        self._watch: sqlite3.Connection | None = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        from ropa.db.audit import current_batch

        session = self._writer()
        session.info["user"] = self.user
        self.last_batch = None
        try:
            with session.begin():
                yield session
                session.flush()
                batch = current_batch(session)
            self.last_batch = batch
            if batch is not None:
                self.own_batches.add(batch)
            self.commits += 1
        finally:
            session.close()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading: one consistent snapshot, never written."""
        session = self._reader()
        try:
            yield session
        finally:
            session.close()

    def data_version(self) -> int | None:
        """SQLite's data_version on a connection of its own: it changes when another
        connection (this program's writers included) commits to the file. None when the file
        cannot be read now."""
        try:
            if self._watch is None:
                uri = f"file:{self.path.as_posix()}?mode=ro"
                self._watch = sqlite3.connect(uri, uri=True, check_same_thread=False)
            return int(self._watch.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            self._close_watch()
            return None

    def _close_watch(self) -> None:
        if self._watch is not None:
            try:
                self._watch.close()
            except sqlite3.Error:  # pragma: no cover - closing a broken connection
                pass
            self._watch = None

    def close(self) -> None:
        self._close_watch()
        self.engine.dispose()
