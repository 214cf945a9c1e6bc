"""data protection impact assessments (Art. 35-36) as records of their own

An activity said whether it needs an impact assessment (its DPIA status, the WP248 criteria it
meets) and where the assessment is filed (a reference and a date). The assessment itself now has
an entry of its own: its status and dates, the content Art. 35(7) asks for, the residual risk,
the DPO's advice, the views of the people, the decision and the prior consultation of the
authority (Art. 36); the activities it covers (one assessment may cover several similar
operations); and its risks, each with its likelihood and severity before and after the measures
(the CNIL's PIA method). New tables only: nothing existing changes, and an activity keeps its
own DPIA fields.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 00:00:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

RISK_LEVELS = ("negligible", "limited", "significant", "maximum")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=40)


def _stamps() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "dpia",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "status",
            _enum("dpiarecordstatus", "in_progress", "completed", "abandoned"),
            nullable=True,
        ),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("description", sa.String(length=20000), nullable=True),
        sa.Column("necessity", sa.String(length=20000), nullable=True),
        sa.Column("measures", sa.String(length=20000), nullable=True),
        sa.Column(
            "residual_risk", _enum("dpiaresidualrisk", "low", "medium", "high"), nullable=True
        ),
        sa.Column("dpo_advice", sa.String(length=20000), nullable=True),
        sa.Column("dpo_advice_on", sa.Date(), nullable=True),
        sa.Column("people_views", sa.String(length=20000), nullable=True),
        sa.Column(
            "decision",
            _enum("dpiadecision", "proceed", "proceed_with_measures", "do_not_proceed"),
            nullable=True,
        ),
        sa.Column("decision_by", sa.String(length=300), nullable=True),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column(
            "prior_consultation",
            _enum("priorconsultation", "not_required", "required", "done"),
            nullable=True,
        ),
        sa.Column("consulted_on", sa.Date(), nullable=True),
        sa.Column("authority_reply", sa.String(length=20000), nullable=True),
        sa.Column("notes", sa.String(length=20000), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_dpia_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dpia")),
    )
    op.create_index(op.f("ix_dpia_organisation_id"), "dpia", ["organisation_id"], unique=False)
    op.create_table(
        "dpia_activity",
        sa.Column("dpia_id", sa.String(length=36), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_dpia_activity_activity_id_activity"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["dpia_id"],
            ["dpia.id"],
            name=op.f("fk_dpia_activity_dpia_id_dpia"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("dpia_id", "activity_id", name=op.f("pk_dpia_activity")),
    )
    op.create_index(
        op.f("ix_dpia_activity_activity_id"), "dpia_activity", ["activity_id"], unique=False
    )
    op.create_table(
        "dpia_risk",
        sa.Column("dpia_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20000), nullable=True),
        sa.Column("impact", sa.String(length=20000), nullable=True),
        sa.Column("likelihood", _enum("risklevel", *RISK_LEVELS), nullable=True),
        sa.Column("severity", _enum("risklevel", *RISK_LEVELS), nullable=True),
        sa.Column("measures", sa.String(length=20000), nullable=True),
        sa.Column("likelihood_after", _enum("risklevel", *RISK_LEVELS), nullable=True),
        sa.Column("severity_after", _enum("risklevel", *RISK_LEVELS), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["dpia_id"],
            ["dpia.id"],
            name=op.f("fk_dpia_risk_dpia_id_dpia"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dpia_risk")),
    )
    op.create_index(op.f("ix_dpia_risk_dpia_id"), "dpia_risk", ["dpia_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_dpia_risk_dpia_id"), table_name="dpia_risk")
    op.drop_table("dpia_risk")
    op.drop_index(op.f("ix_dpia_activity_activity_id"), table_name="dpia_activity")
    op.drop_table("dpia_activity")
    op.drop_index(op.f("ix_dpia_organisation_id"), table_name="dpia")
    op.drop_table("dpia")
