"""The data categories an activity of the table uses (named in a list, or by a column title
or row label, with what is kept and for how long), its categories of people and its sources.
"""

from __future__ import annotations

from typing import Any

from ropa.exports.table.draft import BuilderBase, Built, says_yes
from ropa.exports.table.durations import parse_duration
from ropa.exports.table.recognise import Cell
from ropa.exports.table.synonyms import normalise
from ropa.exports.table.values import list_items, says_none, without_bullet

_FROM_THE_PERSON = frozenset(
    normalise(text)
    for text in (
        "la personne concernée", "personne concernée", "les personnes concernées",
        "directement auprès de la personne", "auprès de la personne concernée",
        "de betrokkene", "betrokkene", "de betrokkene zelf", "rechtstreeks bij de betrokkene",
        "the data subject", "data subject", "directly from the individual", "the individual",
        "directly from the data subject",
    )
)  # fmt: skip


class CategoryReading(BuilderBase):
    # -- data categories --------------------------------------------------------------------

    def categories(self, built: Built, cells: dict[str, list[Cell]]) -> None:
        links: dict[str, dict[str, Any]] = {}

        def add(name: str, cell: Cell, special: bool, detail: str | None = None) -> str:
            found = self.directory.find_or_add(
                "data_categories", name, cell, lambda: {"is_special": special}
            )
            link = links.setdefault(found.id, {"data_category_id": found.id})
            if detail:
                link["detail"] = f"{link['detail']}\n{detail}" if link.get("detail") else detail
            return found.id

        for key, special in (("data_categories", False), ("special_categories", True)):
            for cell in cells.get(key, []):
                built.places.setdefault("data_categories", cell)
                for name, detail in self.category_entries(cell.text):
                    add(name, cell, special, detail)
        for key, special in (("data_category_titled", False), ("special_category_titled", True)):
            for cell in cells.get(key, []):
                parts = list(cell.parts or (cell.text,))
                if says_none(parts[0]) or normalise(parts[0]) in ("0", "false", "faux", "onwaar"):
                    continue
                built.places.setdefault("data_categories", cell)
                name = cell.title.strip(" :*?")
                detail = None if says_yes(parts[0]) else parts[0]
                category = add(name, cell, special, detail)
                for part in parts[1:]:  # a form's row: the retention period, else the notes
                    duration = parse_duration(part)
                    if duration.code is None:
                        self.note(built, cell, part)
                        continue
                    self.add_phase(built, cell, part, duration.code, {"data_category_id": category})
        if links:
            built.lists["data_categories"] = list(links.values())
        for cell in cells.get("art9_condition", []):
            codes = self.closed(built, "art9_condition", cell)
            sensitive = [
                link
                for link in links.values()
                if (self.directory_row("data_categories", link["data_category_id"]) or {}).get(
                    "is_special"
                )
            ]
            if codes and not sensitive:
                self.note(built, cell)
            for link in sensitive:
                link["art9_condition"] = codes[0][1] if codes else None

    def category_entries(self, text: str) -> list[tuple[str, str | None]]:
        """(category, detail) of each entry of a list cell: one per line, and per ";" in a
        line that does not say "Category : what is kept" (its detail may hold ";")."""
        found: list[tuple[str, str | None]] = []
        for line in text.split("\n"):
            head, colon_found, tail = line.partition(":")
            if colon_found and head.strip() and tail.strip() and len(head.strip()) <= 150:
                items = [line.strip()]
            else:
                items = list_items(line)
            for item in items:
                if item and not says_none(item):
                    found.extend(self.category_names(without_bullet(item)))
        return found

    def category_names(self, item: str) -> list[tuple[str, str | None]]:
        """(category, detail) of a list entry: "Identité : nom, prénom" (a category and what
        is kept); "Identité, coordonnées" when the register knows both; else the entry."""
        head, sep, tail = item.partition(":")
        if sep and tail.strip() and head.strip():
            return [(head.strip(), tail.strip())]
        if self.directory.find("data_categories", item):
            return [(item, None)]
        pieces = [piece.strip() for piece in item.split(",") if piece.strip()]
        if len(pieces) > 1 and all(self.directory.find("data_categories", p) for p in pieces):
            return [(piece, None) for piece in pieces]
        return [(item, None)]

    def directory_row(self, key: str, row_id: str) -> dict[str, Any] | None:
        return next((row for row in self.directory.organisation[key] if row["id"] == row_id), None)

    # -- people, sources, recipients -----------------------------------------------------------

    def people(self, built: Built, cells: dict[str, list[Cell]]) -> None:
        subjects: list[str] = []
        for cell in cells.get("data_subjects", []):
            built.places.setdefault("data_subjects", cell)
            for item in list_items(cell.text):
                if not says_none(item):
                    found = self.directory.find_or_add("data_subject_categories", item, cell, dict)
                    subjects.append(found.id)
        for cell in cells.get("data_subject_titled", []):
            text = cell.parts[0] if cell.parts else cell.text
            if says_none(text):
                continue
            built.places.setdefault("data_subjects", cell)
            name = cell.title.strip(" :*?")
            found = self.directory.find_or_add("data_subject_categories", name, cell, dict)
            subjects.append(found.id)
            if not says_yes(text):
                self.note(built, cell)
        if cells.get("data_subjects") or cells.get("data_subject_titled"):
            built.links["data_subjects"] = list(dict.fromkeys(subjects))
        sources = []
        for cell in cells.get("sources", []):
            built.places.setdefault("sources", cell)
            for item in list_items(cell.text):
                if not says_none(item) and normalise(item) not in _FROM_THE_PERSON:
                    sources.append({"description": item})
        if cells.get("sources"):
            built.lists["sources"] = sources
