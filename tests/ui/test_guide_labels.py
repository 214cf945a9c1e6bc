"""The user guides name the interface as it is: every label a guide sets in bold (a page, a
section, a field, a button, a menu path such as **File > Open**) is one the interface shows in
that language, and no guide quotes a label ropa has since renamed (resources/former_labels.json).

What the interface shows in a language: its Qt Linguist translations (i18n/ropa_<lang>.ts; the
English sources), the core's labels and texts (resources/text/*.<lang>.json), the seed
catalogues' entries, and the few texts Qt itself gives (the Undo and Redo actions, the wizard's
buttons). Bold is also the guides' way to stress a term ("**controller**") or to open a paragraph
("**Backups.**"): a paragraph's opening ends with a full stop and is left out; the terms are
listed below, per language, and each must still be in bold in its guide, so the list cannot rot.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QWizard

from ropa import app
from ropa.db.session import RegisterDatabase
from ropa.paths import resources_dir
from ropa.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "fr", "nl")

# What a guide sets in bold that is no label: the terms it defines or stresses, authorities'
# and assessments' abbreviations, keys, and the guide's own words for a kind of thing.
TERMS: dict[str, set[str]] = {
    "en": {
        "record of processing activities",
        "APD",
        "CNIL",
        "controller",
        "processor",
        "joint controllers",
        "demo register",
        "own register",
        "Enter",
        "legal basis",
        "legitimate interests",
        "legal obligation",
        "consent",
        "data items",
        "security measures",
        "DPIA",
        "automated decisions and profiling",
        "each client",
        "categories of processing",
        "transfers",
        "transfer",
        "sub-processors",
        "destination country",
        "recipient",
        "transfer tool",
        "document reference",
        "phases",
        "duration",
        "criterion",
        "starting point",
        "legal reference",
        "justification",
        "name",
        "provider",
        "domain",
        "purpose",
        "category",
        "lifetime",
        "Legal form and legal name",
        "Another main language",
        "summary",
        "from your register",
        "active",
        "audience",
        "language",
        "chart",
        "client",
        "draft",
        "reference",
    },
    "fr": {
        "registre des activités de traitement",
        "APD",
        "CNIL",
        "responsable du traitement",
        "sous-traitant",
        "responsables conjoints du traitement",
        "registre de démonstration",
        "votre propre registre",
        "base légale",
        "intérêt légitime",
        "obligation légale",
        "consentement",
        "détail des données",
        "mesures de sécurité",
        "AIPD",
        "décisions automatisées et le profilage",
        "chaque client",
        "catégories de traitements",
        "transferts",
        "transfert",
        "sous-traitants ultérieurs",
        "pays de destination",
        "destinataire",
        "outil de transfert",
        "référence du document",
        "phases",
        "durée",
        "critère",
        "point de départ",
        "référence légale",
        "justification",
        "nom",
        "fournisseur",
        "domaine",
        "finalité",
        "catégorie",
        "durée de vie",
        "Forme juridique et dénomination sociale",
        "Une autre langue principale",
        "récapitulatives",
        "à partir de votre registre",
        "active",
        "public",
        "langue",
        "graphique",
        "brouillon",
        "référence",
    },
    "nl": {
        "register van verwerkingsactiviteiten",
        "GBA",
        "CNIL",
        "verwerkingsverantwoordelijke",
        "verwerker",
        "gezamenlijke verwerkingsverantwoordelijken",
        "demoregister",
        "uw eigen register",
        "Enter",
        "rechtsgrond",
        "gerechtvaardigd belang",
        "wettelijke verplichting",
        "toestemming",
        "detail van de gegevens",
        "beveiligingsmaatregelen",
        "GEB",
        "geautomatiseerde besluitvorming en profilering",
        "elke klant",
        "categorieën van verwerkingen",
        "doorgiften",
        "doorgifte",
        "subverwerkers",
        "land van bestemming",
        "ontvanger",
        "doorgifte-instrument",
        "documentreferentie",
        "fasen",
        "duur",
        "criterium",
        "aanvangsmoment",
        "wetsbepaling",
        "verantwoording",
        "naam",
        "aanbieder",
        "domein",
        "doel",
        "categorie",
        "levensduur",
        "Rechtsvorm en maatschappelijke naam",
        "Een andere hoofdtaal",
        "overzichtskolommen",
        "op basis van uw register",
        "actief",
        "doelgroep",
        "taal",
        "grafiek",
        "klant",
        "concept",
        "referentie",
    },
}

BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
EMPHASIS = re.compile(r"(?<![*\w])\*(?!\*)(\S(?:.*?\S)?)\*(?![*\w])", re.S)
MENU_PATH = re.compile(r"\s+[>▸]\s+")
# A menu path in bold followed by its keys: "**Edit > Redo** (Ctrl+Shift+Z or Ctrl+Y)".
MENU_KEYS = re.compile(r"\*\*([^*]+?[>▸][^*]+?)\*\*\s*\(((?:Ctrl|Alt|F\d)[^)]*)\)")
KEY_SEPARATORS = re.compile(r" (?:or|ou|of) ")


def guide(language: str) -> str:
    return (resources_dir() / "guide" / f"user-guide.{language}.md").read_text(encoding="utf-8")


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def bold_spans(text: str) -> list[str]:
    return [one_line(span) for span in BOLD.findall(text)]


def emphasised_spans(text: str) -> list[str]:
    """Bold and italic spans (what a guide quotes a value or a label with)."""
    without_bold = BOLD.sub(" ", text)
    return bold_spans(text) + [one_line(span) for span in EMPHASIS.findall(without_bold)]


def label_form(text: str) -> str:
    """A text as the guide writes it: no accelerator (&), %n written N, no closing ellipsis or
    colon, ordinary spaces, one apostrophe."""
    text = re.sub(r"&(?=\S)", "", text.replace("&&", "\0")).replace("\0", "&")
    text = text.replace("%n", "N").replace("\u00a0", " ").replace("\u202f", " ")
    text = text.replace("\u2019", "'")
    return one_line(text).rstrip(" :").removesuffix("…").removesuffix("...")


def _ts_texts(language: str) -> Iterator[str]:
    path = ROOT / "i18n" / f"ropa_{'fr' if language == 'en' else language}.ts"
    for message in ET.parse(path).getroot().iter("message"):
        if language == "en":
            yield message.findtext("source") or ""
            continue
        translation = message.find("translation")
        assert translation is not None
        for form in translation.findall("numerusform") or [translation]:
            yield form.text or ""


def _catalogue_texts(node: object, language: str) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == language and isinstance(value, str):
                yield value
            else:
                yield from _catalogue_texts(value, language)
    elif isinstance(node, list):
        for value in node:
            yield from _catalogue_texts(value, language)


def _qt_texts() -> list[str]:
    """The texts Qt gives in the installed language: Undo, Redo and the wizard's buttons."""
    stack = QUndoStack()
    undo, redo = stack.createUndoAction(stack), stack.createRedoAction(stack)
    texts = [undo.text(), redo.text()]
    stack.push(QUndoCommand("X"))
    texts.append(undo.text().replace("X", "").strip())  # "Undo X", "X ongedaan maken"
    wizard = QWizard()
    buttons = (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton)
    texts += [wizard.buttonText(button) for button in buttons]
    wizard.deleteLater()
    return texts


@pytest.fixture(scope="module")
def interface_texts(qapp: QApplication) -> dict[str, set[str]]:
    """Per language, every text the interface may show, in label form."""
    seed = json.loads((resources_dir() / "catalogues" / "seed.json").read_text(encoding="utf-8"))
    found: dict[str, set[str]] = {}
    for language in LANGUAGES:
        texts = list(_ts_texts(language)) + list(_catalogue_texts(seed, language))
        for path in (resources_dir() / "text").glob(f"*.{language}.json"):
            catalogue = json.loads(path.read_text(encoding="utf-8"))
            texts += [value for value in catalogue.values() if isinstance(value, str)]
        with app.translators(language):
            texts += _qt_texts()
        found[language] = {label_form(text) for text in texts if text.strip()}
    return found


def shown(label: str, texts: set[str]) -> bool:
    """Whether the interface shows this label: as a whole text, or as the start of one that
    goes on with a detail ("Representative in the EU (Art. 27)", "Reviews: overdue ...")."""
    label = label_form(label)
    if label in texts:
        return True
    return any(text.startswith((f"{label} (", f"{label}:", f"{label} :")) for text in texts)


def quoted_labels(language: str) -> list[str]:
    """The bold spans of a guide that name the interface."""
    labels = []
    for span in bold_spans(guide(language)):
        if span.endswith(".") or not re.search(r"\w", span) or span in TERMS[language]:
            continue  # a paragraph's opening, the required-field mark, a term
        labels.append(span)
    return labels


# -- the tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_a_guide_quotes_is_shown_by_the_interface(
    language: str, interface_texts: dict[str, set[str]]
) -> None:
    labels = quoted_labels(language)
    assert len(labels) >= 100  # pages, sections, fields, buttons and menus, all checked
    texts = interface_texts[language]
    unknown = sorted(
        {
            label
            for label in labels
            if not all(shown(part, texts) for part in MENU_PATH.split(label))
        }
    )
    assert unknown == [], (
        f"user-guide.{language}.md names labels the interface does not show (rename them as "
        f"the interface says, or list a term that is no label in TERMS): {unknown}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_terms_left_out_are_still_in_the_guide_and_are_no_labels(language: str) -> None:
    spans = set(bold_spans(guide(language)))
    assert sorted(TERMS[language] - spans) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_guide_quotes_a_label_ropa_renamed(language: str) -> None:
    former = json.loads((resources_dir() / "former_labels.json").read_text(encoding="utf-8"))
    renamed = {
        label_form(text)
        for key, texts in former["labels"].get(language, {}).items()
        if not key.startswith("seed.")  # seed texts are catalogue entries, not labels
        for text in texts
    }
    quoted = {label_form(span) for span in emphasised_spans(guide(language))}
    assert sorted(quoted & renamed) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_keys_a_guide_gives_for_a_menu_entry_are_its_shortcuts(
    qtbot: Any, language: str, demo_register: RegisterDatabase
) -> None:
    with app.translators(language):
        window = MainWindow(demo_register, language)
        qtbot.addWidget(window)
        actions: dict[str, QAction] = {}
        for menu in window.menuBar().findChildren(QMenu):
            for action in menu.actions():
                if action.text():
                    actions[label_form(action.text())] = action
        quoted = MENU_KEYS.findall(guide(language))
        assert len(quoted) >= 5
        for path, keys in quoted:
            action = actions[label_form(MENU_PATH.split(one_line(path))[-1])]
            shortcuts = {
                shortcut.toString(QKeySequence.SequenceFormat.NativeText)
                for shortcut in action.shortcuts()
            }
            assert set(KEY_SEPARATORS.split(keys)) <= shortcuts, (path, keys, shortcuts)


def test_the_checker_reads_labels_as_the_guide_writes_them() -> None:
    assert label_form("Export register as &PDF…") == "Export register as PDF"
    assert label_form("Ajouter %n activités") == "Ajouter N activités"
    assert label_form("Revues\u00a0: en retard") == "Revues : en retard"
    assert label_form("Représentant dans l\u2019UE (art. 27)") == "Représentant dans l'UE (art. 27)"
    texts = {
        label_form("Representative in the EU (Art. 27)"),
        label_form("Revues\u00a0: en retard"),
    }
    assert shown("Representative in the EU", texts) and shown("Revues", texts)
    assert not shown("Representative", texts)  # a label is whole words up to a detail
    assert MENU_PATH.split("Edit > Undo") == ["Edit", "Undo"]
    text = "**Statut** : *Actif* une fois, **Fichier > Ouvrir** (Ctrl+O), 2 * 3 * 4"
    assert emphasised_spans(text) == ["Statut", "Fichier > Ouvrir", "Actif"]
