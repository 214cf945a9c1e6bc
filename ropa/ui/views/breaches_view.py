"""The data breaches page: the searchable list with each breach's 72-hour notification state in
words ("31 h left" in the warning colour, overdue in the error colour, notified, not required),
New and Delete, the drafts of the selected breach's notification to the authority and letter to
the people (breach_drafts.py), and the form of the selected breach beside it: the facts, the
people and data concerned, the risk, the measures, the notification to the authority with its
72-hour clock (Art. 33(1)), the people and, for a processor, the client controllers told. The
clocks run: read again each minute while shown (clock.py), the form left as it is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ropa.core.deadlines import BreachState, breach_clock, moment_text
from ropa.core.handle import Register
from ropa.core.i18n import value_label
from ropa.core.reads.accountability import AccountabilityData, load_accountability
from ropa.core.reads.placeholders import placeholder_name
from ropa.db.enums import BreachNature, BreachRisk, InformException
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.record_form import Field, RecordEditor
from ropa.ui.geometry import FlowLayout
from ropa.ui.models.breach_table_model import (
    COL_NAME,
    COL_NOTIFICATION,
    BreachFilterProxyModel,
    BreachTableModel,
)
from ropa.ui.models.deadline_texts import clock_text, clock_tone, sentence, tone_colour
from ropa.ui.settings import Settings
from ropa.ui.views.breach_drafts import BreachDrafts
from ropa.ui.views.clock import PageClock
from ropa.ui.views.list_page import ErrorHandler, ListPage
from ropa.ui.views.refresh import Refresher
from ropa.ui.views.time_limits_page import TimeLimitsPage, TimeLimitSummary

# This page's read: the other page's list left out.
LOAD_BREACHES = partial(load_accountability, requests=False)

"""The notification's column is at most as wide as this many M's."""
MOST_COUNTED = 999_999_999
"""The largest number of people or records a breach may give."""


def breach_fields(lang: str) -> list[Field]:
    """The form of a breach: every field of the register; the choices of activities, data
    categories, categories of people and clients are set per breach (its organisation's)."""

    def choices(vocabulary: str, values: list[str]) -> list[tuple[object, str]]:
        return [(None, ""), *((v, value_label(lang, vocabulary, v)) for v in values)]

    natures = [(n.value, value_label(lang, "breach_nature", n.value)) for n in BreachNature]
    return [
        Field("facts", "heading", text=QCoreApplication.translate("BreachesView", "What happened")),
        Field("name", "line", required=True),
        Field(
            "discovered_at",
            "datetime",
            hint=QCoreApplication.translate(
                "BreachesView",
                "When the firm became aware of it, in this computer's local time: the 72 "
                "hours run from then.",
            ),
        ),
        Field("occurred_on", "date"),
        Field("how_discovered", "text"),
        Field("description", "text"),
        Field("natures", "choices", items=natures),
        Field(
            "concerned",
            "heading",
            text=QCoreApplication.translate("BreachesView", "People and data concerned"),
        ),
        Field("data_subjects", "links"),
        Field("people_count", "number", maximum=MOST_COUNTED),
        Field("data_categories", "links"),
        Field("records_count", "number", maximum=MOST_COUNTED),
        Field("activities", "links"),
        Field("risk_heading", "heading", text=QCoreApplication.translate("BreachesView", "Risk")),
        Field("consequences", "text"),
        Field("risk", "combo", items=choices("breach_risk", list(BreachRisk))),
        Field("risk_reasoning", "text"),
        Field("measures_taken", "text"),
        Field("measures_proposed", "text"),
        Field(
            "authority",
            "heading",
            text=QCoreApplication.translate("BreachesView", "Supervisory authority"),
        ),
        Field("authority_notified_at", "datetime"),
        Field("authority_reference", "line"),
        Field(
            "delay_reasons",
            "text",
            hint=QCoreApplication.translate(
                "BreachesView", "Only when the authority was notified after 72 hours."
            ),
        ),
        Field(
            "people",
            "heading",
            text=QCoreApplication.translate("BreachesView", "Informing the people"),
        ),
        Field("people_informed_on", "date"),
        Field("people_informed_how", "text"),
        Field(
            "inform_exception",
            "combo",
            items=choices("inform_exception", list(InformException)),
            hint=QCoreApplication.translate(
                "BreachesView",
                "People are told of a high-risk breach unless one of these applies (Art. 34(3)).",
            ),
        ),
        Field(
            "clients_heading",
            "heading",
            text=QCoreApplication.translate("BreachesView", "As a processor"),
        ),
        Field("clients", "links"),
        Field(
            "clients_informed_at",
            "datetime",
            hint=QCoreApplication.translate(
                "BreachesView",
                "A processor tells its client controllers without undue delay (Art. 33(2)).",
            ),
        ),
        Field("notes", "text"),
    ]


class ClockSummary(TimeLimitSummary):
    """Where the notification of the breach shown stands: the deadline in local time and the
    time left ("31 h left"), coloured as in the list, and how the 72 hours are counted."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        hint = QCoreApplication.translate(
            "ClockSummary",
            "The authority is notified within 72 hours of discovery, unless the breach is "
            "unlikely to result in a risk to people (Art. 33(1) GDPR).",
        )
        super().__init__(lang, hint, parent)

    def show_values(self, values: dict[str, object] | None, now: datetime) -> None:
        """Show the clock of these stored values (None: nothing)."""
        if values is None:
            self.state.setText("")
            return
        discovered = values.get("discovered_at")
        notified = values.get("authority_notified_at")
        risk = values.get("risk")
        clock = breach_clock(
            discovered if isinstance(discovered, datetime) else None,
            risk if isinstance(risk, str) else None,
            notified if isinstance(notified, datetime) else None,
            now,
        )
        text = sentence(clock_text(self._lang, clock))
        past = (BreachState.OVERDUE, BreachState.NOTIFIED_LATE)
        if clock.deadline is not None and clock.state in past:
            ended = moment_text(self._lang, clock.deadline)
            text += "\n" + self.tr("The 72 hours ended on %1.").replace("%1", ended)
        self.show_state(text, tone_colour(clock_tone(clock)))


class BreachesView(TimeLimitsPage):
    """The list of breaches and the editor of the selected one; changes go through commands
    on `stack`; refused actions are told through `show_error`."""

    model: BreachTableModel
    proxy: BreachFilterProxyModel
    state_column = COL_NOTIFICATION

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        show_error: ErrorHandler,
        parent: QWidget | None = None,
        loader: Callable[..., AccountabilityData] = LOAD_BREACHES,
        settings: Settings | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(db, stack, events, language, show_error, parent, settings)
        self._loader = loader
        self._now = now
        self._data = AccountabilityData([], [], [], [], [], [], [])
        texts = (
            self.tr("Search by name"),
            self.tr("Search data breaches"),
            self.tr("Data breaches"),
            self.tr("New breach"),
            self.tr("Delete"),
        )
        model, proxy = BreachTableModel(language, self), BreachFilterProxyModel(self)
        self._build_list(model, proxy, texts, COL_NAME, self.new_breach, self.delete_breach)
        # The drafts of the selected breach's notification and letter, under New and Delete.
        self.drafts = BreachDrafts(self, language, show_error)
        drafts_row = FlowLayout()
        for button in self.drafts.buttons():
            drafts_row.addWidget(button)
        list_pane = self.splitter.widget(0)
        list_layout = None if list_pane is None else list_pane.layout()
        assert isinstance(list_layout, QVBoxLayout)
        list_layout.addLayout(drafts_row)
        self._use_editor(self._new_editor())
        self._lay_out()
        # The choices name activities, parties and catalogue entries: read again when they
        # change.
        self.refresher = Refresher(
            self,
            events,
            lambda c: c.touches(
                "breach",
                "party",
                "activity",
                "data_category",
                "data_subject_category",
                "organisation",
            ),
            lambda _changes: self.reload(),
        )
        # The time limits run: the rows read again every minute while shown.
        self.clock = PageClock(self, self.follow_clock)
        self.reload()
        if self.model.rowCount() == 0:  # else _read fitted them on its first rows
            self.fit_columns()

    def _new_editor(self) -> RecordEditor:
        editor = self._record_editor(
            "breach", breach_fields(self._language), self.tr("Data breach editor")
        )
        self.clock_summary = ClockSummary(self._language, editor)
        editor.insert_row("discovered_at", self.tr("Notification"), self.clock_summary)
        editor.reloaded.connect(self.show_summary)
        # The breach's evidence and correspondence.
        editor.add_attachments(self._show_error)
        return editor

    # -- reading -------------------------------------------------------------------------------

    def _read(self) -> bool:
        self.clock.read()
        self._data = self._loader(self.db, now=self._now())
        self._organisation_ids = self._data.organisation_ids
        shown = self.organisation_id()
        was_empty = self.model.rowCount() == 0
        self.model.set_rows([b for b in self._data.breaches if b.organisation_id == shown])
        if was_empty and self.model.rowCount():
            self.fit_columns()  # fitted on the first rows (then kept as the user sets them)
        return True

    def show_summary(self) -> None:
        self.clock_summary.show_values(self.editor.values, self._now())

    def _organisation_of(self, breach_id: str | None) -> str | None:
        row = None if breach_id is None else self.model.row_of(breach_id)
        return None if row is None else self.model.breach_row(row).organisation_id

    def _prepare_editor(self, breach_id: str | None) -> None:
        """The choices of the links: the entries of the breach's organisation."""
        org = self._organisation_of(breach_id)
        data = self._data
        activities = [
            (a.id, f"{a.reference} — {a.name}") for a in data.activities if a.organisation_id == org
        ]
        self.editor.set_items("activities", activities)
        for key, entries in (
            ("data_categories", data.data_categories),
            ("data_subjects", data.data_subject_categories),
        ):
            self.editor.set_items(
                key, [(e.id, e.name) for e in entries if e.organisation_id == org]
            )
        parties = [(p.id, p.name) for p in data.parties if p.organisation_id == org]
        self.editor.set_items("clients", parties)

    # -- selection, adding and deleting --------------------------------------------------------

    selected_breach = ListPage.selected_id
    select_breach = ListPage.select_id

    def _selection_changed(self) -> None:
        super()._selection_changed()
        self.drafts.follow_selection()

    def new_breach(self) -> None:
        """Add a breach named “New breach” (in the organisation's document language) to the
        organisation shown, select it and put the cursor in its name."""
        organisation_id = self.organisation_id()
        if organisation_id is None:
            return
        values = {"name": placeholder_name(self.db, "breach", organisation_id)}
        self._create("breach", values, organisation_id, self.tr("The breach was not created."))

    def delete_breach(self) -> None:
        """Delete the selected breach (undoable)."""
        refused = self.tr("The breach was not deleted.")
        question = self.tr("Delete this breach?")
        self._delete_selected("breach", lambda _id, _error: refused, question)
