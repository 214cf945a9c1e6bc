"""The risks of the impact assessment shown (Art. 35(7)(c)-(d)), in its form: a table of the
risks with their level before and after their measures in words ("Severity significant,
likelihood limited"; a high one in the warning colour), the selected risk's source, impact,
likelihood, severity, measures and residual likelihood and severity below it, and buttons to add
one, remove one, or add the three risks the CNIL's method starts from (illegitimate access,
unwanted modification, disappearance of data) in the language of the organisation's documents,
as one undo step. Every change is an undoable command (the activity editor's ChildSection)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ropa.core.dpia_words import rating_words, usual_risk_sources
from ropa.core.dpias import RiskRating
from ropa.core.i18n import label, value_label
from ropa.core.reads.placeholders import document_language
from ropa.db.enums import RiskLevel
from ropa.ui.commands import CreateEntityCommand, RegisterCommand, push_all, step_text
from ropa.ui.forms.committer import Committer
from ropa.ui.forms.fields import ComboField, TextField
from ropa.ui.forms.read_only import allow_edit
from ropa.ui.geometry import WrappingLabel
from ropa.ui.models.deadline_texts import tone_colour
from ropa.ui.models.dpia_texts import rating_text, rating_tone
from ropa.ui.theme import background, readable, warning_style
from ropa.ui.views.activity_editor.children import ChildSection

COL_SOURCE = 0
COL_BEFORE = 1
COL_AFTER = 2
LINES_PER_ROW = 2
"""The height of a risk's row in the table, in lines of text (more when its levels need it)."""
ROWS_SHOWN = 4
ROW_PADDING = 8
"""The table is at most this many risks high (it scrolls beyond)."""


def _before(risk: dict[str, Any]) -> RiskRating:
    return RiskRating.of(risk.get("likelihood"), risk.get("severity"))


def _after(risk: dict[str, Any]) -> RiskRating:
    return RiskRating.of(risk.get("likelihood_after"), risk.get("severity_after"))


class FittingLabel(WrappingLabel):
    """A wrapped plain-text label as high as its text at its width, also when it is given
    more width than before: QLabel's heightForWidth never answers less than the label's
    minimum height, so a WrappingLabel first laid out narrow (while hidden) would keep the
    height of many lines; this one measures its text itself."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def _fit(self) -> None:
        needed = 0
        if self.text():
            width = max(1, self.contentsRect().width() - 2 * self.margin())
            flags = int(Qt.TextFlag.TextWordWrap) | int(self.alignment())
            text = self.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), flags, self.text())
            margins = self.contentsMargins()
            needed = text.height() + margins.top() + margins.bottom() + 2 * self.margin()
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def _level_text(lang: str, rating: RiskRating) -> str:
    """A rating in words ("Severity significant, likelihood limited"), or that it is not
    rated yet."""
    return rating_text(lang, rating) or QCoreApplication.translate("DpiaRisks", "Not rated yet")


class RisksSection(ChildSection):
    """The risks of one assessment (`activity_id`: the assessment, the parent of its risks)."""

    model = "dpia_risk"

    def __init__(self, committer: Committer) -> None:
        lang = committer.lang

        def text(field: str) -> str:
            return label(lang, "dpia_risk", field)

        super().__init__(
            committer,
            [
                QCoreApplication.translate("DpiaRisks", "Risk"),
                QCoreApplication.translate("DpiaRisks", "Before the measures"),
                QCoreApplication.translate("DpiaRisks", "After the measures"),
            ],
            QCoreApplication.translate("DpiaRisks", "Add a risk"),
            QCoreApplication.translate("DpiaRisks", "Remove the risk"),
        )
        self.organisation_id: str | None = None
        self.table.setAccessibleName(label(lang, "dpia", "risks"))
        self.set_column_weights(2, 3, 3)
        # A level's words ("Ernst beperkt, waarschijnlijkheid verwaarloosbaar") wrap onto as
        # many lines as they need rather than being cut; a long source shows its first lines
        # (whole in its tooltip and in the form below).
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(line * LINES_PER_ROW + ROW_PADDING)
        header = self.table.horizontalHeader().sizeHint().height()
        frame = 2 * self.table.frameWidth()
        tallest = line * (LINES_PER_ROW + 1) + ROW_PADDING
        self.table.setMaximumHeight(header + frame + ROWS_SHOWN * tallest)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows())
        self.usual_button = QPushButton(
            QCoreApplication.translate("DpiaRisks", "Add the three usual risks")
        )
        self.usual_button.setToolTip(
            QCoreApplication.translate(
                "DpiaRisks",
                "Illegitimate access to data, unwanted modification of data, disappearance of "
                "data: the risks the CNIL's method assesses for any processing.",
            )
        )
        self.usual_button.clicked.connect(self.add_usual_risks)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        usual_row = QHBoxLayout()
        usual_row.addWidget(self.usual_button)
        usual_row.addStretch(1)
        layout.insertLayout(2, usual_row)

        levels: list[tuple[Any, str]] = [(None, "")]
        levels += [(v.value, value_label(lang, "risk_level", v.value)) for v in RiskLevel]
        self.before_line = FittingLabel()
        self.after_line = FittingLabel()
        self.add_row(TextField("source", text("source"), lines=3))
        self.add_row(TextField("impact", text("impact"), lines=3))
        self.add_row(ComboField("likelihood", text("likelihood"), levels))
        self.add_row(ComboField("severity", text("severity"), levels))
        self.form.addRow(QLabel(QCoreApplication.translate("DpiaRisks", "Level")), self.before_line)
        self.add_row(TextField("measures", text("measures"), lines=3))
        self.add_row(ComboField("likelihood_after", text("likelihood_after"), levels))
        self.add_row(ComboField("severity_after", text("severity_after"), levels))
        self.form.addRow(
            QLabel(QCoreApplication.translate("DpiaRisks", "Residual level")), self.after_line
        )
        self.hint = FittingLabel(
            QCoreApplication.translate(
                "DpiaRisks",
                "Rate each risk's likelihood and severity before and after its measures, on "
                "the CNIL's four levels. A risk is high when both reach “Significant”.",
            )
        )
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.hint.setStyleSheet(f"color: {readable(grey, background()).name()};")
        layout.insertWidget(0, self.hint)

    # -- showing ------------------------------------------------------------------------------

    def show_risks(
        self, dpia_id: str | None, organisation_id: str | None, risks: list[dict[str, Any]]
    ) -> None:
        """Show these risks of the assessment (None: none shown, nothing can be added)."""
        self.organisation_id = organisation_id
        if dpia_id is None:
            self.activity_id = None
            self.entries = []
            self._fill_table()
            self._select(None, force=True)
        else:
            self.show_children(dpia_id, risks)
        self._colour_levels()
        self._fit_rows()
        self._update_buttons()

    def _fit_rows(self) -> None:
        """Each row as high as its levels' words need at their columns' width (two lines at
        least)."""
        metrics = self.table.fontMetrics()
        line = metrics.lineSpacing()
        for row in range(self.table.rowCount()):
            lines = LINES_PER_ROW
            for column in (COL_BEFORE, COL_AFTER):
                item = self.table.item(row, column)
                width = max(1, self.table.columnWidth(column) - ROW_PADDING)
                if item is None or not item.text():
                    continue
                box = QRect(0, 0, width, 100_000)
                needed = metrics.boundingRect(box, int(Qt.TextFlag.TextWordWrap), item.text())
                lines = max(lines, -(-needed.height() // line))
            height = lines * line + ROW_PADDING
            if self.table.rowHeight(row) != height:
                self.table.setRowHeight(row, height)

    def _colour_levels(self) -> None:
        """The levels of a high risk in the warning colour."""
        for row, risk in enumerate(self.entries):
            for column, rating in ((COL_BEFORE, _before(risk)), (COL_AFTER, _after(risk))):
                item = self.table.item(row, column)
                colour = tone_colour(rating_tone(rating))
                if item is not None and colour is not None:
                    item.setForeground(QBrush(colour))

    def row_texts(self, child: dict[str, Any]) -> list[str]:
        return [
            child.get("source") or "",
            _level_text(self.lang, _before(child)),
            _level_text(self.lang, _after(child)),
        ]

    def new_values(self) -> dict[str, Any]:
        return {"source": self.placeholder()}

    def detail_shown(self) -> None:
        """The levels under the values as they are chosen (before they are read again)."""

        def chosen(field: str) -> str | None:
            row = self.row_of(field)
            return row.value() if isinstance(row, ComboField) else None

        current = self.current()
        for line, rating in (
            (self.before_line, RiskRating.of(chosen("likelihood"), chosen("severity"))),
            (self.after_line, RiskRating.of(chosen("likelihood_after"), chosen("severity_after"))),
        ):
            if current is None:
                line.setText("")
                continue
            text = _level_text(self.lang, rating)
            if rating.high:  # the rating inside the sentence: "High risk: severity maximum..."
                text = QCoreApplication.translate("DpiaRisks", "High risk: %1").replace(
                    "%1", rating_words(self.lang, rating)
                )
            line.setText(text)
            line.setStyleSheet(warning_style() if rating.high else "")

    # -- adding -------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self.activity_id is not None
        allow_edit(self.add_button, shown, self.read_only)
        allow_edit(self.usual_button, shown, self.read_only, self.usual_button.toolTip())
        allow_edit(self.remove_button, self.current() is not None, self.read_only)

    def add_usual_risks(self) -> list[str]:
        """Add the three usual risks (those whose source the assessment does not list yet),
        their source in the language of the organisation's documents, as one undo step; the
        first one added is selected. Their ids."""
        dpia_id = self.activity_id
        if dpia_id is None or self.read_only:
            return []
        lang = document_language(self.committer.db, self.organisation_id)
        listed = {(risk.get("source") or "").strip() for risk in self.entries}
        sources = [source for source in usual_risk_sources(lang) if source not in listed]
        if not sources:
            self.committer.report(
                QCoreApplication.translate("DpiaRisks", "The three usual risks are already listed.")
            )
            return []
        position = max((risk.get("position") or 0 for risk in self.entries), default=-1) + 1
        commands = [
            CreateEntityCommand(
                self.committer.db,
                self.model,
                {"source": source, "position": position + n},
                dpia_id,
                self.committer.events,
            )
            for n, source in enumerate(sources)
        ]

        def step(count: int) -> str:
            done = QCoreApplication.translate("DpiaRisks", "Added %n usual risks", "", count)
            menu = QCoreApplication.translate("DpiaRisks", "Add %n usual risks", "", count)
            return step_text(done, menu)

        shown: list[RegisterCommand] = list(commands)
        done, error = push_all(self.committer.stack, shown, step)
        self.committer.report(None if error is None else error.message(self.lang))
        ids = [c.entity_id for c in commands[:done] if c.entity_id is not None]
        if ids and ids[0] in [risk["id"] for risk in self.entries]:
            self._select(ids[0], force=True)
        return ids
