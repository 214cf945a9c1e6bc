"""A processing activity (controller, joint controller or processor) and everything it owns."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ropa.db.base import Base, Entity, enum_type, long, owned, short
from ropa.db.enums import (
    Art9Condition,
    Audience,
    DpiaCriterion,
    DpiaStatus,
    DurationUnit,
    EndAction,
    LegalBasis,
    ProvisionRequirement,
    RecipientKind,
    RetentionPhaseKind,
    Role,
    Safeguard,
    StartCombination,
    StartEvent,
    Status,
)
from ropa.db.translations import add_translations

if TYPE_CHECKING:
    from ropa.db.models.catalogue import (
        DataCategory,
        DataSubjectCategory,
        RecipientCategory,
        SecurityMeasure,
    )
    from ropa.db.models.organisation import Organisation
    from ropa.db.models.party import Party

activity_data_subject = Table(
    "activity_data_subject",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "data_subject_category_id",
        ForeignKey("data_subject_category.id", ondelete="RESTRICT"),
        primary_key=True,
        index=True,
    ),
)

activity_security_measure = Table(
    "activity_security_measure",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "security_measure_id",
        ForeignKey("security_measure.id", ondelete="RESTRICT"),
        primary_key=True,
        index=True,
    ),
)


def _child_fk(table: str = "activity") -> Mapped[str]:
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), index=True)


class Activity(Entity, Base):
    __tablename__ = "activity"
    __table_args__ = (UniqueConstraint("organisation_id", "reference"),)

    organisation_id: Mapped[str] = _child_fk("organisation")
    reference: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(short())
    description: Mapped[str | None] = mapped_column(long())  # internal
    public_description: Mapped[str | None] = mapped_column(long())  # plain language, for the notice
    role: Mapped[Role] = mapped_column(enum_type(Role), default=Role.CONTROLLER)
    owner: Mapped[str | None] = mapped_column(short())
    department: Mapped[str | None] = mapped_column(short())
    status: Mapped[Status] = mapped_column(enum_type(Status), default=Status.DRAFT)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)  # set when retired
    last_reviewed: Mapped[date | None] = mapped_column(Date)
    next_review: Mapped[date | None] = mapped_column(Date)

    # Art. 14: data not obtained from the person.
    collected_from_subject: Mapped[bool] = mapped_column(Boolean, default=True)

    # Art. 22 automated decisions and profiling: yes, no, or not recorded (None).
    automated_decision: Mapped[bool | None] = mapped_column(Boolean)
    profiling: Mapped[bool | None] = mapped_column(Boolean)
    automated_logic: Mapped[str | None] = mapped_column(long())
    automated_consequences: Mapped[str | None] = mapped_column(long())

    # Art. 30(1)(e): whether data leave the EEA: yes (the transfers listed), no, or not
    # recorded (None). An activity with transfers listed transfers, whatever this says.
    transfers_outside_eea: Mapped[bool | None] = mapped_column(Boolean)

    # Art. 35 DPIA.
    dpia_status: Mapped[DpiaStatus] = mapped_column(
        enum_type(DpiaStatus), default=DpiaStatus.NOT_ASSESSED
    )
    dpia_criteria: Mapped[list[str]] = mapped_column(
        JSON, default=list, info={"enum": DpiaCriterion}
    )
    dpia_reference: Mapped[str | None] = mapped_column(long())
    dpia_date: Mapped[date | None] = mapped_column(Date)

    # Art. 32 security, beyond the catalogue measures linked below.
    security_notes: Mapped[str | None] = mapped_column(long())
    data_location: Mapped[str | None] = mapped_column(long())
    # What happens at the end of retention; None: not recorded (the notice asks for it).
    end_action: Mapped[EndAction | None] = mapped_column(enum_type(EndAction))

    # Public notice.
    in_notice: Mapped[bool] = mapped_column(Boolean, default=False)
    audiences: Mapped[list[str]] = mapped_column(JSON, default=list, info={"enum": Audience})
    notes: Mapped[str | None] = mapped_column(long())

    organisation: Mapped[Organisation] = relationship(back_populates="activities")
    purposes: Mapped[list[Purpose]] = owned("activity", "Purpose.position")
    data_categories: Mapped[list[ActivityDataCategory]] = owned(
        "activity", "ActivityDataCategory.position"
    )
    data_subjects: Mapped[list[DataSubjectCategory]] = relationship(
        secondary=activity_data_subject, order_by="DataSubjectCategory.position"
    )
    security_measures: Mapped[list[SecurityMeasure]] = relationship(
        secondary=activity_security_measure, order_by="SecurityMeasure.position"
    )
    sources: Mapped[list[DataSource]] = owned("activity", "DataSource.position")
    recipients: Mapped[list[ActivityRecipient]] = owned("activity", "ActivityRecipient.position")
    transfers: Mapped[list[Transfer]] = owned("activity", "Transfer.position")
    retention_phases: Mapped[list[RetentionPhase]] = owned("activity", "RetentionPhase.position")
    clients: Mapped[list[ActivityClient]] = owned("activity", "ActivityClient.position")
    joint_controllers: Mapped[list[ActivityJointController]] = owned(
        "activity", "ActivityJointController.position"
    )


class Purpose(Entity, Base):
    """One purpose of an activity, with its own Art. 6 legal basis and the basis' detail."""

    __tablename__ = "purpose"

    activity_id: Mapped[str] = _child_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(long())
    legal_basis: Mapped[LegalBasis | None] = mapped_column(enum_type(LegalBasis))
    # legitimate interests (Art. 6(1)(f))
    legitimate_interest: Mapped[str | None] = mapped_column(long())
    balancing_note: Mapped[str | None] = mapped_column(long())
    lia_reference: Mapped[str | None] = mapped_column(long())
    # legal obligation / public task: the statute
    legal_reference: Mapped[str | None] = mapped_column(long())
    # consent
    consent_collection: Mapped[str | None] = mapped_column(long())
    consent_withdrawal: Mapped[str | None] = mapped_column(long())
    consent_record: Mapped[str | None] = mapped_column(long())
    # contract
    contract_description: Mapped[str | None] = mapped_column(long())
    # Art. 13(2)(e)
    provision_requirement: Mapped[ProvisionRequirement | None] = mapped_column(
        enum_type(ProvisionRequirement)
    )
    provision_consequences: Mapped[str | None] = mapped_column(long())

    activity: Mapped[Activity] = relationship(back_populates="purposes")

    def label(self) -> str:
        return self.description[:120]


class ActivityDataCategory(Entity, Base):
    """A data category used by an activity, with what applies to it there."""

    __tablename__ = "activity_data_category"
    __table_args__ = (UniqueConstraint("activity_id", "data_category_id"),)

    activity_id: Mapped[str] = _child_fk()
    data_category_id: Mapped[str] = mapped_column(
        ForeignKey("data_category.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str | None] = mapped_column(long())  # e.g. "name, e-mail, phone"
    art9_condition: Mapped[Art9Condition | None] = mapped_column(enum_type(Art9Condition))
    art9_detail: Mapped[str | None] = mapped_column(long())
    art10_basis: Mapped[str | None] = mapped_column(long())

    activity: Mapped[Activity] = relationship(back_populates="data_categories")
    data_category: Mapped[DataCategory] = relationship()

    def label(self) -> str:
        return self.data_category.name if self.data_category else self.id


class DataSource(Entity, Base):
    """Art. 14(2)(f): where data come from when not from the person."""

    __tablename__ = "data_source"

    activity_id: Mapped[str] = _child_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(long())
    # Whether the source is publicly accessible: yes, no, or not recorded (None).
    is_public: Mapped[bool | None] = mapped_column(Boolean)
    party_id: Mapped[str | None] = mapped_column(
        ForeignKey("party.id", ondelete="SET NULL"), index=True
    )

    activity: Mapped[Activity] = relationship(back_populates="sources")
    party: Mapped[Party | None] = relationship()


class ActivityRecipient(Entity, Base):
    """A recipient: an internal department, a catalogue category or a directory party."""

    __tablename__ = "activity_recipient"

    activity_id: Mapped[str] = _child_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[RecipientKind] = mapped_column(enum_type(RecipientKind))
    party_id: Mapped[str | None] = mapped_column(
        ForeignKey("party.id", ondelete="RESTRICT"), index=True
    )
    recipient_category_id: Mapped[str | None] = mapped_column(
        ForeignKey("recipient_category.id", ondelete="RESTRICT"), index=True
    )
    department: Mapped[str | None] = mapped_column(short())
    recipient_name: Mapped[str | None] = mapped_column(short())  # when not in the directory
    detail: Mapped[str | None] = mapped_column(long())  # what is shared and why

    activity: Mapped[Activity] = relationship(back_populates="recipients")
    party: Mapped[Party | None] = relationship()
    recipient_category: Mapped[RecipientCategory | None] = relationship()

    def label(self) -> str:
        if self.party is not None:
            return self.party.name
        if self.recipient_category is not None:
            return self.recipient_category.name
        return self.recipient_name or self.department or self.id


class Transfer(Entity, Base):
    """A transfer outside the EEA (Art. 30(1)(e), 13(1)(f), chapter V)."""

    __tablename__ = "transfer"

    activity_id: Mapped[str] = _child_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    party_id: Mapped[str | None] = mapped_column(
        ForeignKey("party.id", ondelete="RESTRICT"), index=True
    )
    recipient_name: Mapped[str | None] = mapped_column(short())  # when not in the directory
    safeguard: Mapped[Safeguard | None] = mapped_column(enum_type(Safeguard))
    derogation: Mapped[str | None] = mapped_column(long())  # Art. 49(1) ground and documentation
    document_reference: Mapped[str | None] = mapped_column(long())
    copy_access: Mapped[str | None] = mapped_column(long())  # how a person gets a copy
    notes: Mapped[str | None] = mapped_column(long())

    activity: Mapped[Activity] = relationship(back_populates="transfers")
    party: Mapped[Party | None] = relationship()

    def label(self) -> str:
        name = self.party.name if self.party is not None else (self.recipient_name or "")
        return f"{name} ({self.country})".strip()


class RetentionPhase(Entity, Base):
    """One phase of a retention schedule: active use, then intermediate archive.

    A phase applies to the whole activity, or only to one purpose or one data category.
    It lasts a duration or follows a criterion, and runs from a start event.
    """

    __tablename__ = "retention_phase"

    activity_id: Mapped[str] = _child_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    phase: Mapped[RetentionPhaseKind] = mapped_column(
        enum_type(RetentionPhaseKind), default=RetentionPhaseKind.ACTIVE
    )
    purpose_id: Mapped[str | None] = mapped_column(
        ForeignKey("purpose.id", ondelete="CASCADE"), index=True
    )
    data_category_id: Mapped[str | None] = mapped_column(
        ForeignKey("data_category.id", ondelete="RESTRICT"), index=True
    )
    # A phase for one group of people only (prospects, clients, former clients...).
    data_subject_category_id: Mapped[str | None] = mapped_column(
        ForeignKey("data_subject_category.id", ondelete="RESTRICT"), index=True
    )
    duration_value: Mapped[int | None] = mapped_column(Integer)
    duration_unit: Mapped[DurationUnit | None] = mapped_column(enum_type(DurationUnit))
    criterion: Mapped[str | None] = mapped_column(long())
    start_event: Mapped[StartEvent | None] = mapped_column(enum_type(StartEvent))
    start_event_detail: Mapped[str | None] = mapped_column(long())
    # More start events ("end of contract or last contact") and which one the period runs from.
    other_start_events: Mapped[list[str]] = mapped_column(
        JSON, default=list, info={"enum": StartEvent}
    )
    start_combination: Mapped[StartCombination | None] = mapped_column(enum_type(StartCombination))
    legal_reference: Mapped[str | None] = mapped_column(long())
    justification: Mapped[str | None] = mapped_column(long())

    activity: Mapped[Activity] = relationship(back_populates="retention_phases")
    purpose: Mapped[Purpose | None] = relationship()
    data_category: Mapped[DataCategory | None] = relationship()
    data_subject_category: Mapped[DataSubjectCategory | None] = relationship()

    def label(self) -> str:
        if self.duration_value is not None and self.duration_unit is not None:
            return f"{self.phase.value}: {self.duration_value} {self.duration_unit.value}"
        return f"{self.phase.value}: {(self.criterion or '')[:80]}"


class ActivityClient(Entity, Base):
    """Art. 30(2): a controller (client) on whose behalf a processor activity is carried out."""

    __tablename__ = "activity_client"
    __table_args__ = (UniqueConstraint("activity_id", "party_id"),)

    activity_id: Mapped[str] = _child_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    party_id: Mapped[str] = mapped_column(ForeignKey("party.id", ondelete="RESTRICT"), index=True)
    processing_categories: Mapped[str | None] = mapped_column(long())
    contract_reference: Mapped[str | None] = mapped_column(long())

    activity: Mapped[Activity] = relationship(back_populates="clients")
    party: Mapped[Party] = relationship()

    def label(self) -> str:
        return self.party.name if self.party is not None else self.id


class ActivityJointController(Entity, Base):
    """Art. 26: a joint controller of an activity and the essence of the arrangement."""

    __tablename__ = "activity_joint_controller"
    __table_args__ = (UniqueConstraint("activity_id", "party_id"),)

    activity_id: Mapped[str] = _child_fk()
    position: Mapped[int] = mapped_column(Integer, default=0)
    party_id: Mapped[str] = mapped_column(ForeignKey("party.id", ondelete="RESTRICT"), index=True)
    responsibilities: Mapped[str | None] = mapped_column(long())
    contact_point: Mapped[str | None] = mapped_column(long())

    activity: Mapped[Activity] = relationship(back_populates="joint_controllers")
    party: Mapped[Party] = relationship()

    def label(self) -> str:
        return self.party.name if self.party is not None else self.id


add_translations(
    Activity,
    "name",
    "department",
    "public_description",
    "automated_logic",
    "automated_consequences",
    "security_notes",
    "data_location",
)
add_translations(
    Purpose,
    "description",
    "legitimate_interest",
    "balancing_note",
    "legal_reference",
    "consent_collection",
    "consent_withdrawal",
    "contract_description",
    "provision_consequences",
)
add_translations(ActivityDataCategory, "detail", "art9_detail", "art10_basis")
add_translations(DataSource, "description")
add_translations(ActivityRecipient, "department", "recipient_name", "detail")
add_translations(Transfer, "recipient_name", "derogation", "copy_access")
add_translations(
    RetentionPhase, "criterion", "start_event_detail", "legal_reference", "justification"
)
add_translations(ActivityClient, "processing_categories")
add_translations(ActivityJointController, "responsibilities", "contact_point")
