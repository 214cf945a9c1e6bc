"""Documents kept inside the register: attach a file to a record, list a record's files without
reading their bytes, read a file's bytes back (checked against their SHA-256), save or open a
copy, and erase the bytes no attachment uses any more.

A document belongs to exactly one contract, impact assessment, breach or activity
(ropa.db.models.attachment). Its bytes are stored once per content (`attachment_blob`, keyed by
their SHA-256): attaching the same file twice stores it once; removing an attachment leaves the
bytes until the register is next opened for writing (`purge_unused`), so that Undo can put the
attachment back while the register stays open.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, exists, func, insert, select
from sqlalchemy.orm import Session

from ropa.core import edits, services
from ropa.core.changes import ChangeSet
from ropa.core.errors import NotFoundError, RopaError, Term
from ropa.core.files import safe_file_name, write_atomic
from ropa.db.models import Attachment, AttachmentBlob
from ropa.db.models.attachment import OWNER_COLUMNS
from ropa.db.session import RegisterDatabase

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
"""The largest file a register keeps (25 MiB, what an e-mail carries): a signed contract or a
scanned report fits; a video or a disk image does not belong in the register."""

OWNER_TABLES = {column.removesuffix("_id"): column for column in OWNER_COLUMNS}
"""The tables whose records take documents -> the attachment's column naming the record."""


@dataclass(frozen=True)
class AttachmentRow:
    """An attached document as lists show it (its bytes are not read)."""

    id: str
    version: int
    name: str
    description: str | None
    media_type: str | None
    size: int
    added_at: datetime


def digest(data: bytes) -> str:
    """The hex SHA-256 of `data`: the key of its blob."""
    return hashlib.sha256(data).hexdigest()


def media_type_of(name: str) -> str | None:
    """The file's media type guessed from its name ("application/pdf"), None when unknown."""
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed


def read_file(path: Path) -> bytes:
    """The bytes of a file to attach; RopaError when it is too large (nothing read past the
    limit) or cannot be read, saying which file and why."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise RopaError("error.attachment_not_a_file", path=str(path))
        if size > MAX_ATTACHMENT_BYTES:
            raise RopaError(
                "error.attachment_too_large",
                path=str(path),
                size=_megabytes(size),
                limit=_megabytes(MAX_ATTACHMENT_BYTES),
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as error:
        raise RopaError(
            "error.attachment_unreadable", path=str(path), reason=error.strerror or str(error)
        ) from error
    if len(data) > MAX_ATTACHMENT_BYTES:  # grew while read
        raise RopaError(
            "error.attachment_too_large",
            path=str(path),
            size=_megabytes(len(data)),
            limit=_megabytes(MAX_ATTACHMENT_BYTES),
        )
    return data


def _megabytes(size: int) -> str:
    """Whole megabytes, rounded up (a file just over the limit is never said to be at it),
    the same in every language."""
    return str(-(-size // (1024 * 1024)))


def store_blob(session: Session, data: bytes) -> str:
    """Keep `data` in the register (once) and return its key."""
    key = digest(data)
    table = AttachmentBlob.__table__
    found = session.execute(select(table.c.id).where(table.c.id == key)).first()
    if found is None:
        session.execute(insert(AttachmentBlob).values(id=key, size=len(data), data=data))
    return key


def store_blobs(session: Session, files: dict[str, bytes]) -> None:
    """Keep the blobs of an import (validated: each key is the SHA-256 of its bytes)."""
    for data in files.values():
        store_blob(session, data)


class AttachEdit(edits.CreateEdit):
    """Attach a file to a record: its bytes stored (once), the attachment row created under
    the record's organisation. Undo removes the row (the bytes stay until the next open)."""

    def __init__(
        self,
        owner_table: str,
        owner_id: str,
        name: str,
        data: bytes,
        description: str | None = None,
    ) -> None:
        if owner_table not in OWNER_TABLES:
            raise ValueError(f"no documents can be attached to a {owner_table}")
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise RopaError(
                "error.attachment_too_large",
                path=name,
                size=_megabytes(len(data)),
                limit=_megabytes(MAX_ATTACHMENT_BYTES),
            )
        self.owner_table = owner_table
        self.owner_id = owner_id
        self.data = data
        values: dict[str, Any] = {
            "name": name,
            "description": description,
            "media_type": media_type_of(name),
            "size": len(data),
            OWNER_TABLES[owner_table]: owner_id,
        }
        super().__init__(Attachment, values, None)

    def _first(self, session: Session) -> ChangeSet | None:
        owner: type[Any] = services.model_of(self.owner_table)
        if session.get(owner, self.owner_id) is None:
            raise NotFoundError(entity=Term(f"table.{self.owner_table}"), id=self.owner_id)
        self.parent_id = services.owner_organisation(
            session, services.node_for(owner).table, self.owner_id
        )
        self.values["blob_id"] = store_blob(session, self.data)
        return super()._first(session)

    def _redo(self, session: Session) -> ChangeSet | None:
        store_blob(session, self.data)  # erased if the register was reopened in between
        return super()._redo(session)


def list_attachments(session: Session, owner_table: str, owner_id: str) -> list[AttachmentRow]:
    """The documents attached to a record, in the order they were attached (bytes unread)."""
    table = Attachment.__table__
    column = table.c[OWNER_TABLES[owner_table]]
    rows = session.execute(
        select(
            table.c.id,
            table.c.version,
            table.c.name,
            table.c.description,
            table.c.media_type,
            table.c.size,
            table.c.created_at,
        )
        .where(column == owner_id)
        .order_by(table.c.created_at, table.c.name, table.c.id)
    ).all()
    return [AttachmentRow(*row) for row in rows]


def load_attachments(db: RegisterDatabase, owner_table: str, owner_id: str) -> list[AttachmentRow]:
    """list_attachments in a reader of its own (for a form showing a record's documents)."""
    with db.reader() as session:
        return list_attachments(session, owner_table, owner_id)


def attachment_counts(session: Session, owner_table: str) -> dict[str, int]:
    """How many documents each record of `owner_table` has (records without any left out)."""
    table = Attachment.__table__
    column = table.c[OWNER_TABLES[owner_table]]
    rows = session.execute(
        select(column, func.count()).where(column.isnot(None)).group_by(column)
    ).all()
    return {owner: count for owner, count in rows}


def read_content(db: RegisterDatabase, attachment_id: str) -> tuple[str, bytes]:
    """The attachment's file name and bytes, checked against their SHA-256 (RopaError when the
    register's copy is damaged, NotFoundError when the attachment is gone)."""
    attachments = Attachment.__table__
    blobs = AttachmentBlob.__table__
    with db.reader() as session:
        row = session.execute(
            select(attachments.c.name, attachments.c.blob_id, blobs.c.data)
            .join(blobs, blobs.c.id == attachments.c.blob_id)
            .where(attachments.c.id == attachment_id)
        ).first()
    if row is None:
        raise NotFoundError(entity=Term("table.attachment"), id=attachment_id)
    name, key, data = row
    if digest(data) != key:
        raise RopaError("error.attachment_damaged", name=name)
    return name, data


def save_copy(db: RegisterDatabase, attachment_id: str, target: Path) -> Path:
    """Write the attachment's bytes to `target` (atomically: a failure leaves no half file)."""
    _name, data = read_content(db, attachment_id)
    write_atomic(target, data)
    return target


def open_copy(db: RegisterDatabase, attachment_id: str) -> Path:
    """A read-only copy of the attachment in a new temporary folder, under its own name, for
    the system's viewer (the register is never handed to another program)."""
    name, data = read_content(db, attachment_id)
    folder = Path(tempfile.mkdtemp(prefix="ropa-attachment-"))
    target = folder / safe_file_name(name, fallback="attachment")
    target.write_bytes(data)
    os.chmod(target, 0o400)
    return target


def _unused() -> Any:
    blobs = AttachmentBlob.__table__
    attachments = Attachment.__table__
    return ~exists().where(attachments.c.blob_id == blobs.c.id)


def unused_count(connection: Connection | Session) -> int:
    """How many stored files no attachment uses (removed documents)."""
    blobs = AttachmentBlob.__table__
    return int(
        connection.execute(select(func.count()).select_from(blobs).where(_unused())).scalar_one()
    )


def purge_unused(connection: Connection | Session) -> int:
    """Erase the bytes no attachment uses (removed documents); the count erased."""
    result = connection.execute(delete(AttachmentBlob).where(_unused()))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def read_blobs(session: Session, keys: set[str]) -> dict[str, bytes]:
    """The bytes of the blobs `keys` (for an export), in batches."""
    blobs = AttachmentBlob.__table__
    found: dict[str, bytes] = {}
    ordered = sorted(keys)
    for start in range(0, len(ordered), 200):
        batch = ordered[start : start + 200]
        for key, data in session.execute(
            select(blobs.c.id, blobs.c.data).where(blobs.c.id.in_(batch))
        ):
            found[key] = data
    return found


@dataclass(frozen=True)
class FiledDocument:
    """An attached document with the record it belongs to, for a list of all documents."""

    document: AttachmentRow
    organisation_id: str
    owner_table: str
    owner_id: str
    owner_label: str


def owner_labels(session: Session, organisation_id: str | None) -> dict[str, str]:
    """Each record that may hold documents -> how a person names it ("T-09 Camera
    surveillance", a contract's reference, a DPIA's or a breach's name)."""
    from ropa.db.models import Activity, Breach, Contract, Dpia, Party

    labels: dict[str, str] = {}
    queries: list[Any] = [
        select(Activity.id, Activity.reference + " " + Activity.name, Activity.organisation_id),
        select(Dpia.id, Dpia.name, Dpia.organisation_id),
        select(Breach.id, Breach.name, Breach.organisation_id),
        select(
            Contract.id,
            func.coalesce(Contract.reference, Party.name),
            Contract.organisation_id,
        ).join(Party, Party.id == Contract.party_id),
    ]
    for query in queries:
        for record_id, text, owner_org in session.execute(query):
            if organisation_id is None or owner_org == organisation_id:
                labels[record_id] = " ".join(str(text or "").split())
    return labels


def filed_documents(session: Session, organisation_id: str | None = None) -> list[FiledDocument]:
    """Every document attached in the register (or one organisation), by record kind, record
    and file name; their bytes unread."""
    table = Attachment.__table__
    query = select(
        table.c.id,
        table.c.version,
        table.c.name,
        table.c.description,
        table.c.media_type,
        table.c.size,
        table.c.created_at,
        table.c.organisation_id,
        *(table.c[column] for column in OWNER_COLUMNS),
    )
    if organisation_id is not None:
        query = query.where(table.c.organisation_id == organisation_id)
    labels = owner_labels(session, organisation_id)
    found = []
    for row in session.execute(query):
        owner_table, owner_id = next(
            (name, row[8 + i]) for i, name in enumerate(OWNER_TABLES) if row[8 + i] is not None
        )
        found.append(
            FiledDocument(
                AttachmentRow(*row[:7]),
                row[7],
                owner_table,
                owner_id,
                labels.get(owner_id, owner_id),
            )
        )
    order = list(OWNER_TABLES)
    found.sort(key=lambda d: (order.index(d.owner_table), d.owner_label, d.document.name))
    return found
