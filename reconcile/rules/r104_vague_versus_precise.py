"""R104 vague-versus-precise."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

import networkx as nx

from reconcile.graph import latest_by_source, variables
from reconcile.models import Finding, NumericClaim
from reconcile.rules.base import RuleContext, finding, rule, said, variable_name


@rule(code="R104", name="vague-versus-precise", group="conflict", severity="info")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """One source gives a vague quantity where another gives a precise figure.

    **What it flags**

    For each variable, every pair of sources whose latest figures are a vague quantity
    ("dozens", "hundreds", "several": intervals from the `[vague]` table of
    reconcile/data/taxonomy.toml) and a precise figure. This is a note, not a conflict.

    **Why it matters**

    A vague word cannot confirm or refute a precise figure; a reader should not count it
    as corroboration.

    **Example**

    The opposition said hundreds were detained. / Police said 212 people were detained.

    **Not flagged**

    Two sources that both give precise figures (compared by R101), or both vague words.
    """
    for variable in variables(G):
        if variable.unit == "statement":
            continue
        latest = [
            c for c in latest_by_source(G, variable.id).values() if isinstance(c, NumericClaim)
        ]
        for a, b in combinations(latest, 2):
            if (a.qualifier == "vague") == (b.qualifier == "vague"):
                continue
            vague, precise = (a, b) if a.qualifier == "vague" else (b, a)
            yield finding(
                check.rule,  # type: ignore[attr-defined]
                f"{said(G, vague)}, a vague quantity, while {said(G, precise)}, for "
                f"{variable_name(variable.id)}: noted, not a conflict.",
                claims=[vague, precise],
                G=G,
                variable_id=variable.id,
            )
