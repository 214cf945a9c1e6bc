"""Creating and opening register files: signature checks, migrations, the default register."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import urllib.parse
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, OperationalError

from ropa import __version__
from ropa.core.errors import RegisterFileError, RopaError
from ropa.core.i18n import normalise_language, system_language
from ropa.db import migrate
from ropa.db.models import Setting
from ropa.db.session import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    RegisterDatabase,
    make_engine,
    read_application_id,
)
from ropa.paths import backups_dir, default_register_path, resources_dir


def _private_umask() -> contextlib.AbstractContextManager[None]:
    @contextlib.contextmanager
    def manager():  # type: ignore[no-untyped-def]
        old = os.umask(0o077)
        try:
            yield
        finally:
            os.umask(old)

    return manager()


def demo_path() -> Path:
    return resources_dir() / "demo" / "demo-register.json"


def load_demo(db: RegisterDatabase) -> None:
    """Add the demo register (a fictional Belgian IT firm) to a register."""
    from ropa.exports.interchange import import_json

    import_json(db, demo_path().read_bytes(), source="demo")


def create_register(
    path: Path,
    *,
    demo: bool = False,
    user: str | None = None,
    overwrite: bool = False,
    language: str | None = None,
    organisation: dict[str, Any] | None = None,
) -> RegisterDatabase:
    """Create a new register file (owner-only permissions): empty, with the demo register, or
    with the organisation these values describe (its catalogues seeded; e.g. from the
    first-run wizard). The file is built under a temporary name and renamed into place when
    complete: an organisation the services refuse leaves no file behind.
    """
    path = Path(path)
    if path.is_dir():
        raise RegisterFileError("error.file.is_directory", path=str(path))
    if path.exists() and not overwrite:
        raise RegisterFileError("error.file.exists", path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _private_umask():
            handle, temp_name = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
            )
    except OSError as exc:
        raise RegisterFileError(
            "error.file.cannot_create", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        connection = sqlite3.connect(temp)
        try:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.commit()
        finally:
            connection.close()
        engine = make_engine(temp)
        try:
            migrate.upgrade(engine)
            db = RegisterDatabase(temp, engine, user)
            with db.transaction() as session:
                session.add(Setting(key="created_by", value=f"ropa {__version__}"))
            with db.transaction() as session:
                session.add(
                    Setting(key="language", value=normalise_language(language or system_language()))
                )
            if demo:
                load_demo(db)
            if organisation is not None:
                from ropa.core.services import create_organisation

                with db.transaction() as session:
                    create_organisation(session, organisation)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        # The replaced file's journal must not be replayed onto the new file.
        for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(temp, path)
    except OSError as exc:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)
        raise RegisterFileError(
            "error.file.cannot_create", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    except BaseException:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    for leftover in (Path(f"{temp}-wal"), Path(f"{temp}-shm")):
        leftover.unlink(missing_ok=True)
    return open_register(path, user=user)


def copy_register(db: RegisterDatabase, target: Path) -> None:
    """Write a consistent copy of the register to target (SQLite online backup).

    The copy is built under a temporary name in the target's folder, switched out of WAL mode
    (one self-contained file), made owner-only and renamed into place, so no half-written file
    is ever left. The register itself is only read.
    """
    target = Path(target)
    source = Path(db.path)
    if target.resolve() == source.resolve():
        raise RegisterFileError("error.file.copy_onto_itself", path=str(target))
    if target.is_dir():
        raise RegisterFileError("error.file.is_directory", path=str(target))
    temp: Path | None = None
    try:
        with _private_umask():
            handle, temp_name = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
            )
        os.close(handle)
        temp = Path(temp_name)
        uri = f"file:{urllib.parse.quote(source.as_posix())}?mode=ro"
        reader = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            writer = sqlite3.connect(temp)
            try:
                reader.backup(writer)
                writer.execute("PRAGMA journal_mode = DELETE")
            finally:
                writer.close()
        finally:
            reader.close()
        os.chmod(temp, 0o600)
        # A journal left by an older file of that name must not be replayed onto the copy.
        for stale in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as exc:
        _remove_leftovers(temp)
        reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
        raise RopaError("error.output_unwritable", path=str(target), reason=reason) from exc
    except BaseException:
        _remove_leftovers(temp)
        raise


def _remove_leftovers(temp: Path | None) -> None:
    if temp is not None:
        for leftover in (temp, Path(f"{temp}-journal"), Path(f"{temp}-wal")):
            leftover.unlink(missing_ok=True)


def check_register_file(path: Path) -> None:
    """Refuse, with a clear message, a file that is not a ropa register."""
    if not path.exists():
        raise RegisterFileError("error.file.missing", path=str(path))
    if path.is_dir():
        raise RegisterFileError("error.file.is_directory", path=str(path))
    try:
        app_id = read_application_id(path)
    except OSError as exc:
        raise RegisterFileError(
            "error.file.unreadable", path=str(path), reason=exc.strerror
        ) from exc
    if app_id is None:
        raise RegisterFileError("error.file.not_sqlite", path=str(path))
    if app_id != APPLICATION_ID:
        raise RegisterFileError("error.file.not_ropa", path=str(path))


def _peek_revision(path: Path) -> str | None:
    """The file's schema revision, read without writing anything to the file or its folder.

    When no write-ahead log exists, no connection has the file open, and an immutable read
    creates no journal files. Otherwise the journal is there already and a read-only
    connection uses it. (Never delete journal files here: another process may be using them.)
    """
    query = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    uri = f"file:{urllib.parse.quote(path.as_posix())}?{query}"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        if "locked" in str(exc).lower():
            raise RegisterFileError("error.file.locked", path=str(path)) from exc
        raise RegisterFileError("error.file.damaged", path=str(path), reason=str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise RegisterFileError("error.file.damaged", path=str(path), reason=str(exc)) from exc
    return str(row[0]) if row else None


def open_register(path: Path, *, user: str | None = None) -> RegisterDatabase:
    """Open a register, upgrading its schema (after a backup copy) when it is older.

    Everything that can refuse the file is checked before it is opened for writing, so a
    refused file is left byte-for-byte as it was.
    """
    path = Path(path)
    check_register_file(path)
    revision = _peek_revision(path)
    if revision is None:
        raise RegisterFileError("error.file.no_schema", path=str(path))
    if revision not in migrate.known_revisions():
        raise RegisterFileError("error.file.newer", path=str(path))
    engine = make_engine(path)
    try:
        if revision != migrate.head_revision():
            migrate.backup_copy(path, revision, backups_dir())
            migrate.upgrade(engine)
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM organisation")).scalar_one()
    except OperationalError as exc:
        engine.dispose()
        if "locked" in str(exc).lower():
            raise RegisterFileError("error.file.locked", path=str(path)) from exc
        raise RegisterFileError("error.file.damaged", path=str(path), reason=str(exc.orig)) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise RegisterFileError("error.file.damaged", path=str(path), reason=str(exc.orig)) from exc
    except BaseException:
        engine.dispose()
        raise
    return RegisterDatabase(path, engine, user)


def open_default_register(user: str | None = None, language: str | None = None) -> RegisterDatabase:
    """The register in the user's data folder, created with the demo on first run."""
    path = default_register_path()
    if not path.exists():
        return create_register(path, demo=True, user=user, language=language)
    return open_register(path, user=user)
