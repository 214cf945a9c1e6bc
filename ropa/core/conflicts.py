"""A refused edit explained: what changed elsewhere, by whom and when, in the user's language."""

from __future__ import annotations

import re
from datetime import datetime

from ropa.core.errors import ConflictDetail, ConflictError
from ropa.core.i18n import LOCALES, label, normalise_language, tr, value_label
from ropa.db.base import Base


def _enum_name(table: str | None, field: str | None) -> str | None:
    """The enum vocabulary of a column (its labels are enum.<name>.<value>), if it has one."""
    if table is None or field is None or table not in Base.metadata.tables:
        return None
    column = Base.metadata.tables[table].c.get(field)
    enum_cls = getattr(getattr(column, "type", None), "enum_class", None)
    if enum_cls is None:
        return None
    # The labels name a vocabulary in snake case: LegalBasis -> enum.legal_basis.<value>.
    return re.sub(r"(?<!^)(?=[A-Z])", "_", enum_cls.__name__).lower()


def _value(lang: str, table: str | None, detail: ConflictDetail, value: str | None) -> str:
    if value is None or value == "":
        return tr(lang, "conflict.empty")
    enum_name = _enum_name(table, detail.field)
    if enum_name is not None:
        shown = value_label(lang, enum_name, value)
        if not shown.startswith("enum."):
            return shown
    if len(value) > 200:
        value = value[:199] + "…"
    return value


def _when(lang: str, at: datetime | None) -> str:
    if at is None:
        return ""
    from babel.dates import format_datetime

    # In this computer's time zone (the history keeps UTC), the year in full.
    local = at.astimezone()
    return format_datetime(
        local, "dd/MM/yyyy HH:mm", tzinfo=local.tzinfo, locale=LOCALES[normalise_language(lang)]
    )


def describe(error: ConflictError, lang: str) -> list[str]:
    """One line per change that the edit ran into (empty when the history says nothing)."""
    lines = []
    for detail in error.details:
        if detail.action == "delete" or detail.field is None:
            if detail.user:
                lines.append(
                    tr(lang, "conflict.deleted_by", user=detail.user, at=_when(lang, detail.at))
                )
            continue
        field = label(lang, error.table or "", detail.field) if error.table else detail.field
        if field.startswith("field."):
            field = detail.field
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
                    at=_when(lang, detail.at),
                    **params,
                )
            )
        else:
            lines.append(tr(lang, "conflict.changed", **params))
    return lines


def explain(error: ConflictError, lang: str) -> str:
    """The whole message: what happened, then each change met."""
    return "\n".join([error.message(lang), *describe(error, lang)])
