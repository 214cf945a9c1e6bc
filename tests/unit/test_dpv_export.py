"""The DPV export (`ropa export FILE --format dpv`): JSON-LD read back as RDF with rdflib, each
term checked against the shipped list of DPV terms, and what a tool reading it would get."""

from __future__ import annotations

import copy
import errno
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import rdflib
from rdflib.namespace import RDF, RDFS

from ropa.cli import main
from ropa.core.register import create_register
from ropa.core.snapshot import read_tree
from ropa.db.session import RegisterDatabase
from ropa.exports.dpv import export_dpv
from ropa.exports.dpv.nodes import node_id
from ropa.exports.dpv.vocabulary import term
from ropa.exports.interchange import import_json
from ropa.paths import resources_dir

# rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

TERMS = json.loads((resources_dir() / "dpv" / "terms.json").read_text(encoding="utf-8"))
NS = TERMS["namespaces"]
DPV = rdflib.Namespace(NS["dpv"])
GDPR = rdflib.Namespace(NS["eu-gdpr"])
PD = rdflib.Namespace(NS["pd"])
LOC = rdflib.Namespace(NS["loc"])
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
DEMO = json.loads((resources_dir() / "demo" / "demo-register.json").read_text(encoding="utf-8"))
HOSTILE = (
    'Évasion", "@id": "https://evil.example/x", "dpv:hasLegalBasis": {"@id": "eu-gdpr:A6-1-a"'
    '} <script>alert(1)</script> \\u0022 {"@context": null}\nline\ttab \u202eevil\u202c 🙂'
)


def shipped_iris() -> set[str]:
    iris = set()
    for name in TERMS["terms"]:
        prefix, local = name.split(":", 1)
        iris.add(NS[prefix] + local)
    iris.update(NS["loc"] + code for code in TERMS["countries"]["codes"])
    return iris


def parse(text: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=text, format="json-ld")
    return graph


def uri(row_id: str) -> rdflib.URIRef:
    return rdflib.URIRef(node_id(row_id))


def activity(org: dict[str, Any], reference: str) -> dict[str, Any]:
    return next(a for a in org["activities"] if a["reference"] == reference)


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    """The demo register's export and the register as read (made once: read-only tests)."""
    folder = tmp_path_factory.mktemp("dpv-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ROPA_DATA_DIR", str(folder / "userdata"))
        patch.setenv("ROPA_LANG", "en")
        db = create_register(folder / "demo.ropa", demo=True)
        try:
            with db.reader() as session:
                [org] = read_tree(session)
            return export_dpv(db), org
        finally:
            db.close()


@pytest.fixture(scope="module")
def demo_graph(demo_export: tuple[str, dict[str, Any]]) -> rdflib.Graph:
    return parse(demo_export[0])


@pytest.fixture
def register_from(tmp_path: Path) -> Iterator[Callable[..., RegisterDatabase]]:
    """A register holding the demo organisation as `change` leaves it (edited as JSON, then
    imported as a user would)."""
    opened: list[RegisterDatabase] = []

    def make(change: Callable[[dict[str, Any]], None]) -> RegisterDatabase:
        document = copy.deepcopy(DEMO)
        change(document["organisations"][0])
        db = create_register(tmp_path / f"changed-{len(opened)}.ropa", language="en")
        opened.append(db)
        import_json(db, json.dumps(document).encode("utf-8"))
        return db

    yield make
    for db in opened:
        db.close()


# -- every term is DPV's ---------------------------------------------------------------------


def test_every_dpv_term_of_the_demo_export_is_in_the_shipped_list(
    demo_graph: rdflib.Graph,
) -> None:
    used = {
        str(value)
        for triple in demo_graph
        for value in triple
        if isinstance(value, rdflib.URIRef) and str(value).startswith(tuple(NS.values()))
    }
    assert used - shipped_iris() == set()
    # And the export does say something in each vocabulary.
    for expected in (DPV.hasLegalBasis, GDPR["A6-1-b"], PD.Contact, LOC.US, GDPR.A15):
        assert str(expected) in used


def test_the_term_list_names_where_each_term_was_checked() -> None:
    for name, source in TERMS["terms"].items():
        assert source in TERMS["sources"], name
    assert TERMS["countries"]["source"] in TERMS["sources"]
    for url in TERMS["sources"].values():
        # A file of the w3c/dpv repository at a given commit.
        assert url.startswith("https://github.com/w3c/dpv/blob/")
        assert len(url.split("/")[6]) == 40
    context = json.loads((resources_dir() / "dpv" / "context.jsonld").read_text("utf-8"))
    for prefix, namespace in NS.items():
        assert context["@context"][prefix] == namespace


def test_the_exporter_refuses_a_term_the_list_lacks() -> None:
    assert term("dpv:Process") == "dpv:Process"
    with pytest.raises(KeyError):
        term("dpv:InventedConcept")


# -- activities, legal bases, roles ------------------------------------------------------------


def test_every_activity_is_a_process_with_its_legal_bases(
    demo_export: tuple[str, dict[str, Any]], demo_graph: rdflib.Graph
) -> None:
    bases = {
        "consent": GDPR["A6-1-a"],
        "contract": GDPR["A6-1-b"],
        "legal_obligation": GDPR["A6-1-c"],
        "vital_interests": GDPR["A6-1-d"],
        "public_task": GDPR["A6-1-e"],
        "legitimate_interests": GDPR["A6-1-f"],
    }
    org = demo_export[1]
    processes = set(demo_graph.subjects(DPV.hasIdentifier, None)) & set(
        demo_graph.subjects(RDF.type, DPV.Process)
    )
    assert len(processes) == len(org["activities"])
    for act in org["activities"]:
        node = uri(act["id"])
        assert (node, RDF.type, DPV.Process) in demo_graph
        assert demo_graph.value(node, DPV.hasIdentifier) == rdflib.Literal(act["reference"])
        expected = {bases[p["legal_basis"]] for p in act["purposes"] if p["legal_basis"]}
        conditions = {link["art9_condition"] for link in act["data_categories"]}
        expected |= {GDPR[f"A9-2-{c[0]}"] for c in conditions if c}
        assert set(demo_graph.objects(node, DPV.hasLegalBasis)) == expected, act["reference"]
        # Each purpose keeps its own basis.
        for purpose in act["purposes"]:
            found = set(demo_graph.objects(uri(purpose["id"]), DPV.hasLegalBasis))
            assert found == ({bases[purpose["legal_basis"]]} if purpose["legal_basis"] else set())


def test_an_undetermined_legal_basis_is_no_basis(
    register_from: Callable[..., RegisterDatabase],
) -> None:
    def undetermined(org: dict[str, Any]) -> None:
        for purpose in activity(org, "T-02")["purposes"]:
            purpose["legal_basis"] = "undetermined"

    graph = parse(export_dpv(register_from(undetermined)))
    t02 = activity(DEMO["organisations"][0], "T-02")
    node = uri(t02["id"])
    assert (node, RDF.type, DPV.Process) in graph
    assert list(graph.objects(node, DPV.hasLegalBasis)) == []
    for purpose in t02["purposes"]:
        assert list(graph.objects(uri(purpose["id"]), DPV.hasLegalBasis)) == []
        # The purpose is still there, in the firm's words.
        assert graph.value(uri(purpose["id"]), DCT.description) is not None
    # No objection right (Art. 21) without legitimate interests or a public task.
    assert GDPR.A21 not in set(graph.objects(node, DPV.hasRight))


def test_roles_controller_processor_and_joint_controllers(demo_graph: rdflib.Graph) -> None:
    org = DEMO["organisations"][0]
    me = uri(org["id"])
    assert {DPV.Organisation, DPV.DataController, DPV.DataProcessor} <= set(
        demo_graph.objects(me, RDF.type)
    )
    assert demo_graph.value(me, DPV.hasCountry) == LOC.BE
    controller = uri(activity(org, "T-01")["id"])
    assert set(demo_graph.objects(controller, DPV.hasDataController)) == {me}
    # A processor activity: done for the clients, their people's rights are theirs.
    hosting = activity(org, "ST-01")
    node = uri(hosting["id"])
    assert me in set(demo_graph.objects(node, DPV.hasDataProcessor))
    clients = {uri(c["party_id"]) for c in hosting["clients"]}
    assert clients and set(demo_graph.objects(node, DPV.hasDataController)) == clients
    assert list(demo_graph.objects(node, DPV.hasRight)) == []
    # Joint controllers: the organisation and the party of the arrangement, as one group.
    joint = activity(org, "T-18")
    [group] = demo_graph.objects(uri(joint["id"]), DPV.hasJointDataControllers)
    assert (group, RDF.type, DPV.JointDataControllers) in demo_graph
    members = {uri(j["party_id"]) for j in joint["joint_controllers"]} | {me}
    assert set(demo_graph.objects(group, DPV.hasDataController)) == members


def test_recipients_by_their_kind(demo_graph: rdflib.Graph) -> None:
    org = DEMO["organisations"][0]
    parties = {p["id"]: p for p in org["parties"]}
    properties = {
        "processor": DPV.hasDataProcessor,
        "third_party": DPV.hasRecipientThirdParty,
        "public_authority": DPV.hasRecipient,
        "joint_controller": DPV.hasRecipientDataController,
    }
    classes = {
        "processor": DPV.DataProcessor,
        "third_party": DPV.ThirdParty,
        "public_authority": DPV.GovernmentalOrganisation,
        "joint_controller": DPV.DataController,
    }
    seen = set()
    for act in org["activities"]:
        for recipient in act["recipients"]:
            if recipient["party_id"] and recipient["kind"] in properties:
                party = uri(recipient["party_id"])
                prop = properties[recipient["kind"]]
                assert party in set(demo_graph.objects(uri(act["id"]), prop)), act["reference"]
                assert (party, RDF.type, classes[recipient["kind"]]) in demo_graph
                assert demo_graph.value(party, DPV.hasName) == rdflib.Literal(
                    parties[recipient["party_id"]]["name"]
                )
                seen.add(recipient["kind"])
    assert seen == set(properties)


# -- data, people, transfers, retention, rights --------------------------------------------------


def test_data_categories_special_categories_and_certain_pd_concepts(
    demo_graph: rdflib.Graph,
) -> None:
    org = DEMO["organisations"][0]
    by_seed = {c["seed_key"]: uri(c["id"]) for c in org["data_categories"] if c["seed_key"]}
    assert (by_seed["contact"], RDF.type, PD.Contact) in demo_graph
    health = by_seed["health"]
    assert (health, RDF.type, DPV.SpecialCategoryPersonalData) in demo_graph
    assert (health, RDF.type, PD.MedicalHealth) in demo_graph
    # No pd concept that would only be a guess: "identity and civil status" is just data.
    assert set(demo_graph.objects(by_seed["identity"], RDF.type)) == {DPV.PersonalData}
    labels = {str(x) for x in demo_graph.objects(by_seed["identity"], RDFS.label)}
    assert "État civil et identité" in labels
    people = {c["seed_key"]: uri(c["id"]) for c in org["data_subject_categories"]}
    assert (people["clients"], RDF.type, DPV.Customer) in demo_graph
    assert set(demo_graph.objects(people["minors"], RDF.type)) == {DPV.DataSubject}
    t05 = activity(org, "T-05")
    used = {uri(link["data_category_id"]) for link in t05["data_categories"]}
    assert set(demo_graph.objects(uri(t05["id"]), DPV.hasPersonalData)) == used
    subjects = {uri(s) for s in t05["data_subjects"]}
    assert set(demo_graph.objects(uri(t05["id"]), DPV.hasDataSubject)) == subjects


def test_a_renamed_seeded_category_keeps_no_dpv_concept(
    register_from: Callable[..., RegisterDatabase],
) -> None:
    def rename(org: dict[str, Any]) -> None:
        contact = next(c for c in org["data_categories"] if c["seed_key"] == "contact")
        contact["name"] = "Numéros de badge"
        clients = next(c for c in org["data_subject_categories"] if c["seed_key"] == "clients")
        clients["name"] = "Anciens clients et fournisseurs"

    graph = parse(export_dpv(register_from(rename)))
    org = DEMO["organisations"][0]
    contact = next(c for c in org["data_categories"] if c["seed_key"] == "contact")
    assert set(graph.objects(uri(contact["id"]), RDF.type)) == {DPV.PersonalData}
    clients = next(c for c in org["data_subject_categories"] if c["seed_key"] == "clients")
    assert set(graph.objects(uri(clients["id"]), RDF.type)) == {DPV.DataSubject}


def test_transfers_with_their_country_and_safeguard(demo_graph: rdflib.Graph) -> None:
    org = DEMO["organisations"][0]

    def transfer(reference: str) -> rdflib.URIRef:
        [t] = activity(org, reference)["transfers"][:1]
        node = uri(t["id"])
        assert node in set(demo_graph.objects(uri(activity(org, reference)["id"]), DPV.hasProcess))
        assert demo_graph.value(node, DPV.hasProcessing) == DPV.Transfer
        return node

    dpf = transfer("T-03")  # the EU-U.S. Data Privacy Framework: an adequacy decision
    assert demo_graph.value(dpf, DPV.hasCountry) == LOC.US
    assert demo_graph.value(dpf, DPV.hasLegalBasis) == GDPR["A45-3"]
    scc = transfer("ST-03")  # clauses: the tool, but not which article (Commission or SA)
    assert demo_graph.value(scc, DPV.hasCountry) == LOC.IN
    assert demo_graph.value(scc, DPV.hasOrganisationalMeasure) == GDPR.StandardContractualClauses
    assert demo_graph.value(scc, DPV.hasLegalBasis) is None
    derogation = transfer("T-19")  # Art. 49: the point is the firm's text
    basis = demo_graph.value(derogation, DPV.hasLegalBasis)
    assert (basis, RDF.type, DPV.DataTransferLegalBasis) in demo_graph
    text = activity(org, "T-19")["transfers"][0]["derogation"]
    assert rdflib.Literal(text, lang="fr") in set(demo_graph.objects(basis, DCT.description))


def test_retention_as_storage_durations(demo_graph: rdflib.Graph) -> None:
    org = DEMO["organisations"][0]
    units = {"days": "D", "months": "M", "years": "Y"}
    checked = 0
    for act in org["activities"]:
        conditions = set(demo_graph.objects(uri(act["id"]), DPV.hasStorageCondition))
        assert conditions == {uri(p["id"]) for p in act["retention_phases"]}
        for phase in act["retention_phases"]:
            node = uri(phase["id"])
            assert (node, RDF.type, DPV.StorageDuration) in demo_graph
            assert demo_graph.value(node, DCT.description) is not None
            if phase["duration_value"] is not None:
                duration = demo_graph.value(node, DPV.hasDuration)
                assert (duration, RDF.type, DPV.TemporalDuration) in demo_graph
                period = f"P{phase['duration_value']}{units[phase['duration_unit']]}"
                value = demo_graph.value(duration, RDF.value)
                assert value == rdflib.Literal(period, datatype=rdflib.XSD.duration)
                checked += 1
    assert checked > 10


def test_rights_follow_the_legal_bases(demo_graph: rdflib.Graph) -> None:
    org = DEMO["organisations"][0]
    newsletter = set(demo_graph.objects(uri(activity(org, "T-03")["id"]), DPV.hasRight))
    assert {GDPR.A15, GDPR.A20, GDPR["A7-3"]} <= newsletter  # consent
    assert GDPR.A21 not in newsletter
    prospects = set(demo_graph.objects(uri(activity(org, "T-02")["id"]), DPV.hasRight))
    assert GDPR.A21 in prospects and GDPR["A7-3"] not in prospects  # legitimate interests
    assert GDPR.A22 not in prospects


def test_yes_no_and_not_recorded_map_only_what_is_recorded(
    register_from: Callable[..., RegisterDatabase],
) -> None:
    def change(org: dict[str, Any]) -> None:
        org["dpo_designated"] = True
        activity(org, "T-01").update(automated_decision=True, automated_logic="Un score.")
        activity(org, "T-02").update(automated_decision=None, profiling=None)
        activity(org, "T-04").update(transfers_outside_eea=True)  # yes, none listed
        activity(org, "T-07").update(transfers_outside_eea=None)

    graph = parse(export_dpv(register_from(change)))
    org = DEMO["organisations"][0]
    me = uri(org["id"])
    dpo = graph.value(me, DPV.hasDataProtectionOfficer)
    assert (dpo, RDF.type, DPV.DataProtectionOfficer) in graph
    assert graph.value(dpo, DPV.hasName) == rdflib.Literal(org["dpo_name"])
    t01 = uri(activity(org, "T-01")["id"])
    assert graph.value(t01, DPV.hasContext) == DPV.AutomatedDecisionMaking
    assert GDPR.A22 in set(graph.objects(t01, DPV.hasRight))
    t02 = uri(activity(org, "T-02")["id"])  # not recorded: nothing said, either way
    assert graph.value(t02, DPV.hasContext) is None
    assert graph.value(t02, DPV.hasProcessing) is None
    [outside] = graph.objects(uri(activity(org, "T-04")["id"]), DPV.hasProcess)
    assert graph.value(outside, DPV.hasProcessing) == DPV.Transfer
    assert (graph.value(outside, DPV.hasThirdCountry), RDF.type, DPV.ThirdCountry) in graph
    assert list(graph.objects(uri(activity(org, "T-07")["id"]), DPV.hasProcess)) == []


def test_no_dpo_when_none_is_designated_only_the_privacy_contact(
    demo_graph: rdflib.Graph,
) -> None:
    org = DEMO["organisations"][0]
    assert org["dpo_designated"] is False
    me = uri(org["id"])
    assert demo_graph.value(me, DPV.hasDataProtectionOfficer) is None
    assert rdflib.Literal(org["dpo_email"]) in set(demo_graph.objects(me, DPV.hasContact))


# -- what the firm typed stays text --------------------------------------------------------------


def test_hostile_texts_stay_literal(register_from: Callable[..., RegisterDatabase]) -> None:
    def hostile(org: dict[str, Any]) -> None:
        t01 = activity(org, "T-01")
        t01["name"] = HOSTILE
        t01["purposes"][0]["description"] = HOSTILE
        t01["reference"] = 'T-"1'
        org["legal_name"] = HOSTILE
        org["parties"][0]["name"] = HOSTILE

    db = register_from(hostile)
    text = export_dpv(db)
    graph = parse(text)
    org = DEMO["organisations"][0]
    t01 = activity(org, "T-01")
    assert graph.value(uri(t01["id"]), RDFS.label) == rdflib.Literal(HOSTILE, lang="fr")
    purpose = uri(t01["purposes"][0]["id"])
    assert graph.value(purpose, DCT.description) == rdflib.Literal(HOSTILE, lang="fr")
    assert graph.value(uri(t01["id"]), DPV.hasIdentifier) == rdflib.Literal('T-"1')
    assert graph.value(uri(org["parties"][0]["id"]), DPV.hasName) == rdflib.Literal(HOSTILE)
    # Nothing the texts spell became a node, a property or a legal basis.
    iris = {str(x) for triple in graph for x in triple if isinstance(x, rdflib.URIRef)}
    assert not any("evil" in iri for iri in iris)
    assert set(graph.objects(purpose, DPV.hasLegalBasis)) == {GDPR["A6-1-b"]}
    allowed = (*NS.values(), str(RDF), str(RDFS), str(DCT))
    assert all(str(p).startswith(allowed) for p in graph.predicates())
    # The JSON keys are the exporter's own: keywords and compact IRIs of the context.
    prefixes = set(json.loads(text)["@context"])

    def keys(value: Any) -> Iterator[str]:
        if isinstance(value, dict):
            for key, item in value.items():
                yield key
                if key != "@context":
                    yield from keys(item)
        elif isinstance(value, list):
            for item in value:
                yield from keys(item)

    for key in keys(json.loads(text)):
        assert key.startswith("@") or key.split(":", 1)[0] in prefixes, key


# -- empty register, the command line, failures ----------------------------------------------------


def test_an_empty_register_exports_a_valid_document(empty_register: RegisterDatabase) -> None:
    text = export_dpv(empty_register)
    document = json.loads(text)
    assert document["@graph"] == []
    assert document["@context"]["dpv"] == NS["dpv"]
    assert len(parse(text)) == 0


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.ropa"
    assert run(capsys, "init", path, "--demo")[0] == 0
    return path


def test_cli_writes_dpv_to_standard_output_or_a_file(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export", demo_file, "--format", "dpv")
    assert code == 0, err
    assert len(parse(out)) > 1000
    target = tmp_path / "register.jsonld"
    code, out, err = run(capsys, "export", demo_file, "--format", "dpv", "-o", target)
    assert code == 0, err
    assert out == ""
    assert str(target) in err
    assert len(parse(target.read_text(encoding="utf-8"))) > 1000
    # One organisation asked for, by id; an unknown id is refused with its name.
    org_id = DEMO["organisations"][0]["id"]
    code, out, _ = run(capsys, "export", demo_file, "--format", "dpv", "--organisation", org_id)
    assert code == 0 and (uri(org_id), RDF.type, DPV.Organisation) in parse(out)
    code, out, err = run(capsys, "export", demo_file, "--format", "dpv", "--organisation", "nope")
    assert code == 1 and out == "" and "nope" in err


def test_an_unwritable_output_says_so_and_writes_nothing(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    target = not_a_folder / "register.jsonld"
    code, out, err = run(capsys, "export", demo_file, "--format", "dpv", "-o", target)
    assert code == 1
    assert out == ""
    assert str(target) in err and "cannot be written" in err and "Nothing was written" in err
    assert "Traceback" not in err
    assert not_a_folder.read_text(encoding="utf-8") == "x"


def test_a_write_failing_half_way_leaves_the_old_file_and_no_partial_one(
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "register.jsonld"
    target.write_text("previous export", encoding="utf-8")

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", disk_full)
    code, _, err = run(capsys, "export", demo_file, "--format", "dpv", "-o", target)
    assert code == 1
    assert "cannot be written" in err and str(target) in err
    assert target.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["register.jsonld"]
