"""Cookies and similar trackers set by the organisation's websites."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ropa.db.base import Base, Entity, enum_type, long, short
from ropa.db.enums import CookieCategory, LifetimeUnit
from ropa.db.translations import add_translations

if TYPE_CHECKING:
    from ropa.db.models.activity import Activity, Transfer
    from ropa.db.models.organisation import Organisation
    from ropa.db.models.party import Party


class Cookie(Entity, Base):
    __tablename__ = "cookie"

    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(short())
    provider: Mapped[str | None] = mapped_column(short())
    party_id: Mapped[str | None] = mapped_column(
        ForeignKey("party.id", ondelete="SET NULL"), index=True
    )
    first_party: Mapped[bool] = mapped_column(Boolean, default=True)
    domain: Mapped[str | None] = mapped_column(short())
    purpose: Mapped[str | None] = mapped_column(long())
    category: Mapped[CookieCategory] = mapped_column(
        enum_type(CookieCategory), default=CookieCategory.STRICTLY_NECESSARY
    )
    lifetime_value: Mapped[int | None] = mapped_column(Integer)
    lifetime_unit: Mapped[LifetimeUnit | None] = mapped_column(enum_type(LifetimeUnit))
    consent_required: Mapped[bool] = mapped_column(Boolean, default=False)
    # For a cookie that is not strictly necessary yet set without consent: the conditions of
    # the authority's exemption it meets (e.g. the CNIL's for audience measurement).
    exemption_conditions: Mapped[str | None] = mapped_column(long())
    activity_id: Mapped[str | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), index=True
    )
    transfer_id: Mapped[str | None] = mapped_column(
        ForeignKey("transfer.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(long())

    organisation: Mapped[Organisation] = relationship(back_populates="cookies")
    party: Mapped[Party | None] = relationship()
    activity: Mapped[Activity | None] = relationship()
    transfer: Mapped[Transfer | None] = relationship()


add_translations(Cookie, "purpose")
