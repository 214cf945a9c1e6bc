"""The "Recipients & transfers" section of the activity editor: to whom the data are disclosed
(Art. 30(1)(d)), whether data leave the EEA and the transfers with their safeguards
(Art. 30(1)(e))."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ropa.core.authorities import authorities
from ropa.core.i18n import label, value_label
from ropa.core.reads.activity import ActivityData
from ropa.db.enums import PartyKind, RecipientKind, Safeguard
from ropa.ui.dialogs.first_run_wizard import country_names
from ropa.ui.forms.committer import Committer
from ropa.ui.forms.fields import ComboField, FieldRow, LineField, TextField
from ropa.ui.views.activity_editor.children import ChildSection
from ropa.ui.views.activity_editor.outside_eea import FIELD, OutsideEeaForm, create_answering_yes
from ropa.ui.views.activity_editor.pickers import ChoiceField
from ropa.ui.views.activity_editor.sections import enum_items

# What names a recipient: any one of these is enough (core/validation.py). They are
# alternatives: choosing one clears the others, in the same undo step.
RECIPIENT_NAMES = ("party_id", "recipient_category_id", "recipient_name", "department")
# Which of them apply to which kind of recipient (a field holding a value is always shown).
INTERNAL_FIELDS = {"department", "recipient_category_id"}
EXTERNAL_FIELDS = {"party_id", "recipient_category_id", "recipient_name"}
# A recipient whose kind is still to be determined may be named in any of these ways.
FIELDS_OF_KIND = {
    RecipientKind.INTERNAL.value: INTERNAL_FIELDS,
    RecipientKind.UNDETERMINED.value: set(RECIPIENT_NAMES),
}
# The party kind a new party gets when created from a recipient of this kind.
PARTY_KIND: dict[str, str] = {
    RecipientKind.PROCESSOR.value: PartyKind.PROCESSOR.value,
    RecipientKind.THIRD_PARTY.value: PartyKind.THIRD_PARTY.value,
    RecipientKind.PUBLIC_AUTHORITY.value: PartyKind.PUBLIC_AUTHORITY.value,
    RecipientKind.JOINT_CONTROLLER.value: PartyKind.JOINT_CONTROLLER.value,
}
# A transfer names its recipient by a directory party or by a name (alternatives too).
TRANSFER_NAMES = ("party_id", "recipient_name")


@cache
def eea_countries() -> frozenset[str]:
    """The countries of the EEA: those with a bundled supervisory authority."""
    return frozenset(authority.country for authority in authorities().values())


def commit_alternative(
    committer: Committer,
    model: str,
    entity_id: str,
    row: FieldRow,
    current: dict[str, Any],
    alternatives: tuple[str, ...],
) -> bool:
    """Save the row like `Committer.update`; when it sets one of `alternatives`, the others
    that hold a value are cleared in the same command (one undo step)."""
    field = row.fields[0]
    changes = row.changes()
    version = current.get("version")
    if field not in alternatives or not changes[field] or changes == row.stored:
        return committer.update(model, entity_id, row, version)
    cleared = {name: None for name in alternatives if name != field and current.get(name)}
    shown = {name: current.get(name) for name in cleared}
    return committer.update(model, entity_id, row, version, extra=cleared, extra_seen=shown)


class NamedChildSection(ChildSection):
    """A child table whose rows name a party or catalogue entry (names looked up by id)."""

    alternatives: tuple[str, ...] = ()

    def __init__(
        self, committer: Committer, headers: list[str], add_text: str, remove_text: str
    ) -> None:
        super().__init__(committer, headers, add_text, remove_text)
        self.names: dict[str, str] = {}

    def remember_names(self, data: ActivityData) -> None:
        self.names = {c.id: c.name for entries in data.choices.values() for c in entries}

    def name_of(self, entity_id: str | None) -> str:
        return self.names.get(entity_id or "", "") if entity_id else ""

    def _commit(self, row: FieldRow) -> None:  # ChildSection override
        current = self.current()
        if self.current_id is not None and current is not None:
            saved = commit_alternative(
                self.committer, self.model, self.current_id, row, current, self.alternatives
            )
            if saved and row.fields[0] in self.alternatives:
                # Another way of naming it that was refused before is no longer needed.
                for other in self.rows:
                    if other is not row and other.name in self.alternatives:
                        other.show_stored(self.current() or {}, force=other.has_error)
            self.detail_shown()


class RecipientList(NamedChildSection):
    """The activity's recipients: the kind, then who (as fits the kind), and what is shared."""

    model = "activity_recipient"
    alternatives = RECIPIENT_NAMES

    def __init__(self, committer: Committer) -> None:
        lang = committer.lang

        def text(field: str) -> str:
            return label(lang, "activity_recipient", field)

        super().__init__(
            committer,
            [
                f"{text('kind')} *",
                QCoreApplication.translate("ActivityEditor", "Who"),
                text("detail"),
            ],
            QCoreApplication.translate("ActivityEditor", "Add a recipient"),
            QCoreApplication.translate("ActivityEditor", "Remove the recipient"),
        )
        self.table.setAccessibleName(label(lang, "activity", "recipients"))
        self.set_column_weights(2, 3, 3)
        self.kind = ComboField(
            "kind", text("kind"), enum_items(lang, "recipient_kind", RecipientKind, False), True
        )
        self.party = ChoiceField("party_id", text("party_id"), "party", committer)
        self.category = ChoiceField(
            "recipient_category_id", text("recipient_category_id"), "recipient_category", committer
        )
        for row in [
            self.kind,
            LineField("department", text("department")),
            self.party,
            self.category,
            LineField("recipient_name", text("recipient_name")),
            TextField("detail", text("detail"), lines=2),
        ]:
            self.add_row(row)
        self.kind.combo.currentIndexChanged.connect(lambda _i: self.detail_shown())

    def show_data(self, data: ActivityData) -> None:
        self.remember_names(data)
        organisation_id = data.activity["organisation_id"]
        self.party.set_choices(data.choices.get("party", []), organisation_id)
        self.category.set_choices(data.choices.get("recipient_category", []), organisation_id)
        self.show_children(data.activity["id"], data.children.get("activity_recipient", []))

    def who(self, child: dict[str, Any]) -> str:
        """Whom the recipient names, as the register's label does."""
        return (
            self.name_of(child.get("party_id"))
            or self.name_of(child.get("recipient_category_id"))
            or child.get("recipient_name")
            or child.get("department")
            or ""
        )

    def row_texts(self, child: dict[str, Any]) -> list[str]:
        kind = child.get("kind")
        return [
            value_label(self.lang, "recipient_kind", kind) if kind else "",
            self.who(child),
            child.get("detail") or "",
        ]

    def new_values(self) -> dict[str, Any]:
        return {
            "kind": RecipientKind.PROCESSOR.value,
            "recipient_name": self.placeholder(),
        }

    def detail_shown(self) -> None:
        """Show the fields that fit the kind chosen (and any holding a value)."""
        kind = self.kind.value()
        applies = FIELDS_OF_KIND.get(kind, EXTERNAL_FIELDS)
        stored = self.current() or {}
        for row in self.rows:
            field = row.name
            if field in RECIPIENT_NAMES:
                self.form.setRowVisible(row, field in applies or bool(stored.get(field)))
        self.party.new_values = {"kind": PARTY_KIND.get(kind, PartyKind.THIRD_PARTY.value)}


class TransferList(NamedChildSection):
    """Transfers outside the EEA: the country, the recipient, the safeguard and its papers.
    Adding one records that the activity's data leave the EEA, when not yet answered so."""

    model = "transfer"
    alternatives = TRANSFER_NAMES

    def __init__(self, committer: Committer) -> None:
        lang = committer.lang

        def text(field: str) -> str:
            return label(lang, "transfer", field)

        super().__init__(
            committer,
            [f"{text('country')} *", text("party_id"), text("safeguard")],
            QCoreApplication.translate("ActivityEditor", "Add a transfer"),
            QCoreApplication.translate("ActivityEditor", "Remove the transfer"),
        )
        self.table.setAccessibleName(label(lang, "activity", "transfers"))
        self.set_column_weights(2, 3, 3)
        self.countries = dict(country_names(lang))
        self.country = ComboField(
            "country", text("country"), list(self.countries.items()), required=True
        )
        self.party = ChoiceField(
            "party_id", text("party_id"), "party", committer, new_values={"kind": "processor"}
        )
        self.safeguard = ComboField(
            "safeguard", text("safeguard"), enum_items(lang, "safeguard", Safeguard, True)
        )
        self.derogation = TextField("derogation", text("derogation"), lines=3)
        self.derogation.text_edit.setPlaceholderText(
            QCoreApplication.translate(
                "ActivityEditor",
                "Which ground of Art. 49(1) applies (e.g. explicit consent, a contract with "
                "the person) and where it is documented",
            )
        )
        self.add_row(self.country)
        self.eea_hint = QLabel(
            QCoreApplication.translate(
                "ActivityEditor",
                "This country is in the EEA: a transfer is only for countries outside the EEA.",
            )
        )
        self.eea_hint.setWordWrap(True)
        self.form.addRow("", self.eea_hint)
        for row in [
            self.party,
            LineField("recipient_name", text("recipient_name")),
            self.safeguard,
            self.derogation,
            LineField("document_reference", text("document_reference")),
            TextField("copy_access", text("copy_access"), lines=2),
            TextField("notes", text("notes"), lines=2),
        ]:
            self.add_row(row)
        self.country.combo.currentIndexChanged.connect(lambda _i: self.detail_shown())
        self.safeguard.combo.currentIndexChanged.connect(lambda _i: self.detail_shown())
        self.activity: dict[str, Any] = {}  # the activity as shown (its answer and version)

    def show_data(self, data: ActivityData) -> None:
        self.activity = data.activity
        self.remember_names(data)
        self.party.set_choices(data.choices.get("party", []), data.activity["organisation_id"])
        self.show_children(data.activity["id"], data.children.get("transfer", []))

    def row_texts(self, child: dict[str, Any]) -> list[str]:
        country = child.get("country") or ""
        safeguard = child.get("safeguard")
        return [
            self.countries.get(country, country),
            self.name_of(child.get("party_id")) or child.get("recipient_name") or "",
            value_label(self.lang, "safeguard", safeguard) if safeguard else "",
        ]

    def new_values(self) -> dict[str, Any]:
        return {
            "country": "US",
            "recipient_name": self.placeholder(),
        }

    def create_child(self, values: dict[str, Any]) -> str | None:
        if self.activity.get(FIELD) is True:
            return super().create_child(values)
        return create_answering_yes(self.committer, self.activity, values)

    def detail_shown(self) -> None:
        """The EEA hint for a country of the EEA; the derogation only under Art. 49."""
        current = self.current() is not None
        in_eea = self.country.value() in eea_countries()
        self.form.setRowVisible(self.eea_hint, current and in_eea)
        art49 = self.safeguard.value() == Safeguard.DEROGATION_ART49
        stored = (self.current() or {}).get("derogation")
        self.form.setRowVisible(self.derogation, art49 or bool(stored))


class RecipientsSection(QWidget):
    """The tab "Recipients & transfers": the recipients, then whether data leave the EEA and
    the transfers."""

    def __init__(self, committer: Committer) -> None:
        super().__init__()
        lang = committer.lang
        self.recipients = RecipientList(committer)
        self.outside_eea = OutsideEeaForm(committer)
        self.transfers = TransferList(committer)
        layout = QVBoxLayout(self)
        for title, section in (
            (label(lang, "activity", "recipients"), self.recipients),
            (label(lang, "activity", "transfers"), self.transfers),
        ):
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setBuddy(section.table)
            layout.addWidget(heading)
            if section is self.transfers:
                layout.addWidget(self.outside_eea)
            layout.addWidget(section)
        layout.addStretch(1)

    def show_data(self, data: ActivityData) -> None:
        self.recipients.show_data(data)
        self.outside_eea.show_data(data)
        self.transfers.show_data(data)
