"""The processors and third parties page: the searchable list of external parties (with where
each one's Art. 28 contract stands), buttons to add and delete one, and the form of the
selected party beside it, with its processing contracts in words and the way to them
(party_contracts.py: the contracts page filtered on the party, a new contract with it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ropa.core.changes import ChangeSet
from ropa.core.contracts import ContractState, best_state
from ropa.core.handle import Register
from ropa.core.i18n import tr, value_label
from ropa.core.reads.contracts import ContractRow, ContractsData, load_contracts
from ropa.core.reads.placeholders import placeholder_name
from ropa.db.enums import PartyKind
from ropa.ui.commands import RegisterEvents
from ropa.ui.dialogs.first_run_wizard import country_names
from ropa.ui.forms.record_form import Field, RecordEditor
from ropa.ui.models.party_table_model import COL_NAME, PartyFilterProxyModel, PartyTableModel
from ropa.ui.settings import Settings
from ropa.ui.views.list_page import ErrorHandler, ListPage, OrganisationListPage
from ropa.ui.views.party_contracts import PartyContracts
from ropa.ui.views.refresh import Refresher


def party_fields(lang: str) -> list[Field]:
    """The form of a party: every column, then its sub-processors."""
    kinds = [(k.value, value_label(lang, "party_kind", k.value)) for k in PartyKind]
    countries = [(None, ""), *country_names(lang)]
    return [
        Field("name", "line", required=True),
        Field("kind", "combo", required=True, items=kinds),
        Field("service", "text"),
        Field("country", "combo", items=countries),
        Field("address", "text"),
        Field("contact_name", "line"),
        Field("email", "line"),
        Field("phone", "line"),
        Field("website", "line"),
        Field("enterprise_number", "line"),
        Field("dpo_name", "line"),
        Field("dpo_contact", "text"),
        Field("representative", "text"),
        Field("privacy_policy_url", "line"),
        Field("notes", "text"),
        Field("subprocessors", "links"),
    ]


class PartiesView(OrganisationListPage):
    """The list of parties and the editor of the selected one; changes go through commands
    on `stack`; refused deletions are told through `show_error`. The buttons of a party's
    contracts ask the window through `contracts_requested` and `new_contract_requested`."""

    model: PartyTableModel
    proxy: PartyFilterProxyModel

    contracts_requested = Signal(str)  # a party's id: show its processing contracts
    new_contract_requested = Signal(str)  # a party's id: add a processing contract with it

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        show_error: ErrorHandler,
        parent: QWidget | None = None,
        loader: Callable[..., ContractsData] = load_contracts,
        settings: Settings | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(db, stack, events, language, show_error, parent, settings)
        self._loader = loader
        self._today = today
        self._contracts: dict[str, list[ContractRow]] = {}  # by party, of the organisation shown
        texts = (
            self.tr("Search by name, service or country"),
            self.tr("Search parties"),
            self.tr("Processors and third parties"),
            self.tr("New party"),
            self.tr("Delete"),
        )
        model, proxy = PartyTableModel(language, self), PartyFilterProxyModel(self)
        self._build_list(model, proxy, texts, COL_NAME, self.new_party, self.delete_party)
        self._use_editor(self._new_editor())
        self._lay_out()

        self.refresher = Refresher(
            self,
            events,
            lambda changes: changes.touches("party", "contract", "organisation"),
            self._changed,
        )
        self.reload()
        self.fit_columns()

    def _new_editor(self) -> RecordEditor:
        fields = party_fields(self._language)
        editor = self._record_editor("party", fields, self.tr("Party editor"))
        self.party_contracts = PartyContracts(self._language, editor)
        self.party_contracts.set_read_only(self.read_only)
        self.party_contracts.contracts_requested.connect(self.contracts_requested)
        self.party_contracts.new_contract_requested.connect(self.new_contract_requested)
        label = tr(self._language, "tables.contract")
        editor.insert_row("privacy_policy_url", label, self.party_contracts)
        editor.reloaded.connect(self._show_contracts)
        return editor

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.party_contracts.set_read_only(read_only)

    # -- reading -------------------------------------------------------------------------------

    def _changed(self, _changes: ChangeSet) -> None:
        self.reload()

    def _read(self) -> bool:
        data = self._loader(self.db, today=self._today())
        self._organisation_ids = data.organisation_ids
        shown = self.organisation_id()
        self._contracts = {}
        for contract in data.contracts:
            if contract.organisation_id == shown:
                self._contracts.setdefault(contract.party_id, []).append(contract)
        states: dict[str, ContractState] = {}
        for party_id, contracts in self._contracts.items():
            state = best_state(c.state for c in contracts)
            if state is not None:
                states[party_id] = state
        self.model.set_parties([p for p in data.parties if p.organisation_id == shown], states)
        self._show_contracts()
        return True

    def contracts_of(self, party_id: str) -> list[ContractRow]:
        """The processing contracts of a party of the organisation shown, as last read."""
        return list(self._contracts.get(party_id, []))

    def _show_contracts(self) -> None:
        """The line of the contracts of the party the form shows."""
        party_id = self.editor.entity_id if self.editor.values is not None else None
        contracts = [] if party_id is None else self.contracts_of(party_id)
        self.party_contracts.show_contracts(party_id, contracts)

    def _prepare_editor(self, party_id: str | None) -> None:
        self.editor.set_items("subprocessors", self._subprocessor_items(party_id))

    def _subprocessor_items(self, party_id: str | None) -> list[tuple[object, str]]:
        if party_id is None:
            return []
        row = self.model.row_of(party_id)
        owner = None if row is None else self.model.party_row(row).organisation_id
        return [
            (self.model.party_row(n).id, self.model.party_row(n).name)
            for n in range(self.model.rowCount())
            if self.model.party_row(n).id != party_id
            and self.model.party_row(n).organisation_id == owner
        ]

    # -- selection, adding and deleting --------------------------------------------------------

    selected_party = ListPage.selected_id
    select_party = ListPage.select_id

    def new_party(self) -> None:
        """Add a processor named “New external party” (in the organisation's document language)
        to the organisation shown, select it and put the cursor in its name."""
        organisation_id = self.organisation_id()
        if organisation_id is None:
            return
        name = placeholder_name(self.db, "party", organisation_id)
        values = {"name": name, "kind": PartyKind.PROCESSOR.value}
        self._create("party", values, organisation_id, self.tr("The party was not created."))

    def delete_party(self) -> None:
        """Delete the selected party; refused (and said why) while activities refer to it."""
        refused = self.tr("The party was not deleted.")
        question = self.tr("Delete this party?")
        self._delete_selected("party", lambda _id, _error: refused, question)
