"""The PDF register's breach register (annex G, Art. 33(5)) and rights-request summary (annex
H), read back with pdftotext: every breach with its facts, effects, remedial action and where
its notification stands, its notes never printed; the requests counted per year and state with
no personal detail (no requester, reference or reason printed); in the document's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ropa.core import services
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.pdf import build_pdf
from tests.unit.test_pdf_register import body_text, squeeze, words_outside_the_frame

REQUESTER = "Jeanne Vandenbroucke"
REASON = "Demande répétée pour la quatrième fois ce mois"
BREACH_NOTE = "Ne pas montrer à l'inspecteur : assureur prévenu"


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The demo, with two breaches (one notified late with its reasons, one documented only)
    and requests of every state over two years."""
    db = create_register(tmp_path_factory.mktemp("annexes") / "demo.ropa", demo=True)
    now = datetime.now(UTC)
    today = date.today()
    with db.transaction() as s:
        org = s.scalars(select(m.Organisation.id)).one()
        category = s.scalars(
            select(m.DataCategory.id).where(m.DataCategory.organisation_id == org)
        ).first()
        assert category is not None
        activity = s.scalars(select(m.Activity.id).where(m.Activity.reference == "T-05")).one()
        breach = {
            "name": "Ordinateur portable volé",
            "discovered_at": datetime(2026, 3, 2, 8, 30, tzinfo=UTC),
            "description": "Un portable non chiffré volé dans un train.",
            "natures": ["confidentiality"],
            "people_count": 1250,
            "consequences": "Risque d'hameçonnage ciblé des salariés.",
            "risk": "high_risk",
            "risk_reasoning": "Données de paie non chiffrées.",
            "measures_taken": "Comptes révoqués, mots de passe changés.",
            "authority_notified_at": datetime(2026, 3, 6, 10, 0, tzinfo=UTC),
            "authority_reference": "APD-2026-0042",
            "delay_reasons": "Inventaire du contenu du portable.",
            "notes": BREACH_NOTE,
        }
        created = services.create(s, m.Breach, breach, org)
        services.set_links(s, created, "activities", [activity])
        services.set_links(s, created, "data_categories", [category])
        unlikely = {
            "name": "Courriel mal adressé",
            "discovered_at": now - timedelta(days=20),
            "risk": "unlikely",
            "risk_reasoning": "Destinataire interne, message supprimé.",
        }
        services.create(s, m.Breach, unlikely, org)
        requests: list[dict[str, Any]] = [
            # 2025: one answered in time (access), one answered late (erasure, refused).
            {
                "received_on": date(2025, 2, 3),
                "answered_on": date(2025, 2, 20),
                "rights": ["access"],
                "decision": "granted",
            },
            {
                "received_on": date(2025, 5, 1),
                "answered_on": date(2025, 7, 1),
                "rights": ["erasure", "objection"],
                "decision": "refused",
                "decision_reasons": REASON,
            },
            # This year: one late, one open in time, one for a client, one extended.
            {
                "received_on": today - timedelta(days=70),
                "rights": ["access"],
                "requester": REQUESTER,
            },
            {"received_on": today - timedelta(days=3), "rights": ["rectification"]},
            {"received_on": today - timedelta(days=10), "rights": ["access"], "client": True},
            {
                "received_on": today - timedelta(days=40),
                "rights": ["portability"],
                "extended": True,
            },
        ]
        client = s.scalars(
            select(m.Party.id).where(
                m.Party.organisation_id == org, m.Party.kind == "client_controller"
            )
        ).first()
        for number, values in enumerate(requests, start=1):
            values = dict(values)
            if values.pop("client", False):
                values["client_party_id"] = client
            services.create(s, m.RightsRequest, {"reference": f"DEM-{number:03}", **values}, org)
    yield db
    db.close()


@pytest.fixture(scope="module")
def french(register: Any) -> bytes:
    return build_pdf(register)


def _annex(data: bytes, start: str, end: str | None) -> str:
    text = squeeze(body_text(data))
    begin = text.rindex(squeeze(start))  # the heading, not its line in the contents
    return text[begin : text.index(squeeze(end), begin) if end else None]


def test_the_breach_register_holds_each_breach_and_never_its_notes(french: bytes) -> None:
    annex = _annex(french, "Annexe G", "Annexe H")
    for expected in (
        "Annexe G – Violations de données à caractère personnel (art. 33.5)",
        "Ordinateur portable volé",
        "Un portable non chiffré volé dans un train.",
        "Confidentialité",
        "1 250",
        "Risque d'hameçonnage ciblé des salariés.",
        "Risque élevé",
        "Données de paie non chiffrées.",
        "Comptes révoqués, mots de passe changés.",
        "APD-2026-0042",
        "Inventaire du contenu du portable.",
        "Notifiée à l’autorité après 72 heures",
        "Courriel mal adressé",
        "Pas de notification requise (risque jugé improbable)",
    ):
        assert squeeze(expected) in annex, expected
    # The latest discovered first.
    assert annex.index(squeeze("Courriel mal adressé")) < annex.index(
        squeeze("Ordinateur portable")
    )
    assert squeeze(BREACH_NOTE) not in squeeze(body_text(french))
    # The demo's own breaches are there too, their notes not printed either.
    assert squeeze("Hameçonnage d'une boîte e-mail commerciale, avril 2026") in annex
    assert squeeze("Clé USB chiffrée perdue, septembre 2026") in annex
    assert squeeze("Assureur cyber prévenu") not in squeeze(body_text(french))


def test_the_requests_are_counted_with_no_personal_detail(french: bytes) -> None:
    annex = _annex(french, "Annexe H", None)
    whole = squeeze(body_text(french))
    # The demo's own requests print nothing personal either: no requester, reference or reason.
    demo = ("Prospect P-2291", "DR-2026-003", "dossier CLI-0288", "comptable et fiscale (dix ans)")
    for personal in (REQUESTER, REASON, "DEM-001", "DEM-003", *demo):
        assert squeeze(personal) not in whole, personal
    year = date.today().year
    # Year, received, in time, late answer, open in time, open late, for a client, extended.
    counts: dict[int, list[int]] = {year: [4, 0, 0, 2, 1, 1, 1], 2025: [2, 1, 1, 0, 0, 0, 0]}
    # The demo's own four requests, all received in 2026, add to that year: DR-2026-001 and
    # DR-2026-002 answered in time, DR-2026-003 late, DR-2026-004 received for a client.
    counts[2026] = [
        a + b for a, b in zip(counts.get(2026, [0] * 7), [4, 2, 0, 0, 1, 1, 0], strict=True)
    ]
    for received, row in counts.items():
        assert squeeze(f"{received} {' '.join(map(str, row))}") in annex, (received, row)
    # The client's request counts among the rights; the demo's add two accesses (DR-2026-001,
    # DR-2026-004), an erasure (DR-2026-002) and an objection (DR-2026-003).
    assert squeeze("Accès 5") in annex
    assert squeeze("Effacement 2") in annex and squeeze("Opposition 2") in annex
    # Decisions: the client's request is not the firm's to decide (the test's nor the demo's
    # DR-2026-004); the demo's add one granted, one partly granted and one undecided (late).
    assert squeeze("Refusée 1") in annex or squeeze("Refusé 1") in annex
    assert squeeze("Acceptée en partie 1") in annex
    assert squeeze("Aucune décision enregistrée 4") in annex


def test_the_annexes_in_dutch_and_inside_the_frame(register: Any) -> None:
    dutch = build_pdf(register, lang="nl")
    text = squeeze(body_text(dutch))
    assert squeeze("Bijlage G – Inbreuken in verband met persoonsgegevens (art. 33.5)") in text
    assert squeeze("Bijlage H – Verzoeken van betrokkenen (overzicht)") in text
    assert squeeze("Jaar van ontvangst") in text
    assert words_outside_the_frame(dutch) == []


def test_an_empty_breach_register_says_so(tmp_path: Path) -> None:
    """The demo with its own breaches and requests removed."""
    db = create_register(tmp_path / "demo.ropa", demo=True)
    try:
        with db.transaction() as s:
            for table in (m.Breach, m.RightsRequest):
                for entry in s.scalars(select(table)).all():
                    s.delete(entry)
        data = build_pdf(db, lang="en")
    finally:
        db.close()
    annex = _annex(data, "Annex G", "Annex H")
    assert squeeze("None recorded.") in annex
    assert squeeze("None recorded.") in _annex(data, "Annex H", None)
