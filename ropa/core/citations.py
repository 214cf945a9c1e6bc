"""The legal sources ropa's own data cites, as structured citations: the template library's
(resources/templates/*.json, their "references"), the demo register's
(resources/demo/references.json) and the seed catalogues' (resources/catalogues/references.json).

A template names the citations it rests on by id. The demo register and the catalogues stay
ordinary data (the demo is imported like a user's file, the catalogues are seeded into every new
organisation), so their citations sit beside them, in a file of the same format plus "cited":
which text rests on which citations, named by where it is (the demo: the list the row is in and
the row's id; a catalogue: its name and the entry's seed key), the field (every language of it)
and its wording as reviewed, in one language ({"fr": ...}: the demo's main language, the
catalogues' French). A source cited in several files has one id and the same content
everywhere (a test holds them to it)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from ropa.paths import resources_dir

TEMPLATES, DEMO, CATALOGUES = "templates", "demo", "catalogues"
"""Where a source is cited: the template library, the demo register, the seed catalogues."""

_FILES = {
    DEMO: ("demo", "references.json"),
    CATALOGUES: ("catalogues", "references.json"),
}


@dataclass(frozen=True)
class Citation:
    """A legal source as structured data: the instrument, the article (None when the whole
    instrument is cited), its date or version where one exists, the official URL where one is
    known, and when the citation was last checked; "text" is the same in one line."""

    id: str
    text: str
    instrument: str
    article: str | None
    date: str | None
    version: str | None
    url: str | None
    reviewed_on: str

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Citation:
        return cls(
            id=data["id"],
            text=data["text"],
            instrument=data["instrument"],
            article=data.get("article"),
            date=data.get("date"),
            version=data.get("version"),
            url=data.get("url"),
            reviewed_on=data["reviewed_on"],
        )


@dataclass(frozen=True)
class CitedText:
    """A text of the demo or of a catalogue that cites legal sources: where it is (table, key,
    field), its wording as reviewed and that wording's language, and the ids of the citations
    it rests on."""

    table: str
    key: str
    field: str
    language: str
    text: str
    references: tuple[str, ...]


@dataclass(frozen=True)
class CitationFile:
    """One citations file: its sources, in file order, and the texts that cite them."""

    references: tuple[Citation, ...]
    cited: tuple[CitedText, ...]


@dataclass(frozen=True)
class CitedSource:
    """A source once, with where ropa's data cites it (TEMPLATES, DEMO, CATALOGUES)."""

    citation: Citation
    cited_in: tuple[str, ...]


def citation_document(where: str) -> dict[str, Any]:
    """The raw citations file of the demo (DEMO) or the catalogues (CATALOGUES)."""
    folder, name = _FILES[where]
    document: dict[str, Any] = json.loads(
        (resources_dir() / folder / name).read_text(encoding="utf-8")
    )
    return document


@cache
def citation_file(where: str) -> CitationFile:
    """The citations of the demo (DEMO) or the catalogues (CATALOGUES), structured."""
    document = citation_document(where)
    cited = []
    for item in document["cited"]:
        [(language, text)] = item["text"].items()
        cited.append(
            CitedText(
                table=item["table"],
                key=item["key"],
                field=item["field"],
                language=language,
                text=text,
                references=tuple(item["references"]),
            )
        )
    return CitationFile(
        references=tuple(Citation.from_data(ref) for ref in document["references"]),
        cited=tuple(cited),
    )


def cited_sources() -> list[CitedSource]:
    """Every legal source ropa's data cites, once: the templates' first (in file order), then
    the demo's and the catalogues' not cited before; each with where it is cited."""
    from ropa.core.templates import citations  # templates imports Citation from here

    by_place = {
        TEMPLATES: citations(),
        DEMO: list(citation_file(DEMO).references),
        CATALOGUES: list(citation_file(CATALOGUES).references),
    }
    first: dict[str, Citation] = {}
    places: dict[str, list[str]] = {}
    for place, found in by_place.items():
        for citation in found:
            first.setdefault(citation.id, citation)
            if place not in places.setdefault(citation.id, []):
                places[citation.id].append(place)
    return [CitedSource(first[key], tuple(places[key])) for key in first]
