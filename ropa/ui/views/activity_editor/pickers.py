"""Pickers of the activity editor: one catalogue entry or party (`ChoiceField`), or several
for an id-list link (`LinksPickerField`). Both can add a new entry by name ("New…"), which is
created as an undoable command, chosen at once and saved with the choice as one undo step."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ropa.core.errors import RopaError, ValidationError
from ropa.core.i18n import tr
from ropa.core.reads.activity import Choice
from ropa.core.text_languages import translated
from ropa.ui.commands import CreateEntityCommand
from ropa.ui.forms.committer import Committer
from ropa.ui.forms.fields import ComboField, FieldRow
from ropa.ui.forms.read_only import allow_edit, set_list_read_only
from ropa.ui.geometry import wrap_item_texts


def _new_text() -> str:
    return QCoreApplication.translate("ActivityEditor", "New…")


class _Creator:
    """What both pickers share: the table they offer, and creating a new entry of it."""

    def _init_creator(
        self, row: FieldRow, table: str, committer: Committer, new_values: dict[str, Any] | None
    ) -> None:
        self._row = row
        self.table = table
        self.committer = committer
        self.new_values = dict(new_values or {})
        self.organisation_id: str | None = None
        self.choices: list[Choice] = []
        self.names_lang: str | None = None  # None: the entries' main-language names
        self.given: list[Choice] = []  # the entries as read, named in the main language
        self.new_button = QToolButton()
        self.new_button.setText(_new_text())
        tip = QCoreApplication.translate("ActivityEditor", "Add a new entry: %1").replace(
            "%1", tr(committer.lang, f"table.{table}")
        )
        self.new_tip = tip
        self.new_button.setToolTip(tip)
        self.new_button.setAccessibleName(tip)

    def named(self, choices: list[Choice]) -> list[Choice]:
        """The entries named in the texts' language where they have a name in it (a
        catalogue entry's translation; a party's name is the same in every language)."""
        key = translated("name", self.names_lang) if self.names_lang else ""
        if not key:
            return choices
        return [replace(c, name=str(c.values[key])) if c.values.get(key) else c for c in choices]

    def set_names_language(self, lang: str | None) -> None:
        """Name the entries in this document language (None: the main one)."""
        if lang == self.names_lang:
            return
        self.names_lang = lang
        if self.organisation_id is not None:
            self.set_choices(list(self.given), self.organisation_id)

    def choice(self, choice_id: str | None) -> Choice | None:
        """The offered entry with this id (None if not offered)."""
        return next((c for c in self.choices if c.id == choice_id), None)

    def ask_name(self) -> str | None:
        """Ask the name of a new entry (None when cancelled or blank)."""
        title = tr(self.committer.lang, f"table.{self.table}")
        name, accepted = QInputDialog.getText(
            self._row, title, QCoreApplication.translate("ActivityEditor", "Name of the new entry")
        )
        return name.strip() if accepted and name.strip() else None

    def set_choices(self, choices: list[Choice], organisation_id: str) -> None:  # pragma: no cover
        raise NotImplementedError

    def create_choice(self, name: str, extra: dict[str, Any] | None = None) -> str | None:
        """Create an entry named `name` in the organisation (like `Committer.create`), choose it
        and tell the owner, as one undo step. Its id, or None when refused: the reason is then
        shown under the field."""
        if self.organisation_id is None:
            return None
        model = self.table  # a catalogue's or the directory's table
        values = {**self.new_values, **(extra or {}), "name": name}
        committer = self.committer
        command = CreateEntityCommand(
            committer.db, model, values, self.organisation_id, events=committer.events
        )
        try:
            command.run_first()  # what `push` does, but only a created entry opens the macro
        except RopaError as error:
            if isinstance(error, ValidationError):
                lines = [p.message(committer.lang) for p in error.problems]
                self._row.show_problem("\n".join(lines))
            else:
                self._row.show_problem(error.message(committer.lang))
            return None
        new_id = command.entity_id
        assert new_id is not None
        self._row.show_problem(None)
        committer.report(None)
        text = QCoreApplication.translate("ActivityEditor", "Add and choose “%1”")
        committer.stack.beginMacro(text.replace("%1", name))
        try:
            committer.stack.push(command)
            if self.choice(new_id) is None:
                # The owner did not refresh the choices (yet): offer the new entry now.
                self.set_choices([*self.given, Choice(new_id, name, values)], self.organisation_id)
            self._choose(new_id)
        finally:
            committer.stack.endMacro()
        return new_id

    def _choose(self, choice_id: str) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _lock_new(self, read_only: bool) -> None:
        """ "New…" off while the register is read-only."""
        allow_edit(self.new_button, True, read_only, self.new_tip)

    def _new_clicked(self) -> None:
        name = self.ask_name()
        if name is not None:
            self.create_choice(name)


class ChoiceField(_Creator, ComboField):
    """One catalogue entry or party (by id) in a combo, with "New…" beside it; with `empty`,
    first a choice of none (shown as `empty_text`)."""

    def __init__(
        self,
        name: str,
        text: str,
        table: str,
        committer: Committer,
        required: bool = False,
        empty: bool = True,
        new_values: dict[str, Any] | None = None,
        empty_text: str = "",
    ) -> None:
        ComboField.__init__(self, name, text, [], required)
        self._init_creator(self, table, committer, new_values)
        self.empty = empty
        self.empty_text = empty_text  # what no entry means ("Everyone")
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self._layout.removeWidget(self.combo)
        row.addWidget(self.combo)
        row.addWidget(self.new_button)
        row.addStretch(1)
        self._layout.insertWidget(0, box)
        self.new_button.clicked.connect(self._new_clicked)

    def set_choices(self, choices: list[Choice], organisation_id: str) -> None:
        """Offer these entries (by name, after an empty one if allowed); the shown one stays."""
        self.organisation_id = organisation_id
        self.given = list(choices)
        self.choices = sorted(self.named(choices), key=lambda c: c.name.casefold())
        shown = self.value()
        items: list[tuple[Any, str]] = [(None, self.empty_text)] if self.empty else []
        self.set_items(items + [(c.id, c.name) for c in self.choices])
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(shown)))
        self.combo.blockSignals(False)

    def _lock(self, read_only: bool) -> None:
        allow_edit(self.combo, True, read_only)
        self._lock_new(read_only)

    def _choose(self, choice_id: str) -> None:
        index = self.combo.findData(choice_id)
        if index >= 0:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(False)
            self.edited.emit()


class LinksPickerField(_Creator, FieldRow):
    """Several catalogue entries for an id-list link: check boxes under a filter line; the
    chosen ones are listed first and in bold. "New…" creates an entry and adds it."""

    def __init__(
        self,
        name: str,
        text: str,
        table: str,
        committer: Committer,
        new_values: dict[str, Any] | None = None,
        required: bool = False,
    ) -> None:
        FieldRow.__init__(self, (name,), text, required)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(QCoreApplication.translate("ActivityEditor", "Filter…"))
        self.filter.setAccessibleName(
            QCoreApplication.translate("ActivityEditor", "Filter: %1").replace("%1", text)
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.count = QLabel()
        self._reorder = True
        self.list = QListWidget()
        self.list.setMinimumHeight(140)
        self.list.setMaximumHeight(220)
        wrap_item_texts(self.list)  # long names wrap, never scroll sideways
        self.list.itemChanged.connect(self._item_changed)
        self._init_creator(self, table, committer, new_values)
        self.new_button.clicked.connect(self._new_clicked)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        top.addWidget(self.new_button)
        column.addLayout(top)
        column.addWidget(self.list)
        self.set_input(box)
        self.list.setAccessibleName(text)
        self.label.setBuddy(self.list)
        self.setFocusProxy(self.filter)

    # -- showing ------------------------------------------------------------------------------

    def set_choices(self, choices: list[Choice], organisation_id: str) -> None:
        """Offer these entries; the ticked ones stay ticked (and the list as it is, if the
        entries are the same)."""
        self.organisation_id = organisation_id
        old = [(c.id, c.name) for c in self.choices]
        self.given = list(choices)
        self.choices = sorted(self.named(choices), key=lambda c: c.name.casefold())
        if old != [(c.id, c.name) for c in self.choices]:
            self._fill(self.checked_ids())

    def _fill(self, chosen: list[str]) -> None:
        """List the entries, the chosen ones first."""
        chosen_set = set(chosen)
        ordered = [c for c in self.choices if c.id in chosen_set]
        ordered += [c for c in self.choices if c.id not in chosen_set]
        self.list.blockSignals(True)
        self.list.clear()
        for choice in ordered:
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = choice.id in chosen_set
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self._mark(item)
            self.list.addItem(item)
        self.list.blockSignals(False)
        set_list_read_only(self.list, self.read_only)
        self._apply_filter(self.filter.text())
        self._show_count()

    def _lock(self, read_only: bool) -> None:
        """The ticks shown, not changeable; the filter still filters."""
        set_list_read_only(self.list, read_only)
        self._lock_new(read_only)

    def _mark(self, item: QListWidgetItem) -> None:
        font = QFont(self.list.font())
        font.setBold(item.checkState() == Qt.CheckState.Checked)
        item.setFont(font)

    def _show_count(self) -> None:
        self.count.setText(
            QCoreApplication.translate("ActivityEditor", "%1 chosen").replace(
                "%1", str(len(self.checked_ids()))
            )
        )

    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for index in range(self.list.count()):
            item = self.list.item(index)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _item_changed(self, item: QListWidgetItem) -> None:
        self.list.blockSignals(True)
        self._mark(item)
        self.list.blockSignals(False)
        self._show_count()
        self.edited.emit()

    def items(self) -> list[QListWidgetItem]:
        """The list's items, in the order shown."""
        return [self.list.item(index) for index in range(self.list.count())]

    def item_of(self, choice_id: str) -> QListWidgetItem | None:
        return next(
            (i for i in self.items() if i.data(Qt.ItemDataRole.UserRole) == choice_id), None
        )

    # -- values -------------------------------------------------------------------------------

    def checked_ids(self) -> list[str]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def changes(self) -> dict[str, Any]:
        """The chosen ids, in the catalogue's order (by name)."""
        chosen = set(self.checked_ids())
        return {self.fields[0]: [c.id for c in self.choices if c.id in chosen]}

    def show_stored(self, values: dict[str, Any], force: bool = False) -> None:
        """Show the stored links; forced (another activity), the chosen ones come first."""
        self._reorder = force
        super().show_stored(values, force)

    def _display(self, values: dict[str, Any]) -> None:
        chosen = list(values[self.fields[0]] or [])
        if self._reorder:
            self._fill(chosen)
            return
        # The same activity: tick in place, so nothing moves under the user's pointer.
        self.list.blockSignals(True)
        for item in self.items():
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self._mark(item)
        self.list.blockSignals(False)
        self._show_count()

    def _choose(self, choice_id: str) -> None:
        item = self.item_of(choice_id)
        if item is not None and item.checkState() != Qt.CheckState.Checked:
            item.setCheckState(Qt.CheckState.Checked)  # emits edited (through itemChanged)
