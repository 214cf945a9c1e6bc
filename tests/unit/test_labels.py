"""What an edit says of the entry it changed ("Saved the change to “…”") is in words, in the
interface's language: a retention phase was shown as "intermediate_archive: 7 years"."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select

from ropa.core.edits import UpdateEdit
from ropa.core.labels import entity_label
from ropa.db import models as m
from ropa.db.enums import RetentionPhaseKind

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def _archive_phase(db: Any) -> tuple[str, int]:
    with db.reader() as s:
        phase = s.scalars(
            select(m.RetentionPhase).where(
                m.RetentionPhase.phase == RetentionPhaseKind.INTERMEDIATE_ARCHIVE,
                m.RetentionPhase.duration_value.is_not(None),
            )
        ).first()
        assert phase is not None
        return phase.id, phase.version


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "Archivage intermédiaire\u00a0: 7 ans"),
        ("nl", "Tussentijdse archivering: 7 jaar"),
        ("en", "Intermediate archive: 7 years"),
    ],
)
def test_an_edited_retention_phase_is_named_in_words(
    demo_register: Any, lang: str, expected: str
) -> None:
    phase_id, version = _archive_phase(demo_register)
    edit = UpdateEdit("retention_phase", phase_id, {"duration_value": 7}, version=version)
    edit.label_lang = lang
    edit.first(demo_register)
    assert edit.label == expected


def test_no_entry_of_the_demo_is_named_by_an_id_or_a_key(demo_register: Any) -> None:
    with demo_register.reader() as s:
        for model in (m.RetentionPhase, m.Transfer, m.ActivityRecipient, m.Purpose, m.Activity):
            for obj in s.scalars(select(model)):
                for lang in ("fr", "nl", "en"):
                    shown = entity_label(obj, lang)
                    assert shown and not UUID.search(shown), (model, shown)
                    assert "_" not in shown.split(":")[0], (model, shown)
