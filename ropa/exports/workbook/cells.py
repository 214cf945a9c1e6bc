"""Cells of the workbook: a register value as its cell shows it, and a cell read back as a
register value, or a precise problem when it cannot be one.

Texts a user typed are written as text cells whatever they start with (=, +, -, @): the writer
sets the cell type itself, so Excel and LibreOffice never see a formula. Characters an XML file
cannot hold (control characters other than tab and line breaks, U+FFFE, U+FFFF) are replaced by
U+FFFD, and a text longer than an Excel cell (32,767 characters) is cut with a marker; the
importer keeps the register's value for a cell left as exported, and refuses a cut cell that
was edited (its end is lost).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from ropa.core.errors import Term
from ropa.core.i18n import LANGUAGES, former_texts, tr, value_label
from ropa.exports.workbook.layout import EXCEL_CELL_MAX, Column, Kind, enum_vocabularies

ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
REPLACEMENT = "\ufffd"
_NEWLINES = re.compile(r"\r\n?")
_INTEGER = re.compile(r"^[+-]?\d+$")


@cache
def truncation_marker(lang: str) -> str:
    return tr(lang, "workbook.truncated")


def is_truncated(text: str) -> bool:
    return any(text.endswith(truncation_marker(lang)) for lang in LANGUAGES)


def safe_text(text: str, lang: str) -> str:
    """The text as a cell can hold it (see the module docstring); the same object when it
    needs no change."""
    if len(text) <= EXCEL_CELL_MAX and text.isprintable():  # the common case, checked in C
        return text
    if ILLEGAL.search(text):
        text = ILLEGAL.sub(REPLACEMENT, text)
    if len(text) > EXCEL_CELL_MAX:
        marker = truncation_marker(lang)
        text = text[: EXCEL_CELL_MAX - len(marker)] + marker
    return text


class CellError(Exception):
    """A cell that cannot be read as its column's value: a message key and its parameters."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass
class Texts:
    """The labels of one language: closed values, yes / no, both ways."""

    lang: str
    yes: str = ""
    no: str = ""
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    codes: dict[str, dict[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.yes = tr(self.lang, "value.yes")
        self.no = tr(self.lang, "value.no")
        for name, values in enum_vocabularies().items():
            labels = {v: value_label(self.lang, name, v) for v in values}
            self.labels[name] = labels
            codes = {v.casefold(): v for v in values}
            for v in values:  # labels of earlier versions: their workbooks still import
                codes.update(
                    {old.casefold(): v for old in former_texts(self.lang, f"enum.{name}.{v}")}
                )
            codes.update({label.casefold(): v for v, label in labels.items()})
            self.codes[name] = codes

    def yes_no(self, value: bool | None) -> str | None:
        if value is None:
            return None
        return self.yes if value else self.no

    def label(self, enum: str, value: str | None) -> str | None:
        if value is None:
            return None
        return self.labels[enum].get(value, value)


@cache
def texts(lang: str) -> Texts:
    return Texts(lang)


def display(column: Column, value: Any, lang: str) -> Any:
    """A register value as its cell holds it (scalar kinds; references are named by the rows
    module, which knows the names)."""
    if value is None:
        return None
    kind = column.kind
    if kind is Kind.TEXT or kind is Kind.COUNTRY:
        return safe_text(value, lang)
    if kind is Kind.BOOL:
        return texts(lang).yes_no(value)
    if kind is Kind.ENUM:
        return texts(lang).label(column.enum or "", value)
    if kind is Kind.ENUM_LIST:
        labels = texts(lang).labels[column.enum or ""]
        return "\n".join(labels.get(v, v) for v in value) or None
    if kind is Kind.DATETIME:
        return local_moment(value)
    return value


def local_moment(value: datetime) -> datetime:
    """A register's moment (aware, UTC) as a date-time cell holds it: naive, in this
    computer's time zone (the firm's, as the window and the History sheet show times), to the
    second (a cell left as exported keeps the register's value, its microseconds included)."""
    return value.astimezone().replace(tzinfo=None, microsecond=0)


def register_moment(value: datetime) -> datetime:
    """A date-time cell (naive, this computer's time zone) as the register's UTC moment."""
    if value.tzinfo is None:
        value = value.astimezone()  # a naive time is read as local time
    return value.astimezone(UTC)


def normalise(value: Any) -> Any:
    """A cell value in a form that compares equal however a spreadsheet program saved it."""
    if value is None:
        return None
    if isinstance(value, str):
        value = _NEWLINES.sub("\n", value)
        return value or None
    if isinstance(value, bool):
        return value
    if isinstance(value, datetime):
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date()
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_text(value: Any, lang: str) -> str:
    """A cell read from a text column, whatever the spreadsheet made of it."""
    if isinstance(value, str):
        return _NEWLINES.sub("\n", value)
    if isinstance(value, bool):
        return texts(lang).yes if value else texts(lang).no
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        normal = normalise(value)
        return normal.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def lines(value: Any, lang: str) -> list[str]:
    """A multi-valued cell: one entry per line, blank lines dropped, each entry once."""
    entries = (line.strip() for line in _as_text(value, lang).split("\n"))
    return list(dict.fromkeys(e for e in entries if e))


def _short(value: Any) -> str:
    text = _as_text(value, "en")
    return text if len(text) <= 60 else text[:57] + "..."


def parse(column: Column, value: Any, lang: str) -> Any:
    """A non-empty cell read back as the register value of its column, or CellError."""
    kind = column.kind
    if kind is Kind.TEXT:
        text = _as_text(value, lang)
        if is_truncated(text):
            raise CellError("workbook.problem.truncated")
        return text
    if kind is Kind.INT:
        return _parse_int(value)
    if kind is Kind.BOOL:
        return _parse_bool(value, lang)
    if kind is Kind.DATE:
        return _parse_date(value)
    if kind is Kind.DATETIME:
        return _parse_moment(value)
    if kind is Kind.ENUM:
        return _parse_enum(column.enum or "", _as_text(value, lang).strip(), lang)
    if kind is Kind.ENUM_LIST:
        return [_parse_enum(column.enum or "", entry, lang) for entry in lines(value, lang)]
    if kind is Kind.REF_LIST:
        return lines(value, lang)
    if kind is Kind.COUNTRY:
        return _as_text(value, lang).strip().upper()
    return _as_text(value, lang).strip()  # REF, PARENT, ID: a key


def _wrong_type(expected: str, value: Any) -> CellError:
    return CellError(
        "workbook.problem.wrong_type", expected=Term(f"type.{expected}"), value=_short(value)
    )


def _parse_int(value: Any) -> int:
    if isinstance(value, bool):
        raise _wrong_type("integer", value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INTEGER.match(value.strip()):
        return int(value.strip())
    raise _wrong_type("integer", value)


def _parse_bool(value: Any, lang: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().casefold()
        words = texts(lang)
        if text in (words.yes.casefold(), "true", "1"):
            return True
        if text in (words.no.casefold(), "false", "0"):
            return False
    raise CellError(
        "workbook.problem.unknown_value",
        value=_short(value),
        allowed=f"{texts(lang).yes}, {texts(lang).no}",
    )


def _parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text)
        except ValueError:
            try:
                return datetime.fromisoformat(text).date()
            except ValueError:
                pass
    raise _wrong_type("date", value)


def _parse_moment(value: Any) -> datetime:
    """A date-time cell (a date alone: its midnight), or an ISO 8601 text; a time without a
    zone is this computer's local time."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        text = value.strip()
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise _wrong_type("cell_datetime", value) from None
    else:
        raise _wrong_type("cell_datetime", value)
    try:
        return register_moment(moment)
    except (OverflowError, ValueError):
        raise _wrong_type("cell_datetime", value) from None


def _parse_enum(enum: str, text: str, lang: str) -> str:
    code = texts(lang).codes[enum].get(text.casefold())
    if code is None:
        allowed = "; ".join(texts(lang).labels[enum].values())
        raise CellError("workbook.problem.unknown_value", value=_short(text), allowed=allowed)
    return code
