"""The desktop interface (PySide6): the main window, table models, views and dialogs."""

from ropa.ui.none_refcount import keep_none_alive

keep_none_alive()
