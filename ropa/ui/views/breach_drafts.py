"""The data breaches page's drafts: the notification to the supervisory authority (Art. 33 GDPR)
and the letter to the people concerned (Art. 34) of the selected breach, saved as PDF or Word in
one of the organisation's document languages (the save dialog's file types offer each), built in
a worker thread behind the progress dialog and written atomically; then a message saying where
the draft is and what it still lacks, offering to open it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton

from ropa.core.errors import RopaError
from ropa.core.files import safe_file_name, write_atomic
from ropa.core.i18n import normalise_language, tr
from ropa.core.reads.record import organisation_languages
from ropa.exports.common import Cancelled, Progress
from ropa.ui.dialogs.progress_runner import run_with_progress
from ropa.ui.document_actions import (
    ask_record_document,
    record_file_types,
    show_record_document_saved,
)
from ropa.ui.views.list_pane import commit_pending_edit

if TYPE_CHECKING:
    from ropa.ui.views.breaches_view import BreachesView
    from ropa.ui.views.list_page import ErrorHandler

KINDS = ("authority", "people")  # ropa.exports.breach.KINDS (loaded on first use)
NAME_IN_FILE = 100
"""The breach's name is cut to this many characters in the file name offered, so that what
the draft is ("- draft notification to the authority") is never cut off by the length limit
of file names (ropa.core.files.MAX_NAME_LENGTH)."""


class BreachDrafts(QObject):
    """The two draft buttons of `page` (enabled while a breach is selected) and what they do."""

    def __init__(self, page: BreachesView, language: str, show_error: ErrorHandler) -> None:
        super().__init__(page)
        self.page = page
        self.language = normalise_language(language)
        self._show_error = show_error
        self.authority_button = QPushButton(self.tr("Draft notification to the authority…"), page)
        self.authority_button.setToolTip(
            self.tr(
                "Save a draft of the notification to the supervisory authority (Art. 33 GDPR), "
                "filled from this breach, to check and complete before sending"
            )
        )
        self.people_button = QPushButton(self.tr("Draft letter to the people…"), page)
        self.people_button.setToolTip(
            self.tr(
                "Save a draft of the letter to the people concerned (Art. 34 GDPR), filled "
                "from this breach, to check and complete before sending"
            )
        )
        self.authority_button.clicked.connect(lambda: self.draft_dialog("authority"))
        self.people_button.clicked.connect(lambda: self.draft_dialog("people"))
        self.follow_selection()

    def buttons(self) -> list[QPushButton]:
        return [self.authority_button, self.people_button]

    def follow_selection(self) -> None:
        """On while a breach is selected (a read-only register too: nothing is changed)."""
        selected = self.page.selected_breach() is not None
        for button in self.buttons():
            button.setEnabled(selected)

    # -- the save dialog -----------------------------------------------------------------------

    def draft_dialog(self, kind: str) -> bool:
        """Ask where to save the selected breach's draft of `kind`, as which file type, then
        save it. The field being edited is saved first, so the draft says what the form shows."""
        page = self.page
        breach_id = page.selected_breach()
        if breach_id is None or commit_pending_edit(page.editor) is not None:
            return False
        languages = organisation_languages(page.db, page.organisation_id())
        lang = page.text_lang if page.text_lang in languages else None
        lang = lang or (languages[0] if languages else self.language)
        types = record_file_types(self.language, languages)
        offered = next(t for t in types if t.fmt == "pdf" and t.lang == lang)
        if kind == "authority":
            title = self.tr("Save the draft notification to the authority")
        else:
            title = self.tr("Save the draft letter to the people")
        breach_name = page.selected_label()[:NAME_IN_FILE].strip()
        name = tr(lang, f"breach_draft.file.{kind}", name=breach_name)
        chosen = ask_record_document(
            page, title, page.db.path.parent / safe_file_name(name, "breach"), types, offered
        )
        if chosen is None:
            return False
        target, picked, fmt = chosen
        return self.save(breach_id, kind, picked.lang, fmt, target)

    # -- writing -------------------------------------------------------------------------------

    def save(self, breach_id: str, kind: str, lang: str, fmt: str, target: Path) -> bool:
        """Write the draft of `kind` in `lang` as `fmt` at target (whole or not at all), then
        say where, and what it still lacks. A failure is told and leaves the file as it was."""
        db, ui = self.page.db, self.language

        def build(progress: Progress) -> tuple[bytes, list[str]]:  # in a worker thread
            from ropa.exports.breach import build_breach_document, missing_items

            data = build_breach_document(db, breach_id, kind, lang, fmt)
            progress(1, 2)
            todo = missing_items(db, breach_id, kind, ui)
            progress(2, 2)
            return data, todo

        try:
            data, todo = run_with_progress(
                self.page, self.tr("Draft"), self.tr("Writing the draft…"), build
            )
            write_atomic(target, data)
        except Cancelled:
            self.page.status_message.emit(self.tr("The draft was not saved."))
            return False
        except RopaError as error:
            self._show_error(self.tr("The draft was not saved."), error)
            return False
        self.saved(kind, target, todo)
        return True

    def saved(self, kind: str, target: Path, todo: list[str]) -> QMessageBox:
        """Where the draft is, what it still lacks; Open shows it in its application."""
        if kind == "authority":
            text = self.tr("The draft notification to the authority was saved as “%1”.")
        else:
            text = self.tr("The draft letter to the people was saved as “%1”.")
        if todo:
            lines = [self.tr("Still to complete before sending it:")]
            lines += [f"• {item}" for item in todo]
        else:
            lines = [
                self.tr(
                    "Nothing is marked as to complete: read the draft all the same before "
                    "sending it."
                )
            ]
        return show_record_document_saved(
            self.page, target, text, lines, self.page.status_message.emit
        )
