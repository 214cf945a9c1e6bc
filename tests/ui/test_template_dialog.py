"""Add activities from templates: the dialog's search, country filter and preview, and adding
checked templates from the processing activities page as one undo step (with the catalogue
entries the templates had to create)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from ropa.core.services import create_organisation
from ropa.core.templates import get_template
from ropa.db import models as m
from ropa.db.enums import Status
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import AddTemplatesCommand, RegisterEvents, push
from ropa.ui.dialogs import template_dialog
from ropa.ui.dialogs.template_dialog import TemplateDialog
from ropa.ui.main_window import PAGE_ACTIVITIES, MainWindow

PICKED = ["newsletter", "be-payroll", "backups"]


@pytest.fixture
def dialog(qtbot: Any) -> TemplateDialog:
    widget = TemplateDialog("fr", "BE", "en")
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.show_page(PAGE_ACTIVITIES)
    return main_window


def check(dialog: TemplateDialog, template_id: str) -> None:
    """Tick a template's box as a user does (the item's check state)."""
    item = dialog.item_of(template_id)
    assert item is not None and not item.isHidden()
    item.setCheckState(Qt.CheckState.Checked)


def choose_country(dialog: TemplateDialog, code: str | None) -> None:
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData(code))


def when_dialog_opens(qtbot: Any, act: Callable[[TemplateDialog], None]) -> list[bool]:
    """Run act on the template dialog once it is shown modal (exec runs its own loop)."""
    done: list[bool] = []

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, TemplateDialog):
            QTimer.singleShot(10, attempt)
            return
        act(widget)
        done.append(True)

    QTimer.singleShot(0, attempt)
    return done


def activity_ids(db: RegisterDatabase) -> set[str]:
    with db.reader() as session:
        return set(session.scalars(select(m.Activity.id)))


def test_search_filters_title_and_summary(qtbot: Any, dialog: TemplateDialog) -> None:
    all_shown = dialog.visible_ids()
    assert "newsletter" in all_shown and "customers" in all_shown
    qtbot.keyClicks(dialog.search_edit, "lettre")  # the title "Lettre d'information"
    assert dialog.visible_ids() == ["newsletter"]
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "intrusions")  # only in a summary
    assert dialog.visible_ids() == ["be-video-surveillance"]
    dialog.search_edit.clear()
    assert dialog.visible_ids() == all_shown


def test_country_filter_hides_the_other_countrys_variants(dialog: TemplateDialog) -> None:
    assert dialog.country_combo.currentData() == "BE"  # the organisation's country
    shown = dialog.visible_ids()
    assert "be-payroll" in shown and "fr-payroll" not in shown
    assert "newsletter" in shown  # common templates stay
    choose_country(dialog, "FR")
    shown = dialog.visible_ids()
    assert "fr-payroll" in shown and "be-payroll" not in shown
    choose_country(dialog, None)
    assert {"fr-payroll", "be-payroll"} <= set(dialog.visible_ids())


def test_country_filter_leaves_out_a_hidden_checked_template(dialog: TemplateDialog) -> None:
    check(dialog, "be-payroll")
    check(dialog, "newsletter")
    choose_country(dialog, "FR")
    assert dialog.checked_ids() == ["newsletter"]
    assert dialog.add_button.text() == "Add 1 activities"


def test_preview_shows_purposes_and_legal_references(qtbot: Any, dialog: TemplateDialog) -> None:
    qtbot.keyClicks(dialog.search_edit, "paie")
    item = dialog.item_of("be-payroll")
    dialog.template_list.setCurrentItem(item)
    text = dialog.preview.toPlainText()
    assert text.startswith("Paie et administration du personnel (Belgique)")
    assert "Calculer et payer la rémunération" in text  # a purpose, in French
    assert "Obligation légale" in text  # its legal basis, labelled
    assert "Durées de conservation" in text and "Archivage intermédiaire — 5 ans" in text
    assert "Loi du 3 juillet 1978 relative aux contrats de travail" in text  # a legal reference
    assert "Regulation (EU) 2016/679" in text


def test_preview_shows_markup_literally(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, dialog: TemplateDialog
) -> None:
    template = copy.deepcopy(get_template("newsletter"))
    template["summary"]["fr"] = "<b>gras</b> & <script>x</script>"
    monkeypatch.setattr(template_dialog, "get_template", lambda _id: template)
    dialog.template_list.setCurrentItem(dialog.item_of("customers"))
    dialog.template_list.setCurrentItem(dialog.item_of("newsletter"))
    assert "<b>gras</b> & <script>x</script>" in dialog.preview.toPlainText()
    assert "<b>gras</b>" in dialog.preview.toHtml().replace("&lt;", "<").replace("&gt;", ">")


def test_add_button_disabled_with_none_checked(dialog: TemplateDialog) -> None:
    assert not dialog.add_button.isEnabled()
    check(dialog, "newsletter")
    check(dialog, "backups")
    assert dialog.add_button.isEnabled()
    assert dialog.add_button.text() == "Add 2 activities"
    for template_id in ("newsletter", "backups"):
        dialog.set_checked(template_id, False)
    assert not dialog.add_button.isEnabled()


def test_adding_three_templates_is_one_undo_step(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    before = activity_ids(demo_register)

    def pick(dialog: TemplateDialog) -> None:
        for template_id in PICKED:
            check(dialog, template_id)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    done = when_dialog_opens(qtbot, pick)
    qtbot.mouseClick(window.activities_view.template_button, Qt.MouseButton.LeftButton)
    assert done == [True]

    added = activity_ids(demo_register) - before
    assert len(added) == 3
    with demo_register.reader() as session:
        rows = session.scalars(select(m.Activity).where(m.Activity.id.in_(added))).all()
        assert {row.status for row in rows} == {Status.DRAFT}
        names = {row.name for row in rows}
        purposes = session.scalar(
            select(func.count()).select_from(m.Purpose).where(m.Purpose.activity_id.in_(added))
        )
    assert "Paie et administration du personnel" in " ".join(names)  # organisation's language
    assert purposes
    view = window.activities_view
    assert window.current_page() == PAGE_ACTIVITIES
    assert set(view.selected_ids()) == added  # every one shown selected
    assert view.opened_activity() in added
    assert window.undo_stack.undoText() == "Add 3 activities from templates"

    window.undo_action.trigger()
    assert activity_ids(demo_register) == before
    qtbot.waitUntil(lambda: not any(view.model.contains(i) for i in added))

    window.redo_action.trigger()
    assert activity_ids(demo_register) - before == added  # the same ids
    qtbot.waitUntil(lambda: all(view.model.contains(i) for i in added))
    with demo_register.reader() as session:
        count = session.scalar(
            select(func.count()).select_from(m.Purpose).where(m.Purpose.activity_id.in_(added))
        )
    assert count == purposes


def test_menu_entry_and_cancel_add_nothing(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    before = activity_ids(demo_register)

    def cancel(dialog: TemplateDialog) -> None:
        check(dialog, "newsletter")
        dialog.reject()

    done = when_dialog_opens(qtbot, cancel)
    window.templates_action.trigger()
    assert done == [True]
    assert activity_ids(demo_register) == before
    assert window.undo_stack.count() == 0


def test_undo_also_removes_the_catalogue_entries_templates_created(
    empty_register: RegisterDatabase,
) -> None:
    db = empty_register
    with db.transaction() as session:
        organisation_id = create_organisation(
            session, {"legal_name": "Bare SRL", "country": "BE", "language": "nl"}, seed=False
        ).id
    stack, events = QUndoStack(), RegisterEvents()
    command = AddTemplatesCommand(db, events, organisation_id, ["newsletter", "backups"], None)
    assert push(stack, command) is None

    def state() -> tuple[set[str], set[str], set[str]]:
        with db.reader() as session:
            return (
                set(session.scalars(select(m.Activity.id))),
                set(session.scalars(select(m.DataCategory.id))),
                set(session.scalars(select(m.SecurityMeasure.name))),
            )

    activities, categories, measures = state()
    assert set(command.activity_ids) == activities and len(activities) == 2
    assert categories and measures  # seeded on demand, in Dutch (the organisation's language)
    with db.reader() as session:
        names = set(session.scalars(select(m.Activity.name)))
    assert any("nieuwsbrief" in name.casefold() for name in names)
    stack.undo()
    assert state() == (set(), set(), set())
    stack.redo()
    assert state() == (activities, categories, measures)


def test_the_client_is_asked_only_for_processor_templates(dialog: TemplateDialog) -> None:
    assert dialog.client_combo.isHidden() and dialog.client_name() is None
    check(dialog, "newsletter")
    assert dialog.client_combo.isHidden()
    check(dialog, "processor-support")
    assert not dialog.client_combo.isHidden() and not dialog.client_label.isHidden()
    assert dialog.client_name() is None  # nothing typed: the clients are named later
    dialog.client_combo.setEditText("  Client   Alpha SA ")
    assert dialog.client_name() == "Client Alpha SA"
    dialog.set_checked("processor-support", False)
    assert dialog.client_combo.isHidden() and dialog.client_name() is None


def test_a_processor_template_gets_the_client_picked_and_undo_removes_a_new_one(
    qtbot: Any, window: MainWindow, demo_register: RegisterDatabase
) -> None:
    db = demo_register
    with db.reader() as session:
        parties_before = set(session.scalars(select(m.Party.id)))

    def pick(dialog: TemplateDialog) -> None:
        clients = [dialog.client_combo.itemText(i) for i in range(dialog.client_combo.count())]
        assert "Transports Grandmont SA" in clients  # the demo's clients are offered
        check(dialog, "processor-hosting")
        dialog.client_combo.setEditText("Nouveau Client SA")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    done = when_dialog_opens(qtbot, pick)
    window.templates_action.trigger()
    assert done == [True]
    with db.reader() as session:
        [added] = session.scalars(
            select(m.Activity)
            .where(m.Activity.status == Status.DRAFT)
            .where(m.Activity.reference.like("ST-%"))
        ).all()
        assert [c.party.name for c in added.clients] == ["Nouveau Client SA"]
        assert added.clients[0].party.kind.value == "client_controller"
    window.undo_action.trigger()
    with db.reader() as session:
        assert set(session.scalars(select(m.Party.id))) == parties_before
