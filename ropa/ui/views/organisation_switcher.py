"""The organisation switcher: a register file may hold several organisations (a consultant's
clients, a group's companies); the window shows one at a time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ropa.core.queries import OrganisationSummary


class OrganisationSwitcher(QWidget):
    """“Organisation: [name ▾]”; hidden while the file holds a single organisation."""

    organisation_chosen = Signal(str)  # the id of the organisation the user picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.combo.setAccessibleName(self.tr("Organisation shown"))
        label = QLabel(self.tr("&Organisation:"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.activated.connect(self._activated)

    def show_organisations(self, organisations: list[OrganisationSummary], current: str) -> None:
        """List the organisations (by name), with current selected."""
        self.combo.blockSignals(True)
        self.combo.clear()
        for org in sorted(organisations, key=lambda o: o.legal_name.casefold()):
            self.combo.addItem(org.legal_name, org.id)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self.combo.blockSignals(False)

    def current_id(self) -> str | None:
        value = self.combo.currentData()
        return value if isinstance(value, str) else None

    def _activated(self, index: int) -> None:
        value = self.combo.itemData(index)
        if isinstance(value, str):
            self.organisation_chosen.emit(value)
