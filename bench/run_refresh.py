"""What following changes costs: the idle watch for changes made elsewhere, and the reloads one
edit causes in the window.

    python bench/run_refresh.py            # 1,000 activities
    python bench/run_refresh.py --quick    # 200 activities

Figures (wall time, median; printed and written to bench/out/results-refresh.json):
- "idle poll": ExternalChanges.poll() when nothing changed (the window calls it every 3 s and on
  focus; target < 1 ms), against the raw query it is built on, PRAGMA data_version on an open
  sqlite3 connection, measured in the same run;
- "poll after a change elsewhere": poll() after another handle changed one activity (it reads
  the new history rows and makes the change set);
- "reloads per edit": one field edit pushed through the window's undo stack, with the
  activities page shown: how many times each page read the register again (target: 1 per page
  shown, 0 for hidden pages), and the wall time of the whole edit (write + every reload).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import generate  # noqa: E402  (bench/generate.py)
from PySide6.QtWidgets import QApplication  # noqa: E402

from ropa.core import edits  # noqa: E402
from ropa.core.register import open_register  # noqa: E402
from ropa.core.watch import ExternalChanges  # noqa: E402
from ropa.ui.commands import UpdateEntityCommand, push  # noqa: E402
from ropa.ui.main_window import MainWindow  # noqa: E402


def _median_us(fn, count: int) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(count):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--activities", type=int)
    args = parser.parse_args(argv)
    activities = args.activities or (200 if args.quick else 1000)
    app = QApplication.instance() or QApplication([])
    results: dict[str, object] = {"activities": activities}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "refresh.ropa"
        document = generate.make_document(organisations=1, activities_per_org=activities, seed=1)
        generate.write_register(path, generate.to_bytes(document))
        db = open_register(path, user="me")
        other = open_register(path, user="someone else")
        try:
            watch = ExternalChanges(db)
            raw = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
            results["idle_poll_us"] = _median_us(watch.poll, 2000)
            results["raw_data_version_us"] = _median_us(
                lambda: raw.execute("PRAGMA data_version").fetchone(), 2000
            )
            raw.close()
            ids = [a["id"] for a in document["organisations"][0]["activities"]]

            samples = []
            for step in range(21):
                target = ids[step * 37 % len(ids)]
                edits.UpdateEdit("activity", target, {"name": f"Renamed {step}"}).first(other)
                start = time.perf_counter()
                found = watch.poll()
                samples.append(time.perf_counter() - start)
                assert found is not None and ("activity", target) in found.updated
            results["poll_after_change_ms"] = statistics.median(samples) * 1000

            window = MainWindow(db, "fr")
            window.resize(1366, 768)
            window.show()
            window.open_activity(ids[0])
            app.processEvents()
            pages = {
                "window (lists)": window.refresher,
                "activity editor": window.activities_view.editor.refresher,
                "overview dashboard": window.dashboard_view.refresher,
                "history": window.history_view.refresher,
                "notice": window.notice_view.refresher,
                "parties": window.parties_view.refresher,
                "cookies": window.cookies_view.refresher,
                "catalogues": window.catalogues_view.refresher,
                "organisation": window.organisation_view.editor.refresher,
            }
            counts: dict[str, list[int]] = {name: [] for name in pages}
            times = []
            for step in range(9):
                before = {name: r.reloads for name, r in pages.items()}
                command = UpdateEntityCommand(
                    db, "activity", ids[0], {"description": f"Edit {step}"}, events=window.events
                )
                start = time.perf_counter()
                assert push(window.undo_stack, command) is None
                times.append(time.perf_counter() - start)
                for name, refresher in pages.items():
                    counts[name].append(refresher.reloads - before[name])
            results["reloads_per_edit"] = {name: max(found) for name, found in counts.items()}
            results["edit_with_reloads_ms"] = statistics.median(times) * 1000
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            other.close()
            db.close()
    print(f"{activities} activities")
    print(f"idle poll                       {results['idle_poll_us']:8.1f} µs (< 1,000 µs)")
    print(f"raw PRAGMA data_version         {results['raw_data_version_us']:8.1f} µs")
    print(f"poll after a change elsewhere   {results['poll_after_change_ms']:8.2f} ms")
    print(f"one edit, write + reloads       {results['edit_with_reloads_ms']:8.1f} ms")
    print("reloads per edit (activities page shown):")
    for name, count in results["reloads_per_edit"].items():  # type: ignore[union-attr]
        print(f"  {name:28} {count}")
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    name = "results-refresh-quick.json" if args.quick else "results-refresh.json"
    (out / name).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
