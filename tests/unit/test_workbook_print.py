"""The workbook as a document: the Register sheet an accountant reads and prints, the data
sheets' print set-up, the authority on the Organisation sheet; printed by LibreOffice and read
back with poppler (one conversion of the demo's workbook for the whole module)."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass
from typing import Any

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ropa.core.i18n import tr
from ropa.core.snapshot import read_tree
from ropa.exports.workbook import build_workbook, plan_import
from ropa.exports.workbook.layout import Kind, sheets
from ropa.exports.workbook.rows import natural_key
from tests.unit.workbook_support import load, save, soffice_convert

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
HEADER_ROW = 4  # the Register's column titles, under the name, heading and contacts
LANG = "fr"  # the demo register's language


@dataclass(frozen=True)
class Printed:
    data: bytes  # the workbook
    organisation: dict[str, Any]  # the demo organisation as stored
    pages: list[str]  # the text of each page LibreOffice printed


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Printed:
    """The demo's workbook (French), printed to PDF by LibreOffice once."""
    from ropa.core.register import create_register

    folder = tmp_path_factory.mktemp("print")
    db = create_register(folder / "demo.ropa", demo=True)
    try:
        data = build_workbook(db)
        with db.reader() as session:
            [organisation] = read_tree(session, [_organisation_id(data)])
    finally:
        db.close()
    source = folder / "register.xlsx"
    source.write_bytes(data)
    soffice_convert(source, folder, "pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(folder / "register.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return Printed(data, organisation, pages)


def _organisation_id(data: bytes) -> str:
    meta = openpyxl.load_workbook(io.BytesIO(data), read_only=True)["_ropa"]
    return next(
        str(row[1]) for row in meta.iter_rows(values_only=True) if row[0] == "organisation_id"
    )


def _book(printed: Printed) -> Workbook:
    return load(printed.data)


def _register(book: Workbook, key: str = "register") -> Worksheet:
    return book[tr(LANG, f"workbook.sheet.{key}")]


def _heading(key: str) -> str:
    return tr(LANG, f"workbook.register.heading.{key}")


def _activities(printed: Printed, processor: bool) -> list[str]:
    activities = printed.organisation["activities"]
    references = [a["reference"] for a in activities if (a["role"] == "processor") is processor]
    return sorted(references, key=natural_key)


# -- printed by LibreOffice --------------------------------------------------------------------


def test_the_register_prints_on_a_few_pages_and_the_workbook_well_under_a_hundred(
    printed: Printed,
) -> None:
    """Before the Register sheet and the print set-up, LibreOffice printed the demo's workbook
    on 482 pages (rows of 345 points, sheets many pages wide)."""
    controller = [p for p in printed.pages if _heading("register") in _flat(p)]
    processor = [p for p in printed.pages if _heading("register_processor") in _flat(p)]
    assert 1 <= len(controller) <= 6, len(controller)
    assert 1 <= len(processor) <= 3, len(processor)
    assert len(printed.pages) < 100, len(printed.pages)
    # The Register comes first: page 1 names the organisation above the table.
    assert "Clairbois Informatique SRL" in printed.pages[0]
    assert printed.pages[0].index("Clairbois Informatique SRL") < printed.pages[0].index("T-01")
    # Footers number the pages.
    assert f"Page 1 / {len(printed.pages)}" in _flat(printed.pages[0])


def test_printed_register_shows_every_activity_and_its_texts(printed: Printed) -> None:
    controller = "\n".join(p for p in printed.pages if _heading("register") in _flat(p))
    flat = _flat(controller)
    for reference in _activities(printed, processor=False):
        assert re.search(rf"^\s*{re.escape(reference)}\s", controller, re.M), reference
    words = set(flat.split())
    for title in ("Finalités et bases légales", "Personnes concernées", "Durées de conservation"):
        assert set(title.split()) <= words, title  # a title may wrap in its cell
    assert "Intérêt légitime (art. 6.1.f)" in flat
    everything = "\n".join(printed.pages)
    assert "###" not in everything  # no number or date too wide for its column
    assert not UUID.search(controller)  # ids stay on the data sheets, folded away


def test_printed_organisation_names_the_supervisory_authority(printed: Printed) -> None:
    everything = _flat("\n".join(printed.pages))
    assert "Autorité de contrôle compétente" in everything
    assert "Autorité de protection des données (APD)" in everything


def _flat(text: str) -> str:
    """Page text with the layout's runs of spaces and line breaks as single spaces."""
    return re.sub(r"\s+", " ", text)


# -- the Register sheet, read back with openpyxl ------------------------------------------------


def test_the_register_sheet_comes_first_without_ids(printed: Printed) -> None:
    book = _book(printed)
    assert book.sheetnames[:2] == [
        tr(LANG, "workbook.sheet.register"),
        tr(LANG, "workbook.sheet.register_processor"),
    ]
    assert book.sheetnames[2] == tr(LANG, "workbook.sheet.organisation")
    for key in ("register", "register_processor"):
        ws = _register(book, key)
        titles = [c.value for c in ws[HEADER_ROW]]
        assert titles[0] == "Réf." and titles[1] == "Traitement"
        for forbidden in ("ID", "Clé", tr(LANG, "workbook.col.id"), tr(LANG, "workbook.col.key")):
            assert forbidden not in titles
        for row in ws.iter_rows(values_only=True):
            for value in row:
                assert not (isinstance(value, str) and UUID.search(value)), value
        for letter, dimension in ws.column_dimensions.items():
            assert not dimension.hidden, letter


def test_the_register_has_one_row_per_activity_with_the_templates_columns(
    printed: Printed,
) -> None:
    book = _book(printed)
    ws = _register(book)
    assert ws["A1"].value == "Clairbois Informatique SRL"
    assert _heading("register") in ws["A2"].value
    identity = ws["A3"].value
    assert "0745.812.313" in identity and "Autorité de protection des données (APD)" in identity
    titles = [c.value for c in ws[HEADER_ROW]]
    rows = [
        dict(zip(titles, row, strict=False))
        for row in ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True)
    ]
    assert [r["Réf."] for r in rows] == _activities(printed, processor=False)
    t01 = next(r for r in rows if r["Réf."] == "T-01")
    assert t01["Traitement"].startswith("Gestion des clients")
    assert t01["Finalités et bases légales"].startswith("1. ")
    assert "Contrat (art. 6.1.b)" in t01["Finalités et bases légales"]
    assert "[finalité 2]" in t01["Durées de conservation"]  # not the purpose's whole text again
    assert t01["Transferts hors EEE et garanties"] == "Aucun transfert hors EEE"
    assert "Contrat art. 28" in t01["Destinataires et sous-traitants"]
    assert t01["AIPD"] == "Non évaluée"
    assert t01["Statut et dates"].startswith("Active\nDate de début\u00a0: ")
    payroll = next(r for r in rows if r["Réf."] == "T-05")
    assert (
        "Données de santé (catégorie particulière, art. 9\u00a0:"
        in payroll["Catégories de données"]
    )
    assert "Mineurs" in payroll["Personnes concernées"]
    web = next(r for r in rows if "États-Unis" in (r["Transferts hors EEE et garanties"] or ""))
    assert "→ États-Unis (US)" in web["Transferts hors EEE et garanties"]
    processor = _register(book, "register_processor")
    references = [r[0] for r in processor.iter_rows(min_row=HEADER_ROW + 1, values_only=True)]
    assert references == _activities(printed, processor=True)


def test_the_register_prints_landscape_one_page_wide_with_its_header_on_every_page(
    printed: Printed,
) -> None:
    ws = _register(_book(printed))
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    last = ws.max_row
    assert ws.print_area == f"'{ws.title}'!$A$1:$K${last}"
    assert ws.freeze_panes == f"C{HEADER_ROW + 1}"
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:K{last}"
    # Rows as tall as their texts, within Excel's limit: none cut at 409 points in the demo.
    for number, row in enumerate(ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True), 5):
        height = ws.row_dimensions[number].height
        assert height is not None and 30 < height < 409, (number, height)
        # Every line of every cell has room (11 points a line of the 9-point font).
        tallest = max(str(value).count("\n") + 1 for value in row if value is not None)
        assert tallest * 11 <= height, (number, tallest, height)


# -- the data sheets ------------------------------------------------------------------------------


def test_data_sheets_fold_their_ids_and_print_one_page_wide(printed: Printed) -> None:
    book = _book(printed)
    for spec in sheets(tuple(printed.organisation["other_languages"])):
        ws = book[spec.title(LANG)]
        for index, column in enumerate(spec.columns, 1):
            dimension = ws.column_dimensions[ws.cell(1, index).column_letter]
            hidden = column.kind is Kind.ID
            assert bool(dimension.hidden) is hidden, (spec.key, column.key)
            assert dimension.outline_level == (1 if hidden else 0), (spec.key, column.key)
        assert ws.page_setup.orientation == "landscape", spec.key
        assert ws.sheet_properties.pageSetUpPr.fitToPage, spec.key
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), spec.key
        assert ws.print_title_rows == "$1:$1", spec.key
        assert ws.print_area is not None and ws.print_area.endswith(f"${ws.max_row}"), spec.key
        # Rows as tall as their lines, up to 12 (the rest is read in the cell).
        for number, row in enumerate(ws.iter_rows(min_row=2, values_only=True), 2):
            height = ws.row_dimensions[number].height or 13
            tallest = max((str(v).count("\n") + 1 for v in row if v is not None), default=1)
            assert min(tallest, 12) * 13 <= height <= 12 * 13, (spec.key, number, height)


# -- the authority on the Organisation sheet ---------------------------------------------------


def test_the_organisation_sheet_names_the_competent_authority(printed: Printed) -> None:
    ws = _book(printed)[tr(LANG, "workbook.sheet.organisation")]
    rows = {row[2]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["supervisory_authority"][1] is None  # derived from the country, not chosen
    title, value, _key = rows["competent_authority"]
    assert title == "Autorité de contrôle compétente"
    assert value.splitlines()[0] == "Autorité de protection des données (APD)"
    assert "Rue de la Presse 35" in value


# -- the import ignores what is for reading ------------------------------------------------------


def test_an_edited_register_sheet_and_authority_row_are_not_imported(
    demo_register: Any,
) -> None:
    data = build_workbook(demo_register)
    assert plan_import(demo_register, data).is_empty
    book = load(data)
    register = _register(book)
    register.cell(HEADER_ROW + 1, 2).value = "Renamed here"
    register.cell(register.max_row + 1, 1).value = "T-99"
    organisation = book[tr(LANG, "workbook.sheet.organisation")]
    row = next(r for r in organisation.iter_rows(min_row=2) if r[2].value == "competent_authority")
    row[1].value = "Commission nationale de l'informatique et des libertés"
    assert plan_import(demo_register, save(book)).is_empty
    # A workbook without the Register sheets (deleted, or from an earlier version) imports too.
    del book[tr(LANG, "workbook.sheet.register")]
    del book[tr(LANG, "workbook.sheet.register_processor")]
    assert plan_import(demo_register, save(book)).is_empty


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_register_sheet_in_another_language(demo_register: Any, lang: str) -> None:
    book = load(build_workbook(demo_register, lang=lang))
    ws = book[book.sheetnames[0]]
    assert ws.title == tr(lang, "workbook.sheet.register")
    assert [c.value for c in ws[HEADER_ROW]][:3] == [
        tr(lang, "workbook.register.col.reference"),
        tr(lang, "workbook.register.col.activity"),
        tr(lang, "workbook.register.col.purposes"),
    ]
    assert tr(lang, "workbook.register.heading.register") in ws["A2"].value
    purposes = ws.cell(HEADER_ROW + 1, 3).value
    assert tr(lang, "enum.legal_basis.contract") in purposes
