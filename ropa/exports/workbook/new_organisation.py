"""A ropa workbook imported into a register that holds no organisation yet: the organisation is
created from it (File > New register from a file…, `ropa import NEW.ropa register.xlsx`).

The plan is made as for an edited workbook (importing.py), against an organisation that holds
nothing yet: the skeleton below, with the workbook's organisation id and document languages.
Every row is then new and keeps the id the workbook gives it, so the same workbook imported
again into the new register changes nothing. The organisation is written with everything it
holds in one transaction, recorded in the history as one import.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core.errors import ConflictError, ValidationError
from ropa.core.i18n import LANGUAGES, normalise_language
from ropa.core.language_switch import seed_wordings
from ropa.core.schema import FORMAT_NAME, FORMAT_VERSION
from ropa.core.services import SEED_TABLES, seed_catalogues
from ropa.core.snapshot import Row, existing_ids, flatten, insert_tree
from ropa.core.tree import ORGANISATION, Node
from ropa.core.validation import document_problems
from ropa.db.base import utcnow
from ropa.db.models import Organisation
from ropa.db.session import RegisterDatabase
from ropa.exports.common import RowChange, SheetChanges
from ropa.exports.interchange import validate_document

EMPTY_STATE = (0, 0)
"""The fingerprint (apply.fingerprint) of an organisation the register does not hold."""


def creates_organisation(session: Session, organisation_id: str | None) -> bool:
    """Whether an import creates the organisation: none was asked for, and the register holds
    none yet."""
    if organisation_id is not None:
        return False
    return session.execute(select(Organisation.id).limit(1)).first() is None


def skeleton(meta: dict[str, str]) -> Row:
    """The organisation as the register would hold it before the import: the workbook's id
    and document languages (its hidden sheet says them), every field at its default, no
    entry in any list."""
    row: Row = {}
    for column in ORGANISATION.data_columns():
        default = getattr(column.default, "arg", None)
        row[column.name] = None if callable(default) else getattr(default, "value", default)
    languages = [x for x in meta.get("text_languages", "").split() if x in LANGUAGES]
    if languages:
        row["language"] = languages[0]
    row["other_languages"] = languages[1:]
    row["rights_channels"] = []
    row["id"] = meta["organisation_id"]
    row["created_at"] = row["updated_at"] = utcnow()
    row["legal_name"] = meta.get("organisation_name") or ""
    for child in ORGANISATION.children:
        row[child.key] = []
    return row


def as_added(sheets: list[SheetChanges], name: str) -> list[SheetChanges]:
    """The preview of a new organisation: the Organisation sheet says it is added (its fields
    are the workbook's), the other sheets list the rows added."""
    result = []
    for changes in sheets:
        organisation = [c for c in changes.changes if c.row is None and c.kind == "changed"]
        if organisation and len(organisation) == len(changes.changes):
            changes = SheetChanges(changes.sheet, [RowChange("added", name, None)])
        result.append(changes)
    return result


def insert_organisation(db: RegisterDatabase, organisation: Row, source: str) -> None:
    """Write the new organisation and everything it holds (nothing when any rule refuses it,
    or when an organisation appeared in the register since the plan was made)."""
    _in_order(organisation)
    _seed_keys(organisation)
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "organisations": [organisation],
    }
    organisations = validate_document(document)
    tables, link_rows = flatten(organisations)
    with db.transaction() as session:
        if not creates_organisation(session, None):
            raise ConflictError("workbook.error.register_changed")
        problems = document_problems(organisations, existing_ids(session, tables))
        if problems:
            raise ValidationError(problems)
        insert_tree(session, tables, link_rows, organisations, source or "xlsx")


def _in_order(organisation: Row) -> None:
    """Creation times a microsecond apart in the workbook's order: the lists without a
    position (activities, parties, cookies) are read back in that order, as they are written
    in a file exported from the new register."""
    start = utcnow()
    count = 0

    def walk(node: Node, rows: list[Row]) -> None:
        nonlocal count
        for row in rows:
            count += 1
            row["created_at"] = row["updated_at"] = start + timedelta(microseconds=count)
            for child in node.children:
                walk(child, row[child.key])

    walk(ORGANISATION, [organisation])


def _seed_keys(organisation: Row) -> None:
    """The workbook does not carry which catalogue entries ropa seeded: an entry still named
    as ropa seeded it (now or in an earlier wording) is that entry again, so that a document
    language added later gives it its seeded texts (ropa.core.language_switch)."""
    lang = normalise_language(organisation.get("language"))
    for key in SEED_TABLES:
        rows = organisation.get(key, [])
        taken = {row.get("seed_key") for row in rows}
        unkeyed = {row["name"]: row for row in reversed(rows) if not row.get("seed_key")}
        for entry in seed_catalogues().get(key, []):
            seed_key = entry["seed_key"]
            names = seed_wordings(key, seed_key, "name", lang, entry["name"].get(lang))
            row = next((unkeyed[name] for name in names if name in unkeyed), None)
            if row is not None and seed_key not in taken:
                row["seed_key"] = seed_key
                taken.add(seed_key)
                unkeyed.pop(row["name"])
