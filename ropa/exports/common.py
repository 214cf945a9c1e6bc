"""What every document exporter and importer shares: progress and cancel, which organisation a
document is about, and the change preview of an import.

No PySide6 here: the desktop application runs exports in a worker thread and passes a progress
callback; the command line passes none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core.errors import RopaError
from ropa.db.models import Organisation

Progress = Callable[[int, int], None]
"""progress(done, total): called now and then by a long export or import. It may raise
Cancelled to stop the work; nothing is written then."""


class Cancelled(RopaError):
    """The user cancelled a long export or import; no file was written, nothing was changed."""

    key = "error.cancelled"


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def resolve_organisation(session: Session, organisation_id: str | None) -> str:
    """The organisation a document is about: the one given, or the only one of the file.

    A file with no organisation, an unknown id, or several organisations and none chosen are
    refused with a message saying what to do.
    """
    rows = session.execute(
        select(Organisation.id, Organisation.legal_name).order_by(Organisation.created_at)
    ).all()
    if organisation_id is not None:
        if any(row.id == organisation_id for row in rows):
            return organisation_id
        raise RopaError("error.organisation_unknown", id=organisation_id)
    if not rows:
        raise RopaError("error.no_organisation")
    if len(rows) > 1:
        choices = "; ".join(f"{row.legal_name} [{row.id}]" for row in rows)
        raise RopaError("error.organisation_choose", choices=choices)
    return str(rows[0].id)


# -- the change preview of an import ---------------------------------------------------------

ChangeKind = Literal["added", "changed", "removed"]


@dataclass(frozen=True)
class FieldChange:
    """One cell that differs: the column's title (in the document's language), old and new
    values as the user sees them in the workbook."""

    column: str
    old: str
    new: str


@dataclass(frozen=True)
class RowChange:
    """One entity added, changed or removed. `label` names it as a person would (a reference
    and a name, a party's name...). `row` is its row in the imported sheet (None for a removed
    row, which is no longer there)."""

    kind: ChangeKind
    label: str
    row: int | None = None
    fields: tuple[FieldChange, ...] = ()


@dataclass
class SheetChanges:
    """The changes found on one sheet of the imported workbook."""

    sheet: str
    changes: list[RowChange] = field(default_factory=list)

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for c in self.changes if c.kind == kind)


@dataclass
class ImportPlan:
    """What an import would change, computed without writing anything.

    Shown to the user before anything is applied; `apply` (in the importer's module) writes
    it in one transaction, or nothing when the register changed since the plan was made.
    `payload` is the importer's own data (what to write); callers do not look inside.
    """

    organisation_id: str
    organisation_name: str
    source: str
    sheets: list[SheetChanges] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Things the user should know that are not problems (e.g. a summary column edited by
    hand, which is not imported), already rendered in the document's language."""
    payload: Any = None

    @property
    def is_empty(self) -> bool:
        return not any(sheet.changes for sheet in self.sheets)

    def count(self, kind: ChangeKind) -> int:
        return sum(sheet.count(kind) for sheet in self.sheets)
