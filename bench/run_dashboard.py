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
counts), "widgets" show_dashboard of a dashboard not shown yet.

The privacy notice's gaps (the same list as `ropa check`): "notice's gaps" is notice_gaps on
the context read (the notice built in each document language), which the page runs in a worker
thread; "gaps shown after an edit" the time from the edit's report until the page shows the
gaps of the new state (the page's 250 ms wait for more changes included); "longest stall" the
longest the GUI thread's event loop went without running a 10 ms timer meanwhile (what the
user would feel; built on the GUI thread, the stall would be the whole build). `--translated`:
every text in fr, nl and en, so the notice is built three times. Run with PYTHONPATH set to
an older checkout, whose page lists no gaps, it measures the stalls over the 1.5 s after each
edit and leaves the notice's figures out. Wall time, median of the repetitions after one
untimed warm-up; results printed and written to bench/out/results-dashboard.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
if "PYTHONPATH" not in os.environ:  # else the ropa it names (an older checkout, to compare)
    sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import generate  # noqa: E402  (bench/generate.py)
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from timing import median_of  # noqa: E402  (bench/timing.py)

from ropa.core import edits  # noqa: E402
from ropa.core.checks.engine import load_context, run_checks  # noqa: E402
from ropa.core.reads.dashboard import build_dashboard  # noqa: E402
from ropa.core.register import open_register  # noqa: E402
from ropa.core.text_languages import document_languages  # noqa: E402
from ropa.exports.common import resolve_organisation  # noqa: E402
from ropa.exports.notice.findings import notice_gaps  # noqa: E402
from ropa.ui.commands import RegisterEvents  # noqa: E402
from ropa.ui.views.dashboard_view import DashboardView  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--activities", type=int)
    parser.add_argument("--reps", type=int)
    parser.add_argument("--translated", action="store_true", help="texts in fr, nl and en")
    args = parser.parse_args(argv)
    activities = args.activities or (200 if args.quick else 1000)
    reps = args.reps or (3 if args.quick else 5)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dashboard.ropa"
        document = generate.make_document(
            organisations=1, activities_per_org=activities, seed=1, translated=args.translated
        )
        generate.write_register(path, generate.to_bytes(document))
        del document  # not kept alive beside what the page holds (the collector scans it)
        db = open_register(path)
        try:
            with db.reader() as session:
                org_id = resolve_organisation(session, None)
            events = RegisterEvents()
            view = DashboardView(db, events, "fr")
            view.set_organisation(org_id)
            view.resize(1280, 800)
            view.show()
            settle(view)

            def read() -> Any:
                with db.reader() as session:
                    return load_context(session, org_id)

            read_s, context = median_of(read, reps)

            def checks() -> Any:
                context._memo.clear()  # as after a whole read: nothing remembered
                return build_dashboard(context, run_checks(context))

            checks_s, dashboard = median_of(checks, reps)
            languages = document_languages(context.organisation)
            gaps_s, gaps = median_of(lambda: notice_gaps(context.organisation, context.today), reps)
            if not hasattr(view, "notice_checked"):  # an older ropa: no gaps on the page
                gaps_s = float("nan")
            empty = build_dashboard(context, [])
            widgets_s, _ = median_of(
                lambda: (view.show_dashboard(empty), view.show_dashboard(dashboard)), reps
            )
            widgets_s -= median_of(lambda: view.show_dashboard(empty), reps)[0]

            def whole() -> float:
                start = time.perf_counter()
                view.refresh()  # shown: reads everything at once
                elapsed = time.perf_counter() - start
                settle(view)  # the notice's gaps found (another thread), untimed
                return elapsed

            whole()
            total_s = statistics.median(whole() for _ in range(reps))

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
                stalls.append(settle(view))
                shown.append(time.perf_counter() - start)
                return elapsed

            stalls: list[float] = []
            shown: list[float] = []
            after_an_edit()
            stalls.clear()
            shown.clear()
            edit_s = statistics.median(after_an_edit() for _ in range(max(reps, 9)))
            shown_s = statistics.median(shown)
            stall_s, worst_stall_s = statistics.median(stalls), max(stalls)
            # The same time of an idle event loop: the stalls the machine itself causes.
            idle = [idle_stall(shown_s) for _ in range(max(reps, 9))]
            idle_s, worst_idle_s = statistics.median(idle), max(idle)

            # The GUI thread's part when the gaps come: merged, their rows formatted (those
            # of gaps equal to the last ones kept), shown.
            copies = iter([[replace(gap) for gap in gaps] for _ in range(reps + 1)])
            merge_s = float("nan")
            if hasattr(view, "notice_checked"):
                merge_s, _ = median_of(lambda: view._notice_gaps_found(next(copies)), reps)
            view.close()
            view.deleteLater()
            app.processEvents()
        finally:
            db.close()
    print(f"{activities} activities, median of {reps}, document languages {languages}")
    for name, value in (
        ("read (load_context)", read_s),
        ("checks + dashboard data", checks_s),
        ("widgets (show_dashboard)", widgets_s),
        ("whole reload", total_s),
        ("reload after an edit (< 0.1 s)", edit_s),
        ("notice's gaps (worker thread)", gaps_s),
        ("gaps merged and shown (GUI)", merge_s),
        ("gaps shown after an edit", shown_s),
        ("longest stall meanwhile, median", stall_s),
        ("  the same, idle loop", idle_s),
        ("longest stall meanwhile, worst", worst_stall_s),
        ("  the same, idle loop", worst_idle_s),
    ):
        print(f"{name:32} {value:8.3f} s")
    print(f"{len(gaps)} gaps of the notice")
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    name = "results-dashboard" + ("-quick" if args.quick else "")
    name += ("-translated" if args.translated else "") + ".json"
    (out / name).write_text(
        json.dumps(
            {
                "activities": activities,
                "read": read_s,
                "checks": checks_s,
                "widgets": widgets_s,
                "reload": total_s,
                "after_an_edit": edit_s,
                "languages": languages,
                "notice_gaps": gaps_s,
                "gaps_shown_after_an_edit": shown_s,
                "gaps_merged": merge_s,
                "longest_stall": stall_s,
                "longest_stall_idle": idle_s,
                "worst_stall": worst_stall_s,
                "worst_stall_idle": worst_idle_s,
            },
            indent=2,
        )
    )
    return 0


OLDER_LOOP_S = 1.5
"""With an older ropa (no gaps to wait for): how long the event loop runs after an edit."""


def idle_stall(seconds: float) -> float:
    """The longest an idle event loop goes without running a 10 ms timer, over `seconds`."""
    ticks = [time.perf_counter()]
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    timer.stop()
    return max(b - a for a, b in zip(ticks, ticks[1:], strict=False))


def settle(view: DashboardView) -> float:
    """Run the event loop (as the window does: idle in the system's wait, not holding
    Python's lock) until the page has the notice's gaps of what it shows; the longest the
    loop went meanwhile without running a 10 ms timer (a stall the user would feel)."""
    ticks = [time.perf_counter()]
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        ticks.append(time.perf_counter())
        if view.notice_checked():
            loop.quit()

    if not hasattr(view, "notice_checked"):  # an older ropa: a fixed time instead
        return idle_stall(OLDER_LOOP_S)

    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    return max(b - a for a, b in zip(ticks, ticks[1:], strict=False))


if __name__ == "__main__":
    sys.exit(main())
