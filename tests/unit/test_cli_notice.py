"""`ropa notice`: the privacy notice written in every format from the command line, published,
listed; texts a user typed come out literally in each format, read back with real readers."""

from __future__ import annotations

import io
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from markdown_it import MarkdownIt

from ropa import cli
from ropa.core import services
from ropa.core.register import create_register, open_register
from ropa.db import models as m

HOSTILE = ("<script>alert(1)</script>", '"onerror=alert(1)', "R&D & Co", "**gras** _x_ [l](u) #1")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.ropa"
    create_register(path, demo=True).close()
    return path


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(html: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split()), parser.tags


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_the_notice_is_written_beside_the_register_in_the_language_asked(
    demo_file: Path, capsys
) -> None:
    # (A notice in another of the register's languages: see test_notice_languages.)
    # Something to complete that does not block publication: T-09 says nothing to the public.
    from ropa.core.register import open_register

    db = open_register(demo_file)
    try:
        with db.transaction() as s:
            t09 = s.query(m.Activity).filter_by(reference="T-09").one()
            no_text = {"public_description": None, "public_description_nl": None}
            services.update(s, m.Activity, t09.id, {**no_text, "public_description_en": None})
    finally:
        db.close()
    code, _, err = run(capsys, "notice", str(demo_file), "--lang", "fr", "--format", "html")
    assert code == 0
    written = demo_file.with_name("demo-notice-all-fr.html")
    html = written.read_text(encoding="utf-8")
    assert '<html lang="fr"' in html and "Politique de confidentialité" in html
    assert "Clairbois Informatique SRL" in html
    assert "Pas encore publiée" in err and "version 1" in err  # the user is told
    assert "T-09" in err  # what to complete, on stderr only
    assert "T-09" not in html


def test_each_format_from_the_command_line(demo_file: Path, tmp_path: Path, capsys) -> None:
    for fmt in ("html", "fragment", "md", "pdf", "docx"):
        out = tmp_path / f"notice.{fmt}"
        code, _, _ = run(
            capsys, "notice", str(demo_file), "--lang", "fr", "--format", fmt, "-o", str(out)
        )
        assert code == 0, fmt
        data = out.read_bytes()
        assert len(data) > 1000, fmt
    assert (tmp_path / "notice.pdf").read_bytes().startswith(b"%PDF")
    assert zipfile.is_zipfile(tmp_path / "notice.docx")
    assert not (tmp_path / "notice.fragment").read_text(encoding="utf-8").startswith("<!DOCTYPE")
    # Text formats to the standard output; binary ones refused there.
    code, out_text, _ = run(capsys, "notice", str(demo_file), "--format", "md", "-o", "-")
    assert code == 0 and out_text.startswith("# ")
    code, _, err = run(capsys, "notice", str(demo_file), "--format", "pdf", "-o", "-")
    assert code == 1 and err


def test_publish_then_list_the_versions(demo_file: Path, capsys) -> None:
    code, _, err = run(capsys, "notice", str(demo_file), "--publish", "--lang", "fr")
    assert code == 0 and "Version 1 de la politique publiée" in err
    assert not list(demo_file.parent.glob("*.html"))  # publishing alone writes no file
    code, _, err = run(capsys, "notice", str(demo_file), "--publish", "--lang", "fr")
    assert code == 0 and "pas changé depuis la version 1" in err
    code, out, _ = run(capsys, "notice", str(demo_file), "--versions", "--lang", "en")
    assert code == 0 and len(out.strip().splitlines()) == 1 and out.startswith("version 1")


def test_the_versions_list_shows_the_firms_own_label(demo_file: Path, capsys) -> None:
    db = open_register(demo_file)
    with db.transaction() as s:
        org = s.query(m.Organisation).one()
        services.update(s, m.Organisation, org.id, {"notice_version_label": "v2.3\x1b[31m"})
    db.close()
    code, _, _ = run(capsys, "notice", str(demo_file), "--publish", "--lang", "fr")
    assert code == 0
    code, out, _ = run(capsys, "notice", str(demo_file), "--versions", "--lang", "en")
    assert code == 0 and out.startswith("version 1 (v2.3")
    assert "\x1b" not in out  # typed text, never a control sequence on the terminal


def test_the_notice_command_speaks_the_firms_language_unless_told(demo_file: Path, capsys) -> None:
    """The demo is a French-speaking firm in an English register file: its messages are in
    French, as `ropa check` says them, unless --lang asks for another (the notice's too)."""
    out = str(demo_file.parent / "n.html")
    code, _, err = run(capsys, "notice", str(demo_file), "-o", out)
    assert code == 0 and "Pas encore publiée" in err
    code, _, err = run(capsys, "notice", str(demo_file), "-o", out, "--lang", "nl")
    assert code == 0 and "Nog niet gepubliceerd" in err


def test_an_empty_register_gets_the_not_ready_message(tmp_path: Path, capsys) -> None:
    path = tmp_path / "empty.ropa"
    db = create_register(path)
    with db.transaction() as s:
        services.create_organisation(
            s, {"legal_name": "Vide SRL", "country": "BE", "language": "fr", "email": "a@b.be"}
        )
    db.close()
    code, _, err = run(capsys, "notice", str(path), "--lang", "fr")
    assert code == 1
    assert "pas prête" in err and "Inclure dans la politique de confidentialité" in err
    assert list(tmp_path.iterdir()) == [path]  # nothing written


def _hostile_register(path: Path) -> None:
    db = create_register(path)
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {
                "legal_name": HOSTILE[2],
                "country": "BE",
                "language": "en",
                "email": "privacy@example.be",
                "notice_introduction": HOSTILE[3],
            },
        )
        activity = services.create(
            s,
            m.Activity,
            {
                "reference": "T-1",
                "name": HOSTILE[0],
                "status": "active",
                "in_notice": True,
                "audiences": ["clients"],
                "public_description": HOSTILE[1],
            },
            org.id,
        )
        services.create(
            s, m.Purpose, {"description": HOSTILE[3], "legal_basis": "contract"}, activity.id
        )
        services.create(
            s,
            m.RetentionPhase,
            {"phase": "active", "criterion": HOSTILE[0], "start_event": "collection"},
            activity.id,
        )
    db.close()


def _pdf_text(data: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def test_texts_typed_by_the_user_appear_literally_in_every_format(tmp_path: Path, capsys) -> None:
    path = tmp_path / "hostile.ropa"
    _hostile_register(path)
    outputs: dict[str, bytes] = {}
    for fmt in ("html", "fragment", "md", "pdf", "docx"):
        out = tmp_path / f"n.{fmt}"
        code, _, err = run(capsys, "notice", str(path), "--format", fmt, "-o", str(out))
        assert code == 0, err
        outputs[fmt] = out.read_bytes()

    for fmt in ("html", "fragment"):
        text, tags = html_text(outputs[fmt].decode("utf-8"))
        assert "script" not in tags, fmt
        for value in HOSTILE:
            assert value in text, (fmt, value)

    md = outputs["md"].decode("utf-8")
    html = MarkdownIt("commonmark").enable("table").render(md)
    rendered, tags = html_text(html)
    # Our labels are bold; the user's "_x_" must not become italics, nor "[l](u)" a link.
    assert not {"script", "em"} & set(tags) and 'href="u"' not in html
    for value in HOSTILE:
        assert value in rendered, ("md", value)

    pdf = squeeze(_pdf_text(outputs["pdf"]))
    for value in HOSTILE:
        assert squeeze(value) in pdf, ("pdf", value)

    document = Document(io.BytesIO(outputs["docx"]))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    joined = "\n".join(texts)
    for value in HOSTILE:
        assert value in joined, ("docx", value)
