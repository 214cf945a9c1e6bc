"""Published versions of the public privacy notice: what was published, when, and by whom.

Like the change history, a version is a record kept for accountability: it is not part of the
register's content (not in the JSON interchange or the workbook) and outlives the activities
it describes. It holds the notice's content in each language, so it can be shown again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ropa.db.base import Base, short, utcnow

ALL_AUDIENCES = "all"


class NoticeVersion(Base):
    __tablename__ = "notice_version"
    __table_args__ = (UniqueConstraint("organisation_id", "audience", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    organisation_id: Mapped[str] = mapped_column(String(36), index=True)
    audience: Mapped[str] = mapped_column(String(40), default=ALL_AUDIENCES)
    number: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[datetime] = mapped_column(default=utcnow)
    published_by: Mapped[str] = mapped_column(short())
    # The register as it was: how many changes it had seen, and the last one's time.
    register_version: Mapped[int] = mapped_column(Integer, default=0)
    register_changed_at: Mapped[datetime | None] = mapped_column()
    # {language: the notice's content (NoticeDocument.content())} and {language: its hash}.
    contents: Mapped[dict[str, Any]] = mapped_column(JSON)
    hashes: Mapped[dict[str, str]] = mapped_column(JSON)
