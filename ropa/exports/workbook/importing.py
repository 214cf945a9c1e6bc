"""Importing an edited workbook back: first a plan (what would be added, changed and removed on
each sheet, computed without writing anything), then, once the user agrees, the plan applied in
one transaction, all or nothing.

The workbook is read into the organisation's complete new register tree (tree.py),
validated with the same rules as the JSON import (the pydantic document model and
ropa.core.validation.document_problems), and compared with the register. Every problem names
its sheet, row and column, in the workbook's language; all of them are reported at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError as PydanticError

from ropa.core.errors import ConflictError, Problem, ValidationError
from ropa.core.i18n import LANGUAGES
from ropa.core.schema import FORMAT_NAME, FORMAT_VERSION, document_model, problems_from_pydantic
from ropa.core.snapshot import Row, read_tree
from ropa.core.text_languages import main_language
from ropa.core.tree import ORGANISATION, Node
from ropa.core.validation import document_problems
from ropa.db.models import Organisation
from ropa.db.session import RegisterDatabase
from ropa.exports.common import ImportPlan, Progress, report, resolve_organisation
from ropa.exports.workbook import new_organisation
from ropa.exports.workbook.apply import apply_changes, fingerprint
from ropa.exports.workbook.diff import Differ, view_of
from ropa.exports.workbook.drafts import DraftReader
from ropa.exports.workbook.layout import ORGANISATION_SHEET, organisation_fields
from ropa.exports.workbook.reader import open_book, read_book, read_meta, where
from ropa.exports.workbook.rows import SheetRows
from ropa.exports.workbook.tree import TreeBuilder

STEPS = 5
_BOUNDARY = re.compile(r"[.\[]")
_FIELD = re.compile(r"^\.?([A-Za-z0-9_]+)")


@dataclass(frozen=True)
class Payload:
    """What apply_import needs: the register as it was read and as the workbook makes it."""

    current: Row
    new: Row
    fingerprint: tuple[int, int]
    creates: bool = False  # the register holds no organisation: it is created from the book


def plan_import(
    db: RegisterDatabase,
    data: bytes,
    *,
    organisation_id: str | None = None,
    source: str = "",
    progress: Progress | None = None,
) -> ImportPlan:
    """Read a workbook exported by ropa and edited, and say what importing it would change.

    Nothing is written. Raises ValidationError listing every problem found (each with its
    sheet, row and column), or RopaError when the workbook is not for this register. Into a
    register that holds no organisation, the workbook's is created (new_organisation.py).
    """
    report(progress, 0, STEPS)
    book = open_book(data)
    try:
        meta = read_meta(book)
        with db.reader() as session:
            creates = new_organisation.creates_organisation(session, organisation_id)
            if creates:
                target, current = meta["organisation_id"], new_organisation.skeleton(meta)
                state = new_organisation.EMPTY_STATE
            else:
                target = _target(session, organisation_id, meta)
                [current] = read_tree(session, [target])
                state = fingerprint(session, target)
        if meta["organisation_id"] != target:
            raise ValidationError(
                [
                    Problem(
                        "",
                        "workbook.problem.other_organisation",
                        {
                            "name": meta.get("organisation_name", ""),
                            "id": meta["organisation_id"],
                            "target": current["legal_name"],
                            "target_id": target,
                        },
                    )
                ]
            )
        report(progress, 1, STEPS)
        read = read_book(book, meta, other_languages(current))
    finally:
        book.close()
    report(progress, 2, STEPS)
    lang = read.lang
    reader = DraftReader(lang, SheetRows(view_of(current, lang)), *_current_index(current))
    reader.keeps_new_ids = creates
    builder = TreeBuilder(current, read, reader)
    new = builder.build()
    report(progress, 3, STEPS)
    rows = {where(lang, p.sheet.title(lang), p.row) for p in reader.located}
    # A carried-over attachment whose record the workbook removed: said by the tree builder
    # with the record's name (check_attached), not as a reference by id.
    checked = [p for p in validate_tree(new) if not _about_attachment_owner(p)]
    problems = _combine(reader.problems, _locate_all(checked, builder), rows)
    if problems:
        raise ValidationError(problems)
    report(progress, 4, STEPS)
    differ = Differ(current, new, builder)
    sheets = differ.sheets()
    if creates:
        sheets = new_organisation.as_added(sheets, str(new["legal_name"]))
    plan = ImportPlan(
        organisation_id=target,
        organisation_name=str((new if creates else current)["legal_name"]),
        source=source,
        sheets=sheets,
        notes=differ.notes(),
        payload=Payload(current, new, state, creates),
    )
    report(progress, STEPS, STEPS)
    return plan


def apply_import(db: RegisterDatabase, plan: ImportPlan) -> None:
    """Write a plan in one transaction; ConflictError (nothing written) when the register
    changed since the plan was made. A plan that changes nothing writes nothing."""
    payload: Payload = plan.payload
    if plan.is_empty:
        return
    if payload.creates:
        new_organisation.insert_organisation(db, payload.new, plan.source)
        return
    with db.transaction() as session:
        if fingerprint(session, plan.organisation_id) != payload.fingerprint:
            raise ConflictError("workbook.error.register_changed")
        apply_changes(session, payload.current, payload.new)


def other_languages(organisation: Row) -> tuple[str, ...]:
    """Every language but the organisation's main one: the text columns an import reads."""
    main = main_language(organisation)
    return tuple(lang for lang in LANGUAGES if lang != main)


def _target(session: Any, organisation_id: str | None, meta: dict[str, str]) -> str:
    """The organisation to import into: the one asked for; else the workbook's own when the
    file holds it; else the file's only organisation."""
    if organisation_id is None and session.get(Organisation, meta["organisation_id"]) is not None:
        return meta["organisation_id"]
    return resolve_organisation(session, organisation_id)


def _current_index(current: Row) -> tuple[dict[str, dict[str, Row]], dict[str, str]]:
    rows: dict[str, dict[str, Row]] = {}
    parents: dict[str, str] = {}

    def walk(node: Node, items: list[Row], parent: str | None) -> None:
        table = rows.setdefault(node.name, {})
        for row in items:
            table[row["id"]] = row
            if parent is not None:
                parents[row["id"]] = parent
            for child in node.children:
                # The row a detail row belongs to: its activity, a risk's DPIA (the
                # organisation's own lists have none).
                owner = None if node is ORGANISATION else row["id"]
                walk(child, row.get(child.key, []), owner)

    walk(ORGANISATION, [current], None)
    return rows, parents


def validate_tree(organisation: Row) -> list[Problem]:
    """The rules of the JSON import, on the new tree (paths as in the JSON document)."""
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "organisations": [organisation],
    }
    problems: list[Problem] = []
    try:
        document_model().model_validate(document)
    except PydanticError as exc:
        problems.extend(problems_from_pydantic(exc))
    problems.extend(document_problems([organisation]))
    return problems


def _about_attachment_owner(problem: Problem) -> bool:
    return problem.key == "problem.dangling" and problem.path.startswith(
        "organisations[0].attachments["
    )


def _locate_all(problems: list[Problem], builder: TreeBuilder) -> list[Problem]:
    return [_locate(p, builder) for p in problems]


def _locate(problem: Problem, builder: TreeBuilder) -> Problem:
    params = dict(problem.params)
    if isinstance(params.get("other"), str) and params["other"].startswith("organisations"):
        params["other"] = _place(params["other"], builder)
    return Problem(_place(problem.path, builder), problem.key, params)


def _place(path: str, builder: TreeBuilder) -> str:
    """A path of the tree ("organisations[0].activities[3].purposes[1].description") as the
    cell it comes from ("Sheet ‹Purposes›, row 5, column ‹Purpose›")."""
    lang = builder.lang
    prefixes = [path[: m.start()] for m in _BOUNDARY.finditer(path)] + [path]
    for prefix in reversed(prefixes):
        location = builder.locations.get(prefix)
        if location is None:
            continue
        match = _FIELD.match(path[len(prefix) :])
        column = None
        if match is not None:
            keys = {c.key: c for c in location.sheet.columns}
            if match.group(1) in keys:
                column = keys[match.group(1)].title(lang)
        return where(lang, location.title, location.row, column)
    field = path.removeprefix("organisations[0].").split(".")[0].split("[")[0]
    if field in builder.organisation_rows:
        title = ORGANISATION_SHEET.title(lang)
        value = ORGANISATION_SHEET.column("value").title(lang)
        return where(lang, title, builder.organisation_rows[field], value)
    if field in {c.key for c in organisation_fields(LANGUAGES)}:
        return where(lang, ORGANISATION_SHEET.title(lang))
    return path


def _combine(
    first: list[Problem], second: list[Problem], rows: set[str] | None = None
) -> list[Problem]:
    """Problems found reading the cells, then those of validation elsewhere: a cell already
    named is not named again, nor a whole row where a cell was (its unreadable cell is the
    cause: "a recipient needs a party" after "this party is not on its sheet")."""
    seen = {p.path for p in first}
    rows = rows if rows is not None else set()
    result = list(first)
    for problem in second:
        if problem.path in seen or problem.path in rows:
            continue
        seen.add(problem.path)
        result.append(problem)
    return result
