"""An impact assessment and what its report prints about the organisation, read once as plain
values.

The assessment's own texts (description, necessity, measures, risks...) exist in the
organisation's main language only: they are kept as typed. The names of the activities it
covers are read in the report's language; where one has no text there, the main-language one
is shown marked ("[FR] ...").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ropa.core.attachments import list_attachments
from ropa.core.authorities import Authority, competent_authority
from ropa.core.dpias import DpiaState, RiskRating, dpia_state
from ropa.core.errors import NotFoundError, Term
from ropa.core.handle import Register
from ropa.core.text_languages import fallback_mark
from ropa.db import models as m
from ropa.db.translations import translated


@dataclass(frozen=True)
class RiskRecord:
    """One risk of the assessment (Art. 35(7)(c)), its measures and what they leave."""

    source: str | None
    impact: str | None
    measures: str | None
    before: RiskRating
    after: RiskRating


@dataclass(frozen=True)
class DpiaRecord:
    """One impact assessment with its organisation, in one document language (`lang`)."""

    lang: str
    main: str
    """The organisation's main language: the language of the assessment's own texts."""
    organisation_id: str
    legal_name: str
    legal_form: str | None
    dpo_designated: bool | None
    authority: Authority | None
    # The assessment
    name: str
    status: str | None
    state: DpiaState
    started_on: date | None
    completed_on: date | None
    review_on: date | None
    description: str | None
    necessity: str | None
    measures: str | None
    residual_risk: str | None
    dpo_advice: str | None
    dpo_advice_on: date | None
    people_views: str | None
    decision: str | None
    decision_by: str | None
    decision_on: date | None
    prior_consultation: str | None
    consulted_on: date | None
    authority_reply: str | None
    activities: tuple[str, ...]
    """ "T-09 – Video surveillance" for each activity covered, named in `lang`."""
    risks: tuple[RiskRecord, ...]
    documents: tuple[str, ...] = ()
    """The documents kept with the assessment in the register: "file name (what it is)"."""

    @property
    def organisation_name(self) -> str:
        """The legal name with the legal form when it does not already end with it:
        "Clairbois SRL", "Guichet du Numérique, société coopérative"."""
        name = self.legal_name
        form = self.legal_form
        if form and form not in name:
            name = f"{name}, {form}" if " " in form.strip() else f"{name} {form}"
        return name


def _text(value: object) -> str | None:
    """A stored text, or None when empty (spaces only count as empty)."""
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def _value(enum_or_none: object) -> str | None:
    return None if enum_or_none is None else str(getattr(enum_or_none, "value", enum_or_none))


def _in_language(row: Any, field: str, lang: str, main: str, *, mark: bool = True) -> str | None:
    """A translatable text of `row` in `lang`; without one, the main-language one, marked
    ("[FR] ...") unless `mark` is False (the organisation's own names)."""
    main_text = _text(getattr(row, field))
    if lang == main:
        return main_text
    text = _text(getattr(row, translated(field, lang), None))
    if text is not None or main_text is None:
        return text
    return fallback_mark(main) + main_text if mark else main_text


def load_record(db: Register, dpia_id: str, lang: str, today: date) -> DpiaRecord:
    """The assessment `dpia_id` in `lang`, where it stands on `today`; NotFoundError when the
    register has no such assessment."""
    with db.reader() as session:
        dpia = session.get(m.Dpia, dpia_id)
        if dpia is None:
            raise NotFoundError(entity=Term("table.dpia"), id=dpia_id)
        org = dpia.organisation
        main = _value(org.language) or "fr"
        activities = tuple(
            " \u2013 ".join(p for p in (a.reference, _in_language(a, "name", lang, main)) if p)
            for a in dpia.activities
        )
        risks = tuple(
            RiskRecord(
                source=_text(r.source),
                impact=_text(r.impact),
                measures=_text(r.measures),
                before=RiskRating.of(_value(r.likelihood), _value(r.severity)),
                after=RiskRating.of(_value(r.likelihood_after), _value(r.severity_after)),
            )
            for r in sorted(dpia.risks, key=lambda r: (r.position, r.id))
        )
        status = _value(dpia.status)
        return DpiaRecord(
            lang=lang,
            main=main,
            organisation_id=org.id,
            legal_name=_in_language(org, "legal_name", lang, main, mark=False) or org.legal_name,
            legal_form=_in_language(org, "legal_form", lang, main, mark=False),
            dpo_designated=org.dpo_designated,
            authority=competent_authority(org.country, org.supervisory_authority),
            name=dpia.name,
            status=status,
            state=dpia_state(status, dpia.review_on, today),
            started_on=dpia.started_on,
            completed_on=dpia.completed_on,
            review_on=dpia.review_on,
            description=_text(dpia.description),
            necessity=_text(dpia.necessity),
            measures=_text(dpia.measures),
            residual_risk=_value(dpia.residual_risk),
            dpo_advice=_text(dpia.dpo_advice),
            dpo_advice_on=dpia.dpo_advice_on,
            people_views=_text(dpia.people_views),
            decision=_value(dpia.decision),
            decision_by=_text(dpia.decision_by),
            decision_on=dpia.decision_on,
            prior_consultation=_value(dpia.prior_consultation),
            consulted_on=dpia.consulted_on,
            authority_reply=_text(dpia.authority_reply),
            activities=activities,
            risks=risks,
            documents=tuple(
                f"{d.name} ({d.description})" if d.description else d.name
                for d in list_attachments(session, "dpia", dpia.id)
            ),
        )
