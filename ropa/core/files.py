"""Writing files safely: private temporary names in the target's folder (removed on the next run
when a killed program left them), then an atomic rename; an OSError as a reason in words."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from ropa.core.errors import RopaError, os_reason

# A temporary file left this long is stale whoever made it (a process id may be reused).
STALE_AFTER_S = 24 * 3600
# ".<name>.<pid>.<random>.tmp", plus the journal files SQLite may add to it.
_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[A-Za-z0-9_]+\.tmp(?:-wal|-shm|-journal)?$")


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """New files owner-only (0600) from their first byte, new folders 0700."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def temporary_file(target: Path) -> Path:
    """An empty owner-only file beside target, named after it and this process, so that the
    next run can tell (remove_stale_temporaries) that a killed program left it."""
    directory = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(directory)
    with private_umask():
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=directory
        )
    os.close(handle)
    return Path(name)


def remove_temporary(temp: Path | None) -> None:
    """A temporary file and the journal files SQLite may have added to it."""
    if temp is None:
        return
    for leftover in (temp, *(Path(f"{temp}{end}") for end in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def remove_stale_temporaries(directory: Path, name: str | None = None) -> list[Path]:
    """Remove the temporary files that a killed ropa left in directory (only those made for
    a file of that name, when given): those of a process that no longer runs, or older than
    a day. Returns what was removed (nothing on error)."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TEMP.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        if name is not None and match["name"] != name:
            continue
        pid = int(match["pid"])
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER_S
        except OSError:
            continue
        if pid == os.getpid() or (not old and process_running(pid)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def process_running(pid: int) -> bool:
    """Whether a process of that id runs now (True when it cannot be told)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError as exc:
        return exc.errno == errno.EPERM  # someone else's process
    return True


def write_atomic(path: Path, data: bytes) -> None:
    """Write data to path so that readers see the old file or the whole new one, never half."""
    path = Path(path)
    try:
        temp = temporary_file(path)
    except OSError as exc:
        raise RopaError("error.output_unwritable", path=str(path), reason=os_reason(exc)) from exc
    try:
        with open(temp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        remove_temporary(temp)
        raise RopaError("error.output_unwritable", path=str(path), reason=os_reason(exc)) from exc
    except BaseException:
        remove_temporary(temp)
        raise


MAX_NAME_LENGTH = 150
# Reserved characters, C0 and C1 controls, and the bidi embeddings, overrides and isolates that
# would show the rest of a name reversed in a file manager.
_UNSAFE_IN_FILE_NAMES = re.compile(
    r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]+'
)


def safe_file_name(name: str, fallback: str = "register") -> str:
    """name made safe as a file name on Windows, macOS and Linux: no path separators, reserved
    or control characters, no leading or trailing dots and spaces, at most MAX_NAME_LENGTH."""
    cleaned = " ".join(_UNSAFE_IN_FILE_NAMES.sub(" ", name).split())
    cleaned = cleaned[:MAX_NAME_LENGTH].strip(" .")
    return cleaned or fallback


def read_input(path: Path) -> bytes:
    """A file the user gave to read (an import, a mapping); RopaError("error.input_unreadable")
    naming it and the reason when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RopaError("error.input_unreadable", path=str(path), reason=exc.strerror) from exc
