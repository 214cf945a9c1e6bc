"""Every legal reference of the demo register and of the seed catalogues rests on structured
citations (resources/demo/references.json, resources/catalogues/references.json, in the template
library's format): a text that cites a legal source without a citation fails, so does an
incomplete citation, and so does a cited text changed since its citations were checked."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ropa import cli
from ropa.core import templates
from ropa.core.citations import (
    CATALOGUES,
    DEMO,
    TEMPLATES,
    citation_document,
    citation_file,
    cited_sources,
)
from ropa.core.register import demo_path
from ropa.paths import resources_dir
from tests.unit.test_french_typography import typography_faults
from tests.unit.test_templates import _citation_problems

Text = tuple[str, str, str, str]
"""(table, key, field, text): where a text is (a field's translations under its name)."""

# What reads as a reference to a legal source, in French, Dutch or English: an article, a code,
# an act, decree or royal decree, a collective agreement, a deliberation, a directive, a recital,
# a Commission decision or the standard clauses, the Official Journal, guidance of the CNIL or
# of the European boards, "legislation". A bare "RGPD" (a folder named "dossier RGPD") is not.
LEGAL = re.compile(
    r"(?i:\bart(?:icle|ikel|s)?)\b\.?\s*(?:\d|[IVXL]+\.\d)"
    r"|\bCode\b|\bCodex\b|[Ww]etboek\b"
    r"|\b(?:[Ll]oi|[Ww]et|Act|[Dd]écret|[Dd]ecreet|[Dd]ecree)\s+(?:du|van|of|n°|nr\.|no\.)\s"
    r"|\b[Aa]rrêté royal|\b[Kk]oninklijk besluit|\b[Rr]oyal [Dd]ecree|\bAR\b|\bKB\b"
    r"|\bCCT\b|\bcao\b|[Cc]onvention collective|[Cc]ollectieve arbeidsovereenkomst"
    r"|[Cc]ollective (?:labour )?agreement"
    r"|[Dd]élibération|[Bb]eraadslaging|[Dd]eliberation"
    r"|\b[Dd]irective\b|\b[Rr]ichtlijn\b"
    r"|[Cc]onsidérant\s+\d|[Oo]verweging\s+\d|[Rr]ecital\s+\d"
    r"|[Dd]écision d'(?:adéquation|exécution)|[Dd]écision \d{4}/|[Aa]dequacy decision"
    r"|[Aa]dequaatheidsbesluit|[Uu]itvoeringsbesluit|[Ii]mplementing [Dd]ecision"
    r"|[Bb]esluit \d{4}/|Decision \d{4}/"
    r"|Journal officiel|Publicatieblad|Official Journal"
    r"|[Cc]lauses contractuelles types|[Ss]tandaardcontractbepalingen"
    r"|[Ss]tandard contractual clauses"
    r"|\b\d{4}/\d+/(?:CE|EG|EC|UE|EU)\b|\((?:UE|EU)\) \d{4}/\d+"
    r"|\bCNIL\b|\bCEPD\b|\bEDPB\b|\bEDPS\b|[Gg]roupe de travail|Article 29|\bWP\s?\d+"
    r"|[Ll]égislation|[Ww]etgeving|[Ll]egislation"
)
TRANSLATION = re.compile(r"^(?P<field>.+)_(?:fr|nl|en|de)$")


def _demo() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(demo_path().read_text(encoding="utf-8"))
    return document


def _seed() -> dict[str, Any]:
    path = Path(resources_dir(), "catalogues", "seed.json")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def _rows(row: dict[str, Any], table: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """This row and every row nested in it, with the lists they are in ("organisations",
    "organisations.activities.purposes"...)."""
    yield table, row
    for key, value in row.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for child in value:
                yield from _rows(child, f"{table}.{key}")


def demo_texts(document: dict[str, Any]) -> Iterator[Text]:
    """Every text of a register document (interchange format): each field in each language,
    a translation under the name of the field it translates."""
    for organisation in document["organisations"]:
        for table, row in _rows(organisation, "organisations"):
            for key, value in row.items():
                if not isinstance(value, str) or key == "id":
                    continue
                match = TRANSLATION.match(key)
                field = match["field"] if match and match["field"] in row else key
                yield table, row["id"], field, value


def catalogue_texts(seed: dict[str, Any]) -> Iterator[Text]:
    """Every text of the seed catalogues: each field of each entry, in each language."""
    for table, entries in seed.items():
        for entry in entries:
            for field, value in entry.items():
                if isinstance(value, dict):
                    for text in value.values():
                        yield table, entry["seed_key"], field, text


def main_texts(where: str, document: dict[str, Any]) -> dict[tuple[str, str, str], dict[str, str]]:
    """The text each (table, key, field) holds in the main language, as {language: text} (the
    demo's main language, French for the catalogues)."""
    if where == DEMO:
        return {
            (table, row["id"], field): {organisation["language"]: value}
            for organisation in document["organisations"]
            for table, row in _rows(organisation, "organisations")
            for field, value in row.items()
            if isinstance(value, str)
        }
    return {
        (table, entry["seed_key"], field): {"fr": value["fr"]}
        for table, entries in document.items()
        for entry in entries
        for field, value in entry.items()
        if isinstance(value, dict)
    }


def uncited(texts: Iterator[Text], citations: dict[str, Any]) -> list[str]:
    """The texts that read as a legal reference and that no citation covers."""
    covered = {(c["table"], c["key"], c["field"]) for c in citations["cited"]}
    return sorted(
        {
            f"{table} {key} {field}: {text}"
            for table, key, field, text in texts
            if LEGAL.search(text) and (table, key, field) not in covered
        }
    )


def stale(where: str, document: dict[str, Any], citations: dict[str, Any]) -> list[str]:
    """The cited texts that are gone or no longer read as when their citations were checked."""
    current = main_texts(where, document)
    return [
        f"{c['table']} {c['key']} {c['field']}: {c['text']!r} is now "
        f"{current.get((c['table'], c['key'], c['field']))!r}"
        for c in citations["cited"]
        if current.get((c["table"], c["key"], c["field"])) != c["text"]
    ]


def _where(place: str) -> dict[str, Any]:
    return _demo() if place == DEMO else _seed()


# -- the demo register and the catalogues ----------------------------------------------------


def test_every_legal_reference_of_the_demo_register_has_a_citation() -> None:
    citations = citation_document(DEMO)
    assert uncited(demo_texts(_demo()), citations) == []
    # The references fields themselves, whatever they say.
    covered = {(c["table"], c["key"], c["field"]) for c in citations["cited"]}
    for table, key, field, _ in demo_texts(_demo()):
        if field in ("legal_reference", "art10_basis", "document_reference", "derogation"):
            assert (table, key, field) in covered, (table, key, field)


def test_every_legal_reference_of_the_catalogues_has_a_citation() -> None:
    """The seed catalogues cite the GDPR (special categories "(art. 9)", processor contracts
    "(art. 28.9)", breaches "(art. 33 et 34)"...): each such entry rests on a citation."""
    citations = citation_document(CATALOGUES)
    assert uncited(catalogue_texts(_seed()), citations) == []
    cited = {(c["table"], c["key"]) for c in citations["cited"]}
    assert ("data_categories", "criminal") in cited
    assert ("security_measures", "processor_contracts") in cited


def test_each_cited_text_is_the_one_whose_citations_were_checked() -> None:
    """A cited text names a place that exists, reads as reviewed (in the main language), and
    rests on citations of its file; every citation of the file is used."""
    for place in (DEMO, CATALOGUES):
        citations = citation_document(place)
        assert citations["format"] == "ropa-citations"
        assert stale(place, _where(place), citations) == [], place
        ids = [ref["id"] for ref in citations["references"]]
        assert len(ids) == len(set(ids)), place
        places = [(c["table"], c["key"], c["field"]) for c in citations["cited"]]
        assert len(places) == len(set(places)), place
        used = {ref for c in citations["cited"] for ref in c["references"]}
        for item in citations["cited"]:
            assert item["references"] and set(item["references"]) <= set(ids), item
        assert used == set(ids), f"{place}: {set(ids) - used} cited by no text"
        structured = citation_file(place)
        assert [c.id for c in structured.references] == ids
        assert len(structured.cited) == len(citations["cited"])
        assert {c.language for c in structured.cited} == {"fr"}


def test_every_citation_is_complete_and_one_source_is_one_citation() -> None:
    """Instrument, article (None for a whole instrument), date or version where given, an
    official URL or none, the day it was checked, French spacing in the French wording; an id
    cited in several files (templates, demo, catalogues) is the same citation everywhere."""
    seen = {ref["id"]: ref for ref in templates.template_references()}
    for place in (DEMO, CATALOGUES):
        for ref in citation_document(place)["references"]:
            where = f"{place} {ref['id']}"
            assert _citation_problems(ref) == [], where
            assert ref["text"].strip(), where
            assert date.fromisoformat(ref["reviewed_on"]) <= date.today(), where
            assert seen.setdefault(ref["id"], ref) == ref, f"{where} differs from another file"
            for french in ("instrument", "article", "version"):  # cited as written in French
                assert typography_faults(ref.get(french) or "") == [], f"{where} {french}"
    listed = {source.citation.id: source.cited_in for source in cited_sources()}
    assert list(listed) == list(seen)
    assert listed["gdpr"] == (TEMPLATES,)
    assert listed["be-civil-2262bis"] == (TEMPLATES, DEMO)
    assert listed["gdpr-art-28"] == (DEMO, CATALOGUES)
    assert listed["eu-us-dpf"] == (DEMO,)


def test_a_reference_without_a_citation_is_caught() -> None:
    """A broken copy of the demo and of the catalogues: a new reference, one only in a
    translation, a cited text reworded, and a citation without its instrument all fail."""
    demo, citations = _demo(), citation_document(DEMO)
    broken = copy.deepcopy(demo)
    activities = {a["reference"]: a for a in broken["organisations"][0]["activities"]}
    consent = activities["T-03"]["purposes"][0]
    assert consent["legal_reference"] is None
    consent["legal_reference"] = "Loi du 13 juin 2005 relative aux communications électroniques"
    news = activities["T-07"]["retention_phases"][1]  # contact messages: no reference
    news["justification_nl"] = "Zie overweging 49 AVG."
    accounting = activities["T-16"]["purposes"][0]
    accounting["legal_reference"] = accounting["legal_reference"].replace("III.86 et ", "")
    problems = uncited(demo_texts(broken), citations)
    assert [p.split(": ", 1)[1] for p in problems] == [
        "Loi du 13 juin 2005 relative aux communications électroniques",
        "Zie overweging 49 AVG.",
    ]
    assert problems[0].startswith(f"organisations.activities.purposes {consent['id']} ")
    assert problems[1].endswith(f"{news['id']} justification: Zie overweging 49 AVG.")
    assert stale(DEMO, demo, citations) == []
    [reworded] = stale(DEMO, broken, citations)
    assert reworded.startswith(f"organisations.activities.purposes {accounting['id']} ")
    seed = copy.deepcopy(_seed())
    seed["security_measures"][0]["description"]["en"] += " (Art. 32)"
    [extra] = uncited(catalogue_texts(seed), citation_document(CATALOGUES))
    assert extra.startswith(f"security_measures {seed['security_measures'][0]['seed_key']} ")
    incomplete = {**citations["references"][0]}
    del incomplete["instrument"]
    assert _citation_problems(incomplete) == ["instrument"]


def test_the_pattern_reads_legal_references_and_leaves_ordinary_words() -> None:
    for text in (
        "art. 9",
        "Art. 33(5)",
        "artikel 22.3 AVG",
        "art. III.88",
        "Code civil",
        "Loi du 21 mars 2007",
        "arrêté royal n° 5",
        "CCT n° 68",
        "considérant 47 du RGPD",
        "Décision 2000/518/CE",
        "décision d'adéquation",
        "délibération n° 2021-131",
        "législation anti-discrimination",
    ):
        assert LEGAL.search(text), text
    for text in (
        "départ.",
        "postulant à un emploi ou à un stage",
        "dossier RGPD",
        "avenant RGPD",
        "code de réponse",
        "À n'utiliser que si la loi le permet.",
        "Convention d'affiliation n° 2020/4411",
        "décision de notifier l'APD",
        "Pendant la durée de l'emploi",
    ):
        assert not LEGAL.search(text), text


def test_the_demo_references_the_review_corrected() -> None:
    """The accounting archive (T-16) keeps books and supporting documents: CDE art. III.86
    and III.88, as the templates cite them; the lawyer's criminal data (ST-02): art. 10,
    § 1er, 2°, of the Act of 30 July 2018; the Code du bien-être au travail by its name."""
    org = _demo()["organisations"][0]
    activities = {a["reference"]: a for a in org["activities"]}
    archive = activities["T-16"]
    for row in (archive["purposes"][0], archive["retention_phases"][0]):
        assert "art. III.86 et III.88 (sept ans)" in row["legal_reference"]
        assert "art. III.86 en III.88 (zeven jaar)" in row["legal_reference_nl"]
    cited = {(c.key, c.field): c.references for c in citation_file(DEMO).cited}
    assert "be-cde-accounting" in cited[(archive["purposes"][0]["id"], "legal_reference")]
    [lawyer] = [d for d in activities["ST-02"]["data_categories"] if d["art10_basis"]]
    assert "art. 10, § 1er, 2°" in lawyer["art10_basis"]
    assert "art. 10, § 1, 2°" in lawyer["art10_basis_nl"]
    assert cited[(lawyer["id"], "art10_basis")] == ("be-privacy-act-10",)
    first_aid = activities["T-19"]["purposes"][1]
    assert first_aid["provision_consequences"].startswith("Le Code du bien-être au travail")
    assert first_aid["provision_consequences_nl"].startswith("De Codex over het welzijn")


# -- the command line -------------------------------------------------------------------------


def test_ropa_templates_references_lists_the_demos_and_the_catalogues_sources(capsys) -> None:
    """Each source once, with where it is cited, in the user's language."""
    assert cli.main(["templates", "--references", "--lang", "fr"]) == 0
    french = capsys.readouterr().out
    for source in cited_sources():
        assert f"\n{source.citation.id}\n" in f"\n{french}"
    dpf = french.split("\neu-us-dpf\n")[1].split("\nscc-2021-914\n")[0]
    assert dpf.splitlines() == [
        "    Texte\u00a0: Décision d'exécution (UE) 2023/1795 de la Commission du 10 juillet "
        "2023 constatant, conformément au règlement (UE) 2016/679 du Parlement européen et du "
        "Conseil, le niveau de protection adéquat des données à caractère personnel assuré par "
        "le cadre de protection des données UE-États-Unis",
        "    Article\u00a0: le texte entier",
        "    Date\u00a0: 10 juillet 2023",
        "    Adresse officielle\u00a0: https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj",
        "    Vérifiée le\u00a0: 7 décembre 2026",
        "    Citée dans\u00a0: le registre de démonstration",
    ]
    art28 = french.split("\ngdpr-art-28\n")[1].split("\n", 6)[:6]
    assert art28[1] == "    Article\u00a0: 28"
    assert art28[5] == "    Citée dans\u00a0: le registre de démonstration et les catalogues"
    assert "Citée dans\u00a0: les modèles et le registre de démonstration\n" in french
    assert cli.main(["templates", "--references", "--lang", "nl"]) == 0
    dutch = capsys.readouterr().out
    assert "    Aangehaald in: het demoregister en de catalogi\n" in dutch
    assert cli.main(["templates", "--references", "--lang", "en"]) == 0
    english = capsys.readouterr().out
    assert "    Cited in: the templates and the demo register\n" in english
