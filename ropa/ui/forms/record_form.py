"""A generic form editor for one register entry, driven by a list of fields and their kind of
input; every edit is saved at once as an undoable command, refused values are shown under the
field, and the form refreshes when the register changes (e.g. on undo)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ropa.core.handle import Register
from ropa.core.i18n import label, tr
from ropa.core.reads.record import load_record
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.committer import Committer
from ropa.ui.forms.datetime_field import DateTimeField
from ropa.ui.forms.fields import (
    CheckedListRow,
    CheckField,
    ChoicesField,
    ComboField,
    DateField,
    DurationField,
    FieldRow,
    LineField,
    NumberField,
    TextField,
    TranslatableRow,
    TriStateField,
    WebsiteField,
    message_label,
    set_text_language,
    title_label,
)
from ropa.ui.forms.read_only import set_list_read_only
from ropa.ui.geometry import FormHeightGuard, wrap_item_texts
from ropa.ui.theme import warning_style
from ropa.ui.views.refresh import Refresher

Items = list[tuple[Any, str]]

if TYPE_CHECKING:
    from ropa.ui.forms.attachments import AttachmentsPanel


@dataclass(frozen=True)
class Field:
    """One input of the form: the column it edits and the kind of input.

    kind: "line", "website" (a line; https:// added when no scheme is typed), "text",
    "combo", "check", "tristate" (yes / no / not recorded: a boolean that may be None),
    "number" (a whole number from `minimum` to `maximum`, empty: None), "choices" (a list of
    closed values as check boxes, `items`), "date", "datetime" (a date and a time in local
    time, saved as a UTC instant), "duration" (value column + `unit` column)
    or "links" (an id-list link, e.g. sub-processors, as check boxes; items set by the owner);
    "heading": not an input but the title of the group of fields below it (`text`; `name` only
    identifies it in `RecordEditor.headings`). `hint`: a note shown under the input.
    """

    name: str
    kind: str
    required: bool = False
    items: Items | None = None
    unit: str | None = None
    text: str | None = None
    hint: str | None = None
    minimum: int = 0
    maximum: int = 999


class LinksField(CheckedListRow):
    """Other entries as check boxes; the checked ones are the link's targets."""

    def __init__(self, name: str, text: str) -> None:
        super().__init__((name,), text)
        self.list = QListWidget()
        self.list.setMinimumHeight(120)
        self.list.itemChanged.connect(lambda _item: self.edited.emit())
        self.set_input(self.list)

    def set_items(self, items: Items) -> None:
        checked = set(self.changes()[self.fields[0]])
        self.list.blockSignals(True)
        self.list.clear()
        for value, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = value in checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        set_list_read_only(self.list, self.read_only)


def _build_row(table: str, lang: str, spec: Field) -> FieldRow:
    row = _new_row(table, lang, spec)
    if isinstance(row, ChoicesField | LinksField):
        # Long texts wrap, never scroll sideways; closed values all in sight.
        wrap_item_texts(row.list, fit_height=isinstance(row, ChoicesField))
    if spec.hint:
        row.add_hint(spec.hint)
    return row


def _new_row(table: str, lang: str, spec: Field) -> FieldRow:
    text = label(lang, table, spec.name)
    if spec.kind == "line":
        return LineField(spec.name, text, spec.required)
    if spec.kind == "website":
        return WebsiteField(spec.name, text, spec.required)
    if spec.kind == "text":
        return TextField(spec.name, text, spec.required)
    if spec.kind == "combo":
        return ComboField(spec.name, text, spec.items or [], spec.required)
    if spec.kind == "check":
        return CheckField(spec.name, text)
    if spec.kind == "tristate":
        return TriStateField(spec.name, text, tr(lang, "value.yes"), tr(lang, "value.no"))
    if spec.kind == "number":
        return NumberField(spec.name, text, spec.minimum, spec.maximum)
    if spec.kind == "choices":
        return ChoicesField(spec.name, text, spec.items or [])
    if spec.kind == "date":
        clear = QCoreApplication.translate("ActivityEditor", "Clear the date")
        return DateField(spec.name, text, clear)
    if spec.kind == "datetime":
        clear = QCoreApplication.translate("ActivityEditor", "Clear the date")
        return DateTimeField(spec.name, text, clear)
    if spec.kind == "duration":
        assert spec.unit is not None
        return DurationField(spec.name, spec.unit, text, spec.items or [])
    if spec.kind == "links":
        return LinksField(spec.name, text)
    raise ValueError(f"unknown kind of field: {spec.kind}")


def _heading(text: str, spaced: bool) -> QLabel:
    """The bold title of a group of fields (with space above unless it is the first row)."""
    heading = QLabel(text)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    heading.setWordWrap(True)
    if spaced:
        heading.setContentsMargins(0, 12, 0, 0)
    return heading


class RecordEditor(QWidget):
    """Edits one entry of `table`; reads through the core (ropa.core.reads.record), writes
    through commands."""

    reloaded = Signal()  # the form shows the values read again (`values`)

    def __init__(
        self,
        db: Register,
        stack: QUndoStack,
        events: RegisterEvents,
        lang: str,
        table: str,
        fields: list[Field],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.stack = stack
        self.events = events
        self.lang = lang
        self.table = table
        self.entity_id: str | None = None
        self.values: dict[str, Any] | None = None
        self.read_only = False  # see set_read_only
        self.text_lang: str | None = None  # the texts' language asked for (None: the main one)
        self.committer = Committer(db, stack, events, lang, self._report)
        self.links = tuple(f.name for f in fields if f.kind == "links")
        self.attachments: AttachmentsPanel | None = None  # see add_attachments

        self.title = title_label(1.2)
        self.legend = QLabel(self.tr("Fields marked * are required in the register."))
        self.message = message_label()
        # In another document language than the main one: how many texts it still lacks.
        self.translation_state = QLabel()
        self.translation_state.setWordWrap(True)
        self.translation_state.hide()

        form_widget = QWidget()
        self.form = form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.rows: dict[str, FieldRow] = {}
        self.headings: dict[str, QLabel] = {}
        for spec in fields:
            if spec.kind == "heading":
                heading = _heading(spec.text or spec.name, bool(self.rows))
                self.headings[spec.name] = heading
                form.addRow(heading)
                continue
            row = _build_row(self.table, lang, spec)
            self.rows[spec.name] = row
            form.addRow(row.label, row)
            row.edited.connect(lambda row=row: self._commit(row))
        # No row drawn over the next at any width: a hint or a tick list that wraps keeps the
        # height it needs.
        FormHeightGuard(form, list(self.rows.values()))
        area = QScrollArea()
        area.setWidget(form_widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.translation_state)
        layout.addWidget(self.message)
        layout.addWidget(area, 1)
        self.setEnabled(False)
        self.refresher = Refresher(
            self,
            events,
            lambda changes: changes.concerns(self.table, self.entity_id),
            lambda _changes: self.reload(),
        )

    def insert_row(self, after: str, text: str, widget: QWidget) -> QLabel:
        """Show `widget` (not an input: e.g. what the values above it mean) in the form under
        the input of field `after`, labelled `text`; its label."""
        place: Any = self.form.getWidgetPosition(self.rows[after])  # (row, role)
        label_widget = QLabel(text)
        self.form.insertRow(int(place[0]) + 1, label_widget, widget)
        return label_widget

    def set_read_only(self, read_only: bool) -> None:
        """Every input shows its value without letting it be changed (a register opened
        read-only; see ropa.ui.forms.read_only)."""
        self.read_only = read_only
        for row in self.rows.values():
            row.set_read_only(read_only)
        if self.attachments is not None:
            self.attachments.set_read_only(read_only)

    def add_attachments(self, show_error: Any) -> AttachmentsPanel:
        """The documents attached to the shown entry, under a heading at the end of the form
        (the entry's table must take documents: ropa.core.attachments.OWNER_TABLES);
        `show_error(what, error)` tells a refusal."""
        from ropa.ui.forms.attachments import AttachmentsPanel

        panel = AttachmentsPanel(
            self.db, self.stack, self.events, self.lang, self.table, show_error, self
        )
        self.form.addRow(_heading(self.tr("Documents"), True))
        self.form.addRow(panel)
        panel.set_read_only(self.read_only)
        self.reloaded.connect(lambda: panel.show_owner(self.entity_id if self.values else None))
        self.attachments = panel
        return panel

    def set_items(self, name: str, items: Items) -> None:
        """Change the choices of a combo or links field (the shown value is kept)."""
        row = self.rows[name]
        if isinstance(row, ComboField | LinksField):
            row.set_items(items)
            row.show_stored(self.values or {}, force=not row.has_error)

    def load(self, entity_id: str | None) -> None:
        """Show this entry (None: nothing); refused values of the previous one are dropped."""
        self.entity_id = entity_id
        self._report(None)
        self.reload(force=True)

    def reload(self, force: bool = False) -> None:
        values = None
        if self.entity_id is not None:
            values = load_record(self.db, self.table, self.entity_id, self.links)
        self.values = values
        self.setEnabled(values is not None)
        self.title.setText("" if values is None else str(values["_label"]))
        force = self._apply_text_language() or force
        for row in self.rows.values():
            row.show_stored(values or {}, force=force or values is None)
        self._show_translation_state()
        self.reloaded.emit()

    def set_text_language(self, lang: str | None) -> None:
        """Show and edit the translatable texts in this document language (None: the main
        one); what the user is typing is saved first, in the language it was typed in."""
        if lang == self.text_lang:
            return
        for row in self.rows.values():
            if row.is_being_edited() and row.has_pending_edit():
                row.edited.emit()
        self.text_lang = lang
        if self._apply_text_language():
            for row in self.rows.values():
                row.show_stored(self.values or {}, force=True)
            self._show_translation_state()
            self.reloaded.emit()

    def languages(self) -> list[str]:
        """The document languages of the entry's organisation, the main one first."""
        return list((self.values or {}).get("_languages") or [])

    def shown_text_language(self) -> str:
        """The language the texts are shown in: the one asked for when the entry's
        organisation writes in it, else its main language."""
        languages = self.languages()
        if not languages:
            return ""
        return self.text_lang if self.text_lang in languages else languages[0]

    def _apply_text_language(self) -> bool:
        languages = self.languages()
        if not languages:
            return False
        main = languages[0]
        rows = self.rows.values()
        return set_text_language(rows, self.table, self.shown_text_language(), main, self.lang)

    def _show_translation_state(self) -> None:
        languages = self.languages()
        lang = self.shown_text_language()
        if not languages or lang == languages[0]:
            self.translation_state.hide()
            return
        count = sum(
            1 for row in self.rows.values() if isinstance(row, TranslatableRow) and row.is_missing()
        )
        if count:
            text = self.tr("%1: %n text(s) to translate", "", count)
        else:
            text = self.tr("%1: every text is translated")
        self.translation_state.setText(text.replace("%1", lang.upper()))
        self.translation_state.setStyleSheet(warning_style() if count else "")
        self.translation_state.show()

    def _commit(self, row: FieldRow) -> None:
        if self.entity_id is None:
            return
        if isinstance(row, LinksField):
            self.committer.links(self.table, self.entity_id, row)
        else:
            version = (self.values or {}).get("version")
            self.committer.update(self.table, self.entity_id, row, version)

    def _report(self, message: str | None) -> None:
        self.message.setText(message or "")
        self.message.setVisible(message is not None)
