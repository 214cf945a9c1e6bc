"""Sizes that follow the screen and the space given: dialogs that fit the screen they open on,
a row of buttons that wraps onto more lines, lists whose item texts wrap instead of scrolling
sideways, and the width the user gave a list beside its editor, kept in the settings."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QListView,
    QSplitter,
    QWidget,
)

from ropa.ui.settings import Settings

# The window frame (borders and title bar) when no shown window tells its real size.
DEFAULT_FRAME = QSize(16, 40)


def frame_extent(widget: QWidget) -> QSize:
    """What the window manager adds around a window: measured on the widget's parent window (or
    the application's active window) when shown, else a usual title bar and borders."""
    parent = widget.parentWidget()
    for window in (parent.window() if parent is not None else None, QApplication.activeWindow()):
        if window is not None and window.isVisible():
            frame, inner = window.frameGeometry(), window.geometry()
            return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return QSize(DEFAULT_FRAME)


def available_geometry(widget: QWidget) -> QRect:
    """The part of the widget's screen windows may use (without task bars and docks); an
    empty rectangle when there is no screen at all (every monitor unplugged)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def fit_within(widget: QWidget, width: int, height: int, available: QRect) -> None:
    """Resize a window to width × height, at most what fits in `available` with its frame, and
    move it inside `available` if it was placed beyond it (nothing without a screen)."""
    if available.isEmpty():
        widget.resize(width, height)
        return
    frame = frame_extent(widget)
    most_width = max(1, available.width() - frame.width())
    most_height = max(1, available.height() - frame.height())
    widget.resize(min(width, most_width), min(height, most_height))
    move_within(widget, available)


def move_within(widget: QWidget, available: QRect) -> None:
    """Move a window (its frame included) inside `available`, as far as its size allows."""
    if available.isEmpty():
        return
    frame = frame_extent(widget)
    outer = QRect(widget.pos(), widget.size() + frame)  # pos() is the frame's corner
    x = max(min(outer.x(), available.right() + 1 - outer.width()), available.left())
    y = max(min(outer.y(), available.top() + available.height() - outer.height()), available.top())
    if (x, y) != (outer.x(), outer.y()):
        widget.move(x, y)


class _KeptOnScreen(QObject):
    """Moves a window back inside its screen when shown (where Qt placed it: centred on its
    parent, which may be partly off the screen)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            move_within(watched, available_geometry(watched))
        return False


def keep_on_screen(widget: QWidget) -> None:
    """Each time the window is shown, move it inside the available space of its screen."""
    widget.installEventFilter(_KeptOnScreen(widget))


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Give a dialog the size it prefers, at most the available space of the screen it opens on
    (its parent's), and keep it inside that screen when shown: its buttons are in sight."""
    fit_within(widget, width, height, available_geometry(widget))
    keep_on_screen(widget)


# -- a row that wraps -------------------------------------------------------------------------


class FlowLayout(QLayout):
    """Widgets in a row, left to right, going on to the next line when the row is full (a row
    of buttons that never makes its pane wider than the space given)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:  # Qt override
        self._items.append(item)

    def count(self) -> int:  # Qt override
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]  # Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]  # Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # Qt override: everything on one line
        width = sum(item.sizeHint().width() for item in self._visible())
        width += self._spacing * max(0, len(self._visible()) - 1)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # Qt override: the widest item, on a line of its own
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in `rect` (if `move`); the height they need."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


# -- texts that wrap ----------------------------------------------------------------------------


class WrappingLabel(QLabel):
    """A word-wrapped label that keeps at least the height its text needs at its width: in a
    form inside a scroll area, the layouts give a wrapped label the height of fewer lines than
    it wraps to when the form is narrow, and cut it."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:  # Qt override
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed >= 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


# -- lists whose texts wrap -------------------------------------------------------------------


class _FitHeight(QObject):
    """Keeps a list as high as its (wrapped) items after each change of width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.installEventFilter(self)
        model = view.model()
        model.rowsInserted.connect(self._timer.start)
        model.rowsRemoved.connect(self._timer.start)
        model.dataChanged.connect(self._timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            self._timer.start()
        return False

    def fit(self) -> None:
        view = self.view
        view.doItemsLayout()
        model = view.model()
        bottom = 0
        for row in range(model.rowCount()):
            if not view.isRowHidden(row):
                bottom = max(bottom, view.visualRect(model.index(row, 0)).bottom() + 1)
        bottom += view.verticalOffset()  # visualRect is relative to the scrolled viewport
        height = bottom + 2 * view.frameWidth() + 4
        if height != view.height():
            view.setFixedHeight(height)


def wrap_item_texts(view: QListView, fit_height: bool = False) -> None:
    """Long item texts wrap onto more lines instead of being cut or scrolled sideways; with
    `fit_height`, the list keeps the height of all its items (no scroll bar)."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    if fit_height:
        view.setMinimumHeight(0)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        _FitHeight(view).fit()


# -- a list beside its editor -----------------------------------------------------------------


class SplitterMemory(QObject):
    """The width the user gives the first pane of a splitter (a list beside its editor), kept
    in the settings under `key` and given back when the window opens and whenever the editor
    is shown again; the editor takes the rest. Nothing kept: `default_width()` if given, else
    the splitter's own sizes."""

    def __init__(
        self,
        splitter: QSplitter,
        settings: Settings,
        key: str,
        default_width: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.settings = settings
        self.key = key
        self.default_width = default_width
        self._shown: list[bool] = []
        self._applying = False
        splitter.setStretchFactor(0, 0)  # a wider window widens the editor, not the list
        for index in range(1, splitter.count()):
            splitter.setStretchFactor(index, 1)
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)

    def _panes(self) -> list[QWidget]:
        panes = (self.splitter.widget(i) for i in range(self.splitter.count()))
        return [pane for pane in panes if pane is not None]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.Resize):
            shown = [not pane.isHidden() for pane in self._panes()]
            if shown != self._shown and self.splitter.isVisible():
                self._shown = shown
                self.apply()
        return False

    def width(self) -> int:
        """The list's width to give: the one kept, else the default (0: the splitter's own)."""
        kept = self.settings.pane_width(self.key)
        if kept:
            return kept
        return self.default_width() if self.default_width is not None else 0

    def apply(self) -> None:
        """Give the first pane its kept width (within its minimum and the editor's)."""
        wanted = self.width()
        panes = self._panes()
        shown = [index for index, pane in enumerate(panes) if not pane.isHidden()]
        total = sum(self.splitter.sizes())
        if not wanted or len(shown) < 2 or shown[0] != 0 or total <= 0:
            return
        others = sum(panes[index].minimumSizeHint().width() for index in shown[1:])
        width = max(min(wanted, total - others), panes[0].minimumSizeHint().width())
        sizes = [0] * len(panes)
        sizes[0] = width
        for index in shown[1:]:
            sizes[index] = max(0, total - width) // (len(shown) - 1)
        self._applying = True
        try:
            self.splitter.setSizes(sizes)
        finally:
            self._applying = False

    def _moved(self, _position: int, _index: int) -> None:
        if self._applying:
            return
        sizes = self.splitter.sizes()
        if len(sizes) > 1 and sizes[0] > 0 and sizes[1] > 0:
            self.settings.set_pane_width(self.key, sizes[0])


class FormHeightGuard(QObject):
    """Keeps every row of a form (a QFormLayout in a scroll area) at least as high as it needs
    at its width, so that no row is drawn over the next: the Art. 28(3) checklist keeps the
    height of its items, the hint under it below its last item.

    Two things in Qt 6 give a wrapping row less height than it needs. The form keeps the
    height of its rows per width, and asking for its preferred size measures them again at
    the preferred width: its next layout at the width it already had may reuse those, the
    rows that wrap onto more lines there take room from the tallest one. And an input row
    (FieldRow) is at most as high as its preferred size: narrower than that, its hint wraps
    onto more lines than it is given. So after each layout of the form, each input row is
    given its height at its width as a minimum (as WrappingLabel does for a label), and a row
    still short of it (or higher) has the form measured and laid out again."""

    MAX_TRIES = 3
    """Layouts in a row that may still leave a row short before the guard gives up (until
    the form's width changes)."""

    def __init__(self, form: QFormLayout, rows: Sequence[QWidget]) -> None:
        widget = form.parentWidget()
        assert widget is not None
        super().__init__(widget)
        self._form = form
        self._rows = list(rows)
        self._tries = 0
        self._width = widget.width()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # once the pending layouts are done
        self._timer.timeout.connect(self.check)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            if isinstance(watched, QWidget) and watched.width() != self._width:
                self._width = watched.width()
                self._tries = 0
            self._timer.start()
        return False

    def misfits(self) -> list[QWidget]:
        """The widgets of the form shown with less height than they need at their width, and
        the input rows shown higher than that (a gap under them)."""
        misfits = []
        for index in range(self._form.count()):
            item = self._form.itemAt(index)
            widget = None if item is None else item.widget()
            if widget is None or not widget.isVisible():
                continue
            needed = _needed(widget)
            too_high = widget in self._rows and widget.hasHeightForWidth()
            if widget.height() < needed or (too_high and widget.height() > needed):
                misfits.append(widget)
        return misfits

    def check(self) -> None:
        for row in self._rows:
            if row.isVisible() and row.hasHeightForWidth():
                needed = row.heightForWidth(row.width())  # its layout's: not its minimum
                if needed != row.minimumHeight():
                    row.setMinimumHeight(needed)  # lays the form out again
        if not self.misfits():
            self._tries = 0
            return
        if self._tries >= self.MAX_TRIES:
            return
        self._tries += 1
        self._form.invalidate()  # forgets the heights kept per width
        widget = self._form.parentWidget()
        assert widget is not None
        needed = widget.heightForWidth(widget.width())
        if needed > widget.height():  # the scroll area follows (it watches the widget's size)
            widget.resize(widget.width(), needed)
        else:
            self._form.activate()


def _needed(widget: QWidget) -> int:
    """The height a widget of a form needs at its width."""
    if widget.hasHeightForWidth():
        needed = widget.heightForWidth(widget.width())
    else:
        needed = widget.minimumSizeHint().height()
    return min(needed, widget.maximumHeight())
