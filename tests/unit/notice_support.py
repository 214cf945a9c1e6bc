"""Hand-made notice documents for the renderers' tests: every block type, links, and texts a
user could type that a careless renderer would turn into markup. And for the builder's tests:
a register file changed directly (any column of every row, as a test needs it), copied, and a
notice read as plain text."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import JSON

from ropa.core.register import open_register
from ropa.db.base import Base
from ropa.db.session import RegisterDatabase
from ropa.db.translations import translation_columns
from ropa.exports.notice.model import (
    BulletList,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
    Subheading,
    Table,
)

# Register texts that must come out literally in every format.
HOSTILE = (
    "<script>alert(1)</script>",
    '"onerror=alert(1) x="',
    "Dupont & Fils &amp; Cie",
    "**not bold** _not italic_ [not a link](http://evil.example) # not a heading",
    "`code` | pipe | <b>bold?</b>",
    "=1+1",
)


def sample_document(lang: str = "en", *, hostile: bool = False) -> NoticeDocument:
    """A two-section notice; with hostile=True every user text is one of HOSTILE."""

    def user(text: str, index: int) -> str:
        return HOSTILE[index % len(HOSTILE)] if hostile else text

    sections = (
        Section(
            key="controller",
            title="Who is responsible for your data",
            blocks=(
                Paragraph.of(
                    user("Clairbois Informatique SRL", 0), ", Rue de la Gare 12, 5000 Namur."
                ),
                Paragraph.of(
                    "Write to us at ",
                    Span("privacy@clairbois.example", href="mailto:privacy@clairbois.example"),
                    " or visit ",
                    Span("https://clairbois.example", href="https://clairbois.example"),
                    ".",
                ),
                BulletList.of(
                    "Enterprise number: BE 0123.456.789",
                    (Span("VAT: ", strong=True), Span(user("BE0123456789", 1))),
                ),
            ),
        ),
        Section(
            key="retention",
            title="How long we keep your data",
            blocks=(
                Subheading(user("Clients", 2)),
                Table(
                    headers=("Purpose", "Active use", "Archive"),
                    rows=(
                        (
                            user("Managing contracts", 3),
                            "Duration of the contract",
                            "5 years\nfrom the end of the contract",
                        ),
                        (user("Invoicing", 4), "1 year", user("10 years", 5)),
                    ),
                    caption=user("Retention periods", 1),
                ),
                Paragraph.of(user("Then we delete them.", 2)),
            ),
        ),
    )
    return NoticeDocument(
        lang=lang,
        audience="clients",
        organisation_id="org-1",
        organisation_name=user("Clairbois Informatique SRL", 0),
        title="Privacy notice",
        subtitle="For our clients",
        version=3,
        published=True,
        updated=date(2026, 11, 20),
        version_line="Version 3 \u2013 last updated 20 November 2026",
        sections=sections,
    )


# -- registers changed for a test --------------------------------------------------------------

Change = tuple[str, str, Any, str]
"""(table, column, value, where): set column to value on the rows of table matching the SQL
condition where ("" for every row)."""


def children_of(field: str | None) -> str | None:
    """For a field naming a list of child rows ("activity.transfers"): the child table."""
    table, _, name = (field or "").partition(".")
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table and name in mapper.relationships:
            return str(getattr(mapper.relationships[name].mapper.local_table, "name", ""))
    return None


def column_of(table: str, column: str) -> Any:
    return Base.metadata.tables[table].columns[column]


def _stored(table: str, column: str, value: Any) -> Any:
    """value as SQLite stores it for that column."""
    if value is None:
        return None
    if isinstance(column_of(table, column).type, JSON):
        return json.dumps(value)
    if isinstance(value, bool):
        return int(value)
    return value


def _set(
    connection: sqlite3.Connection, table: str, column: str, value: Any, where: str = ""
) -> None:
    """Set column on every row of table (and, for an unknown text, its translations too:
    they would otherwise be shown in its place). A list of child rows can only be emptied."""
    children = children_of(f"{table}.{column}")
    if children is not None:
        assert value == [], f"{table}.{column}: child rows can only be emptied ([])"
        connection.execute(f"DELETE FROM {children}")
        return
    columns = [column]
    if value is None:
        columns += [c for c, (f, _) in translation_columns(table).items() if f == column]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    sql = f"UPDATE {table} SET {assignments}" + (f" WHERE {where}" if where else "")
    connection.execute(sql, [_stored(table, column, value)] * len(columns))


def apply_changes(path: Path, changes: Iterable[Change]) -> None:
    """Change a closed register file directly (no service: a test may need any value)."""
    connection = sqlite3.connect(path)
    try:
        for table, column, value, where in changes:
            _set(connection, table, column, value, where)
        connection.commit()
    finally:
        connection.close()


def open_copy(source: Path, tmp_path: Path, changes: Iterable[Change] = ()) -> RegisterDatabase:
    """A copy of the register file at source, in tmp_path, with changes applied, opened."""
    target = tmp_path / f"copy-{len(list(tmp_path.iterdir()))}.ropa"
    shutil.copyfile(source, target)
    apply_changes(target, changes)
    return open_register(target)


def notice_text(doc: NoticeDocument) -> str:
    """Everything a reader of the notice sees, as lines of plain text."""
    lines = [doc.title, doc.subtitle, doc.version_line]
    for section in doc.sections:
        lines.append(section.title)
        lines.extend(section.lines())
    return "\n".join(lines)
