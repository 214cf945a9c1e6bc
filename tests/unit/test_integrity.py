"""SQLite's quick check reads the whole file (about 0.25 s at 10,000 activities): it is
skipped for a file exactly as ropa last found it whole or left it, and never for one changed
since by anything else."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from ropa.core import integrity
from ropa.core.errors import RegisterFileError
from ropa.core.register import create_register, open_register


def _created(tmp_path: Path) -> Path:
    path = tmp_path / "firm.ropa"
    create_register(path, demo=True).close()
    return path


def _damage_a_page(path: Path) -> None:
    """Overwrite the middle of the second page (a b-tree page) with garbage, same size."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    start = page + 8
    data[start : start + 64] = b"\xff" * 64
    stat = path.stat()
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))


def test_a_file_ropa_closed_cleanly_is_remembered_and_opens_without_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _created(tmp_path)
    open_register(path).close()
    assert integrity.was_verified(path)
    assert integrity.memo_path().stat().st_mode & 0o777 == 0o600
    asked: list[bool] = []
    was_verified = integrity.was_verified
    monkeypatch.setattr(
        integrity, "was_verified", lambda p: asked.append(was_verified(p)) or asked[-1]
    )
    db = open_register(path)  # no quick check: the file is as ropa left it
    with db.reader() as session:
        assert session.execute(text("SELECT count(*) FROM activity")).scalar_one() > 0
    db.close()
    assert asked == [True]


def test_a_file_changed_since_is_checked_again_and_refused_when_damaged(tmp_path: Path) -> None:
    path = _created(tmp_path)
    open_register(path).close()
    assert integrity.was_verified(path)
    _damage_a_page(path)
    assert not integrity.was_verified(path)
    before = path.read_bytes()
    with pytest.raises(RegisterFileError) as info:
        open_register(path)
    assert info.value.key.startswith("error.file.")
    assert "damaged" in info.value.message("en")
    assert path.read_bytes() == before
    assert not integrity.was_verified(path)


def test_a_write_ahead_log_beside_the_file_means_checking_again(tmp_path: Path) -> None:
    path = _created(tmp_path)
    open_register(path).close()
    assert integrity.was_verified(path)
    Path(f"{path}-wal").write_bytes(b"x" * 32)
    assert integrity.fingerprint(path) is None
    assert not integrity.was_verified(path)


def test_damage_done_by_another_program_while_ropa_had_it_open_is_not_remembered(
    tmp_path: Path,
) -> None:
    """ropa checks the file when it closes it: what a sync client or another tool did to it
    meanwhile is seen, and the next opening refuses the file."""
    path = _created(tmp_path)
    db = open_register(path)
    _damage_a_page(path)
    db.close()
    assert not integrity.was_verified(path)
    with pytest.raises(RegisterFileError) as info:
        open_register(path)
    assert "damaged" in info.value.message("en")


def test_damage_met_while_using_a_register_is_said_as_such(tmp_path: Path) -> None:
    """Not "ropa did not open it": ropa had opened it; what it was doing was not done."""
    path = _created(tmp_path)
    db = open_register(path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for start in range(page, len(data), page):  # every page but the first: any read fails
        data[start : start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    try:
        with pytest.raises(RegisterFileError) as info:
            with db.reader() as session:
                session.execute(text("SELECT count(*) FROM activity")).scalar_one()
    finally:
        db.close()
    assert info.value.key == "error.file.damaged_in_use"
    said = info.value.message("fr")
    assert "en l’utilisant" in said and "n’a pas ouvert" not in said
    assert not integrity.was_verified(path)
