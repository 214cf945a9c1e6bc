"""Reading a spreadsheet and recognising it: xlsx, ods and csv files read as text (merged
cells repeated, dates ISO), the header row found below title rows, one activity per sheet
told from one per row, the column titles of the CNIL, APD/GBA and ICO templates and common
wordings recognised, and the mapping saved and read back as JSON."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from ropa.core.errors import RopaError, ValidationError
from ropa.exports.table import (
    IGNORE,
    Mapping,
    guess_mapping,
    preview,
    read_table,
    target_fields,
)
from ropa.exports.table.recognise import recognise
from tests.unit.workbook_support import soffice_convert


def xlsx(
    sheets: dict[str, list[list[object]]], merges: dict[str, list[str]] | None = None
) -> bytes:
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


# -- reading ------------------------------------------------------------------------------------


def test_xlsx_cells_as_text_merged_cells_repeated() -> None:
    data = xlsx(
        {
            "Registre": [
                ["Registre des traitements"],
                [],
                ["Service", "Nom", "Début", "Nombre", "Actif"],
                ["RH", "Paie", date(2024, 1, 5), 3.0, True],
                [None, "Absences", datetime(2024, 1, 5, 10, 30), 2.5, False],
            ]
        },
        {"Registre": ["A1:E1", "A4:A5"]},
    )
    book = read_table(data, "registre.xlsx")
    assert book.kind == "xlsx"
    [sheet] = book.sheets
    assert sheet.rows[0] == ("Registre des traitements",) * 5
    assert sheet.rows[1] == ("",) * 5
    assert sheet.rows[3] == ("RH", "Paie", "2024-01-05", "3", "TRUE")
    assert sheet.rows[4] == ("RH", "Absences", "2024-01-05 10:30", "2.5", "FALSE")


def test_ods_merged_cells_are_repeated_too(tmp_path: Path) -> None:
    source = tmp_path / "fiche.xlsx"
    source.write_bytes(
        xlsx(
            {
                "Fiche": [
                    ["Titre de la fiche"],
                    ["Service", "RH"],
                    ["", ""],
                    ["Date", date(2025, 3, 1)],
                ]
            },
            {"Fiche": ["A1:C1", "B2:B3"]},
        )
    )
    soffice_convert(source, tmp_path, "ods")
    book = read_table((tmp_path / "fiche.ods").read_bytes(), "fiche.ods")
    assert book.kind == "ods"
    [sheet] = book.sheets
    assert sheet.rows[0] == ("Titre de la fiche",) * 3
    assert sheet.rows[1][:2] == ("Service", "RH")
    assert sheet.rows[2][:2] == ("", "RH")
    assert sheet.rows[3][:2] == ("Date", "2025-03-01")


def test_csv_with_semicolons_in_windows_1252() -> None:
    text = 'Nom;Finalité;Durée\nPaie;Calcul des salaires;5 ans\n"Prospection; B2B";Vente;3 ans\n'
    book = read_table(text.encode("cp1252"), "registre.csv")
    assert book.kind == "csv"
    [sheet] = book.sheets
    assert sheet.name == "registre"
    assert sheet.rows == (
        ("Nom", "Finalité", "Durée"),
        ("Paie", "Calcul des salaires", "5 ans"),
        ("Prospection; B2B", "Vente", "3 ans"),
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ('\ufeffName,Purpose\nCRM,"Sell, then invoice"\n'.encode(), ("CRM", "Sell, then invoice")),
        (b"Name\tPurpose\nCRM\tSell, then invoice\n", ("CRM", "Sell, then invoice")),
        ("Name\tPurpose\nCRM\tSell\n".encode("utf-16"), ("CRM", "Sell")),
    ],
)
def test_csv_delimiter_and_encoding_are_found(data: bytes, expected: tuple[str, ...]) -> None:
    [sheet] = read_table(data, "register.txt").sheets
    assert sheet.rows[0] == ("Name", "Purpose")
    assert sheet.rows[1] == expected


@pytest.mark.parametrize(
    ("data", "name", "words"),
    [
        (b"PK\x03\x04 not really a zip", "registre.xlsx", ("ne peut pas être lu", "tableur")),
        (b"\x00\x01\x02binary" * 10, "photo.jpg", ("n’est pas un tableur", ".xlsx, .ods ou .csv")),
        (b"\n  \n\t\n", "vide.csv", ("ne contient aucun tableau",)),
    ],
)
def test_a_file_that_is_no_table_is_refused_saying_what_to_do(
    data: bytes, name: str, words: tuple[str, ...]
) -> None:
    with pytest.raises(RopaError) as caught:
        read_table(data, name)
    message = caught.value.message("fr")
    assert name in message
    for word in words:
        assert word in message
    for lang in ("nl", "en"):
        assert name in caught.value.message(lang)
        assert caught.value.message(lang) != caught.value.key


def test_a_zip_that_is_no_spreadsheet_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(RopaError) as caught:
        read_table(buffer.getvalue(), "registre.xlsx")
    assert "registre.xlsx" in caught.value.message("en")
    assert ".xlsx, .ods or .csv" in caught.value.message("en")


# -- recognising --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "field"),
    [
        # The APD/GBA model register (controller and processor), in French and Dutch
        ("Processus métier", "department"),
        ("Bedrijfsproces", "department"),
        ("Responsable du processus", "owner"),
        ("Numéro", "reference"),
        ("Traitement", "name"),
        ("Verwerking", "name"),
        ("Finalité(s)", "purposes"),
        ("Doeleinde(n)", "purposes"),
        ("Base juridique", "legal_basis"),
        ("Rechtsgrond", "legal_basis"),
        ("Type de traitement", "description"),
        ("Catégories de personnes concernées", "data_subjects"),
        ("Categorieën van betrokkenen", "data_subjects"),
        ("Catégories de données à caractère personnel", "data_categories"),
        ("Categorieën van persoonsgegevens", "data_categories"),
        ("Catégories de destinataires", "recipients"),
        ("Délais d'effacement", "retention"),
        ("Bewaartermijn", "retention"),
        ("Mesures de sécurité techniques et organisationnelles", "security_measures"),
        ("Nom et coordonnées du responsable du traitement", "clients"),
        (
            "Catégories de traitements effectués pour le compte de chaque responsable",
            "processing_categories",
        ),
        # The CNIL's simplified register (row labels of a sheet)
        ("Nom / sigle", "name"),
        ("N° / REF", "reference"),
        ("Finalité principale", "purposes"),
        ("Sous-finalité 3", "purposes"),
        ("Mise à jour", "last_reviewed"),
        ("Date de création", "start_date"),  # of the record: the register's only date for it
        ("Date de création de la fiche", "start_date"),
        ("Aanmaakdatum", "start_date"),
        ("Vie personnelle", "data_category_titled"),
        ("Données de santé", "special_category_titled"),
        ("Service interne qui traite les données", "internal_recipients"),
        ("Sous-traitants", "processors"),
        ("Transferts des données hors UE", "transfers_outside_eea"),
        # The ICO's template
        ("Business function", "department"),
        ("Purpose of processing", "purposes"),
        ("Article 6 lawful basis for processing personal data", "legal_basis"),
        ("Article 9 basis for processing special category data", "art9_condition"),
        ("Legitimate interests for the processing (if applicable)", "legitimate_interest"),
        ("Link to record of legitimate interests assessment (if applicable)", "lia_reference"),
        ("Categories of individuals", "data_subjects"),
        ("Categories of personal data", "data_categories"),
        ("Categories of recipients", "recipients"),
        ("Link to contract with processor", "processors"),
        (
            "Names of third countries or international organisations that personal data are "
            "transferred to (if applicable)",
            "transfer_countries",
        ),
        (
            "Safeguards for exceptional transfers of personal data to third countries or "
            "international organisations (if applicable)",
            "transfer_tool",
        ),
        ("Retention schedule (if possible)", "retention"),
        (
            "General description of technical and organisational security measures (if possible)",
            "security_measures",
        ),
        (
            "Existence of automated decision-making, including profiling (if applicable)",
            "automated_decision",
        ),
        ("The source of the personal data (if applicable)", "sources"),
        ("Location of personal data", "data_location"),
        ("Link to record of consent", "consent_record"),
        # Common wordings, whatever the case, accents and punctuation
        ("NOM DU TRAITEMENT", "name"),
        ("duree de conservation :", "retention"),
        ("Remarques", "notes"),
        ("Opmerkingen", "notes"),
        ("Personnes concernées ?", "data_subjects"),
        # Not recognised: not imported (its values go to the notes)
        ("Couleur préférée", IGNORE),
        ("Date de création du compte client", IGNORE),  # the date of something else
        ("Registre des activités de traitement – Exemple SRL", IGNORE),
    ],
)
def test_column_titles_of_the_templates_and_common_wordings(title: str, field: str) -> None:
    assert recognise(title) == field


def test_every_field_has_a_label_in_each_language() -> None:
    for target in target_fields():
        labels = {lang: target.label(lang) for lang in ("fr", "nl", "en")}
        assert all(labels.values()) and len(set(labels.values())) >= 2, labels
        assert not any(label.startswith("table_import.") for label in labels.values())


def test_the_header_row_is_found_below_title_and_empty_rows() -> None:
    data = xlsx(
        {
            "Infos": [["Registre tenu par Exemple SRL"], ["Version 3"]],
            "Registre": [
                ["Registre des activités de traitement"],
                ["Mis à jour le 01/03/2025"],
                [],
                ["Numéro", "Traitement", "Finalité(s)", "Base juridique", "Commentaire du DPO"],
                ["T-01", "Paie", "Payer", "Obligation légale", "ok"],
                [],
                ["T-02", "CRM", "Vendre", "Contrat", ""],
            ],
        },
        {"Registre": ["A1:E1"]},
    )
    book = read_table(data, "registre.xlsx")
    mapping = guess_mapping(book)
    assert (mapping.layout, mapping.sheet, mapping.header_row) == ("rows", "Registre", 4)
    assert mapping.columns == {
        "Numéro": "reference",
        "Traitement": "name",
        "Finalité(s)": "purposes",
        "Base juridique": "legal_basis",
        "Commentaire du DPO": IGNORE,
    }
    assert preview(book, mapping, 5) == [
        {
            "Numéro": "T-01",
            "Traitement": "Paie",
            "Finalité(s)": "Payer",
            "Base juridique": "Obligation légale",
            "Commentaire du DPO": "ok",
        },
        {
            "Numéro": "T-02",
            "Traitement": "CRM",
            "Finalité(s)": "Vendre",
            "Base juridique": "Contrat",
        },
    ]


def test_one_activity_per_sheet_is_told_from_one_per_row() -> None:
    def fiche(name: str) -> list[list[object]]:
        return [
            ["Fiche de registre"],
            ["Nom / sigle", name],
            ["N° / REF", name[:3]],
            ["Finalité(s) du traitement effectué"],
            ["Finalité principale", f"Gérer {name}"],
            ["Sous-finalité 1", "Archiver"],
            ["Catégories de personnes concernées", "Salariés"],
            ["Délais d'effacement", "5 ans"],
        ]

    data = xlsx(
        {
            "Sommaire": [["Liste des fiches"], ["Paie"], ["Badges"]],
            "Paie": fiche("Paie"),
            "Badges": fiche("Badges"),
        }
    )
    book = read_table(data, "cnil.xlsx")
    mapping = guess_mapping(book)
    assert mapping.layout == "sheets"
    assert mapping.sheets == ["Paie", "Badges"]
    assert mapping.columns["Nom / sigle"] == "name"
    assert mapping.columns["Sous-finalité 1"] == "purposes"
    assert preview(book, mapping, 1) == [
        {
            "Nom / sigle": "Paie",
            "N° / REF": "Pai",
            "Finalité principale": "Gérer Paie",
            "Sous-finalité 1": "Archiver",
            "Catégories de personnes concernées": "Salariés",
            "Délais d'effacement": "5 ans",
        }
    ]


def test_a_saved_mapping_wins_for_the_titles_it_knows() -> None:
    data = xlsx({"R": [["Nom", "Quoi", "Remarques"], ["Paie", "Payer", "x"]]})
    book = read_table(data, "r.xlsx")
    saved = Mapping(
        columns={"Quoi": "purposes", "Remarques": IGNORE}, values={"role": {"Moi": "controller"}}
    )
    mapping = guess_mapping(book, saved)
    assert mapping.columns == {"Nom": "name", "Quoi": "purposes", "Remarques": IGNORE}
    assert mapping.values == {"role": {"Moi": "controller"}}
    assert (
        mapping.signature() == Mapping(columns={"Remarques": "", "Nom": "", "Quoi": ""}).signature()
    )
    assert mapping.signature() != Mapping(columns={"Nom": "", "Quoi": ""}).signature()


def test_a_sheet_chosen_by_name_is_read_one_activity_per_row() -> None:
    data = xlsx(
        {
            "Responsable": [["Numéro", "Traitement", "Finalité(s)"], ["T-01", "Paie", "Payer"]],
            "Sous-traitant": [
                ["Titre"],
                [],
                ["Numéro", "Traitement", "Catégories de traitements"],
                ["P-01", "Support", "Assistance"],
            ],
        }
    )
    book = read_table(data, "apd.xlsx")
    assert guess_mapping(book).sheet == "Responsable"
    mapping = guess_mapping(book, sheet="Sous-traitant")
    assert (mapping.sheet, mapping.header_row) == ("Sous-traitant", 3)
    assert mapping.columns["Catégories de traitements"] == "processing_categories"
    with pytest.raises(RopaError) as caught:
        guess_mapping(book, sheet="Autre")
    assert "Autre" in caught.value.message("en") and "apd.xlsx" in caught.value.message("en")


def test_a_mapping_of_only_sheet_and_header_row_guesses_the_columns_there() -> None:
    """What the dialog does when the user picks another sheet or header row."""
    data = xlsx(
        {
            "Responsable": [["Numéro", "Traitement", "Finalité(s)"], ["T-01", "Paie", "Payer"]],
            "Sous-traitant": [
                ["Titre"],
                [],
                ["Numéro", "Traitement", "Catégories de traitements"],
                ["P-01", "Support", "Assistance"],
            ],
        }
    )
    book = read_table(data, "apd.xlsx")
    mapping = guess_mapping(book, Mapping(sheet="Sous-traitant", header_row=3))
    assert (mapping.layout, mapping.sheet, mapping.header_row) == ("rows", "Sous-traitant", 3)
    assert mapping.columns == {
        "Numéro": "reference",
        "Traitement": "name",
        "Catégories de traitements": "processing_categories",
    }
    assert mapping.values == {}
    row_4 = guess_mapping(book, Mapping(sheet="Sous-traitant", header_row=4))
    assert list(row_4.columns) == ["P-01", "Support", "Assistance"]
    past_the_end = guess_mapping(book, Mapping(sheet="Sous-traitant", header_row=9))
    assert (past_the_end.sheet, past_the_end.header_row) == ("Responsable", 1)  # ropa's own


# -- mapping files ------------------------------------------------------------------------------


def test_a_mapping_survives_its_json_file() -> None:
    mapping = Mapping(
        layout="rows",
        sheet="Registre",
        header_row=4,
        columns={"Numéro": "reference", "Fondement": "legal_basis", "Couleur": IGNORE},
        values={
            "legal_basis": {"Parce que la loi": "legal_obligation"},
            "retention": {"Toujours": ""},
        },
    )
    text = mapping.to_json()
    document = json.loads(text)
    assert document["format"] == "ropa-table-mapping" and document["format_version"] == 1
    again = Mapping.from_json(text.encode())
    assert again == mapping


@pytest.mark.parametrize(
    ("document", "place", "words"),
    [
        (
            {"format": "ropa-table-mapping", "format_version": 1, "columns": {"Nom": "nom"}},
            'columns["Nom"]',
            "“nom” is not a field of ropa",
        ),
        (
            {
                "format": "ropa-table-mapping",
                "format_version": 1,
                "values": {"legal_basis": {"Loi": "loi"}},
            },
            'values["legal_basis"]["Loi"]',
            "“loi” is not one of the values",
        ),
        (
            {"format": "ropa-table-mapping", "format_version": 1, "layout": "columns"},
            "layout",
            "“columns” is not a layout",
        ),
        (
            {"format": "ropa-table-mapping", "format_version": 1, "header_row": 0},
            "header_row",
            "whole number, 1 or more",
        ),
        ({"format": "ropa-table-mapping", "format_version": 9}, "format_version", "newer ropa"),
        ({"format": "ropa-register", "format_version": 1}, "format", "not a mapping"),
    ],
)
def test_a_broken_mapping_file_is_refused_naming_the_place(
    document: dict[str, object], place: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Mapping.from_json(json.dumps(document))
    message = caught.value.message("en")
    assert place in message and words in message


def test_a_mapping_file_that_is_not_json_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Mapping.from_json(b"\xff\xfe garbage")
    assert "not JSON" in caught.value.message("en")
    assert "pas du texte JSON" in caught.value.message("fr")
