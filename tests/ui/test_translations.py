"""The interface's translations: complete, up to date with the sources, compiled, and shown."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from ropa import app, paths
from ropa.core.i18n import LANGUAGES
from ropa.db.session import RegisterDatabase
from ropa.ui import i18n
from ropa.ui.main_window import MainWindow

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
PLACEHOLDER = "Search by reference, name, owner, purpose, data or recipient"

EXPECTED: dict[str, dict[str, Any]] = {
    "fr": {
        "placeholder": (
            "Rechercher par référence, nom, responsable, finalité, données ou destinataire"
        ),
        "headers": ["Référence", "Nom", "Rôle", "Statut", "Responsable"],
        "activities": "activités",
    },
    "nl": {
        "placeholder": "Zoeken op referentie, naam, eigenaar, doeleinde, gegevens of ontvanger",
        "headers": ["Referentie", "Naam", "Rol", "Status", "Eigenaar"],
        "activities": "activiteiten",
    },
}


def ts_file(lang: str) -> Path:
    return I18N_DIR / f"ropa_{lang}.ts"


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    assert root.tag == "TS"
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def source_pairs(path: Path) -> set[tuple[str, str]]:
    return {(context, message.findtext("source") or "") for context, message in messages(path)}


def copy_catalogues(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        shutil.copy2(ts_file(lang), folder / ts_file(lang).name)
    return folder


# -- the .ts files ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_is_translated(lang: str) -> None:
    path = ts_file(lang)
    assert path.is_file(), f"{path} is missing: run python -m ropa.ui.i18n update"
    root = ET.parse(path).getroot()
    assert root.get("language") == lang
    found = messages(path)
    assert found, f"{path.name} has no texts"
    problems: list[str] = []
    for context, message in found:
        source = message.findtext("source") or ""
        where = f"{path.name}: {context} / {source!r}"
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{where}: no translation")
            continue
        kind = translation.get("type")
        if kind is not None:  # unfinished, obsolete, vanished
            problems.append(f"{where}: {kind}")
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.findall("numerusform")]
            if len(texts) < 2:
                problems.append(f"{where}: {len(texts)} plural forms")
        else:
            texts = [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"{where}: empty translation")
            for marker in ("%n", "{shown}"):
                if marker in source and marker not in text:
                    problems.append(f"{where}: {text!r} lost {marker}")
    assert not problems, "\n".join(problems)


def test_the_languages_translate_the_same_texts() -> None:
    reference = source_pairs(ts_file("en"))
    for lang in LANGUAGES:
        assert source_pairs(ts_file(lang)) == reference, lang


def test_the_ts_files_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    folder = copy_catalogues(tmp_path / "i18n")
    for lang in LANGUAGES:
        before = source_pairs(ts_file(lang))
        refreshed = folder / ts_file(lang).name
        i18n.run_lupdate(refreshed, lang)
        after = source_pairs(refreshed)
        assert after == before, (
            f"{ts_file(lang).name} is out of date: new {sorted(after - before)}, "
            f"gone {sorted(before - after)}; run python -m ropa.ui.i18n update"
        )


def test_the_sources_include_the_ui_and_the_bootstrap() -> None:
    names = {path.name for path in i18n.source_files()}
    assert {"main_window.py", "activity_table_model.py", "app.py"} <= names


def test_finish_source_language_copies_singular_texts(tmp_path: Path) -> None:
    path = tmp_path / "ropa_en.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="en"><context><name>C</name>'
        '<message><source>Open</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n files</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    assert i18n.finish_source_language(path) == 1
    found = dict((m.findtext("source"), m.find("translation")) for _, m in messages(path))
    assert found["Open"] is not None and found["Open"].text == "Open"
    assert found["Open"].get("type") is None
    assert found["%n files"] is not None and found["%n files"].get("type") == "unfinished"


# -- compiling -------------------------------------------------------------------------------


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A source checkout's i18n/ folder: the .ts files, no .qm."""
    folder = copy_catalogues(tmp_path / "checkout" / "i18n")
    monkeypatch.setattr(paths, "i18n_dir", lambda: folder)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    return folder


def test_the_linguist_tools_are_found() -> None:
    assert i18n.find_tool("lrelease") is not None
    assert i18n.find_tool("lupdate") is not None


def test_ensure_compiled_builds_a_loadable_qm(qapp: Any, checkout: Path) -> None:
    qm = i18n.ensure_compiled("fr")
    assert qm == checkout / "ropa_fr.qm"
    assert qm.is_file()
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", PLACEHOLDER) == EXPECTED["fr"]["placeholder"]
    assert translator.translate("ActivityTableModel", "Owner") == "Responsable"
    assert translator.translate("MainWindow", "%n activities", "", 1) == "%n activité"
    assert translator.translate("MainWindow", "%n activities", "", 3) == "%n activités"


def test_ensure_compiled_rebuilds_only_when_the_ts_is_newer(checkout: Path) -> None:
    qm = i18n.ensure_compiled("nl")
    assert qm is not None
    built = qm.stat().st_mtime_ns
    os.utime(qm, ns=(built - 10**9, built - 10**9))
    ts = checkout / "ropa_nl.ts"
    os.utime(ts, ns=(built - 2 * 10**9, built - 2 * 10**9))
    assert i18n.ensure_compiled("nl") == qm
    assert qm.stat().st_mtime_ns == built - 10**9  # fresh: not compiled again
    os.utime(qm, ns=(built - 3 * 10**9, built - 3 * 10**9))  # the .ts is newer now
    assert i18n.ensure_compiled("nl") == qm
    assert qm.stat().st_mtime_ns >= built  # compiled again
    assert qm.stat().st_mtime >= ts.stat().st_mtime


def test_ensure_compiled_falls_back_to_the_cache_when_i18n_is_read_only(
    qapp: Any, checkout: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_mkstemp = tempfile.mkstemp

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if Path(kwargs.get("dir", "")) == checkout:
            raise PermissionError(13, "Permission denied", str(checkout))
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(i18n.tempfile, "mkstemp", mkstemp)
    qm = i18n.ensure_compiled("fr")
    assert qm == i18n.cache_dir() / "ropa_fr.qm"
    assert qm.parent.is_relative_to(paths.user_data_dir())
    assert not (checkout / "ropa_fr.qm").exists()
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", PLACEHOLDER) == EXPECTED["fr"]["placeholder"]
    assert i18n.ensure_compiled("fr") == qm  # the cached one is fresh now


def test_ensure_compiled_in_a_frozen_build_uses_what_it_ships(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "i18n").mkdir(parents=True)
    shutil.copy2(ts_file("fr"), bundle / "i18n" / "ropa_fr.ts")
    (bundle / "i18n" / "ropa_nl.qm").write_bytes(b"shipped")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert i18n.ensure_compiled("fr") is None  # nothing compiled in a frozen build
    assert not (bundle / "i18n" / "ropa_fr.qm").exists()
    assert i18n.ensure_compiled("nl") == bundle / "i18n" / "ropa_nl.qm"


def test_ensure_compiled_without_a_catalogue(checkout: Path) -> None:
    assert i18n.ensure_compiled("de") is None


def test_the_build_command(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert i18n.main(["build"]) == 0
    for lang in LANGUAGES:
        assert (checkout / f"ropa_{lang}.qm").is_file()
    assert "ropa_fr.qm" in capsys.readouterr().out


# -- the interface in French and Dutch -------------------------------------------------------


@pytest.fixture
def interface_language(qapp: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    """Install ropa's translator for the parametrized language; remove it afterwards."""
    lang: str = request.param
    qm = i18n.ensure_compiled(lang)
    assert qm is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield lang
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("interface_language", ["fr", "nl"], indirect=True)
def test_the_main_window_speaks_the_interface_language(
    qtbot: Any, interface_language: str, demo_register: RegisterDatabase
) -> None:
    expected = EXPECTED[interface_language]
    window = MainWindow(demo_register, interface_language)
    qtbot.addWidget(window)
    window.show()
    assert window.search_edit.placeholderText() == expected["placeholder"]
    headers = [
        window.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(window.model.columnCount())
    ]
    assert headers[: len(expected["headers"])] == expected["headers"]
    assert all(headers)
    assert expected["activities"] in window.status_label.text()


def test_app_translators_install_and_remove_ropa_and_qt_translations(qapp: Any) -> None:
    french = EXPECTED["fr"]["placeholder"]
    with app.translators("fr"):
        assert QCoreApplication.translate("MainWindow", PLACEHOLDER) == french
        assert QCoreApplication.translate("ActivityTableModel", "Status") == "Statut"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # qtbase
    assert QCoreApplication.translate("MainWindow", PLACEHOLDER) == PLACEHOLDER
    with app.translators("en"):
        assert QCoreApplication.translate("MainWindow", PLACEHOLDER) == PLACEHOLDER


def test_every_translate_call_names_its_context_literally() -> None:
    """lupdate finds a text only when translate()'s context and text are written literally: a
    context held in a variable leaves the text out of the .ts files, and the window shows it
    in English whatever the language (it happened: "Copy from Frans")."""
    import ast

    package = Path(__file__).resolve().parents[2] / "ropa"
    found = []
    for path in [*sorted((package / "ui").rglob("*.py")), package / "app.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "translate" or len(node.args) < 2:
                continue
            context, text = node.args[0], node.args[1]
            literal = all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                for arg in (context, text)
            )
            if not literal:
                found.append(f"{path.relative_to(package.parent)}:{node.lineno}")
    assert not found, found
