"""How many times each page reads the register again after one command, in the real window on
the demo register (activities page shown, an activity open in the editor).

    python bench/count_reloads.py

Counts the calls of each page's read method (wrapped at class level before the window is
built, so every path to it is counted), after each command and the event loop's follow-up
(half a second, which covers the timers the pages used to debounce with). Written to work on
older versions of ropa too, to compare (run it with PYTHONPATH set to an older checkout).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if "PYTHONPATH" not in os.environ:
    sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from ropa.core.register import create_register  # noqa: E402
from ropa.db import models as m  # noqa: E402
from ropa.ui import commands  # noqa: E402
from ropa.ui.forms import record_form  # noqa: E402
from ropa.ui.main_window import MainWindow  # noqa: E402
from ropa.ui.views import (  # noqa: E402
    activity_editor,
    catalogues_view,
    cookies_view,
    dashboard_view,
    history_view,
    notice_view,
    organisation_view,
    parties_view,
)

COUNTED = {
    "window (lists)": (MainWindow, "reload"),
    "activity editor": (activity_editor.ActivityEditor, "reload"),
    "form editors": (record_form.RecordEditor, "reload"),
    "dashboard": (dashboard_view.DashboardView, "reload"),
    "history": (history_view.HistoryView, "reload"),
    "notice": (notice_view.NoticeView, "refresh"),
    "parties": (parties_view.PartiesView, "reload"),
    "cookies": (cookies_view.CookiesView, "reload"),
    "catalogues": (catalogues_view.CataloguesView, "reload"),
    "organisation": (organisation_view.OrganisationView, "reload"),
}
calls: Counter[str] = Counter()


def _count(name: str, cls: type, method: str) -> None:
    original = getattr(cls, method)

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        return original(self, *args, **kwargs)

    setattr(cls, method, counted)


def _settle(app: QApplication) -> None:
    end = time.monotonic() + 0.5
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    app = QApplication.instance() or QApplication([])
    for name, (cls, method) in COUNTED.items():
        _count(name, cls, method)
    with tempfile.TemporaryDirectory() as tmp:
        db = create_register(Path(tmp) / "demo.ropa", demo=True)
        with db.reader() as session:
            activity = session.scalars(
                select(m.Activity).where(m.Activity.reference == "T-01")
            ).one()
            other = session.scalars(select(m.Activity).where(m.Activity.reference == "T-03")).one()
            activity_id, other_id, org_id = activity.id, other.id, activity.organisation_id
        window = MainWindow(db, "en")
        window.resize(1366, 768)
        window.show()
        window.open_activity(activity_id)
        _settle(app)
        events = window.events
        operations = {
            "edit one field": lambda: commands.UpdateEntityCommand(
                db, m.Activity, activity_id, {"description": "Edited"}, events=events
            ),
            "duplicate an activity": lambda: commands.DuplicateActivityCommand(
                db, activity_id, events=events
            ),
            "delete an activity": lambda: commands.DeleteEntityCommand(
                db, m.Activity, other_id, events=events
            ),
            "add 5 templates": lambda: commands.AddTemplatesCommand(
                db, events, org_id, ["website", "newsletter", "be-recruitment", "suppliers",
                                     "events"]
            ),
        }  # fmt: skip
        print(f"{'command':24}" + "".join(f"{name[:10]:>11}" for name in COUNTED) + "      total")
        for label, make in operations.items():
            calls.clear()
            error = commands.push(window.undo_stack, make())
            _settle(app)
            row = "".join(f"{calls[name]:>11}" for name in COUNTED)
            note = f"  ({error.message('en')[:40]})" if error is not None else ""
            print(f"{label:24}{row}{sum(calls.values()):>11}{note}")
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
