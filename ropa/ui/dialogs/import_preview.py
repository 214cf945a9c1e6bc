"""The preview of an Excel import: what it would add, change and remove, sheet by sheet, before
anything is written. Every value comes from the user's workbook: shown as plain text only.

The same preview shows what a new register made from a file would hold (File > New register
from a file…: `new_register` names the file to be created)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa.exports.common import ChangeKind, FieldChange, ImportPlan, RowChange
from ropa.ui.geometry import fit_to_screen

KINDS: tuple[ChangeKind, ...] = ("added", "changed", "removed")
EXPAND_ALL_UP_TO = 200
"""A plan with at most this many rows and fields opens fully expanded; a bigger one shows its
sheets and kinds, rows opened on demand."""


def _plain_label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text: never rich text
    label.setWordWrap(True)
    return label


class ImportPreviewDialog(QDialog):
    """Shows an ImportPlan; accepted (Apply changes) means: write it. An empty plan only says
    so, with a Close button."""

    def __init__(
        self, parent: QWidget | None, plan: ImportPlan, *, new_register: str | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import from Excel"))
        source = self.tr("Workbook {source}, for {organisation}").format(
            source=plan.source or "—", organisation=plan.organisation_name
        )
        if new_register is not None:
            self.setWindowTitle(self.tr("New register from a file"))
            source = self.tr("File {source}, read into the new register {target}").format(
                source=plan.source or "—", target=new_register
            )
        self.source_label = _plain_label(self, source)
        self.summary_label = _plain_label(self, self.summary_text())
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Row")])
        self.tree.setUniformRowHeights(False)  # values may hold several lines
        self.tree.setAccessibleName(self.tr("Changes"))
        self._fill_tree()

        self.notes_title = _plain_label(self, self.tr("Notes"))
        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.notes.addItems(plan.notes)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes_title.setVisible(bool(plan.notes))
        self.notes.setVisible(bool(plan.notes))

        self.undo_warning = _plain_label(
            self,
            self.tr(
                "This import cannot be undone with Edit ▸ Undo. The History page keeps every "
                "change it makes, with the previous values; to keep a copy of the register as "
                "it is now, use File ▸ Save a copy as… before applying."
            ),
        )

        self.buttons = QDialogButtonBox(self)
        self.apply_button: QPushButton | None = None
        if plan.is_empty:
            empty = self.tr("The workbook contains no changes.")
            if new_register is not None:
                empty = self.tr("The file holds no organisation: there is nothing to create.")
            self.summary_label.setText(empty)
            self.tree.hide()
            self.undo_warning.hide()
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        else:
            apply = self.tr("&Apply changes")
            if new_register is not None:
                apply = self.tr("&Create the register")
                self.undo_warning.hide()  # nothing to undo: the file does not exist yet
            self.apply_button = self.buttons.addButton(
                apply, QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.undo_warning)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 600)  # at most the screen it opens on: buttons in sight

    # -- texts ---------------------------------------------------------------------------------

    def summary_text(self) -> str:
        plan = self.plan
        return ", ".join(
            (
                self.tr("%n added", "", plan.count("added")),
                self.tr("%n changed", "", plan.count("changed")),
                self.tr("%n removed", "", plan.count("removed")),
            )
        )

    def kind_title(self, kind: ChangeKind) -> str:
        titles = {
            "added": self.tr("Added"),
            "changed": self.tr("Changed"),
            "removed": self.tr("Removed"),
        }
        return titles[kind]

    def value_text(self, value: str) -> str:
        return value if value != "" else self.tr("(empty)")

    def field_text(self, change: FieldChange) -> str:
        return self.tr("{column}: {old} → {new}").format(
            column=change.column, old=self.value_text(change.old), new=self.value_text(change.new)
        )

    # -- the tree ------------------------------------------------------------------------------

    def _fill_tree(self) -> None:
        size = sum(1 + len(c.fields) for sheet in self.plan.sheets for c in sheet.changes)
        expand_rows = size <= EXPAND_ALL_UP_TO
        for sheet in self.plan.sheets:
            if not sheet.changes:
                continue
            sheet_item = QTreeWidgetItem(self.tree, [sheet.sheet])
            sheet_item.setFirstColumnSpanned(True)
            for kind in KINDS:
                changes = [c for c in sheet.changes if c.kind == kind]
                if not changes:
                    continue
                title = f"{self.kind_title(kind)} ({len(changes)})"
                kind_item = QTreeWidgetItem(sheet_item, [title])
                kind_item.setData(0, Qt.ItemDataRole.UserRole, kind)
                for change in changes:
                    self._add_row(kind_item, change)
                kind_item.setExpanded(True)
            sheet_item.setExpanded(True)
        if expand_rows:
            self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _add_row(self, parent: QTreeWidgetItem, change: RowChange) -> None:
        row = "" if change.row is None else self.tr("row {number}").format(number=change.row)
        item = QTreeWidgetItem(parent, [change.label, row])
        for field in change.fields:
            QTreeWidgetItem(item, [self.field_text(field)])  # no tooltip: it could be rich

    def sheet_item(self, sheet: str) -> QTreeWidgetItem | None:
        """The tree's item of this sheet (for tests and accessibility tools)."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.text(0) == sheet:
                return item
        return None
