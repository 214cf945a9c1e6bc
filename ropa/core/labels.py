"""An entry's name in a language, for what the window says of an edit ("Saved the change to
“Intermediate archive: 7 years”"): the model's own label() is language-free, and for a
retention phase or a transfer it holds internal values (a phase key, a unit, a country code)."""

from __future__ import annotations

from typing import Any

from ropa.core.history_text import country_text, enum_name
from ropa.core.i18n import colon, duration_text, tr, value_label


def entity_label(obj: Any, lang: str) -> str:
    """obj's name as a person reads it in lang; never an id or an internal value."""
    table = getattr(obj, "__tablename__", "")
    if table == "retention_phase":
        phase = obj.phase.value if obj.phase is not None else None
        vocabulary = enum_name(table, "phase")
        head = value_label(lang, vocabulary, phase) if phase and vocabulary else ""
        if obj.duration_value is not None and obj.duration_unit is not None:
            tail = duration_text(lang, obj.duration_value, obj.duration_unit.value)
        else:
            tail = (obj.criterion or "")[:80]
        if head and tail:
            return f"{head}{colon(lang)}{tail}"
        return head or tail or tr(lang, f"table.{table}")
    if table == "transfer":
        name = obj.party.name if obj.party is not None else (obj.recipient_name or "")
        country = country_text(lang, obj.country) if obj.country else ""
        shown = f"{name} ({country})" if name and country else (name or country)
        return shown or tr(lang, f"table.{table}")
    label = str(obj.label())
    if not label or label == getattr(obj, "id", None):
        return tr(lang, f"table.{table}")
    return label
