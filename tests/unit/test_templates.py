"""The template library: every template is well-formed data, lists in each language, and adds
to a fresh register as a valid draft activity that exports and passes the error-level checks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ropa.core import services, templates
from ropa.core.checks.engine import check_register
from ropa.core.checks.model import Severity
from ropa.core.errors import RopaError
from ropa.core.register import create_register
from ropa.db import enums
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.db.translations import TRANSLATABLE
from ropa.exports.interchange import export_json
from ropa.paths import resources_dir

LANGS = ("fr", "nl", "en")
ALL = templates.all_templates()
IDS = [t["id"] for t in ALL]
SEED = services.seed_catalogues()
SEED_KEYS = {name: {e["seed_key"] for e in entries} for name, entries in SEED.items()}


def texts_in(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every {fr, nl, en} text of a template, with where it is."""
    if isinstance(value, dict):
        if set(value) == set(LANGS):
            yield path, value
            return
        for key, child in value.items():
            yield from texts_in(child, f"{path}.{key}")
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from texts_in(child, f"{path}[{i}]")


def enum_values(enum: type[Any]) -> set[str]:
    return {member.value for member in enum}


# -- the data ---------------------------------------------------------------------------------


def test_library_has_enough_unique_templates() -> None:
    assert len(IDS) >= 25
    assert len(set(IDS)) == len(IDS)


def test_every_file_is_valid_json_with_references() -> None:
    files = sorted(Path(resources_dir(), "templates").glob("*.json"))
    assert files
    reference_ids = {r["id"] for r in templates.template_references()}
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["format"] == "ropa-templates"
        for ref in document["references"]:
            assert ref["text"].strip()
    for template in ALL:
        assert template["references"], template["id"]
        assert set(template["references"]) <= reference_ids, template["id"]


@pytest.mark.parametrize("template", ALL, ids=IDS)
def test_template_is_well_formed(template: dict[str, Any]) -> None:
    activity = template["activity"]
    assert template["country"] in (None, "BE", "FR")
    for key in ("title", "summary"):
        assert set(template[key]) == set(LANGS)
    for where, text in texts_in(template):
        for lang in LANGS:
            assert isinstance(text[lang], str) and text[lang].strip(), f"{where}.{lang}"
    for key in ("name", "description", "public_description"):
        assert set(activity[key]) == set(LANGS), key
    assert activity["role"] in enum_values(enums.Role)
    # Set explicitly: an activity without one says "not recorded" (a gap in the notice).
    assert activity["end_action"] in enum_values(enums.EndAction)
    assert set(activity["audiences"]) <= enum_values(enums.Audience)
    assert set(activity["dpia_criteria"]) <= enum_values(enums.DpiaCriterion)
    assert activity["purposes"] and activity["data_subjects"] and activity["data_categories"]
    assert activity["retention_phases"] and activity["security_measures"]
    for purpose in activity["purposes"]:
        basis = purpose.get("legal_basis")
        if activity["role"] == "processor":
            assert basis is None
            continue
        assert basis in enum_values(enums.LegalBasis) - {enums.LegalBasis.UNDETERMINED.value}
        if basis == "legal_obligation":
            assert purpose["legal_reference"].strip()
        if basis == "legitimate_interests":
            assert purpose["legitimate_interest"]
        if basis == "consent":
            assert purpose["consent_withdrawal"]
        if basis == "contract":
            assert purpose["contract_description"]
        requirement = purpose.get("provision_requirement")
        assert requirement is None or requirement in enum_values(enums.ProvisionRequirement)
    assert set(activity["data_subjects"]) <= SEED_KEYS["data_subject_categories"]
    assert set(activity["security_measures"]) <= SEED_KEYS["security_measures"]
    special = {e["seed_key"] for e in SEED["data_categories"] if e["is_special"]}
    criminal = {e["seed_key"] for e in SEED["data_categories"] if e["is_criminal"]}
    for item in activity["data_categories"]:
        assert item["seed_key"] in SEED_KEYS["data_categories"]
        if item["seed_key"] in special and activity["role"] != "processor":
            assert item["art9_condition"] in enum_values(enums.Art9Condition)
        if item["seed_key"] in criminal and activity["role"] != "processor":
            assert item["art10_basis"]
    for item in activity["recipients"]:
        assert item["kind"] in enum_values(enums.RecipientKind)
        named = [k for k in ("recipient_category", "department", "recipient_name") if k in item]
        assert len(named) == 1
        if "recipient_category" in item:
            assert item["recipient_category"] in SEED_KEYS["recipient_categories"]
    for phase in activity["retention_phases"]:
        assert phase["phase"] in enum_values(enums.RetentionPhaseKind)
        assert phase["start_event"] in enum_values(enums.StartEvent)
        if phase.get("other_start_events"):  # "whichever is later / earlier" says which
            assert set(phase["other_start_events"]) <= enum_values(enums.StartEvent)
            assert phase["start_combination"] in enum_values(enums.StartCombination)
        if "data_subject" in phase:  # a phase for one group of the activity's people
            assert phase["data_subject"] in activity["data_subjects"]
        if "duration_value" in phase:
            assert phase["duration_value"] > 0
            assert phase["duration_unit"] in enum_values(enums.DurationUnit)
        else:
            assert phase["criterion"]
    if not activity["collected_from_subject"]:
        assert activity["sources"]
    if activity["role"] == "processor":
        assert activity["end_action"] == "return_then_delete"


@pytest.mark.parametrize("topic", ["payroll", "accounting", "video-surveillance", "recruitment"])
def test_belgian_and_french_variants(topic: str) -> None:
    be = templates.get_template(f"be-{topic}")
    fr = templates.get_template(f"fr-{topic}")
    assert (be["country"], fr["country"]) == ("BE", "FR")
    assert be["activity"]["retention_phases"] != fr["activity"]["retention_phases"]


def test_processor_templates_for_support_and_hosting() -> None:
    for template_id in ("processor-support", "processor-hosting"):
        activity = templates.get_template(template_id)["activity"]
        assert activity["role"] == "processor"
        assert all("legal_basis" not in p for p in activity["purposes"])


def test_list_templates_in_each_language_and_country() -> None:
    everything = templates.list_templates(lang="fr")
    assert len(everything) == len(IDS)
    titles = [info.title for info in everything]
    assert titles == sorted(titles, key=str.casefold)
    belgian = {info.id for info in templates.list_templates("BE", lang="nl")}
    assert "be-payroll" in belgian and "fr-payroll" not in belgian and "customers" in belgian
    french = templates.list_templates("fr", lang="en")
    assert {info.country for info in french} == {None, "FR"}
    payroll = next(info for info in french if info.id == "fr-payroll")
    assert payroll.title == "Payroll and staff administration (France)"
    assert payroll.summary


def test_unknown_template_is_refused_in_french() -> None:
    with pytest.raises(RopaError) as caught:
        templates.get_template("no-such-template")
    assert caught.value.message("fr") == "Modèle inconnu\u00a0: no-such-template."


# -- the legal sources: structured citations ------------------------------------------------

OFFICIAL_SITES = (
    "https://eur-lex.europa.eu/",
    "https://www.ejustice.just.fgov.be/",
    "https://www.legifrance.gouv.fr/",
    "https://www.cnil.fr/",
)


def _citation_problems(ref: dict[str, Any]) -> list[str]:
    """What a reference lacks to be a structured citation (empty when complete)."""
    problems = []
    if not (isinstance(ref.get("instrument"), str) and ref["instrument"].strip()):
        problems.append("instrument")
    if "article" not in ref or not (ref["article"] is None or str(ref["article"]).strip()):
        problems.append("article (None for a whole instrument)")
    if "url" not in ref or not (ref["url"] is None or ref["url"].startswith(OFFICIAL_SITES)):
        problems.append("url (official or None)")
    for key in ("reviewed_on", "date"):
        if key == "reviewed_on" or key in ref:
            try:
                date.fromisoformat(ref.get(key) or "")
            except (TypeError, ValueError):
                problems.append(key)
    if "version" in ref and not str(ref["version"]).strip():
        problems.append("version")
    return problems


def test_every_reference_is_a_structured_citation() -> None:
    """Each legal source a template file cites names its instrument, the article (None for a
    whole instrument, said explicitly), its date or version where given, an official URL or
    none, and the day it was last checked; a source cited by several files is the same."""
    seen: dict[str, dict[str, Any]] = {}
    for path in sorted(Path(resources_dir(), "templates").glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        cited = {rid for t in document["templates"] for rid in t["references"]}
        for ref in document["references"]:
            where = f"{path.name} {ref['id']}"
            assert _citation_problems(ref) == [], where
            assert date.fromisoformat(ref["reviewed_on"]) <= date.today(), where
            assert ref["id"] in cited, f"{where}: cited by none of the file's templates"
            assert seen.setdefault(ref["id"], ref) == ref, f"{where} differs from another file"
    structured = templates.citations()
    assert [c.id for c in structured] == list(seen)
    gdpr = next(c for c in structured if c.id == "gdpr")
    assert (gdpr.article, gdpr.date, gdpr.url) == (
        None,
        "2016-04-27",
        "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
    )


def test_a_reference_without_a_full_citation_is_caught() -> None:
    """The completeness check names what a bare reference lacks."""
    bare = {"id": "x", "text": "Some act", "url": "https://example.com/act"}
    assert _citation_problems(bare) == [
        "instrument",
        "article (None for a whole instrument)",
        "url (official or None)",
        "reviewed_on",
    ]
    whole = {**bare, "instrument": "Some act", "article": None, "url": None}
    assert _citation_problems({**whole, "reviewed_on": "2026-12-06"}) == []
    assert _citation_problems({**whole, "reviewed_on": "6/12/2026"}) == ["reviewed_on"]


# -- the legal review (issue 21): each corrected item ---------------------------------------


def _en(value: dict[str, str]) -> str:
    return value["en"]


def _purposes(template_id: str) -> list[dict[str, Any]]:
    return list(templates.get_template(template_id)["activity"]["purposes"])


def _phases(template_id: str) -> list[dict[str, Any]]:
    return list(templates.get_template(template_id)["activity"]["retention_phases"])


def test_belgian_e_mail_prospecting_to_a_named_address_needs_consent() -> None:
    """Item 1: in Belgium an e-mail to a named business address needs consent (CDE XII.13);
    only impersonal addresses of legal persons and existing clients are exempt (royal
    decree of 4 April 2003, art. 1); France keeps the B2B opt-out (CPCE L34-5)."""
    prospecting = templates.get_template("prospecting")
    by_text = {_en(p["description"]): p for p in prospecting["activity"]["purposes"]}
    [named] = [p for text, p in by_text.items() if "Belgium" in text and "named" in text]
    assert named["legal_basis"] == "consent"
    assert "XII.13" in named["legal_reference"] and "2003" in named["legal_reference"]
    [exempt] = [p for text, p in by_text.items() if "Belgium" in text and p is not named]
    assert exempt["legal_basis"] == "legitimate_interests"
    assert "impersonal address of a legal person" in _en(exempt["description"])
    [french] = [p for text, p in by_text.items() if text.startswith("France")]
    assert french["legal_basis"] == "legitimate_interests"
    assert "related to their job" in _en(french["description"])
    assert "L34-5" in _en(french["legitimate_interest"])
    assert "be-ar-2003-04-04" in prospecting["references"]
    notes = prospecting["activity"]["notes"]
    assert "arrêté royal du 4 avril 2003, art. 1er" in notes["fr"]
    assert "business ones included" in notes["en"]


def test_the_prospect_period_runs_from_collection_or_the_prospects_own_last_contact(
    fresh: tuple[RegisterDatabase, str],
) -> None:
    """Item 2: three years from collection or the last contact that came from the prospect,
    whichever is later (CNIL délibération 2021-131); the phase concerns the prospects."""
    phase = _phases("prospecting")[0]
    assert (phase["duration_value"], phase["duration_unit"]) == (3, "years")
    assert (phase["start_event"], phase["other_start_events"]) == ("collection", ["last_contact"])
    assert phase["start_combination"] == "latest"
    assert "came from the prospect" in _en(phase["start_event_detail"])
    assert "2021-131" in phase["legal_reference"]
    db, org_id = fresh
    with db.transaction() as s:
        activity = templates.add_template(s, org_id, "prospecting")
        stored = activity.retention_phases[0]
        assert stored.start_event == enums.StartEvent.COLLECTION
        assert stored.other_start_events == ["last_contact"]
        assert stored.start_combination == enums.StartCombination.LATEST
        subject = s.get(m.DataSubjectCategory, stored.data_subject_category_id)
        assert subject is not None and subject.seed_key == "prospects"
        assert "2021-131" in (stored.legal_reference or "")


def test_the_belgian_cookie_rule_is_art_10_2_of_the_act_of_30_july_2018() -> None:
    """Item 3: since the Act of 21 December 2021 the Belgian cookie rule is art. 10/2 of the
    Act of 30 July 2018 (it replaced art. 129 of the Act of 13 June 2005); the note says so in
    each language, without a "to check", and the citation points to the Act's official text."""
    analytics = templates.get_template("website-analytics")
    notes = analytics["activity"]["notes"]
    for lang, act in (("fr", "30 juillet 2018"), ("nl", "30 juli 2018"), ("en", "30 July 2018")):
        assert "art. 10/2" in notes[lang] and act in notes[lang], lang
        assert "art. 129" in notes[lang], lang  # named as the former provision
        assert not any(m in notes[lang] for m in ("À vérifier", "Na te gaan", "To check"))
    assert "be-cookies-10-2" in analytics["references"]
    assert "be-telecom-129" not in {c.id for c in templates.citations()}
    cited = {c.id: c for c in templates.citations()}["be-cookies-10-2"]
    assert (cited.article, cited.date) == ("10/2", "2018-07-30")
    assert cited.url == "https://www.ejustice.just.fgov.be/eli/loi/2018/07/30/2018040581/justel"
    assert cited.version is not None and "21 décembre 2021" in cited.version


def test_analytics_periods_are_a_chosen_benchmark_not_a_limit() -> None:
    """Item 4: 13/25 months are the CNIL's conditions for the consent exemption; the
    template presents them as a benchmark and no longer says Belgium follows them."""
    [phase] = _phases("website-analytics")
    assert "not a legal limit" in _en(phase["justification"])
    assert "Chosen period" in _en(phase["justification"])
    assert "Belgi" not in json.dumps(phase, ensure_ascii=False)
    assert "6 months" in _en(templates.get_template("website-analytics")["activity"]["notes"])


def test_legal_obligations_cite_national_law_not_a_directive() -> None:
    """Item 5: Art. 6(3) needs EU or national law binding the firm, not a directive."""
    for template in ALL:
        for purpose in template["activity"]["purposes"]:
            if purpose.get("legal_basis") == "legal_obligation":
                assert "irective" not in purpose["legal_reference"], template["id"]
    [shop] = [p for p in _purposes("e-shop") if p["legal_basis"] == "legal_obligation"]
    assert "Code de droit économique, art. VI.47" in shop["legal_reference"]
    assert "L221-18" in shop["legal_reference"]
    assert "consumer-rights" not in templates.get_template("e-shop")["references"]


def test_e_shop_guarantee_archive_per_country() -> None:
    """Item 6: Belgium up to three years after delivery (1 year after the defect is found,
    not before the 2 years end); France 2 years, with the hidden-defects action to analyse;
    the unverified Belgian numbering is flagged."""
    archives = [p for p in _phases("e-shop") if p["phase"] == "intermediate_archive"]
    belgian = next(p for p in archives if _en(p["justification"]).startswith("Belgium"))
    french = next(p for p in archives if _en(p["justification"]).startswith("France"))
    assert (belgian["duration_value"], belgian["duration_unit"]) == (3, "years")
    assert (french["duration_value"], french["duration_unit"]) == (2, "years")
    assert "1648" in french["legal_reference"]
    # The Belgian provision is still art. 1649quater, § 3, as amended by the Act of
    # 20 March 2022 (in force 1 June 2022): cited as such, no longer "to check".
    assert "1649quater, § 3" in belgian["legal_reference"]
    assert "20 mars 2022" in belgian["legal_reference"]
    assert "vérifier" not in belgian["legal_reference"]
    notes = templates.get_template("e-shop")["activity"]["notes"]
    assert "To check" not in notes["en"] and "Act of 20 March 2022" in notes["en"]
    cited = {c.id: c for c in templates.citations()}["be-civil-1649quater"]
    assert cited.version == "modifié par la loi du 20 mars 2022 (en vigueur le 1er juin 2022)"


@pytest.mark.parametrize("template_id", ["website", "security-logs"])
def test_the_cnil_logging_benchmark_is_applied_by_analogy(template_id: str) -> None:
    """Item 7: the CNIL recommendation covers application access logs, not perimeter logs."""
    phase = _phases(template_id)[0]
    assert "analogie" in phase["legal_reference"] and "2021-122" in phase["legal_reference"]
    assert "by analogy" in _en(phase["justification"])


def test_belgian_social_documents_are_kept_from_the_closure_of_each_document() -> None:
    """Item 8 and 19: AR 8 August 1980 art. 25 counts 5 years from each document's closure,
    not from the end of employment; AR n° 5 of 23 October 1978 is cited too."""
    payroll = templates.get_template("be-payroll")
    [social] = [p for p in _phases("be-payroll") if "8 août 1980" in p.get("legal_reference", "")]
    assert social["start_event"] == "other"
    assert "Closure of each social document" in _en(social["start_event_detail"])
    assert "Arrêté royal n° 5 du 23 octobre 1978" in social["legal_reference"]
    assert "be-ar5-1978" in payroll["references"]


def test_the_belgian_personnel_file_covers_wage_claims_based_on_an_offence() -> None:
    """Item 9: a claim for unpaid wages based on an offence (Social Criminal Code, art. 162)
    does not lapse before the public action, 5 years after the offence (preliminary title of
    the Code of Criminal Procedure, art. 26): the personnel file is kept 5 years after
    departure, and the template now says so without a "to check"."""
    payroll = templates.get_template("be-payroll")
    [personnel] = [p for p in _phases("be-payroll") if "art. 15" in p.get("legal_reference", "")]
    assert (personnel["duration_value"], personnel["start_event"]) == (5, "end_of_employment")
    assert "art. 26" in personnel["legal_reference"] and "art. 162" in personnel["legal_reference"]
    assert "vérifier" not in personnel["legal_reference"]
    justification = _en(personnel["justification"])
    assert "for 5 years after the offence" in justification and "to check" not in justification
    assert "art. 26" in _en(payroll["activity"]["notes"])
    assert {"be-ccp-26", "be-social-criminal-code-162"} <= set(payroll["references"])
    cited = {c.id: c for c in templates.citations()}
    assert (cited["be-ccp-26"].article, cited["be-ccp-26"].date) == ("26", "1878-04-17")
    assert cited["be-ccp-26"].version is None
    assert cited["be-social-criminal-code-162"].article == "162"


def test_belgian_tax_and_vat_periods_are_cited_apart() -> None:
    """Item 10: VAT documents count from their date (art. 60, § 4), income tax from the
    taxable period (CIR 92 art. 315)."""
    cited = {c.id: c for c in templates.citations()}
    assert cited["be-vat-60"].article == "60, § 4"
    assert "date of the document" in cited["be-vat-60"].text
    assert cited["be-cir92-315"].article == "315"
    assert {"be-cir92-315", "be-vat-60"} <= set(
        templates.get_template("be-accounting")["references"]
    )


def test_belgian_cameras_cite_both_kinds_of_closed_place() -> None:
    """Item 11: offices and server rooms are closed places not accessible to the public
    (art. 7, § 3); the declaration is validated at least once a year (royal decree of 8 May
    2018, as the federal police and the FPS Home Affairs explain), no longer "to check"."""
    for phase in _phases("be-video-surveillance"):
        assert "7, § 3" in phase["legal_reference"] and "selon le lieu" in phase["legal_reference"]
    template = templates.get_template("be-video-surveillance")
    notes = template["activity"]["notes"]
    assert "validate it at least once a year (royal decree of 8 May 2018)" in notes["en"]
    assert "la valider au moins une fois par an" in notes["fr"]
    assert "minstens eenmaal per jaar valideren" in notes["nl"]
    assert "To check" not in notes["en"]
    assert "be-camera-declarations" in template["references"]
    cited = {c.id: c for c in templates.citations()}["be-camera-declarations"]
    assert cited.date == "2018-05-08" and "validated at least once a year" in cited.text


def test_french_cameras_on_places_open_to_the_public_need_the_prefects_authorisation() -> None:
    """A camera filming a place open to the public in France needs the prefect's prior
    authorisation (Code de la sécurité intérieure, art. L251-2 and L252-1), no longer "to check";
    restricted-access premises and staff-only areas are not open to the public."""
    template = templates.get_template("fr-video-surveillance")
    notes = template["activity"]["notes"]
    assert "must first be authorised by the prefect, for 5 years" in notes["en"]
    assert "staff-only areas are not open to the public" in notes["en"]
    assert "L251-2" in notes["fr"] and "L252-1" in notes["nl"]
    assert "To check" not in notes["en"]
    assert "fr-csi-videoprotection" in template["references"]
    cited = {c.id: c for c in templates.citations()}["fr-csi-videoprotection"]
    assert cited.instrument == "Code de la sécurité intérieure"
    assert cited.article == "L251-2 et L252-1"


def test_french_accounting_counts_ten_years_from_the_closing_of_the_financial_year() -> None:
    """C. com. L123-22 sets 10 years without a starting point; the administration counts them
    from the closing of the financial year, and the 6 tax years (LPF L102 B) run from the last
    entry or the document's date, so they end earlier: said, no longer "to check"."""
    accounting = templates.get_template("fr-accounting")
    [archive] = [p for p in _phases("fr-accounting") if p["phase"] == "intermediate_archive"]
    assert (archive["duration_value"], archive["start_event"]) == (10, "end_of_fiscal_year")
    assert "clôture de l'exercice" in archive["legal_reference"]
    assert "date de la pièce" in archive["legal_reference"]
    notes = accounting["activity"]["notes"]
    assert "from the closing of the financial year" in notes["en"] and "To check" not in notes["en"]


def test_french_payroll_cites_the_exact_texts_on_the_dsn_and_sick_leave() -> None:
    """The DSN (CSS L133-5-3, R133-13) and sick leave (C. trav. L1226-1, CSS L321-2 and
    R321-2) are cited by article in the purposes, the notes and the structured citations."""
    payroll = templates.get_template("fr-payroll")
    references = " ".join(p.get("legal_reference") or "" for p in _purposes("fr-payroll"))
    for article in ("L133-5-3", "R133-13", "L1226-1", "L321-2", "R321-2"):
        assert article in references, article
        assert article in payroll["activity"]["notes"]["nl"], article
    assert "To check" not in payroll["activity"]["notes"]["en"]
    assert {"fr-dsn", "fr-sick-leave-notice", "fr-sick-pay-l1226-1"} <= set(payroll["references"])


MARKERS = {"fr": "À vérifier", "nl": "Na te gaan", "en": "To check"}


def test_only_the_unconfirmed_point_keeps_its_to_check_marker() -> None:
    """What official texts confirmed is stated; what could not be confirmed (that the Belgian
    DPA has published no recommendation on keeping candidates' files) keeps its marker, in all
    three languages. No structured citation carries a doubt any more."""
    flagged: dict[str, set[str]] = {}
    for template in ALL:
        for where, text in texts_in(template):
            langs = {lang for lang, marker in MARKERS.items() if marker in text[lang]}
            if langs:
                assert langs == set(MARKERS), f"{template['id']}{where}"
                flagged.setdefault(template["id"], set()).add(where)
    assert flagged == {"be-recruitment": {".activity.notes"}}
    notes = templates.get_template("be-recruitment")["activity"]["notes"]
    assert "6 months" not in notes["en"]  # no source for that "common practice"
    assert "3 months after the decision" in notes["en"]  # the CNIL benchmark, named as one
    for citation in templates.citations():
        said = f"{citation.text} {citation.version or ''}"
        assert "to check" not in said and "vérifier" not in said, citation.id


def test_french_recruitment_has_a_five_year_evidence_archive() -> None:
    """Item 12: an intermediate archive for discrimination claims (C. trav. L1134-5), as the
    CNIL recruitment guide allows."""
    [archive] = [p for p in _phases("fr-recruitment") if p["phase"] == "intermediate_archive"]
    assert (archive["duration_value"], archive["duration_unit"]) == (5, "years")
    assert "L1134-5" in archive["legal_reference"] and "CNIL" in archive["legal_reference"]
    assert "CNIL guide" in _en(archive["justification"])
    assert "fr-discrimination-l1134-5" in templates.get_template("fr-recruitment")["references"]


CONTROLLER_TEMPLATES = [t for t in ALL if t["activity"]["role"] == "controller"]


@pytest.mark.parametrize(
    "template", CONTROLLER_TEMPLATES, ids=[t["id"] for t in CONTROLLER_TEMPLATES]
)
def test_contract_is_the_basis_only_for_people_party_to_the_contract(
    template: dict[str, Any],
) -> None:
    """Item 13 (EDPB Guidelines 2/2019): every Art. 6(1)(b) purpose says whom it concerns,
    and none concerns people marked as not party to the firm's contract (contact persons
    and staff of corporate clients, suppliers or partners, trainees sent by an employer)."""
    activity = template["activity"]
    for purpose in activity["purposes"]:
        concerns = purpose.get("concerns", [])
        for key in concerns:
            seed_key, _party = templates.PEOPLE[key]
            assert seed_key is None or seed_key in activity["data_subjects"], key
        if purpose["legal_basis"] == "contract":
            assert concerns, _en(purpose["description"])
            outsiders = [key for key in concerns if not templates.PEOPLE[key][1]]
            assert outsiders == [], _en(purpose["description"])


@pytest.mark.parametrize(
    ("template_id", "contacts"),
    [
        ("customers", {"clients_contacts"}),
        ("support-tickets", {"clients_contacts", "client_end_users"}),
        ("client-training", {"clients_contacts", "client_end_users"}),
        ("suppliers", {"supplier_contacts", "partner_contacts", "freelancers_companies"}),
    ],
)
def test_contacts_of_legal_persons_rest_on_legitimate_interests(
    template_id: str, contacts: set[str]
) -> None:
    """Item 13: the people a corporate client, supplier or partner sends us are covered by
    a purpose on Art. 6(1)(f), with the interest stated."""
    covered: set[str] = set()
    for purpose in _purposes(template_id):
        if purpose["legal_basis"] == "legitimate_interests":
            assert _en(purpose["legitimate_interest"]).strip()
            covered.update(purpose["concerns"])
    assert contacts <= covered


def test_the_breach_register_cites_the_duty_to_document() -> None:
    """Item 18: Art. 33(5), the duty to document every breach."""
    [purpose] = _purposes("breach-register")
    assert "art. 33, § 5" in purpose["legal_reference"]


# -- adding to a register ---------------------------------------------------------------------


def _register(path: Path, lang: str = "fr", others: tuple[str, ...] = ()) -> tuple[Any, str]:
    db = create_register(path, language="en")
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {
                "legal_name": "Atelier Numérique SRL",
                "country": "BE",
                "language": lang,
                "other_languages": list(others),
                "email": "privacy@atelier.example",
                "dpo_designated": False,  # answered: the templates do not answer it
            },
        )
        org_id = org.id
    return db, org_id


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[RegisterDatabase, str]]:
    db, org_id = _register(tmp_path / "templates.ropa")
    yield db, org_id
    db.close()


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_imports_exports_and_passes_error_checks(tmp_path: Path, lang: str) -> None:
    """Every template goes into an empty register of each main language (the processor ones
    with their client, as the application and `ropa add-template --client` ask) without an
    error-level finding."""
    db, org_id = _register(tmp_path / "templates.ropa", lang)
    added: dict[str, str] = {}
    with db.transaction() as s:
        client = templates.client_party(s, org_id, "Client Alpha SA")
        # Art. 30(2)(a): the client's contact details, as the checks ask.
        services.update(s, m.Party, client, {"email": "dpo@client-alpha.example"})
    for template_id in IDS:
        with db.transaction() as s:
            activity = templates.add_template(s, org_id, template_id, clients=[client])
            added[template_id] = activity.id
    with db.reader() as s:
        for template_id, activity_id in added.items():
            spec = templates.get_template(template_id)["activity"]
            activity = s.get(m.Activity, activity_id)
            assert activity is not None
            assert activity.status == enums.Status.DRAFT
            assert activity.name == spec["name"][lang]
            assert activity.role.value == spec["role"]
            assert len(activity.purposes) == len(spec["purposes"])
            assert len(activity.retention_phases) == len(spec["retention_phases"])
            assert len(activity.data_categories) == len(spec["data_categories"])
            assert len(activity.recipients) == len(spec["recipients"])
            assert {c.seed_key for c in activity.data_subjects} == set(spec["data_subjects"])
            assert {c.seed_key for c in activity.security_measures} == set(
                spec["security_measures"]
            )
            first = activity.purposes[0]
            assert first.description == spec["purposes"][0]["description"][lang]
            processor = activity.role == enums.Role.PROCESSOR
            assert [c.party_id for c in activity.clients] == ([client] if processor else [])
        findings = check_register(s, org_id)
    assert [f for f in findings if f.severity == Severity.ERROR] == []
    # What remains is to adapt each draft and mark it active.
    assert {(f.rule, f.activity_id) for f in findings} == {
        ("activity.draft", activity_id) for activity_id in added.values()
    }
    document = json.loads(export_json(db, [org_id]))
    [org] = document["organisations"]
    assert len(org["activities"]) == len(IDS)
    assert all(a["purposes"] and a["retention_phases"] for a in org["activities"])
    db.close()


def _translatable_texts(row: Any, table: str) -> Iterator[tuple[str, str, Any]]:
    for name in TRANSLATABLE.get(table, ()):
        if getattr(row, name):
            yield table, name, row


def test_templates_fill_every_document_language_at_once(tmp_path: Path) -> None:
    """An organisation in French, Dutch and English adds every template: each text the
    library gives in three languages is in the register in three languages, each in its own
    column, for the activity, its rows and the catalogue entries it creates."""
    db, org_id = _register(tmp_path / "three.ropa", "fr", ("nl", "en"))
    with db.transaction() as s:
        for model in (m.DataCategory, m.DataSubjectCategory, m.SecurityMeasure):
            for entry in s.query(model).filter_by(organisation_id=org_id):
                services.delete(s, model, entry.id)  # the templates create them again
        client = templates.client_party(s, org_id, "Client Alpha SA")
    added = {}
    for template_id in IDS:
        with db.transaction() as s:
            added[template_id] = templates.add_template(s, org_id, template_id, clients=[client]).id
    untranslated: list[str] = []
    checked = 0
    with db.reader() as s:
        for template_id, activity_id in added.items():
            activity = s.get(m.Activity, activity_id)
            assert activity is not None
            rows = [(activity, "activity")]
            for key, table in (
                ("purposes", "purpose"),
                ("data_categories", "activity_data_category"),
                ("recipients", "activity_recipient"),
                ("retention_phases", "retention_phase"),
                ("sources", "data_source"),
            ):
                rows += [(row, table) for row in getattr(activity, key)]
            rows += [(c, "data_subject_category") for c in activity.data_subjects]
            rows += [(c, "security_measure") for c in activity.security_measures]
            rows += [(link.data_category, "data_category") for link in activity.data_categories]
            for row, table in rows:
                for _table, name, _row in _translatable_texts(row, table):
                    checked += 1
                    texts = (
                        getattr(row, name),
                        getattr(row, f"{name}_nl"),
                        getattr(row, f"{name}_en"),
                    )
                    assert getattr(row, f"{name}_fr") is None  # the main language's own column
                    if not all(texts):
                        untranslated.append(f"{template_id} {table}.{name}")
                    else:
                        assert len(set(texts)) > 1 or len(texts[0]) < 25, (table, name, texts)
        spec = templates.get_template("customers")["activity"]
        customers = s.get(m.Activity, added["customers"])
        assert customers is not None
        assert (customers.name, customers.name_nl, customers.name_en) == (  # type: ignore[attr-defined]
            spec["name"]["fr"],
            spec["name"]["nl"],
            spec["name"]["en"],
        )
    assert checked > 500
    # Only the legal references, which the library cites in French alone, wait for a
    # translation (and the checks say so).
    assert untranslated and all(".legal_reference" in where for where in untranslated)
    with db.reader() as s:
        findings = check_register(s, org_id)
    said = {
        (t.table, t.field)
        for f in findings
        if f.rule.startswith("translation.") and f.table != "organisation"  # its own name
        for t in f.texts
    }
    assert said == {("purpose", "legal_reference"), ("retention_phase", "legal_reference")}
    db.close()


def test_a_processor_template_without_client_is_added_and_flagged(
    fresh: tuple[RegisterDatabase, str],
) -> None:
    db, org_id = fresh
    with db.transaction() as s:
        activity_id = templates.add_template(s, org_id, "processor-support").id
    with db.reader() as s:
        errors = [f for f in check_register(s, org_id) if f.severity == Severity.ERROR]
    assert [(f.rule, f.activity_id) for f in errors] == [
        ("activity.processor_without_client", activity_id)
    ]


def test_the_client_is_found_by_name_or_created(fresh: tuple[RegisterDatabase, str]) -> None:
    db, org_id = fresh
    with db.transaction() as s:
        first = templates.client_party(s, org_id, "  Client   Alpha SA ")
        again = templates.client_party(s, org_id, "client alpha sa")
        party = s.get(m.Party, first)
        assert party is not None
        assert (party.name, party.kind) == ("Client Alpha SA", enums.PartyKind.CLIENT_CONTROLLER)
    assert again == first
    with pytest.raises(RopaError), db.transaction() as s:
        templates.client_party(s, org_id, "   ")


def test_the_texts_are_in_the_organisations_main_language(tmp_path: Path) -> None:
    db, org_id = _register(tmp_path / "nl.ropa", "nl")
    with db.transaction() as s:
        activity = templates.add_template(s, org_id, "be-payroll")
        names = templates.get_template("be-payroll")["activity"]["name"]
        assert activity.name == names["nl"] != names["fr"]
        assert activity.name_fr is None and activity.name_en is None  # type: ignore[attr-defined]
        assert activity.purposes[0].legal_reference.startswith("Loi du 12 avril 1965")
    db.close()


def test_same_template_twice_gets_two_references(fresh: tuple[RegisterDatabase, str]) -> None:
    db, org_id = fresh
    with db.transaction() as s:
        services.create(s, m.Activity, {"reference": "T-24", "name": "Existing"}, org_id)
    with db.transaction() as s:
        first = templates.add_template(s, org_id, "customers").reference
    with db.transaction() as s:
        second = templates.add_template(s, org_id, "customers").reference
        third = templates.add_template(s, org_id, "processor-hosting").reference
        chosen = templates.add_template(s, org_id, "newsletter", reference="NL-1").reference
    assert (first, second, third, chosen) == ("T-25", "T-26", "P-01", "NL-1")
    with db.reader() as s:
        assert s.query(m.Activity).filter_by(organisation_id=org_id).count() == 5


def test_missing_catalogue_entry_is_recreated(fresh: tuple[RegisterDatabase, str]) -> None:
    db, org_id = fresh
    with db.transaction() as s:
        health = s.query(m.DataCategory).filter_by(organisation_id=org_id, seed_key="health").one()
        services.delete(s, m.DataCategory, health.id)
    with db.transaction() as s:
        services.update(s, m.Organisation, org_id, {"other_languages": ["nl"]})
    with db.transaction() as s:
        activity = templates.add_template(s, org_id, "fr-payroll")
        keys = [link.data_category.seed_key for link in activity.data_categories]
        assert "health" in keys
    with db.reader() as s:
        [recreated] = s.query(m.DataCategory).filter_by(organisation_id=org_id, seed_key="health")
        assert recreated.name == "Données de santé"
        assert recreated.name_nl == "Gezondheidsgegevens"  # type: ignore[attr-defined]
        assert recreated.is_special


def test_unknown_template_adds_nothing(fresh: tuple[RegisterDatabase, str]) -> None:
    db, org_id = fresh
    with pytest.raises(RopaError) as caught, db.transaction() as s:
        templates.add_template(s, org_id, "nope")
    assert caught.value.key == "error.unknown_template"
    with db.reader() as s:
        assert s.query(m.Activity).count() == 0
