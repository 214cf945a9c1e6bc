"""French typography in the bundled texts: a no-break space before : ; ! ? and inside « ».

A line break before a colon or inside guillemets looks careless in the published privacy notice,
the PDF register and the interface; French puts a no-break space (U+00A0, or the narrow U+202F)
there. Scanned: the interface's French translations (i18n/ropa_fr.ts), the core texts
(resources/text/*.fr.json), the French fields of the template library and the seed catalogues,
and the prose of the French user guide. URLs, {placeholders}, XML/HTML markup and entities, and in
the guide code blocks, code spans and link targets, are not prose and are left out.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"

NO_BREAK = "\u00a0\u202f"
# What is not prose: masked with X (same length) before the text is checked.
_NOT_PROSE = [
    r"(?:https?|ftp|mailto):[^\s<>()\"']+",  # URLs
    r"\{[^{}\s]*\}",  # {placeholders}
    r"&#?[A-Za-z0-9]+;",  # entities (HTML in the guide)
]
_NOT_PROSE_MARKDOWN = [
    r"(`+)[\s\S]*?(?<!`)\1(?!`)",  # code spans
    r"\]\([^)]*\)",  # link targets
    r"<[A-Za-z/!][^>]*>",  # HTML tags, autolinks, comments
]
_FENCED_BLOCK = re.compile(r"^```.*?^```[ \t]*$", re.M | re.S)

_RULES = [
    (re.compile(r"[ \t\n]+[:;!?]"), "ordinary space before the punctuation"),
    (re.compile(r"«[ \t\n]"), "ordinary space after «"),
    (re.compile(r"[ \t\n]»"), "ordinary space before »"),
    (re.compile(rf"«(?![\s{NO_BREAK}])"), "no space after «"),
    (re.compile(rf"(?<![\s{NO_BREAK}])»"), "no space before »"),
    # "Fichier: x", "vraiment?" — a word (or a closing mark) glued to the punctuation
    (re.compile(r"[\w)\]»*’'…][;!?](?=[\s)»]|$)"), "no space before ; ! ?"),
    # "Fichier: x", and after a closing mark: "colonne « Nom »: x", "(art. 9): x"
    (re.compile(r"(?:[^\W\d_]|[»)\]])[:](?=\s|$)"), "no space before the colon"),
]


def _prose(text: str, *, markdown: bool = False) -> str:
    """text with what is not prose masked (same length, same line breaks)."""

    def mask(match: re.Match[str]) -> str:
        return re.sub(r"[^\n]", "X", match.group(0))

    if markdown:
        text = _FENCED_BLOCK.sub(mask, text)
    patterns = _NOT_PROSE + (_NOT_PROSE_MARKDOWN if markdown else [])
    return re.sub("|".join(f"(?:{p})" for p in patterns), mask, text)


def typography_faults(text: str, *, markdown: bool = False) -> list[str]:
    """Each place in text that breaks French spacing rules: line number, rule, what is around."""
    prose = _prose(text, markdown=markdown)
    faults = []
    for pattern, what in _RULES:
        for match in pattern.finditer(prose):
            line = prose.count("\n", 0, match.start()) + 1
            around = text[max(0, match.start() - 30) : match.end() + 10]
            faults.append(f"line {line}, {what}: …{around}…")
    return faults


# -- the texts -------------------------------------------------------------------------------


def _french_fields(node: Any, where: str) -> Iterator[tuple[str, str]]:
    """(where, text) of every string under a "fr" key of a template or catalogue file."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "fr" and isinstance(value, str):
                yield f"{where}.fr", value
            else:
                yield from _french_fields(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _french_fields(value, f"{where}[{index}]")


def _texts(name: str) -> list[tuple[str, str]]:
    path = ROOT / name
    if name.startswith("i18n/"):
        texts = []
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform") or [translation]
            texts += [(source, form.text or "") for form in forms]
        return texts
    data = json.loads(path.read_text(encoding="utf-8"))
    if name.startswith("resources/text/"):
        return list(data.items())
    return list(_french_fields(data, ""))


JSON_FILES = sorted(
    str(path.relative_to(ROOT))
    for pattern in ("text/*.fr.json", "templates/*.json", "catalogues/*.json")
    for path in RESOURCES.glob(pattern)
)


@pytest.mark.parametrize("name", ["i18n/ropa_fr.ts", *JSON_FILES])
def test_french_texts_use_no_break_spaces(name: str) -> None:
    texts = _texts(name)
    assert texts, f"no French text found in {name}"
    faults = [f"{where!r} {fault}" for where, text in texts for fault in typography_faults(text)]
    assert not faults, f"{name}:\n" + "\n".join(faults)


def test_french_user_guide_uses_no_break_spaces() -> None:
    text = (RESOURCES / "guide" / "user-guide.fr.md").read_text(encoding="utf-8")
    faults = typography_faults(text, markdown=True)
    assert not faults, "resources/guide/user-guide.fr.md:\n" + "\n".join(faults)


# -- the checker itself ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Exporté : {path}",
        "Exporté: {path}",
        "Voulez-vous continuer ?",
        "Voulez-vous continuer?",
        "Fichier ; dossier",
        "Créer « {name} »",
        "Créer «\u00a0{name} »",
        "Créer «{name}»",
        "**Nom** : le nom usuel",
        "une phrase coupée en fin de ligne\n: la suite",
        "Feuille «\u00a0Registre\u00a0», colonne «\u00a0Nom\u00a0»: trop long",
        "Intérêt légitime (art. 6.1.f): prospection",
    ],
)
def test_an_ordinary_or_missing_space_is_found(text: str) -> None:
    assert typography_faults(text, markdown=True)


@pytest.mark.parametrize(
    "text",
    [
        "Exporté\u00a0: {path}",
        "Voulez-vous continuer\u202f?",
        "Créer «\u00a0{name}\u00a0»",
        "Voir https://www.autoriteprotectiondonnees.be/citoyen?lang=fr ou http://x.be",
        "Réunion à 10:30, ouverture à 9:00",
        "Le modèle {value:>3} et {count}",
        '«\u00a0{value}\u00a0» n\u2019est pas un export ("format": "ropa-register")',
        "Tapez `ropa export FILE : x` ou `a ? b`",
        'Voir [la section](#files) et <a name="top">&#8203;</a>',
        "```\nropa init demo.ropa ; echo fini !\n```",
        "Ctrl+Z annule\u00a0; Ctrl+Maj+Z rétablit.",
    ],
)
def test_prose_spaced_right_and_what_is_not_prose_pass(text: str) -> None:
    assert typography_faults(text, markdown=True) == []
