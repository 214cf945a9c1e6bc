"""One list of what is missing: the privacy notice's gaps are findings of the checks.

Every gap code the notice's modules record (read from their source, so a new one is covered)
has its words in every language and becomes a finding naming its activity and field; where a
rule says the same thing for the same place, the rule's finding is kept, marked as blocking
publication when the gap blocks it, and nothing is said twice."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from ropa.core.checks.engine import RULES, _load_rules
from ropa.core.checks.model import Finding, Severity
from ropa.core.checks.notice_gaps import GAP_RULES, NOT_IN_USE, gap_finding
from ropa.core.i18n import LANGUAGES, catalogue
from ropa.db import models as m
from ropa.exports.notice.findings import check_with_notice, notice_gaps
from ropa.exports.notice.model import Gap
from tests.unit.checks_support import ACTIVITY, TODAY, VIOLATIONS, Register, clean_register

NOTICE_SOURCES = Path(__file__).resolve().parents[2] / "ropa" / "exports" / "notice"
_load_rules()


# -- the gap codes, read from the notice's source --------------------------------------------


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


class _Codes:
    """The codes given to ctx.gap(...) (or Gap(code=...)) in one module: a literal, or a name
    bound to literals (a parameter of a helper called with literals, a loop over tuples of
    literals, an assignment); anything else is listed as unread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.parents = {
            child: node for node in ast.walk(self.tree) for child in ast.iter_child_nodes(node)
        }
        self.codes: set[str] = set()
        self.unread: list[str] = []
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Call):
                continue
            if _name(node) == "gap" and node.args:
                self._add(node.args[0], node)
            elif _name(node) == "Gap":
                for keyword in node.keywords:
                    if keyword.arg == "code" and not self._in_recorder(node):
                        self._add(keyword.value, node)

    def _in_recorder(self, node: ast.AST) -> bool:
        """Inside NoticeContext.gap itself, which records whatever code it is given."""
        function = self._function(node)
        return function is not None and function.name == "gap"

    def _function(self, node: ast.AST) -> ast.FunctionDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef):
                return node
        return None

    def _add(self, value: ast.expr, at: ast.AST) -> None:
        found = list(self._literals(value, at, depth=0))
        if not found:
            self.unread.append(f"{self.path.name}:{getattr(at, 'lineno', '?')}")
        self.codes.update(found)

    def _literals(self, value: ast.expr, at: ast.AST, depth: int) -> Iterator[str]:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            yield value.value
        elif isinstance(value, ast.IfExp):
            yield from self._literals(value.body, at, depth)
            yield from self._literals(value.orelse, at, depth)
        elif isinstance(value, ast.Name) and depth < 3:
            yield from self._bound(value.id, at, depth + 1)

    def _bound(self, name: str, at: ast.AST, depth: int) -> Iterator[str]:
        function = self._function(at)
        if function is None:
            return
        params = [a.arg for a in function.args.args]
        if name in params:  # a helper: the literals it is called with
            index = params.index(name)
            for call in ast.walk(self.tree):
                if isinstance(call, ast.Call) and _name(call) == function.name:
                    if len(call.args) > index:
                        yield from self._literals(call.args[index], call, depth)
                    for keyword in call.keywords:
                        if keyword.arg == name:
                            yield from self._literals(keyword.value, call, depth)
        for node in ast.walk(function):
            if isinstance(node, ast.For) and isinstance(node.iter, ast.Tuple | ast.List):
                targets = node.target.elts if isinstance(node.target, ast.Tuple) else [node.target]
                names = [t.id if isinstance(t, ast.Name) else None for t in targets]
                if name in names:
                    index = names.index(name)
                    for item in node.iter.elts:
                        element = item.elts[index] if isinstance(item, ast.Tuple) else item
                        yield from self._literals(element, node, depth)
            elif isinstance(node, ast.Assign):
                if any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                    yield from self._literals(node.value, node, depth)


def gap_codes() -> tuple[set[str], list[str]]:
    """Every gap code recorded by ropa/exports/notice/*.py, and the calls whose code could not
    be read."""
    codes: set[str] = set()
    unread: list[str] = []
    for path in sorted(NOTICE_SOURCES.glob("*.py")):
        found = _Codes(path)
        codes |= found.codes
        unread += found.unread
    return codes, unread


CODES, UNREAD = gap_codes()


def test_the_code_reader_sees_every_way_a_code_is_given() -> None:
    assert not UNREAD, f"gap codes the test cannot read (use a literal): {UNREAD}"
    assert {
        "no_contact",  # ctx.gap("no_contact", ...)
        "untranslated",  # Gap(code="untranslated", ...)
        "no_legal_reference",  # missing("no_legal_reference", ...), a helper
        "no_cookie_consent_method",  # for column, key, code in ((...), ...)
    } <= CODES


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_gap_code_has_its_words_in_every_language(code: str) -> None:
    for lang in LANGUAGES:
        text = catalogue(lang).get(f"notice.gap.{code}")
        assert text and text.strip(), (lang, code)


def test_the_mapping_names_real_codes_and_rules() -> None:
    assert set(GAP_RULES) <= CODES, sorted(set(GAP_RULES) - CODES)
    for code, rules in GAP_RULES.items():
        assert rules and set(rules) <= set(RULES), (code, rules)


def _example(code: str, blocking: bool) -> Gap:
    """A gap of this code inside an activity, its message's values filled."""
    text = catalogue("en").get(f"notice.gap.{code}", "")
    params = {f: f"<{f}>" for _, f, _, _ in string.Formatter().parse(text) if f}
    return Gap(
        code=code,
        blocking=blocking,
        organisation_id="org-1",
        activity_id="act-1",
        reference="T-04 \u2013 Recrutement",
        table="purpose",
        column="legal_basis",
        params=params,
    )


@pytest.mark.parametrize("code", sorted(CODES))
def test_each_gap_becomes_a_finding_naming_its_activity_and_field(code: str) -> None:
    for blocking in (True, False):
        gap = _example(code, blocking)
        finding = gap_finding(gap)
        assert finding.rule == f"notice.{code}"
        assert (finding.activity_id, finding.table, finding.field) == (
            "act-1",
            "purpose",
            "legal_basis",
        )
        assert finding.label == "T-04 \u2013 Recrutement"
        assert finding.blocks_publication is blocking
        expected = Severity.ERROR if blocking else Severity.WARNING
        if code in NOT_IN_USE:  # a notice not in use yet: advice, still marked as blocking
            expected = Severity.ADVICE
        assert finding.severity == expected
        for lang in LANGUAGES:
            # The notice page's own words for where and what.
            assert finding.where(lang) == gap.where(lang)
            assert finding.message(lang) == gap.message(lang)
            assert not finding.message(lang).startswith("notice.gap."), (code, lang)
            assert finding.hint(lang) and not finding.hint(lang).startswith("check.")
        dumped = finding.as_dict("fr")
        assert dumped["activity_id"] == "act-1" and dumped["field"] == "legal_basis"
        assert dumped["blocks_publication"] is blocking


# -- the gaps of a real notice -------------------------------------------------------------


def _findings(register: Register) -> list[Finding]:
    with register.db.reader() as session:
        return check_with_notice(session, register.org_id, TODAY)


def _gaps(register: Register) -> list[Gap]:
    with register.db.reader() as session:
        from ropa.core.snapshot import read_tree

        [organisation] = read_tree(session, [register.org_id])
    return notice_gaps(organisation, TODAY)


def _accounted_for(findings: list[Finding], gap: Gap) -> list[Finding]:
    """The findings that say what the gap says: its own, or a rule's covering it."""
    return [
        f
        for f in findings
        if f.activity_id == gap.activity_id
        and (
            (f.rule == f"notice.{gap.code}" and f.field == gap.column)
            or f.rule in GAP_RULES.get(gap.code, ())
        )
    ]


MAPPED_RULES = sorted({rule for rules in GAP_RULES.values() for rule in rules} & set(VIOLATIONS))


@pytest.mark.parametrize("rule_id", MAPPED_RULES)
def test_a_rule_and_the_notice_saying_the_same_thing_make_one_finding(
    tmp_path, rule_id: str
) -> None:
    register = clean_register(tmp_path)
    VIOLATIONS[rule_id](register)
    gaps = [g for g in _gaps(register) if rule_id in GAP_RULES.get(g.code, ())]
    assert gaps, f"the notice does not flag what {rule_id} finds"
    findings = _findings(register)
    ours = [f for f in findings if f.rule == rule_id]
    assert len(ours) == 1, findings
    for gap in gaps:
        assert not [f for f in findings if f.rule == f"notice.{gap.code}"], gap
    assert ours[0].blocks_publication is any(g.blocking for g in gaps)


def test_every_gap_of_a_broken_register_is_a_finding_with_its_place(tmp_path) -> None:
    register = clean_register(tmp_path)
    for rule_id in (
        "translation.notice",  # Dutch too, a text missing there
        "activity.no_recipients",
        "cookie.no_exemption",
        "organisation.sells_data_unknown",
    ):
        VIOLATIONS[rule_id](register)
    register.update(m.Purpose, register.purpose_id, legal_basis="undetermined")
    transfer = register.create(
        m.Transfer, {"country": "US", "recipient_name": "Cloudy"}, register.activity_id
    )
    register.update(m.Transfer, transfer, safeguard="undetermined")
    gaps = _gaps(register)
    findings = _findings(register)
    assert {g.code for g in gaps} >= {"undetermined_basis", "no_safeguard", "untranslated"}
    for gap in gaps:
        said = _accounted_for(findings, gap)
        assert said, gap
        if gap.blocking:
            assert all(f.blocks_publication and f.severity == Severity.ERROR for f in said), said
    # Nothing twice: a gap a rule covers is not a finding of its own.
    own = [f for f in findings if f.rule.startswith("notice.")]
    assert not [f for f in own if f.rule.removeprefix("notice.") in GAP_RULES]
    [basis] = [f for f in findings if f.rule == "purpose.no_legal_basis"]
    assert basis.blocks_publication and basis.label == ACTIVITY
    assert basis.message("en").startswith("A purpose has no legal basis")


def test_to_be_determined_is_no_basis_no_safeguard_and_no_kind(tmp_path) -> None:
    register = clean_register(tmp_path)
    register.update(m.Purpose, register.purpose_id, legal_basis="undetermined")
    transfer = register.create(
        m.Transfer,
        {"country": "US", "recipient_name": "Cloudy", "safeguard": "undetermined"},
        register.activity_id,
    )
    register.update(m.ActivityRecipient, register.recipient_id, kind="undetermined")
    found = {(f.rule, f.entity_id) for f in register.checks() if f.severity == Severity.ERROR}
    assert found == {
        ("purpose.no_legal_basis", register.purpose_id),
        ("transfer.no_safeguard", transfer),
        ("recipient.undetermined", register.recipient_id),
    }
    # Each blocks the notice: one finding each, marked.
    blocking = {(f.rule, f.entity_id) for f in _findings(register) if f.blocks_publication}
    assert found <= blocking


def test_a_clean_register_and_its_notice_leave_only_what_the_notice_alone_asks(tmp_path) -> None:
    register = clean_register(tmp_path)
    findings = _findings(register)
    assert not [f for f in findings if f.severity == Severity.ERROR], findings
    assert all(f.rule.startswith("notice.") for f in findings)
    assert {f.rule for f in findings} == {f"notice.{g.code}" for g in _gaps(register)}
