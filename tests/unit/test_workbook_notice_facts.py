"""The facts a notice states only as the firm recorded them travel through the Excel workbook:
each is a row of the Organisation sheet or a column of its sheet, shown in words, and an
edited workbook brings them back (yes / no / not recorded kept apart: an empty cell is not
recorded, never "No")."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ropa.core import services
from ropa.db import models as m
from ropa.exports.workbook import apply_import, build_workbook, plan_import
from tests.unit.workbook_support import (
    append_row,
    get_cell,
    headers,
    load,
    row_of,
    save,
    set_cell,
)

ORGANISATION = {
    "rights_channels": ["email", "form"],
    "rights_form_url": "https://clairbois.be/privacy/request",
    "identity_proof": "reasonable_doubt",
    "response_days": 15,
    "national_law": "=Loi du 30 juillet 2018",  # a text, never a formula
    "cookie_policy_url": "https://clairbois.be/cookies",
    "cookie_consent_method": "A banner on the first visit; a link in every footer.",
    "cookie_refusal_effect": "Videos are not shown.",
    "processes_special_data": True,
    "sells_data": False,
    "processes_minors_data": None,
    "minors_age": 16,
    "data_location": "Belgium and Germany",
    "safeguards_copy": "Write to privacy@clairbois.be for a copy.",
    "notice_version_label": "v3.1",
    "notice_version_date": date(2026, 11, 2),
}
CLEARED = {
    **{key: None for key in ORGANISATION},
    "rights_channels": [],
    "processes_special_data": False,
    "sells_data": True,
    "processes_minors_data": True,
}
PHASE = {"other_start_events": ["last_contact", "end_of_contract"], "start_combination": "latest"}


def _facts(db: Any) -> dict[str, Any]:
    """What the test sets, as the register holds it now."""
    with db.reader() as s:
        org = s.scalars(select(m.Organisation)).first()
        assert org is not None
        t01 = s.scalars(select(m.Activity).where(m.Activity.reference == "T-01")).one()
        phase = t01.retention_phases[0]
        cookie = s.scalars(select(m.Cookie).where(m.Cookie.name == "_cbm_id")).one()
        return {
            "organisation": {
                key: (value.value if hasattr(value, "value") else value)
                for key in ORGANISATION
                for value in [getattr(org, key)]
            },
            "phase": {
                "other_start_events": phase.other_start_events,
                "start_combination": phase.start_combination,
                "group": phase.data_subject_category.name if phase.data_subject_category else None,
            },
            "cookie": cookie.exemption_conditions,
            "basis": t01.purposes[0].legal_basis,
            "recipient": t01.recipients[0].kind,
            "end_action": t01.end_action,
        }


def _set(db: Any, organisation: dict[str, Any], phase: dict[str, Any], cookie: str | None) -> str:
    """Set the facts; the name of the group of people the first phase of T-01 is for."""
    with db.transaction() as s:
        org = s.scalars(select(m.Organisation)).first()
        assert org is not None
        services.update(s, m.Organisation, org.id, organisation)
        t01 = s.scalars(select(m.Activity).where(m.Activity.reference == "T-01")).one()
        group = s.scalars(
            select(m.DataSubjectCategory).where(m.DataSubjectCategory.organisation_id == org.id)
        ).first()
        assert group is not None
        services.update(
            s,
            m.RetentionPhase,
            t01.retention_phases[0].id,
            {**phase, "data_subject_category_id": group.id if phase else None},
        )
        if phase:
            services.update(s, m.Purpose, t01.purposes[0].id, {"legal_basis": "undetermined"})
            services.update(s, m.ActivityRecipient, t01.recipients[0].id, {"kind": "undetermined"})
            services.update(s, m.Activity, t01.id, {"end_action": "renew_consent"})
        else:
            services.update(s, m.Purpose, t01.purposes[0].id, {"legal_basis": "consent"})
            services.update(s, m.ActivityRecipient, t01.recipients[0].id, {"kind": "processor"})
            services.update(s, m.Activity, t01.id, {"end_action": None})
        cookie_row = s.scalars(select(m.Cookie).where(m.Cookie.name == "_cbm_id")).one()
        services.update(s, m.Cookie, cookie_row.id, {"exemption_conditions": cookie})
        return str(group.name)


def test_the_new_facts_are_shown_in_words_and_come_back(demo_register: Any) -> None:
    conditions = "CNIL audience measurement conditions"
    group = _set(demo_register, ORGANISATION, PHASE, conditions)
    expected = _facts(demo_register)
    assert expected["organisation"] == {
        **ORGANISATION,
        "identity_proof": "reasonable_doubt",
    }
    book_bytes = build_workbook(demo_register, lang="en")
    assert plan_import(demo_register, book_bytes).is_empty  # read back as it was written

    book = load(book_bytes)
    organisation = book["Organisation"]

    def value(field: str) -> Any:
        return get_cell(organisation, row_of(organisation, "Field", field), "Value")

    assert value("Ways to send a request") == "E-mail\nOnline form"
    assert value("Proof of identity asked") == "When there is reasonable doubt about the identity"
    assert value("Answer time (days)") == 15
    assert value("Special categories of data (Art. 9)") == "Yes"
    assert value("Sale of personal data") == "No"
    assert value("Data of minors") is None  # not recorded: an empty cell, not "No"
    assert value("National data protection law") == "=Loi du 30 juillet 2018"
    assert organisation.cell(
        row_of(organisation, "Field", "National data protection law"), 2
    ).data_type == ("s")
    retention = book["Retention"]
    row = next(
        r
        for r in range(2, retention.max_row + 1)
        if get_cell(retention, r, "Other starting points")
    )
    assert get_cell(retention, row, "Activity") == "T-01"
    assert set(get_cell(retention, row, "Other starting points").split("\n")) == {
        "Last contact",
        "End of the contract",
    }
    assert get_cell(retention, row, "With several starting points") == "Whichever is later"
    assert get_cell(retention, row, "Category of data subjects") == group
    cookies = book["Cookies"]
    cookie_row = row_of(cookies, "Name", "_cbm_id")
    assert get_cell(cookies, cookie_row, "Consent exemption conditions") == conditions

    # The register changed since: importing the workbook brings every fact back.
    _set(demo_register, CLEARED, {"other_start_events": [], "start_combination": None}, None)
    assert _facts(demo_register) != expected
    plan = plan_import(demo_register, book_bytes)
    apply_import(demo_register, plan)
    assert _facts(demo_register) == expected


def test_a_declaration_typed_in_the_workbook(demo_register: Any) -> None:
    _set(demo_register, {"sells_data": True, "processes_minors_data": False}, {}, None)
    book = load(build_workbook(demo_register, lang="fr"))
    organisation = book["Organisation"]
    sells = row_of(organisation, "Champ", "Vente de données personnelles")
    minors = row_of(organisation, "Champ", "Données de mineurs")
    assert get_cell(organisation, sells, "Valeur") == "Oui"
    set_cell(organisation, sells, "Valeur", "Non")
    set_cell(organisation, minors, "Valeur", None)  # emptied: no longer recorded
    plan = plan_import(demo_register, save(book))
    apply_import(demo_register, plan)
    facts = _facts(demo_register)["organisation"]
    assert (facts["sells_data"], facts["processes_minors_data"]) == (False, None)


# Whether a DPO is designated, whether an activity decides automatically or profiles, and
# whether its data leave the EEA: yes, no, or not recorded (an empty cell, never "No").
ANSWERS = {
    "T-01": {"automated_decision": None, "profiling": True, "transfers_outside_eea": False},
    "T-02": {"automated_decision": False, "profiling": None, "transfers_outside_eea": None},
    "T-03": {"automated_decision": True, "profiling": False, "transfers_outside_eea": True},
}
ANSWER_TITLES = {
    "automated_decision": "Automated decision-making (Art. 22)",
    "profiling": "Profiling",
    "transfers_outside_eea": "Data transferred outside the EEA",
}
WORDS = {True: "Yes", False: "No", None: None}


def _answers(db: Any) -> dict[str, Any]:
    with db.reader() as s:
        org = s.scalars(select(m.Organisation)).first()
        assert org is not None
        found: dict[str, Any] = {"dpo_designated": org.dpo_designated}
        for reference in ANSWERS:
            activity = s.scalars(select(m.Activity).where(m.Activity.reference == reference)).one()
            found[reference] = {key: getattr(activity, key) for key in ANSWER_TITLES}
        return found


def _set_answers(db: Any, answers: dict[str, Any]) -> None:
    with db.transaction() as s:
        org = s.scalars(select(m.Organisation)).first()
        assert org is not None
        services.update(s, m.Organisation, org.id, {"dpo_designated": answers["dpo_designated"]})
        for reference in ANSWERS:
            activity = s.scalars(select(m.Activity).where(m.Activity.reference == reference)).one()
            services.update(s, m.Activity, activity.id, answers[reference])


def test_yes_no_and_not_recorded_answers_come_back_apart(demo_register: Any) -> None:
    expected = {"dpo_designated": None, **ANSWERS}
    _set_answers(demo_register, expected)
    assert _answers(demo_register) == expected
    book_bytes = build_workbook(demo_register, lang="en")
    assert plan_import(demo_register, book_bytes).is_empty  # no phantom change

    book = load(book_bytes)
    organisation = book["Organisation"]
    assert get_cell(organisation, row_of(organisation, "Field", "DPO designated"), "Value") is None
    register = book["Controller register"]
    for reference, answers in ANSWERS.items():
        row = row_of(register, "Reference", reference)
        for key, value in answers.items():
            assert get_cell(register, row, ANSWER_TITLES[key]) == WORDS[value], (reference, key)

    # The register changed since: importing the workbook brings each answer back as it was.
    flipped = {
        "dpo_designated": True,
        **{
            reference: {key: not value for key, value in answers.items()}
            for reference, answers in ANSWERS.items()
        },
    }
    _set_answers(demo_register, flipped)
    apply_import(demo_register, plan_import(demo_register, book_bytes))
    assert _answers(demo_register) == expected


def test_answers_typed_or_emptied_in_the_workbook(demo_register: Any) -> None:
    _set_answers(demo_register, {"dpo_designated": False, **ANSWERS})
    book = load(build_workbook(demo_register, lang="fr"))
    organisation = book["Organisation"]
    set_cell(organisation, row_of(organisation, "Champ", "DPO désigné"), "Valeur", None)
    register = book["Registre du responsable"]
    row = row_of(register, "Référence", "T-01")
    set_cell(register, row, "Profilage", None)  # emptied: no longer recorded
    set_cell(register, row, "Données transférées hors EEE", "Oui")
    row = row_of(register, "Référence", "T-02")
    set_cell(register, row, "Décision individuelle automatisée (art. 22)", None)
    plan = plan_import(demo_register, save(book))
    apply_import(demo_register, plan)
    found = _answers(demo_register)
    assert found["dpo_designated"] is None
    assert found["T-01"] == {
        "automated_decision": None,
        "profiling": None,
        "transfers_outside_eea": True,
    }
    assert found["T-02"]["automated_decision"] is None
    assert found["T-03"] == ANSWERS["T-03"]


def test_a_workbook_from_before_the_transfers_answer_still_imports(demo_register: Any) -> None:
    """A workbook written before the column existed keeps the register's answers; a new
    activity typed in it has none recorded."""
    _set_answers(demo_register, {"dpo_designated": None, **ANSWERS})
    book = load(build_workbook(demo_register, lang="en"))
    for title in ("Controller register", "Processor register"):
        sheet = book[title]
        sheet.delete_cols(headers(sheet)["Data transferred outside the EEA"])
    register = book["Controller register"]
    append_row(register, {"Reference": "T-90", "Name": "Nouvelle activité", "Status": "Draft"})
    plan = plan_import(demo_register, save(book))
    apply_import(demo_register, plan)
    assert _answers(demo_register) == {"dpo_designated": None, **ANSWERS}
    with demo_register.reader() as s:
        added = s.scalars(select(m.Activity).where(m.Activity.reference == "T-90")).one()
        assert added.transfers_outside_eea is None and added.automated_decision is None
