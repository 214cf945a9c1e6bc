"""ropa's log file, for the window and the command line (no Qt here): a rotating file in the
user's data folder that only its owner may read (it names files and holds tracebacks)."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import traceback
from contextlib import suppress
from pathlib import Path

from ropa.paths import user_data_dir

LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def log_path() -> Path:
    return user_data_dir() / "logs" / "ropa.log"


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log file only its owner may read: created with mode 0600 before its first
    byte (in a 0700 folder); its copies are renamed from it."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        for old in (path, *(path.with_name(f"{path.name}.{n}") for n in range(1, LOG_BACKUPS + 1))):
            if old.exists():  # left readable by an older version
                with suppress(OSError):
                    old.chmod(0o600)
        super().__init__(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def log_exception(what: str, error: BaseException) -> Path | None:
    """Write an unexpected error's traceback (code lines and the message, no local values) to
    the log file; the file, or None when it cannot be written."""
    path = log_path()
    try:
        handler = PrivateLogFile(path)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    record = logging.LogRecord(
        "ropa", logging.ERROR, __file__, 0, "%s\n%s", (what, _traceback(error)), None
    )
    try:
        handler.emit(record)
    finally:
        handler.close()
    return path


def _traceback(error: BaseException) -> str:
    return "".join(traceback.format_exception(error)).rstrip()
