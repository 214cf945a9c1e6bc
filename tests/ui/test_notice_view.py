"""The privacy notice page: live preview (languages, audiences, edits), status and publishing,
published versions, gaps, export to every format, copy, and the main window's wiring."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from ropa.core import services
from ropa.core.i18n import value_label
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.versions import list_versions
from ropa.ui.commands import RegisterEvents, UpdateEntityCommand, push
from ropa.ui.main_window import PAGE_ACTIVITIES, PAGE_CONTRACTS, PAGE_NOTICE, MainWindow
from ropa.ui.views.notice_actions import release_clipboard
from ropa.ui.views.notice_panels import ActivityIdRole
from ropa.ui.views.notice_view import NoticeView
from tests.ui.dialog_support import record_boxes, save_as

DEMO_NAME = "Clairbois Informatique SRL"
RECRUITMENT = "Recrutement"
NEWSLETTER = "Lettre d'information « Clairbois Infos »"
HOSTILE = "<script>alert(1)</script>"


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


@pytest.fixture
def events(qapp: Any) -> RegisterEvents:
    return RegisterEvents()


def _view(db: RegisterDatabase, events: RegisterEvents, qtbot: Any) -> NoticeView:
    widget = NoticeView(db, events, "en")
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


@pytest.fixture
def view(demo_register: RegisterDatabase, events: RegisterEvents, qtbot: Any) -> NoticeView:
    return _view(demo_register, events, qtbot)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """The message boxes shown, recorded instead of waiting; questions are answered Yes."""
    return record_boxes(monkeypatch, yes_to_questions=True)


def text(view: NoticeView) -> str:
    """The preview's text (the preview writes no-break spaces as plain ones)."""
    return view.preview.toPlainText()


def plain(value: str) -> str:
    return value.replace("\xa0", " ")


def pick(combo: Any, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def activity_id(db: RegisterDatabase, reference: str) -> str:
    with db.reader() as session:
        return session.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one()


def rename(db: RegisterDatabase, stack: QUndoStack, events: RegisterEvents, name: str) -> None:
    command = UpdateEntityCommand(
        db, m.Activity, activity_id(db, "T-04"), {"name": name}, events=events
    )
    assert push(stack, command) is None


def small_register(register: RegisterDatabase, email: str | None = "info@exemple.be") -> str:
    """An organisation (in French) of one's own in the empty register; returns its id."""
    with register.transaction() as session:
        values = {"legal_name": "Exemple SRL", "country": "BE", "language": "fr"}
        if email:
            values["email"] = email
        return str(services.create_organisation(session, values).id)


def public_activity(register: RegisterDatabase, organisation_id: str, **values: Any) -> str:
    base = {
        "reference": "T-1",
        "name": "Gestion des clients",
        "status": "active",
        "in_notice": True,
        "audiences": ["clients"],
    }
    base.update(values)
    with register.transaction() as session:
        activity = services.create(session, m.Activity, base, organisation_id)
        # A retention period: without one the notice cannot be published.
        services.create(
            session,
            m.RetentionPhase,
            {"duration_value": 5, "duration_unit": "years", "start_event": "end_of_contract"},
            activity.id,
        )
        return str(activity.id)


# -- the preview ------------------------------------------------------------------------------


def test_the_preview_follows_the_language_picker(view: NoticeView, demo_register: Any) -> None:
    assert view.notice_language() == "fr"  # the organisation's register language
    for lang in ("fr", "nl", "en"):
        pick(view.language_combo, lang)
        expected = build_notice(demo_register, lang=lang)
        shown = text(view)
        assert plain(expected.organisation_name) in shown  # in lang: "… SRL", "… BV"
        assert plain(expected.title) in shown and plain(expected.version_line) in shown
        for section in expected.sections:
            assert plain(section.title) in shown, (lang, section.title)
    assert "Vos droits" not in text(view) and "Your rights" in text(view)


def test_an_audience_shows_only_its_activities(view: NoticeView) -> None:
    assert RECRUITMENT in text(view) and NEWSLETTER in text(view)
    assert view.audience_combo.itemText(0) == "All public activities"
    pick(view.audience_combo, "candidates")
    assert view.audience_combo.currentText() == value_label("en", "audience", "candidates")
    assert RECRUITMENT in text(view)
    assert NEWSLETTER not in text(view)
    pick(view.audience_combo, None)
    assert NEWSLETTER in text(view)


def test_an_edit_shows_at_once_and_undo_takes_it_back(
    view: NoticeView, demo_register: Any, stack: QUndoStack, events: RegisterEvents
) -> None:
    builds = view.refresher.reloads
    rename(demo_register, stack, events, "Recrutement des talents")
    assert "Recrutement des talents" in text(view)  # one build for the one change set
    assert view.refresher.reloads == builds + 1
    stack.undo()
    assert "Recrutement des talents" not in text(view)
    assert view.refresher.reloads == builds + 2


def test_a_hidden_page_reads_again_when_shown(
    view: NoticeView, demo_register: Any, stack: QUndoStack, events: RegisterEvents, qtbot: Any
) -> None:
    view.hide()
    rename(demo_register, stack, events, "Recrutement des talents")
    qtbot.wait(300)
    assert "Recrutement des talents" not in text(view)
    view.show()
    assert "Recrutement des talents" in text(view)


def test_links_do_not_leave_the_preview(view: NoticeView) -> None:
    assert not view.preview.openLinks() and not view.preview.openExternalLinks()


def test_texts_typed_in_the_register_show_literally(
    empty_register: RegisterDatabase, events: RegisterEvents, qtbot: Any
) -> None:
    organisation = small_register(empty_register)
    public_activity(empty_register, organisation, name=HOSTILE)
    view = _view(empty_register, events, qtbot)
    assert HOSTILE in text(view)


# -- publishing and versions ------------------------------------------------------------------


def test_publish_then_nothing_new_then_an_edit_shows_the_changes(
    view: NoticeView,
    demo_register: Any,
    stack: QUndoStack,
    events: RegisterEvents,
    boxes: list[QMessageBox],
    qtbot: Any,
) -> None:
    banner = view.banner
    assert "Not published yet" in banner.status_label.text()
    qtbot.mouseClick(view.publish_button, Qt.MouseButton.LeftButton)
    assert "version 1" in boxes[-1].text()  # the confirmation names the version
    [version] = list_versions(demo_register)
    assert version.number == 1
    assert "Version 1 published on" in banner.status_label.text()
    assert "up to date" in banner.status_label.text()
    assert not banner.warning_label.isVisible()
    assert view.versions_panel.table.rowCount() == 1
    assert stack.count() == 0  # a published version is a record, not an undoable step

    asked = len(boxes)
    qtbot.mouseClick(view.publish_button, Qt.MouseButton.LeftButton)
    assert len(boxes) == asked + 1  # no confirmation: only the answer
    assert "no new version" in boxes[-1].text()
    assert len(list_versions(demo_register)) == 1

    rename(demo_register, stack, events, "Recrutement des talents")
    purposes = build_notice(demo_register, lang="fr").section("purposes")
    assert purposes is not None
    qtbot.waitUntil(lambda: "Changed since version 1" in banner.status_label.text())
    assert purposes.title in banner.status_label.text()
    assert banner.warning_label.isVisible()
    assert "changed after version 1" in banner.warning_label.text()
    assert banner.show_changes_button.isVisible()
    qtbot.mouseClick(banner.show_changes_button, Qt.MouseButton.LeftButton)
    dialog = view.changes_dialog
    assert dialog is not None and dialog.isVisible()
    assert "+ " in dialog.text() and "Recrutement des talents" in dialog.text()
    assert "\u2212 " in dialog.text()  # the old lines, removed

    stack.undo()  # the edit is undone; the published version stays
    qtbot.waitUntil(lambda: "up to date" in banner.status_label.text())
    assert len(list_versions(demo_register)) == 1
    assert "changed after version 1" in banner.warning_label.text()


def test_a_cancelled_confirmation_publishes_nothing(
    view: NoticeView, demo_register: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: int(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(view.publish_button, Qt.MouseButton.LeftButton)
    assert list_versions(demo_register) == []


def test_a_published_version_can_be_shown_and_exported(
    view: NoticeView,
    demo_register: Any,
    stack: QUndoStack,
    events: RegisterEvents,
    boxes: list[QMessageBox],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    pick(view.audience_combo, "candidates")
    view.publish()
    rename(demo_register, stack, events, "Recrutement des talents")
    qtbot.waitUntil(lambda: "Recrutement des talents" in text(view))
    view.versions_panel.select_version(view.versions_panel.versions()[0].id)
    qtbot.mouseClick(view.versions_panel.show_button, Qt.MouseButton.LeftButton)
    assert "Recrutement des talents" not in text(view)
    assert "Showing published version 1" in view.banner.version_label.text()
    assert view.banner.back_button.isVisible()

    offered = save_as(monkeypatch, tmp_path / "v1")
    view.export_actions["md"].trigger()
    assert Path(offered[0]).name == "privacy-notice-candidates-fr-v1.md"
    written = (tmp_path / "v1.md").read_text(encoding="utf-8")
    assert RECRUITMENT in written and "Recrutement des talents" not in written

    qtbot.mouseClick(view.banner.back_button, Qt.MouseButton.LeftButton)
    assert "Recrutement des talents" in text(view)
    assert not view.banner.version_label.isVisible()


def set_version_label(db: RegisterDatabase, label: str, day: date) -> None:
    """The firm's own notice version label and date, as typed on the organisation's page."""
    with db.transaction() as session:
        organisation = session.scalars(select(m.Organisation.id)).first()
        values = {"notice_version_label": label, "notice_version_date": day}
        services.update(session, m.Organisation, organisation, values)


def test_a_published_version_shows_the_firms_own_label_as_published(
    view: NoticeView, demo_register: Any, boxes: list[QMessageBox], qtbot: Any
) -> None:
    published_line = "Version v2.3 \u2013 mise à jour le 1er mars 2026"
    set_version_label(demo_register, "v2.3", date(2026, 3, 1))
    view.refresh()
    assert plain(published_line) in text(view)
    qtbot.mouseClick(view.publish_button, Qt.MouseButton.LeftButton)
    assert view.versions_panel.table.item(0, 0).text() == "1 (v2.3)"  # both names of it

    # The firm moves to its next label without changing the notice: no new version, and the
    # page says with which line the version was published.
    set_version_label(demo_register, "v2.4", date(2026, 4, 15))
    view.refresh()
    assert "Version v2.4 \u2013 mise à jour le 15 avril 2026" in plain(text(view))
    status = view.banner.status_label.text()
    assert "up to date" in status and f"last published as “{published_line}”" in status
    qtbot.mouseClick(view.publish_button, Qt.MouseButton.LeftButton)
    assert "no new version" in boxes[-1].text()
    assert view.versions_panel.table.rowCount() == 1

    # Reopened from the history, version 1 shows the line it was published with.
    view.versions_panel.select_version(view.versions_panel.versions()[0].id)
    qtbot.mouseClick(view.versions_panel.show_button, Qt.MouseButton.LeftButton)
    assert "Showing published version 1" in view.banner.version_label.text()
    assert plain(published_line) in text(view) and "v2.4" not in text(view)
    shown = view.shown_document()
    assert shown is not None and shown.version_line == published_line


# -- not ready --------------------------------------------------------------------------------


def test_an_empty_organisation_is_not_ready(
    empty_register: RegisterDatabase, events: RegisterEvents, boxes: list[QMessageBox], qtbot: Any
) -> None:
    small_register(empty_register, email=None)
    view = _view(empty_register, events, qtbot)
    assert "Exemple SRL" in text(view)
    status = view.banner.status_label.text()
    assert "Not ready to publish: 2 item" in status  # no activity, no e-mail
    gaps = view.gaps_panel.list
    assert gaps.count() >= 2
    first = gaps.item(0)
    assert first is not None and not first.icon().isNull()  # blocking: warning icon, first
    document = view.current_document()
    assert document is not None
    messages = [gap.message("en") for gap in document.gaps if gap.blocking]
    assert any(message in first.text() for message in messages)
    for button in (view.publish_button, view.export_button, view.copy_button):
        assert not button.isEnabled()
        assert "not ready" in button.toolTip()
    assert not any(action.isEnabled() for action in view.export_actions.values())
    assert view.publish() is None  # even if asked: the reasons are listed
    assert "complete the register" in boxes[-1].text()
    assert list_versions(empty_register) == []


def test_a_text_missing_in_the_notice_language_is_to_complete(
    empty_register: RegisterDatabase,
    events: RegisterEvents,
    stack: QUndoStack,
    boxes: list[QMessageBox],
    qtbot: Any,
) -> None:
    with empty_register.transaction() as session:
        organisation = str(
            services.create_organisation(
                session,
                {
                    "legal_name": "Exemple",
                    "legal_name_nl": "Voorbeeld",
                    "country": "BE",
                    "language": "fr",
                    "other_languages": ["nl"],
                    "email": "info@exemple.be",
                },
            ).id
        )
    activity = public_activity(empty_register, organisation, name_nl="Klantenbeheer")
    with empty_register.transaction() as session:
        purpose = str(
            services.create(
                session,
                m.Purpose,
                {"description": "Facturer", "legal_basis": "contract", "position": 0},
                activity,
            ).id
        )
    view = _view(empty_register, events, qtbot)
    assert view.publish_button.isEnabled()  # in French, nothing is missing
    pick(view.language_combo, "nl")
    qtbot.waitUntil(lambda: "Klantenbeheer" in text(view))
    assert "[FR] Facturer" in text(view)  # the preview shows the French, marked
    gaps = view.gaps_panel.list
    item = gaps.item(0)
    assert item is not None and not item.icon().isNull()  # blocking, first
    assert "T-1 \u2013 Klantenbeheer, Purpose 1" in item.text()
    assert "No Dutch text" in item.text()
    assert item.data(ActivityIdRole) == activity
    assert not view.publish_button.isEnabled() and "not ready" in view.publish_button.toolTip()
    assert view.publish() is None
    assert "No Dutch text" in boxes[-1].detailedText() + boxes[-1].informativeText()
    assert list_versions(empty_register) == []

    command = UpdateEntityCommand(
        empty_register, m.Purpose, purpose, {"description_nl": "Factureren"}, events=events
    )
    assert push(stack, command) is None
    # In the sentence after the activity's name: "Klantenbeheer: factureren."
    qtbot.waitUntil(lambda: "factureren" in text(view))
    assert "[FR]" not in text(view)
    assert all("No Dutch text" not in gaps.item(n).text() for n in range(gaps.count()))
    assert view.publish_button.isEnabled()


def test_a_register_without_organisation_shows_no_notice(
    empty_register: RegisterDatabase, events: RegisterEvents, qtbot: Any
) -> None:
    view = _view(empty_register, events, qtbot)
    assert "no organisation" in view.banner.status_label.text()
    assert text(view) == ""
    assert not view.publish_button.isEnabled() and not view.copy_button.isEnabled()


def test_activating_a_gap_asks_for_its_activity(
    empty_register: RegisterDatabase, events: RegisterEvents, qtbot: Any
) -> None:
    organisation = small_register(empty_register)
    activity = public_activity(empty_register, organisation)  # no retention
    view = _view(empty_register, events, qtbot)
    gaps = view.gaps_panel.list
    row = next(
        n for n in range(gaps.count()) if (item := gaps.item(n)) and item.data(ActivityIdRole)
    )
    item = gaps.item(row)
    assert item is not None and item.data(ActivityIdRole) == activity
    rect = gaps.visualItemRect(item)
    with qtbot.waitSignal(view.open_activity_requested) as signal:
        qtbot.mouseClick(gaps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(gaps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [activity]
    gaps.setCurrentRow(row)
    with qtbot.waitSignal(view.open_activity_requested) as signal:
        qtbot.keyClick(gaps, Qt.Key.Key_Return)
    assert signal.args == [activity]


# -- export and copy --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("format_name", "suffix"),
    [
        ("html", ".html"),
        ("fragment", ".fragment.html"),
        ("md", ".md"),
        ("pdf", ".pdf"),
        ("docx", ".docx"),
    ],
)
def test_export_writes_each_format(
    view: NoticeView,
    demo_register: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    format_name: str,
    suffix: str,
) -> None:
    offered = save_as(monkeypatch, tmp_path / "notice")
    view.export_actions[format_name].trigger()
    assert offered == [str(demo_register.path.parent / f"privacy-notice-all-fr{suffix}")]
    data = (tmp_path / f"notice{suffix}").read_bytes()
    assert data
    if format_name == "pdf":
        assert data.startswith(b"%PDF")
        reader = pypdf.PdfReader(io.BytesIO(data))
        assert DEMO_NAME in "".join(page.extract_text() for page in reader.pages[:2])
    elif format_name == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert DEMO_NAME in archive.read("word/document.xml").decode("utf-8")
    else:
        assert DEMO_NAME in data.decode("utf-8")
    if format_name == "html":
        assert data.startswith(b"<!DOCTYPE html>")


def test_an_export_that_cannot_be_written_says_so(
    view: NoticeView, boxes: list[QMessageBox], tmp_path: Path
) -> None:
    assert not view.export("html", tmp_path / "missing" / "notice.html")
    assert boxes[-1].text() == "The notice was not exported."
    assert str(tmp_path / "missing") in boxes[-1].informativeText()


def test_copy_puts_the_fragment_on_the_clipboard(view: NoticeView, qtbot: Any) -> None:
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    assert DEMO_NAME in mime.text() and mime.text().startswith("<section")
    assert DEMO_NAME in mime.html()
    # On quit, the fragment stays on the clipboard as its source text, set by Qt itself.
    copied = mime.text()
    release_clipboard()
    after = QGuiApplication.clipboard().mimeData()
    assert after.text() == copied and not after.hasHtml()


# -- in the main window -----------------------------------------------------------------------


def test_the_main_window_has_the_page_and_the_menu_entry(
    demo_register: RegisterDatabase, qtbot: Any
) -> None:
    # Something for the notice to ask: an activity without its public description.
    with demo_register.transaction() as session:
        t09 = session.scalars(select(m.Activity).where(m.Activity.reference == "T-09")).one()
        empty = {"public_description": None, "public_description_nl": None}
        services.update(session, m.Activity, t09.id, {**empty, "public_description_en": None})
    window = MainWindow(demo_register, "en")
    qtbot.addWidget(window)
    window.show()
    keys = window._page_keys
    # After the accountability file's pages: contracts, then impact assessments.
    assert keys.index(PAGE_NOTICE) == keys.index(PAGE_CONTRACTS) + 2
    item = window.sidebar.item(keys.index(PAGE_NOTICE))
    assert item is not None and item.text() == "Privacy notice" and not item.icon().isNull()
    window.notice_action.trigger()
    assert window.current_page() == PAGE_NOTICE
    assert DEMO_NAME in text(window.notice_view)
    # A gap opens its activity in the editor.
    document = window.notice_view.current_document()
    assert document is not None
    activity = next(gap.activity_id for gap in document.gaps if gap.activity_id)
    window.notice_view.open_activity_requested.emit(activity)
    assert window.current_page() == PAGE_ACTIVITIES
    assert window.activities_view.editor.activity_id == activity


def test_another_organisation_gets_its_own_notice_and_language(
    view: NoticeView, demo_register: Any
) -> None:
    with demo_register.transaction() as session:
        values = {"legal_name": "Tweede BV", "country": "BE", "language": "nl"}
        other = str(services.create_organisation(session, values).id)
    view.set_organisation(other)
    assert view.notice_language() == "nl"
    assert "Tweede BV" in text(view) and DEMO_NAME not in text(view)
    assert plain(build_notice(demo_register, other, lang="nl").title) in text(view)
