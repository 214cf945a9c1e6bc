"""What the section builders share: the register view, the activities in the notice, the
notice's phrases in its language, and the list of gaps found on the way."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from babel.lists import format_list

from ropa.core.authorities import Authority, competent_authority
from ropa.core.i18n import LOCALES, colon, duration_text
from ropa.core.snapshot import Row
from ropa.core.text_languages import fallback_mark
from ropa.exports.notice.model import Gap, Paragraph, Span
from ropa.exports.register_view import RegisterView


@dataclass
class NoticeContext:
    view: RegisterView
    audience: str | None
    activities: list[Row]
    """The activities the notice describes, in reference order."""
    gaps: list[Gap] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.view.lang

    @property
    def organisation(self) -> Row:
        return self.view.organisation

    # -- phrases ----------------------------------------------------------------------------

    def t(self, key: str, /, **params: Any) -> str:
        """A phrase of the notice: notice.<key> in the notice's language."""
        return self.view.t(f"notice.{key}", **params)

    def name(self) -> str:
        org = self.organisation
        return str(org["trade_name"] or org["legal_name"])

    def activity_name(self, activity: Row) -> str:
        return str(activity["name"])

    def lower_first(self, text: object) -> str:
        """A user's text put inside a sentence (after a colon, in brackets): its first letter
        in lower case unless it begins with a name (see `lower_first`), the register's own names
        (its parties, the organisation) included."""
        return lower_first(text, self.known_names)

    def after_colon(self, text: object) -> str:
        """A user's sentence after a label and its colon: as typed, but for its first letter
        in lower case unless it begins with a name (its final full stop kept)."""
        value = str(text or "").strip()
        return self.lower_first(value)[:1] + value[1:]

    @cached_property
    def known_names(self) -> frozenset[str]:
        """The first word of each name the register holds (parties, the organisation),
        casefolded: a text that begins with one begins with a name. Read without counting as
        shown."""
        org = self.organisation
        rows = [(org, "legal_name"), (org, "trade_name")]
        rows += [(party, "name") for party in self.view.parties.values()]
        return frozenset(
            word
            for row, key in rows
            if (word := first_word(self.unread_text(row, key)).casefold())
            and len(word) >= NAME_WORD
        )

    def purposes(self) -> list[tuple[Row, Row]]:
        """(activity, purpose) for every purpose of the notice's activities."""
        return [(a, p) for a in self.activities for p in a["purposes"]]

    def duration(self, value: int | None, unit: str | None) -> str:
        """A duration in words, through Babel: "3 years", "3 ans", "3 jaar"."""
        return duration_text(self.lang, value, unit)

    # -- contact ----------------------------------------------------------------------------

    def contact_email(self) -> str | None:
        """Where a person sends a question or a request: the DPO or privacy contact's
        address when there is one, else the organisation's."""
        org = self.organisation
        return org["dpo_email"] or org["email"] or None

    def address_complete(self) -> bool:
        """Whether the organisation's postal address can be printed: a street and a city."""
        org = self.organisation
        return bool(org["street"] and org["city"])

    def postal_address(self) -> str:
        """The organisation's postal address in one line, or "" when it is incomplete (no
        street or no city): a partial address is never printed as if it were one. The caller
        records the gap (code "no_address", organisation.street)."""
        if not self.address_complete():
            return ""
        org = self.organisation
        city = " ".join(str(p) for p in (org["postcode"], org["city"]) if p)
        parts = [org["street"], city, self.country_name(org["country"])]
        return ", ".join(str(p) for p in parts if p)

    def country_name(self, code: str | None) -> str:
        """A country's name in the notice's language ("Belgique"), without its code."""
        return self.view.country(code).split(" (")[0]

    def authority(self) -> Authority | None:
        org = self.organisation
        return competent_authority(org["country"], org["supervisory_authority"])

    # -- links ------------------------------------------------------------------------------

    @staticmethod
    def email(address: str) -> Span:
        return Span(address, href=f"mailto:{address}")

    @staticmethod
    def phone(number: str) -> Span:
        digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
        return Span(number, href=f"tel:{digits}") if digits else Span(number)

    @staticmethod
    def web(url: str) -> Span:
        href = url if url.startswith(("https://", "http://")) else f"https://{url}"
        return Span(url, href=href) if "." in url and " " not in url.strip() else Span(url)

    def colon(self) -> str:
        return colon(self.lang)

    def semicolon(self) -> str:
        """ "; " as the language writes it (French: a no-break space before the semicolon)."""
        return semicolon(self.lang)

    def join(self, items: list[str] | tuple[str, ...]) -> str:
        """Items as a list in a sentence of the notice's language: "a, b et c", "a, b en c",
        "a, b and c" ("" for none)."""
        values = [str(i) for i in items if str(i)]
        return format_list(values, locale=LOCALES[self.lang]) if values else ""

    def labelled(self, label: str, *value: str | Span) -> Paragraph:
        return Paragraph.of(Span(label + self.colon(), strong=True), *value)

    # -- gaps -------------------------------------------------------------------------------

    def gap(
        self,
        code: str,
        *,
        activity: Row | None = None,
        table: str | None = None,
        column: str | None = None,
        blocking: bool = False,
        **params: Any,
    ) -> None:
        org = self.organisation
        reference = (
            self.activity_reference(activity)
            if activity is not None
            else self.unread_text(org, "legal_name")
        )
        self.gaps.append(
            Gap(
                code=code,
                blocking=blocking,
                organisation_id=str(org["id"]),
                activity_id=str(activity["id"]) if activity is not None else None,
                reference=reference,
                table=table,
                column=column,
                params={k: str(v) for k, v in params.items()},
            )
        )

    def untranslated_gaps(self) -> None:
        """A blocking gap for each text the notice showed that has no value in its language
        (it showed the main-language text, marked, instead): in the order first shown."""
        localised = self.view.localised
        if localised is None:
            return
        org = self.organisation
        for missing in localised.used.values():
            # An activity's own text, or one of a row inside an activity.
            activity_id = missing.row_id if missing.table == "activity" else missing.activity_id
            activity = self.view.activities.get(activity_id or "")
            self.gaps.append(
                Gap(
                    code="untranslated",
                    blocking=True,
                    organisation_id=str(org["id"]),
                    activity_id=activity_id,
                    reference="" if activity is None else self.activity_reference(activity),
                    table=missing.table,
                    column=missing.field,
                    params={"main": missing.source_lang or localised.main},
                    missing=missing,
                )
            )

    def activity_reference(self, activity: Row) -> str:
        """ "T-04 – Recrutement": where a gap is, read without counting as shown."""
        return f"{activity['reference']} \u2013 {self.unread_text(activity, 'name')}"

    def unread_text(self, row: Row, key: str) -> str:
        """A text of the register for the user's eyes only (a gap's place): read without
        counting as shown in the notice, without the mark of a missing translation."""
        text = str(dict.get(row, key) or "")
        localised = self.view.localised
        if localised is not None:
            text = text.removeprefix(fallback_mark(localised.main))
        return text


def semicolon(lang: str) -> str:
    """ "; " as lang writes it (French puts a no-break space before the semicolon)."""
    return "\u00a0; " if lang == "fr" else "; "


def paragraphs(text: str | None) -> list[Paragraph]:
    """A text a user typed, as paragraphs (a blank line separates them)."""
    if not text or not text.strip():
        return []
    chunks = [c.strip() for c in text.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph.of(c) for c in chunks if c]


def sentence(text: str | None) -> str:
    """A user's text made to end like a sentence (a full stop added when it has none)."""
    value = (text or "").strip()
    if value and value[-1] not in ".!?…:;»\"'":
        value += "."
    return value


NAME_WORD = 4
"""A known name's first word shorter than this ("Le", "La", "De") is no sign of a name."""
_QUOTES = "\"'«“‘„"
_EDGES = "\"'«»“”‘’()[],.;:!?\u00a0\u202f"


def first_word(text: str) -> str:
    """The first word of a text, without the punctuation around it."""
    words = text.split()
    return words[0].strip(_EDGES) if words else ""


# Legal forms after a firm's name ("Cloudy SRL", "Lettrimo Inc."): the word before is a name.
_LEGAL_FORMS = frozenset(
    (
        "SA", "SRL", "SPRL", "SC", "SCRL", "SCS", "SNC", "ASBL", "SAS", "SARL", "SASU", "EURL",
        "BV", "NV", "BVBA", "CV", "CVBA", "VZW", "VOF", "GmbH", "AG", "SE", "Ltd", "LLC", "Inc",
        "Corp", "PLC", "LLP",
    )
)  # fmt: skip


def _capitalised(word: str) -> bool:
    """Whether a word following the first makes a name of them: "Analytics", "Google", a
    letter ("Groupe S") or a legal form ("Cloudy SRL"); not an acronym ("le CRM")."""
    word = word.strip(_EDGES)
    if word in _LEGAL_FORMS or len(word) == 1 and word.isupper():
        return True
    return len(word) > 1 and word[0].isupper() and any(c.islower() for c in word[1:])


def lower_first(text: object, names: Collection[str] = ()) -> str:
    """A user's phrase put inside a sentence, after a colon or in brackets: "Date of delivery"
    -> "date of delivery", "L'outil" -> "l'outil", without its final full stop.

    Left as typed when its first word reads as a name or an acronym: another capital or a
    digit in it ("TVA", "SEPA", "McAfee", "Office365"),
    followed by another capitalised word, a letter or a legal form ("Google Analytics",
    "Groupe S", "Cloudy SRL"; an acronym after it does not count: "Le CRM" -> "le CRM"),
    written with a capital again further on in the text, or
    the first word of a name the register knows (`names`, casefolded)."""
    value = str(text or "").strip().rstrip(".")
    if len(value) < 2 or not value[0].isupper():
        return value
    words = value.split()
    first = words[0].strip(_EDGES)
    # Another capital or a digit in the first word: an acronym or a name ("TVA", "L'Oréal",
    # "Office365"); "E-mail", "L'outil" and "À" are ordinary words.
    if any(c.isupper() or c.isdigit() for c in first[1:]):
        return value
    if first.casefold() in names:
        return value
    # Followed by a capitalised word, not a quoted title ("Lien « Se désinscrire »"): a name.
    if len(words) > 1 and words[1][:1] not in _QUOTES and _capitalised(words[1]):
        return value
    # The same word with its capital again, not at the start of a sentence: a name.
    start = value.index(words[0]) + len(words[0])
    for match in re.finditer(rf"\b{re.escape(first)}\b", value[start:]):
        before = value[: start + match.start()]
        if before.rstrip()[-1:] not in tuple(".!?:") and "\n" not in before[len(before.rstrip()) :]:
            return value
    return value[0].lower() + value[1:]


# -- a starting event the firm described, after "from" -----------------------------------------
# The grammar of a noun phrase after the notice's "à compter" / "vanaf" / "from": French joins
# "de" to the article, English and Dutch put the article a bare "date" needs.

_FR_OF = (
    ("les ", "des "),
    ("le ", "du "),
    ("la ", "de la "),
    ("l'", "de l'"),
    ("l\u2019", "de l\u2019"),
    ("une ", "d'une "),
    ("un ", "d'un "),
    # An adjective before the noun wants its article too: "dernier contact" -> "du dernier".
    ("dernier ", "du dernier "),
    ("dernière ", "de la dernière "),
    ("derniers ", "des derniers "),
    ("dernières ", "des dernières "),
    ("premier ", "du premier "),
    ("première ", "de la première "),
)
_FR_DETERMINERS = (
    "votre ",
    "vos ",
    "notre ",
    "nos ",
    "leur ",
    "leurs ",
    "son ",
    "sa ",
    "ses ",
    "ce ",
    "cet ",
    "cette ",
    "ces ",
    "chaque ",
)
# "de" already joined to an article or a determiner: "du", "de la", "de votre", "d'un".
_FR_JOINED = (
    "du ",
    "des ",
    "d'un",
    "d\u2019un",
    *(f"de {article}" for article, _joined in _FR_OF[:5]),
    *(f"de {word}" for word in _FR_DETERMINERS),
)
_FR_ELIDED = "aeiouyhàâäéèêëîïôöûüù"
_EN_DETERMINERS = frozenset(
    ("the", "a", "an", "your", "our", "their", "its", "each", "every", "this", "that")
)
# The word that makes a described event a date ("Date de la session", "Datum van de sessie").
DATE_WORDS = {"fr": "date", "nl": "datum", "en": "date"}


def names_a_date(lang: str, detail: str) -> bool:
    """Whether a described event can replace "the date of the event" after "from": in French
    any (it becomes "la date de …" when it is not a date itself), else one that says "date"."""
    return lang == "fr" or detail.casefold().startswith(DATE_WORDS.get(lang, "date") + " ")


def after_from(lang: str, detail: str) -> str:
    """A described starting event as it follows "from" in lang (the detail already put
    inside the sentence, see `lower_first`): French "la réponse" -> "de la réponse", "date du
    passage" -> "du passage", "date de livraison" -> "de la date de livraison", "clôture du
    document" -> "de la date de clôture du document"; English "date of entry" -> "the date
    of entry"; Dutch "datum van levering" -> "de datum van levering"."""
    text = detail.strip()
    if not text:
        return text
    if lang == "fr":
        return _french_of(text)
    first = text.split()[0].casefold()
    if lang == "en" and first not in _EN_DETERMINERS and not first[:1].isdigit():
        return "the " + text
    if lang == "nl" and first == DATE_WORDS["nl"]:
        return "de " + text
    return text


def _french_of(text: str) -> str:
    folded = text.casefold()
    if folded[:1].isdigit():  # "1er janvier…"
        return "du " + text
    for article, joined in _FR_OF:
        if folded.startswith(article):
            return joined + text[len(article) :]
    if folded.startswith(_FR_DETERMINERS):
        return "de " + text
    if folded.startswith("date "):
        rest = text[len("date ") :]
        # "date de la réponse" -> "de la réponse"; "date de livraison" stays a date.
        if rest.casefold().startswith(_FR_JOINED):
            return rest
        return "de la " + text
    return ("de la date d'" if folded[0] in _FR_ELIDED else "de la date de ") + text
