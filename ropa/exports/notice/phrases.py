"""What each fixed sentence of the notice rests on: the law, or a fact of the register.

Every phrase of the notice's phrase books (resources/text/notice*.json, keys `notice.*`) that
makes a claim is either:

- **law**: a statement of the GDPR or of national law, true whatever the register holds (the
  rights, free of charge, one month, the complaint); or
- **practice**: a statement about what the firm does, true only when a field of the register
  says so. It names that field (`table.column`) and the value that makes it true; the section
  printing it reads that field, and when the field is unknown (None, empty) it prints nothing
  and records a gap instead. Never a default claim.

Headings, column titles and labels are neither (they assert nothing) and are `label`.

Each sections_*.py module declares its phrases in a PHRASES dict; `all_phrases()` gathers them
and tests/unit/test_notice_phrases.py checks, for every practice phrase, that a register with its
field unknown never prints it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["law", "practice", "label"]


@dataclass(frozen=True)
class Phrase:
    kind: Kind
    field: str | None = None
    """For a practice phrase: the register field that makes it true, "table.column"
    (organisation.identity_proof, cookie.consent_required, purpose.provision_requirement...)."""
    example: Any = None
    """A value of that field with which the phrase is printed (the audit sets it, checks the
    phrase is there, then empties the field and checks it is gone)."""
    articles: tuple[str, ...] = ()
    """For a law phrase: the provisions it states ("GDPR 12(3)")."""


def law(*articles: str) -> Phrase:
    return Phrase("law", articles=articles)


def practice(field_name: str, example: Any = True) -> Phrase:
    return Phrase("practice", field=field_name, example=example)


LABEL = Phrase("label")


def all_phrases() -> dict[str, Phrase]:
    """Every phrase key (without the "notice." prefix) of every section module."""
    from ropa.exports.notice import (
        builder,
        sections_rights,
        sections_share,
        sections_use,
        sections_who,
    )

    merged: dict[str, Phrase] = {}
    for module in (builder, sections_who, sections_use, sections_share, sections_rights):
        merged.update(getattr(module, "PHRASES", {}))
    return merged
