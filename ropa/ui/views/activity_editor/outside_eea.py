"""Whether an activity's data leave the EEA (Art. 30(1)(e)), above its list of transfers: yes,
no or not recorded. Listed transfers mean yes: adding one records yes with it (one undo step),
and "No" is refused while some are listed, saying why under the choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ropa.core.conflicts import explain
from ropa.core.errors import ConflictError, RopaError
from ropa.core.i18n import tr
from ropa.core.reads.activity import ActivityData
from ropa.ui.commands import CreateEntityCommand, UpdateEntityCommand, step_text
from ropa.ui.forms.committer import Committer
from ropa.ui.forms.fields import FieldRow, TriStateField
from ropa.ui.theme import warning_style
from ropa.ui.views.activity_editor.sections import ActivityForm

FIELD = "transfers_outside_eea"


class OutsideEeaForm(ActivityForm):
    """The answer, yes / no / not recorded; "No" refused while transfers are listed (the
    choice goes back to the answer saved, and the reason shows under it); a warning when the
    register holds "No" beside listed transfers (written elsewhere: an import)."""

    def __init__(self, committer: Committer) -> None:
        super().__init__(committer)
        lang = committer.lang
        self.answer = TriStateField(
            FIELD, self.text(FIELD), tr(lang, "value.yes"), tr(lang, "value.no")
        )
        self.answer.add_hint(
            QCoreApplication.translate("ActivityEditor", "Adding a transfer below answers “Yes”.")
        )
        self.add_rows([self.answer])
        self.listed = 0  # the transfers the activity lists
        self.contradiction = QLabel(
            QCoreApplication.translate(
                "ActivityEditor",
                "“No” is recorded, but transfers are listed below: answer “Yes”, or remove "
                "the transfers.",
            )
        )
        self.contradiction.setWordWrap(True)
        self.contradiction.setStyleSheet(warning_style())
        self.form.addRow("", self.contradiction)
        self.rows_shown()

    def show_data(self, data: ActivityData) -> None:
        self.listed = len(data.children.get("transfer", []))
        self.show_activity(data.activity)

    def _commit(self, row: FieldRow) -> None:
        if row is self.answer and self.answer.value() is False and self.listed:
            self.refuse_no()
            return
        super()._commit(row)

    def refuse_no(self) -> None:
        """Show the answer saved again, and why "No" was not taken."""
        answer = self.answer
        answer.show_stored(answer.stored, force=True)
        answer.show_problem(
            QCoreApplication.translate(
                "ActivityEditor",
                "Transfers outside the EEA are listed below: remove them before answering “No”.",
            )
        )
        # The input shows the saved answer: the next reading of the activity shows it again
        # (and clears the reason) like any other input's.
        answer.has_error = False
        self.rows_shown()

    def rows_shown(self) -> None:
        stored_no = self.activity.get(FIELD) is False
        self.form.setRowVisible(self.contradiction, stored_no and self.listed > 0)


def create_answering_yes(
    committer: Committer, activity: dict[str, Any], values: dict[str, Any]
) -> str | None:
    """Add a transfer to `activity` and record that its data leave the EEA, as one undo step
    named after the transfer. The answer is saved first, based on the value the editor showed
    (a change made elsewhere meanwhile is reported, and nothing is added); a refused transfer
    takes the answer back. The new transfer's id, or None (the reason reported)."""
    events = committer.events
    answer = UpdateEntityCommand(
        committer.db,
        "activity",
        activity["id"],
        {FIELD: True},
        activity.get("version"),
        events=events,
        seen={FIELD: activity.get(FIELD)},
    )
    try:
        answer.run_first()  # what `push` does; both go on the stack once both are done
    except ConflictError as error:
        events.catch_up()
        committer.report(explain(error, committer.lang))
        return None
    except RopaError as error:
        committer.report(error.message(committer.lang))
        return None
    create = CreateEntityCommand(committer.db, "transfer", values, activity["id"], events=events)
    try:
        create.run_first()
    except RopaError as error:
        answer.undo()  # not on the stack: the answer goes back to what it was
        committer.report(error.message(committer.lang))
        return None
    committer.report(None)
    stack = committer.stack
    stack.beginMacro(step_text(create.done_text(), create.menu_text()))
    try:
        stack.push(answer)
        stack.push(create)
    finally:
        stack.endMacro()
    return create.entity_id
