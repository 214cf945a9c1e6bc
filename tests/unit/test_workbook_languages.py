"""The workbook in several document languages: beside each translatable text, a column per
other document language of the organisation; the import reads them back. Read back with
openpyxl, edited as a user would edit the file."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ropa.core import services
from ropa.core.errors import ValidationError
from ropa.core.i18n import tr
from ropa.core.snapshot import read_tree
from ropa.db import models as m
from ropa.exports.workbook import apply_import, build_workbook, plan_import
from tests.unit.workbook_support import get_cell, headers, load, row_of, save, set_cell

CONTROLLER = "Registre du responsable"
PURPOSES = "Finalités"
CATEGORIES = "Catégories de données"


def _register(folder: Path) -> Any:
    from ropa.core.register import create_register

    return create_register(folder / "languages.ropa", language="fr")


def _fill(db: Any, others: list[str]) -> dict[str, str]:
    """A French organisation with Dutch and English texts (some English ones missing)."""
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {
                "legal_name": "Exemple SRL",
                "legal_name_nl": "Voorbeeld BV",
                "country": "BE",
                "language": "fr",
                "other_languages": others,
            },
        )
        activity = services.create(
            s,
            m.Activity,
            {
                "reference": "T-01",
                "name": "Paie",
                "name_nl": "Loonadministratie",
                "name_en": "Payroll",
                "public_description": "Nous payons le personnel.",
                "public_description_nl": "Wij betalen het personeel.",
            },
            org.id,
        )
        purpose = services.create(
            s,
            m.Purpose,
            {
                "description": "Payer les salaires",
                "description_nl": "De lonen betalen",
                "legal_basis": "contract",
                "position": 0,
            },
            activity.id,
        )
        return {"org": org.id, "activity": activity.id, "purpose": purpose.id}


@pytest.fixture
def register(tmp_path: Path) -> Iterator[tuple[Any, dict[str, str]]]:
    db = _register(tmp_path)
    ids = _fill(db, ["nl", "en"])
    yield db, ids
    db.close()


def _tree(db: Any, org_id: str) -> dict[str, Any]:
    with db.reader() as session:
        [organisation] = read_tree(session, [org_id])
    return organisation


def _changes(plan: Any) -> list[tuple[str, str, tuple[tuple[str, str, str], ...]]]:
    return [
        (sheet.sheet, change.label, tuple((f.column, f.old, f.new) for f in change.fields))
        for sheet in plan.sheets
        for change in sheet.changes
    ]


# -- the export --------------------------------------------------------------------------------


def test_a_column_per_other_language_beside_each_text(register: Any) -> None:
    db, _ids = register
    book = load(build_workbook(db))
    ws = book[CONTROLLER]
    titles = [c.value for c in ws[1]]
    name = titles.index("Nom")
    assert titles[name : name + 3] == ["Nom", "Nom (néerlandais)", "Nom (anglais)"]
    row = row_of(ws, "Référence", "T-01")
    assert get_cell(ws, row, "Nom") == "Paie"
    assert get_cell(ws, row, "Nom (néerlandais)") == "Loonadministratie"
    assert get_cell(ws, row, "Nom (anglais)") == "Payroll"
    assert get_cell(ws, row, "Description publique (anglais)") is None  # no English text
    assert "Nom (français)" not in titles  # the main language has no column of its own
    purposes = book[PURPOSES]
    assert get_cell(purposes, 2, "Finalité (néerlandais)") == "De lonen betalen"
    # The Organisation sheet: the other languages, and its texts in each of them.
    org = book["Organisation"]
    fields = {r[0]: r[1] for r in org.iter_rows(min_row=2, values_only=True)}
    assert fields["Dénomination sociale (néerlandais)"] == "Voorbeeld BV"
    assert fields["Dénomination sociale (anglais)"] is None
    assert "Dénomination sociale (français)" not in fields
    assert fields[tr("fr", "field.organisation.other_languages")] == "Néerlandais\nAnglais"


def test_an_organisation_in_one_language_has_no_language_columns(tmp_path: Path) -> None:
    db = _register(tmp_path)
    try:
        _fill(db, [])
        ws = load(build_workbook(db))[CONTROLLER]
        assert not [t for t in headers(ws) if "(" in t and t.startswith("Nom")]
    finally:
        db.close()


@pytest.mark.parametrize(
    ("lang", "name", "dutch", "summary"),
    [
        ("nl", "Naam", "Naam (Nederlands)", "De lonen betalen \u2014 Overeenkomst"),
        ("en", "Name", "Name (Dutch)", "[FR]\u00a0Payer les salaires \u2014 Contract"),
    ],
)
def test_headings_in_the_workbook_language_texts_as_stored(
    register: Any, lang: str, name: str, dutch: str, summary: str
) -> None:
    """A Dutch (English) workbook is headed in Dutch (English) but holds the same texts: the
    main column the French text; the read-only summaries in the workbook's language, a text
    missing there marked with the main language."""
    db, _ids = register
    book = load(build_workbook(db, lang=lang))
    ws = book[tr(lang, "workbook.sheet.controller")]
    row = 2
    assert get_cell(ws, row, name) == "Paie"
    assert get_cell(ws, row, dutch) == "Loonadministratie"
    purposes = get_cell(ws, row, tr(lang, "workbook.summary.purposes"))
    assert purposes.startswith(summary)
    # And it imports back unchanged.
    assert plan_import(db, save(book)).is_empty


# -- the import --------------------------------------------------------------------------------


def test_unchanged_workbook_imports_without_a_change(register: Any) -> None:
    db, _ids = register
    plan = plan_import(db, build_workbook(db))
    assert plan.is_empty, _changes(plan)


def test_a_dutch_text_edited_in_the_workbook_changes_only_the_dutch_text(register: Any) -> None:
    db, ids = register
    book = load(build_workbook(db))
    ws = book[CONTROLLER]
    set_cell(ws, 2, "Nom (néerlandais)", "Lonen")
    set_cell(ws, 2, "Nom (anglais)", None)  # emptied: no English name any more
    plan = plan_import(db, save(book))
    assert _changes(plan) == [
        (
            CONTROLLER,
            "T-01 \u2013 Paie",
            (
                ("Nom (néerlandais)", "Loonadministratie", "Lonen"),
                ("Nom (anglais)", "Payroll", ""),
            ),
        )
    ]
    apply_import(db, plan)
    [activity] = _tree(db, ids["org"])["activities"]
    assert (activity["name"], activity["name_nl"], activity["name_en"]) == ("Paie", "Lonen", None)
    assert activity["public_description_nl"] == "Wij betalen het personeel."
    assert plan_import(db, build_workbook(db)).is_empty


def test_texts_typed_in_a_new_row_in_each_language(register: Any) -> None:
    db, ids = register
    book = load(build_workbook(db))
    ws = book[PURPOSES]
    row = ws.max_row + 1
    for title, value in {
        "Traitement": "T-01",
        "Finalité": "Calculer les primes",
        "Finalité (néerlandais)": "De premies berekenen",
        "Finalité (anglais)": "Compute the bonuses",
    }.items():
        set_cell(ws, row, title, value)
    org = book["Organisation"]
    set_cell(org, row_of(org, "Clé", "legal_name_en"), "Valeur", "Example Ltd")
    apply_import(db, plan_import(db, save(book)))
    tree = _tree(db, ids["org"])
    assert tree["legal_name_en"] == "Example Ltd" and tree["legal_name_nl"] == "Voorbeeld BV"
    new = tree["activities"][0]["purposes"][1]
    assert (new["description"], new["description_nl"], new["description_en"]) == (
        "Calculer les primes",
        "De premies berekenen",
        "Compute the bonuses",
    )


def test_an_old_workbook_without_language_columns_keeps_the_translations(tmp_path: Path) -> None:
    """A workbook exported before texts had languages (no language columns, no "other
    languages" row) imports unchanged into an organisation that now has three: no phantom
    change, no translation lost."""
    db = _register(tmp_path)
    try:
        ids = _fill(db, [])
        book = load(build_workbook(db))
        assert "Nom (néerlandais)" not in headers(book[CONTROLLER])
        org = book["Organisation"]
        org.delete_rows(row_of(org, "Clé", "other_languages"))
        old = save(book)
        with db.transaction() as s:
            services.update(s, m.Organisation, ids["org"], {"other_languages": ["nl", "en"]})
        plan = plan_import(db, old)
        assert plan.is_empty, _changes(plan)
        book = load(old)
        set_cell(book[CONTROLLER], 2, "Nom", "Salaires")
        apply_import(db, plan_import(db, save(book)))
        [activity] = _tree(db, ids["org"])["activities"]
        assert (activity["name"], activity["name_nl"]) == ("Salaires", "Loonadministratie")
    finally:
        db.close()


def test_a_column_of_a_language_the_organisation_no_longer_has(register: Any) -> None:
    """English removed from the organisation's languages in the workbook: its column, left as
    exported, is ignored (the register keeps its texts); a text typed there is refused, naming
    the cell, rather than lost."""
    db, ids = register
    book = load(build_workbook(db))
    org = book["Organisation"]
    set_cell(org, row_of(org, "Clé", "other_languages"), "Valeur", "Néerlandais")
    plan = plan_import(db, save(book))
    assert _changes(plan) == [
        (
            "Organisation",
            "Exemple SRL",
            (("Autres langues des documents", "Néerlandais\nAnglais", "Néerlandais"),),
        )
    ]
    set_cell(book[CONTROLLER], 2, "Nom (anglais)", "Wages")
    with pytest.raises(ValidationError) as raised:
        plan_import(db, save(book))
    [problem] = raised.value.problems
    message = problem.render("fr")
    cell = tr("fr", "workbook.where.cell", sheet=CONTROLLER, row=2, column="Nom (anglais)")
    assert message.startswith(cell)
    assert "anglais" in message and tr("fr", "field.organisation.other_languages") in message
    # With English back in the Organisation sheet, the English text is imported.
    set_cell(org, row_of(org, "Clé", "other_languages"), "Valeur", "Néerlandais\nAnglais")
    apply_import(db, plan_import(db, save(book)))
    tree = _tree(db, ids["org"])
    assert tree["other_languages"] == ["nl", "en"]
    assert tree["activities"][0]["name_en"] == "Wages"


def test_the_main_language_is_not_changed_through_the_workbook(register: Any) -> None:
    db, _ids = register
    book = load(build_workbook(db))
    org = book["Organisation"]
    set_cell(org, row_of(org, "Clé", "language"), "Valeur", "Néerlandais")
    with pytest.raises(ValidationError) as raised:
        plan_import(db, save(book))
    problem = raised.value.problems[0]
    row = row_of(org, "Clé", "language")
    assert problem.path == tr(
        "fr", "workbook.where.cell", sheet="Organisation", row=row, column="Valeur"
    )
    message = problem.message("fr")
    assert "français" in message and "néerlandais" in message


# -- round trip, over texts and which languages hold one -------------------------------------

TEXT = st.text(
    alphabet=st.sampled_from("abcdeéèàçëïijzAZ019 =+-@'\"«»€ñ\n"), min_size=1, max_size=30
).map(str.strip)
MAYBE = st.one_of(st.none(), TEXT.filter(bool))


def _type(ws: Any, row: int, title: str, value: str | None) -> None:
    """A text typed in a text cell (as Excel keeps "=1" typed in a cell formatted as text)."""
    set_cell(ws, row, title, value)
    if value is not None:
        ws.cell(row, headers(ws)[title]).data_type = "s"


@pytest.fixture(scope="module")
def shared_register() -> Iterator[tuple[Any, dict[str, str]]]:
    with tempfile.TemporaryDirectory() as folder:
        db = _register(Path(folder))
        ids = _fill(db, ["nl", "en"])
        yield db, ids
        db.close()


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    before=st.tuples(TEXT.filter(bool), MAYBE, MAYBE),
    after=st.tuples(TEXT.filter(bool), MAYBE, MAYBE),
    purpose=st.tuples(MAYBE, MAYBE),
)
def test_texts_in_three_languages_round_trip(
    shared_register: Any,
    before: tuple[str, str | None, str | None],
    after: tuple[str, str | None, str | None],
    purpose: tuple[str | None, str | None],
) -> None:
    """Whatever the texts and whichever languages hold one: the workbook imports unchanged,
    and the texts typed in it in each language are the register's after the import."""
    db, ids = shared_register
    with db.transaction() as s:
        services.update(
            s,
            m.Activity,
            ids["activity"],
            {"name": before[0], "name_nl": before[1], "name_en": before[2]},
        )
    data = build_workbook(db)
    assert plan_import(db, data).is_empty
    book = load(data)
    ws = book[CONTROLLER]
    for title, value in zip(("Nom", "Nom (néerlandais)", "Nom (anglais)"), after, strict=True):
        _type(ws, 2, title, value)
    _type(book[PURPOSES], 2, "Finalité (néerlandais)", purpose[0])
    _type(book[PURPOSES], 2, "Finalité (anglais)", purpose[1])
    apply_import(db, plan_import(db, save(book)))
    [activity] = _tree(db, ids["org"])["activities"]
    assert (activity["name"], activity["name_nl"], activity["name_en"]) == after
    [first] = activity["purposes"]
    assert (first["description_nl"], first["description_en"]) == purpose
    assert first["description"] == "Payer les salaires"
