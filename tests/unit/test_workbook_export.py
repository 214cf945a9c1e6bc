"""The Excel workbook export, read back with openpyxl and with LibreOffice."""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest

from ropa.core.i18n import LANGUAGES, tr
from ropa.core.snapshot import read_tree
from ropa.core.tree import ORGANISATION
from ropa.exports.common import Cancelled
from ropa.exports.workbook import build_workbook, plan_import
from ropa.exports.workbook.cells import REPLACEMENT, safe_text, truncation_marker
from ropa.exports.workbook.layout import (
    EXCEL_CELL_MAX,
    META_SHEET,
    NOT_SHOWN,
    WITHOUT_SHEET,
    Kind,
    organisation_fields,
    sheets,
)
from tests.unit.workbook_support import (
    CONTROL,
    HOSTILE,
    HOSTILE_PURPOSES,
    LONG_PURPOSE,
    all_values,
    headers,
    load,
    make_hostile_register,
    make_organisation,
    row_of,
    soffice_convert,
)

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "text"
FORBIDDEN = set("[]:*?/\\")


# -- the layout ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_sheet_titles_fit_excel_and_headers_are_unique(lang: str) -> None:
    titles = [tr(lang, f"workbook.sheet.{key}") for key in ("register", "register_processor")]
    titles += [s.title(lang) for s in sheets()] + [tr(lang, "workbook.sheet.lists"), META_SHEET]
    assert len(set(titles)) == len(titles)
    for title in titles:
        assert 0 < len(title) <= 31 and not FORBIDDEN & set(title), title
        assert not title.startswith("workbook."), title
    for spec in sheets():
        columns = [c.title(lang) for c in spec.columns]
        assert len(set(columns)) == len(columns), (spec.key, columns)
        assert not [c for c in columns if c.startswith(("workbook.", "field."))]


def test_every_register_column_is_on_its_sheet() -> None:
    """A column added to the model must be added to the workbook (or to NOT_SHOWN); a text's
    translation columns are there for the organisation's other languages."""
    shown: dict[str, set[str]] = {}
    for spec in sheets(LANGUAGES):
        if spec.table and spec.key != "organisation":
            shown.setdefault(spec.table, set()).update(c.key for c in spec.columns)
    shown["organisation"] = {c.key for c in organisation_fields(LANGUAGES)}
    for node in ORGANISATION.walk():
        if node.name in WITHOUT_SHEET:
            # Left out knowingly: an import keeps their rows (test_dpias_data.py).
            assert node.name not in shown, f"{node.name} has a sheet: remove it from WITHOUT_SHEET"
            continue
        expected = {c.name for c in node.data_columns()} - NOT_SHOWN
        expected |= {link.key for link in node.links}
        assert expected <= shown[node.name], (node.name, expected - shown[node.name])


def test_text_files_have_the_same_keys_sorted() -> None:
    files = {lang: RESOURCES / f"workbook.{lang}.json" for lang in ("en", "fr", "nl")}
    texts = {lang: json.loads(path.read_text(encoding="utf-8")) for lang, path in files.items()}
    assert set(texts["fr"]) == set(texts["en"]) == set(texts["nl"])
    for lang, path in files.items():
        assert list(texts[lang]) == sorted(texts[lang])
        assert all(texts[lang].values()), lang
        assert path.read_text(encoding="utf-8").rstrip("\n") == json.dumps(
            texts[lang], ensure_ascii=False, indent=2, sort_keys=True
        )


def test_safe_text_replaces_control_characters_and_cuts_long_texts() -> None:
    assert safe_text("plain", "en") == "plain"
    assert safe_text("a\x00b\x1fc\tok\nok\r", "en") == f"a{REPLACEMENT}b{REPLACEMENT}c\tok\nok\r"
    cut = safe_text("x" * 40_000, "fr")
    assert len(cut) == EXCEL_CELL_MAX and cut.endswith(truncation_marker("fr"))


# -- the workbook of the demo register -------------------------------------------------------


def test_demo_workbook_sheets_headers_panes_filters_and_lists(demo_register: Any) -> None:
    book = load(build_workbook(demo_register))
    lang = "fr"  # the demo register's language
    expected = [tr(lang, "workbook.sheet.register"), tr(lang, "workbook.sheet.register_processor")]
    expected += [s.title(lang) for s in sheets()] + [tr(lang, "workbook.sheet.lists"), META_SHEET]
    assert book.sheetnames == expected
    assert book[META_SHEET].sheet_state == "veryHidden"
    assert book[tr(lang, "workbook.sheet.lists")].sheet_state == "hidden"
    meta = {row[0].value: row[1].value for row in book[META_SHEET].iter_rows()}
    assert meta["format"] == "ropa-workbook" and meta["language"] == "fr"
    with demo_register.reader() as session:
        [organisation] = read_tree(session, [meta["organisation_id"]])
    others = tuple(organisation["other_languages"])
    assert meta["text_languages"].split() == ["fr", *others]
    for spec in sheets(others):
        ws = book[spec.title(lang)]
        assert [c.value for c in ws[1]] == [c.title(lang) for c in spec.columns]
        assert ws.freeze_panes == spec.freeze
        assert ws["A1"].font.bold and ws["A1"].alignment.wrap_text
        if spec.key != "organisation":
            assert ws.auto_filter.ref.startswith("A1:")
        for index, column in enumerate(spec.columns, 1):
            cell = ws.cell(1, index)
            if column.kind is Kind.SUMMARY:
                where = next(s for s in sheets() if s.key == column.edit_on).title(lang)
                assert where in cell.comment.text
                assert cell.fill.fgColor.rgb != ws["A1"].fill.fgColor.rgb
    register = book["Registre du responsable"]
    assert register.max_row == 22  # 21 controller activities (the retired one too) + header
    assert row_of(register, "Statut", "Terminée")  # a retired activity, on the register sheet
    assert book["Registre du sous-traitant"].max_row == 4
    validations = {str(v.sqref): v.formula1 for v in register.data_validations.dataValidation}
    status = headers(register)["Statut"]
    letter = register.cell(1, status).column_letter
    assert "Listes" in validations[f"{letter}2:{letter}1048576"]
    # Real dates, wrapped texts, grey ID column.
    start = register.cell(2, headers(register)["Date de début"])
    assert start.is_date and start.number_format == "yyyy-mm-dd"
    assert register.cell(2, headers(register)["Nom"]).alignment.wrap_text
    assert register.cell(2, headers(register)["ID"]).font.color.rgb.endswith("808080")
    properties = book.properties
    assert properties.creator == "Clairbois Informatique SRL"
    assert "Clairbois" in properties.title and properties.language == "fr"
    assert properties.lastModifiedBy.startswith("ropa ")


def test_rows_are_as_tall_as_their_wrapped_text(demo_register: Any) -> None:
    """Spreadsheets do not grow rows when they open a file: without a height, a wrapped text
    shows one line (and LibreOffice prints it over the next rows)."""
    book = load(build_workbook(demo_register, lang="en"))
    organisation = book["Organisation"]
    introduction = row_of(organisation, "Field", "Privacy notice introduction")
    text = organisation.cell(introduction, 2).value
    lines = text.count("\n") + 1
    height = organisation.row_dimensions[introduction].height
    assert height is not None and height >= 15 * lines
    assert organisation.row_dimensions[row_of(organisation, "Field", "Country")].height is None
    register = book["Controller register"]
    row = row_of(register, "Reference", "T-01")
    assert register.row_dimensions[row].height > 15 * 3
    # Printed landscape, the header row repeated on every page.
    assert register.page_setup.orientation == "landscape"
    assert register.print_title_rows == "$1:$1"


def test_summary_columns_follow_the_detail_sheets(demo_register: Any) -> None:
    book = load(build_workbook(demo_register, lang="en"))
    register = book["Controller register"]
    row = row_of(register, "Reference", "T-01")
    purposes = register.cell(row, headers(register)["Purposes and legal bases"]).value
    # In the workbook's language: the English text, or the French one marked as such.
    sheet = book["Purposes"]
    first = row_of(sheet, "Activity", "T-01")
    english = sheet.cell(first, headers(sheet)["Purpose (English)"]).value
    french = sheet.cell(first, headers(sheet)["Purpose"]).value
    assert (english or f"[FR]\u00a0{french}") in purposes
    assert "Contract (Art. 6(1)(b))" in purposes
    assert register.cell(row, headers(register)["Retention schedule"]).value


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_workbook_in_another_language(demo_register: Any, lang: str) -> None:
    book = load(build_workbook(demo_register, lang=lang))
    assert book.sheetnames[0] == tr(lang, "workbook.sheet.register")
    assert book.sheetnames[3] == tr(lang, "workbook.sheet.controller")
    ws = book[tr(lang, "workbook.sheet.controller")]
    status = headers(ws)[tr(lang, "field.activity.status")]
    assert ws.cell(2, status).value == tr(lang, "enum.status.active")


# -- hostile texts ---------------------------------------------------------------------------


@pytest.fixture
def hostile_book(empty_register: Any) -> bytes:
    make_hostile_register(empty_register)
    return build_workbook(empty_register)


def test_no_cell_is_a_formula_and_hostile_texts_are_literal(hostile_book: bytes) -> None:
    book = load(hostile_book)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                assert cell.data_type != "e", (ws.title, cell.coordinate, cell.value)
    values = all_values(book)
    for text in [*HOSTILE.values(), *HOSTILE_PURPOSES, "@Evil Processor", "=Evil & Co <SRL>"]:
        assert text in values, text
    assert LONG_PURPOSE in values  # 10,000 characters, whole
    # Control characters replaced, and the cell says so.
    purposes = book["Purposes"]
    row = row_of(
        purposes,
        "Purpose",
        CONTROL.replace("\x07", REPLACEMENT)
        .replace("\x1b", REPLACEMENT)
        .replace("\x0b", REPLACEMENT),
    )
    cell = purposes.cell(row, headers(purposes)["Purpose"])
    assert cell.comment is not None and "replaced" in cell.comment.text
    # The empty activity is there, with its real date.
    register = book["Controller register"]
    empty = row_of(register, "Reference", "T-02")
    assert register.cell(empty, headers(register)["Start date"]).is_date


def test_hostile_workbook_imports_back_unchanged(empty_register: Any, hostile_book: bytes) -> None:
    plan = plan_import(empty_register, hostile_book)
    assert plan.is_empty, [(s.sheet, s.changes) for s in plan.sheets if s.changes]


def test_texts_that_xml_would_alter_are_written_exactly(empty_register: Any) -> None:
    """Rows are written as XML text (workbook/row_xml.py): markup, a CDATA end, a carriage
    return and spaces at either end must come back as typed, and import as unchanged."""
    from ropa.core import services
    from ropa.db import models as m

    texts = {
        "name": "  Spaces around  ",
        "notes": "CR LF\r\nthen ]]> and <b>&amp;</b> \"quoted\" 'single'",
        "description": "\ttab first",
    }
    org_id = make_organisation(empty_register)
    with empty_register.transaction() as s:
        services.create(s, m.Activity, {"reference": "X-1", **texts}, org_id)
    data = build_workbook(empty_register)
    register = load(data)["Controller register"]
    row = row_of(register, "Reference", "X-1")
    for field, text in texts.items():
        assert register.cell(row, headers(register)[tr("en", f"field.activity.{field}")]).value == (
            text
        ), field
    assert plan_import(empty_register, data).is_empty


@pytest.fixture(scope="module")
def libreoffice_csv(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[str]]]:
    """The hostile workbook converted once by LibreOffice, every sheet to CSV."""
    from ropa.core.register import create_register

    folder = tmp_path_factory.mktemp("lo")
    db = create_register(folder / "hostile.ropa", language="en")
    try:
        make_hostile_register(db)
        source = folder / "hostile.xlsx"
        source.write_bytes(build_workbook(db))
    finally:
        db.close()
    out = folder / "csv"
    soffice_convert(
        source, out, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    )
    sheets_csv = {}
    for path in out.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            sheets_csv[path.stem.removeprefix("hostile-")] = list(csv.reader(handle))
    return sheets_csv


def test_libreoffice_shows_hostile_texts_literally(
    libreoffice_csv: dict[str, list[list[str]]],
) -> None:
    assert "Controller register" in libreoffice_csv and "Purposes" in libreoffice_csv
    register = libreoffice_csv["Controller register"]
    header = register[0]
    row = next(r for r in register[1:] if r[0] == "T-01")
    for field, text in HOSTILE.items():
        title = tr("en", f"field.activity.{field}")
        assert row[header.index(title)] == text, field
    purposes = [r[1] for r in libreoffice_csv["Purposes"][1:]]
    for text in HOSTILE_PURPOSES:
        assert text in purposes
    assert "2" not in row and "6" not in purposes  # nothing was evaluated
    parties = libreoffice_csv["Processors & third parties"]
    assert parties[1][0] == "@Evil Processor"


# -- edge cases ------------------------------------------------------------------------------


def test_organisation_without_activity(empty_register: Any) -> None:
    make_organisation(empty_register, "Nobody Yet SPRL")
    data = build_workbook(empty_register)
    book = load(data)
    assert book["Controller register"].max_row == 1
    assert book["Purposes"].auto_filter.ref == "A1:N1"
    organisation = book["Organisation"]
    assert organisation.cell(2, 2).value == "Nobody Yet SPRL"
    assert plan_import(empty_register, data).is_empty


def test_an_organisation_name_with_control_characters_is_exported(empty_register: Any) -> None:
    """The name goes into the document properties and the hidden _ropa sheet too: both refuse
    control characters (openpyxl / lxml raised, and the export ended in a traceback)."""
    make_organisation(empty_register, "Evil\x1b[2J SRL\x07")
    book = load(build_workbook(empty_register))
    organisation = book["Organisation"]
    shown = REPLACEMENT.join(["Evil", "[2J SRL", ""])
    assert organisation.cell(2, 2).value == shown
    assert book.properties.creator == shown


def test_a_summary_longer_than_a_cell_is_cut_with_a_marker(empty_register: Any) -> None:
    from ropa.core import services
    from ropa.db import models as m

    org_id = make_organisation(empty_register)
    with empty_register.transaction() as s:
        activity = services.create(s, m.Activity, {"reference": "L-1", "name": "Long"}, org_id)
        for position in range(2):
            services.create(
                s, m.Purpose, {"description": "y" * 20_000, "position": position}, activity.id
            )
    data = build_workbook(empty_register)
    register = load(data)["Controller register"]
    cell = register.cell(2, headers(register)["Purposes and legal bases"])
    assert len(cell.value) == EXCEL_CELL_MAX and cell.value.endswith(truncation_marker("en"))
    assert cell.comment is not None
    assert plan_import(empty_register, data).is_empty


def test_progress_is_reported_and_cancel_stops_the_export(
    demo_register: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # openpyxl's temporary sheet files go to a folder of this test's own (other programs,
    # a bench for one, may be writing theirs in the shared temporary folder meanwhile).
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    seen: list[tuple[int, int]] = []
    build_workbook(demo_register, progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0

    def cancel(done: int, total: int) -> None:
        if done > 50:
            raise Cancelled()

    with pytest.raises(Cancelled):
        build_workbook(demo_register, progress=cancel)
    # No temporary sheet file is left behind.
    assert list(tmp_path.glob("openpyxl.*")) == []
