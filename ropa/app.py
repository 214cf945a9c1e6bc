"""Desktop bootstrap: arguments, logging, crash dialog, QApplication, translators, main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import runpy
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QMessageLogContext,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from ropa import __version__
from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.core.i18n import LANGUAGES, normalise_language, system_language
from ropa.core.register import open_default_register, open_register
from ropa.logfile import PrivateLogFile, log_path
from ropa.paths import APP_NAME, missing_resources
from ropa.ui.icons import app_icon
from ropa.ui.language import install_translators, remove_translators
from ropa.ui.main_window import MainWindow
from ropa.ui.settings import Settings

log = logging.getLogger(__name__)

QUIT_AFTER_ENV = "ROPA_QUIT_AFTER_MS"
TEST_SCRIPT_ENV = "ROPA_TEST_SCRIPT"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="ropa-gui",
        description="ropa: the record of processing activities (GDPR Art. 30).",
        epilog="Qt options are read from the environment (QT_QPA_PLATFORM, QT_SCALE_FACTOR...).",
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        type=Path,
        help="the register file to open (default: the register you used last; the very "
        "first time, the register in your data folder, created with a demonstration register)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the interface (default: the system's)",
    )
    parser.add_argument("--version", action="version", version=f"ropa {__version__}")
    return parser.parse_args(list(argv))


def quit_after_ms() -> int | None:
    """ROPA_QUIT_AFTER_MS: leave the event loop after that many ms (tests, benchmarks)."""
    value = os.environ.get(QUIT_AFTER_ENV, "").strip()
    if not value:
        return None
    try:
        return max(0, int(value))
    except ValueError:
        log.warning("ignoring %s=%r: not a whole number of milliseconds", QUIT_AFTER_ENV, value)
        return None


# -- logging ---------------------------------------------------------------------------------


@contextmanager
def file_logging(path: Path) -> Iterator[Path | None]:
    """Log to a rotating file (and warnings to stderr when there is one) for the block.

    Yields the log file, or None when it cannot be written (the application runs anyway).
    """
    root = logging.getLogger()
    handlers: list[logging.Handler] = []
    written: Path | None = None
    problem: OSError | None = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        file_handler = PrivateLogFile(path)
    except OSError as exc:
        problem = exc
    else:
        file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        handlers.append(file_handler)
        written = path
    if sys.stderr is not None:  # None under pythonw (the Windows GUI launcher)
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("ropa: %(levelname)s: %(message)s"))
        handlers.append(console)
    previous_level = root.level
    root.setLevel(logging.INFO)
    for handler in handlers:
        root.addHandler(handler)
    if problem is not None:
        log.warning("cannot write the log file %s: %s", path, problem)
    try:
        yield written
    finally:
        for handler in handlers:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(previous_level)


@contextmanager
def qt_messages_logged() -> Iterator[None]:
    """Send Qt's own messages (warnings about fonts, plugins...) to the log as well."""
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")
    previous: Callable[[QtMsgType, QMessageLogContext, str], None] | None = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)
        if previous is not None:  # e.g. pytest-qt's, which fails tests on warnings
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


# -- crashes ---------------------------------------------------------------------------------


def show_crash_dialog(details: str, log_file: Path | None) -> None:
    """Tell the user about a bug: what to do, where the log is, the traceback in the details."""

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "ropa",
        QCoreApplication.translate("CrashDialog", "ropa met an unexpected error."),
        QMessageBox.StandardButton.Ok,
    )
    info = QCoreApplication.translate(
        "CrashDialog", "The changes you had saved are kept in the register."
    )
    if log_file is not None:
        info += "\n\n" + QCoreApplication.translate(
            "CrashDialog",
            "The details are in the log file; please send it to your support contact:\n{path}",
        ).format(path=log_file)
    box.setInformativeText(info)
    box.setDetailedText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    close_dialog_when_unattended()
    box.exec()


def make_excepthook(
    log_file: Path | None, show: Callable[[str, Path | None], None] = show_crash_dialog
) -> ExceptHook:
    """A sys.excepthook that logs the traceback and shows the crash dialog (once at a time)."""
    showing = threading.Lock()

    def excepthook(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.critical("unhandled exception\n%s", details.rstrip())
        app = QApplication.instance()
        if app is None or threading.current_thread() is not threading.main_thread():
            return
        if not showing.acquire(blocking=False):
            return  # an error while the dialog is open: logged, not shown again
        try:
            show(details, log_file)
        except Exception:  # noqa: BLE001 - the crash dialog itself must never crash
            log.exception("cannot show the crash dialog")
        finally:
            showing.release()

    return excepthook


@contextmanager
def crash_handling(log_file: Path | None) -> Iterator[None]:
    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            details = "".join(
                traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
            )
            log.critical("unhandled exception in thread %s\n%s", args.thread, details.rstrip())

    sys.excepthook = make_excepthook(log_file)
    threading.excepthook = thread_hook
    try:
        yield
    finally:
        sys.excepthook = previous_hook
        threading.excepthook = previous_thread_hook


# -- Qt application --------------------------------------------------------------------------


@contextmanager
def translators(language: str) -> Iterator[None]:
    """Qt's and ropa's translations for language during the block (see ropa.ui.language,
    which also switches them while the application runs)."""
    previous_locale = QLocale()
    install_translators(language)
    try:
        yield
    finally:
        remove_translators()
        QLocale.setDefault(previous_locale)


def _application() -> QCoreApplication:
    """The QApplication (the existing one, e.g. under pytest-qt, or a new one)."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if existing is not None:
        return existing
    return QApplication([sys.argv[0] if sys.argv else APP_NAME])


def close_dialog_when_unattended() -> None:
    """Under ROPA_QUIT_AFTER_MS, close the dialog about to open after that delay, so that an
    unattended run (test, benchmark) never waits for a click."""
    delay = quit_after_ms()
    if delay is None:
        return

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.close()

    QTimer.singleShot(delay, close)


def show_error(message: str) -> None:
    """A known error (RopaError) the user can act on, in their language."""
    close_dialog_when_unattended()
    QMessageBox.critical(None, "ropa", message)


def discard_pending_quit(app: QCoreApplication) -> None:
    """Drop a Quit event still queued once the event loop has returned.

    Qt 6's quit() closes the windows first; closing the last one posts a second Quit event
    (quitOnLastWindowClosed), which exec() leaves in the queue. Delivered later, with no event
    loop running, it sets the thread's "quit now" flag for good: every later QEventLoop.exec()
    returns at once, so zero-delay timers and queued calls stop running in nested loops (the
    tests' qtbot.wait/waitUntil, which share the process' QApplication).
    """
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)


def schedule_test_script(window: Callable[[], MainWindow]) -> None:
    """ROPA_TEST_SCRIPT (tests only): run that Python file once the event loop has started,
    with `window` (the MainWindow) in its globals, to drive the real application from a test
    (see tests/ui/test_crash_safety.py). Nothing happens when the variable is unset."""
    script = os.environ.get(TEST_SCRIPT_ENV, "").strip()
    if not script:
        return

    def run_script() -> None:
        try:
            runpy.run_path(script, init_globals={"window": window()})
        except Exception:  # noqa: BLE001 - reported to the test, which reads stderr
            traceback.print_exc()
            QCoreApplication.exit(3)

    QTimer.singleShot(0, run_script)


# -- the register to start on ---------------------------------------------------------------


@dataclass
class StartRegister:
    """The register the application starts on, and the registers used last that it tried
    first but could not open (newest first: the file and why), to tell the user."""

    db: Register
    skipped: list[tuple[Path, RopaError]] = field(default_factory=list)


def open_start_register(file: Path | None, settings: Settings, language: str) -> StartRegister:
    """Open the register to start on: FILE when given; else the register used last (the
    recent files in turn, newest first, skipping those missing or unusable); else (the very
    first start, or none usable) the default register, created with the demo the first time.

    Raises RopaError when FILE, or the default register, cannot be opened. The register
    opened becomes the first of the recent files.
    """
    if file is not None:
        start = StartRegister(open_register(file))
    else:
        skipped: list[tuple[Path, RopaError]] = []
        db: Register | None = None
        for path in settings.last_files():
            try:
                db = open_register(path)
            except RopaError as error:
                log.warning("cannot open the register used last: %s", error.message("en"))
                skipped.append((path, error))
            else:
                break
        if db is None:
            db = open_default_register(language=language)
        start = StartRegister(db, skipped)
    settings.add_recent_file(start.db.path)
    settings.sync()
    return start


def tell_about_skipped(window: MainWindow, start: StartRegister, language: str) -> None:
    """Say, without blocking the start, which register used last could not be opened and
    which one is shown instead (a message box over the window, and the status bar)."""
    if not start.skipped:
        return
    missing = start.skipped[0][0]
    reasons = "\n".join(error.message(language) for _path, error in start.skipped)
    opened = QCoreApplication.translate("Startup", "ropa opened {path} instead.").format(
        path=start.db.path
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "ropa",
        QCoreApplication.translate("Startup", "The register you used last could not be opened."),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("start_register_skipped")
    box.setInformativeText(f"{reasons}\n\n{opened}")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, and the start goes on
    window.show_status(
        QCoreApplication.translate(
            "Startup", "Could not open {missing}; {name} is shown instead."
        ).format(missing=missing, name=start.db.path.name),
        30_000,
    )


def run(args: argparse.Namespace, language: str, settings: Settings) -> int:
    app = _application()
    QApplication.setWindowIcon(app_icon())
    with translators(language):
        try:
            start = open_start_register(args.file, settings, language)
        except RopaError as error:
            log.warning("cannot open the register: %s", error.message("en"))
            show_error(error.message(language))
            return 1
        db = start.db
        log.info("opened %s", db.path)
        try:
            try:
                window = MainWindow(db, language, settings)
            except RopaError as error:
                log.warning("cannot read the register: %s", error.message("en"))
                show_error(error.message(language))
                return 1
            shown = [window]  # Preferences may rebuild the window in another language

            def follow(new_window: MainWindow) -> None:
                shown[0] = new_window
                new_window.replaced.connect(follow)

            window.replaced.connect(follow)
            window.show()
            tell_about_skipped(window, start, language)
            delay = quit_after_ms()
            if delay is not None:
                QTimer.singleShot(delay, app.quit)
            schedule_test_script(lambda: shown[0])
            code = app.exec()
            discard_pending_quit(app)
            shown[0].close()
            return code
        finally:
            db.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop application; returns the process exit code."""
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exit_:  # --help, --version, or a usage error (already printed)
        return exit_.code if isinstance(exit_.code, int) else 2
    problem = missing_resources()
    if problem is not None:  # no catalogue to speak the user's language with: English
        print(problem, file=sys.stderr)
        _application()
        show_error(problem)
        return 1
    settings = Settings()
    language = normalise_language(args.lang or settings.language() or system_language())
    with file_logging(log_path()) as log_file, crash_handling(log_file), qt_messages_logged():
        log.info("ropa %s starting (interface language %s)", __version__, language)
        try:
            return run(args, language, settings)
        except Exception as exc:  # noqa: BLE001 - a bug: logged and shown, then exit 1
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return 1
