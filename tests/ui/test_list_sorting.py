"""The list pages sort their rows in the model (not through the proxy's Python calls): a click
on a column header orders the rows as before, equal values keep the order they were read in,
the row selected stays selected and is the one deleted, and the sort stays after a reload, a
deletion and its undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from ropa.core import edits
from ropa.core.reads.accountability import load_accountability
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.models.request_table_model import COL_PERSON, COL_REFERENCE
from ropa.ui.models.table_model import Line, RowsTableModel, SearchProxyModel, SortRole
from ropa.ui.views.requests_view import RequestsView
from tests.ui.dialog_support import record_boxes

TODAY = date(2026, 12, 7)
# Reference, person, received on: the person's order is neither the references' nor the
# dates'; two requests of the same person (R-002 read before R-004: the latest first).
REQUESTS = (
    ("R-001", "Dupont", date(2026, 11, 2)),
    ("R-002", "Martin", date(2026, 11, 20)),
    ("R-003", "Bernard", date(2026, 11, 5)),
    ("R-004", "Martin", date(2026, 11, 9)),
    ("R-005", "Lambert", date(2026, 11, 30)),
)


# -- a model of plain rows ---------------------------------------------------------------------


class NamesModel(RowsTableModel[tuple[str, str, str]]):
    """Rows (id, name, group); counts the sort keys asked of it."""

    column_count = 2
    sort_keys_asked = 0

    def header_labels(self) -> tuple[str, ...]:
        return ("Name", "Group")

    def make_line(self, row: tuple[str, str, str]) -> Line:
        row_id, name, group = row
        return Line(row_id, (name, group), (name.casefold(), group), name.casefold())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == SortRole:
            self.sort_keys_asked += 1
        return super().data(index, role)


ROWS = [("a", "delta", "2"), ("b", "Alpha", "1"), ("c", "charlie", "2"), ("d", "bravo", "1")]


def _names(model: Any) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.fixture
def proxy(qapp: Any) -> SearchProxyModel:
    model = NamesModel()
    model.set_rows(ROWS)
    searched = SearchProxyModel(key_column=0)
    searched.setSourceModel(model)
    model.setParent(searched)
    return searched


def test_a_column_sorts_the_rows_without_asking_the_model_row_by_row(
    proxy: SearchProxyModel, qtmodeltester: Any
) -> None:
    model = proxy.sourceModel()
    assert isinstance(model, NamesModel)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["Alpha", "bravo", "charlie", "delta"]  # case ignored
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["delta", "charlie", "bravo", "Alpha"]
    # The sort keys were computed once, with the rows: none asked while sorting.
    assert model.sort_keys_asked == 0
    assert model.row_of("b") == 3 and model.row_at(3) == ("b", "Alpha", "1")
    qtmodeltester.check(proxy)


def test_equal_keys_keep_the_order_shown_before_both_ways(proxy: SearchProxyModel) -> None:
    model = proxy.sourceModel()
    assert isinstance(model, NamesModel)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)  # group 1, group 2: each in the order read
    assert _names(proxy) == ["Alpha", "bravo", "delta", "charlie"]
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["delta", "charlie", "Alpha", "bravo"]
    # Sorted by name, then by group: each group in the name's order (the sort before).
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["Alpha", "bravo", "charlie", "delta"]
    # Rows set again: equal keys in the order read.
    model.set_rows(ROWS)
    assert _names(proxy) == ["Alpha", "bravo", "delta", "charlie"]
    proxy.sort(-1)
    assert _names(proxy) == ["delta", "Alpha", "charlie", "bravo"]  # as read


def test_the_selected_row_moves_with_the_sort_and_the_search(proxy: SearchProxyModel) -> None:
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    held = QPersistentModelIndex(proxy.index(2, 0))
    assert held.data() == "charlie"
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert held.row() == 1 and held.data() == "charlie"
    proxy.set_search_text("CH")
    assert _names(proxy) == ["charlie"] and held.row() == 0
    proxy.set_search_text("")
    assert _names(proxy) == ["delta", "charlie", "bravo", "Alpha"] and held.data() == "charlie"
    # Sorted while searched: the rows found in the new order, all of them once the search ends.
    proxy.set_search_text("a")
    assert _names(proxy) == ["delta", "charlie", "bravo", "Alpha"]
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["Alpha", "bravo", "charlie", "delta"] and held.row() == 2
    proxy.set_search_text("r")
    assert _names(proxy) == ["bravo", "charlie"] and held.row() == 1
    proxy.set_search_text("")
    assert _names(proxy) == ["Alpha", "bravo", "charlie", "delta"] and held.row() == 2


def test_rows_set_again_keep_the_sort(proxy: SearchProxyModel) -> None:
    model = proxy.sourceModel()
    assert isinstance(model, NamesModel)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_rows([*ROWS, ("e", "echo", "3")])
    assert _names(proxy) == ["echo", "delta", "charlie", "bravo", "Alpha"]
    assert model.sort_column() == 0 and model.sort_order() == Qt.SortOrder.DescendingOrder


# -- the rights requests page ------------------------------------------------------------------


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


@pytest.fixture
def view(demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any) -> RequestsView:
    """The page listing REQUESTS only (the demo's own removed), sorted by reference."""
    with demo_register.transaction() as s:
        for request in s.scalars(select(m.RightsRequest)).all():
            s.delete(request)
    org = load_accountability(demo_register).organisation_ids[0]
    for reference, person, received in REQUESTS:
        values = {"reference": reference, "requester": person, "received_on": received}
        edits.CreateEdit("rights_request", values, org).first(demo_register)
    widget = RequestsView(
        demo_register, stack, RegisterEvents(), "en", lambda *_: None, today=lambda: TODAY
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _column(view: RequestsView, column: int) -> list[str]:
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def _click_row(qtbot: Any, view: RequestsView, reference: str) -> None:
    table = view.table_view
    index = view.proxy.index(_column(view, COL_REFERENCE).index(reference), COL_PERSON)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def _shown_reference(view: RequestsView) -> str | None:
    values = view.editor.values
    return None if values is None else str(values.get("reference"))


def _references(db: RegisterDatabase) -> set[str]:
    with db.reader() as s:
        return set(s.scalars(select(m.RightsRequest.reference)).all())


def test_a_header_click_sorts_and_delete_takes_the_row_clicked(
    view: RequestsView, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_boxes(monkeypatch, yes_to_questions=True)  # Delete asks first
    assert _column(view, COL_REFERENCE) == ["R-001", "R-002", "R-003", "R-004", "R-005"]
    view.table_view.sortByColumn(COL_PERSON, Qt.SortOrder.DescendingOrder)
    # Martin's two requests in the order read (the latest received first), as before.
    assert _column(view, COL_REFERENCE) == ["R-002", "R-004", "R-005", "R-001", "R-003"]
    _click_row(qtbot, view, "R-005")
    assert _shown_reference(view) == "R-005"

    # A click on the Person header: ascending now; the row clicked stays selected and shown.
    header = view.table_view.horizontalHeader()
    middle = header.sectionViewportPosition(COL_PERSON) + header.sectionSize(COL_PERSON) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, 5))
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert _column(view, COL_REFERENCE) == ["R-003", "R-001", "R-005", "R-002", "R-004"]
    assert view.selected_request() is not None
    assert _shown_reference(view) == "R-005"
    assert view.table_view.currentIndex().row() == 2

    view.delete_action.trigger()
    assert _references(view.db) == {"R-001", "R-002", "R-003", "R-004"}
    assert _column(view, COL_REFERENCE) == ["R-003", "R-001", "R-002", "R-004"]

    # The Down key then goes down the sorted list, the form following.
    _click_row(qtbot, view, "R-001")
    qtbot.keyClick(view.table_view, Qt.Key.Key_Down)
    assert _shown_reference(view) == "R-002"
    view.delete_action.trigger()
    assert _references(view.db) == {"R-001", "R-003", "R-004"}


def test_the_sort_and_the_selection_stay_after_a_reload_a_deletion_and_its_undo(
    view: RequestsView, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_boxes(monkeypatch, yes_to_questions=True)
    view.table_view.sortByColumn(COL_PERSON, Qt.SortOrder.AscendingOrder)
    order = ["R-003", "R-001", "R-005", "R-002", "R-004"]
    assert _column(view, COL_REFERENCE) == order
    by_reference = {
        view.model.request_row(r).reference: view.model.request_row(r).id
        for r in range(view.model.rowCount())
    }
    view.select_request(by_reference["R-002"])

    view.reload()
    assert _column(view, COL_REFERENCE) == order
    assert view.selected_request() == by_reference["R-002"]
    assert view.table_view.currentIndex().row() == 3

    view.select_request(by_reference["R-001"])
    view.delete_action.trigger()
    assert _column(view, COL_REFERENCE) == ["R-003", "R-005", "R-002", "R-004"]
    stack.undo()
    assert _column(view, COL_REFERENCE) == order
    # The search narrows the sorted list and keeps its order.
    view.search_edit.setText("mart")
    assert _column(view, COL_REFERENCE) == ["R-002", "R-004"]
    view.search_edit.clear()
    assert _column(view, COL_REFERENCE) == order
