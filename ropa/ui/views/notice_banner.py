"""The status banner of the privacy notice page: ready or not, published or not, what changed
since the last version, and which published version the preview shows."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ropa.core.i18n import normalise_language
from ropa.exports.notice.model import NoticeDocument
from ropa.exports.notice.versions import NoticeStatus
from ropa.ui.icons import icon
from ropa.ui.theme import warning_style
from ropa.ui.views.notice_panels import format_when

ICON_SIZE = 16


def _icon_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setPixmap(icon("warning").pixmap(ICON_SIZE, ICON_SIZE))
    label.setFixedSize(ICON_SIZE, ICON_SIZE)
    return label


def _text_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # register texts are never markup
    return label


class NoticeBanner(QFrame):
    """Three lines under the page's buttons, each shown when it has something to say."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = normalise_language(language)
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.status_icon = _icon_label(self)
        self.status_label = _text_label(self)
        self.status_label.setAccessibleName(self.tr("State of the notice"))
        self.show_changes_button = QPushButton(self.tr("Show c&hanges…"), self)
        self.show_changes_button.setToolTip(
            self.tr("What changed in each section since the last published version")
        )
        self.warning_icon = _icon_label(self)
        self.warning_label = _text_label(self)
        self.warning_label.setStyleSheet(warning_style())
        self.version_label = _text_label(self)
        font = self.version_label.font()
        font.setBold(True)
        self.version_label.setFont(font)
        self.back_button = QPushButton(self.tr("&Back to current"), self)
        self.back_button.setToolTip(self.tr("Show the notice as the register makes it now"))

        rows = []
        for widgets in (
            (self.status_icon, self.status_label, self.show_changes_button),
            (self.warning_icon, self.warning_label),
            (self.version_label, self.back_button),
        ):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget, 1 if isinstance(widget, QLabel) and widget.wordWrap() else 0)
            rows.append(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for row in rows:
            layout.addLayout(row)
        self.show_nothing()

    def when(self, value: datetime) -> str:
        """A publication date written in the interface's language."""
        return format_when(value, self._language, with_time=False)

    def show_nothing(self, reason: str | None = None) -> None:
        """No notice: the register holds no organisation (or reason, when it failed)."""
        self.status_label.setText(
            reason or self.tr("The register holds no organisation yet: there is no notice to show.")
        )
        self.status_icon.setVisible(True)
        self.show_changes_button.hide()
        self._set_warning(None)
        self.show_version(None)

    def show_status(self, current: NoticeDocument, status: NoticeStatus) -> None:
        """Where the current notice stands: ready or not, and against its last version."""
        lines: list[str] = []
        blocking = sum(1 for gap in current.gaps if gap.blocking)
        if blocking:
            lines.append(
                self.tr(
                    "Not ready to publish: %n item(s) to complete (see “To complete”).",
                    "",
                    blocking,
                )
            )
        latest = status.latest
        if latest is None:
            lines.append(self.tr("Not published yet."))
        elif status.up_to_date:
            lines.append(
                self.tr("Version {number} published on {date} by {user} — up to date.").format(
                    number=latest.number,
                    date=self.when(latest.published_at),
                    user=latest.published_by,
                )
            )
            published = status.published_line
            if published:  # the firm's version label or date changed, not what it says
                lines.append(
                    self.tr(
                        "The notice was last published as “{line}”. A new version number or "
                        "date of your own is not a change of the notice: it is recorded with "
                        "the next version."
                    ).format(line=published)
                )
        else:
            titles = ", ".join(change.title for change in status.changes)
            lines.append(
                self.tr("Changed since version {number}: {sections}").format(
                    number=latest.number, sections=titles
                )
            )
        self.status_label.setText("\n".join(lines))
        self.status_icon.setVisible(bool(blocking))
        self.show_changes_button.setVisible(latest is not None and bool(status.changes))
        warning = None
        if latest is not None and status.register_changed_after:
            if status.changes:
                warning = self.tr("The register was changed after version {number} was published.")
            else:
                warning = self.tr(
                    "The register was changed after version {number} was published, but not "
                    "in what the notice says."
                )
            warning = warning.format(number=latest.number)
        self._set_warning(warning)

    def show_version(self, number: int | None, date: str = "") -> None:
        """Say that the preview shows published version number (None: the current notice)."""
        if number is None:
            self.version_label.hide()
            self.back_button.hide()
            return
        self.version_label.setText(
            self.tr("Showing published version {number} of {date}").format(number=number, date=date)
        )
        self.version_label.show()
        self.back_button.show()

    def _set_warning(self, text: str | None) -> None:
        self.warning_label.setText(text or "")
        self.warning_label.setVisible(text is not None)
        self.warning_icon.setVisible(text is not None)
