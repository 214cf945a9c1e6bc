"""The preview of the privacy notice: its HTML fragment in a QTextBrowser that follows no link.

The fragment carries no style (a web site gives it its own), so the preview adds spacing and
table rules in the palette's colours (dark mode too). A live refresh keeps the reader's place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from ropa.exports.notice.model import NoticeDocument
from ropa.exports.notice.render_html import render_fragment


def preview_style(palette: QPalette) -> str:
    """The preview's default style sheet, in the palette's colours."""
    rule = palette.color(QPalette.ColorRole.Mid).name()
    return (
        "h1 { margin-bottom: 4px; } h2 { margin-top: 18px; } "
        "table { border-collapse: collapse; margin-bottom: 8px; } "
        f"th, td {{ padding: 4px 8px; border-bottom: 1px solid {rule}; vertical-align: top; }} "
        "th { text-align: left; }"
    )


class NoticePreview(QTextBrowser):
    """Shows a notice document; links inside it (its contents) scroll, others do nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview of the privacy notice"))
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)  # a click never leaves the preview
        self.anchorClicked.connect(self._anchor_clicked)
        self.document().setDocumentMargin(12)
        self.document().setDefaultStyleSheet(preview_style(self.palette()))
        self._key: tuple[object, ...] | None = None
        self._document: NoticeDocument | None = None

    def show_document(self, doc: NoticeDocument | None, key: tuple[object, ...] = ()) -> None:
        """Show doc (None: nothing). The same key as the document shown before (same notice,
        read again) keeps the scroll position; another one starts at the top."""
        self._document = doc
        if doc is None:
            self._key = None
            self.clear()
            return
        scroll = self.verticalScrollBar()
        position = scroll.value() if key == self._key else 0
        self.setHtml(render_fragment(doc))
        scroll.setValue(position)
        self._key = key

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # e.g. the system turned dark
            self.document().setDefaultStyleSheet(preview_style(self.palette()))
            if self._document is not None:
                self.show_document(self._document, self._key or ())

    def _anchor_clicked(self, url: QUrl) -> None:
        if not url.scheme() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
