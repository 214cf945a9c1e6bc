"""A new user's first register, end to end: from an organisation with nothing in it, add ten
activities from the template library, read on the dashboard what remains, fix it from there,
and `ropa check` ends clean."""

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
from ropa.ui.main_window import (
    PAGE_ACTIVITIES,
    PAGE_OVERVIEW,
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
