"""Preferences: the interface language is switched while the application runs, without losing
the register, the page, the open activity, the search or the undo history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.dialogs.preferences import PreferencesDialog
from ropa.ui.forms.fields import LineField
from ropa.ui.language import current_language, install_translators, remove_translators
from ropa.ui.main_window import PAGE_ACTIVITIES, PAGE_HISTORY, MainWindow
from ropa.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase, settings: Settings) -> Iterator[MainWindow]:
    install_translators("en")
    main_window = MainWindow(demo_register, "en", settings)
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    remove_translators()


def _closed_after(window: MainWindow, qtbot: Any, new: MainWindow) -> None:
    qtbot.addWidget(new)
    assert not window.isVisible()
    assert new.isVisible()


def _name(db: RegisterDatabase, reference: str) -> str:
    with db.reader() as s:
        return s.scalars(select(m.Activity.name).where(m.Activity.reference == reference)).one()


def _open(window: MainWindow, reference: str) -> str:
    with window.db.reader() as s:
        activity_id = s.scalars(
            select(m.Activity.id).where(m.Activity.reference == reference)
        ).one()
    window.open_activity(activity_id)
    return activity_id


def test_switching_to_french_keeps_page_activity_search_and_undo(
    window: MainWindow, qtbot: Any, settings: Settings
) -> None:
    activity_id = _open(window, "T-01")
    name_row = window.activities_view.editor.general.rows["name"]
    assert isinstance(name_row, LineField)
    name_row.line.setText("Payroll (renamed)")
    name_row.line.editingFinished.emit()
    assert _name(window.db, "T-01") == "Payroll (renamed)"
    window.activities_view.editor.section_pages.setCurrentIndex(1)
    window.search_edit.setText("T-0")

    new = window.change_language("fr")
    _closed_after(window, qtbot, new)

    assert current_language() == "fr"
    assert settings.language() == "fr"
    assert new.language == "fr"
    assert new.sidebar.item(0).text() == "Vue d’ensemble"
    assert new.current_page() == PAGE_ACTIVITIES
    assert new.search_edit.text() == "T-0"
    assert new.activities_view.editor.activity_id == activity_id
    assert new.activities_view.editor.section_pages.currentIndex() == 1
    assert new.db is window.db
    # The edit made before the switch is undone from the new window, in French.
    assert new.undo_action.text().startswith("Annuler")
    new.undo_action.trigger()
    assert _name(new.db, "T-01") != "Payroll (renamed)"
    new.redo_action.trigger()
    assert _name(new.db, "T-01") == "Payroll (renamed)"
    # ... and the new window's editor follows the register.
    qtbot.waitUntil(lambda: new.activities_view.editor.title.text().endswith("(renamed)"))


def test_switching_to_dutch_from_another_page_then_back_to_the_system_language(
    window: MainWindow, qtbot: Any, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page(PAGE_HISTORY)
    dutch = window.change_language("nl")
    _closed_after(window, qtbot, dutch)
    assert dutch.sidebar.item(0).text() == "Overzicht"
    assert dutch.current_page() == PAGE_HISTORY

    monkeypatch.setenv("ROPA_LANG", "en")
    back = dutch.change_language(None)
    _closed_after(dutch, qtbot, back)
    assert settings.language() is None
    assert back.sidebar.item(0).text() == "Overview"
    assert back.current_page() == PAGE_HISTORY


def test_the_same_language_keeps_the_window(window: MainWindow, settings: Settings) -> None:
    assert window.change_language("en") is window
    assert window.isVisible()
    assert settings.language() == "en"


def test_edit_preferences_opens_the_dialog_and_applies_the_choice(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str | None] = []

    def exec_(dialog: PreferencesDialog) -> int:
        seen.append(dialog.choice())
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)
    replaced: list[MainWindow] = []
    window.replaced.connect(replaced.append)
    window.preferences_action.trigger()
    assert seen == [None]  # nothing chosen yet: the system's language
    assert len(replaced) == 1
    _closed_after(window, qtbot, replaced[0])
    assert replaced[0].language == "fr"


def test_the_dialog_offers_each_language_in_itself(qtbot: Any) -> None:
    dialog = PreferencesDialog("nl")
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["Français", "Nederlands", "English"]
    assert dialog.choice() == "nl"
    dialog.language.setCurrentIndex(0)
    assert dialog.choice() is None


def test_the_name_set_in_preferences_is_recorded_in_new_history_rows(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ropa.ui.models.history_table_model import COL_USER

    def exec_(dialog: PreferencesDialog) -> int:
        assert dialog.name_edit.placeholderText() == window.db.login
        dialog.name_edit.setText("  Chloé   Lambert ")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(PreferencesDialog, "exec", exec_)
    window.preferences_action.trigger()
    assert window.db.user == "Chloé Lambert"
    _open(window, "T-01")
    name_row = window.activities_view.editor.general.rows["name"]
    assert isinstance(name_row, LineField)
    name_row.line.setText("Payroll (renamed)")
    name_row.line.editingFinished.emit()
    window.show_page(PAGE_HISTORY)
    view = window.history_view
    qtbot.waitUntil(lambda: view.proxy.index(0, COL_USER).data() == "Chloé Lambert")
    users = {view.proxy.index(n, COL_USER).data() for n in range(view.proxy.rowCount())}
    assert users == {"Chloé Lambert", window.db.login}  # the demo import keeps its login

    def shown_again(dialog: PreferencesDialog) -> int:
        assert dialog.user_name() == "Chloé Lambert"
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(PreferencesDialog, "exec", shown_again)
    window.preferences_action.trigger()
