"""ropa's icons: SVG files in resources/icons, drawn with `currentColor` and recoloured from
the palette (so they read on light and dark themes), rendered through QtSvg.

`icon(name)` returns a cached QIcon; the application icon (`app_icon()`) keeps its own colours.
`set_page_icons` and `set_action_icons` set them again when the palette changes (e.g. the
system switches to its dark scheme).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QListWidget, QWidget

from ropa.paths import resources_dir

APP_ICON = "ropa"
CURRENT_COLOR = "currentColor"
# Device-pixel sizes rendered for each icon: menus, lists and buttons at 100 %-300 % (Qt
# scales the nearest larger one for other sizes; the window icon has its own, see app_icon).
SIZES = (16, 24, 32, 48, 64)
APP_SIZES = (16, 24, 32, 48, 64, 128, 256)  # taskbars, docks, window switchers

# The names of the icons in resources/icons (without .svg).
NAMES = (
    "overview",
    "activities",
    "processor-activities",
    "parties",
    "cookies",
    "requests",
    "breaches",
    "contracts",
    "dpias",
    "notice",
    "catalogues",
    "organisation",
    "history",
    "new",
    "open",
    "save-copy",
    "import",
    "export",
    "undo",
    "redo",
    "add",
    "remove",
    "duplicate",
    "retire",
    "search",
    "settings",
    "help",
    "warning",
)

# The icon of each sidebar page, by page key (main_window.PAGE_*); unknown keys get none.
PAGE_ICONS = {
    "overview": "overview",
    "activities": "activities",
    "processor_activities": "processor-activities",
    "parties": "parties",
    "cookies": "cookies",
    "requests": "requests",
    "breaches": "breaches",
    "contracts": "contracts",
    "dpias": "dpias",
    "notice": "notice",
    "catalogues": "catalogues",
    "organisation": "organisation",
    "history": "history",
    "settings": "settings",
}

# The icon of the window's actions with a standard meaning, by attribute name of the action.
ACTION_ICONS = {
    "new_action": "new",
    "open_action": "open",
    "save_copy_action": "save-copy",
    "import_action": "import",
    "export_action": "export",
    "notice_action": "notice",
    "undo_action": "undo",
    "redo_action": "redo",
    "settings_action": "settings",
    "preferences_action": "settings",
    "about_action": "help",
    "help_action": "help",
    "user_guide_action": "help",
}


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_path(name: str) -> Path:
    return icons_dir() / f"{name}.svg"


@cache
def _svg_text(name: str) -> str:
    return icon_path(name).read_text(encoding="utf-8")


def _palette() -> QPalette:
    app = QGuiApplication.instance()
    return QGuiApplication.palette() if app is not None else QPalette()


def render(svg: str, size: int, colour: QColor | None = None) -> QPixmap:
    """The SVG text drawn in a size×size pixmap, `currentColor` replaced by colour."""
    if colour is not None:
        svg = svg.replace(CURRENT_COLOR, colour.name())  # #rrggbb
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def _build(
    svg: str, colours: dict[QIcon.Mode, QColor | None], sizes: tuple[int, ...] = SIZES
) -> QIcon:
    result = QIcon()
    for mode, colour in colours.items():
        for size in sizes:
            result.addPixmap(render(svg, size, colour), mode)
    return result


_cache: dict[tuple[str, str, str, str], QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon called name (a file resources/icons/<name>.svg), in the palette's text colour
    (normal), its highlighted-text colour (selected) and its disabled text colour (disabled).

    An unknown name gives an empty icon (QIcon.isNull()), never an error.
    """
    if name == APP_ICON:
        return app_icon()
    if not icon_path(name).is_file():
        return QIcon()
    palette = _palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    key = (name, normal.name(), selected.name(), disabled.name())
    cached = _cache.get(key)
    if cached is None:
        cached = _build(
            _svg_text(name),
            {
                QIcon.Mode.Normal: normal,
                QIcon.Mode.Active: normal,
                QIcon.Mode.Selected: selected,
                QIcon.Mode.Disabled: disabled,
            },
        )
        _cache[key] = cached
    return cached


def app_icon() -> QIcon:
    """The application icon (a ledger with a shield), in its own colours."""
    key = (APP_ICON, "", "", "")
    cached = _cache.get(key)
    if cached is None:
        cached = _build(_svg_text(APP_ICON), {QIcon.Mode.Normal: None}, APP_SIZES)
        _cache[key] = cached
    return cached


def clear_cache() -> None:
    """Forget the rendered icons (e.g. after the palette changed to a dark one)."""
    _cache.clear()


class _PaletteWatcher(QObject):
    """Calls `apply` again when the palette of the watched widget changes."""

    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.PaletteChange:
            self._apply()
        return False


def set_page_icons(sidebar: QListWidget, keys: Sequence[str]) -> None:
    """Give each item of the sidebar the icon of its page (keys[row]); unknown keys get none.
    They follow the palette from then on."""

    def apply() -> None:
        for row, key in enumerate(keys):
            item = sidebar.item(row)
            name = PAGE_ICONS.get(key)
            if item is not None and name is not None and shiboken6.isValid(sidebar):
                item.setIcon(icon(name))

    apply()
    _PaletteWatcher(sidebar, apply)


def set_action_icons(owner: QWidget) -> None:
    """Give the actions of owner named in ACTION_ICONS (e.g. owner.undo_action) their icon.
    They follow the palette from then on."""

    def apply() -> None:
        for attribute, name in ACTION_ICONS.items():
            action = getattr(owner, attribute, None)
            if isinstance(action, QAction) and shiboken6.isValid(action):
                action.setIcon(icon(name))

    apply()
    _PaletteWatcher(owner, apply)
