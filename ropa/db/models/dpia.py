"""Data protection impact assessments (Art. 35-36) as records of their own: the assessment,
the activities it covers, and its risks with their likelihood and severity before and after the
measures (the CNIL's PIA method)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Column, Date, ForeignKey, Integer, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ropa.db.base import Base, Entity, enum_type, long, owned, short
from ropa.db.enums import (
    DpiaDecision,
    DpiaRecordStatus,
    DpiaResidualRisk,
    PriorConsultation,
    RiskLevel,
)

if TYPE_CHECKING:
    from ropa.db.models.activity import Activity
    from ropa.db.models.organisation import Organisation

# The activities an assessment covers: one assessment may cover several similar processing
# operations (Art. 35(1)); an activity covered cannot be deleted before its assessment.
dpia_activity = Table(
    "dpia_activity",
    Base.metadata,
    Column("dpia_id", ForeignKey("dpia.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "activity_id", ForeignKey("activity.id", ondelete="RESTRICT"), primary_key=True, index=True
    ),
)


class Dpia(Entity, Base):
    """An impact assessment with the content Art. 35(7) asks for, the DPO's advice (35(2)),
    the views of the people (35(9)), the decision, and the prior consultation (Art. 36)."""

    __tablename__ = "dpia"

    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(short())
    status: Mapped[DpiaRecordStatus | None] = mapped_column(enum_type(DpiaRecordStatus))
    started_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    review_on: Mapped[date | None] = mapped_column(Date)
    # Art. 35(7)(a): the processing and its purposes, the legitimate interest where it applies.
    description: Mapped[str | None] = mapped_column(long())
    # Art. 35(7)(b): necessity and proportionality.
    necessity: Mapped[str | None] = mapped_column(long())
    # Art. 35(7)(d): the measures, safeguards and security measures as a whole (each risk
    # keeps its own).
    measures: Mapped[str | None] = mapped_column(long())
    residual_risk: Mapped[DpiaResidualRisk | None] = mapped_column(enum_type(DpiaResidualRisk))
    dpo_advice: Mapped[str | None] = mapped_column(long())
    dpo_advice_on: Mapped[date | None] = mapped_column(Date)
    # Art. 35(9): the views of the people or their representatives, or why they were not sought.
    people_views: Mapped[str | None] = mapped_column(long())
    decision: Mapped[DpiaDecision | None] = mapped_column(enum_type(DpiaDecision))
    decision_by: Mapped[str | None] = mapped_column(short())
    decision_on: Mapped[date | None] = mapped_column(Date)
    prior_consultation: Mapped[PriorConsultation | None] = mapped_column(
        enum_type(PriorConsultation)
    )
    consulted_on: Mapped[date | None] = mapped_column(Date)
    authority_reply: Mapped[str | None] = mapped_column(long())
    notes: Mapped[str | None] = mapped_column(long())

    organisation: Mapped[Organisation] = relationship(back_populates="dpias")
    # The id-list link of core/tree.py, read and set by the services under its key.
    activities: Mapped[list[Activity]] = relationship(
        secondary=dpia_activity, order_by="Activity.reference"
    )
    risks: Mapped[list[DpiaRisk]] = owned("dpia", "DpiaRisk.position")

    def label(self) -> str:
        return self.name


class DpiaRisk(Entity, Base):
    """One risk to the people's rights and freedoms (Art. 35(7)(c)): where it comes from, its
    impact, its likelihood and severity, the measures against it (35(7)(d)) and the likelihood
    and severity left once they are in place."""

    __tablename__ = "dpia_risk"

    dpia_id: Mapped[str] = mapped_column(ForeignKey("dpia.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str | None] = mapped_column(long())
    impact: Mapped[str | None] = mapped_column(long())
    likelihood: Mapped[RiskLevel | None] = mapped_column(enum_type(RiskLevel))
    severity: Mapped[RiskLevel | None] = mapped_column(enum_type(RiskLevel))
    measures: Mapped[str | None] = mapped_column(long())
    likelihood_after: Mapped[RiskLevel | None] = mapped_column(enum_type(RiskLevel))
    severity_after: Mapped[RiskLevel | None] = mapped_column(enum_type(RiskLevel))

    dpia: Mapped[Dpia] = relationship(back_populates="risks")

    def label(self) -> str:
        # Never the id: a risk described by nothing yet is named by its table (core/labels).
        return (self.source or self.impact or "")[:120]
