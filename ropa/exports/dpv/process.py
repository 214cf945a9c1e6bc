"""One activity as a dpv:Process: its purposes and legal bases, data, people, roles, recipients,
transfers (nested processes), retention, rights, measures and automated decisions."""

from __future__ import annotations

from typing import Any

from ropa.core.snapshot import Row
from ropa.exports.dpv import vocabulary as v
from ropa.exports.dpv.entities import OrganisationGraph
from ropa.exports.dpv.nodes import IdRef, Node, add, node_id, put, unique
from ropa.exports.dpv.vocabulary import GDPR_ELI, ref, term


def process_node(graph: OrganisationGraph, activity: Row) -> Node:
    node: Node = {"@id": node_id(activity["id"]), "@type": [term("dpv:Process")]}
    put(node, term("dpv:hasIdentifier"), activity["reference"])
    put(node, "rdfs:label", graph.texts(activity, "name"))
    put(node, "dct:description", graph.texts(activity, "public_description"))
    status = v.ACTIVITY_STATUS.get(activity["status"])
    if status:
        node[term("dpv:hasActivityStatus")] = ref(status)
    node[term("dpv:hasApplicableLaw")] = {"@id": GDPR_ELI}
    _roles(graph, activity, node)

    purposes = [_purpose(graph, p) for p in activity["purposes"]]
    put(node, term("dpv:hasPurpose"), purposes)
    bases = [str(p["legal_basis"]) for p in activity["purposes"] if p["legal_basis"]]
    conditions = [
        v.ART9_CONDITIONS[str(link["art9_condition"])]
        for link in activity["data_categories"]
        if link["art9_condition"]
    ]
    legal = [v.LEGAL_BASES[b] for b in bases if b in v.LEGAL_BASES] + conditions
    put(node, term("dpv:hasLegalBasis"), [ref(b) for b in unique(legal)])

    data = (graph.data_category(link["data_category_id"]) for link in activity["data_categories"])
    put(node, term("dpv:hasPersonalData"), unique(d for d in data if d))
    subjects = (graph.data_subject(s) for s in activity["data_subjects"])
    put(node, term("dpv:hasDataSubject"), unique(s for s in subjects if s))
    put(node, term("dpv:hasDataSource"), [_source(graph, s) for s in activity["sources"]])
    _recipients(graph, activity, node)
    put(node, term("dpv:hasProcess"), _transfers(graph, activity))
    put(node, term("dpv:hasStorageCondition"), _retention(graph, activity))

    if activity["role"] != "processor":  # the rights of a client's people are the client's
        rights = v.rights(set(bases), activity["automated_decision"])
        node[term("dpv:hasRight")] = [{"@id": r} for r in rights]
    for measure_id in activity["security_measures"]:
        found = graph.measure(measure_id)
        if found:
            add(node, *found)
    if activity["automated_decision"] is True:
        node[term("dpv:hasContext")] = ref("dpv:AutomatedDecisionMaking")
        if activity["automated_logic"]:
            node[term("dpv:hasAlgorithmicLogic")] = {
                "@type": term("dpv:AlgorithmicLogic"),
                "dct:description": graph.texts(activity, "automated_logic"),
            }
    if activity["profiling"] is True:
        node[term("dpv:hasProcessing")] = ref("dpv:Profiling")
    return node


def _roles(graph: OrganisationGraph, activity: Row, node: Node) -> None:
    """Who decides: the organisation (controller, joint controller with the parties of the
    arrangement), or, for a processor activity, the clients on whose behalf it is done."""
    if activity["role"] == "processor":
        add(node, term("dpv:hasDataProcessor"), graph.org_ref)
        clients = (graph.party(c["party_id"]) for c in activity["clients"])
        put(node, term("dpv:hasDataController"), unique(c for c in clients if c))
        return
    add(node, term("dpv:hasDataController"), graph.org_ref)
    if activity["role"] == "joint_controller" and activity["joint_controllers"]:
        members: list[IdRef] = [graph.org_ref]
        descriptions: list[dict[str, str]] = []
        for row in activity["joint_controllers"]:
            party = graph.party(row["party_id"], term("dpv:DataController"))
            if party:
                members.append(party)
            descriptions += graph.texts(row, "responsibilities")
        group: Node = {"@type": term("dpv:JointDataControllers")}
        group[term("dpv:hasDataController")] = unique(members)
        put(group, "dct:description", descriptions)
        node[term("dpv:hasJointDataControllers")] = group


def _purpose(graph: OrganisationGraph, purpose: Row) -> Node:
    """A purpose in the firm's words, with its own legal basis (none while undetermined)."""
    node: Node = {"@id": node_id(purpose["id"]), "@type": term("dpv:Purpose")}
    put(node, "dct:description", graph.texts(purpose, "description"))
    basis = v.LEGAL_BASES.get(str(purpose["legal_basis"]))
    if basis:
        node[term("dpv:hasLegalBasis")] = ref(basis)
    return node


def _source(graph: OrganisationGraph, source: Row) -> Node:
    """Where data come from when not from the person (Art. 14(2)(f))."""
    types = [term("dpv:DataSource")]
    if source["is_public"]:
        types.append(term("dpv:PublicDataSource"))
    node: Node = {"@type": types}
    put(node, "dct:description", graph.texts(source, "description"))
    return node


def _recipients(graph: OrganisationGraph, activity: Row, node: Node) -> None:
    """Each recipient under the property of its kind (processor, third party, joint controller,
    internal department, public authority; a recipient of undetermined kind as a recipient)."""
    for recipient in activity["recipients"]:
        prop, cls = v.RECIPIENT_KINDS[str(recipient["kind"])]
        if activity["role"] == "processor" and recipient["kind"] == "processor":
            cls = "dpv:DataSubProcessor"  # engaged by the organisation, itself a processor
        target: IdRef | Node | None = graph.party(recipient["party_id"], term(cls))
        if target is None:
            target = graph.recipient_category(recipient["recipient_category_id"], term(cls))
        if target is None:
            name = graph.texts(recipient, "recipient_name") or graph.texts(recipient, "department")
            target = {"@type": term(cls)}
            put(target, "rdfs:label", name)
        add(node, term(prop), target)


def _transfers(graph: OrganisationGraph, activity: Row) -> list[Node]:
    """Each transfer outside the EEA as a nested process: to its country and recipient, under
    its legal basis and transfer tool as recorded. "Yes" recorded without a transfer listed
    is a transfer to a third country not named."""
    found = [_transfer(graph, t) for t in activity["transfers"]]
    if not found and activity["transfers_outside_eea"] is True:
        found.append(
            {
                "@type": term("dpv:Process"),
                term("dpv:hasProcessing"): ref("dpv:Transfer"),
                term("dpv:hasThirdCountry"): {"@type": term("dpv:ThirdCountry")},
            }
        )
    return found


def _transfer(graph: OrganisationGraph, transfer: Row) -> Node:
    node: Node = {"@id": node_id(transfer["id"]), "@type": term("dpv:Process")}
    node[term("dpv:hasProcessing")] = ref("dpv:Transfer")
    put(node, term("dpv:hasCountry"), v.country(transfer["country"]))
    recipient: IdRef | Node | None = graph.party(transfer["party_id"])
    if recipient is None and transfer["recipient_name"]:
        recipient = {"@type": term("dpv:Recipient")}
        put(recipient, "rdfs:label", graph.texts(transfer, "recipient_name"))
    put(node, term("dpv:hasRecipient"), recipient)
    safeguard = str(transfer["safeguard"] or "")
    basis, tool = v.TRANSFER_SAFEGUARDS.get(safeguard, (None, None))
    if basis:
        node[term("dpv:hasLegalBasis")] = ref(basis)
    elif safeguard == "derogation_art49":
        derogation: Node = {"@type": term("dpv:DataTransferLegalBasis")}
        put(derogation, "dct:description", graph.texts(transfer, "derogation"))
        node[term("dpv:hasLegalBasis")] = derogation
    if tool:
        node[term("dpv:hasOrganisationalMeasure")] = ref(tool)
    return node


def _retention(graph: OrganisationGraph, activity: Row) -> list[Node]:
    """Each retention phase as a storage duration: the phase in words (as the PDF register
    says it), and the period as an xsd:duration when one is recorded."""
    found = []
    for phase in activity["retention_phases"]:
        node: Node = {"@id": node_id(phase["id"]), "@type": [term("dpv:StorageDuration")]}
        kind = graph.view.enum("retention_phase_kind", phase["phase"])
        text = graph.view.retention_text(phase)  # "<kind>: 3 years from the last contact"
        if kind and text.startswith(kind):
            put(node, "rdfs:label", graph.text(kind))
            text = text[len(kind) :].lstrip(" \u00a0:")
        put(node, "dct:description", graph.text(text))
        period = _duration(phase["duration_value"], phase["duration_unit"])
        if period:
            node[term("dpv:hasDuration")] = {
                "@type": term("dpv:TemporalDuration"),
                "rdf:value": {"@value": period, "@type": "xsd:duration"},
            }
        found.append(node)
    return found


def _duration(value: Any, unit: Any) -> str | None:
    designator = v.DURATION_UNITS.get(str(unit or ""))
    if value is None or designator is None or int(value) < 0:
        return None
    return f"P{int(value)}{designator}"
