"""Editing the texts in each document language in the window (issue 15): the window's
"Texts in" choice makes every translatable field edit that language's text, the main text shown
under it; undo restores it; a name can be copied from the main language; what is missing is
counted in the editor and the list; a read-only register lets nothing be changed in any
language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ropa.core import services
from ropa.core.register import create_register, open_register
from ropa.db import models as m
from ropa.ui.forms.fields import LineField, TextField
from ropa.ui.main_window import PAGE_ACTIVITIES, PAGE_ORGANISATION, PAGE_PARTIES, MainWindow
from ropa.ui.models.activity_table_model import COL_TO_TRANSLATE
from ropa.ui.views.activity_editor import TAB_PURPOSES, ActivityEditor
from tests.unit.test_register_failures import digest, not_writable

NAME = "Contrôle d'accès aux locaux"
PURPOSE = "Sécuriser l'accès aux bureaux"


def _add_dutch_and_a_new_activity(path: Path) -> None:
    """Dutch as the other document language, and a new activity T-90 written in French only
    (name and one purpose)."""
    db = open_register(path)
    try:
        with db.transaction() as s:
            org = s.scalars(select(m.Organisation)).first()
            assert org is not None
            services.update(s, m.Organisation, org.id, {"other_languages": ["nl"]})
            activity = services.create(s, m.Activity, {"reference": "T-90", "name": NAME}, org.id)
            values = {"description": PURPOSE, "legal_basis": "legitimate_interests"}
            services.create(s, m.Purpose, values, activity.id)
    finally:
        db.close()


@pytest.fixture
def register(tmp_path: Path) -> Path:
    """The demo register (French), written in Dutch too, with a new activity T-90 to
    translate."""
    path = tmp_path / "firm.ropa"
    create_register(path, demo=True, language="fr").close()
    _add_dutch_and_a_new_activity(path)
    return path


def _window(qtbot: Any, path: Path, lang: str = "en") -> MainWindow:
    window = MainWindow(open_register(path), lang)
    window._owns_db = True  # closed with the window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


@pytest.fixture
def window(qtbot: Any, register: Path) -> Iterator[MainWindow]:
    win = _window(qtbot, register)
    yield win
    win.close()


def _open(window: MainWindow, reference: str = "T-90") -> ActivityEditor:
    with window.db.reader() as s:
        activity_id = s.scalars(
            select(m.Activity.id).where(m.Activity.reference == reference)
        ).one()
    window.open_activity(activity_id)
    return window.activities_view.editor


def _activity(window: MainWindow, reference: str = "T-90") -> m.Activity:
    with window.db.reader() as s:
        activity = s.scalars(select(m.Activity).where(m.Activity.reference == reference)).one()
        s.expunge(activity)
        return activity


def _type_and_enter(qtbot: Any, row: LineField, text: str) -> None:
    row.line.setFocus()
    row.line.selectAll()
    row.line.setText(text)
    qtbot.keyClick(row.line, Qt.Key.Key_Return)


def _type_and_leave(qtbot: Any, row: TextField, text: str) -> None:
    row.text_edit.setFocus()
    row.text_edit.setPlainText(text)
    row.text_edit.clearFocus()
    qtbot.wait(1)


def test_the_choice_offers_the_document_languages(window: MainWindow) -> None:
    bar = window.text_language_bar
    assert window.text_languages_toolbar.isVisible()
    combo = bar.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "French (main language)",
        "Dutch",
    ]
    assert combo.currentIndex() == 0


def _one_language(path: Path) -> None:
    create_register(path, demo=True, language="fr").close()
    db = open_register(path)
    with db.transaction() as s:
        org = s.scalars(select(m.Organisation)).one()
        services.update(s, m.Organisation, org.id, {"other_languages": []})
    db.close()


def test_a_register_in_one_language_shows_no_choice(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "one.ropa"
    _one_language(path)
    window = _window(qtbot, path)
    assert not window.text_languages_toolbar.isVisible()
    editor = _open(window, "T-01")
    name = editor.general.rows["name"]
    assert isinstance(name, LineField)
    assert name.fields == ("name",) and name.reference_box.isHidden()
    window.close()


def test_dutch_edits_the_dutch_texts_and_undo_restores_them(qtbot: Any, window: MainWindow) -> None:
    editor = _open(window)
    window.text_language_bar.choose("nl")
    name = editor.general.rows["name"]
    assert isinstance(name, LineField)
    # The Dutch text is empty: marked missing; the French one shown under it.
    assert name.line.text() == ""
    assert name.line.placeholderText() == "Not yet translated into Dutch"
    assert name.is_missing() and not name.reference_box.isHidden()
    assert name.reference.text() == f"French: {NAME}"
    before = editor.translation_state.text()
    assert editor.translation_state.isVisible() and before.startswith("NL: 2 text")

    _type_and_enter(qtbot, name, "Toegangscontrole tot de lokalen")
    activity = _activity(window)
    assert activity.name_nl == "Toegangscontrole tot de lokalen"  # type: ignore[attr-defined]
    assert activity.name == NAME  # French untouched
    assert not name.is_missing()
    assert window.undo_stack.undoText() == f"Edit “{NAME}”"

    # A purpose's description, in its form; the table shows the Dutch text once typed.
    editor.show_section(TAB_PURPOSES)
    purposes = editor.purposes
    description = purposes.row_of("description")
    assert isinstance(description, TextField)
    french = purposes.current()["description"]  # type: ignore[index]
    assert purposes.table.item(0, 0).text().startswith("[FR]\u00a0")  # type: ignore[union-attr]
    _type_and_leave(qtbot, description, "De toegang tot de kantoren beveiligen")
    with window.db.reader() as s:
        purpose = s.get(m.Purpose, purposes.current_id)
        assert purpose is not None
        assert purpose.description_nl == "De toegang tot de kantoren beveiligen"  # type: ignore[attr-defined]
        assert purpose.description == french
    cell = purposes.table.item(0, 0)
    assert cell is not None and cell.text() == "De toegang tot de kantoren beveiligen"
    assert editor.translation_state.text() == "NL: every text is translated"

    window.undo_stack.undo()
    window.undo_stack.undo()
    activity = _activity(window)
    assert activity.name_nl is None  # type: ignore[attr-defined]
    assert name.line.text() == "" and name.is_missing()
    assert editor.translation_state.text() == before

    # Back in French: the French text, editable as before.
    window.text_language_bar.choose(None)
    assert name.line.text() == NAME
    assert name.reference_box.isHidden() and not editor.translation_state.isVisible()


def test_copy_from_the_main_language(qtbot: Any, window: MainWindow) -> None:
    editor = _open(window)
    window.text_language_bar.choose("nl")
    name = editor.general.rows["name"]
    assert isinstance(name, LineField)
    assert name.copy_button.text() == "Copy from French"
    qtbot.mouseClick(name.copy_button, Qt.MouseButton.LeftButton)
    activity = _activity(window)
    assert activity.name_nl == NAME  # type: ignore[attr-defined]
    assert name.line.text() == NAME
    window.undo_stack.undo()
    assert _activity(window).name_nl is None  # type: ignore[attr-defined]


def test_fields_that_are_not_translated_stay_as_they_are(window: MainWindow) -> None:
    editor = _open(window)
    window.text_language_bar.choose("nl")
    for field in ("reference", "owner"):
        row = editor.general.rows[field]
        assert isinstance(row, LineField)
        assert row.fields == (field,) and row.reference_box.isHidden()
    notes = editor.general.rows["notes"]
    assert notes.fields == ("notes",)  # internal: same in every language


def test_the_record_forms_edit_the_chosen_language(qtbot: Any, window: MainWindow) -> None:
    window.text_language_bar.choose("nl")
    window.show_page(PAGE_ORGANISATION)
    form = window.organisation_view.editor
    legal_name = form.rows["legal_name"]
    assert isinstance(legal_name, LineField)
    assert legal_name.fields == ("legal_name_nl",)
    french, dutch = legal_name.main_text, legal_name.line.text()
    _type_and_enter(qtbot, legal_name, "Hainaut IT BV")
    with window.db.reader() as s:
        org = s.scalars(select(m.Organisation)).one()
        assert org.legal_name_nl == "Hainaut IT BV"  # type: ignore[attr-defined]
        assert org.legal_name == french
    window.undo_stack.undo()
    with window.db.reader() as s:
        org = s.scalars(select(m.Organisation)).one()
        assert (org.legal_name_nl or "") == dutch  # type: ignore[attr-defined]
    assert legal_name.line.text() == dutch

    window.show_page(PAGE_PARTIES)
    parties = window.parties_view
    parties.table_view.selectRow(0)
    service = parties.editor.rows["service"]
    assert isinstance(service, LineField | TextField)
    assert service.fields == ("service_nl",)


def test_a_read_only_register_changes_nothing_in_any_language(qtbot: Any, register: Path) -> None:
    before = digest(register)
    with not_writable(register):
        window = _window(qtbot, register)
        editor = _open(window)
        for lang in ("nl", None):
            window.text_language_bar.choose(lang)
            name = editor.general.rows["name"]
            assert isinstance(name, LineField)
            assert name.line.isReadOnly()
            assert not name.copy_button.isEnabled()
            name.copy_from_main()  # even asked, copies nothing
        window.close()
    assert digest(register) == before


def test_the_choice_is_kept_per_window(qtbot: Any, register: Path) -> None:
    first, second = _window(qtbot, register), _window(qtbot, register)
    first.text_language_bar.choose("nl")
    QApplication.processEvents()
    assert _open(first).general.rows["name"].fields == ("name_nl",)
    assert _open(second).general.rows["name"].fields == ("name",)
    first.close()
    second.close()


def test_the_list_counts_the_texts_to_translate(qtbot: Any, window: MainWindow) -> None:
    view = window.activities_view
    window.show_page(PAGE_ACTIVITIES)  # counted when the list is shown
    qtbot.waitUntil(lambda: not view.table_view.isColumnHidden(COL_TO_TRANSLATE))
    model = view.model
    assert not view.table_view.isColumnHidden(COL_TO_TRANSLATE)
    row = model.row_of(_activity(window).id)
    assert row is not None
    assert model.display_texts(row)[COL_TO_TRANSLATE] == "NL: 2"
    assert model.headerData(COL_TO_TRANSLATE, Qt.Orientation.Horizontal) == "To translate"

    # The "To translate" filter keeps the activities lacking texts.
    bar = view.filter_bar
    assert not bar.untranslated_check.isHidden()
    bar.untranslated_check.setChecked(True)
    assert all(model.to_translate(model.activity_id(r)) for r in range(model.rowCount()))
    assert model.row_of(_activity(window).id) is not None

    editor = _open(window)
    window.text_language_bar.choose("nl")
    name = editor.general.rows["name"]
    assert isinstance(name, LineField)
    _type_and_enter(qtbot, name, "Toegangscontrole tot de lokalen")
    qtbot.waitUntil(
        lambda: (
            model.display_texts(model.row_of(_activity(window).id) or 0)[COL_TO_TRANSLATE]
            == "NL: 1"
        )
    )
    qtbot.mouseClick(editor.purposes.row_of("description").copy_button, Qt.MouseButton.LeftButton)
    # Every text translated: the activity leaves the filtered list.
    qtbot.waitUntil(lambda: model.row_of(_activity(window).id) is None)
    bar.untranslated_check.setChecked(False)
    row = model.row_of(_activity(window).id)
    assert row is not None and model.display_texts(row)[COL_TO_TRANSLATE] == ""


def test_a_register_in_one_language_has_no_translation_column(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "one.ropa"
    _one_language(path)
    window = _window(qtbot, path)
    view = window.activities_view
    view.load_translation_counts()
    assert view.table_view.isColumnHidden(COL_TO_TRANSLATE)
    assert view.filter_bar.untranslated_check.isHidden()
    window.close()


@pytest.fixture
def demo_window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    """The demo register (French, Dutch, part English) in a shown window."""
    db = create_register(tmp_path / "demo.ropa", demo=True)
    window = MainWindow(db, "en")
    qtbot.addWidget(window)
    window.show()
    yield window
    db.close()


def test_the_list_and_the_editor_title_name_the_activities_in_the_texts_language(
    demo_window: MainWindow,
) -> None:
    """The demo is French and Dutch: in Dutch the list and the title show the Dutch names."""
    view = demo_window.activities_view
    model = view.model
    names = {
        model.activity_row(r).reference: model.activity_row(r).name for r in range(model.rowCount())
    }
    assert names["T-04"] == "Recrutement"
    view.set_text_language("nl")
    names = {
        model.activity_row(r).reference: model.activity_row(r).name for r in range(model.rowCount())
    }
    assert names["T-04"] == "Werving en selectie"
    view.open_activity(model.activity_id(0))
    assert view.editor.title.text().endswith(model.activity_row(0).name)
    view.set_text_language(None)
    assert model.activity_row(0).name in view.editor.title.text()


def test_the_pickers_name_the_catalogue_entries_in_the_texts_language(
    demo_window: MainWindow,
) -> None:
    """In Dutch the data subjects offered are the catalogue's Dutch names."""
    from ropa.ui.views.activity_editor.people import SubjectsForm

    db, view = demo_window.db, demo_window.activities_view
    view.open_activity(view.model.activity_id(0))
    [people] = view.editor.findChildren(SubjectsForm)
    with db.reader() as s:
        clients = s.scalars(
            select(m.DataSubjectCategory).where(m.DataSubjectCategory.name == "Clients")
        ).one()
        dutch = clients.name_nl  # type: ignore[attr-defined]
    assert dutch and dutch != "Clients"

    def offered() -> list[str]:
        return [c.name for c in people.subjects.choices]

    assert "Clients" in offered() and dutch not in offered()
    view.set_text_language("nl")
    assert dutch in offered() and "Clients" not in offered()
    view.set_text_language(None)
    assert "Clients" in offered()


def test_the_child_tables_name_the_linked_entries_in_the_texts_language(
    demo_window: MainWindow,
) -> None:
    """The data categories table of an activity shows the categories' Dutch names in Dutch."""
    from ropa.ui.views.activity_editor.people import DataCategoriesSection

    db, view = demo_window.db, demo_window.activities_view
    view.open_activity(view.model.activity_id(0))
    [section] = view.editor.findChildren(DataCategoriesSection)
    with db.reader() as s:
        identity = s.scalars(
            select(m.DataCategory).where(m.DataCategory.seed_key == "identity")
        ).one()
        french, dutch = identity.name, identity.name_nl  # type: ignore[attr-defined]

    def first_column() -> list[str]:
        table = section.table
        return [table.item(r, 0).text() for r in range(table.rowCount())]

    assert french in first_column()
    view.set_text_language("nl")
    assert dutch in first_column() and french not in first_column()
