"""What each cell of the Register sheets says about an activity, in the workbook's language:
the texts of the official register templates (CNIL, APD), with names rather than ids.

The summaries of summary.py are reused where the Register says the same thing (processors and
their contracts, transfers and their safeguards, clients); where it reads better on paper it
says it more compactly: purposes numbered when there are several, a retention phase naming
"purpose 2" rather than repeating the purpose's text, special categories marked.
"""

from __future__ import annotations

from datetime import date

from ropa.core.i18n import label, tr
from ropa.core.snapshot import Row
from ropa.exports.register_view import RegisterView
from ropa.exports.workbook.cells import texts
from ropa.exports.workbook.summary import SUMMARIES, contract_text


class RegisterTexts:
    """The Register's cell texts for one view (its texts already in the workbook's language),
    with every label looked up once."""

    def __init__(self, view: RegisterView) -> None:
        self.view = view
        lang = self.lang = view.lang
        words = texts(lang)
        self.labels = words.labels
        self.field_format = tr(lang, "workbook.register.field")  # "{label} : {value}"
        self.purpose_number = tr(lang, "workbook.register.purpose_number")
        self.special = tr(lang, "workbook.register.special")
        self.criminal = tr(lang, "workbook.register.criminal")
        self.no_transfer = tr(lang, "workbook.register.no_transfer")
        self.not_recorded = tr(lang, "pdf.value.not_recorded")
        self.undescribed = tr(lang, "pdf.transfers.undescribed")
        self.dates = [
            (key, label(lang, "activity", key))
            for key in ("start_date", "end_date", "last_reviewed", "next_review")
        ]
        self.joint_label = label(lang, "activity", "joint_controllers")

    # -- helpers ---------------------------------------------------------------------------

    def field(self, name: str, value: str) -> str:
        return self.field_format.format(label=name, value=value)

    def date(self, value: date | None) -> str:
        """31/01/2024: how Belgium (in French and Dutch) and Britain write a date."""
        return value.strftime("%d/%m/%Y") if value is not None else ""

    def enum(self, vocabulary: str, value: str | None) -> str:
        return self.labels[vocabulary].get(value, value) if value else ""

    def names(self, ids: list[str], index: dict[str, Row]) -> list[str]:
        return [str(index[i]["name"]) for i in ids if i in index]

    # -- the cells ---------------------------------------------------------------------------

    def reference(self, activity: Row) -> str:
        return str(activity["reference"])

    def activity(self, activity: Row) -> str:
        """Its name, who runs it, and its joint controllers."""
        lines = [str(activity["name"] or "")]
        team = " \u2013 ".join(x for x in (activity["department"], activity["owner"]) if x)
        if team:
            lines.append(team)
        if activity["role"] == "joint_controller":
            lines.append(self.enum("role", activity["role"]))
        view = self.view
        partners = [view.party_name(link["party_id"]) for link in activity["joint_controllers"]]
        if any(partners):
            lines.append(self.field(self.joint_label, ", ".join(p for p in partners if p)))
        return _join(lines)

    def purposes(self, activity: Row) -> str:
        """Each purpose with its legal basis, numbered when there are several (the retention
        periods refer to them by number)."""
        purposes = activity["purposes"]
        numbered = len(purposes) > 1
        lines = []
        for number, purpose in enumerate(purposes, 1):
            text = str(purpose["description"] or "")
            basis = self.enum("legal_basis", purpose["legal_basis"])
            if basis:
                text = f"{text} \u2014 {basis}"
            lines.append(f"{number}. {text}" if numbered else text)
        return _join(lines)

    def data_subjects(self, activity: Row) -> str:
        return _join(self.names(activity["data_subjects"], self.view.data_subjects))

    def data_categories(self, activity: Row) -> str:
        """Each category with its detail; special (Art. 9) and criminal (Art. 10) data marked
        with their condition."""
        categories = self.view.data_categories
        lines = []
        for link in activity["data_categories"]:
            category = categories.get(link["data_category_id"]) or {}
            name = str(category.get("name") or "")
            if link["art9_condition"] or category.get("is_special"):
                condition = self.enum("art9_condition", link["art9_condition"]) or "?"
                name = self.special.format(name=name, condition=condition)
            if link["art10_basis"] or category.get("is_criminal"):
                name = self.criminal.format(name=name, basis=link["art10_basis"] or "?")
            lines.append(self.field(name, link["detail"]) if link["detail"] else name)
        return _join(lines)

    def recipients(self, activity: Row) -> str:
        """Who receives the data, each with its kind; a processor with its contract."""
        view = self.view
        lines = []
        for recipient in activity["recipients"]:
            text = view.recipient_text(recipient)
            if recipient["kind"] == "processor":
                contract = contract_text(view, recipient["party_id"])
                if contract:
                    text = f"{text} \u2014 {contract}"
            lines.append(text)
        return _join(lines)

    def transfers(self, activity: Row) -> str:
        """Each transfer outside the EEA with its safeguard; "none" only when the firm said
        no data leave the EEA."""
        listed = SUMMARIES["transfers"](self.view, activity)
        if listed:
            return listed
        answer = activity["transfers_outside_eea"]
        if answer is None:
            return self.not_recorded
        return self.undescribed if answer else self.no_transfer

    def retention(self, activity: Row) -> str:
        """Each retention phase; its purpose named by number (the Purposes column's)."""
        numbers = {}
        if len(activity["purposes"]) > 1:
            numbers = {p["id"]: n for n, p in enumerate(activity["purposes"], 1)}
        lines = []
        for phase in activity["retention_phases"]:
            number = numbers.get(phase["purpose_id"]) if phase["purpose_id"] else None
            if number is None:
                lines.append(self.view.retention_text(phase))
                continue
            text = self.view.retention_text({**phase, "purpose_id": None})
            scope = self.purpose_number.format(number=number)
            if text.endswith("]"):
                text = f"{text[:-1]}; {scope}]"
            else:
                text = f"{text} [{scope}]"
            lines.append(text)
        return _join(lines)

    def security(self, activity: Row) -> str:
        names = sorted(self.names(activity["security_measures"], self.view.security_measures))
        if activity["security_notes"]:
            names.append(str(activity["security_notes"]))
        return _join(names)

    def dpia(self, activity: Row) -> str:
        lines = [self.enum("dpia_status", activity["dpia_status"])]
        if activity["dpia_date"]:
            lines.append(self.date(activity["dpia_date"]))
        if activity["dpia_reference"]:
            lines.append(str(activity["dpia_reference"]))
        return _join(lines)

    def status(self, activity: Row) -> str:
        lines = [self.enum("status", activity["status"])]
        for key, name in self.dates:
            if activity[key]:
                lines.append(self.field(name, self.date(activity[key])))
        return _join(lines)

    def clients(self, activity: Row) -> str:
        return SUMMARIES["clients"](self.view, activity)

    def processing_categories(self, activity: Row) -> str:
        return SUMMARIES["processing_categories"](self.view, activity)

    def subprocessors(self, activity: Row) -> str:
        return SUMMARIES["processors"](self.view, activity)


def _join(lines: list[str]) -> str:
    return "\n".join(line for line in lines if line)
