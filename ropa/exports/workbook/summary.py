"""The read-only summary columns of the two register sheets: what the detail sheets hold about
an activity, in one cell each, so that the Controller and Processor sheets read like the CNIL
and ICO register templates (purposes with their legal basis, legitimate interests, Art. 9
conditions, data categories, sources, recipients, processors and their contracts, joint
controllers, third countries and safeguards, retention schedule; clients and categories of
processing for a processor).

Summaries are never imported: they are edited on the detail sheet their header's comment names.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from babel import Locale

from ropa.core.i18n import LOCALES
from ropa.core.snapshot import Row
from ropa.exports.register_view import RegisterView
from ropa.exports.workbook.cells import texts

Summary = Callable[[RegisterView, Row], str]


def _label(view: RegisterView, enum: str, value: str | None) -> str:
    """view.enum(enum, value), from the labels looked up once per language."""
    if not value:
        return ""
    return texts(view.lang).labels[enum].get(value, value)


def _join(lines: list[str]) -> str:
    return "\n".join(line for line in lines if line)


def _purposes(view: RegisterView, activity: Row) -> str:
    lines = []
    for purpose in activity["purposes"]:
        basis = _label(view, "legal_basis", purpose["legal_basis"])
        lines.append(
            f"{purpose['description']} \u2014 {basis}" if basis else purpose["description"]
        )
    return _join(lines)


def _legitimate_interests(view: RegisterView, activity: Row) -> str:
    lines = []
    for purpose in activity["purposes"]:
        if purpose["legal_basis"] != "legitimate_interests":
            continue
        text = purpose["legitimate_interest"] or purpose["description"]
        if purpose["lia_reference"]:
            text += f" ({view.t('workbook.text.lia')}: {purpose['lia_reference']})"
        lines.append(text)
    return _join(lines)


def _category_name(view: RegisterView, link: Row) -> str:
    category = view.data_categories.get(link["data_category_id"])
    return str(category["name"]) if category else ""


def _data_categories(view: RegisterView, activity: Row) -> str:
    lines = []
    for link in activity["data_categories"]:
        name = _category_name(view, link)
        lines.append(f"{name}: {link['detail']}" if link["detail"] else name)
    return _join(lines)


def _special_categories(view: RegisterView, activity: Row) -> str:
    lines = []
    for link in activity["data_categories"]:
        category = view.data_categories.get(link["data_category_id"]) or {}
        name = _category_name(view, link)
        if link["art9_condition"] or category.get("is_special"):
            condition = _label(view, "art9_condition", link["art9_condition"]) or "?"
            lines.append(f"{name}: {condition}")
        if link["art10_basis"] or category.get("is_criminal"):
            lines.append(f"{name}: {view.t('workbook.text.art10')} {link['art10_basis'] or '?'}")
    return _join(lines)


def _sources(view: RegisterView, activity: Row) -> str:
    lines = [view.t("workbook.text.from_subject")] if activity["collected_from_subject"] else []
    for source in activity["sources"]:
        party = view.party_name(source["party_id"])
        lines.append(f"{source['description']} ({party})" if party else source["description"])
    return _join(lines)


def _recipients(view: RegisterView, activity: Row) -> str:
    return _join([view.recipient_text(r) for r in activity["recipients"]])


def contract_text(view: RegisterView, party_id: str | None) -> str:
    """A party's Art. 28 contracts in a line, each where it stands with its reference and
    version ("Art. 28 contract: In force, signed on 10 Mar 2025 (DPA-7)"); a processor
    without one: "No contract recorded"; "" for another party without one, or no party."""
    lines = view.party_contract_lines(party_id)
    if not lines:
        return ""
    return f"{view.t('workbook.text.contract')}: {'; '.join(lines)}"


_contract = contract_text


def _processors(view: RegisterView, activity: Row) -> str:
    lines = []
    for recipient in activity["recipients"]:
        if recipient["kind"] != "processor":
            continue
        name = view.party_name(recipient["party_id"]) or recipient["recipient_name"] or ""
        contract = _contract(view, recipient["party_id"])
        lines.append(f"{name} \u2014 {contract}" if contract else name)
    return _join(lines)


def _subprocessors(view: RegisterView, activity: Row) -> str:
    lines = []
    for recipient in activity["recipients"]:
        if recipient["kind"] == "processor":
            name = view.party_name(recipient["party_id"]) or recipient["recipient_name"]
            lines.append(str(name or ""))
    return _join(lines)


def _joint_controllers(view: RegisterView, activity: Row) -> str:
    lines = []
    for link in activity["joint_controllers"]:
        name = view.party_name(link["party_id"])
        lines.append(f"{name}: {link['responsibilities']}" if link["responsibilities"] else name)
    return _join(lines)


@cache
def _countries(lang: str) -> dict[str, str]:
    return {str(code): str(name) for code, name in Locale.parse(LOCALES[lang]).territories.items()}


def _transfers(view: RegisterView, activity: Row) -> str:
    """Like RegisterView.transfer_text, with the country names looked up once."""
    countries = _countries(view.lang)
    lines = []
    for transfer in activity["transfers"]:
        name = view.party_name(transfer["party_id"]) or transfer["recipient_name"] or ""
        code = transfer["country"]
        country = f"{countries[code]} ({code})" if code in countries else code
        text = f"{name} \u2192 {country}".strip()
        safeguard = _label(view, "safeguard", transfer["safeguard"])
        lines.append(f"{text}: {safeguard}" if safeguard else text)
    return _join(lines)


def _retention(view: RegisterView, activity: Row) -> str:
    return _join([view.retention_text(p) for p in activity["retention_phases"]])


def _clients(view: RegisterView, activity: Row) -> str:
    lines = []
    for client in activity["clients"]:
        name = view.party_name(client["party_id"])
        reference = client["contract_reference"]
        lines.append(f"{name} ({reference})" if reference else name)
    return _join(lines)


def _processing_categories(view: RegisterView, activity: Row) -> str:
    lines = []
    for client in activity["clients"]:
        if client["processing_categories"]:
            name = view.party_name(client["party_id"])
            lines.append(f"{name}: {client['processing_categories']}")
    return _join(lines)


SUMMARIES: dict[str, Summary] = {
    "purposes": _purposes,
    "legitimate_interests": _legitimate_interests,
    "data_categories": _data_categories,
    "special_categories": _special_categories,
    "sources": _sources,
    "recipients": _recipients,
    "processors": _processors,
    "joint_controllers": _joint_controllers,
    "transfers": _transfers,
    "retention": _retention,
    "clients": _clients,
    "processing_categories": _processing_categories,
    "subprocessors": _subprocessors,
}
