"""The two tables of the spreadsheet import's mapping dialog (ropa.ui.dialogs.table_import_dialog):
each column of the table with the field it goes to and the first activities' values beside it,
and each distinct value of a closed-list field with what it becomes. The field and the value
are picked in a combo box (ropa.ui.forms.choice_delegate); every text from the file is shown as
plain text (its tooltip escaped)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ropa.exports.table import IGNORE, ValueGuess
from ropa.ui import icons
from ropa.ui.forms.choice_delegate import ChoicesRole
from ropa.ui.theme import warning_colour

Index = QModelIndex | QPersistentModelIndex
Choices = Sequence[tuple[str, str]]

MarkedRole = Qt.ItemDataRole.UserRole + 2
"""On every cell of a row: True when the row needs the user's look (an unrecognised column, a
guess ropa is not sure of, two columns sent to one field)."""

TOOLTIP_CHARACTERS = 1000
"""A cell's tooltip shows at most this much of its text."""


def plain_tooltip(text: str) -> str:
    """A tooltip showing text literally: escaped inside rich text (a bare text that looks like
    markup would be rendered as such)."""
    if len(text) > TOOLTIP_CHARACTERS:
        text = text[:TOOLTIP_CHARACTERS] + "…"
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def quoted(text: str) -> str:
    """A name quoted in a sentence, with the quotation marks of the interface's language."""
    return QCoreApplication.translate("ColumnMappingModel", "“{text}”").format(text=text)


def marked_background() -> QBrush:
    """The tint of a row the user should look at: the warning colour, faint over the base."""
    colour = QColor(warning_colour())
    colour.setAlpha(48)
    return QBrush(colour)


def _label_of(choices: Choices, code: str) -> str:
    for value, label in choices:
        if value == code:
            return label
    return code


# -- the columns -------------------------------------------------------------------------------


class ColumnMappingModel(QAbstractTableModel):
    """One row per column of the table (or label, for one activity per sheet): its text in the
    file, the field it goes to (editable), then its value in the first activities."""

    COL_COLUMN = 0
    COL_FIELD = 1
    COL_FIRST_EXAMPLE = 2

    field_changed = Signal(str, str)
    """A column's field was picked: header text, field key (IGNORE: not imported)."""

    def __init__(self, parent: QObject | None = None, examples: int = 3) -> None:
        super().__init__(parent)
        self.examples = examples
        self.sheets_layout = False  # labels down a column rather than column titles
        self.headers: list[str] = []
        self.fields: dict[str, str] = {}
        self.choices: list[tuple[str, str]] = []
        self.unrecognised: set[str] = set()
        self.clashes: dict[str, list[str]] = {}  # header -> the other headers of its field
        self.values: list[dict[str, str]] = []

    def set_columns(
        self,
        columns: dict[str, str],
        choices: Choices,
        unrecognised: set[str],
        values: list[dict[str, str]],
        *,
        sheets_layout: bool = False,
    ) -> None:
        """Show these columns (header text -> field key, in the table's order)."""
        self.beginResetModel()
        self.headers = list(columns)
        self.fields = dict(columns)
        self.choices = list(choices)
        self.unrecognised = set(unrecognised)
        self.values = list(values)
        self.sheets_layout = sheets_layout
        self.clashes = {}
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_clashes(self, clashes: dict[str, list[str]]) -> None:
        """Mark the columns sent to a field that takes one column only, with the others."""
        if clashes == self.clashes:
            return
        self.clashes = dict(clashes)
        if self.headers:
            last = self.index(len(self.headers) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else self.COL_FIRST_EXAMPLE + self.examples

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # Qt override
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.COL_COLUMN:
            return self.tr("Label in the file") if self.sheets_layout else self.tr("Column")
        if section == self.COL_FIELD:
            return self.tr("Imported as")
        return self.tr("Activity {number}").format(number=section - self.COL_FIRST_EXAMPLE + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:  # Qt override
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def header_text(self, header: str) -> str:
        return header if header else self.tr("(no title)")

    def example(self, row: int, number: int) -> str:
        if number >= len(self.values):
            return ""
        return self.values[number].get(self.headers[row], "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        if not index.isValid() or not 0 <= index.row() < len(self.headers):
            return None
        header = self.headers[index.row()]
        column = index.column()
        marked = header in self.unrecognised or header in self.clashes
        if role == MarkedRole:
            return marked
        if role == Qt.ItemDataRole.BackgroundRole:
            return marked_background() if marked else None
        if column == self.COL_COLUMN:
            return self._column_data(header, role)
        if column == self.COL_FIELD:
            key = self.fields.get(header, IGNORE)
            if role == Qt.ItemDataRole.DisplayRole:
                return _label_of(self.choices, key)
            if role == Qt.ItemDataRole.EditRole:
                return key
            if role == ChoicesRole:
                return self.choices
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("{column} imported as {field}").format(
                    column=self.header_text(header), field=_label_of(self.choices, key)
                )
            if role == Qt.ItemDataRole.FontRole and key == IGNORE:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        text = self.example(index.row(), column - self.COL_FIRST_EXAMPLE)
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(text.split())  # one line: the full text is in the tooltip
        if role == Qt.ItemDataRole.ToolTipRole and text:
            return plain_tooltip(text)
        return None

    def _column_data(self, header: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self.header_text(header).split())
        if role == Qt.ItemDataRole.FontRole and header in self.unrecognised:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and (
            header in self.unrecognised or header in self.clashes
        ):
            return icons.icon("warning")
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.column_tip(header))
        return None

    def column_tip(self, header: str) -> str:
        """The column's text, then why it is marked."""
        lines = [self.header_text(header)]
        others = self.clashes.get(header)
        if others:
            field = _label_of(self.choices, self.fields.get(header, IGNORE))
            lines.append(
                self.tr("{field} takes one column only: also chosen for {others}.").format(
                    field=quoted(field), others=", ".join(quoted(other) for other in others)
                )
            )
        if header in self.unrecognised:
            lines.append(
                self.tr(
                    "ropa did not recognise this column: choose the field it goes to, or "
                    "leave it out (its values are then kept in the activity's notes)."
                )
            )
        return "\n".join(lines)

    def setData(
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # Qt override
        if (
            not index.isValid()
            or index.column() != self.COL_FIELD
            or role != Qt.ItemDataRole.EditRole
            or not isinstance(value, str)
            or value not in {code for code, _label in self.choices}
        ):
            return False
        header = self.headers[index.row()]
        if self.fields.get(header) == value and header not in self.unrecognised:
            return True
        self.fields[header] = value
        self.unrecognised.discard(header)  # the user decided
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 1))
        self.field_changed.emit(header, value)
        return True

    def row_of(self, header: str) -> int:
        return self.headers.index(header)


# -- the values --------------------------------------------------------------------------------


class ValueReviewModel(QAbstractTableModel):
    """One row per distinct value of a closed-list field: the field, the value as in the
    file, how many cells hold it, and what it becomes (editable). The guesses ropa is not sure
    of come first, tinted; the rows keep their place while the user picks."""

    COL_FIELD = 0
    COL_VALUE = 1
    COL_COUNT = 2
    COL_CHOICE = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ValueGuess] = []
        self.chosen: list[str] = []
        self.reviewed: list[bool] = []
        self.picked: list[bool] = []  # the user chose the value (the row is no longer marked)
        self.field_labels: dict[str, str] = {}
        self.choices: dict[str, list[tuple[str, str]]] = {}

    def set_guesses(
        self,
        guesses: Sequence[ValueGuess],
        field_labels: dict[str, str],
        choices: dict[str, list[tuple[str, str]]],
    ) -> None:
        """Show these guesses: those to check first, then by field (in the order given)
        and from the most frequent value down."""
        order = {
            field: number for number, field in enumerate(dict.fromkeys(g.field for g in guesses))
        }
        self.beginResetModel()
        self.rows = sorted(
            guesses, key=lambda g: (g.sure, order[g.field], -g.count, g.raw.casefold())
        )
        self.chosen = [g.code or "" for g in self.rows]
        self.reviewed = [not g.sure for g in self.rows]  # shown to be checked: a decision
        self.picked = [False for _g in self.rows]
        self.field_labels = dict(field_labels)
        self.choices = {field: list(values) for field, values in choices.items()}
        self.endResetModel()

    def unsure_count(self) -> int:
        """The guesses still to check: not sure, and not picked by the user since."""
        return sum(1 for row in range(len(self.rows)) if self.to_check(row))

    def to_check(self, row: int) -> bool:
        return not self.rows[row].sure and not self.picked[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # Qt override
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.COL_FIELD: self.tr("Field"),
            self.COL_VALUE: self.tr("Value in the file"),
            self.COL_COUNT: self.tr("Cells"),
            self.COL_CHOICE: self.tr("Imported as"),
        }
        return titles.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:  # Qt override
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_CHOICE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        guess = self.rows[index.row()]
        column = index.column()
        if role == MarkedRole:
            return self.to_check(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            return marked_background() if self.to_check(index.row()) else None
        if column == self.COL_FIELD:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.field_labels.get(guess.field, guess.field)
            if role == Qt.ItemDataRole.DecorationRole and self.to_check(index.row()):
                return icons.icon("warning")
            if role == Qt.ItemDataRole.ToolTipRole and self.to_check(index.row()):
                return plain_tooltip(self.tr("ropa is not sure of this guess: check it."))
            return None
        if column == self.COL_VALUE:
            if role == Qt.ItemDataRole.DisplayRole:
                return " ".join(guess.raw.split())
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(guess.raw)
            return None
        if column == self.COL_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(guess.count)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        code = self.chosen[index.row()]
        choices = self.row_choices(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return _label_of(choices, code)
        if role == Qt.ItemDataRole.EditRole:
            return code
        if role == ChoicesRole:
            return choices
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{value} imported as {choice}").format(
                value=guess.raw, choice=_label_of(choices, code)
            )
        if role == Qt.ItemDataRole.FontRole and code == "":
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def row_choices(self, row: int) -> list[tuple[str, str]]:
        return self.choices.get(self.rows[row].field, [("", "")])

    def setData(
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # Qt override
        if (
            not index.isValid()
            or index.column() != self.COL_CHOICE
            or role != Qt.ItemDataRole.EditRole
            or not isinstance(value, str)
            or value not in {code for code, _label in self.row_choices(index.row())}
        ):
            return False
        self.chosen[index.row()] = value
        self.reviewed[index.row()] = True
        self.picked[index.row()] = True
        self.dataChanged.emit(self.index(index.row(), 0), index)
        return True

    def decisions(self) -> dict[str, dict[str, str]]:
        """The values the user decided (picked, or shown as guesses to check and kept): field
        key -> raw text -> code ("" for not recorded)."""
        decided: dict[str, dict[str, str]] = {}
        for guess, code, reviewed in zip(self.rows, self.chosen, self.reviewed, strict=True):
            if reviewed:
                decided.setdefault(guess.field, {})[guess.raw] = code
        return decided

    def row_of(self, field: str, raw: str) -> int:
        for number, guess in enumerate(self.rows):
            if guess.field == field and guess.raw == raw:
                return number
        raise KeyError((field, raw))
