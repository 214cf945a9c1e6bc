"""One organisation's register, read once, with what the document exporters need to print it:
look-ups by id, the activities split by register part, and values rendered as text in the
document's language (closed values, dates, countries, durations, where a processing contract
stands: the same words in the PDF register, the workbook and the authorities' layouts).

The PDF register and the Excel workbook both start from here, so they show the same data the
same way. Plain dicts (from ropa.core.snapshot.read_tree), no ORM objects: one read, no lazy
loads while rendering.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ropa import __version__
from ropa.core.contracts import ContractState, contract_state, contract_words, missing_clauses
from ropa.core.i18n import LOCALES, label, normalise_language, tr, value_label
from ropa.core.queries import HistoryEntry, history
from ropa.core.snapshot import OrganisationIndex, Row, read_tree
from ropa.core.text_languages import Localised, localise, main_language
from ropa.db.models import Change

Day = date  # the class's own `date` method hides the type in its annotations


@dataclass
class RegisterView(OrganisationIndex):
    lang: str
    organisation: Row
    generated_at: datetime
    version: int
    """How many times the register of this organisation was changed (one per saved change)."""
    last_change: datetime | None
    history: list[HistoryEntry] = field(default_factory=list)
    generator: str = f"ropa {__version__}"
    localised: Localised | None = None
    """The texts in `lang` when it is not the main language: what is missing there (shown as
    the main-language text marked with its language) and what the document read of it."""

    # look-ups by id, filled in __post_init__ (with OrganisationIndex's)
    activities: dict[str, Row] = field(init=False)
    purposes: dict[str, Row] = field(init=False)
    transfers: dict[str, Row] = field(init=False)
    contracts_by_party: dict[str, list[Row]] = field(init=False)
    """Each party's processing contracts, the latest signed first (as the Contracts page)."""

    def __post_init__(self) -> None:
        org = self.organisation
        self.index_organisation(org)
        self.activities = {a["id"]: a for a in org["activities"]}
        self.purposes = {p["id"]: p for a in org["activities"] for p in a["purposes"]}
        self.transfers = {t["id"]: t for a in org["activities"] for t in a["transfers"]}
        self.contracts_by_party = {}
        for contract in self.contracts:
            self.contracts_by_party.setdefault(contract["party_id"], []).append(contract)

    # -- the parts of the register ----------------------------------------------------------

    @property
    def controller_activities(self) -> list[Row]:
        """Art. 30(1): the activities the organisation carries out as (joint) controller,
        retired ones excepted (they go to their own annex), in reference order."""
        return [
            a
            for a in self._sorted_activities()
            if a["role"] != "processor" and a["status"] != "retired"
        ]

    @property
    def processor_activities(self) -> list[Row]:
        """Art. 30(2): the activities carried out on behalf of clients, retired ones excepted."""
        return [
            a
            for a in self._sorted_activities()
            if a["role"] == "processor" and a["status"] != "retired"
        ]

    @property
    def all_activities(self) -> list[Row]:
        """Every activity, retired ones included, in reference order (T-2 before T-10)."""
        return self._sorted_activities()

    @property
    def retired_activities(self) -> list[Row]:
        return [a for a in self._sorted_activities() if a["status"] == "retired"]

    def _sorted_activities(self) -> list[Row]:
        return sorted(self.organisation["activities"], key=lambda a: natural_order(a["reference"]))

    @property
    def contracts(self) -> list[Row]:
        """The processing contracts (Art. 28), by party name, the latest signed first."""
        return sorted(self.organisation.get("contracts", []), key=self._contract_order)

    def _contract_order(self, contract: Row) -> tuple[Any, ...]:
        signed = contract["signed_on"]
        return (
            self.party_name(contract["party_id"]).casefold(),
            contract["party_id"],
            signed is not None,  # not signed first, then the latest signed
            -(signed.toordinal() if signed is not None else 0),
            (contract["reference"] or "").casefold(),
            contract["id"],
        )

    # -- names ------------------------------------------------------------------------------

    def party_name(self, party_id: str | None) -> str:
        party = self.parties.get(party_id or "")
        return str(party["name"]) if party else ""

    def activity_label(self, activity: Row) -> str:
        return f"{activity['reference']} \u2013 {activity['name']}"

    # -- texts in the document's language ---------------------------------------------------

    def t(self, key: str, /, **params: Any) -> str:
        return tr(self.lang, key, **params)

    def field(self, table: str, column: str) -> str:
        """A column's label, e.g. field("activity", "name")."""
        return label(self.lang, table, column)

    def enum(self, enum_name: str, value: str | None) -> str:
        """A closed value's label ("" for no value)."""
        return value_label(self.lang, enum_name, value) if value else ""

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self.t("value.yes") if value else self.t("value.no")

    def date(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.date()
        return format_date(value, format="medium", locale=LOCALES[self.lang])

    def number(self, value: int | None) -> str:
        """A count as the language writes it (1 234 / 1.234 / 1,234); "" for none."""
        if value is None:
            return ""
        return format_decimal(value, locale=LOCALES[self.lang])

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return ""
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return format_datetime(value.astimezone(), format="medium", locale=LOCALES[self.lang])

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        name = Locale.parse(LOCALES[self.lang]).territories.get(code)
        return f"{name} ({code})" if name else code

    def duration(self, value: int | None, unit: str | None) -> str:
        if value is None or not unit:
            return ""
        return f"{value} {self.enum('duration_unit', unit).lower()}"

    def retention_text(self, phase: Row) -> str:
        """One retention phase in a line: "Active use: 3 years from the last contact"."""
        kind = self.enum("retention_phase_kind", phase["phase"])
        how = self.duration(phase["duration_value"], phase["duration_unit"]) or (
            phase["criterion"] or ""
        )
        parts = [how] if how else []
        if phase["start_event"]:
            start = self.enum("start_event", phase["start_event"])
            if phase["start_event_detail"]:
                start += f" ({phase['start_event_detail']})"
            others = [self.enum("start_event", e) for e in phase.get("other_start_events") or []]
            if others:  # "Fin du contrat, Dernier contact (Le dernier en date)"
                start = ", ".join([start, *others])
                if phase.get("start_combination"):
                    combination = self.enum("start_combination", phase["start_combination"])
                    start += f" ({combination})"
            parts.append(self.t("report.retention_from", event=start))
        scope = []
        group = phase.get("data_subject_category_id")
        if group and group in self.data_subjects:
            scope.append(str(self.data_subjects[group]["name"]))
        if phase["purpose_id"] and phase["purpose_id"] in self.purposes:
            scope.append(str(self.purposes[phase["purpose_id"]]["description"]))
        if phase["data_category_id"] and phase["data_category_id"] in self.data_categories:
            scope.append(str(self.data_categories[phase["data_category_id"]]["name"]))
        text = f"{kind}: {' '.join(parts)}".rstrip(": ")
        if scope:
            text += f" [{'; '.join(scope)}]"
        return text

    def recipient_text(self, recipient: Row) -> str:
        """A recipient as a person names it: the party, the catalogue category, the name
        typed, or the internal department."""
        name = (
            self.party_name(recipient["party_id"])
            or (self.recipient_categories.get(recipient["recipient_category_id"] or "") or {}).get(
                "name"
            )
            or recipient["recipient_name"]
            or recipient["department"]
            or ""
        )
        return f"{name} ({self.enum('recipient_kind', recipient['kind'])})"

    # -- processing contracts ---------------------------------------------------------------

    @property
    def today(self) -> Day:
        """The day the document is made, in this computer's time: where a contract stands."""
        moment = self.generated_at
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone().date()

    def contract_state(self, contract: Row) -> ContractState:
        status = contract["status"]
        return contract_state(
            None if status is None else str(status),
            contract["expires_on"],
            contract["review_on"],
            self.today,
        )

    def contract_state_text(self, contract: Row) -> str:
        """Where a contract stands, in the words of the pages and the command line
        (ropa.core.contracts.contract_words), as a cell begins: "In force, signed on 10 March
        2025", "Draft, not signed", "Expired on …", "Status not answered: …"."""
        words = contract_words(
            self.lang,
            self.contract_state(contract),
            contract["signed_on"],
            contract["review_on"],
            contract["expires_on"],
        )
        return words[:1].upper() + words[1:]

    def contract_text(self, contract: Row) -> str:
        """A contract in a line: where it stands, then its reference and version when
        recorded ("In force, signed on 10 March 2025 (DPA-2025-01, v2)")."""
        named = ", ".join(
            str(v) for v in (contract["reference"], contract["contract_version"]) if v
        )
        state = self.contract_state_text(contract)
        return f"{state} ({named})" if named else state

    def party_contract_lines(self, party_id: str | None) -> list[str]:
        """What the register holds about a party's processing contracts: a line per contract,
        "No contract recorded" for a processor without one (nothing for another party)."""
        party = self.parties.get(party_id or "")
        if party is None:
            return []
        contracts = self.contracts_by_party.get(party["id"], [])
        if contracts:
            return [self.contract_text(c) for c in contracts]
        return [self.t("report.contract.none")] if party["kind"] == "processor" else []

    def clauses_not_checked(self, contract: Row) -> list[str]:
        """The Art. 28(3) stipulations a contract is not recorded to contain, by their labels;
        "Not checked yet" when none was checked, a sentence when all eight are."""
        clauses = list(contract["clauses"] or [])
        if not clauses:
            return [self.t("report.contract.clauses_not_checked")]
        missing = missing_clauses(clauses)
        if not missing:
            return [self.t("report.contract.clauses_complete")]
        return [self.enum("art28_clause", clause.value) for clause in missing]

    def transfer_text(self, transfer: Row) -> str:
        name = self.party_name(transfer["party_id"]) or transfer["recipient_name"] or ""
        safeguard = self.enum("safeguard", transfer["safeguard"])
        text = f"{name} \u2192 {self.country(transfer['country'])}".strip()
        return f"{text}: {safeguard}" if safeguard else text


def natural_order(reference: str) -> tuple[Any, ...]:
    """A sort key that puts T-2 before T-10."""
    import re

    return tuple(int(p) if p.isdigit() else p.lower() for p in re.split(r"(\d+)", reference))


def load_register_view(
    session: Session,
    organisation_id: str,
    lang: str | None = None,
    *,
    with_history: bool = True,
    localise_texts: bool = True,
) -> RegisterView:
    """Read one organisation's register (one read transaction) for a document.

    The language defaults to the organisation's main document language. Every text is the one
    typed in that language; a text typed only in another document language (the main one
    first) is shown with its language marked ("[FR] …") and listed in `localised.missing`. With
    `localise_texts=False` the texts stay as stored (main text and translation columns), only
    the labels are in `lang` (the workbook, a round trip of the data).
    """
    [organisation] = read_tree(session, [organisation_id])
    lang = normalise_language(lang or organisation["language"])
    localised = None
    if localise_texts:
        found = localise(organisation, lang)
        if found.missing or lang != main_language(organisation):
            # Another language, or the main one lacking texts found in another language.
            localised = found
            organisation = found.organisation
    count, last = session.execute(
        select(func.count(func.distinct(Change.batch)), func.max(Change.at)).where(
            Change.organisation_id == organisation_id
        )
    ).one()
    entries = history(session, organisation_id=organisation_id) if with_history else []
    return RegisterView(
        lang=lang,
        organisation=organisation,
        localised=localised,
        generated_at=datetime.now(UTC),
        version=int(count or 0),
        last_change=last,
        history=entries,
    )
