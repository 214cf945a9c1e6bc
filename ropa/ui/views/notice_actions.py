"""What the privacy notice page does with a notice: publish it (after confirmation), export it to
a file in one of the five formats, copy it as an HTML fragment; and the messages it shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ropa.core.errors import RopaError
from ropa.core.files import write_atomic
from ropa.core.handle import Register
from ropa.core.i18n import normalise_language
from ropa.exports.notice.formats import FORMATS
from ropa.exports.notice.model import NoticeDocument
from ropa.exports.notice.render_html import render_fragment
from ropa.exports.notice.versions import (
    NoticeStatus,
    NotReadyError,
    PublishResult,
    publish_notice,
)

# Suffixes accepted as typed for each format (anything else gets the format's own suffix).
_ACCEPTED_SUFFIXES = {
    "html": (".html", ".htm"),
    "fragment": (".html", ".htm"),
    "md": (".md", ".markdown"),
    "pdf": (".pdf",),
    "docx": (".docx",),
}


def export_target(name: str, format_name: str) -> Path:
    """The file chosen in the save dialog, with the format's suffix when it has none of its
    own (so "notice.html" stays as typed for a fragment, and "notice" gets ".fragment.html")."""
    if name.lower().endswith(_ACCEPTED_SUFFIXES[format_name]):
        return Path(name)
    return Path(name + FORMATS[format_name].suffix)


def default_file_name(doc: NoticeDocument, format_name: str, version: int | None = None) -> str:
    """privacy-notice-<audience>-<lang>[-v<N>]<suffix>, e.g. privacy-notice-all-fr.html."""
    shown = f"-v{version}" if version is not None else ""
    audience = (doc.audience or "all").replace("_", "-")
    return f"privacy-notice-{audience}-{doc.lang}{shown}{FORMATS[format_name].suffix}"


class NoticeActions(QObject):
    """Publish, export and copy for the page `parent`; messages in the interface language."""

    status_message = Signal(str)  # a short confirmation for the window's status bar

    def __init__(self, parent: QWidget, language: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self._language = normalise_language(language)

    # -- publishing ----------------------------------------------------------------------------

    def publish(
        self,
        db: Register,
        organisation_id: str,
        current: NoticeDocument,
        status: NoticeStatus,
    ) -> PublishResult | None:
        """Publish the notice as a new version, after confirmation (none is asked when the
        notice equals its last version: nothing will be stored, and the user is told so).

        Publishing is deliberately not an undoable command, unlike every edit of the
        register: a published version is an accountability record (what the organisation told
        people, and since when), so Undo never takes it back. Publishing again after a change
        makes a new version.
        """
        if not current.ready:
            self._not_ready(NotReadyError(current))
            return None
        if not status.up_to_date:
            if not self.confirm_publish(current.version):
                return None
        try:
            result = publish_notice(
                db, organisation_id, audience=current.audience, lang=current.lang
            )
        except NotReadyError as error:
            self._not_ready(error)
            return None
        except RopaError as error:
            self.message(QMessageBox.Icon.Critical, self.tr("The notice was not published."), error)
            return None
        if result.created:
            self.status_message.emit(
                self.tr("Version {number} of the privacy notice published").format(
                    number=result.number
                )
            )
        else:
            self.message(
                QMessageBox.Icon.Information,
                self.tr(
                    "The notice has not changed since version {number}: no new version."
                ).format(number=result.number),
            )
        return result

    def confirm_publish(self, number: int) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Publish the privacy notice"),
            self.tr("Publish the notice as version {number}?").format(number=number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        box.setInformativeText(
            self.tr(
                "The register keeps each published version, with its date and your name, as a "
                "record of what the notice said. It cannot be undone or deleted; publish again "
                "after the next change."
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Publish"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _not_ready(self, error: NotReadyError) -> None:
        self.message(
            QMessageBox.Icon.Warning,
            self.tr("The notice cannot be published yet: complete the register first."),
            error,
        )

    # -- export and copy -----------------------------------------------------------------------

    def export_dialog(
        self, doc: NoticeDocument, format_name: str, folder: Path, version: int | None
    ) -> bool:
        """Ask where to save doc in this format (in folder, under the default name), then
        write it. version: the published version's number when doc is one."""
        filters = {
            "html": self.tr("HTML pages (*.html *.htm)"),
            "fragment": self.tr("HTML fragments (*.html *.htm)"),
            "md": self.tr("Markdown documents (*.md)"),
            "pdf": self.tr("PDF documents (*.pdf)"),
            "docx": self.tr("Word documents (*.docx)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export the privacy notice"),
            str(folder / default_file_name(doc, format_name, version)),
            filters[format_name],
        )
        return bool(name) and self.export(doc, format_name, export_target(name, format_name))

    def export(self, doc: NoticeDocument, format_name: str, target: Path) -> bool:
        """Write doc to target in this format (atomically: never a half-written file)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_atomic(target, FORMATS[format_name].render(doc))
        except RopaError as error:
            QApplication.restoreOverrideCursor()
            self.message(QMessageBox.Icon.Critical, self.tr("The notice was not exported."), error)
            return False
        QApplication.restoreOverrideCursor()
        self.status_message.emit(self.tr("Exported: {path}").format(path=target))
        return True

    def copy_fragment(self, doc: NoticeDocument) -> None:
        """Put doc on the clipboard as an HTML fragment: its source as plain text (for a web
        site's HTML editor) and as HTML (for a rich text editor)."""
        html = render_fragment(doc)
        mime = QMimeData()
        mime.setText(html)
        mime.setHtml(html)
        QGuiApplication.clipboard().setMimeData(mime)
        _keep_as_text_on_quit(html)
        self.status_message.emit(self.tr("The notice was copied as HTML."))

    # -- messages ------------------------------------------------------------------------------

    def message(
        self, icon: QMessageBox.Icon, text: str, detail: RopaError | None = None
    ) -> QMessageBox:
        """Tell the user something, with the error's explanation in the interface language."""
        box = QMessageBox(icon, "ropa", text, QMessageBox.StandardButton.Ok, self._parent)
        if detail is not None:
            box.setInformativeText(detail.message(self._language))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
        return box


_copied: list[str] = []  # the last fragment copied, while it may still be on the clipboard


def _keep_as_text_on_quit(html: str) -> None:
    """At quit, put the fragment back on the clipboard as text set by Qt itself.

    A QMimeData created in Python and still held by the clipboard when the process ends is
    destroyed after the Python runtime (PySide6 6.12; seen as a crash on exit with the offscreen
    platform). Replacing it with setText() before the application goes leaves the user the
    fragment's source to paste, without a Python object in the clipboard.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    if not _copied:
        app.aboutToQuit.connect(release_clipboard)
        _copied.append(html)
    _copied[0] = html


def release_clipboard() -> None:
    """Swap the copied fragment for plain text set by Qt, if it is still on the clipboard."""
    if not _copied:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasHtml() and data.text() == _copied[0]:
        clipboard.setText(_copied[0])
