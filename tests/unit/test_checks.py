"""The compliance checks: each rule fires on a register that breaks it, at the right place, and
stays silent once the register is repaired; their texts in every language; the demo's findings."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from ropa.core.checks.engine import (
    RULES,
    CheckContext,
    _load_rules,
    check_register,
    load_context,
    run_checks,
)
from ropa.core.checks.model import Finding, Severity
from ropa.core.i18n import LANGUAGES, catalogue
from ropa.core.register import create_register
from ropa.db import models as m
from tests.unit.checks_support import (
    ACTIVITY,
    TODAY,
    VIOLATIONS,
    clean_register,
)

_load_rules()
RULE_IDS = sorted(RULES)


def _serious(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity in (Severity.ERROR, Severity.WARNING)]


def test_every_rule_has_a_violation_in_these_tests() -> None:
    assert set(VIOLATIONS) == set(RULES) and len(RULES) == 68


def test_a_complete_register_has_no_finding(tmp_path) -> None:
    register = clean_register(tmp_path)
    assert register.checks() == []
    # A complete processor activity beside it: no basis, no retention, still nothing to say.
    register.processor_activity()
    assert register.checks() == []


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_each_rule_fires_where_it_is_broken_and_not_once_repaired(tmp_path, rule_id: str) -> None:
    register = clean_register(tmp_path)
    case = VIOLATIONS[rule_id](register)
    found = register.checks()
    ours = [f for f in found if f.rule == rule_id]
    assert len(ours) == 1, found
    [finding] = ours
    rule = RULES[rule_id]
    assert finding.severity == rule.severity and finding.article == rule.article
    assert (finding.table, finding.entity_id, finding.field) == (
        case.table,
        case.entity_id,
        case.field,
    )
    assert finding.label == case.label
    if case.label == ACTIVITY:
        assert finding.activity_id == register.activity_id
    for key, value in (case.params or {}).items():
        assert finding.params[key] == value
    # Breaking one thing raises that rule only.
    serious = {rule_id} if rule.severity != Severity.ADVICE else set()
    assert {f.rule for f in _serious(found)} == serious

    case.fix()
    assert register.of_rule(rule_id) == []
    assert _serious(register.checks()) == []


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_each_rule_speaks_every_language_with_its_values_filled(tmp_path, rule_id: str) -> None:
    register = clean_register(tmp_path)
    VIOLATIONS[rule_id](register)
    [finding] = register.of_rule(rule_id)
    for lang in LANGUAGES:
        for part in ("message", "hint"):
            assert catalogue(lang).get(f"check.{rule_id}.{part}"), (lang, part)
        message, hint = finding.message(lang), finding.hint(lang)
        assert message and not message.startswith("check.") and "{" not in message
        assert hint and not hint.startswith("check.") and "{" not in hint
        said = {  # codes are said in words: a country's name, an audience's label
            "country": {"fr": "États-Unis", "nl": "Verenigde Staten", "en": "United States"},
            "audience": {
                "fr": "tous les publics",
                "nl": "alle doelgroepen",
                "en": "every audience",
            },
            "language": {"fr": "néerlandais", "nl": "Nederlands", "en": "Dutch"},
            # a party's contract, where it stands (the cases: none recorded)
            "contract_state": {
                "fr": "aucun contrat avec lui n’est enregistré",
                "nl": "er is geen verwerkersovereenkomst geregistreerd",
                "en": "no contract with it is recorded",
            },
            # Art. 28(3) stipulations, by their labels (the last one named)
            "clauses": {
                "fr": "h) Informations et audits",
                "nl": "h) Informatie en audits",
                "en": "(h) Information and audits",
            },
        }
        for key, value in finding.params.items():
            expected = said[key][lang] if key in said else value
            assert expected in message, (lang, message)
        if finding.field:
            assert not finding.field_label(lang).startswith("field."), finding.field
    assert finding.message("fr") != finding.message("en")


def test_processor_activities_need_no_basis_retention_or_art9_condition(tmp_path) -> None:
    register = clean_register(tmp_path)
    activity = register.processor_activity()
    health = register.seeded(m.DataCategory, "health")
    register.create(m.ActivityDataCategory, {"data_category_id": health}, activity)
    criminal = register.seeded(m.DataCategory, "criminal")
    register.create(m.ActivityDataCategory, {"data_category_id": criminal}, activity)
    assert register.checks() == []
    # A controller activity with the same gaps is reported.
    register.update(m.Activity, activity, role="controller")
    rules = {f.rule for f in register.checks() if f.activity_id == activity}
    assert rules == {
        "purpose.no_legal_basis",
        "activity.no_recipients",
        "activity.no_retention",
        "data.special_without_condition",
        "data.criminal_without_basis",
    }


def test_retired_activities_are_not_checked(tmp_path) -> None:
    register = clean_register(tmp_path)
    retired = register.activity(
        "T-99", status="retired", end_date=date(2024, 12, 31), next_review=date(2020, 1, 1)
    )
    register.create(m.Purpose, {"description": "Ancienne prospection"}, retired)
    register.create(
        m.Transfer, {"country": "US", "recipient_name": "Old", "notes": "Safe Harbor"}, retired
    )
    processor = register.create(m.Party, {"name": "Ancien routeur", "kind": "processor"})
    register.create(m.ActivityRecipient, {"kind": "processor", "party_id": processor}, retired)
    assert register.checks() == []
    # A draft is checked: it is on its way to the register.
    register.update(m.Activity, retired, status="draft")
    rules = {f.rule for f in register.checks() if f.activity_id == retired}
    assert {"activity.no_data_subjects", "purpose.no_legal_basis"} <= rules
    assert "contract.processor_without_contract" in {f.rule for f in register.checks()}


def test_a_cookie_needing_consent_is_explained_only_by_an_active_activity_in_the_notice(
    tmp_path,
) -> None:
    register = clean_register(tmp_path)
    cookie = register.create(m.Cookie, {"name": "_ga", "category": "analytics"})
    assert register.of_rule("cookie.consent_not_in_notice") == []  # no consent: no finding
    register.update(m.Cookie, cookie, consent_required=True, activity_id=register.activity_id)
    assert register.of_rule("cookie.consent_not_in_notice") == []
    register.update(m.Activity, register.activity_id, in_notice=False)
    assert [f.entity_id for f in register.of_rule("cookie.consent_not_in_notice")] == [cookie]
    register.update(m.Activity, register.activity_id, in_notice=True, status="draft")
    assert [f.entity_id for f in register.of_rule("cookie.consent_not_in_notice")] == [cookie]


def test_review_overdue_depends_on_the_day_of_the_check(tmp_path) -> None:
    register = clean_register(tmp_path)
    register.update(m.Activity, register.activity_id, next_review=date(2026, 6, 30))
    assert register.of_rule("activity.review_overdue", today=date(2026, 6, 30)) == []
    [late] = register.of_rule("activity.review_overdue", today=date(2026, 7, 1))
    assert late.params == {"date": "2026-06-30"} and "2026-06-30" in late.message("en")
    register.update(m.Activity, register.activity_id, next_review=None)
    assert register.of_rule("activity.review_overdue", today=date(2030, 1, 1)) == []


def test_dpia_likely_from_two_criteria_until_an_assessment_is_recorded(tmp_path) -> None:
    register = clean_register(tmp_path)
    activity = register.activity_id

    def dpia() -> list[Finding]:
        return register.of_rule("activity.dpia_likely")

    register.update(m.Activity, activity, dpia_criteria=["large_scale"])
    assert dpia() == []  # one criterion
    register.update(m.Activity, activity, dpia_criteria=["large_scale", "sensitive_data"])
    assert [f.params["count"] for f in dpia()] == ["2"]
    for status in ("not_required", "required"):
        register.update(m.Activity, activity, dpia_status=status)
        assert len(dpia()) == 1, status
    for status in ("in_progress", "done"):
        register.update(m.Activity, activity, dpia_status=status)
        assert dpia() == [], status
    register.update(m.Activity, activity, dpia_status="not_assessed", dpia_reference="AIPD-2026")
    assert dpia() == []


def test_invalid_safeguard_is_found_in_every_text_of_a_transfer(tmp_path) -> None:
    register = clean_register(tmp_path)
    base = {"country": "US", "recipient_name": "Cloudy", "safeguard": "eu_us_dpf"}
    for column, text, name in (
        ("derogation", "Based on safe harbour.", "safe harbour"),
        ("document_reference", "Privacy-Shield certificate", "Privacy-Shield"),
        ("copy_access", "See the SAFE HARBOR list", "SAFE HARBOR"),
    ):
        transfer = register.create(m.Transfer, {**base, column: text}, register.activity_id)
        [finding] = [
            f for f in register.of_rule("transfer.invalid_safeguard") if f.entity_id == transfer
        ]
        assert (finding.field, finding.params["name"]) == (column, name)
    # The tool that replaced them is no finding.
    register.create(
        m.Transfer, {**base, "notes": "EU-US Data Privacy Framework"}, register.activity_id
    )
    assert len(register.of_rule("transfer.invalid_safeguard")) == 3


def test_processor_without_contract_only_for_processors_in_use(tmp_path) -> None:
    register = clean_register(tmp_path)
    unused = register.create(m.Party, {"name": "Inutilisé SA", "kind": "processor"})
    third = register.create(m.Party, {"name": "Banque SA", "kind": "third_party"})
    register.create(
        m.ActivityRecipient, {"kind": "third_party", "party_id": third}, register.activity_id
    )
    assert register.of_rule("contract.processor_without_contract") == []
    register.create(
        m.ActivityRecipient, {"kind": "processor", "party_id": unused}, register.activity_id
    )
    [finding] = register.of_rule("contract.processor_without_contract")
    assert finding.entity_id == unused and finding.activity_id is None


def test_only_the_organisations_own_catalogue_entries_are_reported_unused(tmp_path) -> None:
    register = clean_register(tmp_path)
    with register.db.reader() as s:
        seeded = s.query(m.DataCategory).filter(m.DataCategory.seed_key.isnot(None)).count()
    assert seeded > 10  # most of them unused, none reported
    assert register.of_rule("catalogue.unused") == []
    ids = {
        register.create(
            m.DataSubjectCategory, {"name": "Visiteurs du salon"}
        ): "data_subject_category",
        register.create(m.RecipientCategory, {"name": "Traducteurs"}): "recipient_category",
        register.create(m.SecurityMeasure, {"name": "Coffre-fort"}): "security_measure",
    }
    found = register.of_rule("catalogue.unused")
    assert {f.entity_id: f.table for f in found} == ids
    assert {f.severity for f in found} == {Severity.ADVICE}
    # Used by a retired activity is still used: deleting it would break that activity.
    retired = register.activity("T-99", status="retired", end_date=date(2024, 12, 31))
    register.link(
        retired, "security_measures", [next(k for k, v in ids.items() if v == "security_measure")]
    )
    assert len(register.of_rule("catalogue.unused")) == 2


def test_notice_outdated_needs_a_publication_and_a_later_change(tmp_path) -> None:
    from ropa.exports.notice.versions import publish_notice

    register = clean_register(tmp_path)
    register.update(m.Activity, register.activity_id, name="Clients")
    assert register.of_rule("notice.outdated") == []  # never published
    publish_notice(register.db)
    assert register.of_rule("notice.outdated") == []
    register.update(m.Purpose, register.purpose_id, description="Livrer les commandes")
    [finding] = register.of_rule("notice.outdated")
    assert finding.params["audience"] == "all" and finding.table == "organisation"
    assert date.fromisoformat(finding.params["date"]) <= date.today()


# -- the demo, ordering, serialisation ---------------------------------------------------------


@pytest.fixture(scope="module")
def demo_findings(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    db = create_register(tmp_path_factory.mktemp("checks") / "demo.ropa", demo=True)
    with db.reader() as s:
        org_id = s.query(m.Organisation.id).scalar()
        findings = check_register(s, org_id, today=date(2026, 11, 23))
    db.close()
    return findings


def test_the_demo_has_exactly_the_findings_its_notes_announce(demo_findings) -> None:
    # Its translations are checked apart (test_checks_translation.py): the demo's partial
    # English is there to show them.
    demo_findings = [f for f in demo_findings if not f.rule.startswith("translation.")]
    assert {(f.rule, f.label) for f in demo_findings} == {
        # Its contract is a draft sent for signature (the party's and the contract's notes).
        ("contract.processor_without_contract", "Sécurivision SRL"),
        # Standard terms without deletion at the end nor audits: an amendment was asked for.
        ("contract.clauses_missing", "RemoteLink GmbH"),
        # The 2020 addendum, to review on 30 September 2026.
        ("contract.review_due", "Secrétariat social Horizon ASBL"),
        ("activity.review_overdue", "T-11 \u2013 Gestion des fournisseurs et sous-traitants"),
        # Backvault's sub-processor contract, of which only an extract was received.
        ("contract.clauses_unchecked", "Nordlager Rechenzentrum GmbH"),
        # The two projects the demo keeps as drafts.
        ("activity.draft", "T-21 \u2013 Assistant de tri des tickets (projet pilote)"),
        ("activity.draft", "T-20 \u2013 Ateliers d'inclusion numérique pour la commune"),
        # The objection to prospecting received by phone on 5 October 2026, never answered
        # (the request's notes): late on any day after 5 November 2026.
        ("request.late", "DR-2026-003"),
    }
    severities = [f.severity for f in demo_findings]
    assert severities == [Severity.ERROR] * 2 + [Severity.WARNING] * 3 + [Severity.ADVICE] * 3
    [late] = [f for f in demo_findings if f.rule == "request.late"]
    assert (late.table, late.field, late.params["due"]) == (
        "rights_request",
        "answered_on",
        "05/11/2026",
    )
    [draft] = [f for f in demo_findings if f.rule == "contract.processor_without_contract"]
    assert (draft.table, draft.field) == ("contract", "status")
    assert "projet, non signé" in draft.message("fr")


def test_findings_come_errors_first_and_serialise_to_json(tmp_path) -> None:
    register = clean_register(tmp_path)
    register.create(m.DataCategory, {"name": "Aaa inutilisée"})  # advice, sorts first by name
    register.update(m.Activity, register.activity_id, next_review=date(2026, 1, 1))  # warning
    register.update(m.Purpose, register.purpose_id, legal_basis=None)  # error
    findings = register.checks()
    assert [f.severity for f in findings] == [Severity.ERROR, Severity.WARNING, Severity.ADVICE]
    dumped: list[dict[str, Any]] = json.loads(json.dumps([f.as_dict("fr") for f in findings]))
    assert dumped[0]["rule"] == "purpose.no_legal_basis"
    assert dumped[0]["severity"] == "error" and dumped[0]["where"] == ACTIVITY
    assert dumped[0]["message"] == findings[0].message("fr") != findings[0].message("en")
    assert set(dumped[0]) == {
        "rule",
        "severity",
        "article",
        "table",
        "id",
        "field",
        "activity_id",
        "where",
        "message",
        "hint",
        "texts",
        "blocks_publication",
    }
    assert dumped[0]["blocks_publication"] is False  # the rules alone know nothing of the notice
    assert dumped[0]["texts"] == []  # the texts a finding is about, for untranslated ones


def test_run_checks_runs_only_the_named_rules(tmp_path) -> None:
    register = clean_register(tmp_path)
    register.update(m.Purpose, register.purpose_id, legal_basis=None)
    register.link(register.activity_id, "data_subjects", [])
    with register.db.reader() as s:
        context: CheckContext = load_context(s, register.org_id, TODAY)
    assert [f.rule for f in run_checks(context, ["purpose.no_legal_basis"])] == [
        "purpose.no_legal_basis"
    ]
    assert {f.rule for f in run_checks(context)} == {
        "purpose.no_legal_basis",
        "activity.no_data_subjects",
    }
