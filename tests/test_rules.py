"""The rule registry's contract, and every rule's fixtures (run with only that rule)."""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import reconcile
from reconcile import rules as registry
from reconcile.api import analyse
from reconcile.errors import UsageError
from reconcile.models import Document
from reconcile.rules import base, get_rules, run_rules, select_rules

RULES_DIR = Path(registry.__file__).parent
FIXTURES = Path(__file__).parent / "rules" / "fixtures"


def test_every_rule_file_is_registered() -> None:
    files = {p.stem for p in RULES_DIR.glob("r[0-9][0-9][0-9]_*.py")}
    registered = {r.check.__module__.rsplit(".", 1)[-1] for r in get_rules(include_removed=True)}
    assert files == registered


def test_codes_names_and_docstrings() -> None:
    rules = get_rules(include_removed=True)
    codes = [r.code for r in rules]
    assert len(codes) == len(set(codes))
    for r in rules:
        assert re.fullmatch(r"R\d{3}", r.code)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r.name)
        assert r.check.__module__.endswith(f"{r.code.lower()}_{r.name.replace('-', '_')}")
        assert r.summary and r.summary.endswith(".")
        for section in base.SECTIONS:
            assert f"**{section}**" in r.doc, f"{r.code} lacks the section {section!r}"


def _cases() -> Iterator[tuple[str, str, dict]]:
    for path in sorted(FIXTURES.glob("R*.toml")):
        for case in tomllib.loads(path.read_text("utf-8"))["case"]:
            yield path.stem, case["name"], case


def test_every_rule_has_a_firing_and_a_quiet_fixture() -> None:
    cases = list(_cases())
    for r in get_rules():
        mine = [c for code, _, c in cases if code == r.code]
        assert any(c["expect"] for c in mine), f"{r.code} has no fixture that fires"
        assert any(not c["expect"] for c in mine), f"{r.code} has no fixture that stays quiet"


@pytest.mark.parametrize(
    ("code", "name", "case"), list(_cases()), ids=[f"{c}-{n}" for c, n, _ in _cases()]
)
def test_rule_fixture(code: str, name: str, case: dict) -> None:
    # a fixture case is one event's documents, as a case folder is (see reconcile/events.py)
    documents = [Document(**{"event": "fixture", **d}) for d in case["documents"]]
    report = analyse(documents, select=[code]).report
    assert report.errors == []
    assert sorted({f.code for f in report.findings}) == sorted(set(case["expect"])), name
    texts = {d.id: d.text for d in documents}
    for finding in report.findings:
        assert finding.message.endswith(".")
        assert "\n" not in finding.message
        for span in finding.spans:
            assert texts[span.doc_id][span.start : span.end]


def test_selection_by_prefix_and_ignore() -> None:
    assert [r.code for r in select_rules(["R1", "R5"])] == [
        "R101",
        "R102",
        "R103",
        "R104",
        "R501",
        "R502",
    ]
    assert "R403" not in [r.code for r in select_rules()]  # preview: only when named
    assert [r.code for r in select_rules(["R4"])] == ["R401", "R402"]
    assert [r.code for r in select_rules(["R403"])] == ["R403"]
    assert "R401" not in [r.code for r in select_rules(None, ["R4"])]
    assert [r.code for r in select_rules(["R5"], ["R501"])] == ["R502"]
    with pytest.raises(UsageError, match="R999"):
        select_rules(["R999"])


def test_a_failing_rule_is_reported_and_the_others_still_run() -> None:
    @base.rule(code="R998", name="always-fails", group="test", severity="info")
    def broken(G, ctx):
        """Fails."""
        raise RuntimeError("boom")

    doc = Document(
        text="Two people died in the blast. Two people died in the blast.",
        publisher="P",
        published="2020-01-01",
    )
    G = analyse([doc]).graph
    findings, errors = run_rules(G, base.RuleContext(), [broken.rule, *select_rules(["R501"])])
    assert [e.code for e in errors] == ["R998"]
    assert "boom" in errors[0].message
    assert [f.code for f in findings] == ["R501"]


def test_rules_read_the_graph_through_graph_functions_only() -> None:
    for path in RULES_DIR.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute):
                assert node.attr not in {"_adj", "_succ", "_pred", "_node"}, path.name


def test_public_api_lists_rules() -> None:
    assert reconcile.get_rule("R101").name == "conflicting-counts"
    assert reconcile.get_rule("verbatim-repeat").code == "R501"


def test_conflict_names_the_widest_gap_between_figures_that_clash() -> None:
    """ "more than 10" and 40 overlap; "fewer than 10" clashes with both: the gap is 30."""
    texts = [
        ("Wire A", "The army said more than 10 soldiers were killed in the raid."),
        ("Wire B", "Rebels said fewer than 10 soldiers were killed in the raid."),
        ("Wire C", "A local council said 40 soldiers were killed in the raid."),
    ]
    docs = [
        Document(
            id=f"d{k}", text=text, publisher=who, published=f"2021-03-02T1{k}:00:00Z", event="raid"
        )
        for k, (who, text) in enumerate(texts)
    ]
    (conflict,) = [f for f in analyse(docs, select=["R101"]).report.findings]
    assert "widest gap 30," in conflict.message


def test_a_revision_chain_cites_each_statement_of_a_step() -> None:
    """12 on Monday, 12 again on Tuesday, 17 on Wednesday: one step 12 → 17, citing both
    statements of 12."""
    days = [
        ("02", "The Tarvo health ministry said 12 people died in the floods."),
        ("03", "Rescuers kept searching; 12 people are dead, the Tarvo health ministry said."),
        ("04", "The Tarvo health ministry said 17 people died in the floods."),
    ]
    docs = [
        Document(
            id=f"m{day}",
            text=text,
            publisher=f"Wire {day}",
            published=f"2021-03-{day}T10:00:00Z",
            event="floods",
        )
        for day, text in days
    ]
    (chain,) = [f for f in analyse(docs, select=["R201"]).report.findings]
    assert "'12' (2021-03-02) → '17' (2021-03-04, up 5)" in chain.message
    assert sorted(c.split(":")[1] for c in chain.claim_ids) == ["m02", "m03", "m04"]
