"""Impact assessments (DPIAs) and their risks through the register's generic machinery: the
services (history naming the organisation, version conflicts, references across
organisations), the cascade of a DPIA's risks, undoing a deletion, the JSON interchange, the
page's list, and a workbook of format 2 (which had no sheet for them) that must leave them
alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from ropa.core import lifecycle, services
from ropa.core.dpias import DpiaState, RiskRating
from ropa.core.errors import ConflictError, RopaError, ValidationError
from ropa.core.reads.dpias import activity_dpia_states, list_dpias, load_dpias
from ropa.core.reads.history import HistoryFilters, load_history
from ropa.core.register import create_register
from ropa.core.snapshot import read_organisation, read_tree
from ropa.db import models as m
from ropa.db.enums import RiskLevel
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_json, import_json
from ropa.exports.workbook import apply_import, build_workbook, plan_import
from tests.unit.workbook_support import load, row_of, save, set_cell

TODAY = date(2026, 12, 7)


def _firm(db: RegisterDatabase) -> dict[str, str]:
    """Two organisations; the first with two activities and a DPIA covering one, with two
    risks; the second with an activity of its own."""
    with db.transaction() as s:
        org = services.create_organisation(
            s, {"legal_name": "Clairbois SRL", "country": "BE", "language": "fr"}
        )
        cameras = services.create(
            s, m.Activity, {"reference": "T-09", "name": "Vidéosurveillance"}, org.id
        )
        badges = services.create(s, m.Activity, {"reference": "T-10", "name": "Badges"}, org.id)
        dpia = services.create(
            s,
            m.Dpia,
            {
                "name": "AIPD-2025-01 Vidéosurveillance",
                "status": "completed",
                "started_on": date(2024, 11, 4),
                "completed_on": date(2025, 2, 20),
                "review_on": date(2027, 2, 20),
                "residual_risk": "low",
                "decision": "proceed_with_measures",
                "prior_consultation": "not_required",
            },
            org.id,
        )
        services.set_links(s, dpia, "activities", [cameras.id])
        access = services.create(
            s,
            m.DpiaRisk,
            {
                "position": 0,
                "source": "Accès illégitime aux images",
                "likelihood": "significant",
                "severity": "significant",
                "likelihood_after": "limited",
                "severity_after": "limited",
            },
            dpia.id,
        )
        loss = services.create(
            s,
            m.DpiaRisk,
            {"position": 1, "source": "Disparition des images", "severity": "limited"},
            dpia.id,
        )
        other = services.create_organisation(
            s, {"legal_name": "Autre SA", "country": "BE", "language": "fr"}
        )
        elsewhere = services.create(
            s, m.Activity, {"reference": "T-01", "name": "Ailleurs"}, other.id
        )
        return {
            "org": org.id,
            "cameras": cameras.id,
            "badges": badges.id,
            "dpia": dpia.id,
            "access": access.id,
            "loss": loss.id,
            "other": other.id,
            "elsewhere": elsewhere.id,
        }


@pytest.fixture
def firm(tmp_path: Path) -> Iterator[tuple[RegisterDatabase, dict[str, str]]]:
    db = create_register(tmp_path / "firm.ropa", language="fr")
    try:
        yield db, _firm(db)
    finally:
        db.close()


def _changes(db: RegisterDatabase, table: str, entity_id: str) -> list[m.Change]:
    with db.reader() as s:
        return list(
            s.scalars(
                select(m.Change)
                .where(m.Change.entity_type == table, m.Change.entity_id == entity_id)
                .order_by(m.Change.id)
            )
        )


# -- services --------------------------------------------------------------------------------


def test_history_of_a_dpia_and_of_its_risk_names_their_organisation(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    with db.transaction() as s:
        services.update(s, m.DpiaRisk, ids["access"], {"severity_after": "negligible"}, 1)
        services.update(s, m.Dpia, ids["dpia"], {"decision_by": "Élise Verhaegen"}, 1)
    risk_changes = _changes(db, "dpia_risk", ids["access"])
    assert [(c.action.value, c.field) for c in risk_changes] == [
        ("create", None),
        ("update", "severity_after"),
    ]
    assert {c.organisation_id for c in risk_changes} == {ids["org"]}
    assert risk_changes[0].entity_label == "Accès illégitime aux images"
    assert (risk_changes[1].old_value, risk_changes[1].new_value) == ("limited", "negligible")
    dpia_changes = _changes(db, "dpia", ids["dpia"])
    assert {c.organisation_id for c in dpia_changes} == {ids["org"]}
    assert dpia_changes[-1].field == "decision_by"

    # The organisation's history (what its page shows) lists the risk's change, in words.
    rows = load_history(db, HistoryFilters(entity_id=ids["access"])).rows("fr")
    assert rows and all(row.entity_type == "dpia_risk" for row in rows)
    [edit] = [row for row in rows if row.action == "update"]
    assert (edit.entity, edit.field) == ("Accès illégitime aux images", "Gravité résiduelle")
    assert (edit.old, edit.new) == ("Limitée", "Négligeable")


def test_an_edit_made_on_an_old_version_is_refused(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    with db.transaction() as s:
        services.update(s, m.DpiaRisk, ids["access"], {"impact": "Atteinte à la vie privée"}, 1)
        services.update(s, m.Dpia, ids["dpia"], {"notes": "Relu"}, 1)
    for model, key, change in (
        (m.DpiaRisk, "access", {"measures": "Chiffrement"}),
        (m.Dpia, "dpia", {"notes": "Autre"}),
    ):
        with pytest.raises(ConflictError), db.transaction() as s:
            services.update(s, model, ids[key], change, 1)
    with db.reader() as s:
        risk = s.get(m.DpiaRisk, ids["access"])
        dpia = s.get(m.Dpia, ids["dpia"])
        assert risk is not None and dpia is not None
        assert (risk.measures, risk.version) == (None, 2)
        assert (dpia.notes, dpia.version) == ("Relu", 2)


def test_a_risk_needs_an_existing_dpia_and_values_of_the_scale(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    with pytest.raises(RopaError) as missing, db.transaction() as s:
        services.create(s, m.DpiaRisk, {"source": "x"}, "no-such-dpia")
    assert "no-such-dpia" in missing.value.message("en")
    with pytest.raises(ValidationError) as wrong, db.transaction() as s:
        services.create(s, m.DpiaRisk, {"likelihood": "high"}, ids["dpia"])
    assert [p.path for p in wrong.value.problems] == ["likelihood"]
    with pytest.raises(ValidationError) as nameless, db.transaction() as s:
        services.create(s, m.Dpia, {"name": ""}, ids["org"])
    assert [p.path for p in nameless.value.problems] == ["name"]


def test_a_dpia_covers_only_activities_of_its_own_organisation(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        dpia = services.get(s, m.Dpia, ids["dpia"])
        services.change_links(s, dpia, "activities", added=[ids["elsewhere"]])
    assert [(p.path, p.key) for p in caught.value.problems] == [
        ("activities[1]", "problem.other_organisation")
    ]
    with db.transaction() as s:
        dpia = services.get(s, m.Dpia, ids["dpia"])
        services.change_links(s, dpia, "activities", added=[ids["badges"]])
    with db.reader() as s:
        dpia = services.get(s, m.Dpia, ids["dpia"])
        assert [a.reference for a in dpia.activities] == ["T-09", "T-10"]
    # The link's change is in the history, under the organisation.
    [link_change] = [c for c in _changes(db, "dpia", ids["dpia"]) if c.field == "activities"][-1:]
    assert link_change.organisation_id == ids["org"]
    assert json.loads(link_change.new_value or "[]") == ["Badges", "Vidéosurveillance"]


def test_an_activity_a_dpia_covers_is_not_deleted_under_it(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    with pytest.raises(RopaError) as caught, db.transaction() as s:
        services.delete(s, m.Activity, ids["cameras"])
    assert caught.value.key == "error.in_use"


def test_deleting_a_dpia_deletes_its_risks_and_undo_brings_them_back(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    with db.transaction() as s:
        snapshot = lifecycle.take_snapshot(s, m.Dpia, ids["dpia"])
        services.delete(s, m.Dpia, ids["dpia"], expected_version=1)
    assert snapshot.row_count() == 3  # the DPIA and its two risks
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(m.DpiaRisk)) == 0
        assert s.scalar(select(func.count()).select_from(m.dpia_activity)) == 0
    [deleted] = [c for c in _changes(db, "dpia", ids["dpia"]) if c.action.value == "delete"]
    assert deleted.organisation_id == ids["org"]

    with db.transaction() as s:
        lifecycle.restore_snapshot(s, snapshot)
    with db.reader() as s:
        dpia = services.get(s, m.Dpia, ids["dpia"])
        assert [r.id for r in dpia.risks] == [ids["access"], ids["loss"]]
        assert [a.id for a in dpia.activities] == [ids["cameras"]]
    restored = _changes(db, "dpia_risk", ids["loss"])[-1]
    assert (restored.action.value, restored.organisation_id) == ("create", ids["org"])


def test_deleting_a_risk_alone_keeps_its_dpia(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    with pytest.raises(ConflictError), db.transaction() as s:
        services.delete(s, m.DpiaRisk, ids["loss"], expected_version=2)
    with db.transaction() as s:
        services.delete(s, m.DpiaRisk, ids["loss"], expected_version=1)
    with db.reader() as s:
        dpia = services.get(s, m.Dpia, ids["dpia"])
        assert [r.id for r in dpia.risks] == [ids["access"]]
    [deleted] = [c for c in _changes(db, "dpia_risk", ids["loss"]) if c.action.value == "delete"]
    assert deleted.organisation_id == ids["org"]
    assert "Disparition des images" in (deleted.old_value or "")


def test_deleting_the_organisation_takes_its_dpias(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    with db.transaction() as s:
        services.delete(s, m.Organisation, ids["org"])
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(m.Dpia)) == 0
        assert s.scalar(select(func.count()).select_from(m.DpiaRisk)) == 0


# -- reads -----------------------------------------------------------------------------------


def test_the_page_lists_each_dpia_with_where_it_stands(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    with db.transaction() as s:
        services.create(s, m.Dpia, {"name": "AIPD-2026-01 Tri des tickets"}, ids["org"])
    with db.reader() as s:
        rows = list_dpias(s, TODAY, ids["org"])
        covering = list_dpias(s, TODAY, activity_id=ids["cameras"])
        states = activity_dpia_states(s, TODAY)
    assert [row.name for row in rows] == [
        "AIPD-2026-01 Tri des tickets",  # no start date yet: first
        "AIPD-2025-01 Vidéosurveillance",
    ]
    draft, done = rows
    assert (draft.state, draft.risk_count, draft.activity_ids) == (DpiaState.UNANSWERED, 0, ())
    assert done.state is DpiaState.COMPLETED
    assert done.activity_references == ("T-09",)
    assert (done.risk_count, done.unrated_risks) == (2, 1)
    assert done.highest_residual == RiskRating(RiskLevel.LIMITED, RiskLevel.LIMITED)
    assert done.consultation_needed is False
    assert [row.id for row in covering] == [ids["dpia"]]
    assert states == {ids["cameras"]: DpiaState.COMPLETED}
    # On its review date, the review is due.
    with db.reader() as s:
        [later] = list_dpias(s, date(2027, 2, 20), activity_id=ids["cameras"])
    assert later.state is DpiaState.REVIEW_DUE
    data = load_dpias(db, TODAY)
    assert set(data.organisation_ids) == {ids["org"], ids["other"]}
    assert {row.id for row in data.dpias} == {ids["dpia"], rows[0].id}


def test_a_risk_left_high_asks_for_the_prior_consultation(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    with db.transaction() as s:
        services.update(
            s,
            m.DpiaRisk,
            ids["loss"],
            {"likelihood_after": "significant", "severity_after": "maximum"},
        )
    with db.reader() as s:
        [row] = list_dpias(s, TODAY, activity_id=ids["cameras"])
    assert row.highest_residual == RiskRating(RiskLevel.SIGNIFICANT, RiskLevel.MAXIMUM)
    assert row.consultation_needed is True
    with db.transaction() as s:
        services.update(s, m.Dpia, ids["dpia"], {"prior_consultation": "done"})
    with db.reader() as s:
        [row] = list_dpias(s, TODAY, activity_id=ids["cameras"])
    assert row.consultation_needed is False


def test_the_checks_read_of_one_organisation_holds_its_dpias_risks(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    db, ids = firm
    with db.reader() as s:
        [whole] = read_tree(s, [ids["org"]])
        partial = read_organisation(s, ids["org"], [])
    assert partial is not None
    assert partial["dpias"] == whole["dpias"]
    [dpia] = partial["dpias"]
    assert [r["source"] for r in dpia["risks"]] == [
        "Accès illégitime aux images",
        "Disparition des images",
    ]
    assert dpia["activities"] == [ids["cameras"]]


# -- JSON ------------------------------------------------------------------------------------


def test_json_export_then_import_into_an_empty_register_is_identical(
    firm: tuple[RegisterDatabase, dict[str, str]], tmp_path: Path
) -> None:
    db, ids = firm
    exported = export_json(db)
    document = json.loads(exported)
    assert document["format_version"] == 4
    [dpia] = document["organisations"][0]["dpias"]
    assert dpia["activities"] == [ids["cameras"]]
    assert [r["position"] for r in dpia["risks"]] == [0, 1]
    assert dpia["risks"][0]["severity"] == "significant"
    assert "dpia_id" not in dpia["risks"][0]  # implied by nesting
    other = create_register(tmp_path / "other.ropa", language="fr")
    try:
        import_json(other, exported.encode("utf-8"))
        assert export_json(other) == exported
    finally:
        other.close()


def test_a_file_whose_dpia_covers_another_organisations_activity_is_refused(
    firm: tuple[RegisterDatabase, dict[str, str]], tmp_path: Path
) -> None:
    db, ids = firm
    document = json.loads(export_json(db))
    document["organisations"][0]["dpias"][0]["activities"].append(ids["elsewhere"])
    other = create_register(tmp_path / "other.ropa", language="fr")
    try:
        with pytest.raises(ValidationError) as caught:
            import_json(other, json.dumps(document).encode("utf-8"))
        with other.reader() as s:
            assert s.scalar(select(func.count()).select_from(m.Dpia)) == 0
    finally:
        other.close()
    assert [(p.path, p.key) for p in caught.value.problems] == [
        ("organisations[0].dpias[0].activities[1]", "problem.other_organisation")
    ]


# -- workbook --------------------------------------------------------------------------------


def _register_json(db: RegisterDatabase) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(export_json(db))
    return document


def test_a_workbook_of_format_2_leaves_the_dpias_it_has_no_sheet_for(
    firm: tuple[RegisterDatabase, dict[str, str]],
) -> None:
    """A workbook written before the DPIAs had sheets (format 2): the register's assessments
    and risks stay as they are (the sheets themselves: test_workbook_dpias.py)."""
    db, ids = firm
    before = _register_json(db)["organisations"][0]["dpias"]
    book = load(build_workbook(db, organisation_id=ids["org"], lang="fr"))
    meta = book["_ropa"]
    assert meta.cell(2, 1).value == "format_version"
    meta.cell(2, 2).value = "2"
    del book["Analyses d’impact (AIPD)"]
    del book["Risques des AIPD"]
    assert not [title for title in book.sheetnames if "AIPD" in title]
    data = save(book)
    assert plan_import(db, data, organisation_id=ids["org"]).is_empty

    # An edit elsewhere is applied; the DPIAs and their risks stay as they were.
    activities = book["Registre du responsable"]
    set_cell(activities, row_of(activities, "Référence", "T-10"), "Nom", "Badges d'accès")
    plan = plan_import(db, save(book), organisation_id=ids["org"])
    assert not plan.is_empty
    apply_import(db, plan)
    after = _register_json(db)["organisations"][0]
    assert [a["name"] for a in after["activities"]] == ["Vidéosurveillance", "Badges d'accès"]
    assert after["dpias"] == before
    assert not _changes(db, "dpia_risk", ids["access"])[1:]
