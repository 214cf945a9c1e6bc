"""Creating and opening register files: signature checks, migrations, the default register."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from ropa import __version__
from ropa.core import integrity
from ropa.core.errors import RegisterFileError, RopaError, Term, os_reason
from ropa.core.file_failures import (
    RegisterFile,
    damaged,
    failure,
    read_only_reason,
    read_only_why,
)
from ropa.core.files import remove_stale_temporaries, remove_temporary, temporary_file
from ropa.core.i18n import normalise_language, system_language
from ropa.db import migrate
from ropa.db.base import Base
from ropa.db.models import Organisation, Setting
from ropa.db.session import (
    APPLICATION_ID,
    RegisterDatabase,
    lock_wait_ms,
    make_engine,
    read_application_id,
    read_only_uri,
)
from ropa.paths import backups_dir, default_register_path, resources_dir

log = logging.getLogger(__name__)


def demo_path() -> Path:
    return resources_dir() / "demo" / "demo-register.json"


def load_demo(db: RegisterDatabase) -> None:
    """Add the demo register (a fictional Belgian IT firm) to a register."""
    from ropa.exports.interchange import import_json

    import_json(db, demo_path().read_bytes(), source="demo")


DEMO_ORGANISATION_ID = "9c30c90d-d885-4ba1-b083-ed52df8271aa"
"""The demo register's organisation (resources/demo/demo-register.json)."""
DEMO_ENTERPRISE_NUMBER = "0745812313"
"""Its made-up enterprise number (digits only); it passes the mod-97 check like a real one."""


def is_demo_organisation(organisation_id: str | None, enterprise_number: str | None) -> bool:
    """Whether an organisation is still the demo's: its id and its made-up enterprise number.

    The PDF cover and the About box then say that the organisation, the people and the numbers
    are fictional. A firm that turns the demo into its own register and enters its own
    enterprise number loses the mention; an imported copy of the demo keeps it.
    """
    digits = "".join(ch for ch in enterprise_number or "" if ch.isdigit())
    return organisation_id == DEMO_ORGANISATION_ID and digits == DEMO_ENTERPRISE_NUMBER


def shows_demo(db: RegisterDatabase, organisation_id: str | None) -> bool:
    """Whether the organisation of the register is the demo's (see is_demo_organisation)."""
    if organisation_id is None:
        return False
    with db.reader() as session:
        organisation = session.get(Organisation, organisation_id)
        return organisation is not None and is_demo_organisation(
            organisation.id, organisation.enterprise_number
        )


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
        temp = temporary_file(path)  # also removes what a killed `init` left there
    except OSError as exc:
        raise RegisterFileError(
            "error.file.cannot_create", path=str(path), reason=os_reason(exc)
        ) from exc
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
        remove_temporary(temp)
        raise RegisterFileError(
            "error.file.cannot_create", path=str(path), reason=os_reason(exc)
        ) from exc
    except (sqlite3.Error, DBAPIError) as exc:  # e.g. the disk filled up
        remove_temporary(temp)
        reason = _sqlite_reason(exc, path)
        if reason is None:
            raise
        raise RegisterFileError("error.file.cannot_create", path=str(path), reason=reason) from exc
    except BaseException:
        remove_temporary(temp)
        raise
    remove_temporary(temp)  # its journal files, if any are left
    return open_register(path, user=user)


def copy_register(db: RegisterDatabase, target: Path) -> None:
    """Write a consistent copy of the register to target (SQLite online backup).

    The copy is built under a temporary name in the target's folder, owner-only from its
    first byte, switched out of WAL mode (one self-contained file) and renamed into place, so
    no half-written file is ever left. The register itself is only read.
    """
    target = Path(target)
    source = Path(db.path)
    if target.resolve() == source.resolve():
        raise RegisterFileError("error.file.copy_onto_itself", path=str(target))
    if target.is_dir():
        raise RegisterFileError("error.file.is_directory", path=str(target))
    temp: Path | None = None
    try:
        temp = temporary_file(target)
        reader = sqlite3.connect(read_only_uri(source), uri=True, timeout=lock_wait_ms() / 1000)
        try:
            writer = sqlite3.connect(temp)
            try:
                reader.backup(writer)
                writer.execute("PRAGMA journal_mode = DELETE")
            finally:
                writer.close()
        finally:
            reader.close()
        # A journal left by an older file of that name must not be replayed onto the copy.
        for stale in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as exc:
        remove_temporary(temp)
        reason = os_reason(exc) if isinstance(exc, OSError) else _sqlite_reason(exc, target)
        reason = reason or str(exc)
        raise RopaError("error.output_unwritable", path=str(target), reason=reason) from exc
    except BaseException:
        remove_temporary(temp)
        raise


def _sqlite_reason(exc: BaseException, path: Path) -> Term | str | None:
    """Why SQLite could not write a new file, as a message parameter (None: a bug)."""
    known = failure(exc, path)
    if known is None:
        return None
    if known.key == "error.file.disk_full":
        return Term("os.disk_full")
    return str(getattr(exc, "orig", exc))


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
            "error.file.unreadable", path=str(path), reason=os_reason(exc)
        ) from exc
    if app_id is None:
        raise RegisterFileError("error.file.not_sqlite", path=str(path))
    if app_id != APPLICATION_ID:
        raise RegisterFileError("error.file.not_ropa", path=str(path))


def _inspect(path: Path) -> tuple[str | None, set[str]]:
    """The file's schema revision and tables, after SQLite's quick check, read without
    writing anything to the file or its folder (see read_only_uri). Refuses a damaged file."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=lock_wait_ms() / 1000)
        try:
            found = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            tables = {str(row[0]) for row in found}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
            problems = ["ok"]
            before = integrity.fingerprint(path)
            if not integrity.was_verified(path):  # found whole before and unchanged since
                problems = [str(row[0]) for row in connection.execute("PRAGMA quick_check(3)")]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise failure(exc, path) or damaged(path, str(exc)) from exc
    if problems != ["ok"]:
        integrity.forget(path)
        raise damaged(path, " ".join(" ".join(problems).split()))
    integrity.remember_verified(path, before)
    return revision, tables


def _check_tables(path: Path, tables: set[str]) -> None:
    """Refuse a register at the current revision that lacks one of the model's tables."""
    missing = sorted(set(Base.metadata.tables) - tables)
    if missing:
        raise damaged(path, None, missing=missing)


def open_register(path: Path, *, user: str | None = None) -> RegisterDatabase:
    """Open a register, upgrading its schema (after a backup copy) when it is older.

    Everything that can refuse the file is checked before it is opened for writing, so a
    refused file is left byte-for-byte as it was: not a ropa register, too new, damaged
    (SQLite's quick check, a missing table). A file ropa cannot write (the file, a journal
    file beside it, or its folder) is opened read-only, leaving no file behind; changes are
    then refused with a message saying why and what to do (RegisterDatabase.read_only).
    """
    path = Path(path)
    check_register_file(path)
    read_only = read_only_reason(path)
    revision, tables = _inspect(path)
    if revision is None:
        raise RegisterFileError("error.file.no_schema", path=str(path))
    if revision not in migrate.known_revisions():
        raise RegisterFileError("error.file.newer", path=str(path))
    upgrade = revision != migrate.head_revision()
    if not upgrade:
        _check_tables(path, tables)
    elif read_only is not None:
        why = read_only_why(path, read_only)
        raise RegisterFileError("error.file.upgrade_read_only", path=str(path), why=why)
    else:
        remove_stale_temporaries(path.parent, path.name)
    engine = make_engine(path, readonly=read_only is not None)
    try:
        if upgrade:
            remove_stale_temporaries(backups_dir())
            migrate.backup_copy(path, revision, backups_dir())
            migrate.upgrade(engine)
            with engine.connect() as conn:
                found = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
                _check_tables(path, {str(row[0]) for row in found})
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM organisation").scalar_one()
    except (DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        raise failure(exc, path) or damaged(path, str(getattr(exc, "orig", exc))) from exc
    except OSError as exc:  # the backup copy could not be written
        engine.dispose()
        raise RegisterFileError(
            "error.file.backup_failed", path=str(path), reason=os_reason(exc)
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    if read_only is None:
        _erase_removed_documents(engine)
    return RegisterFile(path, engine, user, read_only=read_only)


def _erase_removed_documents(engine: Engine) -> None:
    """Erase the bytes of documents removed in an earlier session (kept until now so that Undo
    could put them back), overwriting their pages (secure_delete). Housekeeping: when the file
    is busy it waits for the next open, and nothing is written when nothing is unused."""
    from ropa.core.attachments import purge_unused, unused_count

    try:
        with engine.connect() as conn:
            if not unused_count(conn):
                return
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            purge_unused(conn)
        # The erased pages reach the file itself now, not at the last connection's close.
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except (DBAPIError, sqlite3.Error) as exc:
        log.info("removed documents not erased yet: %s", exc)


def open_default_register(user: str | None = None, language: str | None = None) -> RegisterDatabase:
    """The register in the user's data folder, created with the demo on first run."""
    path = default_register_path()
    if not path.exists():
        return create_register(path, demo=True, user=user, language=language)
    return open_register(path, user=user)
