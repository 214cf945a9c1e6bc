"""The change log: every create, update and delete, field by field (accountability, Art. 5(2))."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ropa.db.base import Base, enum_type, short, utcnow
from ropa.db.enums import ChangeAction


class Change(Base):
    __tablename__ = "change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user: Mapped[str] = mapped_column(short())
    # One id per transaction, so a change made of several rows can be shown (and undone) as one.
    batch: Mapped[str] = mapped_column(String(36), index=True)
    organisation_id: Mapped[str | None] = mapped_column(String(36), index=True)
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    entity_label: Mapped[str | None] = mapped_column(short())
    action: Mapped[ChangeAction] = mapped_column(enum_type(ChangeAction))
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
