"""The accountability file beside the register of activities: the rights requests the firm
received (Art. 12, 15-22), the personal data breaches it documented (Art. 33(5)) and its
processing contracts with parties (Art. 28)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, Column, Date, ForeignKey, Integer, Table
from sqlalchemy.orm import Mapped, mapped_column, object_session, relationship

from ropa.db.base import Base, Entity, enum_type, long, short
from ropa.db.enums import (
    Art28Clause,
    BreachNature,
    BreachRisk,
    ContractRole,
    ContractStatus,
    IdentityCheck,
    InformException,
    RequestDecision,
    RequestRight,
    RightsChannel,
    SubprocessorAuthorisation,
)
from ropa.db.models.party import Party

if TYPE_CHECKING:
    from ropa.db.models.activity import Activity
    from ropa.db.models.catalogue import DataCategory, DataSubjectCategory
    from ropa.db.models.organisation import Organisation

rights_request_activity = Table(
    "rights_request_activity",
    Base.metadata,
    Column(
        "rights_request_id", ForeignKey("rights_request.id", ondelete="CASCADE"), primary_key=True
    ),
    Column(
        "activity_id", ForeignKey("activity.id", ondelete="RESTRICT"), primary_key=True, index=True
    ),
)

breach_activity = Table(
    "breach_activity",
    Base.metadata,
    Column("breach_id", ForeignKey("breach.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "activity_id", ForeignKey("activity.id", ondelete="RESTRICT"), primary_key=True, index=True
    ),
)

breach_data_category = Table(
    "breach_data_category",
    Base.metadata,
    Column("breach_id", ForeignKey("breach.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "data_category_id",
        ForeignKey("data_category.id", ondelete="RESTRICT"),
        primary_key=True,
        index=True,
    ),
)

breach_data_subject = Table(
    "breach_data_subject",
    Base.metadata,
    Column("breach_id", ForeignKey("breach.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "data_subject_category_id",
        ForeignKey("data_subject_category.id", ondelete="RESTRICT"),
        primary_key=True,
        index=True,
    ),
)

# A processor's breach: the client controllers it told (Art. 33(2)).
breach_client = Table(
    "breach_client",
    Base.metadata,
    Column("breach_id", ForeignKey("breach.id", ondelete="CASCADE"), primary_key=True),
    Column("party_id", ForeignKey("party.id", ondelete="RESTRICT"), primary_key=True, index=True),
)


class RightsRequest(Entity, Base):
    """A request a person made to exercise their rights, and how the firm answered it."""

    __tablename__ = "rights_request"

    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    reference: Mapped[str] = mapped_column(short())
    received_on: Mapped[date | None] = mapped_column(Date)
    channel: Mapped[RightsChannel | None] = mapped_column(enum_type(RightsChannel))
    # Who asked, kept minimal: a name or an internal reference, not a copy of their data.
    requester: Mapped[str | None] = mapped_column(short())
    rights: Mapped[list[str]] = mapped_column(JSON, default=list, info={"enum": RequestRight})
    # As a processor: the client controller the request is about, and when it was forwarded.
    client_party_id: Mapped[str | None] = mapped_column(
        ForeignKey("party.id", ondelete="SET NULL"), index=True
    )
    forwarded_on: Mapped[date | None] = mapped_column(Date)
    identity_check: Mapped[IdentityCheck | None] = mapped_column(enum_type(IdentityCheck))
    identity_asked_on: Mapped[date | None] = mapped_column(Date)
    identity_received_on: Mapped[date | None] = mapped_column(Date)
    # Extended by two further months (Art. 12(3)): the reasons and when the person was told.
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_reasons: Mapped[str | None] = mapped_column(long())
    extension_told_on: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[RequestDecision | None] = mapped_column(enum_type(RequestDecision))
    decision_reasons: Mapped[str | None] = mapped_column(long())
    answered_on: Mapped[date | None] = mapped_column(Date)
    # Art. 19: the recipients told of a rectification, erasure or restriction.
    recipients_notified: Mapped[str | None] = mapped_column(long())
    recipients_notified_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(long())

    organisation: Mapped[Organisation] = relationship(back_populates="rights_requests")
    client_party: Mapped[Party | None] = relationship()
    # The id-list links of core/tree.py, read and set by the services under their keys.
    activities: Mapped[list[Activity]] = relationship(
        secondary=rights_request_activity, order_by="Activity.reference"
    )

    def label(self) -> str:
        return self.reference


class Breach(Entity, Base):
    """A personal data breach: the facts, its effects and the remedial action (Art. 33(5)),
    the notification to the authority and the communication to the people."""

    __tablename__ = "breach"

    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(short())
    # When the firm became aware of it: the 72 hours run from here (Art. 33(1)).
    discovered_at: Mapped[datetime | None] = mapped_column()
    occurred_on: Mapped[date | None] = mapped_column(Date)
    how_discovered: Mapped[str | None] = mapped_column(long())
    description: Mapped[str | None] = mapped_column(long())
    natures: Mapped[list[str]] = mapped_column(JSON, default=list, info={"enum": BreachNature})
    people_count: Mapped[int | None] = mapped_column(Integer)
    records_count: Mapped[int | None] = mapped_column(Integer)
    consequences: Mapped[str | None] = mapped_column(long())
    risk: Mapped[BreachRisk | None] = mapped_column(enum_type(BreachRisk))
    risk_reasoning: Mapped[str | None] = mapped_column(long())
    measures_taken: Mapped[str | None] = mapped_column(long())
    measures_proposed: Mapped[str | None] = mapped_column(long())
    authority_notified_at: Mapped[datetime | None] = mapped_column()
    authority_reference: Mapped[str | None] = mapped_column(short())
    delay_reasons: Mapped[str | None] = mapped_column(long())
    people_informed_on: Mapped[date | None] = mapped_column(Date)
    people_informed_how: Mapped[str | None] = mapped_column(long())
    inform_exception: Mapped[InformException | None] = mapped_column(enum_type(InformException))
    # As a processor: when the client controllers were told (Art. 33(2)).
    clients_informed_at: Mapped[datetime | None] = mapped_column()
    notes: Mapped[str | None] = mapped_column(long())

    organisation: Mapped[Organisation] = relationship(back_populates="breaches")
    # The id-list links of core/tree.py, read and set by the services under their keys.
    activities: Mapped[list[Activity]] = relationship(
        secondary=breach_activity, order_by="Activity.reference"
    )
    data_categories: Mapped[list[DataCategory]] = relationship(
        secondary=breach_data_category, order_by="DataCategory.position"
    )
    data_subjects: Mapped[list[DataSubjectCategory]] = relationship(
        secondary=breach_data_subject, order_by="DataSubjectCategory.position"
    )
    clients: Mapped[list[Party]] = relationship(secondary=breach_client, order_by="Party.name")

    def label(self) -> str:
        return self.name


class Contract(Entity, Base):
    """A processing contract (Art. 28(3), in writing by Art. 28(9)) with a party: a processor
    of the organisation's, or a client controller the organisation processes for."""

    __tablename__ = "contract"

    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    party_id: Mapped[str] = mapped_column(ForeignKey("party.id", ondelete="RESTRICT"), index=True)
    # Where the contract is filed, or its title.
    reference: Mapped[str | None] = mapped_column(long())
    our_role: Mapped[ContractRole | None] = mapped_column(enum_type(ContractRole))
    status: Mapped[ContractStatus | None] = mapped_column(enum_type(ContractStatus))
    contract_version: Mapped[str | None] = mapped_column(short())
    signed_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    review_on: Mapped[date | None] = mapped_column(Date)
    # The stipulations of Art. 28(3)(a)-(h) the contract contains, as checked by the user.
    clauses: Mapped[list[str]] = mapped_column(JSON, default=list, info={"enum": Art28Clause})
    subprocessor_authorisation: Mapped[SubprocessorAuthorisation | None] = mapped_column(
        enum_type(SubprocessorAuthorisation)
    )
    data_location: Mapped[str | None] = mapped_column(long())
    notes: Mapped[str | None] = mapped_column(long())

    organisation: Mapped[Organisation] = relationship(back_populates="contracts")
    party: Mapped[Party] = relationship()

    def label(self) -> str:
        if self.reference:
            return self.reference
        party = self.party
        if party is None and self.party_id is not None:  # created by id, not yet loaded
            session = object_session(self)
            party = session.get(Party, self.party_id) if session is not None else None
        return party.name if party is not None else ""
