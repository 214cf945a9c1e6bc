"""Schema migrations on open: back up the file first, refuse a newer file, upgrade to head.

Alembic is slow to import, and most opens find the file at head already: the revisions are
read from the migration scripts' `revision = "..."` lines, and alembic is imported only when
an upgrade (or its Config) is really needed.
"""

from __future__ import annotations

import ast
import os
import re
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from ropa.db.session import read_only_uri
from ropa.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# `revision = "0001"` / `down_revision: str | None = None` at the start of a line.
_ASSIGNMENT = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=\n]*)?=(?P<value>[^\n#]*)", re.MULTILINE
)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config(str(migrations_dir() / "alembic.ini"))
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("version_locations", str(migrations_dir() / "versions"))
    return config


def _script_revision(source: str) -> tuple[str, tuple[str, ...]] | None:
    """(revision, down revisions) of one migration script, read without running it."""
    found: dict[str, object] = {}
    for match in _ASSIGNMENT.finditer(source):
        try:
            found.setdefault(match["name"], ast.literal_eval(match["value"].strip()))
        except (ValueError, SyntaxError):
            return None
    revision = found.get("revision")
    if not isinstance(revision, str):
        return None
    down = found.get("down_revision")
    if down is None:
        return revision, ()
    if isinstance(down, str):
        return revision, (down,)
    if isinstance(down, tuple | list):
        return revision, tuple(str(d) for d in down)
    return None


def _scan_revisions() -> dict[str, tuple[str, ...]]:
    """Every revision of the migration scripts, with the revisions it follows."""
    revisions: dict[str, tuple[str, ...]] = {}
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        parsed = _script_revision(script.read_text(encoding="utf-8"))
        if parsed is not None:
            revisions[parsed[0]] = parsed[1]
    return revisions


def _alembic_heads() -> tuple[set[str], str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    return {rev.revision for rev in script.walk_revisions()}, head


def known_revisions() -> set[str]:
    """Every schema revision this version of ropa knows."""
    revisions = _scan_revisions()
    return set(revisions) if revisions else _alembic_heads()[0]


def head_revision() -> str:
    """The newest schema revision (what a file is upgraded to)."""
    revisions = _scan_revisions()
    followed = {down for downs in revisions.values() for down in downs}
    heads = [rev for rev in revisions if rev not in followed]
    if len(heads) == 1:
        return heads[0]
    return _alembic_heads()[1]  # no scripts to read (frozen build) or branches: ask alembic


def current_revision(engine: Engine) -> str | None:
    """The file's revision, read with a plain query on alembic_version."""
    with engine.connect() as connection:
        try:
            row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        except OperationalError as exc:
            if "no such table" in str(exc):  # a file never migrated
                return None
            raise
    return str(row[0]) if row is not None else None


def upgrade(engine: Engine) -> None:
    """Upgrade to head on one connection, in one transaction."""
    from alembic import command

    config = alembic_config()
    if engine.dialect.name != "sqlite":
        # A server (a team register, issue 19): its foreign keys hold through ALTER TABLE,
        # and DDL is transactional: the whole upgrade or nothing.
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        return
    with engine.connect() as connection:
        # A batch migration recreates a table (copy, drop, rename). With foreign keys on,
        # dropping the old table would cascade deletes into every table referring to it (an
        # organisation's activities...). SQLite ignores this pragma inside a transaction, so
        # it is set on the driver's connection before the migration's transaction begins,
        # and the references are checked before that transaction commits.
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the upgrade broke {len(broken)} references")
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def backup_copy(path: Path, revision: str | None, backups: Path) -> Path:
    """A consistent copy of the register (SQLite online backup, WAL included) in the backups
    folder, named after the register and the revision it had: `<name>.before-<revision>.
    <time><suffix>`. The folder is owner-only (0700) and the copy too (0600) from its first
    byte; it is written under a temporary name and renamed when complete."""
    old_umask = os.umask(0o077)
    try:
        backups.mkdir(parents=True, exist_ok=True)
        os.chmod(backups, 0o700)  # made 0755 by older versions
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        stem = f"{path.stem}.before-{revision or 'none'}.{stamp}"
        target = backups / f"{stem}{path.suffix}"
        count = 1
        while target.exists():  # two upgrades within a second: keep both
            count += 1
            target = backups / f"{stem}-{count}{path.suffix}"
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=backups
        )
        os.close(handle)
        temp = Path(temp_name)
        try:
            source = sqlite3.connect(read_only_uri(path), uri=True)
            try:
                dest = sqlite3.connect(temp)
                try:
                    source.backup(dest)
                finally:
                    dest.close()
            finally:
                source.close()
            os.replace(temp, target)
        except BaseException:
            for leftover in (temp, Path(f"{temp}-journal")):
                leftover.unlink(missing_ok=True)
            raise
    finally:
        os.umask(old_umask)
    return target
