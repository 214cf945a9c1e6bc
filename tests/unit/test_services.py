"""The service layer: every change validated, refused changes leave nothing behind."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from ropa.core import services
from ropa.core.errors import ConflictError, NotFoundError, RopaError, ValidationError
from ropa.core.queries import list_activities
from ropa.db import models as m


def _org(db, **extra):
    with db.transaction() as s:
        org = services.create_organisation(
            s, {"legal_name": "Exemple SRL", "country": "BE", "language": "fr", **extra}
        )
        return org.id


def _count(db, model) -> int:
    with db.reader() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_create_organisation_seeds_catalogues_in_its_language(empty_register):
    org_id = _org(empty_register)
    with empty_register.reader() as s:
        names = s.scalars(
            select(m.DataCategory.name).where(m.DataCategory.organisation_id == org_id)
        ).all()
    assert len(names) >= 10
    seed = services.seed_catalogues()["data_categories"]
    assert seed[0]["name"]["fr"] in names
    assert seed[0]["name"]["en"] not in names or seed[0]["name"]["en"] == seed[0]["name"]["fr"]


def test_invalid_enterprise_number_is_refused_with_the_field_named(empty_register):
    with pytest.raises(ValidationError) as info:
        _org(empty_register, enterprise_number="0403.170.702")
    assert [p.path for p in info.value.problems] == ["enterprise_number"]
    assert "0403.170.702" in info.value.message("fr")
    assert "numéro d’entreprise" in info.value.message("fr")
    assert _count(empty_register, m.Organisation) == 0


def test_create_activity_then_update_records_fields(empty_register):
    org_id = _org(empty_register)
    with empty_register.transaction() as s:
        act = services.create(
            s, m.Activity, {"reference": "T-01", "name": "Clients", "status": "active"}, org_id
        )
        act_id, version = act.id, act.version
    with empty_register.transaction() as s:
        services.update(
            s, m.Activity, act_id, {"name": "Gestion des clients"}, expected_version=version
        )
    with empty_register.reader() as s:
        rows = list_activities(s, org_id)
    assert [(r.reference, r.name) for r in rows] == [("T-01", "Gestion des clients")]


def test_stale_version_is_a_conflict_and_changes_nothing(empty_register):
    org_id = _org(empty_register)
    with empty_register.transaction() as s:
        act = services.create(s, m.Activity, {"reference": "T-01", "name": "A"}, org_id)
        act_id = act.id
    with empty_register.transaction() as s:
        services.update(s, m.Activity, act_id, {"name": "B"}, expected_version=1)
    with pytest.raises(ConflictError) as info:
        with empty_register.transaction() as s:
            services.update(s, m.Activity, act_id, {"name": "C"}, expected_version=1)
    assert "B" in info.value.message("en")
    with empty_register.reader() as s:
        assert s.get(m.Activity, act_id).name == "B"


def test_duplicate_reference_is_refused(empty_register):
    org_id = _org(empty_register)
    with empty_register.transaction() as s:
        services.create(s, m.Activity, {"reference": "T-01", "name": "A"}, org_id)
    with pytest.raises(ValidationError) as info:
        with empty_register.transaction() as s:
            services.create(s, m.Activity, {"reference": "T-01", "name": "B"}, org_id)
    assert info.value.problems[0].path == "reference"
    assert _count(empty_register, m.Activity) == 1


def test_wrong_values_are_listed_per_field(empty_register):
    org_id = _org(empty_register)
    with pytest.raises(ValidationError) as info:
        with empty_register.transaction() as s:
            services.create(
                s,
                m.Activity,
                {"reference": "T-02", "name": "x" * 10_000, "role": "boss", "status": "retired"},
                org_id,
            )
    paths = {p.path for p in info.value.problems}
    assert {"name", "role"} <= paths
    assert _count(empty_register, m.Activity) == 0


def test_retired_activity_needs_end_date(empty_register):
    org_id = _org(empty_register)
    with pytest.raises(ValidationError) as info:
        with empty_register.transaction() as s:
            services.create(
                s, m.Activity, {"reference": "T-9", "name": "Old", "status": "retired"}, org_id
            )
    assert info.value.problems[0].path == "end_date"
    with empty_register.transaction() as s:
        services.create(
            s,
            m.Activity,
            {"reference": "T-9", "name": "Old", "status": "retired", "end_date": date(2024, 1, 1)},
            org_id,
        )


def test_reference_to_another_organisation_is_refused(empty_register):
    first, second = _org(empty_register), _org(empty_register, legal_name="Autre SA")
    with empty_register.reader() as s:
        foreign_category = s.scalars(
            select(m.DataCategory.id).where(m.DataCategory.organisation_id == second)
        ).first()
    with empty_register.transaction() as s:
        act = services.create(s, m.Activity, {"reference": "T-1", "name": "A"}, first)
        act_id = act.id
    with pytest.raises(ValidationError) as info:
        with empty_register.transaction() as s:
            services.create(
                s, m.ActivityDataCategory, {"data_category_id": foreign_category}, act_id
            )
    assert info.value.problems[0].key == "problem.other_organisation"


def test_catalogue_entry_in_use_cannot_be_deleted(empty_register):
    org_id = _org(empty_register)
    with empty_register.transaction() as s:
        category = s.scalars(
            select(m.DataCategory).where(m.DataCategory.organisation_id == org_id)
        ).first()
        act = services.create(s, m.Activity, {"reference": "T-1", "name": "A"}, org_id)
        services.create(s, m.ActivityDataCategory, {"data_category_id": category.id}, act.id)
        category_id = category.id
    with pytest.raises(RopaError) as info:
        with empty_register.transaction() as s:
            services.delete(s, m.DataCategory, category_id)
    assert info.value.key == "error.in_use"
    with empty_register.reader() as s:
        assert s.get(m.DataCategory, category_id) is not None


def test_delete_activity_removes_its_children(empty_register):
    org_id = _org(empty_register)
    with empty_register.transaction() as s:
        act = services.create(s, m.Activity, {"reference": "T-1", "name": "A"}, org_id)
        services.create(
            s, m.Purpose, {"description": "Facturer", "legal_basis": "contract"}, act.id
        )
        act_id = act.id
    with empty_register.transaction() as s:
        services.delete(s, m.Activity, act_id)
    assert _count(empty_register, m.Purpose) == 0
    with pytest.raises(NotFoundError):
        with empty_register.transaction() as s:
            services.delete(s, m.Activity, act_id)


def test_set_links_checks_targets(empty_register):
    org_id = _org(empty_register)
    with empty_register.transaction() as s:
        subjects = s.scalars(
            select(m.DataSubjectCategory).where(m.DataSubjectCategory.organisation_id == org_id)
        ).all()[:2]
        act = services.create(s, m.Activity, {"reference": "T-1", "name": "A"}, org_id)
        services.set_links(s, act, "data_subjects", [x.id for x in subjects])
        act_id = act.id
    with empty_register.reader() as s:
        assert len(s.get(m.Activity, act_id).data_subjects) == 2
    with pytest.raises(ValidationError):
        with empty_register.transaction() as s:
            act = s.get(m.Activity, act_id)
            services.set_links(s, act, "data_subjects", ["nope"])
    with empty_register.reader() as s:
        assert len(s.get(m.Activity, act_id).data_subjects) == 2


def test_retention_phase_purpose_must_belong_to_the_activity(empty_register):
    org_id = _org(empty_register)
    with empty_register.transaction() as s:
        a = services.create(s, m.Activity, {"reference": "A", "name": "A"}, org_id)
        b = services.create(s, m.Activity, {"reference": "B", "name": "B"}, org_id)
        purpose = services.create(s, m.Purpose, {"description": "p"}, a.id)
        b_id, purpose_id = b.id, purpose.id
    with pytest.raises(ValidationError) as info:
        with empty_register.transaction() as s:
            services.create(
                s,
                m.RetentionPhase,
                {"purpose_id": purpose_id, "duration_value": 3, "duration_unit": "years"},
                b_id,
            )
    assert info.value.problems[0].key == "problem.other_activity"


@pytest.mark.parametrize("model", [m.ActivityClient, m.ActivityJointController])
def test_a_party_listed_twice_on_an_activity_is_refused_by_field(empty_register, model):
    org_id = _org(empty_register)
    with empty_register.transaction() as s:
        activity = services.create(
            s, m.Activity, {"reference": "P-1", "name": "Hosting", "role": "processor"}, org_id
        )
        first = services.create(
            s, m.Party, {"name": "Client A", "kind": "client_controller"}, org_id
        )
        second = services.create(
            s, m.Party, {"name": "Client B", "kind": "client_controller"}, org_id
        )
        services.create(s, model, {"party_id": first.id}, activity.id)
        other = services.create(s, model, {"party_id": second.id}, activity.id)
        activity_id, first_id, second_id, other_id = activity.id, first.id, second.id, other.id
    with pytest.raises(ValidationError) as info:
        with empty_register.transaction() as s:
            services.create(s, model, {"party_id": first_id}, activity_id)
    assert [p.path for p in info.value.problems] == ["party_id"]
    assert info.value.problems[0].message("fr")
    with pytest.raises(ValidationError):
        with empty_register.transaction() as s:
            services.update(s, model, other_id, {"party_id": first_id})
    assert _count(empty_register, model) == 2
    with empty_register.transaction() as s:  # a row keeping its own party is no duplicate
        services.update(s, model, other_id, {"party_id": second_id})
