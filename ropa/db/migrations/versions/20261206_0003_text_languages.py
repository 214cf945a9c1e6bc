"""texts in each document language: a column per language beside each translatable text,
and the organisation's other document languages

Existing texts stay where they are: they are the main language's (the organisation's
``language``); the new columns start empty.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# table -> (column, length) added, frozen here as they were at this revision.
COLUMNS: dict[str, tuple[tuple[str, int], ...]] = {
    "activity": (
        ("name_fr", 300),
        ("name_nl", 300),
        ("name_en", 300),
        ("department_fr", 300),
        ("department_nl", 300),
        ("department_en", 300),
        ("public_description_fr", 20000),
        ("public_description_nl", 20000),
        ("public_description_en", 20000),
        ("automated_logic_fr", 20000),
        ("automated_logic_nl", 20000),
        ("automated_logic_en", 20000),
        ("automated_consequences_fr", 20000),
        ("automated_consequences_nl", 20000),
        ("automated_consequences_en", 20000),
        ("security_notes_fr", 20000),
        ("security_notes_nl", 20000),
        ("security_notes_en", 20000),
        ("data_location_fr", 20000),
        ("data_location_nl", 20000),
        ("data_location_en", 20000),
    ),
    "purpose": (
        ("description_fr", 20000),
        ("description_nl", 20000),
        ("description_en", 20000),
        ("legitimate_interest_fr", 20000),
        ("legitimate_interest_nl", 20000),
        ("legitimate_interest_en", 20000),
        ("balancing_note_fr", 20000),
        ("balancing_note_nl", 20000),
        ("balancing_note_en", 20000),
        ("legal_reference_fr", 20000),
        ("legal_reference_nl", 20000),
        ("legal_reference_en", 20000),
        ("consent_collection_fr", 20000),
        ("consent_collection_nl", 20000),
        ("consent_collection_en", 20000),
        ("consent_withdrawal_fr", 20000),
        ("consent_withdrawal_nl", 20000),
        ("consent_withdrawal_en", 20000),
        ("contract_description_fr", 20000),
        ("contract_description_nl", 20000),
        ("contract_description_en", 20000),
        ("provision_consequences_fr", 20000),
        ("provision_consequences_nl", 20000),
        ("provision_consequences_en", 20000),
    ),
    "activity_data_category": (
        ("detail_fr", 20000),
        ("detail_nl", 20000),
        ("detail_en", 20000),
        ("art9_detail_fr", 20000),
        ("art9_detail_nl", 20000),
        ("art9_detail_en", 20000),
        ("art10_basis_fr", 20000),
        ("art10_basis_nl", 20000),
        ("art10_basis_en", 20000),
    ),
    "data_source": (
        ("description_fr", 20000),
        ("description_nl", 20000),
        ("description_en", 20000),
    ),
    "activity_recipient": (
        ("department_fr", 300),
        ("department_nl", 300),
        ("department_en", 300),
        ("recipient_name_fr", 300),
        ("recipient_name_nl", 300),
        ("recipient_name_en", 300),
        ("detail_fr", 20000),
        ("detail_nl", 20000),
        ("detail_en", 20000),
    ),
    "transfer": (
        ("recipient_name_fr", 300),
        ("recipient_name_nl", 300),
        ("recipient_name_en", 300),
        ("derogation_fr", 20000),
        ("derogation_nl", 20000),
        ("derogation_en", 20000),
        ("copy_access_fr", 20000),
        ("copy_access_nl", 20000),
        ("copy_access_en", 20000),
    ),
    "retention_phase": (
        ("criterion_fr", 20000),
        ("criterion_nl", 20000),
        ("criterion_en", 20000),
        ("start_event_detail_fr", 20000),
        ("start_event_detail_nl", 20000),
        ("start_event_detail_en", 20000),
        ("legal_reference_fr", 20000),
        ("legal_reference_nl", 20000),
        ("legal_reference_en", 20000),
        ("justification_fr", 20000),
        ("justification_nl", 20000),
        ("justification_en", 20000),
    ),
    "activity_client": (
        ("processing_categories_fr", 20000),
        ("processing_categories_nl", 20000),
        ("processing_categories_en", 20000),
    ),
    "activity_joint_controller": (
        ("responsibilities_fr", 20000),
        ("responsibilities_nl", 20000),
        ("responsibilities_en", 20000),
        ("contact_point_fr", 20000),
        ("contact_point_nl", 20000),
        ("contact_point_en", 20000),
    ),
    "data_category": (
        ("name_fr", 300),
        ("name_nl", 300),
        ("name_en", 300),
        ("description_fr", 20000),
        ("description_nl", 20000),
        ("description_en", 20000),
    ),
    "data_subject_category": (
        ("name_fr", 300),
        ("name_nl", 300),
        ("name_en", 300),
        ("description_fr", 20000),
        ("description_nl", 20000),
        ("description_en", 20000),
    ),
    "recipient_category": (
        ("name_fr", 300),
        ("name_nl", 300),
        ("name_en", 300),
        ("description_fr", 20000),
        ("description_nl", 20000),
        ("description_en", 20000),
    ),
    "security_measure": (
        ("name_fr", 300),
        ("name_nl", 300),
        ("name_en", 300),
        ("description_fr", 20000),
        ("description_nl", 20000),
        ("description_en", 20000),
        ("group_fr", 300),
        ("group_nl", 300),
        ("group_en", 300),
    ),
    "cookie": (
        ("purpose_fr", 20000),
        ("purpose_nl", 20000),
        ("purpose_en", 20000),
    ),
    "organisation": (
        ("legal_name_fr", 300),
        ("legal_name_nl", 300),
        ("legal_name_en", 300),
        ("trade_name_fr", 300),
        ("trade_name_nl", 300),
        ("trade_name_en", 300),
        ("legal_form_fr", 300),
        ("legal_form_nl", 300),
        ("legal_form_en", 300),
        ("legal_representative_fr", 300),
        ("legal_representative_nl", 300),
        ("legal_representative_en", 300),
        ("notice_introduction_fr", 20000),
        ("notice_introduction_nl", 20000),
        ("notice_introduction_en", 20000),
        ("notice_closing_fr", 20000),
        ("notice_closing_nl", 20000),
        ("notice_closing_en", 20000),
    ),
    "party": (
        ("service_fr", 20000),
        ("service_nl", 20000),
        ("service_en", 20000),
    ),
}


def upgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("other_languages", sa.JSON(), nullable=False, server_default="[]")
        )
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, length in columns:
                batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=True))


def downgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, _length in columns:
                batch_op.drop_column(name)
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("other_languages")
