"""The "Clients & joint controllers" tab of the activity editor: what it shows for each role,
the clients of a processor activity (Art. 30(2)) and the joint controllers (Art. 26); every
write read back from the register file, and undone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QTableWidget
from sqlalchemy import select

from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.interchange import export_document
from ropa.ui.commands import RegisterEvents
from ropa.ui.forms.fields import ComboField, FieldRow, TextField
from ropa.ui.views.activity_editor import ActivityEditor
from ropa.ui.views.activity_editor.roles import PartiesOfActivitySection


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
    widget.section_pages.setCurrentIndex(titles.index("Clients & joint controllers"))
    return widget


def _section(editor: ActivityEditor) -> PartiesOfActivitySection:
    return editor.parties_of_activity


def _clients(db: RegisterDatabase, reference: str) -> list[dict[str, Any]]:
    activity_id = _activity_id(db, reference)
    with db.reader() as s:
        rows = s.scalars(
            select(m.ActivityClient)
            .where(m.ActivityClient.activity_id == activity_id)
            .order_by(m.ActivityClient.position)
        )
        return [
            {
                "party": row.party.name,
                "categories": row.processing_categories,
                "contract": row.contract_reference,
            }
            for row in rows
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
    index = row.combo.findData(value)
    assert index >= 0, value
    row.combo.setCurrentIndex(index)


def _type_text(row: FieldRow, text: str) -> None:
    assert isinstance(row, TextField)
    row.text_edit.setPlainText(text)
    row.text_edit.editing_finished.emit()  # what leaving the field does


@pytest.mark.parametrize("reference", ["ST-01", "ST-02", "ST-03"])
def test_processor_activities_show_their_clients(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any, reference: str
) -> None:
    section = _section(_editor(demo_register, stack, qtbot, reference))
    assert "As processor (Art. 30(2))" in section.explanation.text()
    assert not section.clients.isHidden() and not section.client_heading.isHidden()
    assert section.joint_controllers.isHidden() and section.joint_heading.isHidden()
    stored = _clients(demo_register, reference)
    assert len(stored) == 2
    assert _cells(section.clients.table, 0) == [c["party"] for c in stored]
    assert section.clients.party.combo.currentText() == stored[0]["party"]
    categories = section.clients.row_of("processing_categories")
    assert isinstance(categories, TextField)
    # QPlainTextEdit.toPlainText() gives no-break spaces as plain spaces.
    assert categories.text_edit.toPlainText() == stored[0]["categories"].replace("\xa0", " ")


def test_controller_activity_explains_instead_of_empty_tables(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    section = _section(_editor(demo_register, stack, qtbot, "T-01"))
    assert "carried out as controller" in section.explanation.text()
    assert section.clients.isHidden() and section.joint_controllers.isHidden()
    assert section.client_heading.isHidden() and section.joint_heading.isHidden()


def test_joint_controller_activity_and_change_of_role(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    before = _document(demo_register)
    editor = _editor(demo_register, stack, qtbot, "T-18")
    section = _section(editor)
    assert "As joint controller (Art. 26)" in section.explanation.text()
    assert section.clients.isHidden() and not section.joint_controllers.isHidden()
    assert _cells(section.joint_controllers.table, 0) == ["Réseau Numérique Mosan ASBL"]
    responsibilities = section.joint_controllers.row_of("responsibilities")
    _type_text(responsibilities, "Each partner answers requests about its own members.")
    with demo_register.reader() as s:
        stored = s.scalars(select(m.ActivityJointController)).one()
        assert stored.responsibilities == "Each partner answers requests about its own members."

    role = editor.general.rows["role"]
    assert isinstance(role, ComboField)
    _choose(role, "controller")  # the joint controller listed stays shown
    assert "carried out as controller" in section.explanation.text()
    assert not section.joint_controllers.isHidden() and section.clients.isHidden()
    _choose(role, "processor")
    assert not section.clients.isHidden() and section.clients.table.rowCount() == 0
    stack.undo()  # the role (its consecutive choices are one step)
    stack.undo()
    assert "As joint controller" in section.explanation.text()
    assert section.clients.isHidden()
    assert _document(demo_register) == before


def test_edit_client_save_undo_redo(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    before = _document(demo_register)
    clients = _section(_editor(demo_register, stack, qtbot, "ST-01")).clients
    clients.table.selectRow(1)
    _type_text(clients.row_of("contract_reference"), "Contrat IG-2026-001")
    assert _clients(demo_register, "ST-01")[1]["contract"] == "Contrat IG-2026-001"
    assert _cells(clients.table, 2)[1] == "Contrat IG-2026-001"
    # A party already listed is not offered again (a party is listed once per activity).
    first = _clients(demo_register, "ST-01")[0]["party"]
    offered = [clients.party.combo.itemText(i) for i in range(clients.party.combo.count())]
    assert first not in offered and _clients(demo_register, "ST-01")[1]["party"] in offered
    lorval = _party(demo_register, "Cabinet d'avocats Lorval SRL")
    assert lorval is not None
    _choose(clients.party, lorval.id)
    assert _clients(demo_register, "ST-01")[1]["party"] == "Cabinet d'avocats Lorval SRL"
    assert _cells(clients.table, 0)[1] == "Cabinet d'avocats Lorval SRL"
    stack.undo()
    stack.undo()
    assert _document(demo_register) == before
    stack.redo()
    assert _clients(demo_register, "ST-01")[1]["contract"] == "Contrat IG-2026-001"
    assert clients.row_of("contract_reference").text_edit.toPlainText() == "Contrat IG-2026-001"  # type: ignore[attr-defined]


def test_add_client_takes_a_free_client_controller(
    demo_register: RegisterDatabase, stack: QUndoStack, qtbot: Any
) -> None:
    before = _document(demo_register)
    clients = _section(_editor(demo_register, stack, qtbot, "ST-01")).clients
    listed = {c["party"] for c in _clients(demo_register, "ST-01")}
    clients.add_button.click()
    stored = _clients(demo_register, "ST-01")
    assert len(stored) == 3 and stored[2]["party"] not in listed
    party = _party(demo_register, stored[2]["party"])
    assert party is not None and party.kind == "client_controller"
    assert clients.table.rowCount() == 3 and clients.party.combo.currentText() == party.name
    _type_text(clients.row_of("processing_categories"), "Sauvegardes externalisées")
    assert _clients(demo_register, "ST-01")[2]["categories"] == "Sauvegardes externalisées"
    stack.undo()
    stack.undo()
    assert _document(demo_register) == before and clients.table.rowCount() == 2
    stack.redo()
    assert len(_clients(demo_register, "ST-01")) == 3


def test_new_client_party_created_inline(
    demo_register: RegisterDatabase,
    stack: QUndoStack,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clients = _section(_editor(demo_register, stack, qtbot, "ST-02")).clients
    clients.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Clinique du Lac", True))
    clients.party.new_button.click()
    party = _party(demo_register, "Clinique du Lac")
    assert party is not None and party.kind == "client_controller"
    assert _clients(demo_register, "ST-02")[0]["party"] == "Clinique du Lac"
    assert _cells(clients.table, 0)[0] == "Clinique du Lac"
    stack.undo()
    assert _party(demo_register, "Clinique du Lac") is None
    assert _clients(demo_register, "ST-02")[0]["party"] != "Clinique du Lac"
