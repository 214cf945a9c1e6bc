"""The organisation page: the profile form in groups, edits saved with undo, identifiers checked
inline (a wrong number is shown under its field and nothing is saved), the supervisory
authority derived from the country or chosen, the document languages (a language added gets
the seeded catalogues' texts and the legal form proposed; another main language asked for
first, refused while a name lacks it, undone), and the page following the organisation and the
register it is given."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack, QWheelEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ropa.core import services
from ropa.core.errors import RopaError
from ropa.core.organisation_profile import national_law
from ropa.core.register import open_register
from ropa.core.services import create_organisation, seed_catalogues
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import (
    ChoicesField,
    ComboField,
    DateField,
    LineField,
    NumberField,
    TextField,
)
from ropa.ui.views.organisation_view import OrganisationView
from tests.ui.dialog_support import record_boxes

DEMO_NAME = "Clairbois Informatique SRL"


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
) -> OrganisationView:
    widget = OrganisationView(
        demo_register,
        stack,
        RegisterEvents(),
        "en",
        lambda text, error: refusals.append((text, error)),
    )
    qtbot.addWidget(widget)
    widget.resize(900, 800)
    widget.show()
    return widget


def _organisation(db: RegisterDatabase, organisation_id: str | None = None) -> m.Organisation:
    with db.reader() as s:
        query = select(m.Organisation).order_by(m.Organisation.created_at)
        if organisation_id is not None:
            query = query.where(m.Organisation.id == organisation_id)
        org = s.scalars(query.limit(1)).one()
        s.expunge(org)
        return org


def _line(view: OrganisationView, field: str) -> LineField:
    row = view.editor.rows[field]
    assert isinstance(row, LineField)
    return row


def _combo(view: OrganisationView, field: str) -> ComboField:
    row = view.editor.rows[field]
    assert isinstance(row, ComboField)
    return row


def _retype(line: LineField, text: str, qtbot: Any) -> None:
    """Select the field's text, type over it and press Enter, as a user does (ASCII only)."""
    line.line.setFocus()
    line.line.selectAll()
    qtbot.keyClicks(line.line, text)
    qtbot.keyClick(line.line, Qt.Key.Key_Return)


def test_the_form_shows_the_first_organisation_in_groups(view: OrganisationView) -> None:
    org = _organisation(view.db)
    assert view.organisation_id == org.id == view.editor.entity_id
    assert view.editor.isEnabled() and not view.empty_label.isVisible()
    assert view.editor.title.text() == DEMO_NAME
    assert _line(view, "legal_name").line.text() == DEMO_NAME
    assert _line(view, "enterprise_number").line.text() == (org.enterprise_number or "")
    assert _combo(view, "country").value() == org.country
    headings = [label.text() for label in view.editor.headings.values()]
    assert headings[:7] == [
        "Identity",
        "Document languages",
        "Address and contact",
        "Identifiers",
        "Data protection officer or privacy contact",
        "Representative in the EU (Art. 27)",
        "Supervisory authority",
    ]
    assert "Privacy notice texts" in headings
    for field in ("notice_introduction", "notice_closing", "dpo_address"):
        assert isinstance(view.editor.rows[field], TextField)


def test_editing_the_name_saves_it_and_undo_restores(
    view: OrganisationView, stack: QUndoStack, qtbot: Any
) -> None:
    _retype(_line(view, "legal_name"), "Clairbois Group SA", qtbot)
    assert _organisation(view.db).legal_name == "Clairbois Group SA"
    assert view.editor.title.text() == "Clairbois Group SA"
    assert stack.count() == 1
    stack.undo()
    assert _organisation(view.db).legal_name == DEMO_NAME
    qtbot.waitUntil(lambda: _line(view, "legal_name").line.text() == DEMO_NAME)
    assert view.editor.title.text() == DEMO_NAME
    stack.redo()
    assert _organisation(view.db).legal_name == "Clairbois Group SA"


def test_an_empty_legal_name_is_refused(view: OrganisationView, stack: QUndoStack) -> None:
    name = _line(view, "legal_name")
    name.line.clear()
    name.line.editingFinished.emit()
    assert name.has_error and name.error_label.text()
    assert _organisation(view.db).legal_name == DEMO_NAME
    assert stack.count() == 0


def test_a_bad_enterprise_number_is_shown_and_nothing_saved(
    view: OrganisationView, stack: QUndoStack, qtbot: Any
) -> None:
    before = _organisation(view.db)
    number = _line(view, "enterprise_number")
    _retype(number, "0123.456.789", qtbot)
    assert number.has_error
    assert number.error_label.isVisible()
    assert "not a valid Belgian enterprise number" in number.error_label.text()
    assert number.line.text() == "0123.456.789"  # the user's text is kept, to correct it
    after = _organisation(view.db)
    assert after.enterprise_number == before.enterprise_number
    assert after.version == before.version
    assert stack.count() == 0

    _retype(number, "0403.170.701", qtbot)  # a valid number replaces it
    assert not number.has_error and not number.error_label.isVisible()
    assert _organisation(view.db).enterprise_number == "0403.170.701"
    stack.undo()
    assert _organisation(view.db).enterprise_number == before.enterprise_number
    qtbot.waitUntil(lambda: number.line.text() == (before.enterprise_number or ""))


def test_a_bad_siren_is_shown_under_its_field(
    view: OrganisationView, stack: QUndoStack, qtbot: Any
) -> None:
    siren = _line(view, "siren")
    assert not siren.isVisible()  # a French identifier: hidden for a Belgian firm...
    view.other_identifiers.click()  # ...until asked for
    assert siren.isVisible()
    _retype(siren, "123456789", qtbot)
    assert siren.has_error and "SIREN" in siren.error_label.text()
    assert _organisation(view.db).siren is None
    assert stack.count() == 0
    _retype(siren, "732829320", qtbot)
    assert not siren.has_error
    assert _organisation(view.db).siren == "732829320"


def test_the_authority_is_derived_from_the_country(view: OrganisationView, qtbot: Any) -> None:
    authority = _combo(view, "supervisory_authority")
    assert authority.value() is None
    assert "Data Protection Authority (Belgium)" in authority.combo.currentText()
    assert "Data Protection Authority (Belgium)" in view.authority_info.text()
    assert "Derived from the country" in view.authority_info.text()

    country = _combo(view, "country")
    country.combo.setCurrentIndex(country.combo.findData("FR"))
    assert _organisation(view.db).country == "FR"
    assert "CNIL" in authority.combo.itemText(0)
    assert authority.value() is None
    assert "CNIL" in view.authority_info.text()


def test_choosing_another_authority_and_undo(
    view: OrganisationView, stack: QUndoStack, qtbot: Any
) -> None:
    authority = _combo(view, "supervisory_authority")
    authority.combo.setCurrentIndex(authority.combo.findData("LU-CNPD"))
    assert _organisation(view.db).supervisory_authority == "LU-CNPD"
    assert "National Commission for Data Protection (CNPD)" in view.authority_info.text()
    assert "Chosen instead of the authority of the country" in view.authority_info.text()
    stack.undo()
    assert _organisation(view.db).supervisory_authority is None
    qtbot.waitUntil(lambda: authority.value() is None)
    assert "Derived from the country" in view.authority_info.text()


def test_the_notice_introduction_is_saved_when_leaving_it(
    view: OrganisationView, qtbot: Any
) -> None:
    intro = view.editor.rows["notice_introduction"]
    assert isinstance(intro, TextField)
    intro.text_edit.setFocus()
    intro.text_edit.selectAll()
    qtbot.keyClicks(intro.text_edit, "We look after your data.")
    _line(view, "legal_name").line.setFocus()  # leaving the text saves it
    qtbot.waitUntil(
        lambda: _organisation(view.db).notice_introduction == "We look after your data."
    )


def test_set_organisation_and_set_database(
    view: OrganisationView, empty_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    demo_id = view.organisation_id
    with view.db.transaction() as s:
        other = create_organisation(s, {"legal_name": "Other SAS", "country": "FR"})
        other_id = other.id
    view.set_organisation(other_id)
    assert view.organisation_id == other_id == view.editor.entity_id
    assert _line(view, "legal_name").line.text() == "Other SAS"
    assert "CNIL" in view.authority_info.text()
    _retype(_line(view, "legal_name"), "Other Group", qtbot)
    assert _organisation(view.db, other_id).legal_name == "Other Group"
    assert _organisation(view.db, demo_id).legal_name == DEMO_NAME
    view.set_organisation(None)
    assert view.organisation_id == demo_id
    assert _line(view, "legal_name").line.text() == DEMO_NAME

    stack.clear()
    view.set_database(empty_register)
    assert view.organisation_id is None and view.editor.entity_id is None
    assert not view.editor.isEnabled()
    assert view.empty_label.isVisible()


# -- by country: the identifiers, the website, the privacy e-mail --------------------------------

IDENTIFIERS = ("enterprise_number", "siren", "siret", "rcs", "vat_number")


def _shown_identifiers(view: OrganisationView) -> list[str]:
    return [field for field in IDENTIFIERS if view.editor.rows[field].isVisible()]


def test_only_the_identifiers_of_the_country_are_shown(view: OrganisationView, qtbot: Any) -> None:
    assert _organisation(view.db).country == "BE"
    assert _shown_identifiers(view) == ["enterprise_number", "vat_number"]
    assert view.other_identifiers.text() == "Show the identifiers of other countries"
    assert view.other_identifiers.isVisible()
    view.other_identifiers.click()
    assert _shown_identifiers(view) == list(IDENTIFIERS)
    view.other_identifiers.click()
    assert _shown_identifiers(view) == ["enterprise_number", "vat_number"]

    country = _combo(view, "country")
    country.combo.setCurrentIndex(country.combo.findData("FR"))
    assert _organisation(view.db).country == "FR"
    # The French ones now; the Belgian enterprise number stays: the demo firm has one stored.
    assert _organisation(view.db).enterprise_number
    assert _shown_identifiers(view) == list(IDENTIFIERS)


def test_a_stored_identifier_of_another_country_is_never_hidden(
    view: OrganisationView, qtbot: Any
) -> None:
    organisation_id = view.organisation_id
    with view.db.transaction() as s:
        org = s.get(m.Organisation, organisation_id)
        assert org is not None and org.country == "BE"
        org.siren = "732829320"  # stored by an import, another window...
    view.reload()  # as when the window sees the change
    assert not view.other_identifiers.isChecked()
    assert _shown_identifiers(view) == ["enterprise_number", "siren", "vat_number"]
    assert _line(view, "siren").line.text() == "732829320"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("clairbois.be", "https://clairbois.be"), ("http://clairbois.be", "http://clairbois.be")],
)
def test_the_website_gets_https_when_typed_without_a_scheme(
    view: OrganisationView, stack: QUndoStack, qtbot: Any, typed: str, stored: str
) -> None:
    website = _line(view, "website")
    assert "https:// in front" in website.line.toolTip()
    assert website.line.accessibleDescription() == website.line.toolTip()
    _retype(website, typed, qtbot)
    assert _organisation(view.db).website == stored
    qtbot.waitUntil(lambda: website.line.text() == stored)
    assert stack.count() == 1


def test_an_empty_privacy_email_shows_the_company_email(view: OrganisationView, qtbot: Any) -> None:
    org = _organisation(view.db)
    dpo_email = _line(view, "dpo_email")
    dpo_email.line.setFocus()
    dpo_email.line.selectAll()
    qtbot.keyClick(dpo_email.line, Qt.Key.Key_Delete)
    qtbot.keyClick(dpo_email.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _organisation(view.db).dpo_email is None)
    assert org.email and dpo_email.line.text() == ""
    assert dpo_email.line.placeholderText() == org.email
    assert org.email in dpo_email.line.toolTip()
    _retype(_line(view, "email"), "hello@clairbois.be", qtbot)
    qtbot.waitUntil(lambda: dpo_email.line.placeholderText() == "hello@clairbois.be")


# -- the document languages ----------------------------------------------------------------------


@pytest.fixture
def octet(empty_register: RegisterDatabase, stack: QUndoStack, qtbot: Any) -> OrganisationView:
    """The page of a Belgian firm writing in French only (catalogues seeded in French)."""
    with empty_register.transaction() as s:
        values = {"legal_name": "Octet SRL", "legal_form": "SRL", "country": "BE"}
        create_organisation(s, {**values, "language": "fr"})
    widget = OrganisationView(empty_register, stack, RegisterEvents(), "en", lambda *_: None)
    qtbot.addWidget(widget)
    widget.resize(900, 800)
    widget.show()
    return widget


def _languages_shown(view: OrganisationView) -> dict[str, bool]:
    """The other languages offered, and whether each is ticked."""
    boxes = view.other_languages.list
    return {
        boxes.item(i).text(): boxes.item(i).checkState() == Qt.CheckState.Checked
        for i in range(boxes.count())
        if not boxes.item(i).isHidden()
    }


def _tick(view: OrganisationView, language: str, on: bool = True) -> None:
    boxes = view.other_languages.list
    item = next(boxes.item(i) for i in range(boxes.count()) if boxes.item(i).text() == language)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def _choose_main(view: OrganisationView, language: str) -> None:
    combo = _combo(view, "language").combo
    combo.setCurrentIndex(combo.findText(language))


def test_the_main_language_and_the_others_are_shown(octet: OrganisationView) -> None:
    main = _combo(octet, "language")
    assert main.label.text() == "Main document language *"
    assert main.combo.currentText() == "French"
    assert octet.other_languages.label.text() == "Other document languages"
    assert octet.other_languages.isVisible()
    assert _languages_shown(octet) == {"Dutch": False, "English": False}  # French is the main
    assert "each of these languages" in octet.languages_hint.text()


def test_adding_english_gives_the_seeded_catalogues_their_english_texts(
    octet: OrganisationView, stack: QUndoStack, qtbot: Any
) -> None:
    _tick(octet, "English")
    org = _organisation(octet.db)
    assert org.other_languages == ["en"]
    english = {e["seed_key"]: e["name"]["en"] for e in seed_catalogues()["data_categories"]}
    with octet.db.reader() as s:
        rows = s.execute(select(m.DataCategory.seed_key, m.DataCategory.name_en)).all()
    assert rows and all(name_en == english[key] for key, name_en in rows)
    # The legal form proposed in English (a Belgian firm keeps its own), the name with it.
    assert (org.legal_form_en, org.legal_name_en) == ("SRL", "Octet SRL")
    assert octet.proposals.isVisible()
    assert "Legal form (English): SRL" in octet.proposals.text()
    assert "Legal name (English): Octet SRL" in octet.proposals.text()
    assert stack.count() == 1
    stack.undo()  # one step: the language and the proposals
    org = _organisation(octet.db)
    assert org.other_languages == [] and org.legal_form_en is None and org.legal_name_en is None
    qtbot.waitUntil(lambda: _languages_shown(octet) == {"Dutch": False, "English": False})
    assert not octet.proposals.isVisible()


def test_adding_dutch_proposes_bv_and_keeps_what_was_typed(octet: OrganisationView) -> None:
    with octet.db.transaction() as s:  # a Dutch legal name of the firm's own, typed before
        organisation_id = octet.organisation_id
        services.update(s, m.Organisation, organisation_id, {"legal_name_nl": "Octet NL"})
    octet.reload()
    _tick(octet, "Dutch")
    _tick(octet, "English")
    org = _organisation(octet.db)
    assert org.other_languages == ["nl", "en"]
    assert (org.legal_form_nl, org.legal_name_nl) == ("BV", "Octet NL")
    assert (org.legal_form_en, org.legal_name_en) == ("SRL/BV", "Octet SRL/BV")
    assert "Legal form (Dutch): BV" in octet.proposals.text()
    assert "Legal name (Dutch)" not in octet.proposals.text()
    _tick(octet, "Dutch", on=False)  # removed: its texts are kept, its proposal not shown
    org = _organisation(octet.db)
    assert org.other_languages == ["en"] and org.legal_form_nl == "BV"
    assert "Dutch" not in octet.proposals.text()
    assert "Legal form (English): SRL/BV" in octet.proposals.text()


def test_another_main_language_is_asked_first_and_undo_switches_back(
    octet: OrganisationView, stack: QUndoStack, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tick(octet, "Dutch")  # the catalogues' names in Dutch; the legal name proposed: Octet BV
    with octet.db.transaction() as s:  # an activity named in both, described in French only
        values = {"reference": "T-01", "name": "Paie", "name_nl": "Loon", "role": "controller"}
        values["public_description"] = "Calcul des salaires"
        services.create(s, m.Activity, values, octet.organisation_id)
    boxes = record_boxes(monkeypatch, yes_to_questions=True)
    _choose_main(octet, "Dutch")
    assert len(boxes) == 1
    assert boxes[0].text() == "Make Dutch the main language of the documents?"
    info = boxes[0].informativeText()
    assert "The texts in Dutch become the main texts" in info
    assert "the texts in French are kept as texts in French" in info
    assert "1 text" in info and "no version in Dutch yet" in info  # the description
    assert "(the text in French is kept)" in info
    assert "makes French the main language again" in info
    org = _organisation(octet.db)
    assert (org.language.value, org.other_languages) == ("nl", ["fr"])
    assert (org.legal_name, org.legal_name_fr, org.legal_name_nl) == ("Octet BV", "Octet SRL", None)
    with octet.db.reader() as s:
        query = select(m.DataCategory).where(m.DataCategory.seed_key == "identity")
        category = s.scalars(query).one()
        assert category.name == "Identiteit en burgerlijke staat"
        assert category.name_fr == "État civil et identité"
    qtbot.waitUntil(lambda: _languages_shown(octet) == {"French": True, "English": False})
    assert _line(octet, "legal_name").line.text() == "Octet BV"
    assert stack.count() == 2

    stack.undo()  # switches back
    org = _organisation(octet.db)
    assert (org.language.value, org.other_languages) == ("fr", ["nl"])
    assert (org.legal_name, org.legal_name_nl) == ("Octet SRL", "Octet BV")
    qtbot.waitUntil(lambda: _combo(octet, "language").combo.currentText() == "French")
    assert _languages_shown(octet) == {"Dutch": True, "English": False}


def test_a_main_language_change_cancelled_changes_nothing(
    octet: OrganisationView, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tick(octet, "Dutch")
    boxes = record_boxes(monkeypatch)  # answered other than Yes: cancelled
    _choose_main(octet, "Dutch")
    assert len(boxes) == 1
    assert _organisation(octet.db).language.value == "fr"
    assert _combo(octet, "language").combo.currentText() == "French"
    assert not _combo(octet, "language").has_error
    assert stack.count() == 1


def test_a_name_without_the_new_language_is_refused_under_the_list(
    octet: OrganisationView, stack: QUndoStack
) -> None:
    _tick(octet, "Dutch")
    with octet.db.transaction() as s:
        values = {"reference": "T-01", "name": "Paie", "role": "controller"}
        services.create(s, m.Activity, values, octet.organisation_id)
    _choose_main(octet, "Dutch")  # no question (no box expected): the register refuses it
    main = _combo(octet, "language")
    assert main.has_error and main.error_label.isVisible()
    assert "\u201cPaie\u201d" in main.error_label.text()
    assert "Translate them before making it the main language" in main.error_label.text()
    assert main.combo.currentText() == "Dutch"  # the choice refused stays, to correct it
    assert _organisation(octet.db).language.value == "fr"
    assert stack.count() == 1
    _choose_main(octet, "French")
    assert not main.has_error


def test_a_language_not_yet_among_the_document_languages_is_explained(
    octet: OrganisationView, stack: QUndoStack
) -> None:
    _choose_main(octet, "English")
    main = _combo(octet, "language")
    assert main.has_error
    assert (
        "tick \u201cEnglish\u201d under \u201cOther document languages\u201d, give the names "
        "their text in English, then make it the main language" in main.error_label.text()
    )
    assert _organisation(octet.db).language.value == "fr"
    assert stack.count() == 0


def test_the_languages_are_locked_in_a_read_only_register(octet: OrganisationView) -> None:
    octet.set_read_only(True)
    assert octet.other_languages.read_only
    assert not _combo(octet, "language").combo.isEnabled()


def test_the_page_fits_a_window_1100_pixels_wide(qtbot: Any, demo_register: Any) -> None:
    """The window's first size on a 1366-pixel screen: the form wraps its long texts (the
    authority's name and address) instead of scrolling sideways."""
    from PySide6.QtWidgets import QScrollArea

    from ropa.ui.main_window import PAGE_ORGANISATION, MainWindow

    window = MainWindow(demo_register, "nl")
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.show_page(PAGE_ORGANISATION)
    qtbot.waitUntil(lambda: window.organisation_view.isVisible())
    [area] = [a for a in window.organisation_view.findChildren(QScrollArea) if a.isVisible()]
    qtbot.waitUntil(lambda: area.widget().width() > 0)
    assert area.horizontalScrollBar().maximum() == 0


# -- the facts the notice states only as the firm recorded them ------------------------------


def _text(view: OrganisationView, field: str) -> TextField:
    row = view.editor.rows[field]
    assert isinstance(row, TextField)
    return row


def _leave_text(row: TextField, text: str) -> None:
    row.text_edit.setPlainText(text)
    row.text_edit.editing_finished.emit()  # what leaving the field does


def _choose(view: OrganisationView, field: str, value: Any) -> None:
    combo = _combo(view, field).combo
    index = combo.findData(value)
    assert index >= 0, (field, value)
    combo.setCurrentIndex(index)


def test_the_new_sections_follow_the_authority(view: OrganisationView) -> None:
    headings = list(view.editor.headings.values())
    texts = [label.text() for label in headings]
    start = texts.index("How people exercise their rights")
    assert texts[start - 1] == "Supervisory authority"
    assert texts[start:] == [
        "How people exercise their rights",
        "National law",
        "Declarations",
        "Data location and transfers",
        "Cookies",
        "Privacy notice texts",
        "Privacy notice version",
        "Internal notes",
    ]
    assert all(label.isVisible() for label in headings)
    for field, text in {
        "rights_channels": "Ways to send a request",
        "identity_proof": "Proof of identity asked",
        "response_days": "Answer time (days)",
        "sells_data": "Sale of personal data",
        "notice_version_date": "Notice version date",
    }.items():
        assert view.editor.rows[field].label.text() == text
        assert view.editor.rows[field].isVisible()
    days = view.editor.rows["response_days"]
    hint = days.hint_label
    assert hint is not None and "at most one month" in hint.text() and hint.isVisible()
    assert days.input.accessibleDescription() == hint.text()  # what a screen reader says


def test_how_people_exercise_their_rights_is_saved(
    view: OrganisationView, stack: QUndoStack, qtbot: Any
) -> None:
    channels = view.editor.rows["rights_channels"]
    assert isinstance(channels, ChoicesField)
    boxes = channels.list
    offered = [boxes.item(i).text() for i in range(boxes.count())]
    assert offered == ["E-mail", "Post", "Online form", "Phone", "In person"]
    for i in range(boxes.count()):
        on = boxes.item(i).text() in ("E-mail", "Online form")
        boxes.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    assert _organisation(view.db).rights_channels == ["email", "form"]

    _retype(_line(view, "rights_form_url"), "clairbois.be/privacy", qtbot)
    assert _organisation(view.db).rights_form_url == "https://clairbois.be/privacy"

    proof = _combo(view, "identity_proof")
    assert proof.combo.itemText(0) == "Not recorded" and proof.combo.itemData(0) is None
    _choose(view, "identity_proof", "reasonable_doubt")
    assert _organisation(view.db).identity_proof == "reasonable_doubt"
    assert proof.combo.currentText() == "When there is reasonable doubt about the identity"
    _choose(view, "identity_proof", None)
    assert _organisation(view.db).identity_proof is None

    days = view.editor.rows["response_days"]
    assert isinstance(days, NumberField)
    before = _organisation(view.db).response_days
    _retype_number(days, "15", qtbot)
    assert _organisation(view.db).response_days == 15
    _retype_number(days, "45", qtbot)  # more than the legal month: refused under the field
    assert days.has_error and days.error_label.text() == "Type a number from 1 to 31."
    assert days.line.accessibleDescription() == "Type a number from 1 to 31."
    assert _organisation(view.db).response_days == 15
    _retype_number(days, "", qtbot)  # empty: not recorded
    assert not days.has_error and "at most one month" in days.line.accessibleDescription()
    assert _organisation(view.db).response_days is None

    stack.undo()  # the edits of one field are one undo step: back to the value before
    assert _organisation(view.db).response_days == before
    qtbot.waitUntil(lambda: days.line.text() == ("" if before is None else str(before)))


def _retype_number(row: NumberField, text: str, qtbot: Any) -> None:
    row.line.setFocus()
    row.line.selectAll()
    if text:
        qtbot.keyClicks(row.line, text)
    else:
        qtbot.keyClick(row.line, Qt.Key.Key_Delete)
    qtbot.keyClick(row.line, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    "field", ["processes_special_data", "sells_data", "processes_minors_data", "dpo_designated"]
)
def test_a_declaration_is_yes_no_or_not_recorded(
    view: OrganisationView, stack: QUndoStack, qtbot: Any, field: str
) -> None:
    row = _combo(view, field)
    assert [row.combo.itemText(i) for i in range(row.combo.count())] == [
        "Not recorded",
        "Yes",
        "No",
    ]
    before = getattr(_organisation(view.db), field)
    stored = []
    for value in (True, False, None, True):
        _choose(view, field, value)
        stored.append(getattr(_organisation(view.db), field))
        assert row.value() is value
    assert stored == [True, False, None, True]
    _choose(view, field, None)
    view.reload()  # read again: "Not recorded" is None, not False
    assert row.combo.currentText() == "Not recorded"
    stack.undo()  # one undo step: the value before
    assert getattr(_organisation(view.db), field) is before
    shown = {None: "Not recorded", True: "Yes", False: "No"}[before]
    qtbot.waitUntil(lambda: row.combo.currentText() == shown)


def test_a_new_organisation_has_no_dpo_answer_until_one_is_chosen(
    octet: OrganisationView, stack: QUndoStack, qtbot: Any
) -> None:
    """A firm that never answered is not said to have no DPO; the answer chosen is saved with
    the organisation's version and is there when the register is opened again."""
    row = _combo(octet, "dpo_designated")
    assert row.label.text() == "DPO designated"
    assert row.combo.currentText() == "Not recorded" and row.value() is None
    before = _organisation(octet.db)
    assert before.dpo_designated is None
    hint = row.hint_label
    assert hint is not None and hint.isVisible()
    assert "Not recorded: the notice does not mention a DPO" in hint.text()
    assert row.combo.accessibleDescription() == hint.text()  # what a screen reader says
    # The contact fields keep a label true whatever the answer.
    assert _line(octet, "dpo_name").label.text() == "DPO / privacy contact"

    _choose(octet, "dpo_designated", False)
    after = _organisation(octet.db)
    assert after.dpo_designated is False
    assert after.version == before.version + 1  # one versioned edit
    assert stack.count() == 1

    reopened = open_register(octet.db.path)
    try:
        again = OrganisationView(reopened, QUndoStack(), RegisterEvents(), "en", lambda *_: None)
        qtbot.addWidget(again)
        assert _combo(again, "dpo_designated").combo.currentText() == "No"
    finally:
        reopened.close()
    stack.undo()  # back to no answer, not to "No"
    assert _organisation(octet.db).dpo_designated is None
    qtbot.waitUntil(lambda: row.combo.currentText() == "Not recorded")


def test_a_dpo_answer_changed_elsewhere_meanwhile_is_a_conflict(
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    """The page shows "No" (the demo); another program answers "Yes" meanwhile: choosing "Not
    recorded" on the page asks first, and keeping theirs leaves "Yes" stored and shown."""
    boxes = record_boxes(monkeypatch)  # "Keep theirs"
    events = RegisterEvents()
    view = OrganisationView(demo_register, stack, events, "en", lambda *_: None)
    qtbot.addWidget(view)
    events.catch_up = lambda: view.reload() is None  # as the window does: read the file again
    row = _combo(view, "dpo_designated")
    assert row.combo.currentText() == "No"
    org = _organisation(view.db)
    with view.db.transaction() as s:
        services.update(s, m.Organisation, org.id, {"dpo_designated": True})
    _choose(view, "dpo_designated", None)
    [box] = boxes
    assert box.windowTitle() == "Changed elsewhere"
    assert "changed elsewhere" in box.text()
    info = box.informativeText()
    assert info.startswith("DPO designated: ") and "now “yes”, you saw “no”" in info
    assert _organisation(view.db).dpo_designated is True  # not overwritten
    assert row.combo.currentText() == "Yes"
    assert stack.count() == 0


def test_every_other_new_fact_is_saved(view: OrganisationView, qtbot: Any) -> None:
    _retype(_line(view, "national_law"), "Wet van 30 juli 2018", qtbot)
    _retype(_line(view, "cookie_policy_url"), "https://clairbois.be/cookies", qtbot)
    _leave_text(_text(view, "cookie_consent_method"), "A banner on the first visit.")
    _leave_text(_text(view, "cookie_refusal_effect"), "Videos are not shown.")
    _leave_text(_text(view, "data_location"), "Belgium and Germany")
    _leave_text(_text(view, "safeguards_copy"), "Write to privacy@clairbois.be.")
    age = view.editor.rows["minors_age"]
    assert isinstance(age, NumberField)
    _retype_number(age, "16", qtbot)
    _retype(_line(view, "notice_version_label"), "v3.1", qtbot)
    date_row = view.editor.rows["notice_version_date"]
    assert isinstance(date_row, DateField)
    date_row.line.setText("02/11/2026")
    date_row.line.editingFinished.emit()

    org = _organisation(view.db)
    assert (
        org.national_law,
        org.cookie_policy_url,
        org.cookie_consent_method,
        org.cookie_refusal_effect,
        org.data_location,
        org.safeguards_copy,
        org.minors_age,
        org.notice_version_label,
        org.notice_version_date,
    ) == (
        "Wet van 30 juli 2018",
        "https://clairbois.be/cookies",
        "A banner on the first visit.",
        "Videos are not shown.",
        "Belgium and Germany",
        "Write to privacy@clairbois.be.",
        16,
        "v3.1",
        date(2026, 11, 2),
    )


def test_an_empty_national_law_shows_the_law_of_the_country(
    view: OrganisationView, qtbot: Any
) -> None:
    law = _line(view, "national_law")
    _empty_line(law, qtbot)
    assert _organisation(view.db).national_law is None
    main = _organisation(view.db).language.value
    assert law.line.placeholderText() == national_law("BE", main)
    assert "30" in law.line.placeholderText() and "2018" in law.line.placeholderText()
    _choose(view, "country", "FR")
    qtbot.waitUntil(lambda: "78-17" in law.line.placeholderText())
    assert law.line.placeholderText() == national_law("FR", main)
    _choose(view, "country", "DE")  # a country whose law ropa does not know: nothing shown
    qtbot.waitUntil(lambda: law.line.placeholderText() == "")


def _empty_line(row: LineField, qtbot: Any) -> None:
    """Empty a line field as a user does."""
    row.line.setFocus()
    row.line.selectAll()
    qtbot.keyClick(row.line, Qt.Key.Key_Delete)
    qtbot.keyClick(row.line, Qt.Key.Key_Return)


def test_the_new_texts_are_edited_in_the_texts_language(view: OrganisationView, qtbot: Any) -> None:
    org = _organisation(view.db)
    others = [lang for lang in ("nl", "en") if lang != org.language.value]
    with view.db.transaction() as s:
        services.update(s, m.Organisation, org.id, {"other_languages": others})
    view.reload()
    _leave_text(_text(view, "cookie_consent_method"), "Un bandeau à la première visite.")
    view.set_text_language("nl")
    method = _text(view, "cookie_consent_method")
    assert method.fields == ("cookie_consent_method_nl",)
    assert method.reference.text().endswith("Un bandeau à la première visite.")
    _leave_text(method, "Een banner bij het eerste bezoek.")
    law = _line(view, "national_law")
    assert law.fields == ("national_law_nl",)
    assert law.line.placeholderText() == national_law("BE", "nl")
    org = _organisation(view.db)
    assert org.cookie_consent_method == "Un bandeau à la première visite."
    assert org.cookie_consent_method_nl == "Een banner bij het eerste bezoek."
    view.set_text_language(None)
    assert _line(view, "national_law").line.placeholderText() == national_law(
        "BE", org.language.value
    )


def _wheel(widget: Any, steps: int) -> None:
    """Turn the mouse wheel over the widget (positive: up)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        widget.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_choice_scrolls_the_form_without_changing_it(
    view: OrganisationView, stack: QUndoStack
) -> None:
    """Scrolling the long form with the wheel passes over many choices: none may change (each
    change is saved at once); in a choice the user is in, the wheel still chooses."""
    _choose(view, "sells_data", False)
    stack.clear()
    row = _combo(view, "sells_data")
    _wheel(row.combo, 1)
    _wheel(row.combo, -1)
    assert row.value() is False and _organisation(view.db).sells_data is False
    assert stack.count() == 0
    row.combo.setFocus()
    _wheel(row.combo, 1)  # up: the previous choice, "Yes"
    assert row.value() is True and _organisation(view.db).sells_data is True
