"""New entries are named in the register's document language (the organisation's), not in the
interface language: a French or Dutch register used with an English interface gets "Nouvelle
finalité" / "Nieuw doeleinde" rows, which its PDF register and notice then show as typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from ropa.core.register import create_register
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.main_window import (
    PAGE_ACTIVITIES,
    PAGE_CATALOGUES,
    PAGE_COOKIES,
    PAGE_PARTIES,
    PAGE_PROCESSOR_ACTIVITIES,
    MainWindow,
)

NAMES = {
    "fr": {
        "activity": "Nouvelle activité de traitement",
        "processor": "Nouvelle activité de sous-traitance",
        "purpose": "Nouvelle finalité",
        "source": "Nouvelle source",
        "recipient": "Nouveau destinataire",
        "party": "Nouvel organisme externe",
        "cookie": "Nouveau cookie",
        "data_category": "Nouvelle catégorie de données",
    },
    "nl": {
        "activity": "Nieuwe verwerkingsactiviteit",
        "processor": "Nieuwe verwerkersactiviteit",
        "purpose": "Nieuw doeleinde",
        "source": "Nieuwe bron",
        "recipient": "Nieuwe ontvanger",
        "party": "Nieuwe externe partij",
        "cookie": "Nieuwe cookie",
        "data_category": "Nieuwe gegevenscategorie",
    },
}


@pytest.fixture(params=["fr", "nl"])
def register(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RegisterDatabase]:
    lang = request.param
    organisation = {"legal_name": "Octet SRL", "country": "BE", "language": lang}
    db = create_register(tmp_path / f"{lang}.ropa", language=lang, organisation=organisation)
    yield db
    db.close()


@pytest.fixture
def window(qtbot: Any, register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(register, "en")  # an English interface
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


def _language(db: RegisterDatabase) -> str:
    with db.reader() as session:
        return session.scalars(select(m.Organisation)).one().language.value


def _names(db: RegisterDatabase, column: Any) -> list[str]:
    with db.reader() as session:
        return [str(name) for name in session.scalars(select(column))]


def test_a_new_activity_and_its_children_in_the_document_language(
    qtbot: Any, window: MainWindow, register: RegisterDatabase
) -> None:
    names = NAMES[_language(register)]
    window.show_page(PAGE_ACTIVITIES)
    view = window.activities_view
    assert view.new_button.text() == "New activity"  # the interface stays English
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert _names(register, m.Activity.name) == [names["activity"]]
    editor = view.editor
    assert editor.title.text() == f"T-01 — {names['activity']}"

    qtbot.mouseClick(editor.purposes.add_button, Qt.MouseButton.LeftButton)
    assert _names(register, m.Purpose.description) == [names["purpose"]]
    qtbot.mouseClick(editor.people.sources.add_button, Qt.MouseButton.LeftButton)
    assert _names(register, m.DataSource.description) == [names["source"]]
    qtbot.mouseClick(editor.recipients.recipients.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.recipients.transfers.add_button, Qt.MouseButton.LeftButton)
    assert _names(register, m.ActivityRecipient.recipient_name) == [names["recipient"]]
    assert _names(register, m.Transfer.recipient_name) == [names["recipient"]]

    window.show_page(PAGE_PROCESSOR_ACTIVITIES)
    qtbot.mouseClick(window.processor_view.new_button, Qt.MouseButton.LeftButton)
    assert names["processor"] in _names(register, m.Activity.name)


def test_a_new_party_cookie_and_catalogue_entry_in_the_document_language(
    qtbot: Any, window: MainWindow, register: RegisterDatabase
) -> None:
    names = NAMES[_language(register)]
    window.show_page(PAGE_PARTIES)
    qtbot.mouseClick(window.parties_view.new_button, Qt.MouseButton.LeftButton)
    assert _names(register, m.Party.name) == [names["party"]]
    window.show_page(PAGE_COOKIES)
    qtbot.mouseClick(window.cookies_view.new_button, Qt.MouseButton.LeftButton)
    assert _names(register, m.Cookie.name) == [names["cookie"]]
    window.show_page(PAGE_CATALOGUES)
    before = set(_names(register, m.DataCategory.name))
    qtbot.mouseClick(window.catalogues_view.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.catalogues_view.new_button, Qt.MouseButton.LeftButton)
    added = set(_names(register, m.DataCategory.name)) - before
    assert added == {names["data_category"], f"{names['data_category']} (2)"}
