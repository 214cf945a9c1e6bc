"""The Excel workbook's layout as data: its sheets, their columns and what each column holds.

The export (build.py) writes these sheets and the import (importing.py) reads them
back, so the two cannot drift apart. Column kinds come from the register's own columns
(ropa.core.tree): an Enum column is a closed value shown as its translated label, a Date column
a real Excel date, a foreign key a reference by a human key, and so on.

Human keys used between sheets (ids stay in the grey "ID" column of each sheet):
- an activity by its reference (unique in an organisation);
- a catalogue entry (data category, data subject category, recipient category, security
  measure) by its name (unique per catalogue);
- a party by its name (not unique in the model: an ambiguous name is a problem naming the rows),
  a processing contract's party too;
- a purpose (scope of a retention phase) by its description text, within the same activity;
- a transfer (of a cookie) by "activity reference | recipient | country code" (TRANSFER_KEY);
- an impact assessment (DPIA), from its risks' sheet, by its name (not unique either: an
  ambiguous name is a problem where it is used).

Texts in several document languages: beside each translatable text column (ropa.db.translations)
the workbook has one column per other document language of the organisation, "Name (Dutch)",
holding that language's text (`with_languages`); the main column holds the main-language text.

The three small catalogues have a sheet each rather than one sheet with a "Catalogue" column:
each has its own flags (Art. 9, minors...), so a shared sheet would be mostly empty columns, and
an entry cannot be moved from one catalogue to another by editing one cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Enum, Integer, String

from ropa.core.i18n import former_texts, language_name, tr
from ropa.core.tree import ORGANISATION, Node
from ropa.db.base import LONG, UTCDateTime
from ropa.db.translations import TRANSLATABLE, translated, translation_columns

FORMAT_NAME = "ropa-workbook"
# 2: the processing contracts have a sheet of their own; format 1 kept a party's contract in
# three columns of the Parties sheet, still read (former.py).
# 3: the impact assessments (DPIAs) and their risks have sheets; a workbook of format 2 has none
# and keeps the register's (SHEETS_ADDED_LATER). The number went up so that an earlier ropa
# refuses the workbook rather than import it without the edits made on those sheets.
FORMAT_VERSION = 3
META_SHEET = "_ropa"
TRANSFER_KEY_SEPARATOR = " | "
EXCEL_CELL_MAX = 32_767


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    # A moment (a UTC instant in the register) as a real Excel date-time in this computer's
    # time zone (cells.local_moment); read back as the instant (the History sheet's is never
    # imported: that sheet is not).
    DATETIME = "datetime"
    ENUM = "enum"  # a closed value, shown as its label
    ENUM_LIST = "enum_list"  # closed values, one label per line
    REF = "ref"  # another row, by its human key
    REF_LIST = "ref_list"  # other rows, one name per line
    COUNTRY = "country"  # ISO 3166-1 alpha-2 code
    # The row a detail row belongs to, by its human key (Column.target): its activity by
    # reference, a risk's impact assessment by name.
    PARENT = "parent"
    ID = "id"  # the entity id (grey, last column)
    SUMMARY = "summary"  # read-only text derived from the detail sheets
    READ_ONLY = "read_only"  # text not imported (history)


@dataclass(frozen=True)
class Column:
    key: str  # the field of the row (a foreign key for REF), or a pseudo key
    kind: Kind
    title_key: str
    width: float = 18
    enum: str | None = None  # ENUM / ENUM_LIST: the vocabulary (ropa.core.i18n value_label)
    target: str | None = None  # REF / REF_LIST / PARENT: the table referred to
    edit_on: str | None = None  # SUMMARY: the sheet where its content is edited
    required: bool = False  # an empty cell is a problem
    default: Any = None  # the value of an empty cell when not required
    number_format: str | None = None  # a date's or number's format, when not the kind's own
    text_lang: str | None = None  # a translation column: the language of its texts
    # A column added after workbooks were first written (ADDED_LATER): a workbook without it
    # still imports, keeping the register's values (a new row: the column's default).
    optional: bool = False

    def title(self, lang: str) -> str:
        if self.text_lang is not None:  # "Nom (néerlandais)", as ropa.core.i18n.label says it
            return f"{tr(lang, self.title_key)} ({language_name(lang, self.text_lang)})"
        return tr(lang, self.title_key)

    def titles(self, lang: str) -> tuple[str, ...]:
        """The title, then the ones earlier versions of ropa wrote (still read on import)."""
        if self.text_lang is not None:
            former = former_texts(lang, self.title_key)
            names = tuple(f"{old} ({language_name(lang, self.text_lang)})" for old in former)
            return (self.title(lang), *names)
        return (self.title(lang), *former_texts(lang, self.title_key))

    @property
    def imported(self) -> bool:
        return self.kind not in (Kind.SUMMARY, Kind.READ_ONLY)


@dataclass(frozen=True)
class Sheet:
    key: str
    table: str | None  # the register table of its rows; None for a sheet that is not imported
    columns: tuple[Column, ...]
    child_key: str | None = None  # a detail sheet: the list of its parent row it holds
    freeze: str = "B2"

    def title(self, lang: str) -> str:
        return tr(lang, f"workbook.sheet.{self.key}")

    @property
    def importable(self) -> bool:
        return self.table is not None

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def parent_column(self) -> Column | None:
        """A detail sheet's column naming the row each of its rows belongs to."""
        return next((c for c in self.columns if c.kind is Kind.PARENT), None)

    @property
    def parent_table(self) -> str | None:
        """The table of the rows a detail sheet's rows belong to ("activity", "dpia")."""
        column = self.parent_column
        return column.target if column is not None else None


@cache
def nodes() -> dict[str, Node]:
    return {node.name: node for node in ORGANISATION.walk()}


def enum_name(cls: type) -> str:
    """LegalBasis -> legal_basis (the vocabulary's name in the label files)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


# Columns a workbook written by an earlier version of ropa lacks: (table, column).
ADDED_LATER = frozenset({("activity", "transfers_outside_eea")})
# Sheets a workbook written by an earlier version of ropa lacks: read as if they held the
# register's rows unchanged.
SHEETS_ADDED_LATER = frozenset({"rights_requests", "breaches", "contracts", "dpias", "dpia_risks"})
# Tables the workbook has no sheet for: an imported workbook keeps their rows as the register
# holds them (tree.TreeBuilder.assemble), never deletes them; a register made from a workbook
# has none. The attached documents: their content cannot be a cell.
WITHOUT_SHEET = frozenset({"attachment"})


# The columns a sheet of a workbook of an earlier format held for what is kept elsewhere now:
# (the first format without them, the sheet's key) -> its columns, read when present and
# converted by former.py. Format 1's Parties sheet held each party's Art. 28 contract.
FORMER_COLUMNS: dict[tuple[int, str], tuple[Column, ...]] = {
    (2, "parties"): (
        Column("contract_signed", Kind.BOOL, "field.party.contract_signed", optional=True),
        Column("contract_date", Kind.DATE, "field.party.contract_date", optional=True),
        Column("contract_reference", Kind.TEXT, "field.party.contract_reference", optional=True),
    ),
}


def former_columns(version: int, key: str) -> tuple[Column, ...]:
    """The columns of an earlier format a sheet of a workbook of format `version` may hold."""
    return tuple(
        column
        for (without, sheet_key), columns in FORMER_COLUMNS.items()
        if version < without and sheet_key == key
        for column in columns
    )


def link_target(table: str, name: str) -> str | None:
    """The table an id-list link of the tree points to (an activity's data subjects, a
    breach's clients...), None when `name` is not a link of `table`."""
    node = nodes()[table]
    return next((link.target.name for link in node.links if link.key == name), None)


def model_column(table: str, name: str) -> Column:
    """A workbook column for a column (or id-list link) of the register, its kind derived from
    the column's type."""
    title_key = f"field.{table}.{name}"
    target = link_target(table, name)
    if target is not None:
        return Column(name, Kind.REF_LIST, title_key, 30, target=target)
    node = nodes()[table]
    column = node.table.c[name]
    required = not column.nullable and column.default is None
    default = getattr(column.default, "arg", None)
    if callable(default):
        default = None
    if isinstance(default, StrEnum):
        default = default.value
    col_type = column.type
    if name in node.references:
        return Column(
            name, Kind.REF, title_key, 28, target=node.references[name].name, required=required
        )
    if name == "country":
        return Column(name, Kind.COUNTRY, title_key, 10, required=required)
    if isinstance(col_type, Enum) and col_type.enum_class is not None:
        return Column(
            name,
            Kind.ENUM,
            title_key,
            24,
            enum=enum_name(col_type.enum_class),
            required=required,
            default=default,
        )
    if isinstance(col_type, JSON):
        return Column(name, Kind.ENUM_LIST, title_key, 30, enum=enum_name(column.info["enum"]))
    if isinstance(col_type, Boolean):
        optional = (table, name) in ADDED_LATER
        return Column(name, Kind.BOOL, title_key, 12, default=default, optional=optional)
    if isinstance(col_type, Date):
        return Column(name, Kind.DATE, title_key, 13)
    if isinstance(col_type, UTCDateTime):
        return Column(name, Kind.DATETIME, title_key, 17)
    if isinstance(col_type, Integer):
        return Column(name, Kind.INT, title_key, 10, required=required, default=default)
    if isinstance(col_type, String):
        width = 45 if (col_type.length or 0) >= LONG else 26
        return Column(name, Kind.TEXT, title_key, width, required=required)
    raise TypeError(f"no workbook column for {table}.{name}")  # pragma: no cover


def _model(table: str, names: str) -> tuple[Column, ...]:
    """The columns of a table, named in one string ("reference name role")."""
    return tuple(model_column(table, name) for name in names.split())


ID = Column("id", Kind.ID, "workbook.col.id", 9)
ACTIVITY = Column(
    "activity", Kind.PARENT, "workbook.col.activity", 12, target="activity", required=True
)
DPIA = Column("dpia", Kind.PARENT, "workbook.col.dpia", 30, target="dpia", required=True)


def _summary(key: str, edit_on: str, width: float = 40) -> Column:
    return Column(key, Kind.SUMMARY, f"workbook.summary.{key}", width, edit_on=edit_on)


_ACTIVITY_HEAD = "reference name role status owner department description"
_ACTIVITY_TAIL = (
    "data_subjects security_measures public_description start_date end_date last_reviewed "
    "next_review collected_from_subject automated_decision profiling automated_logic "
    "automated_consequences transfers_outside_eea dpia_status dpia_criteria dpia_reference "
    "dpia_date security_notes data_location end_action in_notice audiences notes"
)

CONTROLLER_SUMMARIES = (
    _summary("purposes", "purposes", 50),
    _summary("legitimate_interests", "purposes"),
    _summary("data_categories", "data_categories"),
    _summary("special_categories", "data_categories"),
    _summary("sources", "sources"),
    _summary("recipients", "recipients"),
    _summary("processors", "recipients"),
    _summary("joint_controllers", "joint_controllers"),
    _summary("transfers", "transfers"),
    _summary("retention", "retention"),
)
PROCESSOR_SUMMARIES = (
    _summary("clients", "clients"),
    _summary("processing_categories", "clients"),
    _summary("purposes", "purposes", 50),
    _summary("data_categories", "data_categories"),
    _summary("subprocessors", "recipients"),
    _summary("transfers", "transfers"),
    _summary("retention", "retention"),
)


def _activity_sheet(key: str, summaries: tuple[Column, ...], role: str) -> Sheet:
    """A register sheet; a new row whose role is left empty takes the sheet's role."""
    head = tuple(
        replace(c, default=role) if c.key == "role" else c
        for c in _model("activity", _ACTIVITY_HEAD)
    )
    return Sheet(key, "activity", (*head, *summaries, *_model("activity", _ACTIVITY_TAIL), ID))


def _detail(key: str, table: str, child_key: str, names: str) -> Sheet:
    return Sheet(key, table, (ACTIVITY, *_model(table, names), ID), child_key=child_key)


def _table(key: str, table: str, names: str) -> Sheet:
    return Sheet(key, table, (*_model(table, names), ID))


def _assessments() -> tuple[Sheet, Sheet]:
    """The impact assessments (Art. 35), then their risks, one row per risk under its
    assessment's name (as the purposes are under their activity's reference)."""
    dpias = _table(
        "dpias",
        "dpia",
        "name status started_on completed_on review_on activities description necessity "
        "measures residual_risk dpo_advice dpo_advice_on people_views decision decision_by "
        "decision_on prior_consultation consulted_on authority_reply notes",
    )
    risk_columns = "source impact likelihood severity measures likelihood_after severity_after"
    risks = Sheet(
        "dpia_risks",
        "dpia_risk",
        (DPIA, *_model("dpia_risk", risk_columns), ID),
        child_key="risks",
    )
    return dpias, risks


ORGANISATION_SHEET = Sheet(
    "organisation",
    "organisation",
    (
        Column("field", Kind.READ_ONLY, "workbook.col.field", 36),
        Column("value", Kind.TEXT, "workbook.col.value", 60),
        Column("key", Kind.ID, "workbook.col.key", 16),
    ),
    freeze="A2",
)

# The change log in words, as the History page and its export show it (ropa.core.reads.history:
# the same columns and titles), in the workbook's language; never imported.
HISTORY_SHEET = Sheet(
    "history",
    None,
    (
        # A real date, in this computer's time, shown as the History page shows it.
        Column("when", Kind.DATETIME, "history.column.when", 17, number_format="dd/mm/yyyy hh:mm"),
        Column("user", Kind.READ_ONLY, "history.column.user", 16),
        Column("action", Kind.READ_ONLY, "history.column.action", 14),
        Column("type", Kind.READ_ONLY, "history.column.type", 20),
        Column("entry", Kind.READ_ONLY, "history.column.entry", 40),
        Column("field", Kind.READ_ONLY, "history.column.field", 22),
        Column("old", Kind.READ_ONLY, "history.column.old", 45),
        Column("new", Kind.READ_ONLY, "history.column.new", 45),
    ),
)


def translatable(table: str | None, column: Column) -> bool:
    """Whether a column holds a main-language text that has translations."""
    return (
        column.kind is Kind.TEXT
        and column.text_lang is None
        and column.key in TRANSLATABLE.get(table or "", ())
    )


def in_language(column: Column, text_lang: str) -> Column:
    """The column of a translatable text in another document language (never required: an
    empty cell is no text in that language)."""
    return replace(
        column, key=translated(column.key, text_lang), text_lang=text_lang, required=False
    )


def with_languages(spec: Sheet, languages: tuple[str, ...]) -> Sheet:
    """A sheet with a column per language of `languages` after each translatable text."""
    if not languages or spec.table is None or spec.key == "organisation":
        return spec
    columns: list[Column] = []
    for column in spec.columns:
        columns.append(column)
        if translatable(spec.table, column):
            columns.extend(in_language(column, lang) for lang in languages)
    return replace(spec, columns=tuple(columns))


@cache
def sheets(languages: tuple[str, ...] = ()) -> tuple[Sheet, ...]:
    """Every sheet of the workbook, in order (the Lists and _ropa sheets excepted), with a
    column per language of `languages` (the organisation's other document languages) beside
    each translatable text."""
    return tuple(with_languages(spec, languages) for spec in _sheets())


@cache
def _sheets() -> tuple[Sheet, ...]:
    return (
        ORGANISATION_SHEET,
        _activity_sheet("controller", CONTROLLER_SUMMARIES, "controller"),
        _activity_sheet("processor", PROCESSOR_SUMMARIES, "processor"),
        _detail(
            "purposes",
            "purpose",
            "purposes",
            "description legal_basis legitimate_interest balancing_note lia_reference "
            "legal_reference consent_collection consent_withdrawal consent_record "
            "contract_description provision_requirement provision_consequences",
        ),
        _detail(
            "data_categories",
            "activity_data_category",
            "data_categories",
            "data_category_id detail art9_condition art9_detail art10_basis",
        ),
        _detail("sources", "data_source", "sources", "description party_id is_public"),
        _detail(
            "recipients",
            "activity_recipient",
            "recipients",
            "kind party_id recipient_category_id department recipient_name detail",
        ),
        _detail(
            "transfers",
            "transfer",
            "transfers",
            "party_id recipient_name country safeguard derogation document_reference "
            "copy_access notes",
        ),
        _detail(
            "retention",
            "retention_phase",
            "retention_phases",
            "phase purpose_id data_category_id data_subject_category_id duration_value "
            "duration_unit criterion start_event other_start_events start_combination "
            "start_event_detail legal_reference justification",
        ),
        _detail(
            "clients",
            "activity_client",
            "clients",
            "party_id processing_categories contract_reference",
        ),
        _detail(
            "joint_controllers",
            "activity_joint_controller",
            "joint_controllers",
            "party_id responsibilities contact_point",
        ),
        _table(
            "parties",
            "party",
            "name kind service country address contact_name email phone website "
            "enterprise_number dpo_name dpo_contact representative privacy_policy_url "
            "subprocessors notes",
        ),
        _table(
            "contracts",
            "contract",
            "party_id reference our_role status contract_version signed_on expires_on "
            "review_on clauses subprocessor_authorisation data_location notes",
        ),
        _table(
            "cookies",
            "cookie",
            "name provider party_id first_party domain purpose category lifetime_value "
            "lifetime_unit consent_required exemption_conditions activity_id transfer_id notes",
        ),
        _table(
            "rights_requests",
            "rights_request",
            "reference received_on channel requester rights activities client_party_id "
            "forwarded_on identity_check identity_asked_on identity_received_on extended "
            "extension_reasons extension_told_on decision decision_reasons answered_on "
            "recipients_notified recipients_notified_on notes",
        ),
        _table(
            "breaches",
            "breach",
            "name discovered_at occurred_on how_discovered description natures people_count "
            "records_count activities data_categories data_subjects consequences risk "
            "risk_reasoning measures_taken measures_proposed authority_notified_at "
            "authority_reference delay_reasons people_informed_on people_informed_how "
            "inform_exception clients clients_informed_at notes",
        ),
        *_assessments(),
        _table("security_measures", "security_measure", "name kind group description"),
        _table(
            "cat_data_categories",
            "data_category",
            "name description is_special is_criminal is_national_id concerns_minors",
        ),
        _table(
            "cat_data_subjects", "data_subject_category", "name description is_minors is_vulnerable"
        ),
        _table("cat_recipients", "recipient_category", "name description"),
        HISTORY_SHEET,
    )


def sheet(key: str, languages: tuple[str, ...] = ()) -> Sheet:
    return next(s for s in sheets(languages) if s.key == key)


# Which sheet lists the rows a reference points to, and the organisation's list holding them.
TARGET_SHEETS = {
    "data_category": "cat_data_categories",
    "data_subject_category": "cat_data_subjects",
    "recipient_category": "cat_recipients",
    "security_measure": "security_measures",
    "party": "parties",
    "purpose": "purposes",
    "transfer": "transfers",
    "activity": "controller",
    "dpia": "dpias",
}
CATALOGUE_KEYS = {
    "data_category": "data_categories",
    "data_subject_category": "data_subject_categories",
    "recipient_category": "recipient_categories",
    "security_measure": "security_measures",
    "party": "parties",
}

# Columns of the register the workbook does not show, and why (a test checks that every other
# column is on its sheet): ids and parent keys are implied; positions are the row order;
# timestamps and seed keys are bookkeeping, kept from the register.
NOT_SHOWN = frozenset({"id", "created_at", "updated_at", "position", "seed_key"})


def enum_vocabularies() -> dict[str, list[str]]:
    """Every closed vocabulary a column of the workbook uses, with its values in order."""
    vocabularies: dict[str, list[str]] = {}
    for node in nodes().values():
        for column in node.table.columns:
            col_type = column.type
            if isinstance(col_type, Enum) and col_type.enum_class is not None:
                cls = col_type.enum_class
                vocabularies[enum_name(cls)] = [str(m.value) for m in cls]
            elif isinstance(col_type, JSON) and "enum" in column.info:
                vocabularies[enum_name(column.info["enum"])] = [
                    m.value for m in column.info["enum"]
                ]
    return vocabularies


@cache
def organisation_fields(languages: tuple[str, ...] = ()) -> tuple[Column, ...]:
    """The rows of the Organisation sheet: one per column of the organisation, in model order,
    each translatable text followed by its text in each language of `languages`."""
    node = nodes()["organisation"]
    hidden = set(translation_columns("organisation"))
    fields: list[Column] = []
    for c in node.table.columns:
        if c.name in NOT_SHOWN or c.name == "version" or c.name in hidden:
            continue
        column = model_column("organisation", c.name)
        fields.append(column)
        if translatable("organisation", column):
            fields.extend(in_language(column, lang) for lang in languages)
    return tuple(fields)
