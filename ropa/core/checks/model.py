"""A finding of the checks, and the severities."""

from __future__ import annotations

from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from enum import StrEnum
from typing import Protocol

from babel import Locale

from ropa.core.i18n import LOCALES, language_name, normalise_language, tr
from ropa.core.text_languages import MissingText


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    ADVICE = "advice"


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.ADVICE: 2}


class Described(Protocol):
    """Where and what, said by something found outside the rules (a gap of the privacy
    notice): a finding made of it says what it says."""

    def where(self, lang: str) -> str: ...

    def message(self, lang: str) -> str: ...


MOST_TEXTS_LISTED = 6
"""A finding about texts names this many of them in its message, then says how many more."""


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
    texts: tuple[MissingText, ...] = ()
    """The texts a finding is about (untranslated texts of the entity named by label); the
    message says each by its place inside that entity ("Finalité 2", "Nom")."""
    blocks_publication: bool = False
    """The privacy notice cannot be published until this is fixed (a blocking gap of the
    notice says the same)."""
    described_by: Described | None = dataclass_field(default=None, compare=False, repr=False)
    """What found it outside the rules (a gap of the notice), which says where and what."""

    def message(self, lang: str) -> str:
        if self.described_by is not None:
            return self.described_by.message(lang)
        return tr(lang, f"check.{self.rule}.message", **self._params(lang))

    def hint(self, lang: str) -> str:
        if self.described_by is not None:
            key = "blocking" if self.blocks_publication else "gap"
            return tr(lang, f"check.notice_gap.{key}.hint")
        return tr(lang, f"check.{self.rule}.hint", **self._params(lang))

    def where(self, lang: str) -> str:
        """ "T-04 – Recrutement › Finalité": the entity, then the field when there is one."""
        if self.described_by is not None:
            return self.described_by.where(lang)
        field = self.field_label(lang)
        return f"{self.label} \u203a {field}" if field else self.label

    def _params(self, lang: str) -> dict[str, str]:
        params = _localised(self.params, lang)
        if self.texts:
            places = [_inside(text).place(lang) for text in self.texts[:MOST_TEXTS_LISTED]]
            listed = tr(lang, "check.texts.separator").join(places)
            more = len(self.texts) - len(places)
            params["texts"] = (
                listed if not more else tr(lang, "check.texts.more", texts=listed, count=more)
            )
        return params

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
            "blocks_publication": self.blocks_publication,
            "texts": [
                {"table": t.table, "id": t.row_id, "field": t.field, "language": t.lang}
                for t in self.texts
            ],
        }


def _inside(text: MissingText) -> MissingText:
    """The text placed inside the entity the finding names: within its activity for a row of
    an activity, else the entity itself."""
    if text.activity_id is None:
        return replace(text, where=())
    return replace(text, where=tuple(w for w in text.where if w[0] != "activity"))


def _localised(params: dict[str, str], lang: str) -> dict[str, str]:
    """Values stored as codes (a country, an audience) said in the reader's language."""
    out = dict(params)
    if "language" in out:  # a document language, by its name
        out["language"] = language_name(lang, out["language"])
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
    if "contract_state" in out:  # where a party's contract stands, with its date if any
        state = out["contract_state"]
        out["contract_state"] = tr(lang, f"check.contract_state.{state}", date=out.get("date", ""))
    if "clauses" in out:  # Art. 28(3) stipulations, by their labels
        out["clauses"] = tr(lang, "check.texts.separator").join(
            tr(lang, f"enum.art28_clause.{code}") for code in out["clauses"].split(",") if code
        )
    return out
