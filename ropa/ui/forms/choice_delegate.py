"""A table column whose cells are a choice in a closed list: drawn as combo boxes (so they read
as a choice to make) and edited with one, which opens at once; a click, Enter, Space or F2 on a
row opens its list. The model gives each cell's choices (ChoicesRole: (code, label) pairs) and
its code (EditRole)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QIcon, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex

ChoicesRole = Qt.ItemDataRole.UserRole + 1
"""On an editable cell: the (code, label) pairs its combo box offers."""

_OPENING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class ChoiceDelegate(QStyledItemDelegate):
    """The cells of one column drawn as combo boxes (so they read as a choice to make) and
    edited with one: its list opens at once, picking an entry commits it."""

    def __init__(self, parent: QObject | None, column: int) -> None:
        super().__init__(parent)
        self.column = column
        self.height = QComboBox().sizeHint().height()  # the rows fit a combo box

    def _combo_option(self, option: QStyleOptionViewItem, text: str) -> QStyleOptionComboBox:
        combo = QStyleOptionComboBox()
        combo.rect = QRect(option.rect).adjusted(2, 1, -2, -1)
        combo.palette = option.palette
        combo.state = QStyle.StateFlag.State_Enabled
        if option.state & QStyle.StateFlag.State_Selected:
            combo.state |= QStyle.StateFlag.State_HasFocus
        combo.currentText = text
        combo.frame = True
        return combo

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.column() != self.column:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        text = item.text  # type: ignore[attr-defined]
        item.text = ""  # type: ignore[attr-defined]
        item.icon = QIcon()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        combo = self._combo_option(option, text)
        edit = style.subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            combo,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        painter.save()
        painter.setFont(item.font)  # type: ignore[attr-defined]
        combo.currentText = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, max(edit.width() - 4, 0)
        )
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, combo, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, combo, painter, widget)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != self.column:
            return hint
        return QSize(hint.width() + 32, max(hint.height(), self.height))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setMaxVisibleItems(20)
        for code, label in index.data(ChoicesRole) or []:
            combo.addItem(label, code)
        accessible = index.data(Qt.ItemDataRole.AccessibleTextRole)
        if accessible:
            combo.setAccessibleName(str(accessible))
        combo.activated.connect(lambda _number, editor=combo: self._chosen(editor))
        QTimer.singleShot(0, combo, combo.showPopup)  # one click opens the list
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)

    def _chosen(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class _ChoiceKeys(QObject):
    """Enter or Space on a row of the view opens the row's list (and never reaches the
    dialog's default button)."""

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _OPENING_KEYS
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            current = self.view.currentIndex()
            if current.isValid():
                self.view.edit(current.siblingAtColumn(self.column))
            return True
        return False


def choice_table(parent: QWidget, name: str, column: int) -> QTableView:
    """A table of rows, the cells of `column` a choice (ChoiceDelegate): rows selected whole,
    Tab going on to the next control (arrows move), one line per row."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.setAccessibleName(name)
    view.setItemDelegate(ChoiceDelegate(view, column))

    def clicked(index: QModelIndex) -> None:
        if index.column() == column:
            view.edit(index)

    view.clicked.connect(clicked)
    view.installEventFilter(_ChoiceKeys(view, column))
    return view
