"""Texts a firm types in each of its document languages: one column per language beside the
main one.

A translatable field keeps its main-language text in its own column (``name``) and the same
text in another document language in a sibling column named after it (``name_nl``,
``name_en``, ``name_fr``). The sibling of the organisation's main language stays empty. Being
ordinary columns, the translations get the history, the version checks, the JSON format and
its schema like any other field. Internal texts (notes, the internal description) have no
translations.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import mapped_column

from ropa.db.enums import Language

LANGUAGES: tuple[str, ...] = tuple(member.value for member in Language)

TRANSLATABLE: dict[str, tuple[str, ...]] = {}
"""Per table name, its translatable fields (main-language column names), in form order."""


def translated(field: str, lang: str) -> str:
    """The column holding `field` in `lang` (not the main language)."""
    return f"{field}_{lang}"


def add_translations(model: type, *fields: str) -> None:
    """Give each of `fields` of `model` a column per document language, of the same length."""
    table = model.__table__  # type: ignore[attr-defined]
    for name in fields:
        length = table.c[name].type.length
        for lang in LANGUAGES:
            setattr(model, translated(name, lang), mapped_column(String(length), nullable=True))
    TRANSLATABLE[table.name] = TRANSLATABLE.get(table.name, ()) + tuple(fields)


def translation_columns(table: str) -> dict[str, tuple[str, str]]:
    """column -> (field, language) for every translation column of `table`."""
    return {
        translated(name, lang): (name, lang)
        for name in TRANSLATABLE.get(table, ())
        for lang in LANGUAGES
    }
