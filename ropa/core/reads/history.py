"""What the history page (and its exports) shows: the newest matching changes, the users of the
log, and everything needed to name them, read in one snapshot; then each change in words in a
language (`HistoryPage.rows`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core.handle import Register
from ropa.core.history_text import (
    DURATIONS,
    EMPTY,
    SEPARATOR,
    UNIT_COLUMNS,
    HistoryNames,
    duration_change,
    field_text,
    import_source,
    list_change,
    list_items,
    name_of,
    recorded_values,
    reference_target,
    value_text,
    when_text,
)
from ropa.core.i18n import colon, tr, value_label
from ropa.core.queries import HistoryEntry, history, history_users
from ropa.core.tree import ACTIVITY
from ropa.db.base import Base
from ropa.db.enums import RetentionPhaseKind
from ropa.db.models import Change

MAX_ROWS = 5000
"""The newest matching changes shown at most (the filters narrow what is read)."""

ACTIVITY_CHILDREN = frozenset(node.name for node in ACTIVITY.children)
# The columns a child's own label is made of point to these rows.
_LABEL_REFERENCES = (
    "activity_id",
    "party_id",
    "recipient_category_id",
    "data_category_id",
    "purpose_id",
)
_PHASES = frozenset(kind.value for kind in RetentionPhaseKind)


@dataclass(frozen=True)
class HistoryFilters:
    entity_type: str | None = None
    user: str | None = None
    since: date | None = None
    until: date | None = None
    entity_id: str | None = None


@dataclass(frozen=True)
class HistoryRow:
    """One change in words, in one language."""

    at: datetime
    user: str
    action: str
    """The ChangeAction value (create, update, delete, import)."""
    entity_type: str
    entity_id: str
    activity_id: str | None
    """The activity (itself, or the parent of a purpose, a retention phase...) if it exists."""
    when: str
    action_text: str
    kind: str
    entity: str
    field: str
    old: str
    """Whole texts: several lines for what a deleted entry held."""
    new: str

    def line(self, lang: str) -> str:
        """The change on one line: "T-04 Recruitment › Active use › Duration: 2 years → 3 years"."""
        if self.action == "update":
            old = _one_line(self.old) or EMPTY
            new = _one_line(self.new) or EMPTY
            return f"{self.entity}{SEPARATOR}{self.field}{colon(lang)}{old} \u2192 {new}"
        if self.action == "import":
            return f"{self.entity} ({self.new})"
        return self.entity


@dataclass(frozen=True)
class HistoryPage:
    """What the history page shows, read in one snapshot."""

    entries: list[HistoryEntry]
    users: list[str]
    names: HistoryNames = field(default_factory=HistoryNames)

    @property
    def activities(self) -> dict[str, str]:
        """Entity id -> its activity's id, for the activities and children that still exist."""
        found = {}
        for entry in self.entries:
            activity = _activity_of(entry, self.names)
            if activity is not None:
                found[entry.entity_id] = activity
        return found

    def rows(self, lang: str) -> list[HistoryRow]:
        return history_rows(self.entries, self.names, lang)


def load_history(db: Register, filters: HistoryFilters, limit: int = MAX_ROWS) -> HistoryPage:
    """Read the newest matching changes, the users of the log, and what names them."""
    with db.reader() as session:
        entries = history(
            session,
            limit=limit,
            entity_id=filters.entity_id,
            entity_type=filters.entity_type,
            user=filters.user,
            since=filters.since,
            until=filters.until,
        )
        return HistoryPage(entries, history_users(session), load_names(session, entries))


# -- naming ------------------------------------------------------------------------------------


def load_names(session: Session, entries: Iterable[HistoryEntry]) -> HistoryNames:
    """The names of the entries these changes are about and of the rows their values point
    to: from the register for the rows that exist, else from the history itself."""
    wanted: dict[str, set[str]] = {}

    def want(table: str | None, entity_id: Any) -> None:
        if table is not None and entity_id:
            wanted.setdefault(table, set()).add(str(entity_id))

    for entry in entries:
        want(entry.entity_type, entry.entity_id)
        if entry.field and entry.action.value == "update":
            target = reference_target(entry.entity_type, entry.field)
            want(target, entry.old_value)
            want(target, entry.new_value)
        for key, value in _deleted_values(entry.old_value).items():
            want(reference_target(entry.entity_type, key), value)

    rows: dict[str, tuple[str, Mapping[str, Any]]] = {}
    _read_rows(session, wanted, rows)
    more: dict[str, set[str]] = {}
    for table, row in list(rows.values()):
        for key in _LABEL_REFERENCES:
            target = reference_target(table, key)
            if target is not None and row.get(key) and str(row[key]) not in rows:
                more.setdefault(target, set()).add(str(row[key]))
    _read_rows(session, more, rows)

    all_ids = set().union(*wanted.values(), *more.values()) if wanted or more else set()
    recorded = _recorded(session, sorted(all_ids - rows.keys()))
    names: dict[str, str] = {}
    activity_of: dict[str, str] = {}
    phases: dict[str, str] = {}
    countries: dict[str, str] = {}
    durations: dict[str, tuple[str | None, str | None]] = {}

    def name(entity_id: Any) -> str:
        return names.get(str(entity_id), "") if entity_id else ""

    # Rows without a parent label first, then the children that take their parents' names.
    for entity_id, (label, values) in recorded.items():
        reference = values.get("reference")
        # An activity's label is its name; a request's or contract's may be its reference.
        doubled = not reference or not label or str(label).startswith(str(reference))
        names[entity_id] = label if doubled else f"{reference} {label}"
        if values.get("activity_id"):
            activity_of[entity_id] = str(values["activity_id"])
        phase, _sep, _rest = label.partition(": ")
        if phase in _PHASES:
            phases[entity_id], names[entity_id] = phase, ""
    ordered = sorted(rows.items(), key=lambda item: item[1][0] in ACTIVITY_CHILDREN)
    for entity_id, (table, row) in ordered:
        names[entity_id] = _own_label(table, row, name)
        if table in ACTIVITY_CHILDREN and row.get("activity_id"):
            activity_of[entity_id] = str(row["activity_id"])
        if table == "retention_phase":
            phases[entity_id] = _plain(row.get("phase")) or ""
        if table == "transfer" and row.get("country"):
            countries[entity_id] = str(row["country"])
        for (duration_table, number), unit in DURATIONS.items():
            if table == duration_table:
                durations[entity_id] = (_plain(row.get(number)), _plain(row.get(unit)))
    return HistoryNames(
        names,
        activity_of,
        phases,
        countries,
        durations,
        frozenset(rows),
        _duration_batches(session, entries),
    )


def _duration_batches(
    session: Session, entries: Iterable[HistoryEntry]
) -> dict[tuple[str, str, datetime], str]:
    """The transaction of each change of a duration's number or unit among entries."""
    fields = {*(key for _table, key in DURATIONS), *(key for _table, key in UNIT_COLUMNS)}
    ids = sorted(
        {
            entry.entity_id
            for entry in entries
            if (entry.entity_type, entry.field) in DURATIONS
            or (entry.entity_type, entry.field) in UNIT_COLUMNS
        }
    )
    found: dict[tuple[str, str, datetime], str] = {}
    for start in range(0, len(ids), 500):
        query = select(Change.entity_id, Change.field, Change.at, Change.batch).where(
            Change.entity_id.in_(ids[start : start + 500]), Change.field.in_(fields)
        )
        for entity_id, field_name, at, batch in session.execute(query).tuples():
            found[(entity_id, str(field_name), at)] = batch
    return found


def _read_rows(
    session: Session, wanted: Mapping[str, set[str]], rows: dict[str, tuple[str, Any]]
) -> None:
    for table_name, ids in wanted.items():
        table = Base.metadata.tables.get(table_name)
        if table is None or "id" not in table.c:
            continue
        todo = sorted(ids - rows.keys())
        for start in range(0, len(todo), 500):
            query = select(table).where(table.c.id.in_(todo[start : start + 500]))
            for row in session.execute(query).mappings():
                rows[str(row["id"])] = (table_name, dict(row))


def _recorded(session: Session, ids: list[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    """For rows gone from the register: the last label the history recorded, and what the
    entry held when it was deleted (when the history recorded it)."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for start in range(0, len(ids), 500):
        query = (
            select(Change.entity_id, Change.entity_label, Change.action, Change.old_value)
            .where(Change.entity_id.in_(ids[start : start + 500]))
            .order_by(Change.id)
        )
        for entity_id, entity_label, action, old_value in session.execute(query).tuples():
            label, values = found.get(entity_id, ("", {}))
            if action.value == "delete":
                values = _deleted_values(old_value) or values
            found[entity_id] = (entity_label or label, values)
    return found


def _deleted_values(value: str | None) -> dict[str, Any]:
    if not value or not value.startswith("{"):
        return {}
    try:
        values = json.loads(value)
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}


def _plain(value: Any) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value))


def _short(text: Any, limit: int = 80) -> str:
    line = " ".join(str(text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "\u2026"


def _own_label(table: str, row: Mapping[str, Any], name: Any) -> str:
    """An entry's own label from its current values (its parents' names through `name`)."""
    if table == "activity":
        return f"{row['reference']} {row['name']}".strip()
    if table == "organisation":
        return str(row["legal_name"])
    if table == "activity_data_category":
        return str(name(row["data_category_id"]))
    if table == "activity_recipient":
        return str(
            name(row["party_id"])
            or name(row["recipient_category_id"])
            or row["recipient_name"]
            or row["department"]
            or ""
        )
    if table == "transfer":
        return str(name(row["party_id"]) or row["recipient_name"] or "")
    if table == "retention_phase":
        return _short(name(row["purpose_id"]) or name(row["data_category_id"]))
    if table == "contract":
        party, reference = name(row.get("party_id")), _short(row.get("reference"))
        return f"{party}{SEPARATOR}{reference}" if party and reference else party or reference
    if table == "dpia_risk":
        return _short(row.get("source") or row.get("impact"))
    if table in ("activity_client", "activity_joint_controller", "data_source"):
        return str(name(row.get("party_id")) or _short(row.get("description")))
    for key in ("name", "legal_name", "description", "reference"):
        if row.get(key):
            return _short(row[key], 120)
    return ""


def _activity_of(entry: HistoryEntry, names: HistoryNames) -> str | None:
    """The existing activity a change belongs to (None for other entries or when gone)."""
    if entry.entity_type == "activity":
        activity: str | None = entry.entity_id
    elif entry.entity_type in ACTIVITY_CHILDREN:
        activity = names.activity_of.get(entry.entity_id)
    else:
        activity = None
    return activity if activity is not None and activity in names.existing else None


def entity_text(lang: str, entry: HistoryEntry, names: HistoryNames) -> str:
    """The entry a change is about: "T-04 Recruitment", "T-04 Recruitment › Active use"."""
    own = name_of(lang, entry.entity_id, names)
    if own == tr(lang, "history.unnamed") and entry.entity_label:
        own = name_of(lang, entry.entity_id, HistoryNames({entry.entity_id: entry.entity_label}))
    if entry.entity_type in ACTIVITY_CHILDREN:
        activity = names.activity_of.get(entry.entity_id)
        if activity is not None:
            return f"{name_of(lang, activity, names)}{SEPARATOR}{own}"
    return own


# -- in words ----------------------------------------------------------------------------------


def history_rows(entries: list[HistoryEntry], names: HistoryNames, lang: str) -> list[HistoryRow]:
    """Each change in words, in the order given (newest first); a duration's number and unit
    changed together are one change."""
    rows = []
    skip = False
    for position, entry in enumerate(entries):
        if skip:
            skip = False
            continue
        partner = entries[position + 1] if position + 1 < len(entries) else None
        old, new, skip = _values(lang, entry, partner, names)
        field_name = entry.field
        rows.append(
            HistoryRow(
                at=entry.at,
                user=entry.user,
                action=entry.action.value,
                entity_type=entry.entity_type,
                entity_id=entry.entity_id,
                activity_id=_activity_of(entry, names),
                when=when_text(lang, entry.at),
                action_text=value_label(lang, "change_action", entry.action.value),
                kind=tr(lang, f"table.{entry.entity_type}"),
                entity=entity_text(lang, entry, names),
                field=field_text(lang, entry.entity_type, field_name) if field_name else "",
                old=old,
                new=new,
            )
        )
    return rows


def _values(
    lang: str, entry: HistoryEntry, partner: HistoryEntry | None, names: HistoryNames
) -> tuple[str, str, bool]:
    """The old and new texts of a change, and whether `partner` (the next, older, row) was
    folded into it (the other half of a duration)."""
    table, key = entry.entity_type, entry.field
    action = entry.action.value
    if action == "delete":
        return "\n".join(recorded_values(lang, table, entry.old_value, names)), "", False
    if action == "import":
        return "", import_source(lang, entry.new_value), False
    if key is None:
        return "", "", False
    if (table, key) in DURATIONS or (table, key) in UNIT_COLUMNS:
        return _duration_values(lang, entry, partner, names)
    old_list = list_items(lang, table, key, entry.old_value)
    new_list = list_items(lang, table, key, entry.new_value)
    if old_list is not None or new_list is not None:
        old_shown, new_shown = old_list or [], new_list or []
        return ", ".join(old_shown), list_change(lang, old_shown, new_shown), False
    return (
        value_text(lang, table, key, entry.old_value, names),
        value_text(lang, table, key, entry.new_value, names),
        False,
    )


def _duration_values(
    lang: str, entry: HistoryEntry, partner: HistoryEntry | None, names: HistoryNames
) -> tuple[str, str, bool]:
    table, key = entry.entity_type, str(entry.field)
    number_key = UNIT_COLUMNS.get((table, key), key)
    unit_key = DURATIONS[(table, number_key)]
    changed = {key: (entry.old_value, entry.new_value)}
    folded = (
        partner is not None
        and partner.entity_id == entry.entity_id
        and partner.field in (number_key, unit_key)
        and partner.field != key
        and _batch(entry, names) is not None
        and _batch(entry, names) == _batch(partner, names)
    )
    if folded and partner is not None:
        changed[str(partner.field)] = (partner.old_value, partner.new_value)
    now_number, now_unit = _duration_after(entry, names)
    number = changed.get(number_key, (now_number, now_number))
    unit = changed.get(unit_key, (now_unit, now_unit))
    old, new = duration_change(lang, (number[0], unit[0]), (number[1], unit[1]))
    return old, new, folded


def _batch(entry: HistoryEntry, names: HistoryNames) -> str | None:
    return names.batches.get((entry.entity_id, str(entry.field), entry.at))


def _duration_after(entry: HistoryEntry, names: HistoryNames) -> tuple[str | None, str | None]:
    """The duration just after this change: from the label the history recorded with it
    (a retention phase's label holds it), else the one the row holds now."""
    if entry.entity_type == "retention_phase" and entry.entity_label:
        _phase, _sep, rest = entry.entity_label.partition(": ")
        number, _space, unit = rest.partition(" ")
        if number.isdigit() and unit:
            return number, unit
    return names.durations.get(entry.entity_id, (None, None))


def _one_line(text: str) -> str:
    return " \u00b7 ".join(part for part in text.splitlines() if part)
