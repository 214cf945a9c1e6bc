"""A party's processing contracts in the party's form: one line in words ("In force, signed on
5 November 2024", "No contract recorded"), with Contracts… (the contracts page, filtered on
the party) and New contract (one with the party, on that page)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ropa.core.reads.contracts import ContractRow
from ropa.ui.forms.read_only import allow_edit
from ropa.ui.geometry import FlowLayout, WrappingLabel
from ropa.ui.models.contract_texts import party_contracts_text, speaking_contract, state_tone
from ropa.ui.models.deadline_texts import tone_colour


class PartyContracts(QWidget):
    """The contracts of the party a form shows, and the buttons that lead to them."""

    contracts_requested = Signal(str)  # a party's id: show its contracts
    new_contract_requested = Signal(str)  # a party's id: add a contract with it

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._party_id: str | None = None
        self._read_only = False
        self.summary = WrappingLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("Contracts…"))
        self.open_button.setToolTip(self.tr("Show this party's contracts"))
        self.open_button.clicked.connect(self._open)
        self.new_button = QPushButton(self.tr("New contract"))
        self.new_button.clicked.connect(self._new)
        buttons = FlowLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.show_contracts(None, [])

    def show_contracts(self, party_id: str | None, contracts: Sequence[ContractRow]) -> None:
        """Show the contracts of this party (None: no party shown)."""
        self._party_id = party_id
        if party_id is None:
            self.summary.setText("")
            self.summary.setStyleSheet("")
        else:
            self.summary.setText(party_contracts_text(self._lang, contracts))
            shown = speaking_contract(contracts)
            colour = None if shown is None else tone_colour(state_tone(shown.state))
            self.summary.setStyleSheet("" if colour is None else f"color: {colour.name()};")
        self.open_button.setEnabled(party_id is not None)
        self._update_new()

    def set_read_only(self, read_only: bool) -> None:
        """A register opened read-only: the contracts are shown, none added."""
        self._read_only = read_only
        self._update_new()

    def _update_new(self) -> None:
        allow_edit(self.new_button, self._party_id is not None, self._read_only)

    def _open(self) -> None:
        if self._party_id is not None:
            self.contracts_requested.emit(self._party_id)

    def _new(self) -> None:
        if self._party_id is not None:
            self.new_contract_requested.emit(self._party_id)
