"""the facts a privacy notice states only as the firm recorded them

The organisation gains how a person exercises their rights, the national law, the cookie
policy, declarations (special-category data, sale, minors), the data location, how to get a
copy of the transfer safeguards and the firm's own notice version; a retention phase gains
more start events, how they combine and a group of people; a cookie gains the conditions of
its consent exemption. An activity's end-of-retention action may now be unknown (it was always
"delete" by default); existing values stay.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LONG = 20000
SHORT = 300
LANGUAGES = ("fr", "nl", "en")


def _text(name: str, length: int, translated: bool) -> list[sa.Column]:
    names = [name] + ([f"{name}_{lang}" for lang in LANGUAGES] if translated else [])
    return [sa.Column(n, sa.String(length), nullable=True) for n in names]


def upgrade() -> None:
    organisation: list[sa.Column] = [
        sa.Column("rights_channels", sa.JSON(), nullable=True),
        *_text("rights_form_url", SHORT, True),
        sa.Column("identity_proof", sa.String(40), nullable=True),
        sa.Column("response_days", sa.Integer(), nullable=True),
        *_text("national_law", LONG, True),
        *_text("cookie_policy_url", SHORT, True),
        *_text("cookie_consent_method", LONG, True),
        *_text("cookie_refusal_effect", LONG, True),
        sa.Column("processes_special_data", sa.Boolean(), nullable=True),
        sa.Column("sells_data", sa.Boolean(), nullable=True),
        sa.Column("processes_minors_data", sa.Boolean(), nullable=True),
        sa.Column("minors_age", sa.Integer(), nullable=True),
        *_text("data_location", LONG, True),
        *_text("safeguards_copy", LONG, True),
        sa.Column("notice_version_label", sa.String(40), nullable=True),
        sa.Column("notice_version_date", sa.Date(), nullable=True),
    ]
    with op.batch_alter_table("organisation") as batch:
        for column in organisation:
            batch.add_column(column)
    op.execute("UPDATE organisation SET rights_channels = '[]'")
    with op.batch_alter_table("organisation") as batch:
        batch.alter_column("rights_channels", existing_type=sa.JSON(), nullable=False)

    with op.batch_alter_table("retention_phase") as batch:
        batch.add_column(sa.Column("data_subject_category_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("other_start_events", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("start_combination", sa.String(40), nullable=True))
        batch.create_foreign_key(
            # Named as the naming convention names it (op.f: not named again); 65 characters,
            # which PostgreSQL (63 at most) shortens as SQLAlchemy does for the model.
            op.f("fk_retention_phase_data_subject_category_id_data_subject_category"),
            "data_subject_category",
            ["data_subject_category_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch.create_index(
            "ix_retention_phase_data_subject_category_id", ["data_subject_category_id"]
        )
    op.execute("UPDATE retention_phase SET other_start_events = '[]'")
    with op.batch_alter_table("retention_phase") as batch:
        batch.alter_column("other_start_events", existing_type=sa.JSON(), nullable=False)

    with op.batch_alter_table("cookie") as batch:
        batch.add_column(sa.Column("exemption_conditions", sa.String(LONG), nullable=True))

    with op.batch_alter_table("activity") as batch:
        batch.alter_column("end_action", existing_type=sa.String(40), nullable=True)


def downgrade() -> None:
    op.execute("UPDATE activity SET end_action = 'delete' WHERE end_action IS NULL")
    with op.batch_alter_table("activity") as batch:
        batch.alter_column("end_action", existing_type=sa.String(40), nullable=False)
    with op.batch_alter_table("cookie") as batch:
        batch.drop_column("exemption_conditions")
    with op.batch_alter_table("retention_phase") as batch:
        batch.drop_index("ix_retention_phase_data_subject_category_id")
        batch.drop_constraint(
            op.f("fk_retention_phase_data_subject_category_id_data_subject_category"),
            type_="foreignkey",
        )
        for name in ("start_combination", "other_start_events", "data_subject_category_id"):
            batch.drop_column(name)
    with op.batch_alter_table("organisation") as batch:
        for name in reversed(
            [
                "rights_channels",
                "identity_proof",
                "response_days",
                "processes_special_data",
                "sells_data",
                "processes_minors_data",
                "minors_age",
                "notice_version_label",
                "notice_version_date",
            ]
        ):
            batch.drop_column(name)
        for base in (
            "rights_form_url",
            "national_law",
            "cookie_policy_url",
            "cookie_consent_method",
            "cookie_refusal_effect",
            "data_location",
            "safeguards_copy",
        ):
            for name in [base] + [f"{base}_{lang}" for lang in LANGUAGES]:
                batch.drop_column(name)
