"""The register as one JSON-LD document: the shipped context, embedded (reading it needs no
network), and one graph of every organisation, its activities as dpv:Process nodes and the
parties and catalogue entries they name.

Texts the firm typed are only ever JSON string values (with their language), never keys or
identifiers: a node's @id is made from ropa's row id. Only what the register records is said;
an unknown value is left out, never guessed (docs/dpv.md names each mapping).
"""

from __future__ import annotations

import orjson

from ropa.core.errors import RopaError
from ropa.core.snapshot import Row, read_tree
from ropa.db.session import RegisterDatabase
from ropa.exports.common import Progress, report
from ropa.exports.dpv import vocabulary
from ropa.exports.dpv.entities import OrganisationGraph
from ropa.exports.dpv.nodes import Node
from ropa.exports.dpv.process import process_node
from ropa.exports.dpv.vocabulary import GDPR_ELI, term


def export_dpv(
    db: RegisterDatabase,
    organisation_ids: list[str] | None = None,
    progress: Progress | None = None,
) -> str:
    """The register (or some organisations) as JSON-LD text in the DPV vocabulary."""
    with db.reader() as session:
        organisations = read_tree(session, organisation_ids)
    if organisation_ids:
        missing = sorted(set(organisation_ids) - {o["id"] for o in organisations})
        if missing:
            raise RopaError("error.organisation_unknown", id=", ".join(missing))
    return dumps(build_document(organisations, progress))


def dumps(document: Node) -> str:
    """The document as indented JSON text (UTF-8, control characters escaped)."""
    return orjson.dumps(document, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"


def build_document(organisations: list[Row], progress: Progress | None = None) -> Node:
    total = sum(len(o["activities"]) for o in organisations)
    done = 0
    graph: list[Node] = []
    for organisation in organisations:
        builder = OrganisationGraph(organisation)
        for activity in builder.view.all_activities:
            builder.processes.append(process_node(builder, activity))
            done += 1
            report(progress, done, total)
        graph.extend(builder.nodes())
    if organisations:  # the law every process names (dpv:hasApplicableLaw)
        graph.append(
            {
                "@id": GDPR_ELI,
                "@type": term("dpv:Law"),
                "rdfs:label": "Regulation (EU) 2016/679 (General Data Protection Regulation)",
            }
        )
    return {"@context": vocabulary.context(), "@graph": graph}
