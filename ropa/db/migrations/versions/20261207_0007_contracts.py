"""processing contracts (Art. 28) as records of their own

A party had one tick-box "written Art. 28 contract" with a date and a reference; a party may
have several contracts (a new version, a renewal), each with its status, version, dates of
signature, expiry and review, the Art. 28(3) stipulations it contains, the authorisation of
sub-processors and where the data are kept. Each party's former contract fields become one
contract: "signed" where ticked; where a date or a reference was typed without the tick,
whether it is signed is left to answer. The date becomes the signature date, the reference
stays. The organisation's side follows the party's kind (a processor of the organisation's:
controller; a client controller: processor), otherwise left to answer. Parties with none of
the three values get no contract.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 00:00:00
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=40)


def upgrade() -> None:
    op.create_table(
        "contract",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("party_id", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=20000), nullable=True),
        sa.Column("our_role", _enum("contractrole", "controller", "processor"), nullable=True),
        sa.Column("status", _enum("contractstatus", "draft", "signed", "ended"), nullable=True),
        sa.Column("contract_version", sa.String(length=300), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("clauses", sa.JSON(), nullable=False),
        sa.Column(
            "subprocessor_authorisation",
            _enum("subprocessorauthorisation", "general", "specific", "not_allowed"),
            nullable=True,
        ),
        sa.Column("data_location", sa.String(length=20000), nullable=True),
        sa.Column("notes", sa.String(length=20000), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_contract_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["party.id"],
            name=op.f("fk_contract_party_id_party"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract")),
    )
    op.create_index(
        op.f("ix_contract_organisation_id"), "contract", ["organisation_id"], unique=False
    )
    op.create_index(op.f("ix_contract_party_id"), "contract", ["party_id"], unique=False)

    party = sa.table(
        "party",
        sa.column("id"),
        sa.column("organisation_id"),
        sa.column("kind"),
        sa.column("contract_signed"),
        sa.column("contract_date"),
        sa.column("contract_reference"),
    )
    contract = sa.table(
        "contract",
        *(
            sa.column(name)
            for name in (
                "id organisation_id party_id reference our_role status signed_on "
                "created_at updated_at version"
            ).split()
        ),
        sa.column("clauses", sa.JSON()),  # typed: the list is written as JSON text
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(party).where(
            sa.or_(
                party.c.contract_signed.is_(True),
                party.c.contract_date.is_not(None),
                party.c.contract_reference.is_not(None),
            )
        )
    ).fetchall()
    now = datetime.now(UTC).replace(tzinfo=None)
    roles = {"processor": "controller", "client_controller": "processor"}
    moved = [
        {
            "id": str(uuid.uuid4()),
            "organisation_id": row.organisation_id,
            "party_id": row.id,
            "reference": row.contract_reference,
            "our_role": roles.get(row.kind),
            # Not ticked but a date or reference typed: whether it is signed is left to answer.
            "status": "signed" if row.contract_signed else None,
            "signed_on": row.contract_date,
            "clauses": [],
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for row in rows
    ]
    if moved:
        op.bulk_insert(contract, moved)  # type: ignore[arg-type]
    with op.batch_alter_table("party") as batch:
        batch.drop_column("contract_signed")
        batch.drop_column("contract_date")
        batch.drop_column("contract_reference")


def downgrade() -> None:
    with op.batch_alter_table("party") as batch:
        batch.add_column(
            sa.Column("contract_signed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("contract_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("contract_reference", sa.String(length=20000), nullable=True))
    party = sa.table(
        "party",
        sa.column("id"),
        sa.column("contract_signed"),
        sa.column("contract_date"),
        sa.column("contract_reference"),
    )
    contract = sa.table(
        "contract",
        sa.column("party_id"),
        sa.column("status"),
        sa.column("signed_on"),
        sa.column("reference"),
        sa.column("updated_at"),
    )
    connection = op.get_bind()
    latest = connection.execute(
        sa.select(contract).order_by(contract.c.updated_at)
    ).fetchall()  # the last one written per party wins
    for row in latest:
        connection.execute(
            party.update()
            .where(party.c.id == row.party_id)
            .values(
                contract_signed=row.status == "signed",
                contract_date=row.signed_on,
                contract_reference=row.reference,
            )
        )
    op.drop_index(op.f("ix_contract_party_id"), table_name="contract")
    op.drop_index(op.f("ix_contract_organisation_id"), table_name="contract")
    op.drop_table("contract")
