"""What one cell of an authority's layout says about an activity (see values.py for the rules:
what the register lacks is "Not recorded", "none" only where the register holds it)."""

from __future__ import annotations

from typing import Any

from ropa.core.snapshot import Row
from ropa.exports.layouts.values import Values, joined


class ActivityValues(Values):
    """The cells of one layout, an activity's included."""

    # -- an activity ------------------------------------------------------------------------

    def status(self, a: Row) -> str:
        return self.view.enum("status", a["status"])

    def end_date(self, a: Row) -> Any:
        """The end date of a retired activity (its absence: not recorded); none for another."""
        if a["end_date"] is not None:
            return a["end_date"]
        return self.not_recorded if a["status"] == "retired" else None

    def purposes(self, a: Row) -> list[tuple[str, str]]:
        """(purpose, legal basis) of each purpose, in order; either may be not recorded. A
        legitimate interest is named after its basis."""
        found = []
        for purpose in a["purposes"]:
            basis = self.view.enum("legal_basis", purpose["legal_basis"]) or self.not_recorded
            if purpose["legal_basis"] == "legitimate_interests" and purpose["legitimate_interest"]:
                basis = f"{basis}{self.colon}{purpose['legitimate_interest']}"
            found.append((self.text(purpose["description"]), basis))
        return found

    def numbered(self, items: list[str]) -> str:
        """Entries numbered when there are several ("1. …"), or "Not recorded"."""
        if len(items) == 1:
            return items[0]
        return self.lines(f"{n}. {item}" for n, item in enumerate(items, start=1))

    def data_subjects(self, a: Row) -> list[str]:
        found = []
        for subject_id in a["data_subjects"]:
            subject = self.view.data_subjects.get(subject_id)
            if subject is None:
                continue
            flags = [
                self.view.field("data_subject_category", flag)
                for flag in ("is_minors", "is_vulnerable")
                if subject[flag]
            ]
            found.append(str(subject["name"]) + (f" ({', '.join(flags)})" if flags else ""))
        return found

    def data_categories(self, a: Row) -> list[tuple[str, str, str]]:
        """(category, what it holds, retention) of each data category of the activity. The
        retention of a category is that of the phases about it; a category without one of its
        own points to the phases about all data (common_retention), if there are some."""
        common = self.common_retention(a)
        found = []
        for link in a["data_categories"]:
            category = self.view.data_categories.get(link["data_category_id"]) or {}
            own = [
                self.view.retention_text(p)
                for p in a["retention_phases"]
                if p["data_category_id"] == link["data_category_id"]
            ]
            retention = joined(own) or (
                self.t("layouts.value.see_common_retention") if common else self.not_recorded
            )
            found.append(
                (
                    self.text(category.get("name")),
                    self.text(link["detail"] or category.get("description")),
                    retention,
                )
            )
        return found

    def common_retention(self, a: Row) -> list[str]:
        """The retention phases about no data category in particular."""
        return [
            self.view.retention_text(p)
            for p in a["retention_phases"]
            if p["data_category_id"] is None
        ]

    def data_category_lines(self, a: Row) -> str:
        return self.lines(
            f"{name}{self.colon}{detail}" if detail != self.not_recorded else name
            for name, detail, _ in self.data_categories(a)
        )

    def special_categories(self, a: Row) -> list[tuple[str, str]]:
        """(category, its Art. 9 condition or Art. 10 basis) of each special category or
        criminal-offence data the activity holds."""
        found = []
        for link in a["data_categories"]:
            category = self.view.data_categories.get(link["data_category_id"]) or {}
            name = self.text(category.get("name"))
            if link["art9_condition"] or category.get("is_special"):
                condition = self.view.enum("art9_condition", link["art9_condition"])
                found.append(
                    (name, self.text(joined([condition, link["art9_detail"]], " \u2013 ")))
                )
            if link["art10_basis"] or category.get("is_criminal"):
                label = self.view.field("activity_data_category", "art10_basis")
                found.append((name, self.labelled(label, link["art10_basis"])))
        return found

    def no_special_category(self, a: Row) -> str:
        """What an activity without special category says: none among its data categories
        when it records some, else not recorded."""
        return self.t("layouts.value.no_special") if a["data_categories"] else self.not_recorded

    def special_lines(self, a: Row) -> str:
        found = self.special_categories(a)
        if not found:
            return self.no_special_category(a)
        return joined(f"{name}{self.colon}{condition}" for name, condition in found)

    def sources(self, a: Row) -> str:
        if a["collected_from_subject"] is None and not a["sources"]:
            return self.not_recorded
        return self.summary("sources", a)

    def recipients(self, a: Row) -> list[tuple[str, str]]:
        """(kind, recipient and what it receives) of each recipient."""
        found = []
        for r in a["recipients"]:
            kind = self.view.enum("recipient_kind", r["kind"]) or self.not_recorded
            found.append((kind, joined([self.recipient_name(r), r["detail"]], " \u2014 ")))
        return found

    def recipient_name(self, r: Row) -> str:
        """A recipient as RegisterView.recipient_text names it, without its kind."""
        category = self.view.recipient_categories.get(r["recipient_category_id"] or "") or {}
        return str(
            self.view.party_name(r["party_id"])
            or category.get("name")
            or r["recipient_name"]
            or r["department"]
            or self.not_recorded
        )

    def recipient_lines(self, a: Row) -> str:
        """Each recipient with its kind and what it receives (the APD's one cell)."""
        return self.lines(
            joined([self.view.recipient_text(r), r["detail"]], " \u2014 ") for r in a["recipients"]
        )

    def processors(self, a: Row) -> str:
        """The processors among the recipients, with their Art. 28 contract."""
        if any(r["kind"] == "processor" for r in a["recipients"]):
            return self.summary("processors", a)
        return self.t("layouts.value.no_processor") if a["recipients"] else self.not_recorded

    def joint_controllers(self, a: Row) -> list[tuple[str, str]]:
        """(joint controller and its contact details, responsibilities and contact point)."""
        found = []
        for link in a["joint_controllers"]:
            shares = joined(
                [
                    link["responsibilities"],
                    self.labelled(
                        self.view.field("activity_joint_controller", "contact_point"),
                        link["contact_point"],
                    )
                    if link["contact_point"]
                    else None,
                ]
            )
            found.append((self.party_contact(link["party_id"]), self.text(shares)))
        return found

    def no_joint_controller(self, a: Row) -> str:
        """An activity without joint controller: not applicable to a sole controller's."""
        if a["role"] == "controller":
            return self.t("layouts.value.not_applicable")
        return self.not_recorded

    def joint_controller_lines(self, a: Row) -> str:
        found = self.joint_controllers(a)
        if not found:
            return self.no_joint_controller(a)
        return "\n\n".join(f"{who}\n{shares}" for who, shares in found)

    def transfers(self, a: Row) -> list[str]:
        """Each transfer: recipient → country, its safeguard (or not recorded) and the
        document it rests on."""
        found = []
        for transfer in a["transfers"]:
            name = self.view.party_name(transfer["party_id"]) or transfer["recipient_name"] or ""
            where = f"{name} \u2192 {self.view.country(transfer['country'])}".strip()
            safeguard = self.view.enum("safeguard", transfer["safeguard"]) or self.not_recorded
            document = transfer["document_reference"]
            found.append(
                joined(
                    [
                        f"{where}{self.colon}{safeguard}",
                        self.labelled(self.view.field("transfer", "document_reference"), document)
                        if document
                        else None,
                    ]
                )
            )
        return found

    def no_transfer(self, a: Row) -> str:
        """What an activity that lists no transfer says: none (the firm answered no), not
        recorded, or some that are not described (answered yes)."""
        outside = a["transfers_outside_eea"]
        if outside is None:
            return self.not_recorded
        return self.t("pdf.transfers.undescribed" if outside else "pdf.none.transfers")

    def transfer_lines(self, a: Row) -> str:
        return joined(self.transfers(a)) or self.no_transfer(a)

    def retention(self, a: Row) -> str:
        phases = [self.view.retention_text(p) for p in a["retention_phases"]]
        if not phases:
            return self.not_recorded
        if a["end_action"]:
            phases.append(
                self.labelled(
                    self.view.field("activity", "end_action"),
                    self.view.enum("end_action", a["end_action"]),
                )
            )
        return joined(phases)

    def measures(self, a: Row) -> list[tuple[str, str]]:
        """(measure, what it consists of) of each security measure of the activity."""
        found = []
        for measure_id in a["security_measures"]:
            measure = self.view.security_measures.get(measure_id)
            if measure is not None:
                found.append((str(measure["name"]), str(measure["description"] or "")))
        return found

    def security(self, a: Row) -> str:
        return self.lines(
            [
                *(name for name, _ in self.measures(a)),
                self.labelled(self.view.field("activity", "security_notes"), a["security_notes"])
                if a["security_notes"]
                else "",
            ]
        )

    def automated(self, a: Row) -> str:
        field = self.view.field
        return joined(
            [
                self.labelled(
                    field("activity", "automated_decision"), self.answer(a["automated_decision"])
                ),
                self.labelled(field("activity", "profiling"), self.answer(a["profiling"])),
                self.labelled(field("activity", "automated_logic"), a["automated_logic"])
                if a["automated_logic"]
                else None,
            ]
        )

    def dpia(self, a: Row) -> str:
        v = self.view
        return joined(
            [
                v.enum("dpia_status", a["dpia_status"]) or self.not_recorded,
                self.labelled(v.field("activity", "dpia_reference"), a["dpia_reference"])
                if a["dpia_reference"]
                else None,
                self.labelled(v.field("activity", "dpia_date"), v.date(a["dpia_date"]))
                if a["dpia_date"]
                else None,
            ]
        )

    # -- a processor activity ---------------------------------------------------------------

    def subprocessors(self, a: Row) -> str:
        if any(r["kind"] == "processor" for r in a["recipients"]):
            return self.summary("subprocessors", a)
        return self.t("layouts.value.no_processor") if a["recipients"] else self.not_recorded
