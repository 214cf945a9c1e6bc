"""The register as an Excel workbook and back: build.py writes it (build_workbook), importing.py
reads an edited one into a plan of changes and applies it (plan_import, apply_import); layout.py
describes the sheets and columns both sides share.

The entry points are loaded on first use, so writing a workbook does not load the import side
(pydantic and the schema) and reading one does not load the writer.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ropa.exports.workbook.build import build_workbook
    from ropa.exports.workbook.importing import apply_import, plan_import

_WHERE = {
    "build_workbook": "ropa.exports.workbook.build",
    "plan_import": "ropa.exports.workbook.importing",
    "apply_import": "ropa.exports.workbook.importing",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["apply_import", "build_workbook", "plan_import"]
