"""A new register file made from a ropa workbook or a JSON interchange file (File > New register
from a file…, `ropa import NEW.ropa FILE`).

The register is built under a private temporary name beside the file asked for: first planned
(the same change preview as an Excel import: everything added), then, once the user agrees,
written in one transaction, closed and renamed into place. A failure or a cancel removes the
temporary file: nothing half-written is ever left, and an existing file is never replaced.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ropa.core.errors import RegisterFileError, RopaError, os_reason
from ropa.core.files import remove_temporary, temporary_file
from ropa.core.i18n import colon, duration_text, tr
from ropa.core.register import create_register
from ropa.core.snapshot import Row
from ropa.core.tree import ORGANISATION, Node
from ropa.db.session import RegisterDatabase
from ropa.exports.common import ImportPlan, Progress, RowChange, SheetChanges, report

FORMATS = {".json": "json", ".xlsx": "xlsx"}
LABEL_LENGTH = 80


@dataclass
class NewRegister:
    """A register being made from a file: planned, not yet in place."""

    source: Path
    target: Path
    kind: str  # "json" or "xlsx"
    temp: Path
    db: RegisterDatabase
    plan: ImportPlan
    organisations: list[Row] = field(default_factory=list)  # JSON: what is written

    @property
    def is_empty(self) -> bool:
        return self.plan.is_empty


def file_kind(source: Path) -> str:
    """json or xlsx, by the file's suffix; refused otherwise."""
    kind = FORMATS.get(source.suffix.lower())
    if kind is None:
        raise RopaError("error.unknown_format", path=str(source))
    return kind


def plan_new_register(
    source: Path,
    target: Path,
    *,
    language: str,
    user: str | None = None,
    progress: Progress | None = None,
) -> NewRegister:
    """Read a ropa workbook or JSON file and say what the new register at `target` would hold,
    written into a temporary register beside it (create_new_register puts it in place,
    discard_new_register removes it). Messages and the preview of a JSON file are in
    `language`, which also becomes the new register's language."""
    kind = file_kind(source)
    target = Path(target)
    if target.exists():
        raise RegisterFileError("error.file.exists", path=str(target))
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise RopaError("error.input_unreadable", path=str(source), reason=os_reason(exc)) from exc
    try:
        temp = temporary_file(target)
    except OSError as exc:
        raise RegisterFileError(
            "error.file.cannot_create", path=str(target), reason=os_reason(exc)
        ) from exc
    db: RegisterDatabase | None = None
    try:
        db = create_register(temp, overwrite=True, language=language, user=user)
        if kind == "xlsx":
            from ropa.exports.workbook import plan_import

            plan = plan_import(db, data, source=source.name, progress=progress)
            return NewRegister(source, target, kind, temp, db, plan)
        from ropa.exports.interchange import read_document

        report(progress, 0, 2)
        organisations = read_document(db, data)
        report(progress, 1, 2)
        plan = json_plan(organisations, source.name, language)
        report(progress, 2, 2)
        return NewRegister(source, target, kind, temp, db, plan, organisations)
    except BaseException:
        if db is not None:
            db.close()
        remove_temporary(temp)
        raise


def create_new_register(new: NewRegister) -> Path:
    """Write what was planned, close the register and put it in place; on any failure
    nothing is left (the temporary register is removed)."""
    try:
        if new.kind == "xlsx":
            from ropa.exports.workbook import apply_import

            apply_import(new.db, new.plan)
        else:
            from ropa.exports.interchange import add_organisations

            add_organisations(new.db, new.organisations, new.source.name)
        new.db.close()
        if new.target.exists():  # made by someone else meanwhile: never replaced
            raise RegisterFileError("error.file.exists", path=str(new.target))
        try:
            os.replace(new.temp, new.target)
        except OSError as exc:
            raise RegisterFileError(
                "error.file.cannot_create", path=str(new.target), reason=os_reason(exc)
            ) from exc
    except BaseException:
        discard_new_register(new)
        raise
    remove_temporary(new.temp)  # journal files SQLite may have left beside the old name
    return new.target


def discard_new_register(new: NewRegister) -> None:
    """Give up: close and remove the temporary register."""
    new.db.close()
    remove_temporary(new.temp)


# -- the preview of a JSON file: everything it adds, by kind of entry ------------------------


def json_plan(organisations: list[Row], source: str, lang: str) -> ImportPlan:
    """The change preview of a JSON file imported into an empty register: for each kind of
    entry (in the language of the messages), the entries it adds, named as a person would."""
    sheets = {
        node.name: SheetChanges(tr(lang, f"tables.{node.name}")) for node in ORGANISATION.walk()
    }
    for org in organisations:
        _add(sheets, _Names(org), ORGANISATION, [org], None, lang)
    return ImportPlan(
        organisation_id=organisations[0]["id"] if organisations else "",
        organisation_name=str(organisations[0]["legal_name"]) if organisations else "",
        source=source,
        sheets=[s for s in sheets.values() if s.changes],
    )


def _add(
    sheets: dict[str, SheetChanges],
    names: _Names,
    node: Node,
    rows: list[Row],
    activity: Row | None,
    lang: str,
) -> None:
    for row in rows:
        sheets[node.name].changes.append(RowChange("added", names.label(node, row, activity, lang)))
        inner = row if node.name == "activity" else activity
        for child in node.children:
            _add(sheets, names, child, row[child.key], inner, lang)


def _short(text: Any) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "\u2026"


class _Names:
    """What names an organisation's entries: its parties and catalogue entries by id."""

    def __init__(self, org: Row) -> None:
        self.names: dict[str, str] = {}
        for key in ("parties", "data_categories", "data_subject_categories"):
            self.names.update({row["id"]: row["name"] for row in org[key]})
        self.names.update({row["id"]: row["name"] for row in org["recipient_categories"]})

    def label(self, node: Node, row: Row, activity: Row | None, lang: str) -> str:
        table = node.name
        if table == "organisation":
            return _short(row["legal_name"])
        if table == "activity":
            return f"{row['reference']} \u2013 {_short(row['name'])}"
        text = self.text(table, row, lang) or tr(lang, f"table.{table}")
        if activity is not None:
            return f"{activity['reference']}{colon(lang)}{_short(text)}"
        return _short(text)

    def text(self, table: str, row: Row, lang: str) -> str:
        named = self.names.get
        if table == "activity_data_category":
            return named(row["data_category_id"], "")
        if table in ("activity_client", "activity_joint_controller"):
            return named(row["party_id"], "")
        if table == "activity_recipient":
            return (
                named(row["party_id"] or "", "")
                or named(row["recipient_category_id"] or "", "")
                or row["recipient_name"]
                or row["department"]
                or ""
            )
        if table == "transfer":
            name = named(row["party_id"] or "", "") or row["recipient_name"] or ""
            return f"{name} ({row['country']})" if name else str(row["country"])
        if table == "dpia_risk":
            return row["source"] or row["impact"] or ""
        if table == "retention_phase":
            if row["duration_value"] is not None:
                return duration_text(lang, row["duration_value"], row["duration_unit"])
            return row["criterion"] or ""
        for key in ("name", "description", "legal_name"):
            if row.get(key):
                return str(row[key])
        return ""
