"""The first-run wizard: pages walked with the mouse, core validation shown, nothing written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ropa.core.authorities import competent_authority
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.dialogs.first_run_wizard import (
    PAGE_CONTACT,
    PAGE_ORGANISATION,
    PAGE_SUMMARY,
    PAGE_WELCOME,
    FirstRunWizard,
    country_names,
)


@pytest.fixture
def wizard(qtbot: QtBot) -> FirstRunWizard:
    dialog = FirstRunWizard("en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot: QtBot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def tick(qtbot: QtBot, button: Any) -> None:
    """Click a check box or radio button on its indicator (its centre may be past its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def fill(wizard: FirstRunWizard, **values: str) -> None:
    for field, value in values.items():
        wizard.organisation_page.edits[field].setText(value)


def error_of(page: Any, field: str) -> str:
    label = page.rows[field].error_label
    return str(label.text()) if label.isVisible() else ""


def test_a_belgian_organisation_is_created_with_its_catalogues_and_the_apd(
    qtbot: QtBot, wizard: FirstRunWizard, empty_register: RegisterDatabase, tmp_path: Path
) -> None:
    assert wizard.currentId() == PAGE_WELCOME
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_ORGANISATION
    page = wizard.organisation_page
    assert page.country() == "BE"
    assert "Data Protection Authority (Belgium)" in page.authority_label.text()
    fill(wizard, legal_name="Octet SRL", enterprise_number="0403.170.701", city="Namur")
    fill(wizard, email="info@octet.be")
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_CONTACT
    wizard.contact_page.edits["dpo_name"].setText("Marie Dupont")  # the DPO question skipped
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY
    summary = wizard.summary_page.summary_label.text()
    assert "Octet SRL" in summary and "0403.170.701" in summary and "Belgium" in summary
    assert "<b>DPO designated</b></td><td>Not recorded</td>" in summary
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert not wizard.wants_demo()

    values = wizard.result_values()
    assert values["legal_name"] == "Octet SRL" and values["country"] == "BE"
    assert "siren" not in values and "supervisory_authority" not in values
    assert "dpo_designated" not in values  # not answered: nothing said
    with empty_register.reader() as session:  # the wizard wrote nothing
        assert session.execute(select(func.count()).select_from(m.Organisation)).scalar_one() == 0

    created = create_register(tmp_path / "octet.ropa", organisation=values)
    with created.reader() as session:
        org = session.scalars(select(m.Organisation)).one()
        org_id = org.id
        assert org.legal_name == "Octet SRL"
        assert org.enterprise_number == "0403.170.701"
        assert org.dpo_name == "Marie Dupont" and org.dpo_designated is None  # not "no DPO"
        authority = competent_authority(org.country, org.supervisory_authority)
        assert authority is not None and authority.code == "BE-APD"
        for model in (m.DataCategory, m.SecurityMeasure):
            count = select(func.count()).where(model.organisation_id == org_id)
            assert session.execute(count).scalar_one() > 0
    created.close()


def test_a_wrong_check_digit_keeps_the_user_on_the_page(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    next_page(qtbot, wizard)
    page = wizard.organisation_page
    fill(wizard, enterprise_number="0403.170.702", email="not-an-address")
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_ORGANISATION
    assert "not a valid Belgian enterprise number" in error_of(page, "enterprise_number")
    assert "0403.170.702" in error_of(page, "enterprise_number")
    assert "not an e-mail address" in error_of(page, "email")
    assert error_of(page, "legal_name") == "this field is required."
    assert page.edits["enterprise_number"].accessibleDescription() == error_of(
        page, "enterprise_number"
    )

    fill(wizard, legal_name="Octet SRL", enterprise_number="0403.170.701", email="a@b.be")
    assert error_of(page, "enterprise_number") == ""  # cleared as the user types
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_CONTACT


def test_france_shows_siren_siret_rcs_and_the_cnil(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    next_page(qtbot, wizard)
    page = wizard.organisation_page
    assert page.edits["enterprise_number"].isVisible()
    assert not page.edits["siren"].isVisible()
    page.set_country("FR")
    for field in ("siren", "siret", "rcs", "vat_number"):
        assert page.edits[field].isVisible(), field
    assert not page.edits["enterprise_number"].isVisible()
    assert "CNIL" in page.authority_label.text()
    assert "https://www.cnil.fr" in page.authority_label.text()

    fill(wizard, legal_name="Octet SAS", siren="123456789")
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_ORGANISATION
    assert "not a valid SIREN number" in error_of(page, "siren")
    fill(wizard, siren="732829320", siret="73282932000074")
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_CONTACT
    values = wizard.result_values()
    assert values["siren"] == "732829320" and values["country"] == "FR"


def test_another_authority_can_be_chosen(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    next_page(qtbot, wizard)
    page = wizard.organisation_page
    assert not page.authority_combo.isEnabled()
    page.authority_check.setChecked(True)
    page.authority_combo.setCurrentIndex(page.authority_combo.findData("FR-CNIL"))
    assert "CNIL" in page.authority_label.text()
    fill(wizard, legal_name="Octet SRL")
    assert wizard.result_values()["supervisory_authority"] == "FR-CNIL"


def _contact_page(qtbot: QtBot, wizard: FirstRunWizard) -> Any:
    next_page(qtbot, wizard)
    fill(wizard, legal_name="Octet SRL")
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_CONTACT
    return wizard.contact_page


def test_the_dpo_question_is_unanswered_until_the_user_answers(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    page = _contact_page(qtbot, wizard)
    assert page.dpo_box.title() == (
        "Has your organisation designated a data protection officer (DPO)?"
    )
    answers = page.dpo_answers
    assert [b.text() for b in answers.values()] == ["Yes", "No", "I don't know yet"]
    assert not any(b.isChecked() for b in answers.values())  # nothing answered for the user
    assert page.dpo_hint.isVisible() and "Without an answer" in page.dpo_hint.text()
    assert answers[True].accessibleDescription() == page.dpo_hint.text()
    # Unanswered, the fields are the DPO's or the privacy contact's: the register's labels.
    assert page.labels["dpo_name"].text() == "DPO / privacy contact"
    assert page.edits["dpo_email"].accessibleName() == "DPO / contact e-mail"
    assert wizard.values()["dpo_designated"] is None

    tick(qtbot, answers[True])
    assert page.labels["dpo_name"].text() == "Name of the DPO"
    assert page.edits["dpo_email"].accessibleName() == "DPO's e-mail"
    assert wizard.result_values()["dpo_designated"] is True
    tick(qtbot, answers[False])
    assert not answers[True].isChecked()
    assert page.labels["dpo_name"].text() == "Privacy contact's name"
    assert page.edits["dpo_phone"].accessibleName() == "Privacy contact's phone"
    assert wizard.result_values()["dpo_designated"] is False
    tick(qtbot, answers[None])  # a wrong click can be taken back
    assert page.labels["dpo_name"].text() == "DPO / privacy contact"
    assert "dpo_designated" not in wizard.result_values()


@pytest.mark.parametrize(
    ("answer", "shown"), [(True, "Yes"), (False, "No"), (None, "Not recorded")]
)
def test_the_dpo_answer_is_in_the_summary_and_the_register(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path, answer: bool | None, shown: str
) -> None:
    page = _contact_page(qtbot, wizard)
    tick(qtbot, page.dpo_answers[answer])
    page.edits["dpo_email"].setText("dpo")
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_CONTACT  # the e-mail is checked whatever the answer
    assert "not an e-mail address" in error_of(page, "dpo_email")
    page.edits["dpo_email"].setText("dpo@octet.be")
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY
    summary = wizard.summary_page.summary_label.text()
    assert f"<b>DPO designated</b></td><td>{shown}</td>" in summary
    created = create_register(tmp_path / "octet.ropa", organisation=wizard.result_values())
    with created.reader() as session:
        assert session.scalars(select(m.Organisation.dpo_designated)).one() is answer
    created.close()


def test_choosing_the_demo_finishes_at_once(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    assert not wizard.wants_demo()
    tick(qtbot, wizard.welcome_page.demo_radio)
    assert wizard.wants_demo()
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    tick(qtbot, wizard.welcome_page.create_radio)
    assert wizard.button(QWizard.WizardButton.NextButton).isVisible()
    assert not wizard.wants_demo()
    tick(qtbot, wizard.welcome_page.demo_radio)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.wants_demo()


def test_inputs_have_accessible_names_and_required_marks(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    for page in (wizard.organisation_page, wizard.contact_page):
        for field, row in page.rows.items():
            if field != "supervisory_authority":
                assert row.editor.accessibleName(), field
    labels = wizard.organisation_page.labels
    assert labels["legal_name"].text().endswith(" *")
    assert labels["country"].text().endswith(" *")
    assert not labels["trade_name"].text().endswith("*")


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_countries_in_the_ui_language_belgium_and_france_first(lang: str) -> None:
    names = country_names(lang)
    assert [code for code, _ in names[:2]] == ["BE", "FR"]
    assert dict(names)["BE"] == {"fr": "Belgique", "nl": "België"}[lang]
    assert "ZZ" not in dict(names)


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_the_pages_fit_a_small_screen(qtbot: QtBot, lang: str) -> None:
    dialog = FirstRunWizard(lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1280 and dialog.height() <= 800
    dialog.next()
    page = dialog.organisation_page
    for label in page.labels.values():
        if label.isVisible():
            assert label.width() >= label.sizeHint().width(), label.text()
    assert "Belgique" in page.country_combo.currentText() or "België" in (
        page.country_combo.currentText()
    )
    fill(dialog, legal_name="Octet")
    dialog.next()
    contact = dialog.contact_page
    assert dialog.currentId() == PAGE_CONTACT
    for button in [*contact.dpo_answers.values(), *contact.labels.values()]:
        assert button.isVisible() and button.width() >= button.sizeHint().width(), button.text()
    box = contact.dpo_box
    assert box.geometry().right() <= contact.width() and box.geometry().bottom() < (
        contact.edits["dpo_name"].mapTo(contact, QPoint(0, 0)).y()
    )  # the question whole, above the fields
    hint = contact.dpo_hint
    assert hint.height() >= hint.heightForWidth(hint.width())  # the hint not cut


# -- by country: the documents' language, the identifiers, the e-mail, the website --------------


def _organisation_page(qtbot: QtBot, ui_language: str) -> tuple[FirstRunWizard, Any]:
    dialog = FirstRunWizard(ui_language)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # the keyboard focus moves: leaving a field works
    next_page(qtbot, dialog)
    assert dialog.currentId() == PAGE_ORGANISATION
    return dialog, dialog.organisation_page


@pytest.mark.parametrize(("ui_language", "proposed"), [("fr", "fr"), ("nl", "nl")])
def test_a_belgian_firm_gets_its_documents_in_the_interface_language(
    qtbot: QtBot, ui_language: str, proposed: str
) -> None:
    dialog, page = _organisation_page(qtbot, ui_language)
    assert page.country() == "BE"
    assert page.language_combo.currentData() == proposed
    assert page.language_combo.currentText() == {"fr": "Français", "nl": "Nederlands"}[proposed]
    fill(dialog, legal_name="Octet", postcode="9000")  # a Flemish postcode changes nothing
    assert page.language_combo.currentData() == proposed
    assert dialog.result_values()["language"] == proposed


def test_france_proposes_french_even_in_a_dutch_interface(qtbot: QtBot) -> None:
    dialog, page = _organisation_page(qtbot, "nl")
    page.set_country("FR")
    assert page.language_combo.currentData() == "fr"
    page.set_country("BE")
    assert page.language_combo.currentData() == "nl"


def test_a_belgian_firm_in_an_english_interface_follows_its_postcode(qtbot: QtBot) -> None:
    dialog, page = _organisation_page(qtbot, "en")
    assert page.language_combo.currentData() == "fr"  # no postcode yet: French (Brussels)
    postcode = page.edits["postcode"]
    postcode.setFocus()
    qtbot.keyClicks(postcode, "9000")  # Gent
    assert page.language_combo.currentData() == "nl"
    postcode.clear()
    qtbot.keyClicks(postcode, "5000")  # Namur
    assert page.language_combo.currentData() == "fr"
    page.set_country("DE")  # elsewhere: the interface language
    assert page.language_combo.currentData() == "en"


def test_the_language_the_user_chose_is_kept(qtbot: QtBot) -> None:
    dialog, page = _organisation_page(qtbot, "fr")
    page.language_combo.setCurrentIndex(page.language_combo.findData("nl"))
    page.set_country("FR")
    fill(dialog, postcode="5000")
    assert page.language_combo.currentData() == "nl"


def test_only_the_identifiers_of_the_country_unless_asked(qtbot: QtBot) -> None:
    dialog, page = _organisation_page(qtbot, "en")

    def shown() -> list[str]:
        fields = ("enterprise_number", "siren", "siret", "rcs", "vat_number")
        return [field for field in fields if page.edits[field].isVisible()]

    assert shown() == ["enterprise_number", "vat_number"]
    assert page.edits["vat_number"].placeholderText() == "BE0403170701"
    assert page.other_identifiers.text() == "Show the identifiers of other countries"
    tick(qtbot, page.other_identifiers)
    assert shown() == ["enterprise_number", "siren", "siret", "rcs", "vat_number"]
    fill(dialog, legal_name="Octet SRL", siren="732829320")
    tick(qtbot, page.other_identifiers)
    assert shown() == ["enterprise_number", "siren", "vat_number"]  # a value is never hidden
    assert dialog.result_values()["siren"] == "732829320"
    page.set_country("FR")
    assert shown() == ["siren", "siret", "rcs", "vat_number"]
    assert page.edits["vat_number"].placeholderText() == "FR40303265045"


def test_the_privacy_email_is_offered_from_the_company_email(qtbot: QtBot) -> None:
    dialog, page = _organisation_page(qtbot, "en")
    fill(dialog, legal_name="Octet SRL", email="info@octet.be")
    next_page(qtbot, dialog)
    contact = dialog.contact_page
    email = contact.edits["dpo_email"]
    assert email.text() == "info@octet.be"
    assert contact.email_hint.isVisible()
    assert "Suggested from the organisation's e-mail" in contact.email_hint.text()
    click(qtbot, dialog, QWizard.WizardButton.BackButton)  # the company e-mail changes:
    fill(dialog, email="contact@octet.be")  # the suggestion follows
    next_page(qtbot, dialog)
    assert email.text() == "contact@octet.be"

    email.setFocus()
    email.selectAll()
    qtbot.keyClicks(email, "privacy@octet.be")  # the user's own address...
    assert not contact.email_hint.isVisible()
    click(qtbot, dialog, QWizard.WizardButton.BackButton)
    fill(dialog, email="hello@octet.be")
    next_page(qtbot, dialog)
    assert email.text() == "privacy@octet.be"  # ...is never overwritten
    next_page(qtbot, dialog)
    values = dialog.result_values()
    assert (values["email"], values["dpo_email"]) == ("hello@octet.be", "privacy@octet.be")


def test_a_cleared_privacy_email_stays_empty(qtbot: QtBot) -> None:
    dialog, page = _organisation_page(qtbot, "en")
    fill(dialog, legal_name="Octet SRL", email="info@octet.be")
    next_page(qtbot, dialog)
    email = dialog.contact_page.edits["dpo_email"]
    email.setFocus()
    email.selectAll()
    qtbot.keyClick(email, Qt.Key.Key_Delete)
    click(qtbot, dialog, QWizard.WizardButton.BackButton)
    next_page(qtbot, dialog)
    assert email.text() == ""
    assert "dpo_email" not in dialog.result_values()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("octet.be", "https://octet.be"),
        ("  www.octet.be/contact ", "https://www.octet.be/contact"),
        ("http://octet.be", "http://octet.be"),  # a scheme typed is kept
        ("https://octet.be", "https://octet.be"),
    ],
)
def test_the_website_gets_https_when_typed_without_a_scheme(
    qtbot: QtBot, typed: str, stored: str
) -> None:
    dialog, page = _organisation_page(qtbot, "en")
    website = page.edits["website"]
    assert "https:// in front" in page.website_hint.text() and page.website_hint.isVisible()
    website.setFocus()
    qtbot.keyClicks(website, typed)
    qtbot.keyClick(website, Qt.Key.Key_Tab)  # leaving the field
    assert website.text() == stored
    fill(dialog, legal_name="Octet SRL")
    assert dialog.result_values()["website"] == stored


# -- the other document languages ---------------------------------------------------------------


def test_a_brussels_firm_also_writing_in_dutch(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path
) -> None:
    next_page(qtbot, wizard)
    page = wizard.organisation_page
    checks = page.other_language_checks
    # None ticked: each language asks for a version of every text; the hint says when.
    assert page.language_combo.currentData() == "fr"
    assert [code for code, check in checks.items() if check.isVisible()] == ["nl", "en"]
    assert not any(check.isChecked() for check in checks.values())
    assert "Brussels firms often write their documents in French and in Dutch" in (
        page.other_languages_hint.text()
    )
    assert page.labels["other_languages"].text() == "Other document languages"
    fill(wizard, legal_name="Octet SRL", legal_form="SRL", postcode="1000", city="Bruxelles")
    tick(qtbot, checks["nl"])
    assert checks["nl"].isChecked()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_SUMMARY
    summary = wizard.summary_page.summary_label.text()
    assert "Main document language" in summary and "French" in summary
    assert "Other document languages</b></td><td>Dutch" in summary
    assert "Legal name (Dutch)</b></td><td>Octet BV" in summary
    assert "Legal form (Dutch)</b></td><td>BV" in summary
    assert "change them on the Organisation page" in summary
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    created = create_register(tmp_path / "octet.ropa", organisation=wizard.result_values())
    with created.reader() as session:
        org = session.scalars(select(m.Organisation)).one()
        assert (org.language.value, org.other_languages) == ("fr", ["nl"])
        assert (org.legal_name, org.legal_name_nl) == ("Octet SRL", "Octet BV")
        assert (org.legal_form, org.legal_form_nl) == ("SRL", "BV")
        query = select(m.DataCategory).where(m.DataCategory.seed_key == "identity")
        identity = session.scalars(query).one()  # the catalogues in both languages
        assert identity.name == "État civil et identité"
        assert identity.name_nl == "Identiteit en burgerlijke staat"
        assert identity.name_en is None
    created.close()


def test_the_main_language_is_never_one_of_the_others(qtbot: QtBot) -> None:
    dialog, page = _organisation_page(qtbot, "en")
    checks = page.other_language_checks
    tick(qtbot, checks["nl"])
    tick(qtbot, checks["en"])
    page.language_combo.setCurrentIndex(page.language_combo.findData("nl"))
    assert not checks["nl"].isVisible() and not checks["nl"].isChecked()
    assert checks["fr"].isVisible() and not checks["fr"].isChecked()
    fill(dialog, legal_name="Octet BV", legal_form="BV")
    values = dialog.result_values()
    assert (values["language"], values["other_languages"]) == ("nl", ["en"])
    # In English a firm writing only Dutch keeps its Dutch form.
    assert (values["legal_form_en"], values["legal_name_en"]) == ("BV", "Octet BV")
    tick(qtbot, checks["fr"])
    values = dialog.result_values()
    assert values["other_languages"] == ["fr", "en"]
    assert (values["legal_form_fr"], values["legal_name_fr"]) == ("SRL", "Octet SRL")
    assert values["legal_form_en"] == "BV/SRL"  # French and Dutch: both, the main one first


def test_a_french_firm_gets_no_legal_form_proposed(qtbot: QtBot) -> None:
    dialog, page = _organisation_page(qtbot, "fr")
    page.set_country("FR")
    assert page.other_languages_hint.text().startswith("Each language ticked")
    tick(qtbot, page.other_language_checks["en"])
    fill(dialog, legal_name="Octet SAS", legal_form="SAS")
    values = dialog.result_values()
    assert values["other_languages"] == ["en"]
    assert not any(key.startswith(("legal_form_", "legal_name_")) for key in values)
