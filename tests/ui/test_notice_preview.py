"""The privacy notice's preview shows the two layers as the published page does: the first
layer ("En bref") in a tinted box with an accent on its left, the contents in a grey box,
then the numbered details on the page itself; tables ruled, texts from the register literal."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor, QTextTable
from sqlalchemy import select

from ropa.core import services
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.notice.builder import build_notice
from ropa.ui.commands import RegisterEvents
from ropa.ui.views.notice_preview import NoticePreview, preview_html
from ropa.ui.views.notice_view import NoticeView

SUMMARY = "En bref"
CONTENTS = "Sommaire"
FIRST_DETAIL = "1. À propos de cette politique"


@pytest.fixture
def view(demo_register: RegisterDatabase, qtbot: Any) -> NoticeView:
    widget = NoticeView(demo_register, RegisterEvents(), "en")
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def find(preview: NoticePreview, text: str) -> QTextCursor:
    cursor = preview.document().find(text)
    assert not cursor.isNull(), text
    return cursor


def box_of(preview: NoticePreview, text: str) -> QTextTable | None:
    """The one-cell table (box) holding text, if any."""
    return find(preview, text).currentTable()


def row_colours(preview: NoticePreview, text: str) -> list[str]:
    """The colours of the preview's pixels, left to right, along the line showing text."""
    cursor = find(preview, text)
    cursor.clearSelection()  # a selection is drawn in the accent's colour
    preview.setTextCursor(cursor)
    preview.ensureCursorVisible()
    y = preview.cursorRect(cursor).center().y()
    image: QImage = preview.viewport().grab().toImage()
    return [image.pixelColor(x, y).name() for x in range(image.width())]


def test_the_first_layer_is_a_tinted_box_apart_from_the_details(view: NoticeView) -> None:
    preview = view.preview
    summary = box_of(preview, SUMMARY)
    contents = box_of(preview, CONTENTS)
    assert summary is not None and contents is not None and summary != contents
    assert box_of(preview, FIRST_DETAIL) is None  # the details are on the page itself
    # The whole first layer is in its box: who we are, the rights, the contact.
    for text in ("Responsable du traitement", "Vos droits", "Contact"):
        assert box_of(preview, text) == summary, text
    # In the order of the published page: summary, contents, details.
    assert (
        find(preview, SUMMARY).position()
        < find(preview, CONTENTS).position()
        < find(preview, FIRST_DETAIL).position()
    )

    page = preview.palette().color(QPalette.ColorRole.Base)
    cell = summary.cellAt(0, 0).format().toTableCellFormat()
    tint, accent = cell.background().color(), cell.leftBorderBrush().color()
    assert tint != page and accent != tint
    assert cell.leftBorder() > cell.rightBorder() >= 1  # the accent on its left
    grey = contents.cellAt(0, 0).format().toTableCellFormat().background().color()
    assert grey not in (page, tint)  # the contents are a box of their own, unlike the summary

    # What is drawn: the summary's line starts with the accent, then the tint; a detail's
    # heading has neither.
    line = row_colours(preview, SUMMARY)
    drawn = [c for c in line if c != page.name()]
    assert drawn[0] == accent.name() and drawn.count(tint.name()) > 200
    detail = row_colours(preview, FIRST_DETAIL)
    assert tint.name() not in detail and accent.name() not in detail
    assert grey.name() in row_colours(preview, CONTENTS)


def test_the_preview_follows_a_dark_palette(view: NoticeView) -> None:
    preview = view.preview
    dark = QPalette(preview.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    dark.setColor(QPalette.ColorRole.AlternateBase, QColor("#2a2a2a"))
    preview.setPalette(dark)
    summary = box_of(preview, SUMMARY)
    assert summary is not None
    tint = summary.cellAt(0, 0).format().toTableCellFormat().background().color()
    assert tint.lightness() < 80  # a dark box on a dark page, its text still readable


def test_tables_and_undetermined_values_read_as_on_the_page(
    view: NoticeView, demo_register: RegisterDatabase
) -> None:
    with demo_register.transaction() as session:
        transfer = session.scalars(select(m.Transfer).order_by(m.Transfer.position)).first()
        assert transfer is not None
        services.update(session, m.Transfer, transfer.id, {"safeguard": "undetermined"})
    view.refresh()
    preview = view.preview
    # Each table keeps its header row and one row per line of the notice; the data-label
    # of the phone's cards is never shown as text.
    table = box_of(preview, "Où en obtenir une copie")
    assert table is not None and table.columns() == 4
    header = [table.cellAt(0, c).firstCursorPosition().block().text() for c in range(4)]
    assert header == ["Destinataire", "Pays", "Outil de transfert", "Où en obtenir une copie"]
    assert "data-label" not in preview.toPlainText()
    undetermined = [
        r
        for r in range(1, table.rows())
        if table.cellAt(r, 2).firstCursorPosition().block().text() == "À déterminer"
    ]
    assert len(undetermined) == 1
    row = undetermined[0]
    assert table.cellAt(row, 3).firstCursorPosition().block().text() == "À déterminer"


def test_markup_typed_in_the_register_makes_no_box(
    view: NoticeView, demo_register: RegisterDatabase
) -> None:
    typed = '<section class="ropa-notice-summary">x</section><nav class="ropa-notice-contents">'
    with demo_register.transaction() as session:
        activity = session.scalars(select(m.Activity).where(m.Activity.reference == "T-04")).one()
        services.update(session, m.Activity, activity.id, {"name": typed})
    view.refresh()
    preview = view.preview
    assert typed in preview.toPlainText()  # shown as typed, escaped
    summary = box_of(preview, SUMMARY)
    assert summary is not None
    assert box_of(preview, typed) == summary  # its line is in the first layer, not a box
    html = preview_html(build_notice(demo_register, lang="fr"))
    assert html.count('<table class="ropa-notice-summary"') == 1
    assert html.count('<table class="ropa-notice-contents"') == 1


def test_a_version_without_a_first_layer_shows_as_it_was(
    demo_register: RegisterDatabase, qtbot: Any
) -> None:
    doc = build_notice(demo_register, lang="fr")
    older = replace(doc, sections=doc.details)  # as published before the notice had one
    preview = NoticePreview()
    qtbot.addWidget(preview)
    preview.resize(900, 700)
    preview.show()
    preview.show_document(older)
    assert SUMMARY not in preview.toPlainText()
    assert box_of(preview, CONTENTS) is not None  # the contents still in their box
    assert box_of(preview, FIRST_DETAIL) is None


def test_a_scroll_bar_only_for_a_table_wider_than_the_preview(
    demo_register: RegisterDatabase, qtbot: Any
) -> None:
    preview = NoticePreview()
    qtbot.addWidget(preview)
    preview.show()
    preview.show_document(build_notice(demo_register, lang="fr"), ("fr",))
    bar = preview.horizontalScrollBar()
    preview.resize(120, 600)  # narrower than the cookie tables' columns can be
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 5)
    preview.resize(700, 600)
    qtbot.waitUntil(lambda: not bar.isVisible())
    # On some screens Qt lays a table that fills the width out one pixel wider than the page:
    # no scroll bar for that pixel.
    bar.setRange(0, 1)
    assert preview.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not bar.isVisible()
