"""The bar above an activity list: search field, status / role / legal-basis filters, clear."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ropa.core.i18n import label, value_label
from ropa.db.enums import LegalBasis, Role, Status


class ActivityFilterBar(QWidget):
    """Search text and filters of an activity list; `changed` when any of them changes.

    The role filter is offered only when the list holds more than one role.
    """

    search_changed = Signal(str)
    filters_changed = Signal()

    def __init__(self, language: str, roles: Iterable[Role], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        # The texts of the former search field keep their context (and their translations).
        self.search_edit.setPlaceholderText(
            QCoreApplication.translate(
                "MainWindow", "Search by reference, name, owner, purpose, data or recipient"
            )
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Search activities")
        )
        self.search_edit.textChanged.connect(self.search_changed)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search_edit.clear)

        self.status_combo = self._combo(language, "activity", "status", "status", list(Status))
        roles = list(roles)
        self.role_combo = self._combo(language, "activity", "role", "role", roles)
        self.role_combo.setVisible(len(roles) > 1)
        self.basis_combo = self._combo(
            language, "purpose", "legal_basis", "legal_basis", list(LegalBasis)
        )
        # Offered when the organisation writes in more than one document language.
        self.untranslated_check = QCheckBox(self.tr("To translate"), self)
        self.untranslated_check.setToolTip(
            self.tr("Only the activities with texts not yet in every document language")
        )
        self.untranslated_check.hide()
        self.untranslated_check.toggled.connect(lambda _on: self.filters_changed.emit())
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The "To translate" filter beside the search (the row of filters is as narrow as
        # the list beside the editor allows).
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.untranslated_check)
        layout.addLayout(search_row)
        filters = QHBoxLayout()
        for combo in (self.status_combo, self.role_combo, self.basis_combo):
            filters.addWidget(combo, 1)
        filters.addWidget(self.clear_button)
        layout.addLayout(filters)
        self._update_clear_button()
        self.search_edit.textChanged.connect(self._update_clear_button)
        self.filters_changed.connect(self._update_clear_button)

    def _combo(
        self, language: str, table: str, field: str, enum_name: str, values: Sequence[StrEnum]
    ) -> QComboBox:
        combo = QComboBox(self)
        name = label(language, table, field)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(self.tr("{field}: all").format(field=name), None)
        for value in values:
            combo.addItem(value_label(language, enum_name, value.value), value)
        # Narrow when the window is: long labels are elided, the whole text is in the popup.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.currentIndexChanged.connect(self.filters_changed)
        return combo

    # -- state -----------------------------------------------------------------------------

    def status(self) -> Status | None:
        value = self.status_combo.currentData()
        return Status(value) if value is not None else None

    def role(self) -> Role | None:
        value = self.role_combo.currentData()
        return Role(value) if value is not None else None

    def legal_basis(self) -> LegalBasis | None:
        value = self.basis_combo.currentData()
        return LegalBasis(value) if value is not None else None

    def untranslated_only(self) -> bool:
        """Whether only the activities with texts still to translate are asked for."""
        return self.untranslated_check.isChecked() and not self.untranslated_check.isHidden()

    def offer_untranslated(self, offered: bool) -> None:
        """Offer the "To translate" filter (the organisation has other document languages);
        not offered, it is off."""
        if offered == (not self.untranslated_check.isHidden()):
            return
        self.untranslated_check.setVisible(offered)
        if not offered and self.untranslated_check.isChecked():
            self.untranslated_check.setChecked(False)  # says filters_changed
        elif self.untranslated_check.isChecked():
            self.filters_changed.emit()

    def is_filtering(self) -> bool:
        return (
            bool(self.search_edit.text())
            or self.untranslated_only()
            or any(
                combo.currentIndex() > 0
                for combo in (self.status_combo, self.role_combo, self.basis_combo)
            )
        )

    def clear(self) -> None:
        """Empty the search and set every filter back to "all" (one change of the list)."""
        combos = (self.status_combo, self.role_combo, self.basis_combo)
        for combo in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.untranslated_check.blockSignals(True)
        self.untranslated_check.setChecked(False)
        self.untranslated_check.blockSignals(False)
        self.search_edit.clear()
        self.filters_changed.emit()

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(self.is_filtering())
