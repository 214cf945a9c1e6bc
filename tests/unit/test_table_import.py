"""Importing a register kept in a spreadsheet: tables in the layout of the APD/GBA model
register (controller and processor sheets), of the CNIL's one-sheet-per-activity register
(as .ods), of the ICO's template, in invented columns with a mapping file, and as csv; odd
values (merged cells, empty rows, title rows, dates as text, "Oui" / "Ja" / "Yes", durations
in words). The register is read back through the core's reads; nothing in a cell is lost."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from ropa.core import services
from ropa.core.errors import ConflictError, ValidationError
from ropa.core.reads.activities import activity_rows
from ropa.core.reads.activity import ActivityData, load_activity_data
from ropa.core.reads.parties import load_parties
from ropa.db import models as m
from ropa.exports.common import ImportPlan
from ropa.exports.interchange import export_json
from ropa.exports.table import (
    IGNORE,
    Mapping,
    apply_table_import,
    guess_mapping,
    plan_table_import,
    read_table,
    value_guesses,
)
from tests.unit.test_french_typography import typography_faults
from tests.unit.workbook_support import soffice_convert

NB = "\u00a0"


def xlsx(sheets: dict[str, list[list[Any]]], merges: dict[str, list[str]] | None = None) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
        for cells in (merges or {}).get(title, []):
            ws.merge_cells(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def organisation(db: Any, language: str = "fr", country: str = "BE") -> str:
    with db.transaction() as session:
        org = services.create_organisation(
            session, {"legal_name": "Exemple SRL", "country": country, "language": language}
        )
        return str(org.id)


def imported(db: Any, data: bytes, name: str, mapping: Mapping | None = None) -> ImportPlan:
    """Plan and apply the import of a table as the application would; the plan."""
    book = read_table(data, name)
    plan = plan_table_import(db, book, mapping or guess_mapping(book), source=name)
    apply_table_import(db, plan)
    return plan


def activities(db: Any) -> dict[str, ActivityData]:
    """Every activity of the register by reference, read through the core's reads."""
    result = {}
    for row in activity_rows(db):
        data = load_activity_data(db, row.id)
        assert data is not None
        result[row.reference] = data
    return result


def names(data: ActivityData, table: str, ids: list[str]) -> list[str]:
    choices = {choice.id: choice.name for choice in data.choices[table]}
    return [choices[i] for i in ids]


def change_count(db: Any) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(m.Change)) or 0)


# -- the APD/GBA model register --------------------------------------------------------------

APD_HEADER = [
    "Processus métier",
    "Responsable du processus",
    "Numéro",
    "Traitement",
    "Finalité(s)",
    "Base juridique",
    "Catégories de personnes concernées",
    "Catégories de données à caractère personnel",
    "Catégories de destinataires",
    "Sous-traitants",
    "Transfert vers pays tiers",
    "Garanties appropriées",
    "Délais d'effacement",
    "Mesures de sécurité",
    "Date de début",
    "Décision automatisée",
    "Commentaire du DPO",
]


def apd_workbook() -> bytes:
    controller = [
        ["Registre des activités de traitement – Exemple SRL"],
        [],
        APD_HEADER,
        [
            "Ressources humaines",
            "Marie Dupont",
            "T-50",
            "Paie",
            "Calcul des salaires\nDéclarations sociales",
            "Obligation légale",
            "Salariés",
            "Données de paie et RH ; Identité",
            "Secrétariat social",
            "Payroll Partners",
            "Non",
            "",
            "5 ans après la fin du contrat",
            "Authentification multifacteur ; coffre ignifugé",
            "01/02/2020",
            "Non",
            "à revoir en mars",
        ],
        [
            "",
            "",
            "T-51",
            "Newsletter",
            "Envoyer la lettre d'information",
            "Consentement",
            "Prospects",
            "Coordonnées",
            "Plateformes de marketing",
            "Mailchimp",
            "États-Unis",
            "CCT",
            "3 ans après le dernier contact",
            "",
            "2021-03-04",
            "Oui",
            "",
        ],
        [],
        [
            "Ventes",
            "Paul Martin",
            "T-52",
            "Facturation",
            "Facturer les clients",
            "Contrat",
            "Clients",
            "Coordonnées",
            "",
            "",
            "Inde, Japon",
            "Décision d'adéquation",
            "dix ans",
            "",
            "",
            "",
            "",
        ],
    ]
    processor = [
        ["Registre des activités de traitement (sous-traitant)"],
        [
            "Numéro",
            "Traitement",
            "Nom et coordonnées du responsable du traitement",
            "Catégories de traitements effectués pour le compte de chaque responsable",
            "Mesures de sécurité",
            "Délais d'effacement",
        ],
        [
            "",
            "Infogérance",
            "Boulangerie Dupain SRL",
            "Hébergement et sauvegarde",
            "Sauvegardes",
            "Durée du contrat",
        ],
        ["", "Support", "Cabinet Lex", "Assistance aux utilisateurs", "", "1 an"],
    ]
    return xlsx(
        {"Registre responsable": controller, "Registre sous-traitant": processor},
        {"Registre responsable": ["A1:Q1", "A4:A5"], "Registre sous-traitant": ["A1:F1"]},
    )


def test_apd_controller_register_with_title_rows_merged_cells_and_empty_rows(
    empty_register: Any,
) -> None:
    db = empty_register
    organisation(db)
    plan = imported(db, apd_workbook(), "registre-apd.xlsx")
    [sheet] = [s for s in plan.sheets if s.changes and s.sheet == "Registre responsable"]
    assert [(c.kind, c.label, c.row) for c in sheet.changes] == [
        ("added", "T-50 \u2013 Paie", 4),
        ("added", "T-51 \u2013 Newsletter", 5),
        ("added", "T-52 \u2013 Facturation", 7),
    ]
    found = activities(db)
    assert set(found) == {"T-50", "T-51", "T-52"}

    pay = found["T-50"]
    assert pay.activity["name"] == "Paie"
    assert pay.activity["department"] == "Ressources humaines"
    assert pay.activity["owner"] == "Marie Dupont"
    assert pay.activity["start_date"] == date(2020, 2, 1)  # written day first, as text
    assert pay.activity["status"] == "draft"  # no status column: the user reviews it
    assert pay.activity["role"] == "controller"
    assert pay.activity["transfers_outside_eea"] is False  # "Non"
    assert pay.activity["automated_decision"] is False
    assert [(p["description"], p["legal_basis"]) for p in pay.purposes] == [
        ("Calcul des salaires", "legal_obligation"),
        ("Déclarations sociales", "legal_obligation"),
    ]
    assert names(pay, "data_subject_category", pay.activity["data_subjects"]) == [
        "Membres du personnel"  # "Salariés": the seeded category
    ]
    categories = [link["data_category_id"] for link in pay.children["activity_data_category"]]
    assert names(pay, "data_category", categories) == [
        "Données de paie et RH",
        "État civil et identité",  # "Identité": the only entry holding the word
    ]
    [phase] = pay.phases
    assert (phase["duration_value"], phase["duration_unit"], phase["start_event"]) == (
        5,
        "years",
        "end_of_contract",
    )
    assert names(pay, "security_measure", pay.activity["security_measures"]) == [
        "Authentification multifacteur"
    ]
    assert pay.activity["security_notes"] == "coffre ignifugé"  # not in the catalogue
    recipients = pay.children["activity_recipient"]
    assert [r["kind"] for r in recipients] == ["undetermined", "processor"]
    assert pay.activity["notes"] == f"Commentaire du DPO{NB}: à revoir en mars"

    newsletter = found["T-51"]
    assert newsletter.activity["department"] == "Ressources humaines"  # the merged cell
    assert newsletter.purposes[0]["legal_basis"] == "consent"
    assert newsletter.activity["automated_decision"] is True  # "Oui"
    [transfer] = newsletter.children["transfer"]
    assert (transfer["country"], transfer["safeguard"]) == ("US", "scc")
    assert transfer["recipient_name"] == "Nouveau destinataire"  # the table names none
    invoicing = found["T-52"]
    assert [t["country"] for t in invoicing.children["transfer"]] == ["IN", "JP"]
    assert invoicing.phases[0]["duration_value"] == 10  # "dix ans"

    parties = {p.name: p.kind for p in load_parties(db).parties}
    assert parties == {"Payroll Partners": "processor", "Mailchimp": "processor"}
    notes = "\n".join(plan.notes)
    assert "brouillons" in notes and "Nouveau destinataire" in notes
    assert f"«{NB}Registre sous-traitant{NB}»" in notes  # the other sheet, imported on its own


def test_apd_processor_register_gives_processor_activities_for_their_clients(
    empty_register: Any,
) -> None:
    db = empty_register
    organisation(db)
    book = read_table(apd_workbook(), "registre-apd.xlsx")
    mapping = guess_mapping(book, sheet="Registre sous-traitant")
    assert mapping.columns["Nom et coordonnées du responsable du traitement"] == "clients"
    plan = plan_table_import(db, book, mapping)
    apply_table_import(db, plan)
    found = activities(db)
    assert set(found) == {"P-01", "P-02"}  # numbered as the application numbers them
    hosting = found["P-01"]
    assert hosting.activity["role"] == "processor"
    [client] = hosting.children["activity_client"]
    assert names(hosting, "party", [client["party_id"]]) == ["Boulangerie Dupain SRL"]
    assert client["processing_categories"] == "Hébergement et sauvegarde"
    assert hosting.phases[0]["criterion"] == "Durée du contrat"  # no duration: kept as words
    parties = {p.name: p.kind for p in load_parties(db).parties}
    assert parties["Cabinet Lex"] == "client_controller"
    assert any("sous-traitance" in note for note in plan.notes)


# -- the CNIL's register: one activity per sheet, as .ods ------------------------------------


def cnil_sheet(name: str, reference: str, purposes: list[str]) -> list[list[Any]]:
    return [
        ["Fiche de registre"],
        [],
        ["Nom / sigle", name],
        ["N° / REF", reference],
        ["Date de création", "12/01/2024"],
        ["Mise à jour", "15/03/2025"],
        ["Acteurs"],
        ["", "Nom", "Adresse", "CP", "Ville", "Pays", "Téléphone", "Adresse de messagerie"],
        ["Responsable du traitement", "Exemple SAS", "1 rue Haute", "75001", "Paris", "France"],
        ["Finalité(s) du traitement effectué"],
        ["Finalité principale", purposes[0]],
        *[[f"Sous-finalité {i}", text] for i, text in enumerate(purposes[1:], start=1)],
        ["Catégories de données personnelles concernées"],
        ["", "Description", "Délai d'effacement"],
        ["État-civil, identité, données d'identification, images", "Nom, prénom", "5 ans"],
        ["Vie personnelle", "Non"],
        ["Informations d'ordre économique et financier", "RIB", "10 ans après la fin du contrat"],
        ["Données sensibles"],
        ["Données de santé", "Non"],
        ["Catégories de personnes concernées", "Salariés"],
        ["Destinataires"],
        ["Service interne qui traite les données", "Service RH"],
        ["Sous-traitants", "Payfit", "Paris"],
        ["Mesures de sécurité"],
        ["Contrôle d'accès des utilisateurs", "Oui"],
        ["Transferts des données hors UE", "Non"],
    ]


def test_cnil_register_one_activity_per_sheet_as_ods(empty_register: Any, tmp_path: Path) -> None:
    db = empty_register
    organisation(db, country="FR")
    source = tmp_path / "registre-cnil.xlsx"
    source.write_bytes(
        xlsx(
            {
                "Paie": cnil_sheet("Gestion de la paie", "RH-1", ["Payer", "Déclarer", "Archiver"]),
                "Recrutement": cnil_sheet("Recrutement", "RH-2", ["Recruter"]),
            },
            {"Paie": ["A1:D1"], "Recrutement": ["A1:D1"]},
        )
    )
    soffice_convert(source, tmp_path, "ods")
    data = (tmp_path / "registre-cnil.ods").read_bytes()
    book = read_table(data, "registre-cnil.ods")
    mapping = guess_mapping(book)
    assert (mapping.layout, mapping.sheets) == ("sheets", ["Paie", "Recrutement"])
    plan = imported(db, data, "registre-cnil.ods", mapping)
    assert [(s.sheet, [c.label for c in s.changes]) for s in plan.sheets][:2] == [
        ("Paie", ["RH-1 \u2013 Gestion de la paie"]),
        ("Recrutement", ["RH-2 \u2013 Recrutement"]),
    ]
    pay = activities(db)["RH-1"]
    assert [p["description"] for p in pay.purposes] == ["Payer", "Déclarer", "Archiver"]
    assert pay.activity["start_date"] == date(2024, 1, 12)  # "Date de création"
    assert pay.activity["last_reviewed"] == date(2025, 3, 15)
    links = pay.children["activity_data_category"]
    assert names(pay, "data_category", [link["data_category_id"] for link in links]) == [
        "État civil et identité",
        "Informations d'ordre économique et financier",
    ]  # "Vie personnelle: Non" and "Données de santé: Non" are not used
    assert [link["detail"] for link in links] == ["Nom, prénom", "RIB"]
    periods = {
        names(pay, "data_category", [p["data_category_id"]])[0]: (
            p["duration_value"],
            p["start_event"],
        )
        for p in pay.phases
    }
    assert periods == {
        "État civil et identité": (5, None),
        "Informations d'ordre économique et financier": (10, "end_of_contract"),
    }
    recipients = pay.children["activity_recipient"]
    assert [(r["kind"], r["department"]) for r in recipients] == [
        ("internal", "Service RH"),
        ("processor", None),
    ]
    assert pay.activity["transfers_outside_eea"] is False
    assert pay.activity["security_notes"] == "Contrôle d'accès des utilisateurs"
    # What has no place in the register is in the notes, never lost.
    notes = pay.activity["notes"]
    assert "Date de création" not in notes
    assert f"Responsable du traitement{NB}: Exemple SAS\n1 rue Haute" in notes
    assert f"Sous-traitants{NB}: Paris" in notes


# -- the ICO's template ------------------------------------------------------------------------

ICO_HEADER = [
    "Business function",
    "Purpose of processing",
    "Categories of individuals",
    "Categories of personal data",
    "Categories of recipients",
    "Names of third countries or international organisations that personal data are "
    "transferred to (if applicable)",
    "Retention schedule (if possible)",
    "Article 6 lawful basis for processing personal data",
    "Legitimate interests for the processing (if applicable)",
    "Existence of automated decision-making, including profiling (if applicable)",
    "Data Protection Impact Assessment required?",
    "Rights available to individuals",
]


def test_ico_template_in_english(empty_register: Any) -> None:
    db = empty_register
    organisation(db, language="en", country="IE")
    rows = [
        ICO_HEADER,
        [
            "Finance",
            "Paying suppliers",
            "Suppliers",
            "Contact details; Bank details",
            "Accountants",
            "",
            "6 years",
            "Legal obligation",
            "",
            "No",
            "No",
            "Access, rectification",
        ],
        [
            "Marketing",
            "Newsletter to prospects",
            "Prospects",
            "Contact details",
            "Email platform",
            "USA",
            "2 years after last contact",
            "Legitimate interests",
            "Direct marketing to business contacts",
            "Yes",
            "Yes",
            "Objection",
        ],
    ]
    plan = imported(db, xlsx({"Controller": rows}), "ico.xlsx")
    found = activities(db)
    assert set(found) == {"T-01", "T-02"}
    suppliers, newsletter = found["T-01"], found["T-02"]
    # No column names the activities: each is named after its first purpose, and the plan says so.
    assert suppliers.activity["name"] == "Paying suppliers"
    assert any("first purpose" in note for note in plan.notes)
    assert suppliers.activity["department"] == "Finance"
    assert suppliers.purposes[0]["legal_basis"] == "legal_obligation"
    assert suppliers.activity["dpia_status"] == "not_required"
    assert newsletter.purposes[0]["legitimate_interest"] == "Direct marketing to business contacts"
    assert newsletter.activity["automated_decision"] is True
    assert newsletter.phases[0]["start_event"] == "last_contact"
    assert [t["country"] for t in newsletter.children["transfer"]] == ["US"]
    # "Yes" to a DPIA: required, or done? A guess, its text also in the notes.
    assert newsletter.activity["dpia_status"] == "required"
    assert "Data Protection Impact Assessment required?: Yes" in newsletter.activity["notes"]
    assert "Rights available to individuals: Objection" in newsletter.activity["notes"]


# -- invented columns, a mapping file ----------------------------------------------------------


def test_invented_columns_with_a_mapping_file(empty_register: Any, tmp_path: Path) -> None:
    db = empty_register
    organisation(db, language="nl")
    rows = [
        ["Wat", "Waarom", "Grond?", "Hoe lang", "Wie ziet het", "Kleur"],
        [
            "Loonadministratie",
            "Lonen betalen",
            "Omdat de wet het zegt",
            "7 jaar",
            "Sociaal secretariaat",
            "blauw",
        ],
        [
            "Klantenbeheer",
            "Facturen sturen",
            "Ja",
            "10 jaar na het einde van het boekjaar",
            "",
            "rood",
        ],
    ]
    data = xlsx({"Blad1": rows})
    book = read_table(data, "eigen.xlsx")
    guessed = guess_mapping(book)
    assert set(guessed.columns.values()) <= {IGNORE, "reference"}  # nothing it knows
    file = tmp_path / "koppeling.json"
    file.write_text(
        Mapping(
            sheet="Blad1",
            columns={
                "Wat": "name",
                "Waarom": "purposes",
                "Grond?": "legal_basis",
                "Hoe lang": "retention",
                "Wie ziet het": "recipients",
                "Kleur": IGNORE,
            },
            values={"legal_basis": {"Omdat de wet het zegt": "legal_obligation", "Ja": ""}},
        ).to_json(),
        encoding="utf-8",
    )
    mapping = guess_mapping(book, Mapping.from_json(file.read_bytes()))
    guesses = {g.raw: g for g in value_guesses(book, mapping)}
    assert guesses["Omdat de wet het zegt"].code == "legal_obligation"
    assert guesses["Omdat de wet het zegt"].sure  # the user's choice
    assert guesses["Ja"].code == ""
    imported(db, data, "eigen.xlsx", mapping)
    found = {a.activity["name"]: a for a in activities(db).values()}
    payroll, clients = found["Loonadministratie"], found["Klantenbeheer"]
    assert payroll.purposes[0]["legal_basis"] == "legal_obligation"
    assert payroll.phases[0]["duration_value"] == 7
    [recipient] = payroll.children["activity_recipient"]
    # The only catalogue entry holding these words.
    assert names(payroll, "recipient_category", [recipient["recipient_category_id"]]) == [
        "Sociaal secretariaat / loonverwerker"
    ]
    assert clients.purposes[0]["legal_basis"] is None  # "Ja" chosen as not recorded...
    assert clients.activity["notes"] == "Grond?: Ja\nKleur: rood"  # ... and kept in the notes
    assert clients.phases[0]["start_event"] == "end_of_fiscal_year"


# -- nothing lost ------------------------------------------------------------------------------


def test_every_value_without_a_place_is_kept_in_the_notes(empty_register: Any) -> None:
    db = empty_register
    organisation(db)
    rows = [
        ["Nom", "Finalité", "Base légale", "Pays", "Durée", "Remarques", "Couleur", "Vide"],
        ["Paie", "Payer", "Bof", "France", "Le temps qu'il faut", "Voir le DPO", "bleu", ""],
        ["CRM", "Vendre ; Relancer", "Contrat ; Consentement ; Loi", "Atlantide", "-", "", "", ""],
    ]
    plan = imported(db, xlsx({"R": rows}), "r.xlsx")
    found = {a.activity["name"]: a for a in activities(db).values()}
    pay, crm = found["Paie"], found["CRM"]
    assert pay.activity["notes"].split("\n") == [
        "Voir le DPO",  # the notes column itself
        f"Base légale{NB}: Bof",  # no legal basis recognised
        f"Pays{NB}: France",  # inside the EEA: no transfer
        f"Durée{NB}: Le temps qu'il faut",  # a rule in words: a guess, the text kept
        f"Couleur{NB}: bleu",  # a column not imported
    ]
    assert pay.phases[0]["criterion"] == "Le temps qu'il faut"
    # Two purposes, three bases: one each, the third kept; "-" says nothing.
    assert [p["legal_basis"] for p in crm.purposes] == ["contract", "consent"]
    assert crm.activity["notes"].split("\n") == [f"Base légale{NB}: Loi", f"Pays{NB}: Atlantide"]
    assert crm.phases == []
    note = next(n for n in plan.notes if "remarques des" in n)
    assert note.startswith(f"6 valeurs sont gardées dans les remarques des traitements{NB}: ")
    assert f"«{NB}Base légale{NB}» (2)" in note and f"«{NB}Couleur{NB}» (1)" in note
    assert [typography_faults(note) for note in plan.notes] == [[]] * len(plan.notes)


def test_a_yes_with_a_detail_is_taken_and_its_detail_kept_in_the_notes(
    empty_register: Any,
) -> None:
    db = empty_register
    organisation(db, language="nl")
    rows = [
        ["Naam", "Doel", "Rechtsgrond", "Doorgifte buiten de EER"],
        ["Loon", "Betalen", "Precontractuele maatregelen", "Ja (VS)"],
    ]
    plan = imported(db, xlsx({"R": rows}), "r.xlsx")
    [pay] = activities(db).values()
    assert pay.activity["transfers_outside_eea"] is True
    assert [p["legal_basis"] for p in pay.purposes] == ["contract"]
    assert pay.activity["notes"] == "Doorgifte buiten de EER: Ja (VS)"
    assert any(note.startswith("1 waarde van een lijst werd") for note in plan.notes)


def test_the_notes_are_worded_for_one_and_for_several(empty_register: Any) -> None:
    """Real singular and plural forms, never "valeur(s) gardée(s)"."""
    db = empty_register
    organisation(db)
    rows = [["Nom", "Finalité", "Durée"], ["Paie", "Payer", "Le temps qu'il faut"]]
    plan = imported(db, xlsx({"R": rows}), "r.xlsx")
    assert plan.notes[:3] == [
        f"1 valeur est gardée dans les remarques de son traitement{NB}: sa place dans le "
        f"registre n’a pas pu être déterminée. Colonne{NB}: «{NB}Durée{NB}».",
        f"1 valeur de liste a été devinée sans certitude{NB}: elle est importée telle que "
        "devinée, et son texte est aussi gardé dans les remarques. Vérifiez-la.",
        f"Le nouveau traitement est un brouillon (le tableau n’a pas de colonne de statut){NB}: "
        "relisez-le, puis marquez-le actif.",
    ]
    rows += [["Vente", "Vendre", ""], ["Achat", "Acheter", ""]]
    plan = imported(db, xlsx({"R": rows}), "r.xlsx")
    said = "\n".join(plan.notes)
    assert "Les 2 nouveaux traitements sont des brouillons" in said
    assert "\n1 traitement du tableau est déjà dans le registre (" in said
    plan = imported(db, xlsx({"R": rows}), "r.xlsx")
    said = "\n".join(plan.notes)
    assert "\n3 traitements du tableau sont déjà dans le registre (" in said
    assert "(s)" not in said and "(x)" not in said
    assert [typography_faults(note) for note in plan.notes] == [[]] * len(plan.notes)


# -- refused as a whole ------------------------------------------------------------------------


def test_a_broken_table_is_refused_naming_sheet_row_and_column(demo_register: Any) -> None:
    db = demo_register
    before, changes = export_json(db), change_count(db)
    rows = [
        ["Référence", "Nom du traitement", "Finalités", "Date de début"],
        ["T-90", "Paie", "Payer", "31/02/2024"],
        ["T-91", "", "Vendre", ""],
        ["T-90", "Doublon", "Relancer", ""],
        ["R" * 50, "Référence trop longue", "x", "le 3 mars"],
    ]
    book = read_table(xlsx({"Registre": rows}), "registre.xlsx")
    with pytest.raises(ValidationError) as caught:
        plan_table_import(db, book, guess_mapping(book))
    message = caught.value.message("fr")
    assert (
        f"Feuille «{NB}Registre{NB}», ligne 2, colonne «{NB}Date de début{NB}»{NB}: "
        f"«{NB}31/02/2024{NB}» n’est pas une date" in message
    )
    assert f"Feuille «{NB}Registre{NB}», ligne 3{NB}: ce traitement n’a pas de nom" in message
    assert (
        f"ligne 4, colonne «{NB}Référence{NB}»{NB}: la référence «{NB}T-90{NB}» est aussi celle"
        in message
    )
    assert f"ligne 5, colonne «{NB}Référence{NB}»{NB}: trop long" in message
    assert f"ligne 5, colonne «{NB}Date de début{NB}»" in message
    assert typography_faults(message) == []
    assert len(caught.value.problems) == 5  # each problem once
    assert export_json(db) == before and change_count(db) == changes


def test_the_register_changed_meanwhile_nothing_is_written(demo_register: Any) -> None:
    db = demo_register
    book = read_table(xlsx({"R": [["Nom", "Finalité"], ["Nouveau", "Faire"]]}), "r.xlsx")
    plan = plan_table_import(db, book, guess_mapping(book))
    with db.transaction() as session:
        org_id = session.scalar(select(m.Organisation.id))
        services.create(session, m.Activity, {"reference": "X-1", "name": "Ailleurs"}, org_id)
    before = export_json(db)
    with pytest.raises(ConflictError):
        apply_table_import(db, plan)
    assert export_json(db) == before


# -- importing again ---------------------------------------------------------------------------


def test_importing_the_same_table_again_duplicates_nothing(empty_register: Any) -> None:
    db = empty_register
    organisation(db)
    imported(db, apd_workbook(), "registre-apd.xlsx")
    count, parties = len(activity_rows(db)), len(load_parties(db).parties)
    book = read_table(apd_workbook(), "registre-apd.xlsx")
    again = plan_table_import(db, book, guess_mapping(book))
    assert again.is_empty
    apply_table_import(db, again)
    assert len(activity_rows(db)) == count and len(load_parties(db).parties) == parties


def test_a_table_without_references_is_matched_by_name(empty_register: Any) -> None:
    db = empty_register
    organisation(db)
    first = [["Nom", "Finalités", "Durée"], ["Paie", "Payer", "5 ans"], ["CRM", "Vendre", "3 ans"]]
    imported(db, xlsx({"R": first}), "r.xlsx")
    second = [
        ["Nom", "Finalités", "Durée"],
        ["Paie", "Payer\nDéclarer", "5 ans"],
        ["CRM", "Vendre", "3 ans"],
    ]
    book = read_table(xlsx({"R": second}), "r.xlsx")
    plan = plan_table_import(db, book, guess_mapping(book))
    [change] = [c for s in plan.sheets for c in s.changes]
    assert (change.kind, change.label, change.row) == ("changed", "T-01 \u2013 Paie", 2)
    assert [(f.column, f.old, f.new) for f in change.fields] == [
        ("Finalités", "Payer", "Payer\nDéclarer")
    ]
    before = activities(db)["T-01"].purposes[0]["id"]
    apply_table_import(db, plan)
    found = activities(db)
    assert set(found) == {"T-01", "T-02"}
    assert [p["description"] for p in found["T-01"].purposes] == ["Payer", "Déclarer"]
    assert found["T-01"].purposes[0]["id"] == before  # the purpose that stays is kept


def test_an_activity_of_the_register_changes_only_where_the_table_says(
    demo_register: Any,
) -> None:
    db = demo_register
    before = activities(db)["T-01"]
    rows = [
        ["Référence", "Responsable", "Service", "Finalités"],
        ["T-01", "Nouvelle Personne", "", ""],
    ]
    plan = imported(db, xlsx({"R": rows}), "r.xlsx")
    [change] = [c for s in plan.sheets for c in s.changes]
    assert change.kind == "changed"
    assert [(f.column, f.old, f.new) for f in change.fields] == [
        ("Responsable opérationnel", "Élise Verhaegen", "Nouvelle Personne")
    ]
    after = activities(db)["T-01"]
    assert after.activity["owner"] == "Nouvelle Personne"
    assert after.activity["department"] == before.activity["department"]  # empty cell: kept
    assert after.children == before.children


# -- csv -------------------------------------------------------------------------------------


def test_csv_with_semicolons_in_windows_1252(empty_register: Any) -> None:
    db = empty_register
    organisation(db)
    text = (
        "Nom du traitement;Finalités;Base légale;Durée de conservation;Données traitées\r\n"
        "Prospection électronique;Envoyer des offres;Intérêt légitime;3 ans;Coordonnées\r\n"
        '"Gestion des accès; badges";Sécurité des locaux;Intérêt légitime;6 mois;Images\r\n'
    )
    imported(db, text.encode("cp1252"), "registre.csv")
    found = {a.activity["name"]: a for a in activities(db).values()}
    assert set(found) == {"Prospection électronique", "Gestion des accès; badges"}
    badges = found["Gestion des accès; badges"]
    assert badges.purposes[0]["description"] == "Sécurité des locaux"
    assert (badges.phases[0]["duration_value"], badges.phases[0]["duration_unit"]) == (6, "months")


# -- ropa's own words: the APD and CNIL layouts ropa exports -------------------------------


def test_a_register_in_the_apd_layout_ropa_writes(empty_register: Any) -> None:
    """Cells as ropa's "apd" export writes them: numbered purposes and bases, a basis with
    its interest, recipients with their kind and what they receive, transfers as
    "recipient → country (code) : tool", a DPIA with its reference on a second line."""
    db = empty_register
    organisation(db)
    header = [
        "Processus métier / service",
        "Responsable opérationnel",
        "Numéro",
        "Traitement",
        "Finalité(s)",
        "Base(s) juridique(s) (art. 6 RGPD)",
        "Catégories de données à caractère personnel",
        "Catégories de destinataires",
        "Transferts vers des pays tiers ou des organisations internationales, et garanties",
        "Délais d’effacement (durées de conservation)",
        "Décision automatisée et profilage (art. 22 RGPD)",
        "Analyse d’impact (AIPD)",
        "Statut",
    ]
    row = [
        "Commercial",
        "Anne",
        "T-07",
        "Prospection",
        "1. Trouver des clients\n2. Mesurer l'intérêt",
        "1. Intérêt légitime (art. 6.1.f) : prospection des entreprises\n"
        "2. Consentement (art. 6.1.a)",
        f"Coordonnées{NB}: e-mail, téléphone ; fonction\nProfil commercial{NB}: score de 0 à 100",
        "Service commercial (Service interne) — fiches des prospects\n"
        "Adlumen Inc. (Tiers) — audiences publicitaires ; statistiques",
        f"Adlumen Inc. → États-Unis (US){NB}: "
        "Cadre de protection des données UE–États-Unis (art. 45)\n"
        f"Référence du document{NB}: Décision d'adéquation du 10 juillet 2023",
        f"Base active: 3 ans (point de départ{NB}: Dernier contact)\n"
        f"À l'issue de la durée de conservation{NB}: Anonymisation",
        f"Décision individuelle automatisée (art. 22){NB}: Non\nProfilage{NB}: Oui",
        f"Non requise\nRéférence de l'AIPD{NB}: Analyse préalable 2025-02",
        "Active",
    ]
    book = read_table(xlsx({"Registre du responsable": [header, row]}), "apd.xlsx")
    assert all(not guess.code or guess.sure for guess in value_guesses(book, guess_mapping(book)))
    imported(db, xlsx({"Registre du responsable": [header, row]}), "apd.xlsx")
    data = activities(db)["T-07"]
    assert data.activity["status"] == "active"
    assert [
        (p["description"], p["legal_basis"], p["legitimate_interest"]) for p in data.purposes
    ] == [
        ("Trouver des clients", "legitimate_interests", "prospection des entreprises"),
        ("Mesurer l'intérêt", "consent", None),
    ]
    links = data.children["activity_data_category"]
    assert names(data, "data_category", [link["data_category_id"] for link in links]) == [
        "Coordonnées",
        "Profil commercial",
    ]
    assert links[0]["detail"] == "e-mail, téléphone ; fonction"  # one entry, ";" and all
    internal, third = data.children["activity_recipient"]
    assert (internal["kind"], internal["department"], internal["detail"]) == (
        "internal",
        "Service commercial",
        "fiches des prospects",
    )
    assert (
        third["kind"] == "third_party"
        and third["detail"] == "audiences publicitaires ; statistiques"
    )
    assert {p.name: p.kind for p in load_parties(db).parties} == {"Adlumen Inc.": "third_party"}
    [transfer] = data.children["transfer"]
    assert (transfer["country"], transfer["safeguard"]) == ("US", "eu_us_dpf")
    assert names(data, "party", [transfer["party_id"]]) == ["Adlumen Inc."]
    [phase] = data.phases
    assert (phase["duration_value"], phase["duration_unit"], phase["start_event"]) == (
        3,
        "years",
        "last_contact",
    )
    assert data.activity["end_action"] == "anonymise"
    assert (data.activity["automated_decision"], data.activity["profiling"]) == (False, True)
    assert data.activity["dpia_status"] == "not_required"
    assert data.activity["dpia_reference"] == "Analyse préalable 2025-02"
    # The document reference of the transfer has no place of its own: kept.
    assert "Référence du document" in data.activity["notes"]


def test_a_register_in_the_cnil_layout_ropa_writes(empty_register: Any) -> None:
    """One sheet per activity with sections: purposes with their basis beside them, the
    entries of a section listed under its title, a table's header row inside the form."""
    db = empty_register
    organisation(db)
    sheet = [
        ["T-03 – Lettre d'information"],
        ["Description du traitement"],
        ["Nom / sigle", "Lettre d'information"],
        ["N° / Réf.", "T-03"],
        ["Finalité(s) du traitement effectué"],
        ["", "Finalité", "Base(s) juridique(s) (art. 6 RGPD)"],
        ["Finalité principale", "Informer les clients", "Consentement (art. 6.1.a)"],
        ["Sous-finalité 1", "Mesurer les ouvertures", "Intérêt légitime (art. 6.1.f) : améliorer"],
        ["Catégories de données personnelles concernées"],
        ["Catégorie", "Description", "Durée de conservation"],
        ["Coordonnées", "Adresse e-mail", "3 ans après le dernier contact"],
        ["Catégories de personnes concernées"],
        ["Clients"],
        ["Prospects"],
        ["Destinataires"],
        ["Sous-traitant", "Lettrimo Inc. — envoi des lettres"],
    ]
    imported(
        db,
        xlsx(
            {
                "T-03": sheet,
                "T-04": [
                    ["Nom / sigle", "Autre"],
                    ["N° / Réf.", "T-04"],
                    ["Finalité principale", "x"],
                    ["Destinataires"],
                    ["Catégories de personnes concernées"],
                ],
            }
        ),
        "cnil.xlsx",
    )
    data = activities(db)["T-03"]
    assert [(p["description"], p["legal_basis"]) for p in data.purposes] == [
        ("Informer les clients", "consent"),
        ("Mesurer les ouvertures", "legitimate_interests"),
    ]
    assert data.purposes[1]["legitimate_interest"] == "améliorer"
    assert names(data, "data_subject_category", data.activity["data_subjects"]) == [
        "Clients",
        "Prospects",
    ]
    [link] = data.children["activity_data_category"]
    assert link["detail"] == "Adresse e-mail"
    assert data.phases[0]["duration_value"] == 3
    [recipient] = data.children["activity_recipient"]
    assert (recipient["kind"], recipient["detail"]) == ("processor", "envoi des lettres")
    assert data.activity["notes"] is None  # every cell had its place


@pytest.mark.parametrize(
    "title",
    [
        # The column titles and row labels of ropa's "apd" and "cnil" exports, in each language
        "Processus métier / service",
        "Bedrijfsproces / dienst",
        "Business process / department",
        "Responsable opérationnel",
        "Operationeel verantwoordelijke",
        "Process owner",
        "Numéro",
        "Nummer",
        "Number",
        "Traitement",
        "Verwerking",
        "Processing activity",
        "Finalité(s)",
        "Doeleinde(n)",
        "Purpose(s)",
        "Base(s) juridique(s) (art. 6 RGPD)",
        "Rechtsgrond(en) (art. 6 AVG)",
        "Lawful basis (Art. 6 GDPR)",
        "Catégories particulières de données (art. 9 et 10 RGPD)",
        "Bijzondere categorieën van gegevens (art. 9 en 10 AVG)",
        "Special categories of data (Art. 9 and 10 GDPR)",
        "Origine des données",
        "Herkomst van de gegevens",
        "Source of the data",
        "Sous-traitants (contrat art. 28)",
        "Verwerkers (overeenkomst art. 28)",
        "Processors (Art. 28 contract)",
        "Délais d’effacement (durées de conservation)",
        "Termijnen voor het wissen (bewaartermijnen)",
        "Time limits for erasure (retention periods)",
        "Client (responsable du traitement)",
        "Klant (verwerkingsverantwoordelijke)",
        "Client (controller)",
        "Sous-traitants ultérieurs",
        "Subverwerkers",
        "Sub-processors",
        "Nom / sigle",
        "Naam / afkorting",
        "Name / acronym",
        "N° / Réf.",
        "Nr. / Ref.",
        "No. / Ref.",
        "Finalité principale",
        "Hoofddoeleinde",
        "Main purpose",
        "Sous-finalité 2",
        "Subdoeleinde 2",
        "Sub-purpose 2",
        "Mise à jour",
        "Bijgewerkt op",
        "Updated on",
    ],
)
def test_the_titles_of_ropas_own_layouts_are_recognised(title: str) -> None:
    from ropa.exports.table.recognise import recognise

    assert recognise(title) != IGNORE
