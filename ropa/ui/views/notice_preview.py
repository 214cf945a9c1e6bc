"""The preview of the privacy notice: its HTML fragment in a QTextBrowser that follows no link.

The fragment carries no style (a web site gives it its own), so the preview adds what the
standalone page's style sheet does, within the HTML subset QTextDocument draws: the header
set apart by a rule, the first layer ("In short") in a tinted box with an accent on its left,
the contents of the details in a grey box, then the numbered details with ruled tables — in
the palette's colours (dark mode too). QTextDocument draws no box around a <section> or a
<nav>, so those two become one-cell tables. A live refresh keeps the reader's place.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from ropa.exports.notice.model import NoticeDocument
from ropa.exports.notice.render_html import render_fragment

ROUNDING_PX = 2
"""Qt lays a table that fills the width out a pixel wider than the page: no scroll bar for
that (the text wraps to the preview's width; only a wider table makes one)."""

SUMMARY_CLASS = "ropa-notice-summary"
CONTENTS_CLASS = "ropa-notice-contents"

# The fragment's own markup (every text in it is escaped, so these tags are never a text's).
_BOXES = (
    (re.compile(rf'<section class="{SUMMARY_CLASS}"[^>]*>'), "</section>", SUMMARY_CLASS),
    (re.compile(rf'<nav class="{CONTENTS_CLASS}"[^>]*>'), "</nav>", CONTENTS_CLASS),
)


def _mix(base: QColor, tint: QColor, share: float) -> str:
    """base with share of tint blended in, as #rrggbb."""
    channels = (
        round(a + (b - a) * share)
        for a, b in (
            (base.red(), tint.red()),
            (base.green(), tint.green()),
            (base.blue(), tint.blue()),
        )
    )
    return "#{:02x}{:02x}{:02x}".format(*channels)


def preview_style(palette: QPalette) -> str:
    """The preview's default style sheet, in the palette's colours."""
    role = QPalette.ColorRole
    rule = palette.color(role.Mid).name()
    base, accent = palette.color(role.Base), palette.color(role.Highlight)
    quiet = _mix(palette.color(role.Text), base, 0.35)  # the header's secondary lines
    tinted = _mix(base, accent, 0.08)  # the first layer's box
    grey = palette.color(role.AlternateBase).name()
    box = f"border: 1px solid {rule}; padding: 12px 16px; border-collapse: collapse; "
    return (
        "h1 { margin-bottom: 4px; } h2 { margin-top: 18px; } "
        f"hr {{ background-color: {rule}; margin-top: 10px; margin-bottom: 4px; }} "
        "p.ropa-notice-organisation { font-weight: 600; font-size: large; margin: 2px 0; } "
        f"p.ropa-notice-subtitle, p.ropa-notice-version {{ color: {quiet}; margin: 2px 0; }} "
        "p.ropa-notice-version { font-size: small; } "
        "table { border-collapse: collapse; margin-bottom: 8px; } "
        f"th, td {{ padding: 4px 8px; border-bottom: 1px solid {rule}; vertical-align: top; }} "
        f"th {{ text-align: left; background-color: {grey}; }} "
        f"table.{SUMMARY_CLASS}, table.{CONTENTS_CLASS} "
        "{ margin-top: 12px; margin-bottom: 18px; } "
        f"td.{SUMMARY_CLASS} {{ {box}background-color: {tinted}; "
        f"border-left: 4px solid {accent.name()}; }} "
        f"td.{CONTENTS_CLASS} {{ {box}background-color: {grey}; }} "
        f"td.{SUMMARY_CLASS} h2, td.{CONTENTS_CLASS} h2 {{ margin-top: 0; }} "
        f"td.{CONTENTS_CLASS} h2 {{ font-size: medium; }} "
    )


def preview_html(doc: NoticeDocument) -> str:
    """The notice's HTML fragment as the preview shows it: the summary (the first layer) and
    the contents each in a one-cell table (a box QTextDocument can draw), a rule under the
    header."""
    html = render_fragment(doc).replace("</header>", "</header>\n<hr>", 1)
    for opening, closing, name in _BOXES:
        found = opening.search(html)
        if found is None:  # e.g. a version published before the notice had a summary
            continue
        end = html.find(closing, found.end())
        if end < 0:
            continue
        html = (
            f"{html[: found.start()]}"
            f'<table class="{name}" width="100%" cellspacing="0"><tr><td class="{name}">'
            f"{html[found.end() : end]}</td></tr></table>{html[end + len(closing) :]}"
        )
    return html


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
        self.horizontalScrollBar().rangeChanged.connect(self._horizontal_range_changed)
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
        self.setHtml(preview_html(doc))
        scroll.setValue(position)
        self._key = key

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # e.g. the system turned dark
            self.document().setDefaultStyleSheet(preview_style(self.palette()))
            if self._document is not None:
                self.show_document(self._document, self._key or ())

    def _horizontal_range_changed(self, _minimum: int, maximum: int) -> None:
        policy = Qt.ScrollBarPolicy
        wanted = policy.ScrollBarAlwaysOff if maximum <= ROUNDING_PX else policy.ScrollBarAsNeeded
        if self.horizontalScrollBarPolicy() != wanted:  # its height only: no new range
            self.setHorizontalScrollBarPolicy(wanted)

    def _anchor_clicked(self, url: QUrl) -> None:
        if not url.scheme() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
