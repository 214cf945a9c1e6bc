"""The list of the activity editor's sections: its items flow left to right and wrap onto more
lines when the editor is narrow (tabs that wrap), so every section stays in sight; arrows,
Home and End move between them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QListWidget, QListWidgetItem

# Around each title, in pixels (left and right, top and bottom).
PADDING = QSize(24, 12)


class SectionList(QListWidget):
    """One item per section, on as many lines as the width needs; as high as its lines."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(False)
        self.setSpacing(1)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.setFixedHeight(self._line_height())

    def add_section(self, title: str) -> None:
        item = QListWidgetItem(title)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addItem(item)
        self._size_item(item)

    def _line_height(self) -> int:
        return self.fontMetrics().height() + PADDING.height() + 2 * self.spacing()

    def _size_item(self, item: QListWidgetItem) -> None:
        metrics = self.fontMetrics()
        item.setSizeHint(
            QSize(
                metrics.horizontalAdvance(item.text()) + PADDING.width(),
                metrics.height() + PADDING.height(),
            )
        )

    def title(self, index: int) -> str:
        return self.item(index).text()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for index in range(self.count()):
                self._size_item(self.item(index))

    def updateGeometries(self) -> None:  # Qt override: after each layout of the items
        super().updateGeometries()
        bottom = 0
        for index in range(self.count()):
            bottom = max(bottom, self.visualItemRect(self.item(index)).bottom() + 1)
        height = max(bottom + self.verticalOffset() + self.spacing(), self._line_height())
        height += 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:  # Qt override: as wide as the space given, as high as set
        return QSize(super().sizeHint().width(), self.height())

    def minimumSizeHint(self) -> QSize:  # Qt override: the widest title, on its own line
        widest = max((self.item(i).sizeHint().width() for i in range(self.count())), default=0)
        return QSize(widest + 2 * (self.spacing() + self.frameWidth()), self.height())
