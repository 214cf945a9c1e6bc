"""A register file of the previous version (before impact assessments had entries of their
own) opens with every row as it was, its activities' own DPIA fields untouched, and takes an
assessment covering one of its activities with its risks."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, func, select

from ropa.core import services
from ropa.core.register import open_register
from ropa.db import migrate
from ropa.db import models as m

NOW = "2026-01-01 00:00:00"
CRITERIA = ["systematic_monitoring", "vulnerable_subjects"]


def _register_at_0007(path: Path) -> None:
    from alembic import command

    engine = create_engine(f"sqlite:///{path.as_posix()}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 0x524F5041")
    con.execute(
        "INSERT INTO organisation (id, created_at, updated_at, version, legal_name, legal_form,"
        " country, language, rights_channels) VALUES ('o', ?, ?, 1, 'Ancienne SRL', 'SRL', 'BE',"
        " 'fr', '[]')",
        (NOW, NOW),
    )
    con.execute(
        "INSERT INTO activity (id, created_at, updated_at, version, organisation_id, reference,"
        " name, role, status, collected_from_subject, dpia_status, dpia_criteria,"
        " dpia_reference, dpia_date, in_notice, audiences) VALUES ('a', ?, ?, 3, 'o', 'T-09',"
        " 'Vidéosurveillance', 'controller', 'active', 1, 'done', ?, 'AIPD-2025-01',"
        " '2025-02-20', 1, '[]')",
        (NOW, NOW, json.dumps(CRITERIA)),
    )
    con.execute(
        "INSERT INTO party (id, created_at, updated_at, version, organisation_id, name, kind)"
        " VALUES ('p', ?, ?, 1, 'o', 'Sécurivision', 'processor')",
        (NOW, NOW),
    )
    con.execute(
        "INSERT INTO contract (id, created_at, updated_at, version, organisation_id, party_id,"
        " status, clauses) VALUES ('c', ?, ?, 1, 'o', 'p', 'draft', '[]')",
        (NOW, NOW),
    )
    con.execute(
        "INSERT INTO breach (id, created_at, updated_at, version, organisation_id, name, natures)"
        " VALUES ('b', ?, ?, 1, 'o', 'Caméra volée', '[\"availability\"]')",
        (NOW, NOW),
    )
    con.execute("INSERT INTO breach_activity (breach_id, activity_id) VALUES ('b', 'a')")
    con.commit()
    con.close()


def test_a_version_0007_file_opens_with_every_row_and_takes_a_dpia(tmp_path: Path) -> None:
    path = tmp_path / "old.ropa"
    _register_at_0007(path)
    db = open_register(path)
    try:
        with db.reader() as s:
            activity = services.get(s, m.Activity, "a")
            assert (activity.reference, activity.version) == ("T-09", 3)
            assert activity.dpia_status.value == "done"
            assert activity.dpia_criteria == CRITERIA
            assert (activity.dpia_reference, activity.dpia_date) == (
                "AIPD-2025-01",
                date(2025, 2, 20),
            )
            breach = services.get(s, m.Breach, "b")
            assert [a.id for a in breach.activities] == ["a"]
            assert services.get(s, m.Contract, "c").status is not None
            assert s.scalar(select(func.count()).select_from(m.Dpia)) == 0

        with db.transaction() as s:
            dpia = services.create(s, m.Dpia, {"name": "AIPD-2025-01", "status": "completed"}, "o")
            services.set_links(s, dpia, "activities", ["a"])
            services.create(
                s, m.DpiaRisk, {"source": "Accès illégitime", "severity": "limited"}, dpia.id
            )
        with db.reader() as s:
            [dpia] = s.scalars(select(m.Dpia)).all()
            assert [a.reference for a in dpia.activities] == ["T-09"]
            assert [r.source for r in dpia.risks] == ["Accès illégitime"]
    finally:
        db.close()
