"""The desktop interface (PySide6): the main window, table models, views and dialogs."""
