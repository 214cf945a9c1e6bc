"""Texts of the core (messages, field and value labels) in French, Dutch and English.

Documents the core produces use the register's language; the catalogues are JSON files in
resources/text/: messages.<lang>.json (errors and notes) and labels.<lang>.json (fields, values).
"""

from __future__ import annotations

import json
import locale
import os
from datetime import date
from functools import cache
from typing import Any

from ropa.paths import resources_dir

LANGUAGES = ("fr", "nl", "en")
# The Babel locale of each language, for dates, numbers, durations and country names.
LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}
DEFAULT_LANGUAGE = "en"
CATALOGUES = (
    "messages",
    "labels",
    "pdf",
    "workbook",
    "notice",
    "notice_use",
    "notice_render",
    "checks",
    "history",
    "layouts",
    "breach",
    "dpia",
)


@cache
def catalogue(lang: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for name in CATALOGUES:
        path = resources_dir() / "text" / f"{name}.{lang}.json"
        if path.exists():
            merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def normalise_language(lang: str | None) -> str:
    if not lang:
        return DEFAULT_LANGUAGE
    short = lang.replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


def tr(lang: str, key: str, /, **params: Any) -> str:
    """The text for key in lang (English, then the key itself, when missing)."""
    lang = normalise_language(lang)
    text = catalogue(lang).get(key) or catalogue(DEFAULT_LANGUAGE).get(key) or key
    if params:
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def label(lang: str, table: str, field: str) -> str:
    """A field's label, e.g. label("fr", "activity", "name") -> "Nom"; a translation
    column's is its field's and the language's: label("fr", "activity", "name_nl") ->
    "Nom (néerlandais)"."""
    from ropa.db.translations import translation_columns

    translation = translation_columns(table).get(field)
    if translation is not None:
        base, text_lang = translation
        return f"{tr(lang, f'field.{table}.{base}')} ({language_name(lang, text_lang)})"
    return tr(lang, f"field.{table}.{field}")


def language_name(lang: str, code: str) -> str:
    """A language's name in lang, as written inside a sentence: "néerlandais", "Nederlands",
    "Dutch" (Babel)."""
    from babel import Locale

    return Locale.parse(LOCALES[normalise_language(lang)]).languages.get(code, code)


@cache
def _former() -> dict[str, dict[str, list[str]]]:
    path = resources_dir() / "former_labels.json"
    if not path.exists():
        return {}
    labels: dict[str, dict[str, list[str]]] = json.loads(path.read_text(encoding="utf-8"))["labels"]
    return labels


def former_texts(lang: str, key: str) -> tuple[str, ...]:
    """What `key` said in `lang` in earlier versions of ropa (resources/former_labels.json):
    a workbook they wrote is read under those names too."""
    return tuple(_former().get(normalise_language(lang), {}).get(key, ()))


def value_label(lang: str, enum_name: str, value: str) -> str:
    """A closed value's label, e.g. value_label("nl", "legal_basis", "consent")."""
    return tr(lang, f"enum.{enum_name}.{value}")


def language_tag(lang: str) -> str:
    """The BCP 47 tag of a document's language: fr-BE, nl-BE or en-GB."""
    return LOCALES[normalise_language(lang)].replace("_", "-")


def duration_text(lang: str, value: int | None, unit: str | None) -> str:
    """A duration in words, through Babel: "3 years", "3 ans", "3 jaar" ("" without one).
    unit is a DurationUnit or LifetimeUnit value ("session": until the browser closes)."""
    if unit == "session":
        return tr(lang, "notice.lifetime.session")
    if value is None or not unit:
        return ""
    from babel.units import format_unit  # Babel's unit data: loaded when first needed

    lang = normalise_language(lang)
    text = format_unit(value, f"duration-{unit.rstrip('s')}", length="long", locale=LOCALES[lang])
    if "duration-" in text:  # Babel's Dutch data lack days and hours
        text = tr(lang, f"notice.unit.{unit}.{'one' if value == 1 else 'other'}", count=value)
    return text


def colon(lang: str) -> str:
    """ ": " as the language writes it (French puts a no-break space before the colon)."""
    return "\u00a0: " if normalise_language(lang) == "fr" else ": "


def system_language() -> str:
    for var in ("ROPA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalise_language(value)
    try:
        return normalise_language(locale.getlocale()[0])
    except ValueError:
        return normalise_language(None)


def long_date(lang: str, day: date) -> str:
    """A date written out: "1 April 2026", "1er avril 2026" (French writes the first of the
    month as an ordinal; Babel does not), "1 april 2026"."""
    from babel.dates import format_date

    lang = normalise_language(lang)
    text = format_date(day, "long", locale=LOCALES[lang])
    if lang == "fr" and day.day == 1 and text.startswith("1 "):
        text = "1er " + text[2:]
    return text
