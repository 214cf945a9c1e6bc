"""A workbook written by an earlier version of ropa still imports after labels were reworded
(issue 21: 'Ontwerp' -> 'Concept', 'Arrêté' -> 'Terminée', 'signé' -> 'écrit'...): its column
titles and closed values are read under their former names too. (The former titles of the
party's contract columns, gone from the Parties sheet since format 2: test_contracts_exports_
workbook.py.)"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook

from ropa.core.i18n import former_texts, tr
from ropa.core.register import create_register
from ropa.exports.workbook import build_workbook, plan_import
from ropa.exports.workbook.layout import sheet


def test_every_former_label_is_a_former_one() -> None:
    """A former label is never what the key says now (or it would be no alias)."""
    assert former_texts("nl", "enum.status.draft") == ("Ontwerp",)
    assert former_texts("fr", "enum.status.retired") == ("Arrêté",)
    for lang, key in (("nl", "enum.status.draft"), ("fr", "field.party.contract_signed")):
        assert tr(lang, key) not in former_texts(lang, key)


def _old_style(data: bytes, lang: str) -> bytes:
    """The workbook as an earlier ropa wrote it: former titles and values, format 2 (no sheet
    for the impact assessments, whose status "Terminée" is no former label)."""
    book = load_workbook(io.BytesIO(data))
    for key in ("dpias", "dpia_risks"):
        del book[sheet(key).title(lang)]
    meta = book["_ropa"]
    assert meta.cell(2, 1).value == "format_version"
    meta.cell(2, 2).value = "2"
    replacements = {
        tr(lang, key): former
        for key in (
            "enum.status.draft",
            "enum.status.active",
            "enum.status.retired",
            "field.transfer.safeguard",
        )
        for former in former_texts(lang, key)[:1]
    }
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in replacements:
                    cell.value = replacements[cell.value]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_workbook_with_the_former_labels_imports_unchanged(tmp_path: Path) -> None:
    for lang in ("nl", "fr"):
        db = create_register(tmp_path / f"demo-{lang}.ropa", demo=True)
        try:
            old = _old_style(build_workbook(db, lang=lang), lang)
            book = load_workbook(io.BytesIO(old), read_only=True)
            transfers = book[sheet("transfers").title(lang)]
            titles = [c.value for c in next(transfers.iter_rows(max_row=1))]
            assert any(t in former_texts(lang, "field.transfer.safeguard") for t in titles)
            # The same register, read under its former names: nothing to change.
            assert plan_import(db, old).is_empty
        finally:
            db.close()
