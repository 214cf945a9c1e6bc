"""The impact assessments page's report: the selected assessment (DPIA, Art. 35 GDPR) saved as
a PDF or Word report in one of the organisation's document languages (the save dialog's file
types offer each), built in a worker thread behind the progress dialog and written atomically;
then a message saying where the report is and what the assessment still lacks, offering to
open it."""

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
    from ropa.ui.views.dpias_view import DpiasView
    from ropa.ui.views.list_page import ErrorHandler

NAME_IN_FILE = 100
"""The assessment's name is cut to this many characters in the file name offered, so that
"- impact assessment report" is never cut off by the length limit of file names."""


class DpiaReport(QObject):
    """The Report button of `page` (enabled while one assessment is selected) and what it
    does."""

    def __init__(self, page: DpiasView, language: str, show_error: ErrorHandler) -> None:
        super().__init__(page)
        self.page = page
        self.language = normalise_language(language)
        self._show_error = show_error
        self.button = QPushButton(self.tr("Report…"), page)
        self.button.setToolTip(
            self.tr(
                "Save the report of this impact assessment (Art. 35 GDPR) as PDF or Word, "
                "each part drawn from the register, with what it still lacks marked"
            )
        )
        self.button.clicked.connect(self.report_dialog)
        self.follow_selection()

    def selected(self) -> str | None:
        """The assessment the report is of: the one selected, when only one is."""
        page = self.page
        return page.selected_dpia() if len(page.selected_ids()) == 1 else None

    def follow_selection(self) -> None:
        """On while one assessment is selected (a read-only register too: nothing is
        changed)."""
        self.button.setEnabled(self.selected() is not None)

    # -- the save dialog -----------------------------------------------------------------------

    def report_dialog(self) -> bool:
        """Ask where to save the selected assessment's report, as which file type, then save
        it. The field being edited is saved first, so the report says what the form shows."""
        page = self.page
        dpia_id = self.selected()
        if dpia_id is None or commit_pending_edit(page.editor) is not None:
            return False
        languages = organisation_languages(page.db, page.organisation_id())
        lang = page.text_lang if page.text_lang in languages else None
        lang = lang or (languages[0] if languages else self.language)
        types = record_file_types(self.language, languages)
        offered = next(t for t in types if t.fmt == "pdf" and t.lang == lang)
        dpia_name = page.selected_label()[:NAME_IN_FILE].strip()
        name = tr(lang, "dpia_report.file", name=dpia_name)
        chosen = ask_record_document(
            page,
            self.tr("Save the impact assessment report"),
            page.db.path.parent / safe_file_name(name, "dpia"),
            types,
            offered,
        )
        if chosen is None:
            return False
        target, picked, fmt = chosen
        return self.save(dpia_id, picked.lang, fmt, target)

    # -- writing -------------------------------------------------------------------------------

    def save(self, dpia_id: str, lang: str, fmt: str, target: Path) -> bool:
        """Write the report in `lang` as `fmt` at target (whole or not at all), then say where,
        and what the assessment still lacks. A failure is told and leaves the file as it was."""
        db, ui, today = self.page.db, self.language, self.page.today()

        def build(progress: Progress) -> tuple[bytes, list[str]]:  # in a worker thread
            from ropa.exports.dpia import build_dpia_report, missing_items

            data = build_dpia_report(db, dpia_id, lang, fmt, today=today)
            progress(1, 2)
            todo = missing_items(db, dpia_id, ui, today=today)
            progress(2, 2)
            return data, todo

        try:
            data, todo = run_with_progress(
                self.page, self.tr("Report"), self.tr("Writing the report…"), build
            )
            write_atomic(target, data)
        except Cancelled:
            self.page.status_message.emit(self.tr("The report was not saved."))
            return False
        except RopaError as error:
            self._show_error(self.tr("The report was not saved."), error)
            return False
        self.saved(target, todo)
        return True

    def saved(self, target: Path, todo: list[str]) -> QMessageBox:
        """Where the report is, what the assessment still lacks; Open shows it in its
        application."""
        if todo:
            lines = [self.tr("Still to complete in the assessment:")]
            lines += [f"• {item}" for item in todo]
        else:
            lines = [self.tr("Nothing is marked as to complete: read the report all the same.")]
        text = self.tr("The impact assessment report was saved as “%1”.")
        return show_record_document_saved(
            self.page, target, text, lines, self.page.status_message.emit
        )
