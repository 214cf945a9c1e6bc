"""The catalogues page: the four catalogues, how many activities use each entry, search, new,
rename, flags, delete (refused while in use, saying by how many activities), undo and redo."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from ropa.core.catalogue_queries import CATALOGUES, activities_using, list_catalogue
from ropa.core.errors import RopaError
from ropa.core.services import create_organisation, table_name
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents, SetLinksCommand, push
from ropa.ui.forms.fields import CheckField, ComboField, LineField
from ropa.ui.models.catalogue_table_model import (
    COL_DESCRIPTION,
    COL_NAME,
    COL_PROPERTIES,
    COL_USED_BY,
    COLUMN_COUNT,
    CatalogueTableModel,
)
from ropa.ui.views.catalogues_view import CATALOGUE_TABLES, CataloguesView
from tests.ui.dialog_support import record_boxes

USED_CATEGORY = "État civil et identité"
UNUSED_CATEGORY = "Opinions politiques"
NEW_NAMES = {  # in the demo organisation's document language (French), whatever the UI's
    "data_category": "Nouvelle catégorie de données",
    "data_subject_category": "Nouvelle catégorie de personnes concernées",
    "recipient_category": "Nouvelle catégorie de destinataires",
    "security_measure": "Nouvelle mesure de sécurité",
}
MODELS = dict(zip(CATALOGUE_TABLES, CATALOGUES, strict=True))


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


@pytest.fixture
def refusals() -> list[tuple[str, RopaError]]:
    return []


@pytest.fixture
def events(qapp: Any) -> RegisterEvents:
    return RegisterEvents()


def _make_view(
    db: RegisterDatabase,
    stack: QUndoStack,
    events: RegisterEvents,
    refusals: list[tuple[str, RopaError]],
    qtbot: Any,
) -> CataloguesView:
    widget = CataloguesView(
        db, stack, events, "en", lambda text, error: refusals.append((text, error))
    )
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


@pytest.fixture
def view(
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    events: RegisterEvents,
    refusals: list[tuple[str, RopaError]],
    qtbot: Any,
) -> CataloguesView:
    return _make_view(demo_register, stack, events, refusals, qtbot)


def _names(view: CataloguesView) -> list[str]:
    return [view.proxy.index(r, COL_NAME).data() for r in range(view.proxy.rowCount())]


def _cell(view: CataloguesView, name: str, column: int) -> str:
    row = _names(view).index(name)
    value: str = view.proxy.index(row, column).data()
    return value


def _entry(db: RegisterDatabase, table: str, name: str) -> Any:
    model = MODELS[table]
    with db.reader() as s:
        entry = s.scalars(select(model).where(model.name == name)).one_or_none()
        if entry is not None:
            s.expunge(entry)
        return entry


def _count(db: RegisterDatabase, table: str) -> int:
    with db.reader() as s:
        query = select(func.count()).select_from(MODELS[table])
        return int(s.execute(query).scalar_one())


def _click_tab(view: CataloguesView, table: str, qtbot: Any) -> None:
    index = CATALOGUE_TABLES.index(table)
    qtbot.mouseClick(view.tabs, Qt.MouseButton.LeftButton, pos=view.tabs.tabRect(index).center())
    assert view.tabs.currentIndex() == index
    assert table_name(view.catalogue) == table


def _retype(line: LineField, text: str, qtbot: Any) -> None:
    """Select the field's text, type over it and press Enter, as a user does."""
    line.line.setFocus()
    line.line.selectAll()
    qtbot.keyClicks(line.line, text)
    qtbot.keyClick(line.line, Qt.Key.Key_Return)


def _line(view: CataloguesView, field: str) -> LineField:
    row = view.editor.rows[field]
    assert isinstance(row, LineField)
    return row


def _distinct_activities(db: RegisterDatabase, name: str) -> int:
    """Activities using a data category, counted the long way through the ORM."""
    with db.reader() as s:
        category = s.scalars(select(m.DataCategory).where(m.DataCategory.name == name)).one()
        using = set()
        for activity in s.scalars(select(m.Activity)):
            if any(link.data_category_id == category.id for link in activity.data_categories):
                using.add(activity.id)
            phases = s.scalars(
                select(m.RetentionPhase).where(m.RetentionPhase.activity_id == activity.id)
            )
            if any(phase.data_category_id == category.id for phase in phases):
                using.add(activity.id)
        return len(using)


# -- the model and the query --------------------------------------------------------------------


def test_the_model_passes_the_model_tester(qtmodeltester: Any, demo_register: Any) -> None:
    model = CatalogueTableModel("fr")
    for catalogue in CATALOGUES:
        with demo_register.reader() as s:
            rows = list_catalogue(s, catalogue)
        model.set_rows(table_name(catalogue), rows)
        qtmodeltester.check(model)
        assert model.columnCount() == COLUMN_COUNT
        assert model.rowCount() == _count(demo_register, table_name(catalogue)) > 0


def test_usage_counts_distinct_activities(demo_register: RegisterDatabase) -> None:
    expected = _distinct_activities(demo_register, USED_CATEGORY)
    assert expected > 1
    entry = _entry(demo_register, "data_category", USED_CATEGORY)
    with demo_register.reader() as s:
        assert activities_using(s, m.DataCategory, entry.id) == expected
        unused = _entry(demo_register, "data_category", UNUSED_CATEGORY)
        assert activities_using(s, m.DataCategory, unused.id) == 0


# -- the page -----------------------------------------------------------------------------------


def test_the_page_lists_the_data_categories_with_their_use(view: CataloguesView) -> None:
    assert view.tabs.count() == 4
    assert view.tabs.tabText(0) == "Data categories"
    names = _names(view)
    assert len(names) == _count(view.db, "data_category")
    expected = _distinct_activities(view.db, USED_CATEGORY)
    assert _cell(view, USED_CATEGORY, COL_USED_BY) == str(expected)
    assert _cell(view, UNUSED_CATEGORY, COL_USED_BY) == "0"
    assert _cell(view, "Données de santé", COL_PROPERTIES) == "Special category (Art. 9)"
    assert view.model.headerData(COL_USED_BY, Qt.Orientation.Horizontal) == ("Used by (activities)")


def test_each_tab_shows_its_catalogue_and_form(view: CataloguesView, qtbot: Any) -> None:
    for table in CATALOGUE_TABLES:
        _click_tab(view, table, qtbot)
        assert len(_names(view)) == _count(view.db, table) > 0
        assert view.editors_stack.currentWidget() is view.editor
        assert view.editor.table == table
    assert "kind" in view.editor.rows and "group" in view.editor.rows
    row = _names(view).index("Authentification multifacteur")
    assert view.proxy.index(row, COL_PROPERTIES).data() == "Technical · Contrôle d'accès"


def test_search_narrows_the_list(view: CataloguesView, qtbot: Any) -> None:
    qtbot.keyClicks(view.search_edit, "sante")
    assert _names(view) == ["Données de santé"]
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "art. 9")  # the properties are searched too
    assert len(_names(view)) == 8
    view.search_edit.clear()
    assert len(_names(view)) == _count(view.db, "data_category")


@pytest.mark.parametrize("table", CATALOGUE_TABLES)
def test_add_rename_and_undo_in_each_catalogue(
    view: CataloguesView, stack: QUndoStack, table: str, qtbot: Any
) -> None:
    _click_tab(view, table, qtbot)
    count = _count(view.db, table)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    new_name = NEW_NAMES[table]
    assert _count(view.db, table) == count + 1
    created = _entry(view.db, table, new_name)
    assert created is not None and created.organisation_id == view.organisation_id
    assert view.selected_entry() == created.id == view.editor.entity_id
    assert new_name in _names(view)
    assert _cell(view, new_name, COL_USED_BY) == "0"

    _retype(_line(view, "name"), "Our own entry", qtbot)
    renamed = _entry(view.db, table, "Our own entry")
    assert renamed is not None and renamed.id == created.id
    assert "Our own entry" in _names(view) and new_name not in _names(view)
    assert view.editor.title.text() == "Our own entry"

    stack.undo()  # the rename
    assert _entry(view.db, table, new_name) is not None
    qtbot.waitUntil(lambda: new_name in _names(view))
    assert _line(view, "name").line.text() == new_name
    stack.undo()  # the creation
    assert _count(view.db, table) == count
    qtbot.waitUntil(lambda: new_name not in _names(view))
    assert view.editor.entity_id is None and not view.editor.isEnabled()
    stack.redo()
    assert _entry(view.db, table, new_name) is not None
    qtbot.waitUntil(lambda: new_name in _names(view))


def test_two_new_entries_get_distinct_names(view: CataloguesView, qtbot: Any) -> None:
    _click_tab(view, "recipient_category", qtbot)
    view.new_button.click()
    view.new_button.click()
    assert "Nouvelle catégorie de destinataires" in _names(view)
    assert "Nouvelle catégorie de destinataires (2)" in _names(view)


def test_a_duplicate_name_is_refused_under_the_field(
    view: CataloguesView, stack: QUndoStack, qtbot: Any
) -> None:
    view.new_button.click()
    name = _line(view, "name")
    _retype(name, "Vie personnelle", qtbot)  # an existing name (QTest types ASCII only)
    assert name.has_error and name.error_label.text()
    assert _entry(view.db, "data_category", NEW_NAMES["data_category"]) is not None
    assert stack.count() == 1  # only the creation


def test_a_flag_is_saved_shown_and_undone(
    view: CataloguesView, stack: QUndoStack, qtbot: Any
) -> None:
    entry = _entry(view.db, "data_category", "Vie personnelle")
    view.select_entry(entry.id)
    special = view.editor.rows["is_special"]
    assert isinstance(special, CheckField) and not special.check.isChecked()
    box = QPoint(4, special.check.height() // 2)  # on the box, not past the end of its text
    qtbot.mouseClick(special.check, Qt.MouseButton.LeftButton, pos=box)
    assert _entry(view.db, "data_category", "Vie personnelle").is_special
    assert _cell(view, "Vie personnelle", COL_PROPERTIES) == "Special category (Art. 9)"
    stack.undo()
    assert not _entry(view.db, "data_category", "Vie personnelle").is_special
    qtbot.waitUntil(lambda: _cell(view, "Vie personnelle", COL_PROPERTIES) == "")
    assert not special.check.isChecked()


def test_a_measure_kind_is_saved(view: CataloguesView, stack: QUndoStack, qtbot: Any) -> None:
    _click_tab(view, "security_measure", qtbot)
    entry = _entry(view.db, "security_measure", "Pare-feu")
    view.select_entry(entry.id)
    kind = view.editor.rows["kind"]
    assert isinstance(kind, ComboField) and kind.value() == "technical"
    kind.combo.setCurrentIndex(kind.combo.findData("organisational"))
    assert _entry(view.db, "security_measure", "Pare-feu").kind.value == "organisational"
    assert _cell(view, "Pare-feu", COL_PROPERTIES).startswith("Organisational")
    stack.undo()
    assert _entry(view.db, "security_measure", "Pare-feu").kind.value == "technical"


def test_a_description_shows_in_the_list(view: CataloguesView, qtbot: Any) -> None:
    _click_tab(view, "recipient_category", qtbot)
    entry = _entry(view.db, "recipient_category", "Direction")
    view.select_entry(entry.id)
    text = view.editor.rows["description"]
    text.setFocus()
    editor = text.input
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Managers and board")
    view.search_edit.setFocus()  # leaving the text saves it
    qtbot.waitUntil(
        lambda: (
            _entry(view.db, "recipient_category", "Direction").description == "Managers and board"
        )
    )
    assert _cell(view, "Direction", COL_DESCRIPTION) == "Managers and board"


def test_the_count_follows_an_activity_edit(
    view: CataloguesView, stack: QUndoStack, events: RegisterEvents, qtbot: Any
) -> None:
    _click_tab(view, "data_subject_category", qtbot)
    minors = _entry(view.db, "data_subject_category", "Mineurs")
    before = int(_cell(view, "Mineurs", COL_USED_BY))
    with view.db.reader() as s:
        activity = next(
            a
            for a in s.scalars(select(m.Activity))
            if minors.id not in {d.id for d in a.data_subjects}
        )
        subjects = [d.id for d in activity.data_subjects] + [minors.id]
        activity_id = activity.id
    command = SetLinksCommand(view.db, m.Activity, activity_id, "data_subjects", subjects, events)
    assert push(stack, command) is None
    assert _cell(view, "Mineurs", COL_USED_BY) == str(before + 1)
    stack.undo()
    assert _cell(view, "Mineurs", COL_USED_BY) == str(before)


# -- deleting -----------------------------------------------------------------------------------


def test_deleting_an_entry_in_use_is_refused_with_the_count(
    view: CataloguesView,
    stack: QUndoStack,
    refusals: list[tuple[str, RopaError]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record_boxes(monkeypatch, yes_to_questions=True)  # Delete asks first
    entry = _entry(view.db, "data_category", USED_CATEGORY)
    expected = _distinct_activities(view.db, USED_CATEGORY)
    count = _count(view.db, "data_category")
    view.select_entry(entry.id)
    view.delete_button.click()
    assert len(refusals) == 1
    text, error = refusals[0]
    assert f"used by {expected} processing activities" in text
    assert USED_CATEGORY in text
    assert error.key == "error.in_use"
    assert _count(view.db, "data_category") == count
    assert stack.count() == 0
    assert view.selected_entry() == entry.id


@pytest.mark.parametrize("table", CATALOGUE_TABLES)
def test_deleting_an_unused_entry_and_undo(
    view: CataloguesView,
    stack: QUndoStack,
    table: str,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record_boxes(monkeypatch, yes_to_questions=True)  # Delete asks first
    _click_tab(view, table, qtbot)
    rows = [view.model.entry_row(n) for n in range(view.model.rowCount())]
    if all(row.used_by for row in rows):  # every demo data subject category is in use
        view.new_button.click()
        rows = [view.model.entry_row(n) for n in range(view.model.rowCount())]
    unused = next(row for row in rows if row.used_by == 0)
    count = _count(view.db, table)
    view.select_entry(unused.id)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert _count(view.db, table) == count - 1
    assert unused.name not in _names(view)
    assert view.selected_entry() is None and not view.delete_button.isEnabled()
    stack.undo()
    restored = _entry(view.db, table, unused.name)
    assert restored is not None and restored.id == unused.id
    qtbot.waitUntil(lambda: unused.name in _names(view))


# -- organisations and registers ----------------------------------------------------------------


def test_set_organisation_shows_that_organisations_catalogues(
    view: CataloguesView, qtbot: Any
) -> None:
    demo_org = view.organisation_id
    with view.db.transaction() as s:
        other = create_organisation(
            s, {"legal_name": "Other SA", "country": "FR", "language": "en"}
        )
        other_id = other.id
    view.set_organisation(other_id)
    assert view.organisation_id == other_id
    assert USED_CATEGORY not in _names(view)
    assert "Health data" in _names(view)  # seeded in the organisation's language
    assert _cell(view, "Health data", COL_USED_BY) == "0"
    view.new_button.click()
    assert _entry(view.db, "data_category", "New data category").organisation_id == other_id
    view.set_organisation(None)
    assert view.organisation_id == demo_org
    assert USED_CATEGORY in _names(view)


def test_set_database_to_an_empty_register(
    view: CataloguesView, empty_register: RegisterDatabase
) -> None:
    view.set_database(empty_register)
    assert view.organisation_id is None
    assert _names(view) == []
    assert not view.new_button.isEnabled() and not view.delete_button.isEnabled()
    view.new_button.click()
    assert _count(empty_register, "data_category") == 0
