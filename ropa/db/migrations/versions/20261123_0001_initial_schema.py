"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 07:00:01.665011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=300), nullable=False),
        sa.Column("batch", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("entity_type", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("entity_label", sa.String(length=300), nullable=True),
        sa.Column(
            "action",
            sa.Enum(
                "create",
                "update",
                "delete",
                "import",
                name="changeaction",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change")),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_batch"), ["batch"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_change_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "organisation",
        sa.Column("legal_name", sa.String(length=300), nullable=False),
        sa.Column("trade_name", sa.String(length=300), nullable=True),
        sa.Column("legal_form", sa.String(length=300), nullable=True),
        sa.Column("street", sa.String(length=300), nullable=True),
        sa.Column("postcode", sa.String(length=20), nullable=True),
        sa.Column("city", sa.String(length=300), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column(
            "language",
            sa.Enum("fr", "nl", "en", name="language", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("enterprise_number", sa.String(length=40), nullable=True),
        sa.Column("siren", sa.String(length=40), nullable=True),
        sa.Column("siret", sa.String(length=40), nullable=True),
        sa.Column("rcs", sa.String(length=300), nullable=True),
        sa.Column("vat_number", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("legal_representative", sa.String(length=300), nullable=True),
        sa.Column("dpo_designated", sa.Boolean(), nullable=False),
        sa.Column("dpo_name", sa.String(length=300), nullable=True),
        sa.Column("dpo_email", sa.String(length=300), nullable=True),
        sa.Column("dpo_phone", sa.String(length=40), nullable=True),
        sa.Column("dpo_address", sa.String(length=20000), nullable=True),
        sa.Column("eu_representative_name", sa.String(length=300), nullable=True),
        sa.Column("eu_representative_contact", sa.String(length=20000), nullable=True),
        sa.Column("supervisory_authority", sa.String(length=20), nullable=True),
        sa.Column("notice_introduction", sa.String(length=20000), nullable=True),
        sa.Column("notice_closing", sa.String(length=20000), nullable=True),
        sa.Column("notes", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "activity",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=True),
        sa.Column("public_description", sa.String(length=20000), nullable=True),
        sa.Column(
            "role",
            sa.Enum(
                "controller",
                "joint_controller",
                "processor",
                name="role",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("owner", sa.String(length=300), nullable=True),
        sa.Column("department", sa.String(length=300), nullable=True),
        sa.Column(
            "status",
            sa.Enum("draft", "active", "retired", name="status", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("last_reviewed", sa.Date(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("collected_from_subject", sa.Boolean(), nullable=False),
        sa.Column("automated_decision", sa.Boolean(), nullable=False),
        sa.Column("profiling", sa.Boolean(), nullable=False),
        sa.Column("automated_logic", sa.String(length=20000), nullable=True),
        sa.Column("automated_consequences", sa.String(length=20000), nullable=True),
        sa.Column(
            "dpia_status",
            sa.Enum(
                "not_assessed",
                "not_required",
                "required",
                "in_progress",
                "done",
                name="dpiastatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("dpia_criteria", sa.JSON(), nullable=False),
        sa.Column("dpia_reference", sa.String(length=20000), nullable=True),
        sa.Column("dpia_date", sa.Date(), nullable=True),
        sa.Column("security_notes", sa.String(length=20000), nullable=True),
        sa.Column("data_location", sa.String(length=20000), nullable=True),
        sa.Column(
            "end_action",
            sa.Enum(
                "delete",
                "anonymise",
                "return_then_delete",
                name="endaction",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("in_notice", sa.Boolean(), nullable=False),
        sa.Column("audiences", sa.JSON(), nullable=False),
        sa.Column("notes", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_activity_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
        sa.UniqueConstraint(
            "organisation_id", "reference", name=op.f("uq_activity_organisation_id")
        ),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "data_category",
        sa.Column("is_special", sa.Boolean(), nullable=False),
        sa.Column("is_criminal", sa.Boolean(), nullable=False),
        sa.Column("is_national_id", sa.Boolean(), nullable=False),
        sa.Column("concerns_minors", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=True),
        sa.Column("seed_key", sa.String(length=80), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_data_category_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_category")),
        sa.UniqueConstraint(
            "organisation_id", "name", name=op.f("uq_data_category_organisation_id")
        ),
    )
    with op.batch_alter_table("data_category", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_data_category_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "data_subject_category",
        sa.Column("is_minors", sa.Boolean(), nullable=False),
        sa.Column("is_vulnerable", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=True),
        sa.Column("seed_key", sa.String(length=80), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_data_subject_category_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_subject_category")),
        sa.UniqueConstraint(
            "organisation_id", "name", name=op.f("uq_data_subject_category_organisation_id")
        ),
    )
    with op.batch_alter_table("data_subject_category", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_data_subject_category_organisation_id"),
            ["organisation_id"],
            unique=False,
        )

    op.create_table(
        "party",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "processor",
                "third_party",
                "public_authority",
                "joint_controller",
                "client_controller",
                name="partykind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("service", sa.String(length=20000), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("address", sa.String(length=20000), nullable=True),
        sa.Column("contact_name", sa.String(length=300), nullable=True),
        sa.Column("email", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("enterprise_number", sa.String(length=40), nullable=True),
        sa.Column("dpo_name", sa.String(length=300), nullable=True),
        sa.Column("dpo_contact", sa.String(length=20000), nullable=True),
        sa.Column("representative", sa.String(length=20000), nullable=True),
        sa.Column("privacy_policy_url", sa.String(length=300), nullable=True),
        sa.Column("contract_signed", sa.Boolean(), nullable=False),
        sa.Column("contract_date", sa.Date(), nullable=True),
        sa.Column("contract_reference", sa.String(length=20000), nullable=True),
        sa.Column("notes", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_party_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party")),
    )
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_party_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "recipient_category",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=True),
        sa.Column("seed_key", sa.String(length=80), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_recipient_category_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient_category")),
        sa.UniqueConstraint(
            "organisation_id", "name", name=op.f("uq_recipient_category_organisation_id")
        ),
    )
    with op.batch_alter_table("recipient_category", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recipient_category_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "security_measure",
        sa.Column(
            "kind",
            sa.Enum(
                "technical", "organisational", name="measurekind", native_enum=False, length=40
            ),
            nullable=False,
        ),
        sa.Column("group", sa.String(length=300), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=True),
        sa.Column("seed_key", sa.String(length=80), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_security_measure_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_measure")),
        sa.UniqueConstraint(
            "organisation_id", "name", name=op.f("uq_security_measure_organisation_id")
        ),
    )
    with op.batch_alter_table("security_measure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_security_measure_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "activity_client",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.String(length=36), nullable=False),
        sa.Column("processing_categories", sa.String(length=20000), nullable=True),
        sa.Column("contract_reference", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_client_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["party.id"],
            name=op.f("fk_activity_client_party_id_party"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_client")),
        sa.UniqueConstraint("activity_id", "party_id", name=op.f("uq_activity_client_activity_id")),
    )
    with op.batch_alter_table("activity_client", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_client_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activity_client_party_id"), ["party_id"], unique=False)

    op.create_table(
        "activity_data_category",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("data_category_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("detail", sa.String(length=20000), nullable=True),
        sa.Column(
            "art9_condition",
            sa.Enum(
                "a_explicit_consent",
                "b_employment_social_security",
                "c_vital_interests",
                "d_not_for_profit_body",
                "e_made_public",
                "f_legal_claims",
                "g_substantial_public_interest",
                "h_health_social_care",
                "i_public_health",
                "j_archiving_research",
                name="art9condition",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("art9_detail", sa.String(length=20000), nullable=True),
        sa.Column("art10_basis", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_data_category_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["data_category_id"],
            ["data_category.id"],
            name=op.f("fk_activity_data_category_data_category_id_data_category"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_data_category")),
        sa.UniqueConstraint(
            "activity_id", "data_category_id", name=op.f("uq_activity_data_category_activity_id")
        ),
    )
    with op.batch_alter_table("activity_data_category", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_data_category_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_data_category_data_category_id"),
            ["data_category_id"],
            unique=False,
        )

    op.create_table(
        "activity_data_subject",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("data_subject_category_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_data_subject_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["data_subject_category_id"],
            ["data_subject_category.id"],
            name=op.f("fk_activity_data_subject_data_subject_category_id_data_subject_category"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "activity_id", "data_subject_category_id", name=op.f("pk_activity_data_subject")
        ),
    )
    with op.batch_alter_table("activity_data_subject", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_data_subject_data_subject_category_id"),
            ["data_subject_category_id"],
            unique=False,
        )

    op.create_table(
        "activity_joint_controller",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.String(length=36), nullable=False),
        sa.Column("responsibilities", sa.String(length=20000), nullable=True),
        sa.Column("contact_point", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_joint_controller_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["party.id"],
            name=op.f("fk_activity_joint_controller_party_id_party"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_joint_controller")),
        sa.UniqueConstraint(
            "activity_id", "party_id", name=op.f("uq_activity_joint_controller_activity_id")
        ),
    )
    with op.batch_alter_table("activity_joint_controller", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_joint_controller_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_joint_controller_party_id"), ["party_id"], unique=False
        )

    op.create_table(
        "activity_recipient",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "internal",
                "processor",
                "third_party",
                "public_authority",
                "joint_controller",
                name="recipientkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("party_id", sa.String(length=36), nullable=True),
        sa.Column("recipient_category_id", sa.String(length=36), nullable=True),
        sa.Column("department", sa.String(length=300), nullable=True),
        sa.Column("recipient_name", sa.String(length=300), nullable=True),
        sa.Column("detail", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_recipient_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["party.id"],
            name=op.f("fk_activity_recipient_party_id_party"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_category_id"],
            ["recipient_category.id"],
            name=op.f("fk_activity_recipient_recipient_category_id_recipient_category"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_recipient")),
    )
    with op.batch_alter_table("activity_recipient", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_recipient_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_recipient_party_id"), ["party_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_recipient_recipient_category_id"),
            ["recipient_category_id"],
            unique=False,
        )

    op.create_table(
        "activity_security_measure",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("security_measure_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_security_measure_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["security_measure_id"],
            ["security_measure.id"],
            name=op.f("fk_activity_security_measure_security_measure_id_security_measure"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "activity_id", "security_measure_id", name=op.f("pk_activity_security_measure")
        ),
    )
    with op.batch_alter_table("activity_security_measure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_security_measure_security_measure_id"),
            ["security_measure_id"],
            unique=False,
        )

    op.create_table(
        "data_source",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=False),
        sa.Column("is_public", sa.Boolean(), nullable=False),
        sa.Column("party_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_data_source_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["party.id"],
            name=op.f("fk_data_source_party_id_party"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_source")),
    )
    with op.batch_alter_table("data_source", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_data_source_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_data_source_party_id"), ["party_id"], unique=False)

    op.create_table(
        "party_subprocessor",
        sa.Column("party_id", sa.String(length=36), nullable=False),
        sa.Column("subprocessor_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["party.id"],
            name=op.f("fk_party_subprocessor_party_id_party"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subprocessor_id"],
            ["party.id"],
            name=op.f("fk_party_subprocessor_subprocessor_id_party"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("party_id", "subprocessor_id", name=op.f("pk_party_subprocessor")),
    )
    op.create_table(
        "purpose",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=20000), nullable=False),
        sa.Column(
            "legal_basis",
            sa.Enum(
                "consent",
                "contract",
                "legal_obligation",
                "vital_interests",
                "public_task",
                "legitimate_interests",
                name="legalbasis",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("legitimate_interest", sa.String(length=20000), nullable=True),
        sa.Column("balancing_note", sa.String(length=20000), nullable=True),
        sa.Column("lia_reference", sa.String(length=20000), nullable=True),
        sa.Column("legal_reference", sa.String(length=20000), nullable=True),
        sa.Column("consent_collection", sa.String(length=20000), nullable=True),
        sa.Column("consent_withdrawal", sa.String(length=20000), nullable=True),
        sa.Column("consent_record", sa.String(length=20000), nullable=True),
        sa.Column("contract_description", sa.String(length=20000), nullable=True),
        sa.Column(
            "provision_requirement",
            sa.Enum(
                "statutory",
                "contractual",
                "contract_prerequisite",
                "voluntary",
                name="provisionrequirement",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("provision_consequences", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_purpose_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purpose")),
    )
    with op.batch_alter_table("purpose", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_purpose_activity_id"), ["activity_id"], unique=False)

    op.create_table(
        "transfer",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("party_id", sa.String(length=36), nullable=True),
        sa.Column("recipient_name", sa.String(length=300), nullable=True),
        sa.Column(
            "safeguard",
            sa.Enum(
                "adequacy",
                "eu_us_dpf",
                "scc",
                "bcr",
                "code_of_conduct",
                "certification",
                "ad_hoc_clauses",
                "derogation_art49",
                name="safeguard",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("derogation", sa.String(length=20000), nullable=True),
        sa.Column("document_reference", sa.String(length=20000), nullable=True),
        sa.Column("copy_access", sa.String(length=20000), nullable=True),
        sa.Column("notes", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_transfer_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["party_id"], ["party.id"], name=op.f("fk_transfer_party_id_party"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer")),
    )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfer_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_transfer_party_id"), ["party_id"], unique=False)

    op.create_table(
        "cookie",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("provider", sa.String(length=300), nullable=True),
        sa.Column("party_id", sa.String(length=36), nullable=True),
        sa.Column("first_party", sa.Boolean(), nullable=False),
        sa.Column("domain", sa.String(length=300), nullable=True),
        sa.Column("purpose", sa.String(length=20000), nullable=True),
        sa.Column(
            "category",
            sa.Enum(
                "strictly_necessary",
                "functional",
                "analytics",
                "marketing",
                name="cookiecategory",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("lifetime_value", sa.Integer(), nullable=True),
        sa.Column(
            "lifetime_unit",
            sa.Enum(
                "session",
                "minutes",
                "hours",
                "days",
                "months",
                "years",
                name="lifetimeunit",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("consent_required", sa.Boolean(), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("transfer_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_cookie_activity_id_activity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_cookie_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["party_id"], ["party.id"], name=op.f("fk_cookie_party_id_party"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["transfer.id"],
            name=op.f("fk_cookie_transfer_id_transfer"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cookie")),
    )
    with op.batch_alter_table("cookie", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cookie_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_cookie_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cookie_party_id"), ["party_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cookie_transfer_id"), ["transfer_id"], unique=False)

    op.create_table(
        "retention_phase",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "phase",
            sa.Enum(
                "active",
                "intermediate_archive",
                name="retentionphasekind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("purpose_id", sa.String(length=36), nullable=True),
        sa.Column("data_category_id", sa.String(length=36), nullable=True),
        sa.Column("duration_value", sa.Integer(), nullable=True),
        sa.Column(
            "duration_unit",
            sa.Enum("days", "months", "years", name="durationunit", native_enum=False, length=40),
            nullable=True,
        ),
        sa.Column("criterion", sa.String(length=20000), nullable=True),
        sa.Column(
            "start_event",
            sa.Enum(
                "collection",
                "last_contact",
                "end_of_contract",
                "account_closure",
                "end_of_relationship",
                "end_of_fiscal_year",
                "end_of_employment",
                "consent_withdrawal",
                "request_closed",
                "event_date",
                "end_of_previous_phase",
                "other",
                name="startevent",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("start_event_detail", sa.String(length=20000), nullable=True),
        sa.Column("legal_reference", sa.String(length=20000), nullable=True),
        sa.Column("justification", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_retention_phase_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["data_category_id"],
            ["data_category.id"],
            name=op.f("fk_retention_phase_data_category_id_data_category"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["purpose_id"],
            ["purpose.id"],
            name=op.f("fk_retention_phase_purpose_id_purpose"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_phase")),
    )
    with op.batch_alter_table("retention_phase", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_retention_phase_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_retention_phase_data_category_id"), ["data_category_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_retention_phase_purpose_id"), ["purpose_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("retention_phase", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retention_phase_purpose_id"))
        batch_op.drop_index(batch_op.f("ix_retention_phase_data_category_id"))
        batch_op.drop_index(batch_op.f("ix_retention_phase_activity_id"))

    op.drop_table("retention_phase")
    with op.batch_alter_table("cookie", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cookie_transfer_id"))
        batch_op.drop_index(batch_op.f("ix_cookie_party_id"))
        batch_op.drop_index(batch_op.f("ix_cookie_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_cookie_activity_id"))

    op.drop_table("cookie")
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_party_id"))
        batch_op.drop_index(batch_op.f("ix_transfer_activity_id"))

    op.drop_table("transfer")
    with op.batch_alter_table("purpose", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purpose_activity_id"))

    op.drop_table("purpose")
    op.drop_table("party_subprocessor")
    with op.batch_alter_table("data_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_data_source_party_id"))
        batch_op.drop_index(batch_op.f("ix_data_source_activity_id"))

    op.drop_table("data_source")
    with op.batch_alter_table("activity_security_measure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_security_measure_security_measure_id"))

    op.drop_table("activity_security_measure")
    with op.batch_alter_table("activity_recipient", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_recipient_recipient_category_id"))
        batch_op.drop_index(batch_op.f("ix_activity_recipient_party_id"))
        batch_op.drop_index(batch_op.f("ix_activity_recipient_activity_id"))

    op.drop_table("activity_recipient")
    with op.batch_alter_table("activity_joint_controller", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_joint_controller_party_id"))
        batch_op.drop_index(batch_op.f("ix_activity_joint_controller_activity_id"))

    op.drop_table("activity_joint_controller")
    with op.batch_alter_table("activity_data_subject", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_data_subject_data_subject_category_id"))

    op.drop_table("activity_data_subject")
    with op.batch_alter_table("activity_data_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_data_category_data_category_id"))
        batch_op.drop_index(batch_op.f("ix_activity_data_category_activity_id"))

    op.drop_table("activity_data_category")
    with op.batch_alter_table("activity_client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_client_party_id"))
        batch_op.drop_index(batch_op.f("ix_activity_client_activity_id"))

    op.drop_table("activity_client")
    with op.batch_alter_table("security_measure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_security_measure_organisation_id"))

    op.drop_table("security_measure")
    with op.batch_alter_table("recipient_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recipient_category_organisation_id"))

    op.drop_table("recipient_category")
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_party_organisation_id"))

    op.drop_table("party")
    with op.batch_alter_table("data_subject_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_data_subject_category_organisation_id"))

    op.drop_table("data_subject_category")
    with op.batch_alter_table("data_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_data_category_organisation_id"))

    op.drop_table("data_category")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_organisation_id"))

    op.drop_table("activity")
    op.drop_table("setting")
    op.drop_table("organisation")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_change_entity_id"))
        batch_op.drop_index(batch_op.f("ix_change_batch"))
        batch_op.drop_index(batch_op.f("ix_change_at"))

    op.drop_table("change")
