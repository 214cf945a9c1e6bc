"""`ropa templates` and `ropa add-template`: the library listed, activities added as drafts."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ropa import cli
from ropa.core.citations import cited_sources
from ropa.core.register import create_register, open_register
from ropa.core.templates import all_templates, citations
from ropa.db import models as m


def test_the_library_is_listed_per_country_in_the_language_asked(capsys) -> None:
    assert cli.main(["templates", "--lang", "nl"]) == 0
    everything = capsys.readouterr().out
    assert cli.main(["templates", "--country", "be", "--lang", "nl"]) == 0
    belgian = capsys.readouterr().out
    ids = {t["id"] for t in all_templates()}
    for template_id in ids:
        assert template_id in everything
    assert "be-payroll" in belgian and "fr-payroll" not in belgian
    assert "customers" in belgian  # common to both countries
    assert "Klanten" in everything or "klanten" in everything


def test_add_template_adds_drafts_that_ropa_check_then_reports(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.ropa"
    create_register(path, demo=True).close()
    code = cli.main(["add-template", str(path), "customers", "be-payroll", "--lang", "en"])
    _, err = capsys.readouterr()
    assert code == 0 and err.count("(draft)") == 2
    db = open_register(path)
    with db.reader() as s:
        added = s.scalars(select(m.Activity).where(m.Activity.status == "draft")).all()
        references = {a.reference for a in added}
    db.close()
    assert {"T-22", "T-23"} <= references
    code = cli.main(["add-template", str(path), "no-such-template", "--lang", "fr"])
    _, err = capsys.readouterr()
    assert code == 1 and "no-such-template" in err


def test_processor_templates_get_the_client_named_or_a_note(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.ropa"
    create_register(path, demo=True).close()
    args = ["add-template", str(path), "processor-support", "newsletter", "--document-lang", "en"]
    assert cli.main([*args, "--client", "transports grandmont sa"]) == 0  # an existing party
    _, err_en = capsys.readouterr()
    assert "--client" not in err_en
    assert cli.main(["add-template", str(path), "processor-backup", "--lang", "fr"]) == 0
    _, err = capsys.readouterr()
    assert "ajoutez-la avec --client NOM" in err
    db = open_register(path)
    with db.reader() as s:
        drafts = s.scalars(select(m.Activity).where(m.Activity.status == "draft")).all()
        clients = {a.name: [c.party.name for c in a.clients] for a in drafts}
        parties = s.scalars(select(m.Party.name)).all()
    db.close()
    # The texts are in the register's document languages, whatever --document-lang says.
    assert "--document-lang en" in err_en
    assert clients["Maintenance à distance et helpdesk pour les clients"] == [
        "Transports Grandmont SA"
    ]
    assert clients["Lettre d'information"] == []  # a controller activity has no client
    assert clients["Sauvegarde externalisée pour les clients"] == []
    assert parties.count("Transports Grandmont SA") == 1  # found, not created again


def test_the_references_are_listed_as_citations_in_the_language_asked(capsys) -> None:
    """`ropa templates --references`: each legal source with its instrument, article, date,
    official URL (or the lack of one) and the day it was last checked, labelled in French
    or Dutch."""
    assert cli.main(["templates", "--references", "--lang", "fr"]) == 0
    french = capsys.readouterr().out
    cited = citations()
    for citation in cited:
        assert f"\n{citation.id}\n" in f"\n{french}"
        assert citation.instrument in french
    gdpr = french.split("\neprivacy\n")[0]
    assert gdpr.splitlines() == [
        "gdpr",
        "    Texte\u00a0: Règlement (UE) 2016/679 du Parlement européen et du Conseil "
        "(règlement général sur la protection des données)",
        "    Article\u00a0: le texte entier",
        "    Date\u00a0: 27 avril 2016",
        "    Adresse officielle\u00a0: https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        "    Vérifiée le\u00a0: 6 décembre 2026",
        "    Citée dans\u00a0: les modèles",
    ]
    assert "    Article\u00a0: XII.13\n" in french
    # Each source once, the demo's and the catalogues' too (see test_demo_citations.py).
    assert french.count("Vérifiée le\u00a0: ") == len(cited_sources()) > len(cited)
    assert "Adresse officielle\u00a0: aucune adresse officielle connue" in french
    assert cli.main(["templates", "--references", "--lang", "nl"]) == 0
    dutch = capsys.readouterr().out
    assert "    Nagekeken op: 6 december 2026\n" in dutch
    assert "    Officieel adres: geen officieel adres bekend\n" in dutch
    assert "    Artikel: de hele tekst\n" in dutch
