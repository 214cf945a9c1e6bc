"""What an organisation's profile asks for its country: the identifiers it uses, the language its
documents are proposed in, the legal form (and the legal name ending with it) proposed in each
other document language, its website as stored (https:// when no scheme was typed), and the
national data-protection law its notice names unless the firm typed another."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ropa.core.i18n import normalise_language, tr
from ropa.db.translations import LANGUAGES, translated

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


# -- the national law ------------------------------------------------------------------------

# The national data-protection law of the countries ropa knows it of, as the notice names it
# inside a sentence (resources/text/notice.*.json).
NATIONAL_LAWS = {"BE": "notice.national_law.BE", "FR": "notice.national_law.FR"}


def national_law(country: str | None, lang: str) -> str | None:
    """The national data-protection law of `country` in `lang`, as the notice names it (BE:
    the law of 30 July 2018; FR: loi n° 78-17 "Informatique et Libertés"); None for a country
    ropa knows no law of. An organisation's own `national_law` text replaces it."""
    key = NATIONAL_LAWS.get((country or "").strip().upper())
    return None if key is None else tr(lang, key)


# -- the legal form in each document language ------------------------------------------------


@dataclass(frozen=True)
class LegalForm:
    """A Belgian legal form in French and in Dutch (Code of companies and associations, 2019):
    its abbreviation (None when it has none in use) and its full name."""

    abbreviation: dict[str, str] | None
    name: dict[str, str]


# The forms of the Code of companies and associations. The forms it abolished (SPRL/BVBA,
# SCRL/CVBA...) are left out: every such company became one of these on 1 January 2024 at the
# latest, so proposing the old form's other name would carry a form that no longer exists.
BELGIAN_LEGAL_FORMS = (
    LegalForm(
        {"fr": "SRL", "nl": "BV"},
        {"fr": "société à responsabilité limitée", "nl": "besloten vennootschap"},
    ),
    LegalForm({"fr": "SA", "nl": "NV"}, {"fr": "société anonyme", "nl": "naamloze vennootschap"}),
    LegalForm(
        {"fr": "SC", "nl": "CV"}, {"fr": "société coopérative", "nl": "coöperatieve vennootschap"}
    ),
    LegalForm(
        {"fr": "SNC", "nl": "VOF"},
        {"fr": "société en nom collectif", "nl": "vennootschap onder firma"},
    ),
    LegalForm(
        {"fr": "SComm", "nl": "CommV"},
        {"fr": "société en commandite", "nl": "commanditaire vennootschap"},
    ),
    LegalForm(
        {"fr": "ASBL", "nl": "VZW"},
        {"fr": "association sans but lucratif", "nl": "vereniging zonder winstoogmerk"},
    ),
    LegalForm(
        {"fr": "AISBL", "nl": "IVZW"},
        {
            "fr": "association internationale sans but lucratif",
            "nl": "internationale vereniging zonder winstoogmerk",
        },
    ),
    LegalForm(None, {"fr": "fondation privée", "nl": "private stichting"}),
    LegalForm(None, {"fr": "fondation d'utilité publique", "nl": "stichting van openbaar nut"}),
    LegalForm(None, {"fr": "société simple", "nl": "maatschap"}),
)
_NATIONAL = ("fr", "nl")  # the two languages Belgian legal forms are named in (by ropa)


def _form_key(text: str) -> str:
    """A legal form as compared: no accents, dots or case; one space between words; the
    typographic apostrophe as a straight one ("S.R.L." -> "srl")."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace(".", "")
    return " ".join(text.split())


@dataclass(frozen=True)
class FormText:
    """A legal form as a text writes it."""

    form: LegalForm
    abbreviated: bool  # written as an abbreviation ("SRL"), not in full
    combined: bool  # both abbreviations ("SRL/BV", "BV - SRL")


def _known_forms() -> dict[str, FormText]:
    known: dict[str, FormText] = {}
    for form in BELGIAN_LEGAL_FORMS:
        for text in form.name.values():
            known[_form_key(text)] = FormText(form, abbreviated=False, combined=False)
        if form.abbreviation is not None:
            fr, nl = (_form_key(form.abbreviation[lang]) for lang in _NATIONAL)
            known[fr] = known[nl] = FormText(form, abbreviated=True, combined=False)
            for first, second in ((fr, nl), (nl, fr)):
                known[f"{first}/{second}"] = FormText(form, abbreviated=True, combined=True)
    return known


_KNOWN_FORMS = _known_forms()
_COMBINED = re.compile(r"\s*[/\-]\s*")


def belgian_legal_form(text: str | None) -> FormText | None:
    """The Belgian legal form `text` names (abbreviated, in full, or both abbreviations joined:
    "SRL/BV"); None when it is not one ropa knows."""
    key = _COMBINED.sub("/", _form_key(text or ""))
    return _KNOWN_FORMS.get(key)


def _form_in(found: FormText, lang: str, main: str, languages: Iterable[str]) -> str | None:
    """How the legal form is written in `lang`: the form of that language, as the main text
    writes it (abbreviated, in full, or both abbreviations with that language's first). In
    English, Belgian firms keep their own form: the main
    language's abbreviation, or both when the firm writes in French and in Dutch ("SRL/BV",
    the main language's first); a form without an abbreviation is not proposed in English."""
    form = found.form
    if lang in _NATIONAL:
        if not found.abbreviated or form.abbreviation is None:
            return form.name[lang]
        if found.combined:
            other = "nl" if lang == "fr" else "fr"
            return f"{form.abbreviation[lang]}/{form.abbreviation[other]}"
        return form.abbreviation[lang]
    if form.abbreviation is None:
        return None
    if set(_NATIONAL) <= {main, *languages}:
        second = "nl" if main == "fr" else "fr"
        return f"{form.abbreviation[main]}/{form.abbreviation[second]}"
    return form.abbreviation[main]


def _split_legal_name(name: str, found: FormText | None) -> tuple[str, str, FormText] | None:
    """A legal name ending with a Belgian legal form ("Clairbois Informatique SRL"): the name
    before it, what separates them (" ", ", ") and the form; None when it ends with no known
    form, or with another one than `found` (the legal form field's)."""
    words = list(re.finditer(r"\S+", name))
    for count in range(1, min(len(words), 6)):
        start = words[-count].start()
        form = belgian_legal_form(name[start:])
        if form is None or (found is not None and form.form is not found.form):
            continue
        before = name[:start]
        base = before.rstrip(" ,")
        return base, before[len(base) :], form
    return None


def proposed_translations(organisation: Mapping[str, Any], added: Iterable[str]) -> dict[str, str]:
    """The legal form and legal name proposed in the languages `added` to the document
    languages of `organisation` (its values: country, language, other_languages, legal_form,
    legal_name and their translation columns), by column: {"legal_form_nl": "BV", ...}.

    Only for a Belgian organisation whose legal form is one ropa knows (SRL/BV, SA/NV, SC/CV,
    SNC/VOF, SComm/CommV, ASBL/VZW, AISBL/IVZW, foundations, société simple/maatschap), and
    only in columns still empty. A legal name is the firm's and is not translated, except its
    ending when it ends with the legal form: "Clairbois Informatique SRL" -> "Clairbois
    Informatique BV". A proposal for the user to check, never a rule.
    """
    if str(organisation.get("country") or "").upper() != "BE":
        return {}
    main = normalise_language(str(organisation.get("language") or "fr"))
    added = [lang for lang in dict.fromkeys(added) if lang in LANGUAGES and lang != main]
    languages = [main, *(organisation.get("other_languages") or []), *added]
    legal_form = str(organisation.get("legal_form") or "").strip()
    found = belgian_legal_form(legal_form) if legal_form else None
    legal_name = str(organisation.get("legal_name") or "").strip()
    # The name's ending, if it is the legal form's (or any known form when none is given).
    known = found is not None or not legal_form
    split = _split_legal_name(legal_name, found) if legal_name and known else None
    proposed: dict[str, str] = {}
    for lang in added:
        name_column = translated("legal_name", lang)
        if split is not None and not organisation.get(name_column):
            base, separator, in_name = split
            ending = _form_in(in_name, lang, main, languages)
            if ending:
                proposed[name_column] = f"{base}{separator}{ending}"
        form_column = translated("legal_form", lang)
        if found is not None and not organisation.get(form_column):
            text = _form_in(found, lang, main, languages)
            if text:
                proposed[form_column] = text
    return proposed
