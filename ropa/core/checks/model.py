"""A finding of the checks, and the severities."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum

from babel import Locale

from ropa.core.i18n import LOCALES, normalise_language, tr


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    ADVICE = "advice"


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.ADVICE: 2}


@dataclass(frozen=True)
class Finding:
    """One rule broken by one entity: where (the table, the row, the field, and the activity it
    belongs to, when it does), what (the rule's message) and how to fix it (its hint)."""

    rule: str
    severity: Severity
    article: str
    table: str
    entity_id: str
    field: str | None
    label: str
    """The entity as a person names it: "T-04 – Recruitment", a party's or a cookie's name."""
    activity_id: str | None = None
    params: dict[str, str] = dataclass_field(default_factory=dict)

    def message(self, lang: str) -> str:
        return tr(lang, f"check.{self.rule}.message", **_localised(self.params, lang))

    def hint(self, lang: str) -> str:
        return tr(lang, f"check.{self.rule}.hint", **_localised(self.params, lang))

    def field_label(self, lang: str) -> str:
        return tr(lang, f"field.{self.table}.{self.field}") if self.field else ""

    def as_dict(self, lang: str) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "article": self.article,
            "table": self.table,
            "id": self.entity_id,
            "field": self.field,
            "activity_id": self.activity_id,
            "where": self.label,
            "message": self.message(lang),
            "hint": self.hint(lang),
        }


def _localised(params: dict[str, str], lang: str) -> dict[str, str]:
    """Values stored as codes (a country, an audience) said in the reader's language."""
    out = dict(params)
    if "country" in out:
        name = Locale.parse(LOCALES[normalise_language(lang)]).territories.get(out["country"])
        out["country"] = name or out["country"]
    if "audience" in out:
        audience = out["audience"]
        out["audience"] = (
            tr(lang, "check.audience.all")
            if audience == "all"
            else tr(lang, f"enum.audience.{audience}").lower()
        )
    return out
