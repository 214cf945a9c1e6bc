"""Schema migrations on open: back up the file first, refuse a newer file, upgrade to head."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from ropa.paths import migrations_dir


def alembic_config() -> Config:
    config = Config(str(migrations_dir() / "alembic.ini"))
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("version_locations", str(migrations_dir() / "versions"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Upgrade to head on one connection, in one transaction."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def backup_copy(path: Path, revision: str | None, backups: Path) -> Path:
    """A consistent copy of the register (SQLite online backup, WAL included)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"{path.stem}.before-{revision or 'none'}.{stamp}{path.suffix}"
    source = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    shutil.copymode(path, target)
    return target
