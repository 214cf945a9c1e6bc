"""Processing contracts (Art. 28) in the documents: the PDF register's annex A says what each
party's contracts hold (never that a processor has one when none is recorded), annex F lists
every contract in the document's language, without its notes; the workbook's Register sheet
and the APD layout say the same in their processors' cells. Read back with poppler and
openpyxl."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import openpyxl
import pytest

from ropa.core import services
from ropa.core.contracts import ContractState, contract_words
from ropa.core.i18n import tr
from ropa.core.register import create_register
from ropa.db import models as m
from ropa.exports.layouts import build_layout
from ropa.exports.pdf import build_pdf
from ropa.exports.workbook import build_workbook
from tests.unit.test_pdf_register import outline_pages, pdftotext, squeeze

TODAY = date.today()
SIGNED = date(2025, 3, 10)
NOTE = "NOTECONTRAT clause pénale à renégocier"
ALL_CLAUSES = [
    "instructions",
    "confidentiality",
    "security",
    "subprocessors",
    "rights_assistance",
    "compliance_assistance",
    "deletion_return",
    "audits",
]
# The parties, each with what the register holds about its contracts.
SIGNED_ONE = "Nordlicht Hosting GmbH"  # in force (and an older one that ended)
NONE = "Stillwater Mailing Ltd"  # a processor without any contract
DRAFT = "Brouillard Paie SRL"  # a draft only
EXPIRED = "Oldtimer Backup BV"  # signed, its end date passed
REVIEW = "Revisio Cloud SA"  # signed, its review date reached
UNANSWERED = "Vaguely Signed Ltd"  # a reference typed, the status not answered
CLIENT = "Polyclinique Horizon ASBL"  # a client controller: we are its processor
THIRD = "Cabinet Tiers SRL"  # a third party: no contract, none expected


def _party(s: Any, org_id: str, name: str, kind: str = "processor") -> Any:
    return services.create(s, m.Party, {"name": name, "kind": kind, "country": "BE"}, org_id)


def _contract(s: Any, org_id: str, party: Any, **values: Any) -> None:
    services.create(s, m.Contract, {"party_id": party.id, **values}, org_id)


def _register(db: Any, language: str) -> None:
    with db.transaction() as s:
        org = services.create_organisation(
            s, {"legal_name": "Exemple SRL", "country": "BE", "language": language}
        )
        org_id = str(org.id)
        parties = {
            name: _party(s, org_id, name)
            for name in (SIGNED_ONE, NONE, DRAFT, EXPIRED, REVIEW, UNANSWERED)
        }
        parties[CLIENT] = _party(s, org_id, CLIENT, "client_controller")
        parties[THIRD] = _party(s, org_id, THIRD, "third_party")
        _contract(
            s,
            org_id,
            parties[SIGNED_ONE],
            reference="DPA-NL-7",
            contract_version="v2",
            our_role="controller",
            status="signed",
            signed_on=SIGNED,
            clauses=["instructions", "confidentiality", "security"],
            subprocessor_authorisation="general",
            data_location="Rechenzentrum Frankfurt",
            notes=NOTE,
        )
        _contract(
            s,
            org_id,
            parties[SIGNED_ONE],
            reference="DPA-NL-1",
            status="ended",
            signed_on=date(2019, 1, 2),
        )
        _contract(s, org_id, parties[DRAFT], reference="Projet-DRAFT-3", status="draft")
        _contract(
            s,
            org_id,
            parties[EXPIRED],
            reference="EXP-4",
            status="signed",
            signed_on=date(2020, 5, 1),
            expires_on=TODAY - timedelta(days=10),
        )
        _contract(
            s,
            org_id,
            parties[REVIEW],
            reference="REV-5",
            status="signed",
            signed_on=date(2022, 6, 1),
            expires_on=TODAY + timedelta(days=300),
            review_on=TODAY - timedelta(days=5),
        )
        _contract(s, org_id, parties[UNANSWERED], reference="UNK-6")
        _contract(
            s,
            org_id,
            parties[CLIENT],
            reference="CLIENT-8",
            our_role="processor",
            status="signed",
            signed_on=SIGNED,
            clauses=ALL_CLAUSES,
        )
        activity = services.create(
            s,
            m.Activity,
            {"reference": "T-01", "name": "Facturation", "status": "active"},
            org_id,
        )
        for name in (SIGNED_ONE, NONE):
            services.create(
                s,
                m.ActivityRecipient,
                {"kind": "processor", "party_id": parties[name].id},
                activity.id,
            )
        hosting = services.create(
            s,
            m.Activity,
            {"reference": "ST-01", "name": "Hébergement", "role": "processor", "status": "active"},
            org_id,
        )
        services.create(s, m.ActivityClient, {"party_id": parties[CLIENT].id}, hosting.id)


@pytest.fixture(scope="module", params=["en", "fr"])
def register(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    lang = request.param
    folder = tmp_path_factory.mktemp(f"contracts-{lang}")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ROPA_DATA_DIR", str(folder / "userdata"))
        db = create_register(folder / "firm.ropa", language=lang)
        _register(db, lang)
        try:
            yield db
        finally:
            db.close()


def _lang(db: Any) -> str:
    with db.reader() as s:
        return str(s.query(m.Organisation).one().language)


def _state(lang: str, state: ContractState, **days: date) -> str:
    """Where a contract stands, as the pages and the command line say it, beginning a cell."""
    words = contract_words(lang, state, **days)
    return words[0].upper() + words[1:]


# The line of the contract in force, as a reader sees it.
IN_FORCE_LINE = {
    "en": "In force, signed on 10 March 2025 (DPA-NL-7, v2)",
    "fr": "En vigueur, signé le 10 mars 2025 (DPA-NL-7, v2)",
}


def _expected_lines(lang: str) -> dict[str, str]:
    """Each party's contract lines, as the register holds them, in the document's words."""
    return {
        SIGNED_ONE: _state(lang, ContractState.IN_FORCE, signed_on=SIGNED) + " (DPA-NL-7, v2)",
        DRAFT: _state(lang, ContractState.DRAFT) + " (Projet-DRAFT-3)",
        EXPIRED: _state(lang, ContractState.EXPIRED, expires_on=TODAY - timedelta(days=10))
        + " (EXP-4)",
        REVIEW: _state(lang, ContractState.REVIEW_DUE, review_on=TODAY - timedelta(days=5))
        + " (REV-5)",
        UNANSWERED: _state(lang, ContractState.UNANSWERED) + " (UNK-6)",
    }


def _between(text: str, start: str, end: str) -> str:
    """The text from the last `start` (after the contents) up to the next `end`."""
    begin = text.rindex(start)
    stop = text.find(end, begin + len(start))
    return text[begin : stop if stop >= 0 else None]


def _annex_text(data: bytes, letter: str, next_letter: str | None) -> str:
    """One annex's pages in reading order, up to the next annex (or the approval)."""
    outline = outline_pages(data)
    pattern = rf"(Annexe?|Bijlage) {letter} "
    first = next(page for title, page in outline if re.match(pattern, title))
    if next_letter is None:
        last = outline[-1][1]
    else:
        after = rf"(Annexe?|Bijlage) {next_letter} "
        last = next(page for title, page in outline if re.match(after, title))
    return pdftotext(data, "-f", str(first), "-l", str(last))


# -- the PDF register ----------------------------------------------------------------------------


def test_annex_a_says_what_each_partys_contracts_hold(register: Any) -> None:
    lang = _lang(register)
    data = build_pdf(register)
    annex = squeeze(_annex_text(data, "A", "B"))
    annex = annex[: annex.rindex(squeeze(tr(lang, "pdf.annex.b.title")))]
    processors = (SIGNED_ONE, NONE, DRAFT, EXPIRED, REVIEW, UNANSWERED)
    names = [*sorted(processors, key=str.lower), THIRD]  # by kind, then by name
    blocks = {
        name: annex[annex.index(squeeze(name)) : annex.index(squeeze(names[i + 1]))]
        if i + 1 < len(names)
        else annex[annex.index(squeeze(name)) :]
        for i, name in enumerate(names)
    }
    contract = squeeze(tr(lang, "table.contract"))
    none = squeeze(tr(lang, "report.contract.none"))
    assert _expected_lines(lang)[SIGNED_ONE] == IN_FORCE_LINE[lang]
    for name, line in _expected_lines(lang).items():
        assert squeeze(line) in blocks[name], (lang, name)
        assert none not in blocks[name]
    # The ended contract beside the one in force: each says where it stands.
    ended = _state(lang, ContractState.ENDED) + " (DPA-NL-1)"
    assert squeeze(ended) in blocks[SIGNED_ONE]
    # A processor without a contract: none recorded, never one in force.
    assert contract + none in blocks[NONE]
    in_force = squeeze(IN_FORCE_LINE[lang].split(",")[0])
    assert in_force not in blocks[NONE]
    # A third party is not asked for one: no line at all.
    assert contract not in blocks[THIRD] and none not in blocks[THIRD]


def test_annex_f_lists_every_contract_in_the_documents_language(register: Any) -> None:
    lang = _lang(register)
    data = build_pdf(register)
    titles = [title for title, _page in outline_pages(data)]
    assert tr(lang, "pdf.annex.f.title") in titles
    # After the retired activities' annex, before the approval block.
    assert titles.index(tr(lang, "pdf.annex.f.title")) > titles.index(tr(lang, "pdf.annex.e.title"))
    assert titles[-1] == tr(lang, "pdf.approval.title")
    annex = squeeze(_annex_text(data, "F", None))
    for name, line in _expected_lines(lang).items():
        state = line.rsplit(" (", 1)[0]
        assert squeeze(name) in annex and squeeze(state) in annex, (lang, name)
    # (poppler joins a word broken after a hyphen and drops the hyphen)
    for reference in ("DPA-NL-7", "DPA-NL-1", "Projet-DRAFT-3", "EXP-4", "REV-5", "UNK-6"):
        assert reference.replace("-", "") in annex.replace("-", ""), reference
    # Each contract's side, version, authorisation, where the data are kept.
    assert squeeze(tr(lang, "enum.contract_role.controller")) in annex
    assert squeeze(tr(lang, "enum.contract_role.processor")) in annex
    assert squeeze(tr(lang, "enum.subprocessor_authorisation.general")) in annex
    assert "RechenzentrumFrankfurt" in annex
    # The stipulations not checked: (d) to (h) of the first; none of the client's; the
    # others were never checked (not "missing": not checked yet).
    for clause in ALL_CLAUSES[3:]:
        assert squeeze(tr(lang, f"enum.art28_clause.{clause}")) in annex, clause
    for clause in ALL_CLAUSES[:3]:
        assert squeeze(tr(lang, f"enum.art28_clause.{clause}")) not in annex, clause
    assert squeeze(tr(lang, "report.contract.clauses_complete")) in annex
    assert annex.count(squeeze(tr(lang, "report.contract.clauses_not_checked"))) == 5
    assert squeeze(tr(lang, "field.contract.expires_on")) in annex


def test_a_client_controllers_contract_is_in_part_3(register: Any) -> None:
    lang = _lang(register)
    text = squeeze(pdftotext(build_pdf(register)))
    part3 = _between(text, squeeze(tr(lang, "pdf.processor.title")), "ST-01")
    line = _state(lang, ContractState.IN_FORCE, signed_on=SIGNED)
    assert squeeze(f"{line} (CLIENT-8)") in part3


def test_contract_notes_are_never_printed(register: Any) -> None:
    for lang in ("fr", "nl", "en"):
        data = build_pdf(register, lang=lang)
        for mode in (("-raw",), ()):
            assert "NOTECONTRAT" not in pdftotext(data, *mode), lang


def test_a_register_without_contracts_says_so_in_annex_f(tmp_path: Any) -> None:
    db = create_register(tmp_path / "empty.ropa", language="nl")
    try:
        with db.transaction() as s:
            org = services.create_organisation(
                s, {"legal_name": "Leeg BV", "country": "BE", "language": "nl"}
            )
            _party(s, str(org.id), NONE)
        data = build_pdf(db)
    finally:
        db.close()
    annex = _annex_text(data, "F", None)
    assert "Bijlage F – Verwerkersovereenkomsten (art. 28)" in annex
    assert tr("nl", "pdf.annex.none") in annex
    annex_a = squeeze(_annex_text(data, "A", "B"))
    assert squeeze("Geen overeenkomst geregistreerd") in annex_a


# -- the workbook's Register sheet and the APD layout --------------------------------------------


def _cell_texts(data: bytes) -> list[str]:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    return [
        str(value)
        for ws in book.worksheets
        for row in ws.iter_rows(values_only=True)
        for value in row
        if isinstance(value, str)
    ]


def test_the_workbooks_register_sheet_names_each_processors_contract(register: Any) -> None:
    lang = _lang(register)
    book = openpyxl.load_workbook(io.BytesIO(build_workbook(register)), read_only=True)
    sheet = book[tr(lang, "workbook.sheet.register")]
    cells = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    label = tr(lang, "workbook.text.contract")
    signed = _expected_lines(lang)[SIGNED_ONE]
    ended = _state(lang, ContractState.ENDED) + " (DPA-NL-1)"
    assert any(f"{SIGNED_ONE}" in c and f"{label}: {signed}; {ended}" in c for c in cells)
    none = f"{label}: {tr(lang, 'report.contract.none')}"
    assert any(NONE in c and none in c for c in cells)


def test_the_apd_processors_column_says_where_each_contract_stands(register: Any) -> None:
    lang = _lang(register)
    book = openpyxl.load_workbook(io.BytesIO(build_layout(register, "apd")), read_only=True)
    ws = book.worksheets[1]  # the controller's register
    rows = list(ws.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    column = header.index(tr(lang, "layouts.column.processors"))
    reference = header.index(tr(lang, "layouts.column.reference"))
    [cell] = [r[column] for r in rows[1:] if r[reference] == "T-01"]
    label = tr(lang, "workbook.text.contract")
    assert f"{SIGNED_ONE} \u2014 {label}: {_expected_lines(lang)[SIGNED_ONE]}" in cell
    assert f"{NONE} \u2014 {label}: {tr(lang, 'report.contract.none')}" in cell
