"""Recognising a table: its layout (one activity per row under a header row, possibly below
title rows and empty rows; or one activity per sheet, labels down a column and values beside
them), its header row, and the field of each column title or row label (synonyms.py).

Also the table's activities as records of (title, text) cells, which the preview, the value
guesses and the plan all read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ropa.core.errors import RopaError
from ropa.exports.table import IGNORE, Mapping, TableBook, TableSheet
from ropa.exports.table.synonyms import (
    SECTION_TITLES,
    SYNONYMS,
    TITLED,
    normalise,
    without_brackets,
)

HEADER_SEARCH = 40  # the header row is looked for among a sheet's first rows
SHEET_LABELS_MIN = 4  # fields recognised down a column for a sheet to be an activity


@dataclass(frozen=True)
class Cell:
    title: str  # the column title or row label, as the mapping names it
    text: str  # the cell's text; on a label row, its values one per line
    row: int  # 1-based row of the sheet
    parts: tuple[str, ...] = ()  # on a label row: each value cell beside the label
    sheet: str = ""


@dataclass(frozen=True)
class Record:
    """One activity of the table: the sheet and row it starts on, and its cells."""

    sheet: str
    row: int
    cells: tuple[Cell, ...]
    whole_sheet: bool = False  # sheets layout: the activity is the whole sheet


# -- titles ------------------------------------------------------------------------------------


@cache
def _index() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Normalised phrase -> field, for whole titles; and the phrases found inside a title,
    longest first."""
    from ropa.core.services import seed_catalogues

    exact: dict[str, str] = {}
    inside: list[tuple[str, str]] = []

    def add(field: str, phrase: str) -> None:
        whole = phrase.startswith("=")
        text = normalise(phrase.lstrip("="))
        if not text:
            return
        exact.setdefault(text, field)
        if not whole and (" " in text or len(text) >= 6):
            inside.append((text, field))

    for field, phrases in SYNONYMS.items():
        for phrase in phrases:
            add(field, phrase)
    # A category named by a title only when the title is its name: "Coordonnées de
    # l'organisme" is no data category.
    for field, phrases in TITLED.items():
        for phrase in phrases:
            add(field, "=" + phrase)
    seeds = seed_catalogues()
    for entry in seeds["data_categories"]:
        special = entry.get("is_special") or entry.get("is_criminal")
        field = "special_category_titled" if special else "data_category_titled"
        for name in entry["name"].values():
            add(field, "=" + name)
    for entry in seeds["data_subject_categories"]:
        for name in entry["name"].values():
            add("data_subject_titled", "=" + name)
    for entry in seeds["security_measures"]:
        for name in entry["name"].values():
            add("security_measure_titled", "=" + name)
    inside.sort(key=lambda pair: -len(pair[0]))
    return exact, tuple(inside)


@cache
def recognise(title: str) -> str:
    """The field a column title or row label names, or IGNORE."""
    exact, inside = _index()
    normal = normalise(title)
    if not normal:
        return IGNORE
    bare = without_brackets(title)
    for text in (normal, bare):
        if text in exact:
            return exact[text]
    for text in (normal, bare):
        padded = f" {text} "
        for phrase, field in inside:
            if f" {phrase} " in padded:
                return field
    return IGNORE


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def header_titles(row: tuple[str, ...]) -> list[str]:
    """A header row's titles: a cell's text, or "[C]" (its column letter) when empty."""
    return [
        " ".join(text.split()) if text else f"[{column_letter(i)}]" for i, text in enumerate(row)
    ]


def _label_rows(sheet: TableSheet) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """(row number, label, values) of each row with a label in the sheet's label column (its
    first used one), the values beside it (a merged label's copies left out).

    A row with one value under an empty label continues the label above; a row of several
    cells under an empty label, or of titles beside a label, is the header of a small table
    inside the form, left out; under a section title (SECTION_TITLES) without a value, the
    labels without a value are its entries."""
    starts = [next((i for i, c in enumerate(row) if c), None) for row in sheet.rows]
    column = min((i for i in starts if i is not None), default=0)
    pending: tuple[int, str, list[str]] | None = None
    collecting = False  # pending is a section title taking the entries below it
    for number, (row, start) in enumerate(zip(sheet.rows, starts, strict=True), start=1):
        if start is None:
            continue
        if start == column:
            text = " ".join(row[column].split())
            values = [c for c in row[column + 1 :] if c and c != row[column]]
            if collecting and pending is not None and not values:
                if normalise(text) not in SECTION_TITLES:
                    pending[2].append(text)
                    continue
            if pending is not None:
                yield pending[0], pending[1], tuple(pending[2])
            pending, collecting = None, False
            if len(values) >= 2 and all(recognise(v) != IGNORE for v in values):
                continue  # "Catégorie | Description | Durée de conservation"
            pending = (number, text, values)
            collecting = not values and normalise(text) in SECTION_TITLES
            continue
        cells = [c for c in row[start:] if c]
        if len(cells) == 1 and pending is not None:
            pending[2].append(cells[0])
            continue
        if pending is not None:
            yield pending[0], pending[1], tuple(pending[2])
        pending, collecting = None, False
    if pending is not None:
        yield pending[0], pending[1], tuple(pending[2])


# -- the layout ----------------------------------------------------------------------------------


def _header_score(row: tuple[str, ...]) -> tuple[int, int]:
    texts = {" ".join(cell.split()) for cell in row if cell}
    fields = {recognise(text) for text in texts} - {IGNORE}
    return len(fields), len(texts)


def find_header(sheet: TableSheet) -> tuple[int, int]:
    """(the 1-based header row, the fields it names); row 0 when the sheet has no row of at
    least two titles followed by another row."""
    best, best_score = 0, (0, 0)
    last = max((i for i, row in enumerate(sheet.rows) if any(row)), default=-1)
    for i, row in enumerate(sheet.rows[:HEADER_SEARCH]):
        if i >= last:
            break
        score = _header_score(row)
        if score[1] < 2:
            continue
        if best == 0 or score[0] > best_score[0]:
            best, best_score = i + 1, score
    return best, best_score[0]


def sheet_label_score(sheet: TableSheet) -> int:
    """How many fields the labels down the sheet's first used column name."""
    fields = {recognise(label) for _n, label, _v in _label_rows(sheet)}
    return len(fields - {IGNORE})


def guess_mapping(
    book: TableBook, saved: Mapping | None = None, *, sheet: str | None = None
) -> Mapping:
    if sheet is not None:
        chosen = sheet_named(book, sheet)
        if saved is None or saved.layout != "rows" or saved.sheet != sheet:
            header = find_header(chosen)[0] or 1
            columns = saved.columns if saved else {}
            values = saved.values if saved else {}
            saved = Mapping("rows", sheet, header, [], dict(columns), dict(values))
    mapping = _detect(book)
    if saved is not None:
        mapping = _with_saved(book, mapping, saved)
    in_section = _section_fields(book, mapping) if mapping.layout == "sheets" else {}
    mapping.columns = {
        title: (
            saved.columns[title]
            if saved and title in saved.columns
            else recognise(title) or in_section.get(title, IGNORE)
        )
        for title in table_titles(book, mapping)
    }
    if saved is not None:
        mapping.values = {field: dict(values) for field, values in saved.values.items()}
    return mapping


# A label no field knows, under one of these sections of a form, names an entry of its list:
# "Profil commercial | Score de 0 à 100 | 3 ans" under "Catégories de données".
_SECTION_ENTRIES = {
    "data_categories": "data_category_titled",
    "special_categories": "special_category_titled",
    "security_measures": "security_measure_titled",
}


def _section_fields(book: TableBook, mapping: Mapping) -> dict[str, str]:
    """Each label of a one-activity-per-sheet register found under a section title of data
    categories, sensitive data or security measures (and never elsewhere): its titled field."""
    found: dict[str, set[str]] = {}
    for sheet in layout_sheets(book, mapping):
        section = ""
        for _number, label, values in _label_rows(sheet):
            normal = normalise(label)
            if normal in SECTION_TITLES:
                section = _SECTION_ENTRIES.get(recognise(label), "")
                continue
            if values:
                found.setdefault(label, set()).add(section)
    return {
        label: fields.pop()
        for label, fields in found.items()
        if len(fields) == 1 and "" not in fields
    }


def _detect(book: TableBook) -> Mapping:
    headers = [(sheet, *find_header(sheet)) for sheet in book.sheets]
    best_rows = max((score for _s, row, score in headers if row), default=0)
    labelled = [(sheet, sheet_label_score(sheet)) for sheet in book.sheets]
    per_sheet = {sheet.name: score for sheet, _row, score in headers}
    activities = [
        sheet.name
        for sheet, score in labelled
        if score >= SHEET_LABELS_MIN and score > per_sheet[sheet.name]
    ]
    best_labels = max((score for _s, score in labelled), default=0)
    if activities and best_labels >= best_rows:
        return Mapping(layout="sheets", sheets=activities)
    usable = [(sheet, row, score) for sheet, row, score in headers if row]
    if not usable:
        return Mapping(layout="rows", sheet=book.sheets[0].name, header_row=1)
    sheet, row, _score = max(usable, key=lambda item: item[2])  # the first of the best
    return Mapping(layout="rows", sheet=sheet.name, header_row=row)


def _with_saved(book: TableBook, detected: Mapping, saved: Mapping) -> Mapping:
    """The saved mapping's layout, sheet and header row where this book has them."""
    names = {sheet.name for sheet in book.sheets}
    if saved.layout == "sheets":
        sheets = [name for name in saved.sheets if name in names]
        if sheets or not saved.sheets:
            return Mapping(layout="sheets", sheets=sheets or list(detected.sheets))
        return detected
    sheet = saved.sheet if saved.sheet in names else None
    if sheet is None and saved.sheet is not None:
        return detected
    if sheet is None and saved.header_row == 1:  # neither sheet nor header row chosen
        if detected.layout == "rows":
            return detected
        target = first_with_header(book)
        return Mapping(layout="rows", sheet=target.name, header_row=find_header(target)[0] or 1)
    target = sheet_named(book, sheet) if sheet else first_with_header(book)
    if 1 <= saved.header_row <= len(target.rows):
        return Mapping(layout="rows", sheet=target.name, header_row=saved.header_row)
    return detected


def first_with_header(book: TableBook) -> TableSheet:
    for sheet in book.sheets:
        if find_header(sheet)[0]:
            return sheet
    return book.sheets[0]


def sheet_named(book: TableBook, name: str) -> TableSheet:
    for sheet in book.sheets:
        if sheet.name == name:
            return sheet
    raise RopaError("table_import.problem.no_sheet", sheet=name, name=book.filename)


def layout_sheets(book: TableBook, mapping: Mapping) -> list[TableSheet]:
    """The sheets the mapping reads: its rows sheet, or the sheets of one activity each."""
    if mapping.layout == "rows":
        return [sheet_named(book, mapping.sheet) if mapping.sheet else first_with_header(book)]
    if mapping.sheets:
        return [sheet_named(book, name) for name in mapping.sheets]
    return [s for s in book.sheets if sheet_label_score(s) >= SHEET_LABELS_MIN] or list(book.sheets)


def table_titles(book: TableBook, mapping: Mapping) -> list[str]:
    """Every column title (rows) or row label with a value (sheets) the mapping's sheets
    hold, in order."""
    titles: dict[str, None] = {}
    for sheet in layout_sheets(book, mapping):
        if mapping.layout == "rows":
            if 1 <= mapping.header_row <= len(sheet.rows):
                row = sheet.rows[mapping.header_row - 1]
                used = _used_columns(sheet, mapping.header_row)
                for i, title in enumerate(header_titles(row)):
                    if row[i] or i in used:
                        titles.setdefault(title)
        else:  # the labels with a value (a section's title alone holds nothing)
            for _n, label, values in _label_rows(sheet):
                if values:
                    titles.setdefault(label)
    return list(titles)


def _used_columns(sheet: TableSheet, header_row: int) -> set[int]:
    used: set[int] = set()
    for row in sheet.rows[header_row:]:
        used.update(i for i, cell in enumerate(row) if cell)
    return used


# -- the activities ------------------------------------------------------------------------------


def records(book: TableBook, mapping: Mapping) -> list[Record]:
    """The table's activities, each with its non-empty cells (title, text, row)."""
    if mapping.layout == "sheets":
        return [_sheet_record(sheet) for sheet in layout_sheets(book, mapping)]
    [sheet] = layout_sheets(book, mapping)
    if not 1 <= mapping.header_row <= len(sheet.rows):
        raise RopaError("table_import.problem.header_row", row=mapping.header_row, sheet=sheet.name)
    header = sheet.rows[mapping.header_row - 1]
    titles = header_titles(header)
    found = []
    for number, row in enumerate(sheet.rows[mapping.header_row :], start=mapping.header_row + 1):
        if not any(row) or row == header:  # an empty row, or the header repeated
            continue
        cells = tuple(
            Cell(titles[i], text, number, sheet=sheet.name) for i, text in enumerate(row) if text
        )
        found.append(Record(sheet.name, number, cells))
    return found


def _sheet_record(sheet: TableSheet) -> Record:
    cells = tuple(
        Cell(label, "\n".join(values), number, values, sheet.name)
        for number, label, values in _label_rows(sheet)
        if values
    )
    return Record(sheet.name, 1, cells, whole_sheet=True)


def preview(book: TableBook, mapping: Mapping, limit: int = 5) -> list[dict[str, str]]:
    result = []
    for record in records(book, mapping)[: max(limit, 0)]:
        values: dict[str, str] = {}
        for cell in record.cells:
            values[cell.title] = (
                f"{values[cell.title]}\n{cell.text}" if cell.title in values else cell.text
            )
        result.append(values)
    return result
