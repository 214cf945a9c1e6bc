"""The document exports of the main window: the progress runner (worker thread, progress,
cancel), File > Export register as PDF / Excel, and the print preview (view, zoom, print)."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from ropa.core.errors import RopaError
from ropa.core.files import write_atomic
from ropa.db.session import RegisterDatabase
from ropa.exports.common import Cancelled, Progress
from ropa.ui.dialogs import progress_runner
from ropa.ui.dialogs.pdf_preview import PdfPreviewDialog
from ropa.ui.dialogs.progress_runner import run_with_progress
from ropa.ui.document_actions import safe_file_name
from ropa.ui.main_window import MainWindow
from tests.ui.dialog_support import save_as

DEMO_NAME = "Clairbois Informatique SRL"


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def quick_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """The progress dialog shows at once (instead of after 300 ms), so tests can click it."""
    monkeypatch.setattr(progress_runner, "SHOW_AFTER_MS", 0)


def click_cancel_when_shown(parent: QWidget, clicked: threading.Event, qtbot: Any) -> None:
    """Once the progress dialog is up, click its Cancel button as a user would."""

    def attempt() -> None:
        dialog = parent.findChild(QProgressDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, attempt)  # the work waits for the click: this ends
            return
        button = dialog.findChild(QPushButton)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        clicked.set()

    QTimer.singleShot(0, attempt)


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


# -- the progress runner -------------------------------------------------------------------------


def test_work_runs_in_a_worker_thread_and_returns_its_result(parent: QWidget) -> None:
    threads: list[threading.Thread] = []

    def work(progress: Progress) -> str:
        threads.append(threading.current_thread())
        for step in range(5):
            progress(step, 5)
        progress(5, 5)
        return "done"

    assert run_with_progress(parent, "Title", "Working…", work) == "done"
    assert threads and threads[0] is not threading.main_thread()
    assert (
        parent.findChild(QProgressDialog) is None
        or not parent.findChild(QProgressDialog).isVisible()
    )


def test_a_long_job_shows_the_dialog_with_the_reported_range(
    parent: QWidget, quick_dialog: None, qtbot: Any
) -> None:
    seen: list[tuple[int, int, bool]] = []
    reported = threading.Event()
    checked = threading.Event()

    def look() -> None:
        dialog = parent.findChild(QProgressDialog)
        if not reported.is_set() or dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, look)
            return
        qtbot.waitUntil(lambda: dialog.maximum() == 40)
        seen.append((dialog.value(), dialog.maximum(), dialog.isModal()))
        checked.set()

    def work(progress: Progress) -> int:
        progress(10, 40)
        reported.set()
        assert checked.wait(10)
        progress(40, 40)
        return 7

    QTimer.singleShot(0, look)
    assert run_with_progress(parent, "Title", "Working…", work) == 7
    assert seen == [(10, 40, True)]
    dialog = parent.findChild(QProgressDialog)
    assert dialog is None or not dialog.isVisible()


def test_the_workers_error_is_raised_in_the_gui_thread(parent: QWidget) -> None:
    def work(progress: Progress) -> None:
        progress(1, 3)
        raise RopaError("error.no_organisation")

    with pytest.raises(RopaError) as raised:
        run_with_progress(parent, "Title", "Working…", work)
    assert raised.value.key == "error.no_organisation"


def test_cancel_stops_the_work_and_nothing_is_written(
    parent: QWidget, quick_dialog: None, qtbot: Any, tmp_path: Path
) -> None:
    target = tmp_path / "out.bin"
    clicked = threading.Event()
    calls: list[int] = []

    def work(progress: Progress) -> None:
        progress(0, 1000)
        assert clicked.wait(10)  # the user clicks Cancel while the work runs
        for step in range(1, 1000):
            calls.append(step)
            progress(step, 1000)
        write_atomic(target, b"never")

    click_cancel_when_shown(parent, clicked, qtbot)
    with pytest.raises(Cancelled):
        run_with_progress(parent, "Title", "Working…", work)
    assert clicked.is_set()
    assert calls == [1]  # stopped at its next progress call
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file either


def test_a_job_that_cannot_be_cancelled_shows_no_cancel_button(
    parent: QWidget, quick_dialog: None, qtbot: Any
) -> None:
    buttons: list[int] = []
    looked = threading.Event()

    def look() -> None:
        dialog = parent.findChild(QProgressDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, look)
            return
        buttons.append(len([b for b in dialog.findChildren(QPushButton) if b.isVisible()]))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # ignored: the write goes on
        buttons.append(int(dialog.isVisible() and not dialog.wasCanceled()))
        looked.set()

    def work(progress: Progress) -> str:
        assert looked.wait(10)
        progress(1, 1)
        return "applied"

    QTimer.singleShot(0, look)
    assert run_with_progress(parent, "Title", "Working…", work, cancellable=False) == "applied"
    assert buttons == [0, 1]


def test_a_fast_job_leaves_no_progress_dialog_behind(parent: QWidget, qtbot: Any) -> None:
    """A job that ends before its dialog shows leaves no dialog behind: none pops up later, over
    the modal dialog the next step opens, showing 100 % and taking the keyboard."""
    left: list[QObject | None] = []
    shown: list[QWidget] = []

    def work(progress: Progress) -> str:
        for step in range(3):
            progress(step, 2)  # as a plan or an export reports: from 0 to the total
        return "done"

    def look() -> None:
        shown.extend(w for w in QApplication.topLevelWidgets() if w.isVisible())
        next_step.accept()

    def menu_action() -> None:  # run as the window's menu actions are: in its event loop
        assert run_with_progress(parent, "Title", "Working…", work) == "done"
        left.append(parent.findChild(QProgressDialog))
        QTimer.singleShot(3 * progress_runner.SHOW_AFTER_MS, look)
        next_step.exec()  # the next step's modal dialog, open past the show delay
        window_loop.quit()

    next_step = QDialog(parent)
    window_loop = QEventLoop()
    QTimer.singleShot(0, menu_action)
    window_loop.exec()
    assert left == [None]  # deleted at once, not when the window's event loop gets to it
    assert [w for w in shown if isinstance(w, QProgressDialog)] == []
    assert next_step.result() == QDialog.DialogCode.Accepted


# -- file names ----------------------------------------------------------------------------------


def test_default_names_are_safe_file_names() -> None:
    assert safe_file_name('A/B: "C" <D>|E?*') == "A B C D E"
    assert safe_file_name("  ..Name..  ") == "Name"
    assert safe_file_name("\x00\x1f/") == "register"
    assert len(safe_file_name("x" * 500)) == 150


# -- the File menu -------------------------------------------------------------------------------


def test_the_file_menu_offers_the_documents_after_export_json(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in menu.actions()]
    start = texts.index("&Export JSON…") + 1
    assert texts[start : start + 8] == [
        "Export register as &PDF…",
        "Export register as Exce&l…",
        "Export register in the &APD/GBA layout (Excel)…",
        "Export register in the CNIL la&yout (Excel)…",
        "Print pre&view of the register…",
        "Include drafts in the PDF re&gister",
        "",  # separator
        "Import from E&xcel…",
    ]
    assert window.documents.print_preview_action.shortcut() == QKeySequence("Ctrl+P")
    assert all(action.isEnabled() for action in window.documents.all_actions())


def test_the_documents_need_an_organisation(qtbot: Any, empty_register: RegisterDatabase) -> None:
    empty = MainWindow(empty_register, "en")
    qtbot.addWidget(empty)
    assert not any(action.isEnabled() for action in empty.documents.all_actions())


# -- exports -------------------------------------------------------------------------------------


def test_export_pdf_writes_the_register_of_the_organisation_shown(
    window: MainWindow, demo_register: RegisterDatabase, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "out" / "register"  # typed without the suffix
    target.parent.mkdir()
    offered = save_as(monkeypatch, target)
    window.documents.export_pdf_action.trigger()

    written = target.with_name("register.pdf")
    assert written.is_file()
    reader = pypdf.PdfReader(written)
    assert len(reader.pages) > 1
    assert DEMO_NAME in pdf_text(written.read_bytes())
    today = date.today().isoformat()
    assert offered == [str(demo_register.path.parent / f"{DEMO_NAME} - register - {today}.pdf")]
    assert str(written) in window.statusBar().currentMessage()
    assert [p.name for p in written.parent.iterdir()] == ["register.pdf"]  # no temporary file


def test_export_excel_writes_a_workbook_openpyxl_reads(
    window: MainWindow, demo_register: RegisterDatabase, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "register.xlsx"
    offered = save_as(monkeypatch, target)
    window.documents.export_excel_action.trigger()

    assert target.is_file()
    book = openpyxl.load_workbook(target, read_only=True)
    cells = [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    book.close()
    assert len(book.sheetnames) > 3
    assert DEMO_NAME in cells
    assert "T-01" in cells
    assert offered[0].endswith(f"{DEMO_NAME} - register - {date.today().isoformat()}.xlsx")
    assert str(target) in window.statusBar().currentMessage()


def test_the_export_is_about_the_organisation_shown(
    window: MainWindow, demo_register: RegisterDatabase, tmp_path: Path, monkeypatch: Any
) -> None:
    from ropa.core.services import create_organisation

    with demo_register.transaction() as session:
        other = create_organisation(
            session, {"legal_name": "Second Company BV", "country": "BE", "language": "en"}
        ).id
    window.reload()
    window.set_organisation(other)
    target = tmp_path / "second.xlsx"
    save_as(monkeypatch, target)
    window.documents.export_excel_action.trigger()

    book = openpyxl.load_workbook(target, read_only=True)
    cells = {str(v) for s in book.worksheets for r in s.iter_rows(values_only=True) for v in r}
    book.close()
    assert "Second Company BV" in cells
    assert DEMO_NAME not in cells


def gated_build_pdf(monkeypatch: Any, clicked: threading.Event) -> None:
    """build_pdf waits at its first progress report until the user has clicked Cancel."""
    from ropa.exports import pdf

    real = pdf.build_pdf

    def build(
        db: RegisterDatabase,
        organisation_id: str | None = None,
        *,
        lang: str | None = None,
        progress: Progress | None = None,
        include_drafts: bool = False,
    ) -> bytes:
        assert progress is not None

        def gated(done: int, total: int) -> None:
            clicked.wait(10)
            progress(done, total)

        return real(db, organisation_id, lang=lang, progress=gated, include_drafts=include_drafts)

    monkeypatch.setattr(pdf, "build_pdf", build)


def test_a_cancelled_export_writes_no_file(
    window: MainWindow, tmp_path: Path, monkeypatch: Any, quick_dialog: None, qtbot: Any
) -> None:
    clicked = threading.Event()
    gated_build_pdf(monkeypatch, clicked)
    target = tmp_path / "out" / "register.pdf"
    target.parent.mkdir()
    save_as(monkeypatch, target)
    click_cancel_when_shown(window, clicked, qtbot)
    window.documents.export_pdf_action.trigger()

    assert clicked.is_set()
    assert window.statusBar().currentMessage() == "Export cancelled"
    assert list(target.parent.iterdir()) == []


def test_an_export_that_cannot_be_written_says_why(
    window: MainWindow, tmp_path: Path, monkeypatch: Any, shown_boxes: list[QMessageBox]
) -> None:
    target = tmp_path / "missing-folder" / "register.xlsx"
    save_as(monkeypatch, target)
    window.documents.export_excel_action.trigger()

    assert len(shown_boxes) == 1
    assert shown_boxes[0].icon() == QMessageBox.Icon.Critical
    assert shown_boxes[0].text() == "The register was not exported."
    assert "missing-folder" in shown_boxes[0].informativeText()
    assert not target.parent.exists()


# -- the print preview ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The demo register's PDF, built once for the preview tests (it takes seconds)."""
    from ropa.core.register import create_register
    from ropa.exports.pdf import build_pdf

    db = create_register(tmp_path_factory.mktemp("pdf") / "demo.ropa", demo=True)
    try:
        return build_pdf(db)
    finally:
        db.close()


@pytest.fixture
def preview(qtbot: Any, demo_pdf: bytes) -> Iterator[PdfPreviewDialog]:
    dialog = PdfPreviewDialog(None, demo_pdf, "Preview", language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    yield dialog


def pdf_printer(path: Path, dpi: int = 96) -> QPrinter:
    """A printer writing a PDF file; a low resolution keeps the test quick (91 page images)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def test_the_preview_shows_every_page(preview: PdfPreviewDialog, demo_pdf: bytes) -> None:
    pages = len(pypdf.PdfReader(io.BytesIO(demo_pdf)).pages)
    assert preview.document.pageCount() == pages
    assert preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert preview.page_label.text() == f"Page 1 / {pages}"
    assert preview.print_button.isEnabled()


def test_zoom_in_out_and_fit_width(preview: PdfPreviewDialog, qtbot: Any) -> None:
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    zoomed = preview.view.zoomFactor()
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomFactor() == pytest.approx(zoomed / 1.25)
    qtbot.mouseClick(preview.fit_width_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_printing_renders_every_page_at_the_printers_resolution(
    preview: PdfPreviewDialog, demo_pdf: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    reported: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        reported.append((done, total))
        return True

    printed = preview.print_to(pdf_printer(out, dpi=96), progress)

    pages = len(pypdf.PdfReader(io.BytesIO(demo_pdf)).pages)
    assert printed == pages
    assert reported[0] == (0, pages) and reported[-1] == (pages, pages)
    result = pypdf.PdfReader(out)
    assert len(result.pages) == pages
    width_points = preview.document.pagePointSize(0).width()
    image = result.pages[0].images[0].image
    assert image is not None
    assert image.size[0] == round(width_points / 72 * 96)  # one page image at 96 dpi


def test_printing_can_be_stopped_between_pages(preview: PdfPreviewDialog, tmp_path: Path) -> None:
    out = tmp_path / "stopped.pdf"
    assert preview.print_to(pdf_printer(out), lambda done, _total: done < 2) == 0


def test_printing_honours_the_page_range(preview: PdfPreviewDialog, tmp_path: Path) -> None:
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert preview.print_to(printer) == 2
    assert len(pypdf.PdfReader(out).pages) == 2


def test_save_as_pdf_from_the_preview(
    preview: PdfPreviewDialog, demo_pdf: bytes, tmp_path: Path, monkeypatch: Any, qtbot: Any
) -> None:
    target = tmp_path / "copy"
    save_as(monkeypatch, target)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "copy.pdf").read_bytes() == demo_pdf


def test_ctrl_p_opens_the_print_preview_of_the_register(window: MainWindow, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    preview = window.documents.preview
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    assert preview.document.pageCount() > 1
    assert DEMO_NAME in preview.windowTitle()
    assert preview.suggested_name.endswith(".pdf")
