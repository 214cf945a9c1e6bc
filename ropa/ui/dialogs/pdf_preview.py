"""The print preview of a PDF document (the register): pages shown with Qt PDF, zoom, page
indicator, print (each page rendered at the printer's resolution) and save as PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ropa.core.errors import RopaError
from ropa.core.files import write_atomic
from ropa.core.i18n import DEFAULT_LANGUAGE
from ropa.ui.geometry import fit_to_screen

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 8.0)
MAX_PRINT_DPI = 300
"""Pages are rendered at the printer's resolution, at most this (sharp on paper, and a page
image stays a few tens of megabytes)."""
POINTS_PER_INCH = 72.0


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The page indexes (from 0) the user chose in the print dialog: all, a range, or the
    current page."""
    every_page = list(range(page_count))
    match printer.printRange():
        case QPrinter.PrintRange.CurrentPage:
            return [current_page] if 0 <= current_page < page_count else []
        case QPrinter.PrintRange.PageRange:
            ranges = printer.pageRanges()
            if not ranges.isEmpty():
                return [page for page in every_page if ranges.contains(page + 1)]
            first, last = printer.fromPage(), printer.toPage()
            if first > 0:
                last = last if last > 0 else page_count
                return [page for page in every_page if first <= page + 1 <= last]
            return every_page
        case _:
            return every_page


class PdfPreviewDialog(QDialog):
    """A PDF shown page after page, with zoom, print and save. The document is kept in memory
    (a QBuffer); nothing is written unless the user saves it."""

    def __init__(
        self,
        parent: QWidget | None,
        pdf: bytes,
        title: str,
        suggested_name: str = "",
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.language = language
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setAccessibleName(self.tr("Pages of the document"))

        self.zoom_out_button = self._tool_button(self.tr("Zoom out"), "-", self.zoom_out)
        self.zoom_in_button = self._tool_button(self.tr("Zoom in"), "+", self.zoom_in)
        self.fit_width_button = self._tool_button(self.tr("Fit width"), None, self.fit_width)
        self.zoom_out_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_in_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.page_label = QLabel(self)
        self.page_label.setTextFormat(Qt.TextFormat.PlainText)
        tools = QHBoxLayout()
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_width_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.page_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_dialog)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 900, 1000)  # at most the screen it opens on: buttons in sight

        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self.document.pageCountChanged.connect(self._show_page_number)
        self.document.statusChanged.connect(self._show_page_number)
        self._show_page_number()

    def _tool_button(self, text: str, symbol: str | None, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(symbol or text)
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    # -- viewing -------------------------------------------------------------------------------

    def current_page(self) -> int:
        """The page shown (from 0)."""
        return int(self.view.pageNavigator().currentPage())

    def _show_page_number(self, *_args: object) -> None:
        count = self.document.pageCount()
        current = min(self.current_page() + 1, count) if count else 0
        self.page_label.setText(self.tr("Page {page} / {count}").format(page=current, count=count))
        ready = self.document.status() == QPdfDocument.Status.Ready
        self.print_button.setEnabled(ready and count > 0)

    def zoom_in(self) -> None:
        self._set_zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.view.zoomFactor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_RANGE[0]), ZOOM_RANGE[1]))

    # -- printing and saving -------------------------------------------------------------------

    def print_dialog(self) -> None:
        """Ask for a printer and the pages, then print."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, max(self.document.pageCount(), 1))
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setMinMax(1, max(self.document.pageCount(), 1))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        progress = QProgressDialog(self)
        progress.setWindowTitle(self.tr("Print"))
        progress.setLabelText(self.tr("Sending the pages to the printer…"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)  # a modal progress dialog processes events here
            return not progress.wasCanceled()

        try:
            self.print_to(printer, report)
        finally:
            progress.reset()
            progress.deleteLater()

    def print_to(
        self, printer: QPrinter, progress: Callable[[int, int], bool] | None = None
    ) -> int:
        """Print the pages the printer's settings choose, each rendered as an image at the
        printer's resolution and fitted to the printable area. `progress(done, total)` is told
        after each page; when it returns False the print job is aborted. Returns the number of
        pages printed (0 when aborted)."""
        pages = pages_to_print(printer, self.document.pageCount(), self.current_page())
        if not pages:
            return 0
        first_size = self.document.pagePointSize(pages[0])
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if first_size.width() > first_size.height()
            else QPageLayout.Orientation.Portrait
        )
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            self._show_error(self.tr("The document was not printed: the printer is unavailable."))
            return 0
        try:
            for number, page in enumerate(pages):
                if progress is not None and not progress(number, len(pages)):
                    printer.abort()
                    return 0
                if number:
                    printer.newPage()
                self._paint_page(painter, page, dpi)
            if progress is not None:
                progress(len(pages), len(pages))
        finally:
            painter.end()
        return len(pages)

    def _paint_page(self, painter: QPainter, page: int, dpi: int) -> None:
        size = self.document.pagePointSize(page)
        pixels = QSize(
            max(1, round(size.width() / POINTS_PER_INCH * dpi)),
            max(1, round(size.height() / POINTS_PER_INCH * dpi)),
        )
        image = self.document.render(page, pixels)
        area = painter.viewport()
        scale = min(area.width() / pixels.width(), area.height() / pixels.height())
        target = QRect(0, 0, round(pixels.width() * scale), round(pixels.height() * scale))
        target.moveCenter(area.center())
        painter.drawImage(target, image)

    def save_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.suggested_name, self.tr("PDF documents (*.pdf)")
        )
        if name:
            self.save(Path(name))

    def save(self, path: Path) -> bool:
        """Write the document to path (atomically); False, after saying why, when it fails."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_atomic(path, self.pdf)
        except RopaError as error:
            self._show_error(self.tr("The document was not saved."), error.message(self.language))
            return False
        return True

    def _show_error(self, text: str, detail: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, "ropa", text, QMessageBox.StandardButton.Ok)
        box.setParent(self, box.windowFlags())
        box.setInformativeText(detail)
        box.exec()
        box.deleteLater()
