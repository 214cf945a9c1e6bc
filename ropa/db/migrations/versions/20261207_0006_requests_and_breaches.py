"""the accountability file: rights requests and personal data breaches

A request a person made to exercise their rights (received, rights, identity check,
extension, decision, answer; for a processor the client controller and when it was
forwarded) and a breach (discovered, nature, people and records, risk, measures, the
authority notified, the people informed, the client controllers told), each with the
activities it concerns. New tables only: nothing existing changes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 00:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "breach",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("discovered_at", sa.DateTime(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("how_discovered", sa.String(length=20000), nullable=True),
        sa.Column("description", sa.String(length=20000), nullable=True),
        sa.Column("natures", sa.JSON(), nullable=False),
        sa.Column("people_count", sa.Integer(), nullable=True),
        sa.Column("records_count", sa.Integer(), nullable=True),
        sa.Column("consequences", sa.String(length=20000), nullable=True),
        sa.Column(
            "risk",
            sa.Enum(
                "unlikely", "risk", "high_risk", name="breachrisk", native_enum=False, length=40
            ),
            nullable=True,
        ),
        sa.Column("risk_reasoning", sa.String(length=20000), nullable=True),
        sa.Column("measures_taken", sa.String(length=20000), nullable=True),
        sa.Column("measures_proposed", sa.String(length=20000), nullable=True),
        sa.Column("authority_notified_at", sa.DateTime(), nullable=True),
        sa.Column("authority_reference", sa.String(length=300), nullable=True),
        sa.Column("delay_reasons", sa.String(length=20000), nullable=True),
        sa.Column("people_informed_on", sa.Date(), nullable=True),
        sa.Column("people_informed_how", sa.String(length=20000), nullable=True),
        sa.Column(
            "inform_exception",
            sa.Enum(
                "unintelligible",
                "risk_no_longer_likely",
                "disproportionate_effort",
                name="informexception",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("clients_informed_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_breach_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach")),
    )
    op.create_index(op.f("ix_breach_organisation_id"), "breach", ["organisation_id"], unique=False)
    op.create_table(
        "breach_activity",
        sa.Column("breach_id", sa.String(length=36), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_breach_activity_activity_id_activity"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["breach_id"],
            ["breach.id"],
            name=op.f("fk_breach_activity_breach_id_breach"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("breach_id", "activity_id", name=op.f("pk_breach_activity")),
    )
    op.create_index(
        op.f("ix_breach_activity_activity_id"), "breach_activity", ["activity_id"], unique=False
    )
    op.create_table(
        "breach_client",
        sa.Column("breach_id", sa.String(length=36), nullable=False),
        sa.Column("party_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"],
            ["breach.id"],
            name=op.f("fk_breach_client_breach_id_breach"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["party.id"],
            name=op.f("fk_breach_client_party_id_party"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("breach_id", "party_id", name=op.f("pk_breach_client")),
    )
    op.create_index(op.f("ix_breach_client_party_id"), "breach_client", ["party_id"], unique=False)
    op.create_table(
        "breach_data_category",
        sa.Column("breach_id", sa.String(length=36), nullable=False),
        sa.Column("data_category_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"],
            ["breach.id"],
            name=op.f("fk_breach_data_category_breach_id_breach"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["data_category_id"],
            ["data_category.id"],
            name=op.f("fk_breach_data_category_data_category_id_data_category"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "breach_id", "data_category_id", name=op.f("pk_breach_data_category")
        ),
    )
    op.create_index(
        op.f("ix_breach_data_category_data_category_id"),
        "breach_data_category",
        ["data_category_id"],
        unique=False,
    )
    op.create_table(
        "breach_data_subject",
        sa.Column("breach_id", sa.String(length=36), nullable=False),
        sa.Column("data_subject_category_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"],
            ["breach.id"],
            name=op.f("fk_breach_data_subject_breach_id_breach"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["data_subject_category_id"],
            ["data_subject_category.id"],
            name=op.f("fk_breach_data_subject_data_subject_category_id_data_subject_category"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "breach_id", "data_subject_category_id", name=op.f("pk_breach_data_subject")
        ),
    )
    op.create_index(
        op.f("ix_breach_data_subject_data_subject_category_id"),
        "breach_data_subject",
        ["data_subject_category_id"],
        unique=False,
    )
    op.create_table(
        "rights_request",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=300), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column(
            "channel",
            sa.Enum(
                "email",
                "post",
                "form",
                "phone",
                "in_person",
                name="rightschannel",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("requester", sa.String(length=300), nullable=True),
        sa.Column("rights", sa.JSON(), nullable=False),
        sa.Column("client_party_id", sa.String(length=36), nullable=True),
        sa.Column("forwarded_on", sa.Date(), nullable=True),
        sa.Column(
            "identity_check",
            sa.Enum(
                "not_needed",
                "asked",
                "received",
                name="identitycheck",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("identity_asked_on", sa.Date(), nullable=True),
        sa.Column("identity_received_on", sa.Date(), nullable=True),
        sa.Column("extended", sa.Boolean(), nullable=False),
        sa.Column("extension_reasons", sa.String(length=20000), nullable=True),
        sa.Column("extension_told_on", sa.Date(), nullable=True),
        sa.Column(
            "decision",
            sa.Enum(
                "granted",
                "partly_granted",
                "refused",
                "unfounded_or_excessive",
                name="requestdecision",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("decision_reasons", sa.String(length=20000), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("recipients_notified", sa.String(length=20000), nullable=True),
        sa.Column("recipients_notified_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_party_id"],
            ["party.id"],
            name=op.f("fk_rights_request_client_party_id_party"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_rights_request_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rights_request")),
    )
    op.create_index(
        op.f("ix_rights_request_client_party_id"),
        "rights_request",
        ["client_party_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_rights_request_organisation_id"),
        "rights_request",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "rights_request_activity",
        sa.Column("rights_request_id", sa.String(length=36), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_rights_request_activity_activity_id_activity"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["rights_request_id"],
            ["rights_request.id"],
            name=op.f("fk_rights_request_activity_rights_request_id_rights_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "rights_request_id", "activity_id", name=op.f("pk_rights_request_activity")
        ),
    )
    op.create_index(
        op.f("ix_rights_request_activity_activity_id"),
        "rights_request_activity",
        ["activity_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_rights_request_activity_activity_id"), table_name="rights_request_activity"
    )
    op.drop_table("rights_request_activity")
    op.drop_index(op.f("ix_rights_request_organisation_id"), table_name="rights_request")
    op.drop_index(op.f("ix_rights_request_client_party_id"), table_name="rights_request")
    op.drop_table("rights_request")
    op.drop_index(
        op.f("ix_breach_data_subject_data_subject_category_id"), table_name="breach_data_subject"
    )
    op.drop_table("breach_data_subject")
    op.drop_index(
        op.f("ix_breach_data_category_data_category_id"), table_name="breach_data_category"
    )
    op.drop_table("breach_data_category")
    op.drop_index(op.f("ix_breach_client_party_id"), table_name="breach_client")
    op.drop_table("breach_client")
    op.drop_index(op.f("ix_breach_activity_activity_id"), table_name="breach_activity")
    op.drop_table("breach_activity")
    op.drop_index(op.f("ix_breach_organisation_id"), table_name="breach")
    op.drop_table("breach")
