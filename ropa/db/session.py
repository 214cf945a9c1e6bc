"""Engines and sessions for a register file: SQLite pragmas, the file signature, transactions."""

from __future__ import annotations

import getpass
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# PRAGMA application_id of every register file: "ROPA" in ASCII.
APPLICATION_ID = 0x524F5041
SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a writer waits for another connection's write lock before giving up (ms);
# ROPA_LOCK_WAIT_MS overrides it (tests). It waits in steps of LOCK_STEP_MS, telling
# RegisterDatabase.on_lock_wait after each, so the user sees that it waits.
BUSY_TIMEOUT_MS = 10_000
LOCK_WAIT_ENV = "ROPA_LOCK_WAIT_MS"
LOCK_STEP_MS = 250


USER_NAME_KEY = "user_name:{login}"
"""The setting holding the name a login chose for the history (Preferences, `--user`)."""


def default_user() -> str:
    """The login the history falls back to: ROPA_USER when set, otherwise the OS user."""
    configured = os.environ.get("ROPA_USER")
    if configured:
        return configured
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def lock_wait_ms() -> int:
    """How long a writer waits for the write lock (BUSY_TIMEOUT_MS, or ROPA_LOCK_WAIT_MS)."""
    try:
        return max(0, int(os.environ[LOCK_WAIT_ENV]))
    except (KeyError, ValueError):
        return BUSY_TIMEOUT_MS


def read_only_uri(path: Path) -> str:
    """An SQLite URI reading path without writing anything to it or its folder: immutable
    when no write-ahead log exists (then no connection has it open for writing, and none of
    the journal files is created), else read-only through the journal already there (never
    delete journal files: another process may be using them)."""
    query = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    return f"file:{urllib.parse.quote(Path(path).as_posix())}?{query}"


def is_busy(exc: BaseException) -> bool:
    """Whether an SQLite error (or SQLAlchemy's around it) says another connection holds a
    lock."""
    orig = getattr(exc, "orig", exc)
    name = getattr(orig, "sqlite_errorname", "")
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(orig).lower()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy own transactions; see the SQLAlchemy docs on pysqlite's
    # "serializable isolation / savepoints" recipe.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {lock_wait_ms()}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed change survives a killed process and a power loss.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    # A writer's IMMEDIATE takes the write lock at the start, so two writers queue
    # (busy_timeout) instead of failing half-way through with "database is locked".
    options = connection.get_execution_options()
    if options.get("ropa_write"):
        _begin_immediate(connection, options.get("ropa_lock_wait"))
    else:
        connection.exec_driver_sql("BEGIN")


def _begin_immediate(connection: Any, waiting: Callable[[float, float], bool] | None) -> None:
    """BEGIN IMMEDIATE, waiting up to lock_wait_ms() for another writer in steps, telling
    `waiting(waited_s, limit_s)` after each (False: stop waiting). Raises SQLite's "database
    is locked" when the lock did not come."""
    limit = lock_wait_ms() / 1000
    started = time.monotonic()
    step = min(LOCK_STEP_MS, lock_wait_ms())
    connection.exec_driver_sql(f"PRAGMA busy_timeout = {step}")
    try:
        while True:
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except Exception as exc:
                waited = time.monotonic() - started
                if not is_busy(exc) or waited >= limit:
                    raise
                if waiting is not None and not waiting(waited, limit):
                    raise
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {lock_wait_ms()}")


def make_engine(path: Path, *, readonly: bool = False) -> Engine:
    """An engine on a register file (which must exist)."""
    if readonly:  # nothing written to the file or its folder (see read_only_uri)
        url = f"sqlite:///{read_only_uri(path)}&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    # hide_parameters: an error's message (logged, shown in the crash dialog) never holds
    # the register's values.
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
    )
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

    def __init__(
        self, path: Path, engine: Engine, user: str | None = None, *, read_only: str | None = None
    ) -> None:
        from ropa.db.audit import install_audit

        self.path = path
        self.engine = engine
        # Why the file is open read-only ("file", "folder", "journal"; see
        # ropa.core.register), None when it is open for writing.
        self.read_only = read_only
        # Told while a writer waits for another program's write lock: (waited, limit) in
        # seconds; returns False to stop waiting. The window shows a progress dialog.
        self.on_lock_wait: Callable[[float, float], bool] | None = None
        self.login = default_user()
        # The name recorded in the history: the one given, else the name this login chose
        # (read when first needed), else the login itself.
        self._user = user or None
        self._writer = sessionmaker(
            bind=engine.execution_options(ropa_write=True, ropa_lock_wait=self._lock_wait),
            expire_on_commit=False,
        )
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        install_audit(self._writer)
        # The history batch of the last committed transaction, and every batch this handle
        # committed (so changes seen in the file can be told apart from other programs').
        self.last_batch: str | None = None
        self.own_batches: set[str] = set()
        self.commits = 0
        self._watch: sqlite3.Connection | None = None

    @property
    def user(self) -> str:
        """The name recorded in the history (and on published notice versions)."""
        if self._user is None:
            self._user = self._stored_user_name() or self.login
        return self._user

    @user.setter
    def user(self, name: str | None) -> None:
        """Record changes under this name from now on (None: read the setting again)."""
        self._user = name or None

    def _stored_user_name(self) -> str | None:
        from sqlalchemy.exc import SQLAlchemyError

        from ropa.db.models import Setting

        try:
            with self.reader() as session:
                row = session.get(Setting, USER_NAME_KEY.format(login=self.login))
                return row.value if row is not None and row.value else None
        except SQLAlchemyError:  # a file without settings yet
            return None

    def _lock_wait(self, waited: float, limit: float) -> bool:
        return True if self.on_lock_wait is None else self.on_lock_wait(waited, limit)

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
                uri = (
                    read_only_uri(self.path)
                    if self.read_only
                    else f"file:{urllib.parse.quote(self.path.as_posix())}?mode=ro"
                )
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
