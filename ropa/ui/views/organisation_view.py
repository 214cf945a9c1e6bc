"""The organisation page: the profile of one organisation of the register (identity, address and
contact, identifiers, DPO or privacy contact, EU representative, supervisory authority, notice
texts) in the generic form editor; every edit is saved at once as an undoable command and a
refused value (e.g. a wrong enterprise number) is shown under its field."""

from __future__ import annotations

import unicodedata
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ropa.core.authorities import authorities, authority_for_country, competent_authority
from ropa.core.changes import ChangeSet
from ropa.core.handle import Register
from ropa.core.i18n import value_label
from ropa.core.organisation_profile import IDENTIFIER_FIELDS, identifier_fields
from ropa.core.reads.organisation import shown_organisation
from ropa.db.enums import Language
from ropa.ui.commands import RegisterEvents
from ropa.ui.dialogs.first_run_wizard import country_names
from ropa.ui.forms.fields import ComboField, LineField
from ropa.ui.forms.record_form import Field, RecordEditor
from ropa.ui.views.list_page import ErrorHandler
from ropa.ui.views.refresh import Refresher


def _sort_key(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


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

        def heading(name: str, text: str) -> Field:
            return Field(name, "heading", text=text)

        return [
            heading("identity", self.tr("Identity")),
            Field("legal_name", "line", required=True),
            Field("trade_name", "line"),
            Field("legal_form", "line"),
            Field("legal_representative", "line"),
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
            Field("dpo_designated", "check"),
            Field("dpo_name", "line"),
            Field("dpo_email", "line"),
            Field("dpo_phone", "line"),
            Field("dpo_address", "text"),
            heading("representative", self.tr("Representative in the EU (Art. 27)")),
            Field("eu_representative_name", "line"),
            Field("eu_representative_contact", "text"),
            heading("authority", self.tr("Supervisory authority")),
            Field("supervisory_authority", "combo", items=self._authority_items(None)),
            heading("notice", self.tr("Privacy notice texts")),
            Field("notice_introduction", "text"),
            Field("notice_closing", "text"),
            heading("notes", self.tr("Internal notes")),
            Field("notes", "text"),
        ]

    def _new_editor(self) -> RecordEditor:
        editor = RecordEditor(
            self.db, self._stack, self._events, self._language, "organisation", self.fields()
        )
        editor.setAccessibleName(self.tr("Organisation profile"))
        editor.set_read_only(self.read_only)
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
        self.authority_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        form.insertRow(position + 1, "", self.authority_info)
        # Only the identifiers of the organisation's country; the others on request.
        self.other_identifiers = QCheckBox(self.tr("Show the identifiers of other countries"))
        last = editor.rows[IDENTIFIER_FIELDS[-1]]
        where = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(last))
        form.insertRow(where[0] + 1, "", self.other_identifiers)
        self.other_identifiers.toggled.connect(self._show_identifiers)
        editor.reloaded.connect(self._values_shown)
        return editor

    # -- what follows the values: identifiers of the country, the privacy e-mail ---------------

    def _values_shown(self) -> None:
        self._show_identifiers()
        self._suggest_privacy_email()

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
