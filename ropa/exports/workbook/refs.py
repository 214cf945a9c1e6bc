"""Resolving the references an imported workbook makes by human keys (an activity's reference,
a catalogue entry's, a party's or an impact assessment's name, a purpose's text, a transfer's
"activity | recipient | country"), against the rows of the workbook itself: a reference follows
the row it names even when that row is renamed in the same workbook, and a cell left as exported
keeps its target.
"""

from __future__ import annotations

import uuid
from collections import defaultdict

from ropa.exports.workbook.drafts import Draft, DraftReader, Ref
from ropa.exports.workbook.layout import TARGET_SHEETS, Column, Kind, sheet
from ropa.exports.workbook.reader import where
from ropa.exports.workbook.rows import transfer_key

# Rows whose human key must be unique (parties' names need not be: an ambiguous name is a
# problem only where it is used).
UNIQUE_KEYS = {
    "activity": "reference",
    "data_category": "name",
    "data_subject_category": "name",
    "recipient_category": "name",
    "security_measure": "name",
    "party": "name",
}


class References:
    """The part of the tree builder that resolves references (see TreeBuilder)."""

    lang: str
    reader: DraftReader
    drafts: dict[str, list[Draft]]
    names: dict[str, dict[str, list[Draft]]]
    ids: dict[str, set[str]]
    _purposes: dict[str, list[Draft]] | None
    _references: dict[str, str] | None

    def index(self, drafts: list[Draft], field: str) -> dict[str, list[Draft]]:
        """Rows by their key; a key used twice where it must be unique is a problem."""
        index: dict[str, list[Draft]] = defaultdict(list)
        for draft in drafts:
            key = draft.key(field)
            if key:
                index[key].append(draft)
        table = drafts[0].spec.table if drafts else ""
        if table in UNIQUE_KEYS and table != "party":
            for key, found in index.items():
                for other in found[1:]:
                    self.reader.problem(
                        other.sheet,
                        other.number,
                        other.spec.column(field),
                        "workbook.problem.duplicate_key",
                        value=key,
                        other=where(self.lang, found[0].sheet.title, found[0].number),
                    )
        return index

    def lookup(self, target: str, text: str, draft: Draft, column: Column) -> str | None:
        index = self.names[target]
        found = index.get(text) or [
            d for key, ds in index.items() if key.casefold() == text.casefold() for d in ds
        ]
        target_sheet = sheet(TARGET_SHEETS[target])
        if not found:
            if target == "activity":
                self.reader.problem(
                    draft.sheet,
                    draft.number,
                    column,
                    "workbook.problem.unknown_activity",
                    value=text,
                    controller=sheet("controller").title(self.lang),
                    processor=sheet("processor").title(self.lang),
                )
            else:
                self.reader.problem(
                    draft.sheet,
                    draft.number,
                    column,
                    "workbook.problem.unknown_ref",
                    value=text,
                    sheet=target_sheet.title(self.lang),
                )
            return None
        if len(found) > 1:
            self.reader.problem(
                draft.sheet,
                draft.number,
                column,
                "workbook.problem.ambiguous_ref",
                value=text,
                sheet=target_sheet.title(self.lang),
                rows=", ".join(str(d.number) for d in found),
            )
            return None
        return found[0].id

    def present(self, target: str) -> set[str]:
        if target not in self.ids:
            drafts = [d for ds in self.names.get(target, {}).values() for d in ds]
            self.ids[target] = {d.id for d in drafts}
        return self.ids[target]

    def parent(self, draft: Draft) -> None:
        """The row a detail row belongs to: its activity (by reference), a risk's impact
        assessment (by name); left as exported, the one it had."""
        column = draft.spec.parent_column
        assert column is not None and column.target is not None
        target = column.target
        ref = draft.refs.get(column.key) or Ref(None)
        if ref.kept is not None and ref.kept in self.present(target):
            draft.parent = ref.kept
        elif ref.text:
            draft.parent = self.lookup(target, str(ref.text), draft, column)
        if (
            draft.existing is not None
            and draft.parent is not None
            and draft.parent != draft.old_parent
        ):
            draft.existing = None  # moved to another activity (or DPIA): a new row there
            draft.id = str(uuid.uuid4())

    def resolve(self, draft: Draft, skip: tuple[str, ...]) -> None:
        parent = draft.spec.parent_column
        for key, ref in draft.refs.items():
            if (parent is not None and key == parent.key) or key in skip:
                continue
            column = draft.spec.column(key)
            target = column.target or ""
            present = self.present(target)
            if column.kind is Kind.REF_LIST:
                if ref.kept is not None and all(i in present for i in ref.kept):
                    draft.values[key] = list(ref.kept)
                    continue
                ids = [self.lookup(target, name, draft, column) for name in ref.text]
                draft.values[key] = list(dict.fromkeys(i for i in ids if i is not None))
            elif ref.kept is not None and ref.kept in present:
                draft.values[key] = ref.kept
            else:
                draft.values[key] = (
                    self.lookup(target, ref.text, draft, column) if ref.text else None
                )

    def resolve_purpose(self, draft: Draft) -> None:
        ref = draft.refs["purpose_id"]
        column = draft.spec.column("purpose_id")
        purposes = self.purposes_of().get(draft.parent or "", [])
        if ref.kept is not None and any(d.id == ref.kept for d in purposes):
            draft.values["purpose_id"] = ref.kept
            return
        draft.values["purpose_id"] = None
        if not ref.text:
            return
        text = str(ref.text).strip()
        found = [d for d in purposes if (d.key("description") or "") == text]
        if len(found) == 1:
            draft.values["purpose_id"] = found[0].id
            return
        activity = self.activity_reference(draft.parent)
        self.reader.problem(
            draft.sheet,
            draft.number,
            column,
            "workbook.problem.unknown_purpose" if not found else "workbook.problem.ambiguous_ref",
            value=text,
            activity=activity,
            sheet=sheet("purposes").title(self.lang),
            rows=", ".join(str(d.number) for d in found),
        )

    def purposes_of(self) -> dict[str, list[Draft]]:
        if self._purposes is None:
            self._purposes = defaultdict(list)
            for purpose in self.drafts["purposes"]:
                self._purposes[purpose.parent or ""].append(purpose)
        return self._purposes

    def activity_reference(self, activity_id: str | None) -> str:
        if self._references is None:
            self._references = {
                d.id: d.key("reference") or "" for ds in self.names["activity"].values() for d in ds
            }
        return self._references.get(activity_id or "", "")

    def transfer_index(self) -> dict[str, list[Draft]]:
        parties = {d.id: d.key("name") or "" for d in self.drafts["parties"]}
        index: dict[str, list[Draft]] = defaultdict(list)
        for draft in self.drafts["transfers"]:
            recipient = parties.get(draft.values.get("party_id") or "") or (
                draft.key("recipient_name") or ""
            )
            key = transfer_key(
                self.activity_reference(draft.parent), recipient, draft.key("country") or ""
            )
            index[key].append(draft)
        return index

    def resolve_transfer(self, draft: Draft, transfers: dict[str, list[Draft]]) -> None:
        ref = draft.refs["transfer_id"]
        column = draft.spec.column("transfer_id")
        ids = {d.id for ds in transfers.values() for d in ds}
        if ref.kept is not None and ref.kept in ids:
            draft.values["transfer_id"] = ref.kept
            return
        draft.values["transfer_id"] = None
        if not ref.text:
            return
        text = " | ".join(part.strip() for part in str(ref.text).split("|"))
        found = transfers.get(text, [])
        if len(found) == 1:
            draft.values["transfer_id"] = found[0].id
            return
        self.reader.problem(
            draft.sheet,
            draft.number,
            column,
            "workbook.problem.unknown_transfer" if not found else "workbook.problem.ambiguous_ref",
            value=text,
            sheet=sheet("transfers").title(self.lang),
            rows=", ".join(str(d.number) for d in found),
        )
