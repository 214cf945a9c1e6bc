"""Validation models derived from the register tree (pydantic), and their errors as Problems."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    create_model,
)
from pydantic import ValidationError as PydanticError
from pydantic_core import PydanticCustomError
from sqlalchemy import JSON, Boolean, Column, Date, Enum, Integer, String, Text

from ropa import __version__
from ropa.core.errors import Problem, Term
from ropa.core.i18n import label, tr
from ropa.core.schema_docs import ENTRIES, authority_codes, entry_fields
from ropa.core.tree import ORGANISATION, Node
from ropa.db.base import LONG, SHORT, UTCDateTime
from ropa.db.translations import translation_columns

FORMAT_NAME = "ropa-register"
FORMAT_VERSION = 4
FILE_KEY = r"^[0-9a-f]{64}$"
"""A file's key in `files`: the SHA-256 of its bytes."""
MAX_FILE_TEXT = 4 * ((25 * 1024 * 1024 + 2) // 3)
"""The base64 text of the largest attachment (ropa.core.attachments.MAX_ATTACHMENT_BYTES)."""


# Whole numbers are counts, positions and durations: 32 bits are plenty, and keep every
# reader (SQLite, Excel, JSON in browsers) exact.
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
# A number written with more characters (sign included) is out of every range of the format:
# importers report it without converting it (Python refuses to read more than 4,300 digits).
MAX_NUMBER_LENGTH = 20
_ZERO = timedelta(0)


def _in_utc_range(value: datetime) -> datetime:
    """The value in UTC, or an error when UTC would leave the years 1 to 9999."""
    if value.utcoffset() == _ZERO:
        return value if value.tzinfo is UTC else value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise PydanticCustomError("datetime_out_of_range", "date out of range") from None


def _literal(values: list[str] | list[int]) -> Any:
    return Literal.__getitem__(tuple(values))


def _enum_values(column: Column[Any]) -> list[str] | None:
    if isinstance(column.type, Enum) and column.type.enum_class is not None:
        return [member.value for member in column.type.enum_class]
    return None


def field_type(column: Column[Any]) -> Any:
    """The pydantic type of a column's JSON value (None excluded)."""
    col_type = column.type
    values = _enum_values(column)
    if values is None and column.table.name == "organisation":
        if column.name == "supervisory_authority":  # a closed list, as the import checks it
            values = [code for code, _name in authority_codes()]
    if values is not None:
        return _literal(values)
    if isinstance(col_type, JSON):
        enum_cls: type[StrEnum] | None = column.info.get("enum")
        if enum_cls is None:
            return list[str]
        item = _literal([member.value for member in enum_cls])
        return list[item]  # type: ignore[valid-type]
    if isinstance(col_type, UTCDateTime):
        return Annotated[AwareDatetime, Field(strict=False), AfterValidator(_in_utc_range)]
    if isinstance(col_type, Date):
        return Annotated[date, Field(strict=False)]
    if isinstance(col_type, Boolean):
        return StrictBool
    if isinstance(col_type, Integer):
        return Annotated[StrictInt, Field(ge=INT_MIN, le=INT_MAX)]
    if isinstance(col_type, String | Text):
        min_length = 0 if column.nullable else 1
        return Annotated[
            str, StringConstraints(strict=True, min_length=min_length, max_length=col_type.length)
        ]
    raise TypeError(f"no JSON type for column {column}")  # pragma: no cover - a developer error


def _default(column: Column[Any]) -> Any:
    default = column.default
    if default is None:
        return None if column.nullable else ...
    arg = default.arg  # type: ignore[attr-defined]
    if callable(arg):
        if column.name == "id":
            from ropa.db.base import new_id

            return Field(default_factory=new_id)
        if isinstance(column.type, UTCDateTime):
            from ropa.db.base import utcnow

            return Field(default_factory=utcnow)
        if isinstance(column.type, JSON):
            return Field(default_factory=list)
        raise TypeError(f"no default for {column}")  # pragma: no cover
    if isinstance(arg, StrEnum):
        return arg.value
    return arg


def _fields(node: Node) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    translations = translation_columns(node.name)
    for column in node.data_columns():
        py_type = field_type(column)
        if column.nullable:
            py_type = py_type | None
        default = None if column.name in translations else _default(column)
        fields[column.name] = (py_type, default)
    return fields


@cache
def row_model(table_name: str) -> type[BaseModel]:
    """The validation model of one row of a table, without its nested children."""
    node = next(n for n in ORGANISATION.walk() if n.name == table_name)
    return create_model(  # type: ignore[call-overload,no-any-return]
        f"{table_name}_row",
        __config__=ConfigDict(extra="forbid", strict=True),
        **_fields(node),
    )


def _tree_model(node: Node) -> type[BaseModel]:
    fields = _fields(node)
    for child in node.children:
        fields[child.key] = (list[_tree_model(child)], Field(default_factory=list))  # type: ignore[misc]
    for link in node.links:
        fields[link.key] = (
            list[Annotated[str, StringConstraints(strict=True, max_length=36)]],
            Field(default_factory=list),
        )
    return create_model(  # type: ignore[call-overload,no-any-return]
        node.name,
        __config__=ConfigDict(extra="forbid", strict=True),
        **fields,
    )


@cache
def document_model() -> type[BaseModel]:
    """The model of a whole interchange document."""
    organisation = _tree_model(ORGANISATION)
    return create_model(  # type: ignore[call-overload,no-any-return]
        "RopaRegister",
        __config__=ConfigDict(extra="forbid", strict=True, title="ropa register"),
        # Where an editor finds the schema of a file written by hand (ignored on import).
        schema_location=(
            Annotated[str, StringConstraints(max_length=LONG)] | None,
            Field(default=None, alias="$schema"),
        ),
        format=(_literal([FORMAT_NAME]), ...),
        format_version=(_literal([FORMAT_VERSION]), ...),
        generator=(Annotated[str, StringConstraints(max_length=SHORT)] | None, None),
        organisations=(list[organisation], Field(default_factory=list)),  # type: ignore[valid-type]
        # The attached documents' bytes: SHA-256 (hex) -> base64 (ropa.core.attachments).
        files=(
            dict[
                Annotated[str, StringConstraints(strict=True, pattern=FILE_KEY)],
                Annotated[str, StringConstraints(strict=True, max_length=MAX_FILE_TEXT)],
            ],
            Field(default_factory=dict),
        ),
    )


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the interchange format (committed in resources/schema/), every
    entry and field titled and described (ropa.core.schema_docs)."""
    schema = document_model().model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://ropa.invalid/schema/register-v{FORMAT_VERSION}.json"
    schema["description"] = (
        f"A GDPR record of processing activities exported by ropa (format version "
        f"{FORMAT_VERSION}, generator {__version__.split('.')[0]}.x). Written by hand, a "
        "file needs only what it says: see docs/interchange.md in ropa's sources."
    )
    _describe_document(schema["properties"])
    for node in ORGANISATION.walk():
        _describe_entry(node, schema["$defs"][node.name])
    return schema


_DOCUMENT = {
    "$schema": (
        "Schema",
        "Where an editor finds this schema, to check a file as it is written (e.g. "
        f"`register-v{FORMAT_VERSION}.schema.json` beside it). Ignored on import; ropa does "
        "not write it.",
    ),
    "format": ("Format", "Always `ropa-register`."),
    "format_version": (
        "Format version",
        f"The version of the format the file follows: `{FORMAT_VERSION}`. A file of a newer "
        "version than this ropa knows is refused.",
    ),
    "generator": ("Generator", "The program that wrote the file (informative; may be left out)."),
    "organisations": ("Organisations", "The organisations of the register: see “Organisation”."),
    "files": (
        "Files",
        "The documents attached to the organisations' records (see “Attachment”): each "
        "attachment's `blob_id`, the SHA-256 of the file in lower-case hexadecimal, maps to the "
        "file's bytes in base64 (RFC 4648, with padding). Each file is written once however "
        "often it is attached; an attachment whose file is missing here, a file no attachment "
        "uses, or bytes whose SHA-256 is not their key are refused. Left out when there is none.",
    ),
}


def _describe_document(properties: dict[str, Any]) -> None:
    for key, (title, description) in _DOCUMENT.items():
        properties[key]["title"] = title
        properties[key]["description"] = description


def _describe_entry(node: Node, definition: dict[str, Any]) -> None:
    definition["title"] = tr("en", f"table.{node.name}")
    definition["description"] = ENTRIES[node.name]
    properties: dict[str, Any] = definition["properties"]
    for doc in entry_fields(node):
        prop = properties[doc.key]
        prop["title"] = doc.title
        prop["description"] = doc.description()
        if doc.key == "position":
            prop.pop("default", None)  # left out: the place in the list, not 0
        if doc.key == "country":
            for branch in prop.get("anyOf", [prop]):
                if branch.get("type") == "string":
                    branch["pattern"] = "^[A-Z]{2}$"
    for column, (base, lang) in translation_columns(node.name).items():
        properties[column]["title"] = label("en", node.name, column)
        properties[column]["description"] = (
            f"The text of `{base}` in the document language `{lang}`, when `{lang}` is one of "
            f"the organisation's `other_languages` (`{base}` holds the main language's). Left "
            "out when there is none."
        )


def json_path(loc: tuple[int | str, ...]) -> str:
    """("organisations", 0, "name") -> "organisations[0].name" (a long unknown key cut)."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            part = clip(str(part))
            path += f".{part}" if path else part
    return path


def clip(text: str, width: int = 60) -> str:
    """A text from the input shown in a message: cut with "..." when longer than width."""
    return text if len(text) <= width else text[: width - 3] + "..."


_TYPE_NAMES = {
    "string_type": "text",
    "int_type": "integer",
    "int_parsing": "integer",
    "bool_type": "boolean",
    "list_type": "list",
    "dict_type": "object",
    "model_type": "object",
    "model_attributes_type": "object",
    "date_type": "date",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date",
    "datetime_type": "datetime",
    "datetime_parsing": "datetime",
    "datetime_from_date_parsing": "datetime",
    "timezone_aware": "datetime",
    "none_required": "null",
}


def problems_from_pydantic(
    error: PydanticError, prefix: tuple[int | str, ...] = ()
) -> list[Problem]:
    problems: list[Problem] = []
    for item in error.errors(include_url=False):
        loc = prefix + tuple(item["loc"])
        # A union with None reports the inner type's error under a "tagged" loc element.
        loc = tuple(p for p in loc if not (isinstance(p, str) and p in _NOISE_LOCS))
        path = json_path(loc)
        kind = item["type"]
        ctx = item.get("ctx") or {}
        value = item.get("input")
        if kind == "missing":
            problems.append(Problem(path, "problem.required"))
        elif kind == "extra_forbidden":
            problems.append(Problem(path, "problem.unknown_field"))
        elif kind == "string_too_long":
            length = len(value) if isinstance(value, str) else 0
            problems.append(
                Problem(path, "problem.too_long", {"max": ctx.get("max_length"), "length": length})
            )
        elif kind in ("greater_than_equal", "less_than_equal"):
            problems.append(Problem(path, "problem.out_of_range", {"min": INT_MIN, "max": INT_MAX}))
        elif kind == "datetime_out_of_range":
            problems.append(Problem(path, "problem.date_out_of_range"))
        elif kind == "string_too_short":
            problems.append(Problem(path, "problem.required"))
        elif kind == "literal_error":
            problems.append(
                Problem(
                    path,
                    "problem.unknown_value",
                    {
                        "value": _short(value),
                        "allowed": str(ctx.get("expected", "")).replace(" or ", ", "),
                    },
                )
            )
        elif kind in _TYPE_NAMES:
            problems.append(
                Problem(
                    path,
                    "problem.wrong_type",
                    {"expected": Term(f"type.{_TYPE_NAMES[kind]}"), "value": _short(value)},
                )
            )
        else:
            problems.append(Problem(path, "problem.invalid", {"detail": item["msg"]}))
    return _dedupe(problems)


_NOISE_LOCS = {
    "str",
    "int",
    "bool",
    "date",
    "datetime",
    "list[str]",
    "none",
    "constrained-str",
    "function-after[validate(), constrained-str]",
}


def _short(value: Any) -> str:
    """A value as the user wrote it in JSON (null, true, "text"), cut when long."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    except RecursionError:  # nested deeper than the encoder goes: its first bracket is enough
        text = "[...]" if isinstance(value, list) else "{...}"
    return clip(text)


def _dedupe(problems: list[Problem]) -> list[Problem]:
    # A nullable field reports both "wrong type" and "not null": keep the first per path.
    seen: set[str] = set()
    result = []
    for problem in problems:
        if problem.path in seen:
            continue
        seen.add(problem.path)
        result.append(problem)
    return result


def is_datetime(value: Any) -> bool:
    return isinstance(value, datetime)


def docs_file() -> Path | None:
    """docs/interchange.md of a source checkout (None in an installed ropa)."""
    path = Path(__file__).resolve().parents[2] / "docs" / "interchange.md"
    return path if path.is_file() else None


def write_schema_file() -> None:
    """Regenerate resources/schema/register-v<N>.schema.json and, in a source checkout, the
    field reference of docs/interchange.md (run after changing the model or its docs)."""
    from ropa.core.schema_docs import with_reference
    from ropa.paths import resources_dir

    path = resources_dir() / "schema" / f"register-v{FORMAT_VERSION}.schema.json"
    path.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", "utf-8")
    docs = docs_file()
    if docs is not None:
        docs.write_text(with_reference(docs.read_text("utf-8")), "utf-8")


if __name__ == "__main__":  # python -m ropa.core.schema
    write_schema_file()
