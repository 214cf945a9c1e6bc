"""The change log in words, in French, Dutch or English: which entry a change is about (an
activity by its reference and name, a child by its activity and its own label), the field, and
the old and new values as the interface shows them (closed values by their label, dates and
durations in the language, references by the name of the row they point to, lists as what was
added and removed). Used by the history page, its exports, the CLI and the conflict messages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime

from ropa.core.authorities import authorities, authority_for_country
from ropa.core.i18n import LOCALES, colon, duration_text, label, normalise_language, tr
from ropa.core.i18n import value_label as enum_label
from ropa.db.base import Base, UTCDateTime

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
SEPARATOR = " \u203a "  # "›" between an activity and its child, and before the field
EMPTY = "\u2014"  # an em dash: no value

# A duration is two columns: the number and its unit (number column -> unit column).
DURATIONS = {
    ("retention_phase", "duration_value"): "duration_unit",
    ("cookie", "lifetime_value"): "lifetime_unit",
}
UNIT_COLUMNS = {(table, unit): number for (table, number), unit in DURATIONS.items()}
# Fields of a deleted entry not worth showing: its parent (named already), its place in a
# list, the key of a standard catalogue entry.
HIDDEN_FIELDS = frozenset({"activity_id", "organisation_id", "position", "seed_key"})


@dataclass(frozen=True)
class HistoryNames:
    """What naming a page of history needs, read once with it (see ropa.core.reads.history).

    `names`: an entry's own label by id, its current one, else the last the history recorded
    (so rows deleted since are still named). `activity_of`: a child's activity. `phases`: a
    retention phase's kind; `countries`: a transfer's country code. `durations`: the duration
    (number, unit, as the log writes them) a row holds now, to read a change of one of the two.
    `existing`: the ids still in the register. `batches`: the transaction of the duration
    changes, by (entity id, field, time), so a number and a unit changed together read as one.
    """

    names: Mapping[str, str] = field(default_factory=dict)
    activity_of: Mapping[str, str] = field(default_factory=dict)
    phases: Mapping[str, str] = field(default_factory=dict)
    countries: Mapping[str, str] = field(default_factory=dict)
    durations: Mapping[str, tuple[str | None, str | None]] = field(default_factory=dict)
    existing: frozenset[str] = frozenset()
    batches: Mapping[tuple[str, str, datetime], str] = field(default_factory=dict)


# -- columns -----------------------------------------------------------------------------------


def column(table: str | None, name: str | None) -> Column[Any] | None:
    if table is None or name is None or table not in Base.metadata.tables:
        return None
    found: Column[Any] | None = Base.metadata.tables[table].c.get(name)
    return found


def enum_name(table: str | None, field_name: str | None) -> str | None:
    """The enum vocabulary of a column (its labels are enum.<name>.<value>), if it has one."""
    col = column(table, field_name)
    if col is None:
        return None
    enum_cls = getattr(col.type, "enum_class", None) or col.info.get("enum")
    if enum_cls is None:
        return None
    # The labels name a vocabulary in snake case: LegalBasis -> enum.legal_basis.<value>.
    return re.sub(r"(?<!^)(?=[A-Z])", "_", enum_cls.__name__).lower()


def reference_target(table: str | None, field_name: str | None) -> str | None:
    """The table a column refers to, if it is a foreign key."""
    col = column(table, field_name)
    if col is None:
        return None
    for key in col.foreign_keys:
        return str(key.column.table.name)
    return None


def field_text(lang: str, table: str, field_name: str | None) -> str:
    """A field's label (a duration's number and unit are both "Duration")."""
    if not field_name:
        return ""
    field_name = UNIT_COLUMNS.get((table, field_name), field_name)
    text = label(lang, table, field_name)
    return field_name.replace("_", " ") if text.startswith("field.") else text


# -- values ------------------------------------------------------------------------------------


def when_text(lang: str, at: datetime | None) -> str:
    """A moment of the log in this computer's time zone (the log keeps UTC), to the minute."""
    if at is None:
        return ""
    from babel.dates import format_datetime

    local = at.astimezone()
    return format_datetime(
        local, "dd/MM/yyyy HH:mm", tzinfo=local.tzinfo, locale=LOCALES[normalise_language(lang)]
    )


def date_text(lang: str, day: date) -> str:
    from ropa.core.i18n import long_date

    return long_date(lang, day)


@cache
def _territories(lang: str) -> Mapping[str, str]:
    from babel import Locale

    return dict(Locale.parse(LOCALES[normalise_language(lang)]).territories)


def country_text(lang: str, code: str) -> str:
    return _territories(lang).get(code.upper(), code)


def authority_text(lang: str, code: str) -> str:
    """A supervisory authority by its name ("BE-APD", or a country's code: the authority of
    that country); an unknown code as it is."""
    authority = authorities().get(code) or authority_for_country(code.upper())
    return authority.name(lang) if authority is not None else code


def as_list(value: str | None) -> list[str] | None:
    """A list the log wrote as a JSON array, or None when the value is not one."""
    if not value or not value.startswith("["):
        return None
    try:
        items = json.loads(value)
    except ValueError:
        return None
    return [str(item) for item in items] if isinstance(items, list) else None


def list_items(
    lang: str, table: str | None, field_name: str | None, value: str | None
) -> list[str] | None:
    """A list value's items in words (closed values by their label; linked entries are
    recorded by name), or None when the value is not a list."""
    col = column(table, field_name)
    if col is not None and not isinstance(col.type, JSON):
        return None  # a text that happens to look like a list stays a text
    items = as_list(value)
    vocabulary = enum_name(table, field_name)
    if items is not None and vocabulary is not None:
        items = [_enum(lang, vocabulary, item) for item in items]
    return items


def value_text(
    lang: str,
    table: str | None,
    field_name: str | None,
    value: str | None,
    names: HistoryNames | None = None,
) -> str:
    """A value of the log as the interface shows it ("" for none); a reference is named
    through `names` (without them, it is left as it is)."""
    if value is None or value == "":
        return ""
    col = column(table, field_name)
    vocabulary = enum_name(table, field_name)
    items = list_items(lang, table, field_name, value)
    if items is not None:
        return ", ".join(items)
    if col is None:
        return value
    if vocabulary is not None:
        return _enum(lang, vocabulary, value)
    if isinstance(col.type, Boolean):
        return tr(lang, "history.yes" if value in ("true", "1") else "history.no")
    if isinstance(col.type, DateTime | UTCDateTime):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        # The log keeps a register's moments in UTC (UTCDateTime columns).
        return when_text(lang, moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    if isinstance(col.type, Date):
        try:
            return date_text(lang, date.fromisoformat(value[:10]))
        except ValueError:
            return value
    if reference_target(table, field_name) is not None and names is not None:
        return name_of(lang, value, names)
    if (table, field_name) == ("organisation", "supervisory_authority"):
        return authority_text(lang, value)
    if field_name == "country" or (field_name or "").endswith("_country"):
        return country_text(lang, value)
    return value


def _enum(lang: str, vocabulary: str, value: str) -> str:
    shown = enum_label(lang, vocabulary, value)
    return shown if not shown.startswith("enum.") else value.replace("_", " ")


def name_of(lang: str, entity_id: str, names: HistoryNames | None) -> str:
    """The name of a row a reference points to (an activity: reference and name; a child: its
    own label), or "(deleted entry)" when nothing in the register or its history names it."""
    names = names or HistoryNames()
    text = names.names.get(entity_id, "")
    phase = names.phases.get(entity_id)
    if phase is not None:
        kind = _enum(lang, "retention_phase_kind", phase)
        text = f"{kind} \u2013 {text}" if text else kind
    country = names.countries.get(entity_id)
    if country:
        text = f"{text} ({country_text(lang, country)})".strip()
    if not text or UUID.fullmatch(text):
        return tr(lang, "history.unnamed")
    return text


def one_line(text: str) -> str:
    """A text of several lines (what a deleted entry held) on one line, joined by " · "."""
    return " \u00b7 ".join(part for part in text.splitlines() if part)


def field_change(lang: str, field_label: str, old: str, new: str) -> str:
    """An update on one line: "Duration: 2 years → 3 years" (an em dash for no value)."""
    return f"{field_label}{colon(lang)}{one_line(old) or EMPTY} \u2192 {one_line(new) or EMPTY}"


def list_change(lang: str, old: Sequence[str], new: Sequence[str]) -> str:
    """What changed in a list: "added: X, Y; removed: Z"."""
    added = [item for item in new if item not in old]
    removed = [item for item in old if item not in new]
    parts = []
    if added:
        parts.append(tr(lang, "history.list.added", items=", ".join(added)))
    if removed:
        parts.append(tr(lang, "history.list.removed", items=", ".join(removed)))
    return tr(lang, "history.list.separator").join(parts)


def recorded_values(
    lang: str, table: str, value: str | None, names: HistoryNames | None = None
) -> list[str]:
    """The fields a deleted entry held (the log's JSON object), one "Field: value" each."""
    if not value or not value.startswith("{"):
        return [value] if value else []
    try:
        values = json.loads(value)
    except ValueError:
        return [value]
    if not isinstance(values, dict):
        return [value]
    lines = []
    for key, raw in values.items():
        if key in HIDDEN_FIELDS or (table, key) in UNIT_COLUMNS:
            continue
        if (table, key) in DURATIONS:
            shown = _duration(lang, raw, values.get(DURATIONS[(table, key)]))
        else:
            shown = value_text(lang, table, key, None if raw is None else str(raw), names)
        if shown:
            lines.append(f"{field_text(lang, table, key)}{colon(lang)}{shown}")
    return lines


def _duration(lang: str, number: Any, unit: Any) -> str:
    try:
        count = int(number)
    except (TypeError, ValueError, OverflowError):
        return "" if number is None else str(number)
    return duration_text(lang, count, str(unit) if unit else None) or str(count)


def duration_change(
    lang: str,
    old: tuple[str | None, str | None],
    new: tuple[str | None, str | None],
) -> tuple[str, str]:
    """A duration's old and new text from (number, unit) pairs as the log wrote them."""
    return tuple(  # type: ignore[return-value]
        "" if number is None and unit is None else _duration(lang, number, unit)
        for number, unit in (old, new)
    )


def import_source(lang: str, source: str | None) -> str:
    """Where an import came from: the demo register, a JSON document, or the file's name."""
    if source == "demo":
        return tr(lang, "history.import.demo")
    if source in (None, "", "JSON"):
        return tr(lang, "history.import.json")
    return str(source)
