"""The interface language: Qt's and ropa's translators, installed for one language at a time
and switched while the application runs (Preferences)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ropa.ui.i18n import ensure_compiled

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_current: list[str] = []


def current_language() -> str | None:
    """The language whose translators are installed (None before the first install)."""
    return _current[-1] if _current else None


def install_translators(language: str) -> None:
    """Replace the installed translators by Qt's (qtbase_<lang>.qm, when Qt has them) and
    ropa's (compiled from i18n/ropa_<lang>.ts when needed), and set the locale to match."""
    app = QCoreApplication.instance()
    if app is None:  # pragma: no cover - a developer error
        raise RuntimeError("install_translators() needs the application object")
    remove_translators()
    QLocale.setDefault(QLocale(language))
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files = [
        ("qtbase", qt_folder / f"qtbase_{language}.qm"),
        ("ropa", ensure_compiled(language)),
    ]
    for name, path in files:
        if path is None or not path.is_file():
            if name == "ropa" and language != "en":
                log.info("no interface translation for %s", language)
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("cannot load the translations %s", path)
    _current[:] = [language]


def remove_translators() -> None:
    """Remove the translators installed here (the interface falls back to English)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    _current.clear()
