"""The banner above the pages of a register opened read-only: that it is, why, what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ropa.core.file_failures import read_only_explanation
from ropa.core.handle import Register


class ReadOnlyBanner(QFrame):
    """Shown while the register is read-only (ropa.core.file_failures), hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#read_only_banner { background: #fff4ce; border: 1px solid #e0b400; }"
            "#read_only_banner QLabel { color: #3b2f00; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setObjectName("read_only_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # paths are shown as they are
        layout.addWidget(self.label, 1)
        self.hide()

    def show_register(self, db: Register, language: str) -> None:
        """Show why db is read-only (in the interface language), or hide when writable."""
        why = read_only_explanation(db, language)
        if why is None:
            self.label.clear()
            self.hide()
            return
        heading = self.tr(
            "This register is open read-only: you can read, export and copy it, but not change it."
        )
        self.label.setText(f"{heading}\n{why}")
        self.show()
