"""The processing contracts page (Art. 28): the searchable list of the organisation's contracts
with their party and state in words ("In force", "Review due", "Expired"...) first, then their
dates, reference and side, a filter by party, New and Delete (several at once: one undo step),
and the form of the selected contract beside it: its party, reference, side, status and dates,
where it stands under its status, the eight stipulations of Art. 28(3) as tick boxes with
those not checked under them, the authorisation of sub-processors and where the data are kept;
no row of the form is drawn over the next at any width (FormHeightGuard). A state follows the
day (a review falls due, an end date passes): the rows are read again each minute while shown
(clock.py), the form left as it is."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ropa.core.contracts import ContractState, contract_state
from ropa.core.handle import Register
from ropa.core.i18n import value_label
from ropa.core.reads.contracts import ContractRow, ContractsData, load_contracts
from ropa.db.enums import Art28Clause, ContractRole, ContractStatus, SubprocessorAuthorisation
from ropa.ui.commands import CreateEntityCommand, RegisterEvents, push
from ropa.ui.dialogs.party_choice import choose_party
from ropa.ui.forms.record_form import Field, RecordEditor
from ropa.ui.geometry import WrappingLabel
from ropa.ui.models.contract_table_model import (
    COL_PARTY,
    COL_ROLE,
    COL_STATE,
    ContractFilterProxyModel,
    ContractTableModel,
)
from ropa.ui.models.contract_texts import (
    clauses_text,
    role_text,
    state_sentence,
    state_text,
    state_tone,
)
from ropa.ui.models.deadline_texts import tone_colour
from ropa.ui.settings import Settings
from ropa.ui.theme import warning_style
from ropa.ui.views.clock import PageClock
from ropa.ui.views.list_page import DeleteManyTexts, ErrorHandler, ListPage
from ropa.ui.views.refresh import Refresher
from ropa.ui.views.time_limits_page import WIDEST_STATE, TimeLimitsPage, TimeLimitSummary


def contract_fields(lang: str) -> list[Field]:
    """The form of a processing contract: every field of the register; the choices of party
    are set per contract (the parties of its organisation)."""

    def choices(vocabulary: str, values: Sequence[str]) -> list[tuple[object, str]]:
        return [(None, ""), *((v, value_label(lang, vocabulary, v)) for v in values)]

    clauses = [(c.value, value_label(lang, "art28_clause", c.value)) for c in Art28Clause]
    authorisations = list(SubprocessorAuthorisation)

    return [
        Field(
            "contract", "heading", text=QCoreApplication.translate("ContractsView", "The contract")
        ),
        Field("party_id", "combo", required=True, items=[]),
        Field("reference", "line"),
        Field("our_role", "combo", items=choices("contract_role", list(ContractRole))),
        Field(
            "status",
            "combo",
            items=choices("contract_status", list(ContractStatus)),
            hint=QCoreApplication.translate(
                "ContractsView", "Left empty, nothing in the register says the contract is signed."
            ),
        ),
        Field("contract_version", "line"),
        Field("dates", "heading", text=QCoreApplication.translate("ContractsView", "Dates")),
        Field("signed_on", "date"),
        Field("expires_on", "date"),
        Field("review_on", "date"),
        Field(
            "content",
            "heading",
            text=QCoreApplication.translate("ContractsView", "What it stipulates"),
        ),
        Field(
            "clauses",
            "choices",
            items=clauses,
            hint=QCoreApplication.translate(
                "ContractsView",
                "Tick each stipulation the contract contains: Art. 28(3) requires all eight.",
            ),
        ),
        Field(
            "subprocessor_authorisation",
            "combo",
            items=choices("subprocessor_authorisation", authorisations),
        ),
        Field("data_location", "text"),
        Field("notes", "text"),
    ]


def _date(value: object) -> date | None:
    if isinstance(value, str):
        return date.fromisoformat(value)
    return value if isinstance(value, date) else None


class ContractSummary(TimeLimitSummary):
    """Where the contract shown stands ("In force, signed on 5 November 2024", "Expired on
    ..."), coloured as in the list, and how that is decided under it."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        hint = QCoreApplication.translate(
            "ContractSummary",
            "A signed contract is in force until its end date; its review is due from the "
            "review date.",
        )
        super().__init__(lang, hint, parent)
        self.state.setTextFormat(Qt.TextFormat.PlainText)

    def show_values(self, values: dict[str, object] | None, today: date) -> None:
        """Show where a contract of these stored values stands (None: nothing)."""
        if values is None:
            self.state.setText("")
            return
        status = values.get("status")
        signed, expires, review = (
            _date(values.get(key)) for key in ("signed_on", "expires_on", "review_on")
        )
        state = contract_state(status if isinstance(status, str) else None, expires, review, today)
        text = state_sentence(self._lang, state, signed, expires, review)
        self.show_state(text, tone_colour(state_tone(state)))


class ClausesLine(WrappingLabel):
    """Under the checklist: the stipulations of Art. 28(3) not checked (in the warning
    colour), "not checked yet" when none is, or that all eight are."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._lang = lang
        self.setTextFormat(Qt.TextFormat.PlainText)

    def show_values(self, values: dict[str, object] | None) -> None:
        if values is None:
            self.setText("")
            return
        clauses = values.get("clauses")
        text, warning = clauses_text(self._lang, clauses if isinstance(clauses, list) else [])
        self.setText(text)
        self.setStyleSheet(warning_style() if warning else "")


class ContractsView(TimeLimitsPage):
    """The list of processing contracts (all the organisation's, or one party's) and the editor
    of the selected one; changes go through commands on `stack`; refused actions are told
    through `show_error`."""

    model: ContractTableModel
    proxy: ContractFilterProxyModel
    state_column = COL_STATE

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
        self._data = ContractsData([], [], [])
        self._party: str | None = None  # the party whose contracts are listed (None: all)
        texts = (
            self.tr("Search by party or reference"),
            self.tr("Search processing contracts"),
            self.tr("Processing contracts"),
            self.tr("New contract"),
            self.tr("Delete"),
        )
        model, proxy = ContractTableModel(language, self), ContractFilterProxyModel(self)
        self._build_list(
            model,
            proxy,
            texts,
            COL_PARTY,
            self._new_clicked,
            self.delete_contracts,
            multi_select=True,
        )
        self.party_filter = QComboBox(self)
        self.party_filter.setAccessibleName(self.tr("Filter by party"))
        self.party_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.party_filter.setMinimumContentsLength(24)
        self.party_filter.currentIndexChanged.connect(self._party_chosen)
        filter_bar = QWidget(self)
        bar = QHBoxLayout(filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        filter_label = QLabel(self.tr("Party:"), filter_bar)
        filter_label.setBuddy(self.party_filter)
        bar.addWidget(filter_label)
        bar.addWidget(self.party_filter)
        bar.addStretch(1)
        self._use_editor(self._new_editor())
        self._lay_out(filter_bar)
        # The party choices name parties: read again when they change.
        self.refresher = Refresher(
            self,
            events,
            lambda c: c.touches("contract", "party", "organisation"),
            lambda _changes: self.reload(),
        )
        # A state follows the day: the rows read again every minute while shown.
        self.clock = PageClock(self, self.follow_clock)
        self.reload()
        if self.model.rowCount() == 0:  # else _read fitted them on its first rows
            self.fit_columns()

    def _new_editor(self) -> RecordEditor:
        editor = self._record_editor(
            "contract", contract_fields(self._language), self.tr("Processing contract editor")
        )
        self.contract_summary = ContractSummary(self._language, editor)
        editor.insert_row("status", self.tr("Where it stands"), self.contract_summary)
        self.clauses_line = ClausesLine(self._language, editor)
        editor.insert_row("clauses", "", self.clauses_line)
        editor.reloaded.connect(self.show_summary)
        # The checklist keeps the height of its items, the hint under it never drawn over it.
        # The contract's documents (the signed copy, its annexes).
        editor.add_attachments(self._show_error)
        return editor

    def fit_columns(self) -> None:
        """As on the other time-limit pages (see TimeLimitsPage.fit_columns); the columns of
        closed values at least as wide as their longest one: there are few, and none is ever
        cut short (a new contract's "Status not answered", "Controller" in French)."""
        super().fit_columns()
        view = self.table_view
        metrics = view.fontMetrics()
        padding = metrics.horizontalAdvance("MM")
        widest = metrics.horizontalAdvance("M" * WIDEST_STATE)
        closed = (
            (COL_STATE, [state_text(state) for state in ContractState]),
            (COL_ROLE, [role_text(role) for role in ContractRole]),
        )
        for column, texts in closed:
            longest = max(metrics.horizontalAdvance(text) for text in texts) + padding
            view.setColumnWidth(column, max(view.columnWidth(column), min(longest, widest)))

    # -- reading -------------------------------------------------------------------------------

    def _read(self) -> bool:
        self.clock.read()
        self._data = self._loader(self.db, today=self._today())
        self._organisation_ids = self._data.organisation_ids
        shown = self.organisation_id()
        self._fill_party_filter(shown)
        party = self._party
        was_empty = self.model.rowCount() == 0
        self.model.set_rows(
            [
                c
                for c in self._data.contracts
                if c.organisation_id == shown and (party is None or c.party_id == party)
            ]
        )
        if was_empty and self.model.rowCount():
            self.fit_columns()  # fitted on the first rows (then kept as the user sets them)
        return True

    def _parties(self, organisation_id: str | None) -> list[tuple[str, str]]:
        """The parties of an organisation, by name, as (id, name)."""
        return [(p.id, p.name) for p in self._data.parties if p.organisation_id == organisation_id]

    def _fill_party_filter(self, organisation_id: str | None) -> None:
        """The filter's choices: every party of the organisation shown; the party chosen is
        kept while it exists (else all are shown)."""
        parties = self._parties(organisation_id)
        if self._party not in {party_id for party_id, _name in parties}:
            self._party = None
        combo = self.party_filter
        blocked = combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("All parties"), None)
            for party_id, name in parties:
                combo.addItem(name, party_id)
            combo.setCurrentIndex(max(0, combo.findData(self._party)))
        finally:
            combo.blockSignals(blocked)

    def show_summary(self) -> None:
        values = self.editor.values
        self.contract_summary.show_values(values, self._today())
        self.clauses_line.show_values(values)

    def _can_create(self) -> bool:
        return bool(self._parties(self.organisation_id()))

    def _contract(self, contract_id: str | None) -> ContractRow | None:
        row = None if contract_id is None else self.model.row_of(contract_id)
        return None if row is None else self.model.contract_row(row)

    def _prepare_editor(self, contract_id: str | None) -> None:
        """The choices of party: those of the contract's organisation."""
        contract = self._contract(contract_id)
        org = None if contract is None else contract.organisation_id
        self.editor.set_items("party_id", list(self._parties(org)))

    # -- the filter by party -------------------------------------------------------------------

    def shown_party(self) -> str | None:
        """The party whose contracts are listed (None: every party's)."""
        return self._party

    def show_party(self, party_id: str | None) -> None:
        """List the contracts of this party (None: of every party), the first one selected
        when the one selected is not among them."""
        index = self.party_filter.findData(party_id)
        if index < 0:  # a party added since the page last read (hidden meanwhile)
            self.reload()
            index = self.party_filter.findData(party_id)
            if index < 0:
                return
        if index != self.party_filter.currentIndex():
            self.party_filter.setCurrentIndex(index)  # reads again: see _party_chosen
        if self.selected_id() is None and self.proxy.rowCount():
            self.select_id(self.proxy.row_id(0))

    def _party_chosen(self, _index: int) -> None:
        self._party = self.party_filter.currentData()
        self.reload()

    # -- selection, adding and deleting --------------------------------------------------------

    selected_contract = ListPage.selected_id
    select_contract = ListPage.select_id

    def row_label(self, row_id: str) -> str:
        """A contract as the list names it: its party, then its title or reference."""
        contract = self._contract(row_id)
        if contract is None:
            return ""
        reference = (contract.reference or "").replace("\n", " ")
        return f"{contract.party_name} \u2014 {reference}" if reference else contract.party_name

    def _delete_many_texts(self, count: int) -> DeleteManyTexts:
        return DeleteManyTexts(
            self.tr("Delete %n contracts…", "", count),
            self.tr("Delete %n…", "", count),
            self.tr("Delete these %n contracts?", "", count),
            self.tr("Deleted %n contracts", "", count),
            self.tr("Delete %n contracts", "", count),
        )

    def _new_clicked(self) -> None:
        self.new_contract()  # without clicked's `checked` taken for a party

    def new_contract(self, party_id: str | None = None) -> str | None:
        """Add a contract with `party_id` (else the party the list is filtered on, else the
        one the user chooses) to the organisation shown, nothing else recorded (its status is
        not answered), select it and put the cursor in its reference. Its id."""
        organisation_id = self.organisation_id()
        if organisation_id is None:
            return None
        parties = self._parties(organisation_id)
        if party_id is None:
            party_id = self._party
        if party_id is None:
            selected = self._contract(self.selected_id())
            preselected = None if selected is None else selected.party_id
            party_id = choose_party(self, parties, preselected)
            if party_id is None:
                return None
        command = CreateEntityCommand(
            self.db, "contract", {"party_id": party_id}, organisation_id, self._events
        )
        error = push(self._stack, command)
        if error is not None:
            self._show_error(self.tr("The contract was not created."), error)
            return None
        self.search_edit.clear()
        if self._party is not None and self._party != party_id:
            self._party = party_id  # the new contract is listed
        self.reload()
        self.select_id(command.entity_id)
        self.editor.rows["reference"].setFocus()
        return command.entity_id

    def delete_contracts(self) -> None:
        """Delete the selected contracts (one undo step)."""
        refused = self.tr("The contract was not deleted.")
        question = self.tr("Delete this contract?")
        self._delete_selected("contract", lambda _id, _error: refused, question)
