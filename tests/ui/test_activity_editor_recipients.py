"""The "Recipients & transfers" tab of the activity editor: the fields shown per kind of
recipient, saving, refusals shown under the field, parties created inline, transfers and
their safeguards; every write read back from the register file, and undone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QTableWidget
from sqlalchemy import select

from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_document
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import ComboField, FieldRow, LineField, TextField
from ropa.ui.views.activity_editor import ActivityEditor
from ropa.ui.views.activity_editor.recipients import RecipientList, TransferList


def _without_update_times(document: Any) -> Any:
    if isinstance(document, dict):
        return {k: _without_update_times(v) for k, v in document.items() if k != "updated_at"}
    if isinstance(document, list):
        return [_without_update_times(v) for v in document]
    return document


def _document(db: RegisterDatabase) -> Any:
    """The whole register as exported, without the modification times (undo sets them)."""
    return _without_update_times(export_document(db))


@pytest.fixture
def stack(qapp: Any) -> Iterator[QUndoStack]:
    undo_stack = QUndoStack()
    yield undo_stack
    undo_stack.clear()


def _activity_id(db: RegisterDatabase, reference: str) -> str:
    with db.reader() as s:
        return str(s.scalars(select(m.Activity.id).where(m.Activity.reference == reference)).one())


def _editor(db: RegisterDatabase, stack: QUndoStack, qtbot: Any, reference: str) -> ActivityEditor:
    widget = ActivityEditor(db, stack, RegisterEvents(), "en")
    qtbot.addWidget(widget)
    widget.show()  # a shown page reads a change at once (a hidden one when shown)
    widget.load(_activity_id(db, reference))
    titles = [widget.section_title(i) for i in range(widget.section_pages.count())]
    widget.section_pages.setCurrentIndex(titles.index("Recipients & transfers"))
    return widget


@pytest.fixture
def editor(demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any) -> ActivityEditor:
    return _editor(demo_register, stack, qtbot, "T-01")


def _rows(db: RegisterDatabase, model: Any, reference: str = "T-01") -> list[dict[str, Any]]:
    """The activity's recipients or transfers as stored in the register file, in order."""
    activity_id = _activity_id(db, reference)
    with db.reader() as s:
        found = s.scalars(
            select(model).where(model.activity_id == activity_id).order_by(model.position)
        )
        return [
            {c.key: getattr(row, c.key) for c in row.__table__.columns}  # type: ignore[attr-defined]
            for row in found
        ]


def _party(db: RegisterDatabase, name: str) -> m.Party | None:
    with db.reader() as s:
        party = s.scalars(select(m.Party).where(m.Party.name == name)).one_or_none()
        if party is not None:
            s.expunge(party)
        return party


def _cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]  # type: ignore[union-attr]


def _choose(row: ComboField, value: Any) -> None:
    """Choose an entry as the user does (the combo's change signal commits it)."""
    index = row.combo.findData(value)
    assert index >= 0, value
    row.combo.setCurrentIndex(index)


def _type_line(qtbot: Any, row: FieldRow, text: str) -> None:
    assert isinstance(row, LineField)
    row.line.setFocus()
    row.line.selectAll()
    row.line.setText(text)
    qtbot.keyClick(row.line, Qt.Key.Key_Return)


def _type_text(row: FieldRow, text: str) -> None:
    assert isinstance(row, TextField)
    row.text_edit.setPlainText(text)
    row.text_edit.editing_finished.emit()  # what leaving the field does


def _shown(section: RecipientList | TransferList) -> set[str]:
    return {row.fields[0] for row in section.rows if not row.isHidden()}


def test_recipients_and_fields_per_kind(editor: ActivityEditor) -> None:
    section = editor.recipients.recipients
    assert section.table.rowCount() == 7
    assert _cells(section.table, 0)[:3] == [
        "Internal department",
        "Internal department",
        "Processor",
    ]
    assert _cells(section.table, 1)[1] == "Support et infogérance"
    assert _cells(section.table, 1)[2] == "Comptabilis Fiduciaire SRL"
    section.table.selectRow(1)  # an internal department
    assert _shown(section) == {"kind", "department", "recipient_category_id", "detail"}
    assert section.row_of("department").line.text() == "Support et infogérance"  # type: ignore[attr-defined]
    section.table.selectRow(2)  # a processor from the directory
    assert _shown(section) == {
        "kind",
        "party_id",
        "recipient_category_id",
        "recipient_name",
        "detail",
    }
    assert section.party.combo.currentText() == "Comptabilis Fiduciaire SRL"
    assert editor.recipients.transfers.table.rowCount() == 0


def test_add_internal_recipient_save_undo_redo(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    before = _document(demo_register)
    section = editor.recipients.recipients
    section.add_button.click()
    rows = _rows(demo_register, m.ActivityRecipient)
    assert len(rows) == 8 and rows[-1]["recipient_name"] == "Nouveau destinataire"
    assert section.current_id == rows[-1]["id"] and section.table.rowCount() == 8

    _choose(section.kind, "internal")
    assert _rows(demo_register, m.ActivityRecipient)[-1]["kind"] == "internal"
    # The stored name stays shown (it holds a value); the party no longer applies.
    assert _shown(section) == {
        "kind",
        "department",
        "recipient_category_id",
        "recipient_name",
        "detail",
    }
    _type_line(qtbot, section.row_of("department"), "Direction commerciale")
    last = _rows(demo_register, m.ActivityRecipient)[-1]
    assert (last["department"], last["recipient_name"]) == ("Direction commerciale", None)
    assert _shown(section) == {"kind", "department", "recipient_category_id", "detail"}
    assert _cells(section.table, 1)[-1] == "Direction commerciale"
    _type_text(section.row_of("detail"), "Offres et commandes")
    assert _rows(demo_register, m.ActivityRecipient)[-1]["detail"] == "Offres et commandes"
    assert stack.count() == 4

    stack.undo()
    stack.undo()  # the department and the cleared name: one step
    last = _rows(demo_register, m.ActivityRecipient)[-1]
    assert (last["department"], last["recipient_name"]) == (None, "Nouveau destinataire")
    assert section.row_of("recipient_name").line.text() == "Nouveau destinataire"  # type: ignore[attr-defined]
    stack.redo()
    assert _rows(demo_register, m.ActivityRecipient)[-1]["department"] == "Direction commerciale"
    while stack.canUndo():
        stack.undo()
    assert _document(demo_register) == before
    assert section.table.rowCount() == 7


@pytest.mark.parametrize(
    ("kind", "party"),
    [
        ("processor", "Backvault BV"),
        ("third_party", "Banque du Sillon SA"),
        ("public_authority", "Service public fédéral Finances"),
        ("joint_controller", "Réseau Numérique Mosan ASBL"),
    ],
)
def test_add_external_recipient_from_the_directory(
    editor: ActivityEditor,
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    kind: str,
    party: str,
) -> None:
    section = editor.recipients.recipients
    section.add_button.click()
    _choose(section.kind, kind)
    assert _shown(section) == {
        "kind",
        "party_id",
        "recipient_category_id",
        "recipient_name",
        "detail",
    }
    party_row = _party(demo_register, party)
    assert party_row is not None
    _choose(section.party, party_row.id)
    last = _rows(demo_register, m.ActivityRecipient)[-1]
    assert (last["kind"], last["party_id"], last["recipient_name"]) == (kind, party_row.id, None)
    assert _cells(section.table, 0)[-1] == section.kind.combo.currentText()
    assert _cells(section.table, 1)[-1] == party
    stack.undo()
    last = _rows(demo_register, m.ActivityRecipient)[-1]
    assert (last["party_id"], last["recipient_name"]) == (None, "Nouveau destinataire")
    assert section.party.value() is None
    stack.redo()
    assert _rows(demo_register, m.ActivityRecipient)[-1]["party_id"] == party_row.id
    assert section.party.value() == party_row.id


def test_new_party_created_inline_with_the_recipient_kind(
    editor: ActivityEditor,
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    section = editor.recipients.recipients
    section.add_button.click()
    _choose(section.kind, "public_authority")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Ville de Namur", True))
    section.party.new_button.click()
    party = _party(demo_register, "Ville de Namur")
    assert party is not None and party.kind == "public_authority"
    last = _rows(demo_register, m.ActivityRecipient)[-1]
    assert (last["party_id"], last["recipient_name"]) == (party.id, None)
    assert section.party.combo.currentText() == "Ville de Namur"
    assert _cells(section.table, 1)[-1] == "Ville de Namur"
    stack.undo()  # the new party and its choice are one step
    assert _party(demo_register, "Ville de Namur") is None
    assert _rows(demo_register, m.ActivityRecipient)[-1]["recipient_name"] == "Nouveau destinataire"
    stack.redo()
    assert _rows(demo_register, m.ActivityRecipient)[-1]["party_id"] == party.id


def test_clearing_the_only_name_is_refused_under_the_field(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    before = _document(demo_register)
    section = editor.recipients.recipients
    section.table.selectRow(1)  # named by its department only
    department = section.row_of("department")
    _type_line(qtbot, department, "")
    assert department.has_error and not department.error_label.isHidden()
    assert "a recipient needs a party" in department.error_label.text()
    assert stack.count() == 0
    assert _document(demo_register) == before
    _type_line(qtbot, department, "Support")
    assert not department.has_error
    assert _rows(demo_register, m.ActivityRecipient)[1]["department"] == "Support"


def test_remove_recipient_and_undo(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack
) -> None:
    before = _document(demo_register)
    section = editor.recipients.recipients
    section.table.selectRow(2)
    section.remove_button.click()
    assert len(_rows(demo_register, m.ActivityRecipient)) == 6
    assert section.table.rowCount() == 6
    stack.undo()
    assert _document(demo_register) == before
    assert section.table.rowCount() == 7


def test_transfer_to_the_us_with_scc_then_art49(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    before = _document(demo_register)
    section = editor.recipients.transfers
    section.add_button.click()
    transfers = _rows(demo_register, m.Transfer)
    assert len(transfers) == 1 and transfers[0]["country"] == "US"
    assert section.country.combo.currentText() == "United States"
    assert section.eea_hint.isHidden()
    _type_line(qtbot, section.row_of("recipient_name"), "Cloudwise Inc.")
    _choose(section.safeguard, "scc")
    stored = _rows(demo_register, m.Transfer)[0]
    assert (stored["recipient_name"], stored["safeguard"]) == ("Cloudwise Inc.", "scc")
    assert _cells(section.table, 0) == ["United States"]
    assert _cells(section.table, 1) == ["Cloudwise Inc."]
    assert _cells(section.table, 2) == ["Standard contractual clauses (Art. 46(2)(c))"]
    assert section.derogation.isHidden()

    _choose(section.safeguard, "derogation_art49")
    assert not section.derogation.isHidden()
    _type_text(section.derogation, "Art. 49(1)(b): performance of the contract")
    stored = _rows(demo_register, m.Transfer)[0]
    assert stored["safeguard"] == "derogation_art49"
    assert stored["derogation"] == "Art. 49(1)(b): performance of the contract"
    _type_line(qtbot, section.row_of("document_reference"), "Contract 2026-14")
    assert _rows(demo_register, m.Transfer)[0]["document_reference"] == "Contract 2026-14"

    stack.undo()
    stack.undo()
    stored = _rows(demo_register, m.Transfer)[0]
    assert (stored["safeguard"], stored["derogation"]) == ("derogation_art49", None)
    assert not section.derogation.isHidden()
    assert section.derogation.text_edit.toPlainText() == ""
    stack.undo()  # the safeguard's consecutive choices are one step (the stack merges them)
    assert _rows(demo_register, m.Transfer)[0]["safeguard"] is None
    assert section.safeguard.value() is None and section.derogation.isHidden()
    stack.redo()
    assert _rows(demo_register, m.Transfer)[0]["safeguard"] == "derogation_art49"
    assert not section.derogation.isHidden()
    while stack.canUndo():
        stack.undo()
    assert _document(demo_register) == before
    assert section.table.rowCount() == 0


def test_transfer_refusal_and_eea_hint(
    editor: ActivityEditor, demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    section = editor.recipients.transfers
    section.add_button.click()
    after_add = _document(demo_register)
    name = section.row_of("recipient_name")
    _type_line(qtbot, name, "")  # a transfer must name its recipient
    assert name.has_error and not name.error_label.isHidden()
    assert "name the recipient of the transfer" in name.error_label.text()
    assert stack.count() == 1 and _document(demo_register) == after_add

    _choose(section.country, "BE")  # saved, but the hint says it is no transfer
    assert _rows(demo_register, m.Transfer)[0]["country"] == "BE"
    assert not section.eea_hint.isHidden()
    assert name.line.text() == "" and name.has_error  # the refused edit is kept to fix
    _choose(section.country, "IN")
    assert section.eea_hint.isHidden()
    party = _party(demo_register, "Ridgeline Monitoring Pvt Ltd")
    assert party is not None
    _choose(section.party, party.id)  # picking a party replaces the typed name
    stored = _rows(demo_register, m.Transfer)[0]
    assert (stored["country"], stored["party_id"], stored["recipient_name"]) == (
        "IN",
        party.id,
        None,
    )
    assert _cells(section.table, 1) == ["Ridgeline Monitoring Pvt Ltd"]
    assert not name.has_error and name.error_label.isHidden()  # no longer needed


def test_existing_transfers_of_a_processor_activity(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    editor = _editor(demo_register, stack, qtbot, "ST-02")
    section = editor.recipients.transfers
    assert _cells(section.table, 0) == ["Switzerland"]
    assert _cells(section.table, 1) == ["Ticketeo AG"]
    assert section.safeguard.value() == "adequacy" and section.derogation.isHidden()
    assert section.party.combo.currentText() == "Ticketeo AG"
