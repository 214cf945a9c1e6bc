"""Publishing the notice: numbered versions, no new version without a change, and what changed
since the last one, section by section."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from ropa.core import services
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.notice.builder import build_notice, content_hash, version_line
from ropa.exports.notice.versions import (
    PUBLISHED_KEY,
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


# -- the firm's own version label ------------------------------------------------------------


def _label(db: Any, label: str | None, own_date: date | None) -> None:
    with db.transaction() as s:
        org_id = s.scalars(select(m.Organisation.id)).first()
        services.update(
            s,
            m.Organisation,
            org_id,
            {"notice_version_label": label, "notice_version_date": own_date},
        )


def test_a_published_version_shows_the_firms_label_as_published(demo) -> None:
    _label(demo, "v2.3", date(2026, 3, 1))
    first = publish_notice(demo)
    assert first.created and first.number == 1
    [info] = list_versions(demo)
    assert info.number == 1 and info.label == "v2.3"  # the history names both
    shown = load_version(demo, info.id, lang="fr")
    assert shown.version_line == "Version v2.3 \u2013 mise à jour le 1er mars 2026"
    assert shown.version == 1  # ropa's number still keys the version

    # A new label alone is not a change of the notice: no new version, the first one keeps
    # the line it was published with, and the status says which line that was.
    _label(demo, "v2.4", date(2026, 4, 15))
    current = build_notice(demo, lang="fr")
    assert current.version_line == "Version v2.4 \u2013 mise à jour le 15 avril 2026"
    assert current.published and current.version == 1
    status = notice_status(demo, current)
    assert status.up_to_date and status.changes == ()
    assert status.published_line == "Version v2.3 \u2013 mise à jour le 1er mars 2026"
    assert not publish_notice(demo).created
    assert load_version(demo, info.id, lang="fr").version_line.startswith("Version v2.3 ")

    # With a change of the notice, the next version is published with the new label.
    with demo.transaction() as s:
        services.update(
            s, m.Activity, _activity(demo, "T-03").id, {"public_description": "Une lettre."}
        )
    second = publish_notice(demo)
    assert second.created and second.number == 2
    newest, oldest = list_versions(demo)
    assert (newest.label, oldest.label) == ("v2.4", "v2.3")
    assert load_version(demo, newest.id, lang="fr").version_line == (
        "Version v2.4 \u2013 mise à jour le 15 avril 2026"
    )
    assert load_version(demo, oldest.id, lang="fr").version_line.startswith("Version v2.3 ")


def test_without_a_label_a_version_shows_its_number_and_publication_day(demo) -> None:
    publish_notice(demo)
    [info] = list_versions(demo)
    assert info.label is None
    day = info.published_at.astimezone().date()
    shown = load_version(demo, info.id, lang="fr")
    assert shown.version_line == version_line("fr", 1, day)
    assert shown.version_line.startswith("Version 1 \u2013 mise à jour le ")
    # The notice as the register makes it now is that version, with the same line.
    current = build_notice(demo, lang="fr")
    assert current.version_line == shown.version_line
    assert notice_status(demo, current).published_line is None  # nothing to say about it


def test_the_version_line_is_not_part_of_the_hash(demo) -> None:
    _label(demo, "2026-03", None)
    publish_notice(demo)
    with demo.reader() as s:
        row = s.scalars(select(m.NoticeVersion)).one()
        stored, hashes = row.contents["fr"], row.hashes
    # The hash is that of what the notice says (as before lines were kept), not of its line.
    assert hashes["fr"] == content_hash(build_notice(demo, lang="fr").content())
    assert stored[PUBLISHED_KEY]["line"].startswith("Version 2026-03 \u2013 ")
    assert stored[PUBLISHED_KEY]["label"] == "2026-03" and stored[PUBLISHED_KEY]["date"] is None


def test_a_version_stored_before_lines_were_kept_shows_as_it_did(demo) -> None:
    """A version published by an earlier ropa has no stored line: ropa's number and the day
    it was published, as before."""
    _label(demo, "v9", date(2026, 1, 2))
    publish_notice(demo)
    with demo.transaction() as s:
        row = s.scalars(select(m.NoticeVersion)).one()
        row.contents = {
            lang: {k: v for k, v in content.items() if k != PUBLISHED_KEY}
            for lang, content in row.contents.items()
        }
    [info] = list_versions(demo)
    assert info.label is None
    day = info.published_at.astimezone().date()
    assert load_version(demo, info.id, lang="fr").version_line == version_line("fr", 1, day)
    status = notice_status(demo, build_notice(demo, lang="fr"))
    assert status.up_to_date and status.published_line is None
    assert not publish_notice(demo).created  # the same content: still no new version


def test_another_language_keeps_the_line_it_was_published_with(demo) -> None:
    _label(demo, "v1.0", date(2026, 2, 1))
    publish_notice(demo, lang="nl")
    _label(demo, "v1.1", date(2026, 3, 1))
    with demo.transaction() as s:
        services.update(
            s, m.Activity, _activity(demo, "T-03").id, {"public_description": "Une lettre."}
        )
    publish_notice(demo, lang="fr")
    newest, _first = list_versions(demo)
    assert newest.label == "v1.1"  # the language published under this number
    # Version 2 still holds the Dutch notice published as version 1, with its line.
    dutch = load_version(demo, newest.id, lang="nl")
    assert dutch.version_line == "Versie v1.0 \u2013 bijgewerkt op 1 februari 2026"
    assert dutch.organisation_name == "Clairbois Informatique BV"  # as the Dutch header said
    french = load_version(demo, newest.id, lang="fr")
    assert french.version_line == "Version v1.1 \u2013 mise à jour le 1er mars 2026"
    # The Dutch notice now carries the new label; the page says what it was published with.
    status = notice_status(demo, build_notice(demo, lang="nl"))
    assert status.up_to_date and status.published_line == dutch.version_line


def test_a_language_kept_from_an_earlier_version_is_no_label_change(demo) -> None:
    """Without labels, a language carried unchanged into a later version shows that version's
    number now and its own line in the record: ropa's numbering, nothing to report."""
    publish_notice(demo, lang="fr")
    with demo.transaction() as s:
        services.update(
            s, m.Activity, _activity(demo, "T-03").id, {"public_description_nl": "Een brief."}
        )
    assert publish_notice(demo, lang="nl").number == 2
    newest, _first = list_versions(demo)
    assert load_version(demo, newest.id, lang="fr").version_line.startswith("Version 1 ")
    status = notice_status(demo, build_notice(demo, lang="fr"))
    assert status.up_to_date and status.published_line is None
