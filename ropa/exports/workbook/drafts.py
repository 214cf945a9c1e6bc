"""Reading each row of an imported workbook into a draft: its id (kept, adopted or new), its
values, and the references it makes by human keys, still to be resolved.

A cell left as it was exported keeps the register's value exactly; any other cell is parsed
(cells.parse), and a cell that cannot be read is a problem naming its sheet, row and
column.

A text column in another document language ("Nom (néerlandais)") is read like the main one when
the organisation has that language (an empty cell: no text in it); a workbook without it keeps
the register's texts in that language. A column for a language the organisation does not have
(removed since the export, or added by hand) is ignored while it holds what the register has;
a text typed or changed there is refused (it would be lost), naming the cell.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from ropa.core.errors import Problem
from ropa.core.i18n import label, language_name, tr
from ropa.core.snapshot import Row
from ropa.exports.workbook.cells import CellError, display, is_empty, lines, normalise, parse
from ropa.exports.workbook.layout import Column, Kind, Sheet
from ropa.exports.workbook.reader import ReadSheet, SheetRow, where
from ropa.exports.workbook.rows import SheetRows


@dataclass(frozen=True)
class Place:
    sheet: Sheet
    row: int


@dataclass
class Ref:
    """A reference a cell makes: the text typed (a list for one name per line) and, when the
    cell was left as exported, the id(s) it pointed to."""

    text: Any
    kept: Any = None


@dataclass
class Draft:
    sheet: ReadSheet
    number: int  # row number in the sheet
    id: str
    existing: Row | None  # the register's row this one is (None: a new row)
    values: dict[str, Any] = field(default_factory=dict)
    refs: dict[str, Ref] = field(default_factory=dict)
    cells: dict[str, Any] = field(default_factory=dict)  # the row's cells as read
    parent: str | None = None  # the activity (or DPIA) of a detail row, once resolved
    old_parent: str | None = None  # the one it belonged to in the register

    @property
    def spec(self) -> Sheet:
        return self.sheet.spec

    def key(self, name: str) -> str | None:
        """A human key (reference, name) of this row as typed, stripped."""
        value = self.values.get(name)
        return value.strip() if isinstance(value, str) else None


class DraftReader:
    """Turns sheet rows into drafts, collecting problems."""

    def __init__(
        self,
        lang: str,
        old_rows: SheetRows,
        current: dict[str, dict[str, Row]],
        parents: dict[str, str],
    ) -> None:
        self.lang = lang
        self.old_rows = old_rows
        self.current = current  # table -> id -> row, for the whole register
        self.parents = parents  # child id -> its activity's (or DPIA's) id in the register
        self.problems: list[Problem] = []
        self.located: list[Place] = []  # the rows of those problems
        self.seen: dict[str, dict[str, str]] = {}  # table -> id -> where it was first seen
        self.written: dict[str, dict[str, dict[str, Any]]] = {}
        self.languages: tuple[str, ...] = ()  # the organisation's other document languages
        self.refused_columns: set[tuple[str, str]] = set()  # (sheet, column): said once
        # A new organisation (workbook/new_organisation.py): a row keeps the id the workbook
        # gives it, rather than being refused as unknown.
        self.keeps_new_ids = False

    def problem(
        self, read: ReadSheet, row: int, column: Column | None, key: str, /, **params: Any
    ) -> None:
        title = column.title(self.lang) if column is not None else None
        self.problems.append(Problem(where(self.lang, read.title, row, title), key, params))
        self.located.append(Place(read.spec, row))

    def written_cells(self, spec: Sheet) -> dict[str, dict[str, Any]]:
        """What the export wrote for each row of the register on this sheet, by id."""
        if spec.key not in self.written:
            keys = [c.key for c in spec.columns]
            self.written[spec.key] = {
                row["id"]: dict(zip(keys, values, strict=True))
                for row, values in self.old_rows.values(spec)
            }
        return self.written[spec.key]

    def drafts(self, sheet: ReadSheet) -> list[Draft]:
        return [self.draft(sheet, row) for row in sheet.rows]

    def draft(self, sheet: ReadSheet, row: SheetRow) -> Draft:
        spec = sheet.spec
        table = spec.table or ""
        id_column = spec.column("id")
        raw_id = row.cells.get("id")
        row_id = None if is_empty(raw_id) else str(raw_id).strip()
        existing = None
        if row_id is not None:
            seen = self.seen.setdefault(table, {})
            if row_id in seen:
                self.problem(
                    sheet,
                    row.number,
                    id_column,
                    "workbook.problem.duplicate_id",
                    other=seen[row_id],
                )
                row_id = None
            else:
                seen[row_id] = where(self.lang, sheet.title, row.number)
                existing = self.current.get(table, {}).get(row_id)
                if existing is None and not self.keeps_new_ids:
                    self.problem(
                        sheet, row.number, id_column, "workbook.problem.unknown_id", value=row_id
                    )
                    row_id = None
        draft = Draft(sheet, row.number, row_id or str(uuid.uuid4()), existing, cells=row.cells)
        if existing is not None:
            draft.old_parent = self.parents.get(draft.id)
        written = self.written_cells(spec).get(draft.id, {}) if existing is not None else None
        for column in spec.columns:
            if column.kind is Kind.ID or not column.imported:
                continue
            if column.text_lang is not None:
                present = column.key in sheet.present
                raw = row.cells.get(column.key)
                self.translation(draft, column, column.text_lang, raw, written, present)
            elif column.optional and column.key not in sheet.present:
                # A workbook from before the column: the register's value stays.
                existing = draft.existing or {}
                draft.values[column.key] = existing.get(column.key, column.default)
            else:
                self.cell(draft, column, row.cells.get(column.key), written)
        return draft

    def translation(
        self,
        draft: Draft,
        column: Column,
        text_lang: str,
        raw: Any,
        written: dict[str, Any] | None,
        present: bool = True,
    ) -> None:
        """A text in another document language, `text_lang` (see the module docstring);
        `present`: whether the workbook has its column."""
        key = column.key
        stored = (draft.existing or {}).get(key)
        if not present:
            draft.values[key] = stored
        elif text_lang in self.languages:
            self.cell(draft, column, raw, written)
        else:
            draft.values[key] = stored
            if is_empty(raw) or normalise(raw) == normalise(display(column, stored, self.lang)):
                return
            place = (draft.sheet.title, key)
            if place not in self.refused_columns:
                self.refused_columns.add(place)
                self.problem(
                    draft.sheet,
                    draft.number,
                    column,
                    "workbook.problem.other_language",
                    language=language_name(self.lang, text_lang),
                    field=label(self.lang, "organisation", "other_languages"),
                    sheet=tr(self.lang, "workbook.sheet.organisation"),
                )

    def cell(self, draft: Draft, column: Column, raw: Any, written: dict[str, Any] | None) -> None:
        key, kind = column.key, column.kind
        unchanged = written is not None and normalise(raw) == normalise(written.get(key))
        if unchanged:
            existing = draft.existing or {}
            if kind is Kind.PARENT:
                draft.refs[key] = Ref(_text(raw), kept=draft.old_parent)
            elif kind in (Kind.REF, Kind.REF_LIST):
                text = (
                    lines(raw, self.lang)
                    if kind is Kind.REF_LIST and raw is not None
                    else _text(raw)
                )
                draft.refs[key] = Ref(
                    text or ([] if kind is Kind.REF_LIST else None), existing[key]
                )
            else:
                draft.values[key] = existing[key]
            return
        if is_empty(raw):
            if column.required:
                self.problem(draft.sheet, draft.number, column, "workbook.problem.required")
            if kind in (Kind.REF, Kind.PARENT):
                draft.refs[key] = Ref(None)
            elif kind is Kind.REF_LIST:
                draft.refs[key] = Ref([])
            elif kind is Kind.ENUM_LIST:
                draft.values[key] = []
            else:
                draft.values[key] = column.default
            return
        try:
            value = parse(column, raw, self.lang)
        except CellError as error:
            self.problem(draft.sheet, draft.number, column, error.key, **error.params)
            value = None
        if kind in (Kind.REF, Kind.REF_LIST, Kind.PARENT):
            draft.refs[key] = Ref(
                value if value is not None else ([] if kind is Kind.REF_LIST else None)
            )
        else:
            draft.values[key] = value


def _text(raw: Any) -> str | None:
    if raw is None:
        return None
    text = str(raw).strip()
    return text or None
