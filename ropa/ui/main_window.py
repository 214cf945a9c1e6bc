"""The main window: the application shell (pages, menus, undo stack) around one register."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ropa import __version__
from ropa.core.changes import WHOLE
from ropa.core.conflicts import explain
from ropa.core.errors import ConflictError, RegisterFileError, RopaError, ValidationError
from ropa.core.files import write_atomic
from ropa.core.handle import Register
from ropa.core.i18n import normalise_language, system_language
from ropa.core.reads.overview import RegisterOverview, load_overview
from ropa.core.reads.record import organisation_languages
from ropa.core.register import copy_register, create_register, open_register, shows_demo
from ropa.core.watch import ExternalChanges
from ropa.ui.commands import RegisterEvents, done_text
from ropa.ui.dialogs.first_run_wizard import FirstRunWizard
from ropa.ui.dialogs.lock_wait import LockWait
from ropa.ui.document_actions import DocumentActions
from ropa.ui.forms.read_only import allow_edit
from ropa.ui.geometry import SplitterMemory
from ropa.ui.icons import set_action_icons, set_page_icons
from ropa.ui.register_from_file import RegisterFromFile
from ropa.ui.settings import Settings
from ropa.ui.views.activities_view import PROCESSOR_ROLES, ActivitiesView
from ropa.ui.views.breaches_view import BreachesView
from ropa.ui.views.catalogues_view import CataloguesView
from ropa.ui.views.contracts_view import ContractsView
from ropa.ui.views.cookies_view import CookiesView
from ropa.ui.views.dashboard_view import DashboardView
from ropa.ui.views.dpias_view import DpiasView
from ropa.ui.views.history_view import HistoryFilters, HistoryPage, HistoryView, load_history
from ropa.ui.views.list_pane import shown_organisation
from ropa.ui.views.notice_view import NoticeView
from ropa.ui.views.organisation_switcher import OrganisationSwitcher
from ropa.ui.views.organisation_view import OrganisationView
from ropa.ui.views.overview_view import OverviewView
from ropa.ui.views.parties_view import PartiesView
from ropa.ui.views.read_only_banner import ReadOnlyBanner
from ropa.ui.views.refresh import Refresher
from ropa.ui.views.requests_view import RequestsView
from ropa.ui.views.text_language_bar import TextLanguageBar

DEFAULT_SIZE = (1100, 700)
LICENCE = "GPL-3.0-or-later"
# How often an idle window looks whether another program changed the file (milliseconds).
WATCH_INTERVAL_MS = 3000
PAGE_OVERVIEW = "overview"
PAGE_ACTIVITIES = "activities"
PAGE_PROCESSOR_ACTIVITIES = "processor_activities"
PAGE_PARTIES = "parties"
PAGE_COOKIES = "cookies"
PAGE_REQUESTS = "requests"
PAGE_BREACHES = "breaches"
PAGE_CONTRACTS = "contracts"
PAGE_DPIAS = "dpias"
PAGE_NOTICE = "notice"
PAGE_CATALOGUES = "catalogues"
PAGE_ORGANISATION = "organisation"
PAGE_HISTORY = "history"


class MainWindow(QMainWindow):
    """The window of one open register. It reads through `loader`; changes go through
    QUndoCommands pushed on `undo_stack` (see ropa.ui.commands)."""

    replaced = Signal(object)  # the window rebuilt in another language, which takes over

    def __init__(
        self,
        db: Register,
        language: str,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        loader: Callable[[Register], RegisterOverview] = load_overview,
        history_loader: Callable[[Register, HistoryFilters], HistoryPage] = load_history,
        undo_stack: QUndoStack | None = None,
        events: RegisterEvents | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.language = normalise_language(language)
        self.settings = settings or Settings()
        self._loader = loader
        self._owns_db = False  # a register opened by File > Open is closed by this window
        self._organisation_names: list[str] = []
        self._organisation_id: str | None = None  # the one shown (None: the file's first)
        self._applied_organisation: str | None = None  # the one the pages were told
        self._guide: QDialog | None = None  # Help > User guide, built when first asked

        self.resize(*DEFAULT_SIZE)
        self._history_loader = history_loader
        # A window rebuilt in another language takes over the undo history and its events.
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.undo_stack.setParent(self)
        self.events = events if events is not None else RegisterEvents(self)
        self.events.setParent(self)
        # The activity lists, the organisations and the recent changes: read once per change
        # set, at once (the window is what is always shown).
        self.refresher = Refresher(
            self, self.events, lambda _changes: True, lambda _c: self.reload(), always=True
        )
        self.events.command_failed.connect(self._on_command_failed)
        self.events.catch_up = self.look_for_external_changes
        # Changes other programs (or windows) make to the file: looked for every few seconds
        # and whenever the window gets the focus (see ropa.core.watch).
        self._external = ExternalChanges(db)
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(WATCH_INTERVAL_MS)
        self._watch_timer.timeout.connect(self.look_for_external_changes)
        self._watch_timer.start()

        self.dashboard_view = DashboardView(db, self.events, self.language, self)
        self.dashboard_view.open_activity_requested.connect(self.open_activity)
        self.dashboard_view.open_page_requested.connect(self._show_entity_page)
        self.overview_view = OverviewView(self.language, self, dashboard=self.dashboard_view)
        activities_page = self._build_activities_page()
        lists = (db, self.undo_stack, self.events, self.language, self._show_refusal, self)
        self.parties_view = PartiesView(*lists, settings=self.settings)
        self.cookies_view = CookiesView(*lists, settings=self.settings)
        self.requests_view = RequestsView(*lists, settings=self.settings)
        self.breaches_view = BreachesView(*lists, settings=self.settings)
        self.contracts_view = ContractsView(*lists, settings=self.settings)
        self.dpias_view = DpiasView(*lists, settings=self.settings)
        self.dpias_view.open_activity_requested.connect(self.open_activity)
        self.parties_view.contracts_requested.connect(self.show_party_contracts)
        self.parties_view.new_contract_requested.connect(self.new_party_contract)
        self.catalogues_view = CataloguesView(*lists, settings=self.settings)
        for view in (
            self.parties_view,
            self.cookies_view,
            self.requests_view,
            self.breaches_view,
            self.contracts_view,
            self.dpias_view,
            self.catalogues_view,
        ):
            view.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.organisation_view = OrganisationView(
            db, self.undo_stack, self.events, self.language, self._show_refusal, self
        )
        self.history_view = HistoryView(db, self.events, self.language, self, loader=history_loader)
        self.history_view.open_activity_requested.connect(self.open_activity)
        self.history_view.exported.connect(
            lambda path: self.show_status(self.tr("Exported: {path}").format(path=path), 5000)
        )
        self.notice_view = NoticeView(db, self.events, self.language, self)
        self.notice_view.open_activity_requested.connect(self.open_activity)
        self.notice_view.open_organisation_requested.connect(
            lambda: self.show_page(PAGE_ORGANISATION)
        )
        self.notice_view.status_message.connect(
            lambda text: self.statusBar().showMessage(text, 5000)
        )
        self.pages = QStackedWidget(self)
        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self._page_keys: list[str] = []
        for key, title, page in (
            (PAGE_OVERVIEW, self.tr("Overview"), self.overview_view),
            (PAGE_ACTIVITIES, self.tr("Processing activities"), activities_page),
            (PAGE_PROCESSOR_ACTIVITIES, self.tr("Processor activities"), self.processor_view),
            (PAGE_PARTIES, self.tr("Processors & third parties"), self.parties_view),
            (PAGE_COOKIES, self.tr("Cookies & trackers"), self.cookies_view),
            (PAGE_REQUESTS, self.tr("Rights requests"), self.requests_view),
            (PAGE_BREACHES, self.tr("Data breaches"), self.breaches_view),
            (PAGE_CONTRACTS, self.tr("Processing contracts"), self.contracts_view),
            (PAGE_DPIAS, self.tr("Impact assessments (DPIAs)"), self.dpias_view),
            (PAGE_NOTICE, self.tr("Privacy notice"), self.notice_view),
            (PAGE_CATALOGUES, self.tr("Catalogues"), self.catalogues_view),
            (PAGE_ORGANISATION, self.tr("Organisation"), self.organisation_view),
            (PAGE_HISTORY, self.tr("History"), self.history_view),
        ):
            self.sidebar.addItem(title)
            self.pages.addWidget(page)
            self._page_keys.append(key)
        set_page_icons(self.sidebar, self._page_keys)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setMaximumWidth(260)
        self.sidebar.setSpacing(3)
        self.sidebar.setMinimumWidth(  # the titles and icons fit, without a scroll bar
            min(260, self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 12)
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, DEFAULT_SIZE[0] - 180])
        # A register opened read-only says so above the pages (why, and what to do).
        self.read_only_banner = ReadOnlyBanner(self)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._lock_wait = LockWait(self)

        self.switcher = OrganisationSwitcher(self)
        self.switcher.organisation_chosen.connect(self.set_organisation)
        self.organisation_bar = self.addToolBar(self.tr("Organisation"))
        self.organisation_bar.setObjectName("organisation_bar")
        self.organisation_bar.setMovable(False)
        self.organisation_bar.addWidget(self.switcher)
        self.organisation_bar.hide()
        # The document language whose texts the pages show and edit (issue 15).
        self.text_language_bar = TextLanguageBar(self.language, self)
        self.text_language_bar.language_chosen.connect(self._show_text_language)
        self.text_languages_toolbar = self.addToolBar(self.tr("Texts"))
        self.text_languages_toolbar.setObjectName("text_languages_bar")
        self.text_languages_toolbar.setMovable(False)
        self.text_languages_toolbar.addWidget(self.text_language_bar)
        self.text_languages_toolbar.hide()
        self._text_language: str | None = None  # the one the pages were told (None: main)

        self.status_label = QLabel(self)
        self.status_label.setContentsMargins(4, 0, 4, 0)
        self.statusBar().addWidget(self.status_label, 1)

        self._build_menus()
        set_action_icons(self)
        self.proxy.rowsInserted.connect(self._update_status)
        self.proxy.rowsRemoved.connect(self._update_status)
        self.proxy.modelReset.connect(self._update_status)
        self.proxy.layoutChanged.connect(self._update_status)
        for model in (self.processor_view.model, self.model):
            model.modelReset.connect(self._update_status)
            model.layoutChanged.connect(self._update_status)
        self.sidebar.currentRowChanged.connect(self._update_status)

        self._show_file_state()
        self._update_title()
        self.reload()
        self._fit_columns()
        self._keep_pane_widths()
        self._restore_layout()

    # -- building ------------------------------------------------------------------------------

    def _build_activities_page(self) -> QWidget:
        refusal = self._show_refusal
        page = ActivitiesView(
            self.db,
            self.undo_stack,
            self.events,
            self.language,
            self,
            on_refusal=refusal,
            settings=self.settings,
        )
        self.activities_view = page
        self.processor_view = ActivitiesView(
            self.db,
            self.undo_stack,
            self.events,
            self.language,
            self,
            roles=PROCESSOR_ROLES,
            on_refusal=refusal,
            settings=self.settings,
        )
        self.model = page.model
        self.proxy = page.proxy
        self.search_edit = page.search_edit
        self.table_view = page.table_view
        for view in (page, self.processor_view):
            view.templates_requested.connect(self.add_from_templates)
            view.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        new_entry = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new_entry.activated.connect(self._new_entry)
        return page

    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], object], shortcut: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self.new_action = self._action(
            file_menu, self.tr("&New register…"), self.new_register_dialog, "Ctrl+Shift+N"
        )
        self.from_file = RegisterFromFile(self, self)  # a ropa workbook or JSON file
        self.new_from_file_action = self._action(
            file_menu, self.tr("New register from a &file…"), self.from_file.dialog
        )
        self.open_action = self._action(
            file_menu, self.tr("&Open…"), self.open_file_dialog, "Ctrl+O"
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_copy_action = self._action(
            file_menu, self.tr("Save a &copy as…"), self.save_copy_dialog
        )
        file_menu.addSeparator()
        self.import_action = self._action(
            file_menu, self.tr("&Import JSON…"), self.import_json_dialog
        )
        self.export_action = self._action(
            file_menu, self.tr("&Export JSON…"), self.export_json_dialog
        )
        self.documents = DocumentActions(self, self, file_menu)  # PDF, Excel, print preview
        self.notice_action = self._action(  # the notice's actions are on its page
            file_menu, self.tr("Export privacy &notice…"), self.show_notice
        )
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.tr("&Quit"), self.close, "Ctrl+Q")
        self._fill_recent_menu()

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        # What each step did, in the status bar with the key that undoes it.
        self._undo_index = self.undo_stack.index()
        self.undo_stack.indexChanged.connect(self._say_step_done)

        edit_menu.addSeparator()
        self.templates_action = self._action(
            edit_menu, self.tr("Add activities from &templates…"), self.add_from_templates
        )
        # The page's actions on its selected rows ("Delete “T-02 Recrutement”…"), put in
        # before this separator when the menu opens.
        self.edit_menu = edit_menu
        self._page_actions: list[QAction] = []
        self._page_actions_end = edit_menu.insertSeparator(self.templates_action)
        edit_menu.aboutToShow.connect(self._fill_page_actions)
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            edit_menu, self.tr("&Preferences…"), self.preferences_dialog, "Ctrl+,"
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(help_menu, self.tr("&User guide"), self.show_guide, "F1")
        self.about_action = self._action(help_menu, self.tr("&About ropa"), self.show_about)

    def _fill_page_actions(self) -> None:
        for action in self._page_actions:
            self.edit_menu.removeAction(action)
        actions = getattr(self.pages.currentWidget(), "list_actions", None)
        self._page_actions = list(actions()) if actions is not None else []
        self.edit_menu.insertActions(self._page_actions_end, self._page_actions)
        self._page_actions_end.setVisible(bool(self._page_actions))

    def _say_step_done(self, index: int) -> None:
        """Say what a command (or a redo) did and that the Undo key takes it back; an undo
        clears it."""
        previous, self._undo_index = self._undo_index, index
        done = done_text(self.undo_stack.command(index - 1)) if index > 0 else None
        if index < previous or done is None:
            self.statusBar().clearMessage()
            return
        key = self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.statusBar().showMessage(self.tr("{done}. {key} to undo.").format(done=done, key=key))

    # -- reading -------------------------------------------------------------------------------

    def look_for_external_changes(self) -> bool:
        """Show what another window or program changed in the file since the last look
        (every page concerned reads again; what the user is typing stays). True if any."""
        changes = self._external.poll()
        if changes is None:
            return False
        self.events.report(changes)
        return True

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.look_for_external_changes()

    def reload(self) -> None:
        """Read the register again and show it, keeping the search and the sort order."""
        overview = self._loader(self.db)
        organisations = overview.organisations
        self._organisation_id = shown_organisation(
            self._organisation_id, [org.id for org in organisations]
        )
        self._organisation_names = [
            org.legal_name for org in organisations if org.id == self._organisation_id
        ]
        self.documents.set_enabled(self._organisation_id is not None)
        self._allow_edits()  # importing a workbook changes the register
        if self._organisation_id is not None:
            self.switcher.show_organisations(organisations, self._organisation_id)
        self.organisation_bar.setVisible(len(organisations) > 1)
        languages = organisation_languages(self.db, self._organisation_id)
        self.text_languages_toolbar.setVisible(len(languages) > 1)
        self._show_text_language(self.text_language_bar.show_languages(languages))
        if self._organisation_id != self._applied_organisation:
            self._applied_organisation = self._organisation_id
            for index in range(self.pages.count()):
                setter = getattr(self.pages.widget(index), "set_organisation", None)
                if setter is not None:
                    setter(self._organisation_id)
        for view in (self.activities_view, self.processor_view):
            view.model.set_language(self.language)  # closed values in the UI language
            view.set_rows(overview.activities)
        self.overview_view.show_overview(overview.organisations, overview.changes)
        self._update_status()

    def _show_text_language(self, lang: str | None) -> None:
        """Tell every page the document language of the texts to show and edit."""
        if lang == self._text_language:
            return
        self._text_language = lang
        for index in range(self.pages.count()):
            setter = getattr(self.pages.widget(index), "set_text_language", None)
            if setter is not None:
                setter(lang)

    def read_everything(self) -> None:
        """Read every page again (each now if shown, else when next shown): after an import,
        which changes too much to list row by row."""
        self.events.report(WHOLE)

    def organisation_id(self) -> str | None:
        """The organisation the pages show (the chosen one, or the file's first)."""
        return self._organisation_id

    def set_organisation(self, organisation_id: str) -> None:
        """Show this organisation's activities, parties, cookies, catalogues and profile."""
        self._organisation_id = organisation_id
        self.reload()

    def current_page(self) -> str:
        return self._page_keys[max(self.pages.currentIndex(), 0)]

    def show_page(self, key: str) -> None:
        if key in self._page_keys:
            self.sidebar.setCurrentRow(self._page_keys.index(key))

    # -- file actions --------------------------------------------------------------------------

    def open_file_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a register"), str(self.db.path.parent), self._register_filter()
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        """Show the register at path in this window instead of the current one."""
        try:
            db = open_register(path)
        except RopaError as error:
            self.show_message(
                QMessageBox.Icon.Critical, self.tr("The register was not opened."), error
            )
            return False
        self._show_register(db)
        return True

    def _show_register(self, db: Register) -> None:
        """Switch this window to db (which it then owns), closing the register it owned."""
        previous, owned = self.db, self._owns_db
        self.db, self._owns_db = db, True
        self._external = ExternalChanges(db)
        self.undo_stack.clear()
        self.activities_view.set_database(db)
        self.processor_view.set_database(db)
        self.parties_view.set_database(db)
        self.cookies_view.set_database(db)
        self.requests_view.set_database(db)
        self.breaches_view.set_database(db)
        self.contracts_view.set_database(db)
        self.dpias_view.set_database(db)
        self.catalogues_view.set_database(db)
        self.organisation_view.set_database(db)
        self.history_view.set_database(db)
        self.notice_view.set_database(db)
        self.dashboard_view.set_database(db)
        self._organisation_id = self._applied_organisation = None
        if owned:
            previous.close()
        self.settings.add_recent_file(db.path)
        self._fill_recent_menu()
        self._show_file_state()
        self._update_title()
        self.reload()

    def read_only(self) -> bool:
        """Whether the register shown is open read-only (ropa.core.file_failures)."""
        return self.db.read_only is not None

    def _show_file_state(self) -> None:
        """The banner of a register opened read-only, and every page told (set_read_only:
        nothing looks editable, reading, searching and exporting stay), the window's actions
        that would change it off; and a progress dialog whenever a change waits for another
        program's write lock."""
        self.read_only_banner.show_register(self.db, self.language)
        read_only = self.read_only()
        for index in range(self.pages.count()):
            setter = getattr(self.pages.widget(index), "set_read_only", None)
            if setter is not None:
                setter(read_only)
        self._allow_edits()
        # Off actions say why in a tooltip; menus show tooltips only then (else they repeat
        # the actions' names).
        for menu in (self.file_menu, self.edit_menu):
            menu.setToolTipsVisible(read_only)
        self.db.on_lock_wait = self._lock_wait

    def _allow_edits(self) -> None:
        """The window's actions that change the register: off while it is read-only."""
        read_only = self.read_only()
        allow_edit(self.import_action, True, read_only)
        allow_edit(self.templates_action, True, read_only)
        import_excel = self.documents.import_excel_action
        allow_edit(import_excel, self._organisation_id is not None, read_only)
        allow_edit(self.documents.import_table_action, True, read_only)
        allow_edit(self.undo_action, self.undo_stack.canUndo(), read_only)
        allow_edit(self.redo_action, self.undo_stack.canRedo(), read_only)

    def new_register_dialog(self) -> None:
        """Ask where, then walk the first-run wizard, then show the new register."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a new register"),
            str(self.db.path.parent),
            self._register_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name) if name.endswith(".ropa") else Path(name + ".ropa")
        if path.exists():  # said before the wizard, so no one fills it in for nothing
            self.show_message(
                QMessageBox.Icon.Critical,
                self.tr("The register was not created."),
                RegisterFileError("error.file.exists", path=str(path)),
            )
            return
        wizard = FirstRunWizard(self.language, self)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        values = None if wizard.wants_demo() else wizard.result_values()
        wizard.deleteLater()
        if accepted:
            self.new_register(path, values)

    def new_register(self, path: Path, values: dict[str, Any] | None) -> bool:
        """Create a register at path, with the demo (values None) or the organisation the
        wizard describes, and show it in this window."""
        try:
            if values is None:
                db = create_register(path, demo=True, language=self.language)
            else:
                language = values.get("language") or self.language
                db = create_register(path, language=language, organisation=values)
        except RopaError as error:
            self.show_message(
                QMessageBox.Icon.Critical, self.tr("The register was not created."), error
            )
            return False
        self._show_register(db)
        self.show_page(PAGE_OVERVIEW)
        return True

    def save_copy_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the register"), "", self._register_filter()
        )
        if not name:
            return
        target = Path(name) if name.endswith(".ropa") else Path(name + ".ropa")
        try:
            copy_register(self.db, target)
        except RopaError as error:
            self.show_message(QMessageBox.Icon.Critical, self.tr("The copy was not saved."), error)
            return
        self.statusBar().showMessage(self.tr("Copy saved: {path}").format(path=target), 5000)

    def import_json_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a register (JSON)"), "", self._json_filter()
        )
        if name:
            self.import_json(Path(name))

    def import_json(self, path: Path) -> bool:
        try:
            from ropa.exports.interchange import import_json_file  # on use: slow to load

            organisations = import_json_file(self.db, path)
        except RopaError as error:
            self.show_message(
                QMessageBox.Icon.Warning,
                self.tr("Nothing was imported: the register is unchanged."),
                error,
            )
            return False
        self.read_everything()  # an import changes too much to list row by row
        self.statusBar().showMessage(
            self.tr("%n organisation(s) imported", "", len(organisations)), 5000
        )
        return True

    def export_json_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the register (JSON)"), "", self._json_filter()
        )
        if not name:
            return
        target = Path(name) if name.endswith(".json") else Path(name + ".json")
        try:
            from ropa.exports.interchange import export_json  # on use: keeps start-up short

            write_atomic(target, export_json(self.db).encode("utf-8"))
        except RopaError as error:
            self.show_message(
                QMessageBox.Icon.Critical, self.tr("The register was not exported."), error
            )
            return
        self.statusBar().showMessage(self.tr("Exported: {path}").format(path=target), 5000)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def _register_filter(self) -> str:
        return self.tr("ropa registers (*.ropa)")

    def _json_filter(self) -> str:
        return self.tr("JSON files (*.json)")

    # -- messages ------------------------------------------------------------------------------

    def show_message(
        self, icon: QMessageBox.Icon, text: str, detail: RopaError | str | None = None
    ) -> QMessageBox:
        """The one place where the window tells the user something (errors included)."""
        box = QMessageBox(icon, "ropa", text, QMessageBox.StandardButton.Ok, self)
        if isinstance(detail, ConflictError):
            box.setInformativeText(explain(detail, self.language))  # who changed what, when
        elif isinstance(detail, ValidationError):
            problems = [problem.render(self.language) for problem in detail.problems]
            box.setInformativeText(detail.message(self.language))
            box.setDetailedText("\n".join(problems))
        elif isinstance(detail, RopaError):
            box.setInformativeText(detail.message(self.language))
        elif detail:
            box.setInformativeText(detail)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
        return box

    def show_status(self, text: str, timeout_ms: int) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(text, timeout_ms)

    def show_guide(self) -> None:
        from ropa.ui.dialogs.guide import GuideDialog

        if self._guide is None:
            self._guide = GuideDialog(self.language, self)
        self._guide.show()
        self._guide.raise_()

    def show_about(self) -> None:
        text = self.tr(
            "ropa {version}\nThe record of processing activities (GDPR Art. 30).\n\n"
            "Licence: {licence}\nQt {qt} · PySide6 {pyside}"
        ).format(version=__version__, licence=LICENCE, qt=qVersion(), pyside=PySide6.__version__)
        if shows_demo(self.db, self._organisation_id):
            text += "\n\n" + self.tr("Demonstration: fictional organisation, people and numbers")
        self.show_message(QMessageBox.Icon.Information, text)

    def _show_refusal(self, text: str, error: RopaError) -> None:
        self.show_message(QMessageBox.Icon.Warning, text, error)

    def _on_command_failed(self, error: RopaError) -> None:
        self.look_for_external_changes()  # show what changed elsewhere
        if isinstance(error, RegisterFileError):  # read-only, full disk, locked...
            text = self.tr(
                "This step could not be applied to the register file and was dropped from the "
                "undo history; the register is as it was."
            )
        else:
            text = self.tr(
                "The register was changed elsewhere; this step was not applied and was dropped "
                "from the undo history."
            )
        self.show_message(QMessageBox.Icon.Warning, text, error)

    # -- preferences -------------------------------------------------------------------------

    def preferences_dialog(self) -> None:
        from ropa.core.users import set_user_name, stored_user_name
        from ropa.ui.dialogs.preferences import PreferencesDialog

        stored = stored_user_name(self.db)
        dialog = PreferencesDialog(
            self.settings.language(),
            self,
            user_name=stored,
            login=self.db.login,
            read_only=self.read_only(),
        )
        dialog.confirm_deletes.setChecked(self.settings.confirm_deletes())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.choice()
        ask = dialog.confirm_deletes.isChecked()
        name = dialog.user_name()
        dialog.deleteLater()
        if accepted:
            self.settings.set_confirm_deletes(ask)
            if name != stored and not self.read_only():
                try:
                    set_user_name(self.db, name)
                except RopaError as error:
                    self.show_message(
                        QMessageBox.Icon.Warning, self.tr("Your name was not changed."), error
                    )
                self.history_view.refresh()
            self.change_language(choice)

    def change_language(self, choice: str | None) -> MainWindow:
        """Keep the choice (None: the system's language) and, when the interface language
        changes, show the register in a new window in that language, which takes over the
        register, the undo history, the page, the open activity and the search; this window
        closes. Returns the window now showing the register."""
        self.settings.set_language(choice)
        language = normalise_language(choice or system_language())
        if language == self.language:
            return self
        from ropa.ui.language import install_translators

        install_translators(language)
        state = self.view_state()
        self.save_layout()
        window = MainWindow(
            self.db,
            language,
            self.settings,
            loader=self._loader,
            history_loader=self._history_loader,
            undo_stack=self.undo_stack,
            events=self.events,
        )
        window._owns_db, self._owns_db = self._owns_db, False
        window.restore_view_state(state)
        if self.isVisible():
            window.show()
        self.replaced.emit(window)
        self.close()
        self.deleteLater()
        return window

    def view_state(self) -> dict[str, Any]:
        """What the user is looking at: the page, and in each activities page the search,
        the open activity and its tab."""
        lists = [
            {
                "search": view.search_edit.text(),
                "activity": None if view.editor.isHidden() else view.editor.activity_id,
                "tab": view.editor.current_section(),
            }
            for view in self.findChildren(ActivitiesView)
        ]
        return {"page": self.current_page(), "lists": lists}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        for view, saved in zip(self.findChildren(ActivitiesView), state["lists"], strict=False):
            view.search_edit.setText(saved["search"])
            if saved["activity"] is not None:
                view.open_activity(saved["activity"])
                view.editor.show_section(saved["tab"])
        self.show_page(state["page"])

    # -- layout, kept in the settings ----------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
            # The bar is shown by what the organisation writes in, not by the saved state.
            self.text_languages_toolbar.setVisible(len(self.text_language_bar.languages) > 1)
        splitter = self.settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        page = self.settings.current_page()
        self.show_page(page if page in self._page_keys else PAGE_OVERVIEW)

    def save_layout(self) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state(self.splitter.saveState())
        self.settings.set_current_page(self.current_page())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self.save_layout()
        if self._owns_db:
            self.db.close()
            self._owns_db = False
        super().closeEvent(event)

    # -- the activities page -------------------------------------------------------------------

    def _update_title(self) -> None:
        """The organisation shown and the file: "<organisation> — <file name> — ropa"."""
        parts = [*self._organisation_names, self.db.path.name, "ropa"]
        self.setWindowTitle(" — ".join(parts))

    def _fit_columns(self) -> None:
        self.activities_view.fit_columns()
        self.processor_view.fit_columns()

    def _activities_page(self) -> tuple[str, ActivitiesView]:
        """The activities page shown, else the (controller) processing activities page."""
        if self.current_page() == PAGE_PROCESSOR_ACTIVITIES:
            return PAGE_PROCESSOR_ACTIVITIES, self.processor_view
        return PAGE_ACTIVITIES, self.activities_view

    def open_activity(self, activity_id: str) -> None:
        """Show the activities page of the activity's role with it opened in the editor."""
        key, view = PAGE_ACTIVITIES, self.activities_view
        if self.processor_view.model.contains(activity_id):
            key, view = PAGE_PROCESSOR_ACTIVITIES, self.processor_view
        self.show_page(key)
        view.open_activity(activity_id)

    def add_from_templates(self) -> list[str]:
        """Run the template dialog for the organisation shown; the activities added are then
        selected on their page, the first one opened. Their ids."""
        from ropa.ui.dialogs.template_dialog import add_from_templates

        if self._organisation_id is None:
            return []
        ids = add_from_templates(
            self, self.db, self.undo_stack, self.events, self._organisation_id,
            self.language, self._show_refusal,
        )  # fmt: skip
        if ids:
            self.reload()
            self.open_activity(ids[0])
            view = self._activities_page()[1]
            view.filter_bar.clear()
            view.select_activities(ids, ids[0])
        return ids

    def _show_entity_page(self, key: str, table: str, entity_id: str) -> None:
        """Show the page of an entity named by the dashboard, the entity selected (a party, a
        cookie, a request, a breach, a processing contract, an impact assessment, a catalogue
        entry in its catalogue)."""
        self.show_page(key)
        if key == PAGE_PARTIES:
            self.parties_view.select_party(entity_id)
        elif key == PAGE_COOKIES:
            self.cookies_view.select_cookie(entity_id)
        elif key == PAGE_REQUESTS:
            self.requests_view.select_request(entity_id)
        elif key == PAGE_BREACHES:
            self.breaches_view.select_breach(entity_id)
        elif key == PAGE_CONTRACTS:
            self.contracts_view.show_party(None)  # every party's: the contract is listed
            self.contracts_view.select_contract(entity_id)
        elif key == PAGE_DPIAS:
            self.dpias_view.show_dpia(entity_id)
        elif key == PAGE_CATALOGUES:
            self.catalogues_view.set_catalogue(table)
            self.catalogues_view.select_entry(entity_id)

    def show_party_contracts(self, party_id: str) -> None:
        """The processing contracts page, listing this party's contracts."""
        self.show_page(PAGE_CONTRACTS)
        self.contracts_view.show_party(party_id)

    def new_party_contract(self, party_id: str) -> str | None:
        """A new processing contract with this party, shown on the contracts page (its
        party's contracts listed). Its id."""
        self.show_party_contracts(party_id)
        return self.contracts_view.new_contract(party_id)

    def show_notice(self) -> None:
        """Show the privacy notice page, ready to export or publish."""
        self.show_page(PAGE_NOTICE)
        self.notice_view.export_button.setFocus()

    def _focus_search(self) -> None:
        """Ctrl+F: the search field of the page shown, else the activities' one."""
        search = getattr(self.pages.currentWidget(), "search_edit", None)
        if isinstance(search, QLineEdit) and search.isVisible():
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()
            return
        key, view = self._activities_page()
        self.show_page(key)
        view.focus_search()

    def _new_entry(self) -> None:
        """Ctrl+N: a new entry of the page shown (an activity on the activities pages, a
        party, a cookie, a catalogue entry on theirs); nothing on the other pages."""
        page = self.pages.currentWidget()
        button = getattr(page, "new_button", None)  # off while the register is read-only
        if not isinstance(button, QPushButton) or not button.isEnabled():
            return
        if isinstance(page, ActivitiesView):
            page.new_activity()
        elif button.isVisible():
            button.click()

    def _keep_pane_widths(self) -> None:
        """The width of the list beside the editor, per page, kept in the settings; an
        activities list starts as narrow as its reference and name allow."""

        def narrowest(view: ActivitiesView) -> Callable[[], int]:
            return lambda: view.list_pane.minimumSizeHint().width()

        pages: list[tuple[str, QWidget, Callable[[], int] | None]] = [
            (PAGE_ACTIVITIES, self.activities_view, narrowest(self.activities_view)),
            (PAGE_PROCESSOR_ACTIVITIES, self.processor_view, narrowest(self.processor_view)),
            (PAGE_PARTIES, self.parties_view, None),
            (PAGE_COOKIES, self.cookies_view, None),
            (PAGE_REQUESTS, self.requests_view, self.requests_view.list_width),
            (PAGE_BREACHES, self.breaches_view, self.breaches_view.list_width),
            (PAGE_CONTRACTS, self.contracts_view, self.contracts_view.list_width),
            (PAGE_DPIAS, self.dpias_view, self.dpias_view.list_width),
            (PAGE_CATALOGUES, self.catalogues_view, None),
        ]
        self._pane_widths = [
            SplitterMemory(page.splitter, self.settings, key, default)  # type: ignore[attr-defined]
            for key, page, default in pages
        ]

    def _update_status(self) -> None:
        model = self._activities_page()[1].model
        total = model.total_count()
        shown = model.rowCount()
        if shown == total:
            count = self.tr("%n activities", "", total)
        else:
            count = self.tr("{shown} of %n activities", "", total).format(shown=shown)
        # The organisation and the file shown, always (the full path in the tooltip).
        self.status_label.setText(" — ".join([count, *self._organisation_names, self.db.path.name]))
        self.status_label.setToolTip(str(self.db.path))
        self._update_title()  # the organisation's name may have changed, or another be shown
