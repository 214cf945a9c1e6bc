"""The notice's output formats: a name, a file suffix, and the renderer that makes the bytes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ropa.exports.notice.model import NoticeDocument


@dataclass(frozen=True)
class NoticeFormat:
    name: str
    suffix: str
    render: Callable[[NoticeDocument], bytes]


def _html(doc: NoticeDocument) -> bytes:
    from ropa.exports.notice.render_html import render_html

    return render_html(doc).encode("utf-8")


def _fragment(doc: NoticeDocument) -> bytes:
    from ropa.exports.notice.render_html import render_fragment

    return render_fragment(doc).encode("utf-8")


def _markdown(doc: NoticeDocument) -> bytes:
    from ropa.exports.notice.render_markdown import render_markdown

    return render_markdown(doc).encode("utf-8")


def _pdf(doc: NoticeDocument) -> bytes:
    from ropa.exports.notice.render_pdf import render_pdf

    return render_pdf(doc)


def _docx(doc: NoticeDocument) -> bytes:
    from ropa.exports.notice.render_docx import render_docx

    return render_docx(doc)


FORMATS: dict[str, NoticeFormat] = {
    f.name: f
    for f in (
        NoticeFormat("html", ".html", _html),
        NoticeFormat("fragment", ".fragment.html", _fragment),
        NoticeFormat("md", ".md", _markdown),
        NoticeFormat("pdf", ".pdf", _pdf),
        NoticeFormat("docx", ".docx", _docx),
    )
}


def render(doc: NoticeDocument, format_name: str) -> bytes:
    return FORMATS[format_name].render(doc)
