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
            },
        )
    window = MainWindow(db, "en")
    qtbot.addWidget(window)
    window.show()
    view = window.dashboard_view
    qtbot.waitUntil(lambda: view.dashboard is not None)
    assert view.dashboard is not None and view.dashboard.findings == []  # nothing recorded yet

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

    # The dashboard explains what remains: ten drafts to adapt and activate, no error.
    window.show_page(PAGE_OVERVIEW)
    qtbot.waitUntil(lambda: len(view.finding_rows(Severity.ADVICE)) == 10)
    assert view.finding_rows(Severity.ERROR) == view.finding_rows(Severity.WARNING) == []
    assert {row.finding.rule for row in view.finding_rows(Severity.ADVICE)} == {"activity.draft"}
    assert all("draft" in row.text for row in view.finding_rows(Severity.ADVICE))
    assert view.chart.counts() == [0, 0, 10]

    # Fix each from the dashboard: the finding opens its activity, where it is set active.
    while view.finding_rows(Severity.ADVICE):
        row = view.finding_rows(Severity.ADVICE)[0]
        view.findings_tree.setFocus()
        view.findings_tree.setCurrentIndex(view.finding_index(Severity.ADVICE, 0))
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
        remaining = len(view.finding_rows(Severity.ADVICE))
        window.show_page(PAGE_OVERVIEW)
        qtbot.waitUntil(lambda r=remaining: len(view.finding_rows(Severity.ADVICE)) == r - 1)
    assert view.chart.counts() == [0, 0, 0]
    window.close()
    db.close()

    # The register itself is clean; what remains is what the privacy notice would still like
    # to say (the address, minors...): warnings in the notice's words, no error.
    capsys.readouterr()
    assert cli.main(["check", str(path), "--lang", "en", "--format", "json"]) == 0
    out, _ = capsys.readouterr()
    findings = json.loads(out)
    assert findings and all(f["rule"].startswith("notice.") for f in findings)
    assert {f["severity"] for f in findings} == {"warning"}
    assert not any(f["blocks_publication"] for f in findings)
