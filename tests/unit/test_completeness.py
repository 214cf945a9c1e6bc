"""Completeness per activity: which Art. 30 items each activity records, from the checks'
context (one read of the register)."""

from __future__ import annotations

from pathlib import Path

from ropa.core.checks.completeness import (
    ART30_ITEMS,
    LEGAL_BASIS,
    RECIPIENTS,
    RETENTION,
    SECURITY,
    ActivityCompleteness,
    activity_completeness,
    completeness,
)
from ropa.core.checks.engine import load_context
from ropa.db import models as m
from tests.unit.checks_support import TODAY, Register, clean_register


def rows_of(register: Register) -> dict[str, ActivityCompleteness]:
    with register.db.reader() as s:
        ctx = load_context(s, register.org_id, TODAY)
    return {row.reference: row for row in completeness(ctx)}


def test_a_clean_activity_lacks_only_security(tmp_path: Path) -> None:
    register = clean_register(tmp_path)
    [row] = rows_of(register).values()
    assert row.activity_id == register.activity_id
    assert row.applicable == ART30_ITEMS
    assert row.missing == (SECURITY,)
    assert (len(row.present), row.percent) == (6, 86)
    register.delete(m.ActivityRecipient, register.recipient_id)
    assert rows_of(register)["T-01"].missing == (RECIPIENTS, SECURITY)


def test_items_appear_as_they_are_recorded_and_a_purpose_without_basis_counts(
    tmp_path: Path,
) -> None:
    register = clean_register(tmp_path)
    measure = register.seeded(m.SecurityMeasure, register_measure_key(register))
    register.link(register.activity_id, "security_measures", [measure])
    purpose = register.create(m.Purpose, {"description": "Statistiques"}, register.activity_id)
    row = rows_of(register)["T-01"]
    assert row.missing == (LEGAL_BASIS,)
    # "To be determined" is no legal basis yet.
    register.update(m.Purpose, purpose, legal_basis="undetermined")
    assert rows_of(register)["T-01"].missing == (LEGAL_BASIS,)
    register.update(m.Purpose, purpose, legal_basis="legitimate_interests")
    assert rows_of(register)["T-01"].missing == ()

    empty = rows_of(register)  # an empty draft has nothing, and comes first
    register.activity("T-02")
    ordered = list(rows_of(register))
    assert ordered[0] == "T-02" and "T-02" not in empty
    assert rows_of(register)["T-02"].percent == 0


def test_a_processor_is_not_asked_a_legal_basis_or_a_retention(tmp_path: Path) -> None:
    register = clean_register(tmp_path)
    register.processor_activity()
    row = rows_of(register)["S-01"]
    assert LEGAL_BASIS not in row.applicable
    assert RETENTION not in row.applicable
    assert len(row.applicable) == len(ART30_ITEMS) - 2


def test_an_activity_row_without_purposes_has_no_legal_basis() -> None:
    activity = {
        "id": "a",
        "reference": "T-9",
        "name": "Nothing",
        "role": "controller",
        "status": "draft",
        "purposes": [],
        "data_subjects": [],
        "data_categories": [],
        "retention_phases": [],
        "recipients": [],
        "security_measures": [],
    }
    row = activity_completeness(activity)
    assert row.present == () and row.missing == ART30_ITEMS and row.ratio == 0.0


def register_measure_key(register: Register) -> str:
    """The seed key of one security measure ropa seeded in the organisation."""
    from sqlalchemy import select

    with register.db.reader() as s:
        return str(
            s.scalars(
                select(m.SecurityMeasure.seed_key).where(
                    m.SecurityMeasure.organisation_id == register.org_id,
                    m.SecurityMeasure.seed_key.is_not(None),
                )
            ).first()
        )
