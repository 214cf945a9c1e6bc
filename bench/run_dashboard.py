"""The overview dashboard's refresh after an edit (target < 100 ms at 1,000 activities).

    python bench/run_dashboard.py            # 1,000 activities, 5 repetitions
    python bench/run_dashboard.py --quick    # 200 activities, 3 repetitions

What DashboardView does, on one organisation of synthetic activities (bench/generate.py),
offscreen. "after an edit" is the figure of the target: an activity's next review date is
changed through the core's edits (untimed), its change set is reported as the application's
commands report it, and the page's follow-up is timed: it reads that activity again
(refresh_context), runs every check, and redraws what changed. The other figures split a whole
reload (a register opened, an import) in its parts: "read" is load_context (read_tree plus the
history and notice facts), "checks" run_checks + build_dashboard (completeness, reviews,
counts), "widgets" show_dashboard of a dashboard not shown yet. Wall time, median of the
repetitions after one untimed warm-up; results printed and written to
bench/out/results-dashboard.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import generate  # noqa: E402  (bench/generate.py)
from PySide6.QtWidgets import QApplication  # noqa: E402
from timing import median_of  # noqa: E402  (bench/timing.py)

from ropa.core import edits  # noqa: E402
from ropa.core.checks.engine import load_context, run_checks  # noqa: E402
from ropa.core.reads.dashboard import build_dashboard  # noqa: E402
from ropa.core.register import open_register  # noqa: E402
from ropa.exports.common import resolve_organisation  # noqa: E402
from ropa.ui.commands import RegisterEvents  # noqa: E402
from ropa.ui.views.dashboard_view import DashboardView  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--activities", type=int)
    parser.add_argument("--reps", type=int)
    args = parser.parse_args(argv)
    activities = args.activities or (200 if args.quick else 1000)
    reps = args.reps or (3 if args.quick else 5)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dashboard.ropa"
        document = generate.make_document(organisations=1, activities_per_org=activities, seed=1)
        generate.write_register(path, generate.to_bytes(document))
        db = open_register(path)
        try:
            with db.reader() as session:
                org_id = resolve_organisation(session, None)
            events = RegisterEvents()
            view = DashboardView(db, events, "fr")
            view.set_organisation(org_id)
            view.resize(1280, 800)
            view.show()

            def read() -> Any:
                with db.reader() as session:
                    return load_context(session, org_id)

            read_s, context = median_of(read, reps)

            def checks() -> Any:
                context._memo.clear()  # as after a whole read: nothing remembered
                return build_dashboard(context, run_checks(context))

            checks_s, dashboard = median_of(checks, reps)
            empty = build_dashboard(context, [])
            widgets_s, _ = median_of(
                lambda: (view.show_dashboard(empty), view.show_dashboard(dashboard)), reps
            )
            widgets_s -= median_of(lambda: view.show_dashboard(empty), reps)[0]

            def whole() -> None:
                view.refresh()
                view.reload()

            total_s, _ = median_of(whole, reps)

            ids = [a["id"] for a in context.activities]
            steps = iter(range(10**6))

            def after_an_edit() -> float:
                step = next(steps)
                activity = ids[step * 37 % len(ids)]
                changes = edits.UpdateEdit(
                    "activity", activity, {"next_review": date(2027, 1, 1) + timedelta(days=step)}
                ).first(db)
                before = view.refresher.reloads
                start = time.perf_counter()
                events.report(changes)  # as a command reports it: the shown page reads once
                elapsed = time.perf_counter() - start
                assert view.refresher.reloads == before + 1
                return elapsed

            after_an_edit()
            edit_s = statistics.median(after_an_edit() for _ in range(max(reps, 9)))
            view.close()
            view.deleteLater()
            app.processEvents()
        finally:
            db.close()
    print(f"{activities} activities, median of {reps}")
    for name, value in (
        ("read (load_context)", read_s),
        ("checks + dashboard data", checks_s),
        ("widgets (show_dashboard)", widgets_s),
        ("whole reload", total_s),
        ("reload after an edit (< 0.1 s)", edit_s),
    ):
        print(f"{name:32} {value:8.3f} s")
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    name = "results-dashboard-quick.json" if args.quick else "results-dashboard.json"
    (out / name).write_text(
        json.dumps(
            {
                "activities": activities,
                "read": read_s,
                "checks": checks_s,
                "widgets": widgets_s,
                "reload": total_s,
                "after_an_edit": edit_s,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
