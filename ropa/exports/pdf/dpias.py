"""The impact assessments (DPIAs, Art. 35-36) in the PDF register: annex I, one label / value
block per assessment, and the lines an activity's page gives to the assessments covering it.

What an assessment's block says, it takes from the register as ropa.core.dpias decides it
(where it stands, the risk ranking first after its measures, whether the authority must still
be consulted), on the day the document was generated: never a default claim. A value not
recorded prints as an em dash; a consultation not answered as "Not recorded", never "not
required". The texts the firm typed about the assessment (its description, the DPO's advice,
the people's views, the authority's reply) and its internal notes are not printed here: the
annex says where each assessment stands, the assessment itself is its own document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, PageBreak, Spacer

from ropa.core.dpia_words import dpia_words, rating_words
from ropa.core.dpias import DpiaState, RiskRating, consultation_needed, dpia_state, highest
from ropa.core.i18n import colon
from ropa.core.snapshot import Row
from ropa.db.enums import PriorConsultation
from ropa.exports.pdf.blocks import Value, fields, note
from ropa.exports.pdf.styles import text
from ropa.exports.register_view import RegisterView, natural_order

if TYPE_CHECKING:
    from ropa.exports.pdf.activity import Context


def _value(stored: object) -> str | None:
    """A stored closed value as its code (None: not answered)."""
    return None if stored is None else str(getattr(stored, "value", stored))


def assessments(view: RegisterView) -> list[Row]:
    """The organisation's impact assessments, the latest started first (those without a start
    date after them), then by name."""
    dpias = list(view.organisation.get("dpias", []))
    dpias.sort(key=lambda d: (d["name"].casefold(), d["id"]))
    dpias.sort(key=lambda d: -d["started_on"].toordinal() if d["started_on"] else 1)
    return dpias


def state(view: RegisterView, dpia: Row) -> DpiaState:
    return dpia_state(_value(dpia["status"]), dpia["review_on"], view.today)


def state_text(view: RegisterView, dpia: Row) -> str:
    """Where an assessment stands, in the words of its page (ropa.core.dpia_words): "in
    progress since …", "completed on …", "status not answered: …"."""
    return dpia_words(
        view.lang, state(view, dpia), dpia["started_on"], dpia["completed_on"], dpia["review_on"]
    )


def covering(view: RegisterView, activity_id: str) -> list[Row]:
    """The assessments that cover an activity, in the annex's order."""
    return [d for d in assessments(view) if activity_id in d["activities"]]


def activity_lines(view: RegisterView, activity_id: str) -> list[str]:
    """An activity's assessments as its page names them: "name: where it stands (annex I)"."""
    return [
        view.t("pdf.activity.dpia_line", name=d["name"], state=state_text(view, d))
        for d in covering(view, activity_id)
    ]


def _residuals(dpia: Row) -> list[RiskRating]:
    return [
        RiskRating.of(_value(r["likelihood_after"]), _value(r["severity_after"]))
        for r in dpia["risks"]
    ]


def _highest_text(view: RegisterView, dpia: Row) -> list[str]:
    """The risk that ranks first after its measures (severity, then likelihood), in words,
    and how many risks are not rated; what the register lacks said, never guessed."""
    ratings = _residuals(dpia)
    if not ratings:
        return [view.t("pdf.annex.i.no_risk")]
    top = highest(ratings)
    unrated = sum(1 for r in ratings if not r.rated)
    if top is None:
        return [view.t("pdf.annex.i.not_rated")]
    words = rating_words(view.lang, top)
    words = words[:1].upper() + words[1:]
    lines = [view.t("pdf.annex.i.high", rating=words) if top.high else words]
    if unrated:
        key = "pdf.annex.i.unrated.one" if unrated == 1 else "pdf.annex.i.unrated.other"
        lines.append(view.t(key, count=view.number(unrated)))
    return lines


def _consultation_text(view: RegisterView, dpia: Row) -> str:
    """Art. 36: consulted (with its day), to be consulted (as ropa.core.dpias decides it), not
    required as the firm answered, or not recorded."""
    answer = _value(dpia["prior_consultation"])
    if answer == PriorConsultation.DONE:
        if dpia["consulted_on"] is None:
            return view.t("pdf.annex.i.consultation.done_undated")
        return view.t("pdf.annex.i.consultation.done", date=view.date(dpia["consulted_on"]))
    needed = consultation_needed(
        _value(dpia["residual_risk"]),
        answer,
        _residuals(dpia),
        _value(dpia["status"]),
        _value(dpia["decision"]),
    )
    if needed:
        if answer == PriorConsultation.REQUIRED:
            return view.t("pdf.annex.i.consultation.required")
        return view.t("pdf.annex.i.consultation.high_risk")
    if answer is None:
        return view.t("pdf.value.not_recorded")
    return view.enum("prior_consultation", answer)


def _labelled(view: RegisterView, label: str, value: str) -> str:
    return f"{label}{colon(view.lang)}{value}" if value else ""


def _rows(ctx: Context, dpia: Row) -> list[tuple[str, Value]]:
    v = ctx.view
    f = v.field
    covered = [v.activities[i] for i in dpia["activities"] if i in v.activities]
    covered.sort(key=lambda a: natural_order(a["reference"]))
    where = state_text(v, dpia)
    decision = [
        v.enum("dpia_decision", _value(dpia["decision"])),
        _labelled(v, f("dpia", "decision_on"), v.date(dpia["decision_on"])),
        _labelled(v, f("dpia", "decision_by"), dpia["decision_by"] or ""),
    ]
    return [
        (f("dpia", "activities"), [ctx.label(a) for a in covered]),
        (v.t("pdf.annex.i.state"), where[:1].upper() + where[1:]),
        (f("dpia", "completed_on"), v.date(dpia["completed_on"])),
        (f("dpia", "review_on"), v.date(dpia["review_on"])),
        (f("dpia", "residual_risk"), v.enum("dpia_residual_risk", _value(dpia["residual_risk"]))),
        (v.t("pdf.annex.i.highest"), _highest_text(v, dpia)),
        (f("dpia", "dpo_advice_on"), v.date(dpia["dpo_advice_on"])),
        (f("dpia", "decision"), decision),
        (f("dpia", "prior_consultation"), _consultation_text(v, dpia)),
    ]


def dpias_annex(ctx: Context) -> list[Flowable]:
    """I. The impact assessments, a block each: the activities covered, where it stands, its
    dates, the risk left, the DPO's advice, the decision and the prior consultation."""
    v = ctx.view
    story: list[Flowable] = [PageBreak(), ctx.heading(v.t("pdf.annex.i.title"), 0)]
    story.append(note(text(v.t("pdf.annex.i.intro"))))
    dpias = assessments(v)
    if not dpias:
        return [*story, note(text(v.t("pdf.annex.none")))]
    for dpia in dpias:
        table = fields(_rows(ctx, dpia), title=f"<b>{text(dpia['name'])}</b>")
        if table is not None:
            story += [Spacer(1, 5), table]
    return story
