"""The "Security and risk" section of the activity editor: the security measures (Art. 30(1)(g),
32), the impact assessment (Art. 35, with the nine EDPB WP248 criteria) and automated decisions
and profiling (Art. 22, 13(2)(f))."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from ropa.core.i18n import tr, value_label
from ropa.core.reads.activity import ActivityData
from ropa.db.enums import DpiaCriterion, DpiaStatus, EndAction
from ropa.ui.forms.committer import Committer
from ropa.ui.forms.fields import (
    ChoicesField,
    ComboField,
    DateField,
    FieldRow,
    LineField,
    TextField,
    TriStateField,
    not_recorded,
)
from ropa.ui.theme import warning_style
from ropa.ui.views.activity_editor.pickers import LinksPickerField
from ropa.ui.views.activity_editor.sections import ActivityForm, enum_items

# EDPB WP248 rev.01: a processing meeting two criteria or more will in most cases need a DPIA.
DPIA_LIKELY_FROM = 2


class SecuritySection(ActivityForm):
    """Tab "Security and risk": measures, notes, location and end of the data; the DPIA; and
    automated decisions and profiling, each yes / no / not recorded (their logic and
    consequences shown only when one is yes)."""

    def __init__(self, committer: Committer) -> None:
        super().__init__(committer)
        lang = committer.lang
        text = self.text
        clear = QCoreApplication.translate("ActivityEditor", "Clear the date")
        self.measures = LinksPickerField(
            "security_measures", text("security_measures"), "security_measure", committer
        )
        self._heading(QCoreApplication.translate("ActivityEditor", "Security"))
        self.add_rows(
            [
                self.measures,
                TextField("security_notes", text("security_notes"), lines=3),
                TextField("data_location", text("data_location"), lines=2),
                ComboField(
                    "end_action",
                    text("end_action"),
                    enum_items(lang, "end_action", EndAction, True, not_recorded()),
                ),
            ]
        )
        self._heading(
            QCoreApplication.translate("ActivityEditor", "Data protection impact assessment (DPIA)")
        )
        self.criteria = ChoicesField(
            "dpia_criteria",
            text("dpia_criteria"),
            [(v.value, value_label(lang, "dpia_criterion", v.value)) for v in DpiaCriterion],
        )
        self.add_rows(
            [
                ComboField(
                    "dpia_status",
                    text("dpia_status"),
                    enum_items(lang, "dpia_status", DpiaStatus, False),
                ),
                self.criteria,
            ]
        )
        self.dpia_hint = QLabel()
        self.dpia_hint.setWordWrap(True)
        self.dpia_hint.setStyleSheet(warning_style())
        self.form.addRow("", self.dpia_hint)
        self.add_rows(
            [
                LineField("dpia_reference", text("dpia_reference")),
                DateField("dpia_date", text("dpia_date"), clear),
            ]
        )
        self._heading(
            QCoreApplication.translate("ActivityEditor", "Automated decisions and profiling")
        )
        yes, no = tr(lang, "value.yes"), tr(lang, "value.no")
        self.automated = TriStateField("automated_decision", text("automated_decision"), yes, no)
        self.profiling = TriStateField("profiling", text("profiling"), yes, no)
        self.logic = TextField("automated_logic", text("automated_logic"), lines=3)
        self.consequences = TextField(
            "automated_consequences", text("automated_consequences"), lines=3
        )
        self.add_rows([self.automated, self.profiling, self.logic, self.consequences])
        # React at once to a choice, before (and even without) the save.
        self.automated.combo.currentIndexChanged.connect(lambda _i: self.rows_shown())
        self.profiling.combo.currentIndexChanged.connect(lambda _i: self.rows_shown())
        self.criteria.list.itemChanged.connect(lambda _item: self.rows_shown())
        self.rows_shown()

    def _heading(self, title: str) -> None:
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.addRow(heading)

    def show_data(self, data: ActivityData) -> None:
        organisation_id = data.activity["organisation_id"]
        self.measures.set_choices(data.choices.get("security_measure", []), organisation_id)
        self.show_activity(data.activity)

    def _commit(self, row: FieldRow) -> None:
        if self.activity_id is None:
            return
        if isinstance(row, LinksPickerField):
            self.committer.links("activity", self.activity_id, row)
            self.rows_shown()
        else:
            super()._commit(row)

    def criteria_count(self) -> int:
        return len(self.criteria.changes()["dpia_criteria"])

    def rows_shown(self) -> None:
        count = self.criteria_count()
        if count >= DPIA_LIKELY_FROM:
            self.dpia_hint.setText(
                QCoreApplication.translate(
                    "ActivityEditor",
                    "%1 of the 9 EDPB criteria are met: a DPIA is likely required "
                    "(Art. 35 GDPR; EDPB guidelines WP248: two criteria or more).",
                ).replace("%1", str(count))
            )
        self.form.setRowVisible(self.dpia_hint, count >= DPIA_LIKELY_FROM)
        # "Not recorded" is not a yes: the logic and consequences are asked only for a yes.
        automated = self.automated.value() is True or self.profiling.value() is True
        self.form.setRowVisible(self.logic, automated)
        self.form.setRowVisible(self.consequences, automated)
