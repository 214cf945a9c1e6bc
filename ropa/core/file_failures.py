"""What can go wrong with a register file once it exists, said as messages (RopaError): a file
ropa may only read (the file, a journal file beside it, or its folder), a full disk, a write
lock held too long by another program, a damaged file (with the backup to use, when one
exists), an input/output error. RegisterFile is the open register whose sessions turn SQLite's
failures into those messages."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ropa.core import integrity
from ropa.core.errors import Phrase, ReadOnlyError, RegisterFileError
from ropa.db.session import RegisterDatabase, is_busy, lock_wait_ms
from ropa.paths import backups_dir

READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
# Less free space than this on the register's disk makes an input/output error a full disk.
NEARLY_FULL = 1024 * 1024


def _cannot_write(path: Path) -> bool:
    """Whether this program may not open path for writing (opening it changes nothing)."""
    try:
        handle = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError as exc:
        return exc.errno in READ_ONLY_ERRNOS
    os.close(handle)
    return False


def _journals(path: Path) -> list[Path]:
    return [Path(f"{path}{end}") for end in ("-wal", "-shm")]


def read_only_reason(path: Path) -> str | None:
    """Why ropa may only read the register at path: "file" (the file is read-only),
    "journal" (a journal file beside it is), "folder" (SQLite cannot create its journal
    files in the folder); None when it can be written."""
    if _cannot_write(path):
        return "file"
    if any(_cannot_write(journal) for journal in _journals(path)):
        return "journal"
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK | os.X_OK):
        return "folder"
    return None


def read_only_why(path: Path, reason: str) -> Phrase:
    """What makes the register read-only and what to do, as a message parameter."""
    if reason == "journal":
        journal = next((j for j in _journals(path) if _cannot_write(j)), _journals(path)[1])
        return Phrase("file.read_only.journal", {"journal": str(journal)})
    if reason == "folder":
        return Phrase("file.read_only.folder", {"folder": str(path.parent)})
    return Phrase("file.read_only.file")


def read_only_explanation(db: RegisterDatabase, lang: str) -> str | None:
    """Why the open register is read-only and what to do, in lang; None when writable."""
    if db.read_only is None:
        return None
    return read_only_why(Path(db.path), db.read_only).render(lang)


def latest_backup(path: Path) -> Path | None:
    """The newest backup copy of the register at path (named after it, made before an
    upgrade) in the backups folder, if any."""
    prefix = f"{path.stem}.before-"
    try:
        found = [
            entry
            for entry in backups_dir().iterdir()
            if entry.name.startswith(prefix) and entry.suffix == path.suffix and entry.is_file()
        ]
    except OSError:
        return None
    return max(found, key=lambda entry: entry.stat().st_mtime, default=None)


def damaged(
    path: Path, reason: str | None, missing: list[str] | None = None, *, in_use: bool = False
) -> RegisterFileError:
    """A damaged register, refused (in_use: met while ropa had it open, so what was being done
    was not done); the advice names the backup copy when one exists."""
    backup = latest_backup(path)
    advice = (
        Phrase("file.advice.backup", {"backup": str(backup)})
        if backup is not None
        else Phrase("file.advice.no_backup")
    )
    if missing:
        return RegisterFileError(
            "error.file.missing_tables", path=str(path), tables=", ".join(missing), advice=advice
        )
    key = "error.file.damaged_in_use" if in_use else "error.file.damaged"
    return RegisterFileError(key, path=str(path), reason=reason, advice=advice)


def failure(
    exc: BaseException, path: Path, *, writing: bool = False, in_use: bool = False
) -> RegisterFileError | None:
    """The message for an SQLite failure on the register at path (SQLAlchemy's error around
    it, or sqlite3's), or None when it is not a problem of the file (then it is a bug); in_use:
    met in a session of a register ropa opened (not while opening it)."""
    orig = getattr(exc, "orig", exc)
    name = str(getattr(orig, "sqlite_errorname", ""))
    text = str(orig).lower()
    where = str(path)
    if is_busy(orig):
        if writing:
            return RegisterFileError(
                "error.file.busy", path=where, seconds=round(lock_wait_ms() / 1000)
            )
        return RegisterFileError("error.file.locked", path=where)
    io_error = name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "disk i/o error" in text
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return RegisterFileError("error.file.disk_full", path=where)
    if name.startswith("SQLITE_") or "no such" in text:
        # Without room for its journal files SQLite fails in many ways (an input/output
        # error, even a table it cannot see): a full disk is said as such, never as damage.
        if _disk_nearly_full(path):
            return RegisterFileError("error.file.disk_full", path=where)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        reason = read_only_reason(path) or "file"
        return ReadOnlyError(path=where, why=read_only_why(path, reason))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return damaged(path, str(orig), in_use=in_use)
    if text.startswith(("no such table", "no such column")):
        return damaged(path, str(orig), in_use=in_use)
    if io_error:
        return RegisterFileError("error.file.io", path=where, reason=str(orig))
    return None


def _disk_nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent if str(path.parent) else ".").free < NEARLY_FULL
    except OSError:
        return False


class RegisterFile(RegisterDatabase):
    """A register opened by ropa.core.register.open_register: a change to a read-only one
    is refused before anything is done, and SQLite's failures (full disk, lock held too long,
    damage) come out of its sessions as messages; the transaction is rolled back."""

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        if self.read_only is not None:
            why = read_only_why(Path(self.path), self.read_only)
            raise ReadOnlyError(path=str(self.path), why=why)
        try:
            with super().transaction() as session:
                yield session
        except DBAPIError as exc:
            known = failure(exc, Path(self.path), writing=True, in_use=True)
            if known is None:
                raise
            self._forget_connections()
            raise known from exc

    def close(self) -> None:
        """Close; a register used without meeting a failure is checked then and, when whole,
        remembered (core/integrity), so that opening it again skips the check: the time is
        spent when the user is done, not when they start."""
        super().close()
        if self.read_only is None and not self._troubled:
            integrity.check_and_remember(Path(self.path))

    @contextmanager
    def reader(self) -> Iterator[Session]:
        try:
            with super().reader() as session:
                yield session
        except DBAPIError as exc:
            known = failure(exc, Path(self.path), in_use=True)
            if known is None:
                raise
            self._forget_connections()
            raise known from exc

    _troubled = False  # a failure was met: the file is checked again at its next opening

    def _forget_connections(self) -> None:
        """Open new connections next time: one that met a full disk may keep seeing the file
        as it was then (no tables at all) after space was freed."""
        self._troubled = True
        integrity.forget(Path(self.path))
        self.engine.dispose()
