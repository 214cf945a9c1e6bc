"""An activities page: the filterable list of one register (controller or processor activities)
with its actions (new, duplicate, retire, delete: on every selected row, one undo step, each
named by what it acts on; delete asks first), and the editor of the current row beside it."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.core.changes import ChangeSet
from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.core.queries import ActivityRow
from ropa.core.reads.activities import (
    activity_rows,
    activity_search_details,
    new_activity_values,
    texts_to_translate,
)
from ropa.core.reads.organisation import shown_organisation
from ropa.core.reads.record import organisation_languages
from ropa.db.enums import Role, Status
from ropa.ui.commands import (
    CreateEntityCommand,
    DeleteEntityCommand,
    DuplicateActivityCommand,
    RegisterCommand,
    RegisterEvents,
    RetireActivityCommand,
    push,
    push_all,
    step_text,
)
from ropa.ui.dialogs.confirm_delete import confirm_delete
from ropa.ui.forms.fields import FieldRow
from ropa.ui.forms.read_only import allow_edit
from ropa.ui.models.activity_table_model import (
    COL_NAME,
    COL_REFERENCE,
    COL_TO_TRANSLATE,
    COLUMN_COUNT,
    ActivityListProxy,
    ActivityTableModel,
)
from ropa.ui.settings import Settings
from ropa.ui.views.activity_editor import ActivityEditor
from ropa.ui.views.activity_filter_bar import ActivityFilterBar
from ropa.ui.views.list_pane import (
    action_button,
    commit_pending_edit,
    list_action,
    list_splitter,
    list_table,
    set_action_texts,
)

CONTROLLER_ROLES = (Role.CONTROLLER, Role.JOINT_CONTROLLER)
PROCESSOR_ROLES = (Role.PROCESSOR,)
SAMPLE_ROWS = 200  # rows measured to size the columns (not the whole register)
COUNT_CHUNK = 200  # activities whose texts to translate are counted at a time

Refusal = Callable[[str, RopaError], None]


class ActivitiesView(QWidget):
    """The activities of `roles` (controller or processor activities). The current row (clicked,
    reached with the arrow keys) is the one the editor beside the list shows: the field being
    edited is saved first. With several rows selected the editor shows the current one, and
    the actions say how many they act on. New activities get `roles[0]`.

    Writes go through commands on the window's `stack`; the view refreshes on `events`
    (through the window's reload, which calls set_rows). "From template…" emits
    `templates_requested`: the window runs the template dialog.
    """

    templates_requested = Signal()
    status_message = Signal(str)  # a short note for the window's status bar

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        parent: QWidget | None = None,
        roles: Iterable[Role] = CONTROLLER_ROLES,
        on_refusal: Refusal | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or Settings()  # "Don't ask again" before deleting
        self.db = db
        self._stack = stack
        self._events = events
        self._language = language
        self._on_refusal = on_refusal
        self.roles = tuple(roles)
        self._organisation_id: str | None = None  # the one shown (None: every one given)
        self.read_only = False  # see set_read_only
        self.model = ActivityTableModel(language, self, self.roles)
        self.proxy = ActivityListProxy(self)  # the former API: rows as the model's
        self.proxy.setSourceModel(self.model)
        self._kept_selection: tuple[list[str], str | None] = ([], None)
        # The view shows the proxy, which passes the model's rows on (resets included).
        self.proxy.modelAboutToBeReset.connect(self._keep_selection)
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(0)
        self._details_timer.timeout.connect(self.load_details)
        self.model.modelReset.connect(self._details_timer.start)
        # How many texts each activity lacks in the organisation's other document languages.
        self._translations_timer = QTimer(self)
        self._translations_timer.setSingleShot(True)
        self._translations_timer.setInterval(0)
        self._translations_timer.timeout.connect(self.load_translation_counts)
        self.model.modelReset.connect(self._translations_timer.start)
        # What the counts were read for: (organisation, its languages); and the activities
        # changed since (counted again alone: all of a large register take a while).
        self._counted: tuple[str | None, tuple[str, ...]] | None = None
        self._changed_activities: set[str] = set()
        self._chunks: list[list[str]] = []  # activities still to count, a chunk at a time
        self._chunk_timer = QTimer(self)
        self._chunk_timer.setSingleShot(True)
        self._chunk_timer.setInterval(0)
        self._chunk_timer.timeout.connect(self._count_chunk)
        events.changed.connect(self._note_changes)

        self.filter_bar = ActivityFilterBar(language, self.roles, self)
        self.search_edit: QLineEdit = self.filter_bar.search_edit
        self.filter_bar.search_changed.connect(self._search)
        self.filter_bar.filters_changed.connect(self._filter)

        self.table_view = self._build_table()
        self.table_view.activated.connect(self._open_index)
        self._hidden_selection: list[str] = []  # selected, then hidden by the search or filters
        self._hidden_current: str | None = None
        self._refiltering = False
        self.table_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table_view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self._going_back = False  # putting the current row back on the open activity
        # Restored after the view's selection model has cleared itself on the reset (slots run
        # in the order they were connected): a reload keeps the rows the user selected.
        self.proxy.modelReset.connect(self._restore_selection)
        buttons = self._build_actions()
        self.splitter = list_splitter(self, self.filter_bar, self.table_view, buttons, 4)
        list_pane = self.splitter.widget(0)  # search, list and buttons
        assert list_pane is not None
        self.list_pane: QWidget = list_pane
        self.editor = self._new_editor(db)
        # A wider window widens the editor; the list keeps its width (the window keeps the one
        # the user gives it: geometry.SplitterMemory), never less than reference and name.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.splitter)
        self._update_actions()

    # -- building ------------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        name = (
            QCoreApplication.translate("MainWindow", "Processing activities")
            if Role.PROCESSOR not in self.roles
            else self.tr("Processor activities")
        )
        view = list_table(
            self,
            self.proxy,
            name,
            COL_REFERENCE,
            selection_mode=QAbstractItemView.SelectionMode.ExtendedSelection,
            stretch_last=False,
        )
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # "To translate" beside the name (shown when the organisation has other languages).
        view.horizontalHeader().moveSection(COL_TO_TRANSLATE, COL_NAME + 1)
        view.setColumnHidden(COL_TO_TRANSLATE, True)
        return view

    def _build_actions(self) -> list[QPushButton]:
        """The buttons under the list; duplicate, retire and delete are actions (also in the
        window's Edit menu) named by the rows they act on; the Delete key deletes too."""
        self.new_button = QPushButton(self.tr("New activity"), self)
        self.template_button = QPushButton(self.tr("From template…"), self)
        self.template_button.clicked.connect(self.templates_requested)
        self.new_button.clicked.connect(self.new_activity)
        view = self.table_view
        self.duplicate_action = list_action(view, self.duplicate_selected)
        self.retire_action = list_action(view, self.retire_selected)
        delete_key = QKeySequence(QKeySequence.StandardKey.Delete)
        self.delete_action = list_action(view, self.delete_selected, delete_key)
        self.duplicate_button = action_button(self.duplicate_action, self)
        self.retire_button = action_button(self.retire_action, self)
        self.delete_button = action_button(self.delete_action, self)
        return [
            self.new_button,
            self.template_button,
            self.duplicate_button,
            self.retire_button,
            self.delete_button,
        ]

    def _new_editor(self, db: Register) -> ActivityEditor:
        editor = ActivityEditor(db, self._stack, self._events, self._language)
        editor.setAccessibleName(self.tr("Activity editor"))
        editor.set_read_only(self.read_only)
        editor.set_text_language(getattr(self, "text_lang", None))
        self.splitter.addWidget(editor)
        editor.hide()
        return editor

    def set_read_only(self, read_only: bool) -> None:
        """A register opened read-only: the activities are listed, searched, filtered,
        selected and shown in the editor, which lets nothing be changed; New, From template,
        Duplicate, Retire and Delete are off, saying why."""
        self.read_only = read_only
        self.editor.set_read_only(read_only)
        allow_edit(self.new_button, True, read_only)
        allow_edit(self.template_button, True, read_only)
        self._update_actions()

    def set_text_language(self, lang: str | None) -> None:
        """Show and edit the activities' texts in this document language (None: the main
        one)."""
        self.text_lang = lang
        self.model.set_text_language(lang)
        self.editor.set_text_language(lang)

    def set_database(self, db: Register) -> None:
        """Show another register: the open editor belongs to the previous one and is closed."""
        self.db = db
        self._counted = None
        old = self.editor
        self.editor = self._new_editor(db)
        old.hide()
        old.setParent(None)
        old.deleteLater()

    # -- rows, search and filters --------------------------------------------------------------

    def set_rows(self, rows: Iterable[ActivityRow]) -> None:
        """Show these rows of list_activities (those of other roles, and of an organisation
        other than the one set, are left out)."""
        if self._organisation_id is not None:
            rows = [row for row in rows if row.organisation_id == self._organisation_id]
        self.model.set_rows(rows)

    def set_organisation(self, organisation_id: str | None) -> None:
        """List the activities of this organisation (the window then gives the rows again)."""
        if organisation_id != self._organisation_id:
            self._organisation_id = organisation_id
            self.search_edit.clear()

    def load_details(self) -> None:
        """Read what the search and the legal-basis filter need besides the columns (purposes,
        data categories, recipients): after the list is shown, or at the first search."""
        self._details_timer.stop()
        details = activity_search_details(self.db, self._organisation_id, roles=self.roles)
        self.model.set_details(details)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._counted is None or self._changed_activities:
            self._translations_timer.start()

    def _note_changes(self, changes: ChangeSet) -> None:
        if changes.whole:
            self._counted = None
        else:
            self._changed_activities |= changes.activities

    def load_translation_counts(self) -> None:
        """Read how many texts each activity lacks in each other document language of the
        organisation; the list's "To translate" column (and filter) are shown only when it
        writes in more than one language.

        All the activities are counted when the organisation or its languages change (when
        the list is shown, a few hundred activities at a time: a large register takes a
        while), then only those a change names."""
        self._translations_timer.stop()
        organisation = self._organisation_id
        languages = tuple(organisation_languages(self.db, organisation))
        several = len(languages) > 1
        if (organisation, languages) != self._counted:
            if several and not self.isVisible():
                return  # counted when shown (showEvent)
            self._counted = (organisation, languages)
            self._changed_activities = set()
            ids = self.model.all_ids() if several else []
            self._chunks = [ids[n : n + COUNT_CHUNK] for n in range(0, len(ids), COUNT_CHUNK)]
            self.model.set_translation_counts({})
            if self.table_view.isColumnHidden(COL_TO_TRANSLATE) == several:
                self.table_view.setColumnHidden(COL_TO_TRANSLATE, not several)
                self.fit_columns()
            self.filter_bar.offer_untranslated(several)
            self._count_chunk()
            return
        changed, self._changed_activities = self._changed_activities, set()
        if several and changed:
            self._recount(changed)

    def _count_chunk(self) -> None:
        """Count the next few hundred activities (then the rest, after the events waiting)."""
        if self._chunks and self._counted is not None:
            self._recount(self._chunks.pop(0))
        if self._chunks:
            self._chunk_timer.start()

    def _recount(self, activity_ids: Collection[str]) -> None:
        assert self._counted is not None
        found = texts_to_translate(self.db, self._counted[0], activity_ids)
        counts = self.model.translation_counts()
        for activity_id in activity_ids:
            counts.pop(activity_id, None)
        counts.update(found)
        self.model.set_translation_counts(counts)

    def _ensure_details(self) -> None:
        if self._details_timer.isActive() or not self.model.has_details:
            self.load_details()

    def _search(self, text: str) -> None:
        if text.strip():
            self._ensure_details()
        self._keeping_selection(lambda: self.model.set_search_text(text))

    def _filter(self) -> None:
        bar = self.filter_bar
        if bar.legal_basis() is not None:
            self._ensure_details()

        def change() -> None:
            self.model.set_filters(bar.status(), bar.role(), bar.legal_basis())
            self.model.set_untranslated_only(bar.untranslated_only())

        self._keeping_selection(change)

    def _keeping_selection(self, change: Callable[[], None]) -> None:
        """Change the rows shown; selected rows hidden by it are selected again when shown."""
        ids = self.selected_ids() + self._hidden_selection
        current = self.table_view.currentIndex()
        current_id = self.model.activity_id(current.row()) if current.isValid() else None
        current_id = current_id or self._hidden_current
        self._refiltering = True
        try:
            change()
            if ids or current_id:
                self.select_activities(ids, current_id)
        finally:
            self._refiltering = False
        row_of = self.model.row_of
        self._hidden_selection = [i for i in ids if self.model.contains(i) and row_of(i) is None]
        self._hidden_current = current_id if current_id and row_of(current_id) is None else None

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- selection -----------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The ids of the selected activities, in the order shown."""
        rows = sorted({index.row() for index in self.table_view.selectionModel().selectedRows()})
        return [self.model.activity_id(row) for row in rows]

    def select_activities(self, activity_ids: Iterable[str], current: str | None = None) -> None:
        """Select the rows of these activities (those shown), the current one on `current`."""
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        rows = sorted({row for i in activity_ids if (row := self.model.row_of(i)) is not None})
        start = 0
        for n in range(1, len(rows) + 1):  # one range per run of consecutive rows
            if n == len(rows) or rows[n] != rows[n - 1] + 1:
                top, bottom = self.proxy.index(rows[start], 0), self.proxy.index(rows[n - 1], last)
                selection.select(top, bottom)
                start = n
        selection_model = self.table_view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        selection_model.select(selection, flags)
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            selection_model.setCurrentIndex(
                self.proxy.index(row, COL_NAME), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table_view.scrollTo(self.proxy.index(row, COL_NAME))

    def _keep_selection(self) -> None:
        current = self.table_view.currentIndex()
        current_id = self.model.activity_id(current.row()) if current.isValid() else None
        self._kept_selection = (self.selected_ids(), current_id)

    def _restore_selection(self) -> None:
        ids, current = self._kept_selection
        self._kept_selection = ([], None)
        if ids or current:
            self.select_activities(ids, current)
        self._update_actions()

    def _selection_changed(self) -> None:
        if not self._refiltering:  # the user's own choice: forget the hidden rows
            self._hidden_selection, self._hidden_current = [], None
        self._update_actions()

    def _update_actions(self) -> None:
        """Name in each action the rows it acts on: the reference and name of the one
        selected, or how many."""
        ids = self.selected_ids()
        count = len(ids)
        if count == 1:
            row = self.model.activity_row(self.model.row_of(ids[0]) or 0)
            named = f"{row.reference} {row.name}"
            texts = [
                (self.tr("Duplicate “%1”"), self.tr("Duplicate %1")),
                (self.tr("Retire “%1”"), self.tr("Retire %1")),
                (self.tr("Delete “%1”…"), self.tr("Delete %1…")),
            ]
            texts = [
                (full.replace("%1", named), short.replace("%1", row.reference))
                for full, short in texts
            ]
        elif count > 1:
            texts = [
                (self.tr("Duplicate %n activities", "", count), self.tr("Duplicate %n", "", count)),
                (self.tr("Retire %n activities", "", count), self.tr("Retire %n", "", count)),
                (self.tr("Delete %n activities…", "", count), self.tr("Delete %n…", "", count)),
            ]
        else:
            texts = [
                (self.tr("Duplicate the selected activities"), self.tr("Duplicate")),
                (self.tr("Retire the selected activities"), self.tr("Retire")),
                (self.tr("Delete the selected activities…"), self.tr("Delete…")),
            ]
        actions = (self.duplicate_action, self.retire_action, self.delete_action)
        for action, (full, short) in zip(actions, texts, strict=True):
            set_action_texts(action, full, short, count > 0, self.read_only)

    def list_actions(self) -> list[QAction]:
        """The actions on the selected rows, for the window's Edit menu."""
        return [self.duplicate_action, self.retire_action, self.delete_action]

    # -- the current row is the open activity --------------------------------------------------

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A row made current by the user (click, arrow keys) opens in the editor, after the
        field being edited is saved; a value the register refused keeps its activity open."""
        if self._refiltering or self._going_back or not current.isValid():
            return
        activity_id = self.model.activity_id(current.row())
        shown = self.opened_activity()
        if activity_id == shown:
            return
        if shown is not None and commit_pending_edit(self.editor) is not None:
            # After the click that made the row current (its press handler still selects).
            QTimer.singleShot(0, self._back_to_open_activity)
            return
        self.open_activity(activity_id)

    def _back_to_open_activity(self) -> None:
        self._stay_on_open_activity(commit_pending_edit(self.editor))

    def _stay_on_open_activity(self, refused: FieldRow | None) -> None:
        """Keep the open activity current (its row selected again): its field being edited
        was refused, and the value typed stays in the field with the reason."""
        shown = self.opened_activity()
        if shown is None:
            return
        self._going_back = True
        try:
            self.select_activities([shown], shown)
        finally:
            self._going_back = False
        if refused is not None:
            self.status_message.emit(
                self.tr(
                    "The value of “%1” was not saved: correct it, or undo your typing, before "
                    "opening another activity."
                ).replace("%1", refused.accessible_name)
            )

    # -- the editor ----------------------------------------------------------------------------

    def open_activity(self, activity_id: str) -> bool:
        """Show this activity in the editor beside the list (its row made current when
        shown); a field being edited is saved first. False, the open activity kept, when the
        register refused that field's value (a double-click, the dashboard, the history...)."""
        if activity_id != self.opened_activity():
            refused = commit_pending_edit(self.editor)
            if refused is not None:
                self._stay_on_open_activity(refused)
                return False
        self.editor.load(activity_id)
        self.editor.show()
        row = self.model.row_of(activity_id)
        current = self.table_view.currentIndex()
        if row is not None and (not current.isValid() or current.row() != row):
            self._going_back = True  # the editor shows it already
            try:
                self.select_activities([activity_id], activity_id)
            finally:
                self._going_back = False
        return True

    def opened_activity(self) -> str | None:
        """The activity the editor shows (also while the page itself is hidden)."""
        return None if self.editor.isHidden() else self.editor.activity_id

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        self.open_activity(self.model.activity_id(index.row()))

    def fit_columns(self) -> None:
        """Column widths from the header and a sample of rows (not the whole register); no
        column narrower than its title. The list is never narrower than its reference and name
        columns: the other columns scroll into view."""
        view = self.table_view
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        padding = metrics.horizontalAdvance("MM")
        narrowest = metrics.horizontalAdvance("M" * 6)
        widest = metrics.horizontalAdvance("M" * 24)
        widest_name = metrics.horizontalAdvance("M" * 30)  # most names whole, beside the editor
        sample = [
            self.model.display_texts(row) for row in range(self.model.rowCount())[:SAMPLE_ROWS]
        ]
        for column in range(COLUMN_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            texts = [line[column] for line in sample]
            width = max((metrics.horizontalAdvance(text) for text in texts), default=0) + padding
            title_width = max(
                header.sectionSizeFromContents(column).width(),
                header.fontMetrics().horizontalAdvance(title) + padding,
            )
            most = widest_name if column == COL_NAME else widest
            header.resizeSection(column, max(min(max(width, narrowest), most), title_width))
        header.setMinimumSectionSize(min(header.sectionSize(c) for c in range(COLUMN_COUNT)))
        header.setStretchLastSection(True)
        readable = header.sectionSize(COL_REFERENCE) + header.sectionSize(COL_NAME)
        if not view.isColumnHidden(COL_TO_TRANSLATE):
            # "To translate" in sight beside the name: the name gives it its width.
            extra = header.sectionSize(COL_TO_TRANSLATE)
            name = max(header.sectionSize(COL_NAME) - extra, narrowest * 2)
            header.resizeSection(COL_NAME, name)
            readable = header.sectionSize(COL_REFERENCE) + name + extra
        scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        view.setMinimumWidth(readable + scroll_bar + 2 * view.frameWidth())

    # -- actions -------------------------------------------------------------------------------

    def _refused(self, text: str, error: RopaError) -> None:
        if self._on_refusal is not None:
            self._on_refusal(text, error)

    def _organisation_for_new(self) -> str | None:
        if self._organisation_id is not None:
            return self._organisation_id
        current = self.table_view.currentIndex()
        if current.isValid():
            return self.model.activity_row(current.row()).organisation_id
        return shown_organisation(None, self.db)

    def new_activity(self) -> str | None:
        """Create an activity of this page's role (a draft with the next free reference), select
        it and open it in the editor. Its id, or None when refused (or the register is
        read-only)."""
        organisation_id = self._organisation_for_new()
        if organisation_id is None or self.read_only:
            return None
        # Named in the organisation's document language (the core's placeholder).
        values = new_activity_values(self.db, organisation_id, self.roles[0])
        command = CreateEntityCommand(self.db, "activity", values, organisation_id, self._events)
        error = push(self._stack, command)
        if error is not None:
            self._refused(self.tr("The activity was not created."), error)
            return None
        assert command.entity_id is not None
        self.filter_bar.clear()
        self._reload_now()
        self.select_activities([command.entity_id], command.entity_id)
        self.open_activity(command.entity_id)
        return command.entity_id

    def _reload_now(self) -> None:
        """Show what the commands just wrote (the window reloads later, on their events)."""
        self.set_rows(activity_rows(self.db))

    def _run_on_selection(
        self,
        make: Callable[[str], RegisterCommand | None],
        macro_text: Callable[[int], str],
        refusal_text: str,
        ids: list[str] | None = None,
    ) -> int:
        """One command per selected activity (or per one of `ids`), as ONE undo step named
        `macro_text(count)` (see commands.step_text); stops at the first refusal."""
        ids = self.selected_ids() if ids is None else ids
        commands = [command for activity_id in ids if (command := make(activity_id)) is not None]
        done, refusal = push_all(self._stack, commands, macro_text)
        if refusal is not None:
            self._refused(refusal_text, refusal)
        return done

    def delete_selected(self) -> int:
        """Delete every selected activity (one undo step), once the user said yes to the
        question naming them (unless they asked not to be asked). The number deleted."""
        ids = self.selected_ids()
        if not ids:
            return 0
        names = []
        for activity_id in ids:
            row = self.model.activity_row(self.model.row_of(activity_id) or 0)
            names.append(f"{row.reference} {row.name}")
        question = (
            self.tr("Delete this activity?")
            if len(ids) == 1
            else self.tr("Delete these %n activities?", "", len(ids))
        )
        if not confirm_delete(self, question, names, self._settings):
            return 0
        opened = self.opened_activity()
        done = self._run_on_selection(
            lambda activity_id: DeleteEntityCommand(
                self.db, "activity", activity_id, self._listed_version(activity_id), self._events
            ),
            lambda n: step_text(
                self.tr("Deleted %n activities", "", n), self.tr("Delete %n activities", "", n)
            ),
            self.tr("The activity was not deleted."),
            ids,
        )
        if opened in ids[:done] and self.opened_activity() == opened:
            self.editor.hide()  # gone: no activity is open (Undo brings it back in the list)
        return done

    def _listed_version(self, activity_id: str) -> int | None:
        """The version of the activity as the list shows it: what an action on it is based on
        (changed elsewhere since the list was read: refused, with who changed what)."""
        row = self.model.row_of(activity_id)
        return None if row is None else self.model.activity_row(row).version

    def duplicate_selected(self) -> int:
        """Copy every selected activity (one undo step). The number copied."""
        return self._run_on_selection(
            lambda activity_id: DuplicateActivityCommand(self.db, activity_id, events=self._events),
            lambda n: step_text(
                self.tr("Duplicated %n activities", "", n),
                self.tr("Duplicate %n activities", "", n),
            ),
            self.tr("The activity was not duplicated."),
        )

    def retire_selected(self) -> int:
        """Retire, from today, every selected activity not retired yet (one undo step)."""
        today = date.today()

        def retire(activity_id: str) -> RegisterCommand | None:
            row = self.model.row_of(activity_id)
            if row is None or self.model.activity_row(row).status == Status.RETIRED:
                return None
            version = self.model.activity_row(row).version
            return RetireActivityCommand(self.db, activity_id, today, version, self._events)

        return self._run_on_selection(
            retire,
            lambda n: step_text(
                self.tr("Retired %n activities", "", n), self.tr("Retire %n activities", "", n)
            ),
            self.tr("The activity was not retired."),
        )
