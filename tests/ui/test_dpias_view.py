"""The impact assessments page (DPIAs): the demo's assessment listed with its state, activities,
highest residual risk and prior consultation in words; an assessment created from the form
with its fields typed (a date typed, Tab away, saved and shown again after another row), an
activity ticked, its description drawn from the activities (never over the user's text without
asking); risks added one by one and as the three usual ones (in the register's language, one
undo step), their levels chosen and said in words; the authority to consult said in the warning
colour; delete (several rows, one undo step); a change made elsewhere refused, not
overwritten; the To do's DPIA line opening it in the window, the form leading to an activity;
and on a small laptop screen in French and Dutch, the name and the state in sight and no row of
the form drawn over the next."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFormLayout, QTableWidgetItem, QWidget
from sqlalchemy import func, select

from ropa.core import edits, services
from ropa.core.dpias import DpiaState
from ropa.core.errors import RopaError
from ropa.core.handle import Register
from ropa.core.reads.dpias import load_dpias
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import ComboField, DateField, LineField, TextField
from ropa.ui.forms.record_form import LinksField
from ropa.ui.language import install_translators, remove_translators
from ropa.ui.main_window import (
    PAGE_ACTIVITIES,
    PAGE_CONTRACTS,
    PAGE_DPIAS,
    PAGE_OVERVIEW,
    MainWindow,
)
from ropa.ui.models.dpia_table_model import (
    COL_ACTIVITIES,
    COL_CONSULTATION,
    COL_NAME,
    COL_REVIEW,
    COL_RISK,
    COL_STATE,
    COLUMN_COUNT,
    DpiaTableModel,
)
from ropa.ui.models.dpia_texts import state_text
from ropa.ui.theme import warning_colour
from ropa.ui.views.dpia_risks import COL_AFTER, COL_BEFORE, COL_SOURCE
from ropa.ui.views.dpias_view import DpiasView
from tests.ui.dialog_support import record_boxes

TODAY = date(2026, 12, 7)
DEMO = "AIPD-2025-01 Vidéosurveillance des locaux"  # completed, covers T-09, three risks
USUAL_FR = [  # the demo organisation writes its documents in French
    "Accès illégitime à des données",
    "Modification non désirée de données",
    "Disparition de données",
]


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


@pytest.fixture
def refusals() -> list[tuple[str, RopaError]]:
    return []


@pytest.fixture
def view(
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    refusals: list[tuple[str, RopaError]],
    qtbot: Any,
) -> DpiasView:
    widget = DpiasView(
        demo_register,
        stack,
        RegisterEvents(),
        "en",
        lambda text, error: refusals.append((text, error)),
        today=lambda: TODAY,
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _dpia(db: RegisterDatabase, dpia_id: str) -> m.Dpia | None:
    with db.reader() as s:
        found = s.get(m.Dpia, dpia_id)
        if found is not None:
            s.expunge(found)
        return found


def _risks(db: RegisterDatabase, dpia_id: str) -> list[m.DpiaRisk]:
    with db.reader() as s:
        query = select(m.DpiaRisk).where(m.DpiaRisk.dpia_id == dpia_id)
        found = list(s.scalars(query.order_by(m.DpiaRisk.position)))
        s.expunge_all()
        return found


def _activities(db: RegisterDatabase, dpia_id: str) -> list[str]:
    with db.reader() as s:
        dpia = s.get(m.Dpia, dpia_id)
        assert dpia is not None
        return [a.reference for a in dpia.activities]


def _count(db: RegisterDatabase) -> int:
    with db.reader() as s:
        return int(s.execute(select(func.count()).select_from(m.Dpia)).scalar_one())


def _activity_id(db: RegisterDatabase, reference: str) -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


def _cells(view: DpiasView, column: int) -> list[str]:
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def _row_of(view: DpiasView, dpia_id: str) -> int:
    return [view.proxy.row_id(r) for r in range(view.proxy.rowCount())].index(dpia_id)


def _cell(
    view: DpiasView, dpia_id: str, column: int, role: int = Qt.ItemDataRole.DisplayRole
) -> Any:
    return view.proxy.index(_row_of(view, dpia_id), column).data(role)


def _demo_id(view: DpiasView) -> str:
    return view.proxy.row_id(_cells(view, COL_NAME).index(DEMO))


def _add(view: DpiasView, **values: Any) -> str:
    """An assessment recorded elsewhere (the command line, another window), then read."""
    org = view.organisation_id()
    assert org is not None
    edit = edits.CreateEdit("dpia", values, org)
    edit.first(view.db)
    view.reload()
    assert edit.entity_id is not None
    return edit.entity_id


def _type(row: Any, text: str) -> None:
    assert isinstance(row, LineField | DateField)
    row.line.setText(text)
    row.line.editingFinished.emit()


def _write(row: Any, text: str) -> None:
    assert isinstance(row, TextField)
    row.text_edit.setPlainText(text)
    row.text_edit.editing_finished.emit()  # what leaving the field does


def _choose(row: Any, value: str | None) -> None:
    assert isinstance(row, ComboField)
    row.combo.setCurrentIndex(row.combo.findData(value))


def _tick(row: Any, reference: str) -> None:
    assert isinstance(row, LinksField)
    for index in range(row.list.count()):
        item = row.list.item(index)
        if item.text().startswith(f"{reference} "):
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{reference} is not offered")


def _risk_item(view: DpiasView, row: int, column: int) -> QTableWidgetItem:
    item = view.risks.table.item(row, column)
    assert item is not None
    return item


def _risk_cells(view: DpiasView, column: int) -> list[str]:
    rows = range(view.risks.table.rowCount())
    return [_risk_item(view, row, column).text() for row in rows]


# -- the list ----------------------------------------------------------------------------------


def test_the_model_passes_the_model_tester(qtmodeltester: Any, demo_register: Any) -> None:
    model = DpiaTableModel("nl")
    model.set_rows(load_dpias(demo_register, TODAY).dpias)
    qtmodeltester.check(model)
    assert model.columnCount() == COLUMN_COUNT
    assert model.rowCount() == _count(demo_register) > 0


def test_the_demo_assessment_is_listed_in_words(view: DpiasView) -> None:
    demo = _demo_id(view)
    assert _cell(view, demo, COL_STATE) == "Completed"
    assert _cell(view, demo, COL_ACTIVITIES) == "T-09"
    # Its three risks leave at most a limited severity and likelihood: said, not coloured.
    assert _cell(view, demo, COL_RISK) == "Severity limited, likelihood limited"
    assert _cell(view, demo, COL_RISK, Qt.ItemDataRole.ForegroundRole) is None
    assert _cell(view, demo, COL_REVIEW) == "2027-02-20"
    assert _cell(view, demo, COL_CONSULTATION) == "Not required"
    view.select_dpia(demo)
    assert view.dpia_summary.state.text() == "Completed on 20 February 2025"
    # Searched by name or by an activity's reference.
    view.search_edit.setText("video")
    assert _cells(view, COL_NAME) == [DEMO]
    view.search_edit.setText("T-09")
    assert _cells(view, COL_NAME) == [DEMO]
    view.search_edit.setText("T-10")
    assert _cells(view, COL_NAME) == []


def test_the_states_follow_the_day_and_the_review_due_is_coloured(view: DpiasView) -> None:
    due = _add(view, name="Due", status="completed", review_on=date(2026, 12, 1))
    running = _add(view, name="Running", status="in_progress", started_on=date(2026, 11, 2))
    unanswered = _add(view, name="Unanswered")
    dropped = _add(view, name="Dropped", status="abandoned")
    expected = {
        due: ("Review due", warning_colour()),
        running: ("In progress", None),
        unanswered: ("Status not answered", None),
        dropped: ("Abandoned", None),
    }
    for dpia_id, (text, colour) in expected.items():
        index = view.proxy.index(_row_of(view, dpia_id), COL_STATE)
        assert (index.data(), index.data(Qt.ItemDataRole.ForegroundRole)) == (text, colour)
    view.select_dpia(due)
    assert view.dpia_summary.state.text() == "Completed, review due since 1 December 2026"
    view.select_dpia(running)
    assert view.dpia_summary.state.text() == "In progress since 2 November 2026"
    view.select_dpia(unanswered)
    assert view.dpia_summary.state.text() == (
        "Status not answered: nothing says the assessment is done"
    )


# -- the form ----------------------------------------------------------------------------------


def test_an_assessment_created_and_typed_in_the_form_is_saved_and_shown(
    view: DpiasView, stack: QUndoStack, qtbot: Any
) -> None:
    count = _count(view.db)
    view.new_button.click()
    assert _count(view.db) == count + 1
    dpia_id = view.selected_dpia()
    assert dpia_id is not None and view.editor.entity_id == dpia_id
    stored = _dpia(view.db, dpia_id)
    assert stored is not None and stored.name == "Nouvelle AIPD"  # the register's language
    # Nothing answered for the user.
    for field in ("status", "residual_risk", "decision", "prior_consultation", "review_on"):
        assert getattr(stored, field) is None, field
    rows = view.editor.rows
    for field in ("status", "residual_risk", "decision", "prior_consultation"):
        combo = rows[field]
        assert isinstance(combo, ComboField) and combo.combo.currentText() == "", field
    assert _cell(view, dpia_id, COL_STATE) == "Status not answered"
    assert view.risks.table.rowCount() == 0 and view.risks.add_button.isEnabled()
    assert not view.fill_button.isEnabled()  # no activity ticked yet

    _type(rows["name"], "AIPD-2026-02 Géolocalisation des véhicules")
    _choose(rows["status"], "in_progress")
    # A date typed day first, then Tab to the next field: saved.
    started = rows["started_on"]
    assert isinstance(started, DateField)
    view.window().activateWindow()
    started.line.setFocus()
    qtbot.waitUntil(started.line.hasFocus)
    started.line.clear()
    QTest.keyClicks(started.line, "3/11/2026")
    QTest.keyClick(started.line, Qt.Key.Key_Tab)
    assert not started.line.hasFocus()
    _write(rows["necessity"], "Only the vans, only during working hours.")
    _choose(rows["residual_risk"], "medium")
    _type(rows["decision_by"], "Élise Verhaegen")
    _type(rows["review_on"], "2027-11-03")
    _write(rows["notes"], "Ask the works council.")
    stored = _dpia(view.db, dpia_id)
    assert stored is not None
    assert stored.name == "AIPD-2026-02 Géolocalisation des véhicules"
    assert stored.status is not None and stored.status.value == "in_progress"
    assert stored.started_on == date(2026, 11, 3)
    assert stored.necessity == "Only the vans, only during working hours."
    assert stored.residual_risk is not None and stored.residual_risk.value == "medium"
    assert stored.decision_by == "Élise Verhaegen"
    assert stored.review_on == date(2027, 11, 3)
    assert stored.notes == "Ask the works council."
    assert view.dpia_summary.state.text() == "In progress since 3 November 2026"
    assert _cell(view, dpia_id, COL_STATE) == "In progress"
    assert _cell(view, dpia_id, COL_REVIEW) == "2027-11-03"

    # An activity ticked: linked, in the list.
    _tick(rows["activities"], "T-10")
    assert _activities(view.db, dpia_id) == ["T-10"]
    assert _cell(view, dpia_id, COL_ACTIVITIES) == "T-10"
    assert view.fill_button.isEnabled()

    # Another row, then this one again: the form shows what was saved, as typed.
    view.select_dpia(_demo_id(view))
    assert view.editor.entity_id != dpia_id
    view.select_dpia(dpia_id)
    assert started.line.text() == "03/11/2026"
    review = rows["review_on"]
    assert isinstance(review, DateField) and review.line.text() == "03/11/2027"
    name = rows["name"]
    assert isinstance(name, LineField)
    assert name.line.text() == "AIPD-2026-02 Géolocalisation des véhicules"

    # Every edit is one undo step; undo takes them back, to the assessment itself.
    while stack.canUndo():
        stack.undo()
    assert _dpia(view.db, dpia_id) is None
    while stack.canRedo():
        stack.redo()
    stored = _dpia(view.db, dpia_id)
    assert stored is not None and stored.started_on == date(2026, 11, 3)
    assert _activities(view.db, dpia_id) == ["T-10"]


def test_the_description_is_drawn_from_the_activities_never_over_text_unasked(
    view: DpiasView, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    dpia_id = _add(view, name="Badges")
    view.select_dpia(dpia_id)
    _tick(view.editor.rows["activities"], "T-10")
    steps = stack.count()
    assert view.fill_description()  # empty: written without asking
    stored = _dpia(view.db, dpia_id)
    assert stored is not None and stored.description is not None
    text = stored.description
    # In the register's language (French), from what T-10 records.
    assert text.startswith("T-10 \u2013 Badges d'accès aux locaux\nFinalités\u00a0:\n- ")
    for title in ("Catégories de données", "Personnes concernées", "Destinataires"):
        assert f"\n{title}\u00a0:\n- " in text
    assert "\n- Membres du personnel\n" in text
    assert (
        "Durées de conservation\u00a0:\n- Base active\u00a0: Pendant la validité du badge" in text
    )
    assert text.endswith("\n- Base active\u00a0: 6\u00a0mois")  # Babel's durations
    assert stack.count() == steps + 1
    description = view.editor.rows["description"]
    assert isinstance(description, TextField)
    assert description.text_edit.toPlainText() == text.replace("\u00a0", " ")

    # The user's own text: asked first; No keeps it.
    _write(description, "Our own words.")
    boxes = record_boxes(monkeypatch)  # answers OK: not Yes
    assert not view.fill_description()
    [box] = boxes
    assert box.text() == "Replace the description with the one drawn from the activities?"
    stored = _dpia(view.db, dpia_id)
    assert stored is not None and stored.description == "Our own words."
    # Yes replaces it, as one undo step that brings the user's words back.
    record_boxes(monkeypatch, yes_to_questions=True)
    assert view.fill_description()
    stored = _dpia(view.db, dpia_id)
    assert stored is not None and stored.description == text
    stack.undo()
    stored = _dpia(view.db, dpia_id)
    assert stored is not None and stored.description == "Our own words."
    assert description.text_edit.toPlainText() == "Our own words."


def test_risks_are_added_rated_in_words_and_undone(view: DpiasView, stack: QUndoStack) -> None:
    dpia_id = _add(view, name="Géolocalisation")
    view.select_dpia(dpia_id)
    risks = view.risks
    risks.add_button.click()
    [risk] = _risks(view.db, dpia_id)
    assert risk.source == "Nouveau risque"  # named in the register's language
    assert risk.likelihood is None and risk.severity is None  # nothing rated for the user
    assert risks.current_id == risk.id
    assert _risk_cells(view, COL_BEFORE) == ["Not rated yet"]
    assert risks.before_line.text() == "Not rated yet"

    _write(risks.row_of("source"), "Tracking of employees outside working hours")
    _choose(risks.row_of("likelihood"), "significant")
    _choose(risks.row_of("severity"), "maximum")
    [risk] = _risks(view.db, dpia_id)
    assert risk.source == "Tracking of employees outside working hours"
    assert risk.likelihood is not None and risk.likelihood.value == "significant"
    assert risk.severity is not None and risk.severity.value == "maximum"
    assert _risk_cells(view, COL_SOURCE) == ["Tracking of employees outside working hours"]
    assert _risk_cells(view, COL_BEFORE) == ["Severity maximum, likelihood significant"]
    assert _risk_item(view, 0, COL_BEFORE).foreground().color() == warning_colour()
    assert risks.before_line.text() == "High risk: severity maximum, likelihood significant"
    # Left high after the measures: the authority must be consulted (Art. 36).
    _choose(risks.row_of("likelihood_after"), "significant")
    _choose(risks.row_of("severity_after"), "significant")
    assert view.consultation_line.isVisible()
    assert "must be consulted before the processing starts" in view.consultation_line.text()
    assert _cell(view, dpia_id, COL_CONSULTATION) == "To consult"
    colour = _cell(view, dpia_id, COL_CONSULTATION, Qt.ItemDataRole.ForegroundRole)
    assert colour == warning_colour()
    assert _cell(view, dpia_id, COL_RISK) == "Severity significant, likelihood significant"
    # Lowered by the measures: no longer high.
    _choose(risks.row_of("likelihood_after"), "limited")
    assert _risk_cells(view, COL_AFTER) == ["Severity significant, likelihood limited"]
    assert not view.consultation_line.isVisible()
    assert _cell(view, dpia_id, COL_CONSULTATION) == ""

    # Undo, redo: the levels follow, in the table and the form.
    stack.undo()
    assert _risk_cells(view, COL_AFTER) == ["Severity significant, likelihood significant"]
    assert view.consultation_line.isVisible()
    after = risks.row_of("likelihood_after")
    assert isinstance(after, ComboField) and after.value() == "significant"
    stack.redo()
    assert _risk_cells(view, COL_AFTER) == ["Severity significant, likelihood limited"]
    assert after.value() == "limited"

    # Removed, then back with undo.
    risks.remove_button.click()
    assert _risks(view.db, dpia_id) == [] and risks.table.rowCount() == 0
    stack.undo()
    assert len(_risks(view.db, dpia_id)) == 1 and risks.table.rowCount() == 1


def test_the_three_usual_risks_are_added_as_one_undo_step(
    view: DpiasView, stack: QUndoStack
) -> None:
    dpia_id = _add(view, name="Géolocalisation")
    view.select_dpia(dpia_id)
    steps = stack.count()
    view.risks.usual_button.click()
    assert [r.source for r in _risks(view.db, dpia_id)] == USUAL_FR
    assert _risk_cells(view, COL_SOURCE) == USUAL_FR
    assert all(r.likelihood is None and r.severity_after is None for r in _risks(view.db, dpia_id))
    assert stack.count() == steps + 1
    assert stack.undoText() == "Add 3 usual risks"
    # Asked again: none twice.
    view.risks.usual_button.click()
    assert len(_risks(view.db, dpia_id)) == 3 and stack.count() == steps + 1
    assert view.editor.message.text() == "The three usual risks are already listed."
    stack.undo()
    assert _risks(view.db, dpia_id) == [] and view.risks.table.rowCount() == 0
    stack.redo()
    assert _risk_cells(view, COL_SOURCE) == USUAL_FR


def test_several_selected_rows_are_deleted_as_one_undo_step(
    view: DpiasView, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = record_boxes(monkeypatch, yes_to_questions=True)
    first = _add(view, name="A")
    second = _add(view, name="B")
    edits.CreateEdit("dpia_risk", {"source": "A risk", "position": 0}, first).first(view.db)
    view.reload()
    view.select_dpia(first)
    view.table_view.selectionModel().select(
        view.proxy.index(_row_of(view, second), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert sorted(view.selected_ids()) == sorted([first, second])
    assert view.delete_action.text() == "Delete 2 assessments…"
    view.delete_action.trigger()
    [box] = boxes
    assert box.text() == "Delete these 2 assessments?"
    assert _dpia(view.db, first) is None and _dpia(view.db, second) is None
    assert _cells(view, COL_NAME) == [DEMO]
    assert stack.count() == 1 and stack.undoText() == "Delete 2 assessments"
    stack.undo()
    assert _dpia(view.db, first) is not None and _dpia(view.db, second) is not None
    assert [r.source for r in _risks(view.db, first)] == ["A risk"]  # with its risks


def test_a_change_made_elsewhere_meanwhile_is_refused_not_overwritten(
    view: DpiasView, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form shows the name read first; another program changes it meanwhile: saving the
    user's text asks first, and keeping theirs leaves their text stored and shown. The same
    for a risk."""
    boxes = record_boxes(monkeypatch)  # "Keep theirs"
    dpia_id = _add(view, name="Typed first")
    view.select_dpia(dpia_id)
    with view.db.transaction() as s:
        services.update(s, m.Dpia, dpia_id, {"name": "Changed elsewhere"})
    _type(view.editor.rows["name"], "Typed on the page")
    [box] = boxes
    assert box.windowTitle() == "Changed elsewhere"
    stored = _dpia(view.db, dpia_id)
    assert stored is not None and stored.name == "Changed elsewhere"
    assert stack.count() == 0

    view.risks.add_button.click()
    [risk] = _risks(view.db, dpia_id)
    steps = stack.count()
    with view.db.transaction() as s:
        services.update(s, m.DpiaRisk, risk.id, {"impact": "Their impact"})
    _write(view.risks.row_of("impact"), "My impact")
    assert len(boxes) == 2
    [risk] = _risks(view.db, dpia_id)
    assert risk.impact == "Their impact" and stack.count() == steps


# -- in the window -----------------------------------------------------------------------------


@pytest.fixture
def window(demo_register: RegisterDatabase, qtbot: Any) -> MainWindow:
    shown = MainWindow(demo_register, "en")
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    return shown


def test_the_page_follows_processing_contracts_in_the_sidebar(window: MainWindow) -> None:
    keys = window._page_keys
    assert keys.index(PAGE_DPIAS) == keys.index(PAGE_CONTRACTS) + 1
    item = window.sidebar.item(keys.index(PAGE_DPIAS))
    assert item is not None and item.text() == "Impact assessments (DPIAs)"
    assert not item.icon().isNull()
    window.sidebar.setCurrentRow(keys.index(PAGE_DPIAS))
    assert window.pages.currentWidget() is window.dpias_view


def test_the_to_do_opens_an_assessment_whose_review_is_due(
    demo_register: RegisterDatabase, qtbot: Any
) -> None:
    org = load_dpias(demo_register).organisation_ids[0]
    edit = edits.CreateEdit(
        "dpia", {"name": "Due soon", "status": "completed", "review_on": date.today()}, org
    )
    edit.first(demo_register)
    window = MainWindow(demo_register, "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.dpias_view.search_edit.setText("vidéo")  # a search that hides it
    assert window.current_page() == PAGE_OVERVIEW
    panel = window.dashboard_view.accountability_panel
    line = next(i for i, due in enumerate(panel.lines) if due.table == "dpia")
    assert panel.lines[line].id == edit.entity_id
    panel.open_line(line)
    assert window.current_page() == PAGE_DPIAS
    assert window.dpias_view.selected_dpia() == edit.entity_id
    assert window.dpias_view.editor.entity_id == edit.entity_id
    assert window.dpias_view.search_edit.text() == ""


def test_a_covered_activity_opens_from_the_form(window: MainWindow) -> None:
    window.show_page(PAGE_DPIAS)
    view = window.dpias_view
    view.select_dpia(_demo_id(view))
    activities = view.editor.rows["activities"]
    assert isinstance(activities, LinksField)
    t09 = _activity_id(window.db, "T-09")
    item = next(
        activities.list.item(i)
        for i in range(activities.list.count())
        if activities.list.item(i).data(Qt.ItemDataRole.UserRole) == t09
    )
    assert item.checkState() == Qt.CheckState.Checked
    activities.list.itemDoubleClicked.emit(item)
    assert window.current_page() == PAGE_ACTIVITIES
    assert window.activities_view.editor.activity_id == t09
    assert item.checkState() == Qt.CheckState.Checked  # opening it changed nothing


# -- on a small laptop screen, in French and Dutch ---------------------------------------------

SCREENS = [(1366, 740), (1280, 800)]  # 1366×740: the window on a 1366×768 screen


@pytest.fixture(params=["fr", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_translators(request.param)
    yield request.param
    remove_translators()


@pytest.fixture
def translated_register(tmp_path: Path, language: str) -> Iterator[Register]:
    db = create_register(tmp_path / "demo.ropa", demo=True, language=language)
    yield db
    db.close()


def _settle() -> None:
    for _ in range(10):
        QApplication.processEvents()


def _form_rows(view: DpiasView) -> list[QWidget]:
    """The input (or heading, or the risks) of each row of the form shown, from the top."""
    form = view.editor.form
    rows = []
    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            widget = None if item is None else item.widget()
            if widget is not None and widget.isVisible():
                rows.append(widget)
                break
    return rows


@pytest.mark.parametrize("size", SCREENS)
def test_the_page_fits_a_small_screen(
    qtbot: Any, translated_register: Register, language: str, size: tuple[int, int]
) -> None:
    window = MainWindow(translated_register, language)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_page(PAGE_DPIAS)
    view = window.dpias_view
    view.select_dpia(view.proxy.row_id(0))
    _settle()
    table, header = view.table_view, view.table_view.horizontalHeader()

    def in_sight() -> None:
        for column in (COL_NAME, COL_STATE):
            left = header.sectionViewportPosition(column)
            assert left >= 0 and left + header.sectionSize(column) <= table.viewport().width()

    qtbot.waitUntil(in_sight)
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(state_text(state)) for state in DpiaState)
    assert header.sectionSize(COL_STATE) > widest  # every state whole

    def nothing_overlaps() -> None:
        rows = _form_rows(view)
        for upper, lower in zip(rows, rows[1:], strict=False):
            assert upper.geometry().bottom() < lower.geometry().top(), (upper, lower)
            assert upper.height() >= upper.minimumSizeHint().height(), upper

    qtbot.waitUntil(nothing_overlaps)
    # The risks' buttons whole, not cut by the form's width.
    for button in (view.risks.add_button, view.risks.remove_button, view.risks.usual_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    assert view.fill_button.width() >= view.fill_button.sizeHint().width()


def test_a_register_opened_read_only_lets_nothing_change(view: DpiasView) -> None:
    view.select_dpia(_demo_id(view))
    view.set_read_only(True)
    assert not view.new_button.isEnabled() and not view.delete_button.isEnabled()
    assert not view.fill_button.isEnabled()
    risks = view.risks
    assert risks.table.rowCount() == 3  # still listed and shown
    for button in (risks.add_button, risks.remove_button, risks.usual_button):
        assert not button.isEnabled(), button.text()
    source = risks.row_of("source")
    assert isinstance(source, TextField) and source.text_edit.isReadOnly()
    likelihood = risks.row_of("likelihood")
    assert isinstance(likelihood, ComboField) and not likelihood.combo.isEnabled()
    assert risks.add_usual_risks() == [] and len(_risks(view.db, _demo_id(view))) == 3
    view.set_read_only(False)
    assert risks.add_button.isEnabled() and view.fill_button.isEnabled()
