"""A breach and what its drafts print about the organisation, read once as plain values.

The breach's own texts (what happened, consequences, measures...) exist in the organisation's
main language only: they are kept as typed. The names of what the breach is linked to
(activities, categories) and the organisation's translatable texts are read in the document's
language; where one has no text there, the main-language one is shown marked ("[FR] ...").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ropa.core.authorities import Authority, competent_authority
from ropa.core.errors import NotFoundError, Term
from ropa.core.handle import Register
from ropa.core.text_languages import fallback_mark
from ropa.db import models as m
from ropa.db.translations import translated


@dataclass(frozen=True)
class DataCategoryName:
    name: str
    special: bool  # Art. 9
    criminal: bool  # Art. 10


@dataclass(frozen=True)
class BreachRecord:
    """One breach with its organisation, in one document language (`lang`)."""

    lang: str
    main: str
    """The organisation's main language: the language of the breach's own texts."""
    organisation_id: str
    # The organisation
    legal_name: str
    legal_form: str | None
    trade_name: str | None
    country: str
    street: str | None
    postcode: str | None
    city: str | None
    enterprise_number: str | None
    siren: str | None
    vat_number: str | None
    email: str | None
    phone: str | None
    dpo_designated: bool | None
    dpo_name: str | None
    dpo_email: str | None
    dpo_phone: str | None
    legal_representative: str | None
    authority: Authority | None
    # The breach
    name: str
    discovered_at: datetime | None
    occurred_on: date | None
    how_discovered: str | None
    description: str | None
    natures: tuple[str, ...]
    people_count: int | None
    records_count: int | None
    consequences: str | None
    risk: str | None
    risk_reasoning: str | None
    measures_taken: str | None
    measures_proposed: str | None
    authority_notified_at: datetime | None
    authority_reference: str | None
    delay_reasons: str | None
    people_informed_on: date | None
    people_informed_how: str | None
    inform_exception: str | None
    clients_informed_at: datetime | None
    # What it is linked to, named in `lang`
    activities: tuple[str, ...]
    """ "T-04 – Recruitment" for each activity concerned."""
    data_categories: tuple[DataCategoryName, ...]
    data_subjects: tuple[str, ...]
    clients: tuple[str, ...]

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
    ("[FR] ...") unless `mark` is False (the organisation's own names: its legal name is the
    same in every language unless the register says otherwise)."""
    main_text = _text(getattr(row, field))
    if lang == main:
        return main_text
    text = _text(getattr(row, translated(field, lang), None))
    if text is not None or main_text is None:
        return text
    return fallback_mark(main) + main_text if mark else main_text


def load_record(db: Register, breach_id: str, lang: str) -> BreachRecord:
    """The breach `breach_id` in `lang`; NotFoundError when the register has no such breach."""
    with db.reader() as session:
        breach = session.get(m.Breach, breach_id)
        if breach is None:
            raise NotFoundError(entity=Term("table.breach"), id=breach_id)
        org = breach.organisation
        main = _value(org.language) or "fr"

        def shown(row: Any, field: str) -> str | None:
            return _in_language(row, field, lang, main)

        def own(field: str) -> str | None:
            return _in_language(org, field, lang, main, mark=False)

        activities = tuple(
            " \u2013 ".join(p for p in (a.reference, shown(a, "name")) if p)
            for a in breach.activities
        )
        categories = tuple(
            DataCategoryName(shown(c, "name") or "", bool(c.is_special), bool(c.is_criminal))
            for c in breach.data_categories
        )
        return BreachRecord(
            lang=lang,
            main=main,
            organisation_id=org.id,
            legal_name=own("legal_name") or org.legal_name,
            legal_form=own("legal_form"),
            trade_name=own("trade_name"),
            country=org.country,
            street=_text(org.street),
            postcode=_text(org.postcode),
            city=_text(org.city),
            enterprise_number=_text(org.enterprise_number),
            siren=_text(org.siren),
            vat_number=_text(org.vat_number),
            email=_text(org.email),
            phone=_text(org.phone),
            dpo_designated=org.dpo_designated,
            dpo_name=_text(org.dpo_name),
            dpo_email=_text(org.dpo_email),
            dpo_phone=_text(org.dpo_phone),
            legal_representative=own("legal_representative"),
            authority=competent_authority(org.country, org.supervisory_authority),
            name=breach.name,
            discovered_at=breach.discovered_at,
            occurred_on=breach.occurred_on,
            how_discovered=_text(breach.how_discovered),
            description=_text(breach.description),
            natures=tuple(breach.natures or ()),
            people_count=breach.people_count,
            records_count=breach.records_count,
            consequences=_text(breach.consequences),
            risk=_value(breach.risk),
            risk_reasoning=_text(breach.risk_reasoning),
            measures_taken=_text(breach.measures_taken),
            measures_proposed=_text(breach.measures_proposed),
            authority_notified_at=breach.authority_notified_at,
            authority_reference=_text(breach.authority_reference),
            delay_reasons=_text(breach.delay_reasons),
            people_informed_on=breach.people_informed_on,
            people_informed_how=_text(breach.people_informed_how),
            inform_exception=_value(breach.inform_exception),
            clients_informed_at=breach.clients_informed_at,
            activities=activities,
            data_categories=tuple(c for c in categories if c.name),
            data_subjects=tuple(n for s in breach.data_subjects if (n := shown(s, "name"))),
            clients=tuple(p.name for p in breach.clients if _text(p.name)),
        )
