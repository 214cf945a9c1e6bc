"""The interface's own state (QSettings): language, window layout, recent files.

Only UI state lives here; the register's content and its preferences live in the register file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ropa.core.i18n import LANGUAGES
from ropa.paths import APP_NAME

MAX_RECENT_FILES = 8

KEY_LANGUAGE = "ui/language"
KEY_GEOMETRY = "main_window/geometry"
KEY_STATE = "main_window/state"
KEY_SPLITTER = "main_window/splitter"
KEY_PAGE = "main_window/page"
KEY_RECENT = "files/recent"
KEY_CONFIRM_DELETE = "confirm/delete"
KEY_PANE_WIDTH = "pages/{page}/list_width"


class Settings:
    """Typed access to the application's QSettings (user scope, default format)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(
            QSettings.defaultFormat(), QSettings.Scope.UserScope, APP_NAME, APP_NAME
        )

    # -- language ------------------------------------------------------------------------------

    def language(self) -> str | None:
        """The interface language chosen last time, or None."""
        value = self.store.value(KEY_LANGUAGE)
        return value if isinstance(value, str) and value in LANGUAGES else None

    def set_language(self, language: str | None) -> None:
        """Keep the interface language; None follows the system's language again."""
        if language is None:
            self.store.remove(KEY_LANGUAGE)
        elif language in LANGUAGES:
            self.store.setValue(KEY_LANGUAGE, language)

    # -- the main window -----------------------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_geometry(self) -> QByteArray | None:
        return self._bytes(KEY_GEOMETRY)

    def set_window_geometry(self, value: QByteArray) -> None:
        self.store.setValue(KEY_GEOMETRY, value)

    def window_state(self) -> QByteArray | None:
        return self._bytes(KEY_STATE)

    def set_window_state(self, value: QByteArray) -> None:
        self.store.setValue(KEY_STATE, value)

    def splitter_state(self) -> QByteArray | None:
        return self._bytes(KEY_SPLITTER)

    def set_splitter_state(self, value: QByteArray) -> None:
        self.store.setValue(KEY_SPLITTER, value)

    def current_page(self) -> str | None:
        value = self.store.value(KEY_PAGE)
        return value if isinstance(value, str) and value else None

    def set_current_page(self, key: str) -> None:
        self.store.setValue(KEY_PAGE, key)

    def pane_width(self, page: str) -> int | None:
        """The width the user gave the list of a list + editor page, or None."""
        value = self.store.value(KEY_PANE_WIDTH.format(page=page))
        try:
            width = int(value)  # type: ignore[arg-type]  # an INI file gives it back as text
        except (TypeError, ValueError):
            return None
        return width if width > 0 else None

    def set_pane_width(self, page: str, width: int) -> None:
        self.store.setValue(KEY_PANE_WIDTH.format(page=page), int(width))

    # -- questions -------------------------------------------------------------------------------

    def confirm_deletes(self) -> bool:
        """Whether deleting asks first (True unless the user ticked "Don't ask again")."""
        value = self.store.value(KEY_CONFIRM_DELETE, True)
        return value not in (False, "false", "0", 0)

    def set_confirm_deletes(self, ask: bool) -> None:
        self.store.setValue(KEY_CONFIRM_DELETE, bool(ask))

    # -- recent files ------------------------------------------------------------------------

    def _stored_recent(self) -> list[str]:
        value = self.store.value(KEY_RECENT)
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            return [value] if value else []
        if isinstance(value, list):
            return [item for item in value if isinstance(item, str) and item]
        return []

    def recent_files(self) -> list[Path]:
        """The registers opened last (newest first) that still exist, at most 8."""
        return [Path(item) for item in self._stored_recent() if Path(item).is_file()][
            :MAX_RECENT_FILES
        ]

    def last_files(self) -> list[Path]:
        """The registers opened last (newest first), including those that no longer exist:
        the start-up tries them in turn and names the ones it could not open."""
        return [Path(item) for item in self._stored_recent()][:MAX_RECENT_FILES]

    def add_recent_file(self, path: Path) -> None:
        """Put path first in the recent files (once), dropping the oldest beyond 8."""
        name = str(Path(path).resolve())
        items = [name] + [item for item in self._stored_recent() if item != name]
        self.store.setValue(KEY_RECENT, items[:MAX_RECENT_FILES])

    def clear_recent_files(self) -> None:
        self.store.remove(KEY_RECENT)

    def sync(self) -> None:
        self.store.sync()
