"""The pages and panels of the main window."""
