"""Help > User guide: the guide shipped in resources/guide/, shown in the application (offline)
in the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ropa.core.i18n import normalise_language
from ropa.paths import resources_dir
from ropa.ui.geometry import fit_to_screen


def guide_path(language: str) -> Path:
    """The user guide in this language (the English one when there is none)."""
    folder = resources_dir() / "guide"
    path = folder / f"user-guide.{normalise_language(language)}.md"
    return path if path.is_file() else folder / "user-guide.en.md"


class GuideDialog(QDialog):
    """The user guide, rendered from Markdown; links inside the guide are followed, links to
    the web open in the user's browser."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ropa — user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        path = guide_path(language)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 640)  # at most the screen it opens on: buttons in sight
