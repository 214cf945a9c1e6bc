"""What one cell of an authority's layout says about the register, in the document's language.

The rule of every layout: a cell states what the register holds and nothing more. A field the
register leaves empty reads "Not recorded" (the PDF register's words: "Non renseigné", "Niet
ingevuld"), never a default; "none" is said only where the register holds it (the firm answered
that no data leave the EEA; data categories are recorded and none is special). A yes / no not
answered is "Not recorded", never "No". Internal notes are never read.

The readable texts are those of the PDF register and the workbook's summary columns
(register_view.RegisterView, workbook.summary.SUMMARIES), so the three documents say the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ropa.core.authorities import authority_for_country, competent_authority
from ropa.core.i18n import colon, language_name
from ropa.core.organisation_profile import IDENTIFIER_FIELDS, identifier_fields
from ropa.core.snapshot import Row
from ropa.core.text_languages import fallback_mark
from ropa.exports.layouts.reading import LayoutRegister
from ropa.exports.register_view import RegisterView
from ropa.exports.workbook.summary import SUMMARIES

# The title of the organisation's privacy contact, by whether a DPO is designated (None: not
# recorded), as on the PDF register's cover.
DPO_LABELS = {
    True: "pdf.cover.dpo",
    False: "pdf.cover.privacy_contact",
    None: "pdf.cover.privacy_contact_unknown",
}

Rows = list[tuple[str, str]]
"""(label, value) rows of a sheet that reads as a form (labels in column A, values in B)."""


def joined(parts: Iterable[Any], separator: str = "\n") -> str:
    return separator.join(str(part) for part in parts if part not in (None, ""))


@dataclass
class Values:
    """The cells of one layout: the register read once, its texts in the document's language."""

    register: LayoutRegister

    def __post_init__(self) -> None:
        self.view: RegisterView = self.register.view
        self.lang = self.view.lang
        self.not_recorded = self.view.t("pdf.value.not_recorded")
        self.colon = colon(self.lang)

    # -- general ----------------------------------------------------------------------------

    def t(self, key: str, /, **params: Any) -> str:
        return self.view.t(key, **params)

    def text(self, value: Any) -> str:
        """A value the register may lack: itself, or "Not recorded"."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return self.not_recorded
        return str(value)

    def lines(self, items: Iterable[str]) -> str:
        """One entry per line, or "Not recorded" for no entry."""
        return joined(items) or self.not_recorded

    def labelled(self, label: str, value: Any) -> str:
        """ "Label : value" as the language writes it."""
        return f"{label}{self.colon}{self.text(value)}"

    def answer(self, value: bool | None) -> str:
        """A yes / no the firm may not have answered."""
        return self.not_recorded if value is None else self.view.yes_no(value)

    def summary(self, name: str, activity: Row) -> str:
        """One of the workbook's summary texts (register_view's words), or "Not recorded"."""
        return SUMMARIES[name](self.view, activity) or self.not_recorded

    def untranslated_note(self) -> str | None:
        """In another language than the main one, that the texts not translated yet are the
        main language's, marked (the PDF register's sentence); None when none is missing."""
        localised = self.view.localised
        if localised is None or not localised.missing:
            return None
        return self.t(
            "pdf.cover.untranslated",
            language=language_name(self.lang, self.lang),
            main=language_name(self.lang, localised.main),
            mark=fallback_mark(localised.main).strip(),
        )

    # -- the organisation -------------------------------------------------------------------

    def organisation_rows(self) -> Rows:
        """The organisation as the authorities' identification sheets ask for it: its names
        (in each document language when it has several), identifiers, address, contact, legal
        representative, DPO or privacy contact, representative in the Union, authority."""
        v = self.view
        org = v.organisation
        field = v.field
        rows: Rows = []
        names = self.register.names()
        if len(names) > 1:
            label = field("organisation", "legal_name")
            rows += [
                (f"{label} ({language_name(self.lang, code)})", self.text(name))
                for code, name in names
            ]
        else:
            rows.append((field("organisation", "legal_name"), self.text(org["legal_name"])))
        if org["trade_name"]:
            rows.append((field("organisation", "trade_name"), org["trade_name"]))
        rows.append((field("organisation", "legal_form"), self.text(org["legal_form"])))
        shown = identifier_fields(org["country"])
        for name in IDENTIFIER_FIELDS:  # the country's identifiers, and any other stored
            if name in shown or org[name]:
                rows.append((field("organisation", name), self.text(org[name])))
        rows += [
            (self.t("pdf.cover.address"), self.text(self.address(org))),
            (field("organisation", "phone"), self.text(org["phone"])),
            (field("organisation", "email"), self.text(org["email"])),
        ]
        if org["website"]:
            rows.append((field("organisation", "website"), org["website"]))
        rows.append(
            (field("organisation", "legal_representative"), self.text(org["legal_representative"]))
        )
        rows.append(self.dpo_row())
        rows.append((self.t("layouts.label.representative"), self.representative()))
        rows.append((self.t("pdf.cover.authority"), self.authority()))
        return rows

    def address(self, row: Row) -> str:
        """The organisation's postal address on lines ("" when it has none)."""
        return joined(
            [
                row["street"],
                joined([row["postcode"], row["city"]], " "),
                self.view.country(row["country"]),
            ]
        )

    def organisation_contact(self) -> str:
        """The organisation's name and contact details, on lines (a CNIL "Acteurs" cell)."""
        org = self.view.organisation
        return joined([org["legal_name"], self.address(org), org["phone"], org["email"]])

    def dpo_row(self) -> tuple[str, str]:
        """The DPO, when one is designated; else the privacy contact, titled as such (never
        "no DPO" when the register does not say)."""
        org = self.view.organisation
        label = self.t(DPO_LABELS[org["dpo_designated"]])
        details = joined([org["dpo_name"], org["dpo_address"], org["dpo_phone"], org["dpo_email"]])
        return label, self.text(details)

    def representative(self) -> str:
        """The representative in the Union (Art. 27): the one recorded; not applicable to an
        organisation established in the EEA; else not recorded."""
        org = self.view.organisation
        recorded = joined([org["eu_representative_name"], org["eu_representative_contact"]])
        if recorded:
            return recorded
        if org["country"] and authority_for_country(org["country"]) is not None:
            return self.t("layouts.value.representative_not_needed")
        return self.not_recorded

    def authority(self) -> str:
        org = self.view.organisation
        found = competent_authority(org["country"] or "", org["supervisory_authority"])
        if found is None:
            return self.text(org["supervisory_authority"])
        return joined([found.name(self.lang), found.address, found.website_in(self.lang)])

    # -- parties ----------------------------------------------------------------------------

    def party_contact(self, party_id: str | None) -> str:
        """A party's name and contact details, on lines."""
        party = self.view.parties.get(party_id or "")
        if party is None:
            return self.not_recorded
        details = joined(
            [
                party["address"] or self.view.country(party["country"]),
                party["contact_name"],
                party["phone"],
                party["email"],
            ]
        )
        return (
            joined([party["name"], details])
            if details
            else joined([party["name"], self.not_recorded])
        )

    def party_dpo(self, party_id: str | None) -> str:
        party = self.view.parties.get(party_id or "")
        if party is None:
            return self.not_recorded
        return self.text(joined([party["dpo_name"], party["dpo_contact"]]))
