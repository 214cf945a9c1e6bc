"""Every failure a user can meet with a register file is a message in their language, from the
core and from the `ropa` command (exit status 1, no traceback), and the file is left exactly as
it was: read-only file, read-only journal file, unwritable folder, full disk, write lock held
too long, damaged file (missing table, failed quick check); plus private backups and the
temporary files of a killed `init` removed on the next run."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ropa.cli import main
from ropa.core.errors import ReadOnlyError, RegisterFileError
from ropa.core.file_failures import read_only_reason
from ropa.core.register import create_register, open_register
from ropa.core.templates import add_templates
from ropa.db import migrate
from ropa.db.models import Activity, Organisation
from ropa.db.session import RegisterDatabase
from ropa.paths import backups_dir

# -- helpers ---------------------------------------------------------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@contextlib.contextmanager
def not_writable(path: Path) -> Iterator[None]:
    """Make a file or folder really unwritable for this process: permissions for a user,
    the immutable attribute for root (whom permissions do not stop)."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
    else:
        mode = stat.S_IMODE(path.stat().st_mode)
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        if path.is_dir():
            assert not os.access(path, os.W_OK)
        else:
            with pytest.raises(OSError):
                os.open(path, os.O_RDWR)
        yield
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.chmod(mode)


def new_register(path: Path, *, demo: bool = True, language: str = "fr") -> str:
    """A closed register file (its journal folded in); its SHA-256."""
    create_register(path, demo=demo, language=language).close()
    assert listing(path.parent) == [path.name]
    return digest(path)


def organisation_id(db: RegisterDatabase) -> str:
    with db.reader() as session:
        return str(session.scalars(select(Organisation.id)).first())


def add_an_activity(db: RegisterDatabase) -> None:
    org = organisation_id(db)
    with db.transaction() as session:
        add_templates(session, org, ["prospecting"], lang="fr")


def activity_count(db: RegisterDatabase) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Activity)) or 0)


def no_traceback(err: str) -> None:
    assert "Traceback" not in err
    assert "sqlite3." not in err and "sqlalchemy" not in err


# -- a read-only file ------------------------------------------------------------------------


def test_read_only_file_is_opened_read_only_leaving_no_file(tmp_path: Path) -> None:
    path = tmp_path / "firm.ropa"
    before = new_register(path)
    with not_writable(path):
        db = open_register(path)
        try:
            assert db.read_only == "file"
            count = activity_count(db)
            assert count > 0  # readable
            with pytest.raises(ReadOnlyError) as info:
                add_an_activity(db)
            assert activity_count(db) == count
            assert listing(tmp_path) == ["firm.ropa"]  # no -wal, no -shm
        finally:
            db.close()
        message = info.value.message("fr")
        assert "ouvert en lecture seule\u00a0: la modification n’a pas été enregistrée" in message
        assert "rendez-le accessible en écriture" in message
        assert "Het bestand is alleen-lezen" in info.value.message("nl")
        assert listing(tmp_path) == ["firm.ropa"]
    assert digest(path) == before
    # Writable again: nothing left behind blocks writing.
    db = open_register(path)
    try:
        assert db.read_only is None
        add_an_activity(db)
    finally:
        db.close()


def test_cli_reads_a_read_only_file_and_refuses_to_change_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "firm.ropa"
    before = new_register(path)
    with not_writable(path):
        code, out, err = run(capsys, "info", path)
        assert code == 0 and "firm.ropa" in out
        assert listing(tmp_path) == ["firm.ropa"]
        code, _out, err = run(capsys, "add-template", path, "prospecting")
        assert code == 1
        assert "est ouvert en lecture seule" in err  # the register's language
        no_traceback(err)
        assert listing(tmp_path) == ["firm.ropa"]
    assert digest(path) == before


def test_read_only_journal_left_beside_the_register_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only -shm (left by an earlier read-only opening) makes the register read-only
    with a message naming it, instead of failing on the first change."""
    path = tmp_path / "firm.ropa"
    before = new_register(path)
    with not_writable(path):  # what an older ropa did: an ordinary read of a read-only file
        connection = sqlite3.connect(path)
        connection.execute("SELECT count(*) FROM organisation").fetchone()
        connection.close()
    shm = Path(f"{path}-shm")
    assert shm.exists()
    left = listing(tmp_path)
    with not_writable(shm):
        assert read_only_reason(path) == "journal"
        code, _out, err = run(capsys, "add-template", path, "prospecting")
        assert code == 1
        assert str(shm) in err and "fichier de travail" in err
        no_traceback(err)
        assert listing(tmp_path) == left
    assert digest(path) == before


# -- an unwritable folder --------------------------------------------------------------------


def test_unwritable_folder_is_read_only_not_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "firm.ropa"
    before = new_register(path)
    with not_writable(folder):
        db = open_register(path)
        try:
            assert db.read_only == "folder"
            assert activity_count(db) > 0
            with pytest.raises(ReadOnlyError) as info:
                add_an_activity(db)
        finally:
            db.close()
        message = info.value.message("en")
        assert str(folder) in message and "cannot be written" in message
        assert "damaged" not in message and "backup" not in message
        code, _out, err = run(capsys, "add-template", path, "prospecting")
        assert code == 1
        assert "le dossier" in err and str(folder) in err and "endommagé" not in err
        no_traceback(err)
        assert listing(folder) == ["firm.ropa"]
    assert digest(path) == before


# -- a full disk -----------------------------------------------------------------------------


@contextlib.contextmanager
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a real 3 MB file system when this machine allows mounting one (root),
    else an ordinary folder."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)], capture_output=True
        ).returncode
        == 0
    )
    try:
        yield folder
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=True)


@contextlib.contextmanager
def disk_full(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fill the disk holding folder: a filler file up to the last byte on a small file
    system; on an ordinary one, SQLite's own page limit (the file may not grow: SQLite then
    fails as on a full disk, "database or disk is full")."""
    stats = os.statvfs(folder)
    if stats.f_blocks * stats.f_frsize <= 8 * 1024 * 1024:
        filler = folder / "filler"
        with filler.open("wb", buffering=0) as out, contextlib.suppress(OSError):
            while True:
                out.write(b"\0" * 4096)
        try:
            yield
        finally:
            filler.unlink()
        return
    from ropa.db import session as session_module

    real = session_module._on_connect

    def limited(connection: sqlite3.Connection, record: object) -> None:
        real(connection, record)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    with monkeypatch.context() as patch:
        patch.setattr(session_module, "_on_connect", limited)
        yield


def test_full_disk_refuses_the_change_and_keeps_the_register(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path) as folder:
        path = folder / "firm.ropa"
        before = new_register(path)
        db = open_register(path)  # open when the disk fills up
        try:
            count = activity_count(db)
            with disk_full(folder, monkeypatch), pytest.raises(RegisterFileError) as info:
                db.engine.dispose()  # new connections, under the page limit when there is one
                for _ in range(20):  # until the disk cannot take more
                    add_an_activity(db)
            assert info.value.key == "error.file.disk_full"
            saved = activity_count(db)  # what went in before the disk filled up
            assert saved >= count
        finally:
            db.close()
        message = info.value.message("fr")
        assert "est plein\u00a0: la modification n’a pas été enregistrée" in message
        assert "Libérez de la place" in message
        assert "De schijf waarop" in info.value.message("nl")
        # Nothing lost: what was saved is there, the refused change is not half there.
        db = open_register(path)
        try:
            assert activity_count(db) == saved
        finally:
            db.close()
        if saved == count:
            assert digest(path) == before

        # The command line, on a full disk: the message, exit status 1, the file unchanged.
        before = digest(path)
        with disk_full(folder, monkeypatch):
            for _ in range(20):  # until the disk cannot take more
                code, _out, err = run(capsys, "add-template", path, "prospecting", "--lang", "fr")
                if code:
                    break
                before = digest(path)
            assert code == 1
            assert "est plein\u00a0: la modification n’a pas été enregistrée" in err
            no_traceback(err)
            for end in ("-wal", "-shm"):
                Path(f"{path}{end}").unlink(missing_ok=True)
            assert digest(path) == before


# -- a write lock held by another program ----------------------------------------------------


@contextlib.contextmanager
def write_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Another connection holding the register's write lock."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield holder
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_locked_register_waits_then_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROPA_LOCK_WAIT_MS", "600")
    path = tmp_path / "firm.ropa"
    new_register(path)
    db = open_register(path)
    waits: list[tuple[float, float]] = []
    db.on_lock_wait = lambda waited, limit: waits.append((waited, limit)) or True
    try:
        count = activity_count(db)
        with write_lock(path):
            started = time.monotonic()
            with pytest.raises(RegisterFileError) as info:
                add_an_activity(db)
            took = time.monotonic() - started
        assert info.value.key == "error.file.busy"
        assert 0.5 <= took < 5
        assert waits and all(limit == pytest.approx(0.6) for _w, limit in waits)
        assert activity_count(db) == count
        message = info.value.message("fr")
        assert "Un autre programme écrit dans le registre" in message
        assert "la modification n’a pas été enregistrée" in message
        # Once the other program is done, the same change goes through.
        add_an_activity(db)
        assert activity_count(db) == count + 1
    finally:
        db.close()


def test_a_change_waiting_for_the_lock_goes_through_when_it_is_released(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROPA_LOCK_WAIT_MS", "5000")
    path = tmp_path / "firm.ropa"
    new_register(path)
    db = open_register(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")

    def waiting(waited: float, _limit: float) -> bool:
        if waited > 0.3 and holder.in_transaction:
            holder.execute("ROLLBACK")  # the other program finishes
        return True

    db.on_lock_wait = waiting
    try:
        count = activity_count(db)
        add_an_activity(db)
        assert activity_count(db) == count + 1
    finally:
        holder.close()
        db.close()


def test_cli_waits_for_the_lock_with_a_message_then_gives_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ROPA_LOCK_WAIT_MS", "600")
    path = tmp_path / "firm.ropa"
    before = new_register(path, language="nl")
    with write_lock(path):
        code, _out, err = run(capsys, "add-template", path, "prospecting")
    assert code == 1
    assert "ropa wacht tot het klaar is" in err  # said while waiting
    assert "Een ander programma schrijft al meer dan 1 s in het register" in err
    no_traceback(err)
    for end in ("-wal", "-shm"):  # what the lock holder's connection left
        Path(f"{path}{end}").unlink(missing_ok=True)
    assert digest(path) == before


# -- a damaged file --------------------------------------------------------------------------


def drop_table(path: Path, table: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(f"DROP TABLE {table}")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for end in ("-wal", "-shm"):
        Path(f"{path}{end}").unlink(missing_ok=True)


def corrupt_an_index(path: Path) -> None:
    """Damage an index b-tree page: SQLite's header stays valid, its quick check fails."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND rootpage > 1 "
        "ORDER BY rootpage DESC LIMIT 1"
    ).fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x0d\xff\xff\xff\xff\xff\xff\xff")  # a leaf page with nonsense cells


def test_missing_table_is_refused_by_open_and_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "firm.ropa"
    new_register(path)
    drop_table(path, "cookie")
    before = digest(path)
    with pytest.raises(RegisterFileError) as info:
        open_register(path)
    message = info.value.message("fr")
    assert "est endommagé\u00a0: il lui manque la ou les tables cookie" in message
    assert "ne l’a pas ouvert et ne l’a pas modifié" in message
    assert "sauvegarde" in message and "ropa n’a aucune sauvegarde de ce registre" in message
    source = tmp_path / "in.json"
    source.write_text('{"format": "ropa", "organisations": []}', encoding="utf-8")
    code, _out, err = run(capsys, "import", path, source, "--lang", "nl")
    assert code == 1
    assert "is beschadigd: het bevat de tabel(len) cookie niet" in err
    no_traceback(err)
    assert digest(path) == before
    assert listing(tmp_path) == ["firm.ropa", "in.json"]


def test_failed_quick_check_is_refused_naming_the_backup_when_there_is_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "firm.ropa"
    new_register(path)
    corrupt_an_index(path)
    before = digest(path)
    code, _out, err = run(capsys, "info", path, "--lang", "en")
    assert code == 1
    assert "is damaged" in err and "ropa did not open it and left it unchanged" in err
    assert "backups folder" not in err and "A backup of this register exists" not in err
    no_traceback(err)
    # With a backup of that register (made before an upgrade), the message names it.
    backup = migrate.backup_copy(path, "0001", backups_dir())
    code, _out, err = run(capsys, "info", path, "--lang", "en")
    assert code == 1
    assert f"A backup of this register exists: {backup}." in err
    assert digest(path) == before
    assert listing(tmp_path) == ["firm.ropa"]


# -- backups and temporary files ---------------------------------------------------------------


def test_backups_are_private_from_the_first_byte_and_named_after_the_register(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Clients 2024.ropa"
    new_register(path)
    path.chmod(0o644)
    backups = tmp_path / "backups"
    backups.mkdir(mode=0o755)
    backups.chmod(0o755)
    old = os.umask(0o022)
    try:
        first = migrate.backup_copy(path, "0001", backups)
        second = migrate.backup_copy(path, "0001", backups)
    finally:
        os.umask(old)
    assert stat.S_IMODE(backups.stat().st_mode) == 0o700
    for backup in (first, second):
        assert backup.name.startswith("Clients 2024.before-0001.")
        assert backup.suffix == ".ropa"
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert first != second  # two in the same second: both kept
    assert listing(backups) == sorted([first.name, second.name])  # no temporary file left
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # the register itself is not touched


KILLED_INIT = """
import os, signal, sys
from pathlib import Path
from ropa.core import register

real = register.load_demo

def killed(db):
    real(db)
    print("building", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)

register.load_demo = killed
register.create_register(Path(sys.argv[1]), demo=True, overwrite=True, language="fr")
"""


def test_temporary_files_of_a_killed_init_are_removed_on_the_next_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "firm.ropa"
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(KILLED_INIT), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]
    left = [name for name in listing(tmp_path) if name.startswith(".firm.ropa.")]
    assert left and any(name.endswith(".tmp") for name in left)
    assert not path.exists()
    # A temporary file of a program still running is left alone.
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    busy = tmp_path / f".firm.ropa.{sleeper.pid}.abc123.tmp"
    busy.write_bytes(b"")
    try:
        code, _out, err = run(capsys, "init", path, "--force")
        assert code == 0, err
        assert [n for n in listing(tmp_path) if n.startswith(".firm.ropa.")] == [busy.name]
    finally:
        sleeper.kill()
        sleeper.wait()
    db = open_register(path)
    try:
        assert db.read_only is None
    finally:
        db.close()


def test_no_journal_is_replayed_by_the_watch_of_a_read_only_register(tmp_path: Path) -> None:
    """The read-only register's change watch (data_version) reads without creating files."""
    path = tmp_path / "firm.ropa"
    new_register(path)
    with not_writable(path):
        db = open_register(path)
        try:
            assert db.data_version() is not None
            assert listing(tmp_path) == ["firm.ropa"]
        finally:
            db.close()
