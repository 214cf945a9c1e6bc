"""Child process of bench/run_ui.py: one start-up or memory measurement in a fresh interpreter.

    python bench/ui_probe.py bare            # a bare PySide6 QMainWindow: show, then "shown"
    python bench/ui_probe.py ropa            # ropa's real start-up (ropa.app.main) on the
                                             # default register of ROPA_DATA_DIR, then "shown"
    python bench/ui_probe.py rss-bare        # VmRSS of a shown bare QMainWindow
    python bench/ui_probe.py rss-ropa FILE   # VmRSS of ropa's MainWindow shown on FILE

Start-up modes print one line, `shown <t_top> <t_shown>`: time.perf_counter() read at the very
top of this script and just after the window's first show + QApplication.processEvents(). On
Linux perf_counter is CLOCK_MONOTONIC, the same clock in every process, so the parent subtracts
the perf_counter it read just before subprocess.Popen and gets the time from process start.
Memory modes print one line of JSON. Run with QT_QPA_PLATFORM=offscreen (run_ui.py sets it).
"""

import time

T_TOP = time.perf_counter()  # first statement: as close to the process start as Python gets

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

WIDTH, HEIGHT = 1100, 700  # ropa's MainWindow DEFAULT_SIZE


def shown(t_shown: float) -> None:
    sys.stdout.write(f"shown {T_TOP!r} {t_shown!r}\n")
    sys.stdout.flush()


def status_kb() -> dict[str, int]:
    """VmRSS and VmHWM (peak resident) of this process, in kB, from /proc/self/status."""
    values: dict[str, int] = {}
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    return values


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(WIDTH, HEIGHT)
    window.setWindowTitle("bare")
    window.show()
    QApplication.processEvents()
    shown(time.perf_counter())
    window.close()
    del app
    return 0


def ropa() -> int:
    """The real start-up path: ropa.app.main() (arguments, settings, logging, translators,
    open_default_register, MainWindow, show, app.exec()). The application object is created
    first only so that a zero-delay timer can fire once the event loop runs, i.e. right after
    main() has shown the window; ropa's _application() reuses it. The timer reports, then quits
    the loop so that main() closes the window and the register normally (untimed)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])

    def report() -> None:
        QApplication.processEvents()
        shown(time.perf_counter())
        app.quit()

    QTimer.singleShot(0, report)
    from ropa.app import main

    code = main(["--lang", "en"])
    return code


def rss_bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(WIDTH, HEIGHT)
    window.show()
    QApplication.processEvents()
    print(json.dumps({"rows": 0, **status_kb()}), flush=True)
    window.close()
    del app
    return 0


def rss_ropa(path: str) -> int:
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ropa.core.register import open_register
    from ropa.ui.main_window import PAGE_ACTIVITIES, MainWindow
    from ropa.ui.settings import Settings

    app = QApplication([sys.argv[0]])
    settings_file = os.environ.get("ROPA_BENCH_SETTINGS") or str(Path(path).with_suffix(".ini"))
    settings = Settings(QSettings(settings_file, QSettings.Format.IniFormat))
    db = open_register(Path(path))
    window = MainWindow(db, "en", settings)
    window.show()
    window.show_page(PAGE_ACTIVITIES)  # the list painted, as the user sees it
    QApplication.processEvents()
    rows = window.model.total_count() + window.processor_view.model.total_count()
    print(json.dumps({"rows": rows, **status_kb()}), flush=True)
    window.close()
    db.close()
    del app
    return 0


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "bare":
        raise SystemExit(bare())
    if mode == "ropa":
        raise SystemExit(ropa())
    if mode == "rss-bare":
        raise SystemExit(rss_bare())
    if mode == "rss-ropa" and len(sys.argv) > 2:
        raise SystemExit(rss_ropa(sys.argv[2]))
    print(__doc__, file=sys.stderr)
    raise SystemExit(2)
