"""The rows of each sheet, computed once from a RegisterView.

The export writes them; the import compares each cell it reads with them, so a cell left as it
was exported keeps the register's value exactly (even where the cell could not hold it: a
replaced character, a cut text).

The view's tree holds the texts as stored: the main-language text in its column and each
other document language's in its translation column. Only the read-only summary columns are
written in the workbook's language (its texts there, a missing one as the main text marked).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ropa.core.i18n import label
from ropa.core.reads.history import HistoryRow
from ropa.core.snapshot import Row
from ropa.core.text_languages import document_languages, localise, main_language
from ropa.core.tree import ORGANISATION, Node
from ropa.db.translations import TRANSLATABLE, translated
from ropa.exports.register_view import RegisterView
from ropa.exports.workbook.cells import display, local_moment, safe_text, texts
from ropa.exports.workbook.layout import (
    CATALOGUE_KEYS,
    EXCEL_CELL_MAX,
    TRANSFER_KEY_SEPARATOR,
    Column,
    Kind,
    Sheet,
    organisation_fields,
)
from ropa.exports.workbook.summary import SUMMARIES

# Sheets of an organisation's own list, in the register's order: table -> the list.
OWN_LISTS = {
    "cookie": "cookies",
    "rights_request": "rights_requests",
    "breach": "breaches",
    "contract": "contracts",
    "dpia": "dpias",
}

Getter = Callable[[Row, Row | None], Any]
Record = tuple[Row, Row | None]  # a row of the register and its parent (detail sheets)


class Altered(str):
    """A text written differently from the register's (characters replaced, or cut): the
    writer notes it in a cell comment."""

    __slots__ = ()


def natural_key(reference: str) -> tuple[Any, ...]:
    """A sort key that puts T-2 before T-10."""
    return tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, p.casefold())
        for p in re.split(r"(\d+)", reference)
    )


def transfer_key(reference: str, recipient: str, country: str) -> str:
    """How a cookie names a transfer: "T-06 | Google Ireland | US"."""
    return TRANSFER_KEY_SEPARATOR.join((reference, recipient, country))


class SheetRows:
    """Every sheet's rows for one register view, with the names references are shown by."""

    def __init__(self, view: RegisterView) -> None:
        self.view = view
        self.lang = view.lang
        org = view.organisation
        self.languages = tuple(document_languages(org)[1:])
        """The organisation's other document languages: a column each beside every text."""
        self._summary_view: RegisterView | None = None
        self.activities = sorted(org["activities"], key=lambda a: natural_key(a["reference"]))
        names: dict[str, dict[str, str]] = {}
        for target, key in CATALOGUE_KEYS.items():
            names[target] = {r["id"]: self.name(r["name"]) for r in org[key]}
        names["activity"] = {a["id"]: self.name(a["reference"]) for a in self.activities}
        names["purpose"] = {
            p["id"]: self.name(p["description"]) for a in self.activities for p in a["purposes"]
        }
        names["transfer"] = {
            t["id"]: self.name(self.transfer_name(a["reference"], t))
            for a in self.activities
            for t in a["transfers"]
        }
        names["dpia"] = {d["id"]: self.name(d["name"]) for d in org.get("dpias", [])}
        self.names = names

    def name(self, value: str) -> str:
        """A name (never empty) as its cell holds it."""
        return self.text(value) or ""

    def text(self, value: str | None) -> str | None:
        """A register text as its cell holds it; Altered when it had to be changed."""
        if value is None:
            return None
        written = safe_text(value, self.lang)
        return written if written is value else Altered(written)

    def transfer_name(self, reference: str, transfer: Row) -> str:
        recipient = self.view.party_name(transfer["party_id"]) or transfer["recipient_name"] or ""
        return transfer_key(reference, recipient, transfer["country"])

    # -- which rows ---------------------------------------------------------------------------

    def records(self, sheet: Sheet) -> list[Record]:
        org = self.view.organisation
        if sheet.key == "controller":
            return [(a, None) for a in self.activities if a["role"] != "processor"]
        if sheet.key == "processor":
            return [(a, None) for a in self.activities if a["role"] == "processor"]
        if sheet.child_key is not None:
            key = sheet.child_key
            return [(child, p) for p in self.parents(sheet) for child in p[key]]
        if sheet.table == "party":
            return [(p, None) for p in sorted(org["parties"], key=lambda p: p["name"].casefold())]
        if sheet.table == "contract":  # by party, the latest signed first (the PDF's order)
            return [(c, None) for c in self.view.contracts]
        if sheet.table in OWN_LISTS:
            return [(r, None) for r in org[OWN_LISTS[sheet.table]]]
        if sheet.table in CATALOGUE_KEYS:
            return [(r, None) for r in org[CATALOGUE_KEYS[sheet.table]]]
        raise KeyError(sheet.key)  # pragma: no cover - organisation and history: see below

    def count(self, sheet: Sheet) -> int:
        """How many rows a table sheet has."""
        if sheet.child_key is not None:
            return sum(len(p[sheet.child_key]) for p in self.parents(sheet))
        return len(self.records(sheet))

    def parents(self, sheet: Sheet) -> list[Row]:
        """The rows a detail sheet's rows belong to, in the order the sheet lists them: the
        activities by reference, the impact assessments as their own sheet lists them."""
        if sheet.parent_table == "dpia":
            return list(self.view.organisation.get("dpias", []))
        return self.activities

    def values(self, sheet: Sheet) -> Iterator[tuple[Row, list[Any]]]:
        """(register row, cell values) for every row of a table sheet."""
        getters = [self.getter(column) for column in sheet.columns]
        if sheet.child_key is not None:  # no list of pairs: 100,000s of rows on a large register
            key = sheet.child_key
            for owner in self.parents(sheet):
                for row in owner[key]:
                    yield row, [get(row, owner) for get in getters]
            return
        for row, parent in self.records(sheet):
            yield row, [get(row, parent) for get in getters]

    # -- what each column shows ---------------------------------------------------------------

    def getter(self, column: Column) -> Getter:
        key, kind, lang = column.key, column.kind, self.lang
        if kind is Kind.ID:
            return lambda row, _p: row["id"]
        if kind is Kind.PARENT:  # an activity's reference, a DPIA's name
            references = self.names[column.target or ""]
            return lambda _r, parent: references[parent["id"]] if parent else None
        if kind in (Kind.TEXT, Kind.COUNTRY):
            text = self.text

            def text_cell(row: Row, _p: Row | None) -> str | None:
                value = row[key]
                if value is None or (value.isprintable() and len(value) <= EXCEL_CELL_MAX):
                    return value  # nothing to make safe (checked in C, without a call)
                return text(value)

            return text_cell
        if kind in (Kind.INT, Kind.DATE):
            return lambda row, _p: row[key]
        if kind is Kind.DATETIME:
            return lambda row, _p: None if row[key] is None else local_moment(row[key])
        if kind is Kind.BOOL:
            yes, no = texts(lang).yes, texts(lang).no
            return lambda row, _p: None if row[key] is None else (yes if row[key] else no)
        if kind is Kind.ENUM:
            labels = texts(lang).labels[column.enum or ""]
            return lambda row, _p: labels.get(row[key], row[key]) if row[key] else None
        if kind is Kind.ENUM_LIST:
            return lambda row, _p: display(column, row[key], lang)
        if kind is Kind.REF:
            names = self.names[column.target or ""]
            return lambda row, _p: names.get(row[key]) if row[key] else None
        if kind is Kind.REF_LIST:
            names = self.names[column.target or ""]

            def ref_list(row: Row, _p: Row | None) -> str | None:
                listed = sorted((names.get(i) or "" for i in row[key]), key=str.casefold)
                return "\n".join(listed) or None

            return ref_list
        if kind is Kind.SUMMARY:
            summary, view = SUMMARIES[key], self.summary_view()
            if view is self.view:
                return lambda row, _p: self.text(summary(view, row)) or None
            activities = view.activities
            return lambda row, _p: self.text(summary(view, activities[row["id"]])) or None
        raise KeyError(kind)  # pragma: no cover

    def summary_view(self) -> RegisterView:
        """The view the summaries are written from: its texts in the workbook's language when
        that is not the main one (a text missing there: the main text marked "[FR] ")."""
        if self._summary_view is None:
            org = self.view.organisation
            if self.lang == main_language(org):
                self._summary_view = self.view
            else:
                if self.lang not in self.languages:
                    org = _without_language(org, self.lang)
                self._summary_view = RegisterView(
                    lang=self.lang,
                    organisation=localise(org, self.lang).organisation,
                    generated_at=self.view.generated_at,
                    version=self.view.version,
                    last_change=self.view.last_change,
                )
        return self._summary_view

    # -- the two sheets that are not tables of rows ---------------------------------------------

    def organisation_rows(self) -> list[tuple[str, Any, str, Column]]:
        """(field label, value, field key, column) for each field of the organisation."""
        org = self.view.organisation
        rows = []
        for column in organisation_fields(self.languages):
            value = self.getter(column)(org, None)
            rows.append((label(self.lang, "organisation", column.key), value, column.key, column))
        return rows

    def history_rows(self, changes: Iterable[HistoryRow]) -> Iterator[list[Any]]:
        """The History sheet's cells: each change in words (ropa.core.reads.history), its time
        a real date in this computer's time zone, as the History page shows it."""
        text = self.text
        for change in changes:
            at = change.at.astimezone().replace(tzinfo=None, microsecond=0)
            texts = (change.entity, change.field, change.old, change.new)
            entity, field, old, new = (text(value) or None for value in texts)
            yield [
                at,
                text(change.user) or None,
                change.action_text,
                change.kind,
                entity,
                field,
                old,
                new,
            ]


def _without_language(organisation: Row, lang: str) -> Row:
    """The tree without its texts in `lang` (a language the organisation no longer has: texts
    kept in the register, not shown as its)."""

    def copy(node: Node, row: Row) -> Row:
        values = dict(row)
        for name in TRANSLATABLE.get(node.name, ()):
            values.pop(translated(name, lang), None)
        for child in node.children:
            values[child.key] = [copy(child, r) for r in row.get(child.key, [])]
        return values

    return copy(ORGANISATION, organisation)
