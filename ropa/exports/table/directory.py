"""The organisation's catalogue entries and parties as an import finds them by name, and the
new ones it adds: a data category, a category of people or of recipients the register does
not have yet, a processor, joint controller or client named in the table.

Names are compared normalised (no case, accents or punctuation), in every document language
of the entry; each new entry remembers the first cell that named it (to place a problem).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import JSON

from ropa.core.i18n import LANGUAGES
from ropa.core.snapshot import Row
from ropa.core.tree import ORGANISATION, Node
from ropa.db.translations import translated
from ropa.exports.table.recognise import Cell
from ropa.exports.table.synonyms import normalise

LISTS = {  # the organisation's list -> its table
    "data_categories": "data_category",
    "data_subject_categories": "data_subject_category",
    "recipient_categories": "recipient_category",
    "security_measures": "security_measure",
    "parties": "party",
}
NODES: dict[str, Node] = {node.name: node for node in ORGANISATION.walk()}
# Seeded recipient categories that are the firm's own staff; others are of undetermined kind
# until the user says (a "recipient of undetermined kind" is flagged to complete).
INTERNAL_SEEDS = frozenset({"management", "sales", "accounting", "hr", "it_support"})
AUTHORITY_SEEDS = frozenset({"tax_social_admin", "authorities_on_request"})
# Other names of seeded entries, as registers write them: normalised name -> seed key.
SEED_ALIASES = {
    "data_categories": {
        "etat civil identite donnees d identification images": "identity",
        "etat civil identite": "identity",
        "identite": "identity",
        "identiteit": "identity",
        "identity": "identity",
        "numero de securite sociale": "national_id",
        "nir": "national_id",
        "numero de registre national": "national_id",
        "rijksregisternummer": "national_id",
        "niss": "national_id",
    },
    "data_subject_categories": {
        "salaries": "employees",
        "employes": "employees",
        "personnel": "employees",
        "collaborateurs": "employees",
        "werknemers": "employees",
        "medewerkers": "employees",
        "personeel": "employees",
        "employees": "employees",
        "staff": "employees",
        "candidats": "candidates",
        "sollicitanten": "candidates",
        "kandidaten": "candidates",
        "job applicants": "candidates",
        "applicants": "candidates",
        "customers": "clients",
        "klanten": "clients",
        "prospects": "prospects",
        "leads": "prospects",
        "fournisseurs": "supplier_contacts",
        "leveranciers": "supplier_contacts",
        "suppliers": "supplier_contacts",
        "visiteurs": "website_visitors",
    },
}
PARTY_RECIPIENT_KIND = {
    "processor": "processor",
    "third_party": "third_party",
    "public_authority": "public_authority",
    "joint_controller": "joint_controller",
    "client_controller": "third_party",
}


@cache
def _defaults(table: str) -> tuple[dict[str, Any], tuple[str, ...]]:
    """A new row's columns at their defaults, and the keys that start as empty lists."""
    node = NODES[table]
    row: Row = {}
    lists = [link.key for link in node.links] + [child.key for child in node.children]
    for column in node.data_columns():
        default = getattr(column.default, "arg", None)
        if callable(default):
            if isinstance(column.type, JSON):
                lists.append(column.name)
            else:
                row[column.name] = None
        else:
            row[column.name] = getattr(default, "value", default)
    return row, tuple(lists)


def fresh_row(table: str, now: datetime, values: dict[str, Any]) -> Row:
    """A new row of `table` with every column at its default, then `values`."""
    defaults, lists = _defaults(table)
    row: Row = dict(defaults)
    for key in lists:
        row[key] = []
    row.update(id=str(uuid.uuid4()), created_at=now, updated_at=now)
    row.update(values)
    return row


@dataclass
class Found:
    id: str
    row: Row
    new: bool


class Directory:
    """Look-ups by name in the new tree's lists, adding an entry when asked."""

    def __init__(self, organisation: Row, now: datetime) -> None:
        self.organisation = organisation
        self.now = now
        self.names: dict[str, dict[str, Row]] = {}
        self.added: dict[str, list[Row]] = {key: [] for key in LISTS}
        self.origin: dict[str, Cell] = {}  # a new entry's id -> the first cell naming it
        for key in LISTS:
            index: dict[str, Row] = {}
            for row in organisation[key]:
                for name in _names(row):
                    index.setdefault(normalise(name), row)
            self.names[key] = index

    def find(self, key: str, name: str) -> Row | None:
        """The entry named `name`; for a catalogue, else the only entry whose name holds it
        as whole words ("Identité" -> "État civil et identité")."""
        normal = normalise(name)
        found = self.names[key].get(normal)
        if found is not None or key == "parties":
            return found
        seed = SEED_ALIASES.get(key, {}).get(normal)
        if seed is not None:
            found = next((r for r in self.organisation[key] if r.get("seed_key") == seed), None)
            if found is not None:
                return found
        if len(normal) < 5:
            return None
        padded = f" {normal} "
        holders = {id(row): row for text, row in self.names[key].items() if padded in f" {text} "}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def find_or_add(
        self, key: str, name: str, cell: Cell, make: Callable[[], dict[str, Any]]
    ) -> Found:
        """The entry of list `key` named `name`; a new one (make(): its values beside the
        name) when there is none."""
        found = self.find(key, name)
        if found is not None:
            return Found(found["id"], found, found["id"] in self.origin)
        values = {"name": " ".join(name.split()), **make()}
        if "position" in {c.name for c in NODES[LISTS[key]].data_columns()}:
            values["position"] = self._next_position(key)
        row = fresh_row(LISTS[key], self.now, values)
        self.organisation[key].append(row)
        self.added[key].append(row)
        self.names[key][normalise(name)] = row
        self.origin[row["id"]] = cell
        return Found(row["id"], row, True)

    def _next_position(self, key: str) -> int:
        positions = [row.get("position") or 0 for row in self.organisation[key]]
        return max(positions, default=-1) + 1

    def recipient_kind(self, category: Row) -> str:
        seed = category.get("seed_key")
        if seed in INTERNAL_SEEDS:
            return "internal"
        if seed in AUTHORITY_SEEDS:
            return "public_authority"
        return "undetermined"


def _names(row: Row) -> list[str]:
    names = [row.get("name") or ""]
    names.extend(row.get(translated("name", lang)) or "" for lang in LANGUAGES)
    return [name for name in names if name]
