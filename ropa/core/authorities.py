"""The EEA supervisory authorities (bundled, sourced) and the one competent for an organisation."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ropa.core.i18n import normalise_language
from ropa.paths import resources_dir


@dataclass(frozen=True)
class Authority:
    code: str
    country: str
    names: dict[str, str]
    address: str | None
    email: str | None
    phone: str | None
    website: str | None
    complaint_url: str | None
    source: str
    websites: dict[str, str] = field(default_factory=dict)
    """The site in a language, where the authority has one per language (BE: fr, nl, en, de)."""
    complaint_urls: dict[str, str] = field(default_factory=dict)

    def name(self, lang: str) -> str:
        lang = normalise_language(lang)
        return self.names.get(lang) or self.names.get("en") or self.code

    def website_in(self, lang: str) -> str | None:
        """The authority's site in lang when it has one, else its main site."""
        return self.websites.get(lang) or self.website

    def complaint_url_in(self, lang: str) -> str | None:
        """The complaint page in lang when there is one, else the main one."""
        return self.complaint_urls.get(lang) or self.complaint_url


@cache
def authorities() -> dict[str, Authority]:
    """Every bundled authority, by its code (e.g. "BE-APD", "FR-CNIL")."""
    raw: dict[str, dict[str, Any]] = json.loads(
        (resources_dir() / "authorities.json").read_text(encoding="utf-8")
    )
    result = {}
    for entry in raw.values():
        result[entry["code"]] = Authority(
            code=entry["code"],
            country=entry["country"],
            names=entry["name"],
            address=entry.get("address"),
            email=entry.get("email"),
            phone=entry.get("phone"),
            website=entry.get("website"),
            complaint_url=entry.get("complaint_url"),
            source=entry.get("source", ""),
            websites=entry.get("websites", {}),
            complaint_urls=entry.get("complaint_urls", {}),
        )
    return result


def authority_for_country(country: str) -> Authority | None:
    for authority in authorities().values():
        if authority.country == country:
            return authority
    return None


def competent_authority(country: str, override: str | None) -> Authority | None:
    """The organisation's authority: its override when set, otherwise its country's."""
    if override:
        found = authorities().get(override)
        if found is not None:
            return found
    return authority_for_country(country)
