"""The plan of a table import: the organisation's new register tree (its register, the
activities of the table added or changed, the catalogue entries and parties they name added),
validated with the rules of every import, and the change preview; then the plan applied in
one transaction, through the Excel import's machinery (fingerprint check, apply_changes).

An activity of the table whose reference is in the register (or, without a reference, whose
exact name is) is that activity: it changes only where the table says something (a list the
table gives replaces the register's, keeping the entries that stay; an empty cell changes
nothing) and its notes gain the lines they lack, so importing the same table again changes
nothing. A new activity gets the table's reference, else the next one of the register's
numbering; its status is the table's, else draft.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from ropa.core.errors import Problem, RopaError, ValidationError
from ropa.core.i18n import tr
from ropa.core.lifecycle import next_reference
from ropa.core.snapshot import Row, read_tree
from ropa.core.text_languages import main_language
from ropa.exports.common import (
    ChangeKind,
    ImportPlan,
    Progress,
    RowChange,
    SheetChanges,
    report,
    resolve_organisation,
)
from ropa.exports.table import Mapping, TableBook
from ropa.exports.table.building import ActivityBuilder, Built
from ropa.exports.table.directory import LISTS, Directory, fresh_row
from ropa.exports.table.merging import activity_changes, merge_activity, repair_references
from ropa.exports.table.recognise import Cell, find_header, layout_sheets, records
from ropa.exports.table.synonyms import normalise
from ropa.exports.workbook.apply import fingerprint
from ropa.exports.workbook.importing import Payload, apply_import, validate_tree
from ropa.exports.workbook.reader import where

STEPS = 5
CHILD_TABLES = {
    "purposes": "purpose",
    "data_categories": "activity_data_category",
    "sources": "data_source",
    "recipients": "activity_recipient",
    "transfers": "transfer",
    "retention_phases": "retention_phase",
    "clients": "activity_client",
    "joint_controllers": "activity_joint_controller",
}
_PATH = re.compile(r"^organisations\[0\]\.(\w+)\[(\d+)\](?:\.(\w+))?")
_PROCESSOR_SHEET = ("sous traitant", "verwerker", "processor")


def plan_table_import(
    db: Any,
    book: TableBook,
    mapping: Mapping,
    *,
    organisation_id: str | None = None,
    source: str = "",
    progress: Progress | None = None,
    lang: str | None = None,
) -> ImportPlan:
    report(progress, 0, STEPS)
    found = records(book, mapping)
    with db.reader() as session:
        target = resolve_organisation(session, organisation_id)
        [current] = read_tree(session, [target])
        state = fingerprint(session, target)
    if not found:
        raise RopaError("table_import.problem.no_activity", name=book.filename)
    report(progress, 1, STEPS)
    planner = Planner(current, main_language(current), mapping)
    built = [planner.builder.build(record) for record in found]
    report(progress, 2, STEPS)
    planner.assemble(built)
    problems = _combine(planner.problems, [planner.locate(p) for p in validate_tree(planner.new)])
    if problems:
        raise ValidationError(problems)
    report(progress, 3, STEPS)
    sheets = planner.changes(built)
    notes = planner.notes(built, book, lang or planner.lang)
    report(progress, 4, STEPS)
    plan = ImportPlan(
        organisation_id=target,
        organisation_name=str(current["legal_name"]),
        source=source,
        sheets=sheets,
        notes=notes,
        payload=Payload(current, planner.new, state),
    )
    report(progress, STEPS, STEPS)
    return plan


def apply_table_import(db: Any, plan: ImportPlan) -> None:
    apply_import(db, plan)


def _combine(read: list[Problem], validated: list[Problem]) -> list[Problem]:
    """The problems found reading the table, then those of the rules; but a cell already
    named is not named again, nor a whole row where a cell was (its unreadable cell is the
    cause: a missing name is not also "null")."""
    cells = {problem.path for problem in read}
    rows = {_row_of(path) for path in cells}
    result = list(read)
    for problem in validated:
        if problem.path in cells or problem.path in rows:
            continue
        cells.add(problem.path)
        result.append(problem)
    return result


def _row_of(place: str) -> str:
    """ "Sheet ‹S›, row 4, column ‹C›" -> "Sheet ‹S›, row 4" (the place up to its row)."""
    return ", ".join(place.split(", ")[:2])


class Planner:
    def __init__(self, current: Row, lang: str, mapping: Mapping) -> None:
        self.current = current
        self.lang = lang
        self.mapping = mapping
        self.now = datetime.now(UTC)
        self.new: Row = dict(current)
        for key in (*LISTS, "activities", "cookies"):
            self.new[key] = list(current[key])
        self.directory = Directory(self.new, self.now)
        self.problems: list[Problem] = []
        self.builder = ActivityBuilder(lang, mapping, self.directory, self.problems)
        self.by_index: dict[int, Built] = {}  # the new tree's activity index -> its record
        self.existing: dict[int, Row] = {}  # id(built) -> the register's activity it is
        self.rows: dict[int, Row] = {}  # id(built) -> the activity in the new tree
        self.mapped = set(mapping.columns.values())
        self.by_reference: dict[str, Row] | None = None
        self.by_name: dict[str, list[Row]] = {}

    # -- the new tree ------------------------------------------------------------------------

    def assemble(self, built: list[Built]) -> None:
        activities = self.new["activities"]
        position = {a["id"]: i for i, a in enumerate(activities)}
        claimed: dict[str, Built] = {}
        for item in built:
            existing = self.match(item, claimed)
            if existing is None:
                continue
            claimed[existing["id"]] = item
            self.existing[id(item)] = existing
            merged = merge_activity(existing, item, self.now, CHILD_TABLES)
            activities[position[existing["id"]]] = merged
            self.rows[id(item)] = merged
            self.by_index[position[existing["id"]]] = item
        references = References(activities)
        given: dict[str, Built] = {}
        for item in built:
            if id(item) in self.existing:
                continue
            role = item.values.get("role") or self.default_role(item)
            reference = item.values.get("reference")
            if reference and reference in given:
                other = given[reference].places["reference"]
                self.builder.problem(
                    item,
                    item.places.get("reference"),
                    "table_import.problem.duplicate_reference",
                    value=reference,
                    other=_place(self.lang, other),
                )
            if reference:
                given[reference] = item
            reference = reference or references.next(role)
            references.take(reference)
            if not item.values.get("name"):
                self.builder.problem(item, None, "table_import.problem.no_name")
            row = self.fresh_activity(item, reference, role)
            self.by_index[len(activities)] = item
            activities.append(row)
            self.rows[id(item)] = row
        repair_references(self.new)

    def match(self, item: Built, claimed: dict[str, Built]) -> Row | None:
        """The register's activity this one is: by reference, else by exact name."""
        if self.by_reference is None:
            self.by_reference, self.by_name = {}, {}
            for activity in self.current["activities"]:
                self.by_reference.setdefault(str(activity["reference"]).strip(), activity)
                self.by_name.setdefault(str(activity["name"]).strip(), []).append(activity)
        reference = item.values.get("reference")
        if reference:
            activity = self.by_reference.get(reference)
            if activity is not None and activity["id"] in claimed:
                other = claimed[activity["id"]].places.get("reference")
                self.builder.problem(
                    item,
                    item.places.get("reference"),
                    "table_import.problem.duplicate_reference",
                    value=reference,
                    other=_place(self.lang, other) if other else "",
                )
                return None
            return activity
        name = str(item.values.get("name") or "").strip()
        for activity in self.by_name.get(name, []):
            if activity["id"] not in claimed:
                return activity
        return None

    def default_role(self, item: Built) -> str:
        if self.processor_sheet(item.record.sheet):
            return "processor"
        return "controller"

    def processor_sheet(self, sheet: str) -> bool:
        """A sheet of a processor's register: its name says so, or its columns name clients."""
        name = normalise(sheet)
        if any(word in name for word in _PROCESSOR_SHEET):
            return True
        return bool(self.mapped & {"clients", "processing_categories"})

    def fresh_activity(self, item: Built, reference: str, role: str) -> Row:
        values = {**item.values, "reference": reference, "role": role}
        values["notes"] = "\n".join(item.notes) or None
        row = fresh_row("activity", self.now, values)
        for key, entries in item.lists.items():
            row[key] = [
                fresh_row(CHILD_TABLES[key], self.now, {**entry, "position": i})
                for i, entry in enumerate(entries)
            ]
        for key, ids in item.links.items():
            row[key] = list(ids)
        return row

    # -- problems ----------------------------------------------------------------------------

    def locate(self, problem: Problem) -> Problem:
        params = dict(problem.params)
        if isinstance(params.get("other"), str):
            params["other"] = self.place_of(params["other"])
        return Problem(self.place_of(problem.path), problem.key, params)

    def place_of(self, path: str) -> str:
        """A path of the tree as the table's sheet, row and column it comes from."""
        match = _PATH.match(path)
        if match is None:
            return path
        key, index, field = match.group(1), int(match.group(2)), match.group(3)
        if key == "activities":
            item = self.by_index.get(index)
            if item is None:
                return path
            cell = item.places.get(field or "")
            if cell is not None:
                return _place(self.lang, cell)
            record = item.record
            return where(self.lang, record.sheet, None if record.whole_sheet else record.row)
        if key in LISTS and index < len(self.new[key]):
            cell = self.directory.origin.get(self.new[key][index]["id"])
            if cell is not None:
                return _place(self.lang, cell)
        return path

    # -- the preview -------------------------------------------------------------------------

    def changes(self, built: list[Built]) -> list[SheetChanges]:
        from ropa.exports.table.shown import Shown

        old, new = Shown(self.current, self.lang), Shown(self.new, self.lang)
        sheets: dict[str, SheetChanges] = {}
        for item in built:
            record = item.record
            sheet = sheets.setdefault(record.sheet, SheetChanges(record.sheet))
            row = self.rows[id(item)]
            existing = self.existing.get(id(item))
            fields = activity_changes(old, new, existing, row, item)
            if existing is not None and not fields and existing == row:
                continue
            kind: ChangeKind = "added" if existing is None else "changed"
            label = f"{row['reference']} \u2013 {_short(str(row['name']))}"
            number = None if record.whole_sheet else record.row
            sheet.changes.append(RowChange(kind, label, number, fields))
        result = list(sheets.values())
        for key in (
            "data_categories",
            "data_subject_categories",
            "recipient_categories",
            "parties",
        ):
            added = self.directory.added[key]
            if added:
                title = tr(self.lang, f"tables.{LISTS[key]}")
                result.append(
                    SheetChanges(title, [RowChange("added", str(row["name"])) for row in added])
                )
        return result

    def notes(self, built: list[Built], book: TableBook, lang: str) -> list[str]:
        """What the plan says beside its changes, in the user's language `lang` (the names
        it quotes from the register stay in the register's own)."""

        def t(key: str, **params: Any) -> str:
            return tr(lang, key, **params)

        def counted(note: str, count: int, **params: Any) -> str:
            """The note about count things: its ".one" text for one, ".other" for more."""
            form = "one" if count == 1 else "other"
            return tr(lang, f"table_import.note.{note}.{form}", count=count, **params)

        notes = []
        kept: Counter[str] = Counter()
        for item in built:
            kept.update(item.noted)
        if kept:
            total = sum(kept.values())
            columns = ", ".join(
                t("table_import.quoted", text=c) + ("" if total == 1 else f" ({n})")
                for c, n in kept.items()
            )
            notes.append(counted("notes", total, columns=columns))
        unsure = sum(item.unsure for item in built)
        if unsure:
            notes.append(counted("unsure", unsure))
        added = [item for item in built if id(item) not in self.existing]
        if added and "status" not in self.mapped:
            notes.append(counted("drafts", len(added)))
        if len(added) < len(built):
            notes.append(counted("existing", len(built) - len(added)))
        if any(item.name_from_purpose for item in built):
            notes.append(t("table_import.note.name_from_purpose"))
        if any(item.unnamed_transfers for item in built):
            placeholder = tr(self.lang, "new.transfer")  # the name it is given in the register
            notes.append(t("table_import.note.transfer_recipient", name=placeholder))
        processors = {
            i.record.sheet
            for i in added
            if "role" not in i.values and self.processor_sheet(i.record.sheet)
        }
        for sheet in processors:
            notes.append(t("table_import.note.processor", sheet=sheet))
        if self.mapping.layout == "rows":
            [used] = layout_sheets(book, self.mapping)
            others = [
                t("table_import.quoted", text=s.name)
                for s in book.sheets
                if s.name != used.name and find_header(s)[1] >= 3
            ]
            if others:
                notes.append(t("table_import.note.other_sheets", sheets=", ".join(others)))
        return notes


class References:
    """The next free reference of each kind of activity, as the application numbers them."""

    def __init__(self, activities: list[Row]) -> None:
        self.taken = {str(a["reference"]) for a in activities}
        self.kinds: dict[bool, list[str]] = {True: [], False: []}
        for activity in activities:
            self.kinds[activity["role"] == "processor"].append(str(activity["reference"]))
        self.last: dict[bool, str] = {}

    def next(self, role: str) -> str:
        processor = role == "processor"
        references = self.kinds[processor]
        if processor in self.last:  # the numbering found once, continued
            references = [self.last[processor]]
        reference = next_reference(references, self.taken, "P-" if processor else "T-")
        self.last[processor] = reference
        return reference

    def take(self, reference: str) -> None:
        self.taken.add(reference)


def _place(lang: str, cell: Cell) -> str:
    return where(lang, cell.sheet, cell.row, cell.title)


def _short(text: str, length: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "\u2026"
