"""Changing an organisation's main document language: every text moves to its language.

The main-language column holds the main language's text; the others sit beside it
(ropa.db.translations). When Dutch becomes the main language of a French register, each
Dutch text moves into the main column and each French one into the French column, so no text
changes language and none is lost; French becomes one of the other document languages. It is
refused while a required text (a name) has no text in the new main language.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import Session

from ropa.core.errors import RopaError, Term
from ropa.core.i18n import former_texts
from ropa.core.tree import ORGANISATION, Node
from ropa.db.translations import TRANSLATABLE, translated


def _entries(node: Node, obj: Any) -> Iterator[tuple[Node, Any]]:
    yield node, obj
    for child in node.children:
        for item in getattr(obj, child.key):
            yield from _entries(child, item)


def switch_main_language(session: Session, organisation: Any, old: str, new: str) -> None:
    """Move every text of `organisation` from `old` main language to `new` (see module)."""
    if old == new:
        return
    entries = [
        (node, obj)
        for node, obj in _entries(ORGANISATION, organisation)
        if node.name in TRANSLATABLE
    ]
    blocked = [
        obj
        for node, obj in entries
        for name in TRANSLATABLE[node.name]
        if not node.table.c[name].nullable
        and getattr(obj, name)
        and not getattr(obj, translated(name, new))
    ]
    if blocked:
        raise RopaError(
            "error.main_language_untranslated",
            language=Term(f"enum.language.{new}"),
            names=_names(sorted({f"\u201c{obj.label()}\u201d" for obj in blocked})),
        )
    for node, obj in entries:
        for name in TRANSLATABLE[node.name]:
            main_text = getattr(obj, name)
            new_text = getattr(obj, translated(name, new))
            setattr(obj, translated(name, old), main_text)
            setattr(obj, name, new_text)
            setattr(obj, translated(name, new), None)
    others = [lang for lang in organisation.other_languages or [] if lang not in (old, new)]
    organisation.other_languages = [old, *others]


def _names(names: list[str], most: int = 6) -> str:
    return ", ".join(names[:most]) + (", \u2026" if len(names) > most else "")


def fill_seeded_texts(
    organisation: Any,
    languages: list[str],
    tables: dict[str, type[Any]],
    seed: dict[str, list[dict[str, Any]]],
) -> None:
    """Give the catalogue entries ropa seeded their texts in newly added document languages,
    where the entry still has a seeded main-language text — the seed's text now, or one ropa
    seeded it with before (`seed_wordings`) — and no text in that language. An entry the user
    renamed is theirs to translate: it is never touched."""
    main = str(getattr(organisation.language, "value", organisation.language))
    for key in tables:
        seeded = {entry["seed_key"]: entry for entry in seed.get(key, [])}
        for obj in getattr(organisation, key):
            entry = seeded.get(obj.seed_key or "")
            if entry is None:
                continue
            for name, texts in entry.items():
                if not isinstance(texts, dict):
                    continue
                wordings = seed_wordings(key, entry["seed_key"], name, main, texts.get(main))
                if getattr(obj, name) not in wordings:
                    continue
                for lang in languages:
                    if lang != main and not getattr(obj, translated(name, lang)):
                        setattr(obj, translated(name, lang), texts.get(lang))


def seed_wordings(
    catalogue: str, seed_key: str, field: str, lang: str, current: str | None
) -> tuple[str, ...]:
    """Every text ropa has seeded a catalogue entry's field with in `lang`: the current one,
    then the former ones (resources/former_labels.json, keys seed.<catalogue>.<seed_key>.<field>:
    a reworded seed text keeps its earlier wordings there)."""
    former = former_texts(lang, f"seed.{catalogue}.{seed_key}.{field}")
    return tuple(text for text in (current, *former) if text)
