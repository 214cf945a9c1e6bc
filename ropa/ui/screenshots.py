"""Screenshots of the application, for the documentation and for checking the layout.

    python -m ropa.ui.screenshots OUT_DIR [--lang fr en] [--dark] [--scale 2]

builds the demonstration register in a temporary folder, opens the main window (1280×800) in
each language, and saves `{lang}-{page}.png` for every sidebar page and `{lang}-editor-{tab}.png`
for every tab of the activity editor, opened on a demo activity with transfers. It runs offscreen
and keeps its data folder and QSettings in the temporary folder: the user's are never touched.
Labels cut short by the layout are listed on the standard error.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QStyleFactory, QWidget

from ropa.core.handle import Register
from ropa.core.i18n import LANGUAGES
from ropa.core.reads.activities import demo_activity
from ropa.core.register import create_register
from ropa.ui import icons
from ropa.ui.theme import dark_palette

WINDOW_SIZE = (1280, 800)
DIALOG_SIZE = (900, 600)  # the import preview: a dialog over the window, not a window


@dataclass
class ScreenshotReport:
    """The files written, and the labels found cut short (one line each)."""

    files: list[Path] = field(default_factory=list)
    truncated: list[str] = field(default_factory=list)


def truncated_labels(root: QWidget) -> list[QLabel]:
    """The visible labels under root whose text does not fit: a single-line label narrower than
    its size hint, or a word-wrapped label lower than the height its text needs."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() or label.width() <= 0:
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(label)
        elif label.sizeHint().width() > label.width():
            found.append(label)
    return found


def describe(label: QLabel) -> str:
    """One line naming a cut label: its text, and what it needs against what it has."""
    text = " ".join(label.text().split())
    if len(text) > 60:
        text = text[:57] + "..."
    if label.wordWrap():
        need = f"height {label.heightForWidth(label.width())} > {label.height()}"
    else:
        need = f"width {label.sizeHint().width()} > {label.width()}"
    return f"{text!r} ({need})"


def slug(text: str) -> str:
    """A file-name part: GeneralSection -> general, processor_activities -> processor-activities."""
    text = re.sub(r"Section$", "", text)
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", text)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "page"


@contextmanager
def dark_theme(app: QApplication) -> Iterator[None]:
    """Fusion and a dark palette for the block (the icons are rendered again for it)."""
    style = app.style().name()
    palette = QPalette(app.palette())
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette())
    icons.clear_cache()
    try:
        yield
    finally:
        app.setStyle(QStyleFactory.create(style) or QStyleFactory.create("Fusion"))
        app.setPalette(palette)
        icons.clear_cache()


def _settle() -> None:
    """Let queued events (reloads, layouts, paints) run."""
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()


def _save(widget: QWidget, path: Path, report: ScreenshotReport) -> None:
    _settle()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    report.files.append(path)
    report.truncated.extend(f"{path.stem}: {describe(label)}" for label in truncated_labels(widget))


def screenshots_of_language(
    language: str, out_dir: Path, work_dir: Path, report: ScreenshotReport
) -> None:
    """Open the demo register in the main window in language and save its screenshots."""
    from ropa.app import translators  # the bootstrap, loaded on use
    from ropa.ui.main_window import MainWindow
    from ropa.ui.settings import Settings

    with translators(language):
        db = create_register(work_dir / f"demo-{language}.ropa", demo=True, language=language)
        settings = Settings(
            QSettings(str(work_dir / f"settings-{language}.ini"), QSettings.Format.IniFormat)
        )
        window = MainWindow(db, language, settings)
        try:
            window.resize(*WINDOW_SIZE)
            window.show()
            for row in range(window.sidebar.count()):
                window.sidebar.setCurrentRow(row)
                page = slug(window.current_page())
                _save(window, out_dir / f"{language}-{page}.png", report)
            activity = demo_activity(db)
            if activity is not None:
                window.open_activity(activity)
                pages = window.activities_view.editor.section_pages
                for index in range(pages.count()):
                    pages.setCurrentIndex(index)
                    page_widget = pages.widget(index)
                    section = page_widget.widget() if isinstance(page_widget, QScrollArea) else None
                    name = slug(type(section or page_widget).__name__) or f"tab{index + 1}"
                    _save(window, out_dir / f"{language}-editor-{name}.png", report)
            _document_screenshots(window, db, language, out_dir, work_dir, report)
        finally:
            window.close()
            window.deleteLater()
            _settle()
            db.close()


def _document_screenshots(
    window: QWidget,
    db: Register,
    language: str,
    out_dir: Path,
    work_dir: Path,
    report: ScreenshotReport,
) -> None:
    """The print preview of the PDF register, and the change preview of an Excel import (a
    workbook exported, then edited as an accountant would: a name changed, a row deleted)."""
    import openpyxl

    from ropa.exports.pdf import build_pdf
    from ropa.exports.workbook import build_workbook, plan_import
    from ropa.exports.workbook.layout import sheet
    from ropa.ui.dialogs.import_preview import ImportPreviewDialog
    from ropa.ui.dialogs.pdf_preview import PdfPreviewDialog

    preview = PdfPreviewDialog(window, build_pdf(db, lang=language), "ropa", language=language)
    preview.resize(*WINDOW_SIZE)
    preview.show()
    # QPdfView renders pages in a thread of its own: give it time before the picture.
    # (Not a processEvents(flags, ms) loop: in PySide6 6.12 that overload drops a reference
    # to None on each call, and a few million calls crash the interpreter.)
    wait = QEventLoop()
    QTimer.singleShot(2000, wait.quit)
    wait.exec()
    _settle()
    _save(preview, out_dir / f"{language}-print-preview.png", report)
    preview.close()
    preview.deleteLater()

    book_path = work_dir / f"demo-{language}.xlsx"
    book_path.write_bytes(build_workbook(db, lang=language))
    book = openpyxl.load_workbook(book_path)
    register = book[sheet("controller").title(language)]
    register.cell(row=2, column=2).value = f"{register.cell(row=2, column=2).value} (2027)"
    recipients = book[sheet("recipients").title(language)]
    recipients.delete_rows(3)
    book.save(book_path)
    plan = plan_import(db, book_path.read_bytes(), source=book_path.name)
    dialog = ImportPreviewDialog(window, plan)
    dialog.resize(*DIALOG_SIZE)
    dialog.show()
    _settle()
    _save(dialog, out_dir / f"{language}-import-preview.png", report)
    dialog.close()
    dialog.deleteLater()


def take_screenshots(
    out_dir: Path,
    languages: Sequence[str] = LANGUAGES,
    *,
    dark: bool = False,
    work_dir: Path | None = None,
) -> ScreenshotReport:
    """Save the screenshots of every language in out_dir (created if needed).

    Needs the QApplication. The registers and settings go to work_dir (a temporary folder
    by default, removed afterwards).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("take_screenshots() needs the QApplication")
    out_dir.mkdir(parents=True, exist_ok=True)
    report = ScreenshotReport()
    with tempfile.TemporaryDirectory(prefix="ropa-screenshots-") as temporary:
        work = work_dir or Path(temporary)
        with dark_theme(app) if dark else _nothing():
            for language in languages:
                screenshots_of_language(language, out_dir, work, report)
    return report


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages on the standard error, but the offscreen platform's notice on every
    window (it cannot resize windows to their size hints, which screenshots never need)."""
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m ropa.ui.screenshots",
        description="Screenshots of every page and editor tab, on the demonstration register.",
    )
    parser.add_argument("out_dir", metavar="OUT_DIR", type=Path, help="where to save the PNGs")
    parser.add_argument(
        "--lang", nargs="+", choices=LANGUAGES, default=list(LANGUAGES), help="languages"
    )
    parser.add_argument("--dark", action="store_true", help="Fusion with a dark palette")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR (e.g. 2)")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Run offscreen in a temporary data folder and settings; returns the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    with tempfile.TemporaryDirectory(prefix="ropa-screenshots-") as temporary:
        work = Path(temporary)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
        os.environ["ROPA_DATA_DIR"] = str(work / "userdata")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
        QCoreApplication.setApplicationName("ropa")
        QCoreApplication.setOrganizationName("ropa")
        qInstallMessageHandler(_quiet_offscreen)
        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "ropa"])
        report = take_screenshots(args.out_dir, args.lang, dark=args.dark, work_dir=work)
        app.processEvents()
    for path in report.files:
        print(path)
    for line in report.truncated:
        print(f"cut short: {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
