"""How long the activity editor takes to show an activity, in the main texts language and in
another one (issue 15: opening the editor stays under 50 ms with three languages filled).

    QT_QPA_PLATFORM=offscreen python bench/run_editor.py [--reps 3]

Opens the demo register (French, Dutch complete, English partial) in the real main window
and opens each of its activities in turn, in French, then with the texts in Dutch; prints
the median and the slowest opening (wall time, the event loop run until the editor is shown).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ropa-bench-") as tmp:
        os.environ["ROPA_DATA_DIR"] = str(Path(tmp) / "userdata")
        from PySide6.QtWidgets import QApplication

        from ropa.core.register import create_register
        from ropa.ui.main_window import MainWindow

        app = QApplication.instance() or QApplication([])
        db = create_register(Path(tmp) / "demo.ropa", demo=True)
        window = MainWindow(db, "en")
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        view = window.activities_view
        ids = [view.model.activity_id(row) for row in range(view.model.rowCount())]
        for lang in (None, "nl"):
            view.set_text_language(lang)
            times = []
            for _ in range(args.reps):
                for activity_id in ids:
                    started = time.perf_counter()
                    view.open_activity(activity_id)
                    app.processEvents()
                    times.append(time.perf_counter() - started)
            label = "main language (fr)" if lang is None else f"texts in {lang}"
            print(
                f"open an activity, {label}: median {statistics.median(times) * 1000:.1f} ms, "
                f"slowest {max(times) * 1000:.1f} ms over {len(times)} openings"
            )
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
