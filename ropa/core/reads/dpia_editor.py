"""What the impact assessment form reads beyond the assessment's own fields: its risks in their
order, and what the activities it covers record, for the systematic description drawn from
them (in the language of the organisation's documents). Plain values, one read each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from ropa.core.dpia_words import ActivityFacts
from ropa.core.handle import Register
from ropa.core.i18n import colon, duration_text, value_label
from ropa.core.labels import entity_label
from ropa.core.reads.rows import row_values
from ropa.db import models as m


def load_dpia_risks(db: Register, dpia_id: str | None) -> list[dict[str, Any]]:
    """The assessment's risks, in their order, as plain values ([] when it has none or does
    not exist any more)."""
    if dpia_id is None:
        return []
    r = m.DpiaRisk
    with db.reader() as session:
        query = select(r).where(r.dpia_id == dpia_id).order_by(r.position, r.id)
        return [row_values(risk) for risk in session.scalars(query)]


def _recipient(lang: str, recipient: m.ActivityRecipient) -> str:
    name = entity_label(recipient, lang)
    kind = value_label(lang, "recipient_kind", recipient.kind.value) if recipient.kind else ""
    return f"{name} ({kind})" if kind and kind != name else name


def _category(lang: str, used: m.ActivityDataCategory) -> str:
    name = entity_label(used, lang)
    detail = (used.detail or "").strip()
    return f"{name} ({detail})" if detail else name


def _phase(lang: str, phase: m.RetentionPhase) -> str:
    """A retention phase in words: its kind, then its duration or its criterion, whole
    ("Archivage intermédiaire : 10 ans")."""
    head = value_label(lang, "retention_phase_kind", phase.phase.value) if phase.phase else ""
    if phase.duration_value is not None and phase.duration_unit is not None:
        tail = duration_text(lang, phase.duration_value, phase.duration_unit.value)
    else:
        tail = (phase.criterion or "").strip()
    if head and tail:
        return f"{head}{colon(lang)}{tail}"
    return head or tail or entity_label(phase, lang)


def load_activity_facts(
    db: Register, activity_ids: Sequence[str], lang: str
) -> list[ActivityFacts]:
    """What each of these activities records that describes the processing (purposes, data
    categories, data subjects, recipients, retention periods), by reference; its texts are
    those of the organisation's main language (the register's own), closed values in `lang`."""
    a = m.Activity
    with db.reader() as session:
        query = select(a).where(a.id.in_(list(activity_ids))).order_by(a.reference, a.id)
        return [
            ActivityFacts(
                reference=activity.reference,
                name=activity.name,
                purposes=tuple(p.description for p in activity.purposes if p.description),
                data_categories=tuple(_category(lang, c) for c in activity.data_categories),
                data_subjects=tuple(s.name for s in activity.data_subjects),
                recipients=tuple(_recipient(lang, r) for r in activity.recipients),
                retention=tuple(_phase(lang, p) for p in activity.retention_phases),
            )
            for activity in session.scalars(query)
        ]
