"""File > New register from a file…: a ropa workbook (.xlsx) or JSON interchange file opened as a
new register. The user picks the file, then where to save the new register (beside it by
default); the same change preview as an Excel import shows what it will hold; "Create the
register" writes it (ropa.exports.new_register) and the window shows it.

Reading and writing run behind a progress dialog. A failure is said in the user's language,
naming the file and the place in it, and leaves nothing behind; an existing file is never
replaced.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ropa.core.errors import RegisterFileError, RopaError
from ropa.core.handle import Register
from ropa.exports.common import Cancelled
from ropa.ui.dialogs.progress_runner import run_with_progress


class RegisterFromFileHost(Protocol):
    """What the action needs of its window (passed in: this module does not import it)."""

    db: Register
    language: str

    def show_message(
        self, icon: QMessageBox.Icon, text: str, detail: RopaError | str | None = None
    ) -> QMessageBox: ...

    def show_status(self, text: str, timeout_ms: int) -> None: ...

    def open_file(self, path: Path) -> bool: ...


STATUS_MS = 5000


def free_name(source: Path) -> Path:
    """Where the new register is proposed: beside the file, named after it (“register.ropa”,
    else “register (2).ropa”…), never a file that exists."""
    candidate = source.with_suffix(".ropa")
    number = 2
    while candidate.exists():
        candidate = source.with_name(f"{source.stem} ({number}).ropa")
        number += 1
    return candidate


class RegisterFromFile(QObject):
    """The action's dialogs, for one window."""

    def __init__(self, parent: QWidget, host: RegisterFromFileHost) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.host = host

    def dialog(self) -> Path | None:
        """Ask for the file, then for the new register's place; the register created, or
        None."""
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("New register from a file"),
            str(self.host.db.path.parent),
            self.tr("ropa workbooks and JSON files (*.xlsx *.json)"),
        )
        if not name:
            return None
        source = Path(name)
        target = self.ask_target(source)
        if target is None:
            return None
        return self.create(source, target)

    def ask_target(self, source: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Save the new register"),
            str(free_name(source)),
            self.tr("ropa registers (*.ropa)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        return Path(name) if name.lower().endswith(".ropa") else Path(name + ".ropa")

    def create(self, source: Path, target: Path) -> Path | None:
        """Read source, show what the new register at target would hold and, once the user
        agrees, create it and show it in the window. The register created, or None."""
        from ropa.exports.new_register import (
            create_new_register,
            discard_new_register,
            plan_new_register,
        )
        from ropa.ui.dialogs.import_preview import ImportPreviewDialog

        not_created = self.tr("The register was not created.")
        title = self.tr("New register from a file")
        language = self.host.language
        if target.exists():  # said before anything is read
            error = RegisterFileError("error.file.exists", path=str(target))
            self.host.show_message(QMessageBox.Icon.Warning, not_created, error)
            return None
        try:
            new = run_with_progress(
                self.parent_widget,
                title,
                self.tr("Reading the file…"),
                lambda progress: plan_new_register(
                    source, target, language=language, progress=progress
                ),
            )
        except Cancelled:
            self.host.show_status(self.tr("Nothing was created."), STATUS_MS)
            return None
        except RopaError as error:
            self.host.show_message(QMessageBox.Icon.Warning, not_created, error)
            return None
        dialog = ImportPreviewDialog(self.parent_widget, new.plan, new_register=target.name)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted or new.is_empty:
            discard_new_register(new)
            self.host.show_status(self.tr("Nothing was created."), STATUS_MS)
            return None
        try:
            run_with_progress(
                self.parent_widget,
                title,
                self.tr("Creating the register…"),
                lambda _progress: create_new_register(new),
                cancellable=False,
            )
        except RopaError as error:
            self.host.show_message(QMessageBox.Icon.Warning, not_created, error)
            return None
        if not self.host.open_file(target):
            return None
        self.host.show_status(self.tr("Register created: {path}").format(path=target), STATUS_MS)
        return target
