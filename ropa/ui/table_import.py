"""File > Import a register from a spreadsheet…: a register kept in any spreadsheet (xlsx, ods,
csv; the CNIL's or the APD/GBA template, or a firm's own columns) brought into the organisation
shown. The table is read and its columns recognised (ropa.exports.table), the user reviews the
mapping (ropa.ui.dialogs.table_import_dialog), then the same change preview and all-or-nothing
apply as the Excel import; the mapping applied is remembered for the next time.

Reading, planning and applying run behind a progress dialog. Every failure (a broken file, a
table whose rows cannot become activities, a register changed meanwhile) is a message in the
user's language, and the register is unchanged.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ropa import paths
from ropa.core.errors import RopaError
from ropa.core.files import read_input, write_atomic
from ropa.exports.common import Cancelled, ImportPlan, Progress
from ropa.exports.table import Mapping, TableBook, guess_mapping
from ropa.ui.dialogs.progress_runner import run_with_progress
from ropa.ui.import_apply import STATUS_MS, ImportHost, apply_plan

log = logging.getLogger(__name__)
T = TypeVar("T")

_SAFE_SIGNATURE = re.compile(r"[A-Za-z0-9_-]{1,128}")  # a signature as a file name


# -- the remembered mappings -------------------------------------------------------------------


def mappings_dir() -> Path:
    """Where the last mapping applied to each table is kept, by the table's signature."""
    return paths.user_data_dir() / "mappings"


def remembered_mapping(signature: str) -> Mapping | None:
    """The mapping last applied to a table with this signature, or None (none, or a file that
    cannot be read: it is only a convenience, so that is logged and ignored)."""
    if not _SAFE_SIGNATURE.fullmatch(signature):
        return None
    path = mappings_dir() / f"{signature}.json"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.info("cannot read the remembered mapping %s: %s", path.name, exc)
        return None
    try:
        return Mapping.from_json(data)
    except (RopaError, ValueError) as exc:
        log.info("ignoring the remembered mapping %s: %s", path.name, exc)
        return None


def remember_mapping(mapping: Mapping, *signatures: str) -> None:
    """Keep mapping for the next import of a table with one of these signatures (the one it
    has now, and the one ropa guessed at first). Raises RopaError when it cannot be written."""
    folder = mappings_dir()
    data = mapping.to_json().encode("utf-8")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RopaError("error.output_unwritable", path=str(folder), reason=exc.strerror) from exc
    for signature in dict.fromkeys(signatures):
        if _SAFE_SIGNATURE.fullmatch(signature):
            write_atomic(folder / f"{signature}.json", data)


def initial_mapping(book: TableBook) -> tuple[Mapping, Mapping | None, str]:
    """ropa's guess for the table with the choices remembered for a table with the same
    columns applied, the remembered mapping (None: none), and the signature of ropa's own
    guess (the mapping applied is remembered under it too)."""
    guessed = guess_mapping(book)
    signature = guessed.signature()
    saved = remembered_mapping(signature)
    if saved is None:
        return guessed, None, signature
    return guess_mapping(book, saved), saved, signature


# -- the import --------------------------------------------------------------------------------


class TableImport(QObject):
    """The import's steps, for one window."""

    def __init__(self, parent: QWidget, host: ImportHost) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.host = host

    def title(self) -> str:
        return self.tr("Import a register from a spreadsheet")

    def _status(self, text: str) -> None:
        self.host.show_status(text, STATUS_MS)

    def _progress(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Progress], T],
        *,
        cancellable: bool = True,
    ) -> T:
        """run_with_progress under the import's title."""
        return run_with_progress(parent, self.title(), label, work, cancellable=cancellable)

    def _has_organisation(self) -> bool:
        if self.host.organisation_id() is not None:
            return True
        self.host.show_message(
            QMessageBox.Icon.Information,
            self.tr("This register holds no organisation yet."),
            self.tr(
                "The activities of a spreadsheet are imported into an organisation. Create "
                "one first (File ▸ New register… asks for it), then import the spreadsheet "
                "into that register."
            ),
        )
        return False

    def dialog(self) -> bool:
        """Ask for the file, then import it. True when changes were applied."""
        if not self._has_organisation():
            return False
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.title(),
            str(self.host.db.path.parent),
            self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"),
        )
        return self.run(Path(name)) if name else False

    def run(self, path: Path) -> bool:
        """Read the table at path, let the user review the mapping, preview the changes, and
        apply them when the user accepts (all or nothing). True when changes were applied."""
        from ropa.exports.table import read_table
        from ropa.ui.dialogs.table_import_dialog import TableImportDialog

        host = self.host
        if not self._has_organisation():
            return False
        unchanged = self.tr("Nothing was imported: the register is unchanged.")

        def read(progress: Progress) -> tuple[TableBook, Mapping, Mapping | None, str]:
            book = read_table(data, path.name)
            progress(1, 2)  # stops here when the user cancelled
            mapping, remembered, signature = initial_mapping(book)
            progress(2, 2)
            return book, mapping, remembered, signature

        try:
            data = read_input(path)
            book, mapping, remembered, signature = self._progress(
                self.parent_widget, self.tr("Reading the spreadsheet…"), read
            )
        except Cancelled:
            self._status(self.tr("Import cancelled"))
            return False
        except RopaError as error:
            host.show_message(QMessageBox.Icon.Warning, unchanged, error)
            return False

        dialog = TableImportDialog(
            self.parent_widget,
            book,
            mapping,
            lang=host.language,
            remembered=remembered,
            plan_import=lambda parent, chosen: self._plan(parent, book, chosen, path.name),
            show_message=host.show_message,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        plan, chosen = dialog.plan, dialog.mapping
        dialog.deleteLater()
        if not accepted or plan is None:
            self._status(self.tr("Import cancelled"))
            return False
        if not self._preview(plan):
            return False
        if not self._apply(plan, unchanged):
            return False
        changes = sum(plan.count(kind) for kind in ("added", "changed", "removed"))
        done = self.tr("Spreadsheet imported: %n change(s)", "", changes)
        not_remembered = self._remember(chosen, signature)
        if not_remembered is None:
            self._status(done)
        else:
            host.show_status(f"{done} — {not_remembered}", 3 * STATUS_MS)
        return True

    def _plan(
        self, parent: QWidget, book: TableBook, mapping: Mapping, source: str
    ) -> ImportPlan | None:
        """The plan of importing the table as mapped (None, said to the user, when it cannot
        be imported so or the user cancelled): what the mapping dialog's Preview runs."""
        from ropa.exports.table import plan_table_import

        db, organisation_id = self.host.db, self.host.organisation_id()
        try:
            plan: ImportPlan = self._progress(
                parent,
                self.tr("Preparing the import…"),
                lambda progress: plan_table_import(
                    db,
                    book,
                    mapping,
                    organisation_id=organisation_id,
                    source=source,
                    progress=progress,
                    lang=self.host.language,
                ),
            )
        except Cancelled:
            return None
        except RopaError as error:
            self.host.show_message(
                QMessageBox.Icon.Warning,
                self.tr("The spreadsheet cannot be imported as mapped: the register is unchanged."),
                error,
            )
            return None
        return plan

    def _preview(self, plan: ImportPlan) -> bool:
        """The change preview of the Excel import, in this import's words; True when the
        user chose to apply the changes."""
        from ropa.ui.dialogs.import_preview import ImportPreviewDialog

        preview = ImportPreviewDialog(self.parent_widget, plan)
        preview.setWindowTitle(self.title())
        preview.source_label.setText(
            self.tr("Spreadsheet {source}, for {organisation}").format(
                source=plan.source or "—", organisation=plan.organisation_name
            )
        )
        if plan.is_empty:
            preview.summary_label.setText(
                self.tr("The spreadsheet brings no change to the register.")
            )
        accepted = preview.exec() == QDialog.DialogCode.Accepted
        preview.deleteLater()
        if plan.is_empty:
            self._status(self.tr("The spreadsheet brings no change to the register."))
            return False
        if not accepted:
            self._status(self.tr("Import cancelled"))
        return accepted

    def _apply(self, plan: ImportPlan, unchanged: str) -> bool:
        from ropa.exports.table import apply_table_import

        db = self.host.db
        return apply_plan(
            self.parent_widget,
            self.host,
            self.title(),
            lambda: apply_table_import(db, plan),
            unchanged,
        )

    def _remember(self, mapping: Mapping, first_signature: str) -> str | None:
        """Keep the mapping for the next import of the same table; what went wrong when it
        could not be kept (only said in the status bar: the import itself is done)."""
        try:
            remember_mapping(mapping, mapping.signature(), first_signature)
        except RopaError as error:
            log.info("the mapping was not remembered: %s", error)
            return self.tr("the mapping will not be offered next time: {reason}").format(
                reason=error.message(self.host.language)
            )
        return None
