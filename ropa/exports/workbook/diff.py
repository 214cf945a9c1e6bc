"""What an imported workbook would change, sheet by sheet: rows added, changed (each differing
column, old and new values as the workbook shows them) and removed; and the notes about summary
cells edited by hand (they are not imported)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ropa.core.i18n import LANGUAGES, label, tr
from ropa.core.snapshot import Row
from ropa.core.text_languages import main_language
from ropa.exports.common import FieldChange, RowChange, SheetChanges
from ropa.exports.register_view import RegisterView
from ropa.exports.workbook.cells import normalise
from ropa.exports.workbook.layout import Column, Kind, Sheet, organisation_fields, sheet, sheets
from ropa.exports.workbook.reader import where
from ropa.exports.workbook.rows import SheetRows
from ropa.exports.workbook.tree import TreeBuilder

LABEL_LENGTH = 80


def view_of(organisation: Row, lang: str) -> RegisterView:
    """A register view of a tree (no history): the names and texts its cells show."""
    return RegisterView(
        lang=lang,
        organisation=organisation,
        generated_at=datetime.now().astimezone(),
        version=0,
        last_change=None,
    )


def shown(value: Any) -> str:
    """A cell value as text, for the change preview."""
    if value is None:
        return ""
    if isinstance(value, datetime):  # as its cell shows it (cells.local_moment)
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "\u2026"


class Differ:
    def __init__(self, current: Row, new: Row, builder: TreeBuilder) -> None:
        self.lang = builder.lang
        self.builder = builder
        self.old = SheetRows(view_of(current, self.lang))
        self.new = SheetRows(view_of(new, self.lang))
        self.current = current
        self.new_tree = new
        # Every translation column the import read (those of other languages are unchanged).
        main = main_language(current)
        self.languages = tuple(lang for lang in LANGUAGES if lang != main)

    def sheets(self) -> list[SheetChanges]:
        result = []
        for spec in sheets(self.languages):
            if not spec.importable:
                continue
            title = spec.title(self.lang)
            if spec.key == "organisation":
                result.append(SheetChanges(title, self.organisation()))
            else:
                result.append(SheetChanges(title, self.table(spec)))
        return result

    def organisation(self) -> list[RowChange]:
        fields = []
        for column in organisation_fields(self.languages):
            old, new = self.current.get(column.key), self.new_tree.get(column.key)
            if old != new:
                fields.append(
                    FieldChange(
                        label(self.lang, "organisation", column.key),
                        shown(self.old.getter(column)(self.current, None)),
                        shown(self.new.getter(column)(self.new_tree, None)),
                    )
                )
        if not fields:
            return []
        return [RowChange("changed", str(self.new_tree["legal_name"]), None, tuple(fields))]

    def table(self, spec: Sheet) -> list[RowChange]:
        old_records = {row["id"]: (row, parent) for row, parent in self.old.records(spec)}
        drafts = self.builder.drafts[spec.key]
        # A row of this sheet is numbered (one read from another sheet: a workbook of an
        # earlier format, former.py, is not).
        numbers = {d.id: d.number for d in drafts if d.spec.key == spec.key}
        found = {d.id for d in drafts}
        new_records: dict[str, tuple[Row, Row | None]]
        if spec.table == "activity":
            new_records = {
                a["id"]: (a, None) for a in self.new_tree["activities"] if a["id"] in found
            }
            everywhere = {a["id"] for a in self.new_tree["activities"]}
        else:
            new_records = {row["id"]: (row, parent) for row, parent in self.new.records(spec)}
            everywhere = set(new_records)
        columns = [c for c in spec.columns if c.imported and c.kind not in (Kind.ID, Kind.PARENT)]
        changes: list[RowChange] = []
        for row_id, (row, parent) in new_records.items():
            number = numbers.get(row_id)
            previous = self.old_row(spec, row_id, old_records)
            if previous is None:
                changes.append(RowChange("added", self.label(spec, row, parent, self.new), number))
                continue
            fields = self.fields(spec, columns, previous, (row, parent))
            if fields:
                changes.append(
                    RowChange("changed", self.label(spec, row, parent, self.new), number, fields)
                )
        for row_id, (row, parent) in old_records.items():
            if row_id not in everywhere:
                changes.append(RowChange("removed", self.label(spec, row, parent, self.old)))
        return changes

    def old_row(
        self, spec: Sheet, row_id: str, records: dict[str, tuple[Row, Row | None]]
    ) -> tuple[Row, Row | None] | None:
        if row_id in records:
            return records[row_id]
        if spec.table == "activity":  # moved from the other register sheet
            other = sheet("processor" if spec.key == "controller" else "controller")
            for row, parent in self.old.records(other):
                if row["id"] == row_id:
                    return row, parent
        return None

    def fields(
        self,
        spec: Sheet,
        columns: list[Column],
        old: tuple[Row, Row | None],
        new: tuple[Row, Row | None],
    ) -> tuple[FieldChange, ...]:
        changes = []
        for column in columns:
            before, after = old[0][column.key], new[0][column.key]
            if column.kind is Kind.REF_LIST:
                differs = set(before) != set(after)
            else:
                differs = before != after
            if differs:
                changes.append(
                    FieldChange(
                        column.title(self.lang),
                        shown(self.old.getter(column)(*old)),
                        shown(self.new.getter(column)(*new)),
                    )
                )
        if "position" in old[0] and old[0]["position"] != new[0].get("position"):
            changes.append(
                FieldChange(
                    label(self.lang, spec.table or "", "position"),
                    str(old[0]["position"] + 1),
                    str(new[0]["position"] + 1),
                )
            )
        return tuple(changes)

    def label(self, spec: Sheet, row: Row, parent: Row | None, rows: SheetRows) -> str:
        if spec.table == "activity":
            return f"{row['reference']} \u2013 {_short(str(row['name']))}"
        texts = {
            "activity_recipient": rows.view.recipient_text,
            "transfer": rows.view.transfer_text,
            "retention_phase": rows.view.retention_text,
        }
        if spec.table in texts and parent is not None:
            return f"{parent['reference']}: {_short(texts[spec.table](row))}"
        if spec.table == "contract":  # a party may have several: named with its reference
            named = [rows.view.party_name(row["party_id"]), row["reference"]]
            return _short(": ".join(str(n) for n in named if n))
        first = next(c for c in spec.columns if c.kind not in (Kind.PARENT, Kind.ID))
        text = _short(shown(rows.getter(first)(row, parent)))
        if spec.table == "dpia_risk" and parent is not None:  # a risk under its DPIA's name
            text = text or _short(str(row["impact"] or "")) or tr(self.lang, "table.dpia_risk")
            return f"{_short(str(parent['name']))}: {text}"
        if parent is not None:
            return f"{parent['reference']}: {text}"
        return text

    def notes(self) -> list[str]:
        """Summary cells edited by hand: neither what the register had nor what the imported
        detail sheets give."""
        notes = []
        activities = {a["id"]: a for a in self.new_tree["activities"]}
        for key in ("controller", "processor"):
            spec = sheet(key)
            read = self.builder.book.sheets[key]
            summaries = [
                c for c in spec.columns if c.kind is Kind.SUMMARY and c.key in read.present
            ]
            written = self.builder.reader.written_cells(spec)
            getters = {c.key: self.new.getter(c) for c in summaries}
            for draft in self.builder.drafts[key]:
                activity = activities.get(draft.id)
                if activity is None:
                    continue
                for column in summaries:
                    cell = normalise(draft.cells.get(column.key))
                    if cell is None or cell == normalise(getters[column.key](activity, None)):
                        continue
                    if draft.existing is not None and cell == normalise(
                        written.get(draft.id, {}).get(column.key)
                    ):
                        continue
                    place = where(self.lang, read.title, draft.number, column.title(self.lang))
                    edit_on = sheet(column.edit_on or "").title(self.lang)
                    notes.append(
                        tr(self.lang, "workbook.note.summary_ignored", where=place, sheet=edit_on)
                    )
        return notes
