"""Preferences: the interface language (the system's, or French, Dutch or English).

The register's own language (that of the documents it produces) belongs to the organisation
profile, not here.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

# Each language named in itself, so that a user lost in a foreign interface finds their own.
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}


class PreferencesDialog(QDialog):
    """Asks for the interface language; `choice()` is a language code or None (the system's)."""

    def __init__(self, chosen: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("The system's language"), None)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self.language.setAccessibleName(self.tr("Interface language"))
        label = QLabel(self.tr("&Interface language"), self)
        label.setBuddy(self.language)
        note = QLabel(
            self.tr(
                "The window is shown again in the chosen language; your register, the page "
                "and the activity you are on, and the undo history stay as they are."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def choice(self) -> str | None:
        value = self.language.currentData()
        return value if isinstance(value, str) else None
