"""The template library: typical processing activities of a small IT firm, as data in
resources/templates/*.json, listed in the user's language and added to a register as a draft
activity through the services (validated, history recorded).

A template's texts are given in fr, nl and en ({"fr": ..., "nl": ...}); an activity added from
it gets them in each document language of its organisation at once: the main language's in
the main column, the others' in their translation columns (ropa.db.translations). A text given
as a plain string (the legal references, cited as written in French) is one text: it goes to
the main column only, and the checks list it as untranslated until someone translates it.

Each file lists the legal sources its templates cite ("references") as structured citations
(ropa.core.citations.Citation); "text" is the same citation in one line, for the template
preview."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ropa.core import services
from ropa.core.citations import Citation
from ropa.core.errors import Problem, RopaError, ValidationError
from ropa.core.i18n import normalise_language
from ropa.core.lifecycle import new_reference
from ropa.core.text_languages import document_languages
from ropa.db import models as m
from ropa.db.enums import PartyKind, Role, Status
from ropa.db.models.catalogue import CatalogueEntry
from ropa.db.translations import TRANSLATABLE, translated
from ropa.paths import resources_dir

Texts = dict[str, str]
"""A text in each language: {"fr": ..., "nl": ..., "en": ...}."""

CATALOGUES: dict[str, tuple[str, type[CatalogueEntry]]] = {
    # template key -> (seed.json key, catalogue model)
    "data_categories": ("data_categories", m.DataCategory),
    "data_subjects": ("data_subject_categories", m.DataSubjectCategory),
    "recipient_categories": ("recipient_categories", m.RecipientCategory),
    "security_measures": ("security_measures", m.SecurityMeasure),
}
ACTIVITY_TEXTS = ("name", "description", "public_description", "notes")
ACTIVITY_VALUES = (
    "role",
    "collected_from_subject",
    "in_notice",
    "audiences",
    "automated_decision",
    "profiling",
    "dpia_criteria",
    "end_action",
)
PURPOSE_TEXTS = (
    "description",
    "legitimate_interest",
    "balancing_note",
    "legal_reference",
    "consent_collection",
    "consent_withdrawal",
    "contract_description",
    "provision_consequences",
)
PURPOSE_VALUES = ("legal_basis", "provision_requirement")
PHASE_VALUES = (
    "phase",
    "duration_value",
    "duration_unit",
    "start_event",
    "other_start_events",
    "start_combination",
)
PHASE_TEXTS = ("criterion", "start_event_detail", "legal_reference", "justification")

PEOPLE: dict[str, tuple[str | None, bool]] = {
    # A purpose's "concerns" (template data only: the register links data subjects to the
    # activity, not to a purpose): key -> (the data subject seed key these people belong to,
    # whether they are themselves party to the firm's contract, Art. 6(1)(b)). Contact
    # persons and staff of a client, supplier or partner that is a legal person are not: a
    # purpose about them rests on another basis (EDPB Guidelines 2/2019).
    "clients_individuals": ("clients", True),  # consumers, sole traders in their own name
    "clients_contacts": ("clients", False),  # contact persons at corporate clients
    "client_end_users": ("client_end_users", False),  # clients' staff and users
    "supplier_contacts": ("supplier_contacts", False),
    "partner_contacts": ("partner_contacts", False),
    "freelancers_individuals": ("freelancers", True),  # contracting in their own name
    "freelancers_companies": ("freelancers", False),  # working through their company
    "employees": ("employees", True),
    "trainees": ("trainees", True),
    "candidates": ("candidates", True),  # steps taken at their request before a contract
    "event_registrants": (None, True),  # anyone registering in their own name for an event
    "prospects": ("prospects", False),
}


@dataclass(frozen=True)
class TemplateInfo:
    """A template as a picker shows it, in one language."""

    id: str
    country: str | None
    title: str
    summary: str
    role: str = Role.CONTROLLER.value


@cache
def _library() -> tuple[dict[str, dict[str, Any]], tuple[dict[str, Any], ...]]:
    """Every template by id, and the legal references they cite (all files merged)."""
    templates: dict[str, dict[str, Any]] = {}
    references: list[dict[str, Any]] = []
    for path in sorted((resources_dir() / "templates").glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        references.extend(document.get("references", []))
        for template in document["templates"]:
            if template["id"] in templates:
                raise ValueError(f"duplicate template id {template['id']!r} in {path.name}")
            templates[template["id"]] = template
    return templates, tuple(references)


def all_templates() -> list[dict[str, Any]]:
    """Every template as stored (the raw data, in file order)."""
    return list(_library()[0].values())


def template_references() -> list[dict[str, Any]]:
    """The legal sources the templates cite, once each (several files cite the same ones):
    {id, text, url, instrument, article, date, version, reviewed_on}; "text" is the
    citation in one line, as the template preview shows it."""
    first: dict[str, dict[str, Any]] = {}
    for ref in _library()[1]:
        first.setdefault(ref["id"], ref)
    return list(first.values())


def citations() -> list[Citation]:
    """The legal sources the templates cite, structured (see Citation), in file order."""
    return [Citation.from_data(ref) for ref in template_references()]


def get_template(template_id: str) -> dict[str, Any]:
    """One template's data; RopaError("error.unknown_template") for an unknown id."""
    template = _library()[0].get(template_id)
    if template is None:
        raise RopaError("error.unknown_template", template=template_id)
    return template


def list_templates(country: str | None = None, lang: str = "en") -> list[TemplateInfo]:
    """The templates in lang, sorted by title; a country keeps its own and the common ones."""
    lang = normalise_language(lang)
    wanted = country.upper() if country else None
    infos = [
        TemplateInfo(
            t["id"],
            t["country"],
            t["title"][lang],
            t["summary"][lang],
            t["activity"].get("role", Role.CONTROLLER.value),
        )
        for t in _library()[0].values()
        if wanted is None or t["country"] in (None, wanted)
    ]
    return sorted(infos, key=lambda info: (info.title.casefold(), info.id))


@dataclass(frozen=True)
class _Languages:
    """The organisation's document languages: the main one, then the others."""

    main: str
    others: tuple[str, ...]

    def texts(self, table: str, source: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
        """The texts of `source` under `keys` as the columns of `table`: each in the main
        language, and in the other document languages where `table` translates it."""
        row: dict[str, Any] = {}
        for key in keys:
            value = source.get(key)
            if value is None:
                continue
            if not isinstance(value, dict):  # one text, as written in the library
                row[key] = value
                continue
            row[key] = value[self.main]
            if key in TRANSLATABLE.get(table, ()):
                for lang in self.others:
                    if value.get(lang):
                        row[translated(key, lang)] = value[lang]
        return row


class _Catalogues:
    """The organisation's catalogue entries by seed key, created from seed.json when missing
    (with their texts in every document language)."""

    def __init__(self, session: Session, organisation_id: str, languages: _Languages) -> None:
        self.session = session
        self.organisation_id = organisation_id
        self.languages = languages
        self.cache: dict[tuple[str, str], str] = {}

    def id_of(self, kind: str, seed_key: str) -> str:
        if (kind, seed_key) in self.cache:
            return self.cache[(kind, seed_key)]
        seed_name, model = CATALOGUES[kind]
        entry = next(e for e in services.seed_catalogues()[seed_name] if e["seed_key"] == seed_key)
        table = model.__table__.name  # type: ignore[attr-defined]
        row = self.languages.texts(table, entry, entry)
        found = self.session.scalars(
            select(model).where(
                model.organisation_id == self.organisation_id, model.seed_key == seed_key
            )
        ).first()
        if found is None:  # deleted or never seeded: same name if renamed away, else a new one
            found = self.session.scalars(
                select(model).where(
                    model.organisation_id == self.organisation_id, model.name == row["name"]
                )
            ).first()
        if found is None:
            position = len(
                self.session.scalars(
                    select(model.id).where(model.organisation_id == self.organisation_id)
                ).all()
            )
            found = services.create(
                self.session, model, {**row, "position": position}, self.organisation_id
            )
        self.cache[(kind, seed_key)] = found.id
        return found.id


def _values(source: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    return {key: source[key] for key in keys if source.get(key) is not None}


def text_languages(session: Session, organisation_id: str) -> list[str]:
    """The languages add_template writes texts in: the organisation's document languages, the
    main one first."""
    organisation = services.get(session, m.Organisation, organisation_id)
    languages = document_languages(
        {"language": organisation.language.value, "other_languages": organisation.other_languages}
    )
    return [normalise_language(lang) for lang in languages]


def add_template(
    session: Session,
    organisation_id: str,
    template_id: str,
    *,
    lang: str | None = None,
    reference: str | None = None,
    clients: Sequence[str] = (),
) -> m.Activity:
    """Add a template to an organisation as a draft activity with all its children, its texts
    in each of the organisation's document languages (see the module), under reference or the
    next free one. A processor template is carried out for `clients` (party ids,
    Art. 30(2)(a)); without any, the checks ask for one. Other templates ignore them.

    `lang` is what callers knew as the organisation's language; the texts follow the
    organisation's document languages as they are now (another language has no column of its
    own in the register until it becomes one of them)."""
    del lang  # see the docstring
    template = get_template(template_id)
    [main, *others] = text_languages(session, organisation_id)
    languages = _Languages(main, tuple(others))
    spec: dict[str, Any] = template["activity"]
    role = Role(spec.get("role", Role.CONTROLLER.value))
    values = {
        **languages.texts("activity", spec, ACTIVITY_TEXTS),
        **_values(spec, ACTIVITY_VALUES),
        "reference": reference or new_reference(session, organisation_id, role),
        "status": Status.DRAFT.value,
    }
    activity = services.create(session, m.Activity, values, organisation_id)
    catalogues = _Catalogues(session, organisation_id, languages)
    _add_children(session, activity.id, spec, languages, catalogues)
    if role == Role.PROCESSOR:
        for position, party_id in enumerate(dict.fromkeys(clients)):
            services.create(
                session,
                m.ActivityClient,
                {"party_id": party_id, "position": position},
                activity.id,
            )
    services.set_links(
        session,
        activity,
        "data_subjects",
        [catalogues.id_of("data_subjects", key) for key in spec.get("data_subjects", [])],
    )
    services.set_links(
        session,
        activity,
        "security_measures",
        [catalogues.id_of("security_measures", key) for key in spec.get("security_measures", [])],
    )
    session.refresh(activity)
    return activity


def is_processor(template_id: str) -> bool:
    """Whether the template is an activity carried out as processor (it needs a client)."""
    return bool(get_template(template_id)["activity"].get("role") == Role.PROCESSOR.value)


def add_templates(
    session: Session,
    organisation_id: str,
    template_ids: Sequence[str],
    *,
    lang: str | None = None,
    client_names: Sequence[str] = (),
) -> list[m.Activity]:
    """add_template for each id, in order; the processor ones are carried out for the clients
    named (client_party: found by name or created, only when a processor template is added)."""
    clients: list[str] = []
    if any(is_processor(template_id) for template_id in template_ids):
        clients = [client_party(session, organisation_id, name) for name in client_names]
    return [
        add_template(session, organisation_id, template_id, lang=lang, clients=clients)
        for template_id in template_ids
    ]


def client_names(session: Session, organisation_id: str) -> list[str]:
    """The organisation's client parties, by name: who a processor template may be for."""
    query = select(m.Party.name).where(
        m.Party.organisation_id == organisation_id,
        m.Party.kind == PartyKind.CLIENT_CONTROLLER,
    )
    return sorted(session.scalars(query), key=str.casefold)


def client_party(session: Session, organisation_id: str, name: str) -> str:
    """The id of the organisation's party called name (case and spaces aside), else of a new
    client (controller) party of that name: the client of processor templates."""
    wanted = " ".join(name.split())
    if not wanted:
        raise ValidationError([Problem("name", "problem.required")])
    parties = session.scalars(
        select(m.Party).where(m.Party.organisation_id == organisation_id)
    ).all()
    for party in parties:
        if " ".join(party.name.split()).casefold() == wanted.casefold():
            return party.id
    values = {"name": wanted, "kind": PartyKind.CLIENT_CONTROLLER.value}
    return services.create(session, m.Party, values, organisation_id).id


def _add_children(
    session: Session,
    activity_id: str,
    spec: dict[str, Any],
    languages: _Languages,
    catalogues: _Catalogues,
) -> None:
    texts = languages.texts

    def add(model: type[Any], position: int, row: dict[str, Any]) -> None:
        services.create(session, model, {**row, "position": position}, activity_id)

    for i, purpose in enumerate(spec.get("purposes", [])):
        add(
            m.Purpose,
            i,
            {**texts("purpose", purpose, PURPOSE_TEXTS), **_values(purpose, PURPOSE_VALUES)},
        )
    for i, item in enumerate(spec.get("data_categories", [])):
        row = _values(item, ("art9_condition",))
        row["data_category_id"] = catalogues.id_of("data_categories", item["seed_key"])
        row.update(texts("activity_data_category", item, ("detail", "art9_detail", "art10_basis")))
        add(m.ActivityDataCategory, i, row)
    for i, item in enumerate(spec.get("recipients", [])):
        row = {
            "kind": item["kind"],
            **texts("activity_recipient", item, ("department", "recipient_name", "detail")),
        }
        if item.get("recipient_category"):
            row["recipient_category_id"] = catalogues.id_of(
                "recipient_categories", item["recipient_category"]
            )
        add(m.ActivityRecipient, i, row)
    for i, item in enumerate(spec.get("retention_phases", [])):
        row = {**_values(item, PHASE_VALUES), **texts("retention_phase", item, PHASE_TEXTS)}
        if item.get("data_subject"):  # a phase for one group of people
            row["data_subject_category_id"] = catalogues.id_of(
                "data_subjects", item["data_subject"]
            )
        add(m.RetentionPhase, i, row)
    for i, item in enumerate(spec.get("sources", [])):
        add(
            m.DataSource,
            i,
            {**texts("data_source", item, ("description",)), "is_public": item["is_public"]},
        )
