"""The places a column of an imported table can go: one TargetField per place, its label in
fr / nl / en (table_import.field.<key> in resources/text/workbook.<lang>.json), and how the
engine reads it (`Kind`).

The keys are stable: mapping files save them.
"""

from __future__ import annotations

from enum import Enum

from ropa.core.i18n import tr
from ropa.exports.table import TargetField


class Kind(Enum):
    TEXT = "text"  # one text of the activity; a second column's value goes to the notes
    TEXTS = "texts"  # a text made of every column mapped to it, one line each
    DATE = "date"
    CLOSED = "closed"  # matched against a closed list (values.py)
    LIST = "list"  # one entry per line or ";" (purposes, categories, parties...)
    TITLED = "titled"  # the column's title names a category; the cell says whether / what
    PURPOSE_TEXT = "purpose_text"  # a text that belongs to the purposes (legitimate interest)
    CLIENT_TEXT = "client_text"  # a text that belongs to the clients (processing categories)


# (key, kind, several columns may map to it)
_FIELDS: tuple[tuple[str, Kind, bool], ...] = (
    ("reference", Kind.TEXT, False),
    ("name", Kind.TEXT, False),
    ("description", Kind.TEXTS, True),
    ("role", Kind.CLOSED, False),
    ("status", Kind.CLOSED, False),
    ("owner", Kind.TEXT, False),
    ("department", Kind.TEXT, False),
    ("start_date", Kind.DATE, False),
    ("end_date", Kind.DATE, False),
    ("last_reviewed", Kind.DATE, False),
    ("purposes", Kind.LIST, True),
    ("legal_basis", Kind.CLOSED, False),
    ("legitimate_interest", Kind.PURPOSE_TEXT, False),
    ("lia_reference", Kind.PURPOSE_TEXT, False),
    ("legal_reference", Kind.PURPOSE_TEXT, False),
    ("consent_record", Kind.PURPOSE_TEXT, False),
    ("data_subjects", Kind.LIST, True),
    ("data_subject_titled", Kind.TITLED, True),
    ("data_categories", Kind.LIST, True),
    ("data_category_titled", Kind.TITLED, True),
    ("special_categories", Kind.LIST, True),
    ("special_category_titled", Kind.TITLED, True),
    ("art9_condition", Kind.CLOSED, False),
    ("sources", Kind.LIST, True),
    ("recipients", Kind.LIST, True),
    ("internal_recipients", Kind.LIST, True),
    ("processors", Kind.LIST, True),
    ("joint_controllers", Kind.LIST, True),
    ("clients", Kind.LIST, True),
    ("processing_categories", Kind.CLIENT_TEXT, False),
    ("transfers_outside_eea", Kind.CLOSED, False),
    ("transfer_countries", Kind.CLOSED, True),
    ("transfer_recipients", Kind.LIST, True),
    ("transfer_tool", Kind.CLOSED, False),
    ("retention", Kind.CLOSED, True),
    ("security_measures", Kind.LIST, True),
    ("security_measure_titled", Kind.TITLED, True),
    ("data_location", Kind.TEXTS, True),
    ("dpia", Kind.CLOSED, False),
    ("dpia_reference", Kind.TEXT, False),
    ("automated_decision", Kind.CLOSED, False),
    ("profiling", Kind.CLOSED, False),
    ("notes", Kind.TEXTS, True),
)

TARGET_FIELDS: tuple[TargetField, ...] = tuple(
    TargetField(key, multiple=multiple, closed=kind is Kind.CLOSED)
    for key, kind, multiple in _FIELDS
)
KINDS: dict[str, Kind] = {key: kind for key, kind, _multiple in _FIELDS}
FIELDS: dict[str, TargetField] = {f.key: f for f in TARGET_FIELDS}
CLOSED_FIELDS: tuple[str, ...] = tuple(f.key for f in TARGET_FIELDS if f.closed)

# A closed field several values of which may stand in one cell ("Consentement ; contrat").
SPLIT_FIELDS = frozenset({"legal_basis", "transfer_countries", "transfer_tool", "retention"})
# The fields of one value (a closed list's, or one text) a "Label : value" line inside a
# cell may name.
SINGLE = frozenset(
    key
    for key, kind in KINDS.items()
    if (kind is Kind.CLOSED and key not in SPLIT_FIELDS)
    or key in ("reference", "name", "owner", "department", "dpia_reference")
)

# The fields of the activity's own row, and the child lists each other field fills.
CHILD_OF = {
    "purposes": "purposes",
    "legal_basis": "purposes",
    "legitimate_interest": "purposes",
    "lia_reference": "purposes",
    "legal_reference": "purposes",
    "consent_record": "purposes",
    "data_categories": "data_categories",
    "data_category_titled": "data_categories",
    "special_categories": "data_categories",
    "special_category_titled": "data_categories",
    "art9_condition": "data_categories",
    "data_subjects": "data_subjects",
    "data_subject_titled": "data_subjects",
    "sources": "sources",
    "recipients": "recipients",
    "internal_recipients": "recipients",
    "processors": "recipients",
    "joint_controllers": "joint_controllers",
    "clients": "clients",
    "processing_categories": "clients",
    "transfer_countries": "transfers",
    "transfer_recipients": "transfers",
    "transfer_tool": "transfers",
    "retention": "retention_phases",
    "security_measures": "security_measures",
    "security_measure_titled": "security_measures",
}


def field_label(key: str, lang: str) -> str:
    """A field's name in `lang` ("" for IGNORE: the column is not imported)."""
    if not key:
        return tr(lang, "table_import.field.ignore")
    return tr(lang, f"table_import.field.{key}")


def is_field(key: str) -> bool:
    return key in KINDS
