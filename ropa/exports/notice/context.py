"""What the section builders share: the register view, the activities in the notice, the
notice's phrases in its language, and the list of gaps found on the way."""

from __future__ import annotations

from dataclasses import dataclass, field
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


def lower_first(text: object) -> str:
    """A user's phrase put inside a sentence: "Date of delivery" -> "date of delivery"
    (acronyms such as "TVA" are left alone), without its final full stop."""
    value = str(text or "").strip().rstrip(".")
    if len(value) > 1 and value[0].isupper() and not value[1].isupper():
        return value[0].lower() + value[1:]
    return value
