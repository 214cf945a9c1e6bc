"""The register in the authorities' layouts (`ropa export FILE --format apd|cnil`): each
workbook read back with openpyxl as a DPO's spreadsheet program would, and one opened by
LibreOffice, which must print it."""

from __future__ import annotations

import copy
import io
import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from pypdf import PdfReader

from ropa.cli import main
from ropa.core.i18n import tr
from ropa.core.register import create_register
from ropa.db.session import RegisterDatabase
from ropa.exports.common import Cancelled
from ropa.exports.interchange import import_json
from ropa.exports.layouts import build_layout
from ropa.paths import resources_dir
from tests.unit.workbook_support import HOSTILE, make_hostile_register, soffice_convert

DEMO = json.loads((resources_dir() / "demo" / "demo-register.json").read_text(encoding="utf-8"))
DEMO_ORG = DEMO["organisations"][0]
APD_CONTROLLER_COLUMNS = [
    "department",
    "owner",
    "reference",
    "name",
    "description",
    "purposes",
    "legal_bases",
    "data_subjects",
    "data_categories",
    "special_categories",
    "sources",
    "recipients",
    "processors",
    "joint_controllers",
    "transfers",
    "retention",
    "security",
    "automated",
    "dpia",
    "status",
    "start_date",
    "end_date",
]


def load(data: bytes) -> Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def cells(book: Workbook) -> list[Any]:
    return [c for ws in book.worksheets for row in ws.iter_rows() for c in row]


def texts(book: Workbook) -> list[str]:
    return [c.value for c in cells(book) if isinstance(c.value, str)]


def table(ws: Worksheet) -> list[dict[str, Any]]:
    """A table sheet's rows as {header: value}."""
    rows = list(ws.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, row, strict=False)) for row in rows[1:]]


def form(ws: Worksheet) -> list[tuple[Any, ...]]:
    """A form sheet's rows, as (A, B, C) values (None where a row has no such cell)."""
    return [(tuple(row) + (None, None, None))[:3] for row in ws.iter_rows(values_only=True)]


def column(lang: str, key: str) -> str:
    return tr(lang, f"layouts.column.{key}")


def demo_references(role: str, *, retired: bool) -> list[str]:
    """The demo's activities of a register part (controller / processor) a layout lists:
    never drafts; retired ones if asked."""
    return [
        a["reference"]
        for a in DEMO_ORG["activities"]
        if (a["role"] == "processor") == (role == "processor")
        and a["status"] != "draft"
        and (retired or a["status"] != "retired")
    ]


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The demo register in both layouts, in French (its language) and in Dutch."""
    folder = tmp_path_factory.mktemp("layouts-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ROPA_DATA_DIR", str(folder / "userdata"))
        db = create_register(folder / "demo.ropa", demo=True)
        try:
            return {
                f"{layout}-{lang}": build_layout(db, layout, lang=lang)
                for layout in ("apd", "cnil")
                for lang in ("fr", "nl")
            }
        finally:
            db.close()


@pytest.fixture
def register_from(tmp_path: Path) -> Iterator[Callable[..., RegisterDatabase]]:
    """A register holding the demo organisation as `change` leaves it (imported as JSON)."""
    opened: list[RegisterDatabase] = []

    def make(change: Callable[[dict[str, Any]], None]) -> RegisterDatabase:
        document = copy.deepcopy(DEMO)
        change(document["organisations"][0])
        db = create_register(tmp_path / f"changed-{len(opened)}.ropa", language="en")
        opened.append(db)
        import_json(db, json.dumps(document).encode("utf-8"))
        return db

    yield make
    for db in opened:
        db.close()


def activity(org: dict[str, Any], reference: str) -> dict[str, Any]:
    return next(a for a in org["activities"] if a["reference"] == reference)


# -- APD / GBA ---------------------------------------------------------------------------------


def test_apd_lists_every_activity_but_drafts_in_its_register_sheet(
    demo_files: dict[str, bytes],
) -> None:
    book = load(demo_files["apd-fr"])
    assert book.sheetnames == [
        "Identification",
        "Registre du responsable",
        "Registre du sous-traitant",
    ]
    controller = table(book["Registre du responsable"])
    # Retired activities stay, marked with their status and end date (the APD's model keeps
    # a stopped processing); drafts are not part of the register sent.
    assert [r[column("fr", "reference")] for r in controller] == demo_references(
        "controller", retired=True
    )
    retired = next(r for r in controller if r[column("fr", "reference")] == "T-17")
    assert retired[column("fr", "status")] == "Terminée"
    assert retired[column("fr", "end_date")] is not None
    processor = table(book["Registre du sous-traitant"])
    # One row per processor activity and client controller.
    expected = [
        a["reference"]
        for a in DEMO_ORG["activities"]
        if a["role"] == "processor" and a["status"] != "draft"
        for _ in a["clients"] or [None]
    ]
    assert [r[column("fr", "reference")] for r in processor] == expected
    clients = {r[column("fr", "client")].split("\n")[0] for r in processor}
    assert "Polyclinique dentaire des Tilleuls SRL" in clients


def test_apd_headers_are_in_the_register_language(demo_files: dict[str, bytes]) -> None:
    for lang in ("fr", "nl"):
        book = load(demo_files[f"apd-{lang}"])
        register = book.worksheets[1]
        header = [c.value for c in next(register.iter_rows(max_row=1))]
        assert header == [column(lang, key) for key in APD_CONTROLLER_COLUMNS]
    dutch = load(demo_files["apd-nl"])
    assert dutch.sheetnames == ["Identificatie", "Register verantwoordelijke", "Register verwerker"]
    assert "Bedrijfsproces / dienst" in texts(dutch)
    assert "Processus métier / service" not in texts(dutch)
    # The register's own texts are those of the document's language.
    rows = table(dutch["Register verantwoordelijke"])
    t01 = next(r for r in rows if r["Nummer"] == "T-01")
    assert t01["Verwerking"] == "Klantenbeheer en facturatie"


def test_apd_identification_names_the_firm_in_french_and_dutch(
    demo_files: dict[str, bytes],
) -> None:
    rows = dict((a, b) for a, b, _ in form(load(demo_files["apd-fr"])["Identification"]) if a and b)
    assert rows["Dénomination sociale (français)"] == "Clairbois Informatique SRL"
    assert rows["Dénomination sociale (néerlandais)"] == "Clairbois Informatique BV"
    assert rows["Numéro d'entreprise (BCE)"] == "0745.812.313"
    assert rows["Téléphone"] == "+32 2 000 14 20"
    assert rows["Adresse e-mail"] == "info@clairbois-it.example"
    assert "Rue des Artisans 14" in rows["Adresse"]
    # No DPO is designated in the demo: its privacy contact is titled as such.
    assert rows["Contact vie privée (pas de DPO désigné)"].startswith("Julien Marchal")
    # The document says what it is, and that it is not the authority's file.
    assert "n’est pas le modèle officiel" in rows["Présentation"]


def test_apd_row_says_what_the_register_holds(demo_files: dict[str, bytes]) -> None:
    rows = table(load(demo_files["apd-fr"])["Registre du responsable"])
    t01 = next(r for r in rows if r["Numéro"] == "T-01")
    assert t01["Processus métier / service"] == "Administration et comptabilité"
    assert t01["Responsable opérationnel"] == "Élise Verhaegen"
    assert t01[column("fr", "legal_bases")].startswith("1. Contrat (art. 6.1.b)")
    assert (
        "Intérêt légitime (art. 6.1.f)\u00a0: Exécuter les contrats"
        in t01[column("fr", "legal_bases")]
    )
    assert t01[column("fr", "data_subjects")] == "Clients"
    # The firm answered that T-01's data stay in the EEA.
    assert t01[column("fr", "transfers")] == "Aucun transfert hors de l’EEE."
    t03 = next(r for r in rows if r["Numéro"] == "T-03")
    assert "États-Unis (US)" in t03[column("fr", "transfers")]
    assert "Cadre de protection des données UE–États-Unis" in t03[column("fr", "transfers")]


def test_a_text_not_translated_is_the_main_languages_marked(
    demo_register: RegisterDatabase,
) -> None:
    book = load(build_layout(demo_register, "apd", lang="en"))
    rows = table(book["Controller register"])
    t02 = next(r for r in rows if r["Number"] == "T-02")
    assert t02["Processing activity"] == "[FR]\u00a0" + activity(DEMO_ORG, "T-02")["name"]
    t01 = next(r for r in rows if r["Number"] == "T-01")
    assert t01["Processing activity"] == "Client management and invoicing"
    about = dict((a, b) for a, b, _ in form(book["Identification"]) if a)
    assert about["Texts not translated"] == (
        "Texts not yet translated into English are shown in French and marked [FR]."
    )


# -- CNIL ----------------------------------------------------------------------------------------


def test_cnil_has_a_fiche_per_current_activity_listed_on_the_first_sheet(
    demo_files: dict[str, bytes],
) -> None:
    book = load(demo_files["cnil-fr"])
    current = demo_references("controller", retired=False) + demo_references(
        "processor", retired=False
    )
    assert book.sheetnames == ["Registre", *current]
    summary = book["Registre"]
    listed = {}
    for row in summary.iter_rows():
        link = row[4] if len(row) > 4 else None
        if link is not None and link.hyperlink is not None:
            listed[row[0].value] = link.hyperlink.location
    assert listed == {ref: f"'{ref}'!A1" for ref in current}
    for reference in current:
        fiche = form(book[reference])
        assert ("N° / Réf.", reference, None) in fiche


def test_cnil_fiche_follows_the_cnil_sections(demo_files: dict[str, bytes]) -> None:
    fiche = form(load(demo_files["cnil-fr"])["T-03"])
    labels = [a for a, _, _ in fiche]
    sections = [
        "Description du traitement",
        "Acteurs",
        "Finalité(s) du traitement effectué",
        "Catégories de données personnelles concernées",
        "Données sensibles",
        "Catégories de personnes concernées",
        "Destinataires",
        "Mesures de sécurité",
        "Transferts de données hors de l’EEE",
    ]
    assert [label for label in dict.fromkeys(labels) if label in sections] == sections
    by_label = {a: (b, c) for a, b, c in fiche}
    newsletter = activity(DEMO_ORG, "T-03")
    assert by_label["Nom / sigle"][0] == newsletter["name"]
    assert by_label["Finalité principale"][0] == newsletter["purposes"][0]["description"]
    assert by_label["Responsable du traitement"][0].startswith("Clairbois Informatique SRL")
    # Each data category with its description and its retention.
    start = labels.index("Catégories de données personnelles concernées")
    assert fiche[start + 1] == ("Catégorie", "Description", "Durée de conservation")
    count = len(newsletter["data_categories"])
    category_rows = fiche[start + 2 : start + 2 + count]
    assert all(b and c and c != "Non renseigné" for _, b, c in category_rows)
    # The periods about all data are written once, each category without one of its own
    # pointing to them.
    assert any(c == "Voir «\u00a0Catégories sans durée propre\u00a0»" for _, _, c in category_rows)
    common = fiche[start + 2 + count : labels.index("Données sensibles")]
    assert common[0][0] == "Catégories sans durée propre"
    phases = [p for p in newsletter["retention_phases"] if p["data_category_id"] is None]
    assert len(common) == len(phases)
    assert all(c.startswith(("Base active", "Archivage")) for _, _, c in common)
    transfer = by_label["Transfert 1"][0]
    assert "États-Unis (US)" in transfer


def test_cnil_processor_activity_names_its_clients_and_what_is_done_for_them(
    demo_files: dict[str, bytes],
) -> None:
    fiche = form(load(demo_files["cnil-fr"])["ST-01"])
    by_label: dict[str, list[tuple[Any, Any]]] = {}
    for a, b, c in fiche:
        by_label.setdefault(a, []).append((b, c))
    clients = [b.split("\n")[0] for b, _ in by_label["Client (responsable du traitement)"]]
    expected = activity(DEMO_ORG, "ST-01")["clients"]
    assert len(clients) == len(expected)
    assert "Polyclinique dentaire des Tilleuls SRL" in clients
    assert by_label["Sous-traitant"][0][0].startswith("Clairbois Informatique SRL")
    assert by_label["Sous-traitants ultérieurs"][-1][0] == "Hébergement Ardenne Datacenter SA"


def test_cnil_in_dutch_speaks_dutch(demo_files: dict[str, bytes]) -> None:
    book = load(demo_files["cnil-nl"])
    assert book.sheetnames[0] == "Register"
    labels = [a for a, _, _ in form(book["T-01"])]
    assert "Hoofddoeleinde" in labels and "Betrokken categorieën van persoonsgegevens" in labels
    assert "Finalité principale" not in texts(book)


# -- what the register does not hold, and what it must not show ------------------------------


def test_nothing_the_register_lacks_is_made_up(
    register_from: Callable[..., RegisterDatabase],
) -> None:
    def forget(org: dict[str, Any]) -> None:
        org["dpo_designated"] = None
        t01 = activity(org, "T-01")
        t01.update(
            transfers_outside_eea=None,
            automated_decision=None,
            department=None,
            department_nl=None,
            department_en=None,
            retention_phases=[],
            data_subjects=[],
        )
        t01["purposes"][0]["legal_basis"] = None
        t01["purposes"][0]["provision_requirement"] = None

    db = register_from(forget)
    apd = load(build_layout(db, "apd", lang="en"))
    row = next(r for r in table(apd["Controller register"]) if r["Number"] == "T-01")
    unknown = "Not recorded"
    assert row["Business process / department"] == unknown
    assert row[column("en", "retention")] == unknown
    assert row[column("en", "transfers")] == unknown  # not "no transfer"
    assert row[column("en", "data_subjects")] == unknown
    assert row[column("en", "legal_bases")].startswith(f"1. {unknown}\n")
    automated = row[column("en", "automated")]
    assert automated == f"Automated decision-making (Art. 22): {unknown}\nProfiling: No"
    identification = dict((a, b) for a, b, _ in form(apd["Identification"]) if a)
    assert identification["Privacy contact (DPO: not recorded)"].startswith("Julien Marchal")
    assert "Data protection officer (DPO)" not in identification

    cnil = load(build_layout(db, "cnil", lang="en"))
    by_label = {a: b for a, b, _ in form(cnil["T-01"])}
    assert by_label["Transfers outside the EEA"] == unknown
    assert by_label["Categories of data subjects"] == unknown
    # Without retention recorded, each data category's retention is not recorded.
    fiche = form(cnil["T-01"])
    labels = [a for a, _, _ in fiche]
    start = labels.index("Categories of personal data concerned") + 2  # after the header
    retention = [c for _, _, c in fiche[start : labels.index("Sensitive data")]]
    assert retention and all(c == unknown for c in retention)
    assert by_label["Main purpose"] == activity(DEMO_ORG, "T-01")["purposes"][0]["description_en"]
    main_basis = next(c for a, _, c in fiche if a == "Main purpose")
    assert main_basis == unknown


def test_drafts_only_when_asked(demo_register: RegisterDatabase) -> None:
    drafts = [a["reference"] for a in DEMO_ORG["activities"] if a["status"] == "draft"]
    assert drafts
    for layout in ("apd", "cnil"):
        book = load(build_layout(demo_register, layout))
        values = set(texts(book))
        assert not values & set(drafts), layout
        with_drafts = load(build_layout(demo_register, layout, include_drafts=True))
        found = set(texts(with_drafts))
        assert set(drafts) <= found, layout
        assert "Brouillon" in found
        assert "Incluses à la demande, marquées «\u00a0Brouillon\u00a0» dans leur statut." in found


def test_internal_notes_are_never_exported(demo_files: dict[str, bytes]) -> None:
    def without_notes(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: without_notes(v) for k, v in value.items() if k != "notes"}
        if isinstance(value, list):
            return [without_notes(v) for v in value]
        return value

    def notes(value: Any) -> Iterator[str]:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "notes" and item:
                    yield item
                else:
                    yield from notes(item)
        elif isinstance(value, list):
            for item in value:
                yield from notes(item)

    # The notes whose text is nowhere else in the register (a note may repeat a field).
    elsewhere = json.dumps(without_notes(DEMO_ORG), ensure_ascii=False)
    private = [n for n in notes(DEMO_ORG) if n not in elsewhere]
    assert len(private) > 20
    for name, data in demo_files.items():
        written = "\n".join(texts(load(data)))
        leaked = [n for n in private if n in written]
        assert not leaked, (name, leaked)


def test_no_text_becomes_a_formula(empty_register: RegisterDatabase) -> None:
    make_hostile_register(empty_register)
    for layout in ("apd", "cnil"):
        book = load(build_layout(empty_register, layout, include_drafts=True))
        assert not [c.coordinate for c in cells(book) if c.data_type == "f"], layout
        values = texts(book)
        assert "=1+1" in values  # the activity's name, as typed
        assert any(v.startswith("=Evil & Co <SRL>") for v in values)  # the organisation's
        assert HOSTILE["notes"] not in "\n".join(values)
        # A register in English: English headings, said so.
        assert any("its headings are in English because the register is" in v for v in values)


def test_privacy_shield_is_never_offered(demo_files: dict[str, bytes]) -> None:
    for name, data in demo_files.items():
        assert not [v for v in texts(load(data)) if "privacy shield" in v.lower()], name


def test_a_cancelled_export_stops(demo_register: RegisterDatabase) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        build_layout(demo_register, "cnil", progress=progress)
    assert seen[-1][0] == 3 and seen[-1][1] > 3


# -- the command line and LibreOffice --------------------------------------------------------


def test_cli_writes_each_layout_beside_the_register(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.ropa"
    assert main(["init", str(path), "--demo"]) == 0
    assert main(["export", str(path), "--format", "cnil"]) == 0
    written = tmp_path / "demo-cnil.xlsx"
    assert str(written) in capsys.readouterr().err
    assert load(written.read_bytes()).sheetnames[0] == "Registre"
    target = tmp_path / "out.xlsx"
    code = main(
        ["export", str(path), "--format", "apd", "-o", str(target), "--document-lang", "nl"]
    )
    assert code == 0
    assert load(target.read_bytes()).sheetnames[1] == "Register verantwoordelijke"
    code = main(["export", str(path), "--format", "apd", "-o", "-"])
    assert code == 1
    assert "-o" in capsys.readouterr().err


@pytest.fixture(scope="module")
def printed(demo_files: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both demo layouts printed to PDF by LibreOffice (headless, its own profile)."""
    folder = tmp_path_factory.mktemp("layouts-lo")
    for name in ("apd-fr", "cnil-fr"):
        (folder / f"{name}.xlsx").write_bytes(demo_files[name])
        soffice_convert(folder / f"{name}.xlsx", folder / "pdf", "pdf")
    return folder / "pdf"


@pytest.mark.parametrize(("name", "pages"), [("apd-fr", (3, 40)), ("cnil-fr", (22, 120))])
def test_libreoffice_opens_and_prints_each_layout(
    printed: Path, name: str, pages: tuple[int, int]
) -> None:
    pdf = printed / f"{name}.pdf"
    count = len(PdfReader(pdf).pages)
    assert pages[0] <= count <= pages[1], count
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Clairbois Informatique SRL" in text
    assert "Gestion des clients et facturation" in text
