"""What the activity editor shows, read in one read-only session (plain values, no ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ropa.core.handle import Register
from ropa.core.reads.rows import row_values
from ropa.core.text_languages import document_languages
from ropa.db import models as m
from ropa.db.base import Base
from ropa.db.translations import TRANSLATABLE, translated

# The activity's owned children: table name -> relationship on Activity (all ordered by position).
CHILDREN = {
    "purpose": "purposes",
    "activity_data_category": "data_categories",
    "data_source": "sources",
    "activity_recipient": "recipients",
    "transfer": "transfers",
    "retention_phase": "retention_phases",
    "activity_client": "clients",
    "activity_joint_controller": "joint_controllers",
}
CHILD_TABLES = tuple(CHILDREN)
# The activity's id-list links to catalogue entries (SetLinksCommand keys).
LINKS = ("data_subjects", "security_measures")
# Catalogues and the directory an editor offers in its pickers: table -> model.
_CHOICE_MODELS: dict[str, type[Base]] = {
    "data_category": m.DataCategory,
    "data_subject_category": m.DataSubjectCategory,
    "recipient_category": m.RecipientCategory,
    "security_measure": m.SecurityMeasure,
    "party": m.Party,
}
CHOICE_TABLES = tuple(_CHOICE_MODELS)
"""The tables whose entries the pickers offer (the keys of ActivityData.choices)."""


@dataclass
class Choice:
    """One entry a picker offers: its id, its name, and the columns a section may need."""

    id: str
    name: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class ActivityData:
    """An activity's columns and links, its children's columns in order, and the organisation's
    catalogue entries and parties (for the pickers)."""

    activity: dict[str, Any]
    children: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    choices: dict[str, list[Choice]] = field(default_factory=dict)
    languages: list[str] = field(default_factory=lambda: ["fr"])
    """The organisation's document languages, the main one first."""

    @property
    def main_language(self) -> str:
        return self.languages[0]

    def to_translate(self, lang: str) -> int:
        """How many of the activity's texts (its own and its children's) have a main-language
        value and none in `lang` (0 in the main language)."""
        if lang == self.main_language:
            return 0
        tables = [("activity", [self.activity])] + list(self.children.items())
        return sum(
            missing_in(row, TRANSLATABLE.get(table, ()), lang)
            for table, rows in tables
            for row in rows
        )

    @property
    def purposes(self) -> list[dict[str, Any]]:
        return self.children.get("purpose", [])

    @property
    def phases(self) -> list[dict[str, Any]]:
        return self.children.get("retention_phase", [])

    def child_ids(self) -> set[str]:
        return {row["id"] for rows in self.children.values() for row in rows}

    def choice_ids(self) -> set[str]:
        return {choice.id for entries in self.choices.values() for choice in entries}


def missing_in(row: dict[str, Any], fields: tuple[str, ...], lang: str) -> int:
    """How many of `fields` of the row have a main-language text and none in `lang`."""
    return sum(
        1
        for name in fields
        if (row.get(name) or "").strip() and not (row.get(translated(name, lang)) or "").strip()
    )


def load_activity_data(db: Register, activity_id: str) -> ActivityData | None:
    """The activity, its children and links, and what its pickers offer; None when it does
    not exist (any more)."""
    with db.reader() as session:
        activity = session.get(m.Activity, activity_id)
        if activity is None:
            return None
        values = row_values(activity)
        for key in LINKS:
            values[key] = [target.id for target in getattr(activity, key)]
        children = {
            table: [row_values(child) for child in getattr(activity, key)]
            for table, key in CHILDREN.items()
        }
        choices: dict[str, list[Choice]] = {}
        for table, model in _CHOICE_MODELS.items():
            rows = session.scalars(
                select(model).where(model.organisation_id == activity.organisation_id)  # type: ignore[attr-defined]
            )
            entries = [Choice(str(row.id), row.label(), row_values(row)) for row in rows]  # type: ignore[attr-defined]
            entries.sort(key=lambda c: c.name.casefold())
            choices[table] = entries
        organisation = session.get(m.Organisation, activity.organisation_id)
        languages = document_languages(row_values(organisation)) if organisation else ["fr"]
        return ActivityData(
            activity=values, children=children, choices=choices, languages=languages
        )
