"""The "Clients & joint controllers" section of the activity editor: the controllers a processor
acts for (Art. 30(2)(a)-(b)) or the joint controllers of the activity (Art. 26), by its role."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ropa.core.i18n import label
from ropa.core.reads.activity import ActivityData, Choice
from ropa.db.enums import PartyKind, Role
from ropa.ui.forms.committer import Committer
from ropa.ui.forms.fields import TextField
from ropa.ui.views.activity_editor.pickers import ChoiceField
from ropa.ui.views.activity_editor.recipients import NamedChildSection


class _PartyList(NamedChildSection):
    """Parties of the activity (one row per party): the party, then the arrangement's text."""

    table_name: str
    party_kind: PartyKind

    def __init__(
        self, committer: Committer, texts: list[str], add_text: str, remove_text: str
    ) -> None:
        lang = committer.lang
        party_text = label(lang, self.table_name, "party_id")
        super().__init__(committer, [f"{party_text} *", *texts], add_text, remove_text)
        self.table.setAccessibleName(label(lang, "activity", self.children_key))
        self.set_column_weights(3, 2)
        self.party = ChoiceField(
            "party_id",
            party_text,
            "party",
            committer,
            required=True,
            empty=False,
            new_values={"kind": self.party_kind.value},
        )
        self.add_row(self.party)
        self.parties: list[Choice] = []
        self.organisation_id = ""

    @property
    def children_key(self) -> str:
        return "clients" if self.table_name == "activity_client" else "joint_controllers"

    def show_data(self, data: ActivityData) -> None:
        self.remember_names(data)
        self.parties = data.choices.get("party", [])
        self.organisation_id = data.activity["organisation_id"]
        self.party.set_choices(self.parties, self.organisation_id)
        self.show_children(data.activity["id"], data.children.get(self.table_name, []))

    def detail_shown(self) -> None:
        """Offer the parties not listed yet, and the current one (a party is listed once)."""
        used = {child["party_id"] for child in self.entries if child["id"] != self.current_id}
        free = [choice for choice in self.parties if choice.id not in used]
        self.party.set_choices(free, self.organisation_id)
        self.party.show_stored(self.current() or {})  # shown before its party was offered

    def free_party(self) -> str | None:
        """A party not yet listed, of the matching kind if there is one."""
        used = {child["party_id"] for child in self.entries}
        free = [choice for choice in self.parties if choice.id not in used]
        matching = [choice for choice in free if choice.values.get("kind") == self.party_kind]
        return (matching or free)[0].id if free else None

    def add_child(self) -> None:  # ChildSection override
        if self.activity_id is not None and self.free_party() is None:
            self.committer.report(
                QCoreApplication.translate(
                    "ActivityEditor",
                    "Every party of the directory is already listed: add the new one to the "
                    "directory first.",
                )
            )
            return
        super().add_child()

    def new_values(self) -> dict[str, Any]:
        return {"party_id": self.free_party()}


class ClientList(_PartyList):
    """Art. 30(2)(a)-(b): the controllers a processor acts for, and what it does for each."""

    model = "activity_client"
    table_name = "activity_client"
    party_kind = PartyKind.CLIENT_CONTROLLER

    def __init__(self, committer: Committer) -> None:
        def text(field: str) -> str:
            return label(committer.lang, self.table_name, field)

        super().__init__(
            committer,
            [text("processing_categories"), text("contract_reference")],
            QCoreApplication.translate("ActivityEditor", "Add a client"),
            QCoreApplication.translate("ActivityEditor", "Remove the client"),
        )
        self.add_row(TextField("processing_categories", text("processing_categories"), lines=3))
        self.add_row(TextField("contract_reference", text("contract_reference"), lines=2))

    def row_texts(self, child: dict[str, Any]) -> list[str]:
        return [
            self.name_of(child.get("party_id")),
            child.get("processing_categories") or "",
            child.get("contract_reference") or "",
        ]


class JointControllerList(_PartyList):
    """Art. 26: the joint controllers, their respective responsibilities, the contact point."""

    model = "activity_joint_controller"
    table_name = "activity_joint_controller"
    party_kind = PartyKind.JOINT_CONTROLLER

    def __init__(self, committer: Committer) -> None:
        def text(field: str) -> str:
            return label(committer.lang, self.table_name, field)

        super().__init__(
            committer,
            [text("responsibilities"), text("contact_point")],
            QCoreApplication.translate("ActivityEditor", "Add a joint controller"),
            QCoreApplication.translate("ActivityEditor", "Remove the joint controller"),
        )
        self.add_row(TextField("responsibilities", text("responsibilities"), lines=3))
        self.add_row(TextField("contact_point", text("contact_point"), lines=2))

    def row_texts(self, child: dict[str, Any]) -> list[str]:
        return [
            self.name_of(child.get("party_id")),
            child.get("responsibilities") or "",
            child.get("contact_point") or "",
        ]


class PartiesOfActivitySection(QWidget):
    """The tab "Clients & joint controllers": what the activity's role calls for. A processor
    lists its clients, a joint controller its fellow controllers; a controller neither (a
    list that still holds rows, e.g. after a change of role, stays shown)."""

    def __init__(self, committer: Committer) -> None:
        super().__init__()
        lang = committer.lang
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.clients = ClientList(committer)
        self.joint_controllers = JointControllerList(committer)
        self.client_heading = self._heading(label(lang, "activity", "clients"))
        self.joint_heading = self._heading(label(lang, "activity", "joint_controllers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        for widget in (
            self.client_heading,
            self.clients,
            self.joint_heading,
            self.joint_controllers,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    @staticmethod
    def _heading(text: str) -> QLabel:
        heading = QLabel(text)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        return heading

    def show_data(self, data: ActivityData) -> None:
        role = data.activity.get("role")
        self.clients.show_data(data)
        self.joint_controllers.show_data(data)
        show_clients = role == Role.PROCESSOR or bool(self.clients.entries)
        show_joint = role == Role.JOINT_CONTROLLER or bool(self.joint_controllers.entries)
        self.client_heading.setVisible(show_clients)
        self.clients.setVisible(show_clients)
        self.joint_heading.setVisible(show_joint)
        self.joint_controllers.setVisible(show_joint)
        self.explanation.setText(self.explain(role))

    def explain(self, role: str | None) -> str:
        if role == Role.PROCESSOR:
            return QCoreApplication.translate(
                "ActivityEditor",
                "As processor (Art. 30(2)), list each controller you act for and the "
                "categories of processing you carry out on its behalf.",
            )
        if role == Role.JOINT_CONTROLLER:
            return QCoreApplication.translate(
                "ActivityEditor",
                "As joint controller (Art. 26), list the other controllers, your respective "
                "responsibilities and the contact point for the people concerned.",
            )
        return QCoreApplication.translate(
            "ActivityEditor",
            "This activity is carried out as controller: it has no clients (Art. 30(2)) nor "
            "joint controllers (Art. 26). Change its role under General if it does.",
        )
