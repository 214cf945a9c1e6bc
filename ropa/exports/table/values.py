"""Matching the values of closed lists: legal bases, roles, statuses, countries, transfer
tools, yes / no, DPIA states, Art. 9 conditions and retention periods.

A value is `sure` only when its text says exactly that and nothing more: a code, a label in
French, Dutch or English, a known wording ("Consentement", "Art. 6.1.b", "wettelijke
verplichting", "5 ans"), or an article that agrees with it ("Contrat (art. 6.1.b RGPD)").
A word found inside a longer text is a guess to look at ("Intérêt légitime : prospection").

The codes: the register's own (LegalBasis, Role, Status, Safeguard, DpiaStatus,
Art9Condition values), "yes" / "no", ISO 3166 country codes and "none" (no transfer), ISO 8601
durations (P5Y) and "criterion" (a retention rule kept as its text); "" is "not recorded"
(the text goes to the notes).
"""

from __future__ import annotations

import re
from collections import Counter
from enum import StrEnum
from functools import cache, lru_cache
from typing import NamedTuple

from ropa.core.i18n import LANGUAGES, tr, value_label
from ropa.db.enums import (
    Art9Condition,
    DpiaStatus,
    EndAction,
    LegalBasis,
    Role,
    Safeguard,
    Status,
)
from ropa.exports.table import Mapping, TableBook, ValueGuess
from ropa.exports.table.durations import CODE, code_parts, parse_duration
from ropa.exports.table.fields import CLOSED_FIELDS, KINDS, SPLIT_FIELDS, Kind
from ropa.exports.table.synonyms import normalise, without_brackets
from ropa.exports.table.vocab import (
    BLANK_WORDS,
    COUNTRY_ALIASES,
    NONE_STARTS,
    NONE_WORDS,
    VOCAB,
    YES_NO,
)

ENUMS: dict[str, tuple[str, type[StrEnum]]] = {
    "legal_basis": ("legal_basis", LegalBasis),
    "role": ("role", Role),
    "status": ("status", Status),
    "transfer_tool": ("safeguard", Safeguard),
    "dpia": ("dpia_status", DpiaStatus),
    "art9_condition": ("art9_condition", Art9Condition),
}
YES_NO_FIELDS = frozenset({"transfers_outside_eea", "automated_decision", "profiling"})
CRITERION = "criterion"
NO_TRANSFER = "none"
_ARTICLE = {
    "legal_basis": re.compile(r"\b6 1 ([a-f])\b"),
    "art9_condition": re.compile(r"\b9 2 ([a-j])\b"),
}
_FILLER = frozenset(
    "art article artikel rgpd gdpr avg ugdpr du de des d l la le het van of the sur op".split()
)
_LINES = re.compile(r"[\n;]")
# Within a line, what else may separate values ("Inde, Chine et Japon"): used only when
# every piece is then a value.
_PIECES = {
    "legal_basis": re.compile(r"[,/+]|\s(?:et|en|and|ou|of|or)\s"),
    "transfer_tool": re.compile(r"[,/+]|\s(?:et|en|and|ou|of|or)\s"),
    "transfer_countries": re.compile(r"[,/+&]|\s(?:et|en|and)\s"),
}
# ropa's own words for a transfer: "Recipient → Country (CC) : transfer tool".
ARROW = re.compile(r"^(?P<who>.+?)\s*\u2192\s*(?P<where>[^:\uff1a]+?)\s*(?::\s*(?P<tool>.+))?$")


class Match(NamedTuple):
    code: str | None
    sure: bool


_END_PREFIX = re.compile(
    r"^(?:a l issue de la duree de conservation|a la fin de la conservation|en fin de conservation"
    r"|at the end of the retention period|at the end of retention|na afloop van de bewaartermijn"
    r"|op het einde van de bewaartermijn)\b\s*"
)


def end_action_of(line: str) -> str | None:
    """What happens at the end of retention, for a line that says so ("À l'issue de la durée
    de conservation : Anonymisation"): an EndAction value, "" when the rest is not one; None
    for any other line."""
    match = _END_PREFIX.match(normalise(line))
    if match is None:
        return None
    rest = normalise(line)[match.end() :]
    for action in EndAction:
        labels = [value_label(lang, "end_action", action.value) for lang in LANGUAGES]
        if any(normalise(label) == rest for label in labels):
            return action.value
    return ""


def without_end_actions(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A retention cell without its end-of-retention lines, and those lines with their
    EndAction value ("" when not one)."""
    kept, actions = [], []
    for line in text.split("\n"):
        action = end_action_of(line)
        if action is None:
            kept.append(line)
        else:
            actions.append((line, action))
    return "\n".join(kept), actions


def single_fields() -> frozenset[str]:
    """The fields of one value a "Label : value" line inside a cell may name."""
    from ropa.exports.table.fields import SINGLE

    return SINGLE


def labelled_lines(key: str, text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """A cell of one value whose lines say "Label : value" (ropa's layouts write "Non
    requise", then "Référence de l'AIPD : ..."): the lines the cell keeps (a line labelled
    with its own field, without the label), and (field, value) of each line whose label
    names another field of one value."""
    from ropa.exports.table.recognise import recognise

    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or key not in single_fields():
        return [text], []
    kept: list[str] = []
    others: list[tuple[str, str]] = []
    for line in lines:
        head, colon_found, tail = line.partition(":")
        field = recognise(head.strip()) if colon_found and tail.strip() else ""
        if field == key:
            kept.append(tail.strip())
        elif field in single_fields() and all(f != field for f, _t in others):
            others.append((field, tail.strip()))
        else:
            kept.append(line)
    return kept, others


def is_blank(text: str) -> bool:
    """A cell that says nothing ("-", "n/a", "sans objet"): read as empty."""
    return normalise(text) in BLANK_WORDS


def says_none(text: str) -> bool:
    """A cell that says "none" ("Aucun", "Geen", "No", "Aucun parmi ..."): no entry."""
    normal = normalise(text)
    return normal in NONE_WORDS or normal.startswith(NONE_STARTS)


# -- phrases -------------------------------------------------------------------------------------


def _core(normal: str, field: str) -> str:
    pattern = _ARTICLE.get(field)
    if pattern is not None:
        normal = pattern.sub(" ", normal)
    return " ".join(word for word in normal.split() if word not in _FILLER)


@cache
def _phrases(
    field: str,
) -> tuple[dict[str, tuple[str, bool]], tuple[tuple[str, str, bool], ...]]:
    """(core of a whole text -> (code, sure)), and the phrases found inside a text (phrase,
    code, whether only a hint), longest first."""
    exact: dict[str, tuple[str, bool]] = {}
    inside: list[tuple[str, str, bool]] = []
    vocabulary = YES_NO if field in YES_NO_FIELDS else VOCAB.get(field, {})
    for code, phrases in vocabulary.items():
        for phrase in phrases:
            hint = phrase.startswith("~")
            core = _core(normalise(phrase.lstrip("~")), field)
            if core:
                exact.setdefault(core, (code, not hint))
                if len(core) >= 3:
                    inside.append((core, code, hint))
    if field in ENUMS:
        name, enum = ENUMS[field]
        for member in enum:
            texts = [member.value.replace("_", " ")] + [
                value_label(lang, name, member.value) for lang in LANGUAGES
            ]
            for text in texts:
                core = _core(normalise(text), field)
                if core:
                    exact.setdefault(core, (member.value, True))
                    without = _core(without_brackets(text), field)
                    exact.setdefault(without, (member.value, True))
    inside.sort(key=lambda pair: -len(pair[0]))
    return exact, tuple(inside)


def _article(field: str, normal: str) -> set[str]:
    pattern = _ARTICLE.get(field)
    if pattern is None:
        return set()
    _name, enum = ENUMS[field]
    members = [m.value for m in enum if m.value not in ("undetermined",)]
    letters = "abcdefghij"
    codes: set[str] = set()
    for match in pattern.finditer(normal):
        if field == "art9_condition":
            codes.update(v for v in members if v.startswith(match.group(1) + "_"))
        else:
            codes.add(members[letters.index(match.group(1))])
    return codes


def basis_detail(text: str) -> str | None:
    """What a legal basis says after its name and a colon ("Intérêt légitime (art. 6.1.f) :
    prospection" -> "prospection"), when the name alone is a sure basis."""
    head, colon_found, tail = text.partition(":")
    if not colon_found or not tail.strip() or not head.strip() or "\n" in text:
        return None
    return tail.strip() if _match(field="legal_basis", text=head).sure else None


@lru_cache(maxsize=20_000)
def match_value(field: str, text: str) -> Match:
    """What one value of a closed-list field is (see the module docstring)."""
    match = _match(field, text)
    if field == "legal_basis" and not match.sure and basis_detail(text):
        return _match(field, text.partition(":")[0])
    return match


def _match(field: str, text: str) -> Match:
    if field == "transfer_countries":
        return _match_country(text)
    if field == "retention":
        duration = parse_duration(text)
        if duration.code is None:
            return Match(CRITERION, False)
        return Match(duration.code, duration.sure)
    normal = normalise(text)
    exact, inside = _phrases(field)
    articles = _article(field, normal)
    core = _core(normal, field)
    if core in exact:
        code, sure = exact[core]
        return Match(code, sure and articles <= {code})
    bare = _core(without_brackets(text), field)
    if bare != core and bare in exact:  # "Ja (VS)": a value, then a detail in brackets
        return Match(exact[bare][0], False)  # a guess: its text is kept in the notes
    if not core and len(articles) == 1:
        return Match(articles.pop(), True)
    padded = f" {core} "
    found: list[tuple[bool, int, str]] = []  # (a hint, where, code): words before hints
    for phrase, code, hint in inside:
        position = padded.find(f" {phrase} ")
        if position >= 0:
            found.append((hint, position, code))
            padded = padded.replace(f" {phrase} ", " " + "#" * len(phrase) + " ")
    if found:
        return Match(min(found)[2], False)
    if articles:
        return Match(sorted(articles)[0], False)
    return Match(None, False)


@cache
def _countries() -> dict[str, str]:
    from babel import Locale

    from ropa.core.i18n import LOCALES
    from ropa.core.validation import country_codes

    names: dict[str, str] = {}
    codes = country_codes()
    for lang in LANGUAGES:
        for code, name in Locale.parse(LOCALES[lang]).territories.items():
            if code in codes:
                names.setdefault(normalise(name), str(code))
    names.update(COUNTRY_ALIASES)
    return names


def _match_country(text: str) -> Match:
    arrow = ARROW.match(text.replace("\u00a0", " ").strip())
    if arrow is not None:
        iso = re.search(r"\(([A-Z]{2})\)\s*$", arrow.group("where"))
        if iso is not None and iso.group(1) in _country_codes():
            return Match(iso.group(1), True)
        return Match(_match_country(arrow.group("where")).code, False)
    head, colon_found, _tail = text.partition(":")
    if colon_found and _match_country(head).code is None:  # "Référence du document : ..."
        return Match(None, False)
    normal = normalise(text)
    if says_none(text):
        return Match(NO_TRANSFER, normal != "no")  # "NO" is also Norway
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isalpha() and stripped.upper() in _country_codes():
        return Match(stripped.upper(), stripped.isupper())
    names = _countries()
    if normal in names:
        return Match(names[normal], True)
    bare = without_brackets(text)
    if bare in names:
        return Match(names[bare], False)
    padded = f" {normal} "
    for name, code in _countries_longest_first():
        if f" {name} " in padded:
            return Match(code, False)
    return Match(None, False)


@cache
def _countries_longest_first() -> tuple[tuple[str, str], ...]:
    names = sorted(_countries().items(), key=lambda pair: -len(pair[0]))
    return tuple((name, code) for name, code in names if len(name) >= 4)


def _country_codes() -> frozenset[str]:
    from ropa.core.validation import country_codes

    return country_codes()


# -- one cell ------------------------------------------------------------------------------------


def _split(text: str, pattern: re.Pattern[str]) -> list[str]:
    """The parts of a text between separators outside brackets."""
    if "(" not in text and "[" not in text:
        return [part.strip() for part in pattern.split(text) if part and part.strip()]
    parts, depth, start = [], 0, 0
    i = 0
    while i < len(text):
        char = text[i]
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
        elif depth == 0:
            match = pattern.match(text, i)
            if match is not None and match.end() > i:
                parts.append(text[start:i])
                start = i = match.end()
                continue
        i += 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


_BULLET = re.compile(r"^\s*(?:[-\u2013\u2022\u00b7*\u25aa\u25cf]|\(?\d{1,2}[.)])\s+")


def without_bullet(text: str) -> str:
    """A line without its bullet or number ("- ", "2. ", "(3) ")."""
    return _BULLET.sub("", text, count=1).strip()


def cell_values(field: str, text: str, choices: dict[str, str] | None = None) -> list[str]:
    """The values a cell of a closed-list field holds: the whole text when it is one value
    (or when the user chose for it), else its parts ("Consentement ; contrat"); bullets and
    numbers before each line left out."""
    text = "\n".join(without_bullet(line) for line in text.strip().splitlines())
    if field not in SPLIT_FIELDS or (choices and text in choices):
        return [text]
    return list(_values_of(field, text))


@lru_cache(maxsize=20_000)
def _values_of(field: str, text: str) -> tuple[str, ...]:
    if match_value(field, text).sure:
        return (text,)
    found: list[str] = []
    for line in _split(text, _LINES):
        if is_blank(line):
            continue
        pieces = _split(line, _PIECES[field]) if field in _PIECES else []
        whole = match_value(field, line)
        if len(pieces) > 1 and not whole.sure and all(match_value(field, p).code for p in pieces):
            found.extend(pieces)
        else:
            found.append(line)
    return tuple(found or [text])


_LIST_SPLIT = re.compile(r"[\n;\u2022\u00b7]")


def list_items(text: str) -> list[str]:
    """The entries of a list cell: one per line or ";" (outside brackets), bullets and
    numbers left out, each once."""
    items = (without_bullet(part) for part in _split(text, _LIST_SPLIT))
    return list(dict.fromkeys(item for item in items if item and not is_blank(item)))


def resolve(field: str, raw: str, choices: dict[str, str] | None = None) -> Match:
    """A value's code: the user's choice, else the guess."""
    if choices and raw in choices:
        return Match(choices[raw], True)
    return match_value(field, raw)


# -- the public functions ------------------------------------------------------------------------


def value_guesses(book: TableBook, mapping: Mapping) -> list[ValueGuess]:
    from ropa.exports.table.recognise import records

    counts: Counter[tuple[str, str]] = Counter()
    for record in records(book, mapping):
        for cell in record.cells:
            field = mapping.columns.get(cell.title, "")
            if field == "purposes" and len(cell.parts) > 1:  # a form's row: purpose, basis
                found = [("legal_basis", cell.parts[1], True)]
            else:
                kept, others = labelled_lines(field, cell.text)
                one = KINDS.get(field) is Kind.CLOSED and field not in SPLIT_FIELDS
                found = [(field, kept[0] if one else "\n".join(kept), one)] if kept else []
                found.extend((other, text, True) for other, text in others)
            for key, text, first_only in found:
                if key == "retention":
                    text = without_end_actions(text)[0]
                if KINDS.get(key) is not Kind.CLOSED or is_blank(text):
                    continue
                raws = cell_values(key, text, mapping.values.get(key))
                for raw in raws[:1] if first_only else raws:
                    counts[(key, raw)] += 1
    order = {key: i for i, key in enumerate(CLOSED_FIELDS)}
    guesses = []
    for (field, raw), count in counts.items():
        match = resolve(field, raw, mapping.values.get(field))
        guesses.append(ValueGuess(field, raw, match.code, match.sure, count))
    guesses.sort(key=lambda g: (order[g.field], g.sure, normalise(g.raw)))
    return guesses


COMMON_DURATIONS = tuple(
    [f"P{n}D" for n in (7, 15, 30, 60, 90)]
    + [f"P{n}M" for n in (1, 2, 3, 4, 6, 9, 12, 13, 18, 24, 25, 36)]
    + [f"P{n}Y" for n in (1, 2, 3, 4, 5, 6, 7, 8, 10, 15, 20, 30, 50, 75, 100)]
)


def value_choices(field_key: str, lang: str) -> list[tuple[str, str]]:
    choices = [("", tr(lang, "table_import.value.not_recorded"))]
    if field_key in ENUMS:
        name, enum = ENUMS[field_key]
        choices.extend((m.value, value_label(lang, name, m.value)) for m in enum)
    elif field_key in YES_NO_FIELDS:
        choices.extend([("yes", tr(lang, "value.yes")), ("no", tr(lang, "value.no"))])
    elif field_key == "transfer_countries":
        from ropa.core.history_text import country_text
        from ropa.core.validation import country_codes

        choices.append((NO_TRANSFER, tr(lang, "table_import.value.no_transfer")))
        named = sorted(((country_text(lang, c), c) for c in country_codes()), key=_sort_key)
        choices.extend((code, text) for text, code in named)
    elif field_key == "retention":
        choices.append((CRITERION, tr(lang, "table_import.value.criterion")))
        choices.extend((code, duration_label(code, lang)) for code in COMMON_DURATIONS)
    return choices


def _sort_key(pair: tuple[str, str]) -> str:
    return normalise(pair[0])


def value_text(field_key: str, code: str, lang: str) -> str:
    """A code's words in `lang`, for any code of the field (a duration not among the choices
    offered included): what the review shows for a guess."""
    if field_key == "retention" and code_parts(code) is not None:
        return duration_label(code, lang)
    return dict(value_choices(field_key, lang)).get(code, code)


def duration_label(code: str, lang: str) -> str:
    from ropa.core.i18n import duration_text

    parts = code_parts(code)
    return code if parts is None else duration_text(lang, parts[0], parts[1].value)


def is_valid_code(field: str, code: str) -> bool:
    """Whether a mapping file's chosen code is one of the field's values."""
    if code == "":
        return True
    if field in ENUMS:
        return code in {m.value for m in ENUMS[field][1]}
    if field in YES_NO_FIELDS:
        return code in ("yes", "no")
    if field == "transfer_countries":
        return code == NO_TRANSFER or code in _country_codes()
    if field == "retention":
        return code == CRITERION or CODE.match(code) is not None
    return False
