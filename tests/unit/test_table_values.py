"""The values of closed lists in a register kept in a spreadsheet: legal bases, roles,
countries, yes / no, transfer tools, DPIA states and retention periods written in words, in
French, Dutch and English. A guess is sure only when the text says exactly that."""

from __future__ import annotations

import pytest

from ropa.db.enums import RetentionPhaseKind, StartEvent
from ropa.exports.table import value_choices
from ropa.exports.table.durations import parse_duration
from ropa.exports.table.values import (
    basis_detail,
    cell_values,
    is_valid_code,
    list_items,
    match_value,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Consentement", "consent"),
        ("Art. 6.1.b", "contract"),
        ("contrat", "contract"),
        ("obligation légale", "legal_obligation"),
        ("Toestemming", "consent"),
        ("wettelijke verplichting", "legal_obligation"),
        ("legitimate interests", "legitimate_interests"),
        ("Intérêt légitime", "legitimate_interests"),
        ("Gerechtvaardigd belang", "legitimate_interests"),
        ("Exécution du contrat", "contract"),
        ("Uitvoering van de overeenkomst", "contract"),
        ("Mesures précontractuelles", "contract"),
        ("Precontractuele maatregelen", "contract"),  # Dutch, as its French equivalent
        ("Pre-contractual measures", "contract"),
        ("6(1)(f)", "legitimate_interests"),
        ("Contrat (art. 6.1.b RGPD)", "contract"),
        ("Mission d'intérêt public", "public_task"),
        ("Intérêts vitaux", "vital_interests"),
        ("À déterminer", "undetermined"),
        ("Nog te bepalen", "undetermined"),
    ],
)
def test_legal_bases_written_exactly_are_sure(text: str, code: str) -> None:
    assert match_value("legal_basis", text) == (code, True)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Intérêt légitime pour la prospection commerciale", "legitimate_interests"),
        ("Loi du 3 juillet 1978 relative aux contrats de travail", "legal_obligation"),
        ("Contrat (art. 6.1.c)", "contract"),  # the article says another basis
        ("Oui, réalisée en 2023", None),
    ],
)
def test_a_basis_found_inside_a_longer_text_is_a_guess_to_check(
    text: str, code: str | None
) -> None:
    match = match_value("legal_basis", text)
    assert match.code == code
    assert match.sure is False


def test_what_a_basis_says_after_a_colon_is_its_detail() -> None:
    text = "Intérêt légitime (art. 6.1.f) : prospection des entreprises clientes"
    assert match_value("legal_basis", text) == ("legitimate_interests", True)
    assert basis_detail(text) == "prospection des entreprises clientes"
    assert basis_detail("Loi : Code du travail") is None  # "Loi" alone is no sure basis


def test_nothing_recognised_has_no_code() -> None:
    assert match_value("legal_basis", "Bof") == (None, False)


def test_several_bases_in_one_cell_are_split_outside_brackets() -> None:
    assert cell_values("legal_basis", "Consentement ; contrat") == ["Consentement", "contrat"]
    assert cell_values("legal_basis", "1. Contrat (art. 6.1.b)\n2. Obligation légale") == [
        "Contrat (art. 6.1.b)",
        "Obligation légale",
    ]
    # A whole text that is one value stays whole, whatever its punctuation.
    assert cell_values("legal_basis", "Contrat (art. 6.1.b, RGPD)") == [
        "Contrat (art. 6.1.b, RGPD)"
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Responsable du traitement", "controller"),
        ("responsable", "controller"),
        ("Sous-traitant", "processor"),
        ("Verwerkingsverantwoordelijke", "controller"),
        ("verwerker", "processor"),
        ("Joint controller", "joint_controller"),
        ("Responsable conjoint", "joint_controller"),
        ("Processor", "processor"),
    ],
)
def test_roles_in_three_languages(text: str, code: str) -> None:
    assert match_value("role", text) == (code, True)


@pytest.mark.parametrize(
    ("text", "code", "sure"),
    [
        ("États-Unis", "US", True),
        ("Etats-Unis", "US", True),
        ("Verenigde Staten", "US", True),
        ("United States", "US", True),
        ("USA", "US", True),
        ("US", "US", True),
        ("Royaume-Uni", "GB", True),
        ("Verenigd Koninkrijk", "GB", True),
        ("Inde", "IN", True),
        ("Zwitserland", "CH", True),
        ("Japon", "JP", True),
        ("États-Unis (Mailchimp)", "US", False),  # the brackets say more: a guess
        ("Aucun", "none", True),
        ("Geen", "none", True),
        ("NO", "none", False),  # "no", or Norway?
        ("Atlantide", None, False),
    ],
)
def test_countries_by_their_names_in_three_languages(text: str, code: str, sure: bool) -> None:
    assert match_value("transfer_countries", text) == (code, sure)


def test_a_list_of_countries_is_split() -> None:
    assert cell_values("transfer_countries", "Inde, Chine et Japon") == ["Inde", "Chine", "Japon"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Oui", "yes"),
        ("Non", "no"),
        ("Ja", "yes"),
        ("Nee", "no"),
        ("Yes", "yes"),
        ("No", "no"),
        ("x", "yes"),
        ("X", "yes"),
        ("Aucune", "no"),
        ("Geen", "no"),
    ],
)
def test_yes_and_no(text: str, code: str) -> None:
    assert match_value("automated_decision", text) == (code, True)


def test_yes_followed_by_more_is_a_guess() -> None:
    assert match_value("automated_decision", "Oui, scoring des clients") == ("yes", False)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ja (VS)", "yes"),  # a short word, then the detail: as "Oui (USA)"
        ("Oui (USA)", "yes"),
        ("Yes (US)", "yes"),
        ("J (Verenigde Staten)", "yes"),
        ("Nee (enkel België)", "no"),
        ("Non (hébergement en France)", "no"),
        ("No [EU only]", "no"),
    ],
)
def test_yes_or_no_with_a_detail_in_brackets_is_a_guess(text: str, code: str) -> None:
    """The answer is taken, as a guess to check: its whole text stays in the notes."""
    for field in ("transfers_outside_eea", "automated_decision", "profiling"):
        assert match_value(field, text) == (code, False), field


@pytest.mark.parametrize(
    ("text", "code", "sure"),
    [
        ("CCT", "scc", True),
        ("Clauses contractuelles types", "scc", True),
        ("Standard contractual clauses", "scc", True),
        ("Modelcontractbepalingen", "scc", True),
        ("Décision d'adéquation", "adequacy", True),
        ("EU-US Data Privacy Framework", "eu_us_dpf", True),
        ("BCR", "bcr", True),
        # Invalid since 2020: never offered, becomes "to be determined" for the user to see.
        ("Privacy Shield", "undetermined", False),
    ],
)
def test_transfer_tools(text: str, code: str, sure: bool) -> None:
    assert match_value("transfer_tool", text) == (code, sure)


@pytest.mark.parametrize(
    ("text", "code", "event", "phase"),
    [
        ("5 ans", "P5Y", None, RetentionPhaseKind.ACTIVE),
        ("6 mois", "P6M", None, RetentionPhaseKind.ACTIVE),
        ("13 mois", "P13M", None, RetentionPhaseKind.ACTIVE),
        (
            "3 jaar après fin du contrat",
            "P3Y",
            StartEvent.END_OF_CONTRACT,
            RetentionPhaseKind.ACTIVE,
        ),
        (
            "7 jaar na het einde van het boekjaar",
            "P7Y",
            StartEvent.END_OF_FISCAL_YEAR,
            RetentionPhaseKind.ACTIVE,
        ),
        (
            "2 ans à compter du dernier contact",
            "P2Y",
            StartEvent.LAST_CONTACT,
            RetentionPhaseKind.ACTIVE,
        ),
        ("trois ans en archive", "P3Y", None, RetentionPhaseKind.INTERMEDIATE_ARCHIVE),
        ("Durée du contrat + 5 ans", "P5Y", StartEvent.END_OF_CONTRACT, RetentionPhaseKind.ACTIVE),
        ("2 weeks", "P14D", None, RetentionPhaseKind.ACTIVE),
    ],
)
def test_durations_in_words(
    text: str, code: str, event: StartEvent | None, phase: RetentionPhaseKind
) -> None:
    duration = parse_duration(text)
    assert (duration.code, duration.start_event, duration.phase) == (code, event, phase)
    assert duration.sure
    assert match_value("retention", text) == (code, True)


def test_a_duration_from_an_event_of_the_firms_own_keeps_its_words() -> None:
    duration = parse_duration("10 years after the last invoice")
    assert duration.code == "P10Y"
    assert duration.start_event is StartEvent.OTHER
    assert duration.start_detail == "the last invoice"
    assert duration.sure


@pytest.mark.parametrize(
    "text", ["5 à 10 ans", "1 an et 6 mois", "3 ans en base active puis archivage"]
)
def test_a_range_or_two_periods_is_a_guess(text: str) -> None:
    assert parse_duration(text).sure is False


def test_a_rule_without_a_duration_is_kept_as_a_criterion_to_check() -> None:
    assert match_value("retention", "Jusqu'à la fin du contrat") == ("criterion", False)
    assert parse_duration("1,5 an").code is None  # never read as "5 years"


def test_list_cells_one_entry_per_line_or_semicolon() -> None:
    text = "1. Gérer les clients\n2. Facturer ; relancer (paiements; litiges)\n- \n• Archiver"
    assert list_items(text) == [
        "Gérer les clients",
        "Facturer",
        "relancer (paiements; litiges)",
        "Archiver",
    ]


def test_the_choices_of_each_closed_field_in_each_language() -> None:
    bases = dict(value_choices("legal_basis", "fr"))
    assert bases["consent"] == "Consentement (art. 6.1.a)"
    assert bases[""].startswith("Non renseigné")
    tools = dict(value_choices("transfer_tool", "nl"))
    assert "scc" in tools and "privacy_shield" not in tools
    countries = dict(value_choices("transfer_countries", "en"))
    assert countries["US"] == "United States" and countries["none"]
    assert dict(value_choices("automated_decision", "nl")) == {
        "": "Niet ingevuld (de tekst gaat naar de opmerkingen)",
        "yes": "Ja",
        "no": "Nee",
    }
    durations = dict(value_choices("retention", "fr"))
    assert durations["P5Y"] == "5 ans" and durations["criterion"]
    not_recorded = ("", "Niet ingevuld (de tekst gaat naar de opmerkingen)")
    for field in ("legal_basis", "role", "transfer_countries", "retention", "profiling"):
        assert value_choices(field, "nl")[0] == not_recorded, field  # always first


def test_codes_a_mapping_file_may_give() -> None:
    assert is_valid_code("legal_basis", "contract")
    assert not is_valid_code("legal_basis", "contrat")
    assert is_valid_code("transfer_countries", "US") and is_valid_code("transfer_countries", "none")
    assert is_valid_code("retention", "P13M") and not is_valid_code("retention", "13 mois")
    assert is_valid_code("role", "")


def test_any_code_in_words_for_the_review() -> None:
    from ropa.exports.table import value_label, value_text

    # "45 jours" is guessed as P45D, which the usual periods do not offer.
    assert match_value("retention", "45 jours").code == "P45D"
    assert "P45D" not in dict(value_choices("retention", "fr"))
    assert value_label("retention", "P45D", "fr") == "45\u00a0jours"
    assert value_label("retention", "P45D", "nl") == "45 dagen"
    assert value_label("transfers_outside_eea", "yes", "en") == "Yes"
    assert value_label("role", "zorglub", "en") == "zorglub"  # unknown: as it is
    assert value_text("retention", "P4Y", "fr") == "4 ans"  # not among the choices offered
    assert value_text("retention", "P13M", "nl") == "13 maanden"
    assert value_text("legal_basis", "consent", "nl") == "Toestemming (art. 6.1.a)"
    assert value_text("transfer_countries", "US", "fr") == "États-Unis"
