"""The impact assessments page (DPIAs, Art. 35-36): the searchable list of the organisation's
assessments with where each stands in words ("Completed", "Review due"...), the activities it
covers, the highest risk its measures leave and whether the supervisory authority must still be
consulted; New and Delete (several at once: one undo step), Report… (the selected one's report
as PDF or Word: dpia_report.py); and the form of the selected one beside it (its fields in
dpia_form.py), in the order of Art. 35(7): the processing described
(its activities, and a description that can be drawn from them), necessity and proportionality,
the risks (dpia_risks.py), the measures, the residual risk and the decision, the opinions of the
DPO and of the people, the prior consultation of Art. 36 (a line in the warning colour while it
is needed), the review date and notes. Nothing is answered for the user: a choice not made stays
empty. A state follows the day (a review falls due): the rows are read again each minute while
shown (clock.py), the form left as it is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ropa.core.conflicts import explain
from ropa.core.dpia_words import activities_description
from ropa.core.dpias import DpiaState, RiskRating, consultation_needed
from ropa.core.errors import ConflictError
from ropa.core.handle import Register
from ropa.core.reads.dpia_editor import load_activity_facts, load_dpia_risks
from ropa.core.reads.dpias import DpiaRow, DpiasData, load_dpias
from ropa.core.reads.placeholders import document_language, placeholder_name
from ropa.ui.commands import RegisterEvents, push
from ropa.ui.forms.fields import TextField
from ropa.ui.forms.read_only import allow_edit
from ropa.ui.forms.record_form import LinksField, RecordEditor
from ropa.ui.geometry import FlowLayout
from ropa.ui.models.dpia_table_model import (
    COL_CONSULTATION,
    COL_NAME,
    COL_RISK,
    COL_STATE,
    DpiaFilterProxyModel,
    DpiaTableModel,
)
from ropa.ui.models.dpia_texts import consultation_warning, state_text
from ropa.ui.settings import Settings
from ropa.ui.theme import warning_style
from ropa.ui.views.clock import PageClock
from ropa.ui.views.dpia_form import TEXT_LINES, DpiaSummary, FillCommand, dpia_fields
from ropa.ui.views.dpia_report import DpiaReport
from ropa.ui.views.dpia_risks import FittingLabel, RisksSection
from ropa.ui.views.list_page import DeleteManyTexts, ErrorHandler, ListPage
from ropa.ui.views.refresh import Refresher
from ropa.ui.views.time_limits_page import WIDEST_STATE, TimeLimitsPage


class DpiasView(TimeLimitsPage):
    """The list of impact assessments and the editor of the selected one; changes go through
    commands on `stack`; refused actions are told through `show_error`."""

    open_activity_requested = Signal(str)  # an activity covered, double-clicked in the form

    model: DpiaTableModel
    proxy: DpiaFilterProxyModel
    state_column = COL_STATE

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        show_error: ErrorHandler,
        parent: QWidget | None = None,
        loader: Callable[..., DpiasData] = load_dpias,
        settings: Settings | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(db, stack, events, language, show_error, parent, settings)
        self._loader = loader
        self._today = today
        self._data = DpiasData([], [], [])
        texts = (
            self.tr("Search by name or activity"),
            self.tr("Search impact assessments"),
            self.tr("Impact assessments"),
            self.tr("New assessment"),
            self.tr("Delete"),
        )
        model, proxy = DpiaTableModel(language, self), DpiaFilterProxyModel(self)
        self._build_list(
            model, proxy, texts, COL_NAME, self.new_dpia, self.delete_dpias, multi_select=True
        )
        # The report of the selected assessment, under New and Delete.
        self.report = DpiaReport(self, language, show_error)
        report_row = FlowLayout()
        report_row.addWidget(self.report.button)
        list_pane = self.splitter.widget(0)
        list_layout = None if list_pane is None else list_pane.layout()
        assert isinstance(list_layout, QVBoxLayout)
        list_layout.addLayout(report_row)
        self._use_editor(self._new_editor())
        self._lay_out()
        # The choices name activities: read again when they change.
        self.refresher = Refresher(
            self,
            events,
            lambda c: c.touches("dpia", "dpia_risk", "activity", "organisation"),
            lambda _changes: self.reload(),
        )
        # A state follows the day: the rows read again every minute while shown.
        self.clock = PageClock(self, self.follow_clock)
        self.reload()
        self.fit_columns()

    def _new_editor(self) -> RecordEditor:
        editor = self._record_editor(
            "dpia", dpia_fields(self._language), self.tr("Impact assessment editor")
        )
        for name in ("description", "necessity", "measures"):
            row = editor.rows[name]
            assert isinstance(row, TextField)
            row.text_edit.setFixedHeight(
                row.text_edit.fontMetrics().lineSpacing() * TEXT_LINES + 12
            )
        self.dpia_summary = DpiaSummary(self._language, editor)
        editor.insert_row("status", self.tr("Where it stands"), self.dpia_summary)
        # The description drawn from the activities covered.
        self.fill_button = QPushButton(self.tr("Fill from the activities"), editor)
        self.fill_button.clicked.connect(self.fill_description)
        fill_row = QWidget(editor)
        fill_layout = FlowLayout(fill_row)
        fill_layout.setContentsMargins(0, 0, 0, 0)
        fill_layout.addWidget(self.fill_button)
        editor.insert_row("description", "", fill_row)
        # The risks, under their heading (the whole width of the form).
        self.risks = RisksSection(editor.committer)
        for row in self.risks.rows:
            row.set_read_only(self.read_only)
        self.risks.set_read_only(self.read_only)
        place: Any = editor.form.getWidgetPosition(editor.headings["risks_heading"])  # (row, role)
        editor.form.insertRow(int(place[0]) + 1, self.risks)
        # Under the prior consultation: the authority to consult, while it is.
        self.consultation_line = FittingLabel("", editor)
        self.consultation_line.setStyleSheet(warning_style())
        editor.insert_row("prior_consultation", "", self.consultation_line)
        activities = editor.rows["activities"]
        assert isinstance(activities, LinksField)
        activities.list.itemDoubleClicked.connect(self._open_activity)
        editor.reloaded.connect(self.show_summary)
        # The assessment's documents (its signed report, the DPO's written advice...).
        editor.add_attachments(self._show_error)
        return editor

    def fit_columns(self) -> None:
        """As on the other time-limit pages (see TimeLimitsPage.fit_columns); the state's
        column at least as wide as its longest word, the risk's and the consultation's as
        wide as their content within bounds."""
        super().fit_columns()
        view = self.table_view
        metrics = view.fontMetrics()
        padding = metrics.horizontalAdvance("MM")
        widest = metrics.horizontalAdvance("M" * WIDEST_STATE)
        longest = max(metrics.horizontalAdvance(state_text(state)) for state in DpiaState)
        column = COL_STATE
        view.setColumnWidth(column, max(view.columnWidth(column), min(longest + padding, widest)))
        # The highest risk in words ("Gravité importante, vraisemblance négligeable") whole.
        for column, most in ((COL_RISK, widest * 3 // 2), (COL_CONSULTATION, widest)):
            view.resizeColumnToContents(column)
            view.setColumnWidth(column, min(view.columnWidth(column) + padding, most))

    # -- reading -------------------------------------------------------------------------------

    def _read(self) -> bool:
        self.clock.read()
        self._data = self._loader(self.db, today=self._today())
        self._organisation_ids = self._data.organisation_ids
        shown = self.organisation_id()
        was_empty = self.model.rowCount() == 0
        self.model.set_rows([d for d in self._data.dpias if d.organisation_id == shown])
        if was_empty and self.model.rowCount():
            self.fit_columns()  # fitted on the first rows (then kept as the user sets them)
        return True

    def _dpia(self, dpia_id: str | None) -> DpiaRow | None:
        row = None if dpia_id is None else self.model.row_of(dpia_id)
        return None if row is None else self.model.dpia_row(row)

    def _prepare_editor(self, dpia_id: str | None) -> None:
        """The choices of activities: those of the assessment's organisation."""
        dpia = self._dpia(dpia_id)
        org = None if dpia is None else dpia.organisation_id
        activities = [
            (a.id, f"{a.reference} — {a.name}")
            for a in self._data.activities
            if a.organisation_id == org
        ]
        self.editor.set_items("activities", activities)

    def show_summary(self) -> None:
        """The state, the risks, the fill button and the consultation line of the form, from
        what it shows."""
        values = self.editor.values
        self.dpia_summary.show_values(values, self._today())
        dpia_id = self.editor.entity_id if values is not None else None
        organisation_id = None if values is None else str(values.get("organisation_id"))
        risks = load_dpia_risks(self.db, dpia_id)
        self.risks.show_risks(dpia_id, organisation_id, risks)
        covered = bool(values and values.get("activities"))
        allow_edit(
            self.fill_button,
            covered,
            self.read_only,
            "" if covered else self.tr("Tick the activities the assessment covers first."),
        )
        needed = values is not None and consultation_needed(
            values.get("residual_risk"),
            values.get("prior_consultation"),
            [RiskRating.of(r.get("likelihood_after"), r.get("severity_after")) for r in risks],
            values.get("status"),
            values.get("decision"),
        )
        self.consultation_line.setText(consultation_warning() if needed else "")
        place: Any = self.editor.form.getWidgetPosition(self.consultation_line)  # (row, role)
        self.editor.form.setRowVisible(int(place[0]), needed)  # no gap while it says nothing

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        if self._editor is None:
            return
        for row in self.risks.rows:
            row.set_read_only(read_only)
        self.risks.set_read_only(read_only)
        self.show_summary()

    # -- the form's actions --------------------------------------------------------------------

    def _open_activity(self, item: QListWidgetItem) -> None:
        activity_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(activity_id, str):
            self.open_activity_requested.emit(activity_id)

    def fill_description(self) -> bool:
        """Write the description of the processing from the activities covered (their
        purposes, data, people, recipients and retention, in the language of the
        organisation's documents), as one undoable change; a description already written is
        replaced only once the user agreed. Whether it was written."""
        values = self.editor.values
        dpia_id = self.editor.entity_id
        if values is None or dpia_id is None or self.read_only:
            return False
        activity_ids = list(values.get("activities") or [])
        if not activity_ids:
            return False
        lang = document_language(self.db, str(values.get("organisation_id")))
        text = activities_description(lang, load_activity_facts(self.db, activity_ids, lang))
        row = self.editor.rows["description"]
        assert isinstance(row, TextField)
        current = row.changes().get("description") or ""
        if current == text:
            return False
        if current.strip():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Fill from the activities"),
                self.tr("Replace the description with the one drawn from the activities?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setInformativeText(
                self.tr("The description written so far is replaced; Undo brings it back.")
            )
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        seen = {"description": row.seen_value("description")}
        version = values.get("version")
        command = FillCommand(
            self.db, "dpia", dpia_id, {"description": text}, version, self._events, seen
        )
        error = push(self._stack, command)
        if isinstance(error, ConflictError):
            self._events.catch_up()  # what changed elsewhere is shown, not overwritten
            self.editor.committer.report(explain(error, self._language))
        elif error is not None:
            self._show_error(self.tr("The description was not filled."), error)
        return error is None

    # -- selection, adding and deleting --------------------------------------------------------

    selected_dpia = ListPage.selected_id
    select_dpia = ListPage.select_id

    def _selection_changed(self) -> None:
        super()._selection_changed()
        self.report.follow_selection()

    def today(self) -> date:
        """The day the page's states are read for (the computer's, unless a test sets it)."""
        return self._today()

    def show_dpia(self, dpia_id: str) -> None:
        """Select this assessment, the search cleared when it hides it (e.g. opened from the
        Overview's To do)."""
        row = self.model.row_of(dpia_id)
        if row is None:
            self.reload()  # created since the page last read (hidden meanwhile)
            row = self.model.row_of(dpia_id)
        if row is not None and not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.search_edit.clear()
        self.select_id(dpia_id)

    def _delete_many_texts(self, count: int) -> DeleteManyTexts:
        return DeleteManyTexts(
            self.tr("Delete %n assessments…", "", count),
            self.tr("Delete %n…", "", count),
            self.tr("Delete these %n assessments?", "", count),
            self.tr("Deleted %n assessments", "", count),
            self.tr("Delete %n assessments", "", count),
        )

    def new_dpia(self) -> None:
        """Add an assessment named “New DPIA” (in the organisation's document language) to the
        organisation shown, nothing else answered, select it and put the cursor in its name."""
        organisation_id = self.organisation_id()
        if organisation_id is None:
            return
        values = {"name": placeholder_name(self.db, "dpia", organisation_id)}
        refused = self.tr("The assessment was not created.")
        self._create("dpia", values, organisation_id, refused)

    def delete_dpias(self) -> None:
        """Delete the selected assessments (one undo step)."""
        refused = self.tr("The assessment was not deleted.")
        question = self.tr("Delete this assessment?")
        self._delete_selected("dpia", lambda _id, _error: refused, question)
