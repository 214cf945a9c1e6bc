"""What changed in the privacy notice since its last published version, section by section:
the lines removed (−) and added (+). Plain text only: texts of the register are shown as typed,
never interpreted as markup."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ropa.exports.notice.versions import SectionChange
from ropa.ui.geometry import fit_to_screen

REMOVED = "\u2212"  # minus sign
ADDED = "+"


def changes_text(changes: Sequence[SectionChange], kind_labels: dict[str, str]) -> str:
    """The changes as plain text: per section its title and what happened to it, then the
    removed lines (− …) and the added lines (+ …)."""
    blocks: list[str] = []
    for change in changes:
        lines = [f"{change.title} ({kind_labels.get(change.kind, change.kind)})"]
        lines.extend(f"{REMOVED} {line}" for line in change.removed)
        lines.extend(f"{ADDED} {line}" for line in change.added)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


class NoticeChangesDialog(QDialog):
    """The differences between the notice now and its version `number`."""

    def __init__(
        self, number: int, changes: Sequence[SectionChange], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes since version {number}").format(number=number))
        kinds = {
            "added": self.tr("new section"),
            "removed": self.tr("section removed"),
            "changed": self.tr("changed"),
        }
        intro = QLabel(
            self.tr(
                "What the notice says now and version {number} did not (+), and what version "
                "{number} said that the notice no longer says (\u2212)."
            ).format(number=number),
            self,
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setReadOnly(True)
        self.text_edit.setAccessibleName(self.tr("Changes"))
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text_edit.setFont(font)
        self.text_edit.setPlainText(changes_text(changes, kinds))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 520)  # at most the screen it opens on: buttons in sight

    def text(self) -> str:
        return self.text_edit.toPlainText()
