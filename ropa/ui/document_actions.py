"""The File menu's documents: export the register as PDF, Excel, Excel in the APD/GBA's or the
CNIL's layout, or DPV (JSON-LD), its print preview, and the import of an edited Excel workbook
(preview of the changes, then apply).

The documents are about the organisation the window shows. They are built in a worker thread
behind a progress dialog (ropa.ui.dialogs.progress_runner) and written atomically, so a cancel
or a failure never leaves a half-written file. The exporters and the PDF viewer are imported on
first use: they are slow to load and most sessions never need them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from ropa.core.errors import RopaError
from ropa.core.files import read_input, safe_file_name, write_atomic
from ropa.core.i18n import language_name
from ropa.core.reads.organisation import organisation_name
from ropa.exports.common import Cancelled, Progress
from ropa.ui.dialogs.progress_runner import run_with_progress
from ropa.ui.import_apply import STATUS_MS, ImportHost, apply_plan
from ropa.ui.table_import import TableImport

if TYPE_CHECKING:
    from ropa.ui.dialogs.pdf_preview import PdfPreviewDialog
    from ropa.ui.settings import Settings


class DocumentHost(ImportHost, Protocol):
    """What the document actions need of the window they belong to (passed in, so this
    module does not import the window's)."""

    settings: Settings


KEY_PDF_DRAFTS = "documents/pdf_include_drafts"
"""QSettings: whether the PDF register (export and print preview) describes the drafts."""


def with_suffix(name: str, suffix: str) -> Path:
    """The chosen file name, with the format's suffix added when the user did not type it."""
    return Path(name) if name.lower().endswith(suffix) else Path(name + suffix)


def chosen_target(parent: QWidget | None, name: str, suffix: str) -> Path | None:
    """The file the user chose in a save dialog, with the format's suffix; when the suffix was
    added here (the dialog asked about the name typed, not this one) and that file exists, the
    user is asked whether to replace it: None when they say no."""
    target = with_suffix(name, suffix)
    if str(target) != name and target.exists():
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("DocumentActions", "Replace the file?"))
        box.setText(
            QCoreApplication.translate(
                "DocumentActions", "A file named “%1” already exists in this folder. Replace it?"
            ).replace("%1", target.name)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != int(QMessageBox.StandardButton.Yes.value):
            return None
    return target


@dataclass(frozen=True)
class FileType:
    """One file type of a record document's save dialog: its filter text, format, language."""

    text: str
    fmt: str
    lang: str


def record_file_types(ui: str, languages: list[str]) -> list[FileType]:
    """The file types a record's document (a breach's draft, a DPIA's report) is saved as:
    PDF, then Word; in each of the organisation's document languages when it has several."""

    if len(languages) <= 1:
        lang = languages[0] if languages else ui
        return [
            FileType(
                QCoreApplication.translate("RecordDocuments", "PDF documents (*.pdf)"), "pdf", lang
            ),
            FileType(
                QCoreApplication.translate("RecordDocuments", "Word documents (*.docx)"),
                "docx",
                lang,
            ),
        ]
    types = []
    for fmt, text in (
        ("pdf", QCoreApplication.translate("RecordDocuments", "PDF document in %1 (*.pdf)")),
        ("docx", QCoreApplication.translate("RecordDocuments", "Word document in %1 (*.docx)")),
    ):
        for lang in languages:
            types.append(FileType(text.replace("%1", language_name(ui, lang)), fmt, lang))
    return types


def ask_record_document(
    parent: QWidget, title: str, suggested: Path, types: list[FileType], offered: FileType
) -> tuple[Path, FileType, str] | None:
    """The save dialog of a record's document: the file, the type picked (its language) and
    the format (an extension typed wins over the file type); None when cancelled. No extension
    is offered with `suggested`: the file type chosen gives it."""
    chosen, chosen_type = QFileDialog.getSaveFileName(
        parent, title, str(suggested), ";;".join(t.text for t in types), selectedFilter=offered.text
    )
    if not chosen:
        return None
    picked = next((t for t in types if t.text == chosen_type), offered)
    typed = Path(chosen).suffix.lower()
    fmt = typed[1:] if typed in (".pdf", ".docx") else picked.fmt
    target = chosen_target(parent, chosen, f".{fmt}")
    return None if target is None else (target, picked, fmt)


def show_record_document_saved(
    parent: QWidget, target: Path, text: str, lines: list[str], status: Callable[[str], None]
) -> QMessageBox:
    """Where a record's document was saved (`text`, its %1 the file) and what it still lacks
    (`lines`); Open shows it in the application the computer opens such files with (else
    `status` says so)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "ropa",
        text.replace("%1", str(target)),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the path may hold what looks like HTML
    box.setInformativeText("\n".join(lines))
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if box.exec() == QMessageBox.StandardButton.Open.value:
        open_in_application(target, status)
    return box


def open_in_application(target: Path, status: Callable[[str], None]) -> None:
    """Show a file in the application the computer opens such files with (else say so)."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        text = QCoreApplication.translate(
            "RecordDocuments", "No application opened “%1”: open it from its folder."
        )
        status(text.replace("%1", target.name))


class DocumentActions(QObject):
    """The document actions of one main window, added to its File menu; enabled while the
    register holds an organisation."""

    def __init__(self, parent: QWidget, host: DocumentHost, menu: QMenu) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # owns the actions and the dialogs
        self.window = host
        self.preview: PdfPreviewDialog | None = None
        self.export_pdf_action = self._action(
            menu, self.tr("Export register as &PDF…"), self.export_pdf_dialog
        )
        self.export_excel_action = self._action(
            menu, self.tr("Export register as Exce&l…"), self.export_excel_dialog
        )
        # The register in a supervisory authority's layout, for a DPO who must send it so.
        self.export_apd_action = self._action(
            menu,
            self.tr("Export register in the &APD/GBA layout (Excel)…"),
            lambda: self.export_layout_dialog("apd"),
        )
        self.export_cnil_action = self._action(
            menu,
            self.tr("Export register in the CNIL la&yout (Excel)…"),
            lambda: self.export_layout_dialog("cnil"),
        )
        self.print_preview_action = self._action(
            menu, self.tr("Print pre&view of the register…"), self.print_preview
        )
        self.print_preview_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        # Off: the PDF register only names the drafts "in preparation" (not part of it yet).
        self.pdf_drafts_action = QAction(
            self.tr("Include drafts in the PDF re&gister"), self.parent_widget
        )
        self.pdf_drafts_action.setCheckable(True)
        self.pdf_drafts_action.setStatusTip(
            self.tr(
                "Describe the draft activities in the PDF register and its print preview, "
                "marked as drafts (otherwise they are only named as in preparation)"
            )
        )
        self.pdf_drafts_action.setChecked(
            bool(host.settings.store.value(KEY_PDF_DRAFTS, False, type=bool))
        )
        self.pdf_drafts_action.toggled.connect(
            lambda on: host.settings.store.setValue(KEY_PDF_DRAFTS, on)
        )
        menu.addAction(self.pdf_drafts_action)
        menu.addSeparator()
        self.import_excel_action = self._action(
            menu, self.tr("Import from E&xcel…"), self.import_excel_dialog
        )
        # On without an organisation too (it then says to create one); off while read-only.
        self.table_import = TableImport(parent, host)
        self.import_table_action = self._action(
            menu, self.tr("Import a register from a &spreadsheet…"), self.table_import.dialog
        )
        menu.addSeparator()  # for other tools, beside the window's privacy notice (the public)
        self.export_dpv_action = self._action(
            menu, self.tr("Export register as &DPV (JSON-LD)…"), self.export_dpv_dialog
        )

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.parent_widget)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def all_actions(self) -> list[QAction]:
        return [
            self.export_pdf_action,
            self.export_excel_action,
            self.export_apd_action,
            self.export_cnil_action,
            self.export_dpv_action,
            self.print_preview_action,
            self.pdf_drafts_action,
            self.import_excel_action,
        ]

    def set_enabled(self, enabled: bool) -> None:
        """Documents need an organisation: the actions are off while the register has none."""
        for action in self.all_actions():
            action.setEnabled(enabled)

    # -- names and places ----------------------------------------------------------------------

    def _organisation(self) -> tuple[str, str] | None:
        """The id and legal name of the organisation shown, or None when there is none."""
        organisation_id = self.window.organisation_id()
        if organisation_id is None:
            return None
        legal_name = organisation_name(self.window.db, organisation_id)
        return None if legal_name is None else (organisation_id, legal_name)

    def default_name(self, legal_name: str, suffix: str, day: date | None = None) -> str:
        """The file name offered: <legal name> - register - YYYY-MM-DD<suffix>, made safe."""
        name = self.tr("{name} - register - {date}").format(
            name=legal_name, date=(day or date.today()).isoformat()
        )
        return safe_file_name(name) + suffix

    def _ask_target(
        self,
        title: str,
        file_filter: str,
        suffix: str,
        legal_name: str,
        offered: str | None = None,
    ) -> Path | None:
        """The file chosen in a save dialog offering `offered` (else default_name)."""
        folder = self.window.db.path.parent
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            title,
            str(folder / (offered or self.default_name(legal_name, suffix))),
            file_filter,
        )
        return chosen_target(self.parent_widget, name, suffix) if name else None

    def _status(self, text: str) -> None:
        self.window.show_status(text, STATUS_MS)

    # -- exports -------------------------------------------------------------------------------

    def export_pdf_dialog(self) -> None:
        organisation = self._organisation()
        if organisation is None:
            return
        target = self._ask_target(
            self.tr("Export the register (PDF)"),
            self.tr("PDF documents (*.pdf)"),
            ".pdf",
            organisation[1],
        )
        if target is not None:
            self.export_pdf(target)

    def export_pdf(self, target: Path) -> bool:
        """Write the register of the organisation shown as a PDF document at target."""
        return self._export(target, self._build_pdf(), self.tr("Writing the PDF register…"))

    def export_excel_dialog(self) -> None:
        organisation = self._organisation()
        if organisation is None:
            return
        target = self._ask_target(
            self.tr("Export the register (Excel)"),
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
            organisation[1],
        )
        if target is not None:
            self.export_excel(target)

    def export_excel(self, target: Path) -> bool:
        """Write the register of the organisation shown as an Excel workbook at target."""
        label = self.tr("Writing the Excel workbook…")
        return self._export(target, self._build_workbook(), label)

    def export_layout_dialog(self, layout: Literal["apd", "cnil"]) -> None:
        organisation = self._organisation()
        if organisation is None:
            return
        if layout == "apd":
            title = self.tr("Export the register (APD/GBA layout)")
            name = self.tr("{name} - register (APD layout) - {date}")
        else:
            title = self.tr("Export the register (CNIL layout)")
            name = self.tr("{name} - register (CNIL layout) - {date}")
        offered = name.format(name=organisation[1], date=date.today().isoformat())
        target = self._ask_target(
            title,
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
            organisation[1],
            safe_file_name(offered) + ".xlsx",
        )
        if target is not None:
            self.export_layout(layout, target)

    def export_layout(self, layout: Literal["apd", "cnil"], target: Path) -> bool:
        """Write the register of the organisation shown in an authority's layout at target."""
        label = self.tr("Writing the register in the authority’s layout…")
        return self._export(target, self._build_layout(layout), label)

    def _build_layout(self, layout: Literal["apd", "cnil"]) -> Callable[[Progress], bytes]:
        """The work building the register in an authority's layout (worker thread)."""
        db, organisation_id = self.window.db, self.window.organisation_id()

        def build(progress: Progress) -> bytes:
            from ropa.exports.layouts import build_layout

            return build_layout(db, layout, organisation_id, progress=progress)

        return build

    def export_dpv_dialog(self) -> None:
        organisation = self._organisation()
        if organisation is None:
            return
        target = self._ask_target(
            self.tr("Export the register (DPV)"),
            self.tr("JSON-LD documents (*.jsonld)"),
            ".jsonld",
            organisation[1],
        )
        if target is not None:
            self.export_dpv(target)

    def export_dpv(self, target: Path) -> bool:
        """Write the register of the organisation shown as JSON-LD in the W3C Data Privacy
        Vocabulary (for other tools) at target."""
        label = self.tr("Writing the DPV document…")
        return self._export(target, self._build_dpv(), label)

    def _build_dpv(self) -> Callable[[Progress], bytes]:
        """The work building the DPV document of the organisation shown (worker thread)."""
        db, organisation_id = self.window.db, self.window.organisation_id()

        def build(progress: Progress) -> bytes:
            from ropa.exports.dpv import export_dpv

            ids = [organisation_id] if organisation_id else None
            return export_dpv(db, ids, progress=progress).encode("utf-8")

        return build

    def _build_pdf(self) -> Callable[[Progress], bytes]:
        """The work building the PDF of the organisation shown (run in the worker thread)."""
        db, organisation_id = self.window.db, self.window.organisation_id()
        drafts = self.pdf_drafts_action.isChecked()

        def build(progress: Progress) -> bytes:
            from ropa.exports.pdf import build_pdf

            return build_pdf(db, organisation_id, progress=progress, include_drafts=drafts)

        return build

    def _build_workbook(self) -> Callable[[Progress], bytes]:
        """The work building the workbook of the organisation shown (worker thread)."""
        db, organisation_id = self.window.db, self.window.organisation_id()

        def build(progress: Progress) -> bytes:
            from ropa.exports.workbook import build_workbook

            return build_workbook(db, organisation_id, progress=progress)

        return build

    def _export(self, target: Path, build: Callable[[Progress], bytes], label: str) -> bool:
        if self.window.organisation_id() is None:
            return False
        try:
            data = run_with_progress(self.parent_widget, self.tr("Export"), label, build)
            write_atomic(target, data)
        except Cancelled:
            self._status(self.tr("Export cancelled"))
            return False
        except RopaError as error:
            self.window.show_message(
                QMessageBox.Icon.Critical, self.tr("The register was not exported."), error
            )
            return False
        self._status(self.tr("Exported: {path}").format(path=target))
        return True

    # -- print preview -------------------------------------------------------------------------

    def print_preview(self) -> PdfPreviewDialog | None:
        """Build the PDF register and show it in the print preview (which can print it)."""
        organisation = self._organisation()
        if organisation is None:
            return None
        try:
            pdf = run_with_progress(
                self.parent_widget,
                self.tr("Print preview"),
                self.tr("Preparing the pages…"),
                self._build_pdf(),
            )
        except Cancelled:
            self._status(self.tr("Print preview cancelled"))
            return None
        except RopaError as error:
            self.window.show_message(
                QMessageBox.Icon.Critical, self.tr("The register cannot be previewed."), error
            )
            return None
        from ropa.ui.dialogs.pdf_preview import PdfPreviewDialog

        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        folder = self.window.db.path.parent
        self.preview = PdfPreviewDialog(
            self.parent_widget,
            pdf,
            self.tr("Print preview — {name}").format(name=organisation[1]),
            suggested_name=str(folder / self.default_name(organisation[1], ".pdf")),
            language=self.window.language,
        )
        self.preview.show()
        return self.preview

    # -- import --------------------------------------------------------------------------------

    def import_excel_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Import from Excel"),
            str(self.window.db.path.parent),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if name:
            self.import_excel(Path(name))

    def import_excel(self, path: Path) -> bool:
        """Read an edited workbook, show what it would change, and apply it when the user
        accepts (all or nothing). True when changes were applied."""
        from ropa.exports.workbook import apply_import, plan_import
        from ropa.ui.dialogs.import_preview import ImportPreviewDialog

        window, parent, db = self.window, self.parent_widget, self.window.db
        organisation_id = window.organisation_id()
        if organisation_id is None:
            return False
        unchanged = self.tr("Nothing was imported: the register is unchanged.")
        try:
            data = read_input(path)
            plan = run_with_progress(
                parent,
                self.tr("Import from Excel"),
                self.tr("Reading the workbook…"),
                lambda progress: plan_import(
                    db, data, organisation_id=organisation_id, source=path.name, progress=progress
                ),
            )
        except Cancelled:
            self._status(self.tr("Import cancelled"))
            return False
        except RopaError as error:
            window.show_message(QMessageBox.Icon.Warning, unchanged, error)
            return False

        dialog = ImportPreviewDialog(parent, plan)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if plan.is_empty:
            self._status(self.tr("The workbook contains no changes."))
            return False
        if not accepted:
            self._status(self.tr("Import cancelled"))
            return False
        if not apply_plan(
            parent, window, self.tr("Import from Excel"), lambda: apply_import(db, plan), unchanged
        ):
            return False
        changes = sum(plan.count(kind) for kind in ("added", "changed", "removed"))
        self._status(self.tr("Workbook imported: %n change(s)", "", changes))
        return True
