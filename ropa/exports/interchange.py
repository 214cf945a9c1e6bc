"""The JSON interchange format: a versioned, lossless document of one or more organisations.

Export reads the register with SQLAlchemy Core and writes nested objects; import decodes,
validates everything (types, rules, references) and writes nothing unless all is right.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, StrictBool, create_model
from pydantic import ValidationError as PydanticError

from ropa import __version__
from ropa.core.attachments import MAX_ATTACHMENT_BYTES, digest, read_blobs, store_blobs
from ropa.core.errors import Problem, RopaError, ValidationError
from ropa.core.files import read_input
from ropa.core.i18n import normalise_language
from ropa.core.lenient import lenient_organisations
from ropa.core.schema import (
    FORMAT_NAME,
    FORMAT_VERSION,
    INT_MAX,
    INT_MIN,
    MAX_NUMBER_LENGTH,
    clip,
    document_model,
    field_type,
    json_path,
    problems_from_pydantic,
    row_model,
)
from ropa.core.services import SEED_TABLES, seed_catalogues, seed_entry_values
from ropa.core.snapshot import FILES, existing_ids, flatten, insert_tree, read_tree
from ropa.core.tree import ORGANISATION, Node
from ropa.core.validation import document_problems
from ropa.db.base import new_id, utcnow
from ropa.db.session import RegisterDatabase
from ropa.db.translations import translation_columns

MAX_IMPORT_BYTES = 512 * 1024 * 1024


def export_document(
    db: RegisterDatabase, organisation_ids: list[str] | None = None
) -> dict[str, Any]:
    with db.reader() as session:
        organisations = read_tree(session, organisation_ids)
        keys = {row["blob_id"] for o in organisations for row in o.get("attachments", ())}
        blobs = read_blobs(session, keys) if keys else {}
    if organisation_ids:
        missing = sorted(set(organisation_ids) - {o["id"] for o in organisations})
        if missing:
            raise RopaError("error.organisation_unknown", id=", ".join(missing))
    for organisation in organisations:
        _drop_empty_translations(ORGANISATION, organisation)
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "generator": f"ropa {__version__}",
        "organisations": organisations,
    }
    if blobs:
        document["files"] = {
            key: base64.b64encode(blobs[key]).decode("ascii") for key in sorted(blobs)
        }
    return document


def _drop_empty_translations(node: Node, row: dict[str, Any]) -> None:
    """Leave out the translation columns that hold nothing (absent means empty): a register
    in one language is written as before, and stays as easy to read."""
    columns = list(translation_columns(node.name))
    for key in columns:
        if row.get(key) is None:
            row.pop(key, None)
    for child in node.children:
        for child_row in row.get(child.key, ()):
            _drop_empty_translations(child, child_row)


def dumps(document: dict[str, Any]) -> str:
    """The document as indented JSON text (orjson: the standard encoder is pure Python when
    indenting, and several times slower on a large register; the output is the same)."""
    return orjson.dumps(document, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"


def export_json(db: RegisterDatabase, organisation_ids: list[str] | None = None) -> str:
    """The register (or some organisations) as interchange JSON text."""
    return dumps(export_document(db, organisation_ids))


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are all different (JSON would otherwise keep the last silently)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


class _LongNumber:
    """A number of the document too long to be read: only its length is kept."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


def decode(data: bytes) -> Any:
    """Bytes -> JSON value, with a clear problem for bad encoding, syntax, nesting or a number
    too long to be read."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError([Problem("", "problem.bad_utf8", {"offset": exc.start})]) from exc
    if not text.strip():
        raise ValidationError([Problem("", "problem.empty_file")])
    long_numbers = 0

    def parse_int(digits: str) -> int | _LongNumber:
        nonlocal long_numbers
        if len(digits) > MAX_NUMBER_LENGTH:
            long_numbers += 1
            return _LongNumber(len(digits.lstrip("-")))
        return int(digits)

    try:
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_int=parse_int)
    except _DuplicateKey as exc:
        raise ValidationError(
            [Problem("", "problem.duplicate_key", {"key": clip(exc.key)})]
        ) from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(
            [
                Problem(
                    "",
                    "problem.bad_json",
                    {"line": exc.lineno, "column": exc.colno, "reason": exc.msg},
                )
            ]
        ) from exc
    except RecursionError as exc:
        raise ValidationError([Problem("", "problem.too_deep")]) from exc
    if long_numbers:
        raise ValidationError(
            [
                Problem(
                    json_path(loc),
                    "problem.number_too_long",
                    {"digits": number.digits, "min": INT_MIN, "max": INT_MAX},
                )
                for loc, number in _long_numbers(value)
            ]
        )
    return value


def _long_numbers(value: Any) -> list[tuple[tuple[int | str, ...], _LongNumber]]:
    """Where the document holds numbers too long to be read, in document order."""
    found: list[tuple[tuple[int | str, ...], _LongNumber]] = []
    stack: list[tuple[tuple[int | str, ...], Any]] = [((), value)]
    while stack:
        loc, item = stack.pop()
        if isinstance(item, _LongNumber):
            found.append((loc, item))
        elif isinstance(item, dict):
            stack.extend(((*loc, key), child) for key, child in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend(((*loc, i), child) for i, child in reversed(list(enumerate(item))))
    return found


def validate_document(value: Any) -> list[dict[str, Any]]:
    """A decoded JSON value -> validated organisations (plain dicts), or ValidationError.

    What a file leaves out is completed as documented (docs/interchange.md): an entry's
    `position` is its place in its list; its `created_at` the time of the import (a
    microsecond apart in the order of the file, so the order of lists without positions is
    kept too), `updated_at` its `created_at`; a catalogue list left out gets ropa's standard
    entries, as a new organisation does.
    """
    _check_format(value)
    value = upgrade_document(value)
    try:
        model = document_model().model_validate(value)
    except PydanticError as exc:
        raise ValidationError(problems_from_pydantic(exc)) from exc
    except RecursionError as exc:  # a value nested deep where the format has none
        raise ValidationError([Problem("", "problem.too_deep")]) from exc
    dumped = model.model_dump()
    organisations: list[dict[str, Any]] = dumped["organisations"]
    _place_files(organisations, dumped["files"])
    stamps = _Stamps()
    for raw, organisation in zip(value.get("organisations", ()), organisations, strict=True):
        _complete(ORGANISATION, raw, organisation, 0, stamps)
        _seed_catalogues(raw, organisation, stamps)
    return organisations


def _place_files(organisations: list[dict[str, Any]], files: dict[str, str]) -> None:
    """Decode the document's `files` and give each organisation those its attachments use
    (under FILES, which the inserts read: snapshot.flatten leaves it out of the rows); or
    ValidationError naming each file that is not base64, too large, or not what its key says,
    each attachment whose file is missing or of another size, and each file nothing uses."""
    problems: list[Problem] = []
    decoded: dict[str, bytes] = {}
    for key, text in files.items():
        place = f"files.{key}"
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            problems.append(Problem(place, "problem.file_not_base64"))
            continue
        if len(data) > MAX_ATTACHMENT_BYTES:
            problems.append(Problem(place, "problem.file_too_large_to_attach"))
        elif digest(data) != key:
            problems.append(Problem(place, "problem.file_not_its_key"))
        else:
            decoded[key] = data
    used: set[str] = set()
    for index, organisation in enumerate(organisations):
        mine: dict[str, bytes] = {}
        for position, row in enumerate(organisation.get("attachments", ())):
            here = f"organisations[{index}].attachments[{position}]"
            key = row["blob_id"]
            used.add(key)
            if key not in files:
                problems.append(Problem(f"{here}.blob_id", "problem.file_missing"))
            elif key in decoded and len(decoded[key]) != row["size"]:
                problems.append(
                    Problem(
                        f"{here}.size", "problem.file_size_differs", {"size": len(decoded[key])}
                    )
                )
            elif key in decoded:
                mine[key] = decoded[key]
        organisation[FILES] = mine
    problems.extend(
        Problem(f"files.{key}", "problem.file_unused") for key in sorted(set(files) - used)
    )
    if problems:
        raise ValidationError(problems)


# Format 1 kept a party's processing contract as three fields of the party; format 2 keeps
# contracts as entries of their own (docs/interchange.md), as migration 0007 does in a file.
# Format 3 adds the organisation's `dpias` (migration 0008), format 4 its `attachments` and the
# document's `files` (migration 0009): a format-2 or -3 file says the same in format 4 as it is.
_V1_CONTRACT_FIELDS = ("contract_signed", "contract_date", "contract_reference")
_V1_ROLES = {"processor": "controller", "client_controller": "processor"}
_EARLIER_VERSIONS = (1, 2, 3)


def upgrade_document(value: dict[str, Any]) -> dict[str, Any]:
    """A document of an earlier format version as the current version says the same: a copy,
    the decoded value left as it was. What it cannot place is left for validation to name;
    a format-1 contract field of the wrong type is refused here, at its place in the file
    (ValidationError), since the current format no longer has that place."""
    version = value.get("format_version")
    if version not in _EARLIER_VERSIONS or isinstance(version, bool):
        return value
    document = {**value, "format_version": FORMAT_VERSION}
    if version != 1:
        return document
    organisations = value.get("organisations")
    if not isinstance(organisations, list):
        return document
    problems: list[Problem] = []
    document["organisations"] = [
        _upgrade_organisation(organisation, index, problems)
        for index, organisation in enumerate(organisations)
    ]
    if problems:
        raise ValidationError(problems)
    return document


@cache
def _v1_contract_model() -> type[BaseModel]:
    """The three contract fields of a format-1 party, typed as format 1 typed them (a yes /
    no, the date, the reference's text), the rest of the party ignored."""
    [node] = [n for n in ORGANISATION.children if n.name == "contract"]
    contract = node.table.c
    return create_model(  # type: ignore[call-overload,no-any-return]
        "v1_party_contract",
        __config__=ConfigDict(extra="ignore", strict=True),
        contract_signed=(StrictBool | None, None),
        contract_date=(field_type(contract.signed_on) | None, None),
        contract_reference=(field_type(contract.reference) | None, None),
    )


def _upgrade_organisation(organisation: Any, index: int, problems: list[Problem]) -> Any:
    """One organisation of a format-1 document: each party's contract fields become a
    contract (a party whose box is unticked with neither date nor reference gets none); the
    problems of those fields are added to `problems`, at their format-1 places."""
    if not isinstance(organisation, dict) or not isinstance(organisation.get("parties"), list):
        return organisation
    parties: list[Any] = []
    contracts: list[dict[str, Any]] = []
    for position, party in enumerate(organisation["parties"]):
        if not isinstance(party, dict) or not any(k in party for k in _V1_CONTRACT_FIELDS):
            parties.append(party)
            continue
        upgraded = {k: v for k, v in party.items() if k not in _V1_CONTRACT_FIELDS}
        parties.append(upgraded)
        try:
            fields = _v1_contract_model().model_validate(party)
        except PydanticError as exc:
            problems.extend(
                problems_from_pydantic(exc, ("organisations", index, "parties", position))
            )
            continue
        signed = fields.contract_signed  # type: ignore[attr-defined]
        day = fields.contract_date  # type: ignore[attr-defined]
        reference = fields.contract_reference  # type: ignore[attr-defined]
        if not signed and day is None and reference is None:
            continue  # an unticked box with nothing typed: no contract to keep
        # The contract refers to its party: a party left without an id gets one, as the
        # import would give it; a wrong one is the party's own problem, named by validation.
        party_id = upgraded.setdefault("id", new_id())
        if not isinstance(party_id, str):
            continue
        kind = party.get("kind")
        contracts.append(
            {
                "party_id": party_id,
                "reference": reference,
                "our_role": _V1_ROLES.get(kind) if isinstance(kind, str) else None,
                "status": "signed" if signed else None,
                "signed_on": party.get("contract_date"),  # as written: validated above
            }
        )
    upgraded_organisation = {**organisation, "parties": parties}
    if contracts:
        existing = organisation.get("contracts", [])
        if isinstance(existing, list):  # else left for validation to name
            upgraded_organisation["contracts"] = [*existing, *contracts]
    return upgraded_organisation


def _check_format(value: Any) -> None:
    if not isinstance(value, dict):
        raise ValidationError([Problem("", "problem.not_a_register")])
    if value.get("format") != FORMAT_NAME:
        raise ValidationError([Problem("format", "problem.not_a_register")])
    version = value.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ValidationError(
            [
                Problem(
                    "format_version",
                    "problem.newer_format",
                    {"version": version, "supported": FORMAT_VERSION},
                )
            ]
        )


class _Stamps:
    """The import's time, a microsecond later for each entry that leaves out its own."""

    def __init__(self) -> None:
        self.start = utcnow()
        self.count = 0

    def next(self) -> datetime:
        self.count += 1
        return self.start + timedelta(microseconds=self.count)


def _complete(
    node: Node, raw: dict[str, Any], row: dict[str, Any], index: int, stamps: _Stamps
) -> None:
    """Fill in what an entry of the file left out (see validate_document)."""
    if "position" in row and "position" not in raw:
        row["position"] = index
    if "created_at" not in raw:
        row["created_at"] = stamps.next()
    if "updated_at" not in raw:
        row["updated_at"] = row["created_at"]
    for child in node.children:
        for i, (raw_child, child_row) in enumerate(
            zip(raw.get(child.key, ()), row[child.key], strict=True)
        ):
            _complete(child, raw_child, child_row, i, stamps)


def _seed_catalogues(raw: dict[str, Any], organisation: dict[str, Any], stamps: _Stamps) -> None:
    """The standard entries of each catalogue the file leaves out (the key absent; an empty
    list keeps the catalogue empty, as ropa's own exports write it), in the organisation's
    languages."""
    lang = normalise_language(organisation["language"])
    others = [x for x in organisation["other_languages"] if x != lang]
    for node in ORGANISATION.children:
        if node.key not in SEED_TABLES or node.key in raw:
            continue
        rows = []
        for position, entry in enumerate(seed_catalogues().get(node.key, [])):
            values = {"position": position, **seed_entry_values(entry, lang, others)}
            values["created_at"] = values["updated_at"] = stamps.next()
            rows.append(row_model(node.name).model_validate(values).model_dump())
        organisation[node.key] = rows


def import_json(db: RegisterDatabase, data: bytes, source: str = "JSON") -> list[dict[str, Any]]:
    """Validate the whole document, then add it to the register in one transaction.

    On any problem a ValidationError lists them all — wrong types and values, broken rules
    and references together, each at its JSON path — and the register is not touched.
    Returns the imported organisations.
    """
    organisations = _organisations(db, data)
    add_organisations(db, organisations, source)
    return organisations


def read_document(db: RegisterDatabase, data: bytes) -> list[dict[str, Any]]:
    """The organisations of a JSON file, validated as import_json validates them (the ids
    against those of the register), without writing anything."""
    organisations = _organisations(db, data)
    tables, _links = flatten(organisations)
    with db.reader() as session:
        problems = document_problems(organisations, existing_ids(session, tables))
    if problems:
        raise ValidationError(problems)
    return organisations


def _organisations(db: RegisterDatabase, data: bytes) -> list[dict[str, Any]]:
    """The file's organisations, their types and values validated; when any is wrong, the
    problems of the rules and references too (_with_rule_problems)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError([Problem("", "problem.file_too_large")])
    value = decode(data)
    try:
        return validate_document(value)
    except ValidationError as error:
        if error.problems and error.problems[0].key in _WHOLE_FILE:
            raise
        raise ValidationError(_with_rule_problems(db, value, error.problems)) from error


def add_organisations(
    db: RegisterDatabase, organisations: list[dict[str, Any]], source: str
) -> None:
    """Write validated organisations (read_document) in one transaction, recorded in the
    history as one import each; checked again under the write lock, so that no one adds the
    same ids in between."""
    tables, link_rows = flatten(organisations)
    with db.transaction() as session:
        problems = document_problems(organisations, existing_ids(session, tables))
        if problems:
            raise ValidationError(problems)
        for organisation in organisations:
            store_blobs(session, organisation.get(FILES, {}))
        insert_tree(session, tables, link_rows, organisations, source)


# Problems with the file as a whole: nothing else in it is worth checking.
_WHOLE_FILE = frozenset({"problem.not_a_register", "problem.newer_format", "problem.too_deep"})


def _with_rule_problems(db: RegisterDatabase, value: Any, first: list[Problem]) -> list[Problem]:
    """The problems of types and values, then those of the rules and references that the
    rest of the file breaks (read as well as it can be: a value found wrong counts as left
    out), so that one run lists them all. A problem at, or inside, a place already named is
    left out: it is the same mistake."""
    organisations = lenient_organisations(value)
    tables, _links = flatten(organisations)
    with db.reader() as session:
        existing = existing_ids(session, tables)
    named = [p.path for p in first]
    more = [
        problem
        for problem in document_problems(organisations, existing)
        if not any(_within(problem.path, path) for path in named)
    ]
    return first + more


def _within(path: str, place: str) -> bool:
    if not place:
        return True
    return path == place or path.startswith((f"{place}.", f"{place}["))


def import_json_file(db: RegisterDatabase, path: Path) -> list[dict[str, Any]]:
    return import_json(db, read_input(path), source=path.name)
