"""Register files: creation, schema, refusing what is not a register, migrations, concurrency."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm.exc import StaleDataError

import ropa.db.models  # noqa: F401 - registers every table on Base.metadata
from ropa.core.errors import RegisterFileError, RopaError, ValidationError
from ropa.core.register import copy_register, create_register, open_register
from ropa.db import migrate
from ropa.db.base import Base
from ropa.db.enums import ChangeAction
from ropa.db.models import Change, Organisation
from ropa.db.session import APPLICATION_ID, RegisterDatabase
from ropa.exports.interchange import export_json
from ropa.paths import backups_dir, migrations_dir

SUBPROCESS_TIMEOUT = 120


# -- helpers ---------------------------------------------------------------------------------


def _pragma(path: Path, name: str) -> object:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        connection.close()


def _listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def _count_orgs(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM organisation").fetchone()[0])
    finally:
        connection.close()


def _add_orgs(db: object, *names: str) -> list[str]:
    ids = []
    with db.transaction() as session:  # type: ignore[attr-defined]
        for name in names:
            org = Organisation(legal_name=name, country="BE")
            session.add(org)
            session.flush()
            ids.append(org.id)
    return ids


def _run(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _assert_refused(path: Path, *, expect: str | None = None) -> RegisterFileError:
    """open_register(path) raises a RegisterFileError naming the file and changes nothing."""
    folder = path.parent
    before_listing = _listing(folder)
    before_bytes = path.read_bytes() if path.is_file() else None
    with pytest.raises(RegisterFileError) as info:
        open_register(path)
    error = info.value
    message = error.message("en")
    assert str(path) in message
    assert str(path) in str(error)
    if expect is not None:
        assert expect in message
    # No -wal/-shm or any other file left behind, and the file itself is untouched.
    assert _listing(folder) == before_listing
    if before_bytes is None:
        assert not path.is_file()
    else:
        assert path.read_bytes() == before_bytes
    return error


# -- create_register -------------------------------------------------------------------------


def test_create_register_file_properties(tmp_path: Path) -> None:
    folder = tmp_path / "registers"
    path = folder / "firm.ropa"
    db = create_register(path, language="en")
    try:
        assert path.is_file()
        assert _pragma(path, "application_id") == APPLICATION_ID == 0x524F5041
        assert _pragma(path, "journal_mode") == "wal"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        # While open: only the register and SQLite's own WAL files, all owner-only.
        names = set(_listing(folder))
        assert names <= {"firm.ropa", "firm.ropa-wal", "firm.ropa-shm"}, names
        for name in names:
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
        with db.transaction() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        with db.reader() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.scalar(select(func.count()).select_from(Organisation)) == 0
        assert migrate.current_revision(db.engine) == migrate.head_revision()
    finally:
        db.close()
    assert _listing(folder) == ["firm.ropa"]


def test_create_register_permissions_do_not_depend_on_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        db = create_register(tmp_path / "open.ropa", language="en")
        db.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "open.ropa").stat().st_mode) == 0o600


def test_create_register_refuses_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "firm.ropa"
    db = create_register(path, language="en")
    _add_orgs(db, "Kept SA")
    db.close()
    before = path.read_bytes()
    with pytest.raises(RegisterFileError) as info:
        create_register(path, language="en")
    assert str(path) in info.value.message()
    assert "already exists" in info.value.message("en")
    assert path.read_bytes() == before
    assert _listing(tmp_path) == ["firm.ropa"]

    other = tmp_path / "notes.txt"
    other.write_text("not mine", encoding="utf-8")
    with pytest.raises(RegisterFileError):
        create_register(other)
    assert other.read_text(encoding="utf-8") == "not mine"


def test_create_register_overwrite_gives_a_new_empty_register(tmp_path: Path) -> None:
    path = tmp_path / "firm.ropa"
    db = create_register(path, language="en")
    _add_orgs(db, "Old SA")
    db.close()
    db = create_register(path, overwrite=True, language="en")
    try:
        with db.reader() as session:
            assert session.scalar(select(func.count()).select_from(Organisation)) == 0
    finally:
        db.close()
    assert _listing(tmp_path) == ["firm.ropa"]


def test_create_register_overwrite_ignores_stale_wal_of_replaced_file(tmp_path: Path) -> None:
    """A killed program leaves its committed changes in firm.ropa-wal; a new file replacing
    firm.ropa must not pick up those pages (SQLite would replay them onto the new file)."""
    path = tmp_path / "firm.ropa"
    create_register(path, language="en").close()
    proc = _run(
        """
        import sys, time
        from ropa.core.register import open_register
        from ropa.db.models import Organisation
        db = open_register(sys.argv[1])
        with db.transaction() as session:
            for i in range(50):
                session.add(Organisation(legal_name=f"Old {i}", country="BE"))
        print("saved", flush=True)
        time.sleep(120)
        """,
        str(path),
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "saved"
    finally:
        proc.kill()
        proc.communicate(timeout=SUBPROCESS_TIMEOUT)
    assert (tmp_path / "firm.ropa-wal").exists()  # the old file's committed, uncheckpointed WAL

    db = create_register(path, overwrite=True, language="en")
    try:
        with db.reader() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            count = session.scalar(select(func.count()).select_from(Organisation))
        assert count == 0, f"the new register holds {count} organisations of the replaced file"
    finally:
        db.close()


def test_create_register_overwrite_refuses_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder.ropa"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(RegisterFileError) as info:
        create_register(folder, overwrite=True, language="en")
    assert str(folder) in info.value.message()
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "keep"
    assert _listing(tmp_path) == ["folder.ropa"]


def test_create_register_failure_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad_demo = tmp_path / "demo" / "bad.json"
    bad_demo.parent.mkdir()
    bad_demo.write_text('{"format": "ropa-register", ', encoding="utf-8")
    monkeypatch.setattr("ropa.core.register.demo_path", lambda: bad_demo)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError):
        create_register(folder / "demo.ropa", demo=True, language="en")
    assert _listing(folder) == []


def test_create_register_with_an_organisation_seeds_its_catalogues(tmp_path: Path) -> None:
    values = {"legal_name": "Octet SRL", "country": "FR", "language": "fr"}
    db = create_register(tmp_path / "octet.ropa", organisation=values)
    try:
        with db.reader() as session:
            org = session.scalars(select(Organisation)).one()
            assert org.legal_name == "Octet SRL"
            assert len(org.data_categories) > 5
            names = {c.name for c in org.data_categories}
            assert "État civil et identité" in names  # seeded in the organisation's language
    finally:
        db.close()


def test_create_register_with_a_refused_organisation_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError) as caught:
        create_register(folder / "bad.ropa", organisation={"legal_name": "", "country": "BE"})
    assert any(problem.path == "legal_name" for problem in caught.value.problems)
    assert _listing(folder) == []


# -- schema ----------------------------------------------------------------------------------


def test_upgrade_to_head_matches_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{(tmp_path / 'schema.db').as_posix()}")
    try:
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        engine.dispose()


def test_every_model_table_is_created(empty_register: object) -> None:
    with empty_register.engine.connect() as connection:  # type: ignore[attr-defined]
        tables = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


# -- refusing files --------------------------------------------------------------------------


def test_open_refuses_missing_file(tmp_path: Path) -> None:
    _assert_refused(tmp_path / "nowhere.ropa", expect="does not exist")
    assert _listing(tmp_path) == []


def test_open_refuses_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder.ropa"
    folder.mkdir()
    _assert_refused(folder, expect="folder")
    assert _listing(folder) == []


def test_open_refuses_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.ropa"
    path.write_text("Dear diary,\n" * 200, encoding="utf-8")
    _assert_refused(path, expect="not a database")


def test_open_refuses_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.ropa"
    path.write_bytes(b"")
    _assert_refused(path)
    assert path.read_bytes() == b""


def test_open_refuses_truncated_register(tmp_path: Path) -> None:
    source = tmp_path / "full.ropa"
    db = create_register(source, language="en")
    _add_orgs(db, *(f"Org {i}" for i in range(30)))
    db.close()
    path = tmp_path / "cut.ropa"
    path.write_bytes(source.read_bytes()[:4096])
    _assert_refused(path, expect="damaged")


def test_open_refuses_other_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.ropa"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO customer (name) VALUES ('Jan')")
    connection.commit()
    connection.close()
    _assert_refused(path, expect="not a ropa register")


def test_open_refuses_register_from_newer_ropa(tmp_path: Path) -> None:
    path = tmp_path / "future.ropa"
    db = create_register(path, language="en")
    _add_orgs(db, "Future SA")
    db.close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    assert _listing(tmp_path) == ["future.ropa"]
    _assert_refused(path, expect="newer")
    # No backup was made of a file that was not touched.
    assert not backups_dir().exists() or _listing(backups_dir()) == []
    assert _pragma(path, "application_id") == APPLICATION_ID


def test_open_refuses_marked_file_without_register_data(tmp_path: Path) -> None:
    """A file carrying ropa's application_id but no schema: refused, and left as it was
    (including its journal mode: switching it to WAL rewrites the header)."""
    path = tmp_path / "marked.ropa"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("CREATE TABLE scratch (a)")
    connection.commit()
    connection.close()
    _assert_refused(path, expect="holds no register data")


# -- migrations and backups ------------------------------------------------------------------


def test_backup_copy_is_a_consistent_copy(tmp_path: Path) -> None:
    path = tmp_path / "firm.ropa"
    db = create_register(path, language="en")
    try:
        ids = _add_orgs(db, "Alpha", "Beta", "Gamma")
        # Committed rows still in the WAL (db is open) must be in the copy too.
        target = migrate.backup_copy(path, "0001", tmp_path / "backups")
    finally:
        db.close()
    assert target.parent == tmp_path / "backups"
    assert target.name.startswith("firm.before-0001.")
    assert target.suffix == ".ropa"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _pragma(target, "application_id") == APPLICATION_ID
    assert _pragma(target, "integrity_check") == "ok"
    copy = open_register(target)
    try:
        with copy.reader() as session:
            assert sorted(session.scalars(select(Organisation.id))) == sorted(ids)
            assert sorted(session.scalars(select(Organisation.legal_name))) == [
                "Alpha",
                "Beta",
                "Gamma",
            ]
            assert session.scalar(select(func.count()).select_from(Change)) == 3
    finally:
        copy.close()


def test_open_at_head_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "firm.ropa"
    db = create_register(path, language="en")
    _add_orgs(db, "Alpha")
    db.close()
    for _ in range(2):
        open_register(path).close()
    assert not backups_dir().exists() or _listing(backups_dir()) == []


NEXT_REVISION = '''
"""test: a later schema revision"""
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_marker", sa.Column("id", sa.Integer(), primary_key=True))
    {fail}


def downgrade() -> None:
    op.drop_table("test_marker")
'''


def _migrations_with_next_revision(tmp_path: Path, *, fail: bool) -> Path:
    """A copy of ropa's migrations with one more (real) revision after the current head."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    body = NEXT_REVISION.format(
        head=migrate.head_revision(),
        fail='raise RuntimeError("migration failed")' if fail else "",
    )
    (folder / "versions" / "29991231_0002_test.py").write_text(body, encoding="utf-8")
    return folder


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    finally:
        connection.close()


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_older_register_is_backed_up_then_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "firm.ropa"
    db = create_register(path, language="en")
    ids = _add_orgs(db, "Alpha", "Beta")
    db.close()
    old_head = migrate.head_revision()
    folder = _migrations_with_next_revision(tmp_path, fail=False)
    monkeypatch.setattr(migrate, "migrations_dir", lambda: folder)
    assert migrate.head_revision() == "0002_test"

    db = open_register(path)
    try:
        assert migrate.current_revision(db.engine) == "0002_test"
        with db.reader() as session:
            assert sorted(session.scalars(select(Organisation.id))) == sorted(ids)
    finally:
        db.close()
    assert "test_marker" in _tables(path)

    backups = _listing(backups_dir())
    assert len(backups) == 1, backups
    backup = backups_dir() / backups[0]
    assert backup.name.startswith(f"firm.before-{old_head}.")
    # The backup is the file as it was before the migration.
    assert _revision(backup) == old_head
    assert "test_marker" not in _tables(backup)
    assert _count_orgs(backup) == 2
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600

    # Now at head: opening again makes no further backup.
    open_register(path).close()
    assert len(_listing(backups_dir())) == 1


def test_failed_migration_leaves_the_register_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "firm.ropa"
    db = create_register(path, language="en")
    _add_orgs(db, "Alpha")
    db.close()
    old_head = migrate.head_revision()
    folder = _migrations_with_next_revision(tmp_path, fail=True)
    monkeypatch.setattr(migrate, "migrations_dir", lambda: folder)
    with pytest.raises(Exception, match="migration failed"):
        open_register(path)
    assert _revision(path) == old_head
    assert "test_marker" not in _tables(path)
    assert _count_orgs(path) == 1
    assert len(_listing(backups_dir())) == 1
    assert _listing(tmp_path) == ["firm.ropa", "migrations"]


# -- concurrency and durability --------------------------------------------------------------


def _check_all_saved(path: Path, names: set[str]) -> None:
    db = open_register(path)
    try:
        with db.reader() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            rows = session.execute(select(Organisation.id, Organisation.legal_name)).all()
            assert {name for _id, name in rows} == names
            assert len(rows) == len(names)
            created = set(
                session.scalars(
                    select(Change.entity_id).where(
                        Change.entity_type == "organisation",
                        Change.action == ChangeAction.CREATE,
                    )
                )
            )
            assert {org_id for org_id, _name in rows} <= created
    finally:
        db.close()


def test_two_connections_in_threads_never_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "shared.ropa"
    create_register(path, language="en").close()
    first, second = open_register(path, user="one"), open_register(path, user="two")
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def write(db: object, prefix: str) -> None:
        try:
            start.wait()
            for i in range(200):
                with db.transaction() as session:  # type: ignore[attr-defined]
                    session.add(Organisation(legal_name=f"{prefix} {i}", country="BE"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(first, "T1")),
        threading.Thread(target=write, args=(second, "T2")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=SUBPROCESS_TIMEOUT)
    first.close()
    second.close()
    assert not errors, errors
    _check_all_saved(path, {f"T{t} {i}" for t in (1, 2) for i in range(200)})


WRITER = """
import sys
from ropa.core.register import open_register
from ropa.db.models import Organisation
path, prefix = sys.argv[1], sys.argv[2]
db = open_register(path, user=prefix)
print("ready", flush=True)
sys.stdin.readline()
for i in range(200):
    with db.transaction() as session:
        session.add(Organisation(legal_name=f"{prefix} {i}", country="BE"))
db.close()
print("done", flush=True)
"""


def test_two_processes_writing_at_once_never_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "shared.ropa"
    create_register(path, language="en").close()
    procs = [_run(WRITER, str(path), prefix) for prefix in ("P1", "P2")]
    try:
        for proc in procs:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "ready"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = [proc.communicate(timeout=SUBPROCESS_TIMEOUT) for proc in procs]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == "done"
    _check_all_saved(path, {f"P{p} {i}" for p in (1, 2) for i in range(200)})
    assert _listing(tmp_path) == ["shared.ropa"]


def test_killed_process_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "firm.ropa"
    create_register(path, language="en").close()
    proc = _run(
        """
        import sys, time
        from ropa.core.register import open_register
        from ropa.db.models import Organisation
        db = open_register(sys.argv[1], user="victim")
        with db.transaction() as session:
            session.add(Organisation(legal_name="Committed SA", country="BE"))
        print("saved", flush=True)
        with db.transaction() as session:
            session.add(Organisation(legal_name="Uncommitted SA", country="BE"))
            session.flush()
            print("flushed", flush=True)
            time.sleep(120)
        """,
        str(path),
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "saved"
        assert proc.stdout.readline().strip() == "flushed"
    finally:
        proc.kill()  # SIGKILL: no cleanup, no checkpoint
        proc.communicate(timeout=SUBPROCESS_TIMEOUT)
    assert proc.returncode != 0
    _check_all_saved(path, {"Committed SA"})
    db = open_register(path)
    try:
        with db.reader() as session:
            users = set(session.scalars(select(Change.user)))
        assert users == {"victim"}
    finally:
        db.close()


# -- optimistic locking ----------------------------------------------------------------------


def test_stale_copy_cannot_overwrite_a_newer_version(empty_register: object) -> None:
    db = empty_register
    [org_id] = _add_orgs(db, "Acme")
    with db.reader() as session:  # type: ignore[attr-defined]
        stale = session.get(Organisation, org_id)
    assert stale is not None and stale.version == 1

    with db.transaction() as session:  # type: ignore[attr-defined]
        fresh = session.get(Organisation, org_id)
        fresh.city = "Gent"
    assert fresh.version == 2

    with pytest.raises(StaleDataError):
        with db.transaction() as session:  # type: ignore[attr-defined]
            session.add(stale)
            stale.city = "Liège"
            session.flush()

    with db.reader() as session:  # type: ignore[attr-defined]
        org = session.get(Organisation, org_id)
        assert (org.city, org.version) == ("Gent", 2)
        values = list(session.scalars(select(Change.new_value).where(Change.field == "city")))
        assert values == ["Gent"]


def test_stale_copy_from_another_connection(tmp_path: Path) -> None:
    path = tmp_path / "firm.ropa"
    create_register(path, language="en").close()
    first, second = open_register(path, user="one"), open_register(path, user="two")
    try:
        [org_id] = _add_orgs(first, "Acme")
        with first.reader() as session:
            stale = session.get(Organisation, org_id)
        with second.transaction() as session:
            session.get(Organisation, org_id).legal_name = "Acme NV"
        with pytest.raises(StaleDataError):
            with first.transaction() as session:
                session.add(stale)
                stale.legal_name = "Acme SA"
        with first.reader() as session:
            assert session.get(Organisation, org_id).legal_name == "Acme NV"
    finally:
        first.close()
        second.close()


# -- copies ----------------------------------------------------------------------------------


def test_copy_register_is_a_complete_private_register(
    demo_register: RegisterDatabase, tmp_path: Path
) -> None:
    with demo_register.transaction() as session:  # a change still in the write-ahead log
        organisation = session.scalars(select(Organisation)).first()
        assert organisation is not None
        organisation.legal_name = "Copied SRL"
    target = tmp_path / "copies" / "copy.ropa"
    target.parent.mkdir()
    copy_register(demo_register, target)

    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _pragma(target, "journal_mode") == "delete"
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.ropa"]
    copy = open_register(target)
    try:
        assert export_json(copy) == export_json(demo_register)
        assert "Copied SRL" in export_json(copy)
    finally:
        copy.close()


def test_copy_register_replaces_an_older_copy(
    demo_register: RegisterDatabase, tmp_path: Path
) -> None:
    target = tmp_path / "copy.ropa"
    target.write_bytes(b"an older file")
    copy_register(demo_register, target)
    copy = open_register(target)
    try:
        assert export_json(copy) == export_json(demo_register)
    finally:
        copy.close()


def test_copy_register_refuses_the_register_itself(demo_register: RegisterDatabase) -> None:
    before = export_json(demo_register)
    with pytest.raises(RegisterFileError):
        copy_register(demo_register, demo_register.path)
    with pytest.raises(RegisterFileError):
        copy_register(demo_register, demo_register.path.parent / "." / demo_register.path.name)
    assert export_json(demo_register) == before
    assert not list(demo_register.path.parent.glob(".*.tmp"))


def test_copy_register_into_a_missing_folder_says_where(
    demo_register: RegisterDatabase, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "copy.ropa"
    with pytest.raises(RopaError) as caught:
        copy_register(demo_register, target)
    assert caught.value.key == "error.output_unwritable"
    assert str(target) in caught.value.message("en")
    assert not target.exists()


def test_revisions_read_from_the_scripts_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_opening_a_register_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    """Alembic is slow to import: a file already at head is opened without it."""
    path = tmp_path / "firm.ropa"
    create_register(path, language="en").close()
    code = textwrap.dedent(
        f"""
        import sys
        from ropa.core.register import open_register
        open_register({str(path)!r}).close()
        print(sorted(name for name in sys.modules if name.split(".")[0] == "alembic"))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
