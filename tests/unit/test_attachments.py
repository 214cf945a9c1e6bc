"""Documents kept inside the register (issue 18 item 4): attached to a contract, a DPIA, a
breach or an activity; their bytes stored once and read only when opened; undo and redo;
removal and the erasure of the bytes at the next open; a file too large refused with nothing
written; a damaged copy named; the JSON export carrying the files and refusing a document whose
files do not match."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from ropa.core import attachments as att
from ropa.core.edits import DeleteEdit
from ropa.core.errors import NotFoundError, RopaError, ValidationError
from ropa.core.register import create_register, open_register
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_document, export_json, import_json

SIGNED = b"%PDF-1.4\n% the signed processing agreement with Nimbus Hosting\n"


def _first(db: RegisterDatabase, model: type[Any]) -> str:
    with db.reader() as session:
        return str(session.execute(select(model.id).order_by(model.id)).scalars().first())


def _blob_count(db: RegisterDatabase) -> int:
    with db.reader() as session:
        return int(session.execute(select(func.count()).select_from(m.AttachmentBlob)).scalar())


def _without_documents(db: RegisterDatabase) -> RegisterDatabase:
    with db.transaction() as session:
        session.execute(m.Attachment.__table__.delete())
        att.purge_unused(session)
    return db


@pytest.fixture
def register(demo_register: RegisterDatabase) -> RegisterDatabase:
    """The demo register without its two documents (each test attaches its own)."""
    return _without_documents(demo_register)


def _attach(db: RegisterDatabase, table: str, owner: str, name: str, data: bytes) -> str:
    edit = att.AttachEdit(table, owner, name, data)
    edit.first(db)
    assert edit.entity_id is not None
    return edit.entity_id


def test_a_file_attached_to_each_kind_of_record_is_listed_and_read_back(
    register: RegisterDatabase,
) -> None:
    db = register
    owners = {
        "contract": _first(db, m.Contract),
        "dpia": _first(db, m.Dpia),
        "breach": _first(db, m.Breach),
        "activity": _first(db, m.Activity),
    }
    ids = {
        table: _attach(db, table, owner, f"{table}.pdf", SIGNED) for table, owner in owners.items()
    }
    with db.reader() as session:
        for table, owner in owners.items():
            rows = att.list_attachments(session, table, owner)
            assert [(r.id, r.name, r.size, r.media_type) for r in rows] == [
                (ids[table], f"{table}.pdf", len(SIGNED), "application/pdf")
            ]
        assert att.attachment_counts(session, "contract") == {owners["contract"]: 1}
    for attachment_id in ids.values():
        assert att.read_content(db, attachment_id)[1] == SIGNED
    # The same bytes four times: stored once.
    assert _blob_count(db) == 1


def test_lists_never_read_the_bytes(register: RegisterDatabase) -> None:
    """Opening the record's list reads names and sizes; the bytes only when a file is opened."""
    db = register
    contract = _first(db, m.Contract)
    _attach(db, "contract", contract, "big.bin", b"\x00" * 4096)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    engine = db.engine  # type: ignore[attr-defined]
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with db.reader() as session:
            att.list_attachments(session, "contract", contract)
            att.attachment_counts(session, "contract")
        assert statements and not any("attachment_blob" in s for s in statements)
        att.read_content(db, _first(db, m.Attachment))
        assert any("attachment_blob.data" in s for s in statements)
    finally:
        event.remove(engine, "before_cursor_execute", seen)


def test_undo_and_redo_of_an_attachment(register: RegisterDatabase) -> None:
    db = register
    dpia = _first(db, m.Dpia)
    edit = att.AttachEdit("dpia", dpia, "DPIA report.pdf", SIGNED, description="signed report")
    edit.first(db)
    edit.undo(db)
    with db.reader() as session:
        assert att.list_attachments(session, "dpia", dpia) == []
    edit.redo(db)
    with db.reader() as session:
        [row] = att.list_attachments(session, "dpia", dpia)
    assert row.id == edit.entity_id and row.description == "signed report"
    assert att.read_content(db, row.id) == ("DPIA report.pdf", SIGNED)


def test_removing_then_undoing_puts_the_file_back_and_reopening_erases_removed_bytes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "demo.ropa"
    db = _without_documents(create_register(path, demo=True))
    marker = b"UNIQUE-EVIDENCE-" + hashlib.sha256(b"x").hexdigest().encode()
    breach = _first(db, m.Breach)
    attachment = _attach(db, "breach", breach, "evidence.txt", marker * 50)
    removal = DeleteEdit("attachment", attachment)
    removal.first(db)
    removal.undo(db)  # the bytes were kept while the register is open
    assert att.read_content(db, attachment)[1] == marker * 50
    removal.redo(db)
    db.close()
    assert _blob_in_file(path)  # kept until the next open
    db = open_register(path)
    try:
        assert _blob_count(db) == 0
    finally:
        db.close()
    assert marker not in path.read_bytes()  # erased, pages overwritten (secure_delete)


def _blob_in_file(path: Path) -> bool:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return bool(connection.execute("SELECT count(*) FROM attachment_blob").fetchone()[0])


def test_reopening_keeps_the_files_still_attached(tmp_path: Path) -> None:
    path = tmp_path / "demo.ropa"
    db = _without_documents(create_register(path, demo=True))
    _attach(db, "activity", _first(db, m.Activity), "LIA.odt", SIGNED)
    db.close()
    before = path.read_bytes()
    db = open_register(path)
    try:
        assert att.read_content(db, _first(db, m.Attachment))[1] == SIGNED
    finally:
        db.close()
    assert path.read_bytes() == before  # nothing to erase: the file is not written


def test_deleting_the_record_takes_its_documents_and_undo_brings_them_back(
    register: RegisterDatabase,
) -> None:
    db = register
    contract = _first(db, m.Contract)
    attachment = _attach(db, "contract", contract, "DPA.pdf", SIGNED)
    deletion = DeleteEdit("contract", contract)
    deletion.first(db)
    with pytest.raises(NotFoundError):
        att.read_content(db, attachment)
    deletion.undo(db)
    assert att.read_content(db, attachment) == ("DPA.pdf", SIGNED)


def test_a_file_too_large_is_refused_before_anything_is_written(
    tmp_path: Path, register: RegisterDatabase
) -> None:
    db = register
    big = tmp_path / "scan.tiff"
    with big.open("wb") as handle:  # sparse: no 25 MB written to the disk
        handle.truncate(att.MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(RopaError) as refused:
        att.read_file(big)
    message = refused.value.message("en")
    assert "scan.tiff" in message and "26 MB" in message and "at most 25 MB" in message
    assert "26\u00a0Mo" not in message and "25 Mo au plus" in refused.value.message("fr")
    assert "26 MB groot" in refused.value.message("nl")
    with pytest.raises(RopaError):
        att.AttachEdit(
            "contract", _first(db, m.Contract), "scan.tiff", b"\0" * (att.MAX_ATTACHMENT_BYTES + 1)
        )
    with db.reader() as session:
        assert session.execute(select(func.count()).select_from(m.Attachment)).scalar() == 0
    assert _blob_count(db) == 0


def test_a_file_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    with pytest.raises(RopaError) as missing:
        att.read_file(tmp_path / "nowhere.pdf")
    assert "nowhere.pdf" in missing.value.message("en")
    with pytest.raises(RopaError) as folder:
        att.read_file(tmp_path)
    assert str(tmp_path) in folder.value.message("fr")


def test_a_damaged_copy_is_named_not_handed_out(register: RegisterDatabase) -> None:
    db = register
    attachment = _attach(db, "dpia", _first(db, m.Dpia), "report.pdf", SIGNED)
    with db.transaction() as session:
        session.execute(m.AttachmentBlob.__table__.update().values(data=b"tampered"))
    with pytest.raises(RopaError) as damaged:
        att.read_content(db, attachment)
    assert "report.pdf" in damaged.value.message("en")


def test_open_and_save_copies(tmp_path: Path, demo_register: RegisterDatabase) -> None:
    db = demo_register
    attachment = _attach(db, "contract", _first(db, m.Contract), "../DPA: v2?.pdf", SIGNED)
    opened = att.open_copy(db, attachment)
    assert opened.read_bytes() == SIGNED
    assert opened.name.endswith(".pdf") and "/" not in opened.name and ":" not in opened.name
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    att.save_copy(db, attachment, target)
    assert target.read_bytes() == SIGNED


# -- JSON --------------------------------------------------------------------------------------


def test_json_export_carries_each_file_once_and_imports_back(
    tmp_path: Path, register: RegisterDatabase
) -> None:
    db = register
    contract, dpia = _first(db, m.Contract), _first(db, m.Dpia)
    _attach(db, "contract", contract, "DPA.pdf", SIGNED)
    _attach(db, "dpia", dpia, "DPA copy.pdf", SIGNED)
    _attach(db, "dpia", dpia, "photo.jpg", b"\xff\xd8\xff jpeg")
    text = export_json(db)
    document = json.loads(text)
    assert document["format_version"] == 4
    key = hashlib.sha256(SIGNED).hexdigest()
    assert base64.b64decode(document["files"][key]) == SIGNED
    assert len(document["files"]) == 2
    other = create_register(tmp_path / "copy.ropa")
    try:
        import_json(other, text.encode())
        assert export_json(other) == text
        assert _blob_count(other) == 2
    finally:
        other.close()


def test_a_register_without_documents_exports_no_files(register: RegisterDatabase) -> None:
    assert "files" not in export_document(register)


def test_the_demo_keeps_a_signed_contract_and_the_dpo_advice(
    demo_register: RegisterDatabase,
) -> None:
    document = export_document(demo_register)
    names = {a["name"] for a in document["organisations"][0]["attachments"]}
    assert names == {"DPA-HAD-2024-117-v3-signe.pdf", "AIPD-2025-01-avis-DPO.pdf"}
    for text in document["files"].values():
        assert base64.b64decode(text).startswith(b"%PDF-")


def _one_attachment_document(db: RegisterDatabase) -> dict[str, Any]:
    _attach(db, "contract", _first(db, m.Contract), "DPA.pdf", SIGNED)
    return json.loads(export_json(db))


@pytest.mark.parametrize(
    ("spoil", "where", "problem"),
    [
        (
            lambda d, k: d["files"].__setitem__(k, base64.b64encode(b"other bytes").decode()),
            "files.",
            "problem.file_not_its_key",
        ),
        (
            lambda d, k: d["files"].__setitem__(k, "not base64 !"),
            "files.",
            "problem.file_not_base64",
        ),
        (lambda d, k: d.pop("files"), ".blob_id", "problem.file_missing"),
        (
            lambda d, k: d["files"].__setitem__("0" * 64, base64.b64encode(b"").decode()),
            "files." + "0" * 64,
            "problem.file_unused",
        ),
        (
            lambda d, k: d["organisations"][0]["attachments"][0].__setitem__("size", 3),
            ".size",
            "problem.file_size_differs",
        ),
        (
            lambda d, k: (
                d["organisations"][0]["attachments"][0].__setitem__("dpia_id", None)
                or d["organisations"][0]["attachments"][0].__setitem__("contract_id", None)
            ),
            "attachments[0]",
            "problem.attachment_owner",
        ),
    ],
)
def test_json_whose_files_do_not_match_is_refused_with_nothing_written(
    tmp_path: Path, register: RegisterDatabase, spoil: Any, where: str, problem: str
) -> None:
    document = _one_attachment_document(register)
    spoil(document, hashlib.sha256(SIGNED).hexdigest())
    target = create_register(tmp_path / "target.ropa")
    try:
        with pytest.raises(ValidationError) as refused:
            import_json(target, json.dumps(document).encode())
        found = [(p.path, p.key) for p in refused.value.problems]
        assert any(key == problem and where in path for path, key in found), found
        assert _blob_count(target) == 0
        with target.reader() as session:
            assert session.execute(select(func.count()).select_from(m.Organisation)).scalar() == 0
    finally:
        target.close()


def test_the_problems_read_in_each_language(register: RegisterDatabase) -> None:
    document = _one_attachment_document(register)
    document["files"] = {}
    with pytest.raises(ValidationError) as refused:
        import_json(register, json.dumps(document).encode())
    for lang in ("en", "fr", "nl"):
        text = refused.value.message(lang)
        assert "problem." not in text, text
