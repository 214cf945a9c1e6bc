"""The draft letter to the people concerned by a breach (Art. 34): in clear and plain words,
what happened, the data concerned, what it may mean for them, what the firm did and will do,
and whom to ask; addressed to no one by name, as a letter sent to many opens."""

from __future__ import annotations

from datetime import date

from ropa.core.i18n import value_label
from ropa.exports.breach.draft import Draft
from ropa.exports.breach.record import BreachRecord
from ropa.exports.notice.model import NoticeDocument, Span


def people_letter(record: BreachRecord, today: date) -> tuple[NoticeDocument, list[str]]:
    """The letter written from `record`, dated `today`, and what it lacks (in words)."""
    draft = Draft(record)
    r = record
    draft.section("letter", draft.t("letter.subject"))
    day = draft.day(today)
    if r.city:
        draft.paragraph(draft.t("letter.place_date", city=r.city, date=day))
    else:
        draft.paragraph(draft.t("letter.date", date=day))
    draft.paragraph(draft.t("letter.salutation"))
    draft.paragraph(draft.t("letter.intro", organisation=r.organisation_name))

    draft.heading(draft.t("letter.what"))
    known = []
    if r.occurred_on is not None:
        known.append(draft.t("letter.occurred", date=draft.day(r.occurred_on)))
    if r.discovered_at is not None:
        found = r.discovered_at.astimezone().date()
        known.append(draft.t("letter.discovered", date=draft.day(found)))
    if known:
        draft.paragraph(" ".join(known))
    draft.text(r.description, "letter_description")

    draft.heading(draft.t("letter.data"))
    if r.data_categories:
        draft.paragraph(draft.t("letter.data_intro"))
        draft.bullets(tuple(c.name for c in r.data_categories))
    else:
        draft.todo("letter_data")

    draft.heading(draft.t("letter.consequences"))
    draft.text(r.consequences, "letter_consequences")
    draft.heading(draft.t("letter.measures_taken"))
    draft.text(r.measures_taken, "letter_measures_taken")
    draft.heading(draft.t("letter.measures_proposed"))
    draft.text(r.measures_proposed, "letter_measures_proposed")

    draft.heading(draft.t("letter.contact"))
    contact(draft)
    if r.authority is not None:
        draft.paragraph(draft.t("letter.complaint", authority=r.authority.name(r.lang)))

    draft.paragraph(draft.t("letter.closing"))
    if r.legal_representative:
        draft.paragraph(r.legal_representative)
    else:
        draft.todo("signatory")
    draft.paragraph(r.organisation_name)

    box = [draft.t("box.translate")] if r.lang != r.main else []
    box.append(draft.t("box.letter_law"))
    if r.risk:
        risk = value_label(r.lang, "breach_risk", r.risk)
        box.append(draft.t("box.risk", risk=risk[:1].lower() + risk[1:]))
    return draft.document(draft.t("letter.title"), today, box), draft.missing


def contact(draft: Draft) -> None:
    """Whom to ask: the DPO (when one is designated) or the contact point, with the e-mail
    address and phone number recorded for them; a "To complete" line for what is missing."""
    r = draft.record
    reachable = [Span(r.dpo_email, href=f"mailto:{r.dpo_email}")] if r.dpo_email else []
    if r.dpo_phone:
        digits = "".join(ch for ch in r.dpo_phone if ch.isdigit() or ch == "+")
        reachable.append(Span(r.dpo_phone, href=f"tel:{digits}" if digits else None))
    if r.dpo_name or reachable:
        key = "letter.contact_dpo" if r.dpo_designated else "letter.contact_person"
        draft.paragraph(draft.t(key))
        spans = [Span(r.dpo_name)] if r.dpo_name else []
        for span in reachable:
            spans += [Span(", "), span] if spans else [span]
        draft.paragraph(*spans)
    if not (r.dpo_name and reachable):
        draft.todo("letter_contact")
