"""The activity editor: an activity's sections (picked in a list above them), each edit saved as an
undoable command."""

from ropa.ui.views.activity_editor.editor import (
    TAB_DOCUMENTS,
    TAB_GENERAL,
    TAB_NOTICE,
    TAB_PARTIES,
    TAB_PEOPLE,
    TAB_PURPOSES,
    TAB_RECIPIENTS,
    TAB_RETENTION,
    TAB_SECURITY,
    ActivityEditor,
)

__all__ = [
    "TAB_DOCUMENTS",
    "TAB_GENERAL",
    "TAB_NOTICE",
    "TAB_PARTIES",
    "TAB_PEOPLE",
    "TAB_PURPOSES",
    "TAB_RECIPIENTS",
    "TAB_RETENTION",
    "TAB_SECURITY",
    "ActivityEditor",
]
