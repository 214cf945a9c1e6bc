"""The activity editor: an activity's sections, picked in a list above them (its items wrap
onto more lines when the editor is narrow); every edit is saved at once as an undoable
command, and the editor refreshes when the register changes (e.g. on undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ropa.core.changes import ChangeSet
from ropa.core.handle import Register
from ropa.core.i18n import label
from ropa.core.reads.activity import (
    CHOICE_TABLES,
    ActivityData,
    load_activity_data,
)
from ropa.core.text_languages import text_in
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.committer import Committer
from ropa.ui.forms.fields import FieldRow, message_label, title_label
from ropa.ui.theme import warning_style
from ropa.ui.views.activity_editor.children import ChildSection
from ropa.ui.views.activity_editor.documents import DocumentsSection
from ropa.ui.views.activity_editor.people import PeopleSection
from ropa.ui.views.activity_editor.pickers import ChoiceField, LinksPickerField
from ropa.ui.views.activity_editor.recipients import RecipientsSection
from ropa.ui.views.activity_editor.roles import PartiesOfActivitySection
from ropa.ui.views.activity_editor.section_list import SectionList
from ropa.ui.views.activity_editor.sections import (
    ActivityForm,
    GeneralSection,
    NoticeSection,
    PurposesSection,
    RetentionSection,
)
from ropa.ui.views.activity_editor.security import SecuritySection
from ropa.ui.views.list_pane import commit_pending_edit
from ropa.ui.views.refresh import Refresher

# The sections, in order (Art. 30(1): who and why, what and whom, to whom, how long, how safe).
(
    TAB_GENERAL,
    TAB_PURPOSES,
    TAB_PEOPLE,
    TAB_RECIPIENTS,
    TAB_RETENTION,
    TAB_SECURITY,
    TAB_PARTIES,
    TAB_NOTICE,
    TAB_DOCUMENTS,
) = range(9)


def _scrolled(widget: QWidget) -> QScrollArea:
    """A section scrolled up and down; as wide as the editor (its forms reflow, never cut)."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


class ActivityEditor(QWidget):
    """Edits one activity; reads through `db.reader()`, writes only through commands on `stack`."""

    def __init__(self, db: Register, stack: QUndoStack, events: RegisterEvents, lang: str) -> None:
        super().__init__()
        self.db = db
        self.lang = lang
        self.activity_id: str | None = None
        self.data: ActivityData | None = None
        self.read_only = False  # see set_read_only
        self.text_lang: str | None = None  # the texts' language asked for (None: the main one)
        committer = Committer(db, stack, events, lang, self._report)

        self.title = title_label(1.3)
        self.legend = QLabel(self.tr("Fields marked * are required in the register."))
        # In another document language than the main one: how many texts it still lacks.
        self.translation_state = QLabel()
        self.translation_state.setWordWrap(True)
        self.translation_state.hide()
        self.message = message_label()

        self.general = GeneralSection(committer)
        self.purposes = PurposesSection(committer)
        self.retention = RetentionSection(committer)
        self.notice = NoticeSection(committer)
        self.people = PeopleSection(committer)
        self.security = SecuritySection(committer)
        self.recipients = RecipientsSection(committer)
        self.parties_of_activity = PartiesOfActivitySection(committer)
        self.documents = DocumentsSection(db, stack, events, lang, self._report)
        # Each section has show_data(ActivityData); they are shown in this order.
        self.sections: list[tuple[QWidget, str]] = [
            (self.general, self.tr("General")),
            (self.purposes, self.tr("Purposes and legal bases")),
            (self.people, self.tr("People & data")),
            (self.recipients, self.tr("Recipients & transfers")),
            (self.retention, label(lang, "activity", "retention_phases")),
            (self.security, self.tr("Security & risk")),
            (self.parties_of_activity, self.tr("Clients & joint controllers")),
            (self.notice, self.tr("Public notice")),
            (self.documents, self.tr("Documents")),
        ]
        # The section list above the sections: a narrow editor puts its titles on more lines
        # (tabs would hide those beyond the width behind scroll arrows).
        self.section_list = SectionList()
        self.section_list.setAccessibleName(self.tr("Sections of the activity"))
        self.section_pages = QStackedWidget()
        for section, title in self.sections:
            self.section_list.add_section(title)
            self.section_pages.addWidget(_scrolled(section))
        self.section_list.currentRowChanged.connect(self._section_chosen)
        self.section_pages.currentChanged.connect(self.section_list.setCurrentRow)
        self.section_list.setCurrentRow(TAB_GENERAL)
        for keys, step in (
            ((QKeySequence.StandardKey.NextChild, "Ctrl+PgDown"), 1),
            ((QKeySequence.StandardKey.PreviousChild, "Ctrl+PgUp"), -1),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda step=step: self.step_section(step))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.translation_state)
        layout.addWidget(self.message)
        layout.addWidget(self.section_list)
        layout.addWidget(self.section_pages, 1)
        self.setEnabled(False)
        self.refresher = Refresher(self, events, self._concerned, lambda _changes: self.reload())

    def set_read_only(self, read_only: bool) -> None:
        """Show the activity without letting it be changed (a register opened read-only):
        every input of every section read-only (texts stay selectable), the buttons that add
        or remove a row off; sections, rows and pickers' filters still work."""
        self.read_only = read_only
        for row in self.findChildren(FieldRow):
            row.set_read_only(read_only)
        for section in self.findChildren(ChildSection):
            section.set_read_only(read_only)
        self.documents.set_read_only(read_only)

    # -- sections ------------------------------------------------------------------------------

    def current_section(self) -> int:
        """The index of the section shown (TAB_*)."""
        return self.section_pages.currentIndex()

    def show_section(self, index: int) -> None:
        """Show this section (TAB_*)."""
        self.section_pages.setCurrentIndex(index)

    def section_title(self, index: int) -> str:
        return self.section_list.title(index)

    def step_section(self, step: int) -> None:
        """Show the next (1) or previous (-1) section, round the end."""
        count = self.section_pages.count()
        self.show_section((self.current_section() + step) % count)

    def _section_chosen(self, row: int) -> None:
        if row >= 0:
            self.section_pages.setCurrentIndex(row)

    # -- the activity ----------------------------------------------------------------------------

    def load(self, activity_id: str) -> None:
        """Show this activity (the current section stays the same)."""
        self.activity_id = activity_id
        self._report(None)
        self.reload()

    def reload(self) -> None:
        data = None if self.activity_id is None else load_activity_data(self.db, self.activity_id)
        self.data = data
        self.setEnabled(data is not None)
        if data is None:
            self.title.setText(self.tr("This activity no longer exists."))
            return
        activity = data.activity
        self.title.setText(f"{activity['reference']} — {activity['name']}")
        for section, _title in self.sections:
            section.show_data(data)  # type: ignore[attr-defined]
        self._apply_text_language()

    # -- the texts' language ---------------------------------------------------------------------

    def set_text_language(self, lang: str | None) -> None:
        """Show and edit the texts in this document language (None: the main one); what the
        user is typing is saved first, in the language it was typed in."""
        if lang == self.text_lang:
            return
        commit_pending_edit(self)
        self.text_lang = lang
        if self.data is not None:
            self._apply_text_language()

    def shown_text_language(self) -> str:
        """The language the texts are shown in: the one asked for when the activity's
        organisation writes in it, else its main language."""
        if self.data is None:
            return self.text_lang or ""
        if self.text_lang in self.data.languages:
            return self.text_lang
        return self.data.main_language

    def _apply_text_language(self) -> None:
        assert self.data is not None
        lang, main = self.shown_text_language(), self.data.main_language
        activity = self.data.activity
        name = text_in(activity, "name", lang, main) or activity["name"]
        self.title.setText(f"{activity['reference']} — {name}")
        # The pickers first: the child tables name their entries through them.
        names_lang = None if lang == main else lang
        for choice in self.findChildren(ChoiceField):
            choice.set_names_language(names_lang)
        for links in self.findChildren(LinksPickerField):
            links.set_names_language(names_lang)
        for form in self.findChildren(ActivityForm):
            form.set_text_language(lang, main)
        for section in self.findChildren(ChildSection):
            section.set_text_language(lang, main)
        if lang == main:
            self.translation_state.hide()
            return
        count = self.data.to_translate(lang)
        if count:
            text = self.tr("%1: %n text(s) to translate", "", count)
        else:
            text = self.tr("%1: every text is translated")
        self.translation_state.setText(text.replace("%1", lang.upper()))
        self.translation_state.setStyleSheet(warning_style() if count else "")
        self.translation_state.show()

    def _concerned(self, changes: ChangeSet) -> bool:
        """This activity or one of its children changed, or an entry its pickers offer (a
        catalogue entry or party added, renamed or removed)."""
        if self.activity_id is None:
            return False
        if changes.concerns_activity(self.activity_id) or changes.touches(*CHOICE_TABLES):
            return True
        shown = self.data.child_ids() if self.data is not None else set()
        return any(entity_id in shown for table, entity_id in changes.deleted)

    def _report(self, message: str | None) -> None:
        self.message.setText(message or "")
        self.message.setVisible(message is not None)
