"""The history page: its table model, filters, search, and opening an activity from a change."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from ropa.core.i18n import label
from ropa.core.queries import history
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents, UpdateEntityCommand, push
from ropa.ui.main_window import PAGE_ACTIVITIES, PAGE_HISTORY, MainWindow
from ropa.ui.models.history_table_model import (
    COL_ACTION,
    COL_ENTITY,
    COL_ENTITY_TYPE,
    COL_FIELD,
    COL_NEW_VALUE,
    COL_OLD_VALUE,
    COL_USER,
    COL_WHEN,
    DISPLAY_LIMIT,
    ActivityIdRole,
    EntityRole,
    HistoryFilterProxyModel,
    HistoryTableModel,
)
from ropa.ui.views.history_view import HistoryFilters, HistoryView, detail_text, load_history
from tests.unit.history_support import edit_everything, raw_values

LONG_TEXT = "Paie des salariés " * 30


def _first_activity_and_purpose(db: RegisterDatabase) -> tuple[str, str]:
    with db.reader() as session:
        purpose = session.scalars(select(m.Purpose).order_by(m.Purpose.id)).first()
        assert purpose is not None
        return purpose.activity_id, purpose.id


def _first_organisation(db: RegisterDatabase) -> str:
    with db.reader() as session:
        org_id = session.scalars(select(m.Organisation.id)).first()
        assert org_id is not None
        return org_id


def _make_changes(db: Any) -> tuple[str, str]:
    """Edits by the register's user and by "bob": an activity, a purpose, the organisation."""
    activity_id, purpose_id = _first_activity_and_purpose(db)
    bob = RegisterDatabase(db.path, db.engine, user="bob")
    for database, model, entity_id, changes in (
        (db, m.Activity, activity_id, {"owner": "Alice Martin"}),
        (bob, m.Purpose, purpose_id, {"description": LONG_TEXT}),
        (bob, m.Organisation, _first_organisation(db), {"city": "Namur"}),
    ):
        assert push_update(database, model, entity_id, changes) is None
    return activity_id, purpose_id


def push_update(
    db: RegisterDatabase,
    model: type[Any],
    entity_id: str,
    changes: dict[str, Any],
    events: RegisterEvents | None = None,
) -> Any:
    from PySide6.QtGui import QUndoStack

    return push(QUndoStack(), UpdateEntityCommand(db, model, entity_id, changes, events=events))


def _core_count(db: RegisterDatabase, **filters: Any) -> int:
    with db.reader() as session:
        return len(history(session, **filters))


@pytest.fixture
def changed_register(demo_register: Any) -> tuple[Any, str, str]:
    activity_id, purpose_id = _make_changes(demo_register)
    return demo_register, activity_id, purpose_id


@pytest.fixture
def view(qtbot: Any, changed_register: tuple[Any, str, str]) -> HistoryView:
    db = changed_register[0]
    history_view = HistoryView(db, RegisterEvents(), "en")
    qtbot.addWidget(history_view)
    history_view.resize(1000, 600)
    history_view.show()
    return history_view


def shown(view: HistoryView, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


# -- the model -------------------------------------------------------------------------------


def test_model_tester_on_model_and_proxy(
    qtmodeltester: Any, changed_register: tuple[Any, str, str]
) -> None:
    page = load_history(changed_register[0], HistoryFilters())
    model = HistoryTableModel("fr")
    model.set_page(page)
    qtmodeltester.check(model)
    proxy = HistoryFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_WHEN, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    proxy.set_search_text("namur")
    qtmodeltester.check(proxy)
    qtmodeltester.check(HistoryTableModel())


def test_model_labels_roles_and_long_values(changed_register: tuple[Any, str, str]) -> None:
    db, activity_id, purpose_id = changed_register
    page = load_history(db, HistoryFilters())
    model = HistoryTableModel("fr")
    model.set_page(page)
    assert model.headerData(COL_WHEN, Qt.Orientation.Horizontal) == "When"  # no translator
    row = next(n for n in range(model.rowCount()) if model.entry(n).entity_id == purpose_id)
    cell = model.index(row, COL_NEW_VALUE)
    assert len(cell.data()) == DISPLAY_LIMIT and cell.data().endswith("…")
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == LONG_TEXT
    assert model.index(row, COL_ACTION).data() == "Modification"
    assert model.index(row, COL_ENTITY_TYPE).data() == "Finalité"
    assert model.index(row, COL_FIELD).data() == label("fr", "purpose", "description")
    assert model.index(row, COL_USER).data() == "bob"
    assert cell.data(EntityRole) == ("purpose", purpose_id)
    assert cell.data(ActivityIdRole) == activity_id
    organisation = next(
        n for n in range(model.rowCount()) if model.entry(n).entity_type == "organisation"
    )
    assert model.index(organisation, COL_WHEN).data(ActivityIdRole) is None
    assert model.index(organisation, COL_OLD_VALUE).data(Qt.ItemDataRole.ToolTipRole) in (
        None,
        model.entry(organisation).old,
    )


# -- the page --------------------------------------------------------------------------------


def test_the_page_lists_the_changes_newest_first(
    view: HistoryView, changed_register: tuple[Any, str, str]
) -> None:
    db = changed_register[0]
    with db.reader() as session:
        entries = history(session)
    assert view.proxy.rowCount() == len(entries) == 4  # the demo import, then three edits
    assert shown(view, COL_ENTITY)[0] == entries[0].entity_label
    assert shown(view, COL_NEW_VALUE)[:1] == ["Namur"]
    assert shown(view, COL_ACTION)[-1] == "Imported"
    times = shown(view, COL_WHEN)
    assert times == sorted(times, reverse=True)
    assert view.count_label.text().startswith("4 change")  # "4 changes" once translated


def test_filters_by_user_and_type_narrow_the_rows(
    view: HistoryView, changed_register: tuple[Any, str, str]
) -> None:
    db = changed_register[0]
    assert [view.user_combo.itemData(n) for n in range(view.user_combo.count())] == [
        None,
        *sorted({"bob", db.user}),
    ]
    view.user_combo.setCurrentIndex(view.user_combo.findData("bob"))
    assert view.proxy.rowCount() == _core_count(db, user="bob") == 2
    assert set(shown(view, COL_USER)) == {"bob"}

    view.type_combo.setCurrentIndex(view.type_combo.findData("purpose"))
    assert view.proxy.rowCount() == _core_count(db, user="bob", entity_type="purpose") == 1

    view.user_combo.setCurrentIndex(0)  # All users
    view.type_combo.setCurrentIndex(view.type_combo.findData("organisation"))
    assert view.proxy.rowCount() == _core_count(db, entity_type="organisation") == 2
    view.type_combo.setCurrentIndex(0)
    assert view.proxy.rowCount() == _core_count(db) == 4


def test_filter_by_days(view: HistoryView, changed_register: tuple[Any, str, str]) -> None:
    db = changed_register[0]
    with db.transaction() as session:  # the import happened ten days ago
        session.execute(
            update(m.Change)
            .where(m.Change.action == "import")
            .values(at=datetime.now(UTC) - timedelta(days=10))
        )
    today = date.today()
    view.set_date_range(today, today)
    assert view.proxy.rowCount() == _core_count(db, since=today, until=today) == 3
    view.since_edit.setDate(view.since_edit.date().addDays(-30))
    assert view.filters().since == today - timedelta(days=30)
    assert view.proxy.rowCount() == 4
    view.set_date_range(None, today - timedelta(days=1))
    assert view.proxy.rowCount() == _core_count(db, until=today - timedelta(days=1)) == 1
    assert view.until_edit.text() == (today - timedelta(days=1)).isoformat()
    view.clear_dates_button.click()
    assert view.filters() == HistoryFilters()
    assert view.since_edit.text() == "Any"
    assert view.proxy.rowCount() == 4


def test_text_search(qtbot: Any, view: HistoryView) -> None:
    view.search_edit.setText("namur")
    assert shown(view, COL_NEW_VALUE) == ["Namur"]
    assert view.count_label.text().startswith("1 of 4 change")
    view.search_edit.setText("SALARIES paie")  # words of a value, any case, no accents
    assert shown(view, COL_FIELD) == [label("en", "purpose", "description")]
    view.search_edit.setText("alice martin")
    assert shown(view, COL_FIELD) == ["Owner"]
    view.search_edit.clear()
    assert view.proxy.rowCount() == 4


# -- in the window ---------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: Any, changed_register: tuple[Any, str, str]) -> MainWindow:
    main_window = MainWindow(changed_register[0], "en")
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.show_page(PAGE_HISTORY)
    return main_window


def _double_click_row(qtbot: Any, view: HistoryView, row: int) -> None:
    table = view.table_view
    rect = table.visualRect(view.proxy.index(row, COL_ENTITY))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.parametrize("entity_type", ["activity", "purpose"])
def test_double_click_opens_the_activity(
    qtbot: Any, window: MainWindow, changed_register: tuple[Any, str, str], entity_type: str
) -> None:
    activity_id = changed_register[1]
    view = window.history_view
    assert window.pages.currentWidget() is view
    row = next(
        n
        for n in range(view.proxy.rowCount())
        if view.proxy.index(n, COL_WHEN).data(EntityRole)[0] == entity_type
    )
    with qtbot.waitSignal(view.open_activity_requested) as signal:
        _double_click_row(qtbot, view, row)
    assert signal.args == [activity_id]
    assert window.current_page() == PAGE_ACTIVITIES
    assert window.activities_view.editor.isVisible()
    assert window.activities_view.opened_activity() == activity_id


def test_double_click_on_an_organisation_change_opens_nothing(
    qtbot: Any, window: MainWindow
) -> None:
    view = window.history_view
    row = shown(view, COL_ENTITY_TYPE).index("Organisation")
    with qtbot.assertNotEmitted(view.open_activity_requested):
        _double_click_row(qtbot, view, row)
    assert window.current_page() == PAGE_HISTORY


def test_an_edit_through_the_undo_stack_shows_in_the_history(
    qtbot: Any, window: MainWindow, changed_register: tuple[Any, str, str]
) -> None:
    db, activity_id, _ = changed_register
    view = window.history_view
    before = view.proxy.rowCount()
    command = UpdateEntityCommand(
        db, m.Activity, activity_id, {"owner": "Chloé Lambert"}, events=window.events
    )
    assert push(window.undo_stack, command) is None
    qtbot.waitUntil(lambda: view.proxy.rowCount() == before + 1)
    assert shown(view, COL_NEW_VALUE)[0] == "Chloé Lambert"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == before + 2)
    assert shown(view, COL_OLD_VALUE)[0] == "Chloé Lambert"
    assert shown(view, COL_NEW_VALUE)[0] == "Alice Martin"


def test_a_hidden_page_reads_when_shown(
    qtbot: Any, window: MainWindow, changed_register: tuple[Any, str, str]
) -> None:
    db, activity_id, _ = changed_register
    view = window.history_view
    window.show_page(PAGE_ACTIVITIES)
    before = view.proxy.rowCount()
    command = UpdateEntityCommand(
        db, m.Activity, activity_id, {"owner": "Someone"}, events=window.events
    )
    assert push(window.undo_stack, command) is None
    qtbot.wait(10)
    assert view.proxy.rowCount() == before  # not read while hidden
    window.show_page(PAGE_HISTORY)
    assert view.proxy.rowCount() == before + 1


def test_the_history_page_is_remembered(
    qtbot: Any, window: MainWindow, changed_register: tuple[Any, str, str]
) -> None:
    assert window.current_page() == PAGE_HISTORY
    assert window.sidebar.item(window.sidebar.count() - 1).text() == "History"
    window.close()
    second = MainWindow(changed_register[0], "en")
    qtbot.addWidget(second)
    second.show()
    assert second.current_page() == PAGE_HISTORY
    assert second.pages.currentWidget() is second.history_view


# -- in words ----------------------------------------------------------------------------------


def _all_cells(model: HistoryTableModel) -> list[str]:
    texts = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value:
                    texts.append(str(value))
        texts.append(detail_text(model.entry(row), model.language))
    return texts


def test_no_cell_shows_an_id_an_enum_key_an_iso_date_or_a_json_array(demo_register: Any) -> None:
    """On the demo's whole history, then after edits of every table, closed value, date,
    duration, list and reference, and deletions, in the three languages."""
    for edited in (False, True):
        if edited:
            edit_everything(demo_register)
        page = load_history(demo_register, HistoryFilters())
        for lang in ("fr", "nl", "en"):
            model = HistoryTableModel(lang)
            model.set_page(page)
            assert model.rowCount() == (len(page.rows(lang)))
            bad = {text: raw_values(text) for text in _all_cells(model) if raw_values(text)}
            assert not bad, (lang, bad)
    assert model.rowCount() > 150


def test_selecting_a_change_shows_it_whole(qtbot: Any, view: HistoryView) -> None:
    assert view.detail.toPlainText() == ""
    row = shown(view, COL_FIELD).index(label("en", "purpose", "description"))
    view.table_view.selectRow(row)
    text = view.detail.toPlainText()
    assert LONG_TEXT.strip() in text
    assert text.splitlines()[0].endswith("\u203a " + label("en", "purpose", "description"))
    assert "bob" in text.splitlines()[1]


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_export_buttons_write_the_changes_shown(
    qtbot: Any, view: HistoryView, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    import io

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "out" / "history"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    view.search_edit.setText("namur")
    button = view.export_pdf_button if fmt == "pdf" else view.export_excel_button
    with qtbot.waitSignal(view.exported) as signal:
        button.click()
    written = target.with_suffix(f".{fmt}")
    assert signal.args == [str(written)]
    data = written.read_bytes()
    if fmt == "pdf":
        from pypdf import PdfReader

        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
        assert "History of the changes to the register" in text
        assert "Namur" in text and "Search" in text
        assert "Paie des salariés" not in text  # not shown: the search left it out
    else:
        import openpyxl

        rows = list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
        values = [cell for row in rows for cell in row if cell]
        assert "Namur" in values and ("Search", "namur") in [row[:2] for row in rows]
        assert not any("Paie des salariés" in str(v) for v in values)


@pytest.mark.parametrize("replace", [False, True])
def test_an_existing_file_is_replaced_only_when_the_user_says_so(
    view: HistoryView, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, replace: bool
) -> None:
    """The dialog asked about "history" (typed without its suffix): ropa adds ".pdf", and
    "history.pdf" already there was silently replaced."""
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.dialog_support import record_boxes

    existing = tmp_path / "history.pdf"
    existing.write_bytes(b"the user's own file")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "history"), "")
    )
    boxes = record_boxes(monkeypatch, yes_to_questions=replace)
    assert view.export_dialog("pdf") is replace
    assert len(boxes) == 1 and "history.pdf" in boxes[0].text()
    if replace:
        assert existing.read_bytes().startswith(b"%PDF")
    else:
        assert existing.read_bytes() == b"the user's own file"
