"""`ropa attachments`, `ropa attach` and `ropa attachment-save` on a real register file: the
demo's documents listed in the register's words (French typography), a file attached to an
activity by its reference, a record unknown or a file too large refused with the register
unchanged, a copy written beside the register, and control characters never reaching the
terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ropa.cli import main
from ropa.core import attachments as att
from ropa.core.register import create_register


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.ropa"
    create_register(path, demo=True, language="fr").close()
    return path


def test_the_demo_documents_are_listed_in_french(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["attachments", str(demo), "--lang", "fr"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Contrat de sous-traitance\u00a0: Contrat-cadre HAD-2024-117")
    assert "DPA-HAD-2024-117-v3-signe.pdf · 1853 octets · 2024-11-06" in lines[0]
    assert lines[1].startswith("Analyse d’impact (AIPD)\u00a0: AIPD-2025-01")


def test_attach_by_reference_then_save_a_copy(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "LIA \x1b[31mred.txt"
    source.write_bytes(b"legitimate interest assessment")
    assert main(["attach", str(demo), "activity", "T-09", str(source), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Attached LIA" in out and "\x1b" not in out
    assert main(["attachments", str(demo), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    [mine] = [d for d in listed if d["record_type"] == "activity"]
    assert mine["record"].startswith("T-09 ") and mine["size"] == 30
    target = tmp_path / "copy.txt"
    assert main(["attachment-save", str(demo), mine["id"], "-o", str(target)]) == 0
    assert target.read_bytes() == b"legitimate interest assessment"


def test_an_unknown_record_or_a_file_too_large_leaves_the_register_unchanged(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo.read_bytes()
    small = tmp_path / "note.txt"
    small.write_bytes(b"note")
    assert main(["attach", str(demo), "dpia", "no such DPIA", str(small), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "no such DPIA" in err and "AIPD-2025-01" in err
    big = tmp_path / "scan.tiff"
    with big.open("wb") as handle:
        handle.truncate(att.MAX_ATTACHMENT_BYTES + 1)
    code = main(["attach", str(demo), "activity", "T-09", str(small), str(big), "--lang", "nl"])
    assert code == 1
    err = capsys.readouterr().err
    assert "scan.tiff" in err and "25 MB" in err and "Traceback" not in err
    assert demo.read_bytes() == before


def test_save_refuses_to_write_over_the_register(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo.read_bytes()
    code = main(["attachment-save", str(demo), "AIPD-2025-01-avis-DPO.pdf", "-o", str(demo)])
    assert code == 1
    assert demo.read_bytes() == before
    assert capsys.readouterr().err.strip()
