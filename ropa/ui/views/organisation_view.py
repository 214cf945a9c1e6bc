"""The organisation page: the profile of one organisation of the register (identity, document
languages, address and contact, identifiers, DPO or privacy contact, EU representative,
supervisory authority, how people exercise their rights, national law, declarations, data
location and transfers, cookies, notice texts and version) in the generic form editor; every
edit is saved at once as an undoable command and a refused value (e.g. a wrong enterprise
number) is shown under its field. Another main language is asked for first (every text moves
to its language); a language added proposes its legal form and legal name (SRL → BV)."""

from __future__ import annotations

import unicodedata
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ropa.core.authorities import authorities, authority_for_country, competent_authority
from ropa.core.changes import ChangeSet
from ropa.core.handle import Register
from ropa.core.i18n import colon, label, language_name, value_label
from ropa.core.organisation_profile import (
    IDENTIFIER_FIELDS,
    identifier_fields,
    national_law,
    proposed_translations,
)
from ropa.core.reads.organisation import main_language_change, shown_organisation
from ropa.db.enums import IdentityProof, Language, RightsChannel
from ropa.ui.commands import RegisterEvents
from ropa.ui.dialogs.confirm_delete import undo_key
from ropa.ui.dialogs.first_run_wizard import country_names
from ropa.ui.forms.fields import CheckedListRow, ComboField, LineField, not_recorded
from ropa.ui.forms.record_form import Field, RecordEditor
from ropa.ui.views.list_page import ErrorHandler
from ropa.ui.views.refresh import Refresher


def _sort_key(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


USER = Qt.ItemDataRole.UserRole


class OtherLanguagesField(CheckedListRow):
    """The organisation's other document languages as tick boxes: every language but the
    main one (hidden). The order the user added them in is kept."""

    def __init__(self, text: str, ui_lang: str) -> None:
        super().__init__(("other_languages",), text)
        self.list = QListWidget()
        for value in Language:
            item = QListWidgetItem(value_label(ui_lang, "language", value.value))
            item.setData(USER, value.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self.edited.emit())
        self.set_input(self.list)
        self.show_main(None)

    def add_note(self, text: str) -> QLabel:
        """A wrapped text under the boxes (plain text: it may hold the firm's name)."""
        note = QLabel(text)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(note)
        return note

    def show_main(self, main: str | None) -> None:
        """Hide the main language's box; the list as high as the boxes shown."""
        shown = []
        for index in range(self.list.count()):
            item = self.list.item(index)
            item.setHidden(item.data(USER) == main)
            if not item.isHidden():
                shown.append(index)
        row = max(self.list.sizeHintForRow(shown[0]) if shown else 0, 1)
        self.list.setFixedHeight(row * len(shown) + 2 * self.list.frameWidth())

    def changes(self) -> dict[str, Any]:
        checked = super().changes()["other_languages"]
        kept = [lang for lang in self.stored.get("other_languages") or [] if lang in checked]
        return {"other_languages": kept + [lang for lang in checked if lang not in kept]}


class OrganisationView(QWidget):
    """The profile form of one organisation; `show_error` is kept for the page interface (the
    form shows its refusals under each field)."""

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        show_error: ErrorHandler,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._stack = stack
        self._events = events
        self._language = language
        self._show_error = show_error
        self._requested_organisation: str | None = None
        self.organisation_id: str | None = None
        self.read_only = False  # see set_read_only

        self.empty_label = QLabel(self.tr("This register holds no organisation yet."), self)
        self.empty_label.hide()
        self.authority_info = QLabel()
        self.other_identifiers = QCheckBox()
        self.editor = self._new_editor()

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 0)
        self._layout.addWidget(self.empty_label)
        self._layout.addWidget(self.editor, 1)
        self.refresher = Refresher(
            self, events, lambda changes: changes.touches("organisation"), self._changed
        )
        self.reload()

    def fields(self) -> list[Field]:
        """The form, in groups: each heading is followed by its fields."""
        lang = self._language
        languages = [(v.value, value_label(lang, "language", v.value)) for v in Language]
        countries: list[tuple[Any, str]] = list(country_names(lang))
        channels = [(v.value, value_label(lang, "rights_channel", v.value)) for v in RightsChannel]
        proofs: list[tuple[Any, str]] = [(None, not_recorded())]
        proofs += [(v.value, value_label(lang, "identity_proof", v.value)) for v in IdentityProof]

        def heading(name: str, text: str) -> Field:
            return Field(name, "heading", text=text)

        return [
            heading("identity", self.tr("Identity")),
            Field("legal_name", "line", required=True),
            Field("trade_name", "line"),
            Field("legal_form", "line"),
            Field("legal_representative", "line"),
            heading("languages", self.tr("Document languages")),
            Field("language", "combo", required=True, items=languages),
            heading("address", self.tr("Address and contact")),
            Field("street", "line"),
            Field("postcode", "line"),
            Field("city", "line"),
            Field("country", "combo", required=True, items=countries),
            Field("email", "line"),
            Field("phone", "line"),
            Field("website", "website"),
            heading("identifiers", self.tr("Identifiers")),
            *(Field(name, "line") for name in IDENTIFIER_FIELDS),
            heading("dpo", self.tr("Data protection officer or privacy contact")),
            Field(
                "dpo_designated",
                "tristate",
                hint=self.tr(
                    "Yes: the fields below are your DPO's details. No: they are those of the "
                    "person people contact about privacy. Not recorded: the notice does not "
                    "mention a DPO and the answer is to be completed."
                ),
            ),
            Field("dpo_name", "line"),
            Field("dpo_email", "line"),
            Field("dpo_phone", "line"),
            Field("dpo_address", "text"),
            heading("representative", self.tr("Representative in the EU (Art. 27)")),
            Field("eu_representative_name", "line"),
            Field("eu_representative_contact", "text"),
            heading("authority", self.tr("Supervisory authority")),
            Field("supervisory_authority", "combo", items=self._authority_items(None)),
            heading("rights", self.tr("How people exercise their rights")),
            Field("rights_channels", "choices", items=channels),
            Field("rights_form_url", "website"),
            Field("identity_proof", "combo", items=proofs),
            Field(
                "response_days",
                "number",
                minimum=1,
                maximum=31,
                hint=self.tr(
                    "The days you take to answer a request: at most one month (Art. 12(3) "
                    "GDPR). Empty: the notice gives the legal time."
                ),
            ),
            heading("national_law", self.tr("National law")),
            Field(
                "national_law",
                "line",
                hint=self.tr(
                    "Empty: the notice names the law of the organisation's country, shown in grey."
                ),
            ),
            heading("declarations", self.tr("Declarations")),
            Field(
                "processes_special_data",
                "tristate",
                hint=self.tr(
                    "Not recorded: the notice takes “Yes” when one of its activities uses "
                    "special-category data; otherwise it is to be completed."
                ),
            ),
            Field("sells_data", "tristate"),
            Field("processes_minors_data", "tristate"),
            Field(
                "minors_age",
                "number",
                minimum=1,
                maximum=18,
                hint=self.tr(
                    "Below this age a person is a minor for your processing: for consent to "
                    "online services, 13 in Belgium and 15 in France (Art. 8 GDPR)."
                ),
            ),
            heading("location", self.tr("Data location and transfers")),
            Field(
                "data_location",
                "text",
                hint=self.tr("Empty: the notice names the countries of your processors."),
            ),
            Field(
                "safeguards_copy",
                "text",
                hint=self.tr(
                    "How a person obtains a copy of the safeguards of transfers outside the "
                    "EEA (a transfer's own text replaces it)."
                ),
            ),
            heading("cookies", self.tr("Cookies")),
            Field(
                "cookie_policy_url",
                "website",
                hint=self.tr(
                    "With a separate cookie policy, the notice links to it instead of listing "
                    "the cookies."
                ),
            ),
            Field("cookie_consent_method", "text"),
            Field("cookie_refusal_effect", "text"),
            heading("notice", self.tr("Privacy notice texts")),
            Field("notice_introduction", "text"),
            Field("notice_closing", "text"),
            heading("notice_version", self.tr("Privacy notice version")),
            Field(
                "notice_version_label",
                "line",
                hint=self.tr(
                    "Your own version number and date, shown in the notice instead of "
                    "ropa's numbering."
                ),
            ),
            Field("notice_version_date", "date"),
            heading("notes", self.tr("Internal notes")),
            Field("notes", "text"),
        ]

    def _new_editor(self) -> RecordEditor:
        editor = RecordEditor(
            self.db, self._stack, self._events, self._language, "organisation", self.fields()
        )
        editor.setAccessibleName(self.tr("Organisation profile"))
        editor.set_read_only(self.read_only)
        editor.set_text_language(getattr(self, "text_lang", None))
        # The competent authority, under the choice of another one.
        authority_row = editor.rows["supervisory_authority"]
        if isinstance(authority_row, ComboField):  # long names: do not widen the whole form
            authority_row.combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            authority_row.combo.setMinimumContentsLength(24)
        form_widget = authority_row.parentWidget()
        assert form_widget is not None
        form = form_widget.layout()
        assert isinstance(form, QFormLayout)
        where = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(authority_row))
        position = where[0]
        self.authority_info = QLabel()
        self.authority_info.setOpenExternalLinks(True)
        self.authority_info.setTextFormat(Qt.TextFormat.RichText)
        self.authority_info.setWordWrap(True)  # a long address must not widen the whole form
        self.authority_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        form.insertRow(position + 1, "", self.authority_info)
        # Only the identifiers of the organisation's country; the others on request.
        self.other_identifiers = QCheckBox(self.tr("Show the identifiers of other countries"))
        last = editor.rows[IDENTIFIER_FIELDS[-1]]
        where = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(last))
        form.insertRow(where[0] + 1, "", self.other_identifiers)
        self.other_identifiers.toggled.connect(self._show_identifiers)
        self._add_language_rows(editor, form)
        version = editor.rows["notice_version_label"]
        if isinstance(version, LineField):  # a short label ("v3.1", "2026-11"), as stored
            version.line.setMaxLength(40)
            version.line.setMaximumWidth(version.line.fontMetrics().horizontalAdvance("0" * 24))
        editor.reloaded.connect(self._values_shown)
        return editor

    # -- the document languages ----------------------------------------------------------------

    def _add_language_rows(self, editor: RecordEditor, form: QFormLayout) -> None:
        """The other document languages under the main one, a hint, and the legal form and
        name proposed in a language just added; another main language is asked for first."""
        main_row = editor.rows["language"]
        main_row.edited.disconnect()  # the editor's own commit: see _main_language_edited
        main_row.edited.connect(self._main_language_edited)
        text = label(self._language, "organisation", "other_languages")
        self.other_languages = OtherLanguagesField(text, self._language)
        self.other_languages.set_read_only(self.read_only)
        self.other_languages.edited.connect(self._other_languages_edited)
        editor.rows["other_languages"] = self.other_languages  # shown and locked with the rest
        position = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(main_row))[0]
        form.insertRow(position + 1, self.other_languages.label, self.other_languages)
        # Under the boxes (in the row: a wrapped label as a row of its own gets too much height).
        self.languages_hint = self.other_languages.add_note(
            self.tr(
                "The register and the privacy notice exist in each of these languages; every "
                "text for the documents gets a version in each. With more than one language, "
                "the list above the page chooses the language of the texts shown and edited."
            )
        )
        self.proposals = self.other_languages.add_note("")
        self.proposals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.proposals.hide()
        self.proposed: dict[str, str] = {}

    def _main_language_edited(self) -> None:
        """Another main language: said what happens and asked first (Undo switches back);
        refused, under the list, while it is not a document language yet or (by the core)
        while a name has no text in it."""
        row = self.editor.rows["language"]
        values = self.editor.values or {}
        if self.organisation_id is None:
            return
        new, old = row.changes()["language"], values.get("language")
        if new and old and new != old:
            change = main_language_change(self.db, self.organisation_id, str(new))
            if not change.document_language:
                row.show_problem(self._not_a_document_language(str(new)))
                return
            if not change.blocked and not self._confirm_main_language(
                str(old), str(new), change.untranslated
            ):
                row.show_stored(values, force=True)
                return
        version = values.get("version")
        self.editor.committer.update("organisation", self.organisation_id, row, version)

    def _not_a_document_language(self, lang: str) -> str:
        return (
            self.tr(
                "This is not one of the organisation's document languages yet: tick “%1” under "
                "“%2”, give the names their text in %3, then make it the main language."
            )
            .replace("%1", value_label(self._language, "language", lang))
            .replace("%2", label(self._language, "organisation", "other_languages"))
            .replace("%3", language_name(self._language, lang))
        )

    def _confirm_main_language(self, old: str, new: str, untranslated: int) -> bool:
        questions = {
            "fr": self.tr("Make French the main language of the documents?"),
            "nl": self.tr("Make Dutch the main language of the documents?"),
            "en": self.tr("Make English the main language of the documents?"),
        }
        box = QMessageBox(
            QMessageBox.Icon.Question,
            label(self._language, "organisation", "language"),
            questions.get(new, new),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        details = [
            self.tr(
                "The texts in %1 become the main texts, and the texts in %2 are kept as texts "
                "in %2: no text is lost and none changes language."
            )
        ]
        if untranslated:
            details.append(
                self.tr(
                    "%n text(s) have no version in %1 yet: they stay empty in %1 until you "
                    "write them (the text in %2 is kept).",
                    "",
                    untranslated,
                )
            )
        details.append(self.tr("%4 (Edit ▸ Undo) makes %2 the main language again."))
        info = "\n\n".join(details)
        info = info.replace("%1", language_name(self._language, new))
        info = info.replace("%2", language_name(self._language, old)).replace("%4", undo_key())
        box.setInformativeText(info)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Change the main language"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _other_languages_edited(self) -> None:
        """Save the languages ticked; a language added gets its legal form and legal name
        proposed (SRL → BV) where they are empty, in the same undo step, and shown."""
        values = self.editor.values or {}
        if self.organisation_id is None:
            return
        before = values.get("other_languages") or []
        chosen = self.other_languages.changes()["other_languages"]
        added = [lang for lang in chosen if lang not in before]
        proposed = proposed_translations({**values, "other_languages": before}, added)
        seen = {column: values.get(column) for column in proposed}
        saved = self.editor.committer.update(
            "organisation",
            self.organisation_id,
            self.other_languages,
            values.get("version"),
            extra=proposed,
            extra_seen=seen,
        )
        if saved and proposed:
            self.proposed.update(proposed)
            self._show_proposals()

    def _show_proposals(self) -> None:
        """The proposals still as they were made (a language removed, a text changed or an
        undo takes them off)."""
        values = self.editor.values or {}
        languages = values.get("other_languages") or []
        self.proposed = {
            column: text
            for column, text in self.proposed.items()
            if values.get(column) == text and column.rsplit("_", 1)[-1] in languages
        }
        lines = [
            f"{label(self._language, 'organisation', column)}{colon(self._language)}{text}"
            for column, text in self.proposed.items()
        ]
        self.proposals.setText("\n".join([self.tr("Proposed, to check in each language:"), *lines]))
        self.proposals.setVisible(bool(lines))

    # -- what follows the values: identifiers of the country, the privacy e-mail ---------------

    def _values_shown(self) -> None:
        self._show_identifiers()
        self._suggest_privacy_email()
        self._show_national_law()
        self.other_languages.show_main((self.editor.values or {}).get("language"))
        self._show_proposals()

    def identifier_shown(self, field: str) -> bool:
        """The country's identifiers; the others on request, or while they hold a value (stored,
        typed, or refused): a value is never hidden."""
        row = self.editor.rows[field]
        country = (self.editor.values or {}).get("country")
        typed = isinstance(row, LineField) and bool(row.line.text().strip())
        return (
            field in identifier_fields(country)
            or self.other_identifiers.isChecked()
            or typed
            or row.has_error
        )

    def _show_identifiers(self) -> None:
        form_widget = self.editor.rows[IDENTIFIER_FIELDS[0]].parentWidget()
        assert form_widget is not None
        form = form_widget.layout()
        assert isinstance(form, QFormLayout)
        for field in IDENTIFIER_FIELDS:
            form.setRowVisible(self.editor.rows[field], self.identifier_shown(field))

    def _suggest_privacy_email(self) -> None:
        """An empty privacy e-mail shows the organisation's e-mail, which the notice then gives
        for privacy requests."""
        email = (self.editor.values or {}).get("email") or ""
        row = self.editor.rows["dpo_email"]
        if isinstance(row, LineField):
            row.line.setPlaceholderText(email)
            hint = (
                self.tr("Empty: privacy requests go to the organisation's e-mail (%1).").replace(
                    "%1", email
                )
                if email
                else ""
            )
            row.line.setToolTip(hint)

    def _show_national_law(self) -> None:
        """An empty national law shows, in grey, the law of the country the notice names, in
        the language of the texts shown (a missing translation keeps its own placeholder)."""
        row = self.editor.rows["national_law"]
        if not isinstance(row, LineField):
            return
        values = self.editor.values or {}
        lang = row.text_lang or str(values.get("language") or self._language)
        derived = national_law(values.get("country"), lang) or ""
        if row.text_lang is None or not row.main_text.strip():
            row.line.setPlaceholderText(derived)
        row.line.setToolTip(derived)

    # -- the supervisory authority -------------------------------------------------------------

    def _authority_items(self, country: str | None) -> list[tuple[Any, str]]:
        """None first (“the authority of the country”), then every authority by name."""
        derived = authority_for_country(country) if country else None
        if derived is None:
            automatic = self.tr("The authority of the organisation's country")
        else:
            automatic = self.tr("The authority of the organisation's country: %1").replace(
                "%1", derived.name(self._language)
            )
        others = sorted(
            ((code, a.name(self._language)) for code, a in authorities().items()),
            key=lambda item: _sort_key(item[1]),
        )
        return [(None, automatic), *others]

    def _show_authority(self) -> None:
        values = self.editor.values or {}
        country = values.get("country")
        override = values.get("supervisory_authority")
        self.editor.set_items("supervisory_authority", self._authority_items(country))
        authority = competent_authority(country, override) if country else None
        if authority is None:
            self.authority_info.setText(
                self.tr("No supervisory authority is known for this country: choose one.")
            )
            return
        if override:
            how = self.tr("Chosen instead of the authority of the country.")
        else:
            how = self.tr("Derived from the country; choose another one above if needed.")
        name = authority.name(self._language).replace("&", "&amp;").replace("<", "&lt;")
        website = authority.website or ""
        link = f' — <a href="{website}">{website}</a>' if website else ""
        self.authority_info.setText(f"<b>{name}</b>{link}<br>{how}")

    # -- showing -------------------------------------------------------------------------------

    def set_organisation(self, organisation_id: str | None) -> None:
        """Show this organisation (None: the first one of the register)."""
        self._requested_organisation = organisation_id
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        """A register opened read-only: the profile is shown, nothing can be changed (the
        identifiers of other countries can still be shown)."""
        self.read_only = read_only
        self.editor.set_read_only(read_only)

    def set_text_language(self, lang: str | None) -> None:
        """Show and edit the organisation's texts in this document language (None: the main
        one)."""
        self.text_lang = lang
        self.editor.set_text_language(lang)

    def set_database(self, db: Register) -> None:
        """Show another register (its first organisation); the form is replaced."""
        self.db = db
        self._requested_organisation = None
        old = self.editor
        self.editor = self._new_editor()
        self._layout.replaceWidget(old, self.editor)
        old.hide()
        old.setParent(None)
        old.deleteLater()
        self.organisation_id = None
        self.reload()

    def reload(self) -> None:
        """Read the organisation again (the requested one, or the first if it is gone)."""
        organisation_id = shown_organisation(self._requested_organisation, self.db)
        if organisation_id != self.organisation_id or organisation_id != self.editor.entity_id:
            self.organisation_id = organisation_id
            self.proposed = {}  # proposals made for the organisation shown before
            self.editor.load(organisation_id)
        else:
            self.editor.reload()
        self.empty_label.setVisible(organisation_id is None)
        self._show_authority()

    def _changed(self, changes: ChangeSet) -> None:
        if (
            not changes.whole
            and changes.ids("organisation") == {self.organisation_id}
            and self.editor.values is not None
        ):
            self._show_authority()  # the form reads the organisation again itself
        else:
            self.reload()  # another organisation created or deleted (e.g. undo of a create)
