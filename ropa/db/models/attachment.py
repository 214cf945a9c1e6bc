"""Documents kept inside the register file: a signed processing contract, a DPIA report, a
legitimate-interest assessment, a breach's evidence.

An attachment row names the file, its size and type and the record it belongs to (a contract,
an impact assessment, a breach or an activity: exactly one); its content is a row of
`attachment_blob`, keyed by the SHA-256 of the bytes (the same file attached twice is stored
once). Lists read the attachment rows only; the content is read when the file is opened, saved
elsewhere or exported. A blob no attachment uses any more is erased the next time the register
is opened for writing (ropa.core.attachments.purge_unused), so that an undone removal can still
put the file back while the register stays open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from ropa.db.base import Base, Entity, short

if TYPE_CHECKING:
    from ropa.db.models.organisation import Organisation

OWNER_COLUMNS = ("contract_id", "dpia_id", "breach_id", "activity_id")
"""The records a document can belong to, one per attachment."""


class AttachmentBlob(Base):
    """The bytes of an attached file, under the hex SHA-256 of those bytes."""

    __tablename__ = "attachment_blob"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))


ONE_OWNER = (
    " + ".join(f"(CASE WHEN {name} IS NULL THEN 0 ELSE 1 END)" for name in OWNER_COLUMNS) + " = 1"
)
"""SQL true when exactly one owner column is set (the same text on SQLite and PostgreSQL)."""


class Attachment(Entity, Base):
    """A document attached to one record of the organisation's."""

    __tablename__ = "attachment"
    __table_args__ = (CheckConstraint(ONE_OWNER, name="one_owner"),)

    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    # The file's name as it was attached ("DPA signed 2026.pdf"): shown, and given to the copy
    # opened or saved.
    name: Mapped[str] = mapped_column(short())
    # What the document is ("signed contract, version 2"), when the name does not say it.
    description: Mapped[str | None] = mapped_column(short())
    media_type: Mapped[str | None] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    blob_id: Mapped[str] = mapped_column(
        ForeignKey("attachment_blob.id", ondelete="RESTRICT"), index=True
    )
    contract_id: Mapped[str | None] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True
    )
    dpia_id: Mapped[str | None] = mapped_column(
        ForeignKey("dpia.id", ondelete="CASCADE"), index=True
    )
    breach_id: Mapped[str | None] = mapped_column(
        ForeignKey("breach.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[str | None] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )

    organisation: Mapped[Organisation] = relationship(back_populates="attachments")
