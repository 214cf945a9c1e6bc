"""The Excel workbook figures, measured on this machine in one run.

    python bench/run_xlsx.py            # 10,000 activities (one organisation), and 1,000; 5 reps
    python bench/run_xlsx.py --quick    # 1,000 and 100 activities; 3 reps
    python bench/run_xlsx.py --translated   # every text also in the two other languages

a. export: `build_workbook(db)` (read the register, compute every sheet's rows and summaries,
   write the styled workbook with validations, comments, frozen panes and filters) vs raw
   openpyxl write_only writing the same cell values (the same sheets, rows and columns, read
   back from ropa's own workbook outside the timing; no styles, no validation). Target: CPU
   time ratio <= 1.2x (the figure the verdict is on; wall time reported beside it).
b. linearity: ropa's export of 10,000 activities vs 1,000 (CPU time). Target <= 11x.
c. plan_import of the 10,000-activity workbook, unchanged (read, rebuild the register tree,
   validate it like the JSON import, compare): no target, reported.

Each figure is the median of N repetitions after one untimed warm-up; ropa and raw alternate.
Writes bench/out/results-xlsx.json (results-xlsx-quick.json with --quick).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import openpyxl  # noqa: E402
import run as core_bench  # noqa: E402  (environment(), log(), timer(), measure_pair())
from openpyxl import Workbook  # noqa: E402

from ropa.core.register import open_register  # noqa: E402
from ropa.exports.workbook import build_workbook, plan_import  # noqa: E402

log = core_bench.log
Sheets = list[tuple[str, list[tuple[Any, ...]]]]


def make_register(folder: Path, activities: int, seed: int, translated: bool = False) -> Path:
    path = folder / f"register-{activities}.ropa"
    log(f"generating a register of {activities:,} activities (untimed)")
    document = generate.make_document(1, activities, seed, translated=translated)
    generate.write_register(path, generate.to_bytes(document))
    return path


def cells_of(data: bytes) -> Sheets:
    """Every sheet's values as ropa wrote them (read back with openpyxl, outside the timing)."""
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    try:
        return [(ws.title, list(ws.iter_rows(values_only=True))) for ws in book.worksheets]
    finally:
        book.close()


def raw_write(sheets: Sheets) -> bytes:
    book = Workbook(write_only=True)
    for title, rows in sheets:
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_pair(db: Any, sheets: Sheets) -> tuple[Callable[[], float], Callable[[], float]]:
    def ours() -> float:
        stop = core_bench.timer()
        build_workbook(db)
        return stop()

    def raw() -> float:
        stop = core_bench.timer()
        raw_write(sheets)
        return stop()

    return ours, raw


def export_figure(path: Path, reps: int, label: str) -> tuple[dict[str, Any], bytes]:
    db = open_register(path)
    try:
        data = build_workbook(db)
        sheets = cells_of(data)
        count = sum(1 for _t, rows in sheets for row in rows for v in row if v is not None)
        log(f"{label}: {len(sheets)} sheets, {count:,} cells, {len(data) / 1e6:.1f} MB")
        ours, raw = export_pair(db, sheets)
        result = core_bench.measure_pair(f"xlsx export, {label}", ours, raw, reps)
    finally:
        db.close()
    result["cells"] = count
    result["bytes"] = len(data)
    result["ours_cpu_s"] = statistics.median(result["ours_cpu_samples_s"])
    result["raw_cpu_s"] = statistics.median(result["raw_cpu_samples_s"])
    return result, data


def plan_figure(path: Path, data: bytes, reps: int) -> dict[str, Any]:
    db = open_register(path)
    try:
        samples, cpu = [], []
        plan_import(db, data)  # warm-up
        for i in range(reps):
            stop = core_bench.timer()
            plan = plan_import(db, data)
            samples.append(stop())
            cpu.append(core_bench.CPU_TIMES[-1])
            assert plan.is_empty, "an unchanged workbook must give an empty plan"
            log(f"plan_import: repetition {i + 1}/{reps}: {samples[-1]:.3f} s")
    finally:
        db.close()
    return {
        "name": "plan_import of the unchanged workbook",
        "ours_s": statistics.median(samples),
        "ours_samples_s": samples,
        "ours_cpu_s": statistics.median(cpu),
        "ours_cpu_samples_s": cpu,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 and 100 activities, 3 reps")
    parser.add_argument("--activities", type=int, help="default 10,000 (1,000 with --quick)")
    parser.add_argument("--reps", type=int, help="timed repetitions, default 5 (3 with --quick)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--translated", action="store_true", help="every text in three document languages"
    )
    parser.add_argument("--tmpdir", type=Path, help="folder for the register files")
    parser.add_argument("--out", type=Path, help="results file (JSON)")
    args = parser.parse_args(argv)
    big = args.activities or (1_000 if args.quick else 10_000)
    small = max(big // 10, 1)
    reps = args.reps or (3 if args.quick else 5)
    out = args.out or HERE / "out" / (
        "results-xlsx-quick.json" if args.quick else "results-xlsx.json"
    )

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=args.tmpdir) as folder:
        small_path = make_register(Path(folder), small, args.seed, args.translated)
        big_path = make_register(Path(folder), big, args.seed, args.translated)
        small_result, _ = export_figure(small_path, reps, f"{small:,} activities")
        big_result, data = export_figure(big_path, reps, f"{big:,} activities")
        planned = plan_figure(big_path, data, max(1, reps // 2))

    ratio = big_result["cpu_ratio"]
    linearity = big_result["ours_cpu_s"] / small_result["ours_cpu_s"]
    results = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "environment": core_bench.environment(),
        "activities": {"small": small, "big": big},
        "languages": 3 if args.translated else 1,
        "export": {"small": small_result, "big": big_result},
        "ratio_cpu": ratio,
        "ratio_wall": big_result["ratio"],
        "ratio_target": 1.2,
        "ratio_pass": ratio <= 1.2,
        "linearity_cpu": linearity,
        "linearity_target": 11.0,
        "linearity_pass": linearity <= 11.0,
        "plan_import": planned,
        "total_s": time.perf_counter() - started,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    print(f"xlsx export, {big:,} activities ({big_result['cells']:,} cells):")
    print(
        f"  ropa {big_result['ours_cpu_s']:.2f} s CPU ({big_result['ours_s']:.2f} s wall), "
        f"raw openpyxl write_only {big_result['raw_cpu_s']:.2f} s CPU "
        f"({big_result['raw_s']:.2f} s wall)"
    )
    print(
        f"  ratio {ratio:.2f}x CPU ({big_result['ratio']:.2f}x wall), target <= 1.2x: "
        + ("PASS" if ratio <= 1.2 else "FAIL")
    )
    print(
        f"linearity {small:,} -> {big:,} activities: {linearity:.2f}x CPU "
        f"({small_result['ours_cpu_s']:.2f} s -> {big_result['ours_cpu_s']:.2f} s), "
        "target <= 11x: " + ("PASS" if linearity <= 11.0 else "FAIL")
    )
    print(
        f"plan_import of the unchanged {big:,}-activity workbook: {planned['ours_s']:.2f} s wall "
        f"({planned['ours_cpu_s']:.2f} s CPU), no target"
    )
    print(f"results: {out}")
    return 0 if results["ratio_pass"] and results["linearity_pass"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
