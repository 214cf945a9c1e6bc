"""A throw-away PostgreSQL server for the tests of team registers (issue 19): a cluster in a
temporary folder, reached on a Unix socket only (no TCP port), trust authentication, fsync off;
started once per test session when a test asks for it, stopped and removed at the end. Each
test gets a database of its own.

ROPA_TEST_PG_URL (a SQLAlchemy URL of a server the tests may create databases on) is used
instead when set. Run as root (a CI container), the server runs as the "postgres" user:
initdb refuses root. PostgreSQL's programs are looked for where Debian installs them
(.ci/system-packages installs them), then on PATH; when they are missing the tests that need
them fail saying so, they are not skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

USER = "ropa"


def _bindir() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parts)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb is None:
        raise RuntimeError(
            "PostgreSQL is not installed (no initdb): run .ci/system-packages, which installs "
            "the Debian packages postgresql and libpq5"
        )
    return Path(initdb).parent


class Cluster:
    """A server started in its own folder; `url` names its maintenance database."""

    def __init__(self) -> None:
        self.bindir = _bindir()
        self.folder = Path(tempfile.mkdtemp(prefix="ropa-pg-"))
        self.as_owner: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
            self.as_owner = ["runuser", "-u", "postgres", "--"]
        data = self.folder / "data"
        self._run(
            "initdb", "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8",
        )  # fmt: skip
        options = (
            f"-k {self.folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=100"
        )
        self._run(
            "pg_ctl", "-D", str(data), "-l", str(self.folder / "server.log"), "-w", "-o",
            options, "start",
        )  # fmt: skip
        self.url = f"postgresql+psycopg://{USER}@/postgres?host={self.folder}"

    def _run(self, program: str, *args: str) -> None:
        command = [*self.as_owner, str(self.bindir / program), *args]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed: {done.stdout}{done.stderr}")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def server() -> Iterator[str]:
    """The URL of a maintenance database on a server the tests may create databases on."""
    given = os.environ.get("ROPA_TEST_PG_URL")
    if given:
        yield given
        return
    cluster = Cluster()
    try:
        yield cluster.url
    finally:
        cluster.stop()


@contextmanager
def new_database(server_url: str) -> Iterator[Engine]:
    """An engine on a new, empty database of the server, dropped afterwards."""
    name = f"ropa_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" LC_COLLATE "C" TEMPLATE template0'))
        engine = create_engine(make_url(server_url).set(database=name))
        try:
            yield engine
        finally:
            engine.dispose()
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
