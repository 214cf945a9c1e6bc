"""One organisation's nodes besides its processes: the organisation itself (controller and / or
processor, contacts, DPO, EU representative), and the parties and catalogue entries its
activities name, each added once, when an activity first names it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from ropa.core.language_switch import seed_wordings
from ropa.core.services import seed_catalogues
from ropa.core.snapshot import Row
from ropa.core.text_languages import document_languages, main_language, text_in
from ropa.exports.dpv import vocabulary as v
from ropa.exports.dpv.nodes import IdRef, Node, node_id, put, unique
from ropa.exports.dpv.vocabulary import term
from ropa.exports.register_view import RegisterView


class OrganisationGraph:
    """The nodes of one organisation, in the order written: the organisation, its processes,
    then the entities they name."""

    def __init__(self, organisation: Row) -> None:
        self.main = main_language(organisation)
        self.languages = document_languages(organisation)
        # The register as the PDF reads it, in the main language (look-ups by id, and the
        # retention phases in words); texts stay as stored (translations are written too).
        self.view = RegisterView(
            lang=self.main,
            organisation=organisation,
            generated_at=datetime.now(UTC),
            version=0,
            last_change=None,
        )
        self.org = organisation
        self.org_ref: IdRef = {"@id": node_id(organisation["id"])}
        self.processes: list[Node] = []
        self.entities: dict[str, Node] = {}
        catalogues = seed_catalogues()
        self.seeds = {
            key: {entry["seed_key"]: entry for entry in catalogues.get(key, [])}
            for key in ("data_categories", "data_subject_categories")
        }

    def nodes(self) -> list[Node]:
        return [self.organisation_node(), *self.processes, *self.entities.values()]

    # -- texts ------------------------------------------------------------------------------

    def texts(self, row: Row, field: str) -> list[dict[str, str]]:
        """A translatable text in each document language it has, tagged with its language."""
        found = []
        for lang in self.languages:
            text = text_in(row, field, lang, self.main)
            if text is not None:
                found.append({"@value": text, "@language": lang})
        return found

    def text(self, value: Any) -> dict[str, str] | None:
        """A text in the main language only (one without translations)."""
        return {"@value": str(value), "@language": self.main} if value else None

    # -- the organisation -----------------------------------------------------------------

    def organisation_node(self) -> Node:
        org = self.org
        roles = {a["role"] for a in org["activities"]}
        types = [term("dpv:Organisation")]
        if roles - {"processor"}:
            types.append(term("dpv:DataController"))
        if "processor" in roles:
            types.append(term("dpv:DataProcessor"))
        node: Node = {**self.org_ref, "@type": types}
        names = self.texts(org, "legal_name")
        put(node, term("dpv:hasName"), names)
        put(node, "rdfs:label", names)
        place = " ".join(str(x) for x in (org["postcode"], org["city"]) if x)
        put(node, term("dpv:hasAddress"), ", ".join(str(x) for x in (org["street"], place) if x))
        put(node, term("dpv:hasCountry"), v.country(org["country"]))
        contacts = [org["email"], org["phone"], org["website"]]
        if org["dpo_designated"] is not True:  # then the DPO fields hold the privacy contact
            contacts += [org["dpo_email"], org["dpo_phone"]]
        put(node, term("dpv:hasContact"), unique(c for c in contacts if c))
        numbers = (org[k] for k in ("enterprise_number", "vat_number", "siren", "siret", "rcs"))
        put(node, term("dpv:hasIdentifier"), unique(n for n in numbers if n))
        if org["dpo_designated"] is True:
            dpo: Node = {"@type": term("dpv:DataProtectionOfficer")}
            put(dpo, term("dpv:hasName"), org["dpo_name"])
            put(dpo, term("dpv:hasContact"), [c for c in (org["dpo_email"], org["dpo_phone"]) if c])
            put(dpo, term("dpv:hasAddress"), org["dpo_address"])
            node[term("dpv:hasDataProtectionOfficer")] = dpo
        if org["eu_representative_name"] or org["eu_representative_contact"]:
            representative: Node = {"@type": term("dpv:Representative")}
            put(representative, term("dpv:hasName"), org["eu_representative_name"])
            put(representative, term("dpv:hasContact"), org["eu_representative_contact"])
            node[term("dpv:hasRepresentative")] = representative
        return node

    # -- parties and catalogue entries ------------------------------------------------------

    def _entity(self, row_id: str, make: Callable[[str], Node], *types: str) -> IdRef:
        """The node of a party or catalogue entry (made the first time), with these types
        added: its kind in each activity that names it."""
        key = node_id(row_id)
        if key not in self.entities:
            self.entities[key] = make(key)
        node = self.entities[key]
        for cls in types:
            if cls not in node["@type"]:
                node["@type"].append(cls)
        return {"@id": key}

    def _catalogue_node(self, key: str, entry: Row, types: list[str]) -> Node:
        node: Node = {"@id": key, "@type": types}
        put(node, "rdfs:label", self.texts(entry, "name"))
        put(node, "dct:description", self.texts(entry, "description"))
        return node

    def party(self, party_id: str | None, *types: str) -> IdRef | None:
        party = self.view.parties.get(party_id or "")
        if party is None:
            return None
        return self._entity(party["id"], lambda key: self._party_node(key, party), *types)

    def _party_node(self, key: str, party: Row) -> Node:
        node: Node = {"@id": key, "@type": [term(v.PARTY_KINDS[party["kind"]])]}
        put(node, term("dpv:hasName"), party["name"])
        put(node, "rdfs:label", party["name"])
        put(node, "dct:description", self.texts(party, "service"))
        put(node, term("dpv:hasAddress"), party["address"])
        put(node, term("dpv:hasCountry"), v.country(party["country"]))
        contacts = (party["email"], party["phone"], party["website"])
        put(node, term("dpv:hasContact"), [c for c in contacts if c])
        put(node, term("dpv:hasIdentifier"), party["enterprise_number"])
        if party["dpo_name"] or party["dpo_contact"]:
            dpo: Node = {"@type": term("dpv:DataProtectionOfficer")}
            put(dpo, term("dpv:hasName"), party["dpo_name"])
            put(dpo, term("dpv:hasContact"), party["dpo_contact"])
            node[term("dpv:hasDataProtectionOfficer")] = dpo
        if party["representative"]:
            node[term("dpv:hasRepresentative")] = {
                "@type": term("dpv:Representative"),
                "dct:description": party["representative"],
            }
        return node

    def seeded(self, catalogue: str, entry: Row, mapping: dict[str, str]) -> str | None:
        """The DPV concept of an entry ropa seeded, while its name is one ropa gave it (now or
        in an earlier wording): an entry the firm renamed may mean something else."""
        key = entry.get("seed_key") or ""
        seed = self.seeds[catalogue].get(key)
        if seed is None or key not in mapping:
            return None
        wordings = seed_wordings(catalogue, key, "name", self.main, seed["name"].get(self.main))
        return term(mapping[key]) if entry["name"] in wordings else None

    def data_category(self, category_id: str | None) -> IdRef | None:
        entry = self.view.data_categories.get(category_id or "")
        if entry is None:
            return None

        def make(key: str) -> Node:
            types = [term("dpv:PersonalData")]
            if entry["is_special"]:
                types.append(term("dpv:SpecialCategoryPersonalData"))
            if entry["is_criminal"]:
                types.append(term("pd:Criminal"))
            if entry["is_national_id"]:
                types.append(term("pd:OfficialID"))
            concept = self.seeded("data_categories", entry, v.PERSONAL_DATA_BY_SEED)
            return self._catalogue_node(key, entry, unique([*types, concept] if concept else types))

        return self._entity(entry["id"], make)

    def data_subject(self, category_id: str | None) -> IdRef | None:
        entry = self.view.data_subjects.get(category_id or "")
        if entry is None:
            return None

        def make(key: str) -> Node:
            types = [term("dpv:DataSubject")]
            concept = self.seeded("data_subject_categories", entry, v.DATA_SUBJECTS_BY_SEED)
            if concept:
                types.append(concept)
            if entry["is_vulnerable"]:
                types.append(term("dpv:VulnerableDataSubject"))
            return self._catalogue_node(key, entry, types)

        return self._entity(entry["id"], make)

    def measure(self, measure_id: str | None) -> tuple[str, IdRef] | None:
        """A security measure and the property naming it (technical or organisational)."""
        entry = self.view.security_measures.get(measure_id or "")
        if entry is None:
            return None
        prop, cls = v.MEASURE_KINDS[entry["kind"]]
        return term(prop), self._entity(
            entry["id"], lambda key: self._catalogue_node(key, entry, [term(cls)])
        )

    def recipient_category(self, category_id: str | None, cls: str) -> IdRef | None:
        entry = self.view.recipient_categories.get(category_id or "")
        if entry is None:
            return None
        return self._entity(entry["id"], lambda key: self._catalogue_node(key, entry, []), cls)
