"""The privacy notice page's side panel: what the register lacks for the notice ("To complete")
and the versions published so far ("Published versions")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from babel.dates import format_date, format_time
from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa.core.i18n import LOCALES, normalise_language
from ropa.exports.notice.model import Gap
from ropa.exports.notice.versions import VersionInfo
from ropa.ui.icons import icon

ActivityIdRole = Qt.ItemDataRole.UserRole + 1
OrganisationGapRole = Qt.ItemDataRole.UserRole + 2
VersionIdRole = Qt.ItemDataRole.UserRole + 3

COL_NUMBER, COL_DATE, COL_BY, COL_REGISTER = range(4)


def format_when(value: datetime, language: str, *, with_time: bool = True) -> str:
    """A publication date (stored in UTC) in local time, written the way language writes it."""
    local = value.astimezone()
    locale = LOCALES[normalise_language(language)]
    day = format_date(local.date(), format="medium", locale=locale)
    if not with_time:
        return day
    return f"{day} {format_time(local.time(), format='short', locale=locale)}"


def ordered_gaps(gaps: Sequence[Gap]) -> list[Gap]:
    """The blocking gaps first (what stops publishing), the others after, each in the
    builder's order."""
    return [g for g in gaps if g.blocking] + [g for g in gaps if not g.blocking]


class GapsPanel(QGroupBox):
    """The list of what the register lacks for the notice. Activating a gap (double-click or
    Enter) asks for the activity, or the organisation's page, where it can be completed."""

    open_activity_requested = Signal(str)
    open_organisation_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("To complete"))
        self._language = normalise_language(language)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("What to complete in the register"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._activated)
        self.empty_label = QLabel(self.tr("Nothing to complete."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)

    def show_gaps(self, gaps: Sequence[Gap]) -> None:
        """Show these gaps, the blocking ones first with the warning icon."""
        self.list.clear()
        warning = icon("warning")
        for gap in ordered_gaps(gaps):
            where = gap.where(self._language)
            message = gap.message(self._language)
            item = QListWidgetItem(f"{where}\n{message}" if where else message)
            item.setToolTip(message)
            if gap.blocking:
                item.setIcon(warning)
            item.setData(ActivityIdRole, gap.activity_id)
            item.setData(
                OrganisationGapRole, gap.activity_id is None and gap.table == "organisation"
            )
            self.list.addItem(item)
        self.list.setVisible(bool(gaps))
        self.empty_label.setVisible(not gaps)

    def gap_count(self) -> int:
        return self.list.count()

    def _activated(self, item: QListWidgetItem) -> None:
        activity_id = item.data(ActivityIdRole)
        if activity_id:
            self.open_activity_requested.emit(str(activity_id))
        elif item.data(OrganisationGapRole):
            self.open_organisation_requested.emit()


class VersionsPanel(QGroupBox):
    """The versions of the notice published for the audience shown, newest first; "Show"
    (or a double-click) asks for one of them to be shown."""

    show_requested = Signal(int)  # the version's id

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Published versions"))
        self._language = normalise_language(language)
        self._versions: list[VersionInfo] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Published versions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Version"),
                self.tr("Published on"),
                self.tr("Published by"),
                self.tr("Register version"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.show_selected())
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.setToolTip(self.tr("Show the selected version in the preview"))
        self.show_button.clicked.connect(self.show_selected)
        self.empty_label = QLabel(self.tr("No version published yet."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self._selection_changed()

    def show_versions(self, versions: Sequence[VersionInfo]) -> None:
        """Show these versions (newest first), keeping the selected one when still listed."""
        selected = self.selected_version()
        self._versions = list(versions)
        self.table.setRowCount(len(self._versions))
        for row, version in enumerate(self._versions):
            number = str(version.number)
            if version.label:  # the firm's own label published with it: "4 (v2.3)"
                number = f"{number} ({version.label})"
            cells = (
                number,
                format_when(version.published_at, self._language),
                version.published_by,
                str(version.register_version),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(VersionIdRole, version.id)
                if column in (COL_NUMBER, COL_REGISTER):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self._versions))
        self.empty_label.setVisible(not self._versions)
        self.select_version(selected.id if selected is not None else None)

    def versions(self) -> list[VersionInfo]:
        return list(self._versions)

    def selected_version(self) -> VersionInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._versions[row] if 0 <= row < len(self._versions) else None

    def select_version(self, version_id: int | None) -> None:
        """Select the row of this version (None or not listed: no selection)."""
        selection = self.table.selectionModel()
        row = next((n for n, v in enumerate(self._versions) if v.id == version_id), None)
        if row is None:
            selection.clear()
        else:
            selection.setCurrentIndex(
                self.table.model().index(row, COL_NUMBER),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._selection_changed()

    def show_selected(self) -> None:
        version = self.selected_version()
        if version is not None:
            self.show_requested.emit(version.id)

    def _selection_changed(self) -> None:
        self.show_button.setEnabled(self.selected_version() is not None)
