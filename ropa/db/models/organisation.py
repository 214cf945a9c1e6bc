"""The organisation (controller or processor) whose register this is; one file can hold several."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from ropa.db.base import Base, Entity, enum_type, long, owned, short
from ropa.db.enums import Language
from ropa.db.translations import add_translations

if TYPE_CHECKING:
    from ropa.db.models.activity import Activity
    from ropa.db.models.catalogue import (
        DataCategory,
        DataSubjectCategory,
        RecipientCategory,
        SecurityMeasure,
    )
    from ropa.db.models.cookie import Cookie
    from ropa.db.models.party import Party


class Organisation(Entity, Base):
    __tablename__ = "organisation"

    legal_name: Mapped[str] = mapped_column(short())
    trade_name: Mapped[str | None] = mapped_column(short())
    legal_form: Mapped[str | None] = mapped_column(short())
    street: Mapped[str | None] = mapped_column(short())
    postcode: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(short())
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    # The documents' main language, and the other languages its documents are written in.
    language: Mapped[Language] = mapped_column(enum_type(Language), default=Language.FR)
    other_languages: Mapped[list[str]] = mapped_column(JSON, default=list, info={"enum": Language})

    # Enterprise identifiers, each validated with python-stdnum for its country.
    enterprise_number: Mapped[str | None] = mapped_column(String(40))  # BE: BCE/KBO
    siren: Mapped[str | None] = mapped_column(String(40))
    siret: Mapped[str | None] = mapped_column(String(40))
    rcs: Mapped[str | None] = mapped_column(short())
    vat_number: Mapped[str | None] = mapped_column(String(40))

    email: Mapped[str | None] = mapped_column(short())
    phone: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(short())
    legal_representative: Mapped[str | None] = mapped_column(short())

    # A DPO when one is designated; otherwise these fields describe the privacy contact.
    dpo_designated: Mapped[bool] = mapped_column(Boolean, default=False)
    dpo_name: Mapped[str | None] = mapped_column(short())
    dpo_email: Mapped[str | None] = mapped_column(short())
    dpo_phone: Mapped[str | None] = mapped_column(String(40))
    dpo_address: Mapped[str | None] = mapped_column(long())

    # Art. 27 representative (for a controller established outside the EU).
    eu_representative_name: Mapped[str | None] = mapped_column(short())
    eu_representative_contact: Mapped[str | None] = mapped_column(long())

    # Competent supervisory authority: derived from the country unless overridden (code).
    supervisory_authority: Mapped[str | None] = mapped_column(String(20))

    # Texts the public notice opens and closes with (the firm's own words).
    notice_introduction: Mapped[str | None] = mapped_column(long())
    notice_closing: Mapped[str | None] = mapped_column(long())
    notes: Mapped[str | None] = mapped_column(long())

    activities: Mapped[list[Activity]] = owned("organisation")
    parties: Mapped[list[Party]] = owned("organisation")
    cookies: Mapped[list[Cookie]] = owned("organisation")
    data_categories: Mapped[list[DataCategory]] = owned("organisation")
    data_subject_categories: Mapped[list[DataSubjectCategory]] = owned("organisation")
    recipient_categories: Mapped[list[RecipientCategory]] = owned("organisation")
    security_measures: Mapped[list[SecurityMeasure]] = owned("organisation")

    def label(self) -> str:
        return self.legal_name


add_translations(
    Organisation,
    "legal_name",
    "trade_name",
    "legal_form",
    "legal_representative",
    "notice_introduction",
    "notice_closing",
)
