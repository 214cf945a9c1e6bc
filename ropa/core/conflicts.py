"""A refused edit explained: what changed elsewhere, by whom and when, in the user's language."""

from __future__ import annotations

from ropa.core.errors import ConflictDetail, ConflictError
from ropa.core.history_text import field_text, value_text, when_text
from ropa.core.i18n import tr


def _value(lang: str, table: str | None, detail: ConflictDetail, value: str | None) -> str:
    """A value as the history shows it (closed values, dates and lists in words)."""
    shown = value_text(lang, table, detail.field, value)
    if not shown:
        return tr(lang, "conflict.empty")
    return shown if len(shown) <= 200 else shown[:199] + "…"


def describe(error: ConflictError, lang: str) -> list[str]:
    """One line per change that the edit ran into (empty when the history says nothing)."""
    lines = []
    for detail in error.details:
        if detail.action == "delete" or detail.field is None:
            if detail.user:
                lines.append(
                    tr(lang, "conflict.deleted_by", user=detail.user, at=when_text(lang, detail.at))
                )
            continue
        field = field_text(lang, error.table, detail.field) if error.table else detail.field
        params = {
            "field": field,
            "current": _value(lang, error.table, detail, detail.current),
            "seen": _value(lang, error.table, detail, detail.seen),
        }
        if detail.user:
            lines.append(
                tr(
                    lang,
                    "conflict.changed_by",
                    user=detail.user,
                    at=when_text(lang, detail.at),
                    **params,
                )
            )
        else:
            lines.append(tr(lang, "conflict.changed", **params))
    return lines


def explain(error: ConflictError, lang: str) -> str:
    """The whole message: what happened, then each change met."""
    return "\n".join([error.message(lang), *describe(error, lang)])
