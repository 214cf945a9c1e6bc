"""Retention periods written in words: "5 ans", "13 mois", "3 jaar après fin du contrat",
"10 years after the last invoice", "trois ans en archive" -> a duration (value and unit), the
phase (active use or intermediate archive) and what it runs from (a StartEvent, or the
firm's own words for it).

A duration's code (in mapping files and the review of guesses) is ISO 8601: P5Y, P13M, P30D.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ropa.db.enums import DurationUnit, RetentionPhaseKind, StartEvent

CODE = re.compile(r"^P([1-9]\d{0,3})([YMD])$")
_UNIT_OF_CODE = {"Y": DurationUnit.YEARS, "M": DurationUnit.MONTHS, "D": DurationUnit.DAYS}
_CODE_OF_UNIT = {unit: letter for letter, unit in _UNIT_OF_CODE.items()}

_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quinze": 15,
    "vingt": 20, "trente": 30, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "vijftien": 15, "twintig": 20, "dertig": 30, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
_UNITS = {
    "an": "Y", "ans": "Y", "annee": "Y", "annees": "Y", "jaar": "Y", "jaren": "Y",
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y",
    "mois": "M", "maand": "M", "maanden": "M", "month": "M", "months": "M",
    "jour": "D", "jours": "D", "dag": "D", "dagen": "D", "day": "D", "days": "D",
    "semaine": "W", "semaines": "W", "week": "W", "weken": "W", "weeks": "W",
}  # fmt: skip
_NUMBER = r"(?<![\d.,])(\d{1,4})(?![.,]\d)"
_WORD = "|".join(sorted(_NUMBERS, key=len, reverse=True))
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
DURATION = re.compile(rf"(?:{_NUMBER}|\b({_WORD}))\s*({_UNIT})\b")

_ARCHIVE = re.compile(
    r"\b(?:en |in )?(?:archivage(?: intermediaire)?|archives?|archief|archiv(?:ed|ing|e))\b"
)
_ACTIVE = re.compile(r"\b(?:en )?base active\b|\bactieve? (?:databank|basis)\b|\bactive use\b")
_CONNECTORS = re.compile(
    r"^(?:a compter (?:du|des|de)|a partir (?:du|des|de)|apres|des|depuis|suivant|from|after"
    r"|following|since|te rekenen vanaf|vanaf|na afloop van|na|sinds)\b\s*"
)
# Words that join a duration to something more ("3 ans puis archivage"): said, not read.
_MORE = re.compile(r"\b(?:puis|ensuite|et|then|and|daarna|vervolgens|dan|en|plus)\b")
_BARE_NUMBER = re.compile(rf"(?:{_NUMBER}|\b(?:{_WORD})\b)")
_EVENTS: tuple[tuple[str, StartEvent], ...] = tuple(
    sorted(
        (
            (phrase, event)
            for event, phrases in {
                StartEvent.END_OF_EMPLOYMENT: (
                    "fin du contrat de travail", "fin de la relation de travail",
                    "depart du salarie", "depart du collaborateur", "depart de l employe",
                    "uitdiensttreding", "einde tewerkstelling", "einde van de tewerkstelling",
                    "einde van de arbeidsovereenkomst", "end of employment",
                    "employee leaves", "leaving date",
                ),
                StartEvent.END_OF_CONTRACT: (
                    "fin du contrat", "fin de contrat", "terme du contrat", "duree du contrat",
                    "expiration du contrat", "einde van het contract", "einde contract",
                    "einde van de overeenkomst", "einde overeenkomst", "end of the contract",
                    "end of contract", "contract end", "expiry of the contract",
                    "termination of the contract",
                ),
                StartEvent.LAST_CONTACT: (
                    "dernier contact", "laatste contact", "last contact",
                ),
                StartEvent.COLLECTION: (
                    "collecte", "la collecte", "recueil des donnees", "verzameling",
                    "inzameling", "collection", "data collection",
                ),
                StartEvent.END_OF_RELATIONSHIP: (
                    "fin de la relation", "fin de relation", "fin de la relation commerciale",
                    "einde van de relatie", "einde relatie", "einde van de klantrelatie",
                    "end of the relationship", "end of relationship",
                ),
                StartEvent.END_OF_FISCAL_YEAR: (
                    "cloture de l exercice", "fin de l exercice", "fin de l exercice comptable",
                    "afsluiting van het boekjaar", "einde van het boekjaar", "einde boekjaar",
                    "end of the financial year", "end of the fiscal year", "financial year end",
                ),
                StartEvent.CONSENT_WITHDRAWAL: (
                    "retrait du consentement", "desinscription", "desabonnement",
                    "intrekking van de toestemming", "uitschrijving", "withdrawal of consent",
                    "consent is withdrawn", "unsubscribe",
                ),
                StartEvent.ACCOUNT_CLOSURE: (
                    "cloture du compte", "fermeture du compte", "suppression du compte",
                    "afsluiting van de account", "sluiting van het account", "account closure",
                    "closure of the account",
                ),
                StartEvent.REQUEST_CLOSED: (
                    "cloture de la demande", "afhandeling van het verzoek",
                    "afsluiting van het verzoek", "request closed", "closure of the request",
                ),
            }.items()
            for phrase in phrases
        ),
        key=lambda pair: -len(pair[0]),
    )
)  # fmt: skip
_FILLER = re.compile(
    r"\b(?:la|le|l|les|de|du|des|d|the|of|de|het|van|een|a|an|point de depart|startpunt"
    r"|starting point|donnees|data|gegevens)\b"
)


@dataclass(frozen=True)
class Duration:
    code: str | None  # "P5Y"; None: no duration found
    sure: bool
    phase: RetentionPhaseKind = RetentionPhaseKind.ACTIVE
    start_event: StartEvent | None = None
    start_detail: str | None = None  # the firm's words, for an event of its own (OTHER)


def code_parts(code: str) -> tuple[int, DurationUnit] | None:
    """(value, unit) of a code such as "P13M"; None for anything else."""
    match = CODE.match(code)
    if match is None:
        return None
    return int(match.group(1)), _UNIT_OF_CODE[match.group(2)]


def make_code(value: int, unit: DurationUnit) -> str:
    return f"P{value}{_CODE_OF_UNIT[unit]}"


def _plain(text: str) -> str:
    """The text in lower case without accents, other characters than letters, digits, "."
    and "," as spaces: of the same length, so that positions found in it are the text's."""
    chars = []
    for char in text:
        base = [
            c for c in unicodedata.normalize("NFKD", char.lower()) if not unicodedata.combining(c)
        ]
        first = base[0] if base else " "
        chars.append(first if first.isalnum() or first in ".," else " ")
    return "".join(chars)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


@lru_cache(maxsize=20_000)
def parse_duration(text: str) -> Duration:
    """The duration a text states, its phase and starting point (see the module docstring)."""
    plain = _plain(text)
    found = list(DURATION.finditer(plain))
    phase = RetentionPhaseKind.ACTIVE
    if _ARCHIVE.search(plain) and not _ACTIVE.search(plain):  # "base active puis archive"
        phase = RetentionPhaseKind.INTERMEDIATE_ARCHIVE
    if not found:
        return Duration(None, False, phase)
    first = found[0]
    number = int(first.group(1)) if first.group(1) else _NUMBERS[first.group(2)]
    unit = _UNITS[first.group(3)]
    if unit == "W":
        number, unit = number * 7, "D"
    if number <= 0:
        return Duration(None, False, phase)
    code = f"P{number}{unit}"
    rest, words = (
        _blank(plain, first.start(), first.end()),
        _blank(text, first.start(), first.end()),
    )
    for pattern in (_ARCHIVE, _ACTIVE):
        for match in pattern.finditer(rest):
            rest, words = _blank(rest, *match.span()), _blank(words, *match.span())
    event, detail, clean = _start(rest, words)
    return Duration(code, len(found) == 1 and clean, phase, event, detail)


def _start(rest: str, words: str) -> tuple[StartEvent | None, str | None, bool]:
    """What the period runs from, given the text without its duration (`rest` plain, `words`
    as written): a known event, or the firm's own words (OTHER); and whether the words said
    nothing more than the event."""
    lead = len(rest) - len(rest.lstrip(" .,"))
    connector = _CONNECTORS.match(rest[lead:])
    if connector is not None:
        lead += connector.end()
    plain = " ".join(re.sub(r"[.,]", " ", rest[lead:]).split())
    if not plain:
        return None, None, True
    if _BARE_NUMBER.search(plain):  # "5 à 10 ans": a range, or two periods
        return None, None, False
    joined = _MORE.sub(" ", plain)
    if joined != plain:  # "... puis ...": something more is said than one period
        plain = " ".join(joined.split())
        if not plain:
            return None, None, False
    for phrase, event in _EVENTS:
        if f" {phrase} " in f" {plain} ":
            leftover = _FILLER.sub(" ", f" {plain} ".replace(f" {phrase} ", " "))
            return event, None, not leftover.strip()
    own = " ".join(words[lead:].split()).strip(" ,;:-\u2013")
    return StartEvent.OTHER, own or None, True
