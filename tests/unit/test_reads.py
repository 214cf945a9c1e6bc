"""The core's reads (ropa.core.reads): plain values only, one rule for the organisation shown and
for a new activity's reference, and no Qt anywhere."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from ropa.core import services
from ropa.core.reads.activities import activity_rows, new_activity_values
from ropa.core.reads.activity import CHOICE_TABLES, load_activity_data
from ropa.core.reads.organisation import organisation_ids, organisation_name, shown_organisation
from ropa.core.reads.record import load_record
from ropa.core.reads.rows import plain, row_values
from ropa.db import models as m
from ropa.db.base import Base
from ropa.db.enums import Role
from ropa.db.session import RegisterDatabase

PLAIN = (str, int, float, bool, date, datetime, type(None))


def _is_plain(value: Any) -> bool:
    if isinstance(value, Enum) or isinstance(value, Base):
        return False
    if isinstance(value, dict):
        return all(_is_plain(k) and _is_plain(v) for k, v in value.items())
    if isinstance(value, list | tuple | set):
        return all(_is_plain(item) for item in value)
    if is_dataclass(value):
        return all(_is_plain(getattr(value, f.name)) for f in fields(value))
    return isinstance(value, PLAIN)


def test_the_reads_import_no_qt() -> None:
    modules = [
        "activities", "activity", "catalogues", "cookies", "dashboard", "history", "notice",
        "organisation", "parties", "record", "rows", "templates",
    ]  # fmt: skip
    code = "".join(f"import ropa.core.reads.{name}\n" for name in modules)
    code += "import sys\nassert not any(n.startswith('PySide6') for n in sys.modules)\n"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_row_is_every_column_as_plain_values(demo_register: RegisterDatabase) -> None:
    with demo_register.reader() as session:
        organisation = session.query(m.Organisation).first()
        assert organisation is not None
        values = row_values(organisation)
        columns = {column.key for column in m.Organisation.__table__.columns}
    assert set(values) == columns and "version" in values
    assert values["language"] == organisation.language.value
    assert _is_plain(values)
    items = [1, 2]
    assert plain(items) == items and plain(items) is not items
    assert plain(Role.PROCESSOR) == "processor"


def test_the_organisation_shown_is_the_wanted_one_else_the_first(
    demo_register: RegisterDatabase, empty_register: RegisterDatabase
) -> None:
    ids = organisation_ids(demo_register)
    with demo_register.transaction() as session:
        values = {"legal_name": "Second SA", "country": "BE", "language": "en"}
        second = services.create_organisation(session, values, seed=False).id
    ids = organisation_ids(demo_register)
    assert ids[1] == second
    for among in (demo_register, ids):
        assert shown_organisation(second, among) == second
        assert shown_organisation(None, among) == ids[0]
        assert shown_organisation("gone", among) == ids[0]
    assert shown_organisation("gone", empty_register) is None
    assert shown_organisation(None, []) is None
    assert organisation_name(demo_register, second) == "Second SA"
    assert organisation_name(demo_register, "gone") is None


def test_a_new_activity_gets_the_next_free_reference_of_its_kind(
    demo_register: RegisterDatabase,
) -> None:
    organisation_id = shown_organisation(None, demo_register)
    assert organisation_id is not None
    taken = {row.reference for row in activity_rows(demo_register, organisation_id)}
    for role, prefix in ((Role.CONTROLLER, "T-"), (Role.PROCESSOR, "ST-")):  # the demo's
        values = new_activity_values(demo_register, organisation_id, role)
        assert values["role"] == role.value
        assert values["reference"].startswith(prefix) and values["reference"] not in taken
    empty = {"legal_name": "Empty SA", "country": "BE", "language": "en"}
    with demo_register.transaction() as session:
        other = services.create_organisation(session, empty, seed=False).id
    assert new_activity_values(demo_register, other, Role.JOINT_CONTROLLER)["reference"] == "T-01"
    assert new_activity_values(demo_register, other, Role.PROCESSOR)["reference"] == "P-01"


def test_the_editors_read_plain_values(demo_register: RegisterDatabase) -> None:
    row = activity_rows(demo_register)[0]
    data = load_activity_data(demo_register, row.id)
    assert data is not None and _is_plain(data)
    assert data.activity["reference"] == row.reference
    assert set(data.choices) == set(CHOICE_TABLES)
    assert load_activity_data(demo_register, "gone") is None
    record = load_record(demo_register, m.Organisation, row.organisation_id)
    assert record is not None and _is_plain(record)
    assert record["_label"] == organisation_name(demo_register, row.organisation_id)
    assert load_record(demo_register, m.Organisation, "gone") is None
