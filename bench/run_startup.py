"""Start-up of the built application against the source run, and the bundle's size.

    python installer/build.py && python bench/run_startup.py [--reps 5]

Time from launch to the first window (the main window shown, its event loop started, then
left at once: ROPA_QUIT_AFTER_MS=0), offscreen, on the same data folder holding the demo as
the default register (made by one untimed run first), for dist/ropa/ropa-gui and for
`python main.py` from the source tree. Median of the repetitions, runs alternated so both
see the same machine load; the ratio frozen / source is the figure to compare between
machines. Also the bundle's size unpacked and the release archive's size. Printed, and written
to bench/out/results-startup.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUNDLE = ROOT / "dist" / "ropa"


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - start


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args(argv)
    frozen = BUNDLE / ("ropa-gui.exe" if sys.platform == "win32" else "ropa-gui")
    if not frozen.exists():
        print("no dist/ropa: run python installer/build.py first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as data:
        env = {
            **os.environ,
            "ROPA_DATA_DIR": data,
            "QT_QPA_PLATFORM": "offscreen",
            "ROPA_QUIT_AFTER_MS": "0",
        }
        commands = {"frozen": [str(frozen)], "source": [sys.executable, str(ROOT / "main.py")]}
        for command in commands.values():  # the first run creates the demo register: untimed
            timed(command, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.reps):
            for name, command in commands.items():
                samples[name].append(timed(command, env))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    archives = sorted((ROOT / "dist").glob("ropa-*.tar.xz")) + sorted(
        (ROOT / "dist").glob("ropa-*-setup.exe")
    )
    results = {
        "startup_frozen_s": medians["frozen"],
        "startup_source_s": medians["source"],
        "ratio": medians["frozen"] / medians["source"],
        "bundle_mb": folder_size(BUNDLE) / 1e6,
        "archive_mb": archives[-1].stat().st_size / 1e6 if archives else None,
    }
    print(f"start-up to first window, median of {args.reps}")
    print(f"  frozen (dist/ropa)   {medians['frozen']:6.2f} s")
    print(f"  source (main.py)     {medians['source']:6.2f} s")
    print(f"  frozen / source      {results['ratio']:6.2f}x")
    print(f"bundle unpacked        {results['bundle_mb']:6.1f} MB (target < 200)")
    if archives:
        print(f"{archives[-1].name:22} {results['archive_mb']:6.1f} MB (target < 80)")
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    (out / "results-startup.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
