"""Read-only use cases: register summary, activity and party lists, history, language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ropa.core.i18n import normalise_language, system_language
from ropa.db.enums import (
    ChangeAction,
    CookieCategory,
    LegalBasis,
    LifetimeUnit,
    PartyKind,
    Role,
    Status,
)
from ropa.db.models import (
    Activity,
    ActivityDataCategory,
    ActivityRecipient,
    Change,
    Cookie,
    DataCategory,
    Organisation,
    Party,
    Purpose,
    RecipientCategory,
    Setting,
    Transfer,
)
from ropa.db.translations import LANGUAGES, translated


@dataclass(frozen=True)
class OrganisationSummary:
    id: str
    legal_name: str
    country: str
    language: str
    activities: int
    controller_activities: int
    processor_activities: int
    retired_activities: int
    parties: int
    cookies: int


@dataclass(frozen=True)
class ActivityRow:
    """One line of an activity list (what a table view shows)."""

    id: str
    organisation_id: str
    reference: str
    name: str
    role: Role
    status: Status
    owner: str | None
    next_review: date | None
    updated_at: datetime
    purposes: int
    legal_bases: frozenset[LegalBasis] = frozenset()
    """The legal bases of the activity's purposes."""
    search_text: str = ""
    """Purposes' texts, data category names and recipient names, separated by SEARCH_SEPARATOR
    (filled by list_activities(..., details=True), like legal_bases)."""
    version: int | None = None
    """The version of the activity as listed: what Delete / Retire from the list are based on."""
    names: tuple[tuple[str, str], ...] = ()
    """Its name in other languages: (language, name) for each one it has."""


SEARCH_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class ActivityDetails:
    """What an activity list searches and filters on besides an ActivityRow's columns."""

    search_text: str
    legal_bases: frozenset[LegalBasis]


@dataclass(frozen=True)
class PartyRow:
    """One line of the list of external parties."""

    id: str
    organisation_id: str
    name: str
    kind: PartyKind
    service: str | None
    country: str | None


@dataclass(frozen=True)
class CookieRow:
    """One line of the list of cookies and trackers."""

    id: str
    organisation_id: str
    name: str
    provider: str | None
    category: CookieCategory
    lifetime_value: int | None
    lifetime_unit: LifetimeUnit | None
    first_party: bool
    consent_required: bool


@dataclass(frozen=True)
class TransferChoice:
    """A transfer outside the EEA, as a choice in a list: its activity and its label."""

    id: str
    organisation_id: str
    activity_reference: str
    label: str


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str
    entity_type: str
    entity_id: str
    entity_label: str | None
    action: ChangeAction
    field: str | None
    old_value: str | None
    new_value: str | None


def register_language(session: Session) -> str:
    """The language of the register's documents and messages."""
    value = session.get(Setting, "language")
    if value is not None:
        return normalise_language(value.value)
    first = session.execute(
        select(Organisation.language).order_by(Organisation.created_at).limit(1)
    ).scalar()
    return normalise_language(first.value if first is not None else system_language())


def organisation_summaries(session: Session) -> list[OrganisationSummary]:
    def counts(column: Any, *where: Any) -> dict[str, int]:
        query = select(column, func.count()).group_by(column)
        for condition in where:
            query = query.where(condition)
        return {key: n for key, n in session.execute(query).tuples()}

    total = counts(Activity.organisation_id)
    controller = counts(Activity.organisation_id, Activity.role != Role.PROCESSOR)
    processor = counts(Activity.organisation_id, Activity.role == Role.PROCESSOR)
    retired = counts(Activity.organisation_id, Activity.status == Status.RETIRED)
    parties = counts(Party.organisation_id)
    cookies = counts(Cookie.organisation_id)
    result = []
    for org in session.scalars(
        select(Organisation).order_by(Organisation.created_at, Organisation.id)
    ):
        result.append(
            OrganisationSummary(
                id=org.id,
                legal_name=org.legal_name,
                country=org.country,
                language=org.language.value,
                activities=total.get(org.id, 0),
                controller_activities=controller.get(org.id, 0),
                processor_activities=processor.get(org.id, 0),
                retired_activities=retired.get(org.id, 0),
                parties=parties.get(org.id, 0),
                cookies=cookies.get(org.id, 0),
            )
        )
    return result


def list_activities(
    session: Session, organisation_id: str | None = None, *, details: bool = False
) -> list[ActivityRow]:
    """Every activity (of one organisation, or all), ordered by reference.

    With `details`, each row also holds its search text and legal bases (activity_details);
    without, those stay empty and the query is faster (a list can add them when idle).
    """
    purposes = (
        select(Purpose.activity_id, func.count().label("n"))
        .group_by(Purpose.activity_id)
        .subquery()
    )
    query = (
        select(
            Activity.id,
            Activity.organisation_id,
            Activity.reference,
            Activity.name,
            Activity.role,
            Activity.status,
            Activity.owner,
            Activity.next_review,
            Activity.updated_at,
            func.coalesce(purposes.c.n, 0),
            Activity.version,
            *(getattr(Activity, translated("name", lang)) for lang in LANGUAGES),
        )
        .outerjoin(purposes, purposes.c.activity_id == Activity.id)
        .order_by(Activity.reference, Activity.id)
    )
    if organisation_id is not None:
        query = query.where(Activity.organisation_id == organisation_id)
    rows = [
        ActivityRow(
            id_,
            org,
            ref,
            name,
            role,
            status,
            owner,
            review,
            updated,
            count,
            version=v,
            names=tuple((lang, text) for lang, text in zip(LANGUAGES, names, strict=True) if text),
        )
        for id_, org, ref, name, role, status, owner, review, updated, count, v, *names in (
            session.execute(query).tuples()
        )
    ]
    if details:
        found = activity_details(session, organisation_id)
        rows = [
            replace(row, search_text=d.search_text, legal_bases=d.legal_bases)
            if (d := found.get(row.id)) is not None
            else row
            for row in rows
        ]
    return rows


def activity_details(
    session: Session, organisation_id: str | None = None, roles: Iterable[Role] | None = None
) -> dict[str, ActivityDetails]:
    """Per activity id: the text its list searches besides reference, name and owner (purposes'
    texts, data category names, recipient names) and its purposes' legal bases.

    Aggregated by the database in one query (aggregate_strings: SQLite's group_concat,
    PostgreSQL's string_agg; in no particular order, which neither the search text nor the set
    of bases needs). It reads every purpose text (megabytes on a large register), hence apart
    from the plain list_activities.
    """
    sep = SEARCH_SEPARATOR
    purposes = (
        select(
            Purpose.activity_id,
            func.aggregate_strings(Purpose.description, sep).label("text"),
        )
        .group_by(Purpose.activity_id)
        .subquery()
    )
    # Each legal basis once per activity, joined by "," (not in the values).
    distinct_bases = select(Purpose.activity_id, Purpose.legal_basis).distinct().subquery()
    bases = (
        select(
            distinct_bases.c.activity_id,
            func.aggregate_strings(distinct_bases.c.legal_basis, ",").label("bases"),
        )
        .group_by(distinct_bases.c.activity_id)
        .subquery()
    )
    categories = (
        select(
            ActivityDataCategory.activity_id,
            func.aggregate_strings(DataCategory.name, sep).label("text"),
        )
        .join(DataCategory, DataCategory.id == ActivityDataCategory.data_category_id)
        .group_by(ActivityDataCategory.activity_id)
        .subquery()
    )
    recipient_name = func.coalesce(
        Party.name,
        RecipientCategory.name,
        ActivityRecipient.recipient_name,
        ActivityRecipient.department,
    )
    recipients = (
        select(
            ActivityRecipient.activity_id, func.aggregate_strings(recipient_name, sep).label("text")
        )
        .outerjoin(Party, Party.id == ActivityRecipient.party_id)
        .outerjoin(
            RecipientCategory, RecipientCategory.id == ActivityRecipient.recipient_category_id
        )
        .group_by(ActivityRecipient.activity_id)
        .subquery()
    )
    query = (
        select(Activity.id, purposes.c.text, categories.c.text, recipients.c.text, bases.c.bases)
        .outerjoin(purposes, purposes.c.activity_id == Activity.id)
        .outerjoin(bases, bases.c.activity_id == Activity.id)
        .outerjoin(categories, categories.c.activity_id == Activity.id)
        .outerjoin(recipients, recipients.c.activity_id == Activity.id)
    )
    if organisation_id is not None:
        query = query.where(Activity.organisation_id == organisation_id)
    if roles is not None:
        query = query.where(Activity.role.in_(list(roles)))
    bases_of: dict[str | None, frozenset[LegalBasis]] = {None: frozenset()}
    found = {}
    for activity_id, purpose_text, category_text, recipient_text, bases in session.execute(
        query
    ).tuples():
        if bases not in bases_of:
            bases_of[bases] = frozenset(LegalBasis(b) for b in bases.split(","))
        texts = (purpose_text, category_text, recipient_text)
        found[activity_id] = ActivityDetails(
            sep.join(text for text in texts if text), bases_of[bases]
        )
    return found


def list_parties(session: Session, organisation_id: str | None = None) -> list[PartyRow]:
    """Every external party (of one organisation, or all), ordered by name."""
    query = select(
        Party.id,
        Party.organisation_id,
        Party.name,
        Party.kind,
        Party.service,
        Party.country,
    ).order_by(Party.name, Party.id)
    if organisation_id is not None:
        query = query.where(Party.organisation_id == organisation_id)
    return [PartyRow(*row) for row in session.execute(query).tuples()]


def list_cookies(session: Session, organisation_id: str | None = None) -> list[CookieRow]:
    """Every cookie or tracker (of one organisation, or all), ordered by name."""
    query = select(
        Cookie.id,
        Cookie.organisation_id,
        Cookie.name,
        Cookie.provider,
        Cookie.category,
        Cookie.lifetime_value,
        Cookie.lifetime_unit,
        Cookie.first_party,
        Cookie.consent_required,
    ).order_by(Cookie.name, Cookie.id)
    if organisation_id is not None:
        query = query.where(Cookie.organisation_id == organisation_id)
    return [CookieRow(*row) for row in session.execute(query).tuples()]


def list_transfers(session: Session) -> list[TransferChoice]:
    """Every transfer outside the EEA, ordered by activity reference."""
    # Plain columns, the party's name joined (Transfer.label() would load each party apart).
    query = (
        select(
            Transfer.id,
            Activity.organisation_id,
            Activity.reference,
            Party.name,
            Transfer.recipient_name,
            Transfer.country,
        )
        .join(Activity, Transfer.activity_id == Activity.id)
        .outerjoin(Party, Transfer.party_id == Party.id)
        .order_by(Activity.reference, Transfer.position, Transfer.id)
    )
    return [
        TransferChoice(
            transfer_id, organisation_id, reference, f"{party or name or ''} ({country})".strip()
        )
        for transfer_id, organisation_id, reference, party, name, country in session.execute(
            query
        ).tuples()
    ]


def _local_midnight(day: date) -> datetime:
    """The start of a day in the computer's local time zone, as an aware UTC datetime."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def history(
    session: Session,
    limit: int | None = None,
    entity_id: str | None = None,
    organisation_id: str | None = None,
    *,
    entity_type: str | None = None,
    user: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[HistoryEntry]:
    """The change log, newest first, optionally narrowed by entity, user and days.

    `since` and `until` are inclusive days in the computer's local time zone (the times the
    interface shows): `until=date(2026, 3, 1)` keeps every change made before local midnight
    ending 1 March. The stored times are UTC; the bounds are converted before comparing.
    """
    query = select(Change).order_by(Change.id.desc())
    if entity_id is not None:
        query = query.where(Change.entity_id == entity_id)
    if organisation_id is not None:
        query = query.where(Change.organisation_id == organisation_id)
    if entity_type is not None:
        query = query.where(Change.entity_type == entity_type)
    if user is not None:
        query = query.where(Change.user == user)
    if since is not None:
        query = query.where(Change.at >= _local_midnight(since))
    if until is not None:
        query = query.where(Change.at < _local_midnight(until + timedelta(days=1)))
    if limit is not None:
        query = query.limit(limit)
    return [
        HistoryEntry(
            c.at,
            c.user,
            c.entity_type,
            c.entity_id,
            c.entity_label,
            c.action,
            c.field,
            c.old_value,
            c.new_value,
        )
        for c in session.scalars(query)
    ]


def history_users(session: Session) -> list[str]:
    """Every user named in the change log, once each, sorted."""
    return sorted(session.scalars(select(Change.user).distinct()))
