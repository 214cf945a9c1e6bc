"""The activities pages: search in purposes, data categories and recipients; filters; sorting;
the processor activities page; actions on several selected activities as one undo step."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from ropa.core.lifecycle import next_reference
from ropa.core.queries import activity_details, list_activities
from ropa.db import models as m
from ropa.db.enums import LegalBasis, Role, Status
from ropa.db.session import RegisterDatabase
from ropa.ui.main_window import PAGE_ACTIVITIES, PAGE_PROCESSOR_ACTIVITIES, MainWindow
from ropa.ui.models.activity_table_model import (
    COL_NAME,
    COL_NEXT_REVIEW,
    COL_OWNER,
    COL_REFERENCE,
    COL_ROLE,
    COL_STATUS,
    COL_UPDATED,
    COLUMN_COUNT,
    ActivityTableModel,
    SortRole,
    search_keys,
)
from ropa.ui.views.activities_view import ActivitiesView
from tests.ui.dialog_support import record_boxes

PROCESSOR_REFERENCES = ["ST-01", "ST-02", "ST-03"]


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.show_page(PAGE_ACTIVITIES)
    return main_window


def references(view: ActivitiesView) -> list[str]:
    model = view.proxy
    return [model.index(row, COL_REFERENCE).data() for row in range(model.rowCount())]


def type_search(qtbot: Any, view: ActivitiesView, text: str) -> None:
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, text)


def choose(combo: Any, value: object) -> None:
    """Pick an item of a filter combo by its value, as a user does (index + signal)."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def stored_references(db: RegisterDatabase) -> set[str]:
    with db.reader() as session:
        return set(session.scalars(select(m.Activity.reference)))


# -- search -----------------------------------------------------------------------------------


def test_search_finds_a_word_of_a_purpose(qtbot: Any, window: MainWindow) -> None:
    view = window.activities_view
    # T-09's purpose: "Prévenir, constater et déceler les vols, intrusions..." (not its name).
    type_search(qtbot, view, "deceler vols")
    assert references(view) == ["T-09"]
    assert window.status_label.text().startswith("1 of 21 activities")


def test_search_finds_a_data_category_name(qtbot: Any, window: MainWindow) -> None:
    view = window.activities_view
    type_search(qtbot, view, "journaux d'acces")  # "Journaux d'accès…": T-10's only
    assert references(view) == ["T-10"]


def test_search_finds_a_recipient_name(qtbot: Any, window: MainWindow) -> None:
    view = window.activities_view
    type_search(qtbot, view, "lettrimo")  # a processor party, recipient of T-03
    assert references(view) == ["T-03"]
    type_search(qtbot, view, "PAYLUMO")
    assert references(view) == ["T-15"]
    processors = window.processor_view
    type_search(qtbot, processors, "backvault")  # recipient of ST-03
    assert references(processors) == ["ST-03"]


def test_search_narrows_and_widens_as_one_types(qtbot: Any, window: MainWindow) -> None:
    view = window.activities_view
    counts = []
    for text in ("", "s", "se", "ser", "serv", "ser", "se", "s", ""):
        view.search_edit.setText(text)
        counts.append(view.proxy.rowCount())
    assert counts == counts[::-1]  # the same rows on the way back
    assert counts[-1] == 21
    assert counts[4] <= counts[3] <= counts[2] <= counts[1] <= counts[0]


# -- filters ----------------------------------------------------------------------------------


def test_status_filter_combined_with_search(qtbot: Any, window: MainWindow) -> None:
    view = window.activities_view
    bar = view.filter_bar
    assert not bar.clear_button.isEnabled()
    choose(bar.status_combo, Status.DRAFT.value)
    assert references(view) == ["T-20", "T-21"]
    assert bar.clear_button.isEnabled()
    assert window.status_label.text().startswith("2 of 21 activities")
    type_search(qtbot, view, "tickets")  # T-08 is about tickets too, but active
    assert references(view) == ["T-21"]
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert view.search_edit.text() == ""
    assert bar.status_combo.currentIndex() == 0
    assert len(references(view)) == 21
    assert window.status_label.text().startswith("21 activities")


def test_role_filter(window: MainWindow) -> None:
    view = window.activities_view
    bar = view.filter_bar
    assert not bar.role_combo.isHidden()
    roles = [bar.role_combo.itemData(i) for i in range(1, bar.role_combo.count())]
    assert roles == [Role.CONTROLLER.value, Role.JOINT_CONTROLLER.value]
    choose(bar.role_combo, Role.JOINT_CONTROLLER.value)
    assert references(view) == ["T-18"]
    # One role on the processor page: nothing to choose.
    assert window.processor_view.filter_bar.role_combo.isHidden()


def test_legal_basis_filter_combined_with_search(qtbot: Any, window: MainWindow) -> None:
    view = window.activities_view
    bar = view.filter_bar
    choose(bar.basis_combo, LegalBasis.VITAL_INTERESTS.value)
    assert references(view) == ["T-19"]
    choose(bar.basis_combo, LegalBasis.CONSENT.value)
    consent = references(view)
    assert {"T-03", "T-04", "T-06", "T-18"} <= set(consent)
    assert "T-05" not in consent
    type_search(qtbot, view, "lettre")
    assert references(view) == ["T-03"]
    choose(bar.status_combo, Status.DRAFT.value)
    assert references(view) == []
    assert window.status_label.text().startswith("0 of 21 activities")


def test_selection_and_current_row_survive_filter_changes(qtbot: Any, window: MainWindow) -> None:
    view = window.activities_view
    view.select_activities([_id(view, "T-05"), _id(view, "T-09")], _id(view, "T-09"))
    type_search(qtbot, view, "deceler")
    assert references(view) == ["T-09"]
    view.search_edit.clear()
    assert sorted(_reference(view, i) for i in view.selected_ids()) == ["T-05", "T-09"]
    current = view.table_view.currentIndex()
    assert current.isValid()
    assert view.proxy.index(current.row(), COL_REFERENCE).data() == "T-09"


def _id(view: ActivitiesView, reference: str) -> str:
    return view.proxy.activity_id(references(view).index(reference))


def _reference(view: ActivitiesView, activity_id: str) -> str:
    row = view.model.row_of(activity_id)
    assert row is not None
    return str(view.model.index(row, COL_REFERENCE).data())


# -- sorting ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "column",
    [COL_REFERENCE, COL_NAME, COL_ROLE, COL_STATUS, COL_OWNER, COL_NEXT_REVIEW, COL_UPDATED],
)
def test_sorting_by_each_column(window: MainWindow, column: int) -> None:
    view = window.activities_view
    before = sorted(references(view))
    model = view.proxy
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.table_view.sortByColumn(column, order)
        keys = [model.index(row, column).data(SortRole) for row in range(model.rowCount())]
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
        assert sorted(references(view)) == before


def test_sorting_follows_what_people_expect(window: MainWindow) -> None:
    view = window.activities_view
    view.table_view.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [view.proxy.index(r, COL_STATUS).data() for r in range(view.proxy.rowCount())]
    assert statuses[:2] == ["Draft", "Draft"] and statuses[-1] == "Retired"
    view.table_view.sortByColumn(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    assert references(view)[:2] == ["T-21", "T-20"]


# -- the processor activities page ------------------------------------------------------------


def test_processor_page_lists_processor_activities_only(window: MainWindow) -> None:
    assert references(window.processor_view) == PROCESSOR_REFERENCES
    assert not set(PROCESSOR_REFERENCES) & set(references(window.activities_view))
    window.show_page(PAGE_PROCESSOR_ACTIVITIES)
    assert window.status_label.text().startswith("3 activities")


def test_processor_page_creates_processor_activities_with_undo(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    window.show_page(PAGE_PROCESSOR_ACTIVITIES)
    view = window.processor_view
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    with demo_register.reader() as session:
        created = session.scalars(select(m.Activity).where(m.Activity.reference == "ST-04")).one()
        assert created.role == Role.PROCESSOR
        assert created.status == Status.DRAFT
        created_id = created.id
    assert references(view) == [*PROCESSOR_REFERENCES, "ST-04"]
    assert view.opened_activity() == created_id
    assert view.selected_ids() == [created_id]
    assert "ST-04" not in references(window.activities_view)

    window.undo_action.trigger()
    assert "ST-04" not in stored_references(demo_register)
    qtbot.waitUntil(lambda: references(view) == PROCESSOR_REFERENCES)
    window.redo_action.trigger()
    assert "ST-04" in stored_references(demo_register)
    qtbot.waitUntil(lambda: "ST-04" in references(view))


def test_open_activity_shows_the_page_of_its_role(window: MainWindow) -> None:
    processor_id = window.processor_view.proxy.activity_id(0)
    window.open_activity(processor_id)
    assert window.current_page() == PAGE_PROCESSOR_ACTIVITIES
    assert window.processor_view.opened_activity() == processor_id
    controller_id = window.activities_view.proxy.activity_id(0)
    window.open_activity(controller_id)
    assert window.current_page() == PAGE_ACTIVITIES
    assert window.activities_view.opened_activity() == controller_id


def test_find_shortcut_goes_to_the_search_of_the_page_shown(qtbot: Any, window: MainWindow) -> None:
    window.show_page(PAGE_PROCESSOR_ACTIVITIES)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.processor_view.search_edit.hasFocus())
    assert window.current_page() == PAGE_PROCESSOR_ACTIVITIES


def test_next_reference() -> None:
    assert next_reference(["ST-01", "ST-03"], {"ST-01", "ST-03"}, "P-") == "ST-04"
    assert next_reference([], {"T-01"}, "P-") == "P-01"
    assert next_reference(["T-9"], {"T-9", "T-10"}, "T-") == "T-11"


# -- several activities at once, one undo step --------------------------------------------------


def _select(view: ActivitiesView, refs: list[str]) -> None:
    """Ctrl+click on the rows, as a user selects several."""
    selection = view.table_view.selectionModel()
    selection.clearSelection()
    for reference in refs:
        row = references(view).index(reference)
        selection.select(
            view.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_delete_several_then_one_undo_restores_them_all(
    qtbot: Any,
    window: MainWindow,
    demo_register: RegisterDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes = record_boxes(monkeypatch, yes_to_questions=True)  # "Delete"
    view = window.activities_view
    view.table_view.setSelectionMode(view.table_view.selectionMode())  # ExtendedSelection
    assert view.table_view.selectionMode() == view.table_view.SelectionMode.ExtendedSelection
    assert not view.delete_button.isEnabled()
    # (Not T-02: the demo's rights requests and its phishing breach refer to it, so it cannot
    # be deleted.)
    _select(view, ["T-17", "T-05", "T-10"])
    assert view.delete_button.isEnabled()
    undo_steps = window.undo_stack.count()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert [box.text() for box in boxes] == ["Delete these 3 activities?"]
    assert not {"T-17", "T-05", "T-10"} & stored_references(demo_register)
    qtbot.waitUntil(lambda: len(references(view)) == 18)
    assert window.undo_stack.count() == undo_steps + 1
    assert window.undo_action.text() == "Undo Delete 3 activities"

    window.undo_action.trigger()
    assert {"T-17", "T-05", "T-10"} <= stored_references(demo_register)
    qtbot.waitUntil(lambda: len(references(view)) == 21)
    with demo_register.reader() as session:  # restored whole: purposes and all
        details = activity_details(session)
        rows = {row.reference: row for row in list_activities(session)}
    assert "Calculer et payer" in details[rows["T-05"].id].search_text

    window.redo_action.trigger()
    assert not {"T-17", "T-05", "T-10"} & stored_references(demo_register)


def test_duplicate_and_retire_several_as_one_step(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    view = window.activities_view
    _select(view, ["T-01", "T-03"])
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    assert {"T-01-2", "T-03-2"} <= stored_references(demo_register)
    window.undo_action.trigger()
    assert not {"T-01-2", "T-03-2"} & stored_references(demo_register)

    qtbot.waitUntil(lambda: len(references(view)) == 21)
    _select(view, ["T-01", "T-03", "T-17"])  # T-17 is retired already: left as it is
    assert view.retire_selected() == 2

    def statuses() -> dict[str, Status]:
        with demo_register.reader() as session:
            return {
                a.reference: a.status
                for a in session.scalars(
                    select(m.Activity).where(m.Activity.reference.in_(["T-01", "T-03"]))
                )
            }

    assert set(statuses().values()) == {Status.RETIRED}
    window.undo_action.trigger()
    assert set(statuses().values()) == {Status.ACTIVE}


# -- the model ---------------------------------------------------------------------------------


def test_model_tester_with_search_filters_and_sort(
    qtmodeltester: Any, demo_register: RegisterDatabase
) -> None:
    with demo_register.reader() as session:
        rows = list_activities(session)
        details = activity_details(session)
    model = ActivityTableModel("en", roles=[Role.CONTROLLER, Role.JOINT_CONTROLLER])
    model.set_rows(rows)
    assert model.total_count() == 21
    qtmodeltester.check(model)
    model.set_details(details)
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_search_text("client")
    model.set_filters(status=Status.ACTIVE, legal_basis=LegalBasis.CONTRACT)
    assert 0 < model.rowCount() < model.total_count()
    qtmodeltester.check(model)
    assert model.columnCount() == COLUMN_COUNT


def test_search_keys_fold_case_and_accents() -> None:
    assert search_keys(["Employés ÉLAN", "Straße", "plain"]) == [
        "employes elan",
        "strasse",
        "plain",
    ]
    assert search_keys([]) == []


def test_list_activities_with_details(demo_register: RegisterDatabase) -> None:
    with demo_register.reader() as session:
        plain = {row.reference: row for row in list_activities(session)}
        rows = {row.reference: row for row in list_activities(session, details=True)}
        processors = activity_details(session, roles=[Role.PROCESSOR])
    assert plain["T-05"].search_text == "" and plain["T-05"].legal_bases == frozenset()
    payroll = rows["T-05"]
    assert payroll.legal_bases == {LegalBasis.LEGAL_OBLIGATION, LegalBasis.CONTRACT}
    for text in ("Calculer et payer", "Données de paie et RH", "Secrétariat social Horizon ASBL"):
        assert text in payroll.search_text
    assert rows["ST-01"].legal_bases == frozenset()  # a processor's purposes have no basis
    assert set(processors) == {rows[ref].id for ref in PROCESSOR_REFERENCES}
