"""A table's mapping saved as JSON, for the next import of the same table:

    {
      "format": "ropa-table-mapping",
      "format_version": 1,
      "layout": "rows",                 // or "sheets"
      "sheet": "Registre",              // rows: the sheet (null: the first with a header)
      "header_row": 3,                  // rows: its 1-based header row
      "sheets": [],                     // sheets: the activity sheets (empty: all that look so)
      "columns": {"Nom du traitement": "name", "Remarques": ""},
      "values": {"legal_basis": {"Contrat": "contract"}}
    }

`columns` maps each column title (or row label) to a field key of fields.py, "" for a
column not imported; `values` the user's choices for the values of closed lists (values.py
for the codes). A file that breaks these rules is refused, every problem named by its place.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ropa.core.errors import Problem, Term, ValidationError
from ropa.exports.table import Mapping
from ropa.exports.table.fields import KINDS, Kind, is_field

FORMAT_NAME = "ropa-table-mapping"
FORMAT_VERSION = 1
MAX_BYTES = 10 * 1024 * 1024


def mapping_to_json(mapping: Mapping) -> str:
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "layout": mapping.layout,
        "sheet": mapping.sheet,
        "header_row": mapping.header_row,
        "sheets": list(mapping.sheets),
        "columns": dict(mapping.columns),
        "values": {field: dict(values) for field, values in mapping.values.items() if values},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _problem(path: str, key: str, **params: Any) -> Problem:
    return Problem(path, key, params)


def mapping_from_json(data: bytes | str) -> Mapping:
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise ValidationError([_problem("", "table_import.mapping.not_json")])
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError([_problem("", "table_import.mapping.not_json")]) from None
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        raise ValidationError([_problem("", "table_import.mapping.not_json")]) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ValidationError([_problem("format", "table_import.mapping.not_mapping")])
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValidationError([_problem("format_version", "table_import.mapping.not_mapping")])
    if version > FORMAT_VERSION:
        raise ValidationError(
            [
                _problem(
                    "format_version",
                    "table_import.mapping.newer",
                    version=version,
                    supported=FORMAT_VERSION,
                )
            ]
        )
    problems: list[Problem] = []
    mapping = Mapping()
    layout = document.get("layout", "rows")
    if layout not in ("rows", "sheets"):
        problems.append(_problem("layout", "table_import.mapping.bad_layout", value=str(layout)))
    else:
        mapping.layout = layout
    sheet = document.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        problems.append(
            _problem("sheet", "table_import.mapping.wrong_type", expected=Term("type.text"))
        )
    else:
        mapping.sheet = sheet
    header_row = document.get("header_row", 1)
    if not isinstance(header_row, int) or isinstance(header_row, bool) or header_row < 1:
        problems.append(_problem("header_row", "table_import.mapping.bad_row"))
    else:
        mapping.header_row = header_row
    sheets = document.get("sheets", [])
    if not isinstance(sheets, list) or not all(isinstance(s, str) for s in sheets):
        problems.append(
            _problem("sheets", "table_import.mapping.wrong_type", expected=Term("type.list"))
        )
    else:
        mapping.sheets = list(sheets)
    mapping.columns = _columns(document.get("columns", {}), problems)
    mapping.values = _values(document.get("values", {}), problems)
    if problems:
        raise ValidationError(problems)
    return mapping


def _columns(columns: Any, problems: list[Problem]) -> dict[str, str]:
    if not isinstance(columns, dict):
        problems.append(
            _problem("columns", "table_import.mapping.wrong_type", expected=Term("type.object"))
        )
        return {}
    result: dict[str, str] = {}
    for title, field in columns.items():
        path = f"columns[{json.dumps(title, ensure_ascii=False)}]"
        if not isinstance(field, str) or not (field == "" or is_field(field)):
            problems.append(_problem(path, "table_import.mapping.bad_field", value=str(field)))
            continue
        result[title.strip()] = field
    return result


def _values(values: Any, problems: list[Problem]) -> dict[str, dict[str, str]]:
    from ropa.exports.table.values import is_valid_code

    if not isinstance(values, dict):
        problems.append(
            _problem("values", "table_import.mapping.wrong_type", expected=Term("type.object"))
        )
        return {}
    result: dict[str, dict[str, str]] = {}
    for field, choices in values.items():
        path = f"values[{json.dumps(field, ensure_ascii=False)}]"
        if KINDS.get(field) is not Kind.CLOSED:
            problems.append(_problem(path, "table_import.mapping.bad_field", value=str(field)))
            continue
        if not isinstance(choices, dict):
            problems.append(
                _problem(path, "table_import.mapping.wrong_type", expected=Term("type.object"))
            )
            continue
        for raw, code in choices.items():
            where = f"{path}[{json.dumps(raw, ensure_ascii=False)}]"
            if not isinstance(code, str) or not is_valid_code(field, code):
                problems.append(_problem(where, "table_import.mapping.bad_code", value=str(code)))
                continue
            result.setdefault(field, {})[raw.strip()] = code
    return result


def signature(titles: list[str]) -> str:
    """A short stable id of a table's column titles (sorted, as they stand)."""
    digest = hashlib.sha256("\n".join(sorted(titles)).encode("utf-8")).hexdigest()
    return digest[:16]
