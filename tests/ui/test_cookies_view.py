"""The cookies and trackers page: list, search, form editor (with lifetime and choices), new,
delete."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from ropa.core.errors import RopaError
from ropa.core.i18n import value_label
from ropa.db import models as m
from ropa.db.enums import LifetimeUnit
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import ComboField, DurationField, LineField, TextField
from ropa.ui.models.cookie_table_model import (
    COL_CATEGORY,
    COL_LIFETIME,
    COL_NAME,
    COLUMN_COUNT,
    CookieTableModel,
)
from ropa.ui.views.cookies_view import CookiesView, load_cookies
from tests.ui.dialog_support import record_boxes


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


@pytest.fixture
def refusals() -> list[tuple[str, RopaError]]:
    return []


@pytest.fixture
def view(
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    refusals: list[tuple[str, RopaError]],
    qtbot: Any,
) -> CookiesView:
    widget = CookiesView(
        demo_register,
        stack,
        RegisterEvents(),
        "en",
        lambda text, error: refusals.append((text, error)),
    )
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def _names(view: CookiesView) -> list[str]:
    return [view.proxy.index(r, COL_NAME).data() for r in range(view.proxy.rowCount())]


def _cookie(db: RegisterDatabase, name: str) -> m.Cookie | None:
    with db.reader() as s:
        cookie = s.scalars(select(m.Cookie).where(m.Cookie.name == name)).one_or_none()
        if cookie is not None:
            s.expunge(cookie)
        return cookie


def _count(db: RegisterDatabase) -> int:
    with db.reader() as s:
        return int(s.execute(select(func.count()).select_from(m.Cookie)).scalar_one())


def _select(view: CookiesView, name: str) -> str:
    cookie = _cookie(view.db, name)
    assert cookie is not None
    view.select_cookie(cookie.id)
    assert view.editor.entity_id == cookie.id
    return cookie.id


def test_the_model_passes_the_model_tester(qtmodeltester: Any, demo_register: Any) -> None:
    model = CookieTableModel("nl")
    model.set_rows(load_cookies(demo_register).cookies)
    qtmodeltester.check(model)
    assert model.columnCount() == COLUMN_COUNT
    assert model.rowCount() == _count(demo_register)


def test_the_page_lists_and_searches_the_demo_cookies(view: CookiesView) -> None:
    names = _names(view)
    assert len(names) == _count(view.db) > 0
    row = names.index("_cbm_id")
    assert view.proxy.index(row, COL_CATEGORY).data() == value_label(
        "en", "cookie_category", "analytics"
    )
    assert view.proxy.index(row, COL_LIFETIME).data().startswith("13 ")
    view.search_edit.setText("adlumen")
    assert sorted(_names(view)) == ["_adl_conv", "adl_click"]


def test_editing_the_name_saves_it_and_undo_restores(view: CookiesView, stack: QUndoStack) -> None:
    cookie_id = _select(view, "cb_lang")
    line = view.editor.rows["name"]
    assert isinstance(line, LineField)
    line.line.setText("cb_language")
    line.line.editingFinished.emit()
    assert _cookie(view.db, "cb_language") is not None
    assert "cb_language" in _names(view)
    stack.undo()
    cookie = _cookie(view.db, "cb_lang")
    assert cookie is not None and cookie.id == cookie_id
    assert line.line.text() == "cb_lang"


def test_the_lifetime_saves_value_and_unit(view: CookiesView) -> None:
    _select(view, "cb_lang")
    row = view.editor.rows["lifetime_value"]
    assert isinstance(row, DurationField)
    assert row.spin.value() == 12
    row.spin.setValue(6)
    cookie = _cookie(view.db, "cb_lang")
    assert cookie is not None and cookie.lifetime_value == 6
    assert cookie.lifetime_unit == LifetimeUnit.MONTHS


def test_the_party_choice_lists_the_organisation_parties(view: CookiesView) -> None:
    _select(view, "cb_lang")
    row = view.editor.rows["party_id"]
    assert isinstance(row, ComboField)
    assert row.combo.count() > 1
    row.combo.setCurrentIndex(row.combo.findText("Metrica Analytics LLC"))
    cookie = _cookie(view.db, "cb_lang")
    assert cookie is not None and cookie.party_id == row.combo.currentData()


def test_a_new_cookie_appears_and_delete_and_undo(
    view: CookiesView, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_boxes(monkeypatch, yes_to_questions=True)  # Delete asks first
    count = _count(view.db)
    view.new_button.click()
    assert _count(view.db) == count + 1
    assert "Nouveau cookie" in _names(view)
    view.delete_button.click()
    assert _count(view.db) == count
    stack.undo()
    assert _count(view.db) == count + 1
    stack.undo()
    assert _count(view.db) == count
    assert "Nouveau cookie" not in _names(view)


def test_the_exemption_conditions_of_a_cookie_set_without_consent(
    view: CookiesView, stack: QUndoStack
) -> None:
    _select(view, "_cbm_id")
    row = view.editor.rows["exemption_conditions"]
    assert isinstance(row, TextField)
    assert row.isVisible() and row.label.text() == "Consent exemption conditions"
    assert row.hint_label is not None and row.hint_label.text() == (
        "For a cookie that is not strictly necessary and set without consent: the conditions "
        "of the authority's exemption it meets."
    )
    before = (_cookie(view.db, "_cbm_id") or m.Cookie()).exemption_conditions
    conditions = "CNIL audience measurement: no cross-site tracking, 13 months at most"
    row.text_edit.setPlainText(conditions)
    row.text_edit.editing_finished.emit()  # what leaving the field does
    cookie = _cookie(view.db, "_cbm_id")
    assert cookie is not None and cookie.exemption_conditions == conditions
    stack.undo()
    cookie = _cookie(view.db, "_cbm_id")
    assert cookie is not None and cookie.exemption_conditions == before
    assert row.text_edit.toPlainText() == (before or "")
