"""Which register files SQLite's quick check found whole, so that opening one again does not
read it all again (about 25 ms per 1,000 activities): the file's size, modification time and
inode as they were when the check found it whole: at an opening, or when ropa closed it after
a session without failure (checked then, so what another program did meanwhile is seen).

A file changed since by anything else (another program, a copy, a restore) no longer matches
and is checked again; so is one with a write-ahead log beside it (changes not yet in the file).
The memo is a small JSON file in the user's data folder, readable by its owner only."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from ropa.db.session import read_only_uri
from ropa.paths import user_data_dir

KEPT = 50  # files remembered (the most recent)


def memo_path() -> Path:
    return user_data_dir() / "cache" / "verified.json"


def _key(path: Path) -> str:
    return str(Path(path).resolve())


def fingerprint(path: Path) -> list[int] | None:
    """The file as it is now, or None when there is a write-ahead log with changes beside it
    (or the file cannot be read): such a file must be checked."""
    try:
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        stat = Path(path).stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def _read() -> dict[str, list[int]]:
    try:
        data = json.loads(memo_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def was_verified(path: Path) -> bool:
    """True when the file is exactly as it was when last found whole."""
    now = fingerprint(path)
    return now is not None and _read().get(_key(path)) == now


def quick_check(path: Path) -> list[str]:
    """SQLite's quick check of the file, read-only: ["ok"], or what it found wrong."""
    connection = sqlite3.connect(read_only_uri(Path(path)), uri=True)  # creates no file
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA quick_check(3)")]
    finally:
        connection.close()


def check_and_remember(path: Path) -> None:
    """After ropa closed the file: check it, and remember it when whole and unchanged during
    the check (what another program did to it while ropa had it open is checked too)."""
    before = fingerprint(path)
    if before is None:
        return
    try:
        whole = quick_check(path) == ["ok"]
    except sqlite3.Error:
        whole = False
    if whole:
        remember_verified(path, before)
    else:
        forget(path)


def remember_verified(path: Path, checked: list[int] | None) -> None:
    """Record the file as whole, as `checked` (its fingerprint taken before the check found it
    whole), when it is still so (nothing happens when that cannot be written: the file is then
    checked again next time)."""
    now = fingerprint(path)
    if now is None or now != checked:
        return
    data = _read()
    data.pop(_key(path), None)
    data[_key(path)] = now
    _write(dict(list(data.items())[-KEPT:]))


def forget(path: Path) -> None:
    """Check the file again next time (e.g. after ropa met a failure in it)."""
    data = _read()
    if data.pop(_key(path), None) is not None:
        _write(data)


def _write(data: dict[str, list[int]]) -> None:
    """The memo, written whole (under another name, then renamed) and private."""
    target = memo_path()
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(temporary, target)
    except OSError:
        return
