"""The first-run wizard: the organisation's details (or the demo) for a new register, with the
main language of its documents and the others they are written in."""

from __future__ import annotations

import html
import unicodedata
from functools import partial
from typing import Any

from babel import Locale
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ropa.core.authorities import Authority, authorities, competent_authority
from ropa.core.errors import Problem, ValidationError
from ropa.core.i18n import LANGUAGES, label, normalise_language, tr
from ropa.core.organisation_profile import (
    IDENTIFIER_FIELDS,
    identifier_fields,
    normalise_website,
    proposed_document_language,
    proposed_translations,
)
from ropa.core.services import validate_table_row
from ropa.core.validation import country_codes, row_problems
from ropa.ui.forms.fields import not_recorded
from ropa.ui.geometry import fit_to_screen
from ropa.ui.theme import error_style

PAGE_WELCOME, PAGE_ORGANISATION, PAGE_CONTACT, PAGE_SUMMARY = range(4)
FIRST_COUNTRIES = ("BE", "FR")
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"})
REQUIRED = ("legal_name", "country")
ORGANISATION_FIELDS = (
    "legal_name", "trade_name", "legal_form", "country", "street", "postcode", "city",
    *IDENTIFIER_FIELDS, "email", "phone", "website", "supervisory_authority", "language",
    "other_languages",
)  # fmt: skip
CONTACT_FIELDS = ("dpo_designated", "dpo_name", "dpo_email", "dpo_phone")


def _sort_key(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def country_names(lang: str) -> list[tuple[str, str]]:
    """(code, name in lang) for every country: Belgium and France first, then by name."""
    names = Locale(normalise_language(lang)).territories
    codes = sorted(country_codes() - NOT_COUNTRIES - set(FIRST_COUNTRIES))
    rest = sorted(
        ((code, str(names.get(code, code))) for code in codes), key=lambda p: _sort_key(p[1])
    )
    return [(code, str(names.get(code, code))) for code in FIRST_COUNTRIES] + rest


def language_name(ui_lang: str, code: str) -> str:
    name = str(Locale(normalise_language(ui_lang)).languages.get(code, code))
    return name[:1].upper() + name[1:]


class FieldRow(QWidget):
    """An input with its error message underneath (hidden while there is none)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(error_style())
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.default_description = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error_label)

    def set_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))
        self.editor.setAccessibleDescription(message or self.default_description)


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to ropa"))
        intro = QLabel(
            self.tr(
                "ropa keeps your record of processing activities (GDPR, Article 30). "
                "How would you like to start?"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.create_radio = QRadioButton(self.tr("Create my organisation's register"), self)
        self.demo_radio = QRadioButton(
            self.tr("Explore the demo register (a fictional Belgian IT firm)"), self
        )
        self.create_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.create_radio)
        group.addButton(self.demo_radio)
        # A final page shows Finish instead of Next (QWizard re-lays its buttons).
        self.demo_radio.toggled.connect(self.setFinalPage)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(self.create_radio)
        layout.addWidget(self.demo_radio)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1 if self.demo_radio.isChecked() else PAGE_ORGANISATION


class FormPage(QWizardPage):
    """A page of fields checked with the core's rules when the user clicks Next."""

    fields: tuple[str, ...] = ()

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, field: str, editor: QWidget, text: str = "") -> None:
        text = text or label(self.owner.language, "organisation", field)
        row = FieldRow(editor, self)
        self.rows[field] = row
        self.labels[field] = QLabel(self)
        self.labels[field].setBuddy(editor)
        form.addRow(self.labels[field], row)
        if field in REQUIRED:
            row.default_description = self.tr("Required field")
            row.set_error(None)
        self.set_label(field, text)

    def set_label(self, field: str, text: str) -> None:
        self.labels[field].setText(f"{text} *" if field in REQUIRED else text)
        self.rows[field].editor.setAccessibleName(text)

    def validatePage(self) -> bool:
        problems = self.owner.problems()
        shown = {}
        for problem in problems:
            field = problem.path.split(".")[0]
            if field in self.rows and field not in shown:
                shown[field] = problem.message(self.owner.language)
        for field, row in self.rows.items():
            row.set_error(shown.get(field))
        if shown:
            first = next(f for f in self.rows if f in shown)
            self.rows[first].editor.setFocus()
        return not shown


class OrganisationPage(FormPage):
    fields = ORGANISATION_FIELDS

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        lang = wizard.language
        self.setTitle(self.tr("Your organisation"))
        self.edits: dict[str, QLineEdit] = {}
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.country_combo = QComboBox(self)
        for code, name in country_names(lang):
            self.country_combo.addItem(name, code)
        self.country_combo.insertSeparator(len(FIRST_COUNTRIES))
        self.language_combo = QComboBox(self)
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(lang, code), code)
        # Proposed from the country, the postcode and the interface language until the user
        # chooses one (see organisation_profile.proposed_document_language).
        self.language_chosen = wizard.chosen_document_language is not None
        self._proposing = False
        self.language_combo.setCurrentIndex(LANGUAGES.index(wizard.document_language))
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        for field in ("legal_name", "trade_name", "legal_form"):
            self._add_edit(left, field)
        self.add_row(left, "country", self.country_combo)
        for field in ("street", "postcode", "city"):
            self._add_edit(left, field)
        self.add_row(left, "language", self.language_combo)
        self.language_hint = self._hint(
            self.tr(
                "The register, the privacy notice and the names of new entries are written in "
                "this language."
            )
        )
        left.addRow("", self.language_hint)
        # The other document languages: none proposed (each one asks for a version of every
        # text); the hint says when a firm usually has them.
        self.other_language_checks: dict[str, QCheckBox] = {}
        checks = QWidget(self)
        checks_layout = QHBoxLayout(checks)
        checks_layout.setContentsMargins(0, 0, 0, 0)
        for code in LANGUAGES:
            check = QCheckBox(language_name(lang, code), checks)
            check.toggled.connect(partial(self._clear_error, "other_languages"))
            self.other_language_checks[code] = check
            checks_layout.addWidget(check)
        checks_layout.addStretch(1)
        self.add_row(left, "other_languages", checks)
        self.other_languages_hint = self._hint("")
        left.addRow("", self.other_languages_hint)
        for field in IDENTIFIER_FIELDS:
            self._add_edit(right, field)
        self.other_identifiers = QCheckBox(self.tr("Show the identifiers of other countries"), self)
        self.other_identifiers.toggled.connect(self._show_identifiers)
        right.addRow("", self.other_identifiers)
        for field in ("email", "phone", "website"):
            self._add_edit(right, field)
        self.website_hint = self._hint(
            self.tr("Typed without http:// or https://, the address gets https:// in front.")
        )
        right.addRow("", self.website_hint)
        self.edits["enterprise_number"].setPlaceholderText("0403.170.701")
        self.edits["email"].setPlaceholderText("info@example.com")
        self.edits["website"].setPlaceholderText("https://")
        self.edits["website"].editingFinished.connect(self._normalise_website)
        self.edits["postcode"].textChanged.connect(self._propose_language)

        self.authority_label = QLabel(self)
        self.authority_label.setWordWrap(True)
        self.authority_label.setOpenExternalLinks(True)
        self.authority_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.authority_check = QCheckBox(self.tr("Choose another authority"), self)
        self.authority_combo = QComboBox(self)
        self.authority_combo.setAccessibleName(self.tr("Other supervisory authority"))
        for code, authority in sorted(
            authorities().items(), key=lambda i: _sort_key(i[1].name(lang))
        ):
            self.authority_combo.addItem(authority.name(lang), code)
        self.authority_combo.setEnabled(False)
        self.authority_check.toggled.connect(self.authority_combo.setEnabled)
        self.authority_check.toggled.connect(self._update_authority)
        self.authority_combo.currentIndexChanged.connect(self._update_authority)
        authority_form = QFormLayout()
        authority_box = QVBoxLayout()
        authority_box.addWidget(self.authority_label)
        choose = QHBoxLayout()
        choose.addWidget(self.authority_check)
        choose.addWidget(self.authority_combo, 1)
        authority_box.addLayout(choose)
        authority_title = QLabel(label(lang, "organisation", "supervisory_authority"), self)
        authority_form.addRow(authority_title, authority_box)
        self.rows["supervisory_authority"] = FieldRow(QWidget(self), self)
        self.rows["supervisory_authority"].editor.hide()
        authority_box.addWidget(self.rows["supervisory_authority"])

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        note = QLabel(self.tr("Fields marked with * are required."), self)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addSpacing(8)
        layout.addLayout(authority_form)
        layout.addStretch(1)
        layout.addWidget(note)
        self._right_form = right

        self.country_combo.currentIndexChanged.connect(self._country_changed)
        order: list[QWidget] = [self.edits[f] for f in ("legal_name", "trade_name", "legal_form")]
        order += [self.country_combo] + [self.edits[f] for f in ("street", "postcode", "city")]
        order += [self.language_combo, *self.other_language_checks.values()]
        order += [self.edits[f] for f in IDENTIFIER_FIELDS] + [self.other_identifiers]
        order += [self.edits[f] for f in ("email", "phone", "website")]
        order += [self.authority_check, self.authority_combo]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._country_changed()

    def _hint(self, text: str) -> QLabel:
        hint = QLabel(text, self)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        font = hint.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        hint.setFont(font)
        return hint

    def _add_edit(self, form: QFormLayout, field: str) -> None:
        edit = QLineEdit(self)
        edit.textChanged.connect(partial(self._clear_error, field))
        self.edits[field] = edit
        self.add_row(form, field, edit)

    def _clear_error(self, field: str, *_: object) -> None:
        self.rows[field].set_error(None)

    def country(self) -> str:
        return str(self.country_combo.currentData() or "")

    def set_country(self, code: str) -> None:
        self.country_combo.setCurrentIndex(self.country_combo.findData(code))

    def identifier_shown(self, field: str) -> bool:
        """The country's identifiers; the others on request, or while they hold a value (what
        is typed is never hidden, since it is saved)."""
        return (
            field in identifier_fields(self.country())
            or self.other_identifiers.isChecked()
            or bool(self.edits[field].text().strip())
        )

    def _show_identifiers(self) -> None:
        for field in IDENTIFIER_FIELDS:
            self._right_form.setRowVisible(self.rows[field], self.identifier_shown(field))

    def _language_changed(self) -> None:
        if not self._proposing:
            self.language_chosen = True  # the user's choice: no longer proposed
        self._show_other_languages()

    def _show_other_languages(self) -> None:
        """A box for each language but the main one (unticked when it becomes the main one)."""
        main = self.language_combo.currentData()
        for code, check in self.other_language_checks.items():
            if code == main:
                check.setChecked(False)
            check.setVisible(code != main)

    def other_languages(self) -> list[str]:
        main = self.language_combo.currentData()
        return [
            c for c, check in self.other_language_checks.items() if check.isChecked() and c != main
        ]

    def _propose_language(self) -> None:
        if self.language_chosen:
            return
        postcode = self.edits["postcode"].text()
        proposed = proposed_document_language(self.country(), self.owner.language, postcode)
        self._proposing = True
        try:
            self.language_combo.setCurrentIndex(self.language_combo.findData(proposed))
        finally:
            self._proposing = False

    def _normalise_website(self) -> None:
        edit = self.edits["website"]
        normalised = normalise_website(edit.text()) or ""
        if normalised != edit.text():
            edit.setText(normalised)

    def _country_changed(self) -> None:
        country = self.country()
        self._show_identifiers()
        self._propose_language()
        self._show_other_languages()
        if country == "BE":
            hint = self.tr(
                "Brussels firms often write their documents in French and in Dutch, some in "
                "English too. Each language ticked gets its own version of every text of the "
                "documents; you can add one later on the Organisation page."
            )
        else:
            hint = self.tr(
                "Each language ticked gets its own version of every text of the documents; you "
                "can add one later on the Organisation page."
            )
        self.other_languages_hint.setText(hint)
        placeholders = {"BE": "BE0403170701", "FR": "FR40303265045"}
        self.edits["vat_number"].setPlaceholderText(placeholders.get(country, ""))
        own = competent_authority(country, None)
        if own is not None and not self.authority_check.isChecked():
            self.authority_combo.setCurrentIndex(self.authority_combo.findData(own.code))
        self._update_authority()

    def authority_override(self) -> str | None:
        if not self.authority_check.isChecked():
            return None
        chosen = self.authority_combo.currentData()
        own = competent_authority(self.country(), None)
        return None if own is not None and own.code == chosen else str(chosen)

    def authority(self) -> Authority | None:
        return competent_authority(self.country(), self.authority_override())

    def _update_authority(self) -> None:
        found = self.authority()
        if found is None:
            self.authority_label.setText(
                self.tr("No authority is known for this country: choose one below.")
            )
            return
        text = html.escape(found.name(self.owner.language))
        if found.website:
            site = html.escape(found.website)
            text += f'<br><a href="{site}">{site}</a>'
        self.authority_label.setText(text)

    def values(self) -> dict[str, Any]:
        country = self.country()
        result: dict[str, Any] = {}
        for field, edit in self.edits.items():
            shown = field not in IDENTIFIER_FIELDS or self.identifier_shown(field)
            result[field] = (edit.text().strip() or None) if shown else None
        result["website"] = normalise_website(result["website"])
        result["country"] = country or None
        result["language"] = self.language_combo.currentData()
        result["supervisory_authority"] = self.authority_override()
        others = self.other_languages()
        # The legal form (and a legal name ending with it) proposed in each: SRL -> BV.
        result.update(proposed_translations({**result, "other_languages": []}, others))
        result["other_languages"] = others
        return result


class ContactPage(FormPage):
    fields = CONTACT_FIELDS

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Privacy contact"))
        intro = QLabel(
            self.tr(
                "Who answers questions about personal data? If your organisation has designated "
                "a data protection officer (DPO), give their details; otherwise, give the person "
                "people can contact about privacy."
            ),
            self,
        )
        intro.setWordWrap(True)
        # Whether a DPO is designated, asked: none of the answers chosen at first, and not
        # answering (or "I don't know yet") records no answer, so no document says "no DPO"
        # for a firm that never said so.
        self.dpo_box = QGroupBox(
            self.tr("Has your organisation designated a data protection officer (DPO)?"), self
        )
        lang = wizard.language
        self.dpo_answers = {
            True: QRadioButton(tr(lang, "value.yes"), self.dpo_box),
            False: QRadioButton(tr(lang, "value.no"), self.dpo_box),
            None: QRadioButton(self.tr("I don't know yet"), self.dpo_box),
        }
        self.dpo_group = QButtonGroup(self)
        answers = QHBoxLayout()
        for button in self.dpo_answers.values():
            self.dpo_group.addButton(button)
            answers.addWidget(button)
            answers.addSpacing(12)
        answers.addStretch(1)
        self.dpo_hint = QLabel(
            self.tr(
                "Without an answer, the privacy notice says nothing about a DPO and lists the "
                "question as to be completed; you can answer it later on the Organisation page."
            ),
            self.dpo_box,
        )
        self.dpo_hint.setWordWrap(True)
        font = self.dpo_hint.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.dpo_hint.setFont(font)
        for button in self.dpo_answers.values():
            button.setAccessibleDescription(self.dpo_hint.text())
        box_layout = QVBoxLayout(self.dpo_box)
        box_layout.addLayout(answers)
        box_layout.addWidget(self.dpo_hint)
        self.edits = {field: QLineEdit(self) for field in ("dpo_name", "dpo_email", "dpo_phone")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, edit in self.edits.items():
            edit.textChanged.connect(partial(self._clear_error, field))
            self.add_row(form, field, edit)
        self.edits["dpo_email"].setPlaceholderText("privacy@example.com")
        # The organisation's e-mail is offered until the user types an address of their own
        # (an address they cleared on purpose stays empty).
        self.email_typed = False
        self.edits["dpo_email"].textEdited.connect(self._email_edited)
        self.email_hint = QLabel(self)
        self.email_hint.setWordWrap(True)
        self.email_hint.hide()
        form.addRow("", self.email_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.dpo_box)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        self.dpo_group.buttonToggled.connect(self._relabel)
        self._relabel()

    def dpo_designated(self) -> bool | None:
        """The answer chosen: True, False, or None (not answered, or not known yet)."""
        for answer, button in self.dpo_answers.items():
            if button.isChecked():
                return answer
        return None

    def initializePage(self) -> None:
        """Offer the organisation's e-mail for privacy requests (unless the user typed one)."""
        company = self.owner.organisation_page.values().get("email") or ""
        edit = self.edits["dpo_email"]
        if not self.email_typed:
            edit.setText(company)
        suggested = bool(company) and edit.text().strip() == company
        self.email_hint.setText(
            self.tr(
                "Suggested from the organisation's e-mail: change it if privacy requests go "
                "to another address."
            )
        )
        self.email_hint.setVisible(suggested)

    def _email_edited(self, _text: str) -> None:
        self.email_typed = True
        self.email_hint.hide()

    def _clear_error(self, field: str, *_: object) -> None:
        self.rows[field].set_error(None)

    def _relabel(self, *_: object) -> None:
        """The fields named after the answer: the DPO's, the privacy contact's, or either
        (no answer: the register's own labels, "DPO / privacy contact")."""
        designated = self.dpo_designated()
        if designated is None:
            lang = self.owner.language
            texts = tuple(label(lang, "organisation", field) for field in self.edits)
        elif designated:
            texts = (self.tr("Name of the DPO"), self.tr("DPO's e-mail"), self.tr("DPO's phone"))
        else:
            texts = (
                self.tr("Privacy contact's name"),
                self.tr("Privacy contact's e-mail"),
                self.tr("Privacy contact's phone"),
            )
        for field, text in zip(self.edits, texts, strict=True):
            self.set_label(field, text)

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {f: e.text().strip() or None for f, e in self.edits.items()}
        result["dpo_designated"] = self.dpo_designated()
        return result


class SummaryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Summary"))
        intro = QLabel(
            self.tr("Check the details, then click Finish to create the register."), self
        )
        intro.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setAccessibleName(self.tr("Summary"))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)

    def initializePage(self) -> None:
        self.summary_label.setText(self.owner.summary_html())


class FirstRunWizard(QWizard):
    """Asks for the organisation's details; it does not write (create_register takes them)."""

    def __init__(
        self, language: str, parent: QWidget | None = None, document_language: str | None = None
    ) -> None:
        super().__init__(parent)
        self.language = normalise_language(language)
        # None: proposed from the country (and postcode) the user gives, until they choose.
        self.chosen_document_language = document_language
        self.document_language = normalise_language(
            document_language or proposed_document_language(None, self.language)
        )
        self.setWindowTitle(self.tr("New register"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome_page = WelcomePage(self)
        self.organisation_page = OrganisationPage(self)
        self.contact_page = ContactPage(self)
        self.summary_page = SummaryPage(self)
        self.setPage(PAGE_WELCOME, self.welcome_page)
        self.setPage(PAGE_ORGANISATION, self.organisation_page)
        self.setPage(PAGE_CONTACT, self.contact_page)
        self.setPage(PAGE_SUMMARY, self.summary_page)
        self.setStartId(PAGE_WELCOME)
        fit_to_screen(self, 980, 680)  # at most the screen it opens on: buttons in sight

    def wants_demo(self) -> bool:
        return self.welcome_page.demo_radio.isChecked()

    def values(self) -> dict[str, Any]:
        return {**self.organisation_page.values(), **self.contact_page.values()}

    def problems(self) -> list[Problem]:
        """What the core's rules find wrong with the values entered so far (nothing written)."""
        values = self.result_values()
        try:
            validate_table_row("organisation", values)
        except ValidationError as exc:
            # Type errors stop the core before its domain rules: run those too, to show all.
            return [*exc.problems, *row_problems("organisation", values)]
        return []

    def result_values(self) -> dict[str, Any]:
        """The values for create_organisation (empty fields left out)."""
        return {k: v for k, v in self.values().items() if v is not None}

    def summary_html(self) -> str:
        values = self.values()
        lang = self.language
        shown: list[tuple[str, str]] = []
        for field in ORGANISATION_FIELDS + CONTACT_FIELDS:
            value = values.get(field)
            if field == "country":
                value = Locale(lang).territories.get(value, value)
            elif field == "language":
                value = language_name(lang, str(value))
            elif field == "other_languages":
                value = ", ".join(language_name(lang, str(code)) for code in value or [])
            elif field == "supervisory_authority":
                found = self.organisation_page.authority()
                value = found.name(lang) if found is not None else None
            elif field == "dpo_designated":  # shown unanswered too: the user sees it is open
                if value is None:
                    value = not_recorded()
                else:
                    value = self.tr("Yes") if value else self.tr("No")
            if value:
                page_label = self.organisation_page.labels.get(
                    field
                ) or self.contact_page.labels.get(field)
                text = page_label.text() if page_label else label(lang, "organisation", field)
                shown.append((text.rstrip(" *"), str(value)))
            if field == "other_languages":
                shown.extend(self._proposals(values))
        rows = "".join(
            f"<tr><td style='padding-right:16px'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in shown
        )
        note = ""
        if self._proposals(values):
            note = "<p>{}</p>".format(
                html.escape(
                    self.tr(
                        "The legal name and legal form in the other languages are proposed "
                        "from the legal form: change them on the Organisation page if they are "
                        "not right."
                    )
                )
            )
        return f"<table>{rows}</table>{note}"

    def _proposals(self, values: dict[str, Any]) -> list[tuple[str, str]]:
        """The legal name and form proposed in the other languages (label, text), language by
        language, the name first."""
        found = [
            (LANGUAGES.index(code), field != "legal_name", column)
            for column in values
            if column.startswith(("legal_name_", "legal_form_"))
            for field, _, code in [column.rpartition("_")]
            if code in LANGUAGES
        ]
        return [
            (label(self.language, "organisation", column), str(values[column]))
            for *_, column in sorted(found)
        ]
