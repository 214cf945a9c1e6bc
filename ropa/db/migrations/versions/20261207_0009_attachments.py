"""documents attached to contracts, impact assessments, breaches and activities

A signed processing contract, a DPIA report, a legitimate-interest assessment or a breach's
evidence is kept inside the register file: an `attachment` row names the file and the record it
belongs to (exactly one of a contract, an assessment, a breach or an activity), and its bytes are
an `attachment_blob` row keyed by their SHA-256 (stored once however often attached). New tables
only: nothing existing changes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OWNERS = (("contract_id", "contract"), ("dpia_id", "dpia"), ("breach_id", "breach"))
INDEXED = ("organisation_id", "blob_id", "contract_id", "dpia_id", "breach_id", "activity_id")
ONE_OWNER = (
    " + ".join(
        f"(CASE WHEN {name} IS NULL THEN 0 ELSE 1 END)"
        for name in ("contract_id", "dpia_id", "breach_id", "activity_id")
    )
    + " = 1"
)


def upgrade() -> None:
    op.create_table(
        "attachment_blob",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_blob")),
    )
    op.create_table(
        "attachment",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=True),
        sa.Column("media_type", sa.String(length=120), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("blob_id", sa.String(length=64), nullable=False),
        sa.Column("contract_id", sa.String(length=36), nullable=True),
        sa.Column("dpia_id", sa.String(length=36), nullable=True),
        sa.Column("breach_id", sa.String(length=36), nullable=True),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(ONE_OWNER, name=op.f("ck_attachment_one_owner")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_attachment_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["blob_id"],
            ["attachment_blob.id"],
            name=op.f("fk_attachment_blob_id_attachment_blob"),
            ondelete="RESTRICT",
        ),
        *(
            sa.ForeignKeyConstraint(
                [column],
                [f"{table}.id"],
                name=op.f(f"fk_attachment_{column}_{table}"),
                ondelete="CASCADE",
            )
            for column, table in (*OWNERS, ("activity_id", "activity"))
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    for column in INDEXED:
        op.create_index(op.f(f"ix_attachment_{column}"), "attachment", [column], unique=False)


def downgrade() -> None:
    for column in reversed(INDEXED):
        op.drop_index(op.f(f"ix_attachment_{column}"), table_name="attachment")
    op.drop_table("attachment")
    op.drop_table("attachment_blob")
