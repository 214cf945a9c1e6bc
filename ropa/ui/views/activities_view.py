"""An activities page: the filterable list of one register (controller or processor activities)
with its actions (new, duplicate, retire, delete: on every selected row, one undo step), and
the editor of the opened activity beside it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.core.queries import ActivityRow
from ropa.core.reads.activities import (
    activity_rows,
    activity_search_details,
    new_activity_values,
)
from ropa.core.reads.organisation import shown_organisation
from ropa.db.enums import Role, Status
from ropa.ui.commands import (
    CreateEntityCommand,
    DeleteEntityCommand,
    DuplicateActivityCommand,
    RegisterCommand,
    RegisterEvents,
    RetireActivityCommand,
    push,
)
from ropa.ui.models.activity_table_model import (
    COL_NAME,
    COL_REFERENCE,
    COLUMN_COUNT,
    ActivityListProxy,
    ActivityTableModel,
)
from ropa.ui.views.activity_editor import ActivityEditor
from ropa.ui.views.activity_filter_bar import ActivityFilterBar
from ropa.ui.views.list_pane import list_splitter, list_table

CONTROLLER_ROLES = (Role.CONTROLLER, Role.JOINT_CONTROLLER)
PROCESSOR_ROLES = (Role.PROCESSOR,)
SAMPLE_ROWS = 200  # rows measured to size the columns (not the whole register)

Refusal = Callable[[str, RopaError], None]


class ActivitiesView(QWidget):
    """The activities of `roles` (controller or processor activities); Enter or a double-click
    opens one in the editor beside the list. New activities get `roles[0]`.

    Writes go through commands on the window's `stack`; the view refreshes on `events`
    (through the window's reload, which calls set_rows). "From template…" emits
    `templates_requested`: the window runs the template dialog.
    """

    templates_requested = Signal()

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        language: str,
        parent: QWidget | None = None,
        roles: Iterable[Role] = CONTROLLER_ROLES,
        on_refusal: Refusal | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._stack = stack
        self._events = events
        self._language = language
        self._on_refusal = on_refusal
        self.roles = tuple(roles)
        self._organisation_id: str | None = None  # the one shown (None: every one given)
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
        # Restored after the view's selection model has cleared itself on the reset (slots run
        # in the order they were connected): a reload keeps the rows the user selected.
        self.proxy.modelReset.connect(self._restore_selection)
        buttons = self._build_actions()
        self.splitter = list_splitter(self, self.filter_bar, self.table_view, buttons, 4)
        self.editor = self._new_editor(db)
        self.splitter.setStretchFactor(0, 2)  # the editor gets the larger part
        self.splitter.setStretchFactor(1, 3)

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
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        return view

    def _build_actions(self) -> list[QPushButton]:
        self.new_button = QPushButton(self.tr("New activity"), self)
        self.template_button = QPushButton(self.tr("From template…"), self)
        self.template_button.clicked.connect(self.templates_requested)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.retire_button = QPushButton(self.tr("Retire"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.new_button.clicked.connect(self.new_activity)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.retire_button.clicked.connect(self.retire_selected)
        self.delete_button.clicked.connect(self.delete_selected)
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
        self.splitter.addWidget(editor)
        editor.hide()
        return editor

    def set_database(self, db: Register) -> None:
        """Show another register: the open editor belongs to the previous one and is closed."""
        self.db = db
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
        self._keeping_selection(
            lambda: self.model.set_filters(bar.status(), bar.role(), bar.legal_basis())
        )

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
        selected = self.table_view.selectionModel().hasSelection()
        for button in (self.duplicate_button, self.retire_button, self.delete_button):
            button.setEnabled(selected)

    # -- the editor ----------------------------------------------------------------------------

    def open_activity(self, activity_id: str) -> None:
        """Show this activity in the editor beside the list."""
        self.editor.load(activity_id)
        self.editor.show()

    def opened_activity(self) -> str | None:
        return self.editor.activity_id if self.editor.isVisible() else None

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        self.open_activity(self.model.activity_id(index.row()))

    def fit_columns(self) -> None:
        """Column widths from the header and a sample of rows (not the whole register)."""
        view = self.table_view
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        padding = metrics.horizontalAdvance("MM")
        narrowest = metrics.horizontalAdvance("M" * 6)
        widest = metrics.horizontalAdvance("M" * 24)
        sample = [
            self.model.display_texts(row) for row in range(self.model.rowCount())[:SAMPLE_ROWS]
        ]
        for column in range(COLUMN_COUNT):
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal))]
            texts += [line[column] for line in sample]
            width = max(metrics.horizontalAdvance(text) for text in texts) + padding
            header.resizeSection(column, min(max(width, narrowest), widest))
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)

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
        it and open it in the editor. Its id, or None when refused."""
        organisation_id = self._organisation_for_new()
        if organisation_id is None:
            return None
        values = new_activity_values(self.db, organisation_id, self.roles[0])
        values["name"] = (
            self.tr("New processor activity")
            if self.roles[0] == Role.PROCESSOR
            else self.tr("New activity")
        )
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
        macro_text: str,
        refusal_text: str,
    ) -> int:
        """One command per selected activity, as ONE undo step; stops at the first refusal."""
        ids = self.selected_ids()
        commands = [command for activity_id in ids if (command := make(activity_id)) is not None]
        if not commands:
            return 0
        if len(commands) > 1:
            self._stack.beginMacro(macro_text.replace("%n", str(len(commands))))
        done = 0
        try:
            for command in commands:
                error = push(self._stack, command)
                if error is not None:
                    self._refused(refusal_text, error)
                    break
                done += 1
        finally:
            if len(commands) > 1:
                self._stack.endMacro()
        return done

    def delete_selected(self) -> int:
        """Delete every selected activity (one undo step). The number deleted."""
        return self._run_on_selection(
            lambda activity_id: DeleteEntityCommand(
                self.db, "activity", activity_id, self._listed_version(activity_id), self._events
            ),
            self.tr("Delete %n activities"),
            self.tr("The activity was not deleted."),
        )

    def _listed_version(self, activity_id: str) -> int | None:
        """The version of the activity as the list shows it: what an action on it is based on
        (changed elsewhere since the list was read: refused, with who changed what)."""
        row = self.model.row_of(activity_id)
        return None if row is None else self.model.activity_row(row).version

    def duplicate_selected(self) -> int:
        """Copy every selected activity (one undo step). The number copied."""
        return self._run_on_selection(
            lambda activity_id: DuplicateActivityCommand(self.db, activity_id, events=self._events),
            self.tr("Duplicate %n activities"),
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
            self.tr("Retire %n activities"),
            self.tr("The activity was not retired."),
        )
