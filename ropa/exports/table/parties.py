"""The recipients of an activity of the table (catalogue categories, parties of the
directory, internal departments, processors named), its joint controllers and clients, and its
security measures (those of the catalogue linked, the others in its own security notes).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ropa.core.i18n import LANGUAGES, colon, value_label
from ropa.db.enums import RecipientKind
from ropa.exports.table.directory import PARTY_RECIPIENT_KIND
from ropa.exports.table.draft import BuilderBase, Built, says_yes
from ropa.exports.table.recognise import Cell
from ropa.exports.table.synonyms import normalise
from ropa.exports.table.values import list_items, says_none, without_bullet

_CONTACT = re.compile(
    r"@|https?://|www\.|^\+?\d[\d .()/-]{6,}$|\b\d{4,5}\b|\b(?:rue|avenue|chaussée|place|"
    r"straat|laan|steenweg|plein|street|road|boulevard|bd|av)\b",
    re.IGNORECASE,
)
NAME_MAX = 150  # a longer line is no organisation's name: it goes to the notes
_DASH = re.compile(r"\s+[\u2014\u2013]\s+")  # an em or en dash between spaces


_KIND_SAID = re.compile(r"^(?P<name>.+?)\s*\((?P<kind>[^()]+)\)\s*$")


@cache
def _recipient_kinds() -> dict[str, str]:
    kinds = {}
    for kind in RecipientKind:
        for lang in LANGUAGES:
            kinds[normalise(value_label(lang, "recipient_kind", kind.value))] = kind.value
    return kinds


def kind_said(text: str) -> tuple[str, str | None]:
    """A recipient and the kind written after it, as ropa writes them: "Banque X (Tiers)"
    -> ("Banque X", "third_party"); (text, None) when no kind is said."""
    match = _KIND_SAID.match(text)
    if match is None:
        return text, None
    kind = _recipient_kinds().get(normalise(match.group("kind")))
    return (match.group("name"), kind) if kind is not None else (text, None)


def _entries(text: str) -> list[str]:
    """One entry per line, and per ";" in a line without a dash (what follows a dash, the
    detail, may hold ";")."""
    found = []
    for line in text.split("\n"):
        found.extend([line.strip()] if _DASH.search(line) else list_items(line))
    return [without_bullet(entry) for entry in found if entry]


class PartyReading(BuilderBase):
    def parties(self, built: Built, cells: dict[str, list[Cell]]) -> None:
        recipients: list[dict[str, Any]] = []

        def add(entry: dict[str, Any]) -> None:
            if entry not in recipients:
                recipients.append(entry)

        for cell in cells.get("recipients", []):
            for named, detail in self.named(built, cell, "recipients"):
                item, said = kind_said(named)
                if said == "internal":
                    add({"kind": "internal", "department": item, **detail})
                    continue
                if said is not None and said != "undetermined":
                    found = self.directory.find_or_add(
                        "parties",
                        item,
                        cell,
                        lambda said=said: {"kind": said},  # type: ignore[misc]
                    )
                    kind = PARTY_RECIPIENT_KIND[str(found.row["kind"])]
                    add({"kind": kind, "party_id": found.id, **detail})
                    continue
                party = self.directory.find("parties", item)
                if party is not None:
                    kind = PARTY_RECIPIENT_KIND[str(party["kind"])]
                    add({"kind": kind, "party_id": party["id"], **detail})
                    continue
                found = self.directory.find_or_add("recipient_categories", item, cell, dict)
                kind = "undetermined" if found.new else self.directory.recipient_kind(found.row)
                add({"kind": kind, "recipient_category_id": found.id, **detail})
        for cell in cells.get("internal_recipients", []):
            for item, detail in self.named(built, cell, "recipients"):
                add({"kind": "internal", "department": item, **detail})
        for cell in cells.get("processors", []):
            for item, detail in self.named(built, cell, "recipients"):
                found = self.directory.find_or_add(
                    "parties", item, cell, lambda: {"kind": "processor"}
                )
                kind = PARTY_RECIPIENT_KIND[str(found.row["kind"])]
                add({"kind": kind, "party_id": found.id, **detail})
        if any(cells.get(k) for k in ("recipients", "internal_recipients", "processors")):
            built.lists["recipients"] = recipients
        for key, kind, detail_key in (
            ("joint_controllers", "joint_controller", "responsibilities"),
            ("clients", "client_controller", "processing_categories"),
        ):
            entries: dict[str, dict[str, Any]] = {}
            for cell in cells.get(key, []):
                for item, detail in self.named(built, cell, key):
                    found = self.directory.find_or_add(
                        "parties",
                        item,
                        cell,
                        lambda kind=kind: {"kind": kind},  # type: ignore[misc]
                    )
                    entry = entries.setdefault(found.id, {"party_id": found.id})
                    if detail:
                        entry[detail_key] = detail["detail"]
            if cells.get(key):
                built.lists[key] = list(entries.values())
        for cell in cells.get("processing_categories", []):
            clients = built.lists.get("clients") or []
            if not clients:
                self.note(built, cell)
            for client in clients:
                client["processing_categories"] = cell.text

    def named(self, built: Built, cell: Cell, key: str) -> list[tuple[str, dict[str, str]]]:
        """A cell's parties or recipients, each a name and what it receives ("Fiduciaire X —
        factures et paie": a dash between spaces). On a label row, the first value cell only;
        under a name, its address, phone and e-mail go to the notes, and so does a line too
        long or too much like an address to be a name."""
        built.places.setdefault(key, cell)
        text = cell.parts[0] if cell.parts else cell.text
        for extra in cell.parts[1:]:
            self.note(built, cell, extra)
        entries = []
        for line in _entries(text):
            if says_none(line):
                continue
            name, *rest = _DASH.split(line, maxsplit=1)
            entries.append((line, name.strip(), rest[0].strip() if rest else ""))
        if any(_CONTACT.search(name) for _line, name, _detail in entries[1:]):
            for line, _name, _detail in entries[1:]:  # one party and its contact details
                self.note(built, cell, line)
            entries = entries[:1]
        found = []
        for line, name, detail in entries:
            if not name or len(name) > NAME_MAX or _CONTACT.search(name):
                self.note(built, cell, line)
            else:
                found.append((name, {"detail": detail} if detail else {}))
        return found

    def security(self, built: Built, cells: dict[str, list[Cell]]) -> None:
        """Measures of the catalogue linked; the others in the activity's own security
        notes. A measure named by its title: its cell says yes, no, or how."""
        measures: list[str] = []
        unmatched: list[str] = []
        for cell in cells.get("security_measures", []):
            built.places.setdefault("security_measures", cell)
            built.places.setdefault("security_notes", cell)
            for item in list_items(cell.text):
                found = self.directory.find("security_measures", item)
                if found is not None:
                    measures.append(found["id"])
                elif not says_none(item):
                    unmatched.append(item)
        for cell in cells.get("security_measure_titled", []):
            text = cell.parts[0] if cell.parts else cell.text
            if says_none(text):
                continue
            built.places.setdefault("security_measures", cell)
            built.places.setdefault("security_notes", cell)
            name = cell.title.strip(" :*?")
            found = self.directory.find("security_measures", name)
            yes = says_yes(text)
            if found is not None:
                measures.append(found["id"])
                if not yes:
                    unmatched.append(f"{name}{colon(self.lang)}{cell.text}")
            else:
                unmatched.append(name if yes else f"{name}{colon(self.lang)}{cell.text}")
        if cells.get("security_measures") or cells.get("security_measure_titled"):
            built.links["security_measures"] = list(dict.fromkeys(measures))
            if unmatched:
                built.values["security_notes"] = "\n".join(unmatched)
