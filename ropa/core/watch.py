"""Changes made to the register file by someone else (another window, another program).

`ExternalChanges.poll()` is cheap enough to call every few seconds and whenever a window gets
the focus: it asks SQLite whether the file changed (PRAGMA data_version, microseconds), and only
then reads the history written since the last look, leaving out what this handle wrote itself.
"""

from __future__ import annotations

from sqlalchemy import func, select

from ropa.core import changes as cs
from ropa.core.changes import ChangeSet
from ropa.db.models import Change
from ropa.db.session import RegisterDatabase


class ExternalChanges:
    """Watches one open register for changes that did not come through `db`'s writers."""

    def __init__(self, db: RegisterDatabase) -> None:
        self.db = db
        self._version = db.data_version()
        self._commits = db.commits
        with db.reader() as session:
            self._last_id = int(session.scalar(select(func.max(Change.id))) or 0)

    def poll(self) -> ChangeSet | None:
        """What others changed since the last poll; None when nothing did."""
        version = self.db.data_version()
        if version is None or version == self._version:
            return None
        self._version = version
        own_commits = self.db.commits != self._commits
        self._commits = self.db.commits
        with self.db.reader() as session:
            rows = session.scalars(
                select(Change).where(Change.id > self._last_id).order_by(Change.id)
            ).all()
            if rows:
                self._last_id = rows[-1].id
            foreign = [row for row in rows if row.batch not in self.db.own_batches]
            if foreign:
                return cs.from_history(session, foreign)
        if rows or own_commits:
            return None  # only our own writes
        # The file changed without history (settings, a restored copy...): read it all again.
        return cs.WHOLE
