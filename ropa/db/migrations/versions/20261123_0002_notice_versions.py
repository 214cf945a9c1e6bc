"""notice versions: the published versions of the public privacy notice

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:27:12.484950
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notice_version",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("audience", sa.String(length=40), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("published_by", sa.String(length=300), nullable=False),
        sa.Column("register_version", sa.Integer(), nullable=False),
        sa.Column("register_changed_at", sa.DateTime(), nullable=True),
        sa.Column("contents", sa.JSON(), nullable=False),
        sa.Column("hashes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_version")),
        sa.UniqueConstraint(
            "organisation_id", "audience", "number", name=op.f("uq_notice_version_organisation_id")
        ),
    )
    with op.batch_alter_table("notice_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_notice_version_organisation_id"), ["organisation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("notice_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notice_version_organisation_id"))

    op.drop_table("notice_version")
