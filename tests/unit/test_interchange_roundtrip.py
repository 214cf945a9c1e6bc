"""The JSON interchange round trip: import -> export -> import -> export loses nothing.

The hypothesis strategy is derived from the register tree (ropa.core.tree) and the column
types, so a new table, column or enum value is covered without touching this file; a new
column *type* makes the strategy fail loudly. Domain rules (ropa.core.validation) are
respected by a few explicit fix-ups keyed by table and column name.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import shutil
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import JSON, Boolean, Column, Date, Enum, Integer, String, Text
from stdnum import luhn
from stdnum.be import vat as be_vat
from stdnum.eu import vat as eu_vat
from stdnum.fr import siren as fr_siren
from stdnum.fr import siret as fr_siret

from ropa.core import schema
from ropa.core.register import create_register, open_register
from ropa.core.schema import FORMAT_NAME, FORMAT_VERSION, json_schema
from ropa.core.services import SEED_TABLES
from ropa.core.tree import ORGANISATION, Node
from ropa.core.validation import (
    COUNTRY_FIELDS,
    DATED_TABLES,
    EMAIL,
    EMAIL_FIELDS,
    FIRST_YEAR,
    LAST_YEAR,
    NOT_BEFORE,
    country_codes,
    document_problems,
)
from ropa.db.base import UTCDateTime
from ropa.db.models.attachment import OWNER_COLUMNS
from ropa.db.translations import translation_columns
from ropa.exports.interchange import export_json, import_json

FILES_DRAWN = "files drawn"
"""Where organisations() leaves its attachments' bytes for documents() to gather."""
SCHEMA_FILE = (
    Path(__file__).resolve().parents[2]
    / "resources"
    / "schema"
    / f"register-v{FORMAT_VERSION}.schema.json"
)
NODES: dict[str, Node] = {node.name: node for node in ORGANISATION.walk()}
# The range of whole numbers the format accepts (the code's own bounds when it declares them).
INT_RANGE = (getattr(schema, "INT_MIN", -(2**63)), getattr(schema, "INT_MAX", 2**63 - 1))

# --------------------------------------------------------------------------------------------
# Leaf values
# --------------------------------------------------------------------------------------------

# Texts that tend to break exporters, spreadsheets, HTML and parsers.
AWKWARD = [
    "🙂",
    "👩🏽‍💻",
    "🇧🇪",
    "שָׁלוֹם עולם",
    "مرحبا بالعالم",
    "\u202eevil RTL override\u202c",
    "<b>bold</b>",
    "<script>alert(1)</script>",
    "&amp;",
    "&lt;&#x27;",
    "=1+1",
    "+SUM(A1)",
    "-2+3",
    "@cmd",
    '"',
    "'",
    '""quoted""',
    "\\",
    "\\u0000",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\x00",
    "\x1b[31m",
    "\u2028\u2029",
    "\ufeff",
    "e\u0301",
    "é",
    "ß",
    "İ",
    "Ω",
    "\U0010ffff",
    " ",
    "null",
    "{}",
    "[]",
    "Société Générale & Fils — Bruxelles/Brussel",
]


_PIECES = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(AWKWARD)), max_size=5)
_UNITS = st.sampled_from([a for a in AWKWARD if a] + ["x"])


@st.composite
def texts(draw: st.DrawFn, min_size: int, max_size: int) -> str:
    """Arbitrary unicode text within [min_size, max_size] code points."""
    if draw(st.integers(0, 40)) == 0:
        # Rarely, a text at (or just under) the maximum length.
        unit = draw(_UNITS)
        length = max_size if draw(st.booleans()) else max(min_size, max_size - 1)
        value = (unit * (length // len(unit) + 1))[:length]
    else:
        value = "".join(draw(_PIECES))[:max_size]
    if len(value) < min_size:
        value = (value + "x" * min_size)[:max_size]
    return value


_ZONES = st.one_of(
    st.just(UTC),
    st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m))),
    st.timezones(),
)
_NAIVE = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30, 23, 59, 59))
# The accountability file's dates count time limits: the rules refuse years outside these.
_NAIVE_DATED = st.datetimes(
    min_value=datetime(FIRST_YEAR, 1, 2), max_value=datetime(LAST_YEAR, 12, 30, 23, 59, 59)
)


@st.composite
def aware_datetimes(draw: st.DrawFn, dated: bool = False) -> str:
    """An aware datetime in any timezone, as ISO 8601 text (whole-minute UTC offsets); within
    the years the accountability file accepts when dated."""
    naive = draw(_NAIVE_DATED if dated else _NAIVE)
    zone = draw(_ZONES)
    value = naive.replace(tzinfo=zone)
    offset = value.utcoffset()
    if offset is None or offset % timedelta(minutes=1):
        # Historic local mean times have offsets in seconds, which ISO 8601 cannot write.
        value = naive.replace(tzinfo=UTC)
    text = value.isoformat()
    if text.endswith("+00:00") and draw(st.booleans()):
        text = text[:-6] + "Z"
    return text


dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat)
dated_dates = st.dates(min_value=date(FIRST_YEAR, 1, 1), max_value=date(LAST_YEAR, 12, 31)).map(
    date.isoformat
)

_EMAIL_PART = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), blacklist_characters="@"),
    min_size=1,
    max_size=20,
)
emails = st.one_of(
    st.sampled_from(
        ["dpo@example.be", "o'brien+tag@exämple.co.uk", "=1+1@x.be", "<b>@a.b", "🙂@🙂.🙂"]
    ),
    st.builds(lambda a, b, c: f"{a}@{b}.{c}", _EMAIL_PART, _EMAIL_PART, _EMAIL_PART),
).filter(lambda e: EMAIL.match(e) is not None and len(e) <= 300)

countries = st.sampled_from(sorted(country_codes()))


def _be_number(body: int) -> str:
    digits = f"{body:08d}"
    return digits + f"{97 - int(digits) % 97:02d}"


_be_numbers = st.integers(2_000_000, 19_999_999).map(_be_number)
be_enterprise_numbers = st.one_of(
    _be_numbers,
    _be_numbers.map(lambda n: f"{n[:4]}.{n[4:7]}.{n[7:]}"),
    _be_numbers.map(lambda n: f"BE{n}"),
).filter(be_vat.is_valid)
sirens = (
    st.integers(10_000_000, 99_999_999)
    .map(lambda n: f"{n}{luhn.calc_check_digit(str(n))}")
    .filter(fr_siren.is_valid)
)
sirets = (
    st.tuples(sirens, st.integers(0, 9999))
    .map(lambda t: t[0] + f"{t[1]:04d}" + luhn.calc_check_digit(t[0] + f"{t[1]:04d}"))
    .filter(fr_siret.is_valid)
)
vat_numbers = st.one_of(
    _be_numbers.map(lambda n: f"BE{n}"),
    sirens.map(lambda s: f"FR{(12 + 3 * (int(s) % 97)) % 97:02d}{s}"),
).filter(eu_vat.is_valid)

IDENTIFIER_FIELDS: dict[str, st.SearchStrategy[str]] = {
    "enterprise_number": be_enterprise_numbers,
    "siren": sirens,
    "siret": sirets,
    "vat_number": vat_numbers,
}


def _authority_codes() -> st.SearchStrategy[str]:
    from ropa.core.authorities import authorities

    return st.sampled_from(sorted(authorities()))


# Columns whose valid values are a closed list kept outside the column type.
DOMAIN_VALUES: dict[tuple[str, str], Callable[[], st.SearchStrategy[Any]]] = {
    ("organisation", "supervisory_authority"): _authority_codes,
    # The SHA-256 of the attached file (always drawn with its file: see organisations()).
    ("attachment", "blob_id"): lambda: st.text("0123456789abcdef", min_size=64, max_size=64),
}


def _enum_values(column: Column[Any]) -> list[str] | None:
    if isinstance(column.type, Enum) and column.type.enum_class is not None:
        return [m.value for m in column.type.enum_class]
    return None


def _not_null_values(table: str, column: Column[Any]) -> st.SearchStrategy[Any]:
    """JSON values of a column (never null), from its type and the domain rules."""
    name, col_type = column.name, column.type
    if (table, name) in DOMAIN_VALUES:
        return DOMAIN_VALUES[table, name]()
    if name in EMAIL_FIELDS.get(table, ()):
        return emails
    if name in COUNTRY_FIELDS.get(table, ()):
        return countries
    if name in IDENTIFIER_FIELDS and isinstance(col_type, String):
        return IDENTIFIER_FIELDS[name]
    values = _enum_values(column)
    if values is not None:
        return st.sampled_from(values)
    if isinstance(col_type, JSON):
        enum_cls: type[StrEnum] | None = column.info.get("enum")
        items = st.sampled_from([m.value for m in enum_cls]) if enum_cls else texts(0, 300)
        return st.lists(items, max_size=len(enum_cls or ()) + 2)
    if isinstance(col_type, UTCDateTime):
        return aware_datetimes(dated=table in DATED_TABLES)
    if isinstance(col_type, Date):
        return dated_dates if table in DATED_TABLES else dates
    if isinstance(col_type, Boolean):
        return st.booleans()
    if isinstance(col_type, Integer):
        return st.integers(*INT_RANGE)
    if isinstance(col_type, String | Text):
        return texts(0 if column.nullable else 1, col_type.length or 1000)
    raise TypeError(
        f"the round-trip strategy has no values for {table}.{name} ({col_type!r}): add them"
    )


@cache
def column_values(table: str, name: str) -> st.SearchStrategy[Any]:
    column = NODES[table].table.c[name]
    values = _not_null_values(table, column)
    return st.one_of(st.none(), values) if column.nullable else values


def default_of(column: Column[Any]) -> Any:
    """The value an omitted field gets on import."""
    default = column.default
    if default is None:
        assert column.nullable, f"{column} has no default: it must never be omitted"
        return None
    arg = default.arg  # type: ignore[attr-defined]
    if callable(arg):
        assert isinstance(column.type, JSON), f"{column}: cannot predict a callable default"
        return []
    return arg.value if isinstance(arg, StrEnum) else arg


def _can_omit(column: Column[Any]) -> bool:
    if column.default is None:
        return bool(column.nullable)
    arg = column.default.arg  # type: ignore[attr-defined]
    return not callable(arg) or isinstance(column.type, JSON)


# --------------------------------------------------------------------------------------------
# Rows and documents
# --------------------------------------------------------------------------------------------


_IDS = st.one_of(st.uuids().map(str), texts(1, 36))


class Ids:
    """Unique ids for the whole document: UUIDs and arbitrary texts of up to 36 characters."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.used: set[str] = set()

    def new(self) -> str:
        value = self.draw(_IDS)
        return unique(value, self.used, 36)


def unique(value: str, seen: set[str], max_size: int) -> str:
    n = 0
    while value in seen:
        n += 1
        suffix = f"#{n}"
        value = value[: max_size - len(suffix)] + suffix
    seen.add(value)
    return value


def subset(draw: st.DrawFn, ids: list[str], max_size: int = 3) -> list[str]:
    if not ids:
        return []
    return draw(st.lists(st.sampled_from(ids), unique=True, max_size=max_size))


def maybe(draw: st.DrawFn, ids: list[str]) -> str | None:
    return draw(st.one_of(st.none(), st.sampled_from(ids))) if ids else None


def make_row(
    draw: st.DrawFn, node: Node, ids: Ids, fixed: dict[str, Any] | None = None
) -> dict[str, Any]:
    """One row of node's table: every data column (some omitted when they have a default)."""
    fixed = fixed or {}
    row: dict[str, Any] = {}
    for column in node.data_columns():
        name = column.name
        if name == "id":
            row[name] = ids.new()
        elif name in fixed:
            row[name] = fixed[name]
        elif name in node.references:
            raise AssertionError(f"{node.name}.{name}: a reference must be given in `fixed`")
        elif _can_omit(column) and draw(st.integers(0, 9)) == 0:
            continue  # omitted: the import fills in the default
        else:
            row[name] = draw(column_values(node.name, name))
    return row


def in_order(row: dict[str, Any], first: str) -> dict[str, Any]:
    """A row whose dates do not come before its first one (the rules refuse that as a
    typo): each such date moved to the first one."""
    start = row.get(first)
    if start is None:
        return row
    for (_table, field), before in NOT_BEFORE.items():
        value = row.get(field)
        if before != first or value is None or field not in row:
            continue
        if first.endswith("_at"):
            if _instant(value) < _instant(start):
                row[field] = start
        elif date.fromisoformat(value) < date.fromisoformat(start):
            row[field] = start
    return row


def non_negative(value: int) -> int:
    """A non-negative int in range from any int in range (abs(INT_MIN) would not fit)."""
    return value if value >= 0 else -(value + 1)


def _children(draw: st.DrawFn, max_size: int) -> int:
    return draw(st.integers(0, max_size))


def _uniquify(rows: list[dict[str, Any]], node: Node, field: str) -> None:
    """Make a field unique among rows (activity references, catalogue names)."""
    column = node.table.c[field]
    max_size = column.type.length  # type: ignore[attr-defined]
    seen: set[str] = set()
    for row in rows:
        if field in row:
            row[field] = unique(row[field], seen, max_size)


@st.composite
def organisations(draw: st.DrawFn, ids: Ids) -> dict[str, Any]:
    org = make_row(draw, ORGANISATION, ids)
    if org.get("other_languages"):
        # The other document languages: each once, never the main one.
        main = org.get("language", "fr")
        org["other_languages"] = list(dict.fromkeys(x for x in org["other_languages"] if x != main))
    for catalogue in ("data_categories", "data_subject_categories", "recipient_categories"):
        node = next(c for c in ORGANISATION.children if c.key == catalogue)
        org[catalogue] = [make_row(draw, node, ids) for _ in range(_children(draw, 2))]
        _uniquify(org[catalogue], node, "name")
    node = next(c for c in ORGANISATION.children if c.key == "security_measures")
    org["security_measures"] = [make_row(draw, node, ids) for _ in range(_children(draw, 2))]
    _uniquify(org["security_measures"], node, "name")

    parties = [make_row(draw, NODES["party"], ids) for _ in range(_children(draw, 3))]
    party_ids = [p["id"] for p in parties]
    for party in parties:
        party["subprocessors"] = subset(draw, [i for i in party_ids if i != party["id"]])
    org["parties"] = parties

    dc_ids = [r["id"] for r in org["data_categories"]]
    activities = [activity(draw, ids, org, party_ids, dc_ids) for _ in range(_children(draw, 2))]
    _uniquify(activities, NODES["activity"], "reference")
    org["activities"] = activities

    activity_ids = [a["id"] for a in activities]
    transfer_ids = [t["id"] for a in activities for t in a["transfers"]]
    cookies = []
    for _ in range(_children(draw, 2)):
        refs = {
            "party_id": maybe(draw, party_ids),
            "activity_id": maybe(draw, activity_ids),
            "transfer_id": maybe(draw, transfer_ids),
        }
        cookie = make_row(draw, NODES["cookie"], ids, refs)
        value = cookie.get("lifetime_value")
        if value is not None:
            cookie["lifetime_value"] = non_negative(value)
            if cookie.get("lifetime_unit") is None:
                cookie["lifetime_unit"] = draw(
                    st.sampled_from(_enum_values(NODES["cookie"].table.c.lifetime_unit) or [])
                )
        cookies.append(cookie)
    org["cookies"] = cookies

    requests = []
    for _ in range(_children(draw, 2)):
        request = make_row(
            draw, NODES["rights_request"], ids, {"client_party_id": maybe(draw, party_ids)}
        )
        request["activities"] = subset(draw, activity_ids)
        requests.append(in_order(request, "received_on"))
    org["rights_requests"] = requests
    ds_ids = [r["id"] for r in org["data_subject_categories"]]
    breaches = []
    for _ in range(_children(draw, 2)):
        breach = in_order(make_row(draw, NODES["breach"], ids), "discovered_at")
        for field in ("people_count", "records_count"):
            if breach.get(field) is not None:
                breach[field] = non_negative(breach[field])
        discovered, occurred = breach.get("discovered_at"), breach.get("occurred_on")
        day = _instant(discovered).astimezone(UTC).date() if discovered else None
        if day is not None and occurred and date.fromisoformat(occurred) > day:
            breach["occurred_on"] = day.isoformat()
        breach["activities"] = subset(draw, activity_ids)
        breach["data_categories"] = subset(draw, dc_ids)
        breach["data_subjects"] = subset(draw, ds_ids)
        breach["clients"] = subset(draw, party_ids)
        breaches.append(breach)
    org["breaches"] = breaches
    # Contracts with the parties: a party may have several (renewals), or none.
    contracts = []
    for _ in range(_children(draw, 2) if party_ids else 0):
        party_id = draw(st.sampled_from(party_ids))
        contracts.append(make_row(draw, NODES["contract"], ids, {"party_id": party_id}))
    org["contracts"] = contracts
    # Impact assessments, each covering some activities, with their risks.
    dpias = []
    for _ in range(_children(draw, 2)):
        dpia = in_order(make_row(draw, NODES["dpia"], ids), "started_on")
        dpia["activities"] = subset(draw, activity_ids)
        dpia["risks"] = [make_row(draw, NODES["dpia_risk"], ids) for _ in range(_children(draw, 2))]
        dpias.append(dpia)
    org["dpias"] = dpias
    # Documents attached to any of those records, their bytes in the document's `files`
    # (carried here under FILES_DRAWN until documents() moves them there).
    owners = [
        *(("contract_id", r["id"]) for r in contracts),
        *(("dpia_id", r["id"]) for r in dpias),
        *(("breach_id", r["id"]) for r in breaches),
        *(("activity_id", a) for a in activity_ids),
    ]
    attachments, files = [], {}
    for _ in range(_children(draw, 3) if owners else 0):
        column, owner = draw(st.sampled_from(owners))
        content = draw(st.binary(max_size=64))
        key = hashlib.sha256(content).hexdigest()
        files[key] = base64.b64encode(content).decode("ascii")
        fixed: dict[str, Any] = {c: None for c in OWNER_COLUMNS}
        fixed |= {column: owner, "blob_id": key, "size": len(content)}
        attachments.append(make_row(draw, NODES["attachment"], ids, fixed))
    org["attachments"] = attachments
    org[FILES_DRAWN] = files

    # Sometimes leave out empty lists: they default to [] (a catalogue left out gets the
    # standard entries instead: see test_catalogues_left_out_are_seeded).
    for key in [c.key for c in ORGANISATION.children if c.key not in SEED_TABLES]:
        if org[key] == [] and draw(st.booleans()):
            del org[key]
    return org


def activity(
    draw: st.DrawFn, ids: Ids, org: dict[str, Any], party_ids: list[str], dc_ids: list[str]
) -> dict[str, Any]:
    row = make_row(draw, NODES["activity"], ids)
    # An activity ends after it starts, and a retired one has ended.
    start, end = row.get("start_date"), row.get("end_date")
    if start and end and end < start:
        row["start_date"], row["end_date"] = end, start
    if row.get("status") == "retired" and not row.get("end_date"):
        row["end_date"] = draw(dates.filter(lambda d: not start or d >= start))

    row["purposes"] = [make_row(draw, NODES["purpose"], ids) for _ in range(_children(draw, 2))]
    row["data_categories"] = [
        make_row(draw, NODES["activity_data_category"], ids, {"data_category_id": dc})
        for dc in subset(draw, dc_ids)
    ]
    row["sources"] = [
        make_row(draw, NODES["data_source"], ids, {"party_id": maybe(draw, party_ids)})
        for _ in range(_children(draw, 2))
    ]
    recipients = []
    rc_ids = [r["id"] for r in org["recipient_categories"]]
    for _ in range(_children(draw, 2)):
        refs = {
            "party_id": maybe(draw, party_ids),
            "recipient_category_id": maybe(draw, rc_ids),
        }
        recipient = make_row(draw, NODES["activity_recipient"], ids, refs)
        if not (refs["party_id"] or refs["recipient_category_id"] or recipient.get("department")):
            recipient["department"] = draw(texts(1, 300))
        recipients.append(recipient)
    row["recipients"] = recipients
    transfers = []
    for _ in range(_children(draw, 2)):
        transfer = make_row(draw, NODES["transfer"], ids, {"party_id": maybe(draw, party_ids)})
        if not (transfer["party_id"] or transfer.get("recipient_name")):
            transfer["recipient_name"] = draw(texts(1, 300))
        transfers.append(transfer)
    row["transfers"] = transfers
    purpose_ids = [p["id"] for p in row["purposes"]]
    phases = []
    for _ in range(_children(draw, 2)):
        ds_ids = [d["id"] for d in org["data_subject_categories"]]
        refs = {
            "purpose_id": maybe(draw, purpose_ids),
            "data_category_id": maybe(draw, dc_ids),
            "data_subject_category_id": maybe(draw, ds_ids),
        }
        phase = make_row(draw, NODES["retention_phase"], ids, refs)
        value, unit = phase.get("duration_value"), phase.get("duration_unit")
        if value is not None:
            phase["duration_value"] = non_negative(value)
        if (value is None) != (unit is None):
            phase.pop("duration_value", None)
            phase.pop("duration_unit", None)
        phases.append(phase)
    row["retention_phases"] = phases
    row["clients"] = [
        make_row(draw, NODES["activity_client"], ids, {"party_id": p})
        for p in subset(draw, party_ids)
    ]
    row["joint_controllers"] = [
        make_row(draw, NODES["activity_joint_controller"], ids, {"party_id": p})
        for p in subset(draw, party_ids)
    ]
    row["data_subjects"] = subset(draw, [r["id"] for r in org["data_subject_categories"]])
    row["security_measures"] = subset(draw, [r["id"] for r in org["security_measures"]])
    return row


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid interchange document: every table and link, arbitrary values."""
    ids = Ids(draw)
    document: dict[str, Any] = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION}
    generator = draw(st.one_of(st.none(), texts(0, 80), st.just("omit")))
    if generator != "omit":
        document["generator"] = generator
    document["organisations"] = draw(st.lists(organisations(ids), min_size=1, max_size=2))
    files = {}
    for org in document["organisations"]:
        files |= org.pop(FILES_DRAWN)
    if files or draw(st.booleans()):
        document["files"] = files
    return document


@st.composite
def encoded(draw: st.DrawFn, document: dict[str, Any]) -> bytes:
    """A document as the bytes of a JSON file, written in any of the usual ways."""
    text = json.dumps(
        document,
        ensure_ascii=draw(st.booleans()),
        indent=draw(st.sampled_from([None, 2, "\t"])),
    )
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if draw(st.booleans()) else data


# --------------------------------------------------------------------------------------------
# What an export should hold
# --------------------------------------------------------------------------------------------


def _instant(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, value
    return parsed


def normalise(node: Node, rows: list[dict[str, Any]], *, reorder: bool) -> list[dict[str, Any]]:
    """Rows with defaults filled in, datetimes as instants, and (if reorder) export order."""
    result = []
    for index, row in enumerate(rows):
        out: dict[str, Any] = {}
        for column in node.data_columns():
            if column.name in row:
                value = row[column.name]
            elif column.name == "position":
                value = index  # left out: the entry's place in its list
            else:
                value = default_of(column)
            if isinstance(column.type, UTCDateTime) and value is not None:
                value = _instant(value)
            out[column.name] = value
        for child in node.children:
            out[child.key] = normalise(child, row.get(child.key, []), reorder=reorder)
        for link in node.links:
            links = row.get(link.key, [])
            out[link.key] = sorted(links) if reorder else list(links)
        extra = set(row) - set(out)
        assert not extra, f"{node.name}: unexpected keys {extra}"
        result.append(out)
    if reorder:
        if "position" in node.table.c:
            result.sort(key=lambda r: (r["position"], r["id"]))
        else:
            result.sort(key=lambda r: (r["created_at"], r["id"]))
    return result


def expected_organisations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return normalise(ORGANISATION, document.get("organisations", []), reorder=True)


def exported_organisations(export: dict[str, Any]) -> list[dict[str, Any]]:
    return normalise(ORGANISATION, export["organisations"], reorder=False)


def assert_utc(node: Node, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for column in node.data_columns():
            if isinstance(column.type, UTCDateTime) and row[column.name] is not None:
                assert row[column.name].endswith("+00:00"), (node.name, row[column.name])
        for child in node.children:
            assert_utc(child, row[child.key])


# --------------------------------------------------------------------------------------------
# Round trip
# --------------------------------------------------------------------------------------------


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def import_then_export(template: Path, path: Path, data: bytes) -> str:
    """Import data into a fresh empty register (a copy of template) and export it."""
    shutil.copyfile(template, path)
    db = open_register(path)
    try:
        import_json(db, data, source="test")
        return export_json(db)
    finally:
        db.close()


def round_trip(folder: Path, template: Path, data: bytes) -> tuple[str, str]:
    export_a = import_then_export(template, folder / "a.ropa", data)
    export_b = import_then_export(template, folder / "b.ropa", export_a.encode("utf-8"))
    for name in ("a.ropa", "b.ropa"):
        (folder / name).unlink()
    return export_a, export_b


def make_template(folder: Path) -> Path:
    template = folder / "template.ropa"
    create_register(template, language="en").close()
    return template


def check_round_trip(
    document: dict[str, Any],
    export_a: str,
    export_b: str,
    validator: jsonschema.Draft202012Validator,
) -> None:
    assert export_a == export_b, "a second import/export changed the export"
    parsed = json.loads(export_a)
    validator.validate(parsed)
    assert parsed["format"] == FORMAT_NAME
    assert parsed["format_version"] == FORMAT_VERSION
    assert_utc(ORGANISATION, parsed["organisations"])
    assert exported_organisations(parsed) == expected_organisations(document)
    # The attached files come back byte for byte, each once, none when nothing is attached.
    assert parsed.get("files", {}) == document.get("files", {})


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty register file, copied for every example (faster than creating one)."""
    return make_template(tmp_path_factory.mktemp("template"))


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_round_trip_property(template: Path, data: st.DataObject) -> None:
    document = data.draw(documents(), label="document")
    raw = data.draw(encoded(document), label="bytes")
    # The strategy itself only builds documents the rules accept.
    assert document_problems(copy.deepcopy(document["organisations"])) == []
    validator = _validator()
    validator.validate(document)
    with tempfile.TemporaryDirectory() as tmp:
        export_a, export_b = round_trip(Path(tmp), template, raw)
    check_round_trip(document, export_a, export_b, validator)


def _seen(node: Node, rows: list[dict[str, Any]], seen: set[str]) -> None:
    for row in rows:
        seen.add(node.name)
        for column in node.data_columns():
            if column.name not in row:
                seen.add(f"omitted {node.name}.{column.name}")
            elif row[column.name] is None:
                seen.add(f"null {node.name}.{column.name}")
        for child in node.children:
            _seen(child, row.get(child.key, []), seen)
        for link in node.links:
            if row.get(link.key):
                seen.add(f"link {link.key}")


def test_the_strategy_covers_every_table_and_link() -> None:
    """Guard for the property test: its documents reach every table, link and null."""
    seen: set[str] = set()

    @settings(
        max_examples=200,  # more entries per document since contracts: 100 sometimes missed one
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(documents())
    def collect(document: dict[str, Any]) -> None:
        _seen(ORGANISATION, document["organisations"], seen)
        for org in document["organisations"]:  # format 2 on: contracts are entries of their own
            for party in org.get("parties", []):
                assert not {"contract_signed", "contract_date", "contract_reference"} & set(party)

    collect()
    nodes = ORGANISATION.walk()
    missing = {n.name for n in nodes} - seen
    missing |= {f"link {link.key}" for n in nodes for link in n.links} - seen
    assert not missing, f"never generated: {sorted(missing)}"
    nullable = {
        f"null {n.name}.{c.name}"
        for n in (ORGANISATION, NODES["activity"])
        for c in n.data_columns()
        if c.nullable
    }
    assert len(nullable & seen) > len(nullable) // 2


# --------------------------------------------------------------------------------------------
# One of everything, every field filled
# --------------------------------------------------------------------------------------------

T0 = "2024-02-29T23:59:59.999999+00:00"
T1 = "2025-01-01T00:00:00+00:00"


def one_of_everything() -> dict[str, Any]:
    """A document with one row of every table (two parties, for a subprocessor link)."""
    org = {
        "id": "org-1",
        "legal_name": "Ωmega <Consulting> & Fils SRL",
        "trade_name": "Ωmega 🙂",
        "legal_form": "SRL",
        "street": "Rue de la Loi 16",
        "postcode": "1000",
        "city": "Bruxelles",
        "country": "BE",
        "language": "nl",
        "enterprise_number": "0403.170.701",
        "siren": "732829320",
        "siret": "73282932000074",
        "rcs": "RCS Paris B 732 829 320",
        "vat_number": "BE0403170701",
        "email": "info@omega.example",
        "phone": "+32 2 123 45 67",
        "website": "https://omega.example",
        "legal_representative": "Anne Peeters",
        "dpo_designated": True,
        "dpo_name": "Jan Janssens",
        "dpo_email": "dpo@omega.example",
        "dpo_phone": "+32 2 765 43 21",
        "dpo_address": "Wetstraat 16\n1000 Brussel",
        "eu_representative_name": "EU Rep GmbH",
        "eu_representative_contact": "rep@eurep.example",
        "supervisory_authority": "BE-APD",
        "notice_introduction": "Nous protégeons vos données.",
        "notice_closing": "=1+1 \"quoted\" 'single' <b>bold</b> &amp;",
        "rights_channels": ["email", "post", "form"],
        "rights_form_url": "https://omega.example/privacy/request",
        "identity_proof": "reasonable_doubt",
        "response_days": 15,
        "national_law": "Wet van 30 juli 2018",
        "cookie_policy_url": "https://omega.example/cookies",
        "cookie_consent_method": "A banner on the first visit; a link in every page's footer.",
        "cookie_refusal_effect": "Videos are not shown.",
        "processes_special_data": False,
        "sells_data": False,
        "processes_minors_data": True,
        "minors_age": 16,
        "data_location": "Belgium and Germany",
        "safeguards_copy": "Write to dpo@omega.example for a copy.",
        "notice_version_label": "v3.1",
        "notice_version_date": "2026-11-02",
        "notes": "שלום 👋 مرحبا",
        "created_at": T0,
        "updated_at": T1,
    }
    catalogue = {"description": "desc", "seed_key": "seed.key", "position": 3}
    org["data_categories"] = [
        {
            "id": "dc-1",
            "is_special": True,
            "is_criminal": True,
            "is_national_id": True,
            "concerns_minors": True,
            "name": "Health data",
            **catalogue,
            "created_at": T0,
            "updated_at": T1,
        }
    ]
    org["data_subject_categories"] = [
        {
            "id": "ds-1",
            "is_minors": True,
            "is_vulnerable": True,
            "name": "Patients",
            **catalogue,
            "created_at": T0,
            "updated_at": T1,
        }
    ]
    org["recipient_categories"] = [
        {"id": "rc-1", "name": "Insurers", **catalogue, "created_at": T0, "updated_at": T1}
    ]
    org["security_measures"] = [
        {
            "id": "sm-1",
            "kind": "organisational",
            "group": "A.5 Policies",
            "name": "Security policy",
            **catalogue,
            "created_at": T0,
            "updated_at": T1,
        }
    ]
    party = {
        "kind": "processor",
        "service": "Hosting",
        "country": "US",
        "address": "1 Cloud Way",
        "contact_name": "Bob",
        "email": "bob@cloud.example",
        "phone": "+1 555 0100",
        "website": "https://cloud.example",
        "enterprise_number": "0403170701",
        "dpo_name": "Carol",
        "dpo_contact": "dpo@cloud.example",
        "representative": "Rep NV",
        "privacy_policy_url": "https://cloud.example/privacy",
        "notes": "party notes",
    }
    org["parties"] = [
        {
            "id": "party-1",
            "name": "Cloud Inc.",
            **party,
            "created_at": T0,
            "updated_at": T1,
            "subprocessors": ["party-2"],
        },
        {
            "id": "party-2",
            "name": "Backup Ltd",
            **party,
            "created_at": T1,
            "updated_at": T1,
            "subprocessors": [],
        },
    ]
    stamps = {"created_at": T0, "updated_at": T1}
    org["activities"] = [
        {
            "id": "act-1",
            "reference": "HR-001",
            "name": "Payroll",
            "description": "Internal description",
            "public_description": "We pay you.",
            "role": "joint_controller",
            "owner": "HR manager",
            "department": "HR",
            "status": "retired",
            "start_date": "2001-01-01",
            "end_date": "2024-12-31",
            "last_reviewed": "2024-06-30",
            "next_review": "2025-06-30",
            "collected_from_subject": False,
            "automated_decision": True,
            "profiling": True,
            "transfers_outside_eea": True,
            "automated_logic": "scoring",
            "automated_consequences": "refusal",
            "dpia_status": "done",
            "dpia_criteria": ["sensitive_data", "large_scale"],
            "dpia_reference": "DPIA-7",
            "dpia_date": "2020-02-02",
            "security_notes": "encrypted",
            "data_location": "EU",
            "end_action": "anonymise",
            "in_notice": True,
            "audiences": ["employees", "candidates"],
            "notes": "activity notes",
            **stamps,
            "purposes": [
                {
                    "id": "pur-1",
                    "position": 1,
                    "description": "Paying salaries",
                    "legal_basis": "legitimate_interests",
                    "legitimate_interest": "interest",
                    "balancing_note": "balanced",
                    "lia_reference": "LIA-1",
                    "legal_reference": "Art. 1",
                    "consent_collection": "form",
                    "consent_withdrawal": "link",
                    "consent_record": "log",
                    "contract_description": "employment contract",
                    "provision_requirement": "contract_prerequisite",
                    "provision_consequences": "no salary",
                    **stamps,
                }
            ],
            "data_categories": [
                {
                    "id": "adc-1",
                    "data_category_id": "dc-1",
                    "position": 2,
                    "detail": "sick notes",
                    "art9_condition": "b_employment_social_security",
                    "art9_detail": "labour law",
                    "art10_basis": "none",
                    **stamps,
                }
            ],
            "sources": [
                {
                    "id": "src-1",
                    "position": 0,
                    "description": "Social secretariat",
                    "is_public": True,
                    "party_id": "party-1",
                    **stamps,
                }
            ],
            "recipients": [
                {
                    "id": "rec-1",
                    "position": 0,
                    "kind": "processor",
                    "party_id": "party-1",
                    "recipient_category_id": "rc-1",
                    "department": "Finance",
                    "recipient_name": "Social secretariat",
                    "detail": "payslips",
                    **stamps,
                }
            ],
            "transfers": [
                {
                    "id": "tr-1",
                    "position": 0,
                    "country": "US",
                    "party_id": "party-1",
                    "recipient_name": "Cloud Inc. US",
                    "safeguard": "scc",
                    "derogation": "none",
                    "document_reference": "SCC-2021",
                    "copy_access": "on request",
                    "notes": "transfer notes",
                    **stamps,
                }
            ],
            "retention_phases": [
                {
                    "id": "ret-1",
                    "position": 0,
                    "phase": "intermediate_archive",
                    "purpose_id": "pur-1",
                    "data_category_id": "dc-1",
                    "data_subject_category_id": "ds-1",
                    "duration_value": 7,
                    "duration_unit": "years",
                    "criterion": "tax law",
                    "start_event": "end_of_employment",
                    "start_event_detail": "last day",
                    "other_start_events": ["last_contact", "account_closure"],
                    "start_combination": "latest",
                    "legal_reference": "Art. 315 WIB",
                    "justification": "tax audits",
                    **stamps,
                }
            ],
            "clients": [
                {
                    "id": "cli-1",
                    "position": 0,
                    "party_id": "party-1",
                    "processing_categories": "hosting",
                    "contract_reference": "C-1",
                    **stamps,
                }
            ],
            "joint_controllers": [
                {
                    "id": "jc-1",
                    "position": 0,
                    "party_id": "party-2",
                    "responsibilities": "shared",
                    "contact_point": "jc@example.be",
                    **stamps,
                }
            ],
            "data_subjects": ["ds-1"],
            "security_measures": ["sm-1"],
        }
    ]
    org["cookies"] = [
        {
            "id": "cookie-1",
            "name": "_ga",
            "provider": "Google",
            "party_id": "party-1",
            "first_party": False,
            "domain": ".omega.example",
            "purpose": "statistics",
            "category": "analytics",
            "lifetime_value": 13,
            "lifetime_unit": "months",
            "consent_required": True,
            "exemption_conditions": "CNIL audience measurement conditions",
            "activity_id": "act-1",
            "transfer_id": "tr-1",
            "notes": "cookie notes",
            **stamps,
        }
    ]
    org["rights_requests"] = [
        {
            "id": "req-1",
            "reference": "DR-2026-001",
            "received_on": "2026-01-31",
            "channel": "email",
            "requester": "J. Peeters <jp@example.be>",
            "rights": ["access", "erasure"],
            "client_party_id": "party-1",
            "forwarded_on": "2026-02-02",
            "identity_check": "received",
            "identity_asked_on": "2026-02-01",
            "identity_received_on": "2026-02-03",
            "extended": True,
            "extension_reasons": "=SUM(A1) many requests",
            "extension_told_on": "2026-02-20",
            "decision": "partly_granted",
            "decision_reasons": "trade secrets",
            "answered_on": "2026-04-30",
            "recipients_notified": "Cloudy SRL",
            "recipients_notified_on": "2026-05-02",
            "notes": "request notes",
            "activities": ["act-1"],
            **stamps,
        }
    ]
    org["breaches"] = [
        {
            "id": "breach-1",
            "name": "Stolen laptop 🙂",
            "discovered_at": "2026-03-01T08:15:00+00:00",
            "occurred_on": "2026-02-28",
            "how_discovered": "the employee reported it",
            "description": "a laptop was stolen from a car",
            "natures": ["confidentiality", "availability"],
            "people_count": 120,
            "records_count": 0,
            "consequences": "phishing",
            "risk": "high_risk",
            "risk_reasoning": "unencrypted disk",
            "measures_taken": "passwords reset",
            "measures_proposed": "encrypt every disk",
            "authority_notified_at": "2026-03-04T09:00:00+00:00",
            "authority_reference": "APD-2026-123",
            "delay_reasons": "the scope was unclear",
            "people_informed_on": "2026-03-05",
            "people_informed_how": "e-mail",
            "inform_exception": "disproportionate_effort",
            "clients_informed_at": "2026-03-01T10:00:00+00:00",
            "notes": "breach notes",
            "activities": ["act-1"],
            "data_categories": ["dc-1"],
            "data_subjects": ["ds-1"],
            "clients": ["party-1"],
            **stamps,
        }
    ]
    org["contracts"] = [
        {
            "id": "contract-1",
            "party_id": "party-1",
            "reference": "DPA-2023-01 🙂",
            "our_role": "controller",
            "status": "signed",
            "contract_version": "v2.1",
            "signed_on": "2023-05-17",
            "expires_on": "2027-05-16",
            "review_on": "2026-05-17",
            "clauses": ["instructions", "confidentiality", "security", "audits"],
            "subprocessor_authorisation": "general",
            "data_location": "Frankfurt (DE), Dublin (IE)",
            "notes": "contract notes",
            **stamps,
        }
    ]
    org["dpias"] = [
        {
            "id": "dpia-1",
            "name": "DPIA-2025-01 Video surveillance 🙂",
            "status": "completed",
            "started_on": "2024-11-04",
            "completed_on": "2025-02-20",
            "review_on": "2027-02-20",
            "description": "three fixed cameras at the entrances",
            "necessity": "no less intrusive way to protect the server room",
            "measures": "no sound, one month's retention",
            "residual_risk": "low",
            "dpo_advice": "favourable, with the measures",
            "dpo_advice_on": "2025-02-10",
            "people_views": "staff delegation consulted",
            "decision": "proceed_with_measures",
            "decision_by": "Management board",
            "decision_on": "2025-02-20",
            "prior_consultation": "not_required",
            "consulted_on": "2025-02-12",
            "authority_reply": "=none needed",
            "notes": "dpia notes",
            **stamps,
            "risks": [
                {
                    "id": "risk-1",
                    "position": 0,
                    "source": "illegitimate access to the footage",
                    "impact": "people filmed exposed",
                    "likelihood": "significant",
                    "severity": "maximum",
                    "measures": "recorder in the locked server room",
                    "likelihood_after": "negligible",
                    "severity_after": "limited",
                    **stamps,
                }
            ],
            "activities": ["act-1"],
        }
    ]
    signed = b"%PDF-1.4 the signed DPA\n"
    # One document for each kind of record (the same file twice: stored and exported once).
    owners = {"contract_id": "contract-1", "dpia_id": "dpia-1", "breach_id": "breach-1"}
    owners["activity_id"] = "act-1"
    org["attachments"] = [
        {
            "id": f"attachment-{index}",
            "name": "DPA signé <2023>.pdf",
            "description": "=signed copy",
            "media_type": "application/pdf",
            "size": len(signed),
            "blob_id": hashlib.sha256(signed).hexdigest(),
            **{other: (owner if other == column else None) for other in OWNER_COLUMNS},
            **stamps,
        }
        for index, (column, owner) in enumerate(owners.items())
    ]
    org["other_languages"] = ["fr", "en"]
    _translate_every_text(ORGANISATION, org)
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "generator": "hand written",
        "organisations": [org],
        "files": {hashlib.sha256(signed).hexdigest(): base64.b64encode(signed).decode("ascii")},
    }


def _translate_every_text(node: Node, row: dict[str, Any]) -> None:
    """Give every translatable text of the tree a text in each language (the main one's
    column included: it is kept, though unused, like any other)."""
    for column, (field, lang) in translation_columns(node.name).items():
        row[column] = f"{row[field]} \u2192 {lang} \u00ab\u00a0{lang.upper()}\u00a0\u00bb"
    for child in node.children:
        for child_row in row.get(child.key, []):
            _translate_every_text(child, child_row)


def _assert_complete(node: Node, rows: list[dict[str, Any]], path: str) -> None:
    assert rows, f"{path}: the one-of-everything document has no {node.name}"
    for i, row in enumerate(rows):
        here = f"{path}[{i}]"
        for column in node.data_columns():
            if node.name == "attachment" and column.name in OWNER_COLUMNS:
                continue  # one owner per attachment: each owner is filled by one of them
            assert row.get(column.name) not in (None, [], ""), f"{here}.{column.name} not filled"
        if node.name == "attachment":
            assert {c for c in OWNER_COLUMNS for r in rows if r.get(c)} == set(OWNER_COLUMNS)
        for child in node.children:
            _assert_complete(child, row.get(child.key, []), f"{here}.{child.key}")
        if i == 0:
            for link in node.links:
                assert row.get(link.key), f"{here}.{link.key} is empty"


def test_one_of_everything_is_complete() -> None:
    """Guard: a new table or column must be added to one_of_everything()."""
    _assert_complete(ORGANISATION, one_of_everything()["organisations"], "organisations")


def test_one_of_everything_round_trips_exactly(tmp_path: Path) -> None:
    document = one_of_everything()
    assert document_problems(copy.deepcopy(document["organisations"])) == []
    template = make_template(tmp_path)
    export_a, export_b = round_trip(tmp_path, template, json.dumps(document).encode())
    assert export_a == export_b
    parsed = json.loads(export_a)
    # Every value back exactly as written (datetimes already in UTC), in the tree's key order.
    assert parsed["organisations"] == document["organisations"]
    org = parsed["organisations"][0]
    expected_keys = [c.name for c in ORGANISATION.data_columns()] + [
        c.key for c in ORGANISATION.children
    ]
    assert list(org) == expected_keys
    _validator().validate(parsed)


def test_awkward_texts_round_trip_in_every_text_field(tmp_path: Path) -> None:
    """Every free-text field holds every awkward text (joined), unchanged."""
    document = one_of_everything()
    awkward = "".join(AWKWARD)

    def fill(node: Node, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            for column in node.data_columns():
                col_type = column.type
                if (
                    isinstance(col_type, String)
                    and _enum_values(column) is None
                    and column.name != "id"
                    and column.name not in node.references
                    and column.name not in EMAIL_FIELDS.get(node.name, ())
                    and column.name not in COUNTRY_FIELDS.get(node.name, ())
                    and column.name not in IDENTIFIER_FIELDS
                    and (node.name, column.name) not in DOMAIN_VALUES
                ):
                    row[column.name] = (awkward + row[column.name])[: col_type.length]
            for child in node.children:
                fill(child, row[child.key])

    fill(ORGANISATION, document["organisations"])
    template = make_template(tmp_path)
    export_a, export_b = round_trip(tmp_path, template, json.dumps(document).encode())
    assert export_a == export_b
    assert json.loads(export_a)["organisations"] == document["organisations"]


def test_empty_register_round_trips(tmp_path: Path) -> None:
    template = make_template(tmp_path)
    empty = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "organisations": []}
    export_a, export_b = round_trip(tmp_path, template, json.dumps(empty).encode())
    assert export_a == export_b
    assert json.loads(export_a)["organisations"] == []


def test_defaults_of_omitted_fields(tmp_path: Path) -> None:
    """A minimal document: every omitted field gets its column default."""
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "organisations": [
            {
                "id": "o",
                "legal_name": "Minimal",
                "country": "FR",
                "created_at": T0,
                "updated_at": T0,
                **dict.fromkeys(SEED_TABLES, []),  # empty catalogues, not left out
                "activities": [
                    {
                        "id": "a",
                        "reference": "R",
                        "name": "n",
                        "created_at": T0,
                        "updated_at": T0,
                    }
                ],
            }
        ],
    }
    template = make_template(tmp_path)
    export_a, _ = round_trip(tmp_path, template, json.dumps(document).encode())
    parsed = json.loads(export_a)
    assert exported_organisations(parsed) == expected_organisations(document)
    # The attached files come back byte for byte, each once, none when nothing is attached.
    assert parsed.get("files", {}) == document.get("files", {})
    activity_row = parsed["organisations"][0]["activities"][0]
    assert activity_row["status"] == "draft"
    assert activity_row["dpia_criteria"] == []
    assert parsed["organisations"][0]["language"] == "fr"


# --------------------------------------------------------------------------------------------
# JSON Schema
# --------------------------------------------------------------------------------------------


def test_json_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_committed_json_schema_matches_the_code() -> None:
    assert SCHEMA_FILE.is_file(), (
        f"{SCHEMA_FILE} is missing: write it from ropa.core.schema.json_schema() and commit it"
    )
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), (
        f"{SCHEMA_FILE} is out of date: regenerate it from ropa.core.schema.json_schema()"
    )


def test_one_of_everything_and_its_export_validate_against_the_schema(tmp_path: Path) -> None:
    validator = _validator()
    document = one_of_everything()
    validator.validate(document)
    template = make_template(tmp_path)
    export_a, _ = round_trip(tmp_path, template, json.dumps(document).encode())
    validator.validate(json.loads(export_a))


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda d: d.pop("format"), id="no format"),
        pytest.param(
            lambda d: d.update(format_version=FORMAT_VERSION + 1), id="a newer format_version"
        ),
        pytest.param(lambda d: d["organisations"][0].update(nmae="x"), id="unknown field"),
        pytest.param(
            lambda d: d["organisations"][0]["activities"][0].update(role="boss"), id="bad enum"
        ),
        pytest.param(
            lambda d: d["organisations"][0].update(dpo_designated="yes"), id="string for bool"
        ),
        pytest.param(
            lambda d: d["organisations"][0]["activities"][0].update(name="x" * 301),
            id="too long",
        ),
    ],
)
def test_schema_refuses_what_the_import_refuses(mutate: Callable[[dict[str, Any]], Any]) -> None:
    """The committed schema is useful to third parties: it rejects type-level mistakes too."""
    document = one_of_everything()
    mutate(document)
    assert not _validator().is_valid(document)
