"""Publishing the notice: numbered versions, no new version without a change, and what changed
since the last one, section by section."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from ropa.core import services
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.notice.builder import build_notice
from ropa.exports.notice.versions import (
    NotReadyError,
    list_versions,
    load_version,
    notice_status,
    publish_notice,
)


@pytest.fixture
def demo(tmp_path) -> Any:
    db = create_register(tmp_path / "demo.ropa", demo=True)
    yield db
    db.close()


def _activity(db: Any, reference: str) -> m.Activity:
    with db.reader() as s:
        return s.scalars(select(m.Activity).where(m.Activity.reference == reference)).one()


def _history_count(db: Any) -> int:
    with db.reader() as s:
        return int(s.execute(select(func.count()).select_from(m.Change)).scalar_one())


def test_publishing_twice_without_a_change_makes_one_version(demo) -> None:
    history = _history_count(demo)
    first = publish_notice(demo)
    assert first.created and first.number == 1
    again = publish_notice(demo)
    assert not again.created and again.number == 1
    versions = list_versions(demo)
    assert [v.number for v in versions] == [1]
    assert versions[0].published_by == demo.user and versions[0].register_version >= 1
    # Publishing is a record beside the register, not a change of it.
    assert _history_count(demo) == history
    # Published in the register's main language (the default), and only in it.
    doc = build_notice(demo, lang="fr")
    assert doc.published and doc.version == 1
    assert notice_status(demo, doc).up_to_date
    other = build_notice(demo, lang="en")
    assert not other.published and notice_status(demo, other).latest is None


def test_a_change_is_named_by_its_section_and_publishing_makes_version_two(demo) -> None:
    publish_notice(demo)
    newsletter = _activity(demo, "T-03")
    with demo.transaction() as s:
        services.update(
            s, m.Activity, newsletter.id, {"public_description": "Nous envoyons une lettre."}
        )
    doc = build_notice(demo, lang="fr")
    assert not doc.published and doc.version == 2
    status = notice_status(demo, doc)
    assert status.register_changed_after and not status.up_to_date
    assert [c.key for c in status.changes] == ["data"]
    [change] = status.changes
    assert change.kind == "changed" and change.title == "Les données que nous traitons"
    assert "Nous envoyons une lettre." in change.added
    assert any("Clairbois Infos" in line or "lettre" in line for line in change.removed)

    result = publish_notice(demo)
    assert result.created and result.number == 2
    assert [v.number for v in list_versions(demo)] == [2, 1]
    assert build_notice(demo, lang="fr").published
    # The first version still shows what it said.
    old = load_version(demo, list_versions(demo)[1].id, lang="fr")
    assert old.version == 1 and "Nous envoyons une lettre." not in str(old.content())


def test_a_register_change_outside_the_notice_leaves_it_up_to_date(demo) -> None:
    publish_notice(demo)
    outside = _activity(demo, "T-13")  # an activity that is not in the notice
    with demo.transaction() as s:
        services.update(s, m.Activity, outside.id, {"name": "Journalisation (renommée)"})
    status = notice_status(demo, build_notice(demo, lang="fr"))
    assert status.register_changed_after  # the register moved on ...
    assert status.up_to_date  # ... but nothing the notice says changed
    assert not publish_notice(demo).created


def test_a_removed_section_is_named(demo) -> None:
    publish_notice(demo, audience="website_visitors")
    with demo.reader() as s:
        cookie_ids = list(s.scalars(select(m.Cookie.id)))
    with demo.transaction() as s:
        for cookie_id in cookie_ids:
            services.delete(s, m.Cookie, cookie_id)
    status = notice_status(demo, build_notice(demo, lang="fr", audience="website_visitors"))
    assert ("cookies", "removed") in [(c.key, c.kind) for c in status.changes]


def test_each_audience_has_its_own_numbers(demo) -> None:
    assert publish_notice(demo, audience="candidates").number == 1
    assert publish_notice(demo).number == 1
    assert [v.number for v in list_versions(demo, audience="candidates")] == [1]
    assert list_versions(demo, audience="employees") == []


def test_a_notice_that_is_not_ready_is_not_published(tmp_path) -> None:
    db = create_register(tmp_path / "empty.ropa")
    with db.transaction() as s:
        services.create_organisation(
            s, {"legal_name": "Vide SRL", "country": "BE", "language": "fr", "email": "a@b.be"}
        )
    with pytest.raises(NotReadyError) as raised:
        publish_notice(db)
    message = raised.value.message("fr")
    assert "pas prête" in message and "Aucune activité" in message
    assert list_versions(db) == []
    db.close()
