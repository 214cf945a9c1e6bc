"""The draft notification of a breach to the supervisory authority: the items Art. 33(3)
requires and the authorities' notification forms ask for, each from its field of the record
(see docs/breach-documents.md), or a "To complete" line where the record is silent."""

from __future__ import annotations

from datetime import UTC, date, datetime

from babel import Locale

from ropa.core.deadlines import NOTIFY_WITHIN
from ropa.core.i18n import LOCALES, label, value_label
from ropa.exports.breach.draft import Draft
from ropa.exports.breach.record import BreachRecord
from ropa.exports.notice.context import semicolon
from ropa.exports.notice.model import NoticeDocument

# Art. 34(3) point of each exception.
EXCEPTION_POINTS = {
    "unintelligible": "a",
    "risk_no_longer_likely": "b",
    "disproportionate_effort": "c",
}


def authority_notification(
    record: BreachRecord, today: date, now: datetime | None = None
) -> tuple[NoticeDocument, list[str]]:
    """The notification written from `record` at `now` and dated `today`, and what it lacks
    (in words, in the order it says so)."""
    draft = Draft(record)
    organisation(draft)
    authority(draft)
    timing(draft, now or datetime.now(UTC))
    breach(draft)
    consequences(draft)
    measures(draft)
    people(draft)
    clients(draft)
    box = [draft.t("box.form"), draft.t("box.phases")]
    return draft.document(draft.t("authority.title"), today, box), draft.missing


def organisation(draft: Draft) -> None:
    r = draft.record
    draft.section("organisation", draft.t("authority.organisation"))
    draft.item(draft.t("authority.name"), r.organisation_name)
    if r.trade_name and r.trade_name != r.legal_name:
        draft.item(draft.t("authority.trade_name"), r.trade_name)
    identifier(draft)
    if r.street and r.city:
        city = " ".join(p for p in (r.postcode, r.city) if p)
        draft.item(draft.t("authority.address"), ", ".join((r.street, city, country(r))))
    else:
        draft.todo("address")
    contact = ", ".join(p for p in (r.email, r.phone) if p)
    draft.item(draft.t("authority.contact"), contact)
    # Art. 33(3)(b): the DPO's or other contact point's name and contact details.
    if r.dpo_designated is True:
        label = draft.t("authority.dpo")
    elif r.dpo_designated is False:
        label = draft.t("authority.contact_point")
    else:
        label = draft.t("authority.dpo_or_contact")
    dpo = ", ".join(p for p in (r.dpo_name, r.dpo_email, r.dpo_phone) if p)
    draft.item(label, dpo)
    if not r.dpo_name:
        draft.todo("dpo_name")
    if not (r.dpo_email or r.dpo_phone):
        draft.todo("dpo_contact")


def identifier(draft: Draft) -> None:
    """The enterprise number the country uses (BE: KBO/BCE, FR: SIREN; elsewhere the VAT
    number), from the organisation's field of the same name."""
    r = draft.record
    if r.country == "BE":
        draft.item(label(r.lang, "organisation", "enterprise_number"), r.enterprise_number)
        if not r.enterprise_number:
            draft.todo("enterprise_number")
    elif r.country == "FR":
        draft.item(label(r.lang, "organisation", "siren"), r.siren)
        if not r.siren:
            draft.todo("siren")
    elif r.vat_number:
        draft.item(label(r.lang, "organisation", "vat_number"), r.vat_number)
    else:
        draft.todo("company_number")


def country(r: BreachRecord) -> str:
    """The organisation's country in the document's language ("Belgique")."""
    return str(Locale.parse(LOCALES[r.lang]).territories.get(r.country, r.country))


def authority(draft: Draft) -> None:
    r = draft.record
    draft.section("authority", draft.t("authority.authority"))
    if r.authority is None:
        draft.todo("authority")
    else:
        draft.item(draft.t("authority.competent"), r.authority.name(r.lang))


def timing(draft: Draft, now: datetime) -> None:
    """Art. 33(1): when it occurred and became known, the 72 hours, the notification and the
    reasons for a delay, each only as recorded."""
    r = draft.record
    draft.section("timing", draft.t("authority.timing"))
    draft.item(draft.t("authority.occurred"), draft.day(r.occurred_on), "occurred")
    draft.item(draft.t("authority.aware"), draft.moment(r.discovered_at), "discovered")
    draft.item(draft.t("authority.how"), r.how_discovered, "how")
    late = False
    if r.discovered_at is not None:
        deadline = r.discovered_at + NOTIFY_WITHIN
        moment = draft.moment(deadline)
        key = "authority.deadline_past" if now > deadline else "authority.deadline_future"
        draft.paragraph(draft.t(key, moment=moment))
        late = (r.authority_notified_at or now) > deadline
        if r.authority_notified_at is not None:
            draft.item(draft.t("authority.notified"), draft.moment(r.authority_notified_at))
            draft.paragraph(draft.t("authority.late" if late else "authority.in_time"))
        elif late:
            draft.paragraph(draft.t("authority.overdue"))
    elif r.authority_notified_at is not None:
        draft.item(draft.t("authority.notified"), draft.moment(r.authority_notified_at))
    if late or r.delay_reasons:
        draft.text_item(draft.t("authority.reasons"), r.delay_reasons, "reasons")
    draft.item(draft.t("authority.reference"), r.authority_reference)


def breach(draft: Draft) -> None:
    """Art. 33(3)(a): the nature, the categories and approximate numbers of people and records,
    and the register's activities and data categories concerned."""
    r = draft.record
    lang = r.lang
    draft.section("breach", draft.t("authority.breach"))
    draft.text_item(draft.t("authority.description"), r.description, "description")
    natures = semicolon(lang).join(value_label(lang, "breach_nature", n) for n in r.natures)
    draft.item(draft.t("authority.nature"), natures, "nature")
    draft.list_item(draft.t("authority.subjects"), r.data_subjects, "subjects")
    draft.item(draft.t("authority.people_count"), draft.number(r.people_count), "people_count")
    categories = []
    for category in r.data_categories:
        notes = [draft.t("authority.special")] if category.special else []
        notes += [draft.t("authority.criminal")] if category.criminal else []
        notes_text = semicolon(lang).join(notes)
        categories.append(f"{category.name} ({notes_text})" if notes else category.name)
    draft.list_item(draft.t("authority.data"), tuple(categories), "data")
    draft.item(draft.t("authority.records_count"), draft.number(r.records_count), "records_count")
    draft.list_item(draft.t("authority.activities"), r.activities, "activities")


def consequences(draft: Draft) -> None:
    """Art. 33(3)(c), and the risk as the firm assessed it (Art. 33(1), 34(1))."""
    r = draft.record
    draft.section("consequences", draft.t("authority.consequences"))
    draft.text_item(draft.t("authority.consequences_text"), r.consequences, "consequences")
    risk = value_label(r.lang, "breach_risk", r.risk) if r.risk else None
    draft.item(draft.t("authority.risk"), risk, "risk")
    draft.text_item(draft.t("authority.risk_reasoning"), r.risk_reasoning, "risk_reasoning")


def measures(draft: Draft) -> None:
    """Art. 33(3)(d): the measures taken and proposed."""
    r = draft.record
    draft.section("measures", draft.t("authority.measures"))
    draft.text_item(draft.t("authority.measures_taken"), r.measures_taken, "measures_taken")
    draft.text_item(
        draft.t("authority.measures_proposed"), r.measures_proposed, "measures_proposed"
    )


def people(draft: Draft) -> None:
    """Art. 34: whether, when and how the people were told, or the Art. 34(3) exception;
    nothing is said of it that the record does not hold."""
    r = draft.record
    lang = r.lang
    draft.section("people", draft.t("authority.people"))
    if r.risk == "high_risk":
        draft.paragraph(draft.t("authority.high_risk_law"))
    told = r.people_informed_on is not None or r.people_informed_how is not None
    if told:
        draft.item(draft.t("authority.informed_on"), draft.day(r.people_informed_on), "informed_on")
        draft.text_item(draft.t("authority.informed_how"), r.people_informed_how, "informed_how")
    if r.inform_exception:
        point = EXCEPTION_POINTS.get(r.inform_exception, "")
        exception = value_label(lang, "inform_exception", r.inform_exception)
        draft.item(draft.t("authority.exception", point=point), exception)
    if not told and not r.inform_exception:
        draft.todo("inform")


def clients(draft: Draft) -> None:
    """Art. 33(2), for a breach of data the firm processes for clients: which controllers it
    told and when. Only when the record names clients or a date."""
    r = draft.record
    if not r.clients and r.clients_informed_at is None:
        return
    draft.section("clients", draft.t("authority.clients"))
    draft.paragraph(draft.t("authority.clients_law"))
    draft.list_item(draft.t("authority.clients_names"), r.clients, "clients")
    draft.item(draft.t("authority.clients_at"), draft.moment(r.clients_informed_at), "clients_at")
