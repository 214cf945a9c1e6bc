"""The register in the layouts of the supervisory authorities' own register templates, for a DPO
who must send it in that form: `apd` (the Belgian APD/GBA model register: identification,
controller and processor sheets) and `cnil` (the CNIL's simplified register: a list of the
activities, then one sheet per activity). Excel workbooks (.xlsx), in the register's language
(or another document language), written with openpyxl in write-only mode.

These are exports only: ropa's own workbook (ropa.exports.workbook) is the one that imports
back. What each column or line holds, and where its layout comes from, is in
docs/authority-layouts.md. Usage: `build_layout(db, "cnil")`, or `ropa export FILE --format
cnil`.
"""

from __future__ import annotations

from typing import Literal

from ropa.db.session import RegisterDatabase
from ropa.exports.common import Progress

Layout = Literal["apd", "cnil"]
LAYOUTS: tuple[Layout, ...] = ("apd", "cnil")


def build_layout(
    db: RegisterDatabase,
    layout: Layout,
    organisation_id: str | None = None,
    *,
    lang: str | None = None,
    include_drafts: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """One organisation's register as .xlsx bytes in an authority's layout (nothing is written
    to disk here). `lang` defaults to the organisation's main document language; drafts are
    left out unless `include_drafts`; `progress(done, total)` may raise Cancelled."""
    from ropa.exports.layouts.reading import load_layout_register

    register = load_layout_register(db, organisation_id, lang, include_drafts=include_drafts)
    if layout == "apd":
        from ropa.exports.layouts.apd import build_apd

        return build_apd(register, progress)
    if layout == "cnil":
        from ropa.exports.layouts.cnil import build_cnil

        return build_cnil(register, progress)
    raise ValueError(f"unknown layout: {layout}")
