"""A new user's first register, end to end: from an organisation with nothing in it, add ten
activities from the template library, read on the dashboard what remains, fix it from there
(the activities set active, the processing contract with the client recorded from the
client's form), and `ropa check` ends clean."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from ropa import cli
from ropa.core.checks.model import Severity
from ropa.core.register import create_register
from ropa.core.services import create_organisation
from ropa.db import models as m
from ropa.ui.commands import UpdateEntityCommand, push
from ropa.ui.forms.fields import ChoicesField, ComboField, DateField
from ropa.ui.main_window import (
    PAGE_ACTIVITIES,
    PAGE_CONTRACTS,
    PAGE_OVERVIEW,
    PAGE_PARTIES,
    PAGE_PROCESSOR_ACTIVITIES,
    MainWindow,
)
from tests.ui.test_template_dialog import check, when_dialog_opens

TEN = [
    "customers",
    "prospecting",
    "be-accounting",
    "be-payroll",
    "be-recruitment",
    "newsletter",
    "security-logs",
    "backups",
    "processor-support",
    "processor-hosting",
]


def test_ten_templates_then_the_dashboard_then_a_clean_check(
    qtbot: Any, tmp_path: Path, capsys: Any
) -> None:
    path = tmp_path / "first.ropa"
    db = create_register(path, language="fr")
    with db.transaction() as session:  # what the first-run wizard records
        create_organisation(
            session,
            {
                "legal_name": "Atelier Numérique SRL",
                "country": "BE",
                "language": "fr",
                "email": "vie.privee@atelier.example",
                # What its privacy notice says of its practice (the Organisation page).
                "rights_channels": ["email"],
                "identity_proof": "reasonable_doubt",
                "sells_data": False,
                "dpo_designated": False,  # the wizard's DPO question, answered
            },
        )
    window = MainWindow(db, "en")
    qtbot.addWidget(window)
    window.show()
    view = window.dashboard_view
    qtbot.waitUntil(lambda: view.dashboard is not None)
    assert view.dashboard is not None and view.dashboard.rule_findings == []  # nothing recorded

    def pick(dialog: Any) -> None:
        for template_id in TEN:
            check(dialog, template_id)
        dialog.client_combo.setEditText("Client Alpha SA")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    done = when_dialog_opens(qtbot, pick)
    window.templates_action.trigger()
    assert done == [True]
    with db.reader() as session:
        added = session.scalars(select(m.Activity)).all()
        assert len(added) == 10
        assert sum(len(a.clients) for a in added) == 2  # the two processor activities
        client = session.scalars(select(m.Party).where(m.Party.name == "Client Alpha SA")).one()
    # A processor's register names each client with its contact details (Art. 30(2)(a)).
    push(
        window.undo_stack,
        UpdateEntityCommand(
            db, m.Party, client.id, {"email": "dpo@alpha.example"}, events=window.events
        ),
    )

    # The dashboard explains what remains: ten drafts to adapt and activate, no error; and,
    # as `ropa check` lists them, what the privacy notice would still like to say.
    def drafts() -> list[Any]:
        return [r for r in view.finding_rows(Severity.ADVICE) if r.finding.rule == "activity.draft"]

    window.show_page(PAGE_OVERVIEW)
    qtbot.waitUntil(lambda: len(drafts()) == 10 and view.notice_checked())
    assert view.finding_rows(Severity.ERROR) == []
    assert all(r.finding.rule.startswith("notice.") for r in view.finding_rows(Severity.WARNING))
    assert all("draft" in row.text for row in drafts())

    # Fix each from the dashboard: the finding opens its activity, where it is set active.
    while drafts():
        row = drafts()[0]
        view.findings_tree.setFocus()
        position = view.finding_rows(Severity.ADVICE).index(row)
        view.findings_tree.setCurrentIndex(view.finding_index(Severity.ADVICE, position))
        qtbot.keyClick(view.findings_tree, Qt.Key.Key_Return)
        with db.reader() as session:
            activity = session.get(m.Activity, row.finding.activity_id)
            processor = activity is not None and activity.role.value == "processor"
        assert window.current_page() == (
            PAGE_PROCESSOR_ACTIVITIES if processor else PAGE_ACTIVITIES
        )
        pane = window.processor_view if processor else window.activities_view
        activity_id = pane.opened_activity()
        assert activity_id == row.finding.activity_id
        push(
            window.undo_stack,
            UpdateEntityCommand(
                db, m.Activity, activity_id, {"status": "active"}, events=window.events
            ),
        )
        remaining = len(drafts())
        window.show_page(PAGE_OVERVIEW)
        qtbot.waitUntil(lambda r=remaining: len(drafts()) == r - 1)

    # Active, the processor activities need the written contract with their client (Art.
    # 28(3), (9)): the finding leads to the client, whose form leads to a new contract.
    def no_contract() -> list[Any]:
        errors = view.finding_rows(Severity.ERROR)
        return [r for r in errors if r.finding.rule == "contract.client_without_contract"]

    qtbot.waitUntil(lambda: len(no_contract()) == 1)
    assert view.finding_rows(Severity.ERROR) == no_contract()
    view.findings_tree.setFocus()
    view.findings_tree.setCurrentIndex(view.finding_index(Severity.ERROR, 0))
    qtbot.keyClick(view.findings_tree, Qt.Key.Key_Return)
    assert window.current_page() == PAGE_PARTIES
    assert window.parties_view.selected_party() == client.id
    assert window.parties_view.party_contracts.summary.text() == "No contract recorded"
    window.parties_view.party_contracts.new_button.click()
    assert window.current_page() == PAGE_CONTRACTS
    form = window.contracts_view.editor.rows
    for name, value in (("our_role", "processor"), ("status", "signed")):
        combo = form[name]
        assert isinstance(combo, ComboField)
        combo.combo.setCurrentIndex(combo.combo.findData(value))
    signed = form["signed_on"]
    assert isinstance(signed, DateField)
    signed.line.setText("02/03/2026")
    signed.line.editingFinished.emit()
    clauses = form["clauses"]
    assert isinstance(clauses, ChoicesField)
    for index in range(clauses.list.count()):
        clauses.list.item(index).setCheckState(Qt.CheckState.Checked)
    with db.reader() as session:
        [contract] = session.scalars(select(m.Contract)).all()
        assert contract.party_id == client.id and len(contract.clauses) == 8
    window.show_page(PAGE_OVERVIEW)
    qtbot.waitUntil(lambda: not view.finding_rows(Severity.ERROR))
    qtbot.waitUntil(view.notice_checked)
    assert view.dashboard is not None
    on_dashboard = [
        (f.rule, f.severity.value, f.blocks_publication) for f in view.dashboard.findings
    ]
    window.close()
    db.close()

    # No error: what remains is what the privacy notice would still like to say (the
    # address, minors...), warnings in the notice's words, and advice on what only the firm
    # can answer.
    capsys.readouterr()
    assert cli.main(["check", str(path), "--lang", "en", "--format", "json"]) == 0
    out, _ = capsys.readouterr()
    findings = json.loads(out)
    assert on_dashboard == [(f["rule"], f["severity"], f["blocks_publication"]) for f in findings]
    # Besides the notice's own, the questions a template cannot answer for the firm: whether
    # the data leave the EEA (advice, per activity).
    register_findings = [f for f in findings if not f["rule"].startswith("notice.")]
    assert {f["rule"] for f in register_findings} <= {
        "activity.transfers_unknown",
        "activity.automated_unknown",
    }
    assert {f["severity"] for f in register_findings} <= {"advice"}
    assert findings and {f["severity"] for f in findings} <= {"warning", "advice"}
    assert not any(f["blocks_publication"] for f in findings)
