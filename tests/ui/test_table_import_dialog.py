"""File > Import a register from a spreadsheet…: the mapping dialog (columns, then values),
the change preview, and the activities it brings into the register; what is not imported is in
the activities' notes; cancel and broken files change nothing; the mapping applied is offered
again for the same table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox, QWidget

from ropa.core.reads.activities import activity_rows
from ropa.core.reads.activity import load_activity_data
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_json
from ropa.exports.table import IGNORE, Mapping, ValueGuess
from ropa.ui.dialogs.import_preview import ImportPreviewDialog
from ropa.ui.dialogs.table_import_dialog import PAGE_COLUMNS, PAGE_VALUES, TableImportDialog
from ropa.ui.forms.choice_delegate import ChoicesRole
from ropa.ui.main_window import PAGE_ACTIVITIES, MainWindow
from ropa.ui.models.table_mapping_model import ColumnMappingModel, MarkedRole, ValueReviewModel
from ropa.ui.table_import import initial_mapping, mappings_dir
from tests.ui.dialog_support import choose_file, when_shown

D = TypeVar("D", bound=QWidget)

# The lists open as popups, which the offscreen platform of the tests cannot raise nor give
# the keyboard.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)

UNKNOWN = "Code Zorglub"  # a column no template has: left out, so kept in the notes
PICKED = "Gestionnaire du dossier"  # a column ropa does not know, which the user maps
HEADERS = [
    "N°",
    "Nom du traitement",
    "Finalité(s) du traitement",
    "Base légale",
    PICKED,
    "Transfert hors UE",
    UNKNOWN,
]
ROWS = [
    ["T-101", "Gestion des candidatures", "Recrutement", "Contrat", "Marie Dupont", "Non", "ZX-1"],
    ["T-102", "Newsletter", "Prospection", "Consentement", "Luc Martin", "Oui", "ZX-2"],
    ["T-103", "Vidéosurveillance", "Sécurité", "Intérêt légitime", "Eva", "À vérifier", "ZX-3"],
]


def write_table(path: Path, rows: list[list[str]] | None = None) -> Path:
    """A firm's own register: two title rows, an empty row, then the header and the rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Registre"
    sheet.append(["Registre des activités de traitement"])
    sheet.append(["Clairbois SRL — mis à jour le 1er mars 2026"])
    sheet.append([])
    sheet.append(HEADERS)
    for row in ROWS if rows is None else rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def window(qtbot: Any, demo_register: RegisterDatabase) -> MainWindow:
    main_window = MainWindow(demo_register, "en")
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.show_page(PAGE_ACTIVITIES)
    return main_window


def pick(qtbot: Any, dialog: TableImportDialog, row: int, code: str) -> None:
    """Choose a row's field (step 1) or value (step 2) with the keyboard, as a user does:
    the row made current, Enter opens its list, the entry is chosen."""
    on_values = dialog.pages.currentIndex() == PAGE_VALUES
    view = dialog.values_view if on_values else dialog.columns.view
    column = ValueReviewModel.COL_CHOICE if on_values else ColumnMappingModel.COL_FIELD
    index = view.model().index(row, column)
    view.setFocus()
    view.setCurrentIndex(index.siblingAtColumn(0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    combo = view.indexWidget(index)
    assert isinstance(combo, QComboBox), "Enter did not open the row's list"
    qtbot.waitUntil(lambda: combo.view().isVisible())  # the list opens at once
    number = combo.findData(code)
    assert number >= 0, f"{code!r} is not offered"
    combo.view().setCurrentIndex(combo.model().index(number, 0))
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)  # committed and closed


def activity_by_name(db: RegisterDatabase, organisation_id: str, name: str) -> dict[str, Any]:
    rows = [row for row in activity_rows(db, organisation_id) if row.name == name]
    assert len(rows) == 1, f"{name} is not in the register once"
    data = load_activity_data(db, rows[0].id)
    assert data is not None
    return {"activity": data.activity, **data.children}


def field_row(dialog: TableImportDialog, header: str) -> int:
    return dialog.columns.model.row_of(header)


def field_of(dialog: TableImportDialog, header: str) -> str:
    model = dialog.columns.model
    return str(
        model.index(field_row(dialog, header), model.COL_FIELD).data(Qt.ItemDataRole.EditRole)
    )


def unsure_rows(dialog: TableImportDialog) -> list[ValueGuess]:
    return [guess for guess in dialog.values_model.rows if not guess.sure]


# -- the whole import ------------------------------------------------------------------------


def test_a_table_is_mapped_reviewed_previewed_and_imported(
    window: MainWindow,
    demo_register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    path = write_table(tmp_path / "registre.xlsx")
    organisation_id = window.organisation_id()
    assert organisation_id is not None
    looked: dict[str, Any] = {}

    def map_and_go_on(dialog: TableImportDialog) -> None:
        model = dialog.columns.model
        looked["header_row"] = dialog.columns.header_spin.value()
        looked["layout"] = dialog.columns.layout_combo.currentData()
        looked["picked_marked"] = model.index(field_row(dialog, PICKED), 0).data(MarkedRole)
        looked["unknown_field"] = field_of(dialog, UNKNOWN)
        looked["example"] = model.index(field_row(dialog, PICKED), model.COL_FIRST_EXAMPLE).data()
        pick(qtbot, dialog, field_row(dialog, PICKED), "owner")
        looked["picked_after"] = model.index(field_row(dialog, PICKED), 0).data(MarkedRole)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        assert dialog.pages.currentIndex() == PAGE_VALUES
        rows = dialog.values_model.rows
        looked["values"] = [(g.field, g.raw, g.sure) for g in rows]
        unsure = [number for number, g in enumerate(rows) if not g.sure]
        looked["unsure_first"] = unsure == list(range(len(unsure)))
        # "À vérifier" (to be checked) on transfers outside the EEA: ropa cannot tell; the
        # user knows there is none.
        looked["unsure"] = [(g.raw, g.code) for g in unsure_rows(dialog)]
        row = dialog.values_model.row_of("transfers_outside_eea", "À vérifier")
        before = dialog.values_model.unsure_count()
        pick(qtbot, dialog, row, "no")
        looked["picked_value_marked"] = dialog.values_model.index(row, 0).data(MarkedRole)
        looked["unsure_after"] = (before, dialog.values_model.unsure_count())
        looked["unsure_text"] = dialog.unsure_label.text()
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)

    def apply(preview: ImportPreviewDialog) -> None:
        looked["summary"] = preview.summary_label.text()
        looked["title"] = preview.windowTitle()
        looked["notes"] = [preview.notes.item(i).text() for i in range(preview.notes.count())]
        assert preview.apply_button is not None
        qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)

    mapped = when_shown(TableImportDialog, map_and_go_on)
    previewed = when_shown(ImportPreviewDialog, apply)
    choose_file(monkeypatch, path)
    window.documents.import_table_action.trigger()

    assert mapped and previewed
    assert looked["layout"] == "rows"
    assert looked["header_row"] == 4  # below the title rows
    assert looked["picked_marked"] is True  # not recognised: marked for the user
    assert looked["picked_after"] is False  # the user decided
    assert looked["example"] == "Marie Dupont"  # the first activity's value beside it
    assert looked["unknown_field"] == IGNORE
    assert looked["unsure_first"]
    assert ("À vérifier", None) in looked["unsure"]
    assert ("transfers_outside_eea", "Oui", True) in looked["values"]
    assert looked["picked_value_marked"] is False  # decided: no longer highlighted
    before, after = looked["unsure_after"]
    assert after == before - 1
    assert str(after) in looked["unsure_text"] or "Nothing left" in looked["unsure_text"]
    assert looked["summary"].startswith("3 added")
    assert looked["title"] == "Import a register from a spreadsheet"
    assert any(UNKNOWN in note for note in looked["notes"])  # the preview says what went to notes

    recruiting = activity_by_name(demo_register, organisation_id, "Gestion des candidatures")
    assert recruiting["activity"]["owner"] == "Marie Dupont"  # the column the user mapped
    assert "ZX-1" in (recruiting["activity"]["notes"] or "")  # the ignored column, in notes
    assert [p["legal_basis"] for p in recruiting["purpose"]] == ["contract"]
    newsletter = activity_by_name(demo_register, organisation_id, "Newsletter")
    assert newsletter["activity"]["transfers_outside_eea"] is True  # "Oui"
    assert [p["legal_basis"] for p in newsletter["purpose"]] == ["consent"]
    assert "ZX-2" in (newsletter["activity"]["notes"] or "")
    cameras = activity_by_name(demo_register, organisation_id, "Vidéosurveillance")
    assert cameras["activity"]["transfers_outside_eea"] is False  # the user's choice
    assert window.undo_stack.count() == 0
    assert "imported" in window.statusBar().currentMessage()


def test_cancelling_the_mapping_or_the_preview_changes_nothing(
    window: MainWindow,
    demo_register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    path = write_table(tmp_path / "registre.xlsx")
    before = export_json(demo_register)
    choose_file(monkeypatch, path)

    seen = when_shown(TableImportDialog, lambda dialog: dialog.cancel_button.click())
    assert window.documents.table_import.dialog() is False
    assert seen
    assert export_json(demo_register) == before
    assert window.statusBar().currentMessage() == "Import cancelled"

    def go_on(dialog: TableImportDialog) -> None:
        dialog.next_button.click()
        dialog.preview_button.click()

    def cancel(preview: ImportPreviewDialog) -> None:
        button = preview.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_shown(TableImportDialog, go_on)
    previewed = when_shown(ImportPreviewDialog, cancel)
    assert window.documents.table_import.dialog() is False
    assert previewed
    assert export_json(demo_register) == before
    assert not mappings_dir().exists() or not any(mappings_dir().iterdir())  # not applied


def test_a_broken_file_is_a_message_and_changes_nothing(
    window: MainWindow,
    demo_register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[QMessageBox],
) -> None:
    broken = tmp_path / "registre.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is no spreadsheet")
    before = export_json(demo_register)
    seen = when_shown(TableImportDialog, lambda dialog: dialog.reject())
    choose_file(monkeypatch, broken)
    window.documents.import_table_action.trigger()

    assert seen == []
    assert len(shown_boxes) == 1
    box = shown_boxes[0]
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "Nothing was imported: the register is unchanged."
    assert "registre.xlsx" in box.informativeText()
    assert "Traceback" not in box.informativeText() + box.detailedText()
    assert export_json(demo_register) == before


def test_cells_that_cannot_be_imported_are_named_and_the_mapping_stays_open(
    window: MainWindow,
    demo_register: RegisterDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[QMessageBox],
    qtbot: Any,
) -> None:
    path = write_table(tmp_path / "registre.xlsx")
    before = export_json(demo_register)
    looked: dict[str, Any] = {}

    def not_dates(dialog: TableImportDialog) -> None:
        # People's names taken for a date: no activity can be imported so.
        pick(qtbot, dialog, field_row(dialog, PICKED), "start_date")
        dialog.next_button.click()
        looked["planned"] = dialog.preview_changes()
        looked["open"] = dialog.isVisible()
        looked["page"] = dialog.pages.currentIndex()
        dialog.back_button.click()
        pick(qtbot, dialog, field_row(dialog, PICKED), "owner")  # the user corrects it
        looked["corrected"] = dialog.go_to_values()
        dialog.reject()

    seen = when_shown(TableImportDialog, not_dates)
    choose_file(monkeypatch, path)
    window.documents.import_table_action.trigger()

    assert seen
    assert looked == {"planned": False, "open": True, "page": PAGE_VALUES, "corrected": True}
    assert len(shown_boxes) == 1
    box = shown_boxes[0]
    assert box.icon() == QMessageBox.Icon.Warning
    assert "the register is unchanged" in box.text()
    problems = box.detailedText().splitlines()
    assert len(problems) == 3  # one per row, each saying where
    assert all("Registre" in line and PICKED in line for line in problems)
    assert any("Marie Dupont" in line for line in problems)
    assert export_json(demo_register) == before


def test_the_action_says_why_without_an_organisation(
    qtbot: Any, empty_register: RegisterDatabase, shown_boxes: list[QMessageBox]
) -> None:
    window = MainWindow(empty_register, "en")
    qtbot.addWidget(window)
    action = window.documents.import_table_action
    assert action.isEnabled()  # so that it can say why
    window.documents.table_import.dialog()  # no file dialog: the box comes first
    assert [box.text() for box in shown_boxes] == ["This register holds no organisation yet."]
    assert "File ▸ New register" in shown_boxes[0].informativeText()


# -- the mapping remembered, saved and loaded ----------------------------------------------------


def test_the_mapping_applied_is_offered_again_for_the_same_table(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    first = write_table(tmp_path / "registre.xlsx")

    def map_owner(dialog: TableImportDialog) -> None:
        pick(qtbot, dialog, field_row(dialog, PICKED), "owner")
        dialog.next_button.click()
        dialog.preview_button.click()

    when_shown(TableImportDialog, map_owner)
    when_shown(ImportPreviewDialog, lambda preview: preview.accept())
    choose_file(monkeypatch, first)
    assert window.documents.table_import.dialog() is True
    assert list(mappings_dir().glob("*.json"))

    # Next month's version of the same table: other rows, the same columns.
    later = write_table(
        tmp_path / "registre-avril.xlsx",
        [["T-104", "Paie", "Salaires", "Obligation légale", "Ana", "Non", "ZX-4"]],
    )
    looked: dict[str, Any] = {}

    def look(dialog: TableImportDialog) -> None:
        looked["field"] = field_of(dialog, PICKED)
        looked["marked"] = dialog.columns.model.index(field_row(dialog, PICKED), 0).data(MarkedRole)
        looked["info"] = (
            dialog.columns.info_label.text() if dialog.columns.info_label.isVisible() else ""
        )
        dialog.reject()

    when_shown(TableImportDialog, look)
    choose_file(monkeypatch, later)
    window.documents.table_import.dialog()
    assert looked["field"] == "owner"
    assert looked["marked"] is False
    assert "last time" in looked["info"]


def test_a_remembered_mapping_that_cannot_be_read_is_ignored(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_table(tmp_path / "registre.xlsx")
    mappings_dir().mkdir(parents=True)
    looked: dict[str, Any] = {}

    def look(dialog: TableImportDialog) -> None:
        looked["signature"] = dialog.mapping.signature()
        dialog.reject()

    when_shown(TableImportDialog, look)
    choose_file(monkeypatch, path)
    window.documents.table_import.dialog()
    (mappings_dir() / f"{looked['signature']}.json").write_text("{not json", encoding="utf-8")

    again: list[str] = []

    def look_again(dialog: TableImportDialog) -> None:
        again.append(field_of(dialog, PICKED))
        dialog.reject()

    when_shown(TableImportDialog, look_again)
    window.documents.table_import.dialog()  # no message box (the fixture would fail)
    assert again == [IGNORE]


def test_a_mapping_saved_to_a_file_loads_again_and_a_bad_file_changes_nothing(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[QMessageBox],
    qtbot: Any,
) -> None:
    path = write_table(tmp_path / "registre.xlsx")
    saved = tmp_path / "ma-correspondance.json"
    bad = tmp_path / "pas-une-correspondance.json"
    bad.write_text(json.dumps({"columns": "nope"}), encoding="utf-8")
    looked: dict[str, Any] = {}

    def save_then_load(dialog: TableImportDialog) -> None:
        pick(qtbot, dialog, field_row(dialog, PICKED), "owner")
        choose_file(monkeypatch, saved)
        dialog.save_button.click()
        looked["saved"] = Mapping.from_json(saved.read_bytes()).columns.get(PICKED)
        pick(qtbot, dialog, field_row(dialog, PICKED), IGNORE)
        choose_file(monkeypatch, bad)
        dialog.load_button.click()
        looked["after_bad"] = field_of(dialog, PICKED)
        choose_file(monkeypatch, saved)
        dialog.load_button.click()
        looked["after_good"] = field_of(dialog, PICKED)
        looked["info"] = dialog.columns.info_label.text()
        dialog.reject()

    when_shown(TableImportDialog, save_then_load)
    choose_file(monkeypatch, path)
    window.documents.table_import.dialog()

    assert looked["saved"] == "owner"
    assert looked["after_bad"] == IGNORE  # unchanged by the bad file
    assert [box.text() for box in shown_boxes] == ["The mapping was not loaded: nothing changed."]
    assert looked["after_good"] == "owner"
    assert "ma-correspondance.json" in looked["info"]


# -- the dialog on its own -----------------------------------------------------------------------


def open_dialog(qtbot: Any, path: Path, plan: Any = None) -> tuple[TableImportDialog, list[Any]]:
    from ropa.exports.table import read_table

    book = read_table(path.read_bytes(), path.name)
    mapping, remembered, _signature = initial_mapping(book)
    messages: list[Any] = []
    dialog = TableImportDialog(
        None,
        book,
        mapping,
        lang="en",
        remembered=remembered,
        plan_import=plan or (lambda _parent, _mapping: None),
        show_message=lambda *args: messages.append(args),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, messages


def test_two_columns_for_a_field_that_takes_one_stop_the_next_step(
    qtbot: Any, tmp_path: Path
) -> None:
    dialog, _messages = open_dialog(qtbot, write_table(tmp_path / "registre.xlsx"))
    assert dialog.next_button.isEnabled()
    pick(qtbot, dialog, field_row(dialog, PICKED), "name")
    assert not dialog.next_button.isEnabled()
    assert dialog.columns.problem_label.isVisible()
    assert PICKED in dialog.columns.problem_label.text()
    model = dialog.columns.model
    assert model.index(field_row(dialog, "Nom du traitement"), 0).data(MarkedRole)
    assert not dialog.go_to_values()
    pick(qtbot, dialog, field_row(dialog, PICKED), "owner")
    assert dialog.next_button.isEnabled()
    assert not dialog.columns.problem_label.isVisible()


def test_enter_in_the_table_opens_the_list_never_the_next_step(qtbot: Any, tmp_path: Path) -> None:
    dialog, _messages = open_dialog(qtbot, write_table(tmp_path / "registre.xlsx"))
    view = dialog.columns.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == PAGE_COLUMNS
    editor = view.indexWidget(view.model().index(0, ColumnMappingModel.COL_FIELD))
    assert isinstance(editor, QComboBox)
    assert editor.count() == len(view.model().index(0, 1).data(ChoicesRole))


def test_the_header_row_chosen_reads_the_columns_again(qtbot: Any, tmp_path: Path) -> None:
    dialog, _messages = open_dialog(qtbot, write_table(tmp_path / "registre.xlsx"))
    assert dialog.columns.header_spin.value() == 4
    dialog.columns.header_spin.setValue(5)  # the first activity's row read as the header
    assert "Gestion des candidatures" in dialog.columns.model.headers
    dialog.columns.header_spin.setValue(4)
    assert PICKED in dialog.columns.model.headers


def test_file_texts_are_shown_literally(qtbot: Any, tmp_path: Path) -> None:
    hostile = "<b>gras</b> & <i>x</i>"
    rows = [["T-1", hostile, "Recrutement", "Contrat", "<script>", "Non", "=1+1"]]
    dialog, _messages = open_dialog(qtbot, write_table(tmp_path / "registre.xlsx", rows))
    model = dialog.columns.model
    index = model.index(field_row(dialog, "Nom du traitement"), model.COL_FIRST_EXAMPLE)
    assert index.data() == hostile
    assert "&lt;b&gt;" in index.data(Qt.ItemDataRole.ToolTipRole)  # escaped in the tooltip


def test_the_models_pass_the_model_tester(qtmodeltester: Any, qtbot: Any, tmp_path: Path) -> None:
    dialog, _messages = open_dialog(qtbot, write_table(tmp_path / "registre.xlsx"))
    qtmodeltester.check(dialog.columns.model)
    dialog.go_to_values()
    qtmodeltester.check(dialog.values_model)


def test_a_duration_beyond_the_usual_list_is_shown_in_words(qtbot: Any, tmp_path: Path) -> None:
    """ "45 jours" is guessed as 45 days, which the list of usual periods does not hold: the
    review shows it in the user's words (the engine's value_label), never the code P45D, and
    "not recorded" comes first in its list."""
    path = tmp_path / "durees.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nom du traitement", "Durée de conservation"])
    sheet.append(["Journaux du serveur", "45 jours"])
    book.save(path)
    dialog, messages = open_dialog(qtbot, path)
    assert dialog.go_to_values()
    model = dialog.values_model
    [row] = [r for r, guess in enumerate(model.rows) if guess.raw == "45 jours"]
    assert model.rows[row].code == "P45D"
    choice = model.index(row, model.COL_CHOICE)
    assert choice.data() == "45 days"
    choices = choice.data(ChoicesRole)
    assert choices[0][0] == ""  # not recorded, first
    assert ("P45D", "45 days") in choices
    assert messages == []
