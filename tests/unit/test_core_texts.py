"""The bundled texts: UI labels, seed catalogues and the supervisory authorities."""

from __future__ import annotations

import ast
import json
import re
import string
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

import ropa.db.models  # noqa: F401  (registers every table in the metadata)
from ropa.core.i18n import label
from ropa.db import enums
from ropa.db.base import Base
from ropa.db.enums import MeasureKind
from ropa.db.translations import translation_columns

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
LANGUAGES = ("fr", "nl", "en")
EEA_COUNTRIES = {
    # EU member states
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    # EEA EFTA states
    "IS", "LI", "NO",
}  # fmt: skip


def _load(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def labels() -> dict[str, dict[str, str]]:
    return {lang: _load(RESOURCES / "text" / f"labels.{lang}.json") for lang in LANGUAGES}


@pytest.fixture(scope="module")
def seed() -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = _load(RESOURCES / "catalogues" / "seed.json")
    return data


@pytest.fixture(scope="module")
def authorities() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = _load(RESOURCES / "authorities.json")
    return data


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _str_enums() -> list[type[StrEnum]]:
    return [
        obj
        for obj in vars(enums).values()
        if isinstance(obj, type) and issubclass(obj, StrEnum) and obj is not StrEnum
    ]


# -- labels ----------------------------------------------------------------------------------


def test_snake_case_of_enum_names() -> None:
    assert _snake("Role") == "role"
    assert _snake("LegalBasis") == "legal_basis"
    assert _snake("Art9Condition") == "art9_condition"
    assert _snake("DpiaCriterion") == "dpia_criterion"


def test_label_files_have_the_same_keys_and_no_empty_value(
    labels: dict[str, dict[str, str]],
) -> None:
    reference = set(labels["en"])
    assert reference
    for lang, texts in labels.items():
        assert set(texts) == reference, f"{lang}: {sorted(set(texts) ^ reference)}"
        empty = [
            key for key, text in texts.items() if not isinstance(text, str) or not text.strip()
        ]
        assert not empty, f"{lang}: empty labels {empty}"


def test_label_files_are_sorted_utf8_with_two_space_indent() -> None:
    for lang in LANGUAGES:
        path = RESOURCES / "text" / f"labels.{lang}.json"
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
        assert list(data) == sorted(data), lang
        expected = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
        assert raw.rstrip("\n") == expected, lang


def test_every_column_has_a_label(labels: dict[str, dict[str, str]]) -> None:
    tables = Base.metadata.tables.values()
    assert tables
    for lang, texts in labels.items():
        missing = [
            f"field.{table.name}.{column.name}"
            for table in tables
            for column in table.columns
            if f"field.{table.name}.{column.name}" not in texts
            and column.name not in translation_columns(table.name)
        ]
        assert not missing, f"{lang}: {missing}"


def test_a_translation_column_is_labelled_by_its_field_and_language() -> None:
    assert label("fr", "activity", "name_nl") == "Nom (néerlandais)"
    assert (
        label("nl", "purpose", "description_fr")
        == f"{label('nl', 'purpose', 'description')} (Frans)"
    )
    assert label("en", "organisation", "legal_form_nl") == (
        f"{label('en', 'organisation', 'legal_form')} (Dutch)"
    )


def test_every_table_has_singular_and_plural_names(labels: dict[str, dict[str, str]]) -> None:
    for lang, texts in labels.items():
        for table in Base.metadata.tables.values():
            assert f"table.{table.name}" in texts, (lang, table.name)
            assert f"tables.{table.name}" in texts, (lang, table.name)


@pytest.mark.parametrize(
    "key",
    [
        *(
            f"field.organisation.{name}"
            for name in (
                "data_categories",
                "data_subject_categories",
                "recipient_categories",
                "security_measures",
                "parties",
                "activities",
                "cookies",
            )
        ),
        *(
            f"field.activity.{name}"
            for name in (
                "purposes",
                "data_categories",
                "data_subjects",
                "security_measures",
                "sources",
                "recipients",
                "transfers",
                "retention_phases",
                "clients",
                "joint_controllers",
            )
        ),
        "field.party.subprocessors",
    ],
)
def test_relationship_keys_have_labels(labels: dict[str, dict[str, str]], key: str) -> None:
    for lang, texts in labels.items():
        assert key in texts, (lang, key)


def test_every_enum_member_has_a_label(labels: dict[str, dict[str, str]]) -> None:
    enum_classes = _str_enums()
    assert len(enum_classes) >= 20
    for lang, texts in labels.items():
        missing = [
            f"enum.{_snake(cls.__name__)}.{member.value}"
            for cls in enum_classes
            for member in cls
            if f"enum.{_snake(cls.__name__)}.{member.value}" not in texts
        ]
        assert not missing, f"{lang}: {missing}"


def test_legal_bases_name_their_article(labels: dict[str, dict[str, str]]) -> None:
    bases = [b for b in enums.LegalBasis if b is not enums.LegalBasis.UNDETERMINED]
    for letter, basis in zip("abcdef", bases, strict=True):
        key = f"enum.legal_basis.{basis.value}"
        assert f"(Art. 6(1)({letter}))" in labels["en"][key]
        assert f"(art. 6.1.{letter})" in labels["fr"][key]
        assert f"(art. 6.1.{letter})" in labels["nl"][key]
    # "To be determined" is no basis: it names no article.
    undetermined = {lang: texts["enum.legal_basis.undetermined"] for lang, texts in labels.items()}
    assert undetermined == {"fr": "À déterminer", "nl": "Nog te bepalen", "en": "To be determined"}


# -- seed catalogues --------------------------------------------------------------------------

SEED_LISTS = (
    "data_categories",
    "data_subject_categories",
    "recipient_categories",
    "security_measures",
)


def test_seed_has_every_list(seed: dict[str, list[dict[str, Any]]]) -> None:
    assert set(seed) == set(SEED_LISTS)
    for name in SEED_LISTS:
        assert seed[name], name


@pytest.mark.parametrize("list_name", SEED_LISTS)
def test_seed_entries_are_trilingual_and_unique(
    seed: dict[str, list[dict[str, Any]]], list_name: str
) -> None:
    entries = seed[list_name]
    keys = [entry["seed_key"] for entry in entries]
    assert all(isinstance(key, str) and key for key in keys)
    assert len(keys) == len(set(keys)), f"duplicate seed_key in {list_name}"
    for lang in LANGUAGES:
        names = []
        for entry in entries:
            name = entry["name"].get(lang)
            assert isinstance(name, str) and name.strip(), (list_name, entry["seed_key"], lang)
            assert len(name) <= 300
            description = entry.get("description", {}).get(lang)
            assert isinstance(description, str) and description.strip(), (
                list_name,
                entry["seed_key"],
                lang,
            )
            names.append(name)
        duplicates = sorted({name for name in names if names.count(name) > 1})
        assert not duplicates, f"{list_name} ({lang}): {duplicates}"


def test_seed_security_measures_have_valid_kind_and_group(
    seed: dict[str, list[dict[str, Any]]],
) -> None:
    valid = {member.value for member in MeasureKind}
    for entry in seed["security_measures"]:
        assert entry["kind"] in valid, entry["seed_key"]
        for lang in LANGUAGES:
            assert entry["group"][lang].strip(), (entry["seed_key"], lang)


def test_seed_data_category_flags(seed: dict[str, list[dict[str, Any]]]) -> None:
    flags = ("is_special", "is_criminal", "is_national_id", "concerns_minors")
    for entry in seed["data_categories"]:
        for flag in flags:
            assert isinstance(entry[flag], bool), (entry["seed_key"], flag)
    special = [entry for entry in seed["data_categories"] if entry["is_special"]]
    assert len(special) >= 8  # the Art. 9(1) categories
    assert any(entry["is_criminal"] for entry in seed["data_categories"])
    assert any(entry["is_national_id"] for entry in seed["data_categories"])
    for entry in seed["data_subject_categories"]:
        assert isinstance(entry["is_minors"], bool)
        assert isinstance(entry["is_vulnerable"], bool)
    assert any(entry["is_minors"] for entry in seed["data_subject_categories"])


# -- supervisory authorities ------------------------------------------------------------------


def test_authorities_cover_the_eea(authorities: dict[str, dict[str, Any]]) -> None:
    assert set(authorities) == EEA_COUNTRIES


def test_authorities_are_well_formed(authorities: dict[str, dict[str, Any]]) -> None:
    codes = set()
    for country, authority in authorities.items():
        assert authority["country"] == country
        assert authority["code"].startswith(f"{country}-")
        assert len(authority["code"]) <= 20  # organisation.supervisory_authority is String(20)
        codes.add(authority["code"])
        for lang in LANGUAGES:
            assert authority["name"].get(lang, "").strip(), (country, lang)
        assert authority["source"].strip(), country
        for field in ("address", "email", "phone", "website", "complaint_url"):
            assert field in authority, (country, field)
            value = authority[field]
            assert value is None or (isinstance(value, str) and value.strip()), (country, field)
        for field in ("website", "complaint_url"):
            if authority[field] is not None:
                assert authority[field].startswith("https://"), (country, field)
        if authority["email"] is not None:
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", authority["email"]), country
    assert len(codes) == len(authorities)


@pytest.mark.parametrize("country", ["BE", "FR"])
def test_home_authorities_are_complete(
    authorities: dict[str, dict[str, Any]], country: str
) -> None:
    authority = authorities[country]
    assert authority["address"]
    assert authority["website"]
    assert authority["email"] or authority["complaint_url"]


def test_germany_notes_the_land_authorities(authorities: dict[str, dict[str, Any]]) -> None:
    note = authorities["DE"].get("note")
    assert note
    assert "Land" in note["en"]


# -- every text the code asks for exists in every language -----------------------------------
# tr() shows the key itself when a text is missing ("error.file.missing"): the user would see
# that raw key. So each key written in the code must be in the fr, nl and en catalogues.

ROPA = Path(__file__).resolve().parents[2] / "ropa"
_KEY = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")
# String literals shaped like a key that are something else: a file name, and the columns
# foreign keys name ("activity.id").
NOT_KEYS = {"notice.css"} | {
    f"{table.name}.{column.name}"
    for table in Base.metadata.tables.values()
    for column in table.columns
}


def _catalogue_files() -> dict[str, dict[str, dict[str, str]]]:
    """{catalogue name: {lang: texts}} for every file in resources/text/."""
    found: dict[str, dict[str, dict[str, str]]] = {}
    for path in sorted((RESOURCES / "text").glob("*.json")):
        name, lang = path.stem.rsplit(".", 1)
        found.setdefault(name, {})[lang] = _load(path)
    return found


def _code_keys() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The literal keys ({key: [where]}) and the f-string keys ({regex: [where]}) in ropa/,
    limited to the namespaces the catalogues use (error., cli., field. ...)."""
    namespaces = {
        key.split(".", 1)[0]
        for languages in _catalogue_files().values()
        for texts in languages.values()
        for key in texts
    }
    literals: dict[str, list[str]] = {}
    patterns: dict[str, list[str]] = {}
    for path in sorted(ROPA.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROPA.parent)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if _KEY.fullmatch(text) and text.split(".", 1)[0] in namespaces:
                    literals.setdefault(text, []).append(where)
            elif isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    continue
                namespace = re.match(r"([a-z][a-z0-9_]*)\.", first.value)
                if namespace is None or namespace.group(1) not in namespaces:
                    continue
                pattern = "".join(
                    re.escape(part.value) if isinstance(part, ast.Constant) else r"[a-z0-9_.]+"
                    for part in node.values
                )
                patterns.setdefault(pattern, []).append(where)
    return literals, patterns


def test_every_catalogue_file_is_loaded_in_every_language() -> None:
    from ropa.core.i18n import CATALOGUES

    files = _catalogue_files()
    assert set(files) == set(CATALOGUES)
    for name, languages in files.items():
        assert set(languages) == set(LANGUAGES), name


@pytest.mark.parametrize("name", sorted(_catalogue_files()))
def test_each_catalogue_has_the_same_keys_and_placeholders_in_every_language(name: str) -> None:
    languages = _catalogue_files()[name]
    reference = languages["en"]
    assert reference
    for lang, texts in languages.items():
        assert set(texts) == set(reference), f"{name}.{lang}: {sorted(set(texts) ^ set(reference))}"
        for key, text in texts.items():
            assert isinstance(text, str) and text.strip(), (name, lang, key)
            assert _placeholders(text) == _placeholders(reference[key]), (name, lang, key)


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def test_the_key_finder_sees_the_code() -> None:
    literals, patterns = _code_keys()
    assert "error.file.missing" in literals
    assert any("cli.py" in where for where in literals["cli.help.description"])
    assert r"field\.[a-z0-9_.]+\.[a-z0-9_.]+" in patterns  # i18n.label()
    assert len(literals) > 200


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_key_written_in_the_code_has_a_text(lang: str) -> None:
    from ropa.core.checks.engine import RULES, _load_rules
    from ropa.core.i18n import catalogue

    _load_rules()
    texts = catalogue(lang)  # as tr() reads them
    literals, patterns = _code_keys()
    missing = {
        key: where[:3]
        for key, where in literals.items()
        if key not in texts and key not in NOT_KEYS and key not in RULES  # a rule's id
    }
    assert not missing, f"{lang}: keys without a text: {missing}"
    unmatched = {
        pattern: where[:3]
        for pattern, where in patterns.items()
        if not any(re.fullmatch(pattern, key) for key in texts)
    }
    assert not unmatched, f"{lang}: no text matches these keys: {unmatched}"


def test_a_rules_texts_exist_in_every_language() -> None:
    from ropa.core.checks.engine import RULES, _load_rules
    from ropa.core.i18n import catalogue

    _load_rules()
    assert RULES
    for lang in LANGUAGES:
        texts = catalogue(lang)
        for rule_id in RULES:
            assert f"check.{rule_id}.message" in texts, (lang, rule_id)
            assert f"check.{rule_id}.hint" in texts, (lang, rule_id)
