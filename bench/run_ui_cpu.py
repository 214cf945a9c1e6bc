"""The desktop-interface figures of run_ui.py measured in CPU time, for a busy machine.

    python bench/run_ui_cpu.py --register FILE [--reps N] [--startups N]

When other programs compete for the CPUs, wall-clock figures mostly measure the waiting. This
script measures the same operations as run_ui.py in CPU seconds of the process doing them:

a. start-up: user + system CPU of a fresh `ui_probe.py ropa` vs `ui_probe.py bare` process
   (from the child's resource usage; the probe quits once its window is shown).
b. open + list: time.process_time() of open_register + MainWindow until the activities pages
   hold every activity; then, apart, the idle load of the search details (show + processEvents).
c. search keystroke: time.process_time() of search_edit.setText(prefix) + processEvents on the
   activities page, for "c", "cl", ... "client fin" and back; median and worst.

It runs with whatever `ropa` is first on sys.path (PYTHONPATH=/other/tree measures another tree;
a tree with one activities page is handled). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
PROBE = HERE / "ui_probe.py"
KEYS_WORD = "client fin"


def child_cpu(mode: str, env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, str(PROBE), mode],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
        timeout=300,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup(folder: Path, reps: int) -> dict[str, Any]:
    env = dict(os.environ)
    env.update(
        ROPA_DATA_DIR=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        ROPA_QUIT_AFTER_MS="60000",
    )
    child_cpu("ropa", env)  # creates the demo register (untimed)
    ours = [child_cpu("ropa", env) for _ in range(reps)]
    bare = [child_cpu("bare", env) for _ in range(reps)]
    o, b = statistics.median(ours), statistics.median(bare)
    return {"ours_cpu_s": o, "bare_cpu_s": b, "ratio": o / b, "ours": ours, "bare": bare}


def in_process(register: Path, folder: Path, reps: int) -> dict[str, Any]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ropa.core.register import open_register
    from ropa.ui.main_window import PAGE_ACTIVITIES, MainWindow
    from ropa.ui.settings import Settings

    app = QApplication.instance() or QApplication([])

    def window_for(db: Any, n: int) -> Any:
        ini = QSettings(str(folder / f"settings-{n}.ini"), QSettings.Format.IniFormat)
        return MainWindow(db, "en", Settings(ini))

    def listed(window: Any) -> int:
        processor = getattr(window, "processor_view", None)
        if processor is None:
            return int(window.model.rowCount())
        return int(window.model.total_count() + processor.model.total_count())

    opens, shows = [], []
    for n in range(reps + 1):
        t0 = time.process_time()
        db = open_register(register)
        window = window_for(db, n)
        rows = listed(window)
        t1 = time.process_time()
        window.show()
        window.show_page(PAGE_ACTIVITIES)
        app.processEvents()  # with the idle load of the search details, where there is one
        t2 = time.process_time()
        if n:  # the first is a warm-up
            opens.append(t1 - t0)
            shows.append(t2 - t1)
        if n < reps:
            window.close()
            window.deleteLater()
            app.processEvents()
            db.close()
    typed = [KEYS_WORD[: i + 1] for i in range(len(KEYS_WORD))]
    keys = typed + [KEYS_WORD[:i] for i in range(len(KEYS_WORD) - 1, -1, -1)]
    strokes: list[float] = []
    for rep in range(reps + 1):
        for text in keys:
            t0 = time.process_time()
            window.search_edit.setText(text)
            app.processEvents()
            if rep:
                strokes.append(time.process_time() - t0)
    return {
        "activities": rows,
        "open_list_cpu_s": statistics.median(opens),
        "show_and_idle_details_cpu_s": statistics.median(shows),
        "keystroke_median_cpu_s": statistics.median(strokes),
        "keystroke_worst_cpu_s": max(strokes),
        "open_list_samples": opens,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--register", type=Path, required=True)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--startups", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        result = {"startup": startup(folder, args.startups)}
        result["lists"] = in_process(args.register, folder, args.reps)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
