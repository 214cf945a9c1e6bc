"""The texts of each document language: `ropa check` names what has no text in another
document language of the organisation — an error for what the privacy notice prints (the same
texts the notice itself reads), advice for the rest — grouped per activity and entry."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ropa.core import services
from ropa.core.checks.engine import check_register
from ropa.core.checks.model import Finding, Severity
from ropa.core.reads.dashboard import load_dashboard
from ropa.db import models as m
from ropa.db.session import RegisterDatabase
from ropa.exports.notice.builder import build_from_view
from ropa.exports.register_view import load_register_view

TODAY = date(2026, 11, 23)
NOTICE, REGISTER = "translation.notice", "translation.register"


def _organisation(db: RegisterDatabase, **values: Any) -> str:
    with db.transaction() as s:
        org = services.create_organisation(
            s,
            {
                "legal_name": "Hainaut IT SRL",
                "legal_form": "SRL",
                "trade_name": "Hainaut IT",
                "country": "BE",
                "language": "fr",
                "email": "vie.privee@hainaut-it.example",
                "street": "Rue Haute 1",
                "postcode": "7000",
                "city": "Mons",
                "notice_introduction": "Nous protégeons vos données.",
                "notice_closing": "Merci de votre confiance.",
                "legal_representative": "Anne Dupont, gérante",
                "other_languages": ["nl"],
                **values,
            },
        )
        return str(org.id)


def _create(db: RegisterDatabase, model: type[Any], values: dict[str, Any], parent: str) -> str:
    with db.transaction() as s:
        return str(services.create(s, model, values, parent).id)


def _rich_register(db: RegisterDatabase) -> tuple[str, str]:
    """An organisation in French and Dutch whose texts are all typed in French only: an
    activity in the notice with every kind of text the notice may print (and some it does
    not), a processor activity and a draft beside it. Returns (organisation, activity)."""
    org = _organisation(db)
    party = _create(db, m.Party, {"name": "Hébergeur SA", "kind": "processor"}, org)
    served = _create(
        db, m.Party, {"name": "Banque SA", "kind": "third_party", "service": "Paiements"}, org
    )
    category = _create(db, m.DataCategory, {"name": "Badges", "description": "Interne"}, org)
    subject = _create(db, m.DataSubjectCategory, {"name": "Visiteurs"}, org)
    kind = _create(db, m.RecipientCategory, {"name": "Traducteurs"}, org)
    measure = _create(db, m.SecurityMeasure, {"name": "Coffre-fort", "kind": "technical"}, org)
    _create(db, m.DataCategory, {"name": "Inutilisée"}, org)  # in no activity: advice
    _create(db, m.Cookie, {"name": "_ga", "category": "analytics", "purpose": "Mesure"}, org)
    activity = _create(
        db,
        m.Activity,
        {
            "reference": "T-04",
            "name": "Recrutement",
            "status": "active",
            "in_notice": True,
            "public_description": "Nous recrutons.",
            "automated_decision": True,
            "automated_logic": "Un score.",
            "automated_consequences": "Un refus.",
            "security_notes": "Chiffré.",
            "data_location": "Belgique",
            "collected_from_subject": False,
        },
        org,
    )
    purposes = {
        "contract": {"contract_description": "Le contrat de travail"},
        "legal_obligation": {"legal_reference": "Loi du 3 juillet 1978"},
        "legitimate_interests": {
            "legitimate_interest": "Choisir le meilleur candidat",
            "balancing_note": "Note interne",
        },
        "consent": {
            "consent_collection": "Case à cocher",
            "consent_withdrawal": "Un courriel suffit",
        },
    }
    purpose_ids = []
    for basis, texts in purposes.items():
        values = {"description": f"Finalité {basis}", "legal_basis": basis, **texts}
        if basis == "contract":
            values |= {"provision_requirement": "contractual", "provision_consequences": "Rien"}
        purpose_ids.append(_create(db, m.Purpose, values, activity))
    with db.transaction() as s:
        services.set_links(s, services.get(s, m.Activity, activity), "data_subjects", [subject])
        services.set_links(s, services.get(s, m.Activity, activity), "security_measures", [measure])
    link = {"data_category_id": category, "detail": "Heures", "art9_detail": "Aucune"}
    _create(db, m.ActivityDataCategory, link, activity)
    _create(db, m.DataSource, {"description": "Agences d'intérim"}, activity)
    for values in (
        {"kind": "processor", "party_id": party, "detail": "Hébergement"},
        {"kind": "third_party", "party_id": served, "detail": "Non imprimé"},
        {"kind": "third_party", "recipient_category_id": kind, "detail": "Traductions"},
        {"kind": "third_party", "recipient_name": "Avocat", "detail": "Conseil"},
        {"kind": "internal", "department": "Direction", "detail": "Décision"},
    ):
        _create(db, m.ActivityRecipient, values, activity)
    _create(
        db,
        m.Transfer,
        {"country": "US", "party_id": party, "safeguard": "scc", "copy_access": "Sur demande"},
        activity,
    )
    _create(
        db,
        m.Transfer,
        {
            "country": "CH",
            "recipient_name": "Cabinet suisse",
            "safeguard": "derogation_art49",
            "derogation": "Exécution du contrat",
        },
        activity,
    )
    _create(
        db,
        m.RetentionPhase,
        {
            "phase": "active",
            "duration_value": 2,
            "duration_unit": "years",
            "start_event": "other",
            "start_event_detail": "La fin du recrutement",
            "criterion": "Sauf accord",
            "legal_reference": "RGPD, art. 5",
            "justification": "Interne",
            "purpose_id": purpose_ids[0],
        },
        activity,
    )
    joint = {"party_id": served, "responsibilities": "Chacun informe", "contact_point": "Nous"}
    _create(db, m.ActivityJointController, joint, activity)
    # Activities the notice does not describe: their texts are advice.
    processor = _create(
        db, m.Activity, {"reference": "P-01", "name": "Hébergement", "role": "processor"}, org
    )
    client = _create(db, m.Party, {"name": "Client SA", "kind": "client_controller"}, org)
    _create(
        db,
        m.ActivityClient,
        {"party_id": client, "processing_categories": "Stockage"},
        processor,
    )
    _create(db, m.Activity, {"reference": "T-09", "name": "Projet", "in_notice": True}, org)
    return org, activity


def _findings(db: RegisterDatabase, org: str) -> list[Finding]:
    with db.reader() as s:
        return check_register(s, org, today=TODAY)


def _keys(findings: list[Finding], rule: str) -> set[tuple[str, str, str]]:
    return {(t.table, t.row_id, t.field) for f in findings if f.rule == rule for t in f.texts}


def test_errors_are_exactly_the_texts_the_dutch_notice_shows_in_french(
    empty_register: RegisterDatabase,
) -> None:
    db = empty_register
    org, _activity = _rich_register(db)
    with db.reader() as s:
        view = load_register_view(s, org, "nl", with_history=False)
    build_from_view(view)
    assert view.localised is not None
    shown = set(view.localised.used)
    findings = _findings(db, org)
    errors = _keys(findings, NOTICE)
    assert errors == shown
    # Every other French-only text is advice, and nothing is said twice.
    advice = _keys(findings, REGISTER)
    every = {x.key for x in view.localised.missing}
    assert advice == every - shown and not advice & errors
    for table, field in (
        ("purpose", "balancing_note"),
        ("activity", "security_notes"),
        ("activity", "data_location"),
        ("activity_data_category", "art9_detail"),
        ("retention_phase", "justification"),
        ("activity_client", "processing_categories"),
        ("data_category", "description"),  # the activity's own detail is printed instead
    ):
        assert any(key[0] == table and key[2] == field for key in advice), (table, field)
    for table, field in (  # printed since the notice says them (issue 16)
        ("purpose", "consent_collection"),
        ("organisation", "legal_representative"),
    ):
        assert any(key[0] == table and key[2] == field for key in errors), (table, field)


def test_one_finding_per_activity_language_and_severity_naming_its_texts(
    empty_register: RegisterDatabase,
) -> None:
    db = empty_register
    org, activity = _rich_register(db)
    with db.transaction() as s:
        services.update(s, m.Organisation, org, {"other_languages": ["nl", "en"]})
    findings = _findings(db, org)
    mine = [f for f in findings if f.activity_id == activity and f.rule.startswith("trans")]
    assert sorted((f.rule, f.params["language"]) for f in mine) == [
        (NOTICE, "en"),
        (NOTICE, "nl"),
        (REGISTER, "en"),
        (REGISTER, "nl"),
    ]
    [error] = [f for f in mine if f.rule == NOTICE and f.params["language"] == "nl"]
    assert error.severity == Severity.ERROR and error.label == "T-04 \u2013 Recrutement"
    assert (error.table, error.entity_id, error.field) == ("activity", activity, None)
    message = error.message("fr")
    assert message.startswith(
        "Pas de texte en néerlandais pour ce que la politique de confidentialité affiche\u00a0: "
        "Nom\u00a0; Description publique"
    )
    assert len(error.texts) > 6 and f"et {len(error.texts) - 6} de plus." in message
    assert "T-04" not in message  # the label says where: the texts say where inside
    assert "Finalité 1" in message and "Geen tekst in het Engels" in [
        f for f in mine if f.rule == NOTICE and f.params["language"] == "en"
    ][0].message("nl")
    # JSON lists every text, not only those the message names.
    assert len(error.as_dict("en")["texts"]) == len(error.texts)  # type: ignore[arg-type]
    # The organisation, the entries the notice names and the cookies: one finding each.
    by_label = {(f.label, f.params["language"]) for f in findings if f.rule == NOTICE}
    for label in ("Hainaut IT SRL", "Badges", "Visiteurs", "Traducteurs", "Coffre-fort", "_ga"):
        assert (label, "nl") in by_label, label
    assert ("Banque SA", "nl") in by_label  # its service describes it in the notice
    advice = {f.label for f in findings if f.rule == REGISTER}
    assert {"Inutilisée", "P-01 \u2013 Hébergement", "T-09 \u2013 Projet"} <= advice


def test_translated_texts_are_no_finding_and_one_language_registers_have_none(
    empty_register: RegisterDatabase,
) -> None:
    db = empty_register
    org = _organisation(db, other_languages=[])
    activity = _create(
        db,
        m.Activity,
        {"reference": "T-01", "name": "Paie", "status": "active", "in_notice": True},
        org,
    )
    _create(db, m.Purpose, {"description": "Payer", "legal_basis": "contract"}, activity)
    assert [f for f in _findings(db, org) if f.rule.startswith("translation.")] == []
    with db.transaction() as s:
        services.update(s, m.Organisation, org, {"other_languages": ["nl"]})
    errors = [f for f in _findings(db, org) if f.rule == NOTICE]
    assert {f.label for f in errors} == {"Hainaut IT SRL", "T-01 \u2013 Paie"}
    with db.transaction() as s:
        services.update(
            s,
            m.Organisation,
            org,
            {
                "legal_name_nl": "Hainaut IT BV",
                "legal_form_nl": "BV",
                "trade_name_nl": "Hainaut IT",
                "notice_introduction_nl": "Wij beschermen uw gegevens.",
                "notice_closing_nl": "Bedankt voor uw vertrouwen.",
                "legal_representative_nl": "Anne Dupont, zaakvoerder",
            },
        )
        services.update(s, m.Activity, activity, {"name_nl": "Loonadministratie"})
        purpose = s.scalars(select(m.Purpose)).one()
        services.update(s, m.Purpose, purpose.id, {"description_nl": "Betalen"})
    assert [f for f in _findings(db, org) if f.rule.startswith("translation.")] == []


def test_the_dashboard_shows_the_untranslated_texts(empty_register: RegisterDatabase) -> None:
    db = empty_register
    org, activity = _rich_register(db)
    dashboard = load_dashboard(db, org, today=TODAY)  # type: ignore[arg-type]
    groups = dashboard.findings_by_severity()
    assert any(f.rule == NOTICE and f.activity_id == activity for f in groups[Severity.ERROR])
    assert any(f.rule == REGISTER for f in groups[Severity.ADVICE])
    for finding in dashboard.findings:
        for lang in ("fr", "nl", "en"):
            assert "{" not in finding.message(lang) and "{" not in finding.hint(lang)


def test_after_a_translation_the_dashboards_quick_refresh_equals_a_whole_read(
    empty_register: RegisterDatabase,
) -> None:
    from ropa.core.checks.engine import load_context, refresh_context, run_checks

    db = empty_register
    org, activity = _rich_register(db)
    with db.reader() as s:
        earlier = load_context(s, org, TODAY)
    before = run_checks(earlier)
    with db.transaction() as s:
        services.update(s, m.Activity, activity, {"name_nl": "Werving", "in_notice": False})
    with db.reader() as s:
        refreshed = refresh_context(s, earlier, [("activity", activity)], TODAY)
        whole = load_context(s, org, TODAY)
    assert refreshed is not None
    after = run_checks(refreshed)
    assert after == run_checks(whole) != before
    # Out of the notice, its texts and the entries only it named are advice now.
    assert not any(
        f.rule == NOTICE and f.label in ("T-04 \u2013 Recrutement", "Badges") for f in after
    )
    assert any(f.rule == REGISTER and f.activity_id == activity for f in after)
    assert any(f.rule == REGISTER and f.label == "Badges" for f in after)
