"""The import of a register kept in a spreadsheet (issue 17), measured on this machine.

    python bench/bench_table_import.py               # 1,000 rows, 5 reps
    python bench/bench_table_import.py --rows 200 --reps 3

A table in the columns of the APD/GBA model register, in French, with what real registers
hold: 1-3 purposes per row, legal bases written in words (some only a guess), categories of
people and data (seeded ones and new ones), recipients, processors (about 30 names), countries
("Non", or one or two outside the EEA), transfer tools, retention periods in words, security
measures, dates as text, a notes column and a column ropa does not know. Written once as .xlsx
and as .csv (";", Windows-1252), outside the timing.

a. import into a register holding the organisation only: read the file (python-calamine /
   csv), guess the mapping, the value guesses, the plan (the new tree, validated like every
   import) and the change preview as the command line prints it. Target: < 5 s for 1,000
   rows. Raw, for information: python-calamine reading the same cells.
b. the same table imported again (every row already in the register: the plan is empty).
c. applying the plan of a (one transaction through the services, history kept): reported.

Each figure is the median of N repetitions after one untimed warm-up. Writes
bench/out/results-table-import.json.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import statistics
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import openpyxl  # noqa: E402
import run as core_bench  # noqa: E402  (log(), timer(), measure_pair(), environment())

from ropa.cli import render_plan  # noqa: E402
from ropa.core import services  # noqa: E402
from ropa.core.register import create_register  # noqa: E402
from ropa.exports.table import (  # noqa: E402
    apply_table_import,
    guess_mapping,
    plan_table_import,
    read_table,
    value_guesses,
)

log = core_bench.log
HEADER = [
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
    "Remarques",
    "Code interne",
]
DEPARTMENTS = [
    "Ressources humaines",
    "Ventes",
    "Comptabilité",
    "Informatique",
    "Direction",
    "Support",
    "Marketing",
    "Achats",
]
BASES = [
    "Obligation légale",
    "Contrat",
    "Consentement",
    "Intérêt légitime",
    "Art. 6.1.b",
    "Exécution du contrat",
    "Intérêt légitime : prospection",
    "wettelijke verplichting",
    "Contrat ; obligation légale",
]
SUBJECTS = [
    "Salariés",
    "Clients",
    "Prospects",
    "Candidats",
    "Fournisseurs",
    "Visiteurs du site web",
    "Stagiaires",
    "Bénévoles",
    "Patients des clients",
]
CATEGORIES = [
    "Identité",
    "Coordonnées",
    "Données de paie et RH",
    "Données de connexion",
    "Données bancaires clients",
    "Historique des commandes",
    "Données de santé",
    "Vie professionnelle",
    "Plaque d'immatriculation",
    "Images de vidéosurveillance",
]
RECIPIENTS = [
    "Service comptabilité",
    "Direction",
    "Expert-comptable / fiduciaire",
    "Banques et prestataires de paiement",
    "Assureurs",
    "Partenaires commerciaux",
]
COUNTRIES = ["Non", "Non", "Non", "États-Unis", "Inde", "Royaume-Uni, États-Unis", "Suisse"]
TOOLS = ["CCT", "Décision d'adéquation", "DPF", "Clauses contractuelles types"]
RETENTION = [
    "5 ans après la fin du contrat",
    "3 ans après le dernier contact",
    "10 ans",
    "13 mois",
    "6 mois",
    "Durée du contrat",
    "7 jaar na het einde van het boekjaar",
    "2 ans ; 8 ans en archive",
]
MEASURES = [
    "Authentification multifacteur",
    "Chiffrement des flux (TLS)",
    "Pare-feu",
    "Sauvegardes 3-2-1 avec tests de restauration",
    "Coffre ignifugé",
    "Journalisation et surveillance",
]
VERBS = ["Gérer", "Suivre", "Traiter", "Archiver", "Analyser", "Envoyer", "Facturer", "Planifier"]
OBJECTS = [
    "les contrats",
    "les demandes",
    "les commandes",
    "les paiements",
    "les candidatures",
    "les accès",
    "les tickets",
    "les newsletters",
    "les badges",
    "les absences",
]


def make_rows(count: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    processors = [f"Prestataire {i:02d} SRL" for i in range(30)]
    first = date(2015, 1, 1)
    rows = [HEADER]
    for i in range(count):
        purposes = "\n".join(
            f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}" for _ in range(rng.randint(1, 3))
        )
        countries = rng.choice(COUNTRIES)
        rows.append(
            [
                rng.choice(DEPARTMENTS),
                f"Personne {rng.randint(1, 40)}",
                f"T-{i + 1:04d}",
                f"Traitement {i + 1} – {rng.choice(OBJECTS)}",
                purposes,
                rng.choice(BASES),
                " ; ".join(rng.sample(SUBJECTS, rng.randint(1, 3))),
                "\n".join(rng.sample(CATEGORIES, rng.randint(1, 4))),
                " ; ".join(rng.sample(RECIPIENTS, rng.randint(0, 2))),
                " ; ".join(rng.sample(processors, rng.randint(0, 2))),
                countries,
                "" if countries == "Non" else rng.choice(TOOLS),
                rng.choice(RETENTION),
                " ; ".join(rng.sample(MEASURES, rng.randint(1, 3))),
                (first + timedelta(days=rng.randint(0, 3650))).strftime("%d/%m/%Y"),
                rng.choice(["", "", "À revoir", "Voir le DPO"]),
                f"X{rng.randint(100, 999)}",
            ]
        )
    return rows


def as_xlsx(rows: list[list[str]]) -> bytes:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Registre")
    sheet.append(["Registre des activités de traitement"])
    sheet.append([])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def as_csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    return buffer.getvalue().encode("cp1252", errors="replace")


def fresh_register(folder: Path, name: str) -> Any:
    db = create_register(folder / name, language="fr")
    with db.transaction() as session:
        services.create_organisation(
            session, {"legal_name": "Banc d'essai SRL", "country": "BE", "language": "fr"}
        )
    return db


def import_once(db: Any, data: bytes, name: str) -> tuple[Any, dict[str, float]]:
    """Read, guess, value guesses, plan and preview; the plan and each stage's seconds."""
    stages: dict[str, float] = {}
    clock = core_bench.time.perf_counter
    start = clock()
    book = read_table(data, name)
    stages["read"] = clock() - start
    mark = clock()
    mapping = guess_mapping(book)
    value_guesses(book, mapping)
    stages["guess"] = clock() - mark
    mark = clock()
    plan = plan_table_import(db, book, mapping, source=name)
    stages["plan"] = clock() - mark
    mark = clock()
    render_plan(plan, "fr")
    stages["preview"] = clock() - mark
    return plan, stages


def import_figure(folder: Path, data: bytes, name: str, rows: int, reps: int) -> dict[str, Any]:
    db = fresh_register(folder, f"register-{name}.ropa")
    stages: list[dict[str, float]] = []
    try:

        def ours() -> float:
            stop = core_bench.timer()
            plan, stage = import_once(db, data, name)
            elapsed = stop()
            stages.append(stage)
            assert plan.sheets[0].count("added") == rows, plan.sheets[0].count("added")
            return elapsed

        def raw() -> float:
            import python_calamine

            stop = core_bench.timer()
            if name.endswith(".xlsx"):
                book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
                for sheet in book.sheet_names:
                    book.get_sheet_by_name(sheet).to_python()
            else:
                list(csv.reader(io.StringIO(data.decode("cp1252")), delimiter=";"))
            return stop()

        result = core_bench.measure_pair(f"table import, {rows:,} rows ({name})", ours, raw, reps)
    finally:
        db.close()
    result["stages_median_s"] = {
        key: statistics.median(stage[key] for stage in stages[1:] or stages) for key in stages[0]
    }
    result["target"], result["target_kind"] = 5.0, "absolute"
    return result


def again_figure(folder: Path, data: bytes, rows: int, reps: int) -> tuple[dict[str, Any], float]:
    """The table imported a second time (every row already there), and the first apply."""
    db = fresh_register(folder, "register-again.ropa")
    try:
        plan, _stages = import_once(db, data, "registre.xlsx")
        stop = core_bench.timer()
        apply_table_import(db, plan)
        applied = stop()
        log(f"apply of {rows:,} new activities: {applied:.3f} s")

        def ours() -> float:
            stop = core_bench.timer()
            again, _stages = import_once(db, data, "registre.xlsx")
            elapsed = stop()
            assert again.is_empty
            return elapsed

        result = core_bench.measure_pair(f"same table again, {rows:,} rows", ours, None, reps)
    finally:
        db.close()
    result["target"], result["target_kind"] = 5.0, "absolute"
    return result, applied


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "results-table-import.json")
    args = parser.parse_args()
    rows = make_rows(args.rows, args.seed)
    files = {"registre.xlsx": as_xlsx(rows), "registre.csv": as_csv(rows)}
    for name, data in files.items():
        log(f"{name}: {args.rows:,} rows, {len(data) / 1e3:.0f} kB (written untimed)")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files.items():
            results.append(import_figure(Path(folder), data, name, args.rows, args.reps))
        again, applied = again_figure(Path(folder), files["registre.xlsx"], args.rows, args.reps)
        results.append(again)
    print()
    for result in results:
        stages = ", ".join(f"{k} {v:.3f}" for k, v in result.get("stages_median_s", {}).items())
        raw = f" (raw read: {result['raw_s']:.3f} s)" if "raw_s" in result else ""
        ok = "met" if result["ours_s"] < result["target"] else "NOT MET"
        print(f"{result['name']}: {result['ours_s']:.3f} s{raw} [{stages}] target < 5 s: {ok}")
    print(f"apply of {args.rows:,} new activities: {applied:.3f} s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "when": datetime.now(UTC).isoformat(),
        "environment": core_bench.environment(),
        "rows": args.rows,
        "reps": args.reps,
        "results": results,
        "apply_s": applied,
    }
    args.out.write_text(json.dumps(document, indent=2, default=str), encoding="utf-8")
    log(f"results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
