"""Yes / no / not recorded: whether a DPO is designated, whether an activity decides
automatically or profiles, whether its data leave the EEA. "Not recorded" is what a new record
says, what an older file keeps when it cannot know, and what the notice never turns into "no".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from ropa.core import services
from ropa.core.register import create_register, open_register
from ropa.core.snapshot import read_tree
from ropa.db import migrate
from ropa.db import models as m
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.findings import check_with_notice
from tests.unit.notice_support import notice_text

NOW = "2026-01-01 00:00:00"


def _register_at_0004(path: Path) -> None:
    """A register file as the previous version of ropa left it: a firm that ticked nothing
    (no DPO, no automated decision: stored as "no"), one activity listing a transfer, one
    listing none."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path.as_posix()}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 0x524F5041")
    con.execute(
        "INSERT INTO organisation (id, created_at, updated_at, version, legal_name, legal_form,"
        " country, language, dpo_designated, rights_channels) VALUES ('o', ?, ?, 1,"
        " 'Ancienne SRL', 'SRL', 'BE', 'fr', 0, '[]')",
        (NOW, NOW),
    )
    for key, reference in (("a", "T-01"), ("b", "T-02")):
        con.execute(
            "INSERT INTO activity (id, created_at, updated_at, version, organisation_id,"
            " reference, name, role, status, collected_from_subject, automated_decision,"
            " profiling, dpia_status, dpia_criteria, end_action, in_notice, audiences) VALUES"
            " (?, ?, ?, 1, 'o', ?, 'Activité', 'controller', 'active', 1, 0, 1,"
            " 'not_assessed', '[]', 'delete', 1, '[]')",
            (key, NOW, NOW, reference),
        )
    con.execute(
        "INSERT INTO transfer (id, created_at, updated_at, version, activity_id, position,"
        " country, recipient_name, safeguard) VALUES ('t', ?, ?, 1, 'a', 0, 'US', 'Cloudy',"
        " 'scc')",
        (NOW, NOW),
    )
    con.commit()
    con.close()


def test_an_older_register_keeps_its_answers_and_learns_only_what_its_transfers_say(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.ropa"
    _register_at_0004(path)
    db = open_register(path)
    try:
        with db.reader() as session:
            [org] = read_tree(session, ["o"])
    finally:
        db.close()
    # What was stored stays: the user may have answered it.
    assert org["dpo_designated"] is False
    activities = {a["reference"]: a for a in org["activities"]}
    assert activities["T-01"]["automated_decision"] is False
    assert activities["T-01"]["profiling"] is True
    # An activity listing a transfer transfers; one listing none has not said it does not.
    assert activities["T-01"]["transfers_outside_eea"] is True
    assert activities["T-02"]["transfers_outside_eea"] is None


def _organisation(db: Any, **values: Any) -> str:
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {
                "legal_name": "Nouvelle SRL",
                "country": "BE",
                "language": "fr",
                "email": "vie.privee@nouvelle.example",
                **values,
            },
        )
        return str(org.id)


def _activity(db: Any, org_id: str, reference: str, **values: Any) -> str:
    with db.transaction() as s:
        activity = services.create(
            s,
            m.Activity,
            {
                "reference": reference,
                "name": f"Activité {reference}",
                "status": "active",
                "in_notice": True,
                **values,
            },
            org_id,
        )
        services.create(
            s,
            m.Purpose,
            {"description": "Exécuter les contrats", "legal_basis": "contract"},
            activity.id,
        )
        return str(activity.id)


def test_a_new_register_has_answered_nothing_and_its_notice_says_nothing(
    tmp_path: Path,
) -> None:
    db = create_register(tmp_path / "new.ropa")
    try:
        org_id = _organisation(db)
        _activity(db, org_id, "T-01")
        with db.reader() as session:
            [org] = read_tree(session, [org_id])
            findings = check_with_notice(session, org_id)
        assert org["dpo_designated"] is None
        [activity] = org["activities"]
        assert activity["automated_decision"] is None and activity["profiling"] is None
        assert activity["transfers_outside_eea"] is None

        doc = build_notice(db, lang="fr")
    finally:
        db.close()
    text = notice_text(doc)
    assert "délégué à la protection des données" not in text  # neither "we have" nor "not"
    assert "aucune décision fondée exclusivement" not in text
    assert "ne transférons pas" not in text
    # Each is something to complete, named where it is answered.
    places = {(gap.code, gap.table, gap.column) for gap in doc.gaps}
    assert ("dpo_unknown", "organisation", "dpo_designated") in places
    assert ("automated_unknown", "activity", "automated_decision") in places
    assert ("transfers_unknown", "activity", "transfers_outside_eea") in places
    rules = {f.rule for f in findings}
    assert {
        "organisation.dpo_unknown",
        "activity.automated_unknown",
        "activity.transfers_unknown",
    } <= rules


def test_the_notice_says_no_transfer_only_when_every_activity_says_so(tmp_path: Path) -> None:
    db = create_register(tmp_path / "t.ropa")
    try:
        org_id = _organisation(db, dpo_designated=False)
        answered = {"automated_decision": False, "profiling": False}
        first = _activity(db, org_id, "T-01", transfers_outside_eea=False, **answered)
        second = _activity(db, org_id, "T-02", transfers_outside_eea=False, **answered)
        said = notice_text(build_notice(db, lang="fr"))
        assert "Nous ne transférons pas vos données" in said
        assert "Nous n'avons pas désigné de délégué" in said
        assert "aucune décision fondée exclusivement" in said

        # One activity says its data leave the EEA but lists nothing: no "we do not".
        with db.transaction() as s:
            services.update(s, m.Activity, second, {"transfers_outside_eea": True})
        doc = build_notice(db, lang="fr")
        assert "ne transférons pas" not in notice_text(doc)
        assert ("transfers_unlisted", "T-02") in {
            (g.code, g.reference.split(" ")[0]) for g in doc.gaps
        }
        with db.reader() as session:
            findings = check_with_notice(session, org_id)
        assert [f.activity_id for f in findings if f.rule == "activity.transfers_unlisted"] == [
            second
        ]

        # The first lists a transfer while saying none: the register contradicts itself.
        with db.transaction() as s:
            services.create(
                s,
                m.Transfer,
                {"country": "US", "recipient_name": "Cloudy", "safeguard": "scc"},
                first,
            )
        with db.reader() as session:
            findings = check_with_notice(session, org_id)
        assert [
            f.activity_id for f in findings if f.rule == "activity.transfers_contradiction"
        ] == [first]
        assert "Cloudy" in notice_text(build_notice(db, lang="fr"))
    finally:
        db.close()
