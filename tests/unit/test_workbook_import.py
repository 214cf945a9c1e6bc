"""Importing an edited workbook: the plan (what changes, per sheet), then applying it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from ropa.core import services
from ropa.core.errors import ConflictError, RopaError
from ropa.core.queries import history
from ropa.db import models as m
from ropa.exports.common import Cancelled, ImportPlan
from ropa.exports.interchange import export_json
from ropa.exports.workbook import apply_import, build_workbook, plan_import
from tests.unit.workbook_support import (
    append_row,
    get_cell,
    headers,
    load,
    row_of,
    save,
    set_cell,
    soffice_convert,
)


def changes(plan: ImportPlan) -> dict[str, tuple[int, int, int]]:
    """(added, changed, removed) per sheet that has changes."""
    return {
        s.sheet: (s.count("added"), s.count("changed"), s.count("removed"))
        for s in plan.sheets
        if s.changes
    }


def change_count(db: Any) -> int:
    with db.reader() as session:
        return int(session.execute(select(func.count()).select_from(m.Change)).scalar_one())


@pytest.fixture
def book_en(demo_register: Any) -> bytes:
    return build_workbook(demo_register, lang="en")


def test_unchanged_workbook_gives_an_empty_plan_and_writes_nothing(
    demo_register: Any, book_en: bytes
) -> None:
    before, count = export_json(demo_register), change_count(demo_register)
    plan = plan_import(demo_register, book_en, source="register.xlsx")
    assert plan.is_empty and plan.notes == []
    assert plan.organisation_name == "Clairbois Informatique SRL" and plan.source == "register.xlsx"
    assert [s.sheet for s in plan.sheets][:3] == [
        "Organisation",
        "Controller register",
        "Processor register",
    ]
    apply_import(demo_register, plan)
    assert export_json(demo_register) == before
    assert change_count(demo_register) == count


def test_workbook_in_the_register_language_saved_by_openpyxl(demo_register: Any) -> None:
    book = load(build_workbook(demo_register))  # French
    assert plan_import(demo_register, save(book)).is_empty


def test_workbook_saved_again_by_libreoffice_gives_an_empty_plan(
    demo_register: Any, book_en: bytes, tmp_path: Path
) -> None:
    source = tmp_path / "register.xlsx"
    source.write_bytes(book_en)
    soffice_convert(source, tmp_path / "out", "xlsx:Calc MS Excel 2007 XML")
    data = (tmp_path / "out" / "register.xlsx").read_bytes()
    assert data != book_en
    plan = plan_import(demo_register, data)
    assert plan.is_empty, changes(plan)


def _edit(book_en: bytes) -> bytes:
    """A user's edits: a text, a status (by its label), a date; a new purpose; a recipient
    deleted; a new activity with its purposes; a new catalogue entry used by it."""
    book = load(book_en)
    register = book["Controller register"]
    t01 = row_of(register, "Reference", "T-01")
    set_cell(register, t01, "Name", "Clients and invoicing (reviewed)")
    set_cell(register, t01, "Status", "draft")  # a raw code is accepted too
    set_cell(register, t01, "Next review", datetime(2027, 3, 31))
    t02 = row_of(register, "Reference", "T-02")
    set_cell(register, t02, "Status", "Retired")
    set_cell(register, t02, "End date", datetime(2026, 6, 30))
    append_row(
        register,
        {"Reference": "T-50", "Name": "Newsletter", "Role": "Controller"},
    )
    purposes = book["Purposes"]
    append_row(
        purposes,
        {
            "Activity": "T-01",
            "Purpose": "Send satisfaction surveys",
            "Legal basis": "Legitimate interests (Art. 6(1)(f))",
        },
    )
    append_row(
        purposes,
        {
            "Activity": "T-50",
            "Purpose": "Send the newsletter",
            "Legal basis": "Consent (Art. 6(1)(a))",
        },
    )
    append_row(
        purposes, {"Activity": "T-50", "Purpose": "Measure its audience", "Legal basis": "consent"}
    )
    recipients = book["Recipients"]
    recipients.delete_rows(row_of(recipients, "Activity", "T-02"))
    catalogue = book["Catalogue – data subjects"]
    append_row(catalogue, {"Name": "Newsletter subscribers", "Minors": "No"})
    set_cell(register, register.max_row, "Data subjects", "Newsletter subscribers")
    return save(book)


def test_edits_give_the_right_plan_then_apply_writes_them_with_history(
    demo_register: Any, book_en: bytes
) -> None:
    data = _edit(book_en)
    plan = plan_import(demo_register, data)
    assert changes(plan) == {
        "Controller register": (1, 2, 0),
        "Purposes": (3, 0, 0),
        "Recipients": (0, 0, 1),
        "Catalogue – data subjects": (1, 0, 0),
    }
    register = next(s for s in plan.sheets if s.sheet == "Controller register")
    t01 = next(c for c in register.changes if c.label.startswith("T-01"))
    assert t01.row == 2
    assert {(f.column, f.old, f.new) for f in t01.fields} == {
        ("Name", "Gestion des clients et facturation", "Clients and invoicing (reviewed)"),
        ("Status", "Active", "Draft"),
        ("Next review", "2027-03-12", "2027-03-31"),
    }
    added = next(c for c in register.changes if c.kind == "added")
    assert added.label == "T-50 \u2013 Newsletter"
    removed = next(s for s in plan.sheets if s.sheet == "Recipients").changes[0]
    assert removed.kind == "removed" and removed.label.startswith("T-02: ")

    count = change_count(demo_register)
    apply_import(demo_register, plan)
    with demo_register.reader() as session:
        t01_row = session.scalars(select(m.Activity).where(m.Activity.reference == "T-01")).one()
        assert t01_row.name == "Clients and invoicing (reviewed)"
        assert t01_row.status.value == "draft" and t01_row.next_review == date(2027, 3, 31)
        t50 = session.scalars(select(m.Activity).where(m.Activity.reference == "T-50")).one()
        assert [p.description for p in t50.purposes] == [
            "Send the newsletter",
            "Measure its audience",
        ]
        assert [s.name for s in t50.data_subjects] == ["Newsletter subscribers"]
        entries = history(session, limit=40)
    assert change_count(demo_register) > count
    fields = {(e.entity_type, e.action.value, e.field) for e in entries}
    assert ("activity", "update", "name") in fields
    assert ("activity", "create", None) in fields
    assert ("activity_recipient", "delete", None) in fields
    assert ("purpose", "create", None) in fields

    # Exported again, the register gives the edited values, and the workbook is unchanged.
    again = build_workbook(demo_register, lang="en")
    book = load(again)
    register_sheet = book["Controller register"]
    row = row_of(register_sheet, "Reference", "T-01")
    assert get_cell(register_sheet, row, "Name") == "Clients and invoicing (reviewed)"
    assert plan_import(demo_register, again).is_empty


def test_swapping_references_and_reusing_a_name(demo_register: Any, book_en: bytes) -> None:
    book = load(book_en)
    register = book["Controller register"]
    t01, t02 = row_of(register, "Reference", "T-01"), row_of(register, "Reference", "T-02")
    set_cell(register, t01, "Reference", "T-02")
    set_cell(register, t02, "Reference", "T-01")
    catalogue = book["Catalogue – data categories"]
    old = get_cell(catalogue, 2, "Name")
    set_cell(catalogue, 2, "Name", f"{old} (old)")
    append_row(catalogue, {"Name": old})
    plan = plan_import(demo_register, save(book))
    assert changes(plan) == {
        "Controller register": (0, 2, 0),
        "Catalogue – data categories": (1, 1, 0),
    }
    apply_import(demo_register, plan)
    with demo_register.reader() as session:
        names = set(session.scalars(select(m.DataCategory.name)))
        references = dict(session.execute(select(m.Activity.reference, m.Activity.name)).all())
    assert {old, f"{old} (old)"} <= names
    assert references["T-02"] == "Gestion des clients et facturation"
    # The detail rows, left as they were, followed their activities and entries.
    book = load(build_workbook(demo_register, lang="en"))
    purposes = book["Purposes"]
    assert get_cell(purposes, row_of(purposes, "Activity", "T-02"), "Purpose").startswith(
        "Exécuter les contrats"
    )
    data_categories = book["Data categories"]
    assert get_cell(
        data_categories, row_of(data_categories, "Activity", "T-01"), "Data category"
    ) == (f"{old} (old)")


def test_a_row_moved_to_another_activity_is_removed_there_and_added_here(
    demo_register: Any, book_en: bytes
) -> None:
    book = load(book_en)
    purposes = book["Purposes"]
    row = row_of(purposes, "Activity", "T-03")
    set_cell(purposes, row, "Activity", "T-04")
    plan = plan_import(demo_register, save(book))
    # The moved row comes first among T-04's purposes (it is above them): they move down.
    assert changes(plan) == {"Purposes": (1, 2, 1)}
    moved_down = [c for c in plan.sheets[3].changes if c.kind == "changed"]
    assert {f.column for c in moved_down for f in c.fields} == {"Order"}
    apply_import(demo_register, plan)
    assert plan_import(demo_register, build_workbook(demo_register, lang="en")).is_empty


def test_order_of_rows_is_kept(demo_register: Any, book_en: bytes) -> None:
    book = load(book_en)
    purposes = book["Purposes"]
    first = row_of(purposes, "Activity", "T-01")
    values = [[c.value for c in purposes[first + i]] for i in range(2)]
    for i, row in enumerate(reversed(values)):
        for column, value in enumerate(row, 1):
            purposes.cell(first + i, column).value = value
    plan = plan_import(demo_register, save(book))
    # T-01 has four purposes: the moved first one takes the second's place, so the stored
    # positions of the two after it shift by one (the order they keep).
    assert changes(plan) == {"Purposes": (0, 3, 0)}
    assert {f.column for c in plan.sheets[3].changes for f in c.fields} == {"Order"}
    apply_import(demo_register, plan)
    assert plan_import(demo_register, save(book)).is_empty


def test_a_hand_edited_summary_is_a_note_not_a_change(demo_register: Any, book_en: bytes) -> None:
    book = load(book_en)
    register = book["Controller register"]
    row = row_of(register, "Reference", "T-01")
    set_cell(register, row, "Retention schedule", "Forever")
    plan = plan_import(demo_register, save(book))
    assert plan.is_empty
    assert plan.notes == [
        f"Sheet “Controller register”, row {row}, column “Retention schedule”: summary "
        "columns are not imported; make this change on the sheet “Retention”."
    ]


def test_import_refuses_a_register_changed_since_the_plan(
    demo_register: Any, book_en: bytes
) -> None:
    plan = plan_import(demo_register, _edit(book_en))
    with demo_register.transaction() as session:
        activity = session.scalars(select(m.Activity).where(m.Activity.reference == "T-03")).one()
        services.update(session, m.Activity, activity.id, {"owner": "Someone else"})
    before = export_json(demo_register)
    with pytest.raises(ConflictError) as caught:
        apply_import(demo_register, plan)
    assert "changed since the workbook was read" in caught.value.message("en")
    assert export_json(demo_register) == before


def test_a_failure_while_applying_changes_nothing(
    demo_register: Any, book_en: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_import(demo_register, _edit(book_en))
    before, count = export_json(demo_register), change_count(demo_register)

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RopaError("error.generic")

    monkeypatch.setattr("ropa.exports.workbook.apply.services.delete", broken)
    with pytest.raises(RopaError):
        apply_import(demo_register, plan)
    assert export_json(demo_register) == before
    assert change_count(demo_register) == count


def test_cancel_while_planning(demo_register: Any, book_en: bytes) -> None:
    before = export_json(demo_register)

    def cancel(done: int, total: int) -> None:
        if done >= 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        plan_import(demo_register, _edit(book_en), progress=cancel)
    assert export_json(demo_register) == before


def test_retention_scope_and_cookie_transfer_by_their_keys(
    demo_register: Any, book_en: bytes
) -> None:
    book = load(book_en)
    retention = book["Retention"]
    purposes = book["Purposes"]
    purpose = get_cell(purposes, row_of(purposes, "Activity", "T-05"), "Purpose")
    append_row(
        retention,
        {
            "Activity": "T-05",
            "Phase": "Active use",
            "Purpose": purpose,
            "Duration": 2,
            "Unit": "Years",
        },
    )
    cookies = book["Cookies"]
    transfer = next(
        get_cell(cookies, r, "Transfer outside the EEA")
        for r in range(2, cookies.max_row + 1)
        if get_cell(cookies, r, "Transfer outside the EEA")
    )
    append_row(
        cookies,
        {"Name": "new_cookie", "Category": "Analytics", "Transfer outside the EEA": transfer},
    )
    plan = plan_import(demo_register, save(book))
    assert changes(plan) == {"Retention": (1, 0, 0), "Cookies": (1, 0, 0)}
    apply_import(demo_register, plan)
    with demo_register.reader() as session:
        cookie = session.scalars(select(m.Cookie).where(m.Cookie.name == "new_cookie")).one()
        assert cookie.transfer_id is not None
        t05 = session.scalars(select(m.Activity).where(m.Activity.reference == "T-05")).one()
        assert [p.purpose.description for p in t05.retention_phases if p.purpose][-1] == purpose


def test_headers_are_found_by_title_not_position(demo_register: Any, book_en: bytes) -> None:
    book = load(book_en)
    purposes = book["Purposes"]
    purposes.move_range(f"A1:A{purposes.max_row}", cols=purposes.max_column + 1)
    purposes.delete_cols(1)
    assert "Activity" in headers(purposes)
    assert plan_import(demo_register, save(book)).is_empty


def test_a_new_processor_activity_with_its_client(demo_register: Any, book_en: bytes) -> None:
    book = load(book_en)
    append_row(book["Processor register"], {"Reference": "ST-09", "Name": "Backups for clients"})
    parties = book["Processors & third parties"]
    client = get_cell(parties, row_of(parties, "Party type", "Client (controller)"), "Name")
    append_row(
        book["Clients"], {"Activity": "ST-09", "Client": client, "Contract reference": "C-9"}
    )
    plan = plan_import(demo_register, save(book))
    assert changes(plan) == {"Processor register": (1, 0, 0), "Clients": (1, 0, 0)}
    apply_import(demo_register, plan)
    with demo_register.reader() as session:
        activity = session.scalars(select(m.Activity).where(m.Activity.reference == "ST-09")).one()
        assert activity.role.value == "processor"  # the sheet's role, the cell left empty
        assert [c.party.name for c in activity.clients] == [client]
