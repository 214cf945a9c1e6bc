"""The desktop-interface figures, measured on this machine in one run (QT_QPA_PLATFORM=offscreen).

    python bench/run_ui.py            # 10,000 activities (200 x 50); 7 start-ups, 5 reps
    python bench/run_ui.py --quick    # 1,000 activities (20 x 50); 3 start-ups, 3 reps

a. start-up: ropa's real start (bench/ui_probe.py ropa: ropa.app.main on the default register
   with the demo) vs a bare PySide6 QMainWindow (ui_probe.py bare), fresh processes, from just
   before subprocess.Popen to the window shown + processEvents. Target ratio <= 1.3x.
b. open + list: open_register + MainWindow(...) until the two activities pages (controller and
   processor activities) hold every activity between them.
   Target < 0.3 s. Baseline (information): sqlite3 fetchall of the list query + a minimal
   QAbstractTableModel in a QTableView.
c. search keystroke: window.search_edit.setText(prefix) + processEvents, window shown on the
   activities page, for "c", "cl", ... "client fin" then back to "". Target < 30 ms (median and
   worst reported; the verdict is on the worst). Baseline (information): a plain
   QSortFilterProxyModel fixed-string filter on the same names in a QTableView.
d. resident memory (VmRSS) of a fresh process with the window shown on the register. Target
   < 250 MB. Baseline (information): a bare shown QMainWindow.

Writes bench/out/results-ui.json (results-ui-quick.json with --quick). See bench/README.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import run as core_bench  # noqa: E402  (environment(), log(), LIST_SQL, _git)
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

from ropa.core.register import open_register  # noqa: E402
from ropa.ui.main_window import PAGE_ACTIVITIES, MainWindow  # noqa: E402
from ropa.ui.settings import Settings  # noqa: E402

PROBE = HERE / "ui_probe.py"
KEYS_WORD = "client fin"  # "Gestion de la clientèle – Finance n" in the synthetic register
log = core_bench.log


def keystrokes() -> list[str]:
    typed = [KEYS_WORD[: i + 1] for i in range(len(KEYS_WORD))]
    deleted = [KEYS_WORD[:i] for i in range(len(KEYS_WORD) - 1, -1, -1)]
    return typed + deleted


# -- a. start-up -------------------------------------------------------------------------------


def start_once(mode: str, env: dict[str, str]) -> dict[str, float]:
    t0 = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(PROBE), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = ""
    for line in child.stdout:
        if line.startswith("shown "):
            break
    t_pipe = time.perf_counter()
    child.wait(timeout=120)
    if not line.startswith("shown "):
        raise RuntimeError(f"probe {mode} did not show its window (exit {child.returncode})")
    _, top, shown = line.split()
    return {
        "start_to_shown_s": float(shown) - t0,  # same monotonic clock in both processes
        "interpreter_to_top_s": float(top) - t0,
        "pipe_s": t_pipe - t0,
    }


def startup(folder: Path, reps: int) -> dict[str, Any]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ROPA_DATA_DIR=str(folder / "startup-data"),
        XDG_CONFIG_HOME=str(folder / "startup-config"),  # QSettings of the probe, not the user's
        ROPA_QUIT_AFTER_MS="60000",  # a safety net: the probe quits as soon as it has reported
    )
    log("start-up: first ropa run creates the default register with the demo (untimed)")
    start_once("ropa", env)
    log("start-up: warm-up of each")
    warm = {"ours": start_once("ropa", env), "raw": start_once("bare", env)}
    ours: list[dict[str, float]] = []
    raw: list[dict[str, float]] = []
    for i in range(reps):
        order = (("ropa", ours), ("bare", raw)) if i % 2 == 0 else (("bare", raw), ("ropa", ours))
        for mode, samples in order:
            samples.append(start_once(mode, env))
        log(
            f"start-up {i + 1}/{reps}: ropa {ours[-1]['start_to_shown_s']:.3f} s, "
            f"bare {raw[-1]['start_to_shown_s']:.3f} s"
        )
    o = statistics.median(s["start_to_shown_s"] for s in ours)
    r = statistics.median(s["start_to_shown_s"] for s in raw)
    return {
        "key": "startup",
        "name": "start to first window (default register)",
        "ours_s": o,
        "raw_s": r,
        "ratio": o / r,
        "target": 1.3,
        "target_kind": "ratio",
        "ours_samples": ours,
        "raw_samples": raw,
        "warmup": warm,
        "raw_note": "bare PySide6: QApplication + QMainWindow 1100x700, show, processEvents",
        "ours_note": "ropa.app.main(['--lang','en']) on ROPA_DATA_DIR's demo register",
    }


# -- shared in-process helpers -------------------------------------------------------------------


class Counter:
    n = 0


def fresh_settings(folder: Path) -> Settings:
    """A fresh, empty settings file per window: no layout saved by an earlier repetition."""
    Counter.n += 1
    return Settings(
        QSettings(str(folder / f"settings-{Counter.n}.ini"), QSettings.Format.IniFormat)
    )


def dispose(window: QMainWindow) -> None:
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, 0)  # DeferredDelete
    gc.collect()


class TupleModel(QAbstractTableModel):
    """The baseline's table model: the query's tuples, as they come, no formatting."""

    def __init__(self, rows: list[tuple[Any, ...]], columns: int) -> None:
        super().__init__()
        self._rows = rows
        self._columns = columns

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._columns

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            value = self._rows[index.row()][index.column() + 2]  # skip id, organisation_id
            return None if value is None else str(value)
        return None


def bare_window(rows: list[tuple[Any, ...]]) -> tuple[QMainWindow, QSortFilterProxyModel]:
    window = QMainWindow()
    window.resize(1100, 700)
    model = TupleModel(rows, 7)
    proxy = QSortFilterProxyModel(window)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView(window)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    window.setCentralWidget(view)
    window._keep = (model, proxy, view)  # type: ignore[attr-defined]
    return window, proxy


# -- b. open + list ------------------------------------------------------------------------------


def open_list(register: Path, folder: Path, expected: int, reps: int) -> dict[str, Any]:
    def ours() -> dict[str, float]:
        settings = fresh_settings(folder)
        gc.collect()
        t0 = time.perf_counter()
        db = open_register(register)
        t1 = time.perf_counter()
        window = MainWindow(db, "en", settings)
        t2 = time.perf_counter()
        listed = window.model.total_count() + window.processor_view.model.total_count()
        assert listed == expected, (listed, expected)
        window.show()
        window.show_page(PAGE_ACTIVITIES)
        QApplication.processEvents()
        t3 = time.perf_counter()
        dispose(window)
        db.close()
        return {
            "total_s": t2 - t0,
            "open_register_s": t1 - t0,
            "main_window_s": t2 - t1,
            "show_activities_s": t3 - t2,
        }

    def raw() -> dict[str, float]:
        gc.collect()
        t0 = time.perf_counter()
        connection = sqlite3.connect(register)
        rows = connection.execute(core_bench.LIST_SQL).fetchall()
        window, proxy = bare_window(rows)
        t2 = time.perf_counter()
        assert proxy.rowCount() == expected
        window.show()
        QApplication.processEvents()
        t3 = time.perf_counter()
        dispose(window)
        connection.close()
        return {"total_s": t2 - t0, "show_s": t3 - t2}

    log("open + list: warm-up")
    warm = {"ours": ours(), "raw": raw()}
    o_samples: list[dict[str, float]] = []
    r_samples: list[dict[str, float]] = []
    for i in range(reps):
        if i % 2 == 0:
            o_samples.append(ours())
            r_samples.append(raw())
        else:
            r_samples.append(raw())
            o_samples.append(ours())
        log(
            f"open + list {i + 1}/{reps}: ours {o_samples[-1]['total_s']:.3f} s "
            f"(open {o_samples[-1]['open_register_s']:.3f}, window "
            f"{o_samples[-1]['main_window_s']:.3f}), raw {r_samples[-1]['total_s']:.3f} s"
        )
    o = statistics.median(s["total_s"] for s in o_samples)
    r = statistics.median(s["total_s"] for s in r_samples)
    return {
        "key": "open + list",
        "name": f"{expected:,} activities listed after open",
        "ours_s": o,
        "raw_s": r,
        "ratio": o / r,
        "target": 0.3,
        "target_kind": "absolute",
        "ours_samples": o_samples,
        "raw_samples": r_samples,
        "warmup": warm,
        "breakdown_median_s": {
            k: statistics.median(s[k] for s in o_samples)
            for k in ("open_register_s", "main_window_s", "show_activities_s")
        },
        "ours_note": "open_register + MainWindow(db, 'en', fresh settings) until model rows ==",
        "raw_note": "sqlite3 fetchall of the list query + minimal QAbstractTableModel, "
        "QSortFilterProxyModel, QTableView in a QMainWindow (information)",
    }


# -- c. search keystrokes ------------------------------------------------------------------------


def search(register: Path, folder: Path, expected: int, reps: int) -> dict[str, Any]:
    keys = keystrokes()
    db = open_register(register)
    window = MainWindow(db, "en", fresh_settings(folder))
    window.show()
    window.show_page(PAGE_ACTIVITIES)
    QApplication.processEvents()  # runs the idle load of the search details (purposes...)
    t0 = time.perf_counter()
    window.activities_view.load_details()  # timed again apart, for the record
    details_s = time.perf_counter() - t0
    page_rows = window.model.total_count()  # the controller activities page searched here
    connection = sqlite3.connect(register)
    bare, bare_proxy = bare_window(connection.execute(core_bench.LIST_SQL).fetchall())
    bare.show()
    QApplication.processEvents()

    def ours_rep() -> tuple[list[float], list[int]]:
        times, shown = [], []
        for text in keys:
            t0 = time.perf_counter()
            window.search_edit.setText(text)
            QApplication.processEvents()
            times.append(time.perf_counter() - t0)
            shown.append(window.proxy.rowCount())
        return times, shown

    def raw_rep() -> tuple[list[float], list[int]]:
        times, shown = [], []
        for text in keys:
            t0 = time.perf_counter()
            bare_proxy.setFilterFixedString(text)
            QApplication.processEvents()
            times.append(time.perf_counter() - t0)
            shown.append(bare_proxy.rowCount())
        return times, shown

    log("search: warm-up")
    ours_rep()
    raw_rep()
    ours_all: list[float] = []
    raw_all: list[float] = []
    per_key: list[list[float]] = []
    shown: list[int] = []
    raw_shown: list[int] = []
    gc.collect()
    for i in range(reps):
        if i % 2 == 0:
            t, shown = ours_rep()
            rt, raw_shown = raw_rep()
        else:
            rt, raw_shown = raw_rep()
            t, shown = ours_rep()
        ours_all += t
        raw_all += rt
        per_key.append(t)
        log(
            f"search {i + 1}/{reps}: ours median {statistics.median(t) * 1e3:.1f} ms, "
            f"worst {max(t) * 1e3:.1f} ms; raw median {statistics.median(rt) * 1e3:.1f} ms"
        )
    assert shown[-1] == page_rows and shown[len(KEYS_WORD) - 1] > 0, shown
    dispose(window)
    dispose(bare)
    db.close()
    connection.close()
    o_med, o_max = statistics.median(ours_all), max(ours_all)
    r_med, r_max = statistics.median(raw_all), max(raw_all)
    return {
        "key": "search",
        "name": f"search keystroke at {expected:,} activities",
        "ours_s": o_max,  # the verdict is on the worst keystroke
        "ours_median_s": o_med,
        "ours_worst_s": o_max,
        "raw_s": r_max,
        "raw_median_s": r_med,
        "raw_worst_s": r_max,
        "ratio": o_max / r_max,
        "target": 0.030,
        "target_kind": "absolute",
        "keystrokes": keys,
        "details_load_s": details_s,  # activity_details + fold (idle, after the list is shown)
        "rows_shown": shown,
        "raw_rows_shown": raw_shown,
        "ours_samples_by_rep_s": per_key,
        "median_by_key_s": {
            k: statistics.median(rep[j] for rep in per_key) for j, k in enumerate(keys)
        },
        "raw_samples_s": raw_all,
        "ours_note": "search_edit.setText(prefix) + processEvents, window shown on activities",
        "raw_note": "QSortFilterProxyModel.setFilterFixedString on the names (case-insensitive), "
        "QTableView shown (information)",
    }


# -- d. memory -----------------------------------------------------------------------------------


def probe_json(args: list[str], env: dict[str, str]) -> dict[str, int]:
    done = subprocess.run(
        [sys.executable, str(PROBE), *args], capture_output=True, text=True, env=env, timeout=300
    )
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"probe {args} failed: {done.stderr[-2000:]}")


def memory(register: Path, folder: Path, expected: int, reps: int) -> dict[str, Any]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ROPA_DATA_DIR=str(folder / "rss-data"),
        XDG_CONFIG_HOME=str(folder / "rss-config"),
    )
    ours: list[dict[str, int]] = []
    raw: list[dict[str, int]] = []
    for i in range(reps):
        env["ROPA_BENCH_SETTINGS"] = str(folder / f"rss-settings-{i}.ini")
        ours.append(probe_json(["rss-ropa", str(register)], env))
        raw.append(probe_json(["rss-bare"], env))
        assert ours[-1]["rows"] == expected, ours[-1]
        log(
            f"memory {i + 1}/{reps}: ropa {ours[-1]['VmRSS'] / 1024:.1f} MB, "
            f"bare {raw[-1]['VmRSS'] / 1024:.1f} MB"
        )
    o = statistics.median(s["VmRSS"] for s in ours) / 1024
    r = statistics.median(s["VmRSS"] for s in raw) / 1024
    return {
        "key": "memory",
        "name": f"resident memory, {expected:,} activities open",
        "ours_mb": o,
        "raw_mb": r,
        "ratio": o / r,
        "peak_mb": statistics.median(s["VmHWM"] for s in ours) / 1024,
        "target": 250.0,
        "target_kind": "absolute_mb",
        "ours_samples_kb": ours,
        "raw_samples_kb": raw,
        "ours_note": "VmRSS after open_register + MainWindow + show on the activities page",
        "raw_note": "VmRSS of a shown bare QMainWindow (information)",
    }


# -- report --------------------------------------------------------------------------------------


def verdict(r: dict[str, Any]) -> bool:
    if r["target_kind"] == "ratio":
        return bool(r["ratio"] <= r["target"])
    if r["target_kind"] == "absolute_mb":
        return bool(r["ours_mb"] < r["target"])
    return bool(r["ours_s"] < r["target"])


def cells(r: dict[str, Any]) -> tuple[str, ...]:
    kind = r["target_kind"]
    if kind == "absolute_mb":
        ours, raw, target = f"{r['ours_mb']:.0f} MB", f"{r['raw_mb']:.0f} MB (info)", "< 250 MB"
    elif r["key"] == "search":
        ours = f"{r['ours_median_s'] * 1e3:.1f} / {r['ours_worst_s'] * 1e3:.1f} ms"
        raw = f"{r['raw_median_s'] * 1e3:.1f} / {r['raw_worst_s'] * 1e3:.1f} ms (info)"
        target = f"worst < {r['target'] * 1e3:.0f} ms"
    elif kind == "absolute":
        ours, raw, target = (
            f"{r['ours_s']:.3f} s",
            f"{r['raw_s']:.3f} s (info)",
            f"< {r['target']} s",
        )
    else:
        ours, raw, target = f"{r['ours_s']:.3f} s", f"{r['raw_s']:.3f} s", f"<= {r['target']}x"
    return (r["name"], ours, raw, f"{r['ratio']:.2f}x", target, "PASS" if r["pass"] else "FAIL")


def print_table(results: list[dict[str, Any]]) -> None:
    header = ("figure", "ours", "baseline", "ratio", "target", "result")
    lines = [header, *(cells(r) for r in results)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for n, line in enumerate(lines):
        print(
            "  ".join(
                [line[0].ljust(widths[0])]
                + [c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True)]
            )
        )
        if n == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 x 50 activities, fewer reps")
    parser.add_argument("--organisations", type=int, help="default 200 (20 with --quick)")
    parser.add_argument("--activities", type=int, help="per organisation, default 50")
    parser.add_argument("--reps", type=int, help="in-process repetitions, default 5 (3 quick)")
    parser.add_argument("--startups", type=int, help="start-ups of each, default 7 (3 quick)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--register", type=Path, help="reuse a register file (generate.py --ropa)")
    parser.add_argument("--tmpdir", type=Path, help="folder for the temporary files")
    parser.add_argument("--out", type=Path, help="default bench/out/results-ui[-quick].json")
    args = parser.parse_args(argv)
    organisations = args.organisations or (20 if args.quick else 200)
    per_org = args.activities or 50
    reps = args.reps or (3 if args.quick else 5)
    startups = args.startups or (3 if args.quick else 7)
    env = core_bench.environment()
    import PySide6

    env["pyside6"] = PySide6.__version__
    env["qt_qpa_platform"] = os.environ.get("QT_QPA_PLATFORM")
    if args.out is None:
        args.out = HERE / "out" / ("results-ui-quick.json" if args.quick else "results-ui.json")
    started = time.perf_counter()
    app = QApplication.instance() or QApplication([sys.argv[0]])

    with tempfile.TemporaryDirectory(prefix="ropa-bench-ui-", dir=args.tmpdir) as tmp:
        folder = Path(tmp)
        os.environ["ROPA_DATA_DIR"] = str(folder / "userdata")
        results: list[dict[str, Any]] = [startup(folder, startups)]

        if args.register is not None:
            register = args.register
            db = open_register(register)
            from ropa.core.queries import list_activities

            with db.reader() as session:
                expected = len(list_activities(session))
            db.close()
        else:
            expected = organisations * per_org
            log(f"generating {organisations} x {per_org} activities (seed {args.seed})")
            data = generate.to_bytes(generate.make_document(organisations, per_org, args.seed))
            register = folder / "register.ropa"
            log(f"building {register.name} ({len(data) / 1e6:.0f} MB of JSON)")
            generate.write_register(register, data)
            del data
        log(f"register: {expected:,} activities, {register.stat().st_size / 1e6:.0f} MB")

        results.append(open_list(register, folder, expected, reps))
        results.append(search(register, folder, expected, reps))
        results.append(memory(register, folder, expected, max(3, reps - 2)))

    for r in results:
        r["pass"] = verdict(r)
    total = time.perf_counter() - started
    print()
    print(
        f"ropa desktop interface, {expected:,} activities, QT_QPA_PLATFORM="
        f"{os.environ.get('QT_QPA_PLATFORM')}; medians of {startups} start-ups, {reps} reps"
    )
    dirty = " + uncommitted changes in ropa/" if env["ropa_uncommitted"] else ""
    print(f"ropa at {env['ropa_commit'][:10] or 'unknown commit'}{dirty}, PySide6 {env['pyside6']}")
    print_table(results)
    b = results[1]["breakdown_median_s"]
    print(
        f"\nopen + list breakdown (median): open_register {b['open_register_s']:.3f} s, "
        f"MainWindow() {b['main_window_s']:.3f} s; then show on activities page "
        f"{b['show_activities_s']:.3f} s (not in the figure)"
    )
    s = results[2]
    slowest = sorted(s["median_by_key_s"].items(), key=lambda kv: -kv[1])[:3]
    print(
        "slowest keystrokes (median): " + ", ".join(f"{k!r} {v * 1e3:.1f} ms" for k, v in slowest)
    )
    print(f"memory: peak (VmHWM) {results[3]['peak_mb']:.0f} MB")
    print(f"1-min load average at the end: {core_bench.load():.2f} on {os.cpu_count()} CPUs")
    print(f"total bench run time: {total:.1f} s")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "benchmark": "ui",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "activities": expected,
        "organisations": organisations,
        "activities_per_org": per_org,
        "seed": args.seed,
        "repetitions": reps,
        "startups": startups,
        "environment": env,
        "results": results,
        "total_run_s": total,
        "all_pass": all(r["pass"] for r in results),
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written {args.out}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
