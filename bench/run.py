"""The register-core figures, measured on this machine in one run, with their raw baselines.

    python bench/run.py            # 200 organisations x 50 activities (10,000), 5 repetitions
    python bench/run.py --quick    # 20 x 50 (1,000 activities), 3 repetitions: a smoke run

Each figure is the median of N timed repetitions (time.perf_counter) after one untimed
warm-up. ropa and its raw baseline are measured in the same run, on the same data, on files in
the same temporary folder, alternately (ours first on even repetitions, raw first on odd ones) so
that drift of the machine hits both. Only the operation itself is inside the timed section:
creating fresh register files, flattening the baseline's rows and the checks that both sides did
the same work happen outside it.

The table is printed and written as JSON to bench/out/results-core.json (see bench/README.md).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy import func, insert, select

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (bench/generate.py)

from ropa.core.queries import list_activities  # noqa: E402
from ropa.core.register import create_register, open_register  # noqa: E402
from ropa.core.snapshot import flatten  # noqa: E402
from ropa.core.tree import INSERT_ORDER, LINK_TABLES  # noqa: E402
from ropa.exports.interchange import decode, export_json, import_json, validate_document  # noqa: E402

BUSY_LOAD = 1.5  # median 1-min load average above which the run is flagged as disturbed

LIST_SQL = """
SELECT a.id, a.organisation_id, a.reference, a.name, a.role, a.status, a.owner,
       a.next_review, a.updated_at, coalesce(p.n, 0)
FROM activity AS a
LEFT OUTER JOIN (SELECT activity_id, count(*) AS n FROM purpose GROUP BY activity_id) AS p
  ON p.activity_id = a.id
ORDER BY a.reference, a.id
"""


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


CPU_TIMES: list[float] = []  # process CPU seconds of the last timed sections, for diagnosis


def timer() -> Callable[[], float]:
    """Collect garbage (untimed), then start the clock; the returned function stops it.

    The figure is wall time (perf_counter). The process CPU time of the same section is kept
    aside (CPU_TIMES) to tell, on a busy machine, waiting from working.
    """
    gc.collect()
    cpu = time.process_time()
    start = time.perf_counter()

    def stop() -> float:
        elapsed = time.perf_counter() - start
        CPU_TIMES.append(time.process_time() - cpu)
        return elapsed

    return stop


def load() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:  # pragma: no cover - not on Windows
        return float("nan")


def measure_pair(
    name: str, ours: Callable[[], float], raw: Callable[[], float] | None, reps: int
) -> dict[str, Any]:
    """One warm-up of each, then `reps` alternating repetitions; medians and samples."""
    log(f"{name}: warm-up")
    warm_ours = ours()
    warm_raw = raw() if raw is not None else None
    ours_samples: list[float] = []
    raw_samples: list[float] = []
    ours_cpu: list[float] = []
    raw_cpu: list[float] = []
    loads = [load()]

    def run_ours() -> None:
        ours_samples.append(ours())
        ours_cpu.append(CPU_TIMES[-1])

    def run_raw() -> None:
        assert raw is not None
        raw_samples.append(raw())
        raw_cpu.append(CPU_TIMES[-1])

    for i in range(reps):
        if raw is None:
            run_ours()
        elif i % 2 == 0:
            run_ours()
            run_raw()
        else:
            run_raw()
            run_ours()
        loads.append(load())
        log(
            f"{name}: repetition {i + 1}/{reps}: ours {ours_samples[-1]:.3f} s"
            + (f", raw {raw_samples[-1]:.3f} s" if raw_samples else "")
        )
    result: dict[str, Any] = {
        "name": name,
        "ours_s": statistics.median(ours_samples),
        "ours_samples_s": ours_samples,
        "ours_warmup_s": warm_ours,
        "ours_cpu_samples_s": ours_cpu,
        "load_average_1min": loads,
    }
    if raw is not None:
        result["raw_s"] = statistics.median(raw_samples)
        result["raw_samples_s"] = raw_samples
        result["raw_warmup_s"] = warm_raw
        result["raw_cpu_samples_s"] = raw_cpu
        result["cpu_ratio"] = statistics.median(ours_cpu) / statistics.median(raw_cpu)
        result["ratio"] = result["ours_s"] / result["raw_s"]
    return result


# --------------------------------------------------------------------------------------------
# a. open + list activities
# --------------------------------------------------------------------------------------------


def open_and_list(path: Path, expected: int) -> tuple[Callable[[], float], Callable[[], float]]:
    def ours() -> float:
        stop = timer()
        db = open_register(path)
        with db.reader() as session:
            rows = list_activities(session)
        elapsed = stop()
        db.close()
        assert len(rows) == expected, (len(rows), expected)
        return elapsed

    def raw() -> float:
        # For information only (the target is absolute): the same query in plain sqlite3.
        stop = timer()
        connection = sqlite3.connect(path)
        rows = connection.execute(LIST_SQL).fetchall()
        elapsed = stop()
        connection.close()
        assert len(rows) == expected, (len(rows), expected)
        return elapsed

    return ours, raw


# --------------------------------------------------------------------------------------------
# b. JSON export
# --------------------------------------------------------------------------------------------


def all_tables() -> list[sqlalchemy.Table]:
    return [node.table for node in INSERT_ORDER] + [link.table for _node, link in LINK_TABLES]


def export_pair(db: Any, expected_rows: int, sizes: dict[str, int]) -> tuple[Callable, Callable]:
    tables = all_tables()

    def ours() -> float:
        stop = timer()
        text = export_json(db)
        elapsed = stop()
        sizes["ours_chars"] = len(text)
        return elapsed

    def raw() -> float:
        stop = timer()
        with db.engine.connect() as conn:
            data = {
                table.name: [dict(row) for row in conn.execute(select(table)).mappings().all()]
                for table in tables
            }
        text = json.dumps(data, default=str)
        elapsed = stop()
        sizes["raw_chars"] = len(text)
        got = sum(len(rows) for rows in data.values())
        assert got == expected_rows, (got, expected_rows)
        return elapsed

    return ours, raw


# --------------------------------------------------------------------------------------------
# c. JSON import
# --------------------------------------------------------------------------------------------


def import_pair(
    folder: Path, data: bytes, expected: dict[str, int]
) -> tuple[Callable[[], float], Callable[[], float]]:
    # The baseline's rows: the same validated document, flattened once, outside any timing.
    tables, link_rows = flatten(validate_document(decode(data)))
    counter = {"n": 0}

    def fresh(prefix: str) -> tuple[Path, Any]:
        counter["n"] += 1
        path = folder / f"{prefix}-{counter['n']}.ropa"
        return path, create_register(path, language="en")

    def check_and_remove(path: Path, db: Any) -> None:
        with db.engine.connect() as conn:
            for table in all_tables():
                n = conn.execute(select(func.count()).select_from(table)).scalar_one()
                assert n == expected.get(table.name, 0), (table.name, n, expected.get(table.name))
        db.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)

    def ours() -> float:
        path, db = fresh("import-ours")
        stop = timer()
        import_json(db, data, source="bench")
        elapsed = stop()
        check_and_remove(path, db)
        return elapsed

    def raw() -> float:
        path, db = fresh("import-raw")
        stop = timer()
        with db.engine.begin() as conn:
            for node in INSERT_ORDER:
                rows = tables.get(node.name)
                if rows:
                    conn.execute(insert(node.table), rows)
            for _node, link in LINK_TABLES:
                rows = link_rows.get(link.table.name)
                if rows:
                    conn.execute(insert(link.table), rows)
        elapsed = stop()
        check_and_remove(path, db)
        return elapsed

    return ours, raw


# --------------------------------------------------------------------------------------------


def verdict(result: dict[str, Any]) -> bool:
    if result["target_kind"] == "absolute":
        return bool(result["ours_s"] < result["target"])
    return bool(result["ratio"] <= result["target"])


def target_text(result: dict[str, Any]) -> str:
    if result["target_kind"] == "absolute":
        return f"< {result['target']:.3f} s"
    return f"<= {result['target']:.1f}x"


def print_table(results: list[dict[str, Any]]) -> None:
    header = ("figure", "ours", "raw", "ratio", "target", "result")
    lines = []
    for r in results:
        raw = f"{r['raw_s']:.3f} s" if "raw_s" in r else "-"
        if r["target_kind"] == "absolute" and "raw_s" in r:
            raw += " (info)"
        ratio = f"{r['ratio']:.2f}x" if "ratio" in r else "-"
        lines.append(
            (
                r["name"],
                f"{r['ours_s']:.3f} s",
                raw,
                ratio,
                target_text(r),
                "PASS" if r["pass"] else "FAIL",
            )
        )
    widths = [max(len(str(row[i])) for row in [header, *lines]) for i in range(len(header))]

    def fmt(row: tuple[str, ...]) -> str:
        cells = [str(row[0]).ljust(widths[0])]
        cells += [str(c).rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        return "  ".join(cells)

    print(fmt(header))
    print("  ".join("-" * w for w in widths))
    for line in lines:
        print(fmt(line))


def _git(*args: str) -> str:
    import subprocess

    try:
        done = subprocess.run(
            ["git", *args], cwd=HERE.parent, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.rstrip() if done.returncode == 0 else ""


def environment() -> dict[str, Any]:
    import pydantic

    import ropa

    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "ropa_commit": _git("rev-parse", "HEAD"),
        # Files of ropa/ changed but not committed when the bench ran (read-only git status).
        "ropa_uncommitted": _git("status", "--porcelain", "--", "ropa").splitlines(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cpu_count": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "pydantic": pydantic.VERSION,
        "ropa": ropa.__version__,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 x 50 activities, 3 repetitions")
    parser.add_argument("--organisations", type=int, help="default 200 (20 with --quick)")
    parser.add_argument("--activities", type=int, help="per organisation, default 50")
    parser.add_argument("--reps", type=int, help="timed repetitions, default 5 (3 with --quick)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--translated",
        action="store_true",
        help="every organisation in three document languages, every text translated",
    )
    parser.add_argument("--tmpdir", type=Path, help="folder for the register files")
    parser.add_argument(
        "--out",
        type=Path,
        help="JSON results (default bench/out/results-core.json, results-core-quick.json with "
        "--quick, so that a smoke run does not replace the real figures)",
    )
    args = parser.parse_args(argv)
    organisations = args.organisations or (20 if args.quick else 200)
    per_org = args.activities or 50
    reps = args.reps or (3 if args.quick else 5)
    n_activities = organisations * per_org
    env = environment()  # before anything runs: the ropa code measured is the one loaded now
    if args.out is None:
        args.out = HERE / "out" / ("results-core-quick.json" if args.quick else "results-core.json")
    started = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="ropa-bench-", dir=args.tmpdir) as tmp:
        folder = Path(tmp)
        # No benchmark run touches the user's real data folder (backups of upgraded files).
        os.environ["ROPA_DATA_DIR"] = str(folder / "userdata")

        log(f"generating {organisations} organisations x {per_org} activities (seed {args.seed})")
        document = generate.make_document(
            organisations, per_org, args.seed, translated=args.translated
        )
        data = generate.to_bytes(document)
        del document
        expected = generate.counts(json.loads(data))
        expected_rows = sum(expected.values())
        log(f"document: {len(data) / 1e6:.1f} MB, {expected_rows:,} rows")

        register = folder / "register.ropa"
        log(f"building {register.name}")
        generate.write_register(register, data)
        log(f"register file: {register.stat().st_size / 1e6:.1f} MB")

        results: list[dict[str, Any]] = []

        ours, raw = open_and_list(register, n_activities)
        result = measure_pair(f"open + list {n_activities:,} activities", ours, raw, reps)
        result.update(key="open + list", target=0.3, target_kind="absolute")
        result["raw_note"] = "plain sqlite3: connect + the same query, fetchall (information)"
        results.append(result)

        db = open_register(register)
        try:
            sizes: dict[str, int] = {}
            ours, raw = export_pair(db, expected_rows, sizes)
            result = measure_pair(f"JSON export of {n_activities:,} activities", ours, raw, reps)
            result.update(key="export", target=1.5, target_kind="ratio", output_chars=sizes)
            result["raw_note"] = (
                "Core select(table) of every table and link table, .mappings().all(), "
                "json.dumps(default=str)"
            )
            results.append(result)
        finally:
            db.close()

        ours, raw = import_pair(folder, data, expected)
        result = measure_pair(f"JSON import of {n_activities:,} activities", ours, raw, reps)
        result.update(key="import", target=2.0, target_kind="ratio", input_bytes=len(data))
        result["raw_note"] = (
            "Core insert(table) executemany of the flattened validated rows, every table and "
            "link table, one transaction, fresh register file"
        )
        results.append(result)

    for result in results:
        result["pass"] = verdict(result)
    total = time.perf_counter() - started

    print()
    print(
        f"ropa register core, {n_activities:,} activities ({organisations} x {per_org}), "
        f"median of {reps} repetitions after 1 warm-up"
    )
    dirty = " + uncommitted changes in ropa/" if env["ropa_uncommitted"] else ""
    print(f"ropa at {env['ropa_commit'][:10] or 'unknown commit'}{dirty}")
    after = (_git("rev-parse", "HEAD"), _git("status", "--porcelain", "--", "ropa").splitlines())
    env["ropa_changed_during_run"] = after != (env["ropa_commit"], env["ropa_uncommitted"])
    if env["ropa_changed_during_run"]:
        print("note: ropa/ changed during the run; the code measured is the one at the start")
    print_table(results)
    print("\nspread of the repetitions (min..max), and the untimed warm-up:")
    for r in results:
        line = (
            f"  {r['key']:12} ours {min(r['ours_samples_s']):.3f}..{max(r['ours_samples_s']):.3f} s"
            f" (warm-up {r['ours_warmup_s']:.3f} s)"
        )
        if "raw_samples_s" in r:
            line += (
                f", raw {min(r['raw_samples_s']):.3f}..{max(r['raw_samples_s']):.3f} s"
                f" (warm-up {r['raw_warmup_s']:.3f} s)"
            )
        print(line)
    loads = [x for r in results for x in r["load_average_1min"]]
    busy = statistics.median(loads) > BUSY_LOAD
    print(
        "CPU-time ratio (process CPU, for information): "
        + ", ".join(f"{r['key']} {r['cpu_ratio']:.2f}x" for r in results)
    )
    print(
        f"1-min load average during the run: {min(loads):.2f}..{max(loads):.2f} "
        f"on {os.cpu_count()} CPUs (the bench itself counts for ~1)"
    )
    if busy:
        print(
            "WARNING: other processes were competing for the CPUs during this run; the "
            "figures are noisier and slower than on an idle machine. Run again when idle."
        )
    print(f"total bench run time: {total:.1f} s")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "benchmark": "register-core",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "organisations": organisations,
        "activities_per_org": per_org,
        "activities": n_activities,
        "seed": args.seed,
        "repetitions": reps,
        "rows": expected,
        "environment": env,
        "results": results,
        "total_run_s": total,
        "all_pass": all(r["pass"] for r in results),
        "machine_busy": busy,
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
