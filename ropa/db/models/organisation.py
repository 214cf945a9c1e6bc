"""The organisation (controller or processor) whose register this is; one file can hold several."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ropa.db.base import Base, Entity, enum_type, long, owned, short
from ropa.db.enums import IdentityProof, Language, RightsChannel
from ropa.db.translations import add_translations

if TYPE_CHECKING:
    from ropa.db.models.accountability import Breach, Contract, RightsRequest
    from ropa.db.models.activity import Activity
    from ropa.db.models.attachment import Attachment
    from ropa.db.models.catalogue import (
        DataCategory,
        DataSubjectCategory,
        RecipientCategory,
        SecurityMeasure,
    )
    from ropa.db.models.cookie import Cookie
    from ropa.db.models.dpia import Dpia
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
    # Whether one is designated: yes, no, or not recorded (None).
    dpo_designated: Mapped[bool | None] = mapped_column(Boolean)
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

    # Facts the notice states only as the firm recorded them; None is "not recorded" (a gap to
    # complete), never a default claim.
    # How a person exercises their rights: the channels, the form's address, when an identity
    # proof is asked, and the firm's own answer time in days (at most the legal month).
    rights_channels: Mapped[list[str]] = mapped_column(
        JSON, default=list, info={"enum": RightsChannel}
    )
    rights_form_url: Mapped[str | None] = mapped_column(short())
    identity_proof: Mapped[IdentityProof | None] = mapped_column(enum_type(IdentityProof))
    response_days: Mapped[int | None] = mapped_column(Integer)
    # The national data-protection law applied: derived from the country unless typed here.
    national_law: Mapped[str | None] = mapped_column(long())
    # Cookies: a separate cookie policy (the notice links to it), how the choice is managed,
    # and what refusing changes for the visitor.
    cookie_policy_url: Mapped[str | None] = mapped_column(short())
    cookie_consent_method: Mapped[str | None] = mapped_column(long())
    cookie_refusal_effect: Mapped[str | None] = mapped_column(long())
    # Declarations (True / False; None: not declared). Special-category data is derived from
    # the register when an activity in the notice uses such data.
    processes_special_data: Mapped[bool | None] = mapped_column(Boolean)
    sells_data: Mapped[bool | None] = mapped_column(Boolean)
    processes_minors_data: Mapped[bool | None] = mapped_column(Boolean)
    minors_age: Mapped[int | None] = mapped_column(Integer)
    # Where data are stored: derived from the processors' countries unless typed here.
    data_location: Mapped[str | None] = mapped_column(long())
    # How a person obtains a copy of the transfer safeguards (a transfer's own copy_access
    # overrides it).
    safeguards_copy: Mapped[str | None] = mapped_column(long())
    # The firm's own version label and date of its notice, shown instead of ropa's number.
    notice_version_label: Mapped[str | None] = mapped_column(String(40))
    notice_version_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(long())

    activities: Mapped[list[Activity]] = owned("organisation")
    parties: Mapped[list[Party]] = owned("organisation")
    cookies: Mapped[list[Cookie]] = owned("organisation")
    data_categories: Mapped[list[DataCategory]] = owned("organisation")
    data_subject_categories: Mapped[list[DataSubjectCategory]] = owned("organisation")
    recipient_categories: Mapped[list[RecipientCategory]] = owned("organisation")
    security_measures: Mapped[list[SecurityMeasure]] = owned("organisation")
    rights_requests: Mapped[list[RightsRequest]] = owned("organisation")
    breaches: Mapped[list[Breach]] = owned("organisation")
    contracts: Mapped[list[Contract]] = owned("organisation")
    dpias: Mapped[list[Dpia]] = owned("organisation")
    attachments: Mapped[list[Attachment]] = owned("organisation")

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
    "rights_form_url",
    "national_law",
    "cookie_policy_url",
    "cookie_consent_method",
    "cookie_refusal_effect",
    "data_location",
    "safeguards_copy",
)
