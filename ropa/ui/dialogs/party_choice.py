"""The question New contract asks when no party is chosen yet: which of the organisation's
parties the contract is with (a contract always names its party)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ropa.ui.geometry import fit_to_screen


class PartyChoiceDialog(QDialog):
    """A list of parties (id, name) to pick one from; `preselected` is shown first."""

    def __init__(
        self,
        parties: list[tuple[str, str]],
        preselected: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New contract"))
        question = QLabel(self.tr("Which party is the contract with?"))
        question.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Party"))
        for party_id, name in parties:
            self.combo.addItem(name, party_id)
        if preselected is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(preselected)))
        question.setBuddy(self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create the contract"))
        ok.setEnabled(bool(parties))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)
        fit_to_screen(self, 420, self.sizeHint().height())

    def party_id(self) -> str | None:
        """The party chosen (None: there is none to choose)."""
        value = self.combo.currentData()
        return None if value is None else str(value)


def choose_party(
    parent: QWidget | None, parties: list[tuple[str, str]], preselected: str | None = None
) -> str | None:
    """Ask which party a new contract is with; None when the user cancels."""
    dialog = PartyChoiceDialog(parties, preselected, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.party_id()
