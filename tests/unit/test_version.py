"""One version number, written once (ropa/__init__.py), carried by the package, the command
line, every export and the installers' build files."""

from __future__ import annotations

import json
import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from ropa import __version__, cli
from ropa.core.register import create_register

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = f"ropa {__version__}"


def test_the_version_is_written_once() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"]
    assert pyproject["project"]["dynamic"] == ["version"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "ropa.__version__"}
    assert metadata.version("ropa") == __version__  # what pip installed
    # The installers take it from ropa at build time; no file of installer/ repeats it.
    for path in (ROOT / "installer").rglob("*"):
        if path.is_file() and path.suffix in {".py", ".spec", ".iss", ".sh", ".desktop", ".xml"}:
            assert __version__ not in path.read_text(encoding="utf-8"), path
    iss = (ROOT / "installer" / "windows" / "ropa.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss
    assert "/DAppVersion={version()}" in (ROOT / "installer" / "build.py").read_text()


def test_every_export_names_the_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    register = tmp_path / "demo.ropa"
    create_register(register, demo=True).close()
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert capsys.readouterr().out.strip() == GENERATOR

    def export(*args: str) -> Path:
        out = tmp_path / args[-1]
        assert cli.main([args[0], str(register), *args[1:-1], "-o", str(out)]) == 0
        return out

    document = json.loads(export("export", "--format", "json", "r.json").read_text())
    assert document["generator"] == GENERATOR
    pdf = PdfReader(export("export", "--format", "pdf", "r.pdf"))
    assert GENERATOR in f"{pdf.metadata.creator} {pdf.metadata.producer}"
    book = load_workbook(export("export", "--format", "xlsx", "r.xlsx"), read_only=True)
    assert book.properties.lastModifiedBy == GENERATOR
    book.close()
    page = export("notice", "--format", "html", "n.html").read_text(encoding="utf-8")
    assert f'<meta name="generator" content="{GENERATOR}">' in page
    fragment = export("notice", "--format", "fragment", "n-fragment.html").read_text()
    assert f'data-generator="{GENERATOR}"' in fragment
    notice_pdf = PdfReader(export("notice", "--format", "pdf", "n.pdf"))
    assert GENERATOR in f"{notice_pdf.metadata.creator} {notice_pdf.metadata.producer}"
    word = Document(str(export("notice", "--format", "docx", "n.docx")))
    assert word.core_properties.last_modified_by == GENERATOR
