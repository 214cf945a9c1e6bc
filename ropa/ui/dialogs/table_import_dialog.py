"""The mapping step of File > Import a register from a spreadsheet…: how the table's columns and
values become activities, reviewed by the user before the change preview.

Step 1 (Columns, ropa.ui.dialogs.table_import_columns): the layout ropa detected and each column
with the field it goes to. Step 2 (Values): each distinct value of a closed-list field and what
it becomes, the guesses ropa is not sure of first. The mapping can be saved to a file and loaded
again. The engine is ropa.exports.table (its public API only); "Preview changes…" hands the
mapping to the caller (ropa.ui.table_import), which plans the import, shows the usual change
preview and remembers the mapping for the next time.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ropa.core.errors import RopaError
from ropa.core.files import read_input, write_atomic
from ropa.exports.common import ImportPlan
from ropa.exports.table import (
    Mapping,
    TableBook,
    guess_mapping,
    value_choices,
    value_guesses,
    value_label,
)
from ropa.ui.dialogs.table_import_columns import ColumnsStep, ShowMessage
from ropa.ui.document_actions import chosen_target
from ropa.ui.forms.choice_delegate import choice_table
from ropa.ui.geometry import fit_to_screen
from ropa.ui.models.table_mapping_model import ValueReviewModel

PlanImport = Callable[[QWidget, Mapping], ImportPlan | None]

PAGE_COLUMNS = 0
PAGE_VALUES = 1


class TableImportDialog(QDialog):
    """The two steps of the mapping; accepted once the caller planned the import
    (`plan` holds it, `mapping` what was applied)."""

    def __init__(
        self,
        parent: QWidget | None,
        book: TableBook,
        mapping: Mapping,
        *,
        lang: str,
        remembered: Mapping | None = None,
        plan_import: PlanImport,
        show_message: ShowMessage,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.lang = lang
        self.plan: ImportPlan | None = None
        self._plan_import = plan_import
        self._show_message = show_message
        self._value_choices: dict[str, list[tuple[str, str]]] = {}
        self.setWindowTitle(self.tr("Import a register from a spreadsheet"))

        self.steps_label = QLabel(self)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)  # the steps' names only
        self.pages = QStackedWidget(self)
        self.columns = ColumnsStep(
            self,
            book,
            mapping,
            lang=lang,
            decided=set(remembered.columns) if remembered else set(),
            show_message=show_message,
        )
        self.columns.changed.connect(self._update_buttons)
        self.pages.addWidget(self.columns)
        self.pages.addWidget(self._values_page())

        self.load_button = QPushButton(self.tr("L&oad mapping…"), self)
        self.save_button = QPushButton(self.tr("&Save mapping…"), self)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.preview_button = QPushButton(self.tr("&Preview changes…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.load_button.clicked.connect(self.load_mapping_dialog)
        self.save_button.clicked.connect(self.save_mapping_dialog)
        self.back_button.clicked.connect(lambda: self.show_step(PAGE_COLUMNS))
        self.next_button.clicked.connect(self.go_to_values)
        self.preview_button.clicked.connect(self.preview_changes)
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.load_button, self.save_button, self.back_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.preview_button):
            buttons.addWidget(button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        if remembered is not None:
            self.columns.say(
                self.tr("The choices made last time for a table with these columns are applied.")
            )
        self.show_step(PAGE_COLUMNS)
        fit_to_screen(self, 1200, 740)

    @property
    def mapping(self) -> Mapping:
        return self.columns.mapping

    # -- building ------------------------------------------------------------------------------

    def _values_page(self) -> QWidget:
        page = QWidget(self)
        self.values_intro = QLabel(
            self.tr(
                "What each value of a closed list becomes. The guesses to check are "
                "highlighted and listed first; a value not recorded is kept in the activity's "
                "notes."
            ),
            page,
        )
        self.values_intro.setWordWrap(True)
        self.values_model = ValueReviewModel(self)
        self.values_model.dataChanged.connect(lambda *_changed: self._show_unsure_count())
        self.values_view = choice_table(page, self.tr("Values"), ValueReviewModel.COL_CHOICE)
        self.values_view.setModel(self.values_model)
        self.values_title = QLabel(self.tr("&Values of the file and what they become:"), page)
        self.values_title.setBuddy(self.values_view)
        self.unsure_label = QLabel(page)
        self.unsure_label.setWordWrap(True)
        self.values_empty = QLabel(
            self.tr(
                "No column imported holds values of a closed list (legal bases, roles, "
                "countries, yes or no, durations): there is nothing to check."
            ),
            page,
        )
        self.values_empty.setWordWrap(True)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.values_intro, 0, 0)
        grid.addWidget(self.unsure_label, 1, 0)
        grid.addWidget(self.values_title, 2, 0)
        grid.addWidget(self.values_view, 3, 0)
        grid.addWidget(self.values_empty, 4, 0, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(3, 1)
        return page

    # -- steps ---------------------------------------------------------------------------------

    def show_step(self, page: int) -> None:
        if page == PAGE_COLUMNS and self.pages.currentIndex() == PAGE_VALUES:
            self._store_values()
        self.pages.setCurrentIndex(page)
        on_columns = page == PAGE_COLUMNS
        self.back_button.setVisible(not on_columns)
        self.next_button.setVisible(on_columns)
        self.preview_button.setVisible(not on_columns)
        (self.next_button if on_columns else self.preview_button).setDefault(True)
        names = [self.tr("1. Columns"), self.tr("2. Values"), self.tr("3. Changes")]
        parts = [
            f"<b>{html.escape(name)}</b>" if number == page else html.escape(name)
            for number, name in enumerate(names)
        ]
        self.steps_label.setText(" &nbsp;›&nbsp; ".join(parts))
        view = self.columns.view if on_columns else self.values_view
        if not view.selectionModel().hasSelection() and view.model().rowCount() > 0:
            view.selectRow(max(view.currentIndex().row(), 0))  # the row Enter opens
        view.setFocus()
        self._update_buttons()

    def go_to_values(self) -> bool:
        """Step 2: the closed-list values of the columns as mapped now. False when the
        mapping is not complete (two columns for one field) or the values cannot be read."""
        if self.columns.clashes():
            return False
        try:
            guesses = value_guesses(self.book, self.mapping)
        except RopaError as error:
            self._show_message(
                QMessageBox.Icon.Warning, self.tr("The values cannot be read."), error
            )
            return False
        choices = {guess.field: self._choices_of(guess.field) for guess in guesses}
        for guess in guesses:  # a guess beyond the usual list (a duration: "45 jours")
            if guess.code and guess.code not in {code for code, _label in choices[guess.field]}:
                label = value_label(guess.field, guess.code, self.lang)
                choices[guess.field].append((guess.code, label))
        self.values_model.set_guesses(guesses, self.columns.field_labels, choices)
        has_values = self.values_model.rowCount() > 0
        self.values_view.setVisible(has_values)
        self.values_title.setVisible(has_values)
        self.values_intro.setVisible(has_values)
        self.values_empty.setVisible(not has_values)
        self.unsure_label.setVisible(has_values)
        self._show_unsure_count()
        self._fit_values_columns()
        self.show_step(PAGE_VALUES)
        return True

    def _show_unsure_count(self) -> None:
        unsure = self.values_model.unsure_count()
        self.unsure_label.setText(
            self.tr("Guesses to check: %n.", "", unsure)
            if unsure
            else self.tr("Nothing left to check; change any value you disagree with.")
        )

    def preview_changes(self) -> bool:
        """Hand the mapping to the caller, which plans the import (showing any problem);
        accepted when there is a plan to preview."""
        self._store_values()
        plan = self._plan_import(self, self.mapping)
        if plan is None:
            return False
        self.plan = plan
        self.accept()
        return True

    def _choices_of(self, field: str) -> list[tuple[str, str]]:
        """What a value of the field may become, "not recorded" (kept in the notes) first."""
        if field not in self._value_choices:
            self._value_choices[field] = list(value_choices(field, self.lang))
        return self._value_choices[field]

    def _store_values(self) -> None:
        """The values decided on step 2 into the mapping (kept when going back and forth)."""
        for field, decided in self.values_model.decisions().items():
            self.mapping.values.setdefault(field, {}).update(decided)

    def _update_buttons(self) -> None:
        self.next_button.setEnabled(not self.columns.clashes())

    def _fit_values_columns(self) -> None:
        view, model = self.values_view, self.values_model
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        labels = [label for row in range(model.rowCount()) for _c, label in model.row_choices(row)]
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=160)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(model.COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.COL_VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(model.COL_COUNT, QHeaderView.ResizeMode.ResizeToContents)
        view.setColumnWidth(model.COL_CHOICE, min(max(widest + 64, 220), 400))

    # -- mapping files -------------------------------------------------------------------------

    def current_mapping(self) -> Mapping:
        """The mapping as the user has it now (the values of step 2 included)."""
        if self.pages.currentIndex() == PAGE_VALUES:
            self._store_values()
        return self.mapping

    def save_mapping_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the mapping"), str(Path.home() / "mapping.json"), self._filter()
        )
        if not name:
            return
        target = chosen_target(self, name, ".json")
        if target is not None:
            self.save_mapping(target)

    def save_mapping(self, target: Path) -> bool:
        try:
            write_atomic(target, self.current_mapping().to_json().encode("utf-8"))
        except RopaError as error:
            self._show_message(
                QMessageBox.Icon.Critical, self.tr("The mapping was not saved."), error
            )
            return False
        self.columns.say(self.tr("Mapping saved: {path}").format(path=target))
        return True

    def load_mapping_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a mapping"), str(Path.home()), self._filter()
        )
        if name:
            self.load_mapping(Path(name))

    def load_mapping(self, path: Path) -> bool:
        """Apply a mapping file's choices to this table; a file that cannot be read, or that
        knows none of the table's columns, changes nothing and says why."""
        not_loaded = self.tr("The mapping was not loaded: nothing changed.")
        try:
            data = read_input(path)
            loaded = Mapping.from_json(data)
            guessed = guess_mapping(self.book, loaded)
        except RopaError as error:
            self._show_message(QMessageBox.Icon.Warning, not_loaded, error)
            return False
        known = set(loaded.columns) & set(guessed.columns)
        if not known:
            self._show_message(
                QMessageBox.Icon.Warning,
                not_loaded,
                self.tr("None of the columns of this table is in the mapping {name}.").format(
                    name=path.name
                ),
            )
            return False
        self.columns.decided = known | (self.columns.decided & set(guessed.columns))
        self.columns.show_mapping(guessed)
        self.show_step(PAGE_COLUMNS)
        self.columns.say(
            self.tr("Mapping {name} loaded: it names {known} of the {total} columns.").format(
                name=path.name, known=len(known), total=len(guessed.columns)
            )
        )
        return True

    def _filter(self) -> str:
        return self.tr("Import mappings (*.json)")
