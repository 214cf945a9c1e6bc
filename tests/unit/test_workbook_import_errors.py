"""Workbooks the importer refuses: each problem names its sheet, row and column, all problems
are reported at once, and the register is left exactly as it was."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import datetime
from typing import Any

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from ropa.core.errors import ValidationError
from ropa.core.register import create_register
from ropa.exports.interchange import export_json, import_json
from ropa.exports.workbook import build_workbook, plan_import
from ropa.exports.workbook.cells import truncation_marker
from tests.unit.test_cli import ORG_ONE, ORG_TWO, _document
from tests.unit.workbook_support import append_row, get_cell, load, row_of, save, set_cell


@pytest.fixture
def book_en(demo_register: Any) -> bytes:
    return build_workbook(demo_register, lang="en")


def refused(db: Any, data: bytes, **kwargs: Any) -> list[str]:
    """The problems of a refused workbook (rendered in English); the register unchanged."""
    before = export_json(db)
    with pytest.raises(ValidationError) as caught:
        plan_import(db, data, **kwargs)
    assert export_json(db) == before
    return [p.render("en") for p in caught.value.problems]


def edited(book_en: bytes, edit: Callable[[Workbook], None]) -> bytes:
    book = load(book_en)
    edit(book)
    return save(book)


# -- not a workbook of this register ---------------------------------------------------------


def test_not_a_workbook(demo_register: Any) -> None:
    assert refused(demo_register, b"this is not a workbook") == [
        "the file: this file is not an Excel workbook (.xlsx), or it is damaged."
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "a zip, not a workbook")
    assert "not an Excel workbook" in refused(demo_register, buffer.getvalue())[0]


def test_a_workbook_not_exported_by_ropa(demo_register: Any) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "Reference"
    [problem] = refused(demo_register, save(book))
    assert "not exported by ropa" in problem and "_ropa" in problem


def test_a_workbook_from_a_newer_ropa(demo_register: Any, book_en: bytes) -> None:
    def newer(book: Workbook) -> None:
        meta = book["_ropa"]
        assert meta.cell(2, 1).value == "format_version"
        meta.cell(2, 2).value = "99"

    [problem] = refused(demo_register, edited(book_en, newer))
    assert "newer ropa" in problem and "99" in problem


def test_a_workbook_of_another_organisation(tmp_path: Any) -> None:
    import json

    db = create_register(tmp_path / "two.ropa", language="en")
    try:
        import_json(db, json.dumps(_document()).encode())
        data = build_workbook(db, ORG_ONE)
        [problem] = refused(db, data, organisation_id=ORG_TWO)
        assert ORG_ONE in problem and ORG_TWO in problem
        assert "Alpha Consulting" in problem and "Beta NV" in problem
        # Without a choice, the workbook goes to its own organisation.
        assert plan_import(db, data).organisation_id == ORG_ONE
    finally:
        db.close()


def test_missing_sheet_and_renamed_column(demo_register: Any, book_en: bytes) -> None:
    def damage(book: Workbook) -> None:
        del book["Purposes"]
        book["Recipients"]["B1"] = "Kind of recipient"

    assert refused(demo_register, edited(book_en, damage)) == [
        "Sheet “Purposes”: the sheet “Purposes” is missing (renamed or deleted?); the workbook "
        "cannot be imported without it.",
        "Sheet “Recipients”, row 1: the column “Recipient type” is missing (renamed or deleted?).",
    ]


# -- cells -----------------------------------------------------------------------------------


def test_wrong_types_unknown_values_and_empty_required_cells_all_at_once(
    demo_register: Any, book_en: bytes
) -> None:
    def damage(book: Workbook) -> None:
        register = book["Controller register"]
        set_cell(register, 2, "Start date", "next spring")
        set_cell(register, 3, "Name", None)
        retention = book["Retention"]
        set_cell(retention, 2, "Duration", "abc")
        purposes = book["Purposes"]
        set_cell(purposes, 3, "Legal basis", "Because we can")
        set_cell(book["Cookies"], 2, "Consent required", "Maybe")

    problems = refused(demo_register, edited(book_en, damage))
    assert problems[:5] == [
        "Sheet “Controller register”, row 2, column “Start date”: expected a date (YYYY-MM-DD), "
        "found “next spring”.",
        "Sheet “Controller register”, row 3, column “Name”: this cell must not be empty.",
        "Sheet “Purposes”, row 3, column “Legal basis”: “Because we can” is not one of the "
        "allowed values: Consent (Art. 6(1)(a)); Contract (Art. 6(1)(b)); Legal obligation "
        "(Art. 6(1)(c)); Vital interests (Art. 6(1)(d)); Public task (Art. 6(1)(e)); "
        "Legitimate interests (Art. 6(1)(f)); To be determined.",
        "Sheet “Retention”, row 2, column “Duration”: expected a whole number, found “abc”.",
        "Sheet “Cookies”, row 2, column “Consent required”: “Maybe” is not one of the allowed "
        "values: Yes, No.",
    ]


def test_duplicate_references_and_ids(demo_register: Any, book_en: bytes) -> None:
    def damage(book: Workbook) -> None:
        register = book["Controller register"]
        set_cell(register, 3, "Reference", "T-01")
        purposes = book["Purposes"]
        copy = [c.value for c in purposes[2]]
        row = purposes.max_row + 1
        for column, value in enumerate(copy, 1):
            purposes.cell(row, column).value = value

    problems = refused(demo_register, edited(book_en, damage))
    assert (
        "Sheet “Controller register”, row 3, column “Reference”: “T-01” is also used by another "
        "row (Sheet “Controller register”, row 2); it must be unique." in problems
    )
    assert any(
        p.startswith("Sheet “Purposes”, row ")
        and "column “ID”: this ID is also used by another row (Sheet “Purposes”, row 2;" in p
        for p in problems
    )


def test_ids_of_no_row_and_unknown_references(demo_register: Any, book_en: bytes) -> None:
    def damage(book: Workbook) -> None:
        purposes = book["Purposes"]
        set_cell(purposes, 2, "ID", "00000000-0000-0000-0000-000000000000")
        append_row(purposes, {"Activity": "T-404", "Purpose": "Lost"})
        data_categories = book["Data categories"]
        set_cell(data_categories, 2, "Data category", "Shoe sizes")

    problems = refused(demo_register, edited(book_en, damage))
    assert (
        "Sheet “Purposes”, row 2, column “ID”: the ID “00000000-0000-0000-0000-000000000000” "
        "is not the ID of a row of this sheet in this register (copied from another "
        "register?): clear it to add the row as a new one."
    ) in problems
    assert any(
        "column “Activity”: “T-404” is not the reference of an activity" in p for p in problems
    )
    assert (
        "Sheet “Data categories”, row 2, column “Data category”: “Shoe sizes” is not on the "
        "sheet “Catalogue – data categories”."
    ) in problems


def test_an_ambiguous_party_name_names_both_rows(demo_register: Any, book_en: bytes) -> None:
    def damage(book: Workbook) -> None:
        parties = book["Processors & third parties"]
        name = get_cell(parties, 2, "Name")
        set_cell(parties, 3, "Name", name)
        append_row(
            book["Recipients"],
            {"Activity": "T-01", "Recipient type": "Processor", "External recipient": name},
        )

    problems = refused(demo_register, edited(book_en, damage))
    assert len(problems) == 1
    assert "names several rows of the sheet “Processors & third parties” (rows 2, 3)" in problems[0]
    assert problems[0].startswith("Sheet “Recipients”, row ")


def test_an_edited_cut_text_is_refused(demo_register: Any, book_en: bytes) -> None:
    def damage(book: Workbook) -> None:
        register = book["Controller register"]
        set_cell(register, 2, "Notes", "edited" + truncation_marker("en"))

    [problem] = refused(demo_register, edited(book_en, damage))
    assert problem.startswith(
        "Sheet “Controller register”, row 2, column “Notes”: this text was cut"
    )


def test_rules_of_the_register_are_shown_on_their_cells(demo_register: Any, book_en: bytes) -> None:
    """Validation of the rebuilt register (the JSON import's rules) points at the cells."""

    def damage(book: Workbook) -> None:
        parties = book["Processors & third parties"]
        set_cell(parties, 2, "E-mail", "not an address")
        register = book["Controller register"]
        set_cell(register, 2, "Status", "Retired")
        set_cell(register, 2, "End date", None)
        transfers = book["Transfers"]
        set_cell(transfers, 2, "Destination country", "XX")
        organisation = book["Organisation"]
        set_cell(organisation, row_of(organisation, "Key", "email"), "Value", "nobody")
        set_cell(book["Purposes"], 2, "Purpose", "x" * 20_001)

    problems = refused(demo_register, edited(book_en, damage))
    assert (
        "Sheet “Processors & third parties”, row 2, column “E-mail”: “not an address” is not "
        "an e-mail address." in problems
    )
    assert (
        "Sheet “Controller register”, row 2, column “End date”: a retired activity needs its "
        "end date." in problems
    )
    assert any(
        p.startswith("Sheet “Transfers”, row 2, column “Destination country”: “XX”")
        for p in problems
    )
    assert any(
        p.startswith("Sheet “Organisation”, row ") and "column “Value”: “nobody”" in p
        for p in problems
    )
    assert (
        "Sheet “Purposes”, row 2, column “Purpose”: too long: 20001 characters, at most 20000."
        in problems
    )


def test_dates_typed_as_text_and_numbers_typed_as_text_are_read(
    demo_register: Any, book_en: bytes
) -> None:
    def edit(book: Workbook) -> None:
        register = book["Controller register"]
        set_cell(register, 2, "Next review", "2030-01-15")
        set_cell(register, 3, "Next review", datetime(2030, 2, 1))
        retention = book["Retention"]
        set_cell(retention, row_of(retention, "Unit", "Years"), "Duration", "7")

    plan = plan_import(demo_register, edited(book_en, edit))
    assert plan.count("changed") == 3
