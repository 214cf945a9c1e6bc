"""Directory of external parties: processors, third parties, authorities, controllers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ropa.db.base import Base, Entity, enum_type, long, short
from ropa.db.enums import PartyKind
from ropa.db.translations import add_translations

if TYPE_CHECKING:
    from ropa.db.models.organisation import Organisation

party_subprocessor = Table(
    "party_subprocessor",
    Base.metadata,
    Column("party_id", ForeignKey("party.id", ondelete="CASCADE"), primary_key=True),
    Column("subprocessor_id", ForeignKey("party.id", ondelete="CASCADE"), primary_key=True),
)


class Party(Entity, Base):
    __tablename__ = "party"

    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(short())
    kind: Mapped[PartyKind] = mapped_column(enum_type(PartyKind))
    service: Mapped[str | None] = mapped_column(long())
    country: Mapped[str | None] = mapped_column(String(2))
    address: Mapped[str | None] = mapped_column(long())
    contact_name: Mapped[str | None] = mapped_column(short())
    email: Mapped[str | None] = mapped_column(short())
    phone: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(short())
    enterprise_number: Mapped[str | None] = mapped_column(String(40))
    dpo_name: Mapped[str | None] = mapped_column(short())
    dpo_contact: Mapped[str | None] = mapped_column(long())
    representative: Mapped[str | None] = mapped_column(long())
    privacy_policy_url: Mapped[str | None] = mapped_column(short())

    notes: Mapped[str | None] = mapped_column(long())

    organisation: Mapped[Organisation] = relationship(back_populates="parties")
    subprocessors: Mapped[list[Party]] = relationship(
        secondary=party_subprocessor,
        primaryjoin=lambda: Party.id == party_subprocessor.c.party_id,
        secondaryjoin=lambda: Party.id == party_subprocessor.c.subprocessor_id,
        order_by=lambda: Party.name,
    )


add_translations(Party, "service")
