"""The rights requests page: the searchable list with each request's time limit in words (late
ones in the error colour, those due within a week in the warning colour), New and Delete, and
the form of the selected request beside it, with its time limit computed under the date of
receipt (one month, three when extended: Art. 12(3)). The time limits follow the day: read again
each minute while shown (clock.py), the form left as it is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ropa.core.deadlines import RequestState, add_months, day_text, request_deadline
from ropa.core.handle import Register
from ropa.core.i18n import value_label
from ropa.core.lifecycle import next_reference
from ropa.core.reads.accountability import AccountabilityData, load_accountability
from ropa.db.enums import IdentityCheck, RequestDecision, RequestRight, RightsChannel
from ropa.ui.commands import CreateEntityCommand, RegisterEvents, push
from ropa.ui.forms.record_form import Field, RecordEditor
from ropa.ui.models.deadline_texts import deadline_text, deadline_tone, sentence, tone_colour
from ropa.ui.models.request_table_model import (
    COL_REFERENCE,
    COL_TIME_LIMIT,
    RequestFilterProxyModel,
    RequestTableModel,
)
from ropa.ui.settings import Settings
from ropa.ui.views.clock import PageClock
from ropa.ui.views.list_page import ErrorHandler, ListPage
from ropa.ui.views.refresh import Refresher
from ropa.ui.views.time_limits_page import TimeLimitsPage, TimeLimitSummary

# This page's read: the other page's list left out.
LOAD_REQUESTS = partial(load_accountability, breaches=False)

"""The time limit's column is at most as wide as this many M's."""
FIRST_REFERENCE = "R-000"
"""The numbering of an organisation's first request ("R-001" comes next)."""


def _choices(lang: str, vocabulary: str, values: list[str]) -> list[tuple[object, str]]:
    """A closed list with an empty first choice (not recorded yet)."""
    return [(None, ""), *((v, value_label(lang, vocabulary, v)) for v in values)]


def request_fields(lang: str) -> list[Field]:
    """The form of a rights request: every field of the register; the choices of activities
    and client party are set per request (those of its organisation)."""
    rights = [(r.value, value_label(lang, "request_right", r.value)) for r in RequestRight]
    return [
        Field("request", "heading", text=QCoreApplication.translate("RequestsView", "The request")),
        Field("reference", "line", required=True),
        Field("received_on", "date"),
        Field("channel", "combo", items=_choices(lang, "rights_channel", list(RightsChannel))),
        Field(
            "requester",
            "line",
            hint=QCoreApplication.translate(
                "RequestsView", "A name or an internal reference: no copy of the person's data."
            ),
        ),
        Field("rights", "choices", items=rights),
        Field("activities", "links"),
        Field("identity", "heading", text=QCoreApplication.translate("RequestsView", "Identity")),
        Field(
            "identity_check",
            "combo",
            items=_choices(lang, "identity_check", list(IdentityCheck)),
            hint=QCoreApplication.translate(
                "RequestsView", "Ask for more only when there is a reasonable doubt (Art. 12(6))."
            ),
        ),
        Field("identity_asked_on", "date"),
        Field("identity_received_on", "date"),
        Field("extension", "heading", text=QCoreApplication.translate("RequestsView", "Extension")),
        Field("extended", "check"),
        Field(
            "extension_reasons",
            "text",
            hint=QCoreApplication.translate(
                "RequestsView",
                "Only when the time limit is extended: why (the requests' complexity or number).",
            ),
        ),
        Field(
            "extension_told_on",
            "date",
            hint=QCoreApplication.translate(
                "RequestsView",
                "Only when the time limit is extended: the person is told within the "
                "first month, with the reasons.",
            ),
        ),
        Field("answer", "heading", text=QCoreApplication.translate("RequestsView", "Answer")),
        Field("decision", "combo", items=_choices(lang, "request_decision", list(RequestDecision))),
        Field("decision_reasons", "text"),
        Field("answered_on", "date"),
        Field("recipients_notified", "text"),
        Field("recipients_notified_on", "date"),
        Field(
            "client", "heading", text=QCoreApplication.translate("RequestsView", "As a processor")
        ),
        Field(
            "client_party_id",
            "combo",
            items=[(None, "")],
            hint=QCoreApplication.translate(
                "RequestsView",
                "A request about data the firm processes for a client: the client "
                "answers it; forward it to them.",
            ),
        ),
        Field("forwarded_on", "date"),
        Field("notes", "text"),
    ]


class DeadlineSummary(TimeLimitSummary):
    """Where the request shown stands: its due date and state ("due in 3 days"), coloured as
    in the list, and how the time limit is computed under it."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        hint = QCoreApplication.translate(
            "DeadlineSummary",
            "One month from receipt, three months when extended (Art. 12(3) GDPR); when "
            "that month has no such day, its last day.",
        )
        super().__init__(lang, hint, parent)

    def show_values(self, values: dict[str, object] | None, today: date) -> None:
        """Show the time limit of these stored values (None: nothing)."""
        if values is None:
            self.state.setText("")
            return
        received = _date(values.get("received_on"))
        told = _date(values.get("extension_told_on"))
        deadline = request_deadline(
            received,
            bool(values.get("extended")),
            _date(values.get("answered_on")),
            today,
            for_client=values.get("client_party_id") is not None,
            forwarded_on=_date(values.get("forwarded_on")),
            extension_told_on=told,
        )
        text = sentence(deadline_text(self._lang, deadline))
        answered = (RequestState.ANSWERED, RequestState.ANSWERED_LATE)
        if deadline.due is not None and deadline.state in answered:
            last_day = day_text(self._lang, deadline.due)
            text += "\n" + self.tr("Last day to answer: %1").replace("%1", last_day)
        if deadline.extension_told_late and told is None and received is not None:
            # Nothing recorded, and the first month is over.
            first_month = day_text(self._lang, add_months(received, 1))
            text += "\n" + self.tr(
                "The person has not been told of the extension; this had to be done by %1 "
                "(the end of the first month)."
            ).replace("%1", first_month)
        elif deadline.extension_told_late:
            text += "\n" + self.tr("The person was told of the extension after the first month.")
        self.show_state(text, tone_colour(deadline_tone(deadline)))


def _date(value: object) -> date | None:
    if isinstance(value, str):
        return date.fromisoformat(value)
    return value if isinstance(value, date) else None


class RequestsView(TimeLimitsPage):
    """The list of rights requests and the editor of the selected one; changes go through
    commands on `stack`; refused actions are told through `show_error`."""

    model: RequestTableModel
    proxy: RequestFilterProxyModel
    state_column = COL_TIME_LIMIT

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        show_error: ErrorHandler,
        parent: QWidget | None = None,
        loader: Callable[..., AccountabilityData] = LOAD_REQUESTS,
        settings: Settings | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(db, stack, events, language, show_error, parent, settings)
        self._loader = loader
        self._today = today
        self._data = AccountabilityData([], [], [], [], [], [], [])
        texts = (
            self.tr("Search by reference or person"),
            self.tr("Search rights requests"),
            self.tr("Rights requests"),
            self.tr("New request"),
            self.tr("Delete"),
        )
        model, proxy = RequestTableModel(language, self), RequestFilterProxyModel(self)
        self._build_list(model, proxy, texts, COL_REFERENCE, self.new_request, self.delete_request)
        self._use_editor(self._new_editor())
        self._lay_out()
        # The choices name activities and parties: read again when they change.
        self.refresher = Refresher(
            self,
            events,
            lambda c: c.touches("rights_request", "party", "activity", "organisation"),
            lambda _changes: self.reload(),
        )
        # The time limits run: the rows read again every minute while shown.
        self.clock = PageClock(self, self.follow_clock)
        self.reload()
        if self.model.rowCount() == 0:  # else _read fitted them on its first rows
            self.fit_columns()

    def _new_editor(self) -> RecordEditor:
        editor = self._record_editor(
            "rights_request", request_fields(self._language), self.tr("Rights request editor")
        )
        self.deadline_summary = DeadlineSummary(self._language, editor)
        editor.insert_row("received_on", self.tr("Time limit"), self.deadline_summary)
        editor.reloaded.connect(self.show_summary)
        return editor

    # -- reading -------------------------------------------------------------------------------

    def _read(self) -> bool:
        self.clock.read()
        self._data = self._loader(self.db, today=self._today())
        self._organisation_ids = self._data.organisation_ids
        shown = self.organisation_id()
        was_empty = self.model.rowCount() == 0
        self.model.set_rows([r for r in self._data.requests if r.organisation_id == shown])
        if was_empty and self.model.rowCount():
            self.fit_columns()  # fitted on the first rows (then kept as the user sets them)
        return True

    def show_summary(self) -> None:
        self.deadline_summary.show_values(self.editor.values, self._today())

    def _organisation_of(self, request_id: str | None) -> str | None:
        row = None if request_id is None else self.model.row_of(request_id)
        return None if row is None else self.model.request_row(row).organisation_id

    def _prepare_editor(self, request_id: str | None) -> None:
        """The choices of activities and client: those of the request's organisation."""
        org = self._organisation_of(request_id)
        data = self._data
        activities = [
            (a.id, f"{a.reference} — {a.name}") for a in data.activities if a.organisation_id == org
        ]
        parties = [(p.id, p.name) for p in data.parties if p.organisation_id == org]
        self.editor.set_items("activities", activities)
        self.editor.set_items("client_party_id", [(None, ""), *parties])

    def next_reference(self, organisation_id: str) -> str:
        """The reference a new request of the organisation gets: the next free number of the
        numbering its requests use ("R-001" for the first)."""
        references = [
            r.reference for r in self._data.requests if r.organisation_id == organisation_id
        ]
        return next_reference(references or [FIRST_REFERENCE], set(references), "R-")

    # -- selection, adding and deleting --------------------------------------------------------

    selected_request = ListPage.selected_id
    select_request = ListPage.select_id

    def new_request(self) -> None:
        """Add a request with the next free reference (no date: the date of receipt is typed)
        to the organisation shown, select it and put the cursor in its date of receipt."""
        organisation_id = self.organisation_id()
        if organisation_id is None:
            return
        values = {"reference": self.next_reference(organisation_id)}
        command = CreateEntityCommand(
            self.db, "rights_request", values, organisation_id, self._events
        )
        error = push(self._stack, command)
        if error is not None:
            self._show_error(self.tr("The request was not created."), error)
            return
        self.search_edit.clear()
        self.reload()
        self.select_id(command.entity_id)
        self.editor.rows["received_on"].setFocus()

    def delete_request(self) -> None:
        """Delete the selected request (undoable)."""
        refused = self.tr("The request was not deleted.")
        question = self.tr("Delete this request?")
        self._delete_selected("rights_request", lambda _id, _error: refused, question)
