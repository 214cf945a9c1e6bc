"""The report of an impact assessment (Art. 35 GDPR): the assessment and where it stands, the
activities it covers, then each part Art. 35(7) requires in its order ((a) the description,
(b) necessity and proportionality, (c) the risks, rated in words, (d) the measures), the
residual risk, the DPO's advice (35(2)), the views of the people (35(9)), the decision, the
prior consultation of the authority (Art. 36) as core/dpias.py judges it, and the review
(35(11)). Each value from its field of the record, or a "To complete" line where the record
is silent; statements of law are written as such, never as facts about the assessment."""

from __future__ import annotations

from datetime import date

from ropa.core.dpia_words import dpia_words, rating_words
from ropa.core.dpias import DpiaState, RiskRating, consultation_needed, highest
from ropa.core.i18n import label, value_label
from ropa.db.enums import DpiaRecordStatus, PriorConsultation
from ropa.exports.dpia.record import DpiaRecord, RiskRecord
from ropa.exports.dpia.writer import ReportWriter
from ropa.exports.notice.model import NoticeDocument

SOURCE_IN_TABLE = 90
"""A risk's source is cut to this many characters in the table of ratings (whole below it)."""


def dpia_report(record: DpiaRecord, today: date) -> tuple[NoticeDocument, list[str]]:
    """The report written from `record`, dated `today`, and what it lacks (in words, in the
    order it says so)."""
    writer = ReportWriter(record)
    assessment(writer)
    description(writer)
    necessity(writer)
    risks(writer)
    measures(writer)
    residual(writer)
    dpo(writer)
    views(writer)
    decision(writer)
    needed = consultation(writer)
    review(writer)
    documents(writer)
    box = [writer.t("box.consult")] if needed else []
    return writer.document(today, box), writer.missing


def assessment(w: ReportWriter) -> None:
    """The assessment named, where it stands with its dates, the activities it covers."""
    r = w.record
    w.section("assessment", w.t("assessment.title"))
    w.item(w.t("assessment.name"), r.name)
    w.item(w.t("assessment.organisation"), r.organisation_name)
    if r.status is None:
        w.todo("status")
    else:
        words = dpia_words(r.lang, r.state, r.started_on, r.completed_on, r.review_on)
        w.item(w.t("assessment.state"), words[:1].upper() + words[1:])
    w.item(w.t("assessment.started_on"), w.day(r.started_on), "started_on")
    completed = r.status == DpiaRecordStatus.COMPLETED
    what = "completed_on" if completed else None  # asked of a completed one only
    w.item(w.t("assessment.completed_on"), w.day(r.completed_on), what)
    w.list_item(w.t("assessment.activities"), r.activities, "activities")


def description(w: ReportWriter) -> None:
    """Art. 35(7)(a)."""
    w.section("description", w.t("description.title"))
    w.text(w.record.description, "description")


def necessity(w: ReportWriter) -> None:
    """Art. 35(7)(b)."""
    w.section("necessity", w.t("necessity.title"))
    w.text(w.record.necessity, "necessity")


def rating_text(w: ReportWriter, rating: RiskRating) -> str:
    """ "Severity significant, likelihood limited" (either may be "not answered")."""
    words = rating_words(w.lang, rating)
    return words[:1].upper() + words[1:]


def clipped(text: str, width: int = SOURCE_IN_TABLE) -> str:
    """A text on one line, cut at a word before `width` characters with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= width:
        return line
    cut = line[: width - 1].rsplit(" ", 1)[0] if " " in line[: width - 1] else line[: width - 1]
    return cut.rstrip(",;:. ") + "\u2026"


def risks(w: ReportWriter) -> None:
    """Art. 35(7)(c): the ratings side by side, then each risk in full."""
    r = w.record
    w.section("risks", w.t("risks.title"))
    w.paragraph(w.t("risks.method"))
    if not r.risks:
        w.todo("risks")
        return
    rows = []
    for number, risk in enumerate(r.risks, start=1):
        name = clipped(risk.source or risk.impact or "") or w.t("risks.undescribed")
        rows.append((f"{number}. {name}", rating_text(w, risk.before), rating_text(w, risk.after)))
    w.table((w.t("risks.risk"), w.t("risks.before"), w.t("risks.after")), rows)
    for number, risk in enumerate(r.risks, start=1):
        one_risk(w, number, risk)


def one_risk(w: ReportWriter, number: int, risk: RiskRecord) -> None:
    lang = w.lang
    w.heading(w.t("risks.heading", number=number))
    w.text_item(label(lang, "dpia_risk", "source"), risk.source, "risk_source", number=number)
    w.text_item(label(lang, "dpia_risk", "impact"), risk.impact, "risk_impact", number=number)
    rating(w, w.t("risks.before"), risk.before, "rating_before", number)
    w.text_item(label(lang, "dpia_risk", "measures"), risk.measures, "risk_measures", number=number)
    rating(w, w.t("risks.after"), risk.after, "rating_after", number)
    if risk.after.high:
        w.paragraph(w.t("risks.high_after"))


def rating(w: ReportWriter, title: str, value: RiskRating, what: str, number: int) -> None:
    """A rating in words; the "To complete" line of `what` while either value is missing."""
    if value.likelihood is not None or value.severity is not None:
        w.item(title, rating_text(w, value))
    if not value.rated:
        w.todo(what, number=number)


def measures(w: ReportWriter) -> None:
    """Art. 35(7)(d): the measures as a whole (each risk's are given with it)."""
    r = w.record
    w.section("measures", w.t("measures.title"))
    w.text(r.measures, "measures")
    if any(risk.measures for risk in r.risks):
        w.paragraph(w.t("measures.per_risk"))


def residual(w: ReportWriter) -> None:
    """The risk left, as the assessment concludes it and as its risks' ratings show it."""
    r = w.record
    w.section("residual", w.t("residual.title"))
    conclusion = (
        value_label(r.lang, "dpia_residual_risk", r.residual_risk) if r.residual_risk else None
    )
    w.item(w.t("residual.conclusion"), conclusion, "residual_risk")
    top = highest(risk.after for risk in r.risks)
    if top is not None:
        w.item(w.t("residual.highest"), rating_text(w, top))


def dpo(w: ReportWriter) -> None:
    """Art. 35(2): the DPO's advice, where one is designated."""
    r = w.record
    w.section("dpo", w.t("dpo.title"))
    if r.dpo_designated is False and r.dpo_advice is None and r.dpo_advice_on is None:
        w.paragraph(w.t("dpo.none"))
        return
    w.text_item(w.t("dpo.advice"), r.dpo_advice, "dpo_advice")
    w.item(w.t("dpo.on"), w.day(r.dpo_advice_on), "dpo_advice_on")


def views(w: ReportWriter) -> None:
    """Art. 35(9)."""
    w.section("views", w.t("views.title"))
    w.paragraph(w.t("views.law"))
    w.text(w.record.people_views, "people_views")


def decision(w: ReportWriter) -> None:
    r = w.record
    w.section("decision", w.t("decision.title"))
    taken = value_label(r.lang, "dpia_decision", r.decision) if r.decision else None
    w.item(label(r.lang, "dpia", "decision"), taken, "decision")
    w.item(w.t("decision.by"), r.decision_by, "decision_by")
    w.item(w.t("decision.on"), w.day(r.decision_on), "decision_on")


def consultation(w: ReportWriter) -> bool:
    """Art. 36: what the record says of the prior consultation, and whether the authority
    must still be consulted (core/dpias.py's judgement). Returns that judgement."""
    r = w.record
    w.section("consultation", w.t("consultation.title"))
    w.paragraph(w.t("consultation.law"))
    recorded = (
        value_label(r.lang, "prior_consultation", r.prior_consultation)
        if r.prior_consultation
        else None
    )
    w.item(w.t("consultation.recorded"), recorded, "prior_consultation")
    needed = consultation_needed(
        r.residual_risk,
        r.prior_consultation,
        [risk.after for risk in r.risks],
        r.status,
        r.decision,
    )
    done = r.prior_consultation == PriorConsultation.DONE
    if needed:
        recorded_required = r.prior_consultation == PriorConsultation.REQUIRED
        w.paragraph(
            w.t("consultation.needed_recorded" if recorded_required else "consultation.needed_high")
        )
    if needed or done:
        authority = r.authority.name(r.lang) if r.authority is not None else None
        w.item(w.t("consultation.authority"), authority, "authority")
    if done:
        w.item(w.t("consultation.on"), w.day(r.consulted_on), "consulted_on")
        w.text_item(label(r.lang, "dpia", "authority_reply"), r.authority_reply, "authority_reply")
        if r.authority_reply is None:
            w.paragraph(w.t("consultation.delay_law"))
    else:  # recorded all the same: shown, never asked for
        w.item(w.t("consultation.on"), w.day(r.consulted_on))
        if r.authority_reply:
            w.text_item(
                label(r.lang, "dpia", "authority_reply"), r.authority_reply, "authority_reply"
            )
    return needed


def review(w: ReportWriter) -> None:
    """Art. 35(11): when the assessment is to be reviewed (not asked of an abandoned one)."""
    r = w.record
    w.section("review", w.t("review.title"))
    what = None if r.status == DpiaRecordStatus.ABANDONED else "review_on"
    w.item(w.t("review.on"), w.day(r.review_on), what)
    if r.state is DpiaState.REVIEW_DUE:
        w.paragraph(w.t("review.passed"))
    w.paragraph(w.t("review.law"))


def documents(w: ReportWriter) -> None:
    """The documents kept with the assessment in the register, by name (none: no section)."""
    if w.record.documents:
        w.section("documents", w.t("documents.title"))
        w.paragraph(w.t("documents.intro"))
        w.list_item(w.t("documents.list"), w.record.documents, "documents")
