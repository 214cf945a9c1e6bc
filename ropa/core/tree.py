"""The shape of a register as a tree: which tables nest under which, and the id-list links.

The JSON interchange format, its validation models, its JSON Schema and the bulk reader and
writer are all derived from this one description, so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Column, Table

from ropa.db import models as m

TIMESTAMPS = ("created_at", "updated_at")


def _t(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


@dataclass(frozen=True)
class Link:
    """A many-to-many link written as a list of ids: owner --table--> target."""

    key: str
    table: Table
    owner_column: str
    target_column: str
    target: Table


@dataclass(frozen=True)
class Node:
    table: Table
    key: str  # the key of the list in its parent object ("" for the root)
    parent_column: str | None  # the FK to the parent, implied by nesting
    children: tuple[Node, ...] = ()
    links: tuple[Link, ...] = ()
    # Columns that must refer to a row of another table of the same organisation.
    references: dict[str, Table] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.table.name

    def data_columns(self) -> list[Column[object]]:
        """The columns written in JSON: all but the implied parent key and the lock version."""
        skipped = {"version", self.parent_column or ""}
        columns = [c for c in self.table.columns if c.name not in skipped]
        # id first, timestamps last: easier to read for a person.
        return sorted(columns, key=lambda c: (c.name != "id", c.name in TIMESTAMPS))

    def walk(self) -> list[Node]:
        nodes = [self]
        for child in self.children:
            nodes.extend(child.walk())
        return nodes


ACTIVITY = Node(
    table=_t(m.Activity),
    key="activities",
    parent_column="organisation_id",
    children=(
        Node(_t(m.Purpose), "purposes", "activity_id"),
        Node(
            _t(m.ActivityDataCategory),
            "data_categories",
            "activity_id",
            references={"data_category_id": _t(m.DataCategory)},
        ),
        Node(
            _t(m.DataSource),
            "sources",
            "activity_id",
            references={"party_id": _t(m.Party)},
        ),
        Node(
            _t(m.ActivityRecipient),
            "recipients",
            "activity_id",
            references={
                "party_id": _t(m.Party),
                "recipient_category_id": _t(m.RecipientCategory),
            },
        ),
        Node(
            _t(m.Transfer),
            "transfers",
            "activity_id",
            references={"party_id": _t(m.Party)},
        ),
        Node(
            _t(m.RetentionPhase),
            "retention_phases",
            "activity_id",
            references={
                "purpose_id": _t(m.Purpose),
                "data_category_id": _t(m.DataCategory),
                "data_subject_category_id": _t(m.DataSubjectCategory),
            },
        ),
        Node(
            _t(m.ActivityClient),
            "clients",
            "activity_id",
            references={"party_id": _t(m.Party)},
        ),
        Node(
            _t(m.ActivityJointController),
            "joint_controllers",
            "activity_id",
            references={"party_id": _t(m.Party)},
        ),
    ),
    links=(
        Link(
            "data_subjects",
            m.activity_data_subject,
            "activity_id",
            "data_subject_category_id",
            _t(m.DataSubjectCategory),
        ),
        Link(
            "security_measures",
            m.activity_security_measure,
            "activity_id",
            "security_measure_id",
            _t(m.SecurityMeasure),
        ),
    ),
)

ORGANISATION = Node(
    table=_t(m.Organisation),
    key="organisations",
    parent_column=None,
    children=(
        Node(_t(m.DataCategory), "data_categories", "organisation_id"),
        Node(
            _t(m.DataSubjectCategory),
            "data_subject_categories",
            "organisation_id",
        ),
        Node(
            _t(m.RecipientCategory),
            "recipient_categories",
            "organisation_id",
        ),
        Node(
            _t(m.SecurityMeasure),
            "security_measures",
            "organisation_id",
        ),
        Node(
            _t(m.Party),
            "parties",
            "organisation_id",
            links=(
                Link(
                    "subprocessors",
                    m.party_subprocessor,
                    "party_id",
                    "subprocessor_id",
                    _t(m.Party),
                ),
            ),
        ),
        ACTIVITY,
        Node(
            _t(m.Cookie),
            "cookies",
            "organisation_id",
            references={
                "party_id": _t(m.Party),
                "activity_id": _t(m.Activity),
                "transfer_id": _t(m.Transfer),
            },
        ),
        Node(
            _t(m.RightsRequest),
            "rights_requests",
            "organisation_id",
            links=(
                Link(
                    "activities",
                    m.rights_request_activity,
                    "rights_request_id",
                    "activity_id",
                    _t(m.Activity),
                ),
            ),
            references={"client_party_id": _t(m.Party)},
        ),
        Node(
            _t(m.Breach),
            "breaches",
            "organisation_id",
            links=(
                Link("activities", m.breach_activity, "breach_id", "activity_id", _t(m.Activity)),
                Link(
                    "data_categories",
                    m.breach_data_category,
                    "breach_id",
                    "data_category_id",
                    _t(m.DataCategory),
                ),
                Link(
                    "data_subjects",
                    m.breach_data_subject,
                    "breach_id",
                    "data_subject_category_id",
                    _t(m.DataSubjectCategory),
                ),
                Link("clients", m.breach_client, "breach_id", "party_id", _t(m.Party)),
            ),
        ),
        Node(
            _t(m.Contract),
            "contracts",
            "organisation_id",
            references={"party_id": _t(m.Party)},
        ),
        Node(
            _t(m.Dpia),
            "dpias",
            "organisation_id",
            children=(Node(_t(m.DpiaRisk), "risks", "dpia_id"),),
            links=(Link("activities", m.dpia_activity, "dpia_id", "activity_id", _t(m.Activity)),),
        ),
        # Documents attached to one of the records above; their bytes are not a node: the JSON
        # carries them beside the organisations (`files`), keyed by the attachment's blob_id.
        Node(
            _t(m.Attachment),
            "attachments",
            "organisation_id",
            references={
                "contract_id": _t(m.Contract),
                "dpia_id": _t(m.Dpia),
                "breach_id": _t(m.Breach),
                "activity_id": _t(m.Activity),
            },
        ),
    ),
)

# Tables in an order that satisfies every foreign key (parents first).
INSERT_ORDER: list[Node] = ORGANISATION.walk()
LINK_TABLES: list[tuple[Node, Link]] = [(n, link) for n in INSERT_ORDER for link in n.links]


def _parents(node: Node, parent: Node | None, found: dict[str, Node | None]) -> None:
    found[node.name] = parent
    for child in node.children:
        _parents(child, node, found)


PARENTS: dict[str, Node | None] = {}
"""Per table name, the node its rows nest in (None for the organisation)."""
_parents(ORGANISATION, None, PARENTS)


def parent_node(node: Node) -> Node | None:
    """The node whose rows own this node's rows (the organisation, an activity, a DPIA...)."""
    return PARENTS[node.name]
