"""Domain rules beyond types: identifiers, countries, e-mails, pairs of fields, references."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from stdnum import exceptions as stdnum_errors
from stdnum.be import vat as be_vat
from stdnum.eu import vat as eu_vat
from stdnum.fr import siren, siret

from ropa.core.errors import Problem, Term
from ropa.core.tree import ORGANISATION, Node

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EMAIL_FIELDS = {
    "organisation": ("email", "dpo_email"),
    "party": ("email",),
}
COUNTRY_FIELDS = {"organisation": ("country",), "party": ("country",), "transfer": ("country",)}

# Dates that cannot come before another of the same row (a typo, most often a year):
# (table, field) -> the field it follows. Datetimes are compared as instants.
NOT_BEFORE = {
    ("rights_request", "answered_on"): "received_on",
    ("rights_request", "identity_asked_on"): "received_on",
    ("rights_request", "identity_received_on"): "received_on",
    ("rights_request", "extension_told_on"): "received_on",
    ("rights_request", "forwarded_on"): "received_on",
    ("breach", "authority_notified_at"): "discovered_at",
    ("breach", "clients_informed_at"): "discovered_at",
    ("dpia", "completed_on"): "started_on",
}
COUNTS = {"breach": ("people_count", "records_count")}
# The widest UTC offset in use: a breach discovered at an instant is discovered on that
# instant's date somewhere up to this far east; only a later date is surely a typo.
_EAST_MOST = timedelta(hours=14)


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes (from Babel's CLDR data, offline)."""
    from babel import Locale

    codes = [str(code) for code in Locale("en").territories]
    return frozenset(code for code in codes if len(code) == 2 and code.isalpha())


def _identifier(number: str, module: Any) -> bool:
    try:
        module.validate(number)
    except stdnum_errors.ValidationError:
        return False
    return True


def identifier_problems(row: dict[str, Any], path: str) -> list[Problem]:
    """Enterprise numbers checked with python-stdnum (check digits, length, format)."""
    problems = []
    checks = (
        ("enterprise_number", be_vat, "problem.bad_enterprise_number"),
        ("siren", siren, "problem.bad_siren"),
        ("siret", siret, "problem.bad_siret"),
        ("vat_number", eu_vat, "problem.bad_vat"),
    )
    for field, module, key in checks:
        value = row.get(field)
        if value is not None and not _identifier(value, module):
            problems.append(Problem(_join(path, field), key, {"value": value}))
    return problems


def _join(path: str, field: str) -> str:
    return f"{path}.{field}" if path else field


def row_problems(table: str, row: dict[str, Any], path: str = "") -> list[Problem]:
    """Rules on one row, whatever its neighbours."""
    problems: list[Problem] = []
    for field in EMAIL_FIELDS.get(table, ()):
        value = row.get(field)
        if value is not None and not EMAIL.match(value):
            problems.append(Problem(_join(path, field), "problem.bad_email", {"value": value}))
    for field in COUNTRY_FIELDS.get(table, ()):
        value = row.get(field)
        if value is not None and value not in country_codes():
            problems.append(Problem(_join(path, field), "problem.bad_country", {"value": value}))
    if table == "organisation":
        problems.extend(identifier_problems(row, path))
        others = row.get("other_languages") or []
        if row.get("language") in others or len(set(others)) != len(others):
            problems.append(Problem(_join(path, "other_languages"), "problem.other_languages"))
        authority = row.get("supervisory_authority")
        if authority is not None:
            from ropa.core.authorities import authorities

            if authority not in authorities():
                problems.append(
                    Problem(
                        _join(path, "supervisory_authority"),
                        "problem.unknown_value",
                        {"value": authority, "allowed": ", ".join(sorted(authorities()))},
                    )
                )
    if table == "activity":
        if row.get("status") == "retired" and not row.get("end_date"):
            problems.append(Problem(_join(path, "end_date"), "problem.retired_needs_end_date"))
        start, end = row.get("start_date"), row.get("end_date")
        if start and end and end < start:
            problems.append(Problem(_join(path, "end_date"), "problem.end_before_start"))
    if table == "attachment":
        owners = [c for c in ("contract_id", "dpia_id", "breach_id", "activity_id") if row.get(c)]
        if len(owners) != 1:
            problems.append(Problem(path, "problem.attachment_owner"))
        if row.get("size") is not None and row["size"] < 0:
            problems.append(Problem(_join(path, "size"), "problem.negative"))
    if table == "retention_phase":
        value, unit = row.get("duration_value"), row.get("duration_unit")
        if (value is None) != (unit is None):
            missing = "duration_unit" if unit is None else "duration_value"
            problems.append(Problem(_join(path, missing), "problem.duration_pair"))
        if value is not None and value < 0:
            problems.append(Problem(_join(path, "duration_value"), "problem.negative"))
    if table == "cookie":
        value, unit = row.get("lifetime_value"), row.get("lifetime_unit")
        if value is not None and value < 0:
            problems.append(Problem(_join(path, "lifetime_value"), "problem.negative"))
        if value is not None and unit is None:
            problems.append(Problem(_join(path, "lifetime_unit"), "problem.duration_pair"))
    problems.extend(_order_problems(table, row, path))
    if table in DATED_TABLES:
        for field, value in row.items():
            if isinstance(value, date) and not FIRST_YEAR <= value.year <= LAST_YEAR:
                params = {"value": _shown(value), "first": FIRST_YEAR, "last": LAST_YEAR}
                problems.append(Problem(_join(path, field), "problem.year_out_of_range", params))
    for field in COUNTS.get(table, ()):
        value = row.get(field)
        if isinstance(value, int) and value < 0:
            problems.append(Problem(_join(path, field), "problem.negative"))
    if table == "activity_recipient":
        named = ("party_id", "recipient_category_id", "department", "recipient_name")
        if not any(row.get(field) for field in named):
            problems.append(Problem(path, "problem.recipient_empty"))
    if table == "transfer":
        if not (row.get("party_id") or row.get("recipient_name")):
            problems.append(Problem(_join(path, "recipient_name"), "problem.transfer_recipient"))
    return problems


# The dates of the accountability file are counted from (a month, 72 hours): a year typed with
# a digit too many or too few is refused before any time limit overflows the calendar.
DATED_TABLES = frozenset({"rights_request", "breach"})
FIRST_YEAR, LAST_YEAR = 1900, 2999


def _shown(value: date) -> str:
    """A date as typed; an instant in the computer's local time, as the user typed it."""
    if isinstance(value, datetime):
        try:
            local = value.astimezone() if value.tzinfo is not None else value
        except (OverflowError, ValueError):
            local = value
        return local.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _latest_date(instant: datetime) -> date:
    """The latest calendar date an instant falls on anywhere."""
    try:
        return (instant + _EAST_MOST).date()
    except OverflowError:
        return date.max


def _order_problems(table: str, row: dict[str, Any], path: str) -> Iterable[Problem]:
    """Dates of one row in the order events follow (NOT_BEFORE); a breach cannot occur
    after the day it was discovered."""
    for (owner, field), first in NOT_BEFORE.items():
        if owner != table:
            continue
        value, earlier = row.get(field), row.get(first)
        same_kind = isinstance(value, datetime) == isinstance(earlier, datetime) and (
            getattr(value, "tzinfo", None) is None
        ) == (getattr(earlier, "tzinfo", None) is None)
        if isinstance(value, date) and isinstance(earlier, date) and same_kind:
            if value < earlier:
                other = Term(f"field.{table}.{first}")
                params = {"other": other, "value": _shown(earlier)}
                yield Problem(_join(path, field), "problem.date_before", params)
    if table == "breach":
        occurred, discovered = row.get("occurred_on"), row.get("discovered_at")
        if (
            isinstance(occurred, date)
            and not isinstance(occurred, datetime)
            and isinstance(discovered, datetime)
            and discovered.tzinfo is not None
            and occurred > _latest_date(discovered)
        ):
            other = Term("field.breach.discovered_at")
            params = {"other": other, "value": _shown(discovered)}
            yield Problem(_join(path, "occurred_on"), "problem.date_after", params)


class _Index:
    """Ids seen in a document, by table, with where each was first seen."""

    def __init__(self) -> None:
        self.where: dict[str, dict[str, str]] = {}
        self.org_of: dict[str, dict[str, str]] = {}
        self.activity_of: dict[str, str] = {}


def document_problems(
    organisations: list[dict[str, Any]], existing_ids: dict[str, set[str]] | None = None
) -> list[Problem]:
    """Rules across a whole document: unique ids and names, references inside the document."""
    existing_ids = existing_ids or {}
    problems: list[Problem] = []
    index = _Index()

    def visit(
        node: Node,
        rows: list[dict[str, Any]],
        path: str,
        org_id: str | None,
        activity_id: str | None,
    ) -> None:
        seen_ids = index.where.setdefault(node.name, {})
        for i, row in enumerate(rows):
            here = f"{path}[{i}]"
            row_id = row["id"]
            if row_id in seen_ids:
                problems.append(
                    Problem(f"{here}.id", "problem.duplicate_id", {"other": seen_ids[row_id]})
                )
            elif row_id in existing_ids.get(node.name, set()):
                problems.append(Problem(f"{here}.id", "problem.id_exists"))
            else:
                seen_ids[row_id] = here
            this_org = row_id if node.parent_column is None else org_id
            index.org_of.setdefault(node.name, {})[row_id] = this_org or ""
            this_activity = row_id if node.name == "activity" else activity_id
            if activity_id is not None:
                index.activity_of[f"{node.name}:{row_id}"] = activity_id
            problems.extend(row_problems(node.name, row, here))
            for child in node.children:
                visit(child, row.get(child.key, []), f"{here}.{child.key}", this_org, this_activity)

    visit(ORGANISATION, organisations, "organisations", None, None)
    problems.extend(_uniqueness(organisations))
    problems.extend(_references(organisations, index))
    return problems


def _uniqueness(organisations: list[dict[str, Any]]) -> Iterable[Problem]:
    unique_fields = {
        "activities": "reference",
        "data_categories": "name",
        "data_subject_categories": "name",
        "recipient_categories": "name",
        "security_measures": "name",
    }
    for o, org in enumerate(organisations):
        for key, field in unique_fields.items():
            seen: dict[str, int] = {}
            for i, row in enumerate(org.get(key, [])):
                value = row.get(field)
                if value in seen:
                    yield Problem(
                        f"organisations[{o}].{key}[{i}].{field}",
                        "problem.duplicate_value",
                        {"value": value, "other": f"organisations[{o}].{key}[{seen[value]}]"},
                    )
                else:
                    seen[value] = i
        for a, activity in enumerate(org.get("activities", [])):
            for key in ("data_categories", "clients", "joint_controllers"):
                column = "data_category_id" if key == "data_categories" else "party_id"
                seen_refs: set[str] = set()
                for i, row in enumerate(activity.get(key, [])):
                    if row[column] in seen_refs:
                        yield Problem(
                            f"organisations[{o}].activities[{a}].{key}[{i}].{column}",
                            "problem.duplicate_link",
                        )
                    seen_refs.add(row[column])


def _references(organisations: list[dict[str, Any]], index: _Index) -> Iterable[Problem]:
    def check(table: str, ref: str | None, org_id: str, path: str) -> Iterable[Problem]:
        if ref is None:
            return
        owner = index.org_of.get(table, {}).get(ref)
        if owner is None:
            yield Problem(path, "problem.dangling", {"value": ref})
        elif owner != org_id:
            yield Problem(path, "problem.other_organisation", {"value": ref})

    def walk(node: Node, rows: list[dict[str, Any]], path: str, org_id: str) -> Iterable[Problem]:
        for i, row in enumerate(rows):
            here = f"{path}[{i}]"
            this_org = row["id"] if node.parent_column is None else org_id
            for column, target in node.references.items():
                yield from check(target.name, row.get(column), this_org, f"{here}.{column}")
            for link in node.links:
                listed: set[str] = set()
                for j, ref in enumerate(row.get(link.key, [])):
                    if ref in listed:
                        yield Problem(f"{here}.{link.key}[{j}]", "problem.duplicate_link")
                    listed.add(ref)
                    yield from check(link.target.name, ref, this_org, f"{here}.{link.key}[{j}]")
                    if link.target is node.table and ref == row["id"]:
                        yield Problem(f"{here}.{link.key}[{j}]", "problem.self_reference")
            if node.name == "retention_phase" and row.get("purpose_id"):
                owner_activity = index.activity_of.get(f"purpose:{row['purpose_id']}")
                if owner_activity is not None and owner_activity != index.activity_of.get(
                    f"retention_phase:{row['id']}"
                ):
                    yield Problem(f"{here}.purpose_id", "problem.other_activity")
            for child in node.children:
                yield from walk(child, row.get(child.key, []), f"{here}.{child.key}", this_org)

    yield from walk(ORGANISATION, organisations, "organisations", "")
