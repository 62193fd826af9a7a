"""The rule registry: an explicit list of every rule, selection, and a runner.

Codes are stable, like a linter's, in blocks by family:

* R1xx conflicts · R2xx revisions over time · R3xx totals against breakdowns
* R4xx attribution and provenance · R5xx duplicates and repeats

A code is never reused; a retired rule stays listed with ``status="removed"``.
Selection works like ruff's: ``select`` and ``ignore`` take codes or prefixes ("R1",
"R401"); the longest matching prefix wins, and ``ignore`` wins a tie.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from reconcile.errors import UsageError
from reconcile.models import Finding, RuleFailure
from reconcile.rules import (
    r101_conflicting_counts,
    r102_contradicting_statements,
    r103_disputed_figure,
    r104_vague_versus_precise,
    r201_count_revised,
    r202_revision_cue,
    r203_superseded_figure,
    r204_toll_timeline,
    r205_figure_withdrawn,
    r301_parts_exceed_total,
    r302_parts_short_of_total,
    r303_increment_inconsistent,
    r304_casualties_mismatch,
    r305_group_exceeds_wider,
    r401_unattributed_figure,
    r402_anonymous_source,
    r403_party_only_source,
    r501_verbatim_repeat,
    r502_near_repeat,
)
from reconcile.rules.base import Rule, RuleContext, rule

__all__ = [
    "Rule",
    "RuleContext",
    "get_rule",
    "get_rules",
    "rule",
    "rules_markdown",
    "run_rules",
    "select_rules",
]

_MODULES = (
    r101_conflicting_counts,
    r102_contradicting_statements,
    r103_disputed_figure,
    r104_vague_versus_precise,
    r201_count_revised,
    r202_revision_cue,
    r203_superseded_figure,
    r204_toll_timeline,
    r205_figure_withdrawn,
    r301_parts_exceed_total,
    r302_parts_short_of_total,
    r303_increment_inconsistent,
    r304_casualties_mismatch,
    r305_group_exceeds_wider,
    r401_unattributed_figure,
    r402_anonymous_source,
    r403_party_only_source,
    r501_verbatim_repeat,
    r502_near_repeat,
)


def get_rules(include_removed: bool = False) -> list[Rule]:
    """Every registered rule, sorted by code."""
    rules = [module.check.rule for module in _MODULES]
    return sorted(
        (r for r in rules if include_removed or r.status != "removed"), key=lambda r: r.code
    )


def get_rule(code: str) -> Rule:
    """One rule by code (case-insensitive) or by name."""
    wanted = code.strip()
    for candidate in get_rules(include_removed=True):
        if candidate.code == wanted.upper() or candidate.name == wanted.lower():
            return candidate
    raise UsageError(f"unknown rule {code!r} (run 'reconcile rules' to list them)")


def _check_selectors(selectors: Iterable[str]) -> list[str]:
    cleaned = [s.strip().upper() for s in selectors if s.strip()]
    known = [r.code for r in get_rules()]
    for selector in cleaned:
        if selector != "ALL" and not any(code.startswith(selector) for code in known):
            raise UsageError(f"unknown rule code or prefix {selector!r}")
    return cleaned


def select_rules(
    select: Iterable[str] | None = None, ignore: Iterable[str] | None = None
) -> list[Rule]:
    """The rules chosen by ``select`` (default: all) minus ``ignore``, by code or prefix.

    A preview rule runs only when ``select`` names its full code (as ruff's preview rules
    need an explicit opt-in). The longest matching selector wins; ``ignore`` wins a tie.

    >>> [r.code for r in select_rules(["R1", "R5"], ["R501"])]
    ['R101', 'R102', 'R103', 'R104', 'R502']
    >>> [r.code for r in select_rules(["R403"])]
    ['R403']
    """
    chosen = _check_selectors(select or ["ALL"])
    dropped = _check_selectors(ignore or [])

    def strength(code: str, selectors: list[str]) -> int:
        """How specifically the selectors name a code: prefix length, 0 for ALL, -1 none."""
        hits = [0 if s == "ALL" else len(s) for s in selectors if s == "ALL" or code.startswith(s)]
        return max(hits, default=-1)

    result = []
    for candidate in get_rules():
        keep = strength(candidate.code, chosen)
        if candidate.status == "preview" and candidate.code not in chosen:
            continue
        if keep >= 0 and keep > strength(candidate.code, dropped):
            result.append(candidate)
    return result


def run_rules(
    G: nx.MultiDiGraph, ctx: RuleContext, rules: Iterable[Rule]
) -> tuple[list[Finding], list[RuleFailure]]:
    """Run each rule; a rule that raises is reported, and the others still run.

    Findings come back sorted by code, then by the position of their first span.
    """
    findings: list[Finding] = []
    failures: list[RuleFailure] = []
    for current in rules:
        try:
            findings.extend(current.check(G, ctx))
        except Exception as exc:  # a broken rule must not stop the others
            message = " ".join(f"{type(exc).__name__}: {exc}".split())
            failures.append(RuleFailure(code=current.code, message=message))
    findings.sort(key=lambda f: (f.code, [(s.doc_id, s.start, s.end) for s in f.spans], f.id))
    return findings, failures


def rules_markdown() -> str:
    """``docs/rules.md``, generated from the registry: code, name, summary, then the body."""
    lines = [
        "# Rules",
        "",
        "Generated from the rule registry by `python -m reconcile.gendocs --write`; do not edit.",
        "A test fails when this file and the code disagree.",
        "",
        "| code | name | group | severity | status | summary |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    registry = get_rules(include_removed=True)
    for r in registry:
        lines.append(
            f"| {r.code} | {r.name} | {r.group} | {r.severity} | {r.status} | {r.summary} |"
        )
    for r in registry:
        body = "\n".join(r.doc.splitlines()[1:]).strip()
        lines += [
            "",
            f"## {r.code} {r.name}",
            "",
            f"*{r.summary}*",
            "",
            f"Group: {r.group}. Default severity: {r.severity}. Status: {r.status}.",
            "",
            body.replace("**What it flags**", "### What it flags")
            .replace("**Why it matters**", "### Why it matters")
            .replace("**Example**", "### Example")
            .replace("**Not flagged**", "### Not flagged"),
        ]
    return "\n".join(lines) + "\n"
