"""The notice's phrase books audited: every sentence is law or a fact the register records.

- Every key the notice's modules print is declared (law, practice or label) in their PHRASES,
  and every declared key has its text in French, Dutch and English.
- One test per practice phrase, generated from the declarations: on a rich register (the demo
  with every fact recorded), the register field the phrase rests on is set to the phrase's
  example value and the phrase is printed; then the field is made unknown (None, an empty
  list) and the phrase is gone, and a gap names the field, so the user sees what to record.
- The legitimate-interest sentence states the Art. 6(1)(f) test the right way round.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, Boolean, Enum

from ropa.core.register import create_register
from ropa.db.base import Base
from ropa.db.enums import Audience, IdentityProof, MeasureKind, RightsChannel
from ropa.exports.notice import sections_rights, sections_who
from ropa.exports.notice.builder import AUDIENCES, build_notice
from ropa.exports.notice.context import NoticeContext
from ropa.exports.notice.phrases import Phrase, all_phrases
from tests.unit.notice_support import (
    apply_changes,
    children_of,
    column_of,
    notice_text,
    open_copy,
)

ROOT = Path(__file__).resolve().parents[2]
NOTICE = ROOT / "ropa" / "exports" / "notice"
MODULES = ("builder", "sections_who", "sections_use", "sections_share", "sections_rights")
CATALOGUES = ("notice", "notice_use")
LANGS = ("fr", "nl", "en")
LANG = "fr"  # the demo's main language: the audit reads the texts as typed

# The facts the rich register records besides the demo's own (table -> column -> value), so
# that each practice phrase has what it needs around it. Special-category data are left to the
# declaration (no catalogue entry is special); the functional cookies are set without consent,
# so that the exemption sentence has a category to be true of.
RICH: dict[str, dict[str, Any]] = {
    "organisation": {
        "rights_channels": ["email", "post", "form", "phone", "in_person"],
        "rights_form_url": "https://clairbois-it.example/droits",
        "identity_proof": "reasonable_doubt",
        "response_days": 20,
        "sells_data": False,
        "processes_special_data": False,
        "processes_minors_data": False,
        "minors_age": 13,
        "cookie_consent_method": "Un bandeau à la première visite.",
        "cookie_refusal_effect": "Seuls les cookies nécessaires sont déposés.",
        "cookie_policy_url": None,
        "data_location": None,
        "national_law": None,
        "safeguards_copy": "Sur demande à vie-privee@clairbois-it.example.",
    },
    "data_category": {"is_special": False},
    # No profiling: whether decisions are automated is then said by automated_decision alone.
    "activity": {"profiling": False},
}
# The processor activities are marked for the notice (its "when we act as a processor" part).
RICH_WHERE: list[tuple[str, str, dict[str, Any]]] = [
    ("cookie", "category = 'functional'", {"consent_required": False}),
    ("activity", "role = 'processor'", {"in_notice": True}),
]

# What a phrase needs around it besides its own field, in both cases (table, column, value,
# where): "we do not transfer" is said only when no activity lists a transfer.
SETUP: dict[str, list[tuple[str, str, Any, str]]] = {
    "transfers.none": [("activity", "transfers", [], "")],
    # A consent exemption is stated only where one exists (not in Belgium, the demo's country).
    "cookies.exempt": [("organisation", "country", "FR", "")],
}

# Fields whose unknown value has a complete wording of its own, so it is no gap: the phrase
# must still be absent, but no gap is expected.
ALTERNATIVES = {
    "organisation.cookie_policy_url": "the notice lists the cookies itself",
    "organisation.data_location": "said from the processors' countries",
    "organisation.response_days": "the legal one-month sentence says it",
}

# What the f-string keys of the modules expand to (the value sets of their placeholders).
EXPANSIONS: dict[str, Iterable[str]] = {
    "audience.{audience or 'all'}": [*(a.value for a in Audience), "all"],
    "right.{name}.title": sections_rights.RIGHTS,
    "right.{name}.text": sections_rights.RIGHTS,
    "rights.channel.{channel}": [c.value for c in RightsChannel],
    "rights.identity.{proof}": [p.value for p in IdentityProof],
    "security.{kind}": [k.value for k in MeasureKind],
    "identifier.{column}": sections_who.IDENTIFIERS,
}


def _catalogue(lang: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for name in CATALOGUES:
        path = ROOT / "resources" / "text" / f"{name}.{lang}.json"
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


# -- every key declared, every declared key written --------------------------------------------


def _keys_in_source(module: str) -> tuple[set[str], set[str]]:
    """(literal keys, f-string patterns) passed to `.t(...)` in a module's source."""
    tree = ast.parse((NOTICE / f"{module}.py").read_text(encoding="utf-8"))
    literals: set[str] = set()
    patterns: set[str] = set()
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "t"
            and node.args
        ):
            continue
        pending: list[ast.AST] = [node.args[0]]
        while pending:  # the key expression, not looking inside an f-string's parts
            arg = pending.pop()
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                literals.add(arg.value)
            elif isinstance(arg, ast.JoinedStr):
                patterns.add(ast.unparse(arg)[2:-1])  # f"x.{y}" -> x.{y}
            else:
                pending.extend(ast.iter_child_nodes(arg))
    return literals, patterns


def _expand(pattern: str, declared: Iterable[str]) -> list[str]:
    if pattern in EXPANSIONS:
        slot = re.search(r"\{[^}]*\}", pattern)
        assert slot is not None
        return [pattern.replace(slot.group(0), str(v)) for v in EXPANSIONS[pattern]]
    # Another module's pattern: the declared keys it matches (at least one).
    regex = re.compile("^" + re.sub(r"\\\{[^}]*\\\}", r"[A-Za-z0-9_]+", re.escape(pattern)) + "$")
    found = [key for key in declared if regex.match(key)]
    assert found, f"no declared key matches {pattern!r}"
    return found


@pytest.mark.parametrize("module", MODULES)
def test_every_key_a_module_prints_is_declared(module: str) -> None:
    declared = all_phrases()
    literals, patterns = _keys_in_source(module)
    keys = set(literals)
    for pattern in patterns:
        keys.update(_expand(pattern, declared))
    assert keys or module not in ("builder", "sections_who", "sections_rights")
    missing = sorted(k for k in keys if k not in declared)
    assert not missing, f"{module} prints keys without a PHRASES entry: {missing}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_declared_phrase_is_written_in_each_language(lang: str) -> None:
    texts = _catalogue(lang)
    missing = sorted(k for k in all_phrases() if not texts.get(f"notice.{k}", "").strip())
    assert not missing, f"{lang}: {missing}"


def test_every_practice_phrase_names_a_register_field() -> None:
    columns = {f"{t.name}.{c.name}" for t in Base.metadata.sorted_tables for c in t.columns}
    for key, phrase in all_phrases().items():
        if phrase.kind == "practice":
            assert phrase.field in columns or children_of(phrase.field), (key, phrase.field)
        if phrase.kind == "law":
            assert phrase.field is None, key


def test_every_key_used_while_building_rich_notices_is_declared(
    rich_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the static scan cannot see (keys chosen at run time): every key the builder asks
    for while building the rich register's notices, in each language and audience."""
    used: set[str] = set()
    original = NoticeContext.t

    def recording(self: NoticeContext, key: str, /, **params: Any) -> str:
        used.add(key)
        return original(self, key, **params)

    monkeypatch.setattr(NoticeContext, "t", recording)
    db = open_copy(rich_file, tmp_path)
    try:
        for lang in LANGS:
            for audience in (None, *AUDIENCES):
                build_notice(db, lang=lang, audience=audience)
    finally:
        db.close()
    assert not sorted(used - set(all_phrases()))


# -- the rich register and the audit -----------------------------------------------------------


@pytest.fixture(scope="module")
def rich_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("phrases") / "rich.ropa"
    create_register(path, demo=True).close()
    changes = [
        (table, column, value, "")
        for table, values in RICH.items()
        for column, value in values.items()
    ]
    for table, where, values in RICH_WHERE:
        changes += [(table, column, value, where) for column, value in values.items()]
    apply_changes(path, changes)
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return path


def _fragment(key: str) -> str:
    """The phrase's longest stretch of fixed text (between its placeholders): what shows it."""
    text = _catalogue(LANG)[f"notice.{key}"]
    parts = [p.strip() for p in re.split(r"\{[^}]*\}", text)]
    fragment = max(parts, key=len)
    assert len(fragment) >= 8, f"{key}: too little fixed text to find it ({fragment!r})"
    return fragment


def _unknown(table: str, column: str, example: Any) -> tuple[Any, bool]:
    """(the value that leaves the field unknown, whether it is truly unknown): None for a
    nullable column, [] for a list; a column that cannot be unknown (role, kind, a required
    yes/no) takes another value, which does not say what the phrase says."""
    col = column_of(table, column)
    if isinstance(col.type, JSON):
        return [], True
    if col.nullable:
        return None, True
    if isinstance(col.type, Boolean):
        return not example, False
    if isinstance(col.type, Enum):
        return next(v for v in col.type.enums if v != example), False
    raise AssertionError(f"{table}.{column}: no unknown or other value for the audit")


def _practice() -> Iterator[Any]:
    for key, phrase in sorted(all_phrases().items()):
        if phrase.kind == "practice":
            yield pytest.param(key, phrase, id=key)


@pytest.mark.parametrize(("key", "phrase"), list(_practice()))
def test_a_practice_phrase_is_printed_only_when_its_field_says_so(
    rich_file: Path, tmp_path: Path, key: str, phrase: Phrase
) -> None:
    assert phrase.field is not None
    table, column = phrase.field.split(".")
    children = children_of(phrase.field)
    assert children or column in Base.metadata.tables[table].columns, (
        f"{key}: {phrase.field} is neither a column nor a list of child rows"
    )
    fragment = _fragment(key)

    setup = SETUP.get(key, [])
    db = open_copy(rich_file, tmp_path, [*setup, (table, column, phrase.example, "")])
    try:
        said = build_notice(db, lang=LANG)
    finally:
        db.close()
    assert fragment in notice_text(said), (
        f"{key} not printed with {phrase.field}={phrase.example!r}"
    )

    if children is not None:
        # The rich register's own rows (it has some) do not say it: that is the other case.
        changes: list[tuple[str, str, Any, str]] = []
        truly = False
    else:
        unknown, truly = _unknown(table, column, phrase.example)
        changes = [(table, column, unknown, "")]
    db = open_copy(rich_file, tmp_path, [*setup, *changes])
    try:
        unsaid = build_notice(db, lang=LANG)
    finally:
        db.close()
    assert fragment not in notice_text(unsaid), f"{key} printed without {phrase.field} saying so"
    if truly and phrase.field not in ALTERNATIVES:
        places = {(gap.table, gap.column) for gap in unsaid.gaps}
        assert (table, column) in places, f"no gap names {phrase.field} ({key})"


# -- Art. 6(1)(f) the right way round ----------------------------------------------------------

# The firm's interest is pursued unless the person's interests or fundamental rights and
# freedoms override it: the person's interests are what overrides, never the reverse.
RIGHT_WAY = {
    "fr": (
        r"(à moins que|sauf (si|lorsque))\s+"
        r"(ne\s+prévalen?t\s+vos intérêts|vos intérêts[^.]*préval)"
    ),
    "nl": r"(tenzij|behalve (wanneer|als))\s+uw belangen[^.]*zwaarder (door)?wegen",
    "en": r"(unless|except where)\s+your interests[^.]*\b(override|outweigh)",
}
BACKWARDS = {
    "fr": r"(ne prévaut pas sur|ne l'emporte pas sur) vos",
    "nl": r"niet zwaarder (door)?weegt dan uw",
    "en": r"(does not|doesn't) (override|outweigh) your",
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_legitimate_interest_sentence_states_the_balancing_test_the_right_way_round(
    lang: str,
) -> None:
    text = _catalogue(lang)["notice.basis.legitimate_interests.explain"]
    assert re.search(RIGHT_WAY[lang], text), text
    assert not re.search(BACKWARDS[lang], text), text
