"""R104 vague-versus-precise."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from reconcile.graph import (
    comparable_figures,
    latest_by_source,
    origin_id,
    stated_day,
    variables,
)
from reconcile.models import Finding, NumericClaim
from reconcile.rules.base import RuleContext, finding, rule, said, variable_name


@rule(code="R104", name="vague-versus-precise", group="conflict", severity="info")
def check(G: nx.MultiDiGraph, ctx: RuleContext) -> Iterator[Finding]:
    """One source gives a vague quantity where another gives a precise figure.

    **What it flags**

    For each variable, each source's latest figure that is a vague quantity ("dozens",
    "hundreds", "several": intervals from the `[vague]` table of
    reconcile/data/taxonomy.toml), with the precise figure of another source stated nearest
    in time: one note per vague figure, not a conflict.

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
        precise = comparable_figures(G, variable.id)
        vague = [
            c
            for c in latest_by_source(G, variable.id).values()
            if isinstance(c, NumericClaim) and c.qualifier == "vague"
        ]
        for claim in vague:
            own = origin_id(G, claim)
            others = [c for c in precise if origin_id(G, c) != own]
            nearest = min(
                others,
                key=lambda c: (abs((stated_day(c) - stated_day(claim)).days), c.span.doc_id),
                default=None,
            )
            if nearest is None:
                continue
            yield finding(
                check.rule,  # type: ignore[attr-defined]
                f"{said(G, claim)}, a vague quantity, while {said(G, nearest)}, the precise "
                f"figure nearest in time, for {variable_name(variable.id)}: noted, not a "
                "conflict.",
                claims=[claim, nearest],
                G=G,
                variable_id=variable.id,
            )
