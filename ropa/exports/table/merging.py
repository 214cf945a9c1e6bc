"""A register's activity with what the table says of it: the fields the table gives replace
the register's, a list the table gives replaces the register's but keeps each entry that
stays (same purpose text, same category, same recipient...: same id, same other fields), and
the notes gain the lines they do not hold yet. What the table leaves empty stays as it is.

Also the preview's field changes of one activity, and the references a replaced list would
leave pointing at nothing (a retention period of a purpose no longer there, a cookie's
transfer) cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ropa.core.snapshot import Row
from ropa.exports.common import FieldChange
from ropa.exports.table.directory import fresh_row
from ropa.exports.table.synonyms import normalise

if TYPE_CHECKING:
    from ropa.exports.table.building import Built
    from ropa.exports.table.shown import Shown


def _text(value: Any) -> str:
    return normalise(str(value)) if value else ""


IDENTITY: dict[str, Callable[[dict[str, Any]], Any]] = {
    "purposes": lambda r: _text(r.get("description")),
    "data_categories": lambda r: r.get("data_category_id"),
    "sources": lambda r: _text(r.get("description")),
    "recipients": lambda r: (
        r.get("kind"),
        r.get("party_id"),
        r.get("recipient_category_id"),
        _text(r.get("department")),
        _text(r.get("recipient_name")),
    ),
    "transfers": lambda r: (r.get("country"), r.get("party_id"), _text(r.get("recipient_name"))),
    "retention_phases": lambda r: (
        r.get("phase") or "active",
        r.get("duration_value"),
        r.get("duration_unit"),
        _text(r.get("criterion")),
        r.get("data_category_id"),
    ),
    "clients": lambda r: r.get("party_id"),
    "joint_controllers": lambda r: r.get("party_id"),
}


def merge_activity(existing: Row, built: Built, now: datetime, tables: dict[str, str]) -> Row:
    merged = dict(existing)
    for key, value in built.values.items():
        if key != "reference" and not (key == "name" and built.name_from_purpose):
            merged[key] = value
    for key, entries in built.lists.items():
        merged[key] = merge_children(existing[key], entries, key, tables[key], now)
    for key, ids in built.links.items():
        merged[key] = list(existing[key]) if set(ids) == set(existing[key]) else list(ids)
    merged["notes"] = append_notes(existing.get("notes"), built.notes)
    return merged


def merge_children(
    old: list[Row], entries: list[dict[str, Any]], key: str, table: str, now: datetime
) -> list[Row]:
    identity = IDENTITY[key]
    pool = list(old)
    result = []
    for position, entry in enumerate(entries):
        wanted = identity(entry)
        match = next((row for row in pool if identity(row) == wanted), None)
        if match is None:
            result.append(fresh_row(table, now, {**entry, "position": position}))
            continue
        pool.remove(match)
        row = dict(match)
        row.update(entry)
        row["position"] = position
        result.append(row)
    return result


def append_notes(notes: str | None, lines: list[str]) -> str | None:
    """The notes with each line they do not hold yet added at the end."""
    existing = notes or ""
    missing = [line for line in lines if line not in existing]
    if not missing:
        return notes
    return "\n".join(([existing] if existing else []) + missing)


def repair_references(organisation: Row) -> None:
    """Clear what points to a purpose or transfer a replaced list no longer has."""
    transfers: set[str] = set()
    for i, activity in enumerate(organisation["activities"]):
        purposes = {p["id"] for p in activity["purposes"]}
        transfers.update(t["id"] for t in activity["transfers"])
        phases = activity["retention_phases"]
        if any(p.get("purpose_id") and p["purpose_id"] not in purposes for p in phases):
            activity = dict(activity)
            activity["retention_phases"] = [
                {**p, "purpose_id": None} if p.get("purpose_id") not in purposes else p
                for p in phases
            ]
            organisation["activities"][i] = activity
    organisation["cookies"] = [
        {**c, "transfer_id": None}
        if c.get("transfer_id") and c["transfer_id"] not in transfers
        else c
        for c in organisation["cookies"]
    ]


SHOWN_ALWAYS = ("reference", "name", "role", "status")


def activity_changes(
    old: Shown, new: Shown, existing: Row | None, row: Row, built: Built
) -> tuple[FieldChange, ...]:
    """The fields of a new activity the table gave (and its reference, name, role and
    status); those of a changed one that differ, as the preview shows them."""
    from ropa.exports.table.shown import LISTS, SCALARS

    parts = SCALARS[:-1] + LISTS + ("notes",)
    if existing is None:
        given = set(SHOWN_ALWAYS) | set(built.values) | set(built.lists) | set(built.links)
        if built.notes:
            given.add("notes")
        changes = []
        for part in parts:
            if part in given:
                text = new.text(row, part)
                if text:
                    changes.append(FieldChange(new.label(part), "", text))
        return tuple(changes)
    changes = []
    for part in parts:
        before, after = old.text(existing, part), new.text(row, part)
        if before != after:
            changes.append(FieldChange(new.label(part), before, after))
    return tuple(changes)
