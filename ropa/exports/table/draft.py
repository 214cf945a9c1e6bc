"""What one activity of the table gives (Built), and what every part of its reading shares
(BuilderBase): the notes, the problems, the closed-list values and the retention periods.

Every value that has no place in the register is kept in the notes as "Column title: value",
and so is the text of each guess ropa is not sure of.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ropa.core.errors import Problem
from ropa.core.i18n import colon
from ropa.exports.table import Mapping
from ropa.exports.table.directory import Directory
from ropa.exports.table.durations import code_parts, parse_duration
from ropa.exports.table.recognise import Cell, Record
from ropa.exports.table.synonyms import normalise
from ropa.exports.table.values import CRITERION, Match, cell_values, resolve
from ropa.exports.workbook.reader import where

_DATE = re.compile(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")
YES = frozenset({"oui", "yes", "ja", "x", "1", "true", "vrai", "waar", "o", "y", "j", "v"})


def says_yes(text: str) -> bool:
    """A cell that only says yes ("Oui", "x", "Ja")."""
    return normalise(text) in YES


def parse_date(text: str) -> date | None:
    """A date as a table writes it: ISO (2025-03-31, with a time or not) or day first
    (31/03/2025, 31-3-25, 31.03.2025)."""
    text = text.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = _DATE.fullmatch(text.split(" ")[0])
    if match is None:
        return None
    first, month, last = match.groups()
    if len(first) == 4:
        year, day = int(first), int(last)
    else:
        day, year = int(first), int(last)
        if len(last) == 2:
            year += 2000
        elif len(last) != 4:
            return None
    try:
        return date(year, int(month), day)
    except ValueError:
        return None


@dataclass
class Built:
    """What one activity of the table gives; `places` names the first cell behind each
    activity column or list (to place a problem)."""

    record: Record
    values: dict[str, Any] = field(default_factory=dict)
    lists: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    places: dict[str, Cell] = field(default_factory=dict)
    unsure: int = 0
    unmatched: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    noted: Counter[str] = field(default_factory=Counter)  # title -> values kept in notes
    name_from_purpose: bool = False
    unnamed_transfers: bool = False


class BuilderBase:
    def __init__(
        self, lang: str, mapping: Mapping, directory: Directory, problems: list[Problem]
    ) -> None:
        self.lang = lang
        self.mapping = mapping
        self.directory = directory
        self.problems = problems
        self.names_column = any(f == "name" for f in mapping.columns.values())

    # -- helpers ---------------------------------------------------------------------------

    def note(self, built: Built, cell: Cell, text: str | None = None) -> None:
        line = f"{cell.title}{colon(self.lang)}{cell.text if text is None else text}"
        if line not in built.notes:
            built.notes.append(line)
            built.noted[cell.title] += 1

    def problem(self, built: Built, cell: Cell | None, key: str, **params: Any) -> None:
        record = built.record
        if cell is None:
            place = where(self.lang, record.sheet, None if record.whole_sheet else record.row)
        else:
            place = where(self.lang, record.sheet, cell.row, cell.title)
        self.problems.append(Problem(place, key, params))

    def closed(self, built: Built, field_key: str, cell: Cell) -> list[tuple[str, str]]:
        """The codes of a closed-list cell's values, as (raw text, code); a value with no
        code is kept in the notes, so is one ropa is not sure of."""
        choices = self.mapping.values.get(field_key)
        found = []
        for raw in cell_values(field_key, cell.text, choices):
            match: Match = resolve(field_key, raw, choices)
            if not match.code:
                built.unmatched[field_key] += 1
                self.note(built, cell, raw)
                continue
            if not match.sure:
                built.unsure += 1
                self.note(built, cell, raw)
            found.append((raw, match.code))
        return found

    def one_code(self, built: Built, field_key: str, cells: list[Cell]) -> str | None:
        """A closed field of one value: the first cell's first value (any other to notes)."""
        codes: list[str] = []
        for cell in cells:
            for raw, code in self.closed(built, field_key, cell):
                if codes:
                    self.note(built, cell, raw)
                else:
                    codes.append(code)
                    built.places.setdefault(field_key, cell)
        return codes[0] if codes else None

    def add_phase(
        self, built: Built, cell: Cell, raw: str, code: str, extra: dict[str, Any]
    ) -> None:
        built.places.setdefault("retention_phases", cell)
        duration = parse_duration(raw)
        phase: dict[str, Any] = {"phase": duration.phase.value, **extra}
        parts = code_parts(code)
        if parts is not None:
            phase.update(duration_value=parts[0], duration_unit=parts[1].value)
            if duration.start_event is not None:
                phase["start_event"] = duration.start_event.value
                phase["start_event_detail"] = duration.start_detail
        elif code == CRITERION:
            phase["criterion"] = raw
        phases = built.lists.setdefault("retention_phases", [])
        if phase not in phases:
            phases.append(phase)
