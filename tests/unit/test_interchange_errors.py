"""Bad interchange files are refused with clear, translated problems, and change nothing.

Every refusal is checked the same way: the error is a ValidationError whose problems name
the right JSON path and message key; the messages exist in French and Dutch (not the English
text, not a raw key); and the register is untouched: same export, same main file and WAL
bytes while open, same main file bytes after closing.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ropa.cli import main
from ropa.core import schema
from ropa.core.errors import ValidationError
from ropa.core.register import create_register, open_register
from ropa.core.schema import FORMAT_NAME, FORMAT_VERSION
from ropa.exports.interchange import export_json, import_json

Doc = dict[str, Any]
LANGS = ("fr", "nl")
STAMPS = {"created_at": "2024-01-01T00:00:00+00:00", "updated_at": "2024-01-01T00:00:00+00:00"}


def organisation(p: str) -> dict[str, Any]:
    """A valid organisation whose ids all start with p (so several can live in one file)."""
    return {
        "id": f"{p}-org",
        "legal_name": f"Organisation {p}",
        "country": "BE",
        "email": "info@example.be",
        "enterprise_number": "0403.170.701",
        **STAMPS,
        "data_categories": [
            {"id": f"{p}-dc1", "name": "Identity", **STAMPS},
            {"id": f"{p}-dc2", "name": "Health", "is_special": True, **STAMPS},
        ],
        "data_subject_categories": [{"id": f"{p}-ds1", "name": "Clients", **STAMPS}],
        "recipient_categories": [{"id": f"{p}-rc1", "name": "Insurers", **STAMPS}],
        "security_measures": [{"id": f"{p}-sm1", "name": "Backups", **STAMPS}],
        "parties": [
            {"id": f"{p}-p1", "name": "Cloud", "kind": "processor", "country": "US", **STAMPS},
            {
                "id": f"{p}-p2",
                "name": "Mail",
                "kind": "processor",
                "email": "dpo@mail.example",
                "subprocessors": [f"{p}-p1"],
                **STAMPS,
            },
        ],
        "activities": [
            {
                "id": f"{p}-a1",
                "reference": "HR-1",
                "name": "Payroll",
                "status": "active",
                "start_date": "2020-01-01",
                **STAMPS,
                "purposes": [
                    {"id": f"{p}-pu1", "description": "Pay", "legal_basis": "contract", **STAMPS}
                ],
                "data_categories": [{"id": f"{p}-adc1", "data_category_id": f"{p}-dc1", **STAMPS}],
                "recipients": [
                    {"id": f"{p}-r1", "kind": "processor", "party_id": f"{p}-p1", **STAMPS}
                ],
                "transfers": [{"id": f"{p}-t1", "country": "US", "party_id": f"{p}-p1", **STAMPS}],
                "retention_phases": [
                    {
                        "id": f"{p}-rp1",
                        "purpose_id": f"{p}-pu1",
                        "duration_value": 7,
                        "duration_unit": "years",
                        **STAMPS,
                    }
                ],
                "data_subjects": [f"{p}-ds1"],
                "security_measures": [f"{p}-sm1"],
            },
            {
                "id": f"{p}-a2",
                "reference": "MK-1",
                "name": "Newsletter",
                **STAMPS,
                "purposes": [
                    {"id": f"{p}-pu2", "description": "Mail", "legal_basis": "consent", **STAMPS}
                ],
            },
        ],
        "cookies": [
            {
                "id": f"{p}-c1",
                "name": "_ga",
                "party_id": f"{p}-p1",
                "activity_id": f"{p}-a2",
                "transfer_id": f"{p}-t1",
                **STAMPS,
            }
        ],
    }


def document(*prefixes: str) -> Doc:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "organisations": [organisation(p) for p in prefixes],
    }


def encode(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "seeded.ropa"
    db = create_register(path, language="en")
    try:
        import_json(db, encode(document("seed")))
    finally:
        db.close()
    return path


@pytest.fixture
def seeded(seeded_template: Path, register_path: Path) -> Path:
    """A closed register file that already holds one organisation (ids "seed-...")."""
    shutil.copyfile(seeded_template, register_path)
    return register_path


def _files(path: Path) -> tuple[bytes, bytes | None]:
    wal = Path(f"{path}-wal")
    return path.read_bytes(), wal.read_bytes() if wal.exists() else None


def refuse(path: Path, data: bytes) -> ValidationError:
    """Import data into the register at path: it must be refused and change nothing."""
    closed_before = path.read_bytes()
    db = open_register(path)
    try:
        export_before = export_json(db)
        files_before = _files(path)
        try:
            import_json(db, data, source="bad.json")
        except Exception as exc:  # noqa: BLE001 - any other exception is the failure reported
            error: BaseException = exc
        else:
            pytest.fail("the import was accepted")
        assert _files(path) == files_before, "the register file (or its WAL) changed"
        assert export_json(db) == export_before, "the register's content changed"
    finally:
        db.close()
    assert path.read_bytes() == closed_before, "the register file changed after closing"
    assert isinstance(error, ValidationError), (
        f"expected a ValidationError (a clear message), got {type(error).__name__}: {error}"
    )
    return error


def assert_problem(error: ValidationError, path: str, key: str) -> None:
    """error has a problem at path with key, rendered in French and Dutch, not in English."""
    found = [p for p in error.problems if p.path == path and p.key == key]
    assert found, f"no {key} at {path!r}; problems: {[(p.path, p.key) for p in error.problems]}"
    problem = found[0]
    english = problem.message("en")
    assert not english.startswith(("problem.", "error.")), f"no English text for {key}"
    for lang in LANGS:
        text = problem.message(lang)
        assert text != english, f"{key} is not translated into {lang}: {text!r}"
        assert not text.startswith(("problem.", "error.")), f"raw key in {lang}: {text!r}"
        full = error.message(lang)
        assert full != error.message("en")
        assert (path or "") in full
    assert path in error.message("en")


def assert_path(error: ValidationError, path: str) -> None:
    """error has a problem at path (whatever its key), with translated messages."""
    found = [p for p in error.problems if p.path == path]
    assert found, f"no problem at {path!r}; problems: {[(p.path, p.key) for p in error.problems]}"
    english = found[0].message("en")
    for lang in LANGS:
        assert found[0].message(lang) != english, f"{found[0].key} not translated into {lang}"


# --------------------------------------------------------------------------------------------
# Files that are not a register at all
# --------------------------------------------------------------------------------------------


def _truncated() -> bytes:
    data = json.dumps(document("new"), indent=2).encode()
    return data[: len(data) // 2]


def _bad_utf8() -> bytes:
    data = encode(document("new"))
    at = data.index(b"Organisation new")
    return data[:at] + b"\xff\xfe\xc3" + data[at:]


RAW_CASES = [
    pytest.param(
        b'{"format": "ropa-register",, "format_version": 1}', "", "problem.bad_json", id="syntax"
    ),
    pytest.param(
        b'{"format": "ropa-register", "format_version": 1', "", "problem.bad_json", id="unclosed"
    ),
    pytest.param(_truncated(), "", "problem.bad_json", id="truncated"),
    pytest.param(_bad_utf8(), "", "problem.bad_utf8", id="invalid-utf8"),
    pytest.param(b"\xff\xfe{\x00}\x00", "", "problem.bad_utf8", id="utf16"),
    pytest.param(b"", "", "problem.empty_file", id="empty"),
    pytest.param(b" \r\n\t ", "", "problem.empty_file", id="blank"),
    pytest.param(b"[]", "", "problem.not_a_register", id="array"),
    pytest.param(b'"ropa-register"', "", "problem.not_a_register", id="string"),
    pytest.param(b"null", "", "problem.not_a_register", id="null"),
    pytest.param(b"[" * 100_000 + b"]" * 100_000, "", "problem.too_deep", id="deep-arrays"),
    pytest.param(
        b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "", "problem.too_deep", id="deep-objects"
    ),
]


@pytest.mark.parametrize(("data", "path", "key"), RAW_CASES)
def test_not_a_register_file(seeded: Path, data: bytes, path: str, key: str) -> None:
    error = refuse(seeded, data)
    assert_problem(error, path, key)


def test_bad_json_message_gives_the_line(seeded: Path) -> None:
    error = refuse(seeded, b'{\n  "format": "ropa-register",\n  oops\n}')
    (problem,) = error.problems
    assert problem.params["line"] == 3
    assert "3" in problem.message("en") and "3" in problem.message("fr")


def test_truncated_export(seeded: Path) -> None:
    """An export cut in the middle (a copy interrupted, a full disk) is not valid JSON."""
    db = open_register(seeded)
    try:
        exported = export_json(db).encode("utf-8")
    finally:
        db.close()
    for cut in (len(exported) // 2, len(exported) - 3):
        error = refuse(seeded, exported[:cut])
        assert_problem(error, "", "problem.bad_json")
        assert "truncated" in error.message("en")


def test_deep_nesting_inside_a_field(seeded: Path) -> None:
    depth = 100_000
    text = encode(document("new")).decode()
    text = text.replace('"Organisation new"', "[" * depth + "]" * depth, 1)
    error = refuse(seeded, text.encode())
    assert_problem(error, "", "problem.too_deep")


# --------------------------------------------------------------------------------------------
# Documents that break the format or the rules
# --------------------------------------------------------------------------------------------

ORG = ("organisations", 0)
A1 = (*ORG, "activities", 0)


def at(doc: Doc, *keys: str | int) -> Any:
    for key in keys:
        doc = doc[key]
    return doc


def setter(*keys: str | int, value: Any) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        at(doc, *keys[:-1])[keys[-1]] = value

    return mutate


def _dangling_subject(doc: Doc) -> None:
    at(doc, *A1, "data_subjects").append("no-such-subject")


def _retention_of_other_activity(doc: Doc) -> None:
    at(doc, *A1, "retention_phases", 0)["purpose_id"] = "new-pu2"  # a purpose of activity 2


def _duplicate_id(doc: Doc) -> None:
    at(doc, *ORG, "activities", 1)["id"] = "new-a1"


def _duplicate_reference(doc: Doc) -> None:
    at(doc, *ORG, "activities", 1)["reference"] = "HR-1"


def _duplicate_catalogue_name(doc: Doc) -> None:
    at(doc, *ORG, "data_categories", 1)["name"] = "Identity"


def _retired_without_end(doc: Doc) -> None:
    at(doc, *A1)["status"] = "retired"


def _self_subprocessor(doc: Doc) -> None:
    at(doc, *ORG, "parties", 1)["subprocessors"] = ["new-p2"]


def _missing_format(doc: Doc) -> None:
    del doc["format"]


def _unknown_top_field(doc: Doc) -> None:
    doc["organisation"] = []


DOC_CASES = [
    # -- the envelope
    pytest.param(_missing_format, "format", "problem.not_a_register", id="missing-format"),
    pytest.param(
        setter("format", value="ropa"), "format", "problem.not_a_register", id="other-format"
    ),
    pytest.param(
        setter("format_version", value="1"),
        "format_version",
        "problem.unknown_value",
        id="version-as-text",
    ),
    pytest.param(_unknown_top_field, "organisation", "problem.unknown_field", id="top-level-typo"),
    # -- wrong types
    pytest.param(
        setter(*ORG, "data_categories", 0, "position", value="3"),
        "organisations[0].data_categories[0].position",
        "problem.wrong_type",
        id="string-for-int",
    ),
    pytest.param(
        setter(*ORG, "data_categories", 0, "position", value=1.5),
        "organisations[0].data_categories[0].position",
        "problem.wrong_type",
        id="float-for-int",
    ),
    pytest.param(
        setter(*ORG, "dpo_designated", value="true"),
        "organisations[0].dpo_designated",
        "problem.wrong_type",
        id="string-for-bool",
    ),
    pytest.param(
        setter(*ORG, "dpo_designated", value=1),
        "organisations[0].dpo_designated",
        "problem.wrong_type",
        id="int-for-bool",
    ),
    pytest.param(
        setter(*ORG, "legal_name", value=42),
        "organisations[0].legal_name",
        "problem.wrong_type",
        id="number-for-string",
    ),
    pytest.param(
        setter(*ORG, "trade_name", value=42),
        "organisations[0].trade_name",
        "problem.wrong_type",
        id="number-for-nullable-string",
    ),
    pytest.param(
        setter(*A1, "purposes", value={}),
        "organisations[0].activities[0].purposes",
        "problem.wrong_type",
        id="object-for-list",
    ),
    pytest.param(
        setter(*A1, "data_subjects", value="new-ds1"),
        "organisations[0].activities[0].data_subjects",
        "problem.wrong_type",
        id="string-for-id-list",
    ),
    pytest.param(
        setter(*A1, "start_date", value="31/12/2020"),
        "organisations[0].activities[0].start_date",
        "problem.wrong_type",
        id="bad-date",
    ),
    pytest.param(
        setter(*ORG, "created_at", value="2024-01-01T00:00:00"),
        "organisations[0].created_at",
        "problem.wrong_type",
        id="naive-datetime",
    ),
    pytest.param(
        setter("organisations", 0, value="x"),
        "organisations[0]",
        "problem.wrong_type",
        id="string-for-object",
    ),
    pytest.param(
        setter(*ORG, "legal_name", value=""),
        "organisations[0].legal_name",
        "problem.required",
        id="empty-required",
    ),
    # -- closed vocabularies and unknown fields
    pytest.param(
        setter(*A1, "purposes", 0, "legal_basis", value="whatever"),
        "organisations[0].activities[0].purposes[0].legal_basis",
        "problem.unknown_value",
        id="legal-basis",
    ),
    pytest.param(
        setter(*A1, "role", value="boss"),
        "organisations[0].activities[0].role",
        "problem.unknown_value",
        id="role",
    ),
    pytest.param(
        setter(*A1, "dpia_criteria", value=["large_scale", "whatever"]),
        "organisations[0].activities[0].dpia_criteria[1]",
        "problem.unknown_value",
        id="dpia-criterion",
    ),
    pytest.param(
        setter(*A1, "nmae", value="Payroll"),
        "organisations[0].activities[0].nmae",
        "problem.unknown_field",
        id="typo-nmae",
    ),
    # -- references
    pytest.param(
        setter(*A1, "data_categories", 0, "data_category_id", value="no-such-category"),
        "organisations[0].activities[0].data_categories[0].data_category_id",
        "problem.dangling",
        id="dangling-data-category",
    ),
    pytest.param(
        _dangling_subject,
        "organisations[0].activities[0].data_subjects[1]",
        "problem.dangling",
        id="dangling-data-subject",
    ),
    pytest.param(
        _retention_of_other_activity,
        "organisations[0].activities[0].retention_phases[0].purpose_id",
        "problem.other_activity",
        id="retention-purpose-of-other-activity",
    ),
    pytest.param(
        setter(*ORG, "cookies", 0, "transfer_id", value="no-such-transfer"),
        "organisations[0].cookies[0].transfer_id",
        "problem.dangling",
        id="dangling-cookie-transfer",
    ),
    pytest.param(
        setter(*A1, "data_categories", 0, "data_category_id", value="seed-dc1"),
        "organisations[0].activities[0].data_categories[0].data_category_id",
        "problem.dangling",
        id="reference-into-the-register",
    ),
    pytest.param(
        _self_subprocessor,
        "organisations[0].parties[1].subprocessors[0]",
        "problem.self_reference",
        id="self-subprocessor",
    ),
    # -- uniqueness
    pytest.param(
        _duplicate_id,
        "organisations[0].activities[1].id",
        "problem.duplicate_id",
        id="duplicate-id",
    ),
    pytest.param(
        _duplicate_reference,
        "organisations[0].activities[1].reference",
        "problem.duplicate_value",
        id="duplicate-reference",
    ),
    pytest.param(
        _duplicate_catalogue_name,
        "organisations[0].data_categories[1].name",
        "problem.duplicate_value",
        id="duplicate-catalogue-name",
    ),
    # -- domain rules
    pytest.param(
        _retired_without_end,
        "organisations[0].activities[0].end_date",
        "problem.retired_needs_end_date",
        id="retired-without-end-date",
    ),
    pytest.param(
        setter(*A1, "end_date", value="2019-12-31"),
        "organisations[0].activities[0].end_date",
        "problem.end_before_start",
        id="end-before-start",
    ),
    pytest.param(
        setter(*ORG, "email", value="info.example.be"),
        "organisations[0].email",
        "problem.bad_email",
        id="bad-email",
    ),
    pytest.param(
        setter(*ORG, "parties", 1, "email", value="dpo@mail"),
        "organisations[0].parties[1].email",
        "problem.bad_email",
        id="bad-party-email",
    ),
    pytest.param(
        setter(*ORG, "country", value="XX"),
        "organisations[0].country",
        "problem.bad_country",
        id="bad-country",
    ),
    pytest.param(
        setter(*ORG, "country", value="be"),
        "organisations[0].country",
        "problem.bad_country",
        id="lowercase-country",
    ),
    pytest.param(
        setter(*A1, "transfers", 0, "country", value="UK"),
        "organisations[0].activities[0].transfers[0].country",
        "problem.bad_country",
        id="bad-transfer-country",
    ),
    pytest.param(
        setter(*ORG, "enterprise_number", value="0403.170.702"),
        "organisations[0].enterprise_number",
        "problem.bad_enterprise_number",
        id="bad-enterprise-number",
    ),
    pytest.param(
        setter(*A1, "retention_phases", 0, "duration_unit", value=None),
        "organisations[0].activities[0].retention_phases[0].duration_unit",
        "problem.duration_pair",
        id="duration-without-unit",
    ),
    pytest.param(
        setter(*A1, "retention_phases", 0, "duration_value", value=-1),
        "organisations[0].activities[0].retention_phases[0].duration_value",
        "problem.negative",
        id="negative-duration",
    ),
    pytest.param(
        setter(*A1, "transfers", 0, "party_id", value=None),
        "organisations[0].activities[0].transfers[0].recipient_name",
        "problem.transfer_recipient",
        id="transfer-without-recipient",
    ),
    pytest.param(
        setter(*A1, "recipients", 0, "party_id", value=None),
        "organisations[0].activities[0].recipients[0]",
        "problem.recipient_empty",
        id="empty-recipient",
    ),
]


@pytest.mark.parametrize(("mutate", "path", "key"), DOC_CASES)
def test_bad_document(seeded: Path, mutate: Callable[[Doc], None], path: str, key: str) -> None:
    doc = document("new")
    mutate(doc)
    error = refuse(seeded, encode(doc))
    assert_problem(error, path, key)


def test_newer_format_version(seeded: Path) -> None:
    doc = document("new")
    doc["format_version"] = FORMAT_VERSION + 1
    error = refuse(seeded, encode(doc))
    assert_problem(error, "format_version", "problem.newer_format")
    assert "newer" in error.message("en")
    assert str(FORMAT_VERSION + 1) in error.message("fr")


def test_reference_to_another_organisations_catalogue(seeded: Path) -> None:
    doc = document("new", "other")
    at(doc, *A1, "data_categories", 0)["data_category_id"] = "other-dc1"
    at(doc, *A1)["data_subjects"] = ["other-ds1"]
    at(doc, "organisations", 0, "cookies", 0)["party_id"] = "other-p1"
    error = refuse(seeded, encode(doc))
    assert_problem(
        error,
        "organisations[0].activities[0].data_categories[0].data_category_id",
        "problem.other_organisation",
    )
    assert_problem(
        error, "organisations[0].activities[0].data_subjects[0]", "problem.other_organisation"
    )
    assert_problem(error, "organisations[0].cookies[0].party_id", "problem.other_organisation")


def test_duplicate_id_across_organisations(seeded: Path) -> None:
    doc = document("new", "other")
    at(doc, "organisations", 1, "parties", 0)["id"] = "new-p1"
    at(doc, "organisations", 1, "parties", 1)["subprocessors"] = ["new-p1"]
    error = refuse(seeded, encode(doc))
    assert_problem(error, "organisations[1].parties[0].id", "problem.duplicate_id")


@pytest.mark.parametrize(
    ("keys", "max_length"),
    [
        pytest.param((*A1, "description"), 20_000, id="long-text"),
        pytest.param((*ORG, "legal_name"), 300, id="name"),
        pytest.param((*A1, "reference"), 40, id="reference"),
        pytest.param((*ORG, "country"), 2, id="country"),
    ],
)
def test_field_too_long(seeded: Path, keys: tuple[str | int, ...], max_length: int) -> None:
    doc = document("new")
    at(doc, *keys[:-1])[keys[-1]] = "é" * 100_000
    error = refuse(seeded, encode(doc))
    path = "organisations[0]" + "".join(
        f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys[2:]
    )
    assert_problem(error, path, "problem.too_long")
    for lang in ("en", "fr", "nl"):
        message = error.message(lang)
        assert path in message
        assert str(max_length) in message
        assert "100000" in message
        # The 100,000 characters are not echoed back.
        assert len(message) < 2_000


def test_many_problems_are_all_reported(seeded: Path) -> None:
    doc = document("new")
    _retired_without_end(doc)
    at(doc, *ORG)["email"] = "nope"
    at(doc, *ORG)["country"] = "XX"
    _duplicate_reference(doc)
    error = refuse(seeded, encode(doc))
    paths = {p.path for p in error.problems}
    assert {
        "organisations[0].activities[0].end_date",
        "organisations[0].email",
        "organisations[0].country",
        "organisations[0].activities[1].reference",
    } <= paths
    assert error.message("en").startswith("4 problem")


def test_same_file_twice(seeded: Path) -> None:
    data = encode(document("new"))
    db = open_register(seeded)
    try:
        imported = import_json(db, data)
        assert [o["id"] for o in imported] == ["new-org"]
        first = json.loads(export_json(db))
    finally:
        db.close()
    assert {o["id"] for o in first["organisations"]} == {"seed-org", "new-org"}
    error = refuse(seeded, data)
    assert_problem(error, "organisations[0].id", "problem.id_exists")
    assert_problem(error, "organisations[0].activities[0].purposes[0].id", "problem.id_exists")
    assert {p.key for p in error.problems} == {"problem.id_exists"}
    db = open_register(seeded)
    try:
        assert json.loads(export_json(db)) == first
    finally:
        db.close()


def test_an_export_cannot_be_imported_back_into_its_own_register(seeded: Path) -> None:
    db = open_register(seeded)
    try:
        exported = export_json(db).encode()
    finally:
        db.close()
    error = refuse(seeded, exported)
    assert_problem(error, "organisations[0].id", "problem.id_exists")


# --------------------------------------------------------------------------------------------
# Inputs the checks above do not catch today (see the report): each must be a clean refusal
# --------------------------------------------------------------------------------------------


def _duplicate_in_id_list(doc: Doc) -> None:
    at(doc, *A1)["data_subjects"] = ["new-ds1", "new-ds1"]


def _duplicate_subprocessor(doc: Doc) -> None:
    at(doc, *ORG, "parties", 1)["subprocessors"] = ["new-p1", "new-p1"]


def _duplicate_measure(doc: Doc) -> None:
    at(doc, *A1)["security_measures"] = ["new-sm1", "new-sm1"]


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        pytest.param(
            _duplicate_in_id_list,
            "organisations[0].activities[0].data_subjects[1]",
            id="data-subject-twice",
        ),
        pytest.param(
            _duplicate_measure,
            "organisations[0].activities[0].security_measures[1]",
            id="security-measure-twice",
        ),
        pytest.param(
            _duplicate_subprocessor,
            "organisations[0].parties[1].subprocessors[1]",
            id="subprocessor-twice",
        ),
    ],
)
def test_same_id_twice_in_an_id_list(
    seeded: Path, mutate: Callable[[Doc], None], path: str
) -> None:
    doc = document("new")
    mutate(doc)
    error = refuse(seeded, encode(doc))
    assert_path(error, path)


@pytest.mark.parametrize(
    ("keys", "value"),
    [
        pytest.param((*ORG, "data_categories", 0, "position"), 2**63, id="position-2**63"),
        pytest.param(
            (*ORG, "data_categories", 0, "position"),
            getattr(schema, "INT_MAX", 2**63 - 1) + 1,
            id="position-just-above-the-limit",
        ),
        pytest.param((*ORG, "data_categories", 0, "position"), -(2**63) - 1, id="position-neg"),
        pytest.param((*A1, "retention_phases", 0, "duration_value"), 10**30, id="duration-10**30"),
    ],
)
def test_integer_beyond_64_bits(seeded: Path, keys: tuple[str | int, ...], value: int) -> None:
    doc = document("new")
    at(doc, *keys[:-1])[keys[-1]] = value
    error = refuse(seeded, encode(doc))
    path = "organisations[0]" + "".join(
        f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys[2:]
    )
    assert_path(error, path)


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("0001-01-01T00:30:00+01:00", id="before-year-1-in-utc"),
        pytest.param("9999-12-31T23:30:00-01:00", id="after-year-9999-in-utc"),
    ],
)
def test_datetime_out_of_range_in_utc(seeded: Path, value: str) -> None:
    doc = document("new")
    at(doc, *ORG)["created_at"] = value
    error = refuse(seeded, encode(doc))
    assert_path(error, "organisations[0].created_at")


def test_lone_surrogate_is_refused(seeded: Path) -> None:
    data = encode(document("new")).replace(b"Organisation new", b"Organisation \\ud800", 1)
    error = refuse(seeded, data)
    assert_path(error, "organisations[0].legal_name")


def test_json_values_are_shown_as_json(seeded: Path) -> None:
    """A null or a boolean in the file is quoted back as JSON (null, true), not Python."""
    doc = document("new")
    at(doc, *ORG)["legal_name"] = None
    at(doc, *ORG)["trade_name"] = True
    error = refuse(seeded, encode(doc))
    assert_problem(error, "organisations[0].legal_name", "problem.wrong_type")
    message = error.message("en")
    assert "None" not in message and "True" not in message, message
    assert "null" in message and "true" in message, message


# --------------------------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------------------------


def test_cli_import_bad_json(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    doc = document("new")
    at(doc, *A1, "purposes", 0)["legal_basis"] = "whatever"
    bad.write_bytes(encode(doc))
    before = seeded.read_bytes()
    assert main(["import", str(seeded), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "organisations[0].activities[0].purposes[0].legal_basis" in err
    assert "whatever" in err
    assert "nothing was changed" in err
    assert seeded.read_bytes() == before


def test_cli_import_syntax_error(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"format": ')
    assert main(["import", str(seeded), str(bad)]) == 1
    captured = capsys.readouterr()
    assert "not valid JSON" in captured.err
    assert captured.out == ""


def test_cli_messages_use_the_registers_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = tmp_path / "fr.ropa"
    create_register(register, language="fr").close()
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"[]")
    assert main(["import", str(register), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "ce n’est pas un export de registre ropa" in err
    assert "rien n’a été modifié" in err


def test_cli_import_unknown_format(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "register.txt"
    text.write_bytes(encode(document("new")))
    before = seeded.read_bytes()
    assert main(["import", str(seeded), str(text)]) == 1
    err = capsys.readouterr().err
    assert "Unknown format" in err
    assert "register.txt" in err
    assert seeded.read_bytes() == before


def test_cli_import_missing_input(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(seeded), str(tmp_path / "nowhere.json")]) == 1
    assert "nowhere.json" in capsys.readouterr().err


def test_cli_import_then_export(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(encode(document("new")))
    assert main(["import", str(seeded), str(good)]) == 0
    out = tmp_path / "out.json"
    assert main(["export", str(seeded), "--format", "json", "-o", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["format"] == FORMAT_NAME
    assert {o["id"] for o in exported["organisations"]} == {"seed-org", "new-org"}
    capsys.readouterr()
    # To stdout, one organisation only.
    assert main(["export", str(seeded), "--format", "json", "--organisation", "new-org"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [o["id"] for o in printed["organisations"]] == ["new-org"]


def test_cli_export_unknown_format_is_a_usage_error(
    seeded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--format", "xml", str(seeded)])
    assert exit_info.value.code == 2
    assert "xml" in capsys.readouterr().err


def test_cli_export_without_format_is_a_usage_error(seeded: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(seeded)])
    assert exit_info.value.code == 2


def test_repeated_key_in_one_object_is_refused(seeded: Path) -> None:
    """JSON parsers keep the last of two equal keys; a register file must not lose one."""
    data = encode(document("new")).replace(
        b'"legal_name": "Organisation new"',
        b'"legal_name": "Organisation new", "legal_name": "Other"',
        1,
    )
    assert data.count(b'"legal_name"') >= 2
    error = refuse(seeded, data)
    assert_problem(error, "", "problem.duplicate_key")
    assert "legal_name" in error.message("fr")


def test_empty_country_is_refused_not_stored(seeded: Path) -> None:
    doc = document("new")
    at(doc, *ORG)["country"] = ""
    error = refuse(seeded, encode(doc))
    assert "organisations[0].country" in {p.path for p in error.problems}


def test_cli_export_of_an_unknown_organisation_fails(
    seeded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(seeded), "--format", "json", "--organisation", "no-such-id"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no-such-id" in captured.err
