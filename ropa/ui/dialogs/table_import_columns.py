"""Step 1 of the spreadsheet import's mapping dialog (ropa.ui.dialogs.table_import_dialog): the
layout ropa detected (one activity per row of a sheet under a header row, or one activity per
sheet), which the user may change (ropa then guesses again, keeping the columns the user chose),
and each column with the field it goes to beside its value in the first activities. The columns
ropa did not recognise are marked until the user decides; two columns sent to a field that
takes one are marked and named, and the dialog does not go on."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ropa.core.errors import RopaError
from ropa.exports.table import (
    IGNORE,
    Mapping,
    TableBook,
    TargetField,
    guess_mapping,
    preview,
    target_fields,
)
from ropa.ui.forms.choice_delegate import choice_table
from ropa.ui.models.table_mapping_model import ColumnMappingModel, quoted
from ropa.ui.theme import warning_style

log = logging.getLogger(__name__)

ShowMessage = Callable[[QMessageBox.Icon, str, RopaError | str | None], object]

EXAMPLES = 3
"""How many activities' values are shown beside the columns."""


class ColumnsStep(QWidget):
    """The table's layout and columns; `mapping` is the mapping as the user has it now and
    `decided` the columns whose field the user (or a remembered or loaded mapping) chose."""

    changed = Signal()
    """A column's field was chosen, or the columns were read again."""

    def __init__(
        self,
        parent: QWidget,
        book: TableBook,
        mapping: Mapping,
        *,
        lang: str,
        decided: set[str],
        show_message: ShowMessage,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.mapping = mapping
        self.decided = set(decided)
        self._show_message = show_message
        fields = target_fields()
        self.multiple = {f.key for f in fields if f.multiple}
        self.field_labels = {f.key: f.label(lang) for f in fields}
        self.field_choices = [(IGNORE, TargetField(IGNORE).label(lang))]
        self.field_choices += [(f.key, self.field_labels[f.key]) for f in fields]

        self.source_label = QLabel(self)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)  # the file's name
        self.source_label.setWordWrap(True)
        self.layout_combo = QComboBox(self)
        self.layout_combo.addItem(self.tr("One activity per row"), "rows")
        self.layout_combo.addItem(self.tr("One activity per sheet"), "sheets")
        self.layout_label = QLabel(self.tr("&Layout:"), self)
        self.layout_label.setBuddy(self.layout_combo)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for sheet in book.sheets:
            self.sheet_combo.addItem(sheet.name, sheet.name)
        self.sheet_label = QLabel(self.tr("S&heet:"), self)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.header_spin = QSpinBox(self)
        self.header_spin.setKeyboardTracking(False)  # read again when the number is complete
        self.header_label = QLabel(self.tr("Header &row:"), self)
        self.header_label.setBuddy(self.header_spin)
        self.sheets_button = QPushButton(self)  # its menu ticks the sheets read
        self.sheets_button.setAutoDefault(False)
        self.sheets_menu = QMenu(self.sheets_button)
        self.sheets_button.setMenu(self.sheets_menu)
        self.sheets_label = QLabel(self.tr("S&heets:"), self)
        self.sheets_label.setBuddy(self.sheets_button)
        for sheet in book.sheets:
            action = self.sheets_menu.addAction(sheet.name)
            action.setCheckable(True)
            action.setData(sheet.name)
            action.toggled.connect(self._sheets_chosen)
        self.layout_combo.activated.connect(self._layout_chosen)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.header_spin.valueChanged.connect(self._header_row_chosen)

        self.info_label = QLabel(self)
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)  # may name a file
        self.info_label.setWordWrap(True)
        self.info_label.hide()
        self.recognised_label = QLabel(self)
        self.recognised_label.setWordWrap(True)
        self.model = ColumnMappingModel(self, EXAMPLES)
        self.model.field_changed.connect(self._field_chosen)
        self.view = choice_table(self, self.tr("Columns"), ColumnMappingModel.COL_FIELD)
        self.view.setModel(self.model)
        self.title = QLabel(self.tr("&Columns of the file and where they go:"), self)
        self.title.setBuddy(self.view)
        self.problem_label = QLabel(self)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)  # names the file's columns
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(warning_style())
        self.problem_label.hide()

        controls = QHBoxLayout()
        for widget in (self.layout_label, self.layout_combo):
            controls.addWidget(widget)
        controls.addSpacing(16)
        for other in (self.sheet_label, self.sheet_combo, self.sheets_label, self.sheets_button):
            controls.addWidget(other)
        controls.addSpacing(16)
        controls.addWidget(self.header_label)
        controls.addWidget(self.header_spin)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source_label)
        layout.addLayout(controls)
        layout.addWidget(self.info_label)
        layout.addWidget(self.recognised_label)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problem_label)
        self.show_mapping(mapping)

    def say(self, text: str) -> None:
        """A line above the columns (a mapping remembered, loaded or saved)."""
        self.info_label.setText(text)
        self.info_label.setVisible(bool(text))

    # -- showing a mapping ---------------------------------------------------------------------

    def show_mapping(self, mapping: Mapping) -> None:
        """Show mapping: the layout's controls and the columns, with their first values."""
        self.mapping = mapping
        sheets_layout = mapping.layout == "sheets"
        controls = (self.layout_combo, self.sheet_combo, self.header_spin)
        blocked = [widget.blockSignals(True) for widget in controls]
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(mapping.layout), 0))
        sheet = mapping.sheet or (self.book.sheets[0].name if self.book.sheets else "")
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(sheet), 0))
        rows = next((len(s.rows) for s in self.book.sheets if s.name == sheet), 1)
        self.header_spin.setRange(1, max(rows, 1))
        self.header_spin.setValue(mapping.header_row)
        for widget, was in zip(controls, blocked, strict=True):
            widget.blockSignals(was)
        chosen = set(mapping.sheets) or {s.name for s in self.book.sheets}
        for action in self.sheets_menu.actions():
            was = action.blockSignals(True)
            action.setChecked(action.data() in chosen)
            action.blockSignals(was)
        self._show_sheets_count()
        for widget in (self.sheet_label, self.sheet_combo, self.header_label, self.header_spin):
            widget.setVisible(not sheets_layout)
        self.sheets_label.setVisible(sheets_layout)
        self.sheets_button.setVisible(sheets_layout)
        self.source_label.setText(
            self.tr("File {name}, %n sheet(s)", "", len(self.book.sheets)).format(
                name=self.book.filename
            )
        )
        self.decided &= set(mapping.columns)
        unrecognised = {
            h for h, key in mapping.columns.items() if key == IGNORE and h not in self.decided
        }
        try:
            examples = preview(self.book, mapping, EXAMPLES)
        except RopaError as error:
            log.info("no preview of the table: %s", error)
            examples = []
        self.model.set_columns(
            mapping.columns, self.field_choices, unrecognised, examples, sheets_layout=sheets_layout
        )
        self._show_counts()
        self._fit_columns()
        self._check_clashes()

    def _show_counts(self) -> None:
        """How many columns are imported, and what to check."""
        columns = self.mapping.columns
        known = sum(1 for key in columns.values() if key != IGNORE)
        parts = [
            self.tr("Columns imported: {known} of {total}.").format(
                known=known, total=len(columns)
            ),
            self.tr("Check the field of each column."),
        ]
        if self.model.unrecognised:
            parts.append(
                self.tr(
                    "Those marked with a warning sign were not recognised: choose their field, "
                    "or leave them out (their values are then kept in the activity's notes)."
                )
            )
        self.recognised_label.setText(" ".join(parts))

    def _show_sheets_count(self) -> None:
        actions = self.sheets_menu.actions()
        checked = sum(1 for action in actions if action.isChecked())
        self.sheets_button.setText(
            self.tr("{count} of {total}").format(count=checked, total=len(actions))
        )

    def _fit_columns(self) -> None:
        """The column titles and fields in full; the values share the rest."""
        view, model = self.view, self.model
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        widest_field = max(
            (metrics.horizontalAdvance(label) for _k, label in self.field_choices), default=100
        )
        widest_column = max(
            (metrics.horizontalAdvance(model.header_text(h)) for h in model.headers), default=100
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        view.setColumnWidth(model.COL_COLUMN, min(max(widest_column + 40, 140), 280))
        view.setColumnWidth(model.COL_FIELD, min(max(widest_field + 64, 200), 380))
        for column in range(model.COL_FIRST_EXAMPLE, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            # A table of fewer activities than examples: no empty column.
            number = column - model.COL_FIRST_EXAMPLE
            view.setColumnHidden(column, number > 0 and number >= len(model.values))

    # -- the user's choices --------------------------------------------------------------------

    def _reguess(self, **changes: object) -> None:
        """Guess again with a changed layout, sheet or header row; the user's choices of
        columns stay where the same columns are found."""
        base = Mapping(
            layout=self.mapping.layout,
            sheet=self.mapping.sheet,
            header_row=self.mapping.header_row,
            sheets=list(self.mapping.sheets),
            columns={h: k for h, k in self.mapping.columns.items() if h in self.decided},
            values={field: dict(values) for field, values in self.mapping.values.items()},
        )
        for name, value in changes.items():
            setattr(base, name, value)
        try:
            guessed = guess_mapping(self.book, base)
        except RopaError as error:
            self._show_message(
                QMessageBox.Icon.Warning, self.tr("The table cannot be read this way."), error
            )
            guessed = self.mapping
        self.show_mapping(guessed)

    def _layout_chosen(self, _number: int) -> None:
        layout = self.layout_combo.currentData()
        if layout != self.mapping.layout:
            self._reguess(layout=layout)

    def _sheet_chosen(self, _number: int) -> None:
        sheet = self.sheet_combo.currentData()
        if sheet != self.mapping.sheet:
            self._reguess(sheet=sheet, header_row=1)  # ropa finds the header row again

    def _header_row_chosen(self, row: int) -> None:
        if row != self.mapping.header_row:
            self._reguess(header_row=row)

    def _sheets_chosen(self, _checked: bool) -> None:
        chosen = [a.data() for a in self.sheets_menu.actions() if a.isChecked()]
        self._show_sheets_count()
        self._reguess(sheets=chosen)

    def _field_chosen(self, header: str, key: str) -> None:
        self.mapping.columns[header] = key
        self.decided.add(header)
        self._show_counts()
        self._check_clashes()

    # -- two columns for one field -------------------------------------------------------------

    def clashes(self) -> dict[str, list[str]]:
        """Columns sent to a field that takes one only: header -> the other headers."""
        by_field: dict[str, list[str]] = {}
        for header, key in self.mapping.columns.items():
            if key != IGNORE and key not in self.multiple:
                by_field.setdefault(key, []).append(header)
        return {
            header: [other for other in headers if other != header]
            for headers in by_field.values()
            if len(headers) > 1
            for header in headers
        }

    def _check_clashes(self) -> None:
        clashes = self.clashes()
        self.model.set_clashes(clashes)
        lines = []
        for key in dict.fromkeys(self.mapping.columns[h] for h in clashes):
            headers = [h for h in clashes if self.mapping.columns[h] == key]
            lines.append(
                self.tr(
                    "{field} takes one column only, and {columns} go to it: choose another "
                    "field for all but one."
                ).format(
                    field=quoted(self.field_labels.get(key, key)),
                    columns=", ".join(quoted(h) for h in headers),
                )
            )
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(lines))
        self.changed.emit()
