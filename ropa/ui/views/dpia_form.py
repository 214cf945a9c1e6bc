"""The form of an impact assessment (DPIA) on the DPIAs page: its fields in the order of Art.
35(7) (then the opinions, the prior consultation of Art. 36 and the review), where it stands
under its status (the core's words, coloured as in the list), and the undo step of a
description drawn from the activities it covers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from ropa.core.dpias import dpia_state
from ropa.core.i18n import value_label
from ropa.db.enums import DpiaDecision, DpiaRecordStatus, DpiaResidualRisk, PriorConsultation
from ropa.ui.commands import UpdateEntityCommand
from ropa.ui.forms.record_form import Field
from ropa.ui.models.deadline_texts import tone_colour
from ropa.ui.models.dpia_texts import state_sentence, state_tone
from ropa.ui.views.time_limits_page import TimeLimitSummary

TEXT_LINES = 5
"""The height of the long texts of the form (the description, the necessity...), in lines."""


def dpia_fields(lang: str) -> list[Field]:
    """The form of an impact assessment: every field of the register, in the order of Art.
    35(7), then the opinions, the prior consultation and the review; the choices of activities
    are set per assessment (those of its organisation)."""

    def choices(vocabulary: str, values: Sequence[str]) -> list[tuple[object, str]]:
        return [(None, ""), *((v, value_label(lang, vocabulary, v)) for v in values)]

    return [
        Field(
            "processing",
            "heading",
            text=QCoreApplication.translate("DpiasView", "The processing (Art. 35(7)(a))"),
        ),
        Field("name", "line", required=True),
        Field(
            "activities",
            "links",
            hint=QCoreApplication.translate(
                "DpiasView",
                "Tick the activities the assessment covers; double-click one to open it.",
            ),
        ),
        Field(
            "status",
            "combo",
            items=choices("dpia_record_status", list(DpiaRecordStatus)),
            hint=QCoreApplication.translate(
                "DpiasView", "Left empty, nothing in the register says the assessment is done."
            ),
        ),
        Field("started_on", "date"),
        Field("completed_on", "date"),
        Field("description", "text"),
        Field(
            "necessity_heading",
            "heading",
            text=QCoreApplication.translate(
                "DpiasView", "Necessity and proportionality (Art. 35(7)(b))"
            ),
        ),
        Field(
            "necessity",
            "text",
            hint=QCoreApplication.translate(
                "DpiasView",
                "Why the processing is needed for its purposes and why no less intrusive means "
                "would do: data kept to the minimum, retention, information and rights of the "
                "people.",
            ),
        ),
        Field(
            "risks_heading",
            "heading",
            text=QCoreApplication.translate("DpiasView", "Risks to the people (Art. 35(7)(c))"),
        ),
        Field(
            "measures_heading",
            "heading",
            text=QCoreApplication.translate("DpiasView", "Measures (Art. 35(7)(d))"),
        ),
        Field("measures", "text"),
        Field(
            "conclusion",
            "heading",
            text=QCoreApplication.translate("DpiasView", "Residual risk and conclusion"),
        ),
        Field(
            "residual_risk",
            "combo",
            items=choices("dpia_residual_risk", list(DpiaResidualRisk)),
            hint=QCoreApplication.translate(
                "DpiasView",
                "High: the supervisory authority is consulted before the processing starts "
                "(Art. 36(1)).",
            ),
        ),
        Field("decision", "combo", items=choices("dpia_decision", list(DpiaDecision))),
        Field("decision_by", "line"),
        Field("decision_on", "date"),
        Field("opinions", "heading", text=QCoreApplication.translate("DpiasView", "Opinions")),
        Field("dpo_advice", "text"),
        Field("dpo_advice_on", "date"),
        Field(
            "people_views",
            "text",
            hint=QCoreApplication.translate("DpiasView", "Or why their views were not sought."),
        ),
        Field(
            "authority",
            "heading",
            text=QCoreApplication.translate("DpiasView", "Supervisory authority (Art. 36)"),
        ),
        Field(
            "prior_consultation",
            "combo",
            items=choices("prior_consultation", list(PriorConsultation)),
        ),
        Field("consulted_on", "date"),
        Field("authority_reply", "text"),
        Field("follow_up", "heading", text=QCoreApplication.translate("DpiasView", "Review")),
        Field(
            "review_on",
            "date",
            hint=QCoreApplication.translate(
                "DpiasView",
                "Review the assessment at least when the risk changes (Art. 35(11)): the "
                "Overview's To do lists it from 30 days before.",
            ),
        ),
        Field("notes", "text"),
    ]


def _date(value: object) -> date | None:
    if isinstance(value, str):
        return date.fromisoformat(value)
    return value if isinstance(value, date) else None


class FillCommand(UpdateEntityCommand):
    """The description drawn from the activities: an undo step of its own, never merged
    with the typing before or after it (Undo gives back the text it replaced)."""

    def id(self) -> int:
        return -1

    def menu_text(self) -> str:
        text = QCoreApplication.translate("DpiasView", "Fill the description of “%1”")
        return text.replace("%1", self.update.label)

    def done_text(self) -> str:
        text = QCoreApplication.translate("DpiasView", "Filled the description of “%1”")
        return text.replace("%1", self.update.label)


class DpiaSummary(TimeLimitSummary):
    """Where the assessment shown stands ("Completed on 20 February 2025", "Completed, review
    due since ..."), coloured as in the list, and how that is decided under it."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        hint = QCoreApplication.translate(
            "DpiaSummary",
            "A completed assessment is to review from its review date.",
        )
        super().__init__(lang, hint, parent)
        self.state.setTextFormat(Qt.TextFormat.PlainText)

    def show_values(self, values: dict[str, object] | None, today: date) -> None:
        """Show where an assessment of these stored values stands (None: nothing)."""
        if values is None:
            self.state.setText("")
            return
        status = values.get("status")
        started, completed, review = (
            _date(values.get(key)) for key in ("started_on", "completed_on", "review_on")
        )
        state = dpia_state(status if isinstance(status, str) else None, review, today)
        text = state_sentence(self._lang, state, started, completed, review)
        self.show_state(text, tone_colour(state_tone(state)))
