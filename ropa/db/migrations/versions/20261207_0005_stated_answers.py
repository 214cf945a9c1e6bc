"""yes / no / not recorded for the answers a document states: the DPO, automated decisions
and profiling, transfers outside the EEA, and whether a data source is public

Whether a DPO is designated, whether an activity decides automatically or profiles, and
whether a data source is publicly accessible were "no" unless ticked; they may now be
unknown, which new records start as, so that no notice says "no" for a firm that never
answered. Existing values stay: they may have been answered.
An activity gains whether its data leave the EEA: "yes" where it lists transfers; otherwise
unknown until the firm answers (a notice said "we do not transfer" for an empty list).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.alter_column("dpo_designated", existing_type=sa.Boolean(), nullable=True)
    with op.batch_alter_table("data_source") as batch:
        batch.alter_column("is_public", existing_type=sa.Boolean(), nullable=True)
    with op.batch_alter_table("activity") as batch:
        batch.alter_column("automated_decision", existing_type=sa.Boolean(), nullable=True)
        batch.alter_column("profiling", existing_type=sa.Boolean(), nullable=True)
        batch.add_column(sa.Column("transfers_outside_eea", sa.Boolean(), nullable=True))
    activity = sa.table("activity", sa.column("id"), sa.column("transfers_outside_eea"))
    transfer = sa.table("transfer", sa.column("activity_id"))
    op.execute(
        activity.update()
        .where(activity.c.id.in_(sa.select(transfer.c.activity_id)))
        .values(transfers_outside_eea=sa.true())
    )


def downgrade() -> None:
    with op.batch_alter_table("activity") as batch:
        batch.drop_column("transfers_outside_eea")
    for table, column in (
        ("activity", "automated_decision"),
        ("activity", "profiling"),
        ("organisation", "dpo_designated"),
        ("data_source", "is_public"),
    ):
        rows = sa.table(table, sa.column(column))
        op.execute(rows.update().where(rows.c[column].is_(None)).values({column: sa.false()}))
    with op.batch_alter_table("activity") as batch:
        batch.alter_column("automated_decision", existing_type=sa.Boolean(), nullable=False)
        batch.alter_column("profiling", existing_type=sa.Boolean(), nullable=False)
    with op.batch_alter_table("organisation") as batch:
        batch.alter_column("dpo_designated", existing_type=sa.Boolean(), nullable=False)
    with op.batch_alter_table("data_source") as batch:
        batch.alter_column("is_public", existing_type=sa.Boolean(), nullable=False)
