"""A register file of the previous version (a contract tick-box, date and reference on each
party) opens with those values as contracts: nothing lost, nothing claimed that was not said."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, select

from ropa.core.register import open_register
from ropa.db import migrate
from ropa.db import models as m

NOW = "2026-01-01 00:00:00"

# id, kind, contract_signed, contract_date, contract_reference
PARTIES = [
    ("p-signed", "processor", 1, "2024-11-05", "DPA v3"),
    ("p-ticked", "processor", 1, None, None),
    ("p-typed", "processor", 0, "2019-03-01", "Quote 2019"),
    ("p-client", "client_controller", 1, "2024-09-02", "CH-2024-031"),
    ("p-joint", "joint_controller", 0, None, "Art. 26 arrangement"),
    ("p-none", "processor", 0, None, None),
]


def _register_at_0006(path: Path) -> None:
    from alembic import command

    engine = create_engine(f"sqlite:///{path.as_posix()}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 0x524F5041")
    con.execute(
        "INSERT INTO organisation (id, created_at, updated_at, version, legal_name, legal_form,"
        " country, language, rights_channels) VALUES ('o', ?, ?, 1, 'Ancienne SRL', 'SRL', 'BE',"
        " 'fr', '[]')",
        (NOW, NOW),
    )
    for pid, kind, signed, day, reference in PARTIES:
        con.execute(
            "INSERT INTO party (id, created_at, updated_at, version, organisation_id, name, kind,"
            " contract_signed, contract_date, contract_reference) VALUES"
            " (?, ?, ?, 1, 'o', ?, ?, ?, ?, ?)",
            (pid, NOW, NOW, pid.upper(), kind, signed, day, reference),
        )
    con.execute(
        "INSERT INTO party_subprocessor (party_id, subprocessor_id) VALUES ('p-signed', 'p-none')"
    )
    con.commit()
    con.close()


def test_each_partys_contract_fields_become_one_contract(tmp_path: Path) -> None:
    path = tmp_path / "old.ropa"
    _register_at_0006(path)
    db = open_register(path)
    try:
        with db.reader() as session:
            contracts = {
                c.party_id: (c.status, c.signed_on, c.reference, c.our_role, c.clauses)
                for c in session.scalars(select(m.Contract))
            }
            parties = {p.id: p for p in session.scalars(select(m.Party))}
            assert [s.id for s in parties["p-signed"].subprocessors] == ["p-none"]
            assert len(parties) == len(PARTIES)  # the party table rebuilt, every row kept
    finally:
        db.close()
    assert contracts == {
        "p-signed": ("signed", date(2024, 11, 5), "DPA v3", "controller", []),
        "p-ticked": ("signed", None, None, "controller", []),
        # Typed but never ticked: the date and reference are kept, whether it is signed is not
        # said (no document may claim it).
        "p-typed": (None, date(2019, 3, 1), "Quote 2019", "controller", []),
        "p-client": ("signed", date(2024, 9, 2), "CH-2024-031", "processor", []),
        "p-joint": (None, None, "Art. 26 arrangement", None, []),
    }
