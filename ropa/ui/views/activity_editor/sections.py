"""The sections of the activity editor: general information, purposes and legal bases,
retention schedule, public notice."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QWidget

from ropa.core.i18n import duration_text, label, value_label
from ropa.core.reads.activity import ActivityData
from ropa.db.enums import (
    Audience,
    DurationUnit,
    LegalBasis,
    ProvisionRequirement,
    RetentionPhaseKind,
    Role,
    StartCombination,
    StartEvent,
    Status,
)
from ropa.ui.forms.committer import Committer
from ropa.ui.forms.fields import (
    CheckField,
    ChoicesField,
    ComboField,
    DateField,
    DurationField,
    FieldRow,
    LineField,
    TextField,
    not_recorded,
    set_text_language,
)
from ropa.ui.geometry import wrap_item_texts
from ropa.ui.views.activity_editor.children import ChildSection
from ropa.ui.views.activity_editor.pickers import ChoiceField


def enum_items(
    lang: str, name: str, enum: type[StrEnum], empty: bool, empty_text: str = ""
) -> list[tuple[Any, str]]:
    """The values of `enum` by their labels; with `empty`, first a choice of no value (None),
    shown as `empty_text`."""
    items: list[tuple[Any, str]] = [(None, empty_text)] if empty else []
    return items + [(v.value, value_label(lang, name, v.value)) for v in enum]


class ActivityForm(QWidget):
    """A form of the activity's own columns (and id-list links); each row saved on edit."""

    def __init__(self, committer: Committer) -> None:
        super().__init__()
        self.committer = committer
        self.activity_id: str | None = None
        self.activity_version: int | None = None  # the version the form shows
        self.activity: dict[str, Any] = {}  # the values the form shows
        self.rows: dict[str, FieldRow] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Narrow: a field goes under its label rather than being cut.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def text(self, field: str) -> str:
        return label(self.committer.lang, "activity", field)

    def add_rows(self, rows: list[FieldRow]) -> None:
        for row in rows:
            if isinstance(row, ChoicesField):  # long choices wrap, never scroll sideways
                wrap_item_texts(row.list, fit_height=True)
            self.rows[row.name] = row
            self.form.addRow(row.label, row)
            row.edited.connect(lambda r=row: self._commit(r))

    def _commit(self, row: FieldRow) -> None:
        if self.activity_id is not None:
            self.committer.update("activity", self.activity_id, row, self.activity_version)
            self.rows_shown()

    def show_data(self, data: ActivityData) -> None:
        self.show_activity(data.activity)

    def show_activity(self, activity: dict[str, Any]) -> None:
        force = activity["id"] != self.activity_id
        self.activity_id = activity["id"]
        self.activity_version = activity.get("version")
        self.activity = activity
        for row in self.rows.values():
            row.show_stored(activity, force=force)
        self.rows_shown()

    def set_text_language(self, lang: str, main: str) -> None:
        """Edit the translatable texts in `lang` (the main language `main`, or another)."""
        rows = self.rows.values()
        if set_text_language(rows, "activity", lang, main, self.committer.lang) and self.activity:
            for row in rows:
                row.show_stored(self.activity, force=True)
            self.rows_shown()

    def rows_shown(self) -> None:
        """Called after the rows show the stored values (e.g. to hide rows that do not apply)."""


class GeneralSection(ActivityForm):
    """Reference, name, role, status, people, dates, description."""

    def __init__(self, committer: Committer) -> None:
        super().__init__(committer)
        lang = committer.lang
        text = self.text
        clear = QCoreApplication.translate("ActivityEditor", "Clear the date")
        self.add_rows(
            [
                LineField("reference", text("reference"), required=True),
                LineField("name", text("name"), required=True),
                ComboField("role", text("role"), enum_items(lang, "role", Role, False)),
                ComboField("status", text("status"), enum_items(lang, "status", Status, False)),
                LineField("owner", text("owner")),
                LineField("department", text("department")),
                DateField("start_date", text("start_date"), clear),
                DateField("end_date", text("end_date"), clear),
                DateField("last_reviewed", text("last_reviewed"), clear),
                DateField("next_review", text("next_review"), clear),
                TextField("description", text("description"), lines=4),
                TextField("notes", text("notes"), lines=3),
            ]
        )
        self.rows["reference"].line.setMaximumWidth(200)  # type: ignore[attr-defined]


class NoticeSection(ActivityForm):
    """What the public privacy notice says of the activity, and to whom."""

    def __init__(self, committer: Committer) -> None:
        super().__init__(committer)
        lang = committer.lang
        text = self.text
        self.add_rows(
            [
                CheckField("in_notice", text("in_notice")),
                ChoicesField(
                    "audiences",
                    text("audiences"),
                    [(v.value, value_label(lang, "audience", v.value)) for v in Audience],
                ),
                TextField("public_description", text("public_description"), lines=5),
            ]
        )
        self.rows["public_description"].input.setPlaceholderText(  # type: ignore[attr-defined]
            QCoreApplication.translate(
                "ActivityEditor",
                "In plain words, what you do with the data and why (shown to the public)",
            )
        )


# Which detail fields of a purpose apply to which legal basis (the others apply to all).
BASIS_FIELDS = {
    "legitimate_interest": {LegalBasis.LEGITIMATE_INTERESTS},
    "balancing_note": {LegalBasis.LEGITIMATE_INTERESTS},
    "lia_reference": {LegalBasis.LEGITIMATE_INTERESTS},
    "legal_reference": {LegalBasis.LEGAL_OBLIGATION, LegalBasis.PUBLIC_TASK},
    "consent_collection": {LegalBasis.CONSENT},
    "consent_withdrawal": {LegalBasis.CONSENT},
    "consent_record": {LegalBasis.CONSENT},
    "contract_description": {LegalBasis.CONTRACT},
}


class PurposesSection(ChildSection):
    """The activity's purposes, each with its Art. 6 legal basis and what that basis needs."""

    model = "purpose"

    def __init__(self, committer: Committer) -> None:
        lang = committer.lang

        def text(field: str) -> str:
            return label(lang, "purpose", field)

        super().__init__(
            committer,
            [f"{text('description')} *", f"{text('legal_basis')} *"],
            QCoreApplication.translate("ActivityEditor", "Add a purpose"),
            QCoreApplication.translate("ActivityEditor", "Remove the purpose"),
        )
        self.table.setAccessibleName(label(lang, "activity", "purposes"))
        self.set_column_weights(3, 2)
        self.basis = ComboField(
            "legal_basis",
            text("legal_basis"),
            enum_items(lang, "legal_basis", LegalBasis, True),
            required=True,
        )
        for row in [
            TextField("description", text("description"), required=True),
            self.basis,
            TextField("legitimate_interest", text("legitimate_interest")),
            TextField("balancing_note", text("balancing_note")),
            LineField("lia_reference", text("lia_reference")),
            LineField("legal_reference", text("legal_reference")),
            TextField("consent_collection", text("consent_collection"), lines=2),
            TextField("consent_withdrawal", text("consent_withdrawal"), lines=2),
            LineField("consent_record", text("consent_record")),
            LineField("contract_description", text("contract_description")),
            ComboField(
                "provision_requirement",
                text("provision_requirement"),
                enum_items(lang, "provision_requirement", ProvisionRequirement, True),
            ),
            TextField("provision_consequences", text("provision_consequences"), lines=2),
        ]:
            self.add_row(row)
        self.basis.combo.currentIndexChanged.connect(lambda _i: self.detail_shown())

    def show_data(self, data: ActivityData) -> None:
        self.show_children(data.activity["id"], data.purposes)

    def row_texts(self, child: dict[str, Any]) -> list[str]:
        basis = child.get("legal_basis")
        return [
            child.get("description") or "",
            value_label(self.lang, "legal_basis", basis) if basis else "",
        ]

    def new_values(self) -> dict[str, Any]:
        return {"description": self.placeholder()}

    def detail_shown(self) -> None:
        basis = self.basis.value()
        for index, row in enumerate(self.rows):
            bases = BASIS_FIELDS.get(row.name)
            self.form.setRowVisible(index, bases is None or basis in bases)


class RetentionSection(ChildSection):
    """The retention schedule: phases with a duration (or a criterion) from a start event, or
    from several (the later or the earlier of them), for everyone or for one group of people."""

    model = "retention_phase"

    def __init__(self, committer: Committer) -> None:
        lang = committer.lang

        def text(field: str) -> str:
            return label(lang, "retention_phase", field)

        super().__init__(
            committer,
            [
                text("phase"),
                text("duration_value"),
                text("start_event"),
                text("legal_reference"),
            ],
            QCoreApplication.translate("ActivityEditor", "Add a phase"),
            QCoreApplication.translate("ActivityEditor", "Remove the phase"),
        )
        self.table.setAccessibleName(label(lang, "activity", "retention_phases"))
        self.set_column_weights(2, 3, 2, 2)
        self.purpose = ComboField("purpose_id", text("purpose_id"), [])
        self.group = ChoiceField(
            "data_subject_category_id",
            text("data_subject_category_id"),
            "data_subject_category",
            committer,
            empty_text=QCoreApplication.translate("ActivityEditor", "Everyone"),
        )
        self.other_events = ChoicesField(
            "other_start_events",
            text("other_start_events"),
            [(v.value, value_label(lang, "start_event", v.value)) for v in StartEvent],
        )
        wrap_item_texts(self.other_events.list, fit_height=True)
        self.combination = ComboField(
            "start_combination",
            text("start_combination"),
            enum_items(lang, "start_combination", StartCombination, True, not_recorded()),
        )
        for row in [
            ComboField(
                "phase",
                text("phase"),
                enum_items(lang, "retention_phase_kind", RetentionPhaseKind, False),
            ),
            self.purpose,
            self.group,
            DurationField(
                "duration_value",
                "duration_unit",
                text("duration_value"),
                enum_items(lang, "duration_unit", DurationUnit, True),
            ),
            TextField("criterion", text("criterion"), lines=2),
            ComboField(
                "start_event",
                text("start_event"),
                enum_items(lang, "start_event", StartEvent, True),
            ),
            LineField("start_event_detail", text("start_event_detail")),
            self.other_events,
            self.combination,
            LineField("legal_reference", text("legal_reference")),
            TextField("justification", text("justification"), lines=2),
        ]:
            self.add_row(row)
        self.other_events.add_hint(
            QCoreApplication.translate(
                "ActivityEditor",
                "When the period runs from more than one event (e.g. the end of the contract "
                "or the last contact): tick the others here.",
            )
        )
        self.other_events.list.itemChanged.connect(lambda _item: self.detail_shown())
        self.row_of_criterion = self.row_of("criterion")
        self.row_of_criterion.input.setPlaceholderText(  # type: ignore[attr-defined]
            QCoreApplication.translate(
                "ActivityEditor",
                "Or, when there is no fixed duration, the criterion that ends the phase",
            )
        )

    def show_data(self, data: ActivityData) -> None:
        groups = data.choices.get("data_subject_category", [])
        self.group.set_choices(groups, data.activity["organisation_id"])
        self.show_phases(data.activity["id"], data.phases, data.purposes)

    def show_phases(
        self, activity_id: str, phases: list[dict[str, Any]], purposes: list[dict[str, Any]]
    ) -> None:
        items: list[tuple[Any, str]] = [
            (None, QCoreApplication.translate("ActivityEditor", "The whole activity"))
        ]
        items += [(p["id"], _short(p.get("description") or "")) for p in purposes]
        self.purpose.set_items(items)
        self.show_children(activity_id, phases)

    def row_texts(self, child: dict[str, Any]) -> list[str]:
        value, unit = child.get("duration_value"), child.get("duration_unit")
        if value is not None and unit is not None:
            duration = duration_text(self.lang, value, unit)  # "2 jaar", "1 an" (Babel)
        else:
            duration = child.get("criterion") or ""
        event = child.get("start_event")
        return [
            value_label(self.lang, "retention_phase_kind", child.get("phase") or "active"),
            duration,
            value_label(self.lang, "start_event", event) if event else "",
            child.get("legal_reference") or "",
        ]

    def new_values(self) -> dict[str, Any]:
        return {"phase": RetentionPhaseKind.ACTIVE.value}

    def detail_shown(self) -> None:
        """How several start events combine: asked once there are several (or it holds a
        value)."""
        several = bool(self.other_events.changes()["other_start_events"])
        stored = (self.current() or {}).get("start_combination")
        self.form.setRowVisible(self.combination, several or bool(stored))


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
