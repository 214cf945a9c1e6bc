"""An organisation's document languages, and its texts in one of them.

Each translatable text keeps its main-language value in its own column and the others in
sibling columns (ropa.db.translations). Documents read the register through `localise`: a copy
of the organisation's tree whose texts are those of the document's language. A text that has
no value in that language is never replaced silently: the copy holds the main-language text
marked with its language ("[FR] …") and the text is listed as missing; the rows record which
of those a document really read (`Localised.used`), so the notice can name exactly the texts
it lacks and refuse to be published without them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ropa.core.i18n import label, language_name, tr
from ropa.core.snapshot import Row
from ropa.core.tree import ORGANISATION, Node
from ropa.db.translations import LANGUAGES, TRANSLATABLE, translated

__all__ = [  # the interface reads the translatable fields through here, not from ropa.db
    "TRANSLATABLE",
    "translated",
]


def main_language(organisation: Row) -> str:
    return str(organisation.get("language") or "fr")


def document_languages(organisation: Row) -> list[str]:
    """The main language first, then the others in the order chosen."""
    main = main_language(organisation)
    others = [lang for lang in organisation.get("other_languages") or [] if lang != main]
    return [main, *dict.fromkeys(lang for lang in others if lang in LANGUAGES)]


def text_in(row: Row, field_name: str, lang: str, main: str) -> str | None:
    """A translatable text of `row` in `lang` (None when it has none there)."""
    value = row.get(field_name if lang == main else translated(field_name, lang))
    return str(value) if value not in (None, "") else None


def row_in_language(row: Row, table: str, lang: str, main: str) -> Row:
    """One row of `table` with its texts in `lang`; a text it has only in the main language
    is that one, marked ("[FR] …"). The row itself in the main language."""
    if lang == main:
        return row
    shown = dict(row)
    for name in TRANSLATABLE.get(table, ()):
        text = text_in(row, name, lang, main)
        if text is not None:
            shown[name] = text
        elif row.get(name):
            shown[name] = fallback_mark(main) + str(row[name])
    return shown


def fallback_mark(main: str) -> str:
    """What precedes a main-language text shown where another language's is missing."""
    return f"[{main.upper()}]\u00a0"


@dataclass(frozen=True)
class MissingText:
    """A text that has no value in `lang` but has one in another document language."""

    table: str
    row_id: str
    field: str
    lang: str
    main_text: str
    activity_id: str | None
    where: tuple[tuple[str, Any], ...]
    """Where it is, outermost first: ("activity", "T-04"), ("purpose", 2), ("field", "...")."""
    source_lang: str = ""
    """The language of `main_text`: the main one, or another when the main has none."""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.table, self.row_id, self.field)

    def describe(self, ui_lang: str) -> str:
        """ "T-04, Finalité 2, Description : pas de texte en néerlandais" in `ui_lang`."""
        return tr(
            ui_lang,
            "translation.missing",
            where=self.place(ui_lang),
            language=language_name(ui_lang, self.lang),
        )

    def place(self, ui_lang: str) -> str:
        parts = []
        for kind, value in self.where:
            if kind == "activity":
                parts.append(str(value))
            elif kind == "position":
                parts.append(f"{tr(ui_lang, f'table.{self.table}')} {value}")
            elif kind == "name":
                parts.append(f"{tr(ui_lang, f'table.{self.table}')} \u201c{value}\u201d")
        field_label = label(ui_lang, self.table, self.field)
        if not parts or field_label != tr(ui_lang, f"table.{self.table}"):
            parts.append(field_label)
        return ", ".join(parts)


class LocalisedRow(dict[str, Any]):
    """A row whose texts are in one language; reading one that is missing there records it."""

    __slots__ = ("_missing", "_used")

    def __init__(
        self, values: Row, missing: dict[str, MissingText], used: dict[Any, MissingText]
    ) -> None:
        super().__init__(values)
        self._missing = missing
        self._used = used

    def __getitem__(self, key: str) -> Any:
        missing = self._missing.get(key)
        if missing is not None:
            self._used[missing.key] = missing
        return dict.__getitem__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        if key in self:
            return self[key]
        return default


@dataclass
class Localised:
    organisation: Row
    lang: str
    main: str
    missing: list[MissingText] = field(default_factory=list)
    """Every text without a value in `lang`."""
    used: dict[Any, MissingText] = field(default_factory=dict)
    """Those a document read, by key, in the order first read."""


def _where(node: Node, row: Row, index: int, activity: Row | None) -> tuple[tuple[str, Any], ...]:
    if node.name == "organisation":
        return ()
    if node.name == "activity":
        return (("activity", row.get("reference", "")),)
    outer: tuple[tuple[str, Any], ...] = (
        (("activity", activity.get("reference", "")),) if activity is not None else ()
    )
    if "position" in row and activity is not None:
        return (*outer, ("position", index + 1))
    name = row.get("name")
    return (*outer, ("name", name)) if name else (*outer, ("position", index + 1))


_NODES = ORGANISATION.walk()


def _walk(
    node: Node, rows: list[Row], activity: Row | None = None
) -> Iterator[tuple[Node, Row, int, Row | None]]:
    for index, row in enumerate(rows):
        yield node, row, index, activity
        here = row if node.name == "activity" else activity
        for child in node.children:
            yield from _walk(child, row.get(child.key, []), here)


@cache
def _columns(table: str, main: str, order: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """Per translatable field of `table`: (field, its columns in the languages of `order`)."""
    return [
        (name, [name if lang == main else translated(name, lang) for lang in order])
        for name in TRANSLATABLE.get(table, ())
    ]


def missing_texts(organisation: Row, lang: str) -> list[MissingText]:
    """Every text of the organisation's register that has no value in `lang` but has one in
    another document language (in the main language, first): what a document in `lang`
    would have to show in another language."""
    main = main_language(organisation)
    sources = document_languages(organisation)
    if sources == [lang]:
        return []
    # `lang` first, then where a text missing in it is taken from: the main language, others.
    order = (lang, *[x for x in sources if x != lang])
    columns = {node.name: _columns(node.name, main, order) for node in _NODES}
    found = []
    for node, row, index, activity in _walk(ORGANISATION, [organisation]):
        for name, cols in columns[node.name]:
            if row.get(cols[0]) not in (None, ""):
                continue
            for source, col in zip(order[1:], cols[1:], strict=True):  # noqa: B007
                text = row.get(col)
                if text not in (None, ""):
                    break
            else:
                continue
            found.append(
                MissingText(
                    table=node.name,
                    row_id=str(row["id"]),
                    field=name,
                    lang=lang,
                    main_text=str(text),
                    activity_id=str(activity["id"]) if activity is not None else None,
                    where=_where(node, row, index, activity),
                    source_lang=source,
                )
            )
    return found


def localise(
    organisation: Row, lang: str, mark: Callable[[str, str], str] | None = None
) -> Localised:
    """The organisation's tree with its texts in `lang`.

    A text missing in `lang` is the main language's (else another document language's)
    preceded by `mark(text, its language)` (by default the language in brackets: "[FR] …"),
    and listed in `missing`; reading it records it in `used`. A tree that lacks nothing in
    `lang` (a register in one language, in that language) is returned as it is.
    """
    main = main_language(organisation)
    result = Localised(organisation=organisation, lang=lang, main=main)
    result.missing = missing_texts(organisation, lang)
    if lang == main and not result.missing:
        return result
    by_row: dict[tuple[str, str], dict[str, MissingText]] = {}
    for item in result.missing:
        by_row.setdefault((item.table, item.row_id), {})[item.field] = item
    marker = mark or (lambda text, source: fallback_mark(source) + text)

    def copy(node: Node, row: Row) -> Row:
        values = dict(row)
        missing = by_row.get((node.name, str(row["id"])), {})
        for name in TRANSLATABLE.get(node.name, ()):
            text = text_in(row, name, lang, main)
            if text is not None:
                values[name] = text
            elif name in missing:
                values[name] = marker(missing[name].main_text, missing[name].source_lang)
            else:
                values[name] = None if lang != main else row.get(name)
        for child in node.children:
            values[child.key] = [copy(child, r) for r in row.get(child.key, [])]
        return LocalisedRow(values, missing, result.used) if missing else values

    result.organisation = copy(ORGANISATION, organisation)
    return result
