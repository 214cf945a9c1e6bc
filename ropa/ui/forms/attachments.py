"""The documents of a record, in its form: the files attached to a contract, an impact
assessment, a breach or an activity (ropa.core.attachments), listed by name, size and date
(their bytes unread), with Attach, Open, Save a copy and Remove. Files may also be dropped on
the list. Attaching and removing are undo steps; Open hands a read-only temporary copy to the
system's viewer, never the register."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa.core import attachments as att
from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.ui.commands import DeleteEntityCommand, RegisterCommand, RegisterEvents, push
from ropa.ui.geometry import FlowLayout
from ropa.ui.models.table_model import format_timestamp
from ropa.ui.views.refresh import Refresher

ErrorHandler = Callable[[str, RopaError], None]
"""Tells a refusal: what was refused, and why (as ropa.ui.views.list_page.ErrorHandler)."""
VISIBLE_ROWS = 4
"""The list's height, in rows: a contract's signed copy and its annexes show without
scrolling, and the form stays short."""


class AttachCommand(RegisterCommand):
    """Attach a file to a record; undo removes it, redo puts the same one back."""

    def __init__(
        self,
        db: Register,
        owner_table: str,
        owner_id: str,
        name: str,
        data: bytes,
        events: RegisterEvents | None = None,
    ) -> None:
        self.attach = att.AttachEdit(owner_table, owner_id, name, data)
        super().__init__(db, self.attach, events)

    @property
    def entity_id(self) -> str | None:
        return self.attach.entity_id

    def menu_text(self) -> str:
        return QCoreApplication.translate("Commands", "Attach “%1”").replace(
            "%1", self.attach.label
        )

    def done_text(self) -> str:
        return QCoreApplication.translate("Commands", "Attached “%1”").replace(
            "%1", self.attach.label
        )


UNITS = {
    "en": ("byte", "bytes", "KB", "MB"),
    "fr": ("octet", "octets", "Ko", "Mo"),
    "nl": ("byte", "bytes", "kB", "MB"),
}
"""A size's units as each language writes them (French counts in octets)."""


def size_text(size: int, lang: str) -> str:
    """A file's size as people say it: "830 bytes", "12 KB", "3.4 MB" (decimal comma and
    French units in French, decimal comma in Dutch), a no-break space before the unit."""
    one, many, kilo, mega = UNITS.get(lang, UNITS["en"])
    if size < 1024:
        return f"{size}\u00a0{one if size == 1 else many}"
    value, unit = size / 1024, kilo
    if value >= 1024:
        value, unit = value / 1024, mega
    text = f"{value:.0f}" if value >= 10 else f"{value:.1f}"
    if lang != "en":
        text = text.replace(".", ",")
    return f"{text}\u00a0{unit}"


class AttachmentsPanel(QWidget):
    """The files attached to one record of `owner_table` (show_owner), and what can be done
    with them. `show_error(what, error)` tells a refusal."""

    changed = Signal()  # the list was read again

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        lang: str,
        owner_table: str,
        show_error: ErrorHandler,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.stack = stack
        self.events = events
        self.lang = lang
        self.owner_table = owner_table
        self.owner_id: str | None = None
        self.read_only = False
        self._show_error = show_error
        self._rows: list[att.AttachmentRow] = []

        self.list = QTreeWidget(self)
        self.list.setObjectName("attachments")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels([self.tr("Document"), self.tr("Size"), self.tr("Attached on")])
        self.list.setAccessibleName(self.tr("Attached documents"))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        row_height = self.list.fontMetrics().height() + 8
        self.list.setFixedHeight(row_height * (VISIBLE_ROWS + 1) + 6)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.installEventFilter(self)
        self.setAcceptDrops(True)
        self.list.setAcceptDrops(True)
        self.list.viewport().setAcceptDrops(True)

        self.attach_button = QPushButton(self.tr("Attach a file…"), self)
        self.attach_button.setToolTip(
            self.tr(
                "Keep a copy of a document inside the register (at most %1 MB): a signed "
                "contract, a report, evidence. You can also drop files on the list."
            ).replace("%1", str(att.MAX_ATTACHMENT_BYTES // (1024 * 1024)))
        )
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Open a copy of the document with its usual program"))
        self.save_button = QPushButton(self.tr("Save a copy…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(
            self.tr("Remove the document from the register (Undo puts it back)")
        )
        self.attach_button.clicked.connect(self.attach_dialog)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)

        buttons = FlowLayout()
        for button in (self.attach_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

        self.refresher = Refresher(
            self,
            events,
            lambda changes: changes.touches("attachment", owner_table),
            lambda _changes: self.reload(),
        )
        self._update_buttons()

    # -- showing -------------------------------------------------------------------------------

    def show_owner(self, owner_id: str | None) -> None:
        """Show the documents of this record (None: none)."""
        if owner_id != self.owner_id:
            self.owner_id = owner_id
            self.reload()

    def reload(self) -> None:
        rows: list[att.AttachmentRow] = []
        if self.owner_id is not None:
            rows = att.load_attachments(self.db, self.owner_table, self.owner_id)
        selected = set(self.selected_ids())
        self._rows = rows
        self.list.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [row.name, size_text(row.size, self.lang), self._date_text(row.added_at)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(
                0, row.name if not row.description else f"{row.name}\n{row.description}"
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            item.setSelected(row.id in selected)
        self._update_buttons()
        self.changed.emit()

    def _date_text(self, moment: datetime) -> str:
        return format_timestamp(moment)

    def set_read_only(self, read_only: bool) -> None:
        """Documents can still be opened and saved; not attached or removed."""
        self.read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_owner = self.owner_id is not None
        selected = len(self.list.selectedItems())
        self.attach_button.setEnabled(has_owner and not self.read_only)
        self.open_button.setEnabled(selected == 1)
        self.save_button.setEnabled(selected == 1)
        self.remove_button.setEnabled(selected > 0 and not self.read_only)

    def selected_ids(self) -> list[str]:
        return [str(item.data(0, Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]

    def row(self, attachment_id: str) -> att.AttachmentRow | None:
        return next((r for r in self._rows if r.id == attachment_id), None)

    # -- attaching -----------------------------------------------------------------------------

    def attach_dialog(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach documents"))
        self.attach_files([Path(name) for name in names])

    def attach_files(self, paths: list[Path]) -> int:
        """Attach each file, one undo step each; a file refused is told and the others are
        still attached. How many were attached."""
        if self.owner_id is None or self.read_only:
            return 0
        done = 0
        for path in paths:
            what = self.tr("The document was not attached.")
            try:
                data = att.read_file(path)
            except RopaError as error:
                self._show_error(what, error)
                continue
            command = AttachCommand(
                self.db, self.owner_table, self.owner_id, path.name, data, self.events
            )
            refusal = push(self.stack, command)
            if refusal is not None:
                self._show_error(what, refusal)
                continue
            done += 1
        return done

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if self._dropped_files(event.mimeData()) and self.attach_button.isEnabled():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt override
        if self.attach_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        paths = self._dropped_files(event.mimeData())
        if paths and self.attach_button.isEnabled():
            event.acceptProposedAction()
            self.attach_files(paths)

    @staticmethod
    def _dropped_files(mime: QMimeData) -> list[Path]:
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    # -- opening, saving, removing -------------------------------------------------------------

    def open_selected(self) -> Path | None:
        """Open a read-only copy of the selected document with the system's viewer; the copy."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        try:
            copy = att.open_copy(self.db, ids[0])
        except (RopaError, OSError) as error:
            self._show_error(self.tr("The document could not be opened."), _as_error(error))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            self._show_error(
                self.tr("The document could not be opened."),
                RopaError("error.attachment_no_viewer", name=copy.name),
            )
        return copy

    def save_selected(self) -> Path | None:
        ids = self.selected_ids()
        row = self.row(ids[0]) if len(ids) == 1 else None
        if row is None:
            return None
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the document"), str(Path.home() / row.name)
        )
        if not name:
            return None
        try:
            return att.save_copy(self.db, row.id, Path(name))
        except (RopaError, OSError) as error:
            self._show_error(self.tr("The copy was not saved."), _as_error(error))
            return None

    def remove_selected(self) -> int:
        """Remove the selected documents (one undo step each); how many were removed."""
        if self.read_only:
            return 0
        done = 0
        for attachment_id in self.selected_ids():
            row = self.row(attachment_id)
            command = DeleteEntityCommand(
                self.db,
                "attachment",
                attachment_id,
                None if row is None else row.version,
                self.events,
            )
            error = push(self.stack, command)
            if error is not None:
                self._show_error(self.tr("The document was not removed."), error)
                break
            done += 1
        return done

    def eventFilter(self, watched: Any, event: Any) -> bool:  # Qt override
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
            if event.key() == Qt.Key.Key_Delete and self.remove_button.isEnabled():
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)


def _as_error(error: RopaError | OSError) -> RopaError:
    if isinstance(error, RopaError):
        return error
    from ropa.core.errors import os_reason

    return RopaError(
        "error.attachment_write", path=str(error.filename or ""), reason=os_reason(error)
    )
