"""Bringing in a register kept in any spreadsheet (xlsx, ods, csv): the table is read as text
cells, its layout and columns are recognised (the CNIL, APD/GBA and ICO templates and common
French, Dutch and English column names), the user reviews the mapping and the guessed values of
closed lists, and the result is the same change preview (ImportPlan) and all-or-nothing apply as
the Excel import. Nothing a cell holds is lost: what cannot be mapped goes into the activity's
notes, and the plan says so.

This module is the public API (the contract between the engine and the application's mapping
dialog); the implementation lives in the sibling modules and is loaded on first use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Layout = Literal["rows", "sheets"]
""""rows": one activity per row of one sheet, under a header row. "sheets": one activity per
sheet, labels in one column and values in the next (the CNIL's simplified register)."""

IGNORE = ""
"""The field key of a column the user chose not to import. Its values still go into the
activity's notes (nothing is lost); only a column with no value at all is dropped."""


@dataclass(frozen=True)
class TableSheet:
    """One sheet as text: rows of cells, "" for an empty cell, every row as long as the
    longest. A merged cell's value is repeated over the cells it covers; dates are written
    ISO (YYYY-MM-DD); numbers without a useless ".0"."""

    name: str
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class TableBook:
    filename: str
    kind: Literal["xlsx", "xls", "ods", "csv"]  # "xls": Excel 97-2003, read like an xlsx
    sheets: tuple[TableSheet, ...]


@dataclass(frozen=True)
class TargetField:
    """A place a column can go. `key` is stable (saved in mapping files); `multiple` when
    several columns may map to it (notes, data categories...). `closed` when its values are
    matched against a closed list (legal bases, roles, countries, yes/no, durations)."""

    key: str
    multiple: bool = False
    closed: bool = False

    def label(self, lang: str) -> str:  # the field's name in the user's language
        from ropa.exports.table.fields import field_label

        return field_label(self.key, lang)


@dataclass
class Mapping:
    """How a table becomes activities; saved as JSON for the next import of the same table.

    `columns` maps each header text (rows layout) or label text (sheets layout), as it stands
    in the table (stripped), to a TargetField key or IGNORE. `values` holds the user's review
    of the guessed closed-list values: field key -> raw cell text -> chosen code ("" for "not
    recorded"). `sheet` is the sheet of a rows layout (None: the first with a header);
    `header_row` its 1-based header row; `sheets` the sheets of a sheets layout (empty: all
    that look like an activity).
    """

    layout: Layout = "rows"
    sheet: str | None = None
    header_row: int = 1
    sheets: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_json(self) -> str:
        from ropa.exports.table.mapping import mapping_to_json

        return mapping_to_json(self)

    @staticmethod
    def from_json(data: bytes | str) -> Mapping:
        """Raises ValidationError (a message saying what is wrong and where) on a bad file."""
        from ropa.exports.table.mapping import mapping_from_json

        return mapping_from_json(data)

    def signature(self) -> str:
        """A short stable id of the table's header texts: the application keeps the last
        mapping per signature and offers it again for a table with the same columns."""
        from ropa.exports.table.mapping import signature

        return signature(sorted(self.columns))


@dataclass(frozen=True)
class ValueGuess:
    """One distinct raw value of a closed-list field and what it was matched to. `code` is
    None when nothing matched (the value then goes to notes unless the user picks one);
    `sure` is False for a guess the user should look at; `count` how many cells hold it."""

    field: str
    raw: str
    code: str | None
    sure: bool
    count: int


def read_table(data: bytes, filename: str) -> TableBook:
    """Read xlsx, xls, ods or csv bytes (the kind from the content, then from the name). Raises
    RopaError/ValidationError with a message in the caller's language on a broken file."""
    from ropa.exports.table.reading import read_table as _read

    return _read(data, filename)


def target_fields() -> tuple[TargetField, ...]:
    from ropa.exports.table.fields import TARGET_FIELDS

    return TARGET_FIELDS


def guess_mapping(
    book: TableBook, saved: Mapping | None = None, *, sheet: str | None = None
) -> Mapping:
    """Detect the layout and header row and recognise the columns; a saved mapping's choices
    win for the headers it knows. `sheet`: read that sheet, one activity per row (its header
    row found, unless the saved mapping gives one for it); RopaError when the book has no
    such sheet.

    A saved mapping holding only a layout, sheet and header row (no columns, no values), e.g.
    Mapping(sheet="Registre", header_row=3), re-guesses the columns of that sheet under that
    row: how the dialog reads the table again when the user picks another sheet or row (a
    sheet the book lacks, or a row past the sheet's end, gives ropa's own detection)."""
    from ropa.exports.table.recognise import guess_mapping as _guess

    return _guess(book, saved, sheet=sheet)


def preview(book: TableBook, mapping: Mapping, limit: int = 5) -> list[dict[str, str]]:
    """The first `limit` activities as header/label text -> raw cell text (for the mapping
    step's preview)."""
    from ropa.exports.table.recognise import preview as _preview

    return _preview(book, mapping, limit)


def value_guesses(book: TableBook, mapping: Mapping) -> list[ValueGuess]:
    """Every distinct value of every closed-list field mapped, with its guess (the user's
    choices in mapping.values applied)."""
    from ropa.exports.table.values import value_guesses as _guesses

    return _guesses(book, mapping)


def value_choices(field_key: str, lang: str) -> list[tuple[str, str]]:
    """The closed list of a field as (code, label in `lang`), for the review's combo boxes.
    The first entry is always ("", "not recorded": the cell's text goes to the notes); an
    open field gives only that one. A guess may hold a code this list does not offer (a
    duration: "P45D" for "45 jours"): value_label gives its words."""
    from ropa.exports.table.values import value_choices as _choices

    return _choices(field_key, lang)


def value_label(field_key: str, code: str, lang: str) -> str:
    """A code's words in `lang` for any code of the field, also one value_choices does not
    offer (a duration: "P45D" -> "45 jours"): what the review shows for a guess. A code the
    field does not know is returned as it is."""
    from ropa.exports.table.values import value_text as _text

    return _text(field_key, code, lang)


def value_text(field_key: str, code: str, lang: str) -> str:
    """The same as value_label (its first name, kept for existing callers)."""
    return value_label(field_key, code, lang)


def plan_table_import(
    db: Any,
    book: TableBook,
    mapping: Mapping,
    *,
    organisation_id: str | None = None,
    source: str = "",
    progress: Any = None,
    lang: str | None = None,
) -> Any:
    """The ImportPlan (ropa.exports.common) of importing the table into the organisation:
    activities added (or changed, for a row whose reference or name is already in the
    register), catalogue entries and parties added; plan.notes says which values went to
    notes, in `lang` (the user's language; the register's main language when not given).
    Nothing is written. Raises ValidationError listing every problem with its sheet, row and
    column."""
    from ropa.exports.table.planning import plan_table_import as _plan

    return _plan(
        db,
        book,
        mapping,
        organisation_id=organisation_id,
        source=source,
        progress=progress,
        lang=lang,
    )


def apply_table_import(db: Any, plan: Any) -> None:
    """Write the plan in one transaction (same rules as the workbook import: ConflictError and
    nothing written when the register changed since the plan was made)."""
    from ropa.exports.table.planning import apply_table_import as _apply

    _apply(db, plan)


__all__ = [
    "IGNORE",
    "Layout",
    "Mapping",
    "TableBook",
    "TableSheet",
    "TargetField",
    "ValueGuess",
    "apply_table_import",
    "guess_mapping",
    "plan_table_import",
    "preview",
    "read_table",
    "target_fields",
    "value_choices",
    "value_guesses",
    "value_label",
    "value_text",
]
