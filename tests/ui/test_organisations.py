"""Several organisations in one register file: the switcher shows one at a time on every page."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from ropa.core import services
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.main_window import PAGE_PARTIES, MainWindow


@pytest.fixture
def second_org(demo_register: RegisterDatabase) -> str:
    """A second organisation, with one party and one activity of its own."""
    with demo_register.transaction() as session:
        org = services.create_organisation(
            session, {"legal_name": "Atelier Numérique SAS", "country": "FR", "language": "fr"}
        )
        services.create(session, m.Party, {"name": "Hébergeur Lyon", "kind": "processor"}, org.id)
        services.create(
            session,
            m.Activity,
            {"reference": "AN-1", "name": "Gestion des clients", "role": "controller"},
            org.id,
        )
        return str(org.id)


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase, second_org: str) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


def _party_names(window: MainWindow) -> list[str]:
    model = window.parties_view.model
    return [model.party_row(row).name for row in range(model.rowCount())]


def test_a_single_organisation_hides_the_switcher(
    qtbot: Any, demo_register: RegisterDatabase
) -> None:
    window = MainWindow(demo_register, "en")
    qtbot.addWidget(window)
    window.show()
    assert not window.organisation_bar.isVisible()


def test_switching_organisation_changes_every_page(window: MainWindow, second_org: str) -> None:
    assert window.organisation_bar.isVisible()
    combo = window.switcher.combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Atelier Numérique SAS", "Clairbois Informatique SRL"]
    first = window.organisation_id()
    assert first is not None and first != second_org
    assert "Hébergeur Lyon" not in _party_names(window)
    assert "Clairbois Informatique SRL" in window.status_label.text()

    combo.setCurrentIndex(combo.findData(second_org))
    combo.activated.emit(combo.currentIndex())

    assert window.organisation_id() == second_org
    assert _party_names(window) == ["Hébergeur Lyon"]
    assert window.cookies_view.model.rowCount() == 0
    assert "Atelier Numérique SAS" in window.status_label.text()
    references = [window.model.index(row, 0).data() for row in range(window.model.rowCount())]
    assert references == ["AN-1"]


def test_a_new_party_goes_to_the_organisation_shown(
    window: MainWindow, second_org: str, demo_register: RegisterDatabase
) -> None:
    window.set_organisation(second_org)
    window.show_page(PAGE_PARTIES)
    window.parties_view.new_button.click()
    with demo_register.reader() as session:
        owners = session.scalars(
            select(m.Party.organisation_id).where(m.Party.name == "Nouvel organisme externe")
        ).all()
    assert owners == [second_org]
    window.undo_action.trigger()
    with demo_register.reader() as session:
        named = select(m.Party).where(m.Party.name == "Nouvel organisme externe")
        assert session.scalars(named).all() == []
