"""Preferences: the interface language (the system's, or French, Dutch or English), and the
name this person's changes are recorded under in the register's history.

The register's own language (that of the documents it produces) belongs to the organisation
profile, not here. The name is stored in the register, for this computer login
(ropa.core.users); left empty, the login name is recorded.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ropa.core.users import MAX_NAME
from ropa.ui.forms.read_only import read_only_tip
from ropa.ui.geometry import keep_on_screen

# Each language named in itself, so that a user lost in a foreign interface finds their own.
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}


class PreferencesDialog(QDialog):
    """Asks for the interface language and the name shown in the history; `choice()` is a
    language code or None (the system's), `user_name()` the name typed ("" for the login).
    `read_only`: the register is open read-only, so the name (stored in it) is shown, not
    changeable."""

    def __init__(
        self,
        chosen: str | None,
        parent: QWidget | None = None,
        user_name: str = "",
        login: str = "",
        read_only: bool = False,
    ) -> None:
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
        self.name_edit = QLineEdit(user_name, self)
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setClearButtonEnabled(True)
        self.name_edit.setAccessibleName(self.tr("Your name in the history"))
        if login:
            self.name_edit.setPlaceholderText(login)
        if read_only:
            self.name_edit.setReadOnly(True)
            self.name_edit.setClearButtonEnabled(False)
            self.name_edit.setToolTip(read_only_tip())
        name_label = QLabel(self.tr("Your &name in the history"), self)
        name_label.setBuddy(self.name_edit)
        names = QFormLayout()
        names.addRow(name_label, self.name_edit)
        name_note = QLabel(
            self.tr(
                "Recorded with each change you make to this register from now on, and on the "
                "privacy notice versions you publish; earlier changes keep the name they were "
                "recorded with. Left empty, your computer login ({login}) is used."
            ).format(login=login or "?"),
            self,
        )
        name_note.setWordWrap(True)
        if read_only:
            name_note.setText(f"{name_note.text()}\n{read_only_tip()}")
        # Unticked by "Don't ask again" in the question asked before deleting.
        self.confirm_deletes = QCheckBox(self.tr("Ask before &deleting"), self)
        self.confirm_deletes.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.confirm_deletes)
        layout.addSpacing(8)
        layout.addLayout(names)
        layout.addWidget(name_note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        keep_on_screen(self)  # placed over its parent, but never beyond the screen

    def choice(self) -> str | None:
        value = self.language.currentData()
        return value if isinstance(value, str) else None

    def user_name(self) -> str:
        """The name typed, on one line ("" to record the login name)."""
        return " ".join(self.name_edit.text().split())
