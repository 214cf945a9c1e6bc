"""Issue 18's target: the accountability lists of a register holding 10,000 rights requests and
500 breaches are shown in < 0.3 s (QT_QPA_PLATFORM=offscreen, set by the script).

    python bench/run_accountability.py            # 10,000 requests, 500 breaches, 200 contracts
    python bench/run_accountability.py --quick    # 1,000 requests, 50 breaches, 50 contracts

The register (built untimed, through bench/generate.py's synthetic organisation and
import_json's bulk insert) holds one organisation with 200 activities, the requests (received
over four years: most answered, some late, answered late, extended, open, forwarded for a client
controller or still to forward), the breaches (not required, notified in time or late, a few
overdue and a few inside their 72 hours) and the processing contracts. A second register, the
same without the requests and breaches, is the window's baseline.

Figures (wall seconds, median of --reps after one untimed warm-up; the process CPU seconds of
the same sections kept beside them; ours and the raw baseline alternate):

a. each list page (RequestsView, BreachesView, ContractsView) shown for the first time on the
   open register: built (the page reads in its constructor, as MainWindow builds it), shown
   and the events processed, until its model holds all the organisation's rows; and the same
   page, already shown, told set_database(db) (File > Open) until its rows are there.
   Raw: a plain SQLAlchemy Core select of the same columns into tuples, and a bare
   QStandardItemModel of as many rows of text in a QTableView, shown.
b. the Overview's To do: ropa.core.todo.load_todo (raw: the same Core selects), and
   DashboardView.read_time_limits in the shown window (read + panel filled).
c. the whole window: open_register + MainWindow + show on the Overview + processEvents, on this
   register and on the same without requests and breaches (what they add); then a click on
   each page (show_page + processEvents), the list being read at the window's start.
d. the commands `ropa todo FILE --format json` and `ropa requests FILE --json`, in-process
   (ropa.cli.main, output into a string). Raw: a new Core engine, the same selects, json.dumps.

--profile runs each figure that misses its target once more, its timed section (only) under
cProfile, and prints where the time goes (bench/out/profile-accountability-<key>.prof).
Results, with every sample, go to bench/out/results-accountability.json (-quick.json with
--quick).

e. attached documents: the register keeps a signed copy of each contract (DOCUMENT_BYTES each);
   the Contracts page shown, 50 contracts selected in turn (each form lists its documents),
   every SQL statement watched: none may read `attachment_blob` (the issue's "attachments
   never loaded until opened"); raw: the 50 queries of the attachment rows alone.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import cProfile
import gc
import hashlib
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
if "PYTHONPATH" not in os.environ:  # else the ropa it names (another checkout, to compare)
    sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import generate  # noqa: E402  (bench/generate.py)
import run as core_bench  # noqa: E402  (environment(), log(), load())
import sqlalchemy  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

import ropa  # noqa: E402
from ropa.cli import main as cli_main  # noqa: E402
from ropa.core.register import open_register  # noqa: E402
from ropa.core.todo import load_todo  # noqa: E402
from ropa.db import models as m  # noqa: E402
from ropa.db.enums import (  # noqa: E402
    BreachNature,
    IdentityCheck,
    InformException,
    RequestRight,
    RightsChannel,
)
from ropa.ui.commands import RegisterEvents  # noqa: E402
from ropa.ui.main_window import (  # noqa: E402
    PAGE_BREACHES,
    PAGE_CONTRACTS,
    PAGE_OVERVIEW,
    PAGE_REQUESTS,
    MainWindow,
)
from ropa.ui.settings import Settings  # noqa: E402
from ropa.ui.views.breaches_view import BreachesView  # noqa: E402
from ropa.ui.views.contracts_view import ContractsView  # noqa: E402
from ropa.ui.views.requests_view import RequestsView  # noqa: E402

log = core_bench.log
TARGET_S = 0.3
PAGE_SIZE = (1280, 800)
BREACH_NAMES = (
    "Lost laptop",
    "Phishing e-mail opened",
    "E-mail sent to the wrong client",
    "Ransomware on a file server",
    "Stolen USB key",
    "Misconfigured cloud bucket",
    "Letter sent to the wrong address",
    "Unauthorised access by a former employee",
    "Backup tape missing",
    "Website form exposed other users' data",
)

Row = dict[str, Any]


# -- the register --------------------------------------------------------------------------------


DOCUMENT_BYTES = 50_000
"""The size of each contract's signed copy in the bench register."""


def _weighted(rng: Any, choices: tuple[tuple[Any, int], ...]) -> Any:
    values, weights = zip(*choices, strict=True)
    return rng.choices(values, weights)[0]


def make_requests(gen: Any, org: Row, count: int, today: date) -> list[Row]:
    """Rights requests received over four years, the latest most often still open: most
    answered in time, some answered late or never (late), a few extended, some received for a
    client controller (forwarded, or still to forward), a few without a date of receipt."""
    rng = gen.rng
    activity_ids = [a["id"] for a in org["activities"]]
    clients = [p["id"] for p in org["parties"] if p["kind"] == "client_controller"]
    rights = (
        (RequestRight.ACCESS.value, 45),
        (RequestRight.ERASURE.value, 25),
        (RequestRight.RECTIFICATION.value, 10),
        (RequestRight.OBJECTION.value, 8),
        (RequestRight.CONSENT_WITHDRAWAL.value, 5),
        (RequestRight.PORTABILITY.value, 4),
        (RequestRight.RESTRICTION.value, 2),
        (RequestRight.AUTOMATED_DECISION.value, 1),
    )
    decisions = (
        ("granted", 70),
        ("partly_granted", 15),
        ("refused", 10),
        ("unfounded_or_excessive", 5),
    )
    rows = []
    for n in range(count):
        received: date | None = today - timedelta(days=int(rng.triangular(0, 1460, 0)))
        if rng.random() < 0.005:
            received = None
        base = received or today - timedelta(days=rng.randint(40, 1460))
        age = (today - base).days
        row: Row = {
            "id": gen.uid(),
            "reference": f"R-{n + 1:05d}",
            "received_on": received.isoformat() if received else None,
            "channel": rng.choice(list(RightsChannel)).value,
            "requester": gen.person()
            if rng.random() < 0.9
            else f"Customer {rng.randint(1, 99999)}",
            "rights": sorted({_weighted(rng, rights) for _ in range(rng.randint(1, 2))}),
            "activities": rng.sample(activity_ids, rng.randint(0, 2)) if activity_ids else [],
        }

        def after(lo: int, hi: int, _base: date = base, _age: int = age) -> str:
            return (_base + timedelta(days=min(rng.randint(lo, hi), _age))).isoformat()

        if clients and rng.random() < 0.06:  # about a client's data: the client answers it
            row["client_party_id"] = rng.choice(clients)
            if age > 3 or rng.random() < 0.5:
                row["forwarded_on"] = after(0, 3)
            gen.entry(row)
            rows.append(row)
            continue
        if rng.random() < 0.3:
            row["identity_check"] = rng.choice(list(IdentityCheck)).value
            if row["identity_check"] != "not_needed":
                row["identity_asked_on"] = after(0, 3)
            if row["identity_check"] == "received":
                row["identity_received_on"] = after(4, 12)
        if rng.random() < 0.05:
            row["extended"] = True
            row["extension_reasons"] = gen.text("en", 40, 160)
            row["extension_told_on"] = after(5, 40)  # some after the first month
        if age <= 31:
            answered = rng.random() < 0.4
            answer_days = (1, max(1, age))
        else:
            answered = rng.random() < 0.96
            answer_days = (32, 70) if rng.random() < 0.08 else (1, 28)  # some answered late
        if answered:
            row["answered_on"] = after(*answer_days)
            row["decision"] = _weighted(rng, decisions)
            if row["decision"] != "granted":
                row["decision_reasons"] = gen.text("en", 40, 200)
            if "erasure" in row["rights"] and rng.random() < 0.3:
                row["recipients_notified"] = gen.text("en", 30, 80)
                row["recipients_notified_on"] = row["answered_on"]
        if rng.random() < 0.1:
            row["notes"] = gen.text("en", 50, 200)
        gen.entry(row)
        rows.append(row)
    return rows


def make_breaches(gen: Any, org: Row, count: int, now: datetime) -> list[Row]:
    """Breaches discovered over five years: most judged unlikely to result in a risk or
    notified within 72 hours, some notified late, a few overdue (never notified) and the latest
    few still inside their 72 hours."""
    rng = gen.rng
    activity_ids = [a["id"] for a in org["activities"]]
    categories = [c["id"] for c in org["data_categories"]]
    subjects = [c["id"] for c in org["data_subject_categories"]]
    clients = [p["id"] for p in org["parties"] if p["kind"] == "client_controller"]
    open_ones = max(1, count // 150)  # inside their 72 hours
    overdue = max(1, count // 60)
    rows = []
    for n in range(count):
        if n < open_ones:
            discovered = now - timedelta(hours=rng.uniform(1, 60))
        else:
            discovered = now - timedelta(hours=rng.uniform(80, 5 * 365 * 24))
        discovered = discovered.replace(microsecond=0)
        if open_ones <= n < open_ones + overdue:
            risk = rng.choice(("risk", "high_risk", None))
        else:
            risk = _weighted(rng, (("unlikely", 45), ("risk", 35), ("high_risk", 15), (None, 5)))
        row: Row = {
            "id": gen.uid(),
            "name": f"{rng.choice(BREACH_NAMES)} ({n + 1})",
            "discovered_at": discovered.isoformat(),
            "occurred_on": (discovered - timedelta(days=rng.randint(0, 30))).date().isoformat(),
            "how_discovered": gen.text("en", 40, 150),
            "description": gen.text("en", 80, 300),
            "natures": sorted(rng.sample([n.value for n in BreachNature], rng.randint(1, 2))),
            "people_count": rng.randint(1, 5000),
            "records_count": rng.choice((None, rng.randint(1, 50000))),
            "consequences": gen.text("en", 40, 200),
            "risk": risk,
            "risk_reasoning": gen.text("en", 40, 200),
            "measures_taken": gen.text("en", 40, 200),
            "activities": rng.sample(activity_ids, rng.randint(1, 3)),
            "data_categories": rng.sample(categories, rng.randint(1, 3)),
            "data_subjects": rng.sample(subjects, rng.randint(1, 2)),
        }
        notify = risk in ("risk", "high_risk") and n >= open_ones + overdue
        if notify:
            late = rng.random() < 0.1
            hours = rng.uniform(73, 200) if late else rng.uniform(2, 70)
            row["authority_notified_at"] = (discovered + timedelta(hours=hours)).isoformat()
            row["authority_reference"] = f"APD-{discovered.year}-{rng.randint(100, 999)}"
            if late:
                row["delay_reasons"] = gen.text("en", 40, 200)
        if risk == "high_risk":
            if rng.random() < 0.7:
                row["people_informed_on"] = (discovered + timedelta(days=rng.randint(1, 10))).date()
                row["people_informed_on"] = row["people_informed_on"].isoformat()
                row["people_informed_how"] = "e-mail"
            else:
                row["inform_exception"] = rng.choice(list(InformException)).value
        if clients and rng.random() < 0.1:
            row["clients"] = rng.sample(clients, 1)
            row["clients_informed_at"] = (
                discovered + timedelta(hours=rng.uniform(1, 48))
            ).isoformat()
        gen.entry(row)
        rows.append(row)
    return rows


def make_document(
    activities: int, requests: int, breaches: int, contracts: int, seed: int
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The register's interchange document, and the same without requests and breaches."""
    gen = generate._Generator(seed)
    org = gen.organisation(0, activities)
    today = date.today()
    org["rights_requests"] = make_requests(gen, org, requests, today)
    org["breaches"] = make_breaches(gen, org, breaches, datetime.now(UTC))
    parties = [p for p in org["parties"] if p["kind"] in ("processor", "client_controller")]
    while len(org["contracts"]) < contracts:
        org["contracts"].append(gen.contract(gen.rng.choice(parties), org["language"]))
    del org["contracts"][contracts:]
    # A signed copy of each contract kept in the register (DOCUMENT_BYTES each, distinct):
    # the lists must never read them (figure e).
    files: dict[str, str] = {}
    org["attachments"] = []
    for contract in org["contracts"]:
        data = gen.rng.randbytes(DOCUMENT_BYTES)
        key = hashlib.sha256(data).hexdigest()
        files[key] = base64.b64encode(data).decode("ascii")
        org["attachments"].append(
            {
                "id": str(uuid.UUID(int=gen.rng.getrandbits(128), version=4)),
                "name": f"signed contract {len(files)}.pdf",
                "size": DOCUMENT_BYTES,
                "blob_id": key,
                "contract_id": contract["id"],
            }
        )
    document = {
        "format": generate.FORMAT_NAME,
        "format_version": generate.FORMAT_VERSION,
        "generator": f"bench/run_accountability.py activities={activities} requests={requests} "
        f"breaches={breaches} contracts={contracts} seed={seed}",
        "organisations": [org],
        "files": files,
    }
    without = dict(document, organisations=[dict(org, rights_requests=[], breaches=[])])
    return document, without


# -- timing --------------------------------------------------------------------------------------


class Clock:
    """Wall and process CPU seconds of one section (a collection first, outside it). While
    `profiled` names the section's key, the section (and only it) runs under `profiler`."""

    profiled: str | None = None
    profiler: cProfile.Profile | None = None

    def __init__(self, key: str = "") -> None:
        gc.collect()
        self.profiler = Clock.profiler if key and key == Clock.profiled else None
        if self.profiler is not None:
            self.profiler.enable()
        self.cpu = time.process_time()
        self.wall = time.perf_counter()

    def stop(self) -> dict[str, float]:
        wall = time.perf_counter() - self.wall
        cpu = time.process_time() - self.cpu
        if self.profiler is not None:
            self.profiler.disable()
        return {"wall_s": wall, "cpu_s": cpu}


Sample = dict[str, float]
RUNNERS: dict[str, Callable[[], Any]] = {}
"""What each figure of ropa's runs (by key), to run it again under the profiler."""


def measure(
    key: str,
    name: str,
    ours: Callable[[], Sample],
    raw: Callable[[], Sample] | None,
    reps: int,
    *,
    target: float | None = TARGET_S,
    raw_note: str = "",
    ours_note: str = "",
) -> dict[str, Any]:
    """One untimed warm-up of each side, then `reps` alternating repetitions (ours first on
    even ones); medians of wall and CPU seconds, every sample kept."""
    RUNNERS[key] = ours
    log(f"{name}: warm-up")
    warm = {"ours": ours(), "raw": raw() if raw is not None else None}
    o_samples: list[Sample] = []
    r_samples: list[Sample] = []
    loads = [core_bench.load()]
    for i in range(reps):
        if raw is None:
            o_samples.append(ours())
        elif i % 2 == 0:
            o_samples.append(ours())
            r_samples.append(raw())
        else:
            r_samples.append(raw())
            o_samples.append(ours())
        loads.append(core_bench.load())
        raw_text = f", raw {r_samples[-1]['wall_s']:.3f} s" if r_samples else ""
        log(f"{name} {i + 1}/{reps}: ours {o_samples[-1]['wall_s']:.3f} s{raw_text}")
    result: dict[str, Any] = {
        "key": key,
        "name": name,
        "target_s": target,
        "ours_note": ours_note,
        "raw_note": raw_note,
        "ours_samples": o_samples,
        "raw_samples": r_samples,
        "warmup": warm,
        "loads": loads,
    }
    for side, samples in (("ours", o_samples), ("raw", r_samples)):
        for what in ("wall_s", "cpu_s"):
            values = [s[what] for s in samples]
            result[f"{side}_{what}"] = statistics.median(values) if values else None
    extra = {k for s in o_samples for k in s} - {"wall_s", "cpu_s"}
    result["ours_parts_median_s"] = {
        k: statistics.median(s[k] for s in o_samples if k in s) for k in sorted(extra)
    }
    ours_s, raw_s = result["ours_wall_s"], result["raw_wall_s"]
    result["ratio"] = ours_s / raw_s if raw_s else None
    if result["raw_cpu_s"]:
        result["cpu_ratio"] = result["ours_cpu_s"] / result["raw_cpu_s"]
    result["pass"] = None if target is None else bool(ours_s < target)
    return result


def settle_dashboard(window: MainWindow) -> None:
    """Wait (event loop running) until the Overview's dashboard has the notice's gaps, which a
    worker thread finds after the window is shown: nothing runs beside the next section."""
    view = window.dashboard_view
    if not hasattr(view, "notice_checked"):
        return
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)
    deadline = time.monotonic() + 60

    def tick() -> None:
        if view.notice_checked() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()


def dispose(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, 0)  # DeferredDelete
    gc.collect()


class Bench:
    def __init__(self, folder: Path, path: Path, baseline_path: Path, counts: dict[str, int]):
        self.folder = folder
        self.path = path
        self.baseline_path = baseline_path
        self.counts = counts
        self.db = open_register(path)
        self.settings_made = 0
        self._pages: list[QWidget] = []  # pages kept shown for the set_database figures

    def settings(self) -> Settings:
        """A fresh, empty settings file: no layout saved by an earlier repetition."""
        self.settings_made += 1
        name = str(self.folder / f"settings-{self.settings_made}.ini")
        return Settings(QSettings(name, QSettings.Format.IniFormat))

    # -- raw baselines ---------------------------------------------------------------------------

    @staticmethod
    def request_query() -> Any:
        r = m.RightsRequest.__table__.c
        return (
            select(r.id, r.organisation_id, r.reference, r.received_on, r.requester, r.rights)
            .add_columns(r.decision, r.answered_on, r.client_party_id, r.forwarded_on)
            .add_columns(r.extended, r.extension_told_on)
            .order_by(r.received_on.desc().nulls_first(), r.reference, r.id)
        )

    @staticmethod
    def breach_query() -> Any:
        b = m.Breach.__table__.c
        return select(
            b.id,
            b.organisation_id,
            b.name,
            b.discovered_at,
            b.natures,
            b.risk,
            b.authority_notified_at,
        ).order_by(b.discovered_at.desc().nulls_first(), b.name, b.id)

    @staticmethod
    def contract_query() -> Any:
        c, p = m.Contract.__table__.c, m.Party.__table__.c
        return (
            select(c.id, c.organisation_id, c.party_id, p.name, p.kind, c.reference, c.our_role)
            .add_columns(c.status, c.contract_version, c.signed_on, c.expires_on, c.review_on)
            .add_columns(c.clauses, c.subprocessor_authorisation)
            .join(m.Party.__table__, p.id == c.party_id)
            .order_by(p.name, p.id, c.signed_on.desc().nulls_first(), c.reference, c.id)
        )

    @staticmethod
    def review_query() -> Any:
        a = m.Activity.__table__.c
        return select(a.id, a.organisation_id, a.reference, a.name, a.next_review).where(
            a.next_review.is_not(None)
        )

    def raw_rows(self, query: Any) -> list[tuple[Any, ...]]:
        with self.db.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(query)]

    def raw_page(self, query: Any, columns: int, expected: int) -> Callable[[], Sample]:
        """The Core select into tuples, then a bare QStandardItemModel of as many rows of text
        (`columns` columns, the values after id and organisation) in a QTableView, shown."""

        def run() -> Sample:
            clock = Clock()
            rows = self.raw_rows(query)
            read = time.perf_counter() - clock.wall
            window = QMainWindow()
            window.resize(*PAGE_SIZE)
            model = QStandardItemModel(len(rows), columns, window)
            for r, row in enumerate(rows):
                for c in range(columns):
                    value = row[c + 2] if c + 2 < len(row) else None
                    model.setItem(r, c, QStandardItem("" if value is None else str(value)))
            view = QTableView(window)
            view.setModel(model)
            window.setCentralWidget(view)
            window.show()
            QApplication.processEvents()
            sample = clock.stop()
            sample["select_s"] = read
            assert model.rowCount() == expected, (model.rowCount(), expected)
            dispose(window)
            return sample

        return run

    # -- a. the pages ----------------------------------------------------------------------------

    def page_first_shown(self, cls: type, expected: int, key: str) -> Callable[[], Sample]:
        def run() -> Sample:
            stack, events, settings = QUndoStack(), RegisterEvents(), self.settings()
            clock = Clock(key)
            page = cls(self.db, stack, events, "en", lambda *_: None, None, settings=settings)
            built = time.perf_counter() - clock.wall
            page.resize(*PAGE_SIZE)
            page.show()
            QApplication.processEvents()
            sample = clock.stop()
            sample["constructor_s"] = built
            assert page.model.rowCount() == expected, (cls.__name__, page.model.rowCount())
            dispose(page)
            return sample

        return run

    def contract_documents(self, contract_ids: list[str], reads: list[int]) -> Callable[[], Sample]:
        """e. The contracts page shown, then each contract of `contract_ids` selected in turn
        (its form lists its documents); the statements that touch the documents' bytes counted
        into `reads` (issue 18: attachments never loaded until opened)."""

        def run() -> Sample:
            page = ContractsView(
                self.db,
                QUndoStack(),
                RegisterEvents(),
                "en",
                lambda *_: None,
                None,
                settings=self.settings(),
            )
            page.resize(*PAGE_SIZE)
            page.show()
            QApplication.processEvents()
            seen: list[str] = []

            def watch(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
                if "attachment_blob" in statement:
                    seen.append(statement)

            engine = self.db.engine  # type: ignore[attr-defined]
            sqlalchemy.event.listen(engine, "before_cursor_execute", watch)
            try:
                clock = Clock("contract_documents")
                for contract_id in contract_ids:
                    page.select_id(contract_id)
                    QApplication.processEvents()
                sample = clock.stop()
            finally:
                sqlalchemy.event.remove(engine, "before_cursor_execute", watch)
            panel = page.editor.attachments
            assert panel is not None and panel.list.topLevelItemCount() == 1
            reads.append(len(seen))
            dispose(page)
            return sample

        return run

    def raw_documents(self, contract_ids: list[str]) -> Callable[[], Sample]:
        def run() -> Sample:
            table = m.Attachment.__table__
            clock = Clock()
            with self.db.reader() as session:
                for contract_id in contract_ids:
                    session.execute(
                        select(table.c.id, table.c.name, table.c.size, table.c.created_at).where(
                            table.c.contract_id == contract_id
                        )
                    ).all()
            return clock.stop()

        return run

    def page_set_database(
        self, cls: type, expected: int, small: Any, key: str
    ) -> Callable[[], Sample]:
        """The page built on `small` (a register without these rows) and shown; timed: told
        the big register (set_database, as File > Open) until its rows are there. Hidden
        between repetitions: a shown page reads its rows again every minute (clock.py), which
        would land in the figures measured after this one."""
        page = cls(small, QUndoStack(), RegisterEvents(), "en", lambda *_: None, None)
        page.resize(*PAGE_SIZE)
        self._pages.append(page)

        def run() -> Sample:
            page.set_database(small)
            page.show()
            QApplication.processEvents()
            clock = Clock(key)
            page.set_database(self.db)
            QApplication.processEvents()
            sample = clock.stop()
            page.hide()
            assert page.model.rowCount() == expected, (cls.__name__, page.model.rowCount())
            return sample

        return run

    # -- b. the To do ----------------------------------------------------------------------------

    def todo(self) -> Sample:
        clock = Clock("todo")
        data = load_todo(self.db)
        sample = clock.stop()
        sample["items"] = len(data.items)
        return sample

    def raw_todo(self) -> Sample:
        queries = (self.request_query(), self.breach_query(), self.contract_query())
        clock = Clock()
        with self.db.engine.connect() as connection:
            for query in (*queries, self.review_query()):
                connection.execute(query).all()
        return clock.stop()

    # -- c. the window ---------------------------------------------------------------------------

    def window_start(self, path: Path, clicks: dict[str, list[Sample]] | None) -> Sample:
        settings = self.settings()
        clock = Clock("window" if clicks is not None else "")
        db = open_register(path)
        opened = time.perf_counter() - clock.wall
        window = MainWindow(db, "en", settings)
        built = time.perf_counter() - clock.wall
        window.show()
        QApplication.processEvents()
        sample = clock.stop()
        assert window.current_page() == PAGE_OVERVIEW, window.current_page()
        sample["open_register_s"] = opened
        sample["main_window_s"] = built - opened
        sample["show_s"] = sample["wall_s"] - built
        settle_dashboard(window)
        if clicks is not None:
            for key, view, expected in (
                (PAGE_REQUESTS, window.requests_view, self.counts["requests"]),
                (PAGE_BREACHES, window.breaches_view, self.counts["breaches"]),
                (PAGE_CONTRACTS, window.contracts_view, self.counts["contracts"]),
            ):
                click = Clock(f"click_{key}")
                window.show_page(key)
                QApplication.processEvents()
                clicks.setdefault(key, []).append(click.stop())
                assert view.model.rowCount() == expected, (key, view.model.rowCount())
            window.show_page(PAGE_OVERVIEW)
            QApplication.processEvents()
            panel = Clock("click_todo_panel")
            window.dashboard_view.read_time_limits()
            QApplication.processEvents()
            clicks.setdefault("todo_panel", []).append(panel.stop())
        dispose(window)
        db.close()
        return sample

    # -- d. the commands ---------------------------------------------------------------------------

    def command(self, argv: list[str], key: str) -> Callable[[], Sample]:
        def run() -> Sample:
            out = io.StringIO()
            clock = Clock(key)
            with contextlib.redirect_stdout(out):
                code = cli_main(argv)
            sample = clock.stop()
            rows = json.loads(out.getvalue())
            assert code in (0, 1), code
            sample["rows"] = len(rows)
            return sample

        return run

    def raw_command(self, queries: list[Any]) -> Callable[[], Sample]:
        def run() -> Sample:
            clock = Clock()
            engine = sqlalchemy.create_engine(f"sqlite:///{self.path.as_posix()}")
            with engine.connect() as connection:
                rows = [row for query in queries for row in connection.execute(query).tuples()]
            engine.dispose()
            text = json.dumps(
                [[None if v is None else str(v) for v in row] for row in rows],
                ensure_ascii=False,
                indent=2,
            )
            sample = clock.stop()
            sample["chars"] = len(text)
            return sample

        return run


# -- profile ---------------------------------------------------------------------------------------


def profile(key: str, out: Path, top: int = 15) -> list[str]:
    """The figure's section, run once more under cProfile (what the clock measures, nothing
    around it): the top entries by cumulative and by own time, paths shortened to the
    checkout's (ropa/...) and site-packages'."""
    profiler = cProfile.Profile()
    Clock.profiler, Clock.profiled = profiler, key
    try:
        RUNNERS[key]()
    finally:
        Clock.profiler, Clock.profiled = None, None
    path = out / f"profile-accountability-{key}.prof"
    profiler.dump_stats(str(path))
    root = str(Path(ropa.__file__).resolve().parent.parent) + "/"
    site = str(Path(sqlalchemy.__file__).resolve().parent.parent) + "/"
    lines: list[str] = []
    for order in ("cumulative", "tottime"):
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text).sort_stats(order)
        stats.print_stats(top)
        body = text.getvalue().replace(root, "").replace(site, "").replace(str(HERE) + "/", "")
        start = body.find("   ncalls")
        lines.append(f"--- {key}, by {order} ---")
        lines += [line for line in body[start:].splitlines() if line.strip()]
    log(f"profile written to {path}")
    return lines


# -- report --------------------------------------------------------------------------------------


def _git_of_ropa(*args: str) -> str:
    """git in the checkout the imported ropa comes from (PYTHONPATH may name another)."""
    root = Path(ropa.__file__).resolve().parent.parent
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.rstrip() if done.returncode == 0 else ""


def print_table(results: list[dict[str, Any]]) -> None:
    header = ("figure", "ours wall", "ours CPU", "raw wall", "ratio", "target", "result")
    lines = [header]
    for r in results:
        raw = "" if r["raw_wall_s"] is None else f"{r['raw_wall_s']:.3f} s"
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.1f}x"
        target = "(info)" if r["target_s"] is None else f"< {r['target_s']} s"
        verdict = "" if r["pass"] is None else ("PASS" if r["pass"] else "FAIL")
        lines.append(
            (
                r["name"],
                f"{r['ours_wall_s']:.3f} s",
                f"{r['ours_cpu_s']:.3f} s",
                raw,
                ratio,
                target,
                verdict,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for n, line in enumerate(lines):
        cells = [line[0].ljust(widths[0])]
        cells += [c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True)]
        print("  ".join(cells))
        if n == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 requests, 50 breaches")
    parser.add_argument("--requests", type=int, help="default 10,000 (1,000 with --quick)")
    parser.add_argument("--breaches", type=int, help="default 500 (50 with --quick)")
    parser.add_argument("--contracts", type=int, help="default 200 (50 with --quick)")
    parser.add_argument("--activities", type=int, default=200)
    parser.add_argument("--reps", type=int, help="repetitions, default 5 (3 with --quick)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", action="store_true", help="profile the figures that miss")
    parser.add_argument("--tmpdir", type=Path, help="folder for the temporary files")
    parser.add_argument("--out", type=Path, help="default bench/out/results-accountability.json")
    args = parser.parse_args(argv)
    n_requests = args.requests or (1000 if args.quick else 10_000)
    n_breaches = args.breaches or (50 if args.quick else 500)
    n_contracts = args.contracts or (50 if args.quick else 200)
    reps = args.reps or (3 if args.quick else 5)
    suffix = "-quick" if args.quick else ""
    out_dir = HERE / "out"
    if args.out is None:
        args.out = out_dir / f"results-accountability{suffix}.json"
    env = core_bench.environment()
    env["ropa_path"] = str(Path(ropa.__file__).resolve().parent)
    env["ropa_commit"] = _git_of_ropa("rev-parse", "HEAD")
    env["ropa_uncommitted"] = _git_of_ropa("status", "--porcelain", "--", "ropa").splitlines()
    import PySide6

    env["pyside6"] = PySide6.__version__
    started = time.perf_counter()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    results: list[dict[str, Any]] = []
    profiles: dict[str, list[str]] = {}

    with tempfile.TemporaryDirectory(prefix="ropa-bench-acc-", dir=args.tmpdir) as tmp:
        folder = Path(tmp)
        # Nothing of the user's: the integrity memo, logs and settings go here.
        os.environ["ROPA_DATA_DIR"] = str(folder / "userdata")
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
        log(
            f"building the register: {args.activities} activities, {n_requests:,} requests, "
            f"{n_breaches} breaches, {n_contracts} contracts (untimed)"
        )
        document, without = make_document(
            args.activities, n_requests, n_breaches, n_contracts, args.seed
        )
        path, baseline_path, small_path = (
            folder / "accountability.ropa",
            folder / "without.ropa",
            folder / "small.ropa",
        )
        t0 = time.perf_counter()
        generate.write_register(path, generate.to_bytes(document))
        size = path.stat().st_size / 1e6
        log(f"built {path.name} ({size:.1f} MB) in {time.perf_counter() - t0:.1f} s")
        generate.write_register(baseline_path, generate.to_bytes(without))
        small_doc = dict(
            without,
            organisations=[
                dict(
                    without["organisations"][0],
                    activities=[],
                    cookies=[],
                    contracts=[],
                    attachments=[],
                )
            ],
            files={},
        )
        generate.write_register(small_path, generate.to_bytes(small_doc))
        del document, without, small_doc
        bench = Bench(folder, path, baseline_path, {})
        with bench.db.reader() as session:
            count = {
                name: session.execute(
                    select(sqlalchemy.func.count()).select_from(model.__table__)
                ).scalar_one()
                for name, model in (
                    ("requests", m.RightsRequest),
                    ("breaches", m.Breach),
                    ("contracts", m.Contract),
                    ("activities", m.Activity),
                )
            }
        bench.counts = count
        todo_items = len(load_todo(bench.db).items)
        states = _states(bench)
        log(f"register: {count}, {todo_items} items in the To do; states {states}")
        small = open_register(small_path)

        pages = (
            ("requests", "Requests", RequestsView, bench.request_query(), 6),
            ("breaches", "Breaches", BreachesView, bench.breach_query(), 5),
            ("contracts", "Contracts", ContractsView, bench.contract_query(), 7),
        )
        raw_note = "Core select of the page's columns into tuples + QStandardItemModel of as "
        raw_note += "many rows of text in a shown QTableView"
        for key, title, cls, query, columns in pages:
            n = count[key]
            raw = bench.raw_page(query, columns, n)
            results.append(
                measure(
                    f"{key}_first",
                    f"{title} page shown first ({n:,} rows)",
                    bench.page_first_shown(cls, n, f"{key}_first"),
                    raw,
                    reps,
                    ours_note=f"{cls.__name__}(db, ...) + show + processEvents, rows == {n}",
                    raw_note=raw_note,
                )
            )
            results.append(
                measure(
                    f"{key}_set_database",
                    f"{title} page, set_database ({n:,} rows)",
                    bench.page_set_database(cls, n, small, f"{key}_set_database"),
                    raw,
                    reps,
                    ours_note="shown page built on a register without these rows: "
                    "set_database(db) + processEvents",
                    raw_note=raw_note,
                )
            )
        with bench.db.reader() as session:
            contract_ids = list(
                session.execute(select(m.Contract.id).order_by(m.Contract.id).limit(50)).scalars()
            )
        reads: list[int] = []
        documents = measure(
            "contract_documents",
            f"Contracts page: {len(contract_ids)} contracts selected in turn, each with its "
            f"signed copy ({DOCUMENT_BYTES // 1000} kB) listed",
            bench.contract_documents(contract_ids, reads),
            bench.raw_documents(contract_ids),
            reps,
            target=None,
            ours_note="select_id + processEvents per contract (the form reads its documents)",
            raw_note="Core select of each contract's attachment rows",
        )
        documents["blob_statements"] = reads
        documents["pass"] = not any(reads)  # the figure's target: no byte read while listing
        results.append(documents)
        log(f"statements reading documents' bytes while listing: {sum(reads)} (must be 0)")
        results.append(
            measure(
                "todo",
                f"To do read, load_todo ({todo_items} items)",
                bench.todo,
                bench.raw_todo,
                reps,
                ours_note="ropa.core.todo.load_todo(db)",
                raw_note="Core selects of the requests, breaches, contracts and reviews",
            )
        )

        clicks: dict[str, list[Sample]] = {}
        window = measure(
            "window",
            "MainWindow start to Overview shown",
            lambda: bench.window_start(path, clicks),
            lambda: bench.window_start(baseline_path, None),
            reps,
            ours_note="open_register + MainWindow + show + processEvents (Overview)",
            raw_note="the same on the register without requests and breaches",
        )
        results.append(window)
        for key, samples in clicks.items():
            RUNNERS[f"click_{key}"] = lambda: bench.window_start(path, {})
            samples = samples[1:]  # the warm-up's click left out
            name = "To do panel read + shown" if key == "todo_panel" else f"click on {key}"
            results.append(
                {
                    "key": f"click_{key}",
                    "name": f"{name} (window started)",
                    "target_s": TARGET_S,
                    "ours_samples": samples,
                    "raw_samples": [],
                    "ours_wall_s": statistics.median(s["wall_s"] for s in samples),
                    "ours_cpu_s": statistics.median(s["cpu_s"] for s in samples),
                    "raw_wall_s": None,
                    "ratio": None,
                    "pass": statistics.median(s["wall_s"] for s in samples) < TARGET_S,
                    "ours_note": "show_page(key) + processEvents"
                    if key != "todo_panel"
                    else "DashboardView.read_time_limits() + processEvents",
                }
            )

        cli_todo = ["todo", str(path), "--format", "json"]
        cli_requests = ["requests", str(path), "--json"]
        results.append(
            measure(
                "cli_todo",
                "ropa todo FILE --format json",
                bench.command(cli_todo, "cli_todo"),
                bench.raw_command(
                    [
                        bench.request_query(),
                        bench.breach_query(),
                        bench.contract_query(),
                        bench.review_query(),
                    ]
                ),
                reps,
                ours_note="ropa.cli.main(argv), stdout into a string",
                raw_note="new Core engine + the same selects + json.dumps of every row",
            )
        )
        results.append(
            measure(
                "cli_requests",
                "ropa requests FILE --json",
                bench.command(cli_requests, "cli_requests"),
                bench.raw_command([bench.request_query()]),
                reps,
                ours_note="ropa.cli.main(argv), stdout into a string",
                raw_note="new Core engine + the requests' select + json.dumps of every row",
            )
        )
        raw_select = measure(
            "raw_requests_select",
            f"raw: Core select of {count['requests']:,} requests",
            lambda: _timed(lambda: bench.raw_rows(bench.request_query())),
            None,
            reps,
            target=None,
        )
        results.append(raw_select)

        if args.profile:
            out_dir.mkdir(parents=True, exist_ok=True)
            for r in results:
                if r["pass"] is False and r["key"] in RUNNERS:
                    profiles[r["key"]] = profile(r["key"], out_dir)
        for page in bench._pages:
            dispose(page)
        small.close()
        bench.db.close()

    total = time.perf_counter() - started
    print()
    print(
        f"ropa accountability lists: {count['requests']:,} requests, {count['breaches']} "
        f"breaches, {count['contracts']} contracts, {count['activities']} activities; "
        f"median of {reps}; QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}"
    )
    dirty = " + uncommitted changes in ropa/" if env["ropa_uncommitted"] else ""
    print(f"ropa at {env['ropa_commit'][:10] or 'unknown'}{dirty} ({env['ropa_path']})")
    print_table(results)
    print()
    for r in results:
        parts = r.get("ours_parts_median_s") or {}
        if parts:
            text = ", ".join(f"{k} {v:.3f}" for k, v in parts.items())
            print(f"{r['name']}: {text}")
    print(f"1-min load average at the end: {core_bench.load():.2f} on {os.cpu_count()} CPUs")
    print(f"total bench run time: {total:.1f} s")
    for lines in profiles.values():
        print()
        print("\n".join(lines))

    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "benchmark": "accountability",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "counts": count,
        "todo_items": todo_items,
        "states": states,
        "seed": args.seed,
        "repetitions": reps,
        "environment": env,
        "results": results,
        "profiles": profiles,
        "total_run_s": total,
    }
    args.out.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"written {args.out}")
    del app
    return 0


def _timed(function: Callable[[], Any]) -> Sample:
    clock = Clock()
    function()
    return clock.stop()


def _states(bench: Bench) -> dict[str, dict[str, int]]:
    """How many requests, breaches and contracts are in each state today (the spread)."""
    from ropa.core.reads.accountability import load_accountability
    from ropa.core.reads.contracts import load_contracts

    data = load_accountability(bench.db)
    spread: dict[str, dict[str, int]] = {"requests": {}, "breaches": {}, "contracts": {}}
    for r in data.requests:
        state = r.deadline.state.value
        spread["requests"][state] = spread["requests"].get(state, 0) + 1
    for b in data.breaches:
        state = b.clock.state.value
        spread["breaches"][state] = spread["breaches"].get(state, 0) + 1
    for c in load_contracts(bench.db).contracts:
        state = c.state.value
        spread["contracts"][state] = spread["contracts"].get(state, 0) + 1
    return spread


if __name__ == "__main__":
    raise SystemExit(main())
