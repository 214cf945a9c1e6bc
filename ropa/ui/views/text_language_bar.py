"""The window's choice of the document language whose texts the pages show and edit: "Texts
in: [Français (main language) ▾]". An organisation writes its documents in a main language and
maybe others (issue 15); in another one, each translatable field edits that language's text
beside the main one (ropa.ui.forms.fields.TranslatableRow). Shown only when the organisation
has more than one document language; the choice is kept per window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ropa.core.i18n import language_name


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class TextLanguageBar(QWidget):
    """“Texts in: [language ▾]”; `language_chosen` gives the language (None: the main one)."""

    language_chosen = Signal(object)  # str, or None for the main language

    def __init__(self, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_lang = ui_lang
        self.languages: list[str] = []
        self.chosen: str | None = None  # what the user picked (kept if another org lacks it)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.combo.setAccessibleName(self.tr("Language of the texts shown"))
        self.combo.setToolTip(
            self.tr(
                "The document language whose texts the forms show and edit; in another "
                "language than the main one, the main text is shown under each field."
            )
        )
        label = QLabel(self.tr("&Texts in:"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.activated.connect(self._activated)

    def show_languages(self, languages: list[str]) -> str | None:
        """Offer these document languages (the main one first); the language shown stays the
        one chosen when the organisation has it, else the main one. Returns it (None: main)."""
        self.languages = list(languages)
        self.combo.blockSignals(True)
        self.combo.clear()
        for index, lang in enumerate(self.languages):
            name = _capitalised(language_name(self.ui_lang, lang))
            if index == 0:
                name = self.tr("%1 (main language)").replace("%1", name)
            self.combo.addItem(name, lang)
        shown = self.current_language()
        self.combo.setCurrentIndex(max(self.combo.findData(shown), 0) if shown else 0)
        self.combo.blockSignals(False)
        return shown

    def current_language(self) -> str | None:
        """The language the pages show (None: the main one)."""
        if self.chosen in self.languages[1:]:
            return self.chosen
        return None

    def choose(self, lang: str | None) -> None:
        """Show this language's texts (as if picked in the list)."""
        self.chosen = lang
        index = self.combo.findData(lang) if lang else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.language_chosen.emit(self.current_language())

    def _activated(self, index: int) -> None:
        value = self.combo.itemData(index)
        self.choose(value if index > 0 and isinstance(value, str) else None)
