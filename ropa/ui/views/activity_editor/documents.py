"""The activity's Documents section: the files kept with it in the register (a
legitimate-interest assessment, a consent form, a retention schedule...), through the
attachments panel shared with contracts, impact assessments and breaches."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.core.reads.activity import ActivityData
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.attachments import AttachmentsPanel


class DocumentsSection(QWidget):
    """The documents attached to the shown activity; a refusal is told in the editor's
    message line (`report`)."""

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        lang: str,
        report: Callable[[str | None], None],
    ) -> None:
        super().__init__()
        self.lang = lang
        self._report = report
        hint = QLabel(
            self.tr(
                "Documents kept with this activity inside the register: a legitimate-interest "
                "assessment, a consent form, a retention schedule. They are not printed in the "
                "register or the privacy notice."
            )
        )
        hint.setWordWrap(True)
        self.panel = AttachmentsPanel(db, stack, events, lang, "activity", self._refused, self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.panel)
        layout.addStretch(1)

    def show_data(self, data: ActivityData) -> None:
        self.panel.show_owner(str(data.activity["id"]))

    def set_read_only(self, read_only: bool) -> None:
        self.panel.set_read_only(read_only)

    def _refused(self, what: str, error: RopaError) -> None:
        self._report(f"{what} {error.message(self.lang)}")
