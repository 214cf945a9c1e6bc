"""Per-organisation catalogues: data categories, data subjects, recipient categories, measures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from ropa.db.base import Base, Entity, enum_type, long, short
from ropa.db.enums import MeasureKind
from ropa.db.translations import add_translations

if TYPE_CHECKING:
    from ropa.db.models.organisation import Organisation


class CatalogueEntry(Entity):
    """Fields shared by every catalogue entry."""

    name: Mapped[str] = mapped_column(short())
    description: Mapped[str | None] = mapped_column(long())
    # Stable key of an entry seeded by ropa (None for the user's own entries).
    seed_key: Mapped[str | None] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0)

    @declared_attr
    def organisation_id(cls) -> Mapped[str]:  # noqa: N805
        return mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), index=True)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[UniqueConstraint, ...]:  # noqa: N805
        return (UniqueConstraint("organisation_id", "name"),)


class DataCategory(CatalogueEntry, Base):
    __tablename__ = "data_category"

    is_special: Mapped[bool] = mapped_column(Boolean, default=False)  # Art. 9
    is_criminal: Mapped[bool] = mapped_column(Boolean, default=False)  # Art. 10
    is_national_id: Mapped[bool] = mapped_column(Boolean, default=False)  # Art. 87
    concerns_minors: Mapped[bool] = mapped_column(Boolean, default=False)

    organisation: Mapped[Organisation] = relationship(back_populates="data_categories")


class DataSubjectCategory(CatalogueEntry, Base):
    __tablename__ = "data_subject_category"

    is_minors: Mapped[bool] = mapped_column(Boolean, default=False)
    is_vulnerable: Mapped[bool] = mapped_column(Boolean, default=False)

    organisation: Mapped[Organisation] = relationship(back_populates="data_subject_categories")


class RecipientCategory(CatalogueEntry, Base):
    __tablename__ = "recipient_category"

    organisation: Mapped[Organisation] = relationship(back_populates="recipient_categories")


class SecurityMeasure(CatalogueEntry, Base):
    __tablename__ = "security_measure"

    kind: Mapped[MeasureKind] = mapped_column(enum_type(MeasureKind), default=MeasureKind.TECHNICAL)
    group: Mapped[str | None] = mapped_column(short())  # e.g. an ISO 27001 control group

    organisation: Mapped[Organisation] = relationship(back_populates="security_measures")


for _model in (DataCategory, DataSubjectCategory, RecipientCategory):
    add_translations(_model, "name", "description")
add_translations(SecurityMeasure, "name", "description", "group")
