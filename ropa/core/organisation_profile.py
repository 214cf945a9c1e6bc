"""What an organisation's profile asks for its country: the identifiers it uses, the language its
documents are proposed in, and its website as stored (https:// when no scheme was typed)."""

from __future__ import annotations

import re

from ropa.core.i18n import normalise_language

# Every identifier column of the organisation, in the order the forms show them.
IDENTIFIER_FIELDS = ("enterprise_number", "siren", "siret", "rcs", "vat_number")
# The identifiers an organisation of a country uses; any other country: the VAT number only.
COUNTRY_IDENTIFIERS = {
    "BE": ("enterprise_number", "vat_number"),
    "FR": ("siren", "siret", "rcs", "vat_number"),
}
# The document languages (among ropa's) of countries that have one or two of them.
COUNTRY_LANGUAGES = {
    "BE": ("fr", "nl"),
    "FR": ("fr",),
    "LU": ("fr",),
    "MC": ("fr",),
    "NL": ("nl",),
}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
_BELGIAN_POSTCODE = re.compile(r"^\s*(?:B\s*-?\s*)?(\d{4})\s*$", re.IGNORECASE)


def identifier_fields(country: str | None) -> tuple[str, ...]:
    """The identifiers an organisation of `country` uses (the others are shown on request)."""
    return COUNTRY_IDENTIFIERS.get((country or "").upper(), ("vat_number",))


def proposed_document_language(
    country: str | None, ui_language: str, postcode: str | None = None
) -> str:
    """The language proposed for the documents of an organisation of `country` (the user may
    choose another one):

    - the interface language when the country writes it (Belgium + French → fr, + Dutch → nl);
    - the country's language when it has one of ours (France, Luxembourg, Monaco → fr);
    - in Belgium with another interface language (English), the language of the region of the
      postcode: Flanders (1500–3999, 8000–9999) → nl; Brussels, Wallonia (and the
      German-speaking municipalities, whose language ropa does not write) → fr, as when no
      postcode is known yet;
    - elsewhere, the interface language.
    """
    ui_language = normalise_language(ui_language)
    country = (country or "").upper()
    spoken = COUNTRY_LANGUAGES.get(country, ())
    if ui_language in spoken:
        return ui_language
    if len(spoken) == 1:
        return spoken[0]
    if country == "BE":
        return belgian_region_language(postcode) or "fr"
    return ui_language


def belgian_region_language(postcode: str | None) -> str | None:
    """nl for a Flemish postcode, fr for one of Brussels or Wallonia; None when it is not a
    Belgian postcode."""
    match = _BELGIAN_POSTCODE.match(postcode or "")
    if match is None:
        return None
    number = int(match.group(1))
    if number < 1000:
        return None
    flemish = 1500 <= number <= 3999 or number >= 8000
    return "nl" if flemish else "fr"


def normalise_website(text: str | None) -> str | None:
    """A website as stored: trimmed; "example.be" (no scheme typed) → "https://example.be"; a
    scheme typed (http://, https://) is kept as it is. None for an empty text."""
    text = (text or "").strip()
    if not text:
        return None
    if _SCHEME.match(text):
        return text
    return "https://" + text.lstrip("/")
