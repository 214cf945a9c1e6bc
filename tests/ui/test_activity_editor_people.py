"""The "People & data" tab of the activity editor: data subjects picked (or created inline)
and linked, data categories with their Art. 9 / Art. 10 detail, and the sources of the data;
each edit saved in the register file as one undoable step."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QScrollArea
from sqlalchemy import select

from ropa.core.i18n import value_label
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_document
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import CheckField, TextField, TriStateField
from ropa.ui.views.activity_editor import ActivityEditor
from ropa.ui.views.activity_editor.people import PeopleSection


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


@pytest.fixture
def editor(demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any) -> ActivityEditor:
    widget = ActivityEditor(demo_register, stack, RegisterEvents(), "en")
    qtbot.addWidget(widget)
    widget.show()  # a shown page reads a change at once (a hidden one when shown)
    widget.load(_activity_id(demo_register))
    _open_tab(widget, widget.people)
    return widget


def _open_tab(editor: ActivityEditor, section: Any) -> None:
    for index in range(editor.section_pages.count()):
        area = editor.section_pages.widget(index)
        if isinstance(area, QScrollArea) and area.widget() is section:
            editor.section_pages.setCurrentIndex(index)
            return
    raise AssertionError("no tab for the section")


def _activity_id(db: RegisterDatabase, reference: str = "T-01") -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


def _subject_names(db: RegisterDatabase) -> set[str]:
    with db.reader() as s:
        activity = s.get(m.Activity, _activity_id(db))
        assert activity is not None
        return {subject.name for subject in activity.data_subjects}


def _categories(db: RegisterDatabase) -> list[dict[str, Any]]:
    with db.reader() as s:
        rows = s.scalars(
            select(m.ActivityDataCategory)
            .where(m.ActivityDataCategory.activity_id == _activity_id(db))
            .order_by(m.ActivityDataCategory.position)
        )
        return [
            {
                "id": row.id,
                "name": row.data_category.name,
                "detail": row.detail,
                "art9": row.art9_condition,
                "art10": row.art10_basis,
            }
            for row in rows
        ]


def _sources(db: RegisterDatabase) -> list[dict[str, Any]]:
    with db.reader() as s:
        rows = s.scalars(
            select(m.DataSource).where(m.DataSource.activity_id == _activity_id(db))
        ).all()
        return [
            {
                "description": row.description,
                "public": row.is_public,
                "party": row.party.name if row.party else None,
                "kind": row.party.kind if row.party else None,
            }
            for row in rows
        ]


def _without_update_times(document: Any) -> Any:
    if isinstance(document, dict):
        return {k: _without_update_times(v) for k, v in document.items() if k != "updated_at"}
    if isinstance(document, list):
        return [_without_update_times(v) for v in document]
    return document


def _people(editor: ActivityEditor) -> PeopleSection:
    return editor.people


def test_tab_title_and_required_marks(editor: ActivityEditor) -> None:
    assert editor.section_title(editor.current_section()) == "People & data"
    assert editor.people.subjects.subjects.label.text().endswith(" *")
    assert editor.people.categories.category.label.text().endswith(" *")


def test_pick_data_subjects_and_undo(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    picker = _people(editor).subjects.subjects
    assert _subject_names(demo_register) == {"Clients"}
    assert picker.items()[0].text() == "Clients"  # the chosen ones first, in bold
    assert picker.items()[0].font().bold() and not picker.items()[1].font().bold()

    qtbot.keyClicks(picker.filter, "candid")
    shown = [item.text() for item in picker.items() if not item.isHidden()]
    assert shown == ["Candidats à un emploi"]
    item = next(item for item in picker.items() if not item.isHidden())
    item.setCheckState(Qt.CheckState.Checked)  # what a click on its box does

    assert _subject_names(demo_register) == {"Clients", "Candidats à un emploi"}
    assert stack.count() == 1
    assert item.font().bold() and picker.count.text() == "2 chosen"

    stack.undo()
    assert _subject_names(demo_register) == {"Clients"}
    assert len(picker.checked_ids()) == 1
    stack.redo()
    assert _subject_names(demo_register) == {"Clients", "Candidats à un emploi"}
    assert len(picker.checked_ids()) == 2


def test_new_data_subject_inline_is_linked(
    editor: ActivityEditor,
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = export_document(demo_register)
    picker = _people(editor).subjects.subjects
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Visiteurs", True))
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)

    assert _subject_names(demo_register) == {"Clients", "Visiteurs"}
    assert stack.count() == 1  # created and linked: one step
    visitors = next(item for item in picker.items() if item.text() == "Visiteurs")
    assert visitors.checkState() == Qt.CheckState.Checked

    stack.undo()
    assert export_document(demo_register) == before
    assert "Visiteurs" not in [item.text() for item in picker.items()]
    stack.redo()
    assert _subject_names(demo_register) == {"Clients", "Visiteurs"}

    # A name already in the catalogue is refused, and the reason shown under the picker.
    assert picker.create_choice("Clients") is None
    assert not picker.error_label.isHidden() and "Clients" in picker.error_label.text()
    assert stack.count() == 1
    assert _subject_names(demo_register) == {"Clients", "Visiteurs"}


def test_collected_from_subject(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    row = _people(editor).subjects.rows["collected_from_subject"]
    assert isinstance(row, CheckField) and row.check.isChecked()
    row.check.click()
    with demo_register.reader() as s:
        activity = s.get(m.Activity, _activity_id(demo_register))
        assert activity is not None and activity.collected_from_subject is False
    stack.undo()
    assert row.check.isChecked()


def test_special_category_asks_art9_condition(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    section = _people(editor).categories
    assert section.table.rowCount() == 5
    section.add_button.click()
    rows = _categories(demo_register)
    assert len(rows) == 6 and section.current_id == rows[-1]["id"]
    new_category = section.category.choice(section.category.value())
    assert new_category is not None and not new_category.values["is_special"]  # never by default
    assert not section.form.isRowVisible(section.art9_condition)

    combo = section.category.combo
    combo.setCurrentIndex(combo.findText("Données de santé"))
    assert _categories(demo_register)[-1]["name"] == "Données de santé"
    assert section.form.isRowVisible(section.art9_condition)
    assert section.form.isRowVisible(section.art9_detail)
    assert not section.form.isRowVisible(section.art10_basis)
    assert section.art9_condition.label.text().endswith(" *")

    condition = section.art9_condition.combo
    condition.setCurrentIndex(condition.findData("h_health_social_care"))
    assert _categories(demo_register)[-1]["art9"] == "h_health_social_care"
    assert section.table.item(5, 0).text() == "Données de santé"
    assert section.table.item(5, 2).text() == value_label(
        "en", "art9_condition", "h_health_social_care"
    )

    detail = section.rows[1]
    assert isinstance(detail, TextField)
    detail.text_edit.setPlainText("Certificats médicaux")
    detail.text_edit.editing_finished.emit()  # what leaving the field does
    assert _categories(demo_register)[-1]["detail"] == "Certificats médicaux"

    combo.setCurrentIndex(combo.findText("Condamnations pénales et infractions"))
    assert not section.form.isRowVisible(section.art9_condition)
    assert section.form.isRowVisible(section.art10_basis)

    stack.undo()  # back to health data, with its condition
    assert _categories(demo_register)[-1]["name"] == "Données de santé"
    assert combo.currentText() == "Données de santé"
    assert section.form.isRowVisible(section.art9_condition)
    stack.undo()
    stack.undo()
    assert _categories(demo_register)[-1]["art9"] is None


def test_new_data_category_inline_in_a_row(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    before = export_document(demo_register)
    section = _people(editor).categories
    section.table.selectRow(0)
    assert section.category.create_choice("Données de fidélité") is not None
    assert _categories(demo_register)[0]["name"] == "Données de fidélité"
    assert section.category.combo.currentText() == "Données de fidélité"
    assert stack.count() == 1
    stack.undo()
    assert _without_update_times(export_document(demo_register)) == _without_update_times(before)


def test_remove_data_category_and_undo(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    before = export_document(demo_register)
    section = _people(editor).categories
    section.table.selectRow(1)
    removed = _categories(demo_register)[1]
    section.remove_button.click()
    assert removed["id"] not in [row["id"] for row in _categories(demo_register)]
    assert section.table.rowCount() == 4
    stack.undo()
    assert _categories(demo_register)[1] == removed
    assert section.table.rowCount() == 5
    assert export_document(demo_register) == before


def test_sources_with_a_party(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    section = _people(editor).sources
    assert section.table.rowCount() == 0 and not section.detail.isEnabled()
    section.add_button.click()
    assert _sources(demo_register) == [
        # Whether it is public is not recorded until answered (never "no" by default).
        {"description": "Nouvelle source", "public": None, "party": None, "kind": None}
    ]
    description = section.rows[0]
    assert isinstance(description, TextField) and description.label.text().endswith(" *")
    description.text_edit.setPlainText("Annuaire professionnel")
    description.text_edit.editing_finished.emit()
    public = section.rows[1]
    assert isinstance(public, TriStateField)
    assert section.table.item(0, 1).text() == ""  # not recorded: nothing said
    public.combo.setCurrentIndex(public.combo.findData(True))

    combo = section.party.combo
    combo.setCurrentIndex(1)
    chosen = combo.currentText()
    assert _sources(demo_register)[0]["party"] == chosen
    assert section.table.item(0, 2).text() == chosen
    assert section.table.item(0, 1).text() == public.combo.currentText() != ""

    steps = stack.count()
    assert section.party.create_choice("Imprimerie Dupont") is not None
    assert stack.count() == steps + 1
    source = _sources(demo_register)[0]
    assert source["party"] == "Imprimerie Dupont" and source["kind"] == "third_party"
    assert combo.currentText() == "Imprimerie Dupont"

    stack.undo()
    assert _sources(demo_register)[0]["party"] == chosen
    with demo_register.reader() as s:
        assert s.scalars(select(m.Party).where(m.Party.name == "Imprimerie Dupont")).first() is None
    assert combo.findText("Imprimerie Dupont") == -1
    assert _sources(demo_register)[0]["description"] == "Annuaire professionnel"
    assert _sources(demo_register)[0]["public"] is True
