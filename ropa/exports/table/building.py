"""One activity of the table read into what the register will hold: the activity's own
fields, the lists the table gives (purposes, data categories, recipients, transfers,
retention...), the catalogue entries and parties it names (found, or added to the
directory), and the notes (draft.py).

Only what the table says is given: a list the table leaves empty is not part of the result
(planning.py keeps the register's own). A cell that cannot be read (a date that is not a
date) is a problem naming its sheet, row and column.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from ropa.exports.table import IGNORE
from ropa.exports.table.categories import CategoryReading
from ropa.exports.table.draft import Built, parse_date
from ropa.exports.table.fields import KINDS, SINGLE, Kind
from ropa.exports.table.parties import PartyReading
from ropa.exports.table.recognise import Cell, Record
from ropa.exports.table.transfers import TransferReader
from ropa.exports.table.values import (
    basis_detail,
    is_blank,
    labelled_lines,
    list_items,
    says_none,
    without_end_actions,
)

TEXT_COLUMNS = {"reference", "name", "owner", "department", "dpia_reference"}
TEXTS_COLUMNS = {"description", "data_location"}
DATE_COLUMNS = {"start_date", "end_date", "last_reviewed"}
# Where what a basis says after its name goes ("Obligation légale : Code du travail").
BASIS_DETAIL = {
    "legitimate_interests": "legitimate_interest",
    "legal_obligation": "legal_reference",
    "public_task": "legal_reference",
    "contract": "contract_description",
    "consent": "consent_collection",
}
PURPOSE_TEXT_BASES = {
    "legitimate_interest": ("legitimate_interests",),
    "lia_reference": ("legitimate_interests",),
    "legal_reference": ("legal_obligation", "public_task"),
    "consent_record": ("consent",),
}


class ActivityBuilder(CategoryReading, PartyReading):
    """Reads each record of the table (build), collecting problems and adding the entries
    it names to the directory."""

    def build(self, record: Record) -> Built:
        built = Built(record)
        cells: dict[str, list[Cell]] = defaultdict(list)
        ignored = []
        for cell in record.cells:
            if is_blank(cell.text):
                continue
            key = self.mapping.columns.get(cell.title, IGNORE)
            if key == IGNORE or key not in KINDS:
                ignored.append(cell)
            else:
                cells[key].append(cell)
        self.labelled_lines(built, cells)
        self.scalars(built, cells)
        self.purposes(built, cells)
        self.categories(built, cells)
        self.people(built, cells)
        self.parties(built, cells)
        TransferReader(self, built).read(cells)
        self.retention(built, cells)
        self.security(built, cells)
        self.name(built, cells)
        for cell in ignored:  # the columns not imported: their values kept in the notes
            self.note(built, cell)
        return built

    def labelled_lines(self, built: Built, cells: dict[str, list[Cell]]) -> None:
        """Lines "Label : value" inside a cell of one value go to the field the label names
        (values.labelled_lines); a closed-list cell keeps its first line as its value, the
        others go to the notes."""
        for key in [k for k in cells if k in SINGLE]:
            kept_cells = []
            for cell in cells[key]:
                kept, others = labelled_lines(key, cell.text)
                for field, text in others:
                    if cells.get(field):
                        self.note(built, cell, text)
                    else:
                        cells[field].append(replace(cell, text=text, parts=()))
                if KINDS[key] is Kind.CLOSED:
                    for line in kept[1:]:
                        self.note(built, cell, line)
                    kept = kept[:1]
                if kept:
                    kept_cells.append(replace(cell, text="\n".join(kept), parts=()))
            cells[key] = kept_cells

    def scalars(self, built: Built, cells: dict[str, list[Cell]]) -> None:
        for key in TEXT_COLUMNS:
            for i, cell in enumerate(cells.get(key, [])):
                if i:
                    self.note(built, cell)
                else:
                    built.values[key] = (
                        " ".join(cell.text.split()) if key != "dpia_reference" else cell.text
                    )
                    built.places[key] = cell
        for key in TEXTS_COLUMNS:
            texts = [cell.text for cell in cells.get(key, [])]
            if texts:
                built.values[key] = "\n".join(texts)
                built.places[key] = cells[key][0]
        for cell in cells.get("notes", []):
            built.notes.append(cell.text)
        for key in DATE_COLUMNS:
            for i, cell in enumerate(cells.get(key, [])):
                day = parse_date(cell.text)
                if i:
                    self.note(built, cell)
                elif day is None:
                    self.problem(built, cell, "table_import.problem.not_a_date", value=cell.text)
                else:
                    built.values[key] = day
                    built.places[key] = cell
        for key, column in (("role", "role"), ("status", "status"), ("dpia", "dpia_status")):
            code = self.one_code(built, key, cells.get(key, []))
            if code is not None:
                built.values[column] = code
                built.places[column] = built.places[key]
        for key in ("automated_decision", "profiling"):
            code = self.one_code(built, key, cells.get(key, []))
            if code is not None:
                built.values[key] = code == "yes"
                built.places[key] = built.places[key]

    def name(self, built: Built, cells: dict[str, list[Cell]]) -> None:
        if built.values.get("name"):
            return
        purposes = built.lists.get("purposes") or []
        if not self.names_column and purposes:
            text = " ".join(str(purposes[0]["description"]).split())
            built.values["name"] = text if len(text) <= 300 else text[:299] + "\u2026"
            built.places["name"] = built.places["purposes"]
            built.name_from_purpose = True

    # -- purposes and legal bases -------------------------------------------------------------

    def purposes(self, built: Built, cells: dict[str, list[Cell]]) -> None:
        """Purposes, one per line; their legal bases (one for all, or one each in order) with
        what a basis says after a colon ("Intérêt légitime : prospection") in its detail. On a
        form's row, the purpose is beside its label and its basis in the next cell."""
        purposes: list[dict[str, Any]] = []
        bases: list[tuple[Cell, str, str]] = []
        for cell in cells.get("purposes", []):
            built.places.setdefault("purposes", cell)
            own = [
                {"description": item}
                for item in list_items(cell.parts[0] if cell.parts else cell.text)
                if not says_none(item) and all(p["description"] != item for p in purposes)
            ]
            purposes.extend(own)
            if len(cell.parts) > 1 and own:
                basis = Cell(cell.title, cell.parts[1], cell.row, (), cell.sheet)
                for raw, code in self.closed(built, "legal_basis", basis)[:1]:
                    for purpose in own:
                        self.set_basis(purpose, raw, code)
                for extra in cell.parts[2:]:
                    self.note(built, cell, extra)
        if purposes:
            built.lists["purposes"] = purposes
        for cell in cells.get("legal_basis", []):
            bases.extend((cell, raw, code) for raw, code in self.closed(built, "legal_basis", cell))
        if bases and not purposes:
            for cell, raw, _code in bases:
                self.note(built, cell, raw)
        elif len(bases) == 1:
            for purpose in purposes:
                self.set_basis(purpose, bases[0][1], bases[0][2])
        else:
            for i, (cell, raw, code) in enumerate(bases):
                if i < len(purposes):
                    self.set_basis(purposes[i], raw, code)
                else:
                    self.note(built, cell, raw)
        for key, wanted in PURPOSE_TEXT_BASES.items():
            for cell in cells.get(key, []):
                targets = [p for p in purposes if p.get("legal_basis") in wanted]
                if not targets:
                    self.note(built, cell)
                for purpose in targets:
                    purpose[key] = cell.text

    def set_basis(self, purpose: dict[str, Any], raw: str, code: str) -> None:
        purpose["legal_basis"] = code
        detail = basis_detail(raw)
        if detail and code in BASIS_DETAIL:
            purpose[BASIS_DETAIL[code]] = detail

    # -- retention and security ----------------------------------------------------------------

    def retention(self, built: Built, cells: dict[str, list[Cell]]) -> None:
        """Retention periods, one per line; a line saying what happens at the end
        ("À l'issue de la durée de conservation : Anonymisation") is the end action."""
        for cell in cells.get("retention", []):
            text, actions = without_end_actions(cell.text)
            for line, action in actions:
                if action:
                    built.values["end_action"] = action
                    built.places.setdefault("end_action", cell)
                else:
                    self.note(built, cell, line)
            if is_blank(text):
                continue
            for raw, code in self.closed(built, "retention", replace(cell, text=text)):
                self.add_phase(built, cell, raw, code, {})
