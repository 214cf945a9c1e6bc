"""The "People and data" section of the activity editor (Art. 30(1)(c), 14(2)(f)): the
categories of data subjects, the categories of personal data (with the Art. 9 condition of a
special category and the Art. 10 basis of criminal data), and where the data come from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from ropa.core.i18n import label, tr, value_label
from ropa.core.reads.activity import ActivityData
from ropa.db.enums import Art9Condition, PartyKind
from ropa.ui.forms.committer import Committer
from ropa.ui.forms.fields import CheckField, ComboField, FieldRow, TextField, TriStateField
from ropa.ui.views.activity_editor.children import ChildSection
from ropa.ui.views.activity_editor.pickers import ChoiceField, LinksPickerField
from ropa.ui.views.activity_editor.sections import ActivityForm, enum_items


class SubjectsForm(ActivityForm):
    """The activity's categories of data subjects, and whether data come from the person."""

    def __init__(self, committer: Committer) -> None:
        super().__init__(committer)
        self.subjects = LinksPickerField(
            "data_subjects",
            self.text("data_subjects"),
            "data_subject_category",
            committer,
            required=True,
        )
        self.add_rows(
            [
                self.subjects,
                CheckField("collected_from_subject", self.text("collected_from_subject")),
            ]
        )

    def show_data(self, data: ActivityData) -> None:
        organisation_id = data.activity["organisation_id"]
        self.subjects.set_choices(data.choices.get("data_subject_category", []), organisation_id)
        self.show_activity(data.activity)

    def _commit(self, row: FieldRow) -> None:
        if self.activity_id is None:
            return
        if isinstance(row, LinksPickerField):
            self.committer.links("activity", self.activity_id, row)
            self.rows_shown()
        else:
            super()._commit(row)


class DataCategoriesSection(ChildSection):
    """The activity's data categories; a special (Art. 9) or criminal (Art. 10) category asks
    for what allows processing it."""

    model = "activity_data_category"

    def __init__(self, committer: Committer) -> None:
        lang = committer.lang

        def text(field: str) -> str:
            return label(lang, "activity_data_category", field)

        super().__init__(
            committer,
            [f"{text('data_category_id')} *", text("detail"), text("art9_condition")],
            QCoreApplication.translate("ActivityEditor", "Add a data category"),
            QCoreApplication.translate("ActivityEditor", "Remove the data category"),
        )
        self.table.setAccessibleName(label(lang, "activity", "data_categories"))
        self.set_column_weights(3, 4, 3)
        self.category = ChoiceField(
            "data_category_id",
            text("data_category_id"),
            "data_category",
            committer,
            required=True,
            empty=False,
        )
        self.art9_condition = ComboField(
            "art9_condition",
            text("art9_condition"),
            enum_items(lang, "art9_condition", Art9Condition, True),
            required=True,
        )
        self.art9_detail = TextField("art9_detail", text("art9_detail"), lines=2)
        self.art10_basis = TextField("art10_basis", text("art10_basis"), lines=2)
        for row in [
            self.category,
            TextField("detail", text("detail"), lines=2),
            self.art9_condition,
            self.art9_detail,
            self.art10_basis,
        ]:
            self.add_row(row)
        self.rows[1].input.setPlaceholderText(  # type: ignore[attr-defined]
            QCoreApplication.translate(
                "ActivityEditor", "The data concerned, e.g. name, e-mail address, phone number"
            )
        )
        self.category.combo.currentIndexChanged.connect(lambda _i: self.detail_shown())

    def show_data(self, data: ActivityData) -> None:
        choices = data.choices.get("data_category", [])
        self.category.set_choices(choices, data.activity["organisation_id"])
        self.show_children(data.activity["id"], data.children.get("activity_data_category", []))

    def row_texts(self, child: dict[str, Any]) -> list[str]:
        category = self.category.choice(child.get("data_category_id"))
        condition = child.get("art9_condition")
        return [
            category.name if category is not None else "",
            child.get("detail") or "",
            value_label(self.lang, "art9_condition", condition) if condition else "",
        ]

    def free_categories(self) -> list[str]:
        """The ids of the catalogue's data categories the activity does not list yet, the
        ordinary ones first (a new row must not claim special data by default)."""
        used = {c.get("data_category_id") for c in self.entries}
        free = [c for c in self.category.choices if c.id not in used]
        free.sort(key=lambda c: bool(c.values.get("is_special") or c.values.get("is_criminal")))
        return [c.id for c in free]

    def new_values(self) -> dict[str, Any]:
        free = self.free_categories()
        return {"data_category_id": free[0] if free else None}

    def add_child(self) -> None:
        if self.activity_id is not None and not self.free_categories():
            self.committer.report(
                QCoreApplication.translate(
                    "ActivityEditor",
                    "Every data category of the catalogue is already listed: "
                    "add a new category with “New…” in a row, or in the catalogue.",
                )
            )
            return
        super().add_child()

    def detail_shown(self) -> None:
        category = self.category.choice(self.category.value())
        values = category.values if category is not None else {}
        special = bool(values.get("is_special"))
        criminal = bool(values.get("is_criminal"))
        self.form.setRowVisible(self.art9_condition, special)
        self.form.setRowVisible(self.art9_detail, special)
        self.form.setRowVisible(self.art10_basis, criminal)


class SourcesSection(ChildSection):
    """Where the data come from when not from the person (Art. 14(2)(f))."""

    model = "data_source"

    def __init__(self, committer: Committer) -> None:
        lang = committer.lang

        def text(field: str) -> str:
            return label(lang, "data_source", field)

        super().__init__(
            committer,
            [f"{text('description')} *", text("is_public"), text("party_id")],
            QCoreApplication.translate("ActivityEditor", "Add a source"),
            QCoreApplication.translate("ActivityEditor", "Remove the source"),
        )
        self.table.setAccessibleName(label(lang, "activity", "sources"))
        self.set_column_weights(4, 2, 3)
        self.party = ChoiceField(
            "party_id",
            text("party_id"),
            "party",
            committer,
            new_values={"kind": PartyKind.THIRD_PARTY.value},
        )
        for row in [
            TextField("description", text("description"), required=True, lines=2),
            TriStateField(
                "is_public", text("is_public"), tr(lang, "value.yes"), tr(lang, "value.no")
            ),
            self.party,
        ]:
            self.add_row(row)

    def show_data(self, data: ActivityData) -> None:
        self.party.set_choices(data.choices.get("party", []), data.activity["organisation_id"])
        self.show_children(data.activity["id"], data.children.get("data_source", []))

    def row_texts(self, child: dict[str, Any]) -> list[str]:
        party = self.party.choice(child.get("party_id"))
        return [
            child.get("description") or "",
            _yes_no(self.lang, child.get("is_public")),
            party.name if party is not None else "",
        ]

    def new_values(self) -> dict[str, Any]:
        return {"description": self.placeholder()}


class PeopleSection(QWidget):
    """Tab "People and data": data subjects, data categories and the sources of the data."""

    def __init__(self, committer: Committer) -> None:
        super().__init__()
        lang = committer.lang
        self.subjects = SubjectsForm(committer)
        self.categories = DataCategoriesSection(committer)
        self.sources = SourcesSection(committer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subjects)
        for section, title in [
            (self.categories, f"{label(lang, 'activity', 'data_categories')} *"),
            (self.sources, label(lang, "activity", "sources")),
        ]:
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(section)
            layout.addWidget(box)
        layout.addStretch(1)

    def show_data(self, data: ActivityData) -> None:
        self.subjects.show_data(data)
        self.categories.show_data(data)
        self.sources.show_data(data)


def _yes_no(lang: str, value: object) -> str:
    """A yes / no of the register in a list: empty when not recorded."""
    if value is None:
        return ""
    return tr(lang, "value.yes" if value else "value.no")
