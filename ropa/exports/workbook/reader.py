"""Reading a workbook back: is it a ropa workbook, of which organisation, in which language, and
the rows of each sheet as raw cell values keyed by column (headers found by their titles).

Problems are collected, not raised one by one: the importer reports them all at once.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from ropa.core.errors import Problem, ValidationError
from ropa.core.i18n import LANGUAGES, label, normalise_language, tr
from ropa.core.schema import INT_MAX, INT_MIN, MAX_NUMBER_LENGTH
from ropa.exports.workbook.cells import is_empty
from ropa.exports.workbook.layout import (
    FORMAT_NAME,
    FORMAT_VERSION,
    META_SHEET,
    SHEETS_ADDED_LATER,
    Column,
    Kind,
    Sheet,
    former_columns,
    organisation_fields,
    sheets,
)

MAX_WORKBOOK_BYTES = 512 * 1024 * 1024
# What its parts may hold once unzipped: far beyond any register, and short of exhausting the
# memory with a small file that unzips to gigabytes.
MAX_WORKBOOK_UNZIPPED = 1024 * 1024 * 1024
_DIGITS = re.compile(r"[+-]?\d+")


@dataclass
class SheetRow:
    number: int  # the row's number in the sheet (the header is row 1)
    cells: dict[str, Any]  # column key -> the cell's value as read


@dataclass
class ReadSheet:
    spec: Sheet
    title: str
    rows: list[SheetRow] = field(default_factory=list)
    present: set[str] = field(default_factory=set)  # the column keys found in the header


@dataclass
class ReadBook:
    meta: dict[str, str]
    lang: str
    sheets: dict[str, ReadSheet]

    @property
    def version(self) -> int:
        """The workbook's format (layout.FORMAT_VERSION when it wrote it)."""
        return format_version(self.meta)


def format_version(meta: dict[str, str]) -> int:
    try:
        return int(meta.get("format_version", ""))
    except ValueError:
        return FORMAT_VERSION


def where(lang: str, sheet: str, row: int | None = None, column: str | None = None) -> str:
    """Where a problem is, in the workbook's language: "Sheet ‹name›, row N, column ‹title›"."""
    if row is None:
        return tr(lang, "workbook.where.sheet", sheet=sheet)
    if column is None:
        return tr(lang, "workbook.where.row", sheet=sheet, row=row)
    return tr(lang, "workbook.where.cell", sheet=sheet, row=row, column=column)


def _refuse(key: str, **params: Any) -> ValidationError:
    return ValidationError([Problem("", key, params)])


def open_book(data: bytes) -> Workbook:
    """The workbook in read-only mode, or a problem saying the file is not a workbook."""
    if len(data) > MAX_WORKBOOK_BYTES:
        raise _refuse("problem.file_too_large")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise _refuse("workbook.problem.not_xlsx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse("workbook.problem.not_xlsx") from exc
    if unzipped > MAX_WORKBOOK_UNZIPPED:
        raise _refuse("problem.file_too_large")
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign zip
        raise _refuse("workbook.problem.not_xlsx") from exc


def read_meta(book: Workbook) -> dict[str, str]:
    """The _ropa sheet's keys and values; refused when it is not a ropa workbook."""
    if META_SHEET not in book.sheetnames:
        raise _refuse("workbook.problem.not_ropa")
    meta: dict[str, str] = {}
    try:
        for row in book[META_SHEET].iter_rows(max_col=2, values_only=True):
            if row and row[0] is not None:
                meta[str(row[0])] = "" if len(row) < 2 or row[1] is None else str(row[1])
    except ValueError:  # a cell marked as a number that is not one (or too long to read)
        raise _refuse("workbook.problem.not_ropa") from None
    if meta.get("format") != FORMAT_NAME or not meta.get("organisation_id"):
        raise _refuse("workbook.problem.not_ropa")
    try:
        version = int(meta.get("format_version", ""))
    except ValueError:
        raise _refuse("workbook.problem.not_ropa") from None
    if version > FORMAT_VERSION:
        raise _refuse("workbook.problem.newer_format", version=version, supported=FORMAT_VERSION)
    return meta


def read_book(book: Workbook, meta: dict[str, str], languages: tuple[str, ...] = ()) -> ReadBook:
    """Every importable sheet's rows; ValidationError listing each missing sheet or column.

    `languages`: the languages whose text columns ("Nom (néerlandais)") are read when present
    (a workbook without them, exported before or for fewer languages, is read as it is)."""
    lang = normalise_language(meta.get("language"))
    version = format_version(meta)
    problems: list[Problem] = []
    result: dict[str, ReadSheet] = {}
    for spec in sheets(languages):
        if not spec.importable:
            continue
        title = spec.title(lang)
        if title not in book.sheetnames and spec.key in SHEETS_ADDED_LATER:
            continue  # a workbook from before the sheet: the register's rows stay
        if title not in book.sheetnames:
            problems.append(
                Problem(where(lang, title), "workbook.problem.missing_sheet", {"sheet": title})
            )
            continue
        former = former_columns(version, spec.key)
        read = _read_sheet(book, spec, title, lang, problems, former)
        if read is not None:
            result[spec.key] = read
    if problems:
        raise ValidationError(problems)
    return ReadBook(meta, lang, result)


class _Rows:
    """A sheet's rows as values, with the number of the last one read (the header is 1)."""

    def __init__(self, book: Workbook, title: str) -> None:
        ws = book[title]
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()  # trust the rows, not the size the file claims
        self._rows = ws.iter_rows(values_only=True)
        self.number = 0

    def __iter__(self) -> _Rows:
        return self

    def __next__(self) -> tuple[Any, ...]:
        self.number += 1
        return next(self._rows)


def _read_sheet(
    book: Workbook,
    spec: Sheet,
    title: str,
    lang: str,
    problems: list[Problem],
    former: tuple[Column, ...] = (),
) -> ReadSheet | None:
    """The sheet's rows, or None after adding its problems. openpyxl converts a cell marked
    as a number as it reads the row, and fails on one that is not a number or has more than
    4,300 digits: that row is reported, and the sheet read no further. `former`: columns of
    an earlier format the sheet may hold, read into the rows' cells when present."""
    rows = _Rows(book, title)
    try:
        return _read_rows(rows, spec, title, lang, problems, former)
    except ValueError:
        problems.append(
            Problem(
                where(lang, title, rows.number),
                "problem.unreadable_number",
                {"min": INT_MIN, "max": INT_MAX},
            )
        )
        return None


def _read_rows(
    rows: _Rows,
    spec: Sheet,
    title: str,
    lang: str,
    problems: list[Problem],
    former: tuple[Column, ...] = (),
) -> ReadSheet | None:
    header = next(rows, ())
    titles = {str(v).strip(): i for i, v in reversed(list(enumerate(header))) if v is not None}
    positions: dict[str, int] = {}
    missing = False
    for column in (*spec.columns, *former):
        index = next((titles[name] for name in column.titles(lang) if name in titles), None)
        if index is None:
            if column.imported and column.text_lang is None and not column.optional:
                problems.append(
                    Problem(
                        where(lang, title, 1),
                        "workbook.problem.missing_column",
                        {"column": column.title(lang)},
                    )
                )
                missing = True
            continue
        positions[column.key] = index
    if missing:
        return None
    read = ReadSheet(spec, title, present=set(positions))
    pairs = list(positions.items())
    numbers = [(c.key, c.title(lang)) for c in spec.columns if c.kind is Kind.INT]
    for values in rows:
        if not values or all(is_empty(v) for v in values):
            continue
        size = len(values)
        cells = {key: values[i] if i < size else None for key, i in pairs}
        if all(is_empty(v) for v in cells.values()):
            continue
        for key, column_title in numbers:
            _check_number(cells.get(key), where(lang, title, rows.number, column_title), problems)
        read.rows.append(SheetRow(rows.number, cells))
    return read


def _check_number(value: Any, place: str, problems: list[Problem]) -> None:
    """A number typed as text in a number column, too long to be converted (Python reads no
    more than 4,300 digits): reported here, before anything converts it."""
    text = value.strip() if isinstance(value, str) else ""
    if len(text) > MAX_NUMBER_LENGTH and _DIGITS.fullmatch(text):
        params = {"digits": len(text.lstrip("+-")), "min": INT_MIN, "max": INT_MAX}
        problems.append(Problem(place, "problem.number_too_long", params))


def organisation_keys(lang: str) -> dict[str, str]:
    """Organisation sheet: a row's field by its key (column C) or, failing that, its label."""
    keys: dict[str, str] = {}
    fields = organisation_fields(LANGUAGES)
    for other in (*LANGUAGES, lang):  # the workbook's own language wins
        keys.update({label(other, "organisation", c.key): c.key for c in fields})
    keys.update({c.key: c.key for c in fields})
    return keys
