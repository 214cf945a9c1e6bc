"""The privacy notice page: the notice as the register makes it now (live preview), what the
register lacks for it, its published versions, and Publish / Export / Copy.

The notice is built by the Qt-free core (ropa.exports.notice) in the language and for the
audience picked here; the page reads again, debounced, when the register changes while it is
shown, and whenever it is shown again (an import reports no change of its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.core.i18n import LANGUAGES, normalise_language, value_label
from ropa.core.reads.notice import notice_organisation
from ropa.exports.notice.builder import AUDIENCES, build_notice
from ropa.exports.notice.model import NoticeDocument
from ropa.exports.notice.versions import (
    NoticeStatus,
    PublishResult,
    list_versions,
    load_version,
    notice_status,
)
from ropa.ui.commands import RegisterEvents
from ropa.ui.dialogs.notice_changes import NoticeChangesDialog
from ropa.ui.dialogs.preferences import LANGUAGE_NAMES
from ropa.ui.forms.read_only import allow_edit
from ropa.ui.views.notice_actions import NoticeActions
from ropa.ui.views.notice_banner import NoticeBanner
from ropa.ui.views.notice_panels import GapsPanel, VersionsPanel
from ropa.ui.views.notice_preview import NoticePreview
from ropa.ui.views.refresh import Refresher

"""After a change of the register, the preview is built again once edits pause this long."""


@dataclass(frozen=True)
class ShownVersion:
    """A published version shown in the preview instead of the current notice."""

    id: int
    number: int
    document: NoticeDocument


class NoticeView(QWidget):
    """The privacy notice of the organisation shown, for one audience, in one language."""

    open_activity_requested = Signal(str)
    open_organisation_requested = Signal()
    status_message = Signal(str)  # a short confirmation for the window's status bar

    def __init__(
        self,
        db: Register,
        events: RegisterEvents,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._language = normalise_language(language)  # the interface's
        self._organisation_id: str | None = None  # the one chosen (None: the file's first)
        self._shown_organisation: str | None = None  # the one the page shows
        self._current: NoticeDocument | None = None
        self._status: NoticeStatus | None = None
        self._version: ShownVersion | None = None
        self.read_only = False  # see set_read_only
        self.changes_dialog: NoticeChangesDialog | None = None
        self.notice_actions = NoticeActions(self, self._language)
        self.notice_actions.status_message.connect(self.status_message)

        # The notice is built from nearly everything: any change set concerns it.
        self.refresher = Refresher(self, events, lambda _changes: True, lambda _c: self.refresh())
        self.refresher.stale()  # built when first shown

        self.audience_combo = QComboBox(self)
        self.audience_combo.setAccessibleName(self.tr("Audience"))
        self.audience_combo.addItem(self.tr("All public activities"), None)
        for audience in AUDIENCES:
            self.audience_combo.addItem(value_label(self._language, "audience", audience), audience)
        self.audience_combo.currentIndexChanged.connect(self._audience_changed)
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language of the notice"))
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.currentIndexChanged.connect(self._language_changed)

        self.publish_button = QPushButton(self.tr("&Publish…"), self)
        self.publish_button.clicked.connect(self.publish)
        self.export_button = QPushButton(self.tr("E&xport"), self)
        self.export_menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for name, text in (
            ("html", self.tr("&HTML page…")),
            ("fragment", self.tr("HTML &fragment…")),
            ("md", self.tr("&Markdown…")),
            ("pdf", self.tr("&PDF…")),
            ("docx", self.tr("&Word document…")),
        ):
            action = self.export_menu.addAction(text)
            action.triggered.connect(lambda _=False, n=name: self.export_dialog(n))
            self.export_actions[name] = action
        self.export_button.setMenu(self.export_menu)
        self.copy_button = QPushButton(self.tr("&Copy HTML fragment"), self)
        self.copy_button.clicked.connect(self.copy_fragment)

        self.banner = NoticeBanner(self._language, self)
        self.banner.show_changes_button.clicked.connect(self.show_changes)
        self.banner.back_button.clicked.connect(self.show_current)

        self.preview = NoticePreview(self)

        self.gaps_panel = GapsPanel(self._language, self)
        self.gaps_panel.open_activity_requested.connect(self.open_activity_requested)
        self.gaps_panel.open_organisation_requested.connect(self.open_organisation_requested)
        self.versions_panel = VersionsPanel(self._language, self)
        self.versions_panel.show_requested.connect(self.show_version)
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.side.setChildrenCollapsible(False)
        self.side.addWidget(self.gaps_panel)
        self.side.addWidget(self.versions_panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        # Two short rows (what to show, then what to do), so the page stays as narrow as the
        # others and the window keeps its size.
        pickers, actions = QHBoxLayout(), QHBoxLayout()
        for text, combo in (
            (self.tr("&Audience:"), self.audience_combo),
            (self.tr("&Language:"), self.language_combo),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            pickers.addWidget(caption)
            pickers.addWidget(combo)
        pickers.addStretch(1)
        for button in (self.publish_button, self.export_button, self.copy_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(pickers)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self._update_actions()

    # -- what is shown -------------------------------------------------------------------------

    def audience(self) -> str | None:
        """The audience picked (None: every public activity)."""
        data = self.audience_combo.currentData()
        return str(data) if data else None

    def notice_language(self) -> str:
        return str(self.language_combo.currentData())

    def organisation_id(self) -> str | None:
        """The organisation whose notice is shown (None: the register holds none)."""
        return self._shown_organisation

    def current_document(self) -> NoticeDocument | None:
        """The notice as the register makes it now."""
        return self._current

    def shown_document(self) -> NoticeDocument | None:
        """The document in the preview: a published version, or the current notice."""
        return self._version.document if self._version is not None else self._current

    def status(self) -> NoticeStatus | None:
        return self._status

    def set_organisation(self, organisation_id: str | None) -> None:
        """Show the notice of this organisation (None: the file's first)."""
        if organisation_id != self._organisation_id:
            self._organisation_id = organisation_id
            self._request_refresh()

    def set_read_only(self, read_only: bool) -> None:
        """A register opened read-only: the notice is built, previewed, exported and copied,
        its versions shown; Publish (which stores a version in the register) is off."""
        self.read_only = read_only
        self._update_actions()

    def set_database(self, db: Register) -> None:
        """Show the notice of another register."""
        self._db = db
        self._shown_organisation = None
        self._version = None
        self._request_refresh()

    # -- reading -------------------------------------------------------------------------------

    def _request_refresh(self) -> None:
        """Build again now if shown, else when next shown."""
        self.refresher.stale()

    def refresh(self) -> None:
        """Build the notice again with the picked audience and language, with its status
        against the last published version, the gaps and the list of versions."""
        try:
            organisation = self._read_organisation()
            if organisation is None:
                self._show_nothing()
                return
            audience = self.audience()
            current = build_notice(
                self._db, organisation, lang=self.notice_language(), audience=audience
            )
            status = notice_status(self._db, current)
            versions = list_versions(self._db, organisation, audience=audience)
            version = self._version
            if version is not None:
                if any(v.id == version.id for v in versions):
                    document = load_version(self._db, version.id, lang=self.notice_language())
                    version = ShownVersion(version.id, version.number, document)
                else:
                    version = None
        except RopaError as error:
            self._show_nothing(error.message(self._language))
            return
        self._current, self._status, self._version = current, status, version
        self.gaps_panel.show_gaps(current.gaps)
        self.versions_panel.show_versions(versions)
        self._show()

    def _read_organisation(self) -> str | None:
        """The organisation to show; when it is another than before, the language picker
        is set to its register language and the preview goes back to the current notice."""
        found = notice_organisation(self._db, self._organisation_id)
        shown = None if found is None else found[0]
        if found is not None and shown != self._shown_organisation:
            language = found[1]
            combo = self.language_combo
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(normalise_language(language)), 0))
            combo.blockSignals(False)
            self._version = None
        self._shown_organisation = shown
        return shown

    def _show_nothing(self, reason: str | None = None) -> None:
        """No notice to show: the register holds no organisation, or it could not be read."""
        self._current = self._status = self._version = None
        self.preview.show_document(None)
        self.gaps_panel.show_gaps([])
        self.versions_panel.show_versions([])
        self.banner.show_nothing(reason)
        self._update_actions()

    def _show(self) -> None:
        doc = self.shown_document()
        assert doc is not None and self._current is not None and self._status is not None
        self.banner.show_status(self._current, self._status)
        self.banner.show_version(
            None if self._version is None else self._version.number, self._version_date()
        )
        key = (doc.organisation_id, doc.lang, doc.audience, self._version is not None, doc.version)
        self.preview.show_document(doc, key)  # the same notice read again keeps its place
        self._update_actions()

    def _version_date(self) -> str:
        if self._version is None:
            return ""
        for version in self.versions_panel.versions():
            if version.id == self._version.id:
                return self.banner.when(version.published_at)
        return ""

    def _update_actions(self) -> None:
        """Publish needs a ready notice; Export and Copy a ready (or published) one shown."""
        current, shown = self._current, self.shown_document()
        can_publish = current is not None and current.ready
        can_export = shown is not None and shown.ready
        if current is None:
            why = self.tr("There is no privacy notice: the register holds no organisation.")
        else:
            why = self.tr(
                "The notice is not ready: first complete the items marked with a warning "
                "under “To complete”."
            )
        allow_edit(
            self.publish_button,
            can_publish,
            self.read_only,
            self.tr("Keep the notice as it is now as a new numbered version")
            if can_publish
            else why,
        )
        self.export_button.setEnabled(can_export)
        self.export_button.setToolTip(
            self.tr("Save the notice shown as a web page, Markdown, PDF or Word document")
            if can_export
            else why
        )
        self.copy_button.setEnabled(can_export)
        self.copy_button.setToolTip(
            self.tr("Copy the notice shown as HTML to paste into a web site") if can_export else why
        )
        for action in self.export_actions.values():
            action.setEnabled(can_export)

    def _audience_changed(self) -> None:
        self._version = None  # versions belong to one audience
        self._request_refresh()

    def _language_changed(self) -> None:
        self._request_refresh()

    # -- published versions --------------------------------------------------------------------

    def show_version(self, version_id: int) -> None:
        """Show a published version in the preview (until "Back to current")."""
        number = next(
            (v.number for v in self.versions_panel.versions() if v.id == version_id), None
        )
        if number is None:
            return
        try:
            document = load_version(self._db, version_id, lang=self.notice_language())
        except RopaError as error:
            self.notice_actions.message(
                QMessageBox.Icon.Warning, self.tr("The version cannot be shown."), error
            )
            return
        self._version = ShownVersion(version_id, number, document)
        self._show()

    def show_current(self) -> None:
        """Show the notice as the register makes it now."""
        self._version = None
        self.versions_panel.select_version(None)
        if self._current is not None:
            self._show()

    def show_changes(self) -> NoticeChangesDialog | None:
        """Open the list of the changes since the last published version."""
        status = self._status
        if status is None or status.latest is None or not status.changes:
            return None
        if self.changes_dialog is not None:
            self.changes_dialog.close()
            self.changes_dialog.deleteLater()
        self.changes_dialog = NoticeChangesDialog(status.latest.number, status.changes, self)
        self.changes_dialog.open()
        return self.changes_dialog

    # -- publishing, export and copy -----------------------------------------------------------

    def publish(self) -> PublishResult | None:
        """Publish the notice as it is now as a new version, after confirmation (not an
        undoable step: see NoticeActions.publish)."""
        if self.read_only:
            return None
        self.refresh()  # decide on what the register says now
        current, status, organisation = self._current, self._status, self._shown_organisation
        if current is None or status is None or organisation is None:
            return None
        result = self.notice_actions.publish(self._db, organisation, current, status)
        self.show_current()
        self.refresh()
        return result

    def export_dialog(self, format_name: str) -> None:
        """Ask where to save the notice shown in this format, then write it."""
        doc = self.shown_document()
        if doc is not None and doc.ready:
            version = self._version.number if self._version is not None else None
            self.notice_actions.export_dialog(doc, format_name, self._db.path.parent, version)

    def export(self, format_name: str, target: Path) -> bool:
        """Write the notice shown to target in this format."""
        doc = self.shown_document()
        return (
            doc is not None and doc.ready and self.notice_actions.export(doc, format_name, target)
        )

    def copy_fragment(self) -> bool:
        """Put the notice shown on the clipboard as an HTML fragment."""
        doc = self.shown_document()
        if doc is None or not doc.ready:
            return False
        self.notice_actions.copy_fragment(doc)
        return True
