"""The organisation's new register tree, built from the drafts of an imported workbook.

Same shape as ropa.core.snapshot.read_tree: existing rows keep their id and timestamps, new rows
get a new id; positions follow the row order (an unchanged order keeps the stored positions);
references by human key are resolved against the new rows (see layout.py for the keys).
Each row's place in the tree is remembered (`locations`), so a validation problem found on the
tree ("organisations[0].activities[3].purposes[1].description") is shown on its cell.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from ropa.core.errors import Problem
from ropa.core.i18n import LANGUAGES, language_name
from ropa.core.snapshot import Row
from ropa.core.text_languages import document_languages
from ropa.exports.workbook import former
from ropa.exports.workbook.drafts import Draft, DraftReader
from ropa.exports.workbook.layout import (
    CATALOGUE_KEYS,
    TARGET_SHEETS,
    WITHOUT_SHEET,
    Column,
    Sheet,
    nodes,
    organisation_fields,
    sheet,
)
from ropa.exports.workbook.reader import (
    ReadBook,
    ReadSheet,
    SheetRow,
    organisation_keys,
    where,
)
from ropa.exports.workbook.refs import UNIQUE_KEYS, References
from ropa.exports.workbook.rows import natural_key

# A new row with the unique key (UNIQUE_KEYS) of a register row that is no longer in the sheet
# is that row (deleted and typed again, or pasted from an older export); so is a new link row
# of an activity to a catalogue entry or party it was already linked to.
UNIQUE_PER_ACTIVITY = {
    "activity_data_category": "data_category_id",
    "activity_client": "party_id",
    "activity_joint_controller": "party_id",
}
CATALOGUE_SHEETS = (
    "cat_data_categories",
    "cat_data_subjects",
    "cat_recipients",
    "security_measures",
)
# The organisation's own lists besides its catalogues and parties: sheet -> its list.
OWN_SHEETS = {
    "cookies": "cookies",
    "rights_requests": "rights_requests",
    "breaches": "breaches",
    "contracts": "contracts",
}
DETAIL_SHEETS = (
    "purposes",
    "data_categories",
    "sources",
    "recipients",
    "transfers",
    "retention",
    "clients",
    "joint_controllers",
)
# The impact assessments and their risks: the risks under their assessment, as the detail
# sheets' rows under their activity.
ASSESSMENTS, RISKS = "dpias", "dpia_risks"
# The records a document may be attached to (an attachment's owner columns): their tables.
ATTACHMENT_OWNERS = {
    "contract_id": "contract",
    "dpia_id": "dpia",
    "breach_id": "breach",
    "activity_id": "activity",
}


@dataclass(frozen=True)
class Location:
    sheet: Sheet
    title: str
    row: int


class TreeBuilder(References):
    def __init__(self, current: Row, book: ReadBook, reader: DraftReader) -> None:
        self.current = current
        self.book = book
        self.lang = book.lang
        self.reader = reader
        self.now = datetime.now(UTC)
        self.locations: dict[str, Location] = {}
        self.organisation_rows: dict[str, int] = {}
        self.drafts: dict[str, list[Draft]] = {}
        self.ids: dict[str, set[str]] = defaultdict(set)  # table -> ids of the new tree
        self.names: dict[str, dict[str, list[Draft]]] = {}
        self._purposes: dict[str, list[Draft]] | None = None
        self._references: dict[str, str] | None = None

    # -- the whole tree ------------------------------------------------------------------------

    def build(self) -> Row:
        org = self.organisation()
        for key in CATALOGUE_SHEETS + ("parties", "controller", "processor"):
            self.drafts[key] = self.read(key)
        activities = self.drafts["controller"] + self.drafts["processor"]
        for key in (*DETAIL_SHEETS, *OWN_SHEETS, ASSESSMENTS, RISKS):
            self.drafts[key] = self.reader.drafts(self.sheet(key))
        by_party = former.reads_party_contracts(self.book.version)
        if by_party:  # format 1: the contracts went with their party
            listed = former.keep_listed_parties(self.drafts["contracts"], self.drafts["parties"])
            self.drafts["contracts"] = listed
        for target in CATALOGUE_KEYS:
            self.names[target] = self.index(self.drafts[TARGET_SHEETS[target]], "name")
        self.names["activity"] = self.index(activities, "reference")
        self.names["dpia"] = self.index(self.drafts[ASSESSMENTS], "name")
        for key in (*DETAIL_SHEETS, RISKS):
            for draft in self.drafts[key]:
                self.parent(draft)
        resolved = (*DETAIL_SHEETS, "parties", "controller", "processor", *OWN_SHEETS, ASSESSMENTS)
        for key in resolved:
            for draft in self.drafts[key]:
                self.resolve(draft, skip=("transfer_id", "purpose_id"))
        self.adopt_links()
        if by_party:
            parties, contracts = self.drafts["parties"], self.drafts["contracts"]
            contracts += former.party_contracts(self.reader, parties, contracts)
        transfers = self.transfer_index()
        for draft in self.drafts["retention"]:
            self.resolve_purpose(draft)
        for draft in self.drafts["cookies"]:
            self.resolve_transfer(draft, transfers)
        return self.assemble(org, activities)

    def sheet(self, key: str) -> ReadSheet:
        """A sheet as read; one a workbook from before it lacks (SHEETS_ADDED_LATER) as the
        export writes it from the register, so that its rows stay as they are."""
        read = self.book.sheets.get(key)
        if read is not None:
            return read
        spec = sheet(key, self.reader.languages)
        written = self.reader.written_cells(spec)
        rows = [SheetRow(n, dict(cells)) for n, cells in enumerate(written.values(), 2)]
        return ReadSheet(spec, spec.title(self.lang), rows, {c.key for c in spec.columns})

    def read(self, key: str) -> list[Draft]:
        drafts = self.reader.drafts(self.book.sheets[key])
        if key == "processor":
            drafts = self.drafts["controller"] + drafts  # adopted across both register sheets
            self.adopt(drafts)
            return drafts[len(self.drafts["controller"]) :]
        if key != "controller":
            self.adopt(drafts)
        return drafts

    def adopt(self, drafts: list[Draft]) -> None:
        """A new row with the unique key of a register row no other row claims is that row."""
        if not drafts:
            return
        table = drafts[0].spec.table or ""
        field = UNIQUE_KEYS[table]
        claimed = {d.id for d in drafts if d.existing is not None}
        free: dict[str, Row] = {}
        for row in self.reader.current.get(table, {}).values():
            if row["id"] not in claimed:
                free.setdefault(str(row[field]).strip(), row)
        for draft in drafts:
            if draft.existing is None and draft.key(field) in free:
                row = free.pop(draft.key(field) or "")
                draft.id, draft.existing = row["id"], row
                place = where(self.lang, draft.sheet.title, draft.number)
                self.reader.seen.setdefault(table, {})[row["id"]] = place

    def adopt_links(self) -> None:
        for key in ("data_categories", "clients", "joint_controllers"):
            drafts = self.drafts[key]
            if not drafts:
                continue
            table = drafts[0].spec.table or ""
            field = UNIQUE_PER_ACTIVITY[table]
            claimed = {d.id for d in drafts if d.existing is not None}
            free = {
                (self.reader.parents[row["id"]], row[field]): row
                for row in self.reader.current.get(table, {}).values()
                if row["id"] not in claimed
            }
            for draft in drafts:
                pair = (draft.parent, draft.values.get(field))
                if draft.existing is None and pair in free:
                    row = free.pop(pair)
                    draft.id, draft.existing, draft.old_parent = row["id"], row, draft.parent

    # -- the organisation sheet ----------------------------------------------------------------

    def organisation(self) -> Row:
        """The organisation's fields; its texts in other document languages read once its
        languages are known (the rows of the sheet may come in any order)."""
        read = self.book.sheets["organisation"]
        keys = organisation_keys(self.lang)
        columns = {c.key: c for c in organisation_fields(LANGUAGES)}
        written = {key: value for _t, value, key, _c in self.reader.old_rows.organisation_rows()}
        nested = {child.key for child in nodes()["organisation"].children}
        org = {k: v for k, v in self.current.items() if k not in nested}
        value_column = read.spec.column("value")
        found = []
        for row in read.rows:
            key = str(row.cells.get("key") or "").strip() or str(row.cells.get("field") or "")
            name = keys.get(key) or keys.get(str(row.cells.get("field") or "").strip())
            if name is not None:
                self.organisation_rows[name] = row.number
                found.append((columns[name].text_lang is not None, name, row))
        for translations in (False, True):
            if translations:  # the languages as the sheet leaves them
                self.reader.languages = tuple(document_languages(org)[1:])
            for is_translation, name, row in found:
                if is_translation is not translations:
                    continue
                fake = Draft(read, row.number, org["id"], self.current)
                value, column = row.cells.get("value"), columns[name]
                if column.text_lang is not None:
                    as_value = _as(column, value_column)
                    self.reader.translation(fake, as_value, column.text_lang, value, written)
                else:
                    self.reader.cell(fake, _as(column, value_column), value, written)
                org.update(fake.values)
        self.check_main_language(org, read)
        return org

    def check_main_language(self, org: Row, read: ReadSheet) -> None:
        """The main document language is changed in ropa, not here: ropa then moves every text
        to its language (ropa.core.language_switch), which the workbook's columns cannot say."""
        old, new = self.current.get("language"), org.get("language")
        if old == new or new is None:
            return
        self.reader.problem(
            read,
            self.organisation_rows.get("language", 1),
            read.spec.column("value"),
            "workbook.problem.main_language",
            language=language_name(self.lang, str(old)),
            workbook=language_name(self.lang, str(new)),
        )

    # -- assembling ----------------------------------------------------------------------------

    def assemble(self, org: Row, activities: list[Draft]) -> Row:
        base = "organisations[0]"
        for target, key in CATALOGUE_KEYS.items():
            drafts = self.drafts[TARGET_SHEETS[target]]
            org[key] = self.rows(drafts, f"{base}.{key}", positions=target != "party")
        children: dict[str, dict[str, list[Draft]]] = {}
        for key in DETAIL_SHEETS:
            grouped: dict[str, list[Draft]] = defaultdict(list)
            for draft in self.drafts[key]:
                if draft.parent is not None:
                    grouped[draft.parent].append(draft)
            children[key] = grouped
        ordered = sorted(activities, key=lambda d: natural_key(d.key("reference") or ""))
        org["activities"] = self.rows(ordered, f"{base}.activities", positions=False)
        for a, (draft, row) in enumerate(zip(ordered, org["activities"], strict=True)):
            for key in DETAIL_SHEETS:
                spec = sheet(key)
                path = f"{base}.activities[{a}].{spec.child_key}"
                row[spec.child_key or ""] = self.rows(children[key].get(draft.id, []), path)
        for key, list_key in OWN_SHEETS.items():
            org[list_key] = self.rows(self.drafts[key], f"{base}.{list_key}", positions=False)
        self.assessments(org, base)
        # The lists the workbook has no sheet for (layout.WITHOUT_SHEET: the attached
        # documents): the register's rows as they are, so that an import neither deletes nor
        # changes them.
        for child in nodes()["organisation"].children:
            if child.key not in org:
                assert child.name in WITHOUT_SHEET, child.name
                org[child.key] = copy.deepcopy(self.current.get(child.key, []))
        self.check_attached(org)
        return org

    def check_attached(self, org: Row) -> None:
        """A record removed from its sheet while documents are attached to it in ropa: a
        problem on that sheet naming the record and its files (the workbook cannot say what
        becomes of them; ropa would otherwise report a reference by id)."""
        kept = {
            table: {row["id"] for row in org.get(key, [])}
            for table, key in (
                ("activity", "activities"),
                ("contract", "contracts"),
                ("dpia", "dpias"),
                ("breach", "breaches"),
            )
        }
        files: dict[tuple[str, str], list[str]] = defaultdict(list)
        for attachment in org.get("attachments", []):
            for column, table in ATTACHMENT_OWNERS.items():
                owner = attachment.get(column)
                if owner is not None and owner not in kept[table]:
                    files[(table, owner)].append(str(attachment["name"]))
        for (table, owner), names in files.items():
            row = self.reader.current.get(table, {}).get(owner, {})
            if table == "activity":
                key, name = (
                    ("processor" if row.get("role") == "processor" else "controller"),
                    "reference",
                )
            else:
                key, name = (
                    {"contract": "contracts", "dpia": "dpias", "breach": "breaches"}[table],
                    "name",
                )
            label = str(row.get(name) or row.get("reference") or owner)
            self.reader.problems.append(
                Problem(
                    where(self.lang, sheet(key).title(self.lang)),
                    "workbook.problem.attached",
                    {"name": label, "files": ", ".join(names)},
                )
            )

    def assessments(self, org: Row, base: str) -> None:
        """The impact assessments, each with its risks in the order of their sheet."""
        risks: dict[str, list[Draft]] = defaultdict(list)
        for draft in self.drafts[RISKS]:
            if draft.parent is not None:
                risks[draft.parent].append(draft)
        drafts = self.drafts[ASSESSMENTS]
        org["dpias"] = self.rows(drafts, f"{base}.dpias", positions=False)
        for i, (draft, row) in enumerate(zip(drafts, org["dpias"], strict=True)):
            row["risks"] = self.rows(risks.get(draft.id, []), f"{base}.dpias[{i}].risks")

    def rows(self, drafts: list[Draft], path: str, positions: bool = True) -> list[Row]:
        rows = []
        last = -1
        for i, draft in enumerate(drafts):
            self.locations[f"{path}[{i}]"] = Location(draft.spec, draft.sheet.title, draft.number)
            row = self.row(draft)
            if positions:
                kept = draft.existing["position"] if draft.existing is not None else None
                last = kept if kept is not None and kept > last else last + 1
                row["position"] = last
            rows.append(row)
        return rows

    def row(self, draft: Draft) -> Row:
        node = nodes()[draft.spec.table or ""]
        nested = {c.key for c in node.children} | {link.key for link in node.links}
        if draft.existing is not None:
            row = {k: v for k, v in draft.existing.items() if k not in nested}
        else:
            row = {}
            for column in node.data_columns():
                default = getattr(column.default, "arg", None)
                row[column.name] = None if callable(default) else getattr(default, "value", default)
            row.update(id=draft.id, created_at=self.now, updated_at=self.now)
        row.update(draft.values)
        for link in node.links:
            row[link.key] = row.get(link.key) or []
        return row


def _as(column: Column, value_column: Column) -> Column:
    """An organisation field read from the Value column (its kind, the Value column's title)."""
    return Column(
        column.key,
        column.kind,
        value_column.title_key,
        enum=column.enum,
        required=column.required,
        default=column.default,
    )
