"""Helpers shared by the workbook tests: a register full of awkward texts, reading and editing
a workbook as a user would with a spreadsheet program, and LibreOffice conversions."""

from __future__ import annotations

import io
import subprocess
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ropa.core import services
from ropa.db import models as m

SOFFICE = "/usr/bin/soffice"
LONG_PURPOSE = ("Purpose text that goes on and on. " * 400)[:10_000]
CONTROL = "bell\x07 escape\x1b vertical tab\x0b end"
HOSTILE = {
    "name": "=1+1",
    "description": "+1",
    "owner": "-1",
    "department": "@SUM(A1)",
    "notes": '=HYPERLINK("x")',
    "public_description": "<b>bold</b> &amp; <script>alert(1)</script>",
    "data_location": "#N/A",
    "security_notes": "Emoji 🙂🎉 and a line\nbreak",
    "automated_logic": "שלום עולם – مرحبا بالعالم",
}
HOSTILE_PURPOSES = ["=2*3", "-cmd|' /C calc'!A0", LONG_PURPOSE, "Hebrew שלום", "Arabic مرحبا"]


def make_organisation(db: Any, name: str = "Exemple SRL", language: str = "en") -> str:
    with db.transaction() as s:
        org = services.create_organisation(
            s, {"legal_name": name, "country": "BE", "language": language}
        )
        return str(org.id)


def make_hostile_register(db: Any) -> str:
    """An organisation whose texts try to become formulas, markup or broken XML; one activity
    holds them, another is empty but for its required fields."""
    org_id = make_organisation(db, "=Evil & Co <SRL>")
    with db.transaction() as s:
        activity = services.create(
            s, m.Activity, {"reference": "T-01", "status": "active", **HOSTILE}, org_id
        )
        for position, text in enumerate(HOSTILE_PURPOSES):
            services.create(
                s,
                m.Purpose,
                {"description": text, "legal_basis": "consent", "position": position},
                activity.id,
            )
        services.create(
            s,
            m.Purpose,
            {"description": CONTROL, "position": len(HOSTILE_PURPOSES)},
            activity.id,
        )
        party = services.create(
            s, m.Party, {"name": "@Evil Processor", "kind": "processor"}, org_id
        )
        services.create(
            s, m.ActivityRecipient, {"kind": "processor", "party_id": party.id}, activity.id
        )
        services.create(
            s,
            m.Activity,
            {"reference": "T-02", "name": "Empty", "start_date": date(2024, 1, 31)},
            org_id,
        )
    return org_id


def load(data: bytes) -> Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def save(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def headers(ws: Worksheet) -> dict[str, int]:
    return {str(c.value): c.column for c in ws[1] if c.value is not None}


def row_of(ws: Worksheet, title: str, value: Any) -> int:
    """The first row whose cell in the column titled `title` holds `value`."""
    column = headers(ws)[title]
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, column).value == value:
            return row
    raise LookupError(f"{value!r} not in column {title!r} of {ws.title!r}")


def set_cell(ws: Worksheet, row: int, title: str, value: Any) -> None:
    ws.cell(row, headers(ws)[title]).value = value


def get_cell(ws: Worksheet, row: int, title: str) -> Any:
    return ws.cell(row, headers(ws)[title]).value


def append_row(ws: Worksheet, values: dict[str, Any]) -> int:
    """A new row at the end of the sheet, cells given by column title."""
    row = ws.max_row + 1
    for title, value in values.items():
        set_cell(ws, row, title, value)
    return row


def all_values(book: Workbook) -> list[Any]:
    return [c.value for ws in book.worksheets for r in ws.iter_rows() for c in r]


def soffice_convert(source: Path, target_dir: Path, convert_to: str) -> None:
    """Convert with LibreOffice headless, in a private profile."""
    profile = Path("/tmp") / f"lo-profile-{uuid.uuid4()}"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            convert_to,
            "--outdir",
            str(target_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    subprocess.run(["rm", "-rf", str(profile)], check=False)
