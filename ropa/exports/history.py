"""The history of changes as a document to show an inspector: a PDF (landscape A4, page X / Y)
or an Excel workbook, headed with the organisation, the period and the other filters, and the
date it was generated, in French, Dutch or English.

The rows are the ones the history page shows (`HistoryRow`, already in words): the page passes
the rows it shows (its search applied), the CLI those of its filters. Every text the user typed
is escaped in the PDF and written as a text cell in the workbook (never a formula).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from ropa.core.handle import Register
from ropa.core.history_text import date_text, when_text
from ropa.core.i18n import colon, language_tag, normalise_language, tr
from ropa.core.reads.history import MAX_ROWS, HistoryFilters, HistoryRow, load_history
from ropa.db.models import Organisation
from ropa.exports.common import Progress

COLUMNS = ("when", "user", "action", "type", "entry", "field", "old", "new")


@dataclass(frozen=True)
class HistoryDocument:
    """What the printed history shows: its heading and its rows, in one language."""

    lang: str
    organisation: str
    rows: Sequence[HistoryRow]
    period: str
    criteria: tuple[tuple[str, str], ...]
    """Other filters, as (label, value): type of entry, user, search."""
    generated: datetime
    limited: bool = False
    """The rows stop at MAX_ROWS: older matching changes are left out."""

    @property
    def title(self) -> str:
        return tr(self.lang, "history.doc.title")

    def heading(self) -> list[tuple[str, str]]:
        """The heading's lines, as (label, value)."""
        lang = self.lang
        return [
            (tr(lang, "history.doc.organisation"), self.organisation),
            (tr(lang, "history.doc.period"), self.period),
            *self.criteria,
            (tr(lang, "history.doc.generated"), when_text(lang, self.generated)),
        ]

    def count_text(self) -> str:
        count = len(self.rows)
        key = "history.doc.count.one" if count == 1 else "history.doc.count.other"
        text = tr(self.lang, key, count=count)
        if self.limited:
            text += " \u2013 " + tr(self.lang, "history.doc.limited", limit=MAX_ROWS)
        return text


def period_text(lang: str, filters: HistoryFilters) -> str:
    since = date_text(lang, filters.since) if filters.since else None
    until = date_text(lang, filters.until) if filters.until else None
    if since and until:
        return tr(lang, "history.doc.period.between", since=since, until=until)
    if since:
        return tr(lang, "history.doc.period.since", since=since)
    if until:
        return tr(lang, "history.doc.period.until", until=until)
    return tr(lang, "history.doc.period.all")


def history_document(
    db: Register,
    lang: str,
    filters: HistoryFilters,
    rows: Sequence[HistoryRow] | None = None,
    search: str = "",
    limited: bool | None = None,
) -> HistoryDocument:
    """The document of these rows (None: the changes matching `filters`), headed with the
    register's organisations and the filters in `lang`."""
    lang = normalise_language(lang)
    if rows is None:
        page = load_history(db, filters)
        rows = page.rows(lang)
        limited = len(page.entries) >= MAX_ROWS
    with db.reader() as session:
        names = session.scalars(
            select(Organisation.legal_name).order_by(Organisation.created_at)
        ).all()
    criteria = []
    if filters.entity_type:
        criteria.append((tr(lang, "history.doc.type"), tr(lang, f"table.{filters.entity_type}")))
    if filters.user:
        criteria.append((tr(lang, "history.doc.user"), filters.user))
    if search.strip():
        criteria.append((tr(lang, "history.doc.search"), search.strip()))
    return HistoryDocument(
        lang=lang,
        organisation=", ".join(names) or "\u2014",
        rows=list(rows),
        period=period_text(lang, filters),
        criteria=tuple(criteria),
        generated=datetime.now().astimezone(),
        limited=bool(limited),
    )


def column_titles(lang: str) -> list[str]:
    return [tr(lang, f"history.column.{name}") for name in COLUMNS]


def _cells(row: HistoryRow) -> list[str]:
    return [
        row.when,
        row.user,
        row.action_text,
        row.kind,
        row.entity,
        row.field,
        row.old,
        row.new,
    ]


# -- PDF ---------------------------------------------------------------------------------------


def build_history_pdf(document: HistoryDocument, progress: Progress | None = None) -> bytes:
    """The history as a PDF document (reportlab; the register's fonts, so accents print)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table

    from ropa.exports.pdf.styles import (
        FIELDS_STYLE,
        FONT,
        GRID_STYLE,
        MUTED,
        register_fonts,
        styles,
        text,
    )

    register_fonts()
    style = styles()
    lang = document.lang
    page_size = landscape(A4)
    margin = 12 * mm
    width = page_size[0] - 2 * margin

    story: list[Any] = [Paragraph(text(document.title), style.h1)]
    heading = [
        [Paragraph(text(label), style.label), Paragraph(text(value), style.cell)]
        for label, value in document.heading()
    ]
    story.append(Table(heading, colWidths=[50 * mm, width - 50 * mm], style=FIELDS_STYLE))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(text(document.count_text()), style.muted))
    if not document.rows:
        story.append(Paragraph(text(tr(lang, "history.doc.empty")), style.body))
    else:
        head = [Paragraph(text(title), style.compact_head) for title in column_titles(lang)]
        body = [head]
        total = len(document.rows)
        for n, row in enumerate(document.rows):
            body.append([Paragraph(text(cell), style.compact) for cell in _cells(row)])
            if progress is not None and n % 200 == 0:
                progress(n, total)
        shares = (0.09, 0.08, 0.08, 0.09, 0.2, 0.1, 0.18, 0.18)
        story.append(
            LongTable(
                body,
                colWidths=[width * share for share in shares],
                repeatRows=1,
                style=GRID_STYLE,
                splitInRow=1,  # a change longer than a page goes on over the next one
            )
        )
    title = document.title
    footer_date = when_text(lang, document.generated)

    class NumberedCanvas(Canvas):
        """Draws "page X / Y" once the number of pages is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.setFillColor(MUTED)
                self.drawString(margin, 7 * mm, f"{title} \u2013 {footer_date}")
                self.drawRightString(
                    page_size[0] - margin,
                    7 * mm,
                    tr(lang, "history.doc.page", page=number, pages=count),
                )
                super().showPage()
            super().save()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=14 * mm,
        title=title,
        author=document.organisation,
        lang=language_tag(lang),
    )
    doc.build(story, canvasmaker=NumberedCanvas)
    if progress is not None:
        progress(len(document.rows), len(document.rows))
    return buffer.getvalue()


# -- Excel -------------------------------------------------------------------------------------


def build_history_workbook(document: HistoryDocument, progress: Progress | None = None) -> bytes:
    """The history as an Excel workbook: the heading, then one row per change (every text a
    text cell, never a formula)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    from ropa.exports.workbook.cells import safe_text
    from ropa.exports.workbook.writer import HEADER_FILL, HEADER_FONT, text_cell

    lang = document.lang
    book = Workbook(write_only=True)
    sheet: Any = book.create_sheet(safe_sheet_title(tr(lang, "history.doc.sheet")))
    widths = (17, 16, 14, 20, 40, 22, 45, 45)
    for n, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + n)].width = width
    sheet.freeze_panes = f"A{len(document.heading()) + 5}"  # below the column titles
    wrap = Alignment(vertical="top", wrap_text=True)

    def cell(value: str, **style: Any) -> Any:
        return text_cell(sheet, safe_text(value, lang), **style)

    sheet.append([cell(document.title, font=Font(bold=True, size=14))])
    for label, value in document.heading():
        sheet.append([cell(label, font=HEADER_FONT), cell(value)])
    sheet.append([cell(document.count_text())])
    sheet.append([])
    sheet.append([cell(title, font=HEADER_FONT, fill=HEADER_FILL) for title in column_titles(lang)])
    total = len(document.rows)
    for n, row in enumerate(document.rows):
        when = WriteOnlyCell(sheet, row.at.astimezone().replace(tzinfo=None, microsecond=0))
        when.number_format = "dd/mm/yyyy hh:mm"  # as on the History page
        when.alignment = Alignment(vertical="top")
        sheet.append([when, *(cell(value, alignment=wrap) for value in _cells(row)[1:])])
        if progress is not None and n % 500 == 0:
            progress(n, total)
    book.properties.title = document.title
    book.properties.creator = "ropa"
    buffer = io.BytesIO()
    book.save(buffer)
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()


def safe_sheet_title(title: str) -> str:
    for char in "[]:*?/\\":
        title = title.replace(char, " ")
    return title[:31] or "History"


def build_history(document: HistoryDocument, fmt: str, progress: Progress | None = None) -> bytes:
    """The document in a format: "pdf" or "xlsx"."""
    if fmt == "pdf":
        return build_history_pdf(document, progress)
    return build_history_workbook(document, progress)


def history_text_lines(document: HistoryDocument, heading: bool = True) -> list[str]:
    """The document as plain text lines; without the heading, one line per change (what the
    CLI prints, to be read or filtered line by line)."""
    lang = document.lang
    lines = []
    if heading:
        lines.append(document.title)
        lines += [f"{label}{colon(lang)}{value}" for label, value in document.heading()]
        lines += [document.count_text(), ""]
    for row in document.rows:
        lines.append(f"{row.when}  {row.user}  {row.action_text}  {row.line(lang)}")
        if heading and row.action == "delete" and row.old:
            lines += [f"    {line}" for line in row.old.splitlines()]
    return lines


__all__ = [
    "HistoryDocument",
    "build_history",
    "build_history_pdf",
    "build_history_workbook",
    "history_document",
    "history_text_lines",
]
