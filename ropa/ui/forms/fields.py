"""Form inputs bound to register columns: each shows the stored value, tells when the user
finished an edit, and shows a problem under itself (kept until fixed)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QPoint,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QRegularExpressionValidator,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ropa.core.i18n import colon, language_name
from ropa.core.organisation_profile import normalise_website
from ropa.core.text_languages import TRANSLATABLE, translated
from ropa.ui.forms.read_only import (
    allow_edit,
    set_list_read_only,
    set_text_read_only,
)
from ropa.ui.theme import background, error_style, readable, warning_colour

# A date as typed: day (or ISO year) first, then month, then year (or day), any separator.
_DATE_TEXT = re.compile(r"(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,4})")


def title_label(scale: float) -> QLabel:
    """The bold, wrapped title above a form (the entry's name), `scale` times the font size."""
    title = QLabel()
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)
    return title


def message_label() -> QLabel:
    """The hidden error line above a form, for what is refused outside a field."""
    message = QLabel()
    message.setStyleSheet(error_style())
    message.setWordWrap(True)
    message.hide()
    return message


def _unordered(values: dict[str, Any]) -> dict[str, Any]:
    """Values with lists as sets (an id list shown in another order is the same list)."""
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in values.items()}


class FieldRow(QWidget):
    """One input (with its label and error line) for one or more columns of an entity."""

    edited = Signal()  # the user finished an edit: the owner commits `changes()`

    def __init__(self, fields: tuple[str, ...], text: str, required: bool = False) -> None:
        super().__init__()
        self.fields = fields
        self.name = fields[0]
        """The field it edits (in the main language, whatever language it shows: `fields`)."""
        self.label = QLabel(f"{text} *" if required else text)
        # Not wrapped: QFormLayout gives a wrapped label only its field's height (cut text).
        self.label.setWordWrap(False)
        self.accessible_name = text
        self.stored: dict[str, Any] = {}
        # The stored values the input was showing when the user started editing it.
        self.seen: dict[str, Any] = {}
        self.has_error = False
        self.read_only = False  # the register is read-only: shown, not changeable
        self.error_label = QLabel()
        self.error_label.setStyleSheet(error_style())
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.input: QWidget = QWidget()
        self.hint_text = ""  # the note under the input (add_hint), also its description
        self.hint_label: QLabel | None = None

    def set_input(self, widget: QWidget) -> None:
        self.input = widget
        self._layout.addWidget(widget)
        self._add_below_input()
        self._layout.addWidget(self.error_label)
        self.label.setBuddy(widget)
        widget.setAccessibleName(self.accessible_name)
        self.setFocusProxy(widget)
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.installEventFilter(self)  # see eventFilter: whose undo the keys are

    def add_hint(self, text: str) -> QLabel:
        """A wrapped note under the input (plain text), e.g. what an empty value means."""
        hint = QLabel(text)
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
        hint.setStyleSheet(f"color: {readable(grey, background()).name()};")
        self._layout.insertWidget(self._layout.indexOf(self.input) + 1, hint)
        self.hint_text = text
        self.hint_label = hint
        if not self.has_error:
            self.input.setAccessibleDescription(text)
        return hint

    def seen_value(self, key: str) -> Any:
        """The stored value of `key` the input showed when the user started editing it."""
        return self.seen.get(key, self.stored.get(key))

    def is_being_edited(self) -> bool:
        """Whether the user is in this input now (the keyboard focus is in it)."""
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self.input or self.input.isAncestorOf(focus))

    def has_pending_edit(self) -> bool:
        """Whether the input shows a value not saved (typing not committed, or refused)."""
        return _unordered(self.changes()) != _unordered(self.stored)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """Undo / Redo keys in a text input: its own undo/redo while it holds typing not yet
        saved (or can redo typing it undid); otherwise the window's undo/redo of the register
        change. (A text input takes these keys whatever it holds; ignoring the override
        lets the window's shortcut have them.)"""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            redo = event.matches(QKeySequence.StandardKey.Redo)
            if redo or event.matches(QKeySequence.StandardKey.Undo):
                own_redo = redo and _redo_available(watched)
                if not own_redo and not self.has_pending_edit():
                    event.ignore()
                    return True
        return super().eventFilter(watched, event)

    def set_read_only(self, read_only: bool) -> None:
        """Show the value without letting it be changed (a register opened read-only): a text
        stays selectable and copyable; a check box or a choice is off, saying why."""
        self.read_only = read_only
        self._lock(read_only)

    # -- subclasses ---------------------------------------------------------------------------

    def _add_below_input(self) -> None:
        """Add what shows under the input, above its error line (nothing by default)."""

    def _lock(self, read_only: bool) -> None:
        """Make the input read-only (see set_read_only); by default it is turned off."""
        allow_edit(self.input, True, read_only)

    def changes(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _display(self, values: dict[str, Any]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- shared -------------------------------------------------------------------------------

    def show_stored(self, values: dict[str, Any], force: bool = False) -> None:
        """Show the stored values. Unless forced, an input holding a refused edit, or typing
        not saved yet, keeps it (a change made elsewhere does not wipe what the user is
        typing); `seen` then stays the value the user started from, so saving it is checked
        against that value and a change made elsewhere meanwhile is not overwritten."""
        stored = {name: values.get(name) for name in self.fields}
        typing = (
            self.is_being_edited()
            and self.has_pending_edit()
            and _unordered(self.changes()) != _unordered(stored)
        )
        keep = not force and (self.has_error or typing)
        self.stored = stored
        if keep:
            return
        self.seen = dict(stored)
        self.show_problem(None)
        self.input.blockSignals(True)
        try:
            self._display(self.stored)
        finally:
            self.input.blockSignals(False)

    def show_problem(self, message: str | None) -> None:
        self.has_error = message is not None
        self.error_label.setText(message or "")
        self.error_label.setVisible(message is not None)
        self.input.setAccessibleDescription(message or self.hint_text)


def _redo_available(widget: QObject) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit):
        return widget.document().isRedoAvailable()
    return False


class TranslatableRow(FieldRow):
    """A text that may be shown and edited in another document language than the main one
    (ropa.db.translations): then it edits the field's sibling column of that language, shows
    the main-language text under the input as a reference, offers to copy it (names that stay
    the same: brands, products) and marks the text as missing while it is empty."""

    def __init__(self, name: str, text: str, required: bool = False) -> None:
        super().__init__((name,), text, required)
        self.required = required
        self.text_lang: str | None = None  # None: the main language
        self.main_lang = ""
        self.main_text = ""
        self._placeholder = ""
        self._missing_placeholder = ""
        self._copy_tip = ""
        self.reference_prefix = ""
        self.reference = QLabel()
        self.reference.setWordWrap(True)
        self.reference.setTextFormat(Qt.TextFormat.PlainText)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.reference.setStyleSheet(f"color: {readable(grey, background()).name()};")
        self.copy_button = QToolButton()
        self.copy_button.setAutoRaise(True)
        self.copy_button.clicked.connect(self.copy_from_main)
        # Under the input: the main text on its own lines (as wide as the input, however
        # narrow the form), then the button that copies it.
        self.reference_box = QWidget()
        box = QVBoxLayout(self.reference_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.reference)
        box.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.reference_box.hide()

    def _add_below_input(self) -> None:
        self._layout.addWidget(self.reference_box)

    @property
    def nullable(self) -> bool:
        """Whether an empty text is saved as no text (a translation always may be empty)."""
        return self.text_lang is not None or not self.required

    def placeholder_widget(self) -> QLineEdit | QPlainTextEdit:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_text_language(self, lang: str | None, main: str, ui_lang: str) -> None:
        """Edit the text in `lang` (None: the main language `main`); labels in `ui_lang`. The
        owner then shows the stored values again (show_stored, forced)."""
        widget = self.placeholder_widget()
        if self.text_lang is None:
            self._placeholder = widget.placeholderText()
        self.text_lang = None if lang == main else lang
        self.main_lang = main
        other = self.text_lang
        self.fields = (self.name,) if other is None else (translated(self.name, other),)
        if self.text_lang is None:
            self.reference_box.hide()
            widget.setPlaceholderText(self._placeholder)
            return
        main_name = language_name(ui_lang, main)
        self.reference_prefix = f"{main_name[:1].upper()}{main_name[1:]}{colon(ui_lang)}"
        self.copy_button.setText(
            QCoreApplication.translate("TranslatedText", "Copy from %1").replace("%1", main_name)
        )
        self._copy_tip = QCoreApplication.translate(
            "TranslatedText", "Use the %1 text as it is (a name that stays the same)"
        ).replace("%1", main_name)
        self._missing_placeholder = QCoreApplication.translate(
            "TranslatedText", "Not yet translated into %1"
        ).replace("%1", language_name(ui_lang, self.text_lang))

    def show_stored(self, values: dict[str, Any], force: bool = False) -> None:
        self.main_text = str(values.get(self.name) or "")
        if self.text_lang is not None:
            # Nothing to translate while the main text is empty: no reference shown.
            self.reference.setText(self.reference_prefix + self.main_text)
            has_main = bool(self.main_text.strip())
            self.reference_box.setVisible(has_main)
            self.placeholder_widget().setPlaceholderText(
                self._missing_placeholder if has_main else self._placeholder
            )
        super().show_stored(values, force)
        self.show_missing()

    def is_missing(self) -> bool:
        """Whether the text has a main-language value and none in the language shown."""
        if self.text_lang is None or not self.main_text.strip():
            return False
        return not (self.stored.get(self.fields[0]) or "").strip()

    def show_missing(self) -> None:
        """Mark the input while its translation is missing (a coloured frame)."""
        missing = self.is_missing()
        self.setProperty("missing_translation", missing)
        widget = self.placeholder_widget()
        kind = type(widget).__name__
        colour = warning_colour().name()
        widget.setStyleSheet(f"{kind} {{ border: 2px solid {colour}; }}" if missing else "")
        self._allow_copy()

    def _allow_copy(self) -> None:
        allow_edit(self.copy_button, bool(self.main_text.strip()), self.read_only, self._copy_tip)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._allow_copy()

    def copy_from_main(self) -> None:
        """Put the main-language text in the input and save it."""
        if self.text_lang is None or self.read_only or not self.main_text:
            return
        self._set_text(self.main_text)
        self.edited.emit()

    def _set_text(self, text: str) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


def set_text_language(rows: Any, table: str, lang: str | None, main: str, ui_lang: str) -> bool:
    """Make the translatable rows among `rows` (those of `table` in TRANSLATABLE) edit `lang`
    (None or `main`: the main language). True when one of them changed language."""
    fields = TRANSLATABLE.get(table, ())
    target = None if lang in (None, main) else lang
    changed = False
    for row in rows:
        if isinstance(row, TranslatableRow) and row.name in fields:
            if row.text_lang != target or row.main_lang != main:
                row.set_text_language(target or main, main, ui_lang)
                changed = True
    return changed


class LineField(TranslatableRow):
    """A one-line text; committed on Enter or when leaving it. Empty is None if nullable."""

    def __init__(self, name: str, text: str, required: bool = False) -> None:
        super().__init__(name, text, required)
        self.line = QLineEdit()
        self.line.editingFinished.connect(self.edited)
        self.set_input(self.line)

    def placeholder_widget(self) -> QLineEdit:
        return self.line

    def _set_text(self, text: str) -> None:
        self.line.setText(text)
        self.line.setCursorPosition(0)

    def changes(self) -> dict[str, Any]:
        text = self.line.text()
        return {self.fields[0]: None if self.nullable and not text.strip() else text}

    def _display(self, values: dict[str, Any]) -> None:
        self.line.setText(values[self.fields[0]] or "")
        self.line.setCursorPosition(0)

    def _lock(self, read_only: bool) -> None:
        set_text_read_only(self.line, read_only)


class WebsiteField(LineField):
    """A web address: one typed without a scheme ("example.be") is saved, and shown, with
    https:// in front; a scheme typed (http://) is kept (core.organisation_profile)."""

    def __init__(self, name: str, text: str, required: bool = False) -> None:
        super().__init__(name, text, required)
        self.line.setPlaceholderText("https://")
        self.hint = self.tr(
            "Typed without http:// or https://, the address gets https:// in front."
        )
        self.line.setToolTip(self.hint)
        self.line.setAccessibleDescription(self.hint)

    def changes(self) -> dict[str, Any]:
        value = normalise_website(self.line.text())
        return {self.fields[0]: value if value is not None or self.nullable else ""}

    def show_problem(self, message: str | None) -> None:
        super().show_problem(message)
        self.line.setAccessibleDescription(
            message or " ".join(filter(None, (self.hint_text, self.hint)))
        )


class PlainTextEdit(QPlainTextEdit):
    """A multi-line text that tells when the user leaves it."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt override
        super().focusOutEvent(event)
        self.editing_finished.emit()


class TextField(TranslatableRow):
    """A multi-line text; committed when leaving it."""

    def __init__(self, name: str, text: str, required: bool = False, lines: int = 3) -> None:
        super().__init__(name, text, required)
        self.text_edit = PlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        height = self.text_edit.fontMetrics().lineSpacing() * lines + 12
        self.text_edit.setFixedHeight(height)
        self.text_edit.editing_finished.connect(self.edited)
        self.set_input(self.text_edit)

    def placeholder_widget(self) -> QPlainTextEdit:
        return self.text_edit

    def _set_text(self, text: str) -> None:
        self.text_edit.setPlainText(text)

    def changes(self) -> dict[str, Any]:
        # toPlainText() would turn no-break spaces (French typography) into plain spaces,
        # so merely leaving the field would save a change: read the raw text instead.
        raw = self.text_edit.document().toRawText()
        text = raw.replace("\u2029", "\n").replace("\u2028", "\n")
        return {self.fields[0]: None if self.nullable and not text.strip() else text}

    def _display(self, values: dict[str, Any]) -> None:
        self.text_edit.setPlainText(values[self.fields[0]] or "")

    def _lock(self, read_only: bool) -> None:
        set_text_read_only(self.text_edit, read_only)
        if read_only:  # selectable with the keyboard too, to copy it
            self.text_edit.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )


class FormComboBox(QComboBox):
    """A choice in a scrolling form: the wheel over it scrolls the form unless the user is in
    it (a wheel passing over a choice must not change, and save, its value)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel

    def wheelEvent(self, event: QWheelEvent) -> None:  # Qt override
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # for the form's scroll area


class FormSpinBox(QSpinBox):
    """A number in a scrolling form: like FormComboBox, the wheel changes it only while the
    user is in it."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # Qt override
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ComboField(FieldRow):
    """A closed list of (value, label); committed on change. An empty first item means None."""

    def __init__(
        self,
        name: str,
        text: str,
        items: list[tuple[Any, str]],
        required: bool = False,
    ) -> None:
        super().__init__((name,), text, required)
        self.combo = FormComboBox()
        # Long entries (catalogue names, countries) must not widen the form past its pane.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        self.set_items(items)
        self.combo.currentIndexChanged.connect(lambda _index: self.edited.emit())
        self.set_input(self.combo)

    def set_items(self, items: list[tuple[Any, str]]) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for value, text in items:
            self.combo.addItem(text, value)
        self.combo.blockSignals(False)

    def value(self) -> Any:
        return self.combo.currentData()

    def changes(self) -> dict[str, Any]:
        return {self.fields[0]: self.value()}

    def _display(self, values: dict[str, Any]) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(values[self.fields[0]])))


class CheckField(FieldRow):
    """A yes/no; committed on change. The check box carries the text (no separate label)."""

    def __init__(self, name: str, text: str) -> None:
        super().__init__((name,), text)
        self.check = QCheckBox(text)
        self.check.toggled.connect(lambda _on: self.edited.emit())
        self.set_input(self.check)
        self.label.setText("")

    def changes(self) -> dict[str, Any]:
        return {self.fields[0]: self.check.isChecked()}

    def _display(self, values: dict[str, Any]) -> None:
        self.check.setChecked(bool(values[self.fields[0]]))


def not_recorded() -> str:
    """The empty choice of a closed value the firm may not have recorded yet."""
    return QCoreApplication.translate("FieldRow", "Not recorded")


class TriStateField(ComboField):
    """A yes / no that may be unknown: "Not recorded" (None), yes (True) or no (False);
    committed on change."""

    def __init__(self, name: str, text: str, yes: str, no: str) -> None:
        super().__init__(name, text, [(None, not_recorded()), (True, yes), (False, no)])
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)


class NumberField(FieldRow):
    """An optional whole number from `minimum` to `maximum`, typed in; committed on Enter or
    when leaving it. Empty is None; a number out of range is refused under the input."""

    def __init__(self, name: str, text: str, minimum: int = 0, maximum: int = 999) -> None:
        super().__init__((name,), text)
        self.minimum, self.maximum = minimum, maximum
        self.line = QLineEdit()
        digits = len(str(maximum))
        self.line.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"\s*\d{{0,{digits}}}\s*"))
        )
        width = self.line.fontMetrics().horizontalAdvance("0" * (digits + 2)) + 24
        self.line.setMaximumWidth(width)
        self.line.editingFinished.connect(self._finish)
        self.set_input(self.line)

    def value(self) -> int | None:
        text = self.line.text().strip()
        return int(text) if text.isdigit() else None

    def changes(self) -> dict[str, Any]:
        return {self.fields[0]: self.value()}

    def _display(self, values: dict[str, Any]) -> None:
        number = values[self.fields[0]]
        self.line.setText("" if number is None else str(number))

    def _finish(self) -> None:
        value = self.value()
        if value is not None and not self.minimum <= value <= self.maximum:
            self.show_problem(
                self.tr("Type a number from %1 to %2.")
                .replace("%1", str(self.minimum))
                .replace("%2", str(self.maximum))
            )
            return
        self.edited.emit()

    def _lock(self, read_only: bool) -> None:
        set_text_read_only(self.line, read_only)


def parse_date(text: str) -> date | None:
    """The date a person typed, or None if the text is not one. Day first (the way of every
    interface language: 15/01/2026, 15-1-2026, 15.01.2026, 15/1/26), or ISO year first
    (2026-01-15); a two-digit year is in this century."""
    match = _DATE_TEXT.fullmatch(text.strip())
    if match is None:
        return None
    first, month, last = match.groups()
    if len(first) == 4:
        year, day = first, last
        if len(day) > 2:
            return None
    else:
        day, year = first, last
        if len(day) > 2 or len(year) not in (2, 4):
            return None
    number = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return date(number, int(month), int(day))
    except ValueError:
        return None


def format_date(value: date) -> str:
    """A date as the date inputs show it (dd/MM/yyyy)."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


class CalendarPopup(QFrame):
    """A calendar in a popup window under a date input; tells the day chosen."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def open_at(self, day: QDate, below: QWidget) -> None:
        """Show on `day`, under `below` (above it when there is no room under it)."""
        self.calendar.setSelectedDate(day)
        self.calendar.setCurrentPage(day.year(), day.month())
        self.adjustSize()
        size = self.sizeHint()
        where = below.mapToGlobal(QPoint(0, below.height()))
        screen = below.screen().availableGeometry()
        if where.y() + size.height() > screen.bottom():
            where.setY(below.mapToGlobal(QPoint(0, 0)).y() - size.height())
        where.setX(max(screen.left(), min(where.x(), screen.right() - size.width())))
        where.setY(max(screen.top(), where.y()))
        self.move(where)
        self.show()
        self.calendar.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _choose(self, day: QDate) -> None:
        self.close()
        self.chosen.emit(day)


def date_line() -> QLineEdit:
    """The line a date is typed in (day first), wide enough for one."""
    line = QLineEdit()
    line.setPlaceholderText(QCoreApplication.translate("DateField", "dd/mm/yyyy"))
    width = line.fontMetrics().horizontalAdvance("00/00/00000") + 24
    line.setMinimumWidth(width)
    line.setMaximumWidth(width * 2)
    return line


def date_buttons(
    clear_text: str, open_calendar: Callable[[], None], clear: Callable[[], None]
) -> tuple[QToolButton, QToolButton]:
    """The buttons beside a date: open the calendar, clear the value."""
    calendar_button = QToolButton()
    calendar_button.setArrowType(Qt.ArrowType.DownArrow)
    choose_text = QCoreApplication.translate("DateField", "Choose the date in a calendar")
    calendar_button.setToolTip(choose_text)
    calendar_button.setAccessibleName(choose_text)
    calendar_button.clicked.connect(open_calendar)
    clear_button = QToolButton()
    clear_button.setText("×")
    clear_button.setToolTip(clear_text)
    clear_button.setAccessibleName(clear_text)
    clear_button.clicked.connect(clear)
    return calendar_button, clear_button


class DateField(FieldRow):
    """An optional date typed in (day first, or ISO year first) or picked in a calendar, with
    a button to clear it; committed on Enter, on leaving it, or on picking a day. A text that
    is not a date is refused under the input (nothing saved); an empty text is no date."""

    def __init__(self, name: str, text: str, clear_text: str) -> None:
        super().__init__((name,), text)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.line = date_line()
        self.line.editingFinished.connect(self._finish)
        self.calendar_button, self.clear_button = date_buttons(
            clear_text, self.open_calendar, self.clear
        )
        self.popup = CalendarPopup(self)
        self.popup.chosen.connect(self._pick)
        row.addWidget(self.line)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.set_input(box)
        self.line.setAccessibleName(text)
        self.line.installEventFilter(self)  # see FieldRow.eventFilter: whose undo the keys are
        self.label.setBuddy(self.line)
        self.setFocusProxy(self.line)

    def value(self) -> date | None | str:
        """The date shown; None when empty; the text itself when it is not a date."""
        text = self.line.text().strip()
        if not text:
            return None
        return parse_date(text) or text

    def changes(self) -> dict[str, Any]:
        return {self.fields[0]: self.value()}

    def _display(self, values: dict[str, Any]) -> None:
        stored = values[self.fields[0]]
        if isinstance(stored, str):
            stored = date.fromisoformat(stored)
        self.line.setText(format_date(stored) if stored else "")
        self.line.setCursorPosition(0)

    def _finish(self) -> None:
        """The user finished typing: save a date (shown in the usual form) or no date; refuse
        a text that is not a date."""
        value = self.value()
        if isinstance(value, str):
            self.show_problem(
                self.tr("“%1” is not a date: type it day first, for example 15/01/2026.").replace(
                    "%1", value
                )
            )
            return
        shown = "" if value is None else format_date(value)
        if self.line.text() != shown:
            self.line.setText(shown)
        self.edited.emit()

    def show_problem(self, message: str | None) -> None:
        super().show_problem(message)
        self.line.setAccessibleDescription(message or "")

    def _lock(self, read_only: bool) -> None:
        set_text_read_only(self.line, read_only)
        allow_edit(self.calendar_button, True, read_only, self.calendar_button.accessibleName())
        allow_edit(self.clear_button, True, read_only, self.clear_button.accessibleName())

    def clear(self) -> None:
        """Save no date."""
        self.line.setText("")
        self._finish()

    def open_calendar(self) -> None:
        """Show the calendar on the date shown, or on today when there is none."""
        value = self.value()
        day = QDate(value) if isinstance(value, date) else QDate.currentDate()
        self.popup.open_at(day, self.line)

    def _pick(self, day: QDate) -> None:
        self.line.setText(format_date(day.toPython()))  # type: ignore[arg-type]
        self.line.setFocus()
        self._finish()


class CheckedListRow(FieldRow):
    """A field whose value is the list of the checked items of self.list (a QListWidget whose
    items hold their value in UserRole)."""

    list: QListWidget

    def changes(self) -> dict[str, Any]:
        checked = []
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                checked.append(item.data(Qt.ItemDataRole.UserRole))
        return {self.fields[0]: checked}

    def _display(self, values: dict[str, Any]) -> None:
        chosen = set(values[self.fields[0]] or [])
        for index in range(self.list.count()):
            item = self.list.item(index)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _lock(self, read_only: bool) -> None:
        set_list_read_only(self.list, read_only)


class ChoicesField(CheckedListRow):
    """Several values of a closed list as check boxes in a list; committed on each change."""

    def __init__(self, name: str, text: str, items: list[tuple[str, str]]) -> None:
        super().__init__((name,), text)
        self.list = QListWidget()
        for value, item_text in items:
            item = QListWidgetItem(item_text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        rows = self.list.sizeHintForRow(0) * len(items) + 2 * self.list.frameWidth() + 4
        self.list.setFixedHeight(rows)
        self.list.itemChanged.connect(lambda _item: self.edited.emit())
        self.set_input(self.list)


class DurationField(FieldRow):
    """A number and its unit, committed together (both or neither); blank number is None."""

    def __init__(
        self, value_name: str, unit_name: str, text: str, units: list[tuple[Any, str]]
    ) -> None:
        super().__init__((value_name, unit_name), text)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.spin = FormSpinBox()
        self.spin.setRange(-1, 9999)
        self.spin.setSpecialValueText(" ")  # -1: no number
        self.spin.valueChanged.connect(lambda _v: self.edited.emit())
        self.unit = FormComboBox()
        for value, unit_text in units:
            self.unit.addItem(unit_text, value)
        self.unit.currentIndexChanged.connect(lambda _i: self.edited.emit())
        row.addWidget(self.spin)
        row.addWidget(self.unit)
        row.addStretch(1)
        self.set_input(box)
        self.spin.setAccessibleName(text)
        self.unit.setAccessibleName(text)
        self.label.setBuddy(self.spin)
        self.setFocusProxy(self.spin)

    def changes(self) -> dict[str, Any]:
        number = self.spin.value()
        return {
            self.fields[0]: None if number < 0 else number,
            self.fields[1]: self.unit.currentData(),
        }

    def _display(self, values: dict[str, Any]) -> None:
        number = values[self.fields[0]]
        for widget in (self.spin, self.unit):
            widget.blockSignals(True)
        self.spin.setValue(-1 if number is None else int(number))
        self.unit.setCurrentIndex(max(0, self.unit.findData(values[self.fields[1]])))
        for widget in (self.spin, self.unit):
            widget.blockSignals(False)

    def show_problem(self, message: str | None) -> None:
        super().show_problem(message)
        self.spin.setAccessibleDescription(message or "")
        self.unit.setAccessibleDescription(message or "")

    def _lock(self, read_only: bool) -> None:
        set_text_read_only(self.spin, read_only)
        allow_edit(self.unit, True, read_only)
