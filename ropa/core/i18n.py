"""Texts of the core (messages, field and value labels) in French, Dutch and English.

Documents the core produces use the register's language; the catalogues are JSON files in
resources/text/: messages.<lang>.json (errors and notes) and labels.<lang>.json (fields, values).
"""

from __future__ import annotations

import json
import locale
import os
from functools import cache
from typing import Any

from ropa.paths import resources_dir

LANGUAGES = ("fr", "nl", "en")
DEFAULT_LANGUAGE = "en"
CATALOGUES = ("messages", "labels", "pdf", "workbook", "notice", "notice_render", "checks")


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
    """A field's label, e.g. label("fr", "activity", "name") -> "Nom"."""
    return tr(lang, f"field.{table}.{field}")


def value_label(lang: str, enum_name: str, value: str) -> str:
    """A closed value's label, e.g. value_label("nl", "legal_basis", "consent")."""
    return tr(lang, f"enum.{enum_name}.{value}")


def system_language() -> str:
    for var in ("ROPA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return normalise_language(value)
    try:
        return normalise_language(locale.getlocale()[0])
    except ValueError:
        return normalise_language(None)
