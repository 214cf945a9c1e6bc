"""The competent supervisory authority: derived from the country, or the organisation's choice."""

from __future__ import annotations

import pytest

from ropa.core import services
from ropa.core.authorities import authorities, competent_authority
from ropa.core.errors import ValidationError
from ropa.db import models as m


def test_belgian_and_french_authorities_have_contact_details():
    apd = competent_authority("BE", None)
    cnil = competent_authority("FR", None)
    assert apd is not None and "35" in (apd.address or "") and apd.email == "contact@apd-gba.be"
    assert apd.name("nl").startswith("Gegevensbeschermingsautoriteit")
    assert cnil is not None and "Fontenoy" in (cnil.address or "")
    assert cnil.website and "cnil.fr" in cnil.website


def test_override_wins_over_the_country():
    cnil_code = competent_authority("FR", None).code
    assert competent_authority("BE", cnil_code).country == "FR"
    assert competent_authority("BE", "NOT-A-CODE").country == "BE"


def test_every_eea_country_has_one_authority():
    countries = [a.country for a in authorities().values()]
    assert len(countries) == len(set(countries)) == 30


def test_an_unknown_authority_code_is_refused(empty_register):
    with pytest.raises(ValidationError) as info:
        with empty_register.transaction() as s:
            services.create_organisation(
                s, {"legal_name": "X", "country": "BE", "supervisory_authority": "XX-NOPE"}
            )
    assert info.value.problems[0].path == "supervisory_authority"
    with empty_register.reader() as s:
        assert s.query(m.Organisation).count() == 0


def test_the_belgian_authority_is_linked_in_the_reader_language():
    """A Dutch or English notice must not send a Belgian reader to the French site."""
    apd = competent_authority("BE", None)
    assert apd is not None
    assert apd.website_in("fr") == "https://www.autoriteprotectiondonnees.be"
    assert apd.website_in("nl") == "https://www.gegevensbeschermingsautoriteit.be"
    assert apd.website_in("en") == "https://www.dataprotectionauthority.be"
    assert "autoriteprotectiondonnees.be/citoyen" in (apd.complaint_url_in("fr") or "")
    assert "gegevensbeschermingsautoriteit.be/burger" in (apd.complaint_url_in("nl") or "")
    assert "dataprotectionauthority.be" in (apd.complaint_url_in("en") or "")
    # An authority with one site gives it in every language.
    cnil = competent_authority("FR", None)
    assert cnil is not None and cnil.website_in("nl") == cnil.website


def test_every_site_in_a_language_is_https():
    for authority in authorities().values():
        for url in [*authority.websites.values(), *authority.complaint_urls.values()]:
            assert url.startswith("https://"), (authority.code, url)
